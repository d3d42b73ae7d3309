"""import_layer on the real Bogotá layers, and on every kind of bad input."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

from conftest import BOGOTA, ROOT, count, store_fingerprint

AREAS_ACTIVIDAD = str(BOGOTA / "area_actividad_pot.zip")  # the zipped shapefile, as users receive it


def import_layer(run, store, **parameters):
    return run("import_layer", {"EXPEDIENTE": str(store), **parameters})


def geojson(path, features, crs=True):
    """A GeoJSON file of (properties, geometry) in WGS84 around Bogotá."""
    document = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": properties, "geometry": geometry} for properties, geometry in features]}
    if not crs:
        document["crs"] = None
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def square(x, y, size=0.001):
    return {"type": "Polygon", "coordinates": [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]}


def read_report(results):
    layer = QgsVectorLayer(results["REJECTED"], "rechazados", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


# -- the real Bogotá layers -------------------------------------------------

def test_localidades_preset_repairs_double_encoded_names(run, empty_store, tmp_path):
    results = import_layer(run, empty_store, INPUT=str(BOGOTA / "localidades.geojson"),
                           PRESET="bogota_localidades", REJECTED=str(tmp_path / "informe.gpkg"))
    assert results["IMPORTED"] == 20
    with sqlite3.connect(empty_store) as connection:
        names = {row[0] for row in connection.execute("SELECT nombre FROM unidad_territorial")}
    assert "ANTONIO NARIÑO" in names
    assert not any("Ã" in name for name in names)
    repaired = [row for row in read_report(results) if row["accion"] == "reparado"]
    assert any("ANTONIO NARIÑO" in row["motivo"] and row["campo"] == "nombre" for row in repaired)


def test_upz_preset_imports_mixed_polygon_types(run, empty_store):
    results = import_layer(run, empty_store, INPUT=str(BOGOTA / "upz.geojson"), PRESET="bogota_upz")
    assert results["IMPORTED"] == 116  # 112 UPZ and 4 UPR, and the municipality as their union
    assert count(empty_store, "unidad_territorial") == 117
    layer = QgsVectorLayer(f"{empty_store}|layername=unidad_territorial", "upz", "ogr")
    assert all(f.geometry().isGeosValid() for f in layer.getFeatures())


def test_areas_actividad_from_carmagbog_keep_their_area(run, empty_store):
    source = ogr.Open(f"/vsizip/{AREAS_ACTIVIDAD}/AreaActividad.shp")
    source_area = sum(f.GetGeometryRef().GetArea() for f in source.GetLayer())  # CarMAGBOG metres
    results = import_layer(run, empty_store, INPUT=AREAS_ACTIVIDAD, PRESET="bogota_areas_actividad")
    assert results["IMPORTED"] == 1141
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store:
        data, geometries = store.read("zonificacion")
    assert shapely.area(geometries).sum() == pytest.approx(source_area, rel=0.005)
    assert set(data["tipo"]) == {"area_actividad"}
    # Decreto 555 de 2021, and the areas a later decree (1977 de 2023) modified.
    assert set(data["norma"]) == {"Decreto 555 de 2021", "Decreto 1977 de 2023"}
    assert "2021-12-29" in set(data["vigente_desde"])
    assert any(c.startswith("Área de Actividad Estructurante") for c in data["categoria"])
    # Reprojected to MAGNA-SIRGAS / Origen-Nacional: Bogotá lies near x 4.88e6, y 2.07e6.
    x, y = shapely.get_coordinates(shapely.centroid(shapely.union_all(geometries[:50])))[0]
    assert 4.85e6 < x < 4.92e6 and 2.03e6 < y < 2.12e6


def test_colegios_and_transmilenio_presets(run, empty_store):
    assert import_layer(run, empty_store, INPUT=str(BOGOTA / "colegios.geojson"),
                        PRESET="bogota_colegios")["IMPORTED"] == 2227
    assert import_layer(run, empty_store, INPUT=str(BOGOTA / "transporte.geojson"),
                        PRESET="bogota_transmilenio")["IMPORTED"] == 140
    with sqlite3.connect(empty_store) as connection:
        assert connection.execute("SELECT DISTINCT sector FROM equipamiento").fetchall() == [("educacion",)]
        assert connection.execute("SELECT DISTINCT capacidad FROM transporte").fetchall() == [("alta",)]


def test_a_mapping_with_expressions(run, empty_store, tmp_path):
    path = geojson(tmp_path / "riesgo.geojson", [
        ({"FENOMENO": "Remoción en masa", "CATEGORIA": "ALTA"}, square(-74.05, 4.6)),
        ({"FENOMENO": "Inundación", "CATEGORIA": "Media"}, square(-74.1, 4.7)),
    ])
    mapping = 'fenomeno="FENOMENO"\nnivel=lower("CATEGORIA")\nmitigable=\'no\''
    assert import_layer(run, empty_store, TABLE="amenaza", INPUT=path, MAPPING=mapping)["IMPORTED"] == 2
    with sqlite3.connect(empty_store) as connection:
        rows = connection.execute("SELECT fenomeno, nivel, mitigable FROM amenaza ORDER BY fid").fetchall()
    assert rows == [("remocion_masa", "alta", 0), ("inundacion", "media", 0)]


# -- bad input: a clear Spanish message, and the store exactly as it was ----

def refused(run, store, match, **parameters):
    before = store_fingerprint(store)
    with pytest.raises(QgsProcessingException, match=match) as error:
        import_layer(run, store, **parameters)
    assert store_fingerprint(store) == before
    return str(error.value)


def test_invalid_geometry_is_repaired_and_reported(run, empty_store, tmp_path):
    bowtie = {"type": "Polygon", "coordinates": [[[-74.1, 4.6], [-74.09, 4.61], [-74.09, 4.6], [-74.1, 4.61], [-74.1, 4.6]]]}
    path = geojson(tmp_path / "corbatin.geojson", [({"cod": "A", "nom": "Corbatín"}, bowtie)])
    results = import_layer(run, empty_store, TABLE="unidad_territorial", INPUT=path,
                           MAPPING='{"codigo": "\\"cod\\"", "nombre": "\\"nom\\"", "nivel": "\'barrio\'"}',
                           REJECTED=str(tmp_path / "informe.csv"))
    assert results["IMPORTED"] == 1
    report = read_report(results)
    assert report[0]["campo"] == "geometría" and report[0]["accion"] == "reparado"
    assert "makeValid" in report[0]["motivo"]
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store:
        _, geometries = store.read("unidad_territorial")
    assert geometries[0].is_valid and geometries[0].geom_type == "MultiPolygon"


def test_layer_without_crs_is_refused(run, empty_store, tmp_path):
    path = str(tmp_path / "sin_crs.shp")
    source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    layer = source.CreateLayer("sin_crs", None, ogr.wkbPoint)  # no .prj
    layer.CreateField(ogr.FieldDefn("nombre", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("nombre", "Portal")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (1000 1000)"))
    layer.CreateFeature(feature)
    source = None
    message = refused(run, empty_store, "no tiene sistema de referencia", TABLE="transporte", INPUT=path,
                      MAPPING="nombre=\"nombre\"\ncapacidad='baja'")
    assert "sin_crs" in message


def test_wrong_geometry_type_is_refused(run, empty_store):
    message = refused(run, empty_store, "No se importó nada", INPUT=str(BOGOTA / "colegios.geojson"),
                      TABLE="unidad_territorial",
                      MAPPING="codigo=$id\nnombre=\"NOMBRE_ESTABLECIMIENTO_EDUCATIVO\"\nnivel='barrio'")
    assert "tipo de geometría Point" in message and "'geometría'" in message


def test_duplicate_codes_in_the_input_are_refused(run, empty_store, tmp_path):
    path = geojson(tmp_path / "dup.geojson", [({"c": "01"}, square(-74.1, 4.6)), ({"c": "01"}, square(-74.0, 4.6))])
    message = refused(run, empty_store, "código duplicado", TABLE="unidad_territorial", INPUT=path,
                      MAPPING="codigo=\"c\"\nnombre='X'\nnivel='localidad'")
    assert "objeto 1" in message and "repetido en la capa" in message


def test_codes_already_in_the_store_are_refused(run, empty_store):
    import_layer(run, empty_store, INPUT=str(BOGOTA / "localidades.geojson"), PRESET="bogota_localidades")
    message = refused(run, empty_store, "código duplicado", INPUT=str(BOGOTA / "localidades.geojson"),
                      PRESET="bogota_localidades")
    assert "ya está en el expediente" in message


def test_text_in_a_numeric_field_is_refused(run, empty_store, tmp_path):
    path = geojson(tmp_path / "predios.geojson", [({"cod": "P1", "area": "120,5"}, square(-74.1, 4.6)),
                                                  ({"cod": "P2", "area": "ciento veinte"}, square(-74.0, 4.6))])
    message = refused(run, empty_store, "ciento veinte", TABLE="predio", INPUT=path,
                      MAPPING="codigo=\"cod\"\narea_terreno=\"area\"")
    assert "objeto 1, campo 'area_terreno'" in message and "número" in message


def test_unknown_domain_value_is_refused(run, empty_store, tmp_path):
    path = geojson(tmp_path / "amenaza.geojson", [({"n": "altísima"}, square(-74.1, 4.6))])
    message = refused(run, empty_store, "valor desconocido 'altísima'", TABLE="amenaza", INPUT=path,
                      MAPPING="fenomeno='inundacion'\nnivel=\"n\"")
    assert "alta, media, baja" in message


def test_empty_layer_is_refused(run, empty_store, tmp_path):
    path = geojson(tmp_path / "vacia.geojson", [])
    refused(run, empty_store, "no tiene objetos", TABLE="transporte", INPUT=path,
            MAPPING="nombre='x'\ncapacidad='alta'")


def test_missing_file_is_refused(run, empty_store, tmp_path):
    refused(run, empty_store, "no existe", TABLE="transporte", INPUT=str(tmp_path / "no_existe.shp"),
            MAPPING="nombre='x'\ncapacidad='alta'")


def test_mapping_to_unknown_field_is_refused(run, empty_store):
    refused(run, empty_store, "campos que 'transporte' no tiene: velocidad", TABLE="transporte",
            INPUT=str(BOGOTA / "transporte.geojson"), MAPPING="nombre=\"nombre_estacion\"\ncapacidad='alta'\nvelocidad=1")


def test_skip_invalid_imports_the_rest_and_reports(run, empty_store, tmp_path):
    path = geojson(tmp_path / "mixta.geojson", [
        ({"n": "alta"}, square(-74.1, 4.6)), ({"n": "altísima"}, square(-74.0, 4.6)), ({"n": "baja"}, None)])
    results = import_layer(run, empty_store, TABLE="amenaza", INPUT=path, SKIP_INVALID=True,
                           MAPPING="fenomeno='inundacion'\nnivel=\"n\"", REJECTED=str(tmp_path / "r.gpkg"))
    assert results["IMPORTED"] == 1 and results["REJECTED_COUNT"] == 2
    reasons = {(row["objeto"], row["campo"]) for row in read_report(results)}
    assert reasons == {("1", "nivel"), ("2", "geometría")}
    assert count(empty_store, "amenaza") == 1


# -- a process killed mid-import leaves the store as it was ------------------

KILLED_IMPORT = """
import sys
sys.path.insert(0, {scripts!r})
from qgis_headless import start_qgis
app, plugin = start_qgis()
import processing
processing.run("pot_seguimiento:import_layer", {{"EXPEDIENTE": {store!r}, "TABLE": "transporte",
    "INPUT": {source!r}, "MAPPING": "nombre=\\"n\\"\\ncapacidad='baja'"}})
