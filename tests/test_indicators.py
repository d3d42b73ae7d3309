"""compute_indicators against values computed by hand on a tiny municipality, on both backends
(the same fixture in a GeoPackage and in PostGIS must give the same numbers).

Units A = [0,100]×[0,100], B = [100,200]×[0,100] and an empty C = [200,300]×[0,100].
Block b2 and lot l3 cross the A/B edge, effective public space overlaps
itself and crosses the edge too: every number below was worked out on paper.
"""
import json

import pytest
import shapely
from shapely import box

from conftest import count

P = pytest.approx


@pytest.fixture(scope="module", params=["gpkg", "postgis"])
def tiny(request, run, tmp_path_factory):
    from pot_seguimiento.store import open_store

    if request.param == "postgis":
        path = request.getfixturevalue("postgres").uri("tiny")
    else:
        path = str(tmp_path_factory.mktemp("tiny") / "tiny.gpkg")
    run("create_expediente", {"OUTPUT": path, "MUNICIPALITY": "Mínimo", "DANE_CODE": "99999"})
    with open_store(path) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["99999", "A", "B", "C"], "nombre": ["Mínimo", "A", "B", "C"],
                                            "nivel": ["municipio", "localidad", "localidad", "localidad"]},
                     [box(0, 0, 300, 100), box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 300, 100)])
        store.insert("manzana", {"codigo": ["b1", "b2", "b3"]},
                     [box(10, 10, 50, 50), box(80, 10, 120, 50), box(150, 60, 190, 90)])
        store.insert("poblacion", {"ambito": ["b1", "b2", "b3", "b1", "b2", "b3"], "nivel": ["manzana"] * 6,
                                   "anio": [2024, 2024, 2024, 2018, 2018, 2018],
                                   "poblacion": [100, 200, 0, 80, 160, 0], "viviendas": [40, 80, 0, 30, 60, 0]})
        store.insert("espacio_publico", {"tipo": ["parque", "parque", "plaza", "separador"], "efectivo": [1, 1, 1, 0]},
                     [box(0, 60, 40, 100), box(20, 60, 60, 100), box(90, 60, 110, 100), box(120, 0, 140, 10)])
        store.insert("zonificacion", {"tipo": ["clasificacion_suelo", "clasificacion_suelo", "proteccion"],
                                      "categoria": ["urbano", "expansion", "ronda_hidrica"]},
                     [box(0, 0, 160, 100), box(160, 0, 200, 100), box(170, 0, 200, 30)])
        store.insert("amenaza", {"fenomeno": ["inundacion", "inundacion"], "nivel": ["alta", "media"]},
                     [box(0, 0, 40, 30), box(40, 0, 60, 30)])
        store.insert("huella", {"anio": [2018, 2024, 2024, 2024], "informal": [0, 0, 0, 1]},
                     [box(10, 10, 50, 50), box(10, 10, 50, 50), box(80, 10, 120, 50), box(180, 0, 200, 20)])
        store.insert("equipamiento", {"codigo": ["E1", "S1"], "nombre": ["Colegio", "Hospital"],
                                       "sector": ["educacion", "salud"]},
                     [shapely.Point(0, 30), shapely.Point(150, 50)])
        store.insert("indicador", {
            "codigo": ["salud_por_mil"], "nombre": ["Equipamientos de salud por mil habitantes"],
            "dimension": ["modelo_ocupacion"], "calculadora": ["razon"], "polaridad": ["positiva"],
            "parametros": [json.dumps({
                "numerador": {"capa": "equipamiento", "agregado": "count", "filtro": "\"sector\" = 'salud'"},
                "denominador": {"capa": "poblacion", "agregado": "sum", "expresion": "\"poblacion\"",
                                "filtro": "\"anio\" = 2024"},
                "factor": 1000})]})
        store.insert("transporte", {"nombre": ["Paradero", "Portal"], "capacidad": ["baja", "alta"]},
                     [shapely.Point(100, 80), shapely.Point(250, 75)])
        store.insert("predio", {"codigo": ["l1", "l2", "l3", "l4"], "area_terreno": [800, 800, 2000, 1200]},
                     [box(10, 10, 30, 50), box(30, 10, 50, 50), box(80, 10, 130, 50), box(150, 60, 190, 90)])
        store.insert("valor_suelo", {"codigo": ["l1", "l2", "l3", "l4"] * 2, "anio": [2024] * 4 + [2023] * 4,
                                     "valor_m2": [1000, 2000, 3000, 4000, 1000, 1000, 3000, 2000]})
    parameters = {"cobertura_educacion": {"distancia_m": 50},
                  "acceso_transporte": {"distancia_baja_m": 60, "distancia_alta_m": 100},
                  "valor_suelo_variacion_real": {"ipc": {"2024": 5.2}}}
    results = run("compute_indicators", {"EXPEDIENTE": path, "PERIOD": "2024", "LEVEL": "localidad",
                                         "PARAMETERS": json.dumps(parameters), "OUTPUT": "memory:"})
    return path, results


