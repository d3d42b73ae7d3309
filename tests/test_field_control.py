"""Field control: schema v2 migration, alert detection with its priority, life cycle and control actions."""
import hashlib
import shutil
import sqlite3

import pytest
import shapely
from conftest import ROOT, count, store_fingerprint
from qgis.core import QgsProcessingException

V1_FIXTURE = ROOT / "tests" / "data" / "expediente_v1.gpkg"  # written by release 0.1.0 (schema v1)
# Tables the upgrades leave as they were (poblacion changes shape in v4: tests/test_schema_v4.py).
V1_TABLES = ("unidad_territorial", "manzana", "predio", "valor_suelo", "zonificacion",
             "espacio_publico", "equipamiento", "amenaza", "transporte", "huella", "programa", "proyecto",
             "presupuesto_anual", "avance", "indicador", "medicion")


def table_rows(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()


def test_a_v1_expediente_migrates_once_and_keeps_every_row(tmp_path):
    """v1 -> v2 (field control) -> v3 (evaluation) -> v4 (population by level) -> v5 (entities, observatories), each step its own transaction,
    every row kept."""
    from pot_seguimiento.core import schema
    from pot_seguimiento.store import open_store

    path = tmp_path / "v1.gpkg"
    shutil.copy(V1_FIXTURE, path)
    before = {table: table_rows(path, table) for table in V1_TABLES}
    assert len(before["avance"]) == 189 and len(before["predio"]) == 718
    with open_store(str(path)) as store:
        assert store.info["schema_version"] == str(schema.SCHEMA_VERSION) == "6"
        assert len(store.expediente_id) == 36
        identifier = store.expediente_id
    after = {table: table_rows(path, table) for table in V1_TABLES}
    # v5 gives equipamiento the observatory's fields (capacity a real number): its v1 columns keep their values
    assert [row[:6] for row in after.pop("equipamiento")] == before.pop("equipamiento")
    assert after == before
    for table in schema.FIELD_CONTROL_TABLES + schema.EVALUATION_TABLES:
        assert count(path, table.name) == 0
    with open_store(str(path)) as store:  # a second opening finds nothing to do
        assert store.expediente_id == identifier
    with sqlite3.connect(path) as connection:  # append-only history survived the migration
        with pytest.raises(sqlite3.IntegrityError, match="solo adición"):
            connection.execute("DELETE FROM avance")


def test_a_migrated_expediente_takes_alerts(run, tmp_path):
    path = tmp_path / "v1.gpkg"
    shutil.copy(V1_FIXTURE, path)
    results = run("detect_occupation_alerts", {"EXPEDIENTE": str(path), "FROM_YEAR": 2018, "TO_YEAR": 2024,
                                               "DETECTION_DATE": "2025-01-15", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert results["NEW"] == count(path, "alerta_ocupacion") > 0


def box(x0, y0, x1, y1):
    return shapely.MultiPolygon([shapely.box(x0, y0, x1, y1)])


@pytest.fixture
def tiny(empty_store):
    """A 1 km² localidad with a forest reserve, a non-mitigable high hazard, a park and footprints
    of 2018 and 2024 (values below are computed by hand from these boxes)."""
    from pot_seguimiento.store import open_store

    x, y = 4_880_000, 2_070_000  # Bogotá in EPSG:9377
    with open_store(str(empty_store)) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["11001", "01"], "nombre": ["Bogotá", "Usaquén"],
                                            "nivel": ["municipio", "localidad"]},
                     [box(x, y, x + 1000, y + 1000)] * 2)
        store.insert("zonificacion", {"tipo": ["proteccion"], "categoria": ["reserva_forestal"]},
                     [box(x, y, x + 200, y + 200)])
        store.insert("amenaza", {"fenomeno": ["remocion_masa"], "nivel": ["alta"], "mitigable": [0]},
                     [box(x + 800, y + 800, x + 1000, y + 1000)])
        store.insert("espacio_publico", {"tipo": ["parque"], "efectivo": [1]}, [box(x + 400, y + 400, x + 500, y + 500)])
        old = box(x + 10, y + 10, x + 20, y + 20)
        footprints = [old,
                      old,  # 2024: still there, not new
                      box(x + 50, y + 50, x + 70, y + 70),  # new, in the reserve: 400 m²
                      box(x + 72, y + 50, x + 80, y + 60),  # 2 m away: same site, 80 m²
                      box(x + 850, y + 850, x + 861, y + 861),  # new, in high hazard: 121 m²
                      box(x + 600, y + 100, x + 610, y + 110),  # new, where building is allowed
                      box(x + 450, y + 450, x + 455, y + 455)]  # new, in the park: 25 m²
        store.insert("huella", {"anio": [2018] + [2024] * 6}, footprints)
    return empty_store


def detect(run, path, date="2025-01-15"):
    return run("detect_occupation_alerts", {"EXPEDIENTE": str(path), "FROM_YEAR": 2018, "TO_YEAR": 2024,
                                            "LEVEL": "localidad", "DETECTION_DATE": date,
                                            "OUTPUT": "TEMPORARY_OUTPUT"})


def alerts(path):
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT codigo, motivo, motivos, unidad, area_m2, prioridad, estado, version "
                                  "FROM alerta_ocupacion ORDER BY codigo").fetchall()
    return {row[1]: row for row in rows}


