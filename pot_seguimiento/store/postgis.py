"""The expediente in PostgreSQL + PostGIS: the shared store of a whole administration.

Connections: a `postgresql://…` URI (`?schema=` picks the schema, default `pot`) or `service=NAME`
(pg_service.conf). Passwords stay in pg_service/pgpass: they are never part of what this module
writes or says. psycopg2 is Debian's python3-psycopg2, which QGIS itself depends on, so nothing
more is installed on users' machines. Every write is one transaction; values are parameters.
"""
import contextlib
import datetime
import functools
import io
import urllib.parse

import numpy as np
import shapely

from ..core import schema
from ..core.errors import AccessDeniedError, ConnectionLostError, DataRefusedError, PotError, SchemaError
from ..core.i18n import tr
from . import pg_schema, schema_upgrades, write_rules
from .base import Store, columns_of
from .crs import spatial_reference
from .gpkg_schema import GEOMETRY_COLUMN, quote, value_checks

DEFAULT_SCHEMA = "pot"


def is_postgres(text):
    return str(text).strip().lower().startswith(("postgresql://", "postgres://", "service="))


def connection_settings(text):
    """(libpq connection string without our own parameters, schema name)."""
    text = str(text).strip()
    if text.lower().startswith("service="):
        service, _, schema_name = text.partition("?schema=")
        return service, urllib.parse.unquote(schema_name) or DEFAULT_SCHEMA
    parts = urllib.parse.urlsplit(text)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    schema_name = next((v for k, v in query if k == "schema"), DEFAULT_SCHEMA) or DEFAULT_SCHEMA
    rest = urllib.parse.urlencode([(k, v) for k, v in query if k != "schema"])
    return urllib.parse.urlunsplit(parts._replace(query=rest)), schema_name


def without_password(text):
    """The connection as it may be shown: without a password."""
    parts = urllib.parse.urlsplit(str(text))
    if parts.password:
        parts = parts._replace(netloc=parts.netloc.replace(":" + parts.password + "@", ":***@"))
    return urllib.parse.urlunsplit(parts)


def execute(text, statements):
    """Run statements (written by this plugin, no user values) in one transaction."""
    dsn, _ = connection_settings(text)
    with typed_errors(), contextlib.closing(_connect(dsn, autocommit=False)) as connection, connection, \
            connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@contextlib.contextmanager
def built_schema(text, crs, municipality, dane_code, expediente_id=None, evidence_root=None):
    """Yield a new PostgisStore made in a staging schema beside the connection's, renamed onto it (replacing
    what was there) only when the block finishes: a failure or a cancel leaves the connection's schema as it
    was (the PostGIS twin of gpkg.built_store)."""
    final = connection_settings(text)[1]
    staging = f"{final}__copia"
    execute(text, [f"DROP SCHEMA IF EXISTS {quote(staging)} CASCADE"])
    try:
        with PostgisStore.create(text, crs, municipality, dane_code, expediente_id, schema_name=staging,
                                 evidence_root=evidence_root) as store:
            yield store
    except BaseException:
        with contextlib.suppress(Exception):  # the server may be gone; the next build drops it first
            execute(text, [f"DROP SCHEMA IF EXISTS {quote(staging)} CASCADE"])
        raise
    execute(text, [f"DROP SCHEMA IF EXISTS {quote(final)} CASCADE",
                   f"ALTER SCHEMA {quote(staging)} RENAME TO {quote(final)}"])


def typed_error(error):
    """The core.errors.StoreError for an error of the server (None for anything else)."""
    import psycopg2

    if not isinstance(error, psycopg2.Error):
        return None
    first_line = (str(error).strip().splitlines() or [""])[0]
    if isinstance(error, (psycopg2.OperationalError, psycopg2.InterfaceError)):  # the server went away
        return ConnectionLostError(first_line)
    code = getattr(error, "pgcode", None) or ""
    if code.startswith("23") or code == "P0001":  # a constraint, or the append-only trigger
        return DataRefusedError(first_line)
    if code == "42501":  # a grant or row-level security refused it
        return AccessDeniedError(first_line)
    return None