print("TERMINADO")
"""


def big_point_layer(path, n):
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(9377)
    layer = source.CreateLayer("paraderos", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("n", ogr.OFTString))
    source.StartTransaction()
    definition = layer.GetLayerDefn()
    for i in range(n):
        feature = ogr.Feature(definition)
        feature.SetField("n", f"Paradero {i}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({4880000 + i % 1000} {2070000 + i // 1000})"))
        layer.CreateFeature(feature)
    source.CommitTransaction()
    return str(path)


def test_killed_import_leaves_the_store_consistent(empty_store, tmp_path):
    source = big_point_layer(tmp_path / "paraderos.gpkg", 400_000)
    script = tmp_path / "importar.py"
    script.write_text(KILLED_IMPORT.format(scripts=str(ROOT / "scripts"), store=str(empty_store), source=source))
    before = store_fingerprint(empty_store)
    journal = f"{empty_store}-journal"
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    deadline = time.time() + 300
    while not os.path.exists(journal) and process.poll() is None and time.time() < deadline:
        time.sleep(0.005)
    assert process.poll() is None, process.stdout.read().decode()
    time.sleep(0.3)  # well inside the write
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    # The next opener rolls the hot journal back: no partial rows, nothing else touched.
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store:
        assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert store.count("transporte") == 0
    assert store_fingerprint(empty_store) == before
    assert QgsVectorLayer(f"{empty_store}|layername=transporte", "t", "ogr").isValid()


# -- codes of other tables: a row, a field and the code, never the database's bare refusal -------------------------

@pytest.mark.parametrize("table, header, row, field, code, parent", [
    # observatory of instruments: an obligation of an instrument the expediente does not hold
    ("obligacion_urbanistica", "codigo;instrumento;tipo;destino;cantidad;unidad",
     "OB-1;PP-99;dinero;espacio_publico;1000000;cop", "instrumento", "PP-99", "instrumento"),
    # participation: a commitment of an activity never recorded
    ("compromiso", "codigo;actividad;descripcion;entidad_responsable;competencia_oficina",
     "C-1;ACT-99;Arreglar el parque;SP;1", "actividad", "ACT-99", "actividad_participacion"),
    # heritage: works on an asset that is not declared
    ("intervencion_patrimonio", "bien;tipo;con_licencia;fecha_inicio;estado",
     "BIC-99;restauracion;1;2025-03-01;en_ejecucion", "bien", "BIC-99", "bien_patrimonial"),
    # services observatory: the report of a facility the expediente does not have
    ("reporte_equipamiento", "equipamiento;periodo;fecha_corte;usuarios;registrado_en",
     "EQ-99;2025-S1;2025-06-30;120;2025-07-02T10:00:00", "equipamiento", "EQ-99", "equipamiento"),
])
def test_a_code_the_expediente_does_not_hold_is_named_with_its_row_and_field(run, empty_store, tmp_path, table, header,
                                                                             row, field, code, parent):
    """Reproduced on the v5 tables: 'El expediente rechazó los datos y no se escribió nada: FOREIGN KEY constraint
    failed', naming no row, field or code."""
    sheet = tmp_path / f"{table}.csv"
    sheet.write_text(f"{header}\n{row}\n", encoding="utf-8")
    message = refused(run, empty_store, "No se importó nada", TABLE=table, INPUT=str(sheet))
    assert f"objeto 1, campo '{field}': '{code}' no está en la tabla '{parent}' del expediente" in message
    assert "FOREIGN KEY" not in message and "foreign key" not in message.lower()


