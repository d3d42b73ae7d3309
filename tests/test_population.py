"""Population given by unit, against values worked out by hand (a strip 10 m high, so every grid
point of a 10 m grid sits at y = 5 and reach along x is a count of points).

    x:  0        100       180 200       300 330        400
        |R1 (residential)|
        |----------- U1 (upz 001, 1,000 people) ---|          upz overlap on 180..200
                                   |----- U2 (upz 002, 3,000 people) ---------|
        |---------- L1 (localidad 01) ------|------ L2 (localidad 02) --------|  U1 -> L1, U2 -> L2
        |---------------- C1 (comuna, no codigo_padre) ----|--- C2 -----------|
    stops: low capacity at x = 0 (50 m), high capacity at x = 430 (100 m); a school at x = 200 (20 m)

U1 is the smaller upz: it keeps the overlap, U2 lives on 200..400 (its whole unit: no residential
zone, no urban land). U1's people live on R1 (residential zoning): 10 grid points, 100 each; U2's on
20 points, 150 each.
"""
import json

import pytest
import shapely
from shapely import box

from conftest import count

P = pytest.approx
MUNICIPALITY = "99998"


def _insert_population(store, rows):
    from pot_seguimiento.core import schema

    if "nivel" not in schema.table("poblacion").field_names:  # before schema v4 the level is found by the code
        rows = {k: v for k, v in rows.items() if k != "nivel"}
    store.insert("poblacion", rows)


@pytest.fixture(scope="module", params=["gpkg", "postgis"])
def strip(request, run, tmp_path_factory):
    """The same expediente in a GeoPackage and in PostGIS: the same numbers on both."""
    from pot_seguimiento.store import open_store

    if request.param == "postgis":
        path = request.getfixturevalue("postgres").uri("strip")
    else:
        path = str(tmp_path_factory.mktemp("strip") / "strip.gpkg")
    run("create_expediente", {"OUTPUT": path, "MUNICIPALITY": "Franja", "DANE_CODE": MUNICIPALITY})
    with open_store(path) as store, store.transaction():
        store.insert("unidad_territorial", {
            "codigo": [MUNICIPALITY, "01", "02", "001", "002", "C1", "C2"],
            "nombre": ["Franja", "L1", "L2", "U1", "U2", "C1", "C2"],
            "nivel": ["municipio", "localidad", "localidad", "upz", "upz", "comuna", "comuna"],
            "codigo_padre": [None, MUNICIPALITY, MUNICIPALITY, "01", "02", None, None]},
            [box(0, 0, 400, 10), box(0, 0, 200, 10), box(200, 0, 400, 10), box(0, 0, 200, 10),
             box(180, 0, 400, 10), box(0, 0, 300, 10), box(300, 0, 400, 10)])
        _insert_population(store, {"ambito": ["001", "002"], "nivel": ["upz", "upz"], "anio": [2024, 2024],
                                   "poblacion": [1000, 3000], "viviendas": [400, 1000]})
        store.insert("zonificacion", {"tipo": ["area_actividad", "area_actividad"],
                                      "categoria": ["Residencial neta", "Industrial"]},
                     [box(0, 0, 100, 10), box(200, 0, 400, 10)])
        store.insert("transporte", {"nombre": ["Paradero", "Portal"], "capacidad": ["baja", "alta"]},
                     [shapely.Point(0, 5), shapely.Point(430, 5)])
        store.insert("equipamiento", {"codigo": ["E1"], "nombre": ["Colegio"], "sector": ["educacion"]}, [shapely.Point(200, 5)])
        store.insert("indicador", {
            "codigo": ["viviendas_por_habitante"], "nombre": ["Viviendas por habitante"],
            "dimension": ["modelo_ocupacion"], "calculadora": ["razon"], "polaridad": ["positiva"],
            "parametros": [json.dumps({
                "numerador": {"capa": "poblacion", "agregado": "sum", "expresion": "\"viviendas\"",
                              "filtro": "\"anio\" = 2024"},
                "denominador": {"capa": "poblacion", "agregado": "sum", "expresion": "\"poblacion\"",
                                "filtro": "\"anio\" = 2024"}})]})
    return path


