"""Real Bogotá (../shared/data/bogota): official unit codes, the UPZ→localidad link, SDP/DANE's population by UPZ
with its age groups, overlapping UPZ reported, and rows whose codes match nothing refused with the list."""
import csv
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from conftest import BOGOTA, count

POPULATION = BOGOTA / "poblacion_upz_2018_2024.csv"


def official_rows():
    with open(POPULATION, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def import_layer(run, store, **parameters):
    return run("import_layer", {"EXPEDIENTE": str(store), **parameters})


def report(path):
    layer = QgsVectorLayer(str(path), "informe", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def query(path, sql, params=()):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def bogota(run, tmp_path_factory):
    """The expediente a Bogotá cartographer builds with the presets: localidades, UPZ/UPR, population."""
    folder = tmp_path_factory.mktemp("bogota")
    path = folder / "bogota.gpkg"
    run("create_expediente", {"OUTPUT": str(path), "MUNICIPALITY": "Bogotá D.C.", "DANE_CODE": "11001"})
    localidades = import_layer(run, path, INPUT=str(BOGOTA / "localidades.geojson"), PRESET="bogota_localidades")
    upz = import_layer(run, path, INPUT=str(BOGOTA / "upz.geojson"), PRESET="bogota_upz",
                       REJECTED=str(folder / "upz_informe.gpkg"))
    population = import_layer(run, path, INPUT=str(POPULATION), PRESET="bogota_poblacion_upz")
    return {"path": path, "localidades": localidades, "upz": upz, "population": population,
            "upz_report": report(folder / "upz_informe.gpkg")}


def test_no_upz_code_differs_from_the_official_one(bogota):
    """Every UPZ is stored with SDP's code (3 digits) and the official name beside it; the 4 rural units are UPR."""
    official = {row["codigo_upz"]: row["nombre_upz"] for row in official_rows()}
    stored = dict(query(bogota["path"], "SELECT codigo, nombre FROM unidad_territorial WHERE nivel = 'upz'"))
    assert len(official) == len(stored) == 112
    assert stored == official  # the same code for the same name, all 112
    assert stored["016"] == "SANTA BARBARA" and stored["057"] == "GRAN YOMASA"  # the examples
    assert dict(query(bogota["path"], "SELECT codigo, nombre FROM unidad_territorial WHERE nivel = 'upr'")) == {
        "1": "UPR ZONA NORTE", "3": "UPR RÍO TUNJUELO", "4": "UPR RÍO BLANCO", "5": "UPR RÍO SUMAPAZ"}


def test_localidades_have_two_digit_codes_and_the_city_its_unit(bogota):
    codes = [c for (c,) in query(bogota["path"], "SELECT codigo FROM unidad_territorial WHERE nivel = 'localidad' "
                                                 "ORDER BY codigo")]
    assert codes == [f"{k:02d}" for k in range(1, 21)]
    assert query(bogota["path"], "SELECT codigo, nombre FROM unidad_territorial WHERE nivel = 'municipio'") == [
        ("11001", "Bogotá D.C.")]  # the union of the localidades, the first level imported
    assert bogota["localidades"]["IMPORTED"] == 20 and bogota["upz"]["IMPORTED"] == 116


def test_each_upz_belongs_to_its_official_localidad(bogota):
    """codigo_padre from the geometry (upz.geojson has no localidad field) equals SDP's codigo_localidad."""
    official = {row["codigo_upz"]: row["codigo_localidad"] for row in official_rows()}
    parents = dict(query(bogota["path"], "SELECT codigo, codigo_padre FROM unidad_territorial WHERE nivel = 'upz'"))
    assert parents == official
    upr = dict(query(bogota["path"], "SELECT codigo, codigo_padre FROM unidad_territorial WHERE nivel = 'upr'"))
    # Zona Norte lies in Suba, Río Blanco and Río Sumapaz in Sumapaz; Río Tunjuelo in Usme and Ciudad Bolívar.
    assert upr == {"1": "11", "3": "11001", "4": "20", "5": "20"}
    warning = [r for r in bogota["upz_report"] if r["campo"] == "codigo_padre"]
    assert len(warning) == 1 and warning[0]["accion"] == "aviso"
    assert "'3'" in warning[0]["motivo"] and "05: 63,5 %" in warning[0]["motivo"] and "19: 35,8 %" in warning[0]["motivo"]


def test_overlapping_upz_are_reported_not_refused(bogota):
    """The public UPZ polygons overlap: Kennedy Central (047) and Corabastos (080) share 13.4 % of Corabastos."""
    overlaps = [r for r in bogota["upz_report"] if r["campo"] == "geometría"]
    assert overlaps and all(r["accion"] == "aviso" for r in overlaps)
    kennedy = [r["motivo"] for r in overlaps if "'047'" in r["motivo"]]
    assert any("'080'" in m and "13,4 % de la menor" in m for m in kennedy)
    assert any("'044'" in m for m in kennedy) and not any("'046'" in m for m in kennedy)  # 0.14 %: a sliver
    assert all("upz" in r["motivo"] for r in overlaps)  # UPZ against UPZ only, never against a UPR or localidad


def test_every_population_row_of_the_official_file_lands_on_its_upz(bogota):
    rows = official_rows()
    assert bogota["population"]["IMPORTED"] == len(rows) == 784 and bogota["population"]["REJECTED_COUNT"] == 0
    stored = {(a, y): (p, m, h) for a, y, p, m, h in query(
        bogota["path"], "SELECT p.ambito, p.anio, p.poblacion, p.mujeres, p.hombres FROM poblacion p "
                        "JOIN unidad_territorial u ON u.codigo = p.ambito AND u.nivel = p.nivel")}
    assert len(stored) == 784  # every row joins its unit, at level upz
    assert stored == {(r["codigo_upz"], int(r["ano"])): (int(float(r["poblacion_total"])),
                                                         int(float(r["poblacion_mujeres"])),
                                                         int(float(r["poblacion_hombres"]))) for r in rows}
    assert query(bogota["path"], "SELECT DISTINCT nivel FROM poblacion") == [("upz",)]
    assert query(bogota["path"], "SELECT sum(poblacion) FROM poblacion WHERE anio = 2024") == [(8_002_180,)]


def test_the_population_keeps_its_declared_age_groups(bogota):
    """0–14, 15–59 and 60 y más, as SDP publishes them; 15–64 is then an estimate by the documented rule."""
    bands = {}
    for ambito, anio, desde, hasta, personas in query(
            bogota["path"], "SELECT ambito, anio, edad_desde, edad_hasta, personas FROM poblacion_edad "
                            "WHERE sexo = 'total'"):
        bands.setdefault((ambito, anio), {})[(desde, hasta)] = personas
    assert len(bands) == 784
    for row in official_rows():
        assert bands[(row["codigo_upz"], int(row["ano"]))] == {
            (0, 14): int(float(row["poblacion_0_14"])), (15, 59): int(float(row["poblacion_15_59"])),
            (60, None): int(float(row["poblacion_60_mas"]))}


def test_population_for_units_not_in_the_expediente_is_refused_with_the_codes(run, tmp_path):
    """Only the localidades imported: the 784 UPZ rows match nothing and nothing is written."""
    path = tmp_path / "solo_localidades.gpkg"
    run("create_expediente", {"OUTPUT": str(path), "MUNICIPALITY": "Bogotá D.C.", "DANE_CODE": "11001"})
    import_layer(run, path, INPUT=str(BOGOTA / "localidades.geojson"), PRESET="bogota_localidades")
    with pytest.raises(QgsProcessingException) as error:
        import_layer(run, path, INPUT=str(POPULATION), PRESET="bogota_poblacion_upz")
    message = str(error.value)
    assert "784 filas de 'poblacion' nombran en el campo 'ambito' códigos que no corresponden a nada" in message
    assert "(nivel upz): 001, 009, 010, 011" in message and "… y 92 más" in message
    assert "no corresponde a ninguna unidad territorial de nivel 'upz'" in message
    assert count(path, "poblacion") == count(path, "poblacion_edad") == 0
    # With SKIP_INVALID the rows are left out and each is in the report: never silent.
    results = import_layer(run, path, INPUT=str(POPULATION), PRESET="bogota_poblacion_upz", SKIP_INVALID=True,
                           REJECTED=str(tmp_path / "informe.gpkg"))
    assert results["IMPORTED"] == 0 and results["REJECTED_COUNT"] == 784
    rejected = report(tmp_path / "informe.gpkg")
    assert len(rejected) == 784 and {r["campo"] for r in rejected} == {"ambito"}
    assert any("'016'" in r["motivo"] for r in rejected)


def test_codes_in_their_usual_forms_match_within_their_level_only(run, bogota, tmp_path):
    """'UPZ16', 'UPZ 16', '16' and 16.0 are UPZ 016 Santa Bárbara; 'UPZ 57' is no localidad."""
    path = tmp_path / "formas.gpkg"
    with open(bogota["path"], "rb") as source, open(path, "wb") as target:
        target.write(source.read())
    sheet = tmp_path / "formas.csv"
    sheet.write_text("ambito,nivel,anio,poblacion,edad_0_14,edad_15_59,edad_60_mas\n"
                     "UPZ16,upz,2030,10,1,5,4\nUPZ 16,UPZ,2031,11,,,\n16,upz,2032,12,,,\n016,upz,2033,13,,,\n"
                     "17,localidad,2030,20,,,\n", encoding="utf-8")
    results = import_layer(run, path, TABLE="poblacion", INPUT=str(sheet))  # the sheet's fields named as the table's
    assert results["IMPORTED"] == 5
    assert query(path, "SELECT ambito, nivel FROM poblacion WHERE anio >= 2030 ORDER BY anio, nivel") == [
        ("17", "localidad"), ("016", "upz"), ("016", "upz"), ("016", "upz"), ("016", "upz")]
    assert query(path, "SELECT edad_desde, edad_hasta, personas FROM poblacion_edad WHERE anio = 2030 AND "
                       "nivel = 'upz' ORDER BY edad_desde") == [(0, 14, 1), (15, 59, 5), (60, None, 4)]
    wrong = tmp_path / "nivel_errado.csv"
    wrong.write_text("ambito,nivel,anio,poblacion\nUPZ 57,localidad,2030,5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="'UPZ 57' no corresponde a ninguna unidad territorial de "
                                                     "nivel 'localidad'"):
        import_layer(run, path, TABLE="poblacion", INPUT=str(wrong))
    # Without a level, a code found in one level only is taken at that level; one found in two is refused.
    ambiguous = tmp_path / "sin_nivel.csv"
    ambiguous.write_text("ambito,anio,poblacion\n057,2040,5\n16,2040,7\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"el código '16' nombra unidades de varios niveles "
                                                     r"\(localidad, upz\): mapee el campo 'nivel'"):
        import_layer(run, path, TABLE="poblacion", INPUT=str(ambiguous))
    ambiguous.write_text("ambito,anio,poblacion\n057,2040,5\n", encoding="utf-8")
    import_layer(run, path, TABLE="poblacion", INPUT=str(ambiguous))
    assert query(path, "SELECT ambito, nivel FROM poblacion WHERE anio = 2040") == [("057", "upz")]


def test_transmilenio_stations_are_keyed_by_station(run, empty_store):
    import_layer(run, empty_store, INPUT=str(BOGOTA / "transporte.geojson"), PRESET="bogota_transmilenio")
    codes = [c for (c,) in query(empty_store, "SELECT codigo FROM transporte")]
    assert len(codes) == len(set(codes)) == 140  # Ricaurte is two stations, on two trunks
    assert "C-La Campiña" in codes and sorted(c for c in codes if c.endswith("Ricaurte")) == ["E-Ricaurte",
                                                                                             "F-Ricaurte"]


def test_land_values_of_lots_not_in_the_expediente_are_refused(run, empty_store, tmp_path):
    sheet = tmp_path / "valores.csv"
    sheet.write_text("codigo,anio,valor_m2\nP-404,2024,1500000\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="el predio 'P-404' no está en el expediente"):
        import_layer(run, empty_store, TABLE="valor_suelo", INPUT=str(sheet))
    assert count(empty_store, "valor_suelo") == 0


ZIP = BOGOTA / "area_actividad_pot.zip"


@pytest.mark.parametrize("source", [f"/vsizip/{ZIP}/AreaActividad.shp", f"/vsizip/{ZIP}", str(ZIP)])
def test_zipped_layers_import_as_qgis_users_name_them(run, empty_store, source):
    results = import_layer(run, empty_store, INPUT=source, PRESET="bogota_areas_actividad")
    assert results["IMPORTED"] == count(empty_store, "zonificacion") == 1141


@pytest.mark.parametrize("source", [f"/vsizip/{BOGOTA}/no_existe.zip/capa.shp", f"/vsizip/{BOGOTA}/no_existe.zip",
                                    f"/vsizip/{ZIP}/NoEsta.shp"])
def test_a_missing_zip_or_layer_inside_it_is_named_in_spanish(run, empty_store, source):
    with pytest.raises(QgsProcessingException) as error:
        import_layer(run, empty_store, INPUT=source, PRESET="bogota_areas_actividad")
    message = str(error.value)
    assert "not found" not in message.lower()
    if "no_existe" in source:
        assert f"El archivo '{BOGOTA}/no_existe.zip' no existe." in message
    else:
        assert "no contiene la capa 'NoEsta.shp'; contiene: AreaActividad.shp." in message


def test_age_bands_imported_on_their_own_need_their_population_row(run, bogota, tmp_path):
    """DANE's five-year bands by sex for Santa Bárbara, added to the row SDP's file gave; a band for a row that is
    not there, or one overlapping a band the row has, is refused."""
    path = tmp_path / "bandas.gpkg"
    with open(bogota["path"], "rb") as source, open(path, "wb") as target:
        target.write(source.read())
    sheet = tmp_path / "quinquenales.csv"
    sheet.write_text("ambito,nivel,anio,sexo,edad_desde,edad_hasta,personas\n"
                     "UPZ16,upz,2024,mujeres,0,4,2300\nUPZ16,upz,2024,hombres,0,4,2400\n", encoding="utf-8")
    assert import_layer(run, path, TABLE="poblacion_edad", INPUT=str(sheet))["IMPORTED"] == 2
    assert query(path, "SELECT ambito, sexo, personas FROM poblacion_edad WHERE edad_hasta = 4 ORDER BY sexo") == [
        ("016", "hombres", 2400), ("016", "mujeres", 2300)]
    sheet.write_text("ambito,nivel,anio,edad_desde,edad_hasta,personas\n016,upz,2010,0,4,1\n"
                     "016,upz,2024,10,19,5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        import_layer(run, path, TABLE="poblacion_edad", INPUT=str(sheet))
    message = str(error.value)
    assert "no hay fila de población de '016' (nivel upz) para 2010" in message
    assert "los grupos de edad 0–14 y 10–19 se traslapan" in message


def test_blocks_and_lots_name_what_contains_them(run, empty_store, tmp_path):
    """A block's unit is read in its stored form ('UPZ16' -> '016'); a unit or block that is not there is refused
    once the expediente has units (blocks); before that, blocks and lots load as given."""
    def square(x, y, size=0.0005):
        return {"type": "Polygon", "coordinates": [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]}

    def layer(name, rows):
        import json

        path = tmp_path / name
        path.write_text(json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": p, "geometry": square(*xy)} for p, xy in rows]}), encoding="utf-8")
        return str(path)

    lots = layer("predios.geojson", [({"cod": "P1", "mz": "MZ9"}, (-74.05, 4.70))])
    assert import_layer(run, empty_store, TABLE="predio", INPUT=lots,
                        MAPPING="codigo=\"cod\"\nmanzana=\"mz\"")["IMPORTED"] == 1  # no blocks yet: as given
    import_layer(run, empty_store, INPUT=str(BOGOTA / "upz.geojson"), PRESET="bogota_upz")
    blocks = layer("manzanas.geojson", [({"cod": "MZ1", "upz": "UPZ16"}, (-74.05, 4.70)),
                                        ({"cod": "MZ2", "upz": "UPZ 999"}, (-74.04, 4.70))])
    mapping = "codigo=\"cod\"\nunidad=\"upz\""
    with pytest.raises(QgsProcessingException, match="el código 'UPZ 999' no corresponde a ninguna unidad territorial "
                                                     "del expediente"):
        import_layer(run, empty_store, TABLE="manzana", INPUT=blocks, MAPPING=mapping)
    assert import_layer(run, empty_store, TABLE="manzana", INPUT=blocks, MAPPING=mapping,
                        SKIP_INVALID=True)["IMPORTED"] == 1
    assert query(empty_store, "SELECT codigo, unidad FROM manzana") == [("MZ1", "016")]
    lots = layer("predios2.geojson", [({"cod": "P2", "mz": "MZ1"}, (-74.05, 4.70)),
                                      ({"cod": "P3", "mz": "MZ404"}, (-74.05, 4.70))])
    with pytest.raises(QgsProcessingException, match="la manzana 'MZ404' no está en el expediente"):
        import_layer(run, empty_store, TABLE="predio", INPUT=lots, MAPPING="codigo=\"cod\"\nmanzana=\"mz\"")


def test_the_bogota_expediente_goes_to_postgis_whole(run, bogota, postgres, tmp_path):
    """Every unit, population row and band; the record that the municipality's unit was made by the plugin; and
    there too, an imported municipio unit takes its place."""
    import json

    from pot_seguimiento.store.postgis import PostgisStore

    source = tmp_path / "bogota.gpkg"
    source.write_bytes(bogota["path"].read_bytes())
    uri = postgres.uri("bogota_codigos")
    run("migrate_expediente", {"INPUT": str(source), "OUTPUT": uri})
    with PostgisStore(uri) as store:
        assert store.info["municipio_derivado_de"] == "localidad"
        for table in ("unidad_territorial", "poblacion", "poblacion_edad"):
            assert store.count(table) == count(source, table), table
        assert store.dicts("SELECT codigo, codigo_padre FROM unidad_territorial WHERE codigo = '016' "
                           "AND nivel = 'upz'") == [{"codigo": "016", "codigo_padre": "01"}]
    city = tmp_path / "ciudad.geojson"
    city.write_text(json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                    "geometry": {"type": "Polygon", "coordinates": [[[-74.3, 3.7], [-73.9, 3.7], [-73.9, 4.9],
                                                                     [-74.3, 4.9], [-74.3, 3.7]]]}}]}),
                    encoding="utf-8")
    import_layer(run, uri, TABLE="unidad_territorial", INPUT=str(city),
                 MAPPING="codigo='11001'\nnombre='Bogotá, Distrito Capital'\nnivel='municipio'")
    with PostgisStore(uri) as store:
        assert store.dicts("SELECT codigo, nombre FROM unidad_territorial WHERE nivel = 'municipio'") == [
            {"codigo": "11001", "nombre": "Bogotá, Distrito Capital"}]
        assert "municipio_derivado_de" not in store.info
