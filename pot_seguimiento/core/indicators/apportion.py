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
    # Candidates by bounding box, then predicates with the (few, large) units prepared:
    # an STRtree predicate query would prepare each of the (many, small) sources instead.
    source, unit = shapely.STRtree(units).query(sources)
    shapely.prepare(units)
    inside = shapely.contains(units[unit], sources[source])
    weight = inside.astype(float)
    partial = np.flatnonzero(~inside)
    partial = partial[shapely.intersects(units[unit[partial]], sources[source[partial]])]
    if len(partial):
        area = shapely.area(sources[source[partial]])
        shared = shapely.area(shapely.intersection(sources[source[partial]], units[unit[partial]]))
        weight[partial] = np.divide(shared, area, out=np.zeros_like(shared), where=area > 0)
    keep = weight > 0
    return Shares(source[keep], unit[keep], weight[keep], len(units))


def box_shares(boxes, units, exact_geometries):
    """Shares of sources known by their bounding boxes (minx, miny, maxx, maxy), over units
    that do not overlap each other (the units of one level).

    A box away from every unit boundary lies wholly in one unit (or in none), which a
    raster lookup tells without building any geometry; only the sources near a
    boundary need their real geometry, which `exact_geometries(indices)` provides.
    For a city's lots that is a few percent.
    """
    from .unit_grid import UnitGrid

    units = np.asarray(units, dtype=object)
    unit, certain = UnitGrid(units).settle(boxes)
    inside = np.flatnonzero(certain & (unit >= 0))
    near_edge = np.flatnonzero(~certain)
    parts = [Shares(inside, unit[inside], np.ones(len(inside)), len(units))]
    if len(near_edge):
        exact = area_shares(exact_geometries(near_edge), units)
        parts.append(Shares(near_edge[exact.source], exact.unit, exact.weight, len(units)))
    return concatenate(parts)


def nested_shares(level, units, outer, boxes, exact_geometries):
    """Shares of the same sources in one `outer` polygon (the municipality), from their shares
    in the level's `units`: a source wholly inside a unit that lies within `outer` is wholly
    in `outer`; only the rest is tested again."""
    boxes = np.asarray(boxes, float).reshape(-1, 4)
    units = np.asarray(units, dtype=object)
    # Within, up to floating-point noise along the shared outer edge (units cut from the outer polygon).
    outside = shapely.area(shapely.difference(units, outer))
    unit_within = outside <= 1e-9 * shapely.area(units)
    whole = level.source[(level.weight >= 1.0) & unit_within[level.unit]]
    rest = np.setdiff1d(np.arange(len(boxes)), whole)
    parts = [Shares(whole, np.zeros(len(whole), int), np.ones(len(whole)), 1)]
    if len(rest):
        again = box_shares(boxes[rest], [outer], lambda indices: exact_geometries(rest[indices]))
        parts.append(Shares(rest[again.source], again.unit, again.weight, 1))
    return concatenate(parts)


def concatenate(shares, offsets=None):
    """One Shares from several, the i-th one's units shifted by offsets[i]."""
    offsets = offsets or [0] * len(shares)
    return Shares(np.concatenate([s.source for s in shares]),
                  np.concatenate([s.unit + o for s, o in zip(shares, offsets)]),
                  np.concatenate([s.weight for s in shares]),
                  max(s.n_units + o for s, o in zip(shares, offsets)))


def area_inside(units, layer_union):
    """Area of a (dissolved) layer inside each unit: overlaps inside the layer count once.

    The straightforward way, one intersection of the whole union per unit: its cost grows with
    units x data. Kept as the reference the fast way (`area_by_unit`) is tested against."""
    if layer_union is None or layer_union.is_empty:
        return np.zeros(len(units))
    return shapely.area(shapely.intersection(np.asarray(units, dtype=object), layer_union))


def dissolve(geometries):
    geometries = np.asarray(geometries, dtype=object)
    if len(geometries) == 0:
        return None
    return shapely.union_all(shapely.make_valid(geometries))


