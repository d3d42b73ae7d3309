"""The expediente in PostgreSQL + PostGIS: the shared store of a whole administration.

Connections: a `postgresql://…` URI (`?schema=` picks the schema, default `pot`) or `service=NAME`
(pg_service.conf). Passwords stay in pg_service/pgpass: they are never part of what this module
writes or says. psycopg2 is Debian's python3-psycopg2, which QGIS itself depends on, so nothing
more is installed on users' machines. Every write is one transaction; values are parameters.
"""
import contextlib
import datetime
import urllib.parse

import numpy as np
import shapely

from ..core import schema
from ..core.errors import SchemaError
from ..core.i18n import tr
from . import pg_schema
from .crs import spatial_reference
from .gpkg_schema import GEOMETRY_COLUMN, quote

DEFAULT_SCHEMA = "pot"


def is_postgres(text):
    return str(text).strip().lower().startswith(("postgresql://", "postgres://", "service="))


def connection_settings(text):
    """(libpq connection string without our own parameters, schema name)."""
    text = str(text).strip()
    if text.lower().startswith("service="):
        return text, DEFAULT_SCHEMA
    parts = urllib.parse.urlsplit(text)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    schema_name = next((v for k, v in query if k == "schema"), DEFAULT_SCHEMA) or DEFAULT_SCHEMA
    rest = urllib.parse.urlencode([(k, v) for k, v in query if k != "schema"])
    return urllib.parse.urlunsplit(parts._replace(query=rest)), schema_name


def safe_name(text):
    """The connection as it may be shown: without a password."""
    parts = urllib.parse.urlsplit(str(text))
    if parts.password:
        parts = parts._replace(netloc=parts.netloc.replace(":" + parts.password + "@", ":***@"))
    return urllib.parse.urlunsplit(parts)


def execute(text, statements):
    """Run statements (written by this plugin, no user values) in one transaction."""
    dsn, _ = connection_settings(text)
    with contextlib.closing(_connect(dsn)) as connection, connection, connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _connect(dsn):
    import psycopg2

    try:
        connection = psycopg2.connect(dsn)
    except psycopg2.OperationalError as error:
        message = str(error).strip().splitlines()[0] if str(error).strip() else ""
        raise SchemaError(tr("Cannot connect to the PostgreSQL expediente: {error}").format(error=message)) from None
    connection.autocommit = False
    return connection


