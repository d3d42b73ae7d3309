"""Population spread inside its units (dasymetric mapping), before distances are measured.

Population published for a unit (a UPZ, a vereda) says how many people live in
it, not where. Service-area indicators (coverage of facilities, SDG 11.2.1)
measure distances from where people live, so each unit's population is first
spread over the places inside it where people can live, in this order of
preference, unit by unit (the first one the unit has):

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
MAX_GRID_POINTS = 4_000_000  # beyond this the grid is made coarser (and the spacing used is recorded)


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
    """(x, y, piece index) of the grid points inside each piece; pieces without one get a point on
    their surface. Grid: x, y = (k + ½)·spacing."""
    xs, ys, owner = [], [], []
    bounds = shapely.bounds(pieces)
    for index in np.flatnonzero(~shapely.is_empty(pieces) & (shapely.area(pieces) > 0)):
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
            point = shapely.point_on_surface(pieces[index])
            xs.append([shapely.get_x(point)])
            ys.append([shapely.get_y(point)])
            owner.append([index])
    if not xs:
        return np.zeros(0), np.zeros(0), np.zeros(0, int)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(owner).astype(int)


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
    blocks (geometries), lots (Lots), footprints (geometries), residential (polygon or None),
    urban (polygon or None)."""

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
            if method.min() >= 0:
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
        if len(pending):
            pieces, names = self._area_pieces(pending)
            spacing = grid_spacing(pieces, self.wanted_spacing)
            x, y, owner = grid_points(pieces, spacing)
            counts = np.bincount(owner, minlength=len(pieces))
            for name in GRID_METHODS:
                chosen = pending[names == name]
                method[chosen] = METHODS.index(name)
            parts.append((x, y, pending[owner], 1.0 / counts[owner], np.full(len(x), None, dtype=object)))
            # A source whose piece is empty (a unit with no area) has no items; its people stay uncounted
            # by place but are still counted in its population total.
        else:
            spacing = self.wanted_spacing
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

    def _area_pieces(self, pending):
        """Per pending source, its residential zones, else its urban land, else itself (and which)."""
        pieces = self.sources[pending].copy()
        names = np.full(len(pending), "unidad", dtype=object)
        undecided = np.ones(len(pending), bool)
        for name, mask in (("zonas_residenciales", self.layers.get("residential")),
                           ("suelo_urbano", self.layers.get("urban"))):
            if mask is None or shapely.is_empty(mask) or not undecided.any():
                continue
            cut = shapely.intersection(self.sources[pending[undecided]], mask)
            found = shapely.area(cut) > 0
            where = np.flatnonzero(undecided)[found]
            pieces[where] = cut[found]
            names[where] = name
            undecided[where] = False
        return pieces, names