@contextlib.contextmanager
def typed_errors():
    """The server's errors as core.errors.StoreError, for work done outside an open store (roles, DDL)."""
    try:
        yield
    except Exception as error:
        typed = None if isinstance(error, PotError) else typed_error(error)
        if typed is None:
            raise
        raise typed from error


def _quoted(value):
    """A value of a QGIS data source string: in single quotes, backslash and quote escaped."""
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _connect(dsn, schema_name=None, autocommit=True):
    """A psycopg2 connection, by default in autocommit mode (a store's transactions are explicit, as in
    the GeoPackage), dates read as ISO text like SQLite gives them, the expediente's schema first on the path."""
    import psycopg2
    import psycopg2.extensions

    try:
        connection = psycopg2.connect(dsn)
    except psycopg2.OperationalError as error:
        message = str(error).strip().splitlines()[0] if str(error).strip() else ""
        raise SchemaError(tr("Cannot connect to the PostgreSQL expediente: {error}").format(error=message)) from None
    connection.autocommit = autocommit
    psycopg2.extensions.register_type(
        psycopg2.extensions.new_type((1082,), "POT_DATE_AS_TEXT", lambda value, cursor: value), connection)
    if schema_name:
        with connection.cursor() as cursor:
            cursor.execute(f"SET search_path TO {quote(schema_name)}, public")
    return connection