class PostgisStore:
    """An open PostGIS expediente. Use as a context manager or call close()."""

    def __init__(self, text, schema_name=None):
        self.name = safe_name(text)
        dsn, self.schema = connection_settings(text)
        self.schema = schema_name or self.schema
        self.connection = _connect(dsn)
        self.info = self._read_info()
        version = int(self.info.get("schema_version", 0))
        if version != schema.SCHEMA_VERSION:
            self.close()
            raise SchemaError(tr("The expediente '{path}' uses schema version {found}; this plugin works with "
                                 "version {supported}.").format(path=self.name, found=version,
                                                                supported=schema.SCHEMA_VERSION))
        self.srid = int(self.info["srs_id"])

    @staticmethod
    def exists(text, schema_name=None):
        dsn, default_schema = connection_settings(text)
        schema_name = schema_name or default_schema
        connection = _connect(dsn)
        with contextlib.closing(connection), connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{quote(schema_name)}.{quote(schema.INFO_TABLE)}",))
            return cursor.fetchone()[0]

    @classmethod
    def create(cls, text, crs="EPSG:9377", municipality="", dane_code="", expediente_id=None, schema_name=None):
        """A new expediente in the connection's schema (or `schema_name`), made in one transaction."""
        import uuid

        srs = spatial_reference(crs)
        if srs.organization != "EPSG":
            raise SchemaError(tr("A PostGIS expediente needs a CRS with an EPSG code; '{crs}' has none.").format(
                crs=crs))
        dsn, default_schema = connection_settings(text)
        schema_name = schema_name or default_schema
        connection = _connect(dsn)
        with contextlib.closing(connection):
            with connection, connection.cursor() as cursor:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                for statement in pg_schema.schema_sql(schema_name, srs.code):
                    cursor.execute(statement)
                values = {"schema_version": str(schema.SCHEMA_VERSION), "expediente_id": expediente_id or str(uuid.uuid4()),
                          "municipio": municipality or "", "codigo_dane": dane_code or "", "crs": srs.authid,
                          "srs_id": str(srs.code),
                          "creado_en": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
                cursor.executemany(f"INSERT INTO {pg_schema.qualified(schema_name, schema.INFO_TABLE)} (clave, valor) "
                                   "VALUES (%s, %s)", list(values.items()))
        return cls(text, schema_name)

    def _read_info(self):
        import psycopg2

        try:
            with self.connection.cursor() as cursor:
                cursor.execute(f"SELECT clave, valor FROM {pg_schema.qualified(self.schema, schema.INFO_TABLE)}")
                rows = cursor.fetchall()
            self.connection.rollback()
        except psycopg2.Error:
            self.close()
            raise SchemaError(tr("'{path}' has no POT expediente in schema '{schema}'.").format(
                path=self.name, schema=self.schema)) from None
        return dict(rows)

    @property
    def expediente_id(self):
        return self.info["expediente_id"]

    def read(self, table_name):
        """Every row of a table: (dict column -> numpy array, fid included; geometries or None)."""
        table = schema.table(table_name)
        names = ["fid"] + table.field_names
        selected = [quote(n) for n in names]
        if table.geometry:
            selected.append(f"ST_AsBinary({quote(GEOMETRY_COLUMN)})")
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT {', '.join(selected)} FROM {pg_schema.qualified(self.schema, table_name)} "
                           "ORDER BY fid")
            rows = cursor.fetchall()
        self.connection.rollback()
        columns = list(zip(*rows)) if rows else [()] * len(selected)
        data = {name: np.array(values, dtype=object) for name, values in zip(names, columns)}
        for field in table.fields:  # dates as the GeoPackage holds them: ISO text
            if field.type == schema.DATE:
                data[field.name] = np.array([None if v is None else v.isoformat() for v in data[field.name]],
                                            dtype=object)
        geometries = None
        if table.geometry:
            geometries = shapely.from_wkb(np.array([None if b is None else bytes(b) for b in columns[-1]], dtype=object))
        return data, geometries

    def write(self, table_name, fids, columns, geometries=None):
        """Rows with their own fids (inside the caller's transaction)."""
        from psycopg2.extras import execute_values

        table = schema.table(table_name)
        names = list(columns)
        targets = ["fid"] + names + ([GEOMETRY_COLUMN] if table.geometry else [])
        template = "(" + ", ".join(["%s"] * (1 + len(names)) +
                                   ([f"ST_GeomFromWKB(%s, {self.srid})"] if table.geometry else [])) + ")"
        wkb = shapely.to_wkb(np.asarray(geometries, dtype=object)) if table.geometry else None
        rows = []
        for i, fid in enumerate(fids):
            row = [int(fid)] + [_pg_value(table.field(n), columns[n][i]) for n in names]
            if table.geometry:
                row.append(None if wkb[i] is None else bytes(wkb[i]))
            rows.append(row)
        with self.connection.cursor() as cursor:
            qualified = pg_schema.qualified(self.schema, table_name)
            execute_values(cursor, f"INSERT INTO {qualified} ({', '.join(quote(t) for t in targets)}) VALUES %s",
                           rows, template=template, page_size=5000)
            cursor.execute(f"SELECT setval(pg_get_serial_sequence(%s, 'fid'), coalesce(max(fid), 0) + 1, false) "
                           f"FROM {qualified}", (qualified,))

    @contextlib.contextmanager
    def transaction(self):
        try:
            yield self.connection
        except BaseException:
            self.connection.rollback()
            raise
        self.connection.commit()

    def close(self):
        self.connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _pg_value(field, value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    if field.type == schema.BOOLEAN:
        return bool(value)
    if field.type == schema.DATE:
        return str(value)
    if isinstance(value, np.generic):
        return value.item()
    return value
