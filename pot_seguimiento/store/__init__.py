"""The expediente store: a GeoPackage file (the embedded default) or a PostGIS schema, one interface.

Everything that depends on the backend is answered here or by the store object: opening, creating, the
name shown to users, the source of a table's layer, where evidence files live, and the backend's errors
as core.errors.StoreError (see Store.typed_error)."""
import contextlib

from .gpkg import GpkgStore, built_store, check_new_path
from .postgis import PostgisStore, built_schema, is_postgres, without_password


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


@contextlib.contextmanager
def new_expediente(text, crs, municipality="", dane_code="", expediente_id=None, evidence_root=None,
                   staged=False):
    """The one way an expediente is made, on either backend: yield a new store with the current schema, which
    stands at `text` only when the block finishes (a failure or a cancel leaves `text` as it was).

    GeoPackage: built in a file beside `text`, moved onto it (store/gpkg.py: built_store). PostGIS: made in
    one transaction in the connection's schema (a schema the administrator made, with its grants, is kept)
    or, `staged` (a migration: the copy inside the block must land whole too), in a staging schema renamed
    onto it, replacing that schema (store/postgis.py: built_schema). `evidence_root` (PostGIS only) is the
    shared folder field photos are kept in; `expediente_id` keeps a copied expediente's identity."""
    if not is_postgres(text):
        with built_store(text, crs, municipality, dane_code, expediente_id) as store:
            yield store
    elif staged:
        with built_schema(text, crs, municipality, dane_code, expediente_id, evidence_root) as store:
            yield store
    else:
        with PostgisStore.create(text, crs, municipality, dane_code, expediente_id,
                                 evidence_root=evidence_root) as store:
            yield store


def create_expediente(text, crs, municipality="", dane_code="", evidence_root=None):
    """A new, empty expediente at `text` (new_expediente), never over an existing one. Returns its display
    name."""
    from ..core.errors import SchemaError
    from ..core.i18n import tr

    if is_postgres(text):
        if PostgisStore.exists(text):
            raise SchemaError(tr("'{target}' already holds an expediente; an existing expediente is never "
                                 "overwritten.").format(target=display_name(text)))
    else:
        check_new_path(text)
    with new_expediente(text, crs, municipality, dane_code, evidence_root=evidence_root):
        pass
    return display_name(text)
