"""What users may type as EXPEDIENTE: a GeoPackage path, a postgresql:// URI, service=NAME, or the
name of a PostgreSQL connection saved in QGIS (Browser › PostgreSQL), optionally with ?schema=."""
import os
import urllib.parse

from qgis.core import QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry

from ..store.postgis import DEFAULT_SCHEMA, is_postgres


def saved_connection(text):
    """(the QGIS connection named by `text`, schema) or (None, None)."""
    text = (text or "").strip()
    if not text or is_postgres(text) or os.path.exists(text) or text.lower().endswith(".gpkg"):
        return None, None
    name, _, schema_name = text.partition("?schema=")
    try:
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(name)
    except QgsProviderConnectionException:
        connection = None
    return (connection, schema_name or DEFAULT_SCHEMA) if connection is not None else (None, None)


def resolve_expediente(text):
    """A saved QGIS connection name becomes a postgresql:// URI for the store (its credentials, or those
    of QGIS's authentication manager, stay in memory: nothing is written); anything else is returned as is."""
    connection, schema_name = saved_connection(text)
    if connection is None:
        return (text or "").strip()
    uri = QgsDataSourceUri(connection.uri())
    if uri.authConfigId():
        uri = QgsDataSourceUri(uri.connectionInfo(True))  # the auth manager fills user and password in
    if uri.service():
        return f"service={uri.service()}?schema={urllib.parse.quote(schema_name)}"
    credentials = urllib.parse.quote(uri.username(), safe="")
    if uri.password():
        credentials += ":" + urllib.parse.quote(uri.password(), safe="")
    host = f"{uri.host() or 'localhost'}:{uri.port() or 5432}"
    query = urllib.parse.urlencode({"schema": schema_name})
    return f"postgresql://{credentials + '@' if credentials else ''}{host}/{urllib.parse.quote(uri.database())}?{query}"
