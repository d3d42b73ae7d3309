"""The expediente store as a GeoPackage (the embedded default).

GDAL creates the empty GeoPackage (its metadata tables exactly as GDAL and
QGIS expect them); everything after that goes through stdlib sqlite3, so SQL
is parameterised and each write is one SQLite transaction: a crash or a kill
mid-write leaves the file as it was before the write.
"""
import contextlib
import datetime
import os
import sqlite3
import uuid

import numpy as np
import shapely

from ..core import schema
from ..core.errors import SchemaError
from ..core.gdal_support import gdal_exceptions
from ..core.i18n import tr
from . import geometry_blob, gpkg_schema
from .crs import spatial_reference

_SQLITE_MAGIC = b"SQLite format 3\x00"
_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
BUSY_TIMEOUT_S = 60


def _connect(path):
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    geometry_blob.register_sql_functions(connection)
    return connection


def check_is_geopackage(path):
    if not os.path.exists(path):
        raise SchemaError(tr("The expediente '{path}' does not exist.").format(path=path))
    with open(path, "rb") as f:
        header = f.read(100)
    application_id = int.from_bytes(header[68:72], "big") if len(header) == 100 else None
    if not header.startswith(_SQLITE_MAGIC) or application_id != _GPKG_APPLICATION_ID:
        raise SchemaError(tr("'{path}' is not a GeoPackage.").format(path=path))