def test_the_plan_tree_may_name_parents_of_the_same_file_but_not_unknown_ones(run, empty_store, tmp_path):
    sheet = tmp_path / "estructura.csv"
    sheet.write_text("codigo;tipo;nombre;padre\nV;vision;Una ciudad compacta;\nO1;objetivo;Reducir el riesgo;V\n"
                     "E1;estrategia;Reasentar familias;O9\n", encoding="utf-8")
    message = refused(run, empty_store, "No se importó nada", TABLE="elemento_plan", INPUT=str(sheet))
    assert "objeto 3, campo 'padre': 'O9' no está en la tabla 'elemento_plan'" in message
    assert "objeto 2" not in message


def test_a_code_the_shared_expediente_does_not_hold_is_named_on_postgis(run, postgres, tmp_path):
    """The same message from a PostGIS expediente (the server's refusal was 'violates foreign key constraint')."""
    uri = postgres.uri("referencias")
    run("create_expediente", {"OUTPUT": uri, "MUNICIPALITY": "Bogotá D.C.", "DANE_CODE": "11001"})
    sheet = tmp_path / "inspecciones.csv"
    sheet.write_text("bien;tipo;con_licencia;fecha_inicio;estado\nBIC-99;restauracion;1;2025-03-01;en_ejecucion\n",
                     encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        import_layer(run, uri, TABLE="intervencion_patrimonio", INPUT=str(sheet))
    assert "objeto 1, campo 'bien': 'BIC-99' no está en la tabla 'bien_patrimonial' del expediente" in str(error.value)
    assert "foreign key" not in str(error.value).lower()
    from pot_seguimiento.store import open_store

    with open_store(uri) as store:
        assert store.count("intervencion_patrimonio") == 0