@functools.lru_cache(maxsize=512)
def _dialect(sql):
    """The plugin's `?` placeholders as psycopg2's `%s` (a literal % doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _param(value):
    return value.item() if isinstance(value, np.generic) else value


class Connection:
    """psycopg2 behind the sqlite3.Connection calls the store modules make: execute() with `?`
    placeholders returning a cursor, executemany(), close()."""

    def __init__(self, raw):
        self.raw = raw

    def execute(self, sql, params=()):
        cursor = self.raw.cursor()
        cursor.execute(_dialect(sql), [_param(p) for p in params])
        return cursor

    def executemany(self, sql, rows):
        from psycopg2.extras import execute_batch

        cursor = self.raw.cursor()
        execute_batch(cursor, _dialect(sql), [[_param(p) for p in row] for row in rows], page_size=1000)
        return cursor

    def close(self):
        self.raw.close()


class PostgisStore(Store):
    """An open PostGIS expediente. Use as a context manager or call close()."""

    dialect = "postgis"

    def __init__(self, text, schema_name=None):
        self.name = without_password(text)
        dsn, self.schema = connection_settings(text)
        self.schema = schema_name or self.schema
        self.connection = Connection(_connect(dsn, self.schema))
        self.info = self._read_info()
        self.srs_id = int(self.info["srs_id"])
        self._check_version()

    def _check_version(self):
        """An older expediente is brought up to date, one version per transaction, keeping every row;
        a newer one is refused."""
        version = int(self.info.get("schema_version", 0))
        while version < schema.SCHEMA_VERSION and version in _MIGRATIONS:
            with self.transaction():
                # Read again under the writers' lock: another office member's QGIS may have upgraded it meanwhile.
                version = int(self.connection.execute(f"SELECT valor FROM {quote(schema.INFO_TABLE)} "
                                                      "WHERE clave = 'schema_version'").fetchone()[0])
                if version < schema.SCHEMA_VERSION and version in _MIGRATIONS:
                    _MIGRATIONS[version](self)
                    version += 1
                    self.connection.execute(f"UPDATE {quote(schema.INFO_TABLE)} SET valor = ? "
                                            "WHERE clave = 'schema_version'", (str(version),))
            self.info = self._read_info()
        if version != schema.SCHEMA_VERSION:
            self.close()
            raise SchemaError(tr("The expediente '{path}' uses schema version {found}; this plugin works with "
                                 "version {supported}.").format(path=self.name, found=version,
                                                                supported=schema.SCHEMA_VERSION))

    @staticmethod
    def exists(text, schema_name=None):
        dsn, default_schema = connection_settings(text)
        schema_name = schema_name or default_schema
        connection = _connect(dsn)
        with typed_errors(), contextlib.closing(connection), connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{quote(schema_name)}.{quote(schema.INFO_TABLE)}",))
            return cursor.fetchone()[0]

    @classmethod
    def create(cls, text, crs="EPSG:9377", municipality="", dane_code="", expediente_id=None, schema_name=None,
               evidence_root=None):
        """A new expediente in the connection's schema (or `schema_name`), made in one transaction.
        `evidence_root`: the shared folder field photos are kept in (foto_visita.ruta is relative to it)."""
        import uuid

        srs = spatial_reference(crs)
        if srs.organization != "EPSG":
            raise SchemaError(tr("A PostGIS expediente needs a CRS with an EPSG code; '{crs}' has none.").format(
                crs=crs))
        dsn, default_schema = connection_settings(text)
        schema_name = schema_name or default_schema
        connection = _connect(dsn, autocommit=False)
        with typed_errors(), contextlib.closing(connection):
            with connection, connection.cursor() as cursor:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                # PostGIS 3.3 (Debian 12) predates EPSG:9377; the server learns it from GDAL's definition.
                cursor.execute("INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) "
                               "SELECT %s, 'EPSG', %s, %s, %s WHERE NOT EXISTS (SELECT 1 FROM spatial_ref_sys "
                               "WHERE srid = %s)", (srs.code, srs.code, srs.wkt, srs.proj4, srs.code))
                for statement in pg_schema.schema_sql(schema_name, srs.code):
                    cursor.execute(statement)
                values = {"schema_version": str(schema.SCHEMA_VERSION),
                          "expediente_id": expediente_id or str(uuid.uuid4()),
                          "municipio": municipality or "", "codigo_dane": dane_code or "", "crs": srs.authid,
                          "srs_id": str(srs.code),
                          "creado_en": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
                if evidence_root:
                    values["carpeta_evidencias"] = str(evidence_root)
                cursor.executemany(f"INSERT INTO {pg_schema.qualified(schema_name, schema.INFO_TABLE)} (clave, valor) "
                                   "VALUES (%s, %s)", list(values.items()))
        return cls(text, schema_name)

    def _read_info(self):
        import psycopg2

        try:
            rows = self.connection.execute(f"SELECT clave, valor FROM {quote(schema.INFO_TABLE)}").fetchall()
        except psycopg2.Error:
            self.close()
            raise SchemaError(tr("'{path}' has no POT expediente in schema '{schema}'.").format(
                path=self.name, schema=self.schema)) from None
        return dict(rows)

    def crs_wkt(self):
        return self.connection.execute("SELECT srtext FROM spatial_ref_sys WHERE srid = ?",
                                       (self.srs_id,)).fetchone()[0]

    @property
    def evidence_root(self):
        """The shared folder photo paths are relative to, as the office set it (None if not set)."""
        return self.info.get("carpeta_evidencias") or None

    def evidence_location(self, expediente=None, kind="evidencias"):
        """(the shared folder the office named, None if it named none; <schema>_<kind> for new files of `kind`)."""
        return self.evidence_root, f"{self.schema}_{kind}"

    @property
    def display_name(self):
        return self.name

    @staticmethod
    def layer_source(text, table_name, with_password=False):
        """(QGIS provider, data source) of one table as the GUI loads it: QGIS's postgres provider with the
        connection's host, database and user (or its service); the password only when asked, so a layer a
        project keeps never carries one (QGIS takes it from pgpass or the service file)."""
        from psycopg2.extensions import parse_dsn

        from ..core import schema as core_schema

        dsn, schema_name = connection_settings(text)
        settings = parse_dsn(dsn)
        if not with_password:
            settings.pop("password", None)
        parts = [f"{key}={_quoted(settings[key])}" for key in ("service", "dbname", "host", "port", "user", "password",
                                                               "sslmode") if settings.get(key)]
        table = core_schema.table(table_name)
        geometry = f" ({GEOMETRY_COLUMN})" if table.geometry else ""
        parts += ["key='fid'", f'table="{schema_name}"."{table.name}"{geometry}']
        return "postgres", " ".join(parts)

    def typed_error(self, error):
        return typed_error(error)

    # -- reading --------------------------------------------------------
    def read(self, table_name, columns=None, geometry=True, where=None, params=()):
        """(dict column -> numpy array with fid, geometries or None), geometries as binary WKB.
        `where` is SQL written by this plugin with `?` placeholders for `params`."""
        table = schema.table(table_name)
        names = ["fid"] + list(table.field_names if columns is None else columns)
        for name in names[1:]:
            table.field(name)
        selected = [quote(n) for n in names]
        geometry = bool(geometry and table.geometry)
        if geometry:
            selected.append(f"ST_AsBinary({quote(GEOMETRY_COLUMN)})")
        sql = f"SELECT {', '.join(selected)} FROM {quote(table_name)}"
        if where:
            sql += f" WHERE {where}"
        rows = self.connection.execute(sql + " ORDER BY fid", params).fetchall()
        if not geometry:
            return columns_of(rows, names), None
        wkb = np.empty(len(rows), dtype=object)  # filled item by item: numpy would unpack equal-length buffers
        wkb[:] = [None if row[-1] is None else bytes(row[-1]) for row in rows]
        return columns_of([row[:-1] for row in rows], names), shapely.from_wkb(wkb)

    def read_in_box(self, table_name, bounds):
        """The rows whose bounding box meets `bounds` (minx, miny, maxx, maxy), found by the GiST index."""
        return self.read(table_name, where=f"{quote(GEOMETRY_COLUMN)} && ST_MakeEnvelope(?, ?, ?, ?, {self.srs_id})",
                         params=tuple(float(b) for b in bounds))

    def lot_columns(self, year, boxes=True):
        """Per lot: fid, valor (valor_m2 of `year`, NaN where none) and, with `boxes`, area (area_terreno)
        and the bounding box minx, miny, maxx, maxy, as numpy arrays."""
        if boxes:
            names = ("fid", "area", "minx", "miny", "maxx", "maxy", "valor")
            sql = ("SELECT p.fid, p.area_terreno, ST_XMin(p.geom), ST_YMin(p.geom), ST_XMax(p.geom), ST_YMax(p.geom), "
                   "v.valor_m2 FROM predio p LEFT JOIN valor_suelo v ON v.nivel = 'predio' AND v.codigo = p.codigo "
                   "AND v.anio = ?")
        else:
            names = ("fid", "valor")
            sql = ("SELECT p.fid, v.valor_m2 FROM predio p JOIN valor_suelo v ON v.nivel = 'predio' "
                   "AND v.codigo = p.codigo AND v.anio = ?")
        rows = self.connection.execute(sql, (int(year),)).fetchall()
        values = list(zip(*rows)) if rows else [()] * len(names)
        return {name: np.array(column, dtype=np.int64 if name == "fid" else float)
                for name, column in zip(names, values)}

    # -- writing --------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self):
        """One write transaction. Writers to the same expediente take turns (a transaction-scoped
        advisory lock), so a reporter validates against the history as it is, as with a GeoPackage;
        readers never wait and see the state before or after a transaction, never in between."""
        self.connection.execute("BEGIN")
        try:
            self.connection.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (f"pot_seguimiento:{self.schema}",))
            yield self.connection
        except BaseException:
            if not self.connection.raw.closed:  # (psycopg2's rollback() does nothing in autocommit mode)
                with contextlib.suppress(Exception):  # a server that went away has rolled back already
                    self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def insert(self, table_name, columns, geometries=None, progress=None, fids=None):
        """Insert rows (dict field -> sequence) inside the current transaction by COPY; `fids` keeps
        given feature ids (a migration), else the table's sequence assigns them."""
        table = schema.table(table_name)
        names = list(columns)
        types = [table.field(n).type for n in names]
        count = len(next(iter(columns.values()))) if columns else len(geometries)
        if count == 0:
            return 0
        columns, geometries = write_rules.conform(table, columns, geometries, fids)
        text_columns = [_copy_texts(columns[n], t) for n, t in zip(names, types)]
        targets = names[:]
        if fids is not None:
            targets.insert(0, "fid")
            text_columns.insert(0, [str(int(f)) for f in fids])
        if table.geometry:
            targets.append(GEOMETRY_COLUMN)
            ewkb = shapely.to_wkb(shapely.set_srid(geometries, self.srs_id), hex=True, include_srid=True)
            text_columns.append(["\\N" if g is None else g for g in ewkb])
        sql = f"COPY {quote(table_name)} ({', '.join(quote(t) for t in targets)}) FROM STDIN"
        cursor = self.connection.raw.cursor()
        step = 50_000
        for start in range(0, count, step):
            stop = min(start + step, count)
            lines = "\n".join("\t".join(row) for row in zip(*(c[start:stop] for c in text_columns))) + "\n"
            cursor.copy_expert(sql, io.StringIO(lines))
            if progress:
                progress(stop / count)
        if fids is not None:
            cursor.execute("SELECT setval(pg_get_serial_sequence(%s, 'fid'), coalesce(max(fid), 0) + 1, false) "
                           f"FROM {quote(table_name)}", (f"{quote(self.schema)}.{quote(table_name)}",))
        return count

    def update_geometry(self, table_name, fid, geometry):
        """Replace one row's geometry (inside the caller's transaction)."""
        geometry = write_rules.conform_geometries(schema.table(table_name), [geometry], [f"fid {int(fid)}"])[0]
        self.connection.execute(
            f"UPDATE {quote(table_name)} SET {quote(GEOMETRY_COLUMN)} = ST_GeomFromWKB(?, {self.srs_id}) WHERE fid = ?",
            (shapely.to_wkb(geometry), int(fid)))


