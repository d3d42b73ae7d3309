"""Field control in the store: occupation alerts, their geometry versions, states and control actions.

Parameterised SQL only; each public writer is one transaction.
"""
import datetime

import numpy as np
import shapely

from ..core import importing, occupation_alerts
from ..core.alert_lifecycle import alert_state
from ..core.errors import InputError, PotError
from ..core.i18n import tr

ALERT_PREFIX = "AO-"
RURAL_CATEGORIES = ("rural", "suburbano", "rural_suburbano")


def _geometries(store, table, where=None, params=()):
    data, geometries = store.read(table, columns=[], where=where, params=params)
    return geometries if geometries is not None else np.array([], dtype=object)


def footprints_of_year(store, year):
    return _geometries(store, "huella", "anio = ?", (year,))


def restricted_zones(store):
    """Where building is restricted: protection land from zonificacion (its 'ronda_hidrica' category
    apart), rural land as outside the urban perimeter, all public space, high hazard and its mitigability."""
    zoning = "tipo = 'proteccion' AND lower(categoria) {} 'ronda_hidrica'"
    hazard, hazard_geometries = store.read("amenaza", columns=["mitigable"], where="nivel = 'alta'")
    rural = ", ".join("?" * len(RURAL_CATEGORIES))
    return occupation_alerts.Zones(
        proteccion=_geometries(store, "zonificacion", zoning.format("!=")),
        ronda_hidrica=_geometries(store, "zonificacion", zoning.format("=")),
        espacio_publico=_geometries(store, "espacio_publico"),
        fuera_perimetro=_geometries(store, "zonificacion",
                                    f"tipo = 'clasificacion_suelo' AND lower(categoria) IN ({rural})",
                                    RURAL_CATEGORIES),
        hazard_high=hazard_geometries,
        hazard_mitigable=np.array([bool(v) for v in hazard["mitigable"]], bool))


def units_of_level(store, level):
    data, geometries = store.read("unidad_territorial", columns=["codigo"], where="nivel = ?", params=(level,))
    if not len(data["codigo"]):
        raise PotError(tr("The expediente has no territorial units of level '{level}'.").format(level=level))
    return data["codigo"], geometries


def unit_names(store):
    """{unit code: name} for naming an alert's unit: alerts take the code of a unit of the level they were
    detected at (localidad by default, whose name wins should a code repeat at another level)."""
    rows = store.connection.execute("SELECT codigo, nombre, nivel FROM unidad_territorial").fetchall()
    return {str(code): name for code, name, _ in sorted(rows, key=lambda r: r[2] == "localidad") if name}


def existing_alerts(store, today):
    data, geometries = store.read("alerta_ocupacion", columns=["codigo"])
    last = dict(store.connection.execute(
        "SELECT alerta, max(substr(fecha_hora, 1, 10)) FROM visita GROUP BY alerta").fetchall())
    days = np.array([(today - datetime.date.fromisoformat(last[c])).days if c in last else np.nan
                     for c in data["codigo"]], float)
    return occupation_alerts.Existing(codes=data["codigo"], geometries=geometries, days_since_visit=days)


def _next_codes(store, count):
    suffixes = [code[len(ALERT_PREFIX):] for (code,) in store.connection.execute(
        "SELECT codigo FROM alerta_ocupacion WHERE codigo LIKE ?", (ALERT_PREFIX + "%",))]
    numbers = [int(s) for s in suffixes if s.isdigit()]  # codes typed by people may not follow the pattern
    first = max(numbers, default=0) + 1
    return [f"{ALERT_PREFIX}{n:06d}" for n in range(first, first + count)]


def write_detection(store, detection, detected_on, footprint_year):
    """New alerts in, known ones updated (never duplicated); returns (new codes, updated codes).

    A known alert takes the new outline only while its outline is a detection's: an outline redrawn
    in the field stands until the field changes it again.
    """
    is_new = np.array([c is None for c in detection.code], bool)
    new_codes = _next_codes(store, int(is_new.sum()))
    codes = detection.code.copy()
    codes[is_new] = new_codes
    states = [alert_state(p, False, None, ()) for p in detection.priority[is_new]]
    day = detected_on.isoformat()
    with store.transaction():
        store.insert("alerta_ocupacion", {
            "codigo": new_codes, "motivo": detection.reason[is_new], "motivos": detection.reasons[is_new],
            "unidad": detection.unit[is_new], "area_m2": detection.area_m2[is_new],
            "prioridad": detection.priority[is_new], "detectada_en": [day] * len(new_codes),
            "ultima_deteccion": [day] * len(new_codes), "anio_huella": [footprint_year] * len(new_codes),
            "estado": states, "version": [1] * len(new_codes)}, detection.geometry[is_new])
        store.insert("alerta_version", {"alerta": new_codes, "version": [1] * len(new_codes),
                                        "origen": ["deteccion"] * len(new_codes)}, detection.geometry[is_new])
        updated = [str(c) for c in codes[~is_new]]
        for row in np.flatnonzero(~is_new):
            _update_detected(store, codes[row], detection, row, day, footprint_year)
        refresh_states(store, updated)
    return new_codes, updated


