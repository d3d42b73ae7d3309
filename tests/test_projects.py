"""Project progress: validation, states and the projects battery, computed by hand."""
import re
import sqlite3

import pytest
from shapely import box

from conftest import store_fingerprint

P = pytest.approx
CUTOFF = "2025-06-30"


def report(proyecto, periodo, fecha, fisico, inversion, estado="en_ejecucion", notas=None, reemplaza=None):
    return {"proyecto": proyecto, "periodo": periodo, "fecha_corte": fecha, "avance_fisico": fisico,
            "inversion": inversion, "estado_reportado": estado, "observaciones": notas, "reemplaza": reemplaza}


@pytest.fixture(scope="module")
def five(run, tmp_path_factory):
    """Five projects, one per state at 2025-06-30 (tolerance 10 points):
    X1 retrasado (60 % done, 74.8 % expected), X2 al día (40 % vs 37.4 %), X3 incumplimiento
    (ended 2024 at 60 %), X4 sin iniciar (starts 2026), X5 terminado."""
    from pot_seguimiento.store import GpkgStore

    path = tmp_path_factory.mktemp("five") / "proyectos.gpkg"
    run("create_expediente", {"OUTPUT": str(path), "DANE_CODE": "99999"})
    with GpkgStore(str(path)) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["99999", "A", "B"], "nombre": ["M", "A", "B"],
                                            "nivel": ["municipio", "localidad", "localidad"]},
                     [box(0, 0, 200, 100), box(0, 0, 100, 100), box(100, 0, 200, 100)])
        store.insert("manzana", {"codigo": ["b1", "b2"]}, [box(10, 60, 40, 90), box(110, 60, 140, 90)])
        store.insert("poblacion", {"ambito": ["b1", "b2"], "nivel": ["manzana"] * 2, "anio": [2024, 2024],
                                   "poblacion": [100, 400]})
        store.insert("programa", {"codigo": ["P1", "P2"], "nombre": ["Movilidad", "Riesgo"]})
        store.insert("proyecto", {
            "codigo": ["X1", "X2", "X3", "X4", "X5"], "nombre": ["Vía", "Troncal", "Muro", "Parque", "Colegio"],
            "programa": ["P1", "P1", "P2", "P2", "P2"], "entidad": ["IDU", "IDU", "Riesgo", "IDRD", "Educación"],
            "horizonte": ["corto", "mediano", "corto", "largo", "corto"],
            "anio_inicio": [2024, 2024, 2022, 2026, 2024], "anio_fin": [2025, 2027, 2024, 2035, 2025],
            "meta_descripcion": ["m"] * 5, "meta_unidad": ["km", "km", "obras", "parques", "colegios"],
            "meta_cantidad": [10, 100, 5, 1, 2], "presupuesto": [1000, 2000, 500, 3000, 1000]},
            [box(0, 0, 50, 50), box(50, 0, 150, 50), box(150, 50, 200, 100), box(150, 0, 200, 50), box(0, 50, 50, 100)])
        store.insert("presupuesto_anual", {"proyecto": ["X1", "X2", "X3", "X5"], "anio": [2025, 2025, 2024, 2025],
                                           "valor_asignado": [500, 0, 500, 100]})
    from pot_seguimiento.store.progress import record_reports

    with GpkgStore(str(path)) as store:
        record_reports(store, [
            report("X1", "2024-S2", "2024-12-31", 3, 200), report("X1", "2025-S1", "2025-06-30", 7, 500),
            report("X2", "2025-S1", "2025-06-30", 40, 800),
            report("X3", "2024-S2", "2024-12-31", 3, 300, "suspendido"),
            report("X5", "2024-S2", "2024-12-31", 2, 1000, "terminado")])
        # The IDU over-reported X1: the correction supersedes it, and the history keeps both.
        outcome = record_reports(store, [report("X1", "2025-S1", "2025-06-30", 6, 500, notas="Obra no recibida")])
        assert "corrige el reporte 2" in outcome.accepted[0][2][-1]
    results = run("evaluate_projects", {"EXPEDIENTE": str(path), "CUTOFF_DATE": CUTOFF, "TOLERANCE": 10,
                                        "LEVEL": "localidad", "OUTPUT": "memory:", "SUMMARY": "memory:"})
    return path, results


def layer_of(results, key):
    from qgis.core import QgsProcessingContext, QgsProcessingUtils

    value = results[key]
    return value if hasattr(value, "getFeatures") else QgsProcessingUtils.mapLayerFromString(value, QgsProcessingContext())


def test_each_project_gets_its_state(five):
    _, results = five
    states = {f["codigo"]: (f["estado"], f["avance_esperado"], f["avance_fisico"])
              for f in layer_of(results, "OUTPUT").getFeatures()}
    assert states["X1"] == ("retrasado", P(546 / 730 * 100), P(60.0))  # the correction counts, not 7
    assert states["X2"][0] == "al_dia" and states["X2"][1] == P(546 / 1460 * 100)
    assert states["X3"][0] == "incumplimiento"
    assert states["X4"] == ("sin_iniciar", P(0), P(0))
    assert states["X5"][0] == "terminado"


def battery(path):
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT indicador, nivel, ambito, valor, nota FROM medicion "
                                  "WHERE periodo = '2025-S1'").fetchall()
    return {(r[0], r[2]): (r[3], r[4]) for r in rows}


