"""Territorialised investment and the observatory of instruments' indicators (issue 23), against values worked out
by hand on a tiny municipality, on both backends.

Units A = [0,1000]×[0,1000], B = [1000,2000]×[0,1000], C = [2000,3000]×[0,1000] (localidades), people
A 10,000, B 20,000, C 5,000 in 2025.
- Project VIA is a road: its right-of-way polygon [500,2800]×[400,600] crosses the three units, 500 m of its
  2,300 m in A, 1,000 in B, 800 in C. Project LOTE is a lot inside B; project SIN has no footprint.
- Action OC1 (a community work) is a point in C.
- Investment of 2025: VIA publica 1,000,000,001 (a first report of 900,000,000 corrected), VIA privada
  2,300,000,000, LOTE regalias 123,456,789, OC1 colaborativa 50,000,000, SIN publica 9; and VIA publica
  700,000,000 in 2024 (another year).
VIA publica in whole pesos, by largest remainder: 1,000,000,001 × 5/23 = 217,391,304.57, × 10/23 = 434,782,609.13,
× 8/23 = 347,826,087.30: the floors leave 1 peso, which goes to A (largest remainder, .57).
"""
import pytest
import shapely
from shapely import box

P = pytest.approx
VIA_PUBLICA = {"A": 217_391_305, "B": 434_782_609, "C": 347_826_087}
TOTAL = {"A": VIA_PUBLICA["A"] + 500_000_000,
         "B": VIA_PUBLICA["B"] + 1_000_000_000 + 123_456_789,
         "C": VIA_PUBLICA["C"] + 800_000_000 + 50_000_000}
POPULATION = {"A": 10_000, "B": 20_000, "C": 5_000, "99999": 35_000}


def units():
    return [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000), box(2000, 0, 3000, 1000)]


CORRIDOR = box(500, 400, 2800, 600)
LOT = box(1200, 100, 1300, 200)


def test_a_corridor_over_three_units_and_a_lot_inside_one_add_up_to_the_peso():
    from pot_seguimiento.core.investment import place

    rows = [{"proyecto": "VIA", "valor": 1_000_000_001}, {"proyecto": "VIA", "valor": 2_300_000_000},
            {"proyecto": "LOTE", "valor": 123_456_789}, {"actuacion": "OC1", "valor": 50_000_000},
            {"proyecto": "SIN", "valor": 9}]
    placed = place(rows, {"VIA": CORRIDOR, "LOTE": LOT, "SIN": None}, {"OC1": shapely.Point(2500, 500)}, units())
    by_unit = placed.by_unit()
    assert by_unit.tolist() == [TOTAL["A"], TOTAL["B"], TOTAL["C"]]
    assert placed.by_unit([True, False, False, False, False]).tolist() == list(VIA_PUBLICA.values())
    assert by_unit.sum() == 1_000_000_001 + 2_300_000_000 + 123_456_789 + 50_000_000  # every located peso
    assert placed.unplaced.tolist() == [4]  # SIN: no footprint


def test_whole_pesos_always_add_up_to_each_value():
    import numpy as np

    from pot_seguimiento.core.investment import whole_pesos

    generator = np.random.default_rng(7)
    source = np.repeat(np.arange(200), 5)
    weight = generator.random(1000)
    values = generator.random(200) * 1e13
    pesos = whole_pesos(source, weight, values)
    assert (np.bincount(source, weights=pesos) == np.rint(values)).all()
    assert (np.abs(pesos - np.rint(values)[source] * weight / np.bincount(source, weight)[source]) < 1).all()


