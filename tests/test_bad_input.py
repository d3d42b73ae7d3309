"""Issue 19: bad input the expediente used to take. Each class is refused (or repaired) where every
algorithm passes, with a Spanish message naming the row/feature and the field, and the expediente
exactly as it was: byte for byte on a GeoPackage, row by row on PostGIS.

The numbered tests reproduce the issue's twelve points; the `variant` tests are one more case of
each class. Today is fixed to 2026-11-30 through POT_SEGUIMIENTO_HOY (the plugin's clock reads it).
"""
import csv
import json
import os
import shutil
import sqlite3
import zipfile

import pytest
import shapely
from qgis.core import QgsProcessingException

from conftest import BOGOTA, count, store_fingerprint
from test_field_package import (add_visits, codes, edit_first_visit, export, file_digest, import_checks,
                                package_gpkg, zip_folder)
from test_field_control import V1_FIXTURE
from test_import_layer import geojson, square
from test_progress_import import fill_csv, templates

TODAY = "2026-11-30"


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setenv("POT_SEGUIMIENTO_HOY", TODAY)


@pytest.fixture
def demo_copy(demo_store, tmp_path):
    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_store, path)
    return path


def refused(run, store, algorithm, parameters, match):
    """Run `algorithm`, expect a Spanish refusal matching `match`, and the GeoPackage unchanged."""
    before, file_before = store_fingerprint(store), file_digest(store)
    with pytest.raises(QgsProcessingException, match=match) as error:
        run(algorithm, {"EXPEDIENTE": str(store), **parameters})
    assert store_fingerprint(store) == before and file_digest(store) == file_before  # rows, and bytes
    assert "Traceback" not in str(error.value)
    return str(error.value)


def measurements(path, where="1"):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT * FROM medicion WHERE {where} ORDER BY fid").fetchall()


# -- parameters -----------------------------------------------------------------------------------

def test_01_a_negative_distance_parameter_is_refused_before_anything_runs(run, demo_copy):
    message = refused(run, demo_copy, "compute_indicators", {
        "PERIOD": "2025", "LEVEL": "localidad", "INDICATORS": "cobertura_salud",
        "PARAMETERS": json.dumps({"cobertura_salud": {"distancia_m": -1000}}), "OUTPUT": "TEMPORARY_OUTPUT"},
        "distancia_m")
    assert "cobertura_salud" in message and "-1000" in message and "50.000" in message


def test_01_variant_a_number_parameter_outside_its_range_is_named_in_spanish(run, demo_copy):
    refused(run, demo_copy, "compute_indicators", {
        "PERIOD": "2025", "LEVEL": "localidad", "INDICATORS": "valor_suelo_variacion_real",
        "PARAMETERS": json.dumps({"valor_suelo_variacion_real": {"ipc": {"2025": "cinco"}}}),
        "OUTPUT": "TEMPORARY_OUTPUT"}, "ipc.*no es un número")
    refused(run, demo_copy, "evaluate_projects", {"CUTOFF_DATE": "2025-12-31", "TOLERANCE": 150,
                                                  "OUTPUT": "TEMPORARY_OUTPUT"}, r"TOLERANCE.*150.*\[0, 100\]")


def test_06_a_period_in_the_future_is_not_computed(run, demo_copy):
    before = measurements(demo_copy)
    message = refused(run, demo_copy, "compute_indicators", {"PERIOD": "2099", "LEVEL": "localidad",
                                                             "OUTPUT": "TEMPORARY_OUTPUT"}, "2099")
    assert "futuro" in message and "2026" in message
    assert measurements(demo_copy) == before


def test_06_variant_a_cutoff_in_a_future_year_is_not_evaluated(run, demo_copy):
    refused(run, demo_copy, "evaluate_projects", {"CUTOFF_DATE": "2027-06-30", "OUTPUT": "TEMPORARY_OUTPUT"},
            "futuro")
    refused(run, demo_copy, "compute_indicators", {"PERIOD": "2027-S1", "OUTPUT": "TEMPORARY_OUTPUT"}, "futuro")


