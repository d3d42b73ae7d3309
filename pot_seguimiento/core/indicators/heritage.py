"""The heritage observatory's indicators (issue 24; docs/patrimonio.md), by unit: each asset counts in the unit
holding its point, an intervention at its asset's point, a traditional activity at its own point.

- bic_inspeccionados: % of declared assets inspected in the period (an inspection dated between its start and its
  cut-off).
- bic_estado_malo: % of the assets with a known state at the cut-off whose state is 'malo'.
- bic_perdidos: assets whose state at the cut-off is 'perdido'.
- intervenciones_sin_licencia: works on assets begun in the period without a licence.
- actividades_tradicionales_permanencia: % of the traditional activities of the baseline (recorded by its year,
  parameter anio_base; by default the first year of the register) still present in the period's year.
Computed only where the expediente has assets (the first four) or traditional activities (the last); asked for
without them (an office that has loaded only its PEMP zones), each is sin dato everywhere with the reason, never a
zero that would read as "no asset lost".
"""
import numpy as np
import shapely

from .. import heritage
from ..i18n import tr
from ..report.period import Period
from .engine import Result, ratio
from .occupation import missing

ASSET_CODES = ("bic_inspeccionados", "bic_estado_malo", "bic_perdidos", "intervenciones_sin_licencia")
ACTIVITY_CODES = ("actividades_tradicionales_permanencia",)


def _period(engine):
    period = Period.of(engine.period if str(engine.period)[:4] == str(engine.year) else engine.year)
    return period.start.isoformat(), period.cutoff.isoformat()


def _units_of(engine, points):
    """points × units of the level (booleans); the municipality counts them all."""
    index = np.zeros((len(points), engine.n - 1), bool)
    if len(points):
        present = ~shapely.is_missing(points)
        i, j = shapely.STRtree(engine.inputs.units.geometries).query(points[present], predicate="within")
        index[np.flatnonzero(present)[i], j] = True
    return index


def _count(engine, index, mask):
    return np.append(index[mask].sum(axis=0).astype(float), float(mask.sum()))


def _asset_states(engine):
    def build(engine):
        start, cutoff = _period(engine)
        assets = engine.inputs.assets
        state, _, inspected = heritage.states_at(assets["codigo"], engine.inputs.inspections.columns, cutoff, start)
        return _units_of(engine, assets.geometries), state, inspected
    return engine.shared("heritage_states", build)


def _without_register(engine, table):
    """Sin dato everywhere when the expediente has no rows in the register `table` the indicator counts, else None."""
    rows = engine.inputs.assets if table == "bien_patrimonial" else engine.inputs.activities
    if rows is not None and len(rows):
        return None
    what = (tr("there are no declared heritage assets in the expediente (table bien_patrimonial)")
            if table == "bien_patrimonial" else
            tr("there are no traditional activities in the expediente (table actividad_tradicional)"))
    return missing(engine, what, {"fecha_corte": _period(engine)[1]})


def _needs_register(table):
    """The indicator, sin dato with the reason where the expediente lacks the register it counts."""
    def wrap(calculator):
        def checked(engine, params):
            return _without_register(engine, table) or calculator(engine, params)
        checked.__name__, checked.__doc__ = calculator.__name__, calculator.__doc__
        return checked
    return wrap


def _result(values, engine, extra=None):
    start, cutoff = _period(engine)
    return Result(values, values, np.full(engine.n, np.nan), [None] * engine.n,
                  {"fecha_corte": cutoff, **(extra or {})})


@_needs_register("bien_patrimonial")
def bic_inspeccionados(engine, params):
    index, _, inspected = _asset_states(engine)
    everything = np.ones(len(inspected), bool)
    result = ratio(_count(engine, index, inspected), _count(engine, index, everything), 100.0,
                   tr("no declared heritage asset in the unit"))
    result.parametros = {"desde": _period(engine)[0], "fecha_corte": _period(engine)[1]}
    return result


@_needs_register("bien_patrimonial")
def bic_estado_malo(engine, params):
    index, state, _ = _asset_states(engine)
    known = state != heritage.NO_STATE
    result = ratio(_count(engine, index, known & (state == "malo")), _count(engine, index, known), 100.0,
                   tr("no heritage asset inspected by the cut-off in the unit"))
    result.parametros = {"fecha_corte": _period(engine)[1]}
    return result


@_needs_register("bien_patrimonial")
def bic_perdidos(engine, params):
    index, state, _ = _asset_states(engine)
    return _result(_count(engine, index, state == "perdido"), engine)


@_needs_register("bien_patrimonial")
def intervenciones_sin_licencia(engine, params):
    start, cutoff = _period(engine)
    works, assets = engine.inputs.interventions, engine.inputs.assets
    codes = np.asarray(assets["codigo"], dtype=object).astype(str)
    order = np.argsort(codes)
    asset = np.asarray(works["bien"], dtype=object).astype(str)
    where = np.minimum(np.searchsorted(codes[order], asset), max(len(codes) - 1, 0))
    known = (codes[order][where] == asset) if len(codes) else np.zeros(len(asset), bool)
    points = np.full(len(asset), None, dtype=object)
    points[known] = assets.geometries[order[where[known]]]
    begun = np.asarray(works["fecha_inicio"], dtype=object).astype(str).astype("U10")
    begun = (begun >= start) & (begun <= cutoff)
    unlicensed = ~np.asarray(works["con_licencia"], dtype=object).astype(bool)
    return _result(_count(engine, _units_of(engine, points), begun & unlicensed & known), engine)


@_needs_register("actividad_tradicional")
def actividades_tradicionales_permanencia(engine, params):
    activities = engine.inputs.activities
    registered = np.asarray(activities["anio_registro"], dtype=float)
    base = params.get("anio_base") or (int(np.nanmin(registered)) if len(registered) else engine.year)
    closed = np.asarray(activities["anio_cierre"], dtype=object)
    closed = np.where(closed == None, np.nan, closed).astype(float)  # noqa: E711 (elementwise)
    baseline = registered <= float(base)
    present = baseline & (np.isnan(closed) | (closed > engine.year))
    index = _units_of(engine, activities.geometries)
    result = ratio(_count(engine, index, present), _count(engine, index, baseline), 100.0,
                   tr("no traditional activity of the baseline in the unit"))
    result.parametros = {"anio_base": int(base)}
    return result


CALCULATORS = {"bic_inspeccionados": bic_inspeccionados, "bic_estado_malo": bic_estado_malo,
               "bic_perdidos": bic_perdidos, "intervenciones_sin_licencia": intervenciones_sin_licencia,
               "actividades_tradicionales_permanencia": actividades_tradicionales_permanencia}


def computable(assets, activities):
    """The codes worth computing for an expediente with `assets` declared assets and `activities` activities."""
    return (list(ASSET_CODES) if assets else []) + (list(ACTIVITY_CODES) if activities else [])