@pytest.fixture(scope="module", params=["gpkg", "postgis"])
def tiny(request, run, tmp_path_factory):
    from pot_seguimiento.store import open_store
    from pot_seguimiento.store.instruments import record_investment, record_receipts

    if request.param == "postgis":
        path = request.getfixturevalue("postgres").uri("inversion")
    else:
        path = str(tmp_path_factory.mktemp("inversion") / "inversion.gpkg")
    run("create_expediente", {"OUTPUT": path, "MUNICIPALITY": "Mínimo", "DANE_CODE": "99999"})
    with open_store(path) as store:
        with store.transaction():
            store.insert("unidad_territorial", {"codigo": ["99999", "A", "B", "C"],
                                                "nombre": ["Mínimo", "A", "B", "C"],
                                                "nivel": ["municipio", "localidad", "localidad", "localidad"]},
                         [box(0, 0, 3000, 1000)] + units())
            store.insert("poblacion", {"ambito": ["A", "B", "C"], "nivel": ["localidad"] * 3, "anio": [2025] * 3,
                                       "poblacion": [10_000, 20_000, 5_000]})
            store.insert("programa", {"codigo": ["MOV"], "nombre": ["Movilidad"]})
            store.insert("proyecto", {
                "codigo": ["VIA", "LOTE", "SIN"], "nombre": ["Avenida", "Colegio", "Estudio"], "programa": ["MOV"] * 3,
                "entidad": ["IDU", "SED", "SDP"], "horizonte": ["corto"] * 3, "anio_inicio": [2024] * 3,
                "anio_fin": [2027] * 3, "meta_descripcion": ["obra"] * 3, "meta_unidad": ["%"] * 3,
                "meta_cantidad": [100.0] * 3, "presupuesto": [5e9, 2e8, 1e6]}, [CORRIDOR, LOT, None])
            store.insert("actuacion", {"codigo": ["OC1"], "nombre": ["Parque comunal"], "tipo": ["obra_comunitaria"]},
                         [shapely.Point(2500, 500)])
            # Plan parcial PP1 in A; its land ceded (S1) lies in B; money (D1) and kind (E1, E2) follow the plan.
            store.insert("instrumento", {"codigo": ["PP1"], "nombre": ["El Lago"], "tipo": ["plan_parcial"],
                                         "estado": ["en_ejecucion"]}, [box(100, 100, 400, 400)])
            store.insert("obligacion_urbanistica", {
                "codigo": ["S1", "D1", "E1", "E2"], "instrumento": ["PP1"] * 4,
                "tipo": ["suelo", "dinero", "especie", "especie"],
                "destino": ["espacio_publico", "vias", "equipamiento", "equipamiento"],
                "cantidad": [5000.0, 2e9, 1.0, 200.0], "unidad": ["m2", "cop", "unidades", "m2"],
                "fecha_limite": ["2025-06-30", "2026-12-31", "2024-12-31", "2027-12-31"]},
                [box(1500, 700, 1600, 750), None, None, None])
        record_receipts(store, [
            {"obligacion": "S1", "fecha": "2025-03-01", "cantidad": "3000", "referencia": "ACTA-1"},
            {"obligacion": "D1", "fecha": "2025-05-01", "cantidad": "500000000", "referencia": "PAGO-1",
             "proyecto_destino": "VIA"},
            {"obligacion": "D1", "fecha": "2025-09-01", "cantidad": "300000000", "referencia": "PAGO-2"},
            {"obligacion": "D1", "fecha": "2026-02-01", "cantidad": "100000000", "referencia": "PAGO-3",
             "proyecto_destino": "VIA"},
            {"obligacion": "E1", "fecha": "2024-11-01", "cantidad": "1", "referencia": "ACTA-2"}])
        record_investment(store, [
            {"proyecto": "VIA", "anio": "2025", "fuente": "publica", "valor": "900000000", "bpin": "2024110010001"},
            {"proyecto": "VIA", "anio": "2025", "fuente": "privada", "valor": "2300000000"},
            {"proyecto": "LOTE", "anio": "2025", "fuente": "Regalías", "valor": "123.456.789"},
            {"actuacion": "OC1", "anio": "2025", "fuente": "colaborativa", "valor": "50000000"},
            {"proyecto": "SIN", "anio": "2025", "fuente": "publica", "valor": "9"},
            {"proyecto": "VIA", "anio": "2024", "fuente": "publica", "valor": "700000000", "bpin": "2024110010001"}])
        corrected = record_investment(store, [{"proyecto": "VIA", "anio": 2025, "fuente": "publica",
                                               "valor": "1000000001", "bpin": "2024110010001"}])
        assert corrected.accepted[0][2] == ["corrige el registro 1"]
    run("compute_indicators", {"EXPEDIENTE": path, "PERIOD": "2025", "LEVEL": "localidad", "OUTPUT": "memory:"})
    return path


