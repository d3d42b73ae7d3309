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
from ..core.errors import DataRefusedError, SchemaError, StoreBusyError
from ..core.gdal_support import gdal_exceptions
from ..core.i18n import tr
from . import geometry_blob, gpkg_schema, schema_upgrades, write_rules
from .base import Store, age_band_columns, age_band_filter, columns_of
from .crs import spatial_reference

_SQLITE_MAGIC = b"SQLite format 3\x00"
_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
BUSY_TIMEOUT_S = 60


def _connect(path):
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    geometry_blob.register_sql_functions(connection)
    return connection


def evidence_folder(path, kind="evidencias"):
    """The folder beside a GeoPackage its files of `kind` go to: <file stem>_<kind>."""
    return f"{os.path.splitext(os.path.basename(path))[0]}_{kind}"


def check_new_path(path):
    """A new expediente file: a .gpkg name where nothing is yet (an existing expediente is never overwritten)."""
    if not str(path).lower().endswith(".gpkg"):
        raise SchemaError(tr("The expediente must be a GeoPackage file (.gpkg): '{path}'.").format(path=path))
    if os.path.exists(path):
        raise SchemaError(tr("'{path}' already exists; choose another file name. "
                             "An existing expediente is never overwritten.").format(path=path))


def check_is_geopackage(path):
    if not os.path.exists(path):
        raise SchemaError(tr("The expediente '{path}' does not exist.").format(path=path))
    with open(path, "rb") as f:
        header = f.read(100)
    application_id = int.from_bytes(header[68:72], "big") if len(header) == 100 else None
    if not header.startswith(_SQLITE_MAGIC) or application_id != _GPKG_APPLICATION_ID:
        raise SchemaError(tr("'{path}' is not a GeoPackage.").format(path=path))


