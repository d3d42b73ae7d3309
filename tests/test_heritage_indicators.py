"""The heritage observatory's indicators on a small expediente worked by hand: two localidades side by side,
five assets, six inspections (one corrected), four works and five traditional activities."""
import sqlite3

import pytest
import shapely

X, Y = 4879000.0, 2074000.0  # EPSG:9377, in Colombia
A = shapely.MultiPolygon([shapely.box(X, Y, X + 1000, Y + 1000)])
B = shapely.MultiPolygon([shapely.box(X + 1000, Y, X + 2000, Y + 1000)])
ASSETS = {"BIC-1": A, "BIC-2": A, "BIC-3": A, "BIC-4": B, "BIC-5": B}
# uuid, version, asset, date and time, state
INSPECTIONS = [
    ("u1", 1, "BIC-1", "2025-02-10T09:00:00", "regular"),
    ("u1", 2, "BIC-1", "2025-02-10T09:00:00", "malo"),  # a correction: the inspection counts as 'malo'
    ("u2", 1, "BIC-1", "2024-05-01T09:00:00", "bueno"),
    ("u3", 1, "BIC-2", "2024-11-20T09:00:00", "malo"),  # before 2025: a known state, not inspected in 2025
    ("u4", 1, "BIC-3", "2025-08-15T09:00:00", "perdido"),  # after the first semester's cut-off
    ("u5", 1, "BIC-4", "2025-03-01T09:00:00", "bueno"),
    ("u6", 1, "BIC-4", "2025-05-01T09:00:00", "malo"),  # the latest by date
]
# asset, with licence, start
WORKS = [("BIC-2", False, "2025-03-01"), ("BIC-4", False, "2024-12-01"), ("BIC-5", True, "2025-04-01"),
         ("BIC-3", False, "2025-09-10")]
# code, unit, registered, closed
ACTIVITIES = [("T1", A, 2020, None), ("T2", A, 2020, 2023), ("T3", A, 2020, 2025), ("T4", B, 2020, None),
              ("T5", B, 2024, None)]
CODES = ("bic_inspeccionados", "bic_estado_malo", "bic_perdidos", "intervenciones_sin_licencia",
         "actividades_tradicionales_permanencia")


def inside(polygon, k):
    x, y = shapely.get_coordinates(polygon.centroid)[0]
    return shapely.Point(x - 300 + 150 * k, y + 50 * k)


@pytest.fixture
def expediente(run, empty_store):
    return fill(empty_store)


def fill(empty_store):
    """The hand-worked heritage of this module written into an empty expediente (either backend)."""
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["01", "02"], "nombre": ["Norte", "Sur"],
                                            "nivel": ["localidad", "localidad"]}, [A, B])
        store.insert("bien_patrimonial", {
            "codigo": list(ASSETS), "nombre": [f"Bien {c}" for c in ASSETS], "ambito": ["municipal"] * 5,
            "categoria": ["inmueble"] * 5, "tipo_propietario": ["publico"] * 5},
            [inside(unit, k) for k, unit in enumerate(ASSETS.values())])
        points = {code: inside(unit, k) for k, (code, unit) in enumerate(ASSETS.items())}
        store.insert("inspeccion_patrimonio", {
            "uuid": [i[0] for i in INSPECTIONS], "version": [i[1] for i in INSPECTIONS],
            "bien": [i[2] for i in INSPECTIONS], "fecha_hora": [i[3] for i in INSPECTIONS],
            "inspector": ["Ana"] * len(INSPECTIONS), "estado": [i[4] for i in INSPECTIONS]},
            [points[i[2]] for i in INSPECTIONS])
        store.insert("intervencion_patrimonio", {
            "bien": [w[0] for w in WORKS], "tipo": ["adecuacion"] * 4, "con_licencia": [w[1] for w in WORKS],
            "licencia": ["LC-1" if w[1] else None for w in WORKS], "fecha_inicio": [w[2] for w in WORKS],
            "estado": ["en_ejecucion"] * 4})
        store.insert("actividad_tradicional", {
            "codigo": [a[0] for a in ACTIVITIES], "nombre": [f"Taller {a[0]}" for a in ACTIVITIES],
            "actividad": ["Sastrería"] * 5, "anio_registro": [a[2] for a in ACTIVITIES],
            "anio_cierre": [a[3] for a in ACTIVITIES]},
            [inside(a[1], k) for k, a in enumerate(ACTIVITIES)])
    return empty_store


