"""Areal apportioning: how much of each source polygon lies in each unit.

The one rule behind "never counted twice": a block, a lot or a project that
crosses unit boundaries contributes to each unit in proportion to the share of
its area inside it. Sources wholly inside one unit (nearly all of them) skip
the intersection and weigh 1, which keeps a million lots fast.
"""
from dataclasses import dataclass

import numpy as np
import shapely


@dataclass
class Shares:
    """Sparse (source, unit, weight) triples: weight = area share of the source in the unit."""
    source: np.ndarray
    unit: np.ndarray
    weight: np.ndarray
    n_units: int

    def sum_by_unit(self, values):
        """Σ value × weight per unit, for a value per source."""
        return np.bincount(self.unit, weights=np.asarray(values, float)[self.source] * self.weight,
                           minlength=self.n_units)

    def majority_unit(self, n_sources, among=None):
        """The unit holding the largest share of each source (-1 where none), among a mask of pairs."""
        pairs = np.ones(len(self.source), bool) if among is None else among
        best = np.full(n_sources, -1)
        order = np.argsort(self.weight[pairs], kind="stable")
        best[self.source[pairs][order]] = self.unit[pairs][order]  # larger weights come later and win
        return best


def area_shares(sources, units):
    sources = np.asarray(sources, dtype=object)
    units = np.asarray(units, dtype=object)
    tree = shapely.STRtree(units)
    source, unit = tree.query(sources, predicate="intersects")
    weight = np.ones(len(source))
    shapely.prepare(units)
    inside = shapely.contains(units[unit], sources[source])
    partial = ~inside
    if partial.any():
        area = shapely.area(sources[source[partial]])
        shared = shapely.area(shapely.intersection(sources[source[partial]], units[unit[partial]]))
        weight[partial] = np.divide(shared, area, out=np.zeros_like(shared), where=area > 0)
    keep = weight > 0
    return Shares(source[keep], unit[keep], weight[keep], len(units))


def area_inside(units, layer_union):
    """Area of a (dissolved) layer inside each unit: overlaps inside the layer count once."""
    if layer_union is None or layer_union.is_empty:
        return np.zeros(len(units))
    return shapely.area(shapely.intersection(np.asarray(units, dtype=object), layer_union))


def dissolve(geometries):
    geometries = np.asarray(geometries, dtype=object)
    if len(geometries) == 0:
        return None
    return shapely.union_all(shapely.make_valid(geometries))
