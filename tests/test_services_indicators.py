"""The observatory of social services' indicators against values worked by hand (core/indicators/services.py), on
both backends: three blocks, two schools.

Units A = [0,1000]×[0,1000] and B = [1000,3000]×[0,1000]. Blocks (40 m squares) centred at b1 (100,500) and
b2 (900,500) in A, b3 (2900,500) in B. School F1 at (100,100) in A with 60 places; school F2 at (1050,500) in B
without a capacity (one unit of supply). Distance-decay bands 0–500, 500–1,000, 1,000–1,500 m weighted 1, 0.68, 0.22.

Target population of education (5–16) from five-year bands, the 15–19 band counting 2/5 (ages 15 and 16):
b1 100 + 100 + 100·2/5 = 240, b2 50 + 50 + 50·2/5 = 120, b3 150 + 150 + 250·2/5 = 400.

Distances: F1–b1 400 (w 1), F1–b2 √(800² + 400²) = 894.4 (0.68), F1–b3 1,843.9 (beyond);
F2–b1 950 (0.68), F2–b2 150 (1), F2–b3 1,850 (beyond).
Step 1: D1 = 240·1 + 120·0.68 = 321.6, R1 = 60/321.6; D2 = 240·0.68 + 120·1 = 283.2, R2 = 1/283.2.
Step 2: A(b1) = R1 + 0.68·R2, A(b2) = 0.68·R1 + R2, A(b3) = 0.
"""
import json

import pytest
import shapely
from shapely import box

P = pytest.approx
R1, R2 = 60 / 321.6, 1 / 283.2
A1, A2 = R1 + 0.68 * R2, 0.68 * R1 + R2


def square(x, y):
    return box(x - 20, y - 20, x + 20, y + 20)


CODES = ["oferta_demanda_educacion", "accesibilidad_educacion", "deficit_educacion",
         "poblacion_sin_servicio_educacion", "uso_capacidad_educacion", "accesibilidad_salud"]


@pytest.fixture(scope="module", params=["gpkg", "postgis"])
def three_blocks(request, run, tmp_path_factory):
    if request.param == "postgis":
        path = request.getfixturevalue("postgres").uri("tres_manzanas")
    else:
        path = str(tmp_path_factory.mktemp("servicios") / "servicios.gpkg")
    three_block_expediente(run, path)
    run("compute_indicators", {"EXPEDIENTE": path, "PERIOD": "2024", "LEVEL": "localidad",
                               "INDICATORS": ",".join(CODES), "OUTPUT": "memory:"})
    return path


