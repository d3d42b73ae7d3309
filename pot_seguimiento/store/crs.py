"""Coordinate reference systems of a store, through GDAL's osr (not QGIS)."""
from dataclasses import dataclass

from ..core.errors import SchemaError
from ..core.gdal_support import gdal_exceptions
from ..core.i18n import tr


@dataclass(frozen=True)
class StoreCrs:
    name: str
    organization: str
    code: int
    wkt: str
    proj4: str = ""

    @property
    def authid(self):
        return f"{self.organization}:{self.code}" if self.organization else self.wkt


def spatial_reference(crs):
    """'EPSG:9377', a WKT or a PROJ string -> StoreCrs; refuses geographic CRSs.

    Areas and distances are computed in the store's CRS, so it must be projected.
    """
    from osgeo import osr

    with gdal_exceptions():
        srs = osr.SpatialReference()
        try:
            valid = bool(crs) and srs.SetFromUserInput(str(crs)) == 0
        except RuntimeError:
            valid = False
        if not valid:
            raise SchemaError(tr("'{crs}' is not a coordinate reference system.").format(crs=crs))
        if not srs.IsProjected():
            raise SchemaError(tr("The CRS '{crs}' is not projected: areas and distances need a projected "
                                 "CRS such as EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional).").format(crs=crs))
        organization = srs.GetAuthorityName(None)
        code = srs.GetAuthorityCode(None)
        return StoreCrs(
            name=srs.GetName() or "",
            organization=organization or "",
            code=int(code) if code and code.isdigit() else None,
            wkt=srs.ExportToWkt(),
            proj4=srs.ExportToProj4(),
        )


def area_of_use(wkt, margin=0.1):
    """(name, (minx, miny, maxx, maxy)): where coordinates of the CRS `wkt` (or 'EPSG:…') may fall, its
    area of use (EPSG's, through PROJ) in its own units, widened by `margin` of each side; None when the
    CRS declares none (a custom definition such as Bogotá's CarMAGBOG)."""
    from osgeo import osr

    with gdal_exceptions():
        srs = osr.SpatialReference()
        try:
            srs.SetFromUserInput(wkt)
            area = srs.GetAreaOfUse()
            code = srs.GetAuthorityCode(None)
            if (area is None or area.west_lon_degree < -180) and srs.GetAuthorityName(None) == "EPSG" and code:
                official = osr.SpatialReference()
                official.ImportFromEPSG(int(code))
                area = official.GetAreaOfUse()
            if area is None or area.west_lon_degree < -180:
                return None
            geographic = srs.CloneGeogCS()
            for reference in (srs, geographic):
                reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            transform = osr.CoordinateTransformation(geographic, srs)
            minx, miny, maxx, maxy = transform.TransformBounds(area.west_lon_degree, area.south_lat_degree,
                                                               area.east_lon_degree, area.north_lat_degree, 21)
        except (RuntimeError, TypeError, ValueError):
            return None
    if not all(map(lambda v: v == v and abs(v) != float("inf"), (minx, miny, maxx, maxy))):
        return None
    dx, dy = (maxx - minx) * margin, (maxy - miny) * margin
    name = f"EPSG:{code}" if srs.GetAuthorityName(None) == "EPSG" and code else (srs.GetName() or "")
    return name, (minx - dx, miny - dy, maxx + dx, maxy + dy)