def test_alerts_reasons_and_priorities_match_the_hand_computation(run, tiny):
    results = detect(run, tiny)
    assert results["NEW"] == 3 and results["UPDATED"] == 0
    found = alerts(tiny)
    assert set(found) == {"proteccion", "amenaza_alta", "espacio_publico"}
    # Reserve: 25·1 + 15·480/1000 + 15·2/20 + 15·1 (never visited) = 48.7 -> below 50: detectada
    assert found["proteccion"][3:7] == ("01", 480.0, 48.7, "detectada")
    # Hazard: 30·1 + 25·0.9 + 15·121/1000 + 15·1/20 + 15 = 70.065 -> 70.1: priorizada
    assert found["amenaza_alta"][4:7] == (121.0, 70.1, "priorizada")
    # Park: 25·0.8 + 15·25/1000 + 15·1/20 + 15 = 36.125 -> 36.1
    assert found["espacio_publico"][4:7] == (25.0, 36.1, "detectada")
    layer = results["OUTPUT"]
    assert [f["prioridad"] for f in layer.getFeatures()] == [70.1, 48.7, 36.1]  # most urgent first
    assert count(tiny, "alerta_version") == 3


def test_rerunning_the_detection_updates_and_never_duplicates(run, tiny):
    detect(run, tiny)
    first = alerts(tiny)
    results = detect(run, tiny, "2025-06-30")
    assert results["NEW"] == 0 and results["UPDATED"] == 3
    again = alerts(tiny)
    assert {k: v[0] for k, v in again.items()} == {k: v[0] for k, v in first.items()}
    assert count(tiny, "alerta_ocupacion") == 3 and count(tiny, "alerta_version") == 3  # outlines unchanged


def test_a_growing_site_keeps_its_code_and_its_old_outline(run, tiny):
    from pot_seguimiento.store import open_store

    detect(run, tiny)
    code = alerts(tiny)["proteccion"][0]
    x, y = 4_880_000, 2_070_000
    with open_store(str(tiny)) as store, store.transaction():
        store.insert("huella", {"anio": [2024]}, [box(x + 50, y + 75, x + 70, y + 90)])  # 5 m from the site
    detect(run, tiny, "2025-06-30")
    grown = alerts(tiny)["proteccion"]
    assert grown[0] == code and grown[4] == 780.0 and grown[7] == 2
    assert table_rows(tiny, "alerta_version")[-1][2:4] == (code, 2)


def test_life_cycle_follows_actions(run, tiny):
    detect(run, tiny)
    code = alerts(tiny)["amenaza_alta"][0]
    state = run("record_control_action", {"EXPEDIENTE": str(tiny), "ALERT": code, "TYPE": "suspension_obra",
                                          "ENTITY": "Alcaldía Local de Usaquén", "DATE": "2025-02-01",
                                          "NUMBER": "2025-0042"})["ALERT_STATE"]
    assert state == "con_accion"
    state = run("record_control_action", {"EXPEDIENTE": str(tiny), "ALERT": code, "TYPE": "sellamiento",
                                          "ENTITY": "Inspección de Policía", "DATE": "2025-03-01",
                                          "STATE": "ejecutada"})["ALERT_STATE"]
    assert state == "con_accion"  # the suspension is still en_tramite
    with sqlite3.connect(tiny) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="solo adición"):
            connection.execute("UPDATE accion_control SET estado = 'ejecutada'")


@pytest.mark.parametrize("change, message", [
    ({"ALERT": "AO-999999"}, "no existe"),
    ({"DATE": "2025-13-45"}, "fecha"),
    ({"ENTITY": " "}, "entidad"),
])
def test_a_bad_control_action_is_refused_and_nothing_changes(run, tiny, change, message):
    detect(run, tiny)
    code = alerts(tiny)["proteccion"][0]
    before = store_fingerprint(tiny)
    parameters = {"EXPEDIENTE": str(tiny), "ALERT": code, "TYPE": "acta", "ENTITY": "Alcaldía",
                  "DATE": "2025-02-01", **change}
    with pytest.raises(QgsProcessingException, match=message):
        run("record_control_action", parameters)
    assert store_fingerprint(tiny) == before


def test_alert_states_follow_the_documented_rules():
    from pot_seguimiento.core.alert_lifecycle import alert_state

    assert alert_state(40, False, None, ()) == "detectada"
    assert alert_state(50, False, None, ()) == "priorizada"
    assert alert_state(40, True, None, ()) == "en_visita"
    assert alert_state(90, True, "loteo", ()) == "confirmada"
    assert alert_state(90, True, "sin_novedad", ()) == "descartada"
    assert alert_state(90, True, "loteo", ("ejecutada", "en_tramite")) == "con_accion"
    assert alert_state(90, True, "loteo", ("ejecutada", "archivada")) == "cerrada"