def _create_tables(store, tables):
    with store.connection.raw.cursor() as cursor:  # DDL as written: no placeholders to translate
        for table in tables:
            for statement in pg_schema.create_table_sql(store.schema, table, store.srs_id):
                cursor.execute(statement)


# One function per version step, each run in its own transaction (later issues of a round add their tables to the
# step of the version they open). After an upgrade, run `grant_access` once so the roles reach the new tables.
def _add_field_control(store):
    """v1 -> v2: the field-control tables, and the expediente's own identifier."""
    import uuid

    _create_tables(store, schema.FIELD_CONTROL_TABLES)
    store.connection.execute(f"INSERT INTO {quote(schema.INFO_TABLE)} (clave, valor) VALUES ('expediente_id', ?) "
                             "ON CONFLICT (clave) DO NOTHING", (str(uuid.uuid4()),))


def _add_evaluation(store):
    """v2 -> v3: the evaluation tables."""
    _create_tables(store, schema.EVALUATION_TABLES)


def _to_v4(store):
    """v3 -> v4: population by level (below), then the new tables of v4 (this round's issues add theirs to
    schema.V4_TABLES; a step that fills one of them goes after this), the old age columns as declared bands, and
    the expediente's `municipio` unit if it had none."""
    rows, levels = _population_by_level(store)
    _create_tables(store, schema.V4_TABLES)
    store.insert("poblacion_edad", schema_upgrades.v3_age_bands(
        [(row[1], level, row[2], *row[3:]) for row, level in zip(rows, levels)]))
    with store.connection.raw.cursor() as cursor:  # the old age columns, now bands
        cursor.execute("ALTER TABLE poblacion " + ", ".join(
            f"DROP COLUMN {quote(name)}" for name, _, _ in schema_upgrades.V3_AGE_COLUMNS))
    schema_upgrades.ensure_municipality(store)