def measured(path, code):
    """{ambito: (valor, numerador, denominador, nota)} of a 2024 indicator."""
    from pot_seguimiento.store import open_store

    with open_store(path) as store:
        rows = store.connection.execute("SELECT ambito, valor, numerador, denominador, nota FROM medicion "
                                        "WHERE indicador = ? AND periodo = '2024'", (code,)).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def measured_parameters(path, code, scope):
    from pot_seguimiento.store import open_store

    with open_store(path) as store:
        return store.connection.execute("SELECT parametros FROM medicion WHERE indicador = ? AND ambito = ?",
                                        (code, scope)).fetchone()[0]


def values(path, code):
    return {ambito: row[0] for ambito, row in measured(path, code).items()}


def test_effective_public_space_per_inhabitant(tiny):
    path, _ = tiny
    # Population A = 100 + 200/2 (b2 half in A) = 200, B = 100, municipality 300.
    # EPE (overlapping parks dissolved, separador excluded): A = 2400 + 400, B = 400.
    epe = measured(path, "epe_hab")
    assert epe["A"][:3] == P((14.0, 2800, 200))
    assert epe["B"][:3] == P((4.0, 400, 100))
    assert epe["99999"][:3] == P((3200 / 300, 3200, 300))
    assert epe["C"][0] is None and epe["C"][3] == "la unidad no tiene población"
    assert values(path, "epe_deficit") == {"A": P(200), "B": P(1100), "C": None, "99999": P(1300)}


def test_densities_over_urban_hectares(tiny):
    path, _ = tiny
    # Urban land: A 1 ha, B 0.6 ha, municipality 1.6 ha.
    assert values(path, "densidad_poblacion") == {"A": P(200), "B": P(100 / 0.6), "C": None, "99999": P(187.5)}
    assert values(path, "densidad_viviendas") == {"A": P(80), "B": P(40 / 0.6), "C": None, "99999": P(75)}


def test_urban_footprint_and_sdg_11_3_1(tiny):
    path, _ = tiny
    assert values(path, "huella_urbana") == {"A": P(0.24), "B": P(0.12), "C": P(0), "99999": P(0.36)}
    lcrpgr = measured(path, "lcrpgr")
    import math

    assert lcrpgr["A"][0] == P(math.log(1.5) / math.log(1.25))  # footprint 1600 -> 2400, population 160 -> 200
    assert lcrpgr["99999"][0] == P(math.log(3600 / 1600) / math.log(300 / 240))
    assert lcrpgr["B"][0] is None and "una de las fechas" in lcrpgr["B"][3]
    assert lcrpgr["B"][1] is None  # no footprint at the first date: its growth rate is no number (not infinity)