def compute(run, path, level):
    parameters = {"cobertura_educacion": {"distancia_m": 20},
                  "acceso_transporte": {"distancia_baja_m": 50, "distancia_alta_m": 100}}
    run("compute_indicators", {"EXPEDIENTE": path, "PERIOD": "2024", "LEVEL": level,
                               "RESIDENTIAL_ZONES": "residencial*", "GRID_SPACING": 10,
                               "PARAMETERS": json.dumps(parameters), "OUTPUT": "memory:"})


def rows(path, code, level):
    """{ambito: (valor, numerador, denominador, nota, parametros)} of the 2024 measurement."""
    from pot_seguimiento.store import open_store

    with open_store(path) as store:
        found = store.connection.execute(
            "SELECT ambito, valor, numerador, denominador, nota, parametros FROM medicion WHERE indicador = ? "
            "AND periodo = '2024' AND nivel IN (?, 'municipio')", (code, level)).fetchall()
    return {r[0]: (*r[1:5], json.loads(r[5])) for r in found}


@pytest.fixture(scope="module")
def by_level(run, strip):
    """Each level computed in turn; measurements read after each run (a run replaces the municipal rows)."""
    out = {}
    for level in ("upz", "localidad", "comuna"):
        compute(run, strip, level)
        out[level] = {code: rows(strip, code, level) for code in
                      ("acceso_transporte", "cobertura_educacion", "epe_hab", "poblacion_expuesta_amenaza",
                       "densidad_poblacion", "ocupacion_amenaza_alta", "huella_urbana", "viviendas_por_habitante")}
    return out


def test_population_given_for_a_unit_is_that_units_exactly(by_level):
    access = by_level["upz"]["acceso_transporte"]
    # Spread by area over overlapping polygons, U1 would get 1,000 + 3,000 · 200/2,200 = 1,272.7.
    assert access["001"][2] == 1000 and access["002"][2] == 3000
    assert access["001"][4]["poblacion_asignacion"] == "exacta"


def test_a_parent_level_adds_up_its_children_by_codigo_padre(by_level):
    access = by_level["localidad"]["acceso_transporte"]
    assert access["01"][2] == 1000 and access["02"][2] == 3000
    assert access["01"][4]["poblacion_asignacion"] == "suma_codigo_padre"


def test_a_level_without_codigo_padre_gets_people_where_they_live(by_level):
    # C1 = U1's 1,000 + U2's 10 grid points at x = 205..295 (1,500); C2 = U2's other 10 points.
    access = by_level["comuna"]["acceso_transporte"]
    assert access["C1"][2] == P(2500) and access["C2"][2] == P(1500)
    assert access["C1"][4]["poblacion_asignacion"] == "reparto_espacial"


def test_user_defined_ratios_of_population_rows_follow_the_same_rules(by_level):
    """Rows by unit count in their unit, in its parent by codigo_padre, else by the area of the unit's
    polygon with overlaps resolved (U2 lives on 200..400: half in C1, half in C2)."""
    def ratio(level):
        return {scope: row[:3] for scope, row in by_level[level]["viviendas_por_habitante"].items()}
    assert ratio("upz") == {"001": P((0.4, 400, 1000)), "002": P((1 / 3, 1000, 3000)),
                            MUNICIPALITY: P((0.35, 1400, 4000))}
    assert ratio("localidad") == {"01": P((0.4, 400, 1000)), "02": P((1 / 3, 1000, 3000)),
                                  MUNICIPALITY: P((0.35, 1400, 4000))}
    assert ratio("comuna") == {"C1": P((0.36, 900, 2500)), "C2": P((1 / 3, 500, 1500)),
                               MUNICIPALITY: P((0.35, 1400, 4000))}