def measured(run, path, period, parameters=""):
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": period, "LEVEL": "localidad",
                               "INDICATORS": ",".join(CODES), "PARAMETERS": parameters,
                               "OUTPUT": "TEMPORARY_OUTPUT"})
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT indicador, ambito, valor FROM medicion WHERE periodo = ?", (period,))
        values = {}
        for code, unit, value in rows:
            values.setdefault(code, {})[unit] = None if value is None else round(value, 3)
    return values


def test_the_heritage_indicators_of_a_year(run, expediente):
    values = measured(run, expediente, "2025")
    municipality = next(u for u in values["bic_perdidos"] if u not in ("01", "02"))
    by_unit = {code: (v["01"], v["02"], v[municipality]) for code, v in values.items()}
    assert by_unit == {
        "bic_inspeccionados": (66.667, 50.0, 60.0),  # BIC-1, BIC-3 of 3; BIC-4 of 2; 3 of 5
        "bic_estado_malo": (66.667, 100.0, 75.0),  # malo BIC-1, BIC-2 (of 3 known); BIC-4 (of 1); 3 of 4
        "bic_perdidos": (1.0, 0.0, 1.0),  # BIC-3
        "intervenciones_sin_licencia": (2.0, 0.0, 2.0),  # BIC-2 in March, BIC-3 in September
        "actividades_tradicionales_permanencia": (33.333, 100.0, 50.0),  # T1 of T1–T3; T4 of T4; T5 not in 2020's
    }


def test_the_heritage_indicators_of_a_semester_stop_at_its_cutoff(run, expediente):
    values = measured(run, expediente, "2025-S1")
    municipality = next(u for u in values["bic_perdidos"] if u not in ("01", "02"))
    by_unit = {code: (v["01"], v["02"], v[municipality]) for code, v in values.items()
               if code != "actividades_tradicionales_permanencia"}
    assert by_unit == {
        "bic_inspeccionados": (33.333, 50.0, 40.0),  # BIC-1; BIC-4
        "bic_estado_malo": (100.0, 100.0, 100.0),  # BIC-3's loss is not known yet at 30 June
        "bic_perdidos": (0.0, 0.0, 0.0),
        "intervenciones_sin_licencia": (1.0, 0.0, 1.0),  # BIC-2 only
    }


def test_the_baseline_of_traditional_activities_is_a_parameter(run, expediente):
    values = measured(run, expediente, "2025", '{"actividades_tradicionales_permanencia": {"anio_base": 2024}}')
    permanence = values["actividades_tradicionales_permanencia"]
    assert (permanence["01"], permanence["02"]) == (33.333, 100.0)  # T1 of T1–T3; T4 and T5 of both
    assert sorted(permanence.values()) == [33.333, 60.0, 100.0]  # 3 of 5 in the municipality
    earlier = measured(run, expediente, "2024")["actividades_tradicionales_permanencia"]
    assert sorted(earlier.values()) == [66.667, 75.0, 100.0]  # T3 still there in 2024: T1, T3 of 3; 3 of 4


def test_a_baseline_year_out_of_range_is_refused_with_nothing_written(run, expediente):
    from qgis.core import QgsProcessingException

    from conftest import store_fingerprint

    before = store_fingerprint(expediente)
    with pytest.raises(QgsProcessingException, match="anio_base.*actividades_tradicionales_permanencia"):
        measured(run, expediente, "2025", '{"actividades_tradicionales_permanencia": {"anio_base": 20}}')
    assert store_fingerprint(expediente) == before


def test_heritage_indicators_are_computed_only_where_the_expediente_has_heritage():
    from pot_seguimiento.core import indicators

    assert not set(CODES) & set(indicators.computable_codes([], None))
    assert set(CODES[:4]) <= set(indicators.computable_codes([], None, (5, 0)))
    assert set(indicators.computable_codes([], None, (0, 2))) & set(CODES) == {CODES[4]}