def test_occupation_of_protection_high_hazard_and_expansion(tiny):
    path, _ = tiny
    assert values(path, "ocupacion_proteccion") == {"A": None, "B": P(400 / 900 * 100), "C": None,
                                                   "99999": P(400 / 900 * 100)}
    assert values(path, "ocupacion_amenaza_alta") == {"A": P(50), "B": None, "C": None, "99999": P(50)}
    assert values(path, "expansion_desarrollada") == {"A": None, "B": P(10), "C": None, "99999": P(10)}
    # 600 of b1's 1,600 m² are in high hazard: 37.5 of its 100 people.
    assert values(path, "poblacion_expuesta_amenaza") == {"A": P(37.5), "B": P(0), "C": None, "99999": P(37.5)}


def test_coverage_and_transit_access(tiny):
    path, _ = tiny
    # The school reaches b1 only (50 m); the stops reach b2 (low, 60 m) and b3 (high, 100 m).
    assert values(path, "cobertura_educacion") == {"A": P(50), "B": P(0), "C": None, "99999": P(100 / 3)}
    assert values(path, "acceso_transporte") == {"A": P(50), "B": P(100), "C": None, "99999": P(200 / 3)}


def test_land_value_battery(tiny):
    path, _ = tiny
    # l3 (2,000 m²) lies 40 % in A and 60 % in B.
    m2 = measured(path, "valor_suelo_m2")
    assert m2["A"][:3] == P((2000, 4.8e6, 2400))
    assert m2["B"][:3] == P((3500, 8.4e6, 2400))
    assert m2["99999"][:3] == P((2750, 13.2e6, 4800))
    assert m2["C"][0] is None and "2024" in m2["C"][3]
    assert values(path, "valor_suelo_mediana") == {"A": P(1500), "B": P(3500), "C": None, "99999": P(2500)}
    assert values(path, "valor_suelo_variacion") == {"A": P(20), "B": P(40), "C": None, "99999": P(32)}
    assert values(path, "valor_suelo_variacion_real") == {
        "A": P((1.2 / 1.052 - 1) * 100), "B": P((1.4 / 1.052 - 1) * 100), "C": None,
        "99999": P((1.32 / 1.052 - 1) * 100)}
    assert values(path, "valor_suelo_indice") == {"A": P(2000 / 2750), "B": P(3500 / 2750), "C": None,
                                                  "99999": P(1)}


def test_user_defined_ratio_of_aggregates(tiny):
    path, _ = tiny
    # One health facility, in B; population 200 in A, 100 in B, 300 in all.
    assert values(path, "salud_por_mil") == {"A": P(0), "B": P(10), "C": None, "99999": P(1000 / 300)}
    assert measured(path, "salud_por_mil")["B"][1:3] == P((1, 100))


def test_parameters_used_are_kept(tiny):
    path, _ = tiny
    used = json.loads(measured_parameters(path, "cobertura_educacion", "A"))
    assert used["distancia_m"] == 50 and used["anio_poblacion"] == 2024


def test_output_layer_has_a_column_per_indicator(tiny):
    from qgis.core import QgsProcessingUtils, QgsProcessingContext

    path, results = tiny
    layer = results["OUTPUT"]
    layer = layer if hasattr(layer, "getFeatures") else QgsProcessingUtils.mapLayerFromString(layer, QgsProcessingContext())
    rows = {f["codigo"]: f for f in layer.getFeatures()}
    assert set(rows) == {"A", "B", "C"}
    assert rows["A"]["epe_hab"] == P(14.0)
    assert rows["B"]["valor_suelo_m2"] == P(3500)


def test_recomputing_replaces_only_that_period(run, tiny):
    path, _ = tiny
    before = count(path, "medicion")
    run("compute_indicators", {"EXPEDIENTE": path, "PERIOD": "2024-S2", "LEVEL": "localidad",
                               "INDICATORS": "epe_hab", "OUTPUT": "memory:"})
    assert count(path, "medicion") == before + 4
    run("compute_indicators", {"EXPEDIENTE": path, "PERIOD": "2024-S2", "LEVEL": "localidad",
                               "INDICATORS": "epe_hab", "OUTPUT": "memory:"})
    assert count(path, "medicion") == before + 4
    assert values(path, "epe_hab")["A"] == P(14.0)
