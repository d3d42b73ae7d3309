"""The demo municipality's territory: boundary, units, zoning, hazards, blocks, lots.

Geometry in EPSG:9377 metres around a fictional centre near Bogotá. Sizes
scale with the number of lots asked for, so 20,000 and 1,000,000 lots both
give a plausible city (about 20 lots per 1-hectare block).
"""
import math

import numpy as np
import shapely

from ..geometry import polygonal_part, to_multipolygons

CENTRE = (4_880_000.0, 2_075_000.0)
BLOCK_W, BLOCK_H, STREET = 100.0, 60.0, 16.0
LOT_COLUMNS, LOT_ROWS = 10, 2
RONDA_M = 60.0  # ronda hídrica (protected river strip) on each bank


def ellipse(cx, cy, a, b, wobble=0.0, rng=None, points=180):
    """An ellipse, optionally with a smooth wobble so it does not look drawn."""
    t = np.linspace(0, 2 * np.pi, points, endpoint=False)
    r = np.ones_like(t)
    if wobble and rng is not None:
        for k in (2, 3, 5):
            r += wobble / k * np.sin(k * t + rng.uniform(0, 2 * np.pi))
    return shapely.Polygon(np.column_stack([cx + a * r * np.cos(t), cy + b * r * np.sin(t)]))


class Territory:
    """All the geometry of the demo, built step by step from one RNG."""

    def __init__(self, lots, rng):
        self.rng = rng
        blocks_needed = max(lots / (LOT_COLUMNS * LOT_ROWS) / 0.93, 40)
        urban_area = blocks_needed * (BLOCK_W + STREET) * (BLOCK_H + STREET)
        self.a = math.sqrt(urban_area / math.pi * 1.3)
        self.b = math.sqrt(urban_area / math.pi / 1.3)
        cx, cy = CENTRE
        self.urban = ellipse(cx, cy, self.a, self.b, 0.05, rng)
        self.urban_plus = ellipse(cx, cy, self.a * 1.25, self.b * 1.25, 0.05, rng)
        self.municipality = ellipse(cx, cy, self.a * 2.2, self.b * 2.2, 0.12, rng)
        xs = np.linspace(cx - 2.4 * self.a, cx + 2.4 * self.a, 400)
        ys = cy - 0.35 * self.b + 0.12 * self.b * np.sin((xs - cx) / self.a * 3.0)
        self.river = shapely.intersection(shapely.LineString(np.column_stack([xs, ys])), self.municipality)
        self.ronda = shapely.buffer(self.river, RONDA_M)
        self.reserve = shapely.intersection(self.hills_band(1.17, 2.6, 2.5), self.municipality)

    def hills_band(self, x1, x2, half_height):
        """The strip between two contour-like lines of the eastern hills (x in units of a)."""
        cx, cy = CENTRE
        y = np.linspace(cy - half_height * self.b, cy + half_height * self.b, 120)
        wave = 0.05 * np.sin((y - cy) / self.b * 5.0) + 0.03 * np.sin((y - cy) / self.b * 11.0 + 1.0)
        west = np.column_stack([cx + (x1 + wave) * self.a, y])
        east = np.column_stack([cx + (x2 + wave) * self.a, y])[::-1]
        return shapely.Polygon(np.vstack([west, east]))

    # -- territorial units ------------------------------------------------
    def units(self, n_upz=100, n_localidades=20):
        """UPZ as Voronoi cells (denser in the city), localidades as unions of UPZ."""
        rng = self.rng
        urban_seeds = _points_in(self.urban, int(n_upz * 0.85), rng)
        rural_seeds = _points_in(shapely.difference(self.municipality, self.urban), n_upz - len(urban_seeds), rng)
        seeds = np.vstack([urban_seeds, rural_seeds])
        cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=self.municipality))
        # GEOS returns the cells in an order of its own that changed between versions (3.11 and
        # 3.13 differ): put each cell at its seed's position, so the same seed gives the same city.
        seed_index, cell_index = shapely.STRtree(cells).query(shapely.points(seeds), predicate="within")
        cells = cells[cell_index[np.argsort(seed_index, kind="stable")]]
        upz = shapely.intersection(cells, self.municipality)
        upz = upz[shapely.area(upz) > 0]
        centroids = shapely.get_coordinates(shapely.centroid(upz))
        owner = _cluster(centroids, n_localidades, rng)
        order = np.lexsort((centroids[:, 0], -centroids[:, 1]))  # number them north-west first
        upz, centroids, owner = upz[order], centroids[order], owner[order]
        relabel = {old: new for new, old in enumerate(dict.fromkeys(owner.tolist()))}
        owner = np.array([relabel[o] for o in owner])
        localidades = np.array([shapely.union_all(upz[owner == k]) for k in range(owner.max() + 1)], dtype=object)
        return to_multipolygons(upz), owner, to_multipolygons(polygonal_part(localidades))

    def barrios(self, upz, lots, seed):
        """Barrios nested in the UPZ, about one per 1,000 lots, more where the UPZ is urban.

        They draw on an RNG of their own (a child of `seed`), never on the territory's: adding
        the level left every other layer of a given seed's city exactly as it was.
        Returns (geometries, index of the UPZ holding each)."""
        rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(1)[0])
        urban_area = shapely.area(shapely.intersection(upz, self.urban))
        target = max(len(upz), round(lots / 1000))
        counts = np.maximum(1, np.round(target * urban_area / urban_area.sum())).astype(int)
        geometries, owner = [], []
        for index, (unit, count) in enumerate(zip(upz, counts)):
            if count == 1:
                geometries.append(unit)
                owner.append(index)
                continue
            urban = shapely.intersection(unit, self.urban)
            seeds = _points_in(urban if urban.area > 0 else unit, count, rng)
            cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=unit))
            # Each cell at its seed's position (GEOS orders cells its own way, version to version).
            seed_index, cell_index = shapely.STRtree(cells).query(shapely.points(seeds), predicate="within")
            cells = shapely.intersection(cells[cell_index[np.argsort(seed_index, kind="stable")]], unit)
            cells = polygonal_part(cells)
            cells = cells[shapely.area(cells) > 0]
            geometries.extend(cells)
            owner.extend([index] * len(cells))
        return to_multipolygons(np.array(geometries, dtype=object)), np.array(owner)

    # -- blocks and lots --------------------------------------------------
    def block_grid(self):
        """Whole-block rectangles whose centre is urban and that keep off the ronda."""
        minx, miny, maxx, maxy = self.urban.bounds
        pitch_x, pitch_y = BLOCK_W + STREET, BLOCK_H + STREET
        gx, gy = np.meshgrid(np.arange(minx, maxx, pitch_x), np.arange(miny, maxy, pitch_y))
        x0, y0 = gx.ravel(), gy.ravel()
        boxes = shapely.box(x0, y0, x0 + BLOCK_W, y0 + BLOCK_H)
        centres = shapely.points(x0 + BLOCK_W / 2, y0 + BLOCK_H / 2)
        shapely.prepare(self.urban)
        shapely.prepare(self.ronda)
        keep = shapely.contains(self.urban, centres) & ~shapely.intersects(self.ronda, boxes)
        return boxes[keep], x0[keep], y0[keep]

    @staticmethod
    def lots_of(blocks, x0, y0):
        """Lot rectangles of each block, clipped to the block where it was cut by a unit edge."""
        w, h = BLOCK_W / LOT_COLUMNS, BLOCK_H / LOT_ROWS
        col = np.tile(np.arange(LOT_COLUMNS), LOT_ROWS)
        row = np.repeat(np.arange(LOT_ROWS), LOT_COLUMNS)
        bx = np.repeat(x0, LOT_COLUMNS * LOT_ROWS) + np.tile(col * w, len(x0))
        by = np.repeat(y0, LOT_COLUMNS * LOT_ROWS) + np.tile(row * h, len(y0))
        owner = np.repeat(np.arange(len(blocks)), LOT_COLUMNS * LOT_ROWS)
        lots = shapely.box(bx, by, bx + w, by + h)
        clipped = shapely.area(blocks) < BLOCK_W * BLOCK_H - 1e-6
        cut = clipped[owner]
        lots[cut] = shapely.intersection(lots[cut], blocks[owner[cut]])
        keep = shapely.area(lots) > 30.0
        lots = polygonal_part(lots[keep])
        return lots, owner[keep]

    def distance_to_centre(self, geometries):
        xy = shapely.get_coordinates(shapely.centroid(geometries))
        return np.hypot((xy[:, 0] - CENTRE[0]) / self.a, (xy[:, 1] - CENTRE[1]) / self.b)


