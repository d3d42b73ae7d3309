"""The expediente store: a GeoPackage file (the embedded default) or a PostGIS schema, one interface."""
from .gpkg import GpkgStore  # noqa: F401
from .postgis import PostgisStore, is_postgres


def open_store(text):
    """The expediente at `text`: a GeoPackage path, a postgresql:// URI (?schema=) or service=NAME."""
    return PostgisStore(text) if is_postgres(text) else GpkgStore(text)
