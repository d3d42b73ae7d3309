"""How imported units relate by their geometry: overlaps within a level, and the parent in another level.

Overlaps are reported when units are imported, never refused. Units of a level should tile the territory,
but published polygons often do not (Bogotá's public UPZ layer is simplified: Kennedy Central overlaps its
neighbours by 13.8 % of its area). The office must know, because anything spread by area over such units
counts the shared ground twice. An overlap is reported when it exceeds OVERLAP_REPORTED of the smaller unit's
area, so slivers of digitising do not drown the real ones.
"""
from dataclasses import dataclass

import numpy as np
import shapely

OVERLAP_REPORTED = 0.01
# A unit's parent is the unit of the parent level holding at least this share of its area. Bogotá's UPZ lie in their
# localidad for 85.6 % (Las Cruces) to 100 % of their area in the public, simplified layers, and the largest share
# gives the SDP's own UPZ→localidad link for all 112 UPZ; UPR Río Tunjuelo (63 % Usme, 36 % Ciudad Bolívar) lies in
# two, so its parent is the municipality.
PARENT_SHARE = 0.75


@dataclass(frozen=True)
class Overlap:
    level: str
    first: str  # codes
    second: str
    area_m2: float
    share: float  # of the smaller unit's area

    @property
    def percent(self):
        return 100 * self.share


def overlaps(levels, codes, geometries, new, threshold=OVERLAP_REPORTED):
    """[Overlap] between units of the same level sharing more than `threshold` of the smaller one's area, for pairs
    where at least one unit is `new` (a boolean array: the ones being imported). Geometries in a projected CRS."""
    geometries = np.asarray(geometries, dtype=object)
    levels, codes, new = np.asarray(levels, dtype=object), np.asarray(codes, dtype=object), np.asarray(new, bool)
    if len(geometries) < 2:
        return []
    valid = shapely.make_valid(geometries)
    left, right = shapely.STRtree(valid).query(valid, predicate="intersects")
    keep = (left < right) & (levels[left] == levels[right]) & (new[left] | new[right])
    left, right = left[keep], right[keep]
    if not len(left):
        return []
    shared = shapely.area(shapely.intersection(valid[left], valid[right]))
    smaller = np.minimum(shapely.area(valid[left]), shapely.area(valid[right]))
    share = np.divide(shared, smaller, out=np.zeros(len(shared)), where=smaller > 0)
    found = [Overlap(levels[a], codes[a], codes[b], float(s), float(f))
             for a, b, s, f in zip(left, right, shared, share) if f > threshold]
    return sorted(found, key=lambda o: -o.share)


@dataclass(frozen=True)
class Parent:
    code: str  # None when no unit holds PARENT_SHARE of the child
    shares: tuple  # ((code, share), …) largest first, the shares above 1 %


def parents(children, parent_codes, parent_geometries, minimum=PARENT_SHARE):
    """[Parent] of each child geometry among the units of the parent level, by the largest share of its area."""
    children = shapely.make_valid(np.asarray(children, dtype=object))
    found = [[] for _ in range(len(children))]
    if len(parent_geometries):
        candidates = shapely.make_valid(np.asarray(parent_geometries, dtype=object))
        child, parent = shapely.STRtree(candidates).query(children, predicate="intersects")
        shares = shapely.area(shapely.intersection(children[child], candidates[parent])) / np.maximum(
            shapely.area(children[child]), 1e-12)
        for c, p, share in zip(child, parent, shares):
            if share > 0.01:
                found[c].append((parent_codes[p], float(share)))
    out = []
    for shares in found:
        shares = tuple(sorted(shares, key=lambda s: -s[1]))
        out.append(Parent(shares[0][0] if shares and shares[0][1] >= minimum else None, shares))
    return out
