"""GeoPackage geometry blobs (GPKG spec 2.1.3): a small header, then WKB.

Encoding and decoding run on whole arrays through shapely; the per-row work
left is joining bytes, which is what sqlite3 wants anyway.
"""
import struct

import numpy as np
import shapely

_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_HEADER = struct.Struct("<2sBBi4d")  # magic, version, flags, srs_id, minx maxx miny maxy
_FLAGS_XY_ENVELOPE = 0b0000_0011  # little-endian, envelope [minx, maxx, miny, maxy]
_FLAGS_EMPTY = 0b0001_0001  # little-endian, no envelope, empty geometry


def encode(geometries, srs_id):
    """shapely geometries -> list of GeoPackage blobs (None stays None)."""
    geometries = np.asarray(geometries, dtype=object)
    wkb = shapely.to_wkb(geometries, byte_order=1, flavor="iso")
    bounds = shapely.bounds(geometries)
    empty = shapely.is_empty(geometries)
    blobs = []
    for body, (minx, miny, maxx, maxy), is_empty in zip(wkb, bounds, empty):
        if body is None:
            blobs.append(None)
        elif is_empty:
            blobs.append(struct.pack("<2sBBi", b"GP", 0, _FLAGS_EMPTY, srs_id) + body)
        else:
            blobs.append(_HEADER.pack(b"GP", 0, _FLAGS_XY_ENVELOPE, srs_id, minx, maxx, miny, maxy) + body)
    return blobs


def header_size(blob):
    return 8 + _ENVELOPE_SIZES[(blob[3] >> 1) & 0b111]


def decode(blobs):
    """GeoPackage blobs -> numpy array of shapely geometries."""
    bodies = [None if b is None else bytes(b[header_size(b):]) for b in blobs]
    return shapely.from_wkb(np.array(bodies, dtype=object))


# SQL functions the GeoPackage R-tree triggers call (GDAL provides them to its
# own connections; ours register these).
def _envelope(blob):
    if blob is None or blob[3] & 0b1_0000:
        return None
    if (blob[3] >> 1) & 0b111:
        minx, maxx, miny, maxy = struct.unpack_from("<4d", blob, 8)
        return minx, maxx, miny, maxy
    minx, miny, maxx, maxy = shapely.from_wkb(bytes(blob[header_size(blob):])).bounds
    return minx, maxx, miny, maxy


def register_sql_functions(connection):
    def is_empty(blob):
        return None if blob is None else int(bool(blob[3] & 0b1_0000) or _envelope(blob) is None)

    connection.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(
            name, 1, lambda blob, i=index: (_envelope(blob) or (None,) * 4)[i], deterministic=True)