def test_service_areas_measure_from_where_people_live(by_level):
    upz = by_level["upz"]["acceso_transporte"]
    # U1: 5 of R1's 10 points within 50 m of the stop at x = 0 (x = 5..45): 500 of 1,000.
    assert upz["001"][:3] == P((50.0, 500, 1000))
    # U2: 7 of its 20 points within 100 m of x = 430 (x = 335..395): 1,050 of 3,000.
    assert upz["002"][:3] == P((35.0, 1050, 3000))
    assert upz["001"][4]["distribucion_poblacion"] == {"zonas_residenciales": 1.0}
    assert upz["002"][4]["distribucion_poblacion"] == {"unidad": 1.0}
    assert upz["001"][4]["malla_m"] == 10 and upz["001"][4]["zonas_residenciales"] == ["residencial*"]
    assert by_level["localidad"]["acceso_transporte"]["02"][:3] == P((35.0, 1050, 3000))
    comuna = by_level["comuna"]["acceso_transporte"]
    assert comuna["C1"][:3] == P((20.0, 500, 2500)) and comuna["C2"][:3] == P((70.0, 1050, 1500))
    # The school at x = 200 reaches U2's points at x = 205 and 215 only; U1's people live on R1, far away.
    assert by_level["upz"]["cobertura_educacion"]["001"][0] == P(0)
    assert by_level["upz"]["cobertura_educacion"]["002"][:3] == P((10.0, 300, 3000))


def test_the_municipal_value_is_the_same_from_every_level(by_level):
    for level in ("upz", "localidad", "comuna"):
        assert by_level[level]["acceso_transporte"][MUNICIPALITY][:3] == P((38.75, 1550, 4000)), level
        assert by_level[level]["cobertura_educacion"][MUNICIPALITY][:3] == P((7.5, 300, 4000)), level


def test_missing_inputs_are_sin_dato_with_the_reason(by_level):
    upz = by_level["upz"]
    for scope in ("001", "002", MUNICIPALITY):
        assert upz["epe_hab"][scope][0] is None
        assert upz["epe_hab"][scope][3] == "no hay espacio público en el expediente (tabla espacio_publico)"
        assert upz["poblacion_expuesta_amenaza"][scope][0] is None
        assert "no hay zonificación de amenaza" in upz["poblacion_expuesta_amenaza"][scope][3]
        assert upz["ocupacion_amenaza_alta"][scope][0] is None
        assert "huella" in upz["huella_urbana"][scope][3]
        assert upz["densidad_poblacion"][scope][0] is None
        assert "clasificacion_suelo" in upz["densidad_poblacion"][scope][3]


def test_only_the_finest_unit_level_counts_when_two_are_given(run, strip, tmp_path):
    """Population also given for the localidades (with different totals): each localidad keeps its own
    published figure, and the municipality still comes from the finest level (upz)."""
    import shutil

    from pot_seguimiento.store import open_store

    if not strip.endswith(".gpkg"):
        pytest.skip("copies the expediente's file")
    path = str(tmp_path / "two_levels.gpkg")
    shutil.copy(strip, path)
    with open_store(path) as store, store.transaction():
        _insert_population(store, {"ambito": ["01", "02"], "nivel": ["localidad", "localidad"],
                                   "anio": [2024, 2024], "poblacion": [1100, 2900]})
    before = count(path, "medicion")
    compute(run, path, "localidad")
    assert count(path, "medicion") == before
    access = rows(path, "acceso_transporte", "localidad")
    # Their own people, spread as the upz's were: L1 on R1 (5 of 10 points served), L2 on 20 points (7).
    assert access["01"][:3] == P((50.0, 550, 1100)) and access["02"][:3] == P((35.0, 1015, 2900))
    assert access[MUNICIPALITY][:3] == P((38.75, 1550, 4000))


def _shares(items):
    """{(source, x, y): fraction} of dasymetric places."""
    return {(int(s), float(x), float(y)): pytest.approx(float(f)) for s, x, y, f in
            zip(items.source, items.x, items.y, items.fraction)}


def test_blocks_take_their_units_people_by_their_area_inside_it():
    """Two units side by side; blocks of 100, 400 and 200 m², the last one half in each unit."""
    import numpy as np

    from pot_seguimiento.core.indicators.dasymetry import METHODS, Dasymetry

    blocks = np.array([box(10, 10, 20, 20), box(30, 30, 50, 50), box(90, 10, 110, 20)], dtype=object)
    items = Dasymetry([box(0, 0, 100, 100), box(100, 0, 200, 100)], {"blocks": blocks}).items()
    assert _shares(items) == {(0, 15.0, 15.0): 1 / 6, (0, 40.0, 40.0): 4 / 6, (0, 100.0, 15.0): 1 / 6,
                              (1, 100.0, 15.0): 1.0}
    assert [METHODS[m] for m in items.method] == ["manzanas", "manzanas"]


