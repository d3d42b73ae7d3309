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
