"""Building a new store file safely: in a temporary file, moved into place at the end."""

from qgis.core import QgsCoordinateReferenceSystem

from ...core.errors import PotError
from ...i18n import tr
from ...qt_compat import WKT_PREFERRED_GDAL
from ...store import new_expediente
from ...store.gpkg import check_new_path


def crs_text(crs: QgsCoordinateReferenceSystem):
    """What the store understands: the authority id when there is one, else WKT."""
    if not crs.isValid():
        raise PotError(tr("The coordinate reference system is not valid."))
    return crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt(WKT_PREFERRED_GDAL)


def new_store(path, crs, municipality, dane_code):
    """Yield a new GeoPackage expediente (store.new_expediente, built beside `path`); it appears at `path` only
    if the block finishes, so a failure or a cancel leaves no half-made expediente."""
    check_new_path(path)
    return new_expediente(path, crs, municipality, dane_code)
