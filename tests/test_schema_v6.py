"""Schema v6: an expediente written by release v5 opens on both backends keeping every row, and gains the street
network (`via`) and users by declared age band (`reporte_equipamiento_edad`), which the v5 report's fixed columns of
users by life-course group become (the columns are dropped).

tests/data/expediente_v5.gpkg is the demo as release v5 wrote it (generate_demo, LOTS 300, SEED 5, main 14b4613);
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
V5_AGES = (("usuarios_0_5", 0, 5), ("usuarios_6_11", 6, 11), ("usuarios_12_17", 12, 17), ("usuarios_18_28", 18, 28),
           ("usuarios_29_59", 29, 59), ("usuarios_60_mas", 60, None))
REPORT_COLUMNS = ("fid", "equipamiento", "periodo", "fecha_corte", "capacidad", "capacidad_en_uso", "usuarios",
                  "usuarios_mujeres", "usuarios_hombres", "observaciones", "reportado_por", "registrado_en",
                  "reemplaza")


def v5_reports(path):
    """(the v5 reports' other columns, the band rows their age columns hold: (fid, desde, hasta, users))."""
    with sqlite3.connect(path) as connection:
        reports = connection.execute(f"SELECT {', '.join(REPORT_COLUMNS)} FROM reporte_equipamiento "
                                     "ORDER BY fid").fetchall()
        ages = connection.execute(f"SELECT fid, {', '.join(n for n, _, _ in V5_AGES)} FROM reporte_equipamiento "
                                  "ORDER BY fid").fetchall()
    bands = [(fid, desde, hasta, value) for fid, *values in ages
             for value, (_, desde, hasta) in zip(values, V5_AGES) if value is not None]
    return reports, bands


def check_reports(store, reports, bands):
    """Every report with its fid and values; its users by life-course group as band rows; the old columns gone."""
    assert [tuple(r.values()) for r in store.dicts(
        f"SELECT {', '.join(REPORT_COLUMNS)} FROM reporte_equipamiento ORDER BY fid")] == reports
    assert [tuple(r.values()) for r in store.dicts(
        "SELECT reporte, edad_desde, edad_hasta, usuarios FROM reporte_equipamiento_edad "
        "ORDER BY reporte, edad_desde")] == bands
    columns = store.dicts("SELECT * FROM reporte_equipamiento LIMIT 1")[0]
    assert not {name for name, _, _ in V5_AGES} & set(columns)


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
    reports, bands = v5_reports(path)
    assert len(bands) == 84 * 6  # every v5 demo report gave all six groups (zeros included)
    with open_store(str(path)) as store:
        assert store.info["schema_version"] == "6"
        assert store.count("via") == 0
        check_reports(store, reports, bands)
        with store.transaction():  # the new table takes a street, a LineString promoted to its column's type
            store.insert("via", {"codigo": ["V1"], "nombre": ["Calle 1"], "tipo": ["local"]},
                         [shapely.LineString([(4_880_000, 2_070_000), (4_880_100, 2_070_000)])])
        _, streets = store.read("via")
    assert streets[0].geom_type == "MultiLineString" and streets[0].length == pytest.approx(100)
    after = all_rows(path)
    changed = ("expediente", "reporte_equipamiento")  # its age columns are rows now (check_reports)
    assert {t: rows for t, rows in after.items() if t in before and t not in changed} == \
        {t: rows for t, rows in before.items() if t not in changed}
    with open_store(str(path)) as store:  # a second opening finds nothing to do
        assert store.count("via") == 1


def test_a_v5_postgis_expediente_upgrades_to_v6_keeping_every_row(postgres, tmp_path):
    """The tables release v5 made in PostGIS, filled with the v5 fixture's rows, opened by this plugin."""
    from pot_seguimiento.store.postgis import PostgisStore

    path = tmp_path / "v5.gpkg"
    shutil.copy(V5, path)
    before = all_rows(path)
    reports, bands = v5_reports(path)
    uri = restore_v3_postgis(postgres, "release_v5", path, dump=V5_POSTGIS, dump_schema="v5")
    with PostgisStore(uri) as store:
        assert store.info["schema_version"] == "6"
        check_reports(store, reports, bands)
        counts = {t: store.count(t) for t in before if t != "expediente"}
        facilities = store.dicts("SELECT codigo, nombre, capacidad, estado FROM equipamiento ORDER BY fid")
        with store.transaction():
            store.insert("via", {"tipo": ["arterial"]},
                         [shapely.LineString([(4_880_000, 2_070_000), (4_880_000, 2_070_250)])])
        assert store.count("via") == 1
    assert counts == {t: len(rows) for t, rows in before.items() if t != "expediente"}
    assert [tuple(f.values()) for f in facilities] == \
        [(row[2], row[3], row[5], row[7]) for row in before["equipamiento"]]