def test_lots_where_there_are_no_blocks_then_footprints_then_the_whole_unit():
    import numpy as np

    from pot_seguimiento.core.indicators import Lots
    from pot_seguimiento.core.indicators.dasymetry import METHODS, Dasymetry

    units = [box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 220, 20)]
    lots = Lots.from_geometries(["l1", "l2"], [300, None], [box(0, 0, 10, 30), box(50, 50, 60, 60)])
    footprints = np.array([box(120, 20, 130, 30), box(150, 50, 170, 60)], dtype=object)  # 100 and 200 m²
    items = Dasymetry(units, {"lots": lots, "footprints": footprints}, spacing=10).items()
    assert [METHODS[m] for m in items.method] == ["predios", "huella", "unidad"]
    # Lots by land area (300 m² given; 100 m² from the geometry), at their box centre.
    assert _shares(items) == {(0, 5.0, 15.0): 0.75, (0, 55.0, 55.0): 0.25,
                              (1, 125.0, 25.0): 1 / 3, (1, 160.0, 55.0): 2 / 3,
                              (2, 205.0, 5.0): 0.25, (2, 215.0, 5.0): 0.25, (2, 205.0, 15.0): 0.25,
                              (2, 215.0, 15.0): 0.25}


def test_overlapping_units_of_one_level_are_resolved_once():
    from pot_seguimiento.core.indicators.dasymetry import resolve_overlaps

    small, large, apart = box(0, 0, 10, 10), box(5, 0, 25, 10), box(30, 0, 40, 10)
    resolved = resolve_overlaps([large, small, apart])
    assert resolved[1].equals(small) and resolved[2].equals(apart)
    assert resolved[0].equals(box(10, 0, 25, 10))  # the larger one loses the overlap


def test_the_residential_zones_given_are_kept_for_the_next_runs(run, strip, tmp_path):
    """Given once, the categories serve every later run (the semiannual cycle, the documents) until
    other ones, or '-' for none, are given."""
    import shutil

    if not strip.endswith(".gpkg"):
        pytest.skip("copies the expediente's file")
    path = str(tmp_path / "remembered.gpkg")
    shutil.copy(strip, path)

    def u1_access(zones=None):
        parameters = {"EXPEDIENTE": path, "PERIOD": "2024", "LEVEL": "upz", "INDICATORS": "acceso_transporte",
                      "GRID_SPACING": 10, "OUTPUT": "memory:",
                      "PARAMETERS": json.dumps({"acceso_transporte": {"distancia_baja_m": 50, "distancia_alta_m": 100}})}
        run("compute_indicators", {**parameters, **({} if zones is None else {"RESIDENTIAL_ZONES": zones})})
        row = rows(path, "acceso_transporte", "upz")["001"]
        return row[0], row[4]["distribucion_poblacion"]

    assert u1_access("residencial*") == (P(50.0), {"zonas_residenciales": 1.0})
    assert u1_access() == (P(50.0), {"zonas_residenciales": 1.0})
    # None: U1's people over its whole polygon, 20 points on 0..200, 5 of them within 50 m of x = 0.
    assert u1_access("-") == (P(25.0), {"unidad": 1.0})
    assert u1_access() == (P(25.0), {"unidad": 1.0})


def test_a_vast_territory_gets_a_coarser_grid_not_millions_of_points():
    import numpy as np

    from pot_seguimiento.core.indicators.dasymetry import MAX_GRID_POINTS, Dasymetry

    vereda = box(0, 0, 100_000, 100_000)  # 10,000 km²: 4 million points at 50 m
    items = Dasymetry([vereda], {}, spacing=50).items()
    assert items.grid_m == pytest.approx(100.0)  # sqrt(1e10 m² / 1e6 points)
    assert len(items) <= MAX_GRID_POINTS and np.sum(items.fraction) == pytest.approx(1.0)
