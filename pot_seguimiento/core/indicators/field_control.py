"""Field-control indicators: alerts, confirmed informal occupations, control actions, occupied area.

Each alert counts in the unit holding its representative point. States are those at the period's
end (31 December of its year): the alert life cycle replayed on the visits and actions dated up to
then, so an earlier period is not rewritten by later visits.
"""
import datetime

import numpy as np
import shapely

from ..alert_lifecycle import alert_state
from ..i18n import tr
from .apportion import disjoint_parts, intersect_parts
from .engine import Result, ratio
from .occupation import high_hazard

OCCUPIED = ("confirmada", "con_accion", "cerrada")  # the latest visit found an occupation


def _cutoff(engine):
    return datetime.date(engine.year, 12, 31).isoformat()


def states_at(alerts, visits, actions, cutoff):
    """(mask of alerts detected by `cutoff` (ISO date), state of each at the cutoff, has an action by then):
    the life cycle replayed on the visits and actions dated up to the cutoff. `alerts` has codigo,
    prioridad, detectada_en; `visits` uuid, version, alerta, fecha_hora, hallazgo; `actions` alerta, fecha,
    estado (mappings of columns)."""
    known = np.array([str(d) <= cutoff for d in alerts["detectada_en"]], bool)
    newest = {}  # uuid -> row of its latest version
    for row, (visit, version) in enumerate(zip(visits["uuid"], visits["version"])):
        if visit not in newest or version > visits["version"][newest[visit]]:
            newest[visit] = row
    latest = {}
    for row in sorted(newest.values(), key=lambda r: str(visits["fecha_hora"][r])):  # the last visit wins
        if str(visits["fecha_hora"][row])[:10] <= cutoff:
            latest[visits["alerta"][row]] = visits["hallazgo"][row]
    done = {}
    for alert, day, state in zip(actions["alerta"], actions["fecha"], actions["estado"]):
        if str(day) <= cutoff:
            done.setdefault(alert, []).append(state)
    states = np.array([alert_state(p, False, latest.get(c), done.get(c, ()))
                       for c, p in zip(alerts["codigo"], alerts["prioridad"])], dtype=object)
    acted = np.array([c in done for c in alerts["codigo"]], bool)
    return known, states, acted


def alert_states(engine):
    """(mask of alerts detected by the cutoff, state of each at the cutoff, has an action by then)."""
    def build(engine):
        inputs = engine.inputs
        return states_at(inputs.alerts, inputs.visits, inputs.actions, _cutoff(engine))
    return engine.shared("alert_states", build)


def _unit_of_alerts(engine):
    def build(engine):
        alerts = engine.inputs.alerts
        index = np.full((len(alerts), engine.n - 1), False)
        if len(alerts):
            i, j = shapely.STRtree(engine.inputs.units.geometries).query(
                shapely.point_on_surface(alerts.geometries), predicate="within")
            index[i, j] = True
        return index  # alerts × units of the level; the municipality counts them all
    return engine.shared("alert_units", build)


def _count_by_unit(engine, mask):
    by_unit = _unit_of_alerts(engine)[mask].sum(axis=0).astype(float)
    return np.append(by_unit, float(mask.sum()))


def alertas_ocupacion(engine, params):
    known, _, _ = alert_states(engine)
    count = _count_by_unit(engine, known)
    return Result(count, count, np.full(engine.n, np.nan), [None] * engine.n, {"fecha_corte": _cutoff(engine)})


def ocupaciones_confirmadas(engine, params):
    known, states, _ = alert_states(engine)
    count = _count_by_unit(engine, known & np.isin(states, OCCUPIED))
    return Result(count, count, np.full(engine.n, np.nan), [None] * engine.n, {"fecha_corte": _cutoff(engine)})


def ocupaciones_con_accion(engine, params):
    known, states, acted = alert_states(engine)
    confirmed = known & np.isin(states, OCCUPIED)
    result = ratio(_count_by_unit(engine, confirmed & acted), _count_by_unit(engine, confirmed), 100.0,
                   tr("no confirmed occupation in the unit"))
    result.parametros = {"fecha_corte": _cutoff(engine)}
    return result


def _occupied_area(engine, zone):
    known, states, _ = alert_states(engine)
    confirmed = known & np.isin(states, OCCUPIED)
    occupied = disjoint_parts(engine.inputs.alerts.geometries[confirmed]) if confirmed.any() else None
    area = engine.area_in_units(intersect_parts(occupied, zone))
    return Result(area, area, np.full(engine.n, np.nan), [None] * engine.n, {"fecha_corte": _cutoff(engine)})


def area_ocupacion_informal_proteccion(engine, params):
    return _occupied_area(engine, engine.zone_parts("proteccion"))


def area_ocupacion_informal_amenaza(engine, params):
    return _occupied_area(engine, high_hazard(engine))


CALCULATORS = {
    "alertas_ocupacion": alertas_ocupacion, "ocupaciones_confirmadas": ocupaciones_confirmadas,
    "ocupaciones_con_accion": ocupaciones_con_accion,
    "area_ocupacion_informal_proteccion": area_ocupacion_informal_proteccion,
    "area_ocupacion_informal_amenaza": area_ocupacion_informal_amenaza,
}
