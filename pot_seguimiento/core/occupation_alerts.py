"""Suspected informal occupations: new footprints where building is not allowed, and how urgent each is.

Plain arrays in, plain arrays out (shapely 2, STRtree joins, no per-feature loops):

1. A footprint of the later year is *new* when less than half of its area lies on footprints of
   the earlier year (an enlarged house is not a new occupation).
2. New footprints within SITE_GAP_M of each other form one *site*: what an inspector visits.
3. A site becomes an alert when it overlaps (by 1 m² or more) protection land, a ronda hídrica, high hazard,
   rural land (outside the urban perimeter) or public space.
4. Its priority (0–100) is `priority()` (written out in the algorithm's help and docs/control_ocupaciones.md).
5. A site that touches an existing alert is that alert again: it keeps its code.
"""
from dataclasses import dataclass

import numpy as np
import shapely

SITE_GAP_M = 10.0
MIN_OVERLAP_M2 = 1.0
NEIGHBOURHOOD_M = 100.0
NEW_WHEN_OVERLAP_BELOW = 0.5
PRIORITIZED_FROM = 50.0  # an alert at or above this priority starts 'priorizada'

# Restriction of each reason (R in the formula); the main reason is the one that weighs most.
RESTRICTION = {"proteccion": 1.0, "ronda_hidrica": 1.0, "amenaza_alta": 0.9, "espacio_publico": 0.8,
               "fuera_perimetro": 0.5}
REASONS = tuple(RESTRICTION)
HAZARD_NOT_MITIGABLE, HAZARD_MITIGABLE = 1.0, 0.6
WEIGHTS = {"hazard": 30, "restriction": 25, "size": 15, "growth": 15, "time": 15}
SIZE_FULL_M2, GROWTH_FULL, TIME_FULL_DAYS = 1000.0, 20, 365


@dataclass
class Zones:
    """Where building is restricted, as arrays of polygons per reason."""
    proteccion: np.ndarray
    ronda_hidrica: np.ndarray
    espacio_publico: np.ndarray
    fuera_perimetro: np.ndarray
    hazard_high: np.ndarray
    hazard_mitigable: np.ndarray  # bool per hazard_high polygon


@dataclass
class Existing:
    """Alerts already in the expediente."""
    codes: np.ndarray
    geometries: np.ndarray
    days_since_visit: np.ndarray  # float, NaN when never visited


@dataclass
class Detection:
    """One row per alert found: `code` is an existing alert's code or None for a new one."""
    code: np.ndarray
    geometry: np.ndarray
    reason: np.ndarray
    reasons: np.ndarray  # "proteccion, amenaza_alta"
    unit: np.ndarray
    area_m2: np.ndarray
    priority: np.ndarray
    footprints: np.ndarray  # how many new footprints the site holds

    def __len__(self):
        return len(self.code)


def new_footprints(before, after):
    """Mask over `after`: footprints with less than half their area on a footprint of `before`."""
    after = np.asarray(after, dtype=object)
    if len(after) == 0 or len(before) == 0:
        return np.ones(len(after), bool)
    tree = shapely.STRtree(np.asarray(before, dtype=object))
    i, j = tree.query(after, predicate="intersects")
    covered = np.zeros(len(after))
    if len(i):
        np.add.at(covered, i, shapely.area(shapely.intersection(after[i], tree.geometries[j])))
    area = shapely.area(after)
    return covered < NEW_WHEN_OVERLAP_BELOW * np.where(area > 0, area, 1.0)


def group_into_sites(footprints):
    """(site geometries, site index of each footprint): footprints closer than SITE_GAP_M share a site."""
    if len(footprints) == 0:
        return np.array([], dtype=object), np.array([], dtype=int)
    grown = shapely.get_parts(shapely.union_all(shapely.buffer(footprints, SITE_GAP_M / 2, quad_segs=2)))
    tree = shapely.STRtree(grown)
    points = shapely.point_on_surface(footprints)
    i, j = tree.query(points, predicate="intersects")
    site = np.full(len(footprints), -1)
    site[i] = j
    _, site = np.unique(site, return_inverse=True)
    parts, owner = shapely.get_parts(footprints, return_index=True)
    order = np.argsort(site[owner], kind="stable")
    geometries = shapely.multipolygons(parts[order], indices=site[owner][order])
    invalid = ~shapely.is_valid(geometries)  # touching footprints of one site
    geometries[invalid] = shapely.make_valid(geometries[invalid])
    return geometries, site


def _overlaps(geometries, zones):
    """(geometry index, zone index) of pairs that share at least MIN_OVERLAP_M2: a building that
    only touches a park's edge or a zone's boundary is not in it."""
    if not len(zones) or not len(geometries):
        return np.zeros(0, int), np.zeros(0, int)
    tree = shapely.STRtree(np.asarray(zones, dtype=object))
    i, j = tree.query(geometries, predicate="intersects")
    shared = shapely.area(shapely.intersection(geometries[i], tree.geometries[j]))
    keep = shared >= MIN_OVERLAP_M2
    return i[keep], j[keep]


def _in_zone(geometries, zones):
    mask = np.zeros(len(geometries), bool)
    mask[_overlaps(geometries, zones)[0]] = True
    return mask