def test_projects_battery_by_horizon_program_and_unit(five):
    path, _ = five
    b = battery(path)
    assert b[("proyectos_incumplimiento_corto", "99999")][0] == P(100 / 3)  # X3 of X1, X3, X5
    assert b[("proyectos_incumplimiento_mediano", "99999")][0] == P(0)
    assert b[("proyectos_incumplimiento_largo", "99999")][0] == P(0)
    assert b[("proyectos_en_presupuesto", "99999")][0] == P(40)  # X1 and X5 have a 2025 allocation
    assert b[("avance_fisico_ponderado", "P1")][0] == P((0.6 * 1000 + 0.4 * 2000) / 3000 * 100)
    assert b[("avance_fisico_ponderado", "P2")][0] == P((0.6 * 500 + 1000) / 4500 * 100)
    assert b[("ejecucion_financiera", "P1")][0] == P(1300 / 3000 * 100)
    # X2 lies half in A, half in B: its budget and investment are split by area.
    assert b[("avance_fisico_ponderado", "A")][0] == P(2000 / 3000 * 100)
    assert b[("avance_fisico_ponderado", "B")][0] == P(700 / 4500 * 100)
    assert b[("ejecucion_financiera", "99999")][0] == P(2600 / 7500 * 100)
    assert b[("inversion_per_capita", "A")][0] == P(19.0)
    assert b[("inversion_per_capita", "B")][0] == P(1.75)
    assert b[("inversion_per_capita", "99999")][0] == P(5.2)


def test_program_summary_lists_projects_with_bottlenecks(five):
    _, results = five
    rows = {f["codigo"]: f for f in layer_of(results, "SUMMARY").getFeatures()}
    assert rows["X1"]["programa"] == "P1" and rows["X1"]["estado"] == "retrasado"
    assert rows["X1"]["cuellos_de_botella"] == "Obra no recibida"
    assert rows["X5"]["ejecucion_financiera"] == P(100)


def test_demo_shows_all_five_states(run, demo_store, tmp_path):
    import shutil

    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_store, path)
    results = run("evaluate_projects", {"EXPEDIENTE": str(path), "CUTOFF_DATE": "2026-06-30", "OUTPUT": "memory:"})
    states = [f["estado"] for f in layer_of(results, "OUTPUT").getFeatures()]
    assert set(states) == {"sin_iniciar", "al_dia", "retrasado", "incumplimiento", "terminado"}


@pytest.mark.parametrize("changes, message", [
    ({"periodo": "2025-1"}, "debe tener la forma 2025-S1"),
    ({"fecha_corte": "2025-07-15"}, "está fuera del periodo 2025-S1"),
    ({"avance_fisico": 12}, "fuera de 0 a la meta (10 km)"),
    ({"avance_fisico": "mucho"}, "no es un número"),
    ({"inversion": -5}, "es negativa"),
    ({"estado_reportado": "casi listo"}, "estado desconocido 'casi listo'"),
    ({"avance_fisico": 2}, "menor que el último reporte (3, 2024-S2): explique"),
    ({"inversion": 5000}, "supera el presupuesto del proyecto (1.000): explique"),
    ({"proyecto": "X9"}, "proyecto desconocido 'X9'"),
    # The state must agree with the numbers (the panel's form applies the same rule).
    ({"estado_reportado": "sin_iniciar"}, "'sin_iniciar' contradice un avance físico acumulado de 6,50"),
    ({"estado_reportado": "terminado"}, "por debajo de la meta (10,00)"),
])
def test_bad_reports_are_refused_and_nothing_is_written(run, five, changes, message):
    from pot_seguimiento.core.errors import InputError
    from pot_seguimiento.store import GpkgStore
    from pot_seguimiento.store.progress import record_reports

    path, _ = five
    before = store_fingerprint(path)
    good = report("X2", "2025-S2", "2025-12-31", 50, 900)
    with GpkgStore(str(path)) as store, pytest.raises(InputError, match=re.escape(message)):
        record_reports(store, [good, {**report("X1", "2025-S1", "2025-06-30", 6.5, 600), **changes}])
    assert store_fingerprint(path) == before


def test_a_justified_decrease_is_recorded_with_a_warning(five, tmp_path):
    import shutil

    from pot_seguimiento.store import GpkgStore
    from pot_seguimiento.store.progress import record_reports

    path = tmp_path / "copia.gpkg"
    shutil.copy(five[0], path)
    with GpkgStore(str(path)) as store:
        outcome = record_reports(store, [report("X3", "2025-S1", "2025-06-30", 2.5, 300, "suspendido",
                                                notas="Se retiró una obra mal ejecutada")])
    assert outcome.accepted and "menor que el último reporte" in outcome.accepted[0][2][0]


def test_a_bad_cutoff_date_is_refused_untouched(run, five):
    from qgis.core import QgsProcessingException

    path, _ = five
    before = store_fingerprint(path)
    with pytest.raises(QgsProcessingException, match="fecha de corte '31/06/2025' debe ser una fecha"):
        run("evaluate_projects", {"EXPEDIENTE": str(path), "CUTOFF_DATE": "31/06/2025", "OUTPUT": "memory:"})
    assert store_fingerprint(path) == before
