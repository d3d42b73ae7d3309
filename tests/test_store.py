"""create_expediente and the store: schema v1, constraints, indexes, version record."""
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from conftest import store_fingerprint


def test_create_expediente_has_every_table_of_schema_v1(empty_store):
    from pot_seguimiento.core import schema

    layers = {}
    for table in schema.TABLES:
        layer = QgsVectorLayer(f"{empty_store}|layername={table.name}", table.name, "ogr")
        assert layer.isValid(), table.name
        assert set(table.field_names) <= set(layer.fields().names()), table.name
        layers[table.name] = layer
    assert layers["predio"].crs().authid() == "EPSG:9377"
    assert layers["predio"].wkbType() == QgsWkbTypes.MultiPolygon
    assert layers["equipamiento"].wkbType() == QgsWkbTypes.Point
    assert layers["avance"].wkbType() == QgsWkbTypes.NoGeometry


def test_store_records_schema_version_and_municipality(empty_store):
    with sqlite3.connect(empty_store) as connection:
        info = dict(connection.execute("SELECT clave, valor FROM expediente"))
    assert info["schema_version"] == "6"
    assert len(info["expediente_id"]) == 36  # a uuid: field packages name the expediente they belong to
    assert info["municipio"] == "Bogotá D.C."
    assert info["codigo_dane"] == "11001"
    assert info["crs"] == "EPSG:9377"


def test_spatial_tables_have_rtree_indexes(empty_store):
    with sqlite3.connect(empty_store) as connection:
        indexed = {row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'")}
        rtrees = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'rtree_%_geom'")}
    assert {"predio", "manzana", "unidad_territorial", "proyecto", "equipamiento", "huella"} <= indexed
    assert {f"rtree_{t}_geom" for t in indexed} == rtrees


def test_an_expediente_without_lots_reads_empty_lot_columns(empty_store):
    """Indicators on an expediente of units and population only (no cadastre) read the lots first: every
    column must be there, empty (GDAL 3.10 streams no batch at all for an empty result; this was a KeyError)."""
    import numpy as np
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store:
        with_boxes, values_only = store.lot_columns(2024), store.lot_columns(2024, boxes=False)
    assert set(with_boxes) == {"fid", "area", "minx", "miny", "maxx", "maxy", "valor"}
    assert set(values_only) == {"fid", "valor"}
    for columns in (with_boxes, values_only):
        assert all(len(values) == 0 for values in columns.values())
        assert columns["fid"].dtype == np.int64


@pytest.mark.parametrize("sql, params", [
    ("INSERT INTO amenaza (fenomeno, nivel) VALUES (?, ?)", ("remocion_masa", "altísima")),
    ("INSERT INTO predio (codigo, area_terreno) VALUES (?, ?)", ("P1", "mucha")),
    ("INSERT INTO predio (codigo, area_terreno) VALUES (?, ?)", ("P1", -5)),
    ("INSERT INTO programa (codigo, nombre) VALUES (?, ?)", (None, "sin código")),
    ("INSERT INTO avance (proyecto, periodo, fecha_corte, avance_fisico, estado_reportado) "
     "VALUES (?, ?, ?, ?, ?)", ("X", "2025-S3", "2025-06-30", 1, "en_ejecucion")),
])
def test_database_refuses_bad_values(empty_store, sql, params):
    from pot_seguimiento.store.gpkg import _connect

    connection = _connect(str(empty_store))
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute(sql, params)
    connection.close()


def test_duplicate_codes_are_refused_by_the_database(empty_store):
    with sqlite3.connect(empty_store) as connection:
        connection.execute("INSERT INTO programa (codigo, nombre) VALUES ('P1', 'Movilidad')")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO programa (codigo, nombre) VALUES ('P1', 'Otro')")


def test_progress_history_is_append_only(demo_store):
    with sqlite3.connect(demo_store) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="solo adición"):
            connection.execute("UPDATE avance SET avance_fisico = 0 WHERE fid = 1")
        with pytest.raises(sqlite3.IntegrityError, match="solo adición"):
            connection.execute("DELETE FROM avance WHERE fid = 1")


