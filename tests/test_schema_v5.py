"""Schema v5: an expediente written by release 0.4 (schema v4) opens on both backends keeping every row, and the
entities its tables name by name are registered in `entidad`, once."""
import shutil
import sqlite3

import pytest
from conftest import ROOT
from test_schema_v4 import V3, old_rows, restore_v3_postgis

V4 = ROOT / "tests" / "data" / "expediente_v4.gpkg"  # release 0.4 (schema v4): the v3 fixture as 0.4 upgraded it
ENTITY_QUERY = ("SELECT DISTINCT entidad FROM proyecto UNION SELECT DISTINCT entidad FROM accion_control "
                "UNION SELECT DISTINCT entidad FROM documento WHERE entidad IS NOT NULL")


def all_rows(path):
    """Every row of every table of a GeoPackage expediente, by table."""
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute("SELECT table_name FROM gpkg_contents")]
        return {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


def test_the_fixture_is_what_release_0_4_wrote():
    with sqlite3.connect(V4) as connection:
        assert dict(connection.execute("SELECT clave, valor FROM expediente"))["schema_version"] == "4"
        assert not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'entidad'").fetchone()


def test_a_v4_geopackage_upgrades_to_v5_keeping_every_row_and_registering_its_entities(tmp_path):
    from pot_seguimiento.store import open_store

    path = tmp_path / "v4.gpkg"
    shutil.copy(V4, path)
    before = all_rows(path)
    with sqlite3.connect(path) as connection:
        names = {name for (name,) in connection.execute(ENTITY_QUERY)}
    assert len(names) == 19  # the executing entities of its projects and the planning office of its archive
    with open_store(str(path)) as store:
        assert store.info["schema_version"] == "5"
        entities = store.dicts("SELECT codigo, nombre FROM entidad ORDER BY codigo")
    assert {e["nombre"] for e in entities} == names
    assert {"codigo": "secretaria_de_ambiente", "nombre": "Secretaría de Ambiente"} in entities
    after = all_rows(path)
    assert {t: rows for t, rows in after.items() if t in before and t != "expediente"} == \
        {t: rows for t, rows in before.items() if t != "expediente"}
    with open_store(str(path)) as store:  # a second opening finds nothing to do
        assert store.count("entidad") == len(names)


def test_an_entity_name_added_later_gets_a_code_that_does_not_clash(tmp_path):
    from pot_seguimiento.store import open_store
    from pot_seguimiento.store.schema_upgrades import register_entities_in_use

    path = tmp_path / "v4.gpkg"
    shutil.copy(V4, path)
    with open_store(str(path)) as store, store.transaction():
        store.connection.execute("UPDATE proyecto SET entidad = 'SECRETARÍA DE AMBIENTE' WHERE fid = "
                                 "(SELECT min(fid) FROM proyecto)")  # the same code once made plain
        assert register_entities_in_use(store) == 1
        assert store.dicts("SELECT codigo FROM entidad WHERE nombre = 'SECRETARÍA DE AMBIENTE'") == \
            [{"codigo": "secretaria_de_ambiente_2"}]
        assert register_entities_in_use(store) == 0


def test_a_postgis_expediente_upgrades_through_v5_registering_its_entities(postgres, tmp_path):
    """The v3 PostGIS expediente of test_schema_v4 goes through v4 and v5 in one opening."""
    from pot_seguimiento.store.postgis import PostgisStore

    path = tmp_path / "v3.gpkg"
    shutil.copy(V3, path)
    _, other = old_rows(path)
    with sqlite3.connect(path) as connection:
        names = {name for (name,) in connection.execute(ENTITY_QUERY)}
    uri = restore_v3_postgis(postgres, "antiguo_v5", path)
    with PostgisStore(uri) as store:
        assert store.info["schema_version"] == "5"
        assert {r["nombre"] for r in store.dicts("SELECT nombre FROM entidad")} == names
        assert store.count("proyecto") == other["proyecto"]
        with pytest.raises(Exception, match="(?i)unique|duplicate"):
            with store.transaction():
                store.connection.execute("INSERT INTO entidad (codigo, nombre) VALUES ('otra', ?)",
                                         (sorted(names)[0],))