def _population_by_level(store):
    """`poblacion` gains `nivel` (filled from what each ambito matches: schema_upgrades.population_levels) and the
    key (nivel, ambito, anio); altered in place (its grants and row-level policies stay), every row kept. Returns
    its rows (fid, ambito, anio, edad_0_14, edad_15_64, edad_65_mas) and their levels."""
    rows = store.connection.execute("SELECT fid, ambito, anio, edad_0_14, edad_15_64, edad_65_mas FROM poblacion "
                                    "ORDER BY fid").fetchall()
    levels = schema_upgrades.population_levels_of(store, [row[1] for row in rows])
    nivel = schema.table("poblacion").field("nivel")
    with store.connection.raw.cursor() as cursor:
        cursor.execute("ALTER TABLE poblacion ADD COLUMN nivel text")
        if rows:
            from psycopg2.extras import execute_values

            execute_values(cursor, "UPDATE poblacion SET nivel = v.nivel FROM (VALUES %s) AS v (fid, nivel) "
                                   "WHERE poblacion.fid = v.fid", [(row[0], level) for row, level in zip(rows, levels)])
        cursor.execute("ALTER TABLE poblacion ALTER COLUMN nivel SET NOT NULL")
        for check in value_checks(nivel):
            cursor.execute(f"ALTER TABLE poblacion ADD CHECK ({check})")
        cursor.execute("SELECT conname FROM pg_constraint WHERE conrelid = 'poblacion'::regclass AND contype = 'u'")
        for (name,) in cursor.fetchall():  # the v3 key (ambito, anio)
            cursor.execute(f"ALTER TABLE poblacion DROP CONSTRAINT {quote(name)}")
        cursor.execute('ALTER TABLE poblacion ADD UNIQUE ("nivel", "ambito", "anio")')
    return rows, levels