def test_round_trip_through_qgis_editing(empty_store):
    """A feature saved by QGIS's own provider reads back through the store, indexed."""
    from qgis.core import QgsFeature, QgsGeometry
    from pot_seguimiento.store import open_store

    layer = QgsVectorLayer(f"{empty_store}|layername=unidad_territorial", "ut", "ogr")
    feature = QgsFeature(layer.fields())
    feature["codigo"], feature["nombre"], feature["nivel"] = "01", "Usaquén", "localidad"
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 100 0, 100 50, 0 50, 0 0)))"))
    assert layer.dataProvider().addFeatures([feature])[0]
    del layer
    with open_store(str(empty_store)) as store:
        data, geometries = store.read("unidad_territorial")
    assert data["nombre"].tolist() == ["Usaquén"]
    assert geometries[0].area == 5000
    with sqlite3.connect(empty_store) as connection:
        assert connection.execute("SELECT minx, maxx, miny, maxy FROM rtree_unidad_territorial_geom"
                                  ).fetchall() == [(0, 100, 0, 50)]


def test_geographic_crs_is_refused(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="no es proyectado"):
        run("create_expediente", {"OUTPUT": str(tmp_path / "x.gpkg"), "CRS": "EPSG:4326"})
    assert not (tmp_path / "x.gpkg").exists()


def test_existing_file_is_never_overwritten(run, empty_store):
    before = store_fingerprint(empty_store)
    with pytest.raises(QgsProcessingException, match="ya existe"):
        run("create_expediente", {"OUTPUT": str(empty_store)})
    assert store_fingerprint(empty_store) == before


def test_bad_dane_code_is_refused(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="5 dígitos"):
        run("create_expediente", {"OUTPUT": str(tmp_path / "x.gpkg"), "DANE_CODE": "110"})


def test_newer_schema_version_is_refused_untouched(run, empty_store, tmp_path):
    with sqlite3.connect(empty_store) as connection:
        connection.execute("UPDATE expediente SET valor = '99' WHERE clave = 'schema_version'")
    before = store_fingerprint(empty_store)
    layer = tmp_path / "l.geojson"
    layer.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":"A"},'
                     '"geometry":{"type":"Point","coordinates":[-74.05,4.65]}}]}')
    with pytest.raises(QgsProcessingException, match="versión 99 del esquema, más nueva"):
        run("import_layer", {"EXPEDIENTE": str(empty_store), "TABLE": "transporte", "INPUT": str(layer),
                             "MAPPING": '{"nombre": "\\"n\\"", "capacidad": "\'alta\'"}'})
    assert store_fingerprint(empty_store) == before


def test_a_file_that_is_not_a_geopackage_is_refused(run, tmp_path):
    fake = tmp_path / "expediente.gpkg"
    fake.write_text("esto no es un GeoPackage")
    layer = tmp_path / "l.geojson"
    layer.write_text('{"type":"FeatureCollection","features":[]}')
    with pytest.raises(QgsProcessingException, match="no es un GeoPackage"):
        run("import_layer", {"EXPEDIENTE": str(fake), "TABLE": "transporte", "INPUT": str(layer),
                             "MAPPING": "nombre='x'\ncapacidad='alta'"})
    assert fake.read_text() == "esto no es un GeoPackage"


def test_a_geopackage_that_is_not_an_expediente_is_refused(tmp_path):
    from osgeo import ogr
    from pot_seguimiento.core.errors import SchemaError
    from pot_seguimiento.store import open_store

    other = tmp_path / "otro.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(other)).CreateLayer("x")
    with pytest.raises(SchemaError, match="no es un expediente"):
        open_store(str(other))
