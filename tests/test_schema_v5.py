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
        assert store.info["schema_version"] == "6"  # through v5, then v6
        entities = store.dicts("SELECT codigo, nombre FROM entidad ORDER BY codigo")
    assert {e["nombre"] for e in entities} == names
    assert {"codigo": "secretaria_de_ambiente", "nombre": "Secretaría de Ambiente"} in entities
    after = all_rows(path)
    changed = ("expediente", "equipamiento")  # equipamiento gains fields (test_facilities_…)
    assert {t: rows for t, rows in after.items() if t in before and t not in changed} == \
        {t: rows for t, rows in before.items() if t not in changed}
    assert [row[:6] for row in after["equipamiento"]] == before["equipamiento"]
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
        assert store.info["schema_version"] == "6"  # through v5, then v6
        assert {r["nombre"] for r in store.dicts("SELECT nombre FROM entidad")} == names
        assert store.count("proyecto") == other["proyecto"]
        with pytest.raises(Exception, match="(?i)unique|duplicate"):
            with store.transaction():
                store.connection.execute("INSERT INTO entidad (codigo, nombre) VALUES ('otra', ?)",
                                         (sorted(names)[0],))


def _spoil_facility_codes(connection):
    """Codes as old expedientes may hold them: one missing, one repeated (an import without codes, a copy-paste)."""
    from pot_seguimiento.store import geometry_blob

    geometry_blob.register_sql_functions(connection)  # the R-tree triggers use ST_ functions
    connection.execute("UPDATE equipamiento SET codigo = NULL WHERE fid = 2")
    connection.execute("UPDATE equipamiento SET codigo = 'EDU0001' WHERE fid = 3")


def test_facilities_get_required_unique_codes_real_capacity_and_the_observatory_fields(tmp_path):
    """v5's equipamiento: a code for every row (kept where it had a unique one), capacity a real number, state
    'operando' for the facilities it had; every row, point and value kept; the rebuilt table keeps its R-tree."""
    from pot_seguimiento.store import open_store

    path = tmp_path / "v4.gpkg"
    shutil.copy(V4, path)
    with sqlite3.connect(path) as connection:
        _spoil_facility_codes(connection)
        before = connection.execute("SELECT fid, geom, nombre, sector, capacidad FROM equipamiento "
                                    "ORDER BY fid").fetchall()
    with open_store(str(path)) as store:
        rows = store.dicts("SELECT fid, codigo, capacidad, estado, unidad_capacidad FROM equipamiento ORDER BY fid")
        with pytest.raises(Exception, match="(?i)unique"):
            with store.transaction():
                store.connection.execute("UPDATE equipamiento SET codigo = 'EDU0001' WHERE fid = 4")
        with pytest.raises(Exception, match="(?i)not null"):
            with store.transaction():
                store.connection.execute("UPDATE equipamiento SET codigo = NULL WHERE fid = 4")
        with store.transaction():  # capacity is a real number now (m², a half-time place)
            store.connection.execute("UPDATE equipamiento SET capacidad = 12.5 WHERE fid = 4")
        _, points = store.read_in_box("equipamiento", (-1e12, -1e12, 1e12, 1e12))
        reports = store.count("reporte_equipamiento")
    assert [r["codigo"] for r in rows[:4]] == ["EDU0001", "EQ-2", "EQ-3", "SAL0001"]
    assert len({r["codigo"] for r in rows}) == len(rows) == 21
    assert {r["estado"] for r in rows} == {"operando"} and {r["unidad_capacidad"] for r in rows} == {None}
    assert [r["capacidad"] for r in rows] == [row[4] for row in before]
    assert len(points) == 21 and reports == 0  # the R-tree answers for every point
    with sqlite3.connect(path) as connection:
        after = connection.execute("SELECT fid, geom, nombre, sector FROM equipamiento ORDER BY fid").fetchall()
        assert connection.execute("SELECT capacidad FROM equipamiento WHERE fid = 4").fetchone() == (12.5,)
        assert connection.execute("SELECT count(*) FROM rtree_equipamiento_geom").fetchone() == (21,)
    assert after == [row[:4] for row in before]


def test_facility_codes_made_by_the_upgrade_never_clash():
    from pot_seguimiento.store.schema_upgrades import facility_codes

    assert facility_codes([3, 1, 2, 4], ["A", "A", None, "EQ-2"]) == ["EQ-3", "A", "EQ-2-2", "EQ-2"]
    assert facility_codes([1, 2], ["  B ", "B"]) == ["B", "EQ-2"]


def test_a_postgis_expediente_upgrades_its_facilities_to_v5(postgres, tmp_path):
    from pot_seguimiento.store.postgis import PostgisStore

    path = tmp_path / "v3.gpkg"
    shutil.copy(V3, path)
    with sqlite3.connect(path) as connection:
        _spoil_facility_codes(connection)
        before = connection.execute("SELECT fid, nombre, capacidad FROM equipamiento ORDER BY fid").fetchall()
    uri = restore_v3_postgis(postgres, "antiguo_eq_v5", path)
    with PostgisStore(uri) as store:
        rows = store.dicts("SELECT fid, codigo, nombre, capacidad, estado FROM equipamiento ORDER BY fid")
        kind = store.dicts("SELECT data_type FROM information_schema.columns WHERE table_schema = 'antiguo_eq_v5' "
                           "AND table_name = 'equipamiento' AND column_name = 'capacidad'")
        with pytest.raises(Exception, match="(?i)unique|duplicate"):
            with store.transaction():
                store.connection.execute("UPDATE equipamiento SET codigo = 'EDU0001' WHERE fid = 4")
        with store.transaction():
            store.insert("reporte_equipamiento", {"equipamiento": ["EQ-2"], "periodo": ["2025-S1"],
                                                  "fecha_corte": ["2025-06-30"], "usuarios": [40]})
    assert [(r["fid"], r["nombre"], r["capacidad"]) for r in rows] == before
    assert [r["codigo"] for r in rows[:3]] == ["EDU0001", "EQ-2", "EQ-3"]
    assert {r["estado"] for r in rows} == {"operando"} and kind == [{"data_type": "double precision"}]