def test_07_a_report_for_a_semester_that_has_not_happened_is_refused(run, demo_copy, tmp_path):
    template = templates(run, demo_copy, tmp_path)
    filled = tmp_path / "idu.csv"
    fill_csv(template, filled, {"P1-05": {"periodo": "2027-S2", "fecha_corte": "2027-12-31", "avance_fisico": "60000",
                                          "inversion": "50000000000", "estado_reportado": "en_ejecucion"}})
    message = refused(run, demo_copy, "import_progress", {"INPUT": str(filled)}, "2027-S2")
    assert "fila" in message and "no ha terminado" in message


def test_07_variant_the_current_semester_is_reported_after_its_cutoff(run, demo_copy):
    message = refused(run, demo_copy, "record_progress", {
        "PROJECT": "P1-05", "PERIOD": "2026-S2", "CUTOFF_DATE": "2026-11-30", "STATE": "en_ejecucion",
        "PHYSICAL": 60000, "INVESTMENT": 50_000_000_000}, "2026-S2")
    assert "2026-12-31" in message
    before = count(demo_copy, "avance")
    run("record_progress", {"EXPEDIENTE": str(demo_copy), "PROJECT": "P1-05", "PERIOD": "2026-S1",
                            "CUTOFF_DATE": "2026-06-30", "STATE": "en_ejecucion", "PHYSICAL": 60000,
                            "INVESTMENT": 50_000_000_000, "NOTES": "Corrección del semestre"})
    assert count(demo_copy, "avance") == before + 1  # an ended semester still takes reports


# -- geometry -------------------------------------------------------------------------------------

def geographic_as_9377(path, features, code=9377):
    """A GeoJSON declaring EPSG:9377 (or `code`) whose coordinates are longitude/latitude."""
    document = {"type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{code}"}},
                "features": [{"type": "Feature", "properties": p, "geometry": g} for p, g in features]}
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_03_geographic_coordinates_declared_as_9377_are_refused(run, empty_store, tmp_path):
    path = geographic_as_9377(tmp_path / "lotes.geojson", [({"cod": "A"}, square(-74.08, 4.6)),
                                                           ({"cod": "B"}, square(-74.07, 4.6))])
    message = refused(run, empty_store, "import_layer", {"TABLE": "manzana", "INPUT": path,
                                                         "MAPPING": 'codigo="cod"'}, "EPSG:9377")
    assert "¿coordenadas geográficas declaradas como EPSG:9377?" in message
    assert "geometría" in message


def test_03_variant_a_layer_far_from_the_crs_area_of_use_is_refused(run, empty_store, tmp_path):
    # WGS84 is right, but these are Madrid's coordinates: outside MAGNA-SIRGAS / Origen-Nacional's area of use.
    path = geojson(tmp_path / "madrid.geojson", [({"cod": "M"}, square(-3.70, 40.42))])
    message = refused(run, empty_store, "import_layer", {"TABLE": "manzana", "INPUT": path,
                                                         "MAPPING": 'codigo="cod"'}, "área de uso")
    assert "objeto" in message
    # Longitude/latitude declared as MAGNA-SIRGAS Bogotá zone: reprojected, they would land inside Colombia.
    path = geographic_as_9377(tmp_path / "bogota_zona.geojson", [({"cod": "A"}, square(-74.08, 4.6))], code=3116)
    refused(run, empty_store, "import_layer", {"TABLE": "manzana", "INPUT": path, "MAPPING": 'codigo="cod"'},
            "¿coordenadas geográficas declaradas como EPSG:3116\\?")


