"""The engine on the demo municipality, against independent computations."""
import sqlite3

import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import store_fingerprint
from pot_seguimiento.core.indicators.services import parse_code as services_code

P = pytest.approx


@pytest.fixture(scope="module")
def measured_demo(run, demo_store, tmp_path_factory):
    import shutil

    path = tmp_path_factory.mktemp("demo_indicators") / "demo.gpkg"
    shutil.copy(demo_store, path)
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": "2024", "LEVEL": "localidad", "OUTPUT": "memory:"})
    return path


def measurement(path, code, level="localidad"):
    with sqlite3.connect(path) as connection:
        return dict(connection.execute("SELECT ambito, valor FROM medicion WHERE indicador = ? AND nivel = ? "
                                       "AND periodo = '2024'", (code, level)).fetchall())


def test_land_value_matches_the_native_qgis_chain(measured_demo):
    from pot_seguimiento.processing.native_chains import land_value_m2

    native = land_value_m2(str(measured_demo), "localidad", 2024)
    ours = measurement(measured_demo, "valor_suelo_m2")
    assert set(native) == set(ours)
    for code, value in native.items():
        if value is None:
            assert ours[code] is None
        else:
            assert ours[code] == P(value, rel=1e-9)


def test_population_and_public_space_against_plain_geometry(measured_demo):
    """Independent: block populations summed by the localidad containing each block's centroid
    (demo blocks nest in localidades), public space dissolved and clipped per localidad."""
    from pot_seguimiento.store import open_store

    with open_store(str(measured_demo)) as store:
        units, unit_geoms = store.read("unidad_territorial", ["codigo", "nivel"])
        blocks, block_geoms = store.read("manzana", ["codigo"])
        people, _ = store.read("poblacion", ["ambito", "anio", "poblacion"])
        space, space_geoms = store.read("espacio_publico", ["efectivo"])
    localidades = units["nivel"] == "localidad"
    population = dict(zip(people["ambito"][people["anio"] == 2024], people["poblacion"][people["anio"] == 2024]))
    effective = shapely.union_all(space_geoms[space["efectivo"] == 1])
    ours = measurement(measured_demo, "epe_hab")
    for code, geometry in zip(units["codigo"][localidades], unit_geoms[localidades]):
        inside = shapely.contains(geometry, shapely.centroid(block_geoms))
        people_here = sum(population[c] for c in blocks["codigo"][inside])
        epe = shapely.intersection(geometry, effective).area
        if people_here == 0:  # a rural localidad without blocks
            assert ours[code] is None
        else:
            assert ours[code] == P(epe / people_here, rel=1e-6), code


def test_every_localidad_and_indicator_has_a_value_or_a_reason(measured_demo):
    with sqlite3.connect(measured_demo) as connection:
        rows = connection.execute("SELECT indicador, ambito, valor, nota FROM medicion WHERE periodo = '2024'").fetchall()
    assert len({r[0] for r in rows}) >= 20
    assert all(nota for _, _, valor, nota in rows if valor is None)  # no value without its reason
    # A value needs no note, except the services observatory's, whose note says how it was measured (along
    # the streets or in a straight line, how the target population was estimated).
    noted = {code for code, _, valor, nota in rows if valor is not None and nota}
    assert noted and all(services_code(code) for code in noted)
    assert all("malla vial" in nota for code, _, valor, nota in rows
               if code.startswith("accesibilidad_") and valor is not None)  # the demo has its street grid
    municipal = {r[0]: r[2] for r in rows if r[1] == "99001"}
    assert 0 < municipal["epe_hab"] < 15  # a deficit, as in most Colombian cities
    assert 0 < municipal["acceso_transporte"] < 100
    assert 0 < municipal["ocupacion_amenaza_alta"] and 0 < municipal["ocupacion_proteccion"]
    assert municipal["valor_suelo_variacion"] > municipal["valor_suelo_variacion_real"] > 0


def test_upz_level_sums_to_the_same_municipality(run, measured_demo):
    run("compute_indicators", {"EXPEDIENTE": str(measured_demo), "PERIOD": "2024", "LEVEL": "upz",
                               "INDICATORS": "valor_suelo_m2, epe_hab", "OUTPUT": "memory:"})
    upz = measurement(measured_demo, "valor_suelo_m2", "upz")
    assert len(upz) > 80
    with sqlite3.connect(measured_demo) as connection:
        municipal = connection.execute("SELECT count(*), min(valor), max(valor) FROM medicion WHERE nivel = "
                                       "'municipio' AND indicador = 'valor_suelo_m2' AND periodo = '2024'").fetchone()
    assert municipal[0] == 1  # recomputed at another level: still one municipal value


class CancelHalfway(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress > 50:
            self.cancel()


def test_a_cancelled_run_leaves_earlier_measurements_untouched(run, measured_demo):
    before = store_fingerprint(measured_demo)
    with pytest.raises(QgsProcessingException, match="Cancelado"):
        run("compute_indicators", {"EXPEDIENTE": str(measured_demo), "PERIOD": "2024", "LEVEL": "localidad",
                                   "OUTPUT": "memory:"}, feedback=CancelHalfway())
    assert store_fingerprint(measured_demo) == before


@pytest.mark.parametrize("parameters, message", [
    ({"PERIOD": "2024-S3"}, "debe tener la forma 2024 o 2024-S1"),
    ({"PERIOD": "2024", "LEVEL": "comuna"}, "no tiene unidades territoriales del nivel 'comuna'"),
    ({"PERIOD": "2024", "INDICATORS": "epe_hab, felicidad"}, "desconocidos o que aún no se pueden calcular: felicidad"),
    ({"PERIOD": "2024", "PARAMETERS": "{no es json"}, "no son un JSON válido"),
])
def test_bad_requests_are_refused_untouched(run, measured_demo, parameters, message):
    before = store_fingerprint(measured_demo)
    with pytest.raises(QgsProcessingException, match=message):
        run("compute_indicators", {"EXPEDIENTE": str(measured_demo), "LEVEL": "localidad", "OUTPUT": "memory:",
                                   **parameters})
    assert store_fingerprint(measured_demo) == before
