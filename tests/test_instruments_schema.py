"""Schema v5, the observatory of instruments (issue 23): its tables on both backends, with the rules the database
itself holds (land ceded has its polygon and is in m², money in COP, receipts and investment append-only, an
investment row of a project or an action), and a v4 expediente that gains them empty, keeping every row."""
import shutil
import sqlite3

import pytest
import shapely
from conftest import ROOT

V4 = ROOT / "tests" / "data" / "expediente_v4.gpkg"
TABLES = ("instrumento", "obligacion_urbanistica", "recaudo_obligacion", "actuacion", "inversion")


def _fill(store):
    """An instrument with one obligation of each type, a receipt, an action and an investment row."""
    square = shapely.MultiPolygon([shapely.box(0, 0, 100, 100)])
    with store.transaction():
        store.insert("programa", {"codigo": ["P-OBS"], "nombre": ["Movilidad"]})
        store.insert("proyecto", {"codigo": ["VIA-OBS"], "nombre": ["Avenida"], "programa": ["P-OBS"],
                                  "entidad": ["IDU"], "horizonte": ["corto"], "anio_inicio": [2024], "anio_fin": [2027],
                                  "meta_descripcion": ["km"], "meta_unidad": ["km"], "meta_cantidad": [2.0],
                                  "presupuesto": [1e9]}, [square])
        store.insert("instrumento", {"codigo": ["PP1"], "nombre": ["Plan parcial El Lago"], "tipo": ["plan_parcial"],
                                     "estado": ["en_ejecucion"], "promotor": ["Constructora S.A.S."],
                                     "tipo_promotor": ["persona_juridica"]}, [square])
        store.insert("obligacion_urbanistica", {
            "codigo": ["PP1-S", "PP1-D", "PP1-E"], "instrumento": ["PP1"] * 3, "tipo": ["suelo", "dinero", "especie"],
            "destino": ["espacio_publico", "vias", "equipamiento"], "cantidad": [5000.0, 2e9, 1.0],
            "unidad": ["m2", "cop", "unidades"], "fecha_limite": ["2026-12-31"] * 3},
            [square, None, None])
        store.insert("recaudo_obligacion", {"obligacion": ["PP1-D"], "fecha": ["2025-03-01"], "cantidad": [5e8],
                                            "referencia": ["REC-1"], "proyecto_destino": ["VIA-OBS"]})
        store.insert("actuacion", {"codigo": ["OC1"], "nombre": ["Parque comunal"], "tipo": ["obra_comunitaria"]},
                     [shapely.Point(50, 50)])
        store.insert("inversion", {"proyecto": ["VIA-OBS", None], "actuacion": [None, "OC1"], "anio": [2025, 2025],
                                   "fuente": ["publica", "colaborativa"], "valor": [3e8, 2e7]})


def _refusals(store):
    """Each statement the database must refuse, with what it breaks."""
    c = store.connection
    return {
        "suelo sin geometría": lambda: c.execute(
            "INSERT INTO obligacion_urbanistica (codigo, instrumento, tipo, destino, cantidad, unidad) "
            "VALUES ('X', 'PP1', 'suelo', 'vias', 10, 'm2')"),
        "dinero en m²": lambda: c.execute(
            "INSERT INTO obligacion_urbanistica (codigo, instrumento, tipo, destino, cantidad, unidad) "
            "VALUES ('Y', 'PP1', 'dinero', 'vias', 10, 'm2')"),
        "inversión de proyecto y actuación": lambda: c.execute(
            "INSERT INTO inversion (proyecto, actuacion, anio, fuente, valor) VALUES ('VIA-OBS', 'OC1', 2025, "
            "'publica', 1)"),
        "inversión de nada": lambda: c.execute(
            "INSERT INTO inversion (anio, fuente, valor) VALUES (2025, 'publica', 1)"),
        "fuente desconocida": lambda: c.execute(
            "INSERT INTO inversion (proyecto, anio, fuente, valor) VALUES ('VIA-OBS', 2025, 'loteria', 1)"),
        "valor negativo": lambda: c.execute(
            "INSERT INTO inversion (proyecto, anio, fuente, valor) VALUES ('VIA-OBS', 2025, 'publica', -1)"),
        "recaudo de obligación desconocida": lambda: c.execute(
            "INSERT INTO recaudo_obligacion (obligacion, fecha, cantidad, referencia) VALUES ('NO', '2025-01-01', "
            "1, 'R')"),
        "recaudo corregido en sitio": lambda: c.execute("UPDATE recaudo_obligacion SET cantidad = 1"),
        "inversión borrada": lambda: c.execute("DELETE FROM inversion"),
    }


def _check_refusals(store):
    for name, statement in _refusals(store).items():
        with pytest.raises(Exception, match="(?i)constraint|check|solo adición|foreign|violates|null"):
            with store.transaction():
                statement()
        assert (store.count("recaudo_obligacion"), store.count("inversion")) == (1, 2), name


def test_a_new_geopackage_has_the_tables_and_refuses_what_they_forbid(empty_store):
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store:
        _fill(store)
        _check_refusals(store)
        assert store.count("obligacion_urbanistica") == 3


def test_a_new_postgis_expediente_has_the_tables_and_refuses_what_they_forbid(postgres):
    from pot_seguimiento.store.postgis import PostgisStore

    with PostgisStore.create(postgres.uri("instrumentos")) as store:
        _fill(store)
        _check_refusals(store)
        assert store.count("obligacion_urbanistica") == 3


def test_a_v4_expediente_gains_the_tables_empty_and_keeps_every_row(tmp_path):
    from pot_seguimiento.store import open_store
    from test_schema_v5 import all_rows

    path = tmp_path / "v4.gpkg"
    shutil.copy(V4, path)
    before = all_rows(path)
    with open_store(str(path)) as store:
        assert store.info["schema_version"] == "6"  # through v5, then v6
        assert [store.count(t) for t in TABLES] == [0] * 5
        _fill(store)  # and they work: keys to the v4 projects' table included
    after = all_rows(path)
    # (test_schema_v5 checks the rows the upgrade keeps, and other issues' steps of it, value by value.)
    assert {t: len(rows) for t, rows in after.items() if t in before and t not in ("programa", "proyecto")} == \
        {t: len(rows) for t, rows in before.items() if t not in ("programa", "proyecto")}
    assert after["proyecto"][:len(before["proyecto"])] == before["proyecto"]
    with sqlite3.connect(path) as connection:  # QGIS sees them as layers of the GeoPackage
        kinds = dict(connection.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert {t: kinds[t] for t in TABLES} == {
        "instrumento": "features", "obligacion_urbanistica": "features", "recaudo_obligacion": "attributes",
        "actuacion": "features", "inversion": "attributes"}