def _to_v5(store):
    """v4 -> v5: the entities' register, filled with the names the older tables use, then the observatories' and
    participation's tables (schema.V5_TABLES; a step that changes an existing table goes here too)."""
    _facilities_v5(store)
    _create_tables(store, schema.V5_TABLES)
    schema_upgrades.register_entities_in_use(store)


def _facilities_v5(store):
    """`equipamiento` in its v5 form, altered in place (its grants and row-level policies stay), every row kept:
    codigo required and unique (codes made where missing or repeated: schema_upgrades.facility_codes), capacidad a
    real number, the new fields added (estado 'operando' for the rows it had)."""
    rows = store.connection.execute("SELECT fid, codigo FROM equipamiento ORDER BY fid").fetchall()
    codes = schema_upgrades.facility_codes([row[0] for row in rows], [row[1] for row in rows])
    table = schema.table("equipamiento")
    with store.connection.raw.cursor() as cursor:
        changed = [(row[0], code) for row, code in zip(rows, codes) if row[1] != code]
        if changed:
            from psycopg2.extras import execute_values

            execute_values(cursor, "UPDATE equipamiento SET codigo = v.codigo FROM (VALUES %s) AS v (fid, codigo) "
                                   "WHERE equipamiento.fid = v.fid", changed)
        cursor.execute('ALTER TABLE equipamiento ALTER COLUMN "codigo" SET NOT NULL, ADD UNIQUE ("codigo"), '
                       'ALTER COLUMN "capacidad" TYPE double precision')
        new = [f for f in table.fields if f.name in ("unidad_capacidad", "estado", "naturaleza", "nodo", "entidad")]
        cursor.execute("ALTER TABLE equipamiento " + ", ".join(
            "ADD COLUMN " + pg_schema.column_sql(store.schema, table, f) for f in new))


def _to_v6(store):
    """v5 -> v6: the street network and users by declared age band (schema.V6_TABLES); the v5 report's fixed columns
    of users by life-course group become rows of reporte_equipamiento_edad, one per value present, and are dropped
    (altered in place: the report table's grants and policies stay; every report keeps its fid)."""
    _create_tables(store, schema.V6_TABLES)
    # An older expediente's v4 -> v5 step made the report from today's schema, without those columns: nothing to move.
    present = {name for (name,) in store.connection.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = "
        "'reporte_equipamiento'", (store.schema,)).fetchall()}
    ages = [name for name, _, _ in schema_upgrades.V5_USER_AGE_COLUMNS if name in present]
    if not ages:
        return
    rows = store.connection.execute(f"SELECT fid, {', '.join(ages)} FROM reporte_equipamiento ORDER BY fid").fetchall()
    store.insert("reporte_equipamiento_edad", schema_upgrades.v5_user_bands(rows, ages))
    with store.connection.raw.cursor() as cursor:
        cursor.execute("ALTER TABLE reporte_equipamiento " + ", ".join(f"DROP COLUMN {quote(name)}" for name in ages))


_MIGRATIONS = {1: _add_field_control, 2: _add_evaluation, 3: _to_v4, 4: _to_v5, 5: _to_v6}


def _copy_texts(values, field_type):
    """Values as COPY text-format fields: NULL as \\N; tab, newline and backslash escaped."""
    values = values.tolist() if isinstance(values, np.ndarray) else [_param(v) for v in values]
    if field_type == schema.BOOLEAN:
        return ["\\N" if v is None else ("t" if v else "f") for v in values]
    if field_type == schema.REAL:
        return ["\\N" if v is None or v != v else repr(float(v)) for v in values]
    if field_type == schema.INTEGER:
        return ["\\N" if v is None or v != v else str(int(v)) for v in values]
    return ["\\N" if v is None else str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r") for v in values]