def _update_detected(store, code, detection, row, day, footprint_year):
    store.connection.execute(
        "UPDATE alerta_ocupacion SET motivo = ?, motivos = ?, unidad = coalesce(?, unidad), area_m2 = ?, "
        "prioridad = ?, ultima_deteccion = ?, anio_huella = ? WHERE codigo = ?",
        (detection.reason[row], detection.reasons[row], detection.unit[row], float(detection.area_m2[row]),
         float(detection.priority[row]), day, footprint_year, code))
    origin = store.connection.execute(
        "SELECT origen FROM alerta_version WHERE alerta = ? ORDER BY version DESC LIMIT 1", (code,)).fetchone()
    if origin and origin[0] == "deteccion":
        set_alert_outline(store, code, detection.geometry[row], "deteccion", None)


def set_alert_outline(store, code, geometry, origin, package):
    """A new outline for an alert, inside the caller's transaction: the old one stays in alerta_version.
    Returns True when the outline changed."""
    data, current = store.read("alerta_ocupacion", ["version"], where="codigo = ?", params=(code,))
    fid, version = int(data["fid"][0]), int(data["version"][0])
    if current[0] is not None and shapely.equals_exact(current[0], geometry, tolerance=0.01):
        return False
    store.update_geometry("alerta_ocupacion", fid, geometry)
    store.connection.execute("UPDATE alerta_ocupacion SET version = ?, area_m2 = ? WHERE fid = ?",
                             (version + 1, round(float(shapely.area(geometry)), 2), fid))
    store.insert("alerta_version", {"alerta": [code], "version": [version + 1], "origen": [origin],
                                    "paquete": [package]}, [geometry])
    return True


def latest_visits(store):
    """{alerta: hallazgo of its latest visit}, each visit counted in its latest version."""
    rows = store.connection.execute(
        "SELECT v.alerta, v.hallazgo FROM visita v JOIN (SELECT uuid, max(version) AS version FROM visita "
        "GROUP BY uuid) last ON last.uuid = v.uuid AND last.version = v.version "
        "ORDER BY v.fecha_hora, v.fid").fetchall()
    return dict(rows)  # ordered by time: the latest visit of each alert is the one kept


def refresh_states(store, codes=None):
    """Re-derive the state of alerts (all when codes is None) inside the caller's transaction."""
    sql = "SELECT codigo, prioridad, ultimo_paquete FROM alerta_ocupacion"
    alerts = store.connection.execute(sql).fetchall()
    if codes is not None:
        wanted = set(codes)
        alerts = [a for a in alerts if a[0] in wanted]
    findings = latest_visits(store)
    actions = {}
    for alert, state in store.connection.execute("SELECT alerta, estado FROM accion_control"):
        actions.setdefault(alert, []).append(state)
    store.connection.executemany(
        "UPDATE alerta_ocupacion SET estado = ? WHERE codigo = ? AND (estado IS NULL OR estado <> ?)",
        [(state, code, state) for code, state in
         ((code, alert_state(priority, bool(package), findings.get(code), actions.get(code, ())))
          for code, priority, package in alerts)])


PACKAGED_TABLES = ("alerta_ocupacion", "bien_patrimonial")  # the targets of field packages (field_package/kinds.py)


def mark_packaged(store, codes, package, table="alerta_ocupacion"):
    """The targets' last package; an alert packaged goes 'en_visita'."""
    if table not in PACKAGED_TABLES:
        raise PotError(tr("Table '{table}' is not packaged for the field.").format(table=table))
    with store.transaction():
        store.connection.executemany(f"UPDATE {table} SET ultimo_paquete = ? WHERE codigo = ?",
                                     [(package, c) for c in codes])
        if table == "alerta_ocupacion":
            refresh_states(store, codes)


def record_action(store, values):
    """One control action (dict of accion_control fields), validated; returns the alert's new state."""
    exists = store.connection.execute("SELECT 1 FROM alerta_ocupacion WHERE codigo = ?",
                                      (values.get("alerta"),)).fetchone()
    if not exists:
        raise InputError(tr("The alert '{code}' does not exist in the expediente.").format(code=values.get("alerta")))
    prepared = importing.prepare("accion_control", {name: [value] for name, value in values.items()}, None,
                                 [values["alerta"]], layer_name="accion_control")
    if prepared.rejected:
        raise InputError(tr("The control action cannot be recorded: {problems}").format(
            problems="; ".join(f"{p.field}: {p.reason}" for p in prepared.rejected)), prepared.rejected)
    with store.transaction():
        store.insert("accion_control", prepared.columns)
        refresh_states(store, [values["alerta"]])
    return store.connection.execute("SELECT estado FROM alerta_ocupacion WHERE codigo = ?",
                                    (values["alerta"],)).fetchone()[0]


def alert_history(store, code):
    """(visits, actions) of an alert as dicts, oldest first; a corrected visit shows each version."""
    visits = store.dicts(
        "SELECT uuid, version, fecha_hora, inspector, hallazgo, ocupacion, viviendas_estimadas, observaciones, "
        "foto_1, foto_2, foto_3 FROM visita WHERE alerta = ? ORDER BY fecha_hora, version", (code,))
    actions = store.dicts(
        "SELECT fecha, tipo, entidad, numero_actuacion, estado, observaciones FROM accion_control "
        "WHERE alerta = ? ORDER BY fecha, fid", (code,))
    return visits, actions