def three_block_expediente(run, path):
    """The expediente of the module's docstring (tests/test_services_network.py adds streets to it)."""
    from pot_seguimiento.store import open_store

    run("create_expediente", {"OUTPUT": path, "MUNICIPALITY": "Tres manzanas", "DANE_CODE": "99998"})
    with open_store(path) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["99998", "A", "B"], "nombre": ["Tres manzanas", "A", "B"],
                                            "nivel": ["municipio", "localidad", "localidad"]},
                     [box(0, 0, 3000, 1000), box(0, 0, 1000, 1000), box(1000, 0, 3000, 1000)])
        store.insert("manzana", {"codigo": ["b1", "b2", "b3"]},
                     [square(100, 500), square(900, 500), square(2900, 500)])
        store.insert("poblacion", {"ambito": ["b1", "b2", "b3"], "nivel": ["manzana"] * 3, "anio": [2024] * 3,
                                   "poblacion": [1000, 500, 2000]})
        bands = {"b1": [100, 100, 100, 100, 600], "b2": [50, 50, 50, 50, 300], "b3": [200, 150, 150, 250, 1250]}
        limits = [(0, 4), (5, 9), (10, 14), (15, 19), (20, None)]
        rows = [(block, desde, hasta, persons) for block, counts in bands.items()
                for (desde, hasta), persons in zip(limits, counts)]
        store.insert("poblacion_edad", {"ambito": [r[0] for r in rows], "nivel": ["manzana"] * len(rows),
                                        "anio": [2024] * len(rows), "sexo": ["total"] * len(rows),
                                        "edad_desde": [r[1] for r in rows], "edad_hasta": [r[2] for r in rows],
                                        "personas": [r[3] for r in rows]})
        store.insert("equipamiento", {"codigo": ["F1", "F2", "F3", "S1"],
                                      "nombre": ["Colegio 1", "Colegio 2", "Colegio en obra", "Hospital"],
                                      "sector": ["educacion", "educacion", "educacion", "salud"],
                                      "capacidad": [60, None, 500, 100],
                                      "unidad_capacidad": ["cupos", None, "cupos", "camas"],
                                      "estado": ["operando", "operando", "en_construccion", "operando"]},
                     [shapely.Point(100, 100), shapely.Point(1050, 500), shapely.Point(2900, 520),
                      shapely.Point(2500, 500)])
        store.insert("reporte_equipamiento", {"equipamiento": ["F1", "F2", "F1"], "periodo": ["2024-S2"] * 3,
                                              "fecha_corte": ["2024-12-31"] * 3, "capacidad": [None, 25, None],
                                              "usuarios": [40, 20, 10]})
        first = store.dicts("SELECT fid FROM reporte_equipamiento WHERE equipamiento = 'F1' AND usuarios = 40")
        store.insert("reporte_equipamiento", {"equipamiento": ["F1"], "periodo": ["2024-S2"],
                                              "fecha_corte": ["2024-12-31"], "usuarios": [54],
                                              "reemplaza": [first[0]["fid"]],
                                              "observaciones": ["corrige el conteo de usuarios"]})
        store.insert("reporte_equipamiento", {"equipamiento": ["F1"], "periodo": ["2024-S1"],
                                              "fecha_corte": ["2024-06-30"], "usuarios": [5]})


def measured(path, code):
    from pot_seguimiento.store import open_store

    with open_store(path) as store:
        rows = store.connection.execute("SELECT ambito, valor, numerador, denominador, nota, parametros FROM medicion "
                                        "WHERE indicador = ? AND periodo = '2024'", (code,)).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def test_supply_against_demand(three_blocks):
    m = measured(three_blocks, "oferta_demanda_educacion")
    assert m["A"][:3] == P((60 / 360 * 1000, 60, 360))
    assert m["B"][:3] == P((1 / 400 * 1000, 1, 400))  # F2 without capacity: one unit; F3 is under construction
    assert m["99998"][:3] == P((61 / 760 * 1000, 61, 760))
    assert "1 de 2 equipamientos no tenían capacidad" in m["A"][3]
    parameters = json.loads(m["A"][4])
    assert parameters["edades"] == "5–16" and parameters["sin_capacidad"] == 1


def test_e2sfca_accessibility_two_steps_by_hand(three_blocks):
    m = measured(three_blocks, "accesibilidad_educacion")
    assert m["A"][:3] == P(((240 * A1 + 120 * A2) / 360 * 1000, 240 * A1 + 120 * A2, 360))
    assert m["A"][0] == P(61 / 360 * 1000)  # all the supply reaches someone: Σ P·A = Σ S
    assert m["B"][:3] == P((0, 0, 400))
    assert m["99998"][0] == P(61 / 760 * 1000)
    assert json.loads(m["A"][4])["bandas_m"] == [500, 1000, 1500]
    assert json.loads(m["A"][4])["distancia"] == "linea_recta"
    assert "distancias en línea recta (el expediente no tiene malla vial" in m["A"][3]


def test_deficit_and_population_beyond_the_largest_band(three_blocks):
    deficit = measured(three_blocks, "deficit_educacion")
    assert deficit["A"][:3] == P((240 * (1 - A1) + 120 * (1 - A2), 240 * (1 - A1) + 120 * (1 - A2), 360))
    assert deficit["A"][0] == P(299)
    assert deficit["B"][0] == P(400) and deficit["99998"][0] == P(699)
    beyond = measured(three_blocks, "poblacion_sin_servicio_educacion")
    assert {k: v[0] for k, v in beyond.items()} == {"A": P(0), "B": P(400), "99998": P(400)}