def nan_geojson(path, value):
    """A block whose outline has a NaN or infinite coordinate (GDAL keeps them in polygons)."""
    ring = [[value, 4.6], [-74.0, 4.7], [-74.1, 4.7], [value, 4.6]]
    text = ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"cod": "M-1"}, '
            '"geometry": {"type": "Polygon", "coordinates": [%s]}}]}' % json.dumps(ring).replace('"', ""))
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_10_a_nan_coordinate_is_refused_in_spanish(run, empty_store, tmp_path):
    message = refused(run, empty_store, "import_layer", {
        "TABLE": "manzana", "INPUT": nan_geojson(tmp_path / "nan.geojson", "NaN"), "MAPPING": 'codigo="cod"'},
        "coordenada")
    assert "GEOS" not in message and "geometría" in message


def test_10_variant_an_infinite_coordinate_is_refused_in_spanish(run, empty_store, tmp_path):
    refused(run, empty_store, "import_layer", {
        "TABLE": "manzana", "INPUT": nan_geojson(tmp_path / "inf.geojson", "-Infinity"), "MAPPING": 'codigo="cod"'},
        "coordenada")


def projected_geojson(path, rings):
    """Blocks in EPSG:9377 itself (nothing is reprojected on the way in), one per ring; a ring's coordinates
    may be NaN (written bare, as GDAL reads them)."""
    features = ", ".join('{"type": "Feature", "properties": {"cod": "M-%d"}, "geometry": {"type": "Polygon", '
                         '"coordinates": [%s]}}' % (i, json.dumps(ring).replace('"', ""))
                         for i, ring in enumerate(rings, 1))
    path.write_text('{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": '
                    '"urn:ogc:def:crs:EPSG::9377"}}, "features": [%s]}' % features, encoding="utf-8")
    return str(path)


GOOD_RING = [[4878000, 2077000], [4879000, 2077000], [4879000, 2078000], [4878000, 2077000]]


def test_10_variant_a_nan_coordinate_in_the_expedientes_own_crs_is_refused_in_spanish(run, empty_store, tmp_path):
    # Not reprojected, the NaN reaches GEOS as it is on every QGIS: the ring, ending on NaN, never closes.
    nan_ring = [["NaN", 2077000], [4879000, 2077000], [4879000, 2078000], ["NaN", 2077000]]
    path = projected_geojson(tmp_path / "nan_9377.geojson", [GOOD_RING, nan_ring])
    message = refused(run, empty_store, "import_layer", {"TABLE": "manzana", "INPUT": path,
                                                         "MAPPING": 'codigo="cod"'}, "coordenada")
    assert "GEOS" not in message and "objeto 1, campo 'geometría': una coordenada no es un número finito" in message
    assert "no tiene geometría" not in message  # said once, as what it is
    # Left out with SKIP_INVALID, the good block goes in.
    run("import_layer", {"EXPEDIENTE": str(empty_store), "TABLE": "manzana", "INPUT": path,
                         "MAPPING": 'codigo="cod"', "SKIP_INVALID": True})
    assert count(empty_store, "manzana") == 1


def test_10_variant_geometries_geos_cannot_build_are_named_one_by_one():
    # QGIS closes an open ring of a GeoJSON before the plugin sees it; other sources may not.
    from osgeo import ogr

    from pot_seguimiento.core.geometry import from_wkb, non_finite_reason

    def polygon(ring):
        wkb = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ring:
            wkb.AddPoint_2D(float(x), float(y))
        shape = ogr.Geometry(ogr.wkbPolygon)
        shape.AddGeometry(wkb)
        return bytes(shape.ExportToIsoWkb())

    nan_ring = [["nan", 2077000], [4879000, 2077000], [4879000, 2078000], ["nan", 2077000]]
    blobs = [polygon(GOOD_RING), None, polygon(nan_ring), polygon(GOOD_RING[:-1]), polygon(GOOD_RING[:2])]
    geometries, unreadable = from_wkb(blobs)
    assert geometries[0].area == pytest.approx(500000) and geometries[1] is None
    assert sorted(unreadable) == [2, 3, 4] and all(geometries[i] is None for i in unreadable)
    assert unreadable[2] == non_finite_reason()
    assert "closed linestring" in unreadable[3] and "LinearRing" in unreadable[4]