def disjoint_parts(geometries):
    """A layer's polygons made interior-disjoint: what `dissolve` covers, as separate pieces.

    Overlaps within a layer must count once (two parks drawn over each other are one park), but a
    city-wide union is one huge geometry that every unit then has to be cut out of. Only features
    whose interiors meet another's need merging: those clusters are unioned (and split back into
    their parts), every other feature is kept as it is. The pieces then cover exactly the union.
    """
    from ..geometry import polygonal_part

    geometries = np.asarray(geometries, dtype=object)
    if len(geometries) == 0:
        return np.empty(0, dtype=object)
    geometries = polygonal_part(shapely.make_valid(geometries))  # lines and points have no area
    geometries = geometries[~shapely.is_empty(geometries) & (shapely.area(geometries) > 0)]
    first, second = shapely.STRtree(geometries).query(geometries)  # pairs of overlapping boxes
    pair = first < second
    first, second = first[pair], second[pair]
    overlapping = np.zeros(len(geometries), bool)
    if len(first):
        interiors_meet = shapely.relate_pattern(geometries[first], geometries[second], "T********")
        overlapping[first[interiors_meet]] = True
        overlapping[second[interiors_meet]] = True
    if not overlapping.any():
        return geometries
    merged = shapely.get_parts(shapely.union_all(geometries[overlapping]))
    return np.concatenate([geometries[~overlapping], merged[shapely.area(merged) > 0]])


def _as_parts(parts):
    if parts is None:
        return np.empty(0, dtype=object)
    if isinstance(parts, shapely.Geometry):
        return np.empty(0, dtype=object) if parts.is_empty else np.array([parts], dtype=object)
    return np.asarray(parts, dtype=object)


def _pieces(parts, others, predicate_contains):
    """(part index, other index, area of part ∩ other) for every pair that meets. A part wholly
    inside the other one (nearly all of them, for small pieces and large units) needs no cut."""
    part, other = shapely.STRtree(others).query(parts)  # candidates by bounding box
    if not len(part):
        return part, other, np.zeros(0)
    shapely.prepare(others)
    area = np.zeros(len(part))
    inside = predicate_contains(others[other], parts[part])
    area[inside] = shapely.area(parts[part[inside]])
    rest = np.flatnonzero(~inside)
    rest = rest[shapely.intersects(others[other[rest]], parts[part[rest]])]
    if len(rest):
        area[rest] = shapely.area(shapely.intersection(parts[part[rest]], others[other[rest]]))
    return part, other, area


def area_by_unit(units, parts):
    """Area of interior-disjoint `parts` (see `disjoint_parts`) inside each unit.

    Units may overlap each other (the municipality is one more unit, around the others): each
    (part, unit) pair is settled on its own. Cost grows with parts + units, not with their product.
    """
    units = np.asarray(units, dtype=object)
    parts = _as_parts(parts)
    if len(parts) == 0:
        return np.zeros(len(units))
    _, unit, area = _pieces(parts, units, shapely.contains)
    return np.bincount(unit, weights=area, minlength=len(units))


def intersect_parts(parts, others):
    """The pieces where two sets of interior-disjoint parts meet: (part ∩ other) for every pair,
    again interior-disjoint. A part inside an other one is kept whole."""
    parts, others = _as_parts(parts), _as_parts(others)
    if len(parts) == 0 or len(others) == 0:
        return np.empty(0, dtype=object)
    part, other = shapely.STRtree(others).query(parts)
    if not len(part):
        return np.empty(0, dtype=object)
    shapely.prepare(others)
    pieces = parts[part].copy()
    keep = shapely.contains(others[other], parts[part])
    rest = np.flatnonzero(~keep)
    rest = rest[shapely.intersects(others[other[rest]], parts[part[rest]])]
    pieces[rest] = shapely.intersection(parts[part[rest]], others[other[rest]])
    keep[rest] = True
    return polygonal_pieces(pieces[keep])


def polygonal_pieces(geometries):
    """Only what has area: an intersection along a shared edge leaves lines."""
    from ..geometry import polygonal_part

    geometries = polygonal_part(np.asarray(geometries, dtype=object))
    return geometries[~shapely.is_empty(geometries) & (shapely.area(geometries) > 0)]


def share_inside(sources, parts):
    """Share of each source polygon's area inside interior-disjoint `parts` (0 to 1)."""
    sources = np.asarray(sources, dtype=object)
    parts = _as_parts(parts)
    total = shapely.area(sources) if len(sources) else np.zeros(0)
    if len(parts) == 0 or len(sources) == 0:
        return np.zeros(len(sources))
    # Parts are few and large here (hazard zones), sources many and small (blocks): the same pairs,
    # seen from the parts' side.
    source, _, area = _pieces(sources, parts, shapely.contains)
    inside = np.bincount(source, weights=area, minlength=len(sources))
    return np.divide(inside, total, out=np.zeros_like(total), where=total > 0)
