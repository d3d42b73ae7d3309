"""Schema v4: an expediente written by an earlier release (v1, v3) opens on both backends keeping every row;
population rows get their level and their age groups become declared bands."""
import shutil
import sqlite3

import pytest
from conftest import ROOT

DATA = ROOT / "tests" / "data"
V1 = DATA / "expediente_v1.gpkg"  # written by release 0.1.0 (schema v1)
V3 = DATA / "expediente_v3.gpkg"  # release 0.3 (schema v3): the v1 rows plus population by unit and an unknown code
V3_POSTGIS = DATA / "expediente_v3_postgis.sql"  # the tables release 0.3 made in PostGIS (pg_dump --schema-only)
OLD_POPULATION = "SELECT fid, ambito, anio, poblacion, viviendas, hogares, mujeres, hombres, edad_0_14, edad_15_64, " \
                 "edad_65_mas FROM poblacion ORDER BY fid"


def test_the_fixtures_are_what_their_release_wrote():
    """The fixtures are copied before any test opens them (opening upgrades an expediente in place)."""
    for path, version in ((V1, "1"), (V3, "3")):
        with sqlite3.connect(path) as connection:
            assert dict(connection.execute("SELECT clave, valor FROM expediente"))["schema_version"] == version


def old_rows(path):
    with sqlite3.connect(path) as connection:
        population = connection.execute(OLD_POPULATION).fetchall()
        other = {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                 for (table,) in connection.execute("SELECT table_name FROM gpkg_contents WHERE table_name != 'expediente'")}
    return population, other


def expected_bands(population, levels):
    """The v4 band rows an old row's age columns become: (ambito, nivel, anio, sexo, desde, hasta, personas)."""
    rows = set()
    for (fid, ambito, anio, *_, young, adult, old), level in zip(population, levels):
        for value, desde, hasta in ((young, 0, 14), (adult, 15, 64), (old, 65, None)):
            if value is not None:
                rows.add((ambito, level, anio, "total", desde, hasta, value))
    return rows


def check_upgraded(store, population, other):
    """Every population row with its fid and values, a level from what its code matches, the bands it held."""
    from pot_seguimiento.core import schema

    assert store.info["schema_version"] == str(schema.SCHEMA_VERSION)
    rows = store.dicts("SELECT fid, ambito, nivel, anio, poblacion, viviendas, hogares, mujeres, hombres "
                       "FROM poblacion ORDER BY fid")
    assert [(r["fid"], r["ambito"], r["anio"], r["poblacion"], r["viviendas"], r["hogares"], r["mujeres"],
             r["hombres"]) for r in rows] == [row[:8] for row in population]
    levels = [r["nivel"] for r in rows]
    bands = {tuple(r.values()) for r in store.dicts(
        "SELECT ambito, nivel, anio, sexo, edad_desde, edad_hasta, personas FROM poblacion_edad")}
    assert bands == expected_bands(population, levels)
    for table, rows_before in other.items():
        if table not in ("poblacion", "unidad_territorial"):
            assert store.count(table) == rows_before, table
    assert store.count("unidad_territorial") == other["unidad_territorial"]  # it had its municipio unit
    return {r["ambito"]: r["nivel"] for r in rows}


def test_a_v1_geopackage_upgrades_to_v4_keeping_every_row(tmp_path):
    from pot_seguimiento.store import open_store

    path = tmp_path / "v1.gpkg"
    shutil.copy(V1, path)
    population, other = old_rows(path)
    with open_store(str(path)) as store:
        levels = check_upgraded(store, population, other)
    assert set(levels.values()) == {"manzana"} and len(population) == 220


V3_LEVELS = {"01": "localidad", "02": "localidad", "03": "localidad", "UPZ001": "upz", "UPZ002": "upz",
             "99001": "municipio", "MZ000002": "manzana",
             "Z-404": "sin_unidad"}  # a code that matches nothing is kept, marked for the office to correct