class GpkgStore(Store):
    """An open expediente GeoPackage. Use as a context manager or call close()."""

    dialect = "gpkg"

    def __init__(self, path):
        check_is_geopackage(path)
        self.path = path
        self.connection = _connect(path)
        self.info = self._read_info()
        self.srs_id = int(self.info["srs_id"])
        self._check_version()

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
                # Read again under the write lock: another process may have upgraded the file meanwhile.
                if int(self.connection.execute(f"SELECT valor FROM {gpkg_schema.quote(schema.INFO_TABLE)} "
                                               "WHERE clave = 'schema_version'").fetchone()[0]) == version:
                    step(self)
                    self.connection.execute(
                        f"UPDATE {gpkg_schema.quote(schema.INFO_TABLE)} SET valor = ? WHERE clave = 'schema_version'",
                        (str(version + 1),))
            version = int(self._read_info()["schema_version"])
        self.info = self._read_info()

    def crs_wkt(self):
        return self.connection.execute(
            "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (self.srs_id,)).fetchone()[0]

    @property
    def evidence_root(self):
        """The folder photo paths (foto_visita.ruta) are relative to: the expediente's own."""
        return os.path.dirname(os.path.abspath(self.path))

    def evidence_location(self, expediente=None, kind="evidencias"):
        """(root, sub-folder for new files of `kind`: evidencias, archivo) beside the GeoPackage: the folder of
        `expediente` (the path it is known by, which a store still being built has not taken yet) and
        <its stem>_<kind>."""
        path = expediente or self.path
        return os.path.dirname(os.path.abspath(path)), evidence_folder(path, kind)

    @property
    def display_name(self):
        return self.path

    @staticmethod
    def layer_source(path, table_name):
        """(QGIS provider, data source) of one table, as the GUI loads it."""
        return "ogr", f"{path}|layername={table_name}"

    def typed_error(self, error):
        if isinstance(error, sqlite3.IntegrityError):  # a rule of the schema the checks before did not catch
            return DataRefusedError(str(error))
        if isinstance(error, sqlite3.OperationalError):  # locked beyond the wait, disk full, read-only file
            return StoreBusyError(str(error))
        return None

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
        data = columns_of(self.connection.execute(sql, params).fetchall(), selected)
        geometries = None
        if geometry:
            geometries = geometry_blob.decode(data.pop(gpkg_schema.GEOMETRY_COLUMN))
        return data, geometries

    def read_in_box(self, table_name, bounds):
        """The rows whose bounding box meets `bounds` (minx, miny, maxx, maxy), found by the R-tree."""
        rtree = gpkg_schema.quote(gpkg_schema.rtree_name(table_name))
        minx, miny, maxx, maxy = bounds
        return self.read(table_name, where=f"fid IN (SELECT id FROM {rtree} WHERE maxx >= ? AND minx <= ? "
                                           "AND maxy >= ? AND miny <= ?)", params=(minx, maxx, miny, maxy))

    def lot_columns(self, year, boxes=True):
        """Per lot: fid, valor (valor_m2 of `year`, NaN where none) and, with `boxes`, area (area_terreno)
        and the R-tree box minx, miny, maxx, maxy; numpy arrays filled in C by GDAL, in any order."""
        if boxes:
            sql = ("SELECT p.fid AS fid, p.area_terreno AS area, r.minx AS minx, r.miny AS miny, r.maxx AS maxx, "
                   "r.maxy AS maxy, v.valor_m2 AS valor FROM predio p JOIN rtree_predio_geom r ON r.id = p.fid "
                   "LEFT JOIN valor_suelo v ON v.nivel = 'predio' AND v.codigo = p.codigo AND v.anio = {year}")
        else:
            sql = ("SELECT p.fid AS fid, v.valor_m2 AS valor FROM predio p JOIN valor_suelo v "
                   "ON v.nivel = 'predio' AND v.codigo = p.codigo AND v.anio = {year}")
        return _query_columns(self.path, sql.format(year=int(year)))

    def age_bands(self, year=None, meeting=None):
        """Store.age_bands through GDAL's Arrow stream, the columns filled in C (a million-lot city's 900,000 band
        rows of a year: 1 s, against 4 s as sqlite3 tuples). The stream reads a NULL integer as 0, so an open
        band's edad_hasta is selected as -1 (never a real age) and turned back into NaN."""
        where, params = age_band_filter(year, meeting)
        sql = ("SELECT nivel, ambito, anio, sexo, edad_desde, COALESCE(edad_hasta, -1) AS edad_hasta, personas "
               "FROM poblacion_edad")
        if where:  # the parameters are integers (age_band_filter): written into the SQL, as GDAL takes no params
            sql += " WHERE " + where.replace("?", "{}").format(*(int(p) for p in params))
        columns = age_band_columns(_query_columns(self.path, sql))
        columns["edad_hasta"][columns["edad_hasta"] < 0] = np.nan
        return columns

    # -- writing --------------------------------------------------------
    def update_geometry(self, table_name, fid, geometry):
        """Replace one row's geometry (inside the caller's transaction); the R-tree follows by trigger."""
        geometry = write_rules.conform_geometries(schema.table(table_name), [geometry], [f"fid {int(fid)}"])
        self.connection.execute(f"UPDATE {gpkg_schema.quote(table_name)} SET geom = ? WHERE fid = ?",
                                (geometry_blob.encode(geometry, self.srs_id)[0], int(fid)))

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
        columns, geometries = write_rules.conform(table, columns, geometries, fids)
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

    def _update_extent(self, table_name):
        r = gpkg_schema.quote(gpkg_schema.rtree_name(table_name))
        self.connection.execute(
            f"UPDATE gpkg_contents SET (min_x, max_x, min_y, max_y, last_change) = "
            f"(SELECT min(minx), max(maxx), min(miny), max(maxy), "
            f"strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM {r}) WHERE table_name = ?", (table_name,))


def _query_columns(path, sql):
    """Run a read-only query through GDAL's Arrow stream: columns as numpy arrays, filled in C.

    `sql` is built by this module from integers only (years), never from user text.
    """
    from osgeo import gdal

    with gdal_exceptions():
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
        layer = dataset.ExecuteSQL(sql)
        try:
            batches = list(layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"]))
            definition = layer.GetLayerDefn()
            names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        finally:
            dataset.ReleaseResultSet(layer)
    # A query that finds no row: GDAL 3.6 (Debian 12) streams one batch of empty arrays, GDAL 3.10 (Debian 13)
    # no batch at all. Either way every column is returned, the FID as integers, as PostGIS's lot_columns does.
    columns = {}
    for name in ["fid"] + names:
        parts = [batch[name] for batch in batches if name in batch]
        columns[name] = np.concatenate(parts) if parts else np.array([], dtype=np.int64 if name == "fid" else float)
    return columns


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


# One function per version step, each run in its own transaction with the store open (later issues of a round
# add their tables to the step of the version they open).
def _add_field_control(store):
    """v1 -> v2: the field-control tables, and the expediente's own identifier."""
    for table in schema.FIELD_CONTROL_TABLES:
        _create_table(store.connection, table, store.srs_id)
    store.connection.execute(f"INSERT OR IGNORE INTO {gpkg_schema.quote(schema.INFO_TABLE)} (clave, valor) "
                             "VALUES ('expediente_id', ?)", (str(uuid.uuid4()),))


def _add_evaluation(store):
    """v2 -> v3: the evaluation tables (archive, plan structure, sufficiency, milestones, DOFA)."""
    for table in schema.EVALUATION_TABLES:
        _create_table(store.connection, table, store.srs_id)


def _to_v4(store):
    """v3 -> v4: population by level (below), then the new tables of v4 (this round's issues add theirs to
    schema.V4_TABLES; a step that fills one of them goes after this loop), the old age columns as declared bands,
    and the expediente's `municipio` unit if it had none."""
    bands = _population_by_level(store)
    for table in schema.V4_TABLES:  # after the rebuild: SQLite's RENAME would point their keys at the old table
        _create_table(store.connection, table, store.srs_id)
    store.insert("poblacion_edad", bands)
    schema_upgrades.ensure_municipality(store)


def _population_by_level(store):
    """`poblacion` gains `nivel` (filled from what each ambito matches: schema_upgrades.population_levels) and the
    key (nivel, ambito, anio), without its fixed age columns; returns those as poblacion_edad rows. Every row is
    kept, with its fid.

    SQLite cannot change a table's key in place: the table is rebuilt (renamed aside, created anew, filled, the old
    one dropped). Nothing refers to `poblacion` by a foreign key in v3, and its gpkg_contents row stays as it is."""
    connection = store.connection
    old_columns = ["fid", "ambito", "anio", "poblacion", "viviendas", "hogares", "mujeres", "hombres"]
    ages = [name for name, _, _ in schema_upgrades.V3_AGE_COLUMNS]
    rows = connection.execute(f"SELECT {', '.join(old_columns + ages)} FROM poblacion ORDER BY fid").fetchall()
    levels = schema_upgrades.population_levels_of(store, [row[1] for row in rows])
    connection.execute('ALTER TABLE "poblacion" RENAME TO "poblacion_v3"')
    connection.execute(gpkg_schema.create_table_sql(schema.table("poblacion")))
    connection.executemany(
        f"INSERT INTO poblacion ({', '.join(old_columns)}, nivel) VALUES ({', '.join('?' * (len(old_columns) + 1))})",
        [row[:len(old_columns)] + (level,) for row, level in zip(rows, levels)])
    connection.execute('DROP TABLE "poblacion_v3"')
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
        # GDAL's cached row count of the rebuilt table: unknown, so GDAL counts again.
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = NULL WHERE lower(table_name) = 'poblacion'")
    return schema_upgrades.v3_age_bands(
        [(row[1], level, row[2], *row[len(old_columns):]) for row, level in zip(rows, levels)])


def _to_v5(store):
    """v4 -> v5: `equipamiento` as the services observatory needs it (below), the entities' register, filled with the
    names the older tables use, then the observatories' and participation's tables (schema.V5_TABLES; a step that
    changes an existing table goes here too)."""
    _facilities_v5(store)
    for table in schema.V5_TABLES:
        _create_table(store.connection, table, store.srs_id)
    schema_upgrades.register_entities_in_use(store)


def _facilities_v5(store):
    """`equipamiento` gains its v5 form: codigo required and unique (codes made for rows without one or with one an
    earlier row has: schema_upgrades.facility_codes), capacidad a real number, and the new fields (estado
    'operando' for the rows it had). Every row is kept with its fid and point.

    SQLite cannot change a column's constraints in place: the table is rebuilt (read, dropped with its triggers,
    created anew with the R-tree triggers, filled). Its R-tree keeps the same fids and boxes, its gpkg_contents
    and gpkg_geometry_columns rows stay; nothing refers to it by a foreign key in v4."""
    connection = store.connection
    old_columns = ["fid", "geom", "codigo", "nombre", "sector", "capacidad"]
    rows = connection.execute(f"SELECT {', '.join(old_columns)} FROM equipamiento ORDER BY fid").fetchall()
    codes = schema_upgrades.facility_codes([row[0] for row in rows], [row[2] for row in rows])
    connection.execute('DROP TABLE "equipamiento"')
    connection.execute(gpkg_schema.create_table_sql(schema.table("equipamiento")))
    for statement in gpkg_schema.rtree_sql("equipamiento")[1:]:  # the virtual table is still there
        connection.execute(statement)
    connection.executemany(
        f"INSERT INTO equipamiento ({', '.join(old_columns)}) VALUES ({', '.join('?' * len(old_columns))})",
        [(fid, geom, code, nombre, sector, capacidad)
         for (fid, geom, _, nombre, sector, capacidad), code in zip(rows, codes)])
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = NULL WHERE lower(table_name) = 'equipamiento'")


def _to_v6(store):
    """v5 -> v6: the street network and users by declared age band (schema.V6_TABLES); the v5 report's fixed columns
    of users by life-course group become rows of reporte_equipamiento_edad, one per value present, and are dropped
    (SQLite 3.35+ drops a column in place: nothing else refers to them; every report keeps its fid)."""
    for table in schema.V6_TABLES:
        _create_table(store.connection, table, store.srs_id)
    # An older expediente's v4 -> v5 step made the report from today's schema, without those columns: nothing to move.
    present = {row[1] for row in store.connection.execute('PRAGMA table_info("reporte_equipamiento")')}
    ages = [name for name, _, _ in schema_upgrades.V5_USER_AGE_COLUMNS if name in present]
    if not ages:
        return
    rows = store.connection.execute(f"SELECT fid, {', '.join(ages)} FROM reporte_equipamiento ORDER BY fid").fetchall()
    store.insert("reporte_equipamiento_edad", schema_upgrades.v5_user_bands(rows, ages))
    for name in ages:
        store.connection.execute(f"ALTER TABLE reporte_equipamiento DROP COLUMN {gpkg_schema.quote(name)}")


_MIGRATIONS = {1: _add_field_control, 2: _add_evaluation, 3: _to_v4, 4: _to_v5, 5: _to_v6}


def _create_info(connection, values):
    name = gpkg_schema.quote(schema.INFO_TABLE)
    connection.execute(f"CREATE TABLE {name} (clave TEXT PRIMARY KEY NOT NULL, valor TEXT)")
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
        "VALUES (?, 'attributes', ?, 'Datos del expediente')", (schema.INFO_TABLE, schema.INFO_TABLE))
    connection.executemany(f"INSERT INTO {name} (clave, valor) VALUES (?, ?)", values.items())