def split_blocks_by_units(blocks, x0, y0, units):
    """Cut blocks at unit edges so every block piece lies in exactly one UPZ."""
    tree = shapely.STRtree(units)
    block_index, unit_index = tree.query(blocks, predicate="intersects")
    pieces = shapely.intersection(blocks[block_index], units[unit_index])
    pieces = polygonal_part(pieces)
    keep = shapely.area(pieces) > 50.0
    return pieces[keep], x0[block_index[keep]], y0[block_index[keep]], unit_index[keep]


def _points_in(polygon, count, rng):
    """`count` random points inside `polygon` (rejection sampling, vectorised)."""
    minx, miny, maxx, maxy = polygon.bounds
    shapely.prepare(polygon)
    found = np.empty((0, 2))
    while len(found) < count:
        candidates = np.column_stack([rng.uniform(minx, maxx, count * 3), rng.uniform(miny, maxy, count * 3)])
        inside = shapely.contains_xy(polygon, candidates[:, 0], candidates[:, 1])
        found = np.vstack([found, candidates[inside]])
    return found[:count]


def _cluster(points, k, rng, iterations=8):
    """A few k-means steps: which of k groups each point belongs to."""
    centres = points[rng.choice(len(points), k, replace=False)]
    for _ in range(iterations):
        owner = np.argmin(((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2), axis=1)
        for j in range(k):
            if (owner == j).any():
                centres[j] = points[owner == j].mean(axis=0)
    return np.argmin(((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2), axis=1)
