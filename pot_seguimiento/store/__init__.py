"""The expediente store. GeoPackage now; PostGIS behind the same interface later."""
from .gpkg import GpkgStore  # noqa: F401


def open_store(path):
    return GpkgStore(path)
