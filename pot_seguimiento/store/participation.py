"""Participation in the store: what the templates are checked against, and recording what an import accepts, all or
nothing, in one write transaction (core/participation.py decides; this module reads and writes)."""
import numpy as np
import shapely

from ..core import participation, schema
from ..core.i18n import tr
from ..core.unit_codes import UnitIndex

ACTIVITY_FIELDS = tuple(f for f in participation.ACTIVITY_COLUMNS if not f.startswith("edad_"))
COMMITMENT_FIELDS = ("codigo", "actividad", "descripcion", "entidad_responsable", "competencia_oficina",
                     "fecha_limite")
STATE_FIELDS = ("compromiso", "estado", "fecha", "avance", "nota", "evidencia")
PLAN_FIELDS = ("dependencia", "linea", "periodo", "programadas", "ejecutadas", "observaciones")


def entities(store):
    return store.dicts("SELECT codigo, nombre, sigla FROM entidad ORDER BY codigo")


def activities(store, dependency=None):
    """{code: activity row (dict) with its age bands 'edades': {(desde, hasta): personas}}, of one dependency or all."""
    where, params = ("WHERE dependencia = ?", (dependency,)) if dependency else ("", ())
    rows = {r["codigo"]: r for r in store.dicts(
        f"SELECT fid, {', '.join(ACTIVITY_FIELDS)} FROM actividad_participacion {where} ORDER BY fecha, codigo",
        params)}
    for row in rows.values():
        row["edades"] = {}
    for activity, desde, hasta, persons in store.connection.execute(
            "SELECT actividad, edad_desde, edad_hasta, personas FROM asistencia_edad ORDER BY actividad, edad_desde"):
        if activity in rows:
            rows[activity]["edades"][(desde, hasta)] = persons
    return rows


def commitments(store):
    return {r["codigo"]: r for r in store.dicts(
        f"SELECT {', '.join(COMMITMENT_FIELDS)} FROM compromiso ORDER BY codigo")}


def commitment_states(store):
    """{commitment code: [its states in the order they happened (date, then recording)]}."""
    states = {}
    for row in store.dicts(f"SELECT fid, {', '.join(STATE_FIELDS)}, registrado_en FROM compromiso_estado "
                           "ORDER BY fecha, fid"):
        states.setdefault(row["compromiso"], []).append(row)
    return states


def plan_rows(store):
    return {(r["dependencia"], r["linea"], r["periodo"]): r for r in store.dicts(
        f"SELECT fid, {', '.join(PLAN_FIELDS)} FROM plan_participacion ORDER BY dependencia, periodo, linea")}


def context(store, today=None):
    return participation.Context(
        entities=participation.entity_lookup(entities(store)), units=UnitIndex.of_store(store, blocks=False),
        projects={code for (code,) in store.connection.execute("SELECT codigo FROM proyecto")},
        documents={code for (code,) in store.connection.execute("SELECT codigo FROM documento")},
        activities=activities(store), commitments=commitments(store), states=commitment_states(store),
        plan=plan_rows(store), today=today)


def unit_points(store):
    """{(nivel, codigo): a point inside the unit} and the municipality's point: where an activity without a place of
    its own is drawn."""
    data, geometries = store.read("unidad_territorial", ["nivel", "codigo"])
    if not len(geometries):
        return {}, None
    points = shapely.point_on_surface(np.asarray(geometries, dtype=object))
    by_unit = dict(zip(zip(data["nivel"].tolist(), data["codigo"].tolist()), points))
    municipal = [p for (level, _), p in by_unit.items() if level == "municipio"]
    return by_unit, municipal[0] if municipal else shapely.point_on_surface(shapely.union_all(geometries))


def record(store, sheets, path, entity=None, period=None, today=None, dry_run=False):
    """Validate the sheets ({kind: [(row, row dict)]}) and write what they carry, all or nothing. Returns the
    core Validation (its `lines` are the per-row report); raises core.participation.refusal when any row is
    refused, with `validation` on the error for the report."""
    with store.transaction():
        validation = participation.validate(sheets, context(store, today), entity, period)
        if validation.rejected:
            error = participation.refusal(validation, path)
            error.validation = validation
            raise error
        _write(store, validation)
        if dry_run:
            raise _DryRun(validation)
    return validation


class _DryRun(Exception):
    def __init__(self, validation):
        super().__init__()
        self.validation = validation


