"""GeoJSON for publication (RFC 7946: WGS84, longitude first, 7 decimals), written by GDAL's OGR driver
without QGIS: the open data is published from the report model, with no QGIS layer behind it."""
import numpy as np
import shapely

from .errors import PotError
from .gdal_support import gdal_exceptions
from .i18n import tr

TEXT, REAL = "texto", "real"


def _plain(value):
    if isinstance(value, np.generic):
        value = value.item()
    return None if isinstance(value, float) and value != value else value


def write_geojson(path, crs_wkt, fields, rows):
    """fields: [(name, TEXT or REAL)]; rows: [(attribute values, shapely geometry or None)] in the CRS
    of `crs_wkt`. The layer is named after the file, as GDAL names it."""
    try:
        _write(path, crs_wkt, fields, rows)
    except RuntimeError as error:  # GDAL's: a folder not writable, a disk full
        raise PotError(tr("Could not write '{path}': {error}").format(path=path, error=error)) from None


def _write(path, crs_wkt, fields, rows):
    import os

    from osgeo import ogr, osr

    with gdal_exceptions():
        source, target = osr.SpatialReference(), osr.SpatialReference()
        source.ImportFromWkt(crs_wkt)
        target.ImportFromEPSG(4326)
        for srs in (source, target):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(source, target)
        dataset = ogr.GetDriverByName("GeoJSON").CreateDataSource(path)
        layer = dataset.CreateLayer(os.path.splitext(os.path.basename(path))[0], target, ogr.wkbUnknown,
                                    ["RFC7946=YES", "COORDINATE_PRECISION=7"])
        for name, kind in fields:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal if kind == REAL else ogr.OFTString))
        definition = layer.GetLayerDefn()
        for attributes, geometry in rows:
            feature = ogr.Feature(definition)
            for index, value in enumerate(attributes):
                value = _plain(value)
                if value is None:
                    feature.SetFieldNull(index)  # written as null: an unset field would be left out
                else:
                    feature.SetField(index, float(value) if fields[index][1] == REAL else str(value))
            if geometry is not None and not shapely.is_empty(geometry):
                shape = ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry))
                shape.Transform(transform)
                feature.SetGeometry(shape)
            layer.CreateFeature(feature)
        dataset = None  # closing writes the file
