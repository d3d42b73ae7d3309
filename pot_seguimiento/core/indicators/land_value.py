"""Land-value battery: area-weighted value, median, nominal and real change, relative index."""
import functools

import numpy as np

from ..i18n import tr
from .apportion import box_shares, concatenate, nested_shares
from .engine import Result, ratio


def aligned(keys, codes, values):
    """values[codes == key] for each key (NaN where a key has no value); vectorised lookup."""
    keys = np.asarray(keys, dtype=str)
    codes = np.asarray(codes, dtype=str)
    values = np.asarray(values, dtype=float)
    out = np.full(len(keys), np.nan)
    if len(codes) == 0:
        return out
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    position = np.clip(np.searchsorted(sorted_codes, keys), 0, len(codes) - 1)
    found = sorted_codes[position] == keys
    out[found] = values[order][position[found]]
    return out


class LandValue:
    """Per-lot values of a year, apportioned to units by each lot's area share."""

    def __init__(self, engine):
        self.engine = engine
        lots = engine.inputs.lots
        self.lot_area = lots.area
        # The level's units partition the territory; the municipality is one more "unit" after them.
        units = engine.inputs.units.geometries
        level = box_shares(lots.boxes, units, lots.geometries_of)
        whole = nested_shares(level, units, engine.inputs.municipality, lots.boxes, lots.geometries_of)
        self.shares = concatenate([level, whole], [0, engine.n - 1])

    @functools.lru_cache(maxsize=8)
    def lot_values(self, year):
        return self.engine.inputs.lot_values(year)

    @functools.lru_cache(maxsize=8)
    def weighted_mean(self, year):
        value = self.lot_values(year)
        valued = ~np.isnan(value)
        numerator = self.shares.sum_by_unit(np.where(valued, value * self.lot_area, 0.0))
        denominator = self.shares.sum_by_unit(np.where(valued, self.lot_area, 0.0))
        return ratio(numerator, denominator, empty_note=tr("no lot with a land value in {year}").format(year=year))

    def median(self, year):
        """Median value of the lots of each unit (a lot belongs to the unit with most of its area)."""
        value = self.lot_values(year)
        municipality = self.engine.n - 1
        unit = self.shares.majority_unit(len(value), among=self.shares.unit != municipality)
        in_municipality = np.zeros(len(value), bool)
        in_municipality[self.shares.source[self.shares.unit == municipality]] = True
        groups = np.concatenate([unit, np.where(in_municipality, municipality, -1)])
        values = np.concatenate([value, value])
        keep = (groups >= 0) & ~np.isnan(values)
        order = np.lexsort((values[keep], groups[keep]))
        groups, values = groups[keep][order], values[keep][order]
        starts = np.searchsorted(groups, np.arange(self.engine.n), side="left")
        stops = np.searchsorted(groups, np.arange(self.engine.n), side="right")
        medians = np.array([np.median(values[a:b]) if b > a else np.nan for a, b in zip(starts, stops)])
        counts = (stops - starts).astype(float)
        notes = [None if c else tr("no lot with a land value in {year}").format(year=year) for c in counts]
        return Result(medians, medians, counts, notes, {"anio": year})


def _land_value(engine):
    return engine.shared("land_value", LandValue)


def valor_suelo_m2(engine, params):
    result = _land_value(engine).weighted_mean(engine.year)
    return Result(result.valor, result.numerador, result.denominador, result.notas, {"anio": engine.year})


def valor_suelo_mediana(engine, params):
    return _land_value(engine).median(engine.year)


def _change(engine):
    now = _land_value(engine).weighted_mean(engine.year).valor
    before = _land_value(engine).weighted_mean(engine.year - 1).valor
    change = (now / before - 1.0) * 100.0
    notes = [None if np.isfinite(c) else tr("no land value for {year} or {previous}").format(
        year=engine.year, previous=engine.year - 1) for c in change]
    return change, now, before, notes


def valor_suelo_variacion(engine, params):
    change, now, before, notes = _change(engine)
    return Result(change, now, before, notes, {"anio": engine.year, "anio_anterior": engine.year - 1})


def valor_suelo_variacion_real(engine, params):
    """Nominal change deflated by the year's CPI inflation: ((1 + n) / (1 + i) − 1) · 100."""
    change, now, before, notes = _change(engine)
    cpi = {str(k): float(v) for k, v in (params.get("ipc") or {}).items()}
    inflation = cpi.get(str(engine.year))
    if inflation is None:
        note = tr("no CPI inflation given for {year} (parameter 'ipc')").format(year=engine.year)
        return Result(np.full(engine.n, np.nan), now, before, [note] * engine.n, {"anio": engine.year})
    real = ((1 + change / 100.0) / (1 + inflation / 100.0) - 1.0) * 100.0
    return Result(real, change, np.full(engine.n, inflation), notes,
                  {"anio": engine.year, "ipc_anual_pct": inflation})


def valor_suelo_indice(engine, params):
    mean = _land_value(engine).weighted_mean(engine.year)
    valor = mean.valor / mean.valor[-1]
    return Result(valor, mean.valor, np.full(engine.n, mean.valor[-1]), mean.notas, {"anio": engine.year})


CALCULATORS = {
    "valor_suelo_m2": valor_suelo_m2, "valor_suelo_mediana": valor_suelo_mediana,
    "valor_suelo_variacion": valor_suelo_variacion, "valor_suelo_variacion_real": valor_suelo_variacion_real,
    "valor_suelo_indice": valor_suelo_indice,
}