# -- text encodings -------------------------------------------------------------------------------

def write_csv(path, rows, encoding):
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return str(path)


def programa_names(path):
    with sqlite3.connect(path) as connection:
        return [n for (n,) in connection.execute("SELECT nombre FROM programa ORDER BY fid")]


def test_02_a_latin1_csv_is_repaired_never_stored_with_replacement_characters(run, empty_store, tmp_path):
    path = write_csv(tmp_path / "programas.csv", [("codigo", "nombre"), ("PR-1", "Vías"), ("PR-2", "Nariño")],
                     "latin-1")
    run("import_layer", {"EXPEDIENTE": str(empty_store), "TABLE": "programa", "INPUT": path})
    assert programa_names(empty_store) == ["Vías", "Nariño"]


def test_02_variant_windows_1252_and_bom_are_read_and_a_replacement_character_is_refused(run, empty_store, tmp_path):
    path = write_csv(tmp_path / "cp1252.csv", [("codigo", "nombre"), ("PR-1", "“Calle 80” €")], "cp1252")
    run("import_layer", {"EXPEDIENTE": str(empty_store), "TABLE": "programa", "INPUT": path})
    path = write_csv(tmp_path / "bom.csv", [("codigo", "nombre"), ("PR-2", "Peñalosa")], "utf-8-sig")
    run("import_layer", {"EXPEDIENTE": str(empty_store), "TABLE": "programa", "INPUT": path})
    assert programa_names(empty_store) == ["“Calle 80” €", "Peñalosa"]
    path = geojson(tmp_path / "roto.geojson", [({"cod": "PR-3", "nom": "V\ufffdas"}, None)])
    message = refused(run, empty_store, "import_layer", {"TABLE": "programa", "INPUT": path,
                                                         "MAPPING": 'codigo="cod"\nnombre="nom"'}, "nombre")
    assert "U+FFFD" in message


# -- dates ----------------------------------------------------------------------------------------

@pytest.fixture
def in_the_field(run, tmp_path):
    """The v1 fixture with its alerts, packaged for an inspector (alerts 'en_visita')."""
    path = tmp_path / "expediente.gpkg"
    shutil.copy(V1_FIXTURE, path)
    run("detect_occupation_alerts", {"EXPEDIENTE": str(path), "FROM_YEAR": 2018, "TO_YEAR": 2024,
                                     "DETECTION_DATE": "2025-01-15", "OUTPUT": "TEMPORARY_OUTPUT"})
    folder = tmp_path / "paquete"
    export(run, path, folder)
    return path, folder


def state(path, code):
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT estado FROM alerta_ocupacion WHERE codigo = ?", (code,)).fetchone()[0]


def test_04_a_visit_dated_years_ahead_is_refused_and_the_alert_keeps_its_state(run, in_the_field):
    path, folder = in_the_field
    alert = codes(path)[0]
    add_visits(folder, [(alert, "construccion_nueva", 0)])
    edit_first_visit(folder, "fecha_hora", "2031-02-10T09:30:00")
    before = file_digest(path)
    results = import_checks(run, path, folder)
    assert results["RECHAZADA"] == 1 and results["IMPORTADA"] == 0
    lines = [f for f in results["REPORT"].getFeatures() if f["resultado"] == "rechazada"]
    assert "fecha_hora" in lines[0]["mensaje"] and "futuro" in lines[0]["mensaje"]
    assert file_digest(path) == before and state(path, alert) == "en_visita"


def test_04_variant_a_phone_clock_slightly_ahead_passes_a_future_action_does_not(run, in_the_field):
    path, folder = in_the_field
    alert = codes(path)[0]
    add_visits(folder, [(alert, "construccion_nueva", 0)])
    edit_first_visit(folder, "fecha_hora", "2026-11-30T21:00:00")  # hours ahead: within the tolerance
    assert import_checks(run, path, folder)["IMPORTADA"] == 1
    refused(run, path, "record_control_action", {"ALERT": alert, "TYPE": "acta", "ENTITY": "Alcaldía",
                                                 "DATE": "2027-01-15"}, "fecha.*futuro")


