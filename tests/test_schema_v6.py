"""Schema v6: an expediente written by release v5 opens on both backends keeping every row, and gains the street
network (`via`).

tests/data/expediente_v5.gpkg is the demo as release v5 wrote it (generate_demo, LOTS 300, SEED 5, main at 14b4613);
tests/data/expediente_v5_postgis.sql is `pg_dump --schema-only` of PostgisStore.create at that commit."""
import shutil
import sqlite3

import pytest
import shapely
from conftest import ROOT
from test_schema_v4 import restore_v3_postgis
from test_schema_v5 import all_rows

V5 = ROOT / "tests" / "data" / "expediente_v5.gpkg"
V5_POSTGIS = ROOT / "tests" / "data" / "expediente_v5_postgis.sql"


def test_the_fixture_is_what_release_v5_wrote():
    with sqlite3.connect(V5) as connection:
        assert dict(connection.execute("SELECT clave, valor FROM expediente"))["schema_version"] == "5"
        assert not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'via'").fetchone()
        assert connection.execute("SELECT count(*) FROM reporte_equipamiento").fetchone()[0] == 84
        assert connection.execute("SELECT count(*) FROM poblacion_edad").fetchone()[0] == 2992


def test_a_v5_geopackage_upgrades_to_v6_keeping_every_row(tmp_path):
    from pot_seguimiento.store import open_store

    path = tmp_path / "v5.gpkg"
    shutil.copy(V5, path)
    before = all_rows(path)
    with open_store(str(path)) as store:
        assert store.info["schema_version"] == "6"
        assert store.count("via") == 0
        with store.transaction():  # the new table takes a street, a LineString promoted to its column's type
            store.insert("via", {"codigo": ["V1"], "nombre": ["Calle 1"], "tipo": ["local"]},
                         [shapely.LineString([(4_880_000, 2_070_000), (4_880_100, 2_070_000)])])
        _, streets = store.read("via")
    assert streets[0].geom_type == "MultiLineString" and streets[0].length == pytest.approx(100)
    after = all_rows(path)
    assert {t: rows for t, rows in after.items() if t in before and t != "expediente"} == \
        {t: rows for t, rows in before.items() if t != "expediente"}
    with open_store(str(path)) as store:  # a second opening finds nothing to do
        assert store.count("via") == 1


def test_a_v5_postgis_expediente_upgrades_to_v6_keeping_every_row(postgres, tmp_path):
    """The tables release v5 made in PostGIS, filled with the v5 fixture's rows, opened by this plugin."""
    from pot_seguimiento.store.postgis import PostgisStore

    path = tmp_path / "v5.gpkg"
    shutil.copy(V5, path)
    before = all_rows(path)
    uri = restore_v3_postgis(postgres, "antiguo_v5", path, dump=V5_POSTGIS, dump_schema="v5")
    with PostgisStore(uri) as store:
        assert store.info["schema_version"] == "6"
        counts = {t: store.count(t) for t in before if t != "expediente"}
        facilities = store.dicts("SELECT codigo, nombre, capacidad, estado FROM equipamiento ORDER BY fid")
        with store.transaction():
            store.insert("via", {"tipo": ["arterial"]},
                         [shapely.LineString([(4_880_000, 2_070_000), (4_880_000, 2_070_250)])])
        assert store.count("via") == 1
    assert counts == {t: len(rows) for t, rows in before.items() if t != "expediente"}
    assert [tuple(f.values()) for f in facilities] == \
        [(row[2], row[3], row[5], row[7]) for row in before["equipamiento"]]
