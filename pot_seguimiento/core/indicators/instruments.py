"""The observatory of instruments' indicators (issue 23): urban obligations and investment by source.

Obligations count in the unit holding their representative point: the land ceded where it lies, else the
instrument's polygon (a plan parcial, a licence); one located nowhere counts in the municipality only. Receipts and
states are those at the period's cut-off (31 December of its year), so a later receipt never rewrites an earlier
period. Investment is that executed in the period's year, placed on units by core/investment.py (a project's
footprint by area, an action's point), in whole pesos; the municipality counts every row, located or not.

- cumplimiento_obligaciones_<tipo> = Σ min(received, due) ÷ Σ due × 100, over the obligations of the type (each
  obligation weighs the same where a type mixes units: core.instruments.compliance)
- suelo_recibido_m2 = Σ m² received of the obligations of land
- obligaciones_vencidas = obligations past their due date without what they owe
- recaudo_destinado_pot = money received assigned to a POT project ÷ money received × 100
- inversion_por_unidad = Σ investment (COP); inversion_per_capita_<fuente> = investment of the source ÷ population
- participacion_inversion_privada = private and collaborative investment ÷ investment × 100
Asked for where the expediente has no obligations (or no investment rows) at all, each is sin dato everywhere with
the reason, never a zero that would read as "no obligation overdue" (core/indicators/heritage.py does the same).
"""
import datetime

import numpy as np
import shapely

from .. import instruments
from ..i18n import tr
from .engine import Result, ratio
from .occupation import missing

OBLIGATION_CODES = tuple(f"cumplimiento_obligaciones_{t}" for t in instruments.OBLIGATION_TYPES) + (
    "suelo_recibido_m2", "obligaciones_vencidas", "recaudo_destinado_pot")
INVESTMENT_CODES = ("inversion_por_unidad", "participacion_inversion_privada")
PER_CAPITA = "inversion_per_capita_"


def _cutoff(engine):
    return datetime.date(engine.year, 12, 31).isoformat()


def _data(engine):
    return engine.inputs.observatory or {}


def _obligations(engine):
    """(obligations, received by the cut-off, states at it, obligations × units of the level)."""
    def build(engine):
        data = _data(engine)
        rows = data.get("obligations", [])
        received, states = instruments.obligation_states(rows, data.get("receipts", []), _cutoff(engine))
        where = np.array([o.get("geometry") if o.get("geometry") is not None
                          else data.get("instruments", {}).get(o["instrumento"]) for o in rows], dtype=object)
        index = np.zeros((len(rows), engine.n - 1), bool)
        located = np.flatnonzero(~shapely.is_missing(where)) if len(rows) else np.zeros(0, int)
        if len(located):
            i, j = shapely.STRtree(engine.inputs.units.geometries).query(
                shapely.point_on_surface(where[located]), predicate="within")
            index[located[i], j] = True
        return rows, received, states, index
    return engine.shared("obligations", build)


def _by_unit(engine, values):
    """Σ values per unit of the level (by where each obligation lies), the municipality (every one) last."""
    _, _, _, index = _obligations(engine)
    values = np.asarray(values, float)
    return np.append(values @ index if len(values) else np.zeros(engine.n - 1), values.sum())


def _needs(register):
    """The indicator, sin dato with the reason where the expediente has no rows of `register` ('obligations' or
    'investment', as the observatory's data holds them) at all."""
    def wrap(calculator):
        def checked(engine, params):
            if _data(engine).get(register):
                return calculator(engine, params)
            note = (tr("there are no urban obligations in the expediente (table obligacion_urbanistica)")
                    if register == "obligations" else
                    tr("there is no investment recorded in the expediente (table inversion)"))
            return missing(engine, note)
        checked.__name__, checked.__doc__ = calculator.__name__, calculator.__doc__
        return checked
    return wrap


def _with_cutoff(result, engine):
    result.parametros = {"fecha_corte": _cutoff(engine)}
    return result


def cumplimiento_obligaciones(kind):
    @_needs("obligations")
    def calculate(engine, params):
        rows, received, _, index = _obligations(engine)
        scopes = [index[:, u] for u in range(engine.n - 1)] + [np.ones(len(rows), bool)]
        numerator, denominator, weighting = np.zeros(engine.n), np.zeros(engine.n), set()
        for u, mask in enumerate(scopes):
            chosen = np.flatnonzero(mask)
            numerator[u], denominator[u], how = instruments.compliance([rows[i] for i in chosen], received[chosen],
                                                                       kind)
            if denominator[u]:
                weighting.add(how)
        result = ratio(numerator, denominator, 100.0, tr("no obligation of this type in the unit"))
        result = _with_cutoff(result, engine)
        result.parametros["ponderacion"] = "obligacion" if "obligacion" in weighting else "cantidad"
        return result
    return calculate