def _hazard(sites, zones):
    """A (hazard) per site: non-mitigable high hazard weighs more than mitigable."""
    hazard = np.zeros(len(sites))
    i, j = _overlaps(sites, zones.hazard_high)
    if len(i):
        weight = np.where(np.asarray(zones.hazard_mitigable, bool)[j], HAZARD_MITIGABLE, HAZARD_NOT_MITIGABLE)
        np.maximum.at(hazard, i, weight)
    return hazard


def unit_of(geometries, unit_codes, unit_geometries):
    """The unit that holds each geometry's representative point (None outside every unit)."""
    result = np.full(len(geometries), None, dtype=object)
    if len(unit_geometries) and len(geometries):
        i, j = shapely.STRtree(np.asarray(unit_geometries, dtype=object)).query(
            shapely.point_on_surface(geometries), predicate="within")
        result[i] = np.asarray(unit_codes, dtype=object)[j]
    return result


def priority(hazard, restriction, area, growth, days_since_visit):
    """0–100, one decimal: 30·A + 25·R + 15·T + 15·C + 15·V, where A (hazard) is 1 in non-mitigable and
    0.6 in mitigable high hazard; R the restriction of the main reason; T = min(1, area / 1,000 m²);
    C = min(1, new footprints within 100 m / 20); V = 1 if never visited, else min(1, days / 365)."""
    size = np.minimum(1.0, area / SIZE_FULL_M2)
    around = np.minimum(1.0, growth / GROWTH_FULL)
    time = np.where(np.isnan(days_since_visit), 1.0, np.minimum(1.0, np.nan_to_num(days_since_visit) / TIME_FULL_DAYS))
    total = (WEIGHTS["hazard"] * hazard + WEIGHTS["restriction"] * restriction + WEIGHTS["size"] * size
             + WEIGHTS["growth"] * around + WEIGHTS["time"] * time)
    return np.round(total, 1)


def detect(before, after, zones, unit_codes, unit_geometries, existing):
    """Alerts from the footprints of two dates (`before` may be empty when `after` holds only new ones)."""
    after = np.asarray(after, dtype=object)
    new = after[new_footprints(before, after)]
    sites, _ = group_into_sites(new)
    hazard = _hazard(sites, zones)
    flags = {"proteccion": _in_zone(sites, zones.proteccion), "ronda_hidrica": _in_zone(sites, zones.ronda_hidrica),
             "amenaza_alta": hazard > 0, "espacio_publico": _in_zone(sites, zones.espacio_publico),
             "fuera_perimetro": _in_zone(sites, zones.fuera_perimetro)}
    matrix = np.column_stack([flags[r] for r in REASONS]) if len(sites) else np.zeros((0, len(REASONS)), bool)
    keep = matrix.any(axis=1)
    sites, hazard, matrix = sites[keep], hazard[keep], matrix[keep]
    weights = matrix * np.array([RESTRICTION[r] for r in REASONS])
    main = np.array(REASONS, dtype=object)[np.argmax(weights, axis=1)] if len(sites) else np.array([], dtype=object)
    listed = np.array([", ".join(r for r, flag in zip(REASONS, row) if flag) for row in matrix], dtype=object)

    code, days = _match(sites, existing)
    growth = np.zeros(len(sites))
    footprints = np.zeros(len(sites), int)
    if len(sites):
        tree = shapely.STRtree(new)
        i, _ = tree.query(sites, predicate="dwithin", distance=NEIGHBOURHOOD_M)
        growth = np.bincount(i, minlength=len(sites)).astype(float)
        i, _ = tree.query(sites, predicate="contains")
        footprints = np.bincount(i, minlength=len(sites))
    area = shapely.area(sites) if len(sites) else np.zeros(0)
    return Detection(code=code, geometry=sites, reason=main, reasons=listed,
                     unit=unit_of(sites, unit_codes, unit_geometries), area_m2=np.round(area, 2),
                     priority=priority(hazard, weights.max(axis=1) if len(sites) else np.zeros(0), area, growth, days),
                     footprints=footprints)


def _match(sites, existing):
    """(existing code or None, days since its last visit) per site: a site touching an alert is that alert.
    Two sites touching one alert both keep it (the caller merges them)."""
    code = np.full(len(sites), None, dtype=object)
    days = np.full(len(sites), np.nan)
    if len(existing.codes) and len(sites):
        i, j = shapely.STRtree(np.asarray(existing.geometries, dtype=object)).query(sites, predicate="intersects")
        first = np.unique(i, return_index=True)[1]
        code[i[first]] = np.asarray(existing.codes, dtype=object)[j[first]]
        days[i[first]] = np.asarray(existing.days_since_visit, float)[j[first]]
    return code, days


def merge_by_code(detection):
    """Sites that matched the same existing alert become one row (geometry union, summed area)."""
    codes = detection.code
    known = np.array([c is not None for c in codes], bool)
    if not known.any() or len(set(codes[known])) == known.sum():
        return detection
    keep = np.ones(len(codes), bool)
    for code in {c for c, n in zip(*np.unique(codes[known].astype(str), return_counts=True)) if n > 1}:
        rows = np.flatnonzero(codes == code)
        top = rows[np.argmax(detection.priority[rows])]
        detection.geometry[top] = shapely.union_all(detection.geometry[rows])
        detection.area_m2[top] = detection.area_m2[rows].sum()
        detection.footprints[top] = detection.footprints[rows].sum()
        keep[rows[rows != top]] = False
    return Detection(**{name: getattr(detection, name)[keep] for name in detection.__dataclass_fields__})