def test_a_v3_geopackage_upgrades_to_v4_keeping_every_row(run, tmp_path):
    from pot_seguimiento.store import open_store

    path = tmp_path / "v3.gpkg"
    shutil.copy(V3, path)
    population, other = old_rows(path)
    with open_store(str(path)) as store:
        levels = check_upgraded(store, population, other)
        assert store.dicts("SELECT edad_desde, edad_hasta, personas FROM poblacion_edad WHERE ambito = '01' "
                           "ORDER BY edad_desde") == [{"edad_desde": 0, "edad_hasta": 14, "personas": 250},
                                                      {"edad_desde": 15, "edad_hasta": 64, "personas": 800},
                                                      {"edad_desde": 65, "edad_hasta": None, "personas": 150}]
        assert store.count("poblacion_edad") == 3 * (len(population) - 1)  # '03' had no ages: it declares none
    assert {a: levels[a] for a in V3_LEVELS} == V3_LEVELS
    with sqlite3.connect(path) as connection:  # the key is now (nivel, ambito, anio); bands follow their row
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("INSERT INTO poblacion (ambito, nivel, anio, poblacion) VALUES ('01', 'upz', 2024, 5)")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            connection.execute("INSERT INTO poblacion (ambito, nivel, anio, poblacion) VALUES ('01', 'localidad', "
                               "2024, 5)")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            connection.execute("INSERT INTO poblacion_edad (ambito, nivel, anio, edad_desde, personas) "
                               "VALUES ('01', 'comuna', 2024, 0, 1)")
        connection.execute("DELETE FROM poblacion WHERE ambito = '01' AND nivel = 'localidad'")
        assert connection.execute("SELECT count(*) FROM poblacion_edad WHERE ambito = '01' "
                                  "AND nivel = 'localidad'").fetchone()[0] == 0
    # And it works as a v4 expediente: indicators, the report's age groups, a copy to PostGIS.
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": "2024", "LEVEL": "localidad",
                               "INDICATORS": "densidad_poblacion", "OUTPUT": "TEMPORARY_OUTPUT"})
    with open_store(str(path)) as store:
        assert store.count("medicion") > 0


def test_an_expediente_without_a_municipio_unit_gets_one_on_upgrade(tmp_path):
    """The union of its first level, coded with the DANE code; units of that level point at it."""
    import shapely

    from pot_seguimiento.store import geometry_blob, open_store

    path = tmp_path / "v3.gpkg"
    shutil.copy(V3, path)
    with sqlite3.connect(path) as connection:
        geometry_blob.register_sql_functions(connection)  # the R-tree triggers call them
        connection.execute("DELETE FROM unidad_territorial WHERE nivel = 'municipio'")
        connection.execute("UPDATE unidad_territorial SET codigo_padre = NULL WHERE nivel = 'localidad'")
    with open_store(str(path)) as store:
        units, geometries = store.read("unidad_territorial", ["codigo", "nivel", "codigo_padre"])
    municipio = units["nivel"] == "municipio"
    assert list(units["codigo"][municipio]) == ["99001"]
    localidades = units["nivel"] == "localidad"
    assert set(units["codigo_padre"][localidades]) == {"99001"}
    assert shapely.area(geometries[municipio][0]) == pytest.approx(
        shapely.area(shapely.union_all(geometries[localidades])), rel=1e-9)


def restore_v3_postgis(postgres, schema_name, gpkg, dump=V3_POSTGIS, dump_schema="v3"):
    """The v3 tables as release 0.3 made them in PostGIS, filled with the rows of a v3 GeoPackage (values as
    that release stored them: booleans, dates, EWKB geometries in the expediente's SRID). Another release's
    tables: `dump`, its pg_dump --schema-only of schema `dump_schema` (tests/test_schema_v6.py: v5)."""
    import re

    import psycopg2
    import psycopg2.extras

    from pot_seguimiento.store import geometry_blob
    from pot_seguimiento.store.crs import spatial_reference
    from pot_seguimiento.store.postgis import connection_settings

    uri = postgres.uri(schema_name)
    dsn = connection_settings(uri)[0]
    srs = spatial_reference("EPSG:9377")
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        cursor.execute("INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) SELECT 9377, "
                       "'EPSG', 9377, %s, %s WHERE NOT EXISTS (SELECT 1 FROM spatial_ref_sys WHERE srid = 9377)",
                       (srs.wkt, srs.proj4))
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute(re.sub(rf"\b{dump_schema}\.", f'"{schema_name}".', dump.read_text(encoding="utf-8"))
                       .replace(f"CREATE SCHEMA {dump_schema};", f'CREATE SCHEMA "{schema_name}";'))
    source = sqlite3.connect(gpkg)
    tables = [t for (t,) in source.execute("SELECT table_name FROM gpkg_contents ORDER BY rowid")]
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute(f'SET search_path TO "{schema_name}", public')
        cursor.execute("SET session_replication_role = replica")  # rows in any order: keys checked by the test
        for table in tables:
            cursor.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = %s "
                           "AND table_name = %s", (schema_name, table))
            types = dict(cursor.fetchall())
            if table == "expediente":
                cursor.execute("DELETE FROM expediente")
            rows = source.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in rows.description]
            values = []
            for row in rows:
                converted = []
                for name, value in zip(names, row):
                    if value is not None and types[name] == "boolean":
                        value = bool(value)
                    elif value is not None and types[name] == "USER-DEFINED":  # geometry
                        value = geometry_blob.decode([value])[0].wkb_hex
                    converted.append(value)
                values.append(converted)
            if values:
                placeholders = ", ".join("ST_SetSRID(%s::geometry, 9377)" if types[n] == "USER-DEFINED" else "%s"
                                         for n in names)
                psycopg2.extras.execute_batch(
                    cursor, f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
                            f"VALUES ({placeholders})", values)
            if "fid" in names:
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('\"{schema_name}\".\"{table}\"', 'fid'), "
                               f'coalesce(max(fid), 0) + 1, false) FROM "{table}"')
    source.close()
    return uri