class GpkgStore:
    """An open expediente GeoPackage. Use as a context manager or call close()."""

    def __init__(self, path):
        check_is_geopackage(path)
        self.path = path
        self.connection = _connect(path)
        self.info = self._read_info()
        self._check_version()
        self.srs_id = int(self.info["srs_id"])

    # -- creation -------------------------------------------------------
    @classmethod
    def create(cls, path, crs="EPSG:9377", municipality="", dane_code="", expediente_id=None):
        """Create a new expediente at `path` (which must not exist) with the current schema.

        Callers build it under a temporary name and move it into place when it is
        complete (store_output.new_store), so a failure never leaves a half-made store.
        """
        from osgeo import ogr

        srs = spatial_reference(crs)
        if os.path.exists(path):
            raise SchemaError(tr("'{path}' already exists; choose another file name. "
                                 "An existing expediente is never overwritten.").format(path=path))
        with gdal_exceptions():
            ogr.GetDriverByName("GPKG").CreateDataSource(path).FlushCache()
        connection = _connect(path)
        with contextlib.closing(connection):
            connection.execute("BEGIN")
            srs_id = _register_srs(connection, srs)
            for table in schema.TABLES:
                _create_table(connection, table, srs_id)
            _create_info(connection, {
                "schema_version": str(schema.SCHEMA_VERSION),
                # Field packages carry it, so a package is never merged into another expediente.
                "expediente_id": expediente_id or str(uuid.uuid4()),
                "municipio": municipality or "",
                "codigo_dane": dane_code or "",
                "crs": srs.authid,
                "srs_id": str(srs_id),
                "creado_en": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            })
            connection.execute("COMMIT")
        return cls(path)

    # -- reading --------------------------------------------------------
    def _read_info(self):
        try:
            rows = self.connection.execute(
                f"SELECT clave, valor FROM {gpkg_schema.quote(schema.INFO_TABLE)}").fetchall()
        except sqlite3.DatabaseError:
            self.connection.close()
            raise SchemaError(tr("'{path}' is a GeoPackage but not a POT expediente "
                                 "(it has no '{table}' table).").format(
                path=self.path, table=schema.INFO_TABLE)) from None
        return dict(rows)

    def _check_version(self):
        version = int(self.info.get("schema_version", 0))
        if version > schema.SCHEMA_VERSION:
            self.connection.close()
            raise SchemaError(tr(
                "The expediente '{path}' uses schema version {found}, newer than this plugin "
                "supports ({supported}). Update POT Seguimiento to open it.").format(
                path=self.path, found=version, supported=schema.SCHEMA_VERSION))
        if version < schema.SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version):
        """Bring an older expediente up to the current schema, one version per transaction,
        keeping every row (new tables and keys only: nothing existing is rewritten)."""
        while version < schema.SCHEMA_VERSION:
            step = _MIGRATIONS.get(version)
            if step is None:
                self.connection.close()
                raise SchemaError(tr("The expediente '{path}' has an unknown schema version {found}.").format(
                    path=self.path, found=version))
            with self.transaction():
                step(self.connection, int(self.info["srs_id"]))
                version += 1
                self.connection.execute(
                    f"UPDATE {gpkg_schema.quote(schema.INFO_TABLE)} SET valor = ? WHERE clave = 'schema_version'",
                    (str(version),))
        self.info = self._read_info()

    @property
    def expediente_id(self):
        return self.info["expediente_id"]

    @property
    def crs_authid(self):
        return self.info["crs"]

    def crs_wkt(self):
        return self.connection.execute(
            "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (self.srs_id,)).fetchone()[0]

    def count(self, table_name):
        schema.table(table_name)
        return self.connection.execute(
            f"SELECT count(*) FROM {gpkg_schema.quote(table_name)}").fetchone()[0]

    def read(self, table_name, columns=None, geometry=True, where=None, params=()):
        """Return (dict column -> numpy array, geometries or None) for a table.

        `where` is an SQL condition written by this plugin's code, with `?`
        placeholders for `params`: never user text.
        """
        table = schema.table(table_name)
        names = list(columns or table.field_names)
        for name in names:
            table.field(name)
        geometry = bool(geometry and table.geometry)
        selected = ["fid"] + names + ([gpkg_schema.GEOMETRY_COLUMN] if geometry else [])
        sql = f"SELECT {', '.join(gpkg_schema.quote(n) for n in selected)} FROM {gpkg_schema.quote(table_name)}"
        if where:
            sql += f" WHERE {where}"
        rows = self.connection.execute(sql, params).fetchall()
        values = list(zip(*rows)) if rows else [()] * len(selected)
        data = {name: np.array(column, dtype=object) for name, column in zip(selected, values)}
        geometries = None
        if geometry:
            geometries = geometry_blob.decode(data.pop(gpkg_schema.GEOMETRY_COLUMN))
        return data, geometries

    # -- writing --------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self):
        """One write transaction: all of it lands, or none of it does.

        BEGIN IMMEDIATE takes the write lock up front; another writer waits up to
        BUSY_TIMEOUT_S for it instead of failing half-way.
        """
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def insert(self, table_name, columns, geometries=None, progress=None, fids=None):
        """Insert rows (dict field -> sequence) inside the current transaction; `fids` keeps
        given feature ids (a migration), else they are assigned.

        Geometries go in with their R-tree entries computed in bulk rather than
        by the per-row trigger, which is what keeps a million lots fast.
        """
        table = schema.table(table_name)
        names = list(columns)
        for name in names:
            table.field(name)
        count = len(next(iter(columns.values()))) if columns else len(geometries)
        if count == 0:
            return 0
        quoted = [gpkg_schema.quote(n) for n in names]
        if table.geometry is None:
            if fids is not None:
                names, quoted, columns = ["fid"] + names, ['"fid"'] + quoted, {"fid": fids, **columns}
            rows = zip(*(_as_list(columns[n]) for n in names))
            sql = (f"INSERT INTO {gpkg_schema.quote(table_name)} ({', '.join(quoted)}) "
                   f"VALUES ({', '.join('?' * len(names))})")
            self.connection.executemany(sql, rows)
            return count
        return self._insert_spatial(table_name, names, quoted, columns, geometries, count, progress, fids)

    def _insert_spatial(self, table_name, names, quoted, columns, geometries, count, progress, fids=None):
        if fids is None:
            first = 1 + self.connection.execute(
                "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = ?", (table_name,)).fetchone()[0]
            first = max(first, 1 + self.connection.execute(
                f"SELECT coalesce(max(fid), 0) FROM {gpkg_schema.quote(table_name)}").fetchone()[0])
            fids = np.arange(first, first + count)
        fids = np.asarray(fids, dtype=np.int64)
        blobs = geometry_blob.encode(geometries, self.srs_id)
        trigger = gpkg_schema.rtree_name(table_name) + "_insert"
        self.connection.execute(f"DROP TRIGGER {gpkg_schema.quote(trigger)}")
        sql = (f"INSERT INTO {gpkg_schema.quote(table_name)} "
               f"(fid, {gpkg_schema.GEOMETRY_COLUMN}, {', '.join(quoted)}) "
               f"VALUES (?, ?, {', '.join('?' * len(names))})")
        step = 50_000
        for start in range(0, count, step):
            stop = min(start + step, count)
            rows = zip(fids[start:stop].tolist(), blobs[start:stop],
                       *(_as_list(columns[n])[start:stop] for n in names))
            self.connection.executemany(sql, rows)
            if progress:
                progress(stop / count)
        bounds = shapely.bounds(np.asarray(geometries, dtype=object))
        keep = ~np.isnan(bounds[:, 0])
        self.connection.executemany(
            f"INSERT INTO {gpkg_schema.quote(gpkg_schema.rtree_name(table_name))} VALUES (?, ?, ?, ?, ?)",
            zip(fids[keep].tolist(), bounds[keep, 0].tolist(), bounds[keep, 2].tolist(),
                bounds[keep, 1].tolist(), bounds[keep, 3].tolist()))
        self.connection.execute(gpkg_schema.rtree_insert_trigger_sql(table_name))
        self._update_extent(table_name)
        return count

    def replace_measurements(self, period, levels, codes, rows):
        """One transaction: a period's measurements of `codes` at `levels` out, `rows` in.

        rows: (indicador, nivel, ambito, valor, numerador, denominador, nota, parametros JSON).
        Built-in indicators not yet defined in the expediente are defined from the catalogue.
        """
        from ..core.indicators import catalog

        levels, codes = list(levels), list(codes)
        known = set(self.indicator_parameters())
        missing = [code for code in codes if code not in known and catalog.definition(code)]
        names = ("indicador", "nivel", "ambito", "valor", "numerador", "denominador", "nota", "parametros")
        columns = {name: [row[i] for row in rows] for i, name in enumerate(names)}
        columns["periodo"] = [period] * len(rows)
        with self.transaction():
            if missing:
                self.insert("indicador", catalog.rows(missing))
            self.connection.execute(
                f"DELETE FROM medicion WHERE periodo = ? AND nivel IN ({', '.join('?' * len(levels))}) "
                f"AND indicador IN ({', '.join('?' * len(codes))})", (period, *levels, *codes))
            if rows:
                self.insert("medicion", columns)

    def dicts(self, sql, params=()):
        """The rows of a query (written by this plugin, values as parameters) as {column: value}."""
        cursor = self.connection.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def indicator_definitions(self):
        """{codigo: {column: value}} of the indicator table."""
        return {row["codigo"]: row for row in self.dicts("SELECT * FROM indicador ORDER BY codigo")}

    def measurements(self, indicator, level, period=None, scope=None):
        """[(periodo, nivel, ambito, valor, nota)] of an indicator, filtered by period or scope."""
        sql = ("SELECT periodo, nivel, ambito, valor, nota FROM medicion WHERE indicador = ? "
               "AND nivel IN (?, 'municipio')")
        params = [indicator, level]
        if period is not None:
            sql += " AND periodo = ?"
            params.append(period)
        if scope is not None:
            sql += " AND ambito = ?"
            params.append(scope)
        return self.connection.execute(sql + " ORDER BY periodo, nivel, ambito", params).fetchall()

    def unit_names(self, level):
        return dict(self.connection.execute(
            "SELECT codigo, nombre FROM unidad_territorial WHERE nivel IN (?, 'municipio')", (level,)).fetchall())

    def levels(self):
        return [row[0] for row in self.connection.execute(
            "SELECT DISTINCT nivel FROM unidad_territorial WHERE nivel != 'municipio' ORDER BY nivel")]

    def indicator_parameters(self):
        """{codigo: parametros JSON text} of the indicator definitions."""
        return dict(self.connection.execute("SELECT codigo, parametros FROM indicador").fetchall())

    def _update_extent(self, table_name):
        r = gpkg_schema.quote(gpkg_schema.rtree_name(table_name))
        self.connection.execute(
            f"UPDATE gpkg_contents SET (min_x, max_x, min_y, max_y, last_change) = "
            f"(SELECT min(minx), max(maxx), min(miny), max(maxy), "
            f"strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM {r}) WHERE table_name = ?", (table_name,))

    def close(self):
        self.connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@contextlib.contextmanager
def built_store(path, crs, municipality, dane_code, expediente_id=None):
    """Yield a new GpkgStore built in a temporary file beside `path`, moved onto `path` (replacing
    what was there) only when the block finishes: a failure or a cancel leaves `path` as it was."""
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".pot_", suffix=".gpkg", dir=folder)
    os.close(handle)
    os.remove(temporary)
    try:
        with GpkgStore.create(temporary, crs, municipality, dane_code, expediente_id) as store:
            yield store
        os.replace(temporary, path)
    finally:
        for leftover in (temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)


