"""Schema v5, heritage (issue 24): a v4 expediente opens on both backends with the heritage tables, empty and with
the rules the store enforces: inspections and their photos append-only, an inspection or a work names an asset that
exists, a work without a licence number says so."""
import shutil
import sqlite3

import pytest
import shapely
from test_schema_v4 import V3, restore_v3_postgis
from test_schema_v5 import V4, all_rows

HERITAGE = ("bien_patrimonial", "inspeccion_patrimonio", "foto_inspeccion", "zona_influencia_patrimonio",
            "intervencion_patrimonio", "actividad_tradicional", "experiencia")
ASSET = {"codigo": ["BIC-001"], "nombre": ["Casa de la Moneda"], "ambito": ["nacional"], "categoria": ["inmueble"],
         "tipo_propietario": ["publico"]}
INSPECTION = {"uuid": ["{7d1c}"], "version": [1], "bien": ["BIC-001"], "fecha_hora": ["2025-03-01T10:00:00"],
              "inspector": ["Ana"], "estado": ["malo"], "abandono": [True], "intervencion_sin_licencia": [False],
              "grafiti": [True], "cerramiento": [False]}


def heritage_rules_hold(store):
    """The rules of the heritage tables in an upgraded store (either backend)."""
    from pot_seguimiento.core import schema

    for name in HERITAGE:
        assert store.count(name) == 0
        data, _ = store.read(name, geometry=False)
        assert set(schema.table(name).field_names) <= set(data)
    point = shapely.Point(1000000, 1000000)
    with store.transaction():
        store.insert("bien_patrimonial", ASSET, [point])
        store.insert("inspeccion_patrimonio", INSPECTION, [point])
        store.insert("foto_inspeccion", {"inspeccion": ["{7d1c}"], "ruta": ["x/a.jpg"], "sha256": ["ab"],
                                         "bytes": [3]})
    for sql in ("UPDATE inspeccion_patrimonio SET estado = 'bueno'", "DELETE FROM inspeccion_patrimonio",
                "DELETE FROM foto_inspeccion"):
        with pytest.raises(Exception, match="(?i)append|adici|solo"):
            with store.transaction():
                store.connection.execute(sql)
    with pytest.raises(Exception, match="(?i)foreign|FOREIGN|llave|clave"):
        with store.transaction():
            store.insert("inspeccion_patrimonio", {**INSPECTION, "uuid": ["{otra}"], "bien": ["BIC-999"]}, [point])
    with pytest.raises(Exception, match="(?i)check|CHECK|licencia"):
        with store.transaction():
            store.insert("intervencion_patrimonio", {"bien": ["BIC-001"], "tipo": ["restauracion"],
                                                     "con_licencia": [True], "fecha_inicio": ["2025-01-10"],
                                                     "estado": ["en_ejecucion"]})
    assert store.count("inspeccion_patrimonio") == 1 and store.count("intervencion_patrimonio") == 0


def test_a_v4_geopackage_gets_the_heritage_tables_keeping_every_row(tmp_path):
    from pot_seguimiento.store import open_store

    path = tmp_path / "v4.gpkg"
    shutil.copy(V4, path)
    before = all_rows(path)
    with open_store(str(path)) as store:
        assert store.info["schema_version"] == "6"  # through v5, then v6
        heritage_rules_hold(store)
    after = all_rows(path)  # every row kept (their values: test_schema_v5, which knows the columns v5 adds)
    assert {t: len(rows) for t, rows in after.items() if t in before} == {t: len(rows) for t, rows in before.items()}
    with sqlite3.connect(path) as connection:
        kinds = dict(connection.execute("SELECT table_name, data_type FROM gpkg_contents"))
        geometry = dict(connection.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
    assert kinds["bien_patrimonial"] == "features" and geometry["bien_patrimonial"] == "POINT"
    assert geometry["zona_influencia_patrimonio"] == "MULTIPOLYGON" and kinds["experiencia"] == "attributes"


def test_a_postgis_expediente_upgrades_with_the_heritage_tables(postgres, tmp_path):
    from pot_seguimiento.store.postgis import PostgisStore

    path = tmp_path / "v3.gpkg"
    shutil.copy(V3, path)
    uri = restore_v3_postgis(postgres, "patrimonio_v5", path)
    with PostgisStore(uri) as store:
        assert store.info["schema_version"] == "6"  # through v5, then v6
        heritage_rules_hold(store)


def test_the_pemp_areas_of_bogota_zoning_become_influence_zones(run, empty_store):
    """The 11 polygons of the POT's zoning whose norm is a national BIC's PEMP, through the bogota_pemp preset;
    the other 1,130 areas of the same file stay out."""
    from osgeo import ogr

    from conftest import store_fingerprint
    from test_import_layer import AREAS_ACTIVIDAD

    dataset = ogr.Open(f"/vsizip/{AREAS_ACTIVIDAD}/AreaActividad.shp")  # kept: its layer dies with it
    source = dataset.GetLayer()
    source.SetAttributeFilter("CODIGO_ARE = 'PEMP'")
    pemp_area = sum(f.GetGeometryRef().GetArea() for f in source)  # CarMAGBOG metres
    results = run("import_layer", {"EXPEDIENTE": str(empty_store), "INPUT": AREAS_ACTIVIDAD, "PRESET": "bogota_pemp"})
    assert results["IMPORTED"] == 11 and results["REJECTED_COUNT"] == 0
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store:
        data, zones = store.read("zona_influencia_patrimonio")
        assert store.count("zonificacion") == 0
    assert set(data["tipo"]) == {"pemp"} and len(set(data["codigo"])) == 11
    assert all(c.startswith("PEMP-") for c in data["codigo"])
    assert shapely.area(zones).sum() == pytest.approx(pemp_area, rel=0.005)
    assert set(data["norma"]) == {"Decreto 555 de 2021"}
    before = store_fingerprint(empty_store)  # a second import of the same zones is refused whole
    with pytest.raises(Exception, match="codigo"):
        run("import_layer", {"EXPEDIENTE": str(empty_store), "INPUT": AREAS_ACTIVIDAD, "PRESET": "bogota_pemp"})
    assert store_fingerprint(empty_store) == before