@pytest.mark.parametrize("fixture", ["v1", "v3"])
def test_an_older_postgis_expediente_upgrades_to_v4_keeping_every_row(run, postgres, tmp_path, fixture):
    """A v3 PostGIS expediente (tables as release 0.3 made them) holding the rows of the v1 or v3 fixture."""
    from pot_seguimiento.store.postgis import PostgisStore

    from pot_seguimiento.core import schema

    path = tmp_path / f"{fixture}.gpkg"
    shutil.copy(V1 if fixture == "v1" else V3, path)
    population, other = old_rows(path)
    uri = restore_v3_postgis(postgres, f"antiguo_{fixture}", path)
    if fixture == "v1":  # as v1 had it: no field-control or evaluation tables (the record says version 1)
        import psycopg2

        from pot_seguimiento.store.postgis import connection_settings

        with psycopg2.connect(connection_settings(uri)[0]) as connection, connection.cursor() as cursor:
            for table in reversed(schema.FIELD_CONTROL_TABLES + schema.EVALUATION_TABLES):
                cursor.execute(f'DROP TABLE "antiguo_v1"."{table.name}"')
    with PostgisStore(uri) as store:
        levels = check_upgraded(store, population, other)
        if fixture == "v3":
            assert {a: levels[a] for a in V3_LEVELS} == V3_LEVELS
        bands = store.count("poblacion_edad")
    assert bands == 3 * len(population) - (3 if fixture == "v3" else 0)
    with PostgisStore(uri) as store:  # a second opening finds nothing to do
        assert store.count("poblacion_edad") == bands
        import psycopg2

        with pytest.raises(psycopg2.errors.UniqueViolation):
            with store.transaction():
                store.connection.execute("INSERT INTO poblacion (ambito, nivel, anio, poblacion) "
                                         "SELECT ambito, nivel, anio, 1 FROM poblacion LIMIT 1")
    run("compute_indicators", {"EXPEDIENTE": uri, "PERIOD": "2024", "LEVEL": "localidad",
                               "INDICATORS": "densidad_poblacion", "OUTPUT": "TEMPORARY_OUTPUT"})
    with PostgisStore(uri) as store:
        assert store.count("medicion") > 0


def test_offices_opening_an_older_expediente_at_once_upgrade_it_once(tmp_path):
    """Several QGIS sessions open the same v3 file together: one upgrades, the others find it done."""
    import subprocess
    import sys

    from conftest import BUILD
    from pot_seguimiento.core import schema
    from pot_seguimiento.store import open_store

    path = tmp_path / "v3.gpkg"
    shutil.copy(V3, path)
    population, _ = old_rows(path)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from pot_seguimiento.store import open_store; "
            "store = open_store(sys.argv[2]); print(store.info['schema_version']); store.close()")
    processes = [subprocess.Popen([sys.executable, "-c", code, str(BUILD), str(path)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0] * 4, outputs
    assert [out.strip() for out, _ in outputs] == [str(schema.SCHEMA_VERSION)] * 4
    with open_store(str(path)) as store:
        assert store.count("poblacion") == len(population)
        assert store.count("poblacion_edad") == 3 * (len(population) - 1)
