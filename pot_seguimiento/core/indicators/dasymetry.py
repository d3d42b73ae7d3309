"""Population spread inside its units (dasymetric mapping), before distances are measured.

Population published for a unit (a UPZ, a vereda) says how many people live in
it, not where. Service-area indicators (coverage of facilities, SDG 11.2.1)
measure distances from where people live, so each unit's population is first
spread over the places inside it where people can live, in this order of
preference, unit by unit (the first one the unit has; for zones and urban land,
the first that holds any of the unit's grid points):

1. ``manzanas`` – the expediente's blocks, each by its area inside the unit
   (or ``predios``, lots, by land area, where there are no blocks);
2. ``huella`` – building footprints of the latest date not after the period, by area;
3. ``zonas_residenciales`` – zoning the user marks as residential (categories);
4. ``suelo_urbano`` – the unit's urban land (zonificacion clasificacion_suelo urbano);
5. ``unidad`` – the whole unit.

Blocks, lots and footprints are places already: each is one point (a point on
its surface) carrying its share. Zones, urban land and whole units are spread
evenly over a regular grid of points (``malla_m`` apart, at x, y = (k + ½)·malla_m
in the expediente's CRS, the same grid at every level), so a unit half within
reach counts half served. A unit too small to hold a grid point keeps one point
on its surface. Every unit's population is kept whole: its points' shares add
up to 1.

Units of one level that overlap (simplified public polygons do) would place the
same people twice; the overlaps are resolved once (``resolve_overlaps``): a
smaller unit keeps its whole polygon, a larger one loses what smaller ones
already cover. People never move from one unit to a neighbour.
"""
from dataclasses import dataclass

import numpy as np
import shapely

from .apportion import area_shares, box_shares

METHODS = ("manzanas", "predios", "huella", "zonas_residenciales", "suelo_urbano", "unidad")
GRID_METHODS = ("zonas_residenciales", "suelo_urbano", "unidad")
DEFAULT_GRID_M = 50.0
MAX_GRID_POINTS = 1_000_000  # beyond this (a vast rural municipality) the grid is made coarser; malla_m records it


@dataclass
class Items:
    """Population places: a point each, the unit (source) whose people it holds and its share of them."""
    x: np.ndarray
    y: np.ndarray
    source: np.ndarray  # index of the population source (unit row)
    fraction: np.ndarray  # share of the source's population; sums to 1 per source
    method: np.ndarray  # index into METHODS per source (not per item)
    polygons: np.ndarray  # the place's polygon (blocks, footprints) or None (grid points, lots)
    grid_m: float

    def __len__(self):
        return len(self.x)

    @property
    def points(self):
        return shapely.points(self.x, self.y)


def resolve_overlaps(polygons):
    """Polygons of one level made disjoint: smaller ones keep all of theirs, a larger one loses what
    smaller ones (ties: the earlier one) already cover. A polygon wholly covered keeps its own shape."""
    polygons = shapely.make_valid(np.asarray(polygons, dtype=object))
    area = shapely.area(polygons)
    rank = np.empty(len(polygons), int)
    rank[np.lexsort((np.arange(len(polygons)), area))] = np.arange(len(polygons))
    tree = shapely.STRtree(polygons)
    left, right = tree.query(polygons, predicate="intersects")
    # Pairs where `right` is ranked before `left` and truly overlaps it (not just touches).
    pairs = rank[right] < rank[left]
    left, right = left[pairs], right[pairs]
    overlap = shapely.area(shapely.intersection(polygons[left], polygons[right]))
    real = overlap > 1e-9 * np.minimum(area[left], area[right])
    left, right = left[real], right[real]
    resolved = polygons.copy()
    if len(left):
        order = np.argsort(left, kind="stable")
        left, right = left[order], right[order]
        starts = np.flatnonzero(np.r_[True, left[1:] != left[:-1]])
        for start, stop in zip(starts, np.r_[starts[1:], len(left)]):  # per overlapped unit (few), not per feature
            unit = left[start]
            rest = shapely.difference(polygons[unit], shapely.union_all(polygons[right[start:stop]]))
            if shapely.area(rest) > 0:
                resolved[unit] = rest
    return resolved


def grid_points(pieces, spacing):
    """(x, y, piece index, is a grid point) of the grid points inside each piece; a piece without one
    gets a point on its surface. Grid: x, y = (k + ½)·spacing."""
    xs, ys, owner = [], [], []
    bounds = shapely.bounds(pieces)
    lonely = []
    for index in np.flatnonzero(~shapely.is_empty(pieces) & (shapely.area(pieces) > 0)):  # per unit, vectorised inside
        minx, miny, maxx, maxy = bounds[index]
        gx = (np.arange(np.floor(minx / spacing - 0.5), np.ceil(maxx / spacing - 0.5) + 1) + 0.5) * spacing
        gy = (np.arange(np.floor(miny / spacing - 0.5), np.ceil(maxy / spacing - 0.5) + 1) + 0.5) * spacing
        gx, gy = (a.ravel() for a in np.meshgrid(gx, gy))
        shapely.prepare(pieces[index])
        inside = shapely.contains_xy(pieces[index], gx, gy)
        if inside.any():
            xs.append(gx[inside])
            ys.append(gy[inside])
            owner.append(np.full(inside.sum(), index))
        else:
            lonely.append(index)
    on_grid = sum(len(x) for x in xs)
    if lonely:
        points = shapely.point_on_surface(pieces[lonely])
        xs.append(shapely.get_x(points))
        ys.append(shapely.get_y(points))
        owner.append(np.asarray(lonely))
    if not xs:
        return np.zeros(0), np.zeros(0), np.zeros(0, int), np.zeros(0, bool)
    grid = np.arange(sum(len(x) for x in xs)) < on_grid
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(owner).astype(int), grid