def measured(path, code):
    from pot_seguimiento.store import open_store

    with open_store(path) as store:
        rows = store.connection.execute("SELECT ambito, valor, numerador, denominador, nota FROM medicion "
                                        "WHERE indicador = ? AND periodo = '2025'", (code,)).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def values(path, code):
    return {scope: row[0] for scope, row in measured(path, code).items()}


def test_investment_by_unit_is_apportioned_to_the_peso(tiny):
    municipality = sum(TOTAL.values()) + 9  # SIN has no footprint: the municipality's only
    assert values(tiny, "inversion_por_unidad") == {**TOTAL, "99999": municipality}
    assert "9 COP" in measured(tiny, "inversion_por_unidad")["99999"][3]


def test_investment_per_inhabitant_by_source(tiny):
    assert values(tiny, "inversion_per_capita_publica") == {
        u: P(VIA_PUBLICA[u] / POPULATION[u]) for u in "ABC"} | {"99999": P(1_000_000_010 / 35_000)}
    assert values(tiny, "inversion_per_capita_privada") == {
        "A": P(500_000_000 / 10_000), "B": P(1e9 / 20_000), "C": P(8e8 / 5_000), "99999": P(2.3e9 / 35_000)}
    assert values(tiny, "inversion_per_capita_regalias") == {
        "A": 0, "B": P(123_456_789 / 20_000), "C": 0, "99999": P(123_456_789 / 35_000)}
    assert values(tiny, "inversion_per_capita_colaborativa")["C"] == P(50_000_000 / 5_000)
    assert values(tiny, "inversion_per_capita_cooperacion") == {}  # no investment of that source: not computed


def test_share_of_private_and_collaborative_investment(tiny):
    assert values(tiny, "participacion_inversion_privada") == {
        "A": P(500_000_000 / TOTAL["A"] * 100), "B": P(1e9 / TOTAL["B"] * 100),
        "C": P(850_000_000 / TOTAL["C"] * 100), "99999": P(2_350_000_000 / (sum(TOTAL.values()) + 9) * 100)}


def test_compliance_with_obligations_by_type(tiny):
    # At 2025-12-31: S1 (B) 3,000 of 5,000 m²; D1 (A, by its plan) 800 million of 2,000 (PAGO-3 is of 2026);
    # in kind E1 done (1 of 1 unit), E2 nothing of 200 m²: units differ, so each weighs the same, 1 of 2.
    assert values(tiny, "cumplimiento_obligaciones_suelo") == {"A": None, "B": P(60), "C": None, "99999": P(60)}
    assert values(tiny, "cumplimiento_obligaciones_dinero") == {"A": P(40), "B": None, "C": None, "99999": P(40)}
    assert measured(tiny, "cumplimiento_obligaciones_especie")["A"][:3] == P((50, 1, 2))
    assert values(tiny, "suelo_recibido_m2") == {"A": 0, "B": 3000, "C": 0, "99999": 3000}
    assert values(tiny, "obligaciones_vencidas") == {"A": 0, "B": 1, "C": 0, "99999": 1}  # S1, due 2025-06-30
    # Of the 800 million received in 2025, 500 went to a POT project.
    assert values(tiny, "recaudo_destinado_pot") == {"A": P(62.5), "B": None, "C": None, "99999": P(62.5)}
