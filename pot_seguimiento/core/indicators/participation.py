"""Participation indicators (issue 21; docs/participacion.md): participants by stage, spaces with each approach, women's
share, the participation plan's compliance, commitments kept and overdue, satisfaction evaluations applied, workshops
about the minisite.

Which activities count: the executed ones (estado 'ejecutada') dated inside the period (2025: the year; 2025-S1: its
semester). Where: an activity counts in the unit of the level that holds its place when its scale (`nivel`) is that
level or a finer one (a barrio's workshop in its localidad); an activity of a coarser scale (a localidad's forum when
computing by UPZ, a municipal hearing) counts only in the municipality's value, which counts every activity. A
commitment goes where its activity goes, and is read at the period's cut-off: its state is the latest one dated on or
before it (none yet: pendiente). The participation plan is reported by dependency, not by unit: its compliance has a
municipal value only (core/participation.py rolls four-month terms into semesters and years).
"""
import numpy as np
import shapely

from .. import participation
from ..i18n import tr
from .engine import Result, ratio

# The rank of each scale: a larger rank is finer. Levels of the same rank (localidad, comuna, UPL, UPR) are
# alternatives, not nested.
SCALE_RANK = {"municipio": 0, "localidad": 1, "comuna": 1, "upl": 1, "upr": 1, "upz": 2, "vereda": 3, "barrio": 3}
STAGES = {"participantes_priorizacion": "priorizacion", "participantes_implementacion": "implementacion",
          "participantes_seguimiento": "seguimiento_evaluacion"}
EVALUATION_TARGET = 10  # % of attendees the procedure asks to evaluate


def _bounds(engine):
    period = getattr(engine, "period", None) or str(engine.year)
    first, last = participation.period_bounds(period)
    return first.isoformat(), last.isoformat()


def _activities(engine):
    """(executed activities of the period as a Layer, their places as a units × activities membership)."""
    def build(engine):
        layer = engine.inputs.participation["actividades"]
        first, last = _bounds(engine)
        days = np.array([str(d)[:10] for d in layer["fecha"]], dtype=object)
        chosen = (layer["estado"] == "ejecutada") & (days >= first) & (days <= last) if len(layer) else \
            np.zeros(0, bool)
        executed = layer.where(chosen)
        return executed, _membership(engine, executed)
    return engine.shared("participacion_actividades", build)


def _membership(engine, layer):
    """activities × (units of the level + the municipality): where each counts (the rule above)."""
    inside = np.zeros((len(layer), engine.n), bool)
    if not len(layer):
        return inside
    inside[:, -1] = True  # the municipality counts every activity
    rank = SCALE_RANK.get(engine.level, 1)
    fine = np.array([SCALE_RANK.get(str(s), 0) >= rank and s != "municipio" for s in layer["nivel"]], bool)
    placed = fine & ~shapely.is_missing(layer.geometries)
    if placed.any():
        rows = np.flatnonzero(placed)
        tree = shapely.STRtree(engine.inputs.units.geometries)
        point, unit = tree.query(layer.geometries[rows], predicate="intersects")
        first = np.unique(point, return_index=True)[1]  # a point on an edge counts once, in the first unit
        inside[rows[point[first]], unit[first]] = True
    return inside


def _sum(engine, values, mask=None):
    executed, inside = _activities(engine)
    values = np.nan_to_num(np.asarray(values, float))
    if mask is not None:
        values = values * np.asarray(mask, float)
    return values @ inside if len(executed) else np.zeros(engine.n)


def _attendance(layer):
    return sum(np.nan_to_num(np.array([np.nan if v is None else v for v in layer[c]], float))
               for c in participation.ATTENDANCE) if len(layer) else np.zeros(0)


def _number(column):
    return np.nan_to_num(np.array([np.nan if v is None else v for v in column], float))


def _count(values):
    values = np.asarray(values, float)
    return Result(values, values, np.full(len(values), np.nan), [None] * len(values))


def _stage(stage):
    def participants(engine, params):
        executed, _ = _activities(engine)
        return _count(_sum(engine, _attendance(executed), executed["etapa"] == stage if len(executed) else None))
    return participants


def _approach(field):
    def share(engine, params):
        executed, _ = _activities(engine)
        with_it = _sum(engine, np.ones(len(executed)), _number(executed[field]) > 0 if len(executed) else None)
        return ratio(with_it, _sum(engine, np.ones(len(executed))), 100.0,
                     tr("no executed participation activity in the unit in the period"))
    return share


def participacion_mujeres(engine, params):
    executed, _ = _activities(engine)
    women = _sum(engine, _number(executed["mujeres"]) if len(executed) else [])
    return ratio(women, _sum(engine, _attendance(executed)), 100.0, tr("no attendees in the unit in the period"))