def points_in(x, y, polygons):
    """Whether each point lies in any of the polygons (overlapping polygons count once). Candidates by
    box from an STRtree of the points; the test against each (few, large) polygon prepared once."""
    inside = np.zeros(len(x), bool)
    if polygons is None or len(polygons) == 0 or len(x) == 0:
        return inside
    polygons = np.asarray(polygons, dtype=object)
    shapely.prepare(polygons)
    polygon, point = shapely.STRtree(shapely.points(x, y)).query(polygons)
    hit = shapely.intersects_xy(polygons[polygon], x[point], y[point])
    inside[point[hit]] = True
    return inside


def grid_spacing(pieces, wanted):
    """The wanted spacing, or a coarser one that keeps the grid under MAX_GRID_POINTS."""
    area = float(shapely.area(pieces).sum()) if len(pieces) else 0.0
    return max(float(wanted), float(np.sqrt(area / MAX_GRID_POINTS)) if area else 0.0)


def _feature_items(shares, weight, n_sources):
    """(feature, source, fraction, sources that have any) from (feature, source, area share) pairs and
    each pair's weight (the feature's area inside the source): each feature's share of its people."""
    total = np.bincount(shares.unit, weights=weight, minlength=n_sources)
    keep = weight > 0
    fraction = np.divide(weight, total[shares.unit], out=np.zeros_like(weight), where=total[shares.unit] > 0)
    features = shares.source[keep]
    return features, shares.unit[keep], fraction[keep], total > 0


class Dasymetry:
    """The places of each source unit's population. `layers` is a dict of what the expediente has:
    blocks (geometries), lots (Lots), footprints (geometries), residential and urban (zone polygons,
    which may overlap; none dissolved)."""

    def __init__(self, sources, layers, spacing=DEFAULT_GRID_M):
        self.sources = resolve_overlaps(sources)
        self.layers = layers
        self.wanted_spacing = float(spacing)

    def items(self):
        n = len(self.sources)
        method = np.full(n, -1)
        parts = []  # (x, y, source, fraction, polygons)

        def take(name, features, owners, fraction, has, x, y, polygons):
            chosen = has & (method < 0)
            method[chosen] = METHODS.index(name)
            keep = chosen[owners]
            parts.append((x[keep], y[keep], owners[keep], fraction[keep],
                          polygons[keep] if polygons is not None else np.full(keep.sum(), None, dtype=object)))

        for name in ("manzanas", "huella"):
            if (method >= 0).all():
                break
            geometries = self.layers.get("blocks" if name == "manzanas" else "footprints")
            if geometries is None or len(geometries) == 0:
                if name == "manzanas":
                    self._lots(take, method)
                continue
            geometries = np.asarray(geometries, dtype=object)
            shares = area_shares(geometries, self.sources)
            weight = shapely.area(geometries)[shares.source] * shares.weight
            features, owners, fraction, has = _feature_items(shares, weight, n)
            anchors = shapely.point_on_surface(geometries)
            take(name, features, owners, fraction, has, shapely.get_x(anchors)[features],
                 shapely.get_y(anchors)[features], geometries[features])
        pending = np.flatnonzero(method < 0)
        spacing = self.wanted_spacing
        if len(pending):
            spacing = grid_spacing(self.sources[pending], self.wanted_spacing)
            x, y, owner, on_grid = grid_points(self.sources[pending], spacing)
            keep = np.zeros(len(x), bool)
            decided = np.zeros(len(pending), bool)
            # A unit takes the first kind of land that holds any of its grid points; its people are
            # spread evenly over those points only.
            for name, zones in (("zonas_residenciales", self.layers.get("residential")),
                                ("suelo_urbano", self.layers.get("urban"))):
                open_points = ~decided[owner] & on_grid
                inside = open_points & points_in(x, y, zones) if open_points.any() else open_points
                has = np.bincount(owner[inside], minlength=len(pending)) > 0
                method[pending[has]] = METHODS.index(name)
                keep |= inside & has[owner]
                decided |= has
            method[pending[~decided]] = METHODS.index("unidad")
            keep |= ~decided[owner]
            x, y, owner = x[keep], y[keep], owner[keep]
            counts = np.bincount(owner, minlength=len(pending))
            parts.append((x, y, pending[owner], 1.0 / counts[owner], np.full(len(x), None, dtype=object)))
        x, y, source, fraction, polygons = (np.concatenate([p[i] for p in parts]) if parts else np.zeros(0)
                                            for i in range(5))
        return Items(x.astype(float), y.astype(float), source.astype(int), fraction.astype(float), method,
                     polygons.astype(object), spacing)

    def _lots(self, take, method):
        lots = self.layers.get("lots")
        if lots is None or len(lots) == 0:
            return
        shares = box_shares(lots.boxes, self.sources, lots.geometries_of)
        weight = lots.area[shares.source] * shares.weight
        features, owners, fraction, has = _feature_items(shares, weight, len(self.sources))
        boxes = lots.boxes[features]
        take("predios", features, owners, fraction, has, (boxes[:, 0] + boxes[:, 2]) / 2,
             (boxes[:, 1] + boxes[:, 3]) / 2, None)