def test_the_demo_has_alerts_in_every_state_with_visits_photos_and_actions(run, demo_store, tmp_path):
    from pot_seguimiento.core import schema

    with sqlite3.connect(demo_store) as connection:
        states = {s for (s,) in connection.execute("SELECT DISTINCT estado FROM alerta_ocupacion")}
        reasons = {r for (r,) in connection.execute("SELECT DISTINCT motivo FROM alerta_ocupacion")}
        photos = connection.execute("SELECT ruta, sha256 FROM foto_visita").fetchall()
        visited = connection.execute("SELECT count(DISTINCT alerta) FROM visita").fetchone()[0]
        # every detected alert is a site of footprints of 2024 that were not there in 2018
        assert connection.execute("SELECT count(*) FROM alerta_ocupacion WHERE anio_huella != 2024").fetchone()[0] == 0
    assert states == set(schema.DOMAINS["estado_alerta"])
    assert {"ronda_hidrica", "amenaza_alta", "proteccion", "reporte_ciudadano"} <= reasons
    assert visited == 8 and count(demo_store, "accion_control") == 8 and len(photos) == 14
    for ruta, digest in photos:
        assert hashlib.sha256((demo_store.parent / ruta).read_bytes()).hexdigest() == digest

    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_store, path)
    results = detect(run, path)
    assert results["NEW"] == 0 and results["UPDATED"] == count(path, "alerta_ocupacion") - 2  # all but citizen reports


def test_field_control_indicators_match_the_hand_computation(run, tiny):
    from pot_seguimiento.store import open_store

    detect(run, tiny)
    found = alerts(tiny)
    reserve, hazard = found["proteccion"][0], found["amenaza_alta"][0]
    x, y = 4_880_000, 2_070_000
    with open_store(str(tiny)) as store, store.transaction():
        store.insert("visita", {"uuid": ["{a}", "{b}"], "alerta": [reserve, hazard],
                                "fecha_hora": ["2025-02-01T10:00:00", "2025-02-02T10:00:00"],
                                "inspector": ["Ana", "Ana"], "hallazgo": ["construccion_nueva", "sin_novedad"]},
                     [shapely.Point(x + 60, y + 60), shapely.Point(x + 855, y + 855)])
    run("record_control_action", {"EXPEDIENTE": str(tiny), "ALERT": reserve, "TYPE": "acta",
                                  "ENTITY": "Alcaldía Local", "DATE": "2025-03-01"})
    codes = ("alertas_ocupacion,ocupaciones_confirmadas,ocupaciones_con_accion,"
             "area_ocupacion_informal_proteccion,area_ocupacion_informal_amenaza")
    for period in ("2024", "2025"):
        run("compute_indicators", {"EXPEDIENTE": str(tiny), "PERIOD": period, "LEVEL": "localidad",
                                   "INDICATORS": codes, "OUTPUT": "TEMPORARY_OUTPUT"})
    with sqlite3.connect(tiny) as connection:
        values = {(i, p, a): v for i, p, a, v in connection.execute(
            "SELECT indicador, periodo, ambito, valor FROM medicion")}
    for scope in ("01", "11001"):
        assert values[("alertas_ocupacion", "2025", scope)] == 3
        assert values[("ocupaciones_confirmadas", "2025", scope)] == 1  # the hazard visit found nothing
        assert values[("ocupaciones_con_accion", "2025", scope)] == 100.0
        assert values[("area_ocupacion_informal_proteccion", "2025", scope)] == pytest.approx(480.0)
        assert values[("area_ocupacion_informal_amenaza", "2025", scope)] == 0.0
        assert values[("alertas_ocupacion", "2024", scope)] == 0  # detected in 2025
        assert values[("ocupaciones_con_accion", "2024", scope)] is None


def test_a_bad_detection_date_or_years_are_refused_untouched(run, tiny):
    before = store_fingerprint(tiny)
    with pytest.raises(QgsProcessingException, match="fecha de detección '15/01/2025' debe ser una fecha"):
        run("detect_occupation_alerts", {"EXPEDIENTE": str(tiny), "FROM_YEAR": 2018, "TO_YEAR": 2024,
                                         "DETECTION_DATE": "15/01/2025", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="debe ser menor"):
        run("detect_occupation_alerts", {"EXPEDIENTE": str(tiny), "FROM_YEAR": 2024, "TO_YEAR": 2018,
                                         "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="no tiene huellas de construcción de 2030"):
        run("detect_occupation_alerts", {"EXPEDIENTE": str(tiny), "FROM_YEAR": 2018, "TO_YEAR": 2030,
                                         "OUTPUT": "TEMPORARY_OUTPUT"})
    assert store_fingerprint(tiny) == before
