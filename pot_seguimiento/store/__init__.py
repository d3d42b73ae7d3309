"""The expediente store: a GeoPackage file (the embedded default) or a PostGIS schema, one interface.

Everything that depends on the backend is answered here or by the store object: opening, creating, the
name shown to users, the source of a table's layer, where evidence files live, and the backend's errors
as core.errors.StoreError (see Store.typed_error)."""
from .gpkg import GpkgStore, built_store, check_new_path
from .postgis import PostgisStore, is_postgres, without_password


def open_store(text):
    """The expediente at `text`: a GeoPackage path, a postgresql:// URI (?schema=) or service=NAME."""
    return PostgisStore(text) if is_postgres(text) else GpkgStore(text)


def display_name(text):
    """An expediente as users may see it named: the file, or the connection without its password."""
    return without_password(text) if is_postgres(text) else str(text)


def layer_source(text, table_name, with_password=False):
    """(QGIS provider, data source) of one table of the expediente at `text`, as the GUI loads it."""
    if is_postgres(text):
        return PostgisStore.layer_source(text, table_name, with_password)
    return GpkgStore.layer_source(text, table_name)


def create_expediente(text, crs, municipality="", dane_code="", evidence_root=None):
    """A new, empty expediente at `text` with the current schema, on either backend, made whole or not at
    all: a GeoPackage is built aside and moved into place; a PostGIS schema is made in one transaction.
    `evidence_root` (PostGIS only) is the shared folder field photos are kept in. Returns its display name."""
    from ..core.errors import SchemaError
    from ..core.i18n import tr

    if is_postgres(text):
        if PostgisStore.exists(text):
            raise SchemaError(tr("'{target}' already holds an expediente; an existing expediente is never "
                                 "overwritten.").format(target=display_name(text)))
        PostgisStore.create(text, crs, municipality, dane_code, evidence_root=evidence_root).close()
    else:
        check_new_path(text)
        with built_store(text, crs, municipality, dane_code):
            pass
    return display_name(text)