@_needs("obligations")
def suelo_recibido_m2(engine, params):
    rows, received, _, _ = _obligations(engine)
    land = np.array([o["tipo"] == "suelo" for o in rows], bool)
    value = _by_unit(engine, np.where(land, received, 0.0))
    return _with_cutoff(Result(value, value, np.full(engine.n, np.nan), [None] * engine.n), engine)


@_needs("obligations")
def obligaciones_vencidas(engine, params):
    _, _, states, _ = _obligations(engine)
    value = _by_unit(engine, (states == "vencida").astype(float))
    return _with_cutoff(Result(value, value, np.full(engine.n, np.nan), [None] * engine.n), engine)


@_needs("obligations")
def recaudo_destinado_pot(engine, params):
    """Money received by the cut-off (effective receipts of obligations in money) and the part of it assigned to
    a POT project, by where the obligation lies."""
    data = _data(engine)
    rows, _, _, _ = _obligations(engine)
    position = {o["codigo"]: i for i, o in enumerate(rows) if o["tipo"] == "dinero"}
    projects = set(data.get("projects", {}))
    money, assigned = np.zeros(len(rows)), np.zeros(len(rows))
    for receipt in instruments.effective(data.get("receipts", [])):
        i = position.get(receipt["obligacion"])
        if i is None or str(receipt["fecha"])[:10] > _cutoff(engine):
            continue
        money[i] += float(receipt["cantidad"] or 0)
        if receipt.get("proyecto_destino") in projects:
            assigned[i] += float(receipt["cantidad"] or 0)
    return _with_cutoff(ratio(_by_unit(engine, assigned), _by_unit(engine, money), 100.0,
                              tr("no money received from obligations in the unit")), engine)


def placed_investment(engine):
    """(effective investment rows of the period's year, their placement on the units of the level)."""
    from ..investment import place  # (core/investment.py imports this package's apportion)

    def build(engine):
        data = _data(engine)
        rows = [r for r in instruments.effective(data.get("investment", [])) if int(r["anio"]) == engine.year]
        return rows, place(rows, data.get("projects", {}), data.get("actions", {}), engine.inputs.units.geometries)
    return engine.shared("placed_investment", build)


def _investment(engine, sources=None):
    """Pesos per unit (the municipality last, with every row, located or not) of the rows of `sources`."""
    rows, placed = placed_investment(engine)
    mask = np.array([sources is None or r["fuente"] in sources for r in rows], bool)
    total = float(sum(float(r["valor"]) for r, m in zip(rows, mask) if m))
    return np.append(placed.by_unit(mask), np.rint(total) if rows else 0.0)


def _unplaced_note(engine):
    from ..report.format import number  # (the report package imports this one)

    rows, placed = placed_investment(engine)
    missing = sum(float(rows[i]["valor"]) for i in placed.unplaced)
    if not missing:
        return None
    return tr("{value} COP of investment without a location (a project without footprint) count only in the "
              "municipality").format(value=number(missing, 0))


@_needs("investment")
def inversion_por_unidad(engine, params):
    value = _investment(engine)
    notes = [None] * (engine.n - 1) + [_unplaced_note(engine)]
    return Result(value, value, np.full(engine.n, np.nan), notes, {"anio": engine.year})


def inversion_per_capita(source):
    @_needs("investment")
    def calculate(engine, params):
        result = ratio(_investment(engine, (source,)), engine.population(), 1.0, tr("the unit has no population"))
        result.parametros = {"anio": engine.year, "fuente": source, **engine.population_parameters()[0]}
        return result
    return calculate


@_needs("investment")
def participacion_inversion_privada(engine, params):
    result = ratio(_investment(engine, instruments.PRIVATE_SOURCES), _investment(engine), 100.0,
                   tr("no investment recorded in the unit for the year"))
    result.parametros = {"anio": engine.year, "fuentes": list(instruments.PRIVATE_SOURCES)}
    return result


CALCULATORS = {
    **{f"cumplimiento_obligaciones_{t}": cumplimiento_obligaciones(t) for t in instruments.OBLIGATION_TYPES},
    "suelo_recibido_m2": suelo_recibido_m2, "obligaciones_vencidas": obligaciones_vencidas,
    "recaudo_destinado_pot": recaudo_destinado_pot, "inversion_por_unidad": inversion_por_unidad,
    **{PER_CAPITA + s: inversion_per_capita(s) for s in instruments.SOURCES},
    "participacion_inversion_privada": participacion_inversion_privada,
}


def computable(observatory):
    """The codes worth computing for an expediente: the obligations' where it has obligations, the investment's
    (per inhabitant for each source present) where it has investment rows."""
    observatory = observatory or {}
    codes = list(OBLIGATION_CODES) if observatory.get("obligations") else []
    sources = sorted({r["fuente"] for r in observatory.get("investment", [])},
                     key=list(instruments.SOURCES).index)
    if sources:
        codes += list(INVESTMENT_CODES) + [PER_CAPITA + s for s in sources]
    return codes
