"""User-defined indicators: the ratio of two aggregates per unit.

An `indicador` row with calculadora = "razon" and parametros such as
    {"numerador": {"capa": "equipamiento", "agregado": "count", "filtro": "\\"sector\\" = 'salud'"},
     "denominador": {"capa": "poblacion", "agregado": "sum", "expresion": "\\"poblacion\\""},
     "factor": 10000}
is computed like the built-ins. The QGIS shell evaluates each part's expression
and filter on its layer; here the values are summed per unit, points by the unit
that contains them and polygons apportioned by area. Rows located by an `ambito`
(poblacion) follow the population's rules (Engine.place_rows): a unit's row
counts in that unit, or in its parent by codigo_padre, never spread over
overlapping neighbours.
"""
from dataclasses import dataclass

import numpy as np

from ..errors import PotError
from ..i18n import tr
from .apportion import area_shares
from .engine import ratio

CALCULATOR = "razon"
AGGREGATES = ("count", "sum", "mean")
PARTS = ("numerador", "denominador")


@dataclass
class Part:
    """One side of the ratio as the shell evaluated it: a value and a geometry per feature."""
    values: np.ndarray
    geometries: np.ndarray  # None for rows located by ambito
    aggregate: str
    ambitos: np.ndarray = None  # block or unit code of each row (tables without geometry)


def check_definition(code, params):
    for part in PARTS:
        spec = params.get(part)
        if not isinstance(spec, dict) or not spec.get("capa"):
            raise PotError(tr("The user-defined indicator '{code}' needs parameters '{part}' with a layer "
                              "('capa').").format(code=code, part=part))
        if spec.get("agregado", "sum") not in AGGREGATES:
            raise PotError(tr("The aggregate '{aggregate}' of '{code}' is not one of {known}.").format(
                aggregate=spec.get("agregado"), code=code, known=", ".join(AGGREGATES)))


def aggregate_by_unit(part, engine):
    """count, sum or area-weighted mean of a part's values in each unit (the municipality last)."""
    values = np.where(np.isnan(part.values), 0.0, part.values) if part.aggregate != "count" else \
        np.ones(len(part.values))
    shares = engine.place_rows(part.ambitos) if part.ambitos is not None else \
        area_shares(part.geometries, engine.all_units)
    total = shares.sum_by_unit(values)
    if part.aggregate == "mean":
        return total / np.where(shares.sum_by_unit(np.ones(len(values))) > 0,
                                shares.sum_by_unit(np.ones(len(values))), np.nan)
    return total


def ratio_indicator(engine, numerator, denominator, factor=1.0):
    result = ratio(aggregate_by_unit(numerator, engine), aggregate_by_unit(denominator, engine),
                   factor, tr("the denominator is zero in this unit"))
    result.parametros = {"factor": factor}
    return result
