"""Vectorised geometry helpers on shapely 2 arrays."""
import math

import numpy as np
import shapely

from .i18n import tr

POLYGONAL = {shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON}
PUNCTUAL = {shapely.GeometryType.POINT, shapely.GeometryType.MULTIPOINT}
LINEAR = {shapely.GeometryType.LINESTRING, shapely.GeometryType.MULTILINESTRING}
EXPECTED_TYPES = {"MULTIPOLYGON": POLYGONAL, "POINT": PUNCTUAL, "MULTILINESTRING": LINEAR}


def to_multipolygons(geometries):
    """Promote Polygons to MultiPolygons (GeoPackage columns declare one type)."""
    geometries = np.asarray(geometries, dtype=object)
    types = shapely.get_type_id(geometries)
    single = np.flatnonzero(types == shapely.GeometryType.POLYGON)
    if len(single):
        out = geometries.copy()
        out[single] = shapely.multipolygons(geometries[single], indices=np.arange(len(single)))
        return out
    return geometries


def to_multilinestrings(geometries):
    """Promote LineStrings to MultiLineStrings (a street layer's column declares one type)."""
    geometries = np.asarray(geometries, dtype=object)
    single = np.flatnonzero(shapely.get_type_id(geometries) == shapely.GeometryType.LINESTRING)
    if not len(single):
        return geometries
    out = geometries.copy()
    out[single] = shapely.multilinestrings(geometries[single], indices=np.arange(len(single)))
    return out


def polygonal_part(geometries):
    """Keep only the polygonal part of each geometry (make_valid may return collections)."""
    geometries = np.asarray(geometries, dtype=object)
    types = shapely.get_type_id(geometries)
    collections = np.flatnonzero(types == shapely.GeometryType.GEOMETRYCOLLECTION)
    if not len(collections):
        return geometries
    out = geometries.copy()
    parts, owners = shapely.get_parts(geometries[collections], return_index=True)
    polygonal = np.isin(shapely.get_type_id(parts), list(POLYGONAL))
    merged = np.array([shapely.MultiPolygon()] * len(collections), dtype=object)
    if polygonal.any():
        kept = parts[polygonal]
        kept_owner = owners[polygonal]
        for position in np.unique(kept_owner):
            merged[position] = shapely.union_all(kept[kept_owner == position])
    out[collections] = merged
    return out


def non_finite(geometries):
    """True where a geometry has a NaN or infinite coordinate (GEOS cannot even validate those)."""
    geometries = np.asarray(geometries, dtype=object)
    coordinates, owners = shapely.get_coordinates(geometries, include_z=True, return_index=True)
    bad = np.zeros(len(geometries), dtype=bool)
    if len(coordinates):
        rows = ~np.isfinite(coordinates)
        rows[:, 2] &= ~np.isnan(coordinates[:, 2])  # a 2D geometry's missing Z reads as NaN
        bad[np.unique(owners[rows.any(axis=1)])] = True
    return bad


def non_finite_reason():
    """What a user is told of a geometry with a NaN or infinite coordinate (one wording wherever it is found)."""
    return tr("a coordinate is not a finite number (NaN or infinite)")


def from_wkb(blobs):
    """(geometries, unreadable): shapely geometries of WKB `blobs` (None stays None) and {position: reason}
    for each blob GEOS cannot build, None in `geometries`.

    GEOS refuses a ring that does not close, and a ring that starts and ends on a NaN coordinate never
    closes (NaN is not equal to itself). Such a polygon is said as what it is, a coordinate that is not a
    finite number, like the infinite ones non_finite() finds once built. (QGIS 3.22's PROJ turned a NaN
    into infinity when reprojecting, so the ring closed; 3.40's keeps the NaN.)
    """
    blobs = np.asarray(blobs, dtype=object)
    with np.errstate(invalid="ignore"):  # (NumPy's warning of the NaN, said to the user below, not on a console)
        geometries = shapely.from_wkb(blobs, on_invalid="ignore")
    unreadable = {}
    for i in np.flatnonzero(shapely.is_missing(geometries)):
        if blobs[i] is None:
            continue
        if not _finite_wkb(bytes(blobs[i])):
            unreadable[int(i)] = non_finite_reason()
            continue
        try:
            shapely.from_wkb(bytes(blobs[i]))
            reason = "?"
        except shapely.errors.GEOSException as error:  # e.g. a ring of three points, or one left open
            reason = str(error)
        unreadable[int(i)] = tr("a geometry that cannot be read ({reason})").format(reason=reason)
    return geometries, unreadable


def _finite_wkb(blob):
    """False when a coordinate of the WKB is NaN or infinite (read by OGR, which takes any ring)."""
    from osgeo import ogr

    root = ogr.CreateGeometryFromWkb(blob)  # held to the end: the parts are references into it
    pending = [root]
    while pending:
        geometry = pending.pop()
        if geometry is None:
            return True
        if geometry.GetGeometryCount():
            pending.extend(geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount()))
        elif not all(math.isfinite(c) for point in (geometry.GetPoints() or []) for c in point):
            return False
    return True
