"""migrate_expediente: GeoPackage → PostGIS → GeoPackage on a real server, nothing lost."""
import hashlib
import pathlib
import shutil
import sqlite3

import pytest
from qgis.core import QgsProcessingException

from test_field_control import V1_FIXTURE


def v1_copy(folder):
    """A copy of the v1 fixture: opening an expediente upgrades it in place, and the fixture must stay v1."""
    path = folder / "v1_copia.gpkg"
    if not path.exists():
        shutil.copy(V1_FIXTURE, path)
    return str(path)


def rows(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()


@pytest.fixture(scope="module")
def demo_in_postgis(run, demo_store, postgres):
    uri = postgres.uri("demo")
    results = run("migrate_expediente", {"INPUT": str(demo_store), "OUTPUT": uri})
    return uri, results


def test_a_demo_goes_to_postgis_and_back_unchanged(run, demo_store, demo_in_postgis, tmp_path):
    from pot_seguimiento.core import schema

    uri, results = demo_in_postgis
    back = tmp_path / "copia.gpkg"
    again = run("migrate_expediente", {"INPUT": uri, "OUTPUT": str(back)})
    assert results["ROWS"] == again["ROWS"] > 100_000
    assert results["CHECKSUMS"] == again["CHECKSUMS"]  # the same rows and digests each way
    for table in schema.TABLES:  # and the file itself holds the same rows as the original
        assert rows(back, table.name) == rows(demo_store, table.name), table.name


def test_postgis_enforces_the_schema_and_the_history(demo_in_postgis):
    import psycopg2

    from pot_seguimiento.store.postgis import connection_settings

    uri, _ = demo_in_postgis
    dsn, _ = connection_settings(uri)
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM demo.avance")
        assert cursor.fetchone()[0] > 100
        for statement, message in (("UPDATE demo.avance SET avance_fisico = 0", "solo adición"),
                                   ("DELETE FROM demo.visita", "solo adición"),
                                   ("UPDATE demo.amenaza SET nivel = 'altisima'", "check"),
                                   ("INSERT INTO demo.proyecto (codigo, nombre, programa, entidad, horizonte, "
                                    "anio_inicio, anio_fin, meta_descripcion, meta_unidad, meta_cantidad) VALUES "
                                    "('X', 'x', 'NO-EXISTE', 'e', 'corto', 2024, 2025, 'm', 'u', 1)", "foreign key")):
            with pytest.raises(psycopg2.Error, match=message):
                cursor.execute(statement)
            connection.rollback()
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = 'demo' AND indexname = 'predio_geom_gist'")
        assert "gist" in cursor.fetchone()[0]


def test_a_non_empty_destination_is_refused_unless_replace(run, demo_in_postgis, tmp_path):
    uri, _ = demo_in_postgis
    with pytest.raises(QgsProcessingException, match="ya contiene un expediente"):
        run("migrate_expediente", {"INPUT": v1_copy(tmp_path), "OUTPUT": uri})
    target = tmp_path / "destino.gpkg"
    shutil.copy(V1_FIXTURE, target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="ya contiene un expediente"):
        run("migrate_expediente", {"INPUT": uri, "OUTPUT": str(target)})
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_replace_swaps_the_whole_expediente(run, postgres, tmp_path):
    uri = postgres.uri("reemplazo")
    v1 = tmp_path / "v1.gpkg"
    shutil.copy(V1_FIXTURE, v1)  # migrated to schema v2 when opened
    first = run("migrate_expediente", {"INPUT": str(v1), "OUTPUT": uri})
    second = run("migrate_expediente", {"INPUT": str(v1), "OUTPUT": uri, "REPLACE": True})
    assert first["CHECKSUMS"] == second["CHECKSUMS"] and first["ROWS"] == second["ROWS"]


def test_hostile_text_is_stored_as_data(run, postgres, tmp_path):
    from pot_seguimiento.store import open_store

    path = tmp_path / "hostil.gpkg"
    run("create_expediente", {"OUTPUT": str(path), "MUNICIPALITY": "San José'; DROP SCHEMA pot CASCADE; --"})
    hostile = ["'; DROP TABLE avance; --", 'comillas "dobles" y \\ barra', "ñandú ☂ <script>x</script>"]
    with open_store(str(path)) as store, store.transaction():
        store.insert("programa", {"codigo": hostile, "nombre": hostile})
    uri = postgres.uri("hostil")
    run("migrate_expediente", {"INPUT": str(path), "OUTPUT": uri})
    back = tmp_path / "vuelta.gpkg"
    run("migrate_expediente", {"INPUT": uri, "OUTPUT": str(back)})
    assert [r[1] for r in rows(back, "programa")] == hostile
    with sqlite3.connect(back) as connection:
        assert dict(connection.execute("SELECT clave, valor FROM expediente"))["municipio"].startswith("San José'")


def test_a_bad_connection_says_why_without_the_password(run, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run("migrate_expediente", {"INPUT": v1_copy(tmp_path),
                                   "OUTPUT": "postgresql://pot:secreto123@127.0.0.1:1/nada?schema=pot"})
    assert "PostgreSQL" in str(error.value) and "secreto123" not in str(error.value)


def test_create_expediente_on_postgis(run, postgres):
    import psycopg2

    from pot_seguimiento.core import schema
    from pot_seguimiento.store.postgis import PostgisStore, connection_settings

    uri = postgres.uri("nuevo")
    run("create_expediente", {"OUTPUT": uri, "MUNICIPALITY": "Bogotá D.C.", "DANE_CODE": "11001"})
    with PostgisStore(uri) as store:
        assert store.info["schema_version"] == str(schema.SCHEMA_VERSION) and store.info["crs"] == "EPSG:9377"
    with psycopg2.connect(connection_settings(uri)[0]) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'nuevo'")
        assert cursor.fetchone()[0] == len(schema.TABLES) + 1  # and the expediente record
    with pytest.raises(QgsProcessingException, match="ya contiene un expediente"):
        run("create_expediente", {"OUTPUT": uri})


def test_a_connection_saved_in_qgis_can_be_named(run, postgres, tmp_path):
    from qgis.core import QgsProviderRegistry

    from pot_seguimiento.store.postgis import PostgisStore

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(
        f"dbname='expediente' host=127.0.0.1 port={postgres.port} user='pot_test'", {"saveUsername": True})
    metadata.saveConnection(connection, "Planeación (pruebas)")
    try:
        run("migrate_expediente", {"INPUT": v1_copy(tmp_path), "OUTPUT": "Planeación (pruebas)?schema=guardada"})
    finally:
        metadata.deleteConnection("Planeación (pruebas)")  # leave the user's settings as they were
    with PostgisStore(postgres.uri("guardada")) as store:
        assert store.info["municipio"] == "San Isidro del Llano (demo)"


class CrashAt:
    """A feedback that makes the server go away once the copy reaches `table`."""

    def __init__(self, cluster, table):
        from qgis.core import QgsProcessingFeedback

        outer = self

        class Feedback(QgsProcessingFeedback):
            def setProgressText(self, text):  # noqa: N802
                super().setProgressText(text)
                if text == table and not outer.crashed:
                    outer.crashed = True
                    cluster.crash()

        self.crashed = False
        self.feedback = Feedback()


def test_a_server_that_goes_away_mid_copy_leaves_the_expediente_as_it_was(run, postgres, tmp_path):
    from pot_seguimiento.store.postgis import PostgisStore

    uri = postgres.uri("caida")
    v1 = tmp_path / "v1.gpkg"
    shutil.copy(V1_FIXTURE, v1)
    first = run("migrate_expediente", {"INPUT": str(v1), "OUTPUT": uri})
    crash = CrashAt(postgres, "predio")
    try:
        with pytest.raises(QgsProcessingException, match="Se perdió la conexión"):
            run("migrate_expediente", {"INPUT": str(v1), "OUTPUT": uri, "REPLACE": True}, feedback=crash.feedback)
    finally:
        postgres.start()
    assert crash.crashed
    with PostgisStore(uri) as store:  # the expediente that was there is whole
        data, _ = store.read("avance")
        assert len(data["fid"]) == 189
    again = run("migrate_expediente", {"INPUT": str(v1), "OUTPUT": uri, "REPLACE": True})  # and the next call works
    assert again["CHECKSUMS"] == first["CHECKSUMS"]


def test_an_older_postgis_expediente_is_brought_up_to_date_keeping_its_rows(run, postgres, tmp_path):
    """A schema-v1 expediente on the server (as v1 would have written it: no field-control tables)."""
    import psycopg2

    from pot_seguimiento.core import schema
    from pot_seguimiento.store.postgis import PostgisStore, connection_settings
    from test_schema_v4 import restore_v3_postgis

    uri = restore_v3_postgis(postgres, "antiguo", pathlib.Path(v1_copy(tmp_path)))
    with psycopg2.connect(connection_settings(uri)[0]) as connection, connection.cursor() as cursor:
        for table in reversed(schema.FIELD_CONTROL_TABLES + schema.EVALUATION_TABLES):
            cursor.execute(f'DROP TABLE antiguo."{table.name}"')
        cursor.execute("SELECT valor FROM antiguo.expediente WHERE clave = 'schema_version'")
        assert cursor.fetchone()[0] == "1"
        cursor.execute("SELECT count(*) FROM antiguo.avance")
        reports = cursor.fetchone()[0]
    with PostgisStore(uri) as store:
        assert store.info["schema_version"] == str(schema.SCHEMA_VERSION) and store.expediente_id
        assert store.count("avance") == reports and store.count("visita") == 0
    run("detect_occupation_alerts", {"EXPEDIENTE": uri, "FROM_YEAR": 2018, "TO_YEAR": 2024,
                                     "DETECTION_DATE": "2025-01-15", "OUTPUT": "TEMPORARY_OUTPUT"})
    with PostgisStore(uri) as store:
        assert store.count("alerta_ocupacion") > 0