# -- files ----------------------------------------------------------------------------------------

def test_05_a_text_file_named_as_a_photo_and_a_symlink_entry_are_refused(run, in_the_field, tmp_path):
    path, folder = in_the_field
    add_visits(folder, [(codes(path)[0], "construccion_nueva", 1)])
    photo = next((folder / "DCIM").iterdir())
    photo.write_text("esto no es una foto", encoding="utf-8")
    before = file_digest(path)
    with pytest.raises(QgsProcessingException, match="no es una imagen"):
        import_checks(run, path, folder)
    assert file_digest(path) == before and not (tmp_path / "expediente_evidencias").exists()

    add_visits(folder, [(codes(path)[1], "loteo", 1)])  # a real photo again, and a link in the zip
    os.remove(photo)
    package = zip_folder(folder, tmp_path / "devuelto.zip")
    with zipfile.ZipFile(package, "a") as archive:
        entry = zipfile.ZipInfo("DCIM/enlace.jpg")
        entry.external_attr = (0o120777 << 16)  # a symbolic link
        archive.writestr(entry, "/etc/passwd")
    with pytest.raises(QgsProcessingException, match="enlace.jpg.*no es un archivo regular"):
        import_checks(run, path, package)
    assert file_digest(path) == before and not (tmp_path / "expediente_evidencias").exists()


def test_05_variant_a_photo_that_is_a_link_in_a_package_folder_is_refused(run, in_the_field, tmp_path):
    path, folder = in_the_field
    add_visits(folder, [(codes(path)[0], "construccion_nueva", 1)])
    photo = next((folder / "DCIM").iterdir())
    real = folder / "DCIM" / "original.jpg"
    os.rename(photo, real)
    os.symlink(real, photo)
    before = file_digest(path)
    with pytest.raises(QgsProcessingException, match="no es un archivo regular"):
        import_checks(run, path, folder)
    assert file_digest(path) == before


# -- entity templates -----------------------------------------------------------------------------

