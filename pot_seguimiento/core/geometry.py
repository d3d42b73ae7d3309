"""Vectorised geometry helpers on shapely 2 arrays."""
import numpy as np
import shapely

POLYGONAL = {shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON}
PUNCTUAL = {shapely.GeometryType.POINT, shapely.GeometryType.MULTIPOINT}
EXPECTED_TYPES = {"MULTIPOLYGON": POLYGONAL, "POINT": PUNCTUAL}


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