def test_use_of_capacity_from_the_current_reports(three_blocks):
    """F1: the correction (54 users) replaces the report of 40, the S2 report speaks for the year; capacity 60 from
    the facility. F2: 20 users of the 25 places it reported."""
    m = measured(three_blocks, "uso_capacidad_educacion")
    assert m["A"][:3] == P((90, 54, 60))
    assert m["B"][:3] == P((80, 20, 25))
    assert m["99998"][:3] == P((74 / 85 * 100, 74, 85))


def test_a_sector_for_everyone(three_blocks):
    """Health serves everyone (3,500 people); the hospital at (2500,500) reaches b3 only (400 m: weight 1)."""
    m = measured(three_blocks, "accesibilidad_salud")
    assert m["B"][:3] == P((100 / 2000 * 1000, 100, 2000))
    assert m["A"][0] == P(0) and m["99998"][0] == P(100 / 3500 * 1000)


def test_current_reports_and_code_parsing():
    import numpy as np

    from pot_seguimiento.core.indicators.engine import Layer
    from pot_seguimiento.core.indicators.services import current_reports, parse_code

    reports = Layer({"fid": np.array([1, 2, 3, 4]), "equipamiento": np.array(["a", "a", "b", "a"], dtype=object),
                     "periodo": np.array(["2024-S1", "2024-S2", "2024-S1", "2024-S2"], dtype=object),
                     "reemplaza": np.array([None, None, None, 2], dtype=object)})
    assert sorted(current_reports(reports, "2024").tolist()) == [2, 3]
    assert sorted(current_reports(reports, "2024-S1").tolist()) == [0, 2]
    assert current_reports(reports, "2025").tolist() == []
    assert parse_code("accesibilidad_educacion_publica") == ("accesibilidad", "educacion", "publica")
    assert parse_code("deficit_salud") == ("deficit", "salud", None)
    assert parse_code("epe_hab") is None


@pytest.mark.parametrize("ages", [(5, 16), (0, 5), (60, None), (15, 64), (3, 3)])
def test_the_vectorised_age_rule_is_the_documented_one(ages):
    """age_bands.persons_in_rows (whole tables at once) gives what persons_in gives row by row: partial bands,
    open bands, rows by sex only, rows whose bands leave a gap (no value, never an undercount)."""
    import math

    from pot_seguimiento.core import age_bands
    from pot_seguimiento.core.age_bands import BROAD, DANE_FIVE_YEAR, Band

    rows = {"quinquenal": [("total", b, 100 + 7 * i) for i, b in enumerate(DANE_FIVE_YEAR)],
            "grandes": [("total", b, 1000 * (i + 1)) for i, b in enumerate(BROAD)],
            "por_sexo": [(s, b, 50 + i) for s in ("mujeres", "hombres") for i, b in enumerate(DANE_FIVE_YEAR)],
            "con_hueco": [("total", Band(0, 4), 10), ("total", Band(10, 14), 10), ("total", Band(15), 10)],
            "solo_mujeres": [("mujeres", b, 5) for b in DANE_FIVE_YEAR]}
    table = {"clave": [], "sexo": [], "edad_desde": [], "edad_hasta": [], "personas": []}
    for key, bands in rows.items():
        for sexo, band, persons in bands:
            for name, value in zip(table, (key, sexo, band.desde, band.hasta, persons)):
                table[name].append(value)
    found = age_bands.persons_in_rows(table, list(rows), *ages)
    for key, value in zip(rows, found):
        expected, _ = age_bands.persons_in(age_bands.total_counts(age_bands.totals_by_sex(
            [(s, b.desde, b.hasta, p) for s, b, p in rows[key]])), *ages)
        assert (math.isnan(value) and expected is None) or value == P(expected), key


@pytest.mark.parametrize("params", [{"bandas_m": [500, 400, 1500]}, {"bandas_m": [-5, 1000, 1500]},
                                    {"pesos": [1, 0.5]}, {"pesos": [1, 2, 0.2]}, {"bandas_m": "lejos"}])
def test_bad_decay_bands_are_refused_before_computing(params):
    from pot_seguimiento.core.errors import InputError
    from pot_seguimiento.core.indicators.services import decay_parameters

    with pytest.raises(InputError, match="accesibilidad_salud"):
        decay_parameters(params, "accesibilidad_salud")
