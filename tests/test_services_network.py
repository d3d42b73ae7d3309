"""The services observatory along the streets (core/indicators/street_network.py): the three blocks and two schools
of tests/test_services_indicators.py, now with streets, on both backends, worked by hand.

Streets: 'Carrera 1' from F1 (100,100) north to b1 (100,500), 400 m. 'Calle 5' from b2 (900,500) north to
(900,1400), over a bridge to (1050,1400) and south to F2 (1050,500): 900 + 150 + 900 = 1,950 m. Nothing joins the
two (a motorway between b1 and b2 without a crossing). Every block and school lies on a node (snap 0); b3
(2900,500) is 1,850 m from its nearest node (F2's) in a straight line: beyond the largest band, as before.

Along the streets: F1–b1 400 (w 1); F1–b2 no path; F2–b2 1,950 (beyond); F2 reaches nobody (its unit of supply is
lost); F1–b3, F2–b1 no path.
Step 1: D1 = 240·1 = 240, R1 = 60/240 = 0.25; D2 = 0, R2 = 0.
Step 2: A(b1) = 0.25, A(b2) = 0, A(b3) = 0.
In a straight line (test_services_indicators): A = 61/360·1000 = 169.4 in A, nobody beyond the largest band in A;
along the streets: 240·0.25/360·1000 = 166.7, deficit 240·0.75 + 120 = 300, and b2's 120 school-age persons are
beyond the largest band of every school.
"""
import json

import pytest
import shapely
from test_services_indicators import CODES, measured, three_block_expediente

P = pytest.approx


@pytest.fixture(scope="module", params=["gpkg", "postgis"])
def with_streets(request, run, tmp_path_factory):
    from pot_seguimiento.store import open_store

    if request.param == "postgis":
        path = request.getfixturevalue("postgres").uri("tres_manzanas_red")
    else:
        path = str(tmp_path_factory.mktemp("red") / "red.gpkg")
    three_block_expediente(run, path)
    with open_store(path) as store, store.transaction():
        store.insert("via", {"codigo": ["K1", "C5"], "nombre": ["Carrera 1", "Calle 5"], "tipo": ["local"] * 2},
                     [shapely.LineString([(100, 100), (100, 500)]),
                      shapely.LineString([(900, 500), (900, 1400), (1050, 1400), (1050, 500)])])
    run("compute_indicators", {"EXPEDIENTE": path, "PERIOD": "2024", "LEVEL": "localidad",
                               "INDICATORS": ",".join(CODES), "OUTPUT": "memory:"})
    return path


def test_accessibility_along_the_streets_by_hand(with_streets):
    m = measured(with_streets, "accesibilidad_educacion")
    assert m["A"][:3] == P((240 * 0.25 / 360 * 1000, 60, 360))  # straight line: 61/360·1000
    assert m["B"][:3] == P((0, 0, 400))
    assert m["99998"][0] == P(60 / 760 * 1000)
    assert json.loads(m["A"][4])["distancia"] == "malla_vial"
    assert "distancias por la malla vial (tabla via: 6 nodos, 4 tramos" in m["A"][3]


def test_deficit_and_population_beyond_along_the_streets(with_streets):
    deficit = measured(with_streets, "deficit_educacion")
    assert {k: v[0] for k, v in deficit.items()} == {"A": P(300), "B": P(400), "99998": P(700)}
    beyond = measured(with_streets, "poblacion_sin_servicio_educacion")  # straight line: nobody in A
    assert {k: v[0] for k, v in beyond.items()} == {"A": P(120), "B": P(400), "99998": P(520)}


def test_supply_against_demand_does_not_depend_on_distance(with_streets):
    m = measured(with_streets, "oferta_demanda_educacion")
    assert m["A"][:3] == P((60 / 360 * 1000, 60, 360))
    assert "malla vial" not in (m["A"][3] or "")


def test_pairs_along_a_network_with_snapping_by_hand():
    """Two streets meeting at (1000,0); places off the street join at their nearest node, the gap added."""
    import numpy as np

    from pot_seguimiento.core.indicators.street_network import StreetNetwork

    network = StreetNetwork([shapely.LineString([(0, 0), (500, 0), (1000, 0)]),
                             shapely.MultiLineString([[(1000, 0), (1000, 500), (1000, 1000)]]), None])
    assert (network.nodes, network.edges) == (5, 4)
    x, y = np.array([0.0, 1000, 990]), np.array([10.0, 1000, 510])
    place, facility, d = network.pairs_within(x, y, shapely.points([[500, 0], [1000, 1000]]), 1500)
    found = {(int(p), int(f)): float(v) for p, f, v in zip(place, facility, d)}
    gap = 200 ** 0.5  # (990,510) to the node (1000,500)
    assert found == {(0, 0): P(510), (2, 0): P(1000 + gap), (1, 0): P(1500), (2, 1): P(500 + gap), (1, 1): P(0)}