def evaluaciones_aplicadas_pct(engine, params):
    executed, _ = _activities(engine)
    evaluations = _sum(engine, _number(executed["evaluaciones_aplicadas"]) if len(executed) else [])
    result = ratio(evaluations, _sum(engine, _attendance(executed)), 100.0,
                   tr("no attendees in the unit in the period"))
    result.parametros = {"meta_procedimiento": params.get("meta_procedimiento", EVALUATION_TARGET)}
    return result


def talleres_minisitio(engine, params):
    executed, _ = _activities(engine)
    minisite = (executed["tipo"] == "taller") & (executed["tema"] == "minisitio") if len(executed) else None
    return _count(_sum(engine, np.ones(len(executed)), minisite))


def cumplimiento_plan_participacion(engine, params):
    period = getattr(engine, "period", None) or str(engine.year)
    plan = engine.inputs.participation["plan"]
    counts = [participation.rolls_into(p, period) for p in plan["periodo"]] if len(plan) else []
    counts = np.array(counts, bool)
    programmed = float(_number(plan["programadas"])[counts].sum()) if len(plan) else 0.0
    executed = float(_number(plan["ejecutadas"])[counts].sum()) if len(plan) else 0.0
    numerator, denominator = np.full(engine.n, np.nan), np.full(engine.n, np.nan)
    numerator[-1], denominator[-1] = executed, programmed
    result = ratio(np.nan_to_num(numerator), np.nan_to_num(denominator), 100.0,
                   tr("nothing programmed in the participation plan for the period"))
    result.numerador, result.denominador = numerator, denominator
    for i in range(engine.n - 1):
        result.notas[i] = tr("the participation plan is reported by dependency, not by unit")
    result.parametros = {"periodos_del_plan": sorted({str(p) for p, c in zip(plan["periodo"], counts) if c})}
    return result


def commitment_states(engine):
    """(membership of each commitment made by the cut-off, its state at the cut-off, whether it is overdue)."""
    def build(engine):
        _, cutoff = _bounds(engine)
        data = engine.inputs.participation
        commitments, states = data["compromisos"], data["estados"]
        activities = data["actividades"]
        made = activities.where(np.array([str(d)[:10] <= cutoff for d in activities["fecha"]], bool)) \
            if len(activities) else activities
        position = {code: i for i, code in enumerate(made["codigo"])} if len(made) else {}
        rows = [i for i, a in enumerate(commitments["actividad"]) if a in position] if len(commitments) else []
        latest = {}
        for code, state, day in (zip(states["compromiso"], states["estado"], states["fecha"]) if len(states) else ()):
            if str(day)[:10] <= cutoff:  # states come ordered by date, then by recording: the last one wins
                latest[code] = state
        codes = [commitments["codigo"][i] for i in rows]
        state = np.array([latest.get(c, "pendiente") for c in codes], dtype=object)
        due = [commitments["fecha_limite"][i] for i in rows]
        overdue = np.array([d is not None and str(d)[:10] < cutoff and s not in ("cumplido", "trasladado")
                            for d, s in zip(due, state)], bool)
        inside = _membership(engine, made)[[position[commitments["actividad"][i]] for i in rows]] \
            if rows else np.zeros((0, engine.n), bool)
        return inside, state, overdue
    return engine.shared("participacion_compromisos", build)


def compromisos_cumplidos(engine, params):
    inside, state, _ = commitment_states(engine)
    counted = state != "trasladado"  # handed to another entity: no longer this administration's to keep
    kept = (state == "cumplido").astype(float) @ inside if len(state) else np.zeros(engine.n)
    made = counted.astype(float) @ inside if len(state) else np.zeros(engine.n)
    return ratio(kept, made, 100.0, tr("no commitment made in the unit by the cut-off"))


def compromisos_vencidos(engine, params):
    inside, _, overdue = commitment_states(engine)
    return _count(overdue.astype(float) @ inside if len(overdue) else np.zeros(engine.n))


CALCULATORS = {
    **{code: _stage(stage) for code, stage in STAGES.items()},
    "espacios_enfoque_genero": _approach("enfoque_genero"),
    "espacios_enfoque_diferencial": _approach("enfoque_diferencial"),
    "espacios_enfoque_territorial": _approach("enfoque_territorial"),
    "participacion_mujeres": participacion_mujeres,
    "cumplimiento_plan_participacion": cumplimiento_plan_participacion,
    "compromisos_cumplidos": compromisos_cumplidos,
    "compromisos_vencidos": compromisos_vencidos,
    "evaluaciones_aplicadas_pct": evaluaciones_aplicadas_pct,
    "talleres_minisitio": talleres_minisitio,
}