def check(store, sheets, path, entity=None, period=None, today=None):
    """What `record` would do, writing nothing; raises its refusal if any row is refused."""
    try:
        record(store, sheets, path, entity, period, today, dry_run=True)
    except _DryRun as done:
        return done.validation


def _write(store, validation):
    new = [values for action, values, _ in validation.activities if action == "nuevo"]
    if new:
        by_unit, municipal = unit_points(store)
        points = [by_unit.get((v["nivel"], v["unidad"]), municipal) if v.get("unidad") else municipal for v in new]
        store.insert("actividad_participacion", {f: [v.get(f) for v in new] for f in ACTIVITY_FIELDS}, points)
    for action, values, _ in validation.activities:
        if action == "actualizado":  # the place drawn on the map stays
            names = [f for f in ACTIVITY_FIELDS if f != "codigo"]
            store.connection.execute(
                f"UPDATE actividad_participacion SET {', '.join(f'{n} = ?' for n in names)} WHERE codigo = ?",
                [_value(n, values.get(n)) for n in names] + [values["codigo"]])
    for _, values, bands in validation.activities:
        store.connection.execute("DELETE FROM asistencia_edad WHERE actividad = ?", (values["codigo"],))
        if bands:
            store.insert("asistencia_edad", {"actividad": [values["codigo"]] * len(bands),
                                             "edad_desde": [d for d, _ in bands], "edad_hasta": [h for _, h in bands],
                                             "personas": list(bands.values())})
    for action, values in validation.plan:
        if action == "actualizado":
            store.connection.execute(
                "UPDATE plan_participacion SET programadas = ?, ejecutadas = ?, observaciones = ? "
                "WHERE dependencia = ? AND linea = ? AND periodo = ?",
                (values["programadas"], values.get("ejecutadas"), values.get("observaciones"),
                 values["dependencia"], values["linea"], values["periodo"]))
    new_plan = [values for action, values in validation.plan if action == "nuevo"]
    if new_plan:
        store.insert("plan_participacion", {f: [v.get(f) for v in new_plan] for f in PLAN_FIELDS})
    if validation.commitments:
        store.insert("compromiso", {f: [v.get(f) for v in validation.commitments] for f in COMMITMENT_FIELDS})
    if validation.states:
        store.insert("compromiso_estado", {f: [v.get(f) for v in validation.states] for f in STATE_FIELDS})


def _value(name, value):
    """A value for an UPDATE's parameter: yes/no fields as booleans (PostgreSQL's boolean takes no integer)."""
    if value is not None and schema.table("actividad_participacion").field(name).type == schema.BOOLEAN:
        return bool(value)
    return value


def summary(validation):
    """'3 new, 1 updated, 2 already recorded' counts of a Validation's lines."""
    counts = {}
    for line in validation.lines:
        counts[line[3]] = counts.get(line[3], 0) + 1
    return counts


def describe(counts):
    return tr("{new} rows new, {updated} updated, {skipped} already recorded.").format(
        new=counts.get("nuevo", 0), updated=counts.get("actualizado", 0), skipped=counts.get("omitido", 0))


def indicator_inputs(store):
    """The participation tables as the indicator engine reads them: {"actividades" (with places), "plan",
    "compromisos", "estados" (ordered by date, then recording)} as core Layers."""
    from ..core.indicators import Layer

    def layer(table, columns, geometry=False, order=None):
        data, geometries = store.read(table, list(columns), geometry=geometry)
        data.pop("fid", None)
        if order:
            index = np.lexsort(tuple(np.array([str(v) for v in data[c]], dtype=object) for c in reversed(order)))
            data = {k: v[index] for k, v in data.items()}
            geometries = None if geometries is None else np.asarray(geometries, dtype=object)[index]
        return Layer(data, None if geometries is None else np.asarray(geometries, dtype=object))

    return {"actividades": layer("actividad_participacion", ACTIVITY_FIELDS, geometry=True),
            "plan": layer("plan_participacion", PLAN_FIELDS),
            "compromisos": layer("compromiso", COMMITMENT_FIELDS),
            "estados": layer("compromiso_estado", ("compromiso", "estado", "fecha", "registrado_en"),
                             order=("fecha", "registrado_en"))}


def unit_codes(store, level):
    """The codes of the units of a level, in order."""
    data, _ = store.read("unidad_territorial", ["codigo"], geometry=False, where="nivel = ?", params=(level,))
    return sorted(data["codigo"].tolist())