def _as_list(values):
    """numpy scalars -> Python values sqlite3 accepts (NaN -> NULL)."""
    if isinstance(values, np.ndarray):
        if values.dtype.kind == "f":
            return [None if v != v else v for v in values.tolist()]
        return values.tolist()
    return list(values)


def _register_srs(connection, srs):
    existing = connection.execute(
        "SELECT srs_id FROM gpkg_spatial_ref_sys WHERE organization = ? AND organization_coordsys_id = ?",
        (srs.organization, srs.code)).fetchone() if srs.code is not None else None
    if existing:
        return existing[0]
    srs_id = srs.code if srs.organization == "EPSG" else 100000
    connection.execute(
        "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
        "definition, description) VALUES (?, ?, ?, ?, ?, ?)",
        (srs.name, srs_id, srs.organization or "NONE", srs.code if srs.code is not None else srs_id,
         srs.wkt, srs.name))
    return srs_id


_EXTENSIONS_SQL = (
    "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
    "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
    "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))")


def _create_table(connection, table, srs_id):
    connection.execute(_EXTENSIONS_SQL)
    connection.execute(gpkg_schema.create_table_sql(table))
    data_type = "features" if table.geometry else "attributes"
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, ?, ?, ?, ?)",
        (table.name, data_type, table.name, table.label or "", srs_id if table.geometry else None))
    if table.geometry:
        connection.execute(
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
            "VALUES (?, ?, ?, ?, 0, 0)", (table.name, gpkg_schema.GEOMETRY_COLUMN, table.geometry, srs_id))
        for statement in gpkg_schema.rtree_sql(table.name):
            connection.execute(statement)
        connection.execute(
            "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
            "VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', "
            "'write-only')", (table.name, gpkg_schema.GEOMETRY_COLUMN))
    if table.append_only:
        for statement in gpkg_schema.append_only_sql(table):
            connection.execute(statement)


def _add_field_control(connection, srs_id):
    """v1 -> v2: the field-control tables, and the expediente's own identifier."""
    for table in schema.FIELD_CONTROL_TABLES:
        _create_table(connection, table, srs_id)
    connection.execute(f"INSERT OR IGNORE INTO {gpkg_schema.quote(schema.INFO_TABLE)} (clave, valor) "
                       "VALUES ('expediente_id', ?)", (str(uuid.uuid4()),))


_MIGRATIONS = {1: _add_field_control}


def _create_info(connection, values):
    name = gpkg_schema.quote(schema.INFO_TABLE)
    connection.execute(f"CREATE TABLE {name} (clave TEXT PRIMARY KEY NOT NULL, valor TEXT)")
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
        "VALUES (?, 'attributes', ?, 'Datos del expediente')", (schema.INFO_TABLE, schema.INFO_TABLE))
    connection.executemany(f"INSERT INTO {name} (clave, valor) VALUES (?, ?)", values.items())
