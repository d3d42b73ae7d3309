"""QGIS layers of an expediente's tables, whichever backend holds it.

A GeoPackage table is `path|layername=table` (OGR). A PostGIS table is a `postgres` provider layer:
from a connection saved in QGIS, its own settings (with its authentication configuration, so the
password stays in QGIS's encrypted store); from `service=` or a URI, the same host, database and
user. Layers that a project may save never carry a password: QGIS takes it from pgpass, the service
file or the authentication manager when it opens them.
"""
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from ..core import schema
from ..store.gpkg_schema import GEOMETRY_COLUMN
from ..store.postgis import connection_settings, is_postgres
from .connections import saved_connection


def _postgres_uri(expediente, with_password):
    """(QgsDataSourceUri of the database, schema) for a PostgreSQL expediente as the user named it."""
    saved, schema_name = saved_connection(expediente)
    if saved is not None:
        uri = QgsDataSourceUri(saved.uri())
        if not with_password:
            uri.setPassword("")
        return uri, schema_name
    from psycopg2.extensions import parse_dsn

    dsn, schema_name = connection_settings(expediente)
    settings = parse_dsn(dsn)
    uri = QgsDataSourceUri()
    password = settings.get("password", "") if with_password else ""
    if settings.get("service"):
        uri.setConnection(settings["service"], settings.get("dbname", ""), settings.get("user", ""), password)
    else:
        uri.setConnection(settings.get("host", "localhost"), settings.get("port", "5432"),
                          settings.get("dbname", ""), settings.get("user", ""), password)
    return uri, schema_name


def is_postgres_expediente(expediente):
    return is_postgres(expediente) or saved_connection(expediente)[0] is not None


def store_layer(expediente, table_name, name=None, for_project=False):
    """A layer of one table of the expediente (a path, a PostgreSQL URI or service, or the name of a
    connection saved in QGIS). `for_project`: a layer the user's project keeps, so no password."""
    table = schema.table(table_name)
    if not is_postgres_expediente(expediente):
        return QgsVectorLayer(f"{expediente}|layername={table.name}", name or table.name, "ogr")
    uri, schema_name = _postgres_uri(expediente, with_password=not for_project)
    uri.setDataSource(schema_name, table.name, GEOMETRY_COLUMN if table.geometry else None, "", "fid")
    return QgsVectorLayer(uri.uri(False), name or table.name, "postgres")
