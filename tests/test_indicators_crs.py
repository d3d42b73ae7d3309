"""Inputs in another CRS: WGS84 files imported into an expediente in MAGNA-SIRGAS / Bogotá (EPSG:3116).

The tiny municipality of test_indicators is placed near Bogotá (EPSG:9377 metres), written
as GeoJSON in WGS84 and CSV, and imported through import_layer: the indicators match the
hand-computed values up to the two projections' scale difference (well under 0.5 %).
"""
import csv
import json

import pytest
from osgeo import ogr, osr

X0, Y0 = 4_880_000, 2_075_000  # near Bogotá in EPSG:9377


def _to_wgs84():
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(9377)
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


def geojson(path, rows):
    """rows: [(properties, (minx, miny, maxx, maxy) in local metres)] -> WGS84 GeoJSON."""
    transform = _to_wgs84()
    features = []
    for properties, (a, b, c, d) in rows:
        ring = ogr.CreateGeometryFromWkt(
            f"POLYGON(({X0 + a} {Y0 + b},{X0 + c} {Y0 + b},{X0 + c} {Y0 + d},{X0 + a} {Y0 + d},{X0 + a} {Y0 + b}))")
        ring.Segmentize(5)  # keep the straight edges straight after reprojection
        ring.Transform(transform)
        features.append({"type": "Feature", "properties": properties, "geometry": json.loads(ring.ExportToJson())})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def bogota_zone(run, tmp_path_factory):
    folder = tmp_path_factory.mktemp("crs")
    store = folder / "expediente_3116.gpkg"
    run("create_expediente", {"OUTPUT": str(store), "CRS": "EPSG:3116", "DANE_CODE": "99999"})
    units = geojson(folder / "unidades.geojson", [
        ({"cod": "99999", "nom": "M", "niv": "municipio"}, (0, 0, 300, 100)),
        ({"cod": "A", "nom": "A", "niv": "localidad"}, (0, 0, 100, 100)),
        ({"cod": "B", "nom": "B", "niv": "localidad"}, (100, 0, 200, 100)),
        ({"cod": "C", "nom": "C", "niv": "localidad"}, (200, 0, 300, 100))])
    blocks = geojson(folder / "manzanas.geojson", [({"cod": "b1"}, (10, 10, 50, 50)), ({"cod": "b2"}, (80, 10, 120, 50)),
                                                   ({"cod": "b3"}, (150, 60, 190, 90))])
    parks = geojson(folder / "parques.geojson", [
        ({"tipo": "parque", "ef": 1}, (0, 60, 40, 100)), ({"tipo": "parque", "ef": 1}, (20, 60, 60, 100)),
        ({"tipo": "plaza", "ef": 1}, (90, 60, 110, 100)), ({"tipo": "separador", "ef": 0}, (120, 0, 140, 10))])
    zoning = geojson(folder / "suelo.geojson", [({"tipo": "clasificacion_suelo", "cat": "urbano"}, (0, 0, 160, 100))])
    people = folder / "poblacion.csv"
    with open(people, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["manzana", "anio", "personas", "viviendas"])
        writer.writerows([["b1", 2024, 100, 40], ["b2", 2024, 200, 80], ["b3", 2024, 0, 0]])
    for table, source, mapping in (
            ("unidad_territorial", units, {"codigo": '"cod"', "nombre": '"nom"', "nivel": '"niv"'}),
            ("manzana", blocks, {"codigo": '"cod"'}),
            ("espacio_publico", parks, {"tipo": '"tipo"', "efectivo": '"ef"'}),
            ("zonificacion", zoning, {"tipo": '"tipo"', "categoria": '"cat"'}),
            ("poblacion", str(people), {"ambito": '"manzana"', "anio": '"anio"', "poblacion": '"personas"',
                                        "viviendas": '"viviendas"'})):
        run("import_layer", {"EXPEDIENTE": str(store), "TABLE": table, "INPUT": source, "MAPPING": json.dumps(mapping)})
    run("compute_indicators", {"EXPEDIENTE": str(store), "PERIOD": "2024", "LEVEL": "localidad",
                               "INDICATORS": "epe_hab,epe_deficit,densidad_poblacion", "OUTPUT": "memory:"})
    return store


def test_indicators_match_the_hand_values_in_another_crs(bogota_zone):
    import sqlite3

    with sqlite3.connect(bogota_zone) as connection:
        crs = connection.execute("SELECT valor FROM expediente WHERE clave = 'crs'").fetchone()[0]
        values = {(r[0], r[1]): r[2] for r in connection.execute(
            "SELECT indicador, ambito, valor FROM medicion WHERE periodo = '2024'")}
    assert crs == "EPSG:3116"
    close = dict(rel=0.005)
    assert values[("epe_hab", "A")] == pytest.approx(14.0, **close)
    assert values[("epe_hab", "B")] == pytest.approx(4.0, **close)
    assert values[("epe_hab", "99999")] == pytest.approx(3200 / 300, **close)
    assert values[("epe_hab", "C")] is None
    assert values[("densidad_poblacion", "A")] == pytest.approx(200, **close)
    assert values[("densidad_poblacion", "B")] == pytest.approx(100 / 0.6, **close)
