"""Heritage and instruments on real Bogotá (../shared/data/bogota, SOURCES.md). The shared layers hold no register of
Bienes de Interés Cultural (no BIC points) and no planes parciales or any other instrument (no obligations, receipts
or investment): of heritage they hold only the 11 polygons of the POT's zoning (Decreto 555 de 2021) whose norm is a
national BIC's PEMP. A planning office that brings those zones alone gets them in the expediente, placed in the
localidades that hold them, and the indicators it asks for tell it, unit by unit, what is missing: sin dato with the
reason, never a zero that would read as "no asset lost" or "no obligation overdue"."""
import numpy as np
import pytest
import shapely

from conftest import BOGOTA
from test_heritage_indicators import CODES

INSTRUMENT_CODES = ("suelo_recibido_m2", "obligaciones_vencidas", "recaudo_destinado_pot", "inversion_por_unidad",
                    "participacion_inversion_privada")


@pytest.fixture(scope="module")
def bogota_pemp(run, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("bogota_patrimonio") / "bogota.gpkg")
    run("create_expediente", {"OUTPUT": path, "MUNICIPALITY": "Bogotá D.C.", "DANE_CODE": "11001"})
    for preset, source in (("bogota_localidades", "localidades.geojson"), ("bogota_upz", "upz.geojson"),
                           ("bogota_pemp", "area_actividad_pot.zip")):
        assert run("import_layer", {"EXPEDIENTE": path, "INPUT": str(BOGOTA / source), "PRESET": preset})[
            "REJECTED_COUNT"] == 0
    return path


def measured(path, period, level):
    from pot_seguimiento.store import open_store

    with open_store(path) as store:
        rows = store.connection.execute(
            "SELECT indicador, ambito, valor, nota FROM medicion WHERE periodo = ? AND nivel IN (?, 'municipio')",
            (period, level)).fetchall()
    out = {}
    for code, unit, value, note in rows:
        out.setdefault(code, {})[unit] = (value, note)
    return out


def test_the_pemp_zones_land_in_the_localidades_of_the_historic_centre(bogota_pemp):
    from pot_seguimiento.store import open_store

    with open_store(bogota_pemp) as store:
        zones, outlines = store.read("zona_influencia_patrimonio", ["codigo", "tipo"])
        units, polygons = store.read("unidad_territorial", ["codigo", "nombre"], where="nivel = 'localidad'")
    assert len(zones["codigo"]) == 11 and set(zones["tipo"]) == {"pemp"}
    area = shapely.area(outlines).sum() / 10_000  # hectares (EPSG:9377 metres)
    assert 50 < area < 2_000, area  # a historic centre and single monuments' precincts, not a zoning of the city
    holding = {}
    for zone in outlines:
        with np.errstate(invalid="ignore"):  # (GEOS's NaN for the localidades a zone does not touch)
            overlap = shapely.area(shapely.intersection(polygons, zone))
        holding.setdefault(str(units["nombre"][overlap.argmax()]).upper(), []).append(zone)
    # La Candelaria is the Centro Histórico's PEMP (a BIC nacional); every zone lies inside the city's localidades.
    assert any("CANDELARIA" in name for name in holding), sorted(holding)
    city = shapely.union_all(polygons).buffer(1)
    assert all(shapely.within(zone, city) for zone in outlines)


def test_heritage_indicators_without_an_asset_register_are_sin_dato_and_say_why(run, bogota_pemp):
    run("compute_indicators", {"EXPEDIENTE": bogota_pemp, "PERIOD": "2025", "LEVEL": "localidad",
                               "INDICATORS": ",".join(CODES), "OUTPUT": "memory:"})
    values = {code: v for code, v in measured(bogota_pemp, "2025", "localidad").items() if code in CODES}
    assert set(values) == set(CODES)
    for code in CODES:
        assert len(values[code]) == 21, code  # the 20 localidades and the city
        expected = ("actividades tradicionales en el expediente (tabla actividad_tradicional)"
                    if code == "actividades_tradicionales_permanencia"
                    else "bienes de interés cultural declarados en el expediente (tabla bien_patrimonial)")
        for unit, (value, note) in values[code].items():
            assert value is None and note.startswith("no hay ") and note.endswith(expected), (code, unit, note)


def test_instrument_indicators_without_instruments_are_sin_dato_not_zero(run, bogota_pemp):
    run("compute_indicators", {"EXPEDIENTE": bogota_pemp, "PERIOD": "2025", "LEVEL": "upz",
                               "INDICATORS": ",".join(INSTRUMENT_CODES), "OUTPUT": "memory:"})
    values = {code: v for code, v in measured(bogota_pemp, "2025", "upz").items() if code in INSTRUMENT_CODES}
    assert set(values) == set(INSTRUMENT_CODES)
    for code in INSTRUMENT_CODES:
        assert len(values[code]) > 100, code  # 112 UPZ, the 4 UPR are another level
        expected = ("no hay obligaciones urbanísticas en el expediente (tabla obligacion_urbanistica)"
                    if code in INSTRUMENT_CODES[:3] else "no hay inversión registrada en el expediente (tabla inversion)")
        for unit, (value, note) in values[code].items():
            assert value is None and note == expected, (code, unit, value, note)