def test_08_a_row_of_another_entitys_project_and_an_unexplained_investment_drop_are_refused(run, demo_copy, tmp_path):
    template = templates(run, demo_copy, tmp_path)
    filled = tmp_path / "idu.csv"
    rows = fill_csv(template, filled, {"P1-05": {"avance_fisico": "60000", "inversion": "50000000000",
                                                 "estado_reportado": "en_ejecucion"}})
    rows.append({**rows[0], "proyecto": "P6-27", "avance_fisico": "15", "inversion": "71000000000",
                 "estado_reportado": "en_ejecucion"})  # the Empresa de Renovación Urbana's project
    with open(filled, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, rows[0].keys(), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    message = refused(run, demo_copy, "import_progress", {"INPUT": str(filled)}, "P6-27")
    assert "Empresa de Renovación Urbana" in message and "entidad" in message

    drop = tmp_path / "caida.csv"  # P6-27 reported 70,404 million in 2026-S1; now 1,000 pesos
    run("export_progress_templates", {"EXPEDIENTE": str(demo_copy), "PERIOD": "2026-S1",
                                      "ENTITY": "Empresa de Renovación Urbana", "OUTPUT": str(tmp_path / "eru")})
    eru_template = tmp_path / "eru" / "avance_empresa_de_renovacion_urbana_2026-S1.csv"
    fill_csv(eru_template, drop, {"P6-27": {"avance_fisico": "14", "inversion": "1000", "estado_reportado": "en_ejecucion",
                                   "periodo": "2026-S1", "fecha_corte": "2026-06-30"}})
    message = refused(run, demo_copy, "import_progress", {"INPUT": str(drop)}, "inversión")
    assert "nota" in message or "observaciones" in message


def test_08_variant_a_template_whose_entity_was_changed_is_refused(run, demo_copy, tmp_path):
    template = templates(run, demo_copy, tmp_path)
    filled = tmp_path / "idu.csv"
    fill_csv(template, filled, {"P1-05": {"avance_fisico": "60000", "inversion": "50000000000", "periodo": "2026-S1",
                                          "fecha_corte": "2026-06-30", "estado_reportado": "en_ejecucion",
                                          "entidad": "Secretaría de Movilidad", "observaciones": "corrige"}})
    refused(run, demo_copy, "import_progress", {"INPUT": str(filled)}, "Instituto de Desarrollo Urbano")


@pytest.fixture
def with_programme(empty_store):
    """The empty expediente with the programme the projects below belong to."""
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store, store.transaction():
        store.insert("programa", {"codigo": ["P2"], "nombre": ["Espacio público"]})
    return empty_store


def project_layer(tmp_path, name, **values):
    properties = {"codigo": "PX-1", "nombre": "Parque lineal", "programa": "P2", "entidad": "IDRD",
                  "horizonte": "corto", "anio_inicio": 2024, "anio_fin": 2027, "meta_descripcion": "Parque",
                  "meta_unidad": "m²", "meta_cantidad": 1000, "presupuesto": 1e9, **values}
    return geojson(tmp_path / name, [(properties, square(-74.08, 4.6))])


def test_09_an_implausible_goal_and_budget_are_refused(run, with_programme, tmp_path):
    empty_store = with_programme
    path = project_layer(tmp_path, "proyecto.geojson", meta_cantidad=1e308, presupuesto=1.7e308)
    message = refused(run, empty_store, "import_layer", {"TABLE": "proyecto", "INPUT": path}, "meta_cantidad")
    assert "presupuesto" in message and "inverosímil" in message


def test_09_variant_an_implausible_investment_is_refused_even_with_a_note(run, demo_copy, tmp_path):
    template = templates(run, demo_copy, tmp_path)
    filled = tmp_path / "idu.csv"
    fill_csv(template, filled, {"P1-05": {"periodo": "2026-S1", "fecha_corte": "2026-06-30", "avance_fisico": "60000",
                                          "inversion": "2.000.000.000.000.000", "estado_reportado": "en_ejecucion",
                                          "observaciones": "Adición presupuestal"}})
    refused(run, demo_copy, "import_progress", {"INPUT": str(filled)}, "inversion.*inverosímil")
    refused(run, demo_copy, "record_progress", {
        "PROJECT": "P1-05", "PERIOD": "2026-S1", "CUTOFF_DATE": "2026-06-30", "STATE": "en_ejecucion",
        "PHYSICAL": 60000, "INVESTMENT": 2e15, "NOTES": "Adición presupuestal"}, r"INVESTMENT.*rango válido")


# -- numbers as Colombians write them, and misleading messages -----------------------------------

def test_11_empty_layers_oversized_fields_and_colombian_numbers(run, with_programme, tmp_path):
    empty_store = with_programme
    empty = geojson(tmp_path / "vacia.geojson", [])
    refused(run, empty_store, "import_layer", {"TABLE": "transporte", "INPUT": empty}, "no tiene objetos")

    big = tmp_path / "grande.csv"
    big.write_text("codigo;nombre\nPR-1;" + "x" * (11 * 1024 * 1024) + "\n", encoding="utf-8")
    message = refused(run, empty_store, "import_layer", {"TABLE": "programa", "INPUT": str(big)}, "nombre")
    assert "no tiene objetos" not in message and "fila 2" in message

    path = project_layer(tmp_path, "proyecto.geojson", presupuesto="28.500.000.000,75", meta_cantidad="1.250,5")
    run("import_layer", {"EXPEDIENTE": str(empty_store), "TABLE": "proyecto", "INPUT": path})
    with sqlite3.connect(empty_store) as connection:
        assert connection.execute("SELECT presupuesto, meta_cantidad FROM proyecto").fetchone() == (28_500_000_000.75,
                                                                                                   1250.5)


def test_11_variant_an_ambiguous_number_is_refused_and_one_parser_reads_them_all(run, with_programme, tmp_path):
    empty_store = with_programme
    from pot_seguimiento.core.numbers import parse_number

    assert parse_number("28.500.000.000,75") == 28_500_000_000.75
    assert parse_number("1.234.567") == 1_234_567 and parse_number("12,5") == 12.5
    assert parse_number("$ 1.500.000") == 1_500_000 and parse_number("0.125") == 0.125
    for ambiguous in ("1.500", "2,500"):
        with pytest.raises(ValueError):
            parse_number(ambiguous)
    path = project_layer(tmp_path, "proyecto.geojson", presupuesto="1.500")
    message = refused(run, empty_store, "import_layer", {"TABLE": "proyecto", "INPUT": path}, "presupuesto")
    assert "ambiguo" in message


# -- Python exceptions become Spanish messages ---------------------------------------------------

@pytest.mark.parametrize("case, match", [
    ("unknown_level", "LEVEL.*'comarca'.*localidad, upz"),
    ("mapping_json", "JSON.*línea 1"),
    ("unreadable_source", "no se puede leer|no se puede abrir"),
    ("export_folder", "carpeta|no se puede escribir"),
])
def test_10_python_and_qgis_errors_become_spanish_messages(run, empty_store, tmp_path, case, match):
    blocker = tmp_path / "archivo"
    blocker.write_text("x")
    if case == "unknown_level":
        algorithm, parameters = "compute_indicators", {"PERIOD": "2025", "LEVEL": "comarca",
                                                       "OUTPUT": "TEMPORARY_OUTPUT"}
    elif case == "mapping_json":
        algorithm, parameters = "import_layer", {"TABLE": "transporte", "INPUT": str(BOGOTA / "transporte.geojson"),
                                                 "MAPPING": '{"nombre": "n",, }'}
    elif case == "unreadable_source":
        garbage = tmp_path / "capa.geojson"
        garbage.write_bytes(bytes(range(256)) * 10)
        algorithm, parameters = "import_layer", {"TABLE": "transporte", "INPUT": str(garbage),
                                                 "MAPPING": "nombre='x'\ncapacidad='alta'"}
    else:
        algorithm, parameters = "export_open_data", {"PERIOD": "2025", "OUTPUT": str(blocker / "datos")}
    message = refused(run, empty_store, algorithm, parameters, match)
    for english in ("Incorrect parameter", "not found", "Expecting", "Errno", "Could not"):
        assert english not in message


def test_10_variant_an_unknown_table_and_an_unwritable_template_folder_are_spanish(run, empty_store, tmp_path):
    blocker = tmp_path / "archivo"
    blocker.write_text("x")
    message = refused(run, empty_store, "import_layer", {
        "TABLE": "lotes", "INPUT": str(BOGOTA / "transporte.geojson")}, "TABLE.*'lotes'.*predio")
    assert "Incorrect parameter" not in message
    refused(run, empty_store, "export_progress_templates", {"PERIOD": "2025-S1", "OUTPUT": str(blocker / "x")},
            "carpeta|no se puede escribir")


# -- what the plugin itself writes ---------------------------------------------------------------

def write_raw_alert(path, code, geometry):
    """An alert written straight into the file, as the 1M-lot demo left them (bypassing the store)."""
    from pot_seguimiento.store import geometry_blob

    with sqlite3.connect(path) as connection:
        geometry_blob.register_sql_functions(connection)  # the R-tree triggers call them
        srs = int(dict(connection.execute("SELECT clave, valor FROM expediente"))["srs_id"])
        blob = geometry_blob.encode([geometry], srs)[0]
        connection.execute(
            "INSERT INTO alerta_ocupacion (codigo, motivo, prioridad, detectada_en, estado, version, geom) "
            "VALUES (?, 'proteccion', 50, '2025-01-15', 'priorizada', 1, ?)", (code, blob))


def pg_rows(postgres, schema_name, table):
    import psycopg2

    from pot_seguimiento.store.postgis import connection_settings

    dsn, _ = connection_settings(postgres.uri(schema_name))
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute(f'SELECT *, ST_AsText(geom) FROM "{schema_name}"."{table}" ORDER BY fid'
                       if table.startswith("alerta") else f'SELECT * FROM "{schema_name}"."{table}" ORDER BY fid')
        return cursor.fetchall()


def test_12_a_geometry_collection_migrates_to_postgis_as_a_multipolygon(run, empty_store, postgres):
    x, y = 4_880_000, 2_070_000
    collection = shapely.GeometryCollection([shapely.box(x, y, x + 10, y + 10), shapely.box(x + 20, y, x + 30, y + 10),
                                             shapely.LineString([(x, y), (x + 40, y)])])
    write_raw_alert(empty_store, "AO-000001", collection)
    write_raw_alert(empty_store, "AO-000002", shapely.box(x + 50, y, x + 60, y + 10))  # a bare Polygon
    uri = postgres.uri("coleccion")
    run("migrate_expediente", {"INPUT": str(empty_store), "OUTPUT": uri})
    rows = pg_rows(postgres, "coleccion", "alerta_ocupacion")
    assert [row[-1].split(" ")[0].split("(")[0] for row in rows] == ["MULTIPOLYGON", "MULTIPOLYGON"]
    assert shapely.from_wkt(rows[0][-1]).area == pytest.approx(200)


def test_12_the_store_writes_multipolygons_and_standard_datetimes(run, demo_copy, tmp_path):
    from osgeo import gdal, ogr

    from pot_seguimiento.store import open_store

    x, y = 4_880_000, 2_070_000
    with open_store(str(demo_copy)) as store, store.transaction():
        store.insert("alerta_version", {"alerta": ["AO-000001"], "version": [99], "origen": ["campo"]},
                     [shapely.GeometryCollection([shapely.box(x, y, x + 5, y + 5), shapely.Point(x, y)])])
    with sqlite3.connect(demo_copy) as connection:
        stamps = [s for (s,) in connection.execute("SELECT fecha_hora FROM visita")]
    assert stamps and all(len(s) == 24 and s[10] == "T" and s.endswith("Z") for s in stamps), stamps[:3]
    messages = []
    gdal.PushErrorHandler(lambda level, number, text: messages.append(text))
    try:
        dataset = ogr.Open(str(demo_copy))
        for name in ("visita", "alerta_version"):
            for feature in dataset.GetLayerByName(name):
                feature.GetGeometryRef() and feature.GetFieldAsString("registrado_en")
    finally:
        gdal.PopErrorHandler()
    assert not [m for m in messages if "onformant" in m], messages[:3]
    _, geometries = open_store(str(demo_copy)).read("alerta_version", where="version = 99")
    assert geometries[0].geom_type == "MultiPolygon"


def test_12_variant_a_migration_meeting_a_row_it_cannot_carry_names_it_and_leaves_the_target(run, empty_store,
                                                                                            postgres, tmp_path):
    uri = postgres.uri("intacto")
    v1 = tmp_path / "v1.gpkg"
    shutil.copy(V1_FIXTURE, v1)  # opening upgrades an expediente in place: never the fixture itself
    run("migrate_expediente", {"INPUT": str(v1), "OUTPUT": uri})
    before = {t: pg_rows(postgres, "intacto", t) for t in ("proyecto", "avance", "alerta_ocupacion")}
    x, y = 4_880_000, 2_070_000
    write_raw_alert(empty_store, "AO-000007", shapely.GeometryCollection([shapely.LineString([(x, y), (x + 9, y)])]))
    with pytest.raises(QgsProcessingException, match="alerta_ocupacion.*AO-000007|AO-000007.*alerta_ocupacion"):
        run("migrate_expediente", {"INPUT": str(empty_store), "OUTPUT": uri, "REPLACE": True})
    assert {t: pg_rows(postgres, "intacto", t) for t in before} == before
