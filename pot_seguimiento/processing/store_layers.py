"""QGIS layers of an expediente's tables, whichever backend holds it.

A GeoPackage table is `path|layername=table` (OGR). A PostGIS table is a `postgres` provider layer:
from a connection saved in QGIS, its own settings (with its authentication configuration, so the
password stays in QGIS's encrypted store); from `service=` or a URI, the same host, database and
user. Layers that a project may save never carry a password: QGIS takes it from pgpass, the service
file or the authentication manager when it opens them.
"""
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from ..core import schema
from ..store import layer_source
from ..store.gpkg_schema import GEOMETRY_COLUMN
from .connections import saved_connection


def _saved_connection_uri(saved, schema_name, table, with_password):
    """The data source of a table through a connection saved in QGIS: its own settings (with its
    authentication configuration, so the password stays in QGIS's encrypted store)."""
    uri = QgsDataSourceUri(saved.uri())
    if not with_password:
        uri.setPassword("")
    uri.setDataSource(schema_name, table.name, GEOMETRY_COLUMN if table.geometry else None, "", "fid")
    return uri.uri(False)


def store_layer(expediente, table_name, name=None, for_project=False):
    """A layer of one table of the expediente (a path, a PostgreSQL URI or service, or the name of a
    connection saved in QGIS). `for_project`: a layer the user's project keeps, so no password."""
    table = schema.table(table_name)
    saved, schema_name = saved_connection(expediente)
    if saved is not None:
        return QgsVectorLayer(_saved_connection_uri(saved, schema_name, table, not for_project), name or table.name,
                              "postgres")
    provider, source = layer_source(expediente, table.name, with_password=not for_project)
    return QgsVectorLayer(source, name or table.name, provider)
