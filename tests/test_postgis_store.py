"""The whole plugin on a shared PostGIS expediente: every algorithm gives what it gives on the GeoPackage.

Twins: the demo as a GeoPackage and the same demo migrated to PostGIS. Each step runs on both and the
results a user would read (measurements, states, alerts, PDF pages, open data) must be the same.
"""
import os
import re
import shutil
import sqlite3
import subprocess

import pytest
from conftest import count
from qgis.core import QgsProcessingException, QgsProject

from test_field_package import add_visits, export, import_checks, package_gpkg, zip_folder


@pytest.fixture(scope="module")
def twins(run, demo_store, postgres, tmp_path_factory):
    folder = tmp_path_factory.mktemp("gemelos")
    gpkg = folder / "demo.gpkg"
    shutil.copy(demo_store, gpkg)
    shutil.copytree(demo_store.parent / "demo_evidencias", folder / "demo_evidencias")
    uri = postgres.uri("gemelo")
    run("migrate_expediente", {"INPUT": str(gpkg), "OUTPUT": uri})
    return str(gpkg), uri


def rows(expediente, sql, params=()):
    from pot_seguimiento.store import open_store

    with open_store(str(expediente)) as store:
        return [tuple(row) for row in store.connection.execute(sql, params).fetchall()]


def close(a, b):
    """Rows equal, numbers to 1e-9 relative."""
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x == pytest.approx(y, rel=1e-9, abs=1e-9) if isinstance(x, tuple) else x == y, (x, y)


def both(run, twins, algorithm, parameters):
    return [run(algorithm, {"EXPEDIENTE": expediente, **parameters}) for expediente in twins]


def test_indicators_are_the_same_numbers_on_both_backends(run, twins):
    both(run, twins, "compute_indicators", {"PERIOD": "2025-S1", "LEVEL": "localidad", "OUTPUT": "memory:"})
    sql = ("SELECT indicador, nivel, ambito, valor, numerador, denominador, nota FROM medicion "
           "WHERE periodo = '2025-S1' ORDER BY indicador, nivel, ambito")
    on_file, on_server = (rows(t, sql) for t in twins)
    assert len(on_file) > 200
    for a, b in zip(on_file, on_server):
        assert a[:3] == b[:3] and a[6] == b[6]
        assert a[3:6] == pytest.approx(b[3:6], rel=1e-9, abs=1e-9) if a[3] is not None else b[3] is None, (a, b)


def test_project_states_are_the_same(run, twins):
    results = both(run, twins, "evaluate_projects", {"CUTOFF_DATE": "2025-12-31", "OUTPUT": "memory:",
                                                     "SUMMARY": "memory:"})
    states = [sorted((f["codigo"], f["estado"], f["avance_fisico"]) for f in r["OUTPUT"].getFeatures())
              for r in results]
    assert len(states[0]) > 10 and states[0] == states[1]


def test_occupation_alerts_are_the_same(run, twins):
    both(run, twins, "detect_occupation_alerts", {"FROM_YEAR": 2018, "TO_YEAR": 2024, "DETECTION_DATE": "2026-01-20",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})
    sql = "SELECT codigo, motivo, estado, prioridad, area_m2, version FROM alerta_ocupacion ORDER BY codigo"
    on_file, on_server = (rows(t, sql) for t in twins)
    assert len(on_file) > 20 and on_file == on_server


def test_progress_is_recorded_on_the_server(run, twins):
    _, uri = twins
    project, period, cutoff, physical = rows(
        uri, "SELECT proyecto, periodo, fecha_corte, avance_fisico FROM avance ORDER BY fid DESC LIMIT 1")[0]
    before = count(uri, "avance")
    result = run("record_progress", {"EXPEDIENTE": uri, "PROJECT": project, "PERIOD": period, "CUTOFF_DATE": cutoff,
                                     "PHYSICAL": physical, "INVESTMENT": 1234.5, "STATE": "en_ejecucion",
                                     "NOTES": "corrección desde el servidor"})
    assert count(uri, "avance") == before + 1
    assert rows(uri, "SELECT reemplaza FROM avance WHERE fid = ?", (result["FID"],))[0][0] is not None
    with pytest.raises(QgsProcessingException, match="No se registró ningún reporte"):
        run("record_progress", {"EXPEDIENTE": uri, "PROJECT": project, "PERIOD": period, "CUTOFF_DATE": "1999-01-01",
                                "PHYSICAL": physical, "STATE": "en_ejecucion"})
    assert count(uri, "avance") == before + 1


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_expediente_pdf_and_open_data_are_the_same(run, twins, tmp_path):
    pdfs = [tmp_path / "archivo.pdf", tmp_path / "servidor.pdf"]
    for expediente, pdf in zip(twins, pdfs):
        run("export_expediente", {"EXPEDIENTE": expediente, "PERIOD": "2025-S2", "LEVEL": "localidad", "OUTPUT": str(pdf)})
    texts = [re.sub(r"\d{4}-\d\d-\d\d", "AAAA-MM-DD", pdf_text(p)) for p in pdfs]  # (an export may cross midnight)
    assert texts[0].count("\f") > 50 and texts[0] == texts[1]
    folders = [tmp_path / "datos_archivo", tmp_path / "datos_servidor"]
    for expediente, folder in zip(twins, folders):
        run("export_open_data", {"EXPEDIENTE": expediente, "PERIOD": "2025-S2", "OUTPUT": str(folder)})
    names = sorted(os.listdir(folders[0]))
    assert names == sorted(os.listdir(folders[1])) and any(n.endswith(".csv") for n in names)
    for name in (n for n in names if n.endswith(".csv")):
        assert (folders[0] / name).read_bytes() == (folders[1] / name).read_bytes(), name


def test_the_evaluation_of_the_plan_is_the_same(run, twins):
    results = both(run, twins, "evaluate_plan", {"YEAR": 2025, "GAPS": "memory:", "SUFFICIENCY": "memory:",
                                                 "OBJECTIVES": "memory:"})
    for name in ("GAPS", "SUFFICIENCY", "OBJECTIVES"):
        on_file, on_server = ([f.attributes() for f in r[name].getFeatures()] for r in results)
        assert on_file == on_server and on_file, name
    assert results[0]["GAP_COUNT"] == results[1]["GAP_COUNT"] == 9


def test_a_field_package_goes_out_and_comes_back_to_the_server(run, twins, tmp_path):
    # (after the comparisons: from here on the server holds visits the file does not)
    gpkg, uri = twins
    folder = tmp_path / "paquete"
    export(run, uri, folder, alerts="\"estado\" = 'priorizada'")
    with sqlite3.connect(package_gpkg(folder)) as package:
        alerts = [c for (c,) in package.execute("SELECT codigo FROM alerta_ocupacion ORDER BY codigo")]
    add_visits(folder, [(alerts[0], "construccion_nueva", 2), (alerts[1], "sin_novedad", 1)])
    returned = zip_folder(folder, tmp_path / "devuelto.zip")
    before = count(uri, "visita"), count(uri, "foto_visita")
    results = import_checks(run, uri, returned)
    assert (results["IMPORTADA"], results["RECHAZADA"]) == (2, 0)
    assert (count(uri, "visita"), count(uri, "foto_visita")) == (before[0] + 2, before[1] + 3)
    root = os.path.dirname(gpkg)  # the migration kept the GeoPackage's folder as the evidence folder
    for ruta, digest in rows(uri, "SELECT ruta, sha256 FROM foto_visita WHERE ruta LIKE 'gemelo_evidencias/%'"):
        assert os.path.isfile(os.path.join(root, ruta))
    states = dict(rows(uri, "SELECT codigo, estado FROM alerta_ocupacion WHERE codigo IN (?, ?)", alerts[:2]))
    assert states == {alerts[0]: "confirmada", alerts[1]: "descartada"}
    again = import_checks(run, uri, returned)
    assert (again["IMPORTADA"], again["DUPLICADA"]) == (0, 2)
    run("record_control_action", {"EXPEDIENTE": uri, "ALERT": alerts[0], "TYPE": "suspension_obra", "ENTITY": "Inspección de Policía",
                                  "DATE": "2026-02-10", "NUMBER": "QP-1'; DROP TABLE visita; --"})
    assert rows(uri, "SELECT numero_actuacion FROM accion_control WHERE alerta = ?", (alerts[0],))[-1][0] == \
        "QP-1'; DROP TABLE visita; --"


def test_the_expediente_opens_in_qgis_from_the_server(twins, postgres):
    from pot_seguimiento.core import schema
    from pot_seguimiento.gui.expediente_layers import GROUP_NAME, add_expediente_to_project

    gpkg, uri = twins
    project = QgsProject.instance()  # relations find their layers in the project instance
    project.clear()
    layers = add_expediente_to_project(uri, project)
    try:
        assert set(layers) == {t.name for t in schema.TABLES}
        for name, layer in layers.items():
            assert layer.isValid() and layer.providerType() == "postgres", name
        assert layers["predio"].featureCount() == count(gpkg, "predio")
        assert layers["avance"].featureCount() == count(uri, "avance")
        assert layers["alerta_ocupacion"].renderer().classAttribute() == "estado"  # the same styles as from a file
        assert layers["zonificacion"].renderer().type() == "RuleRenderer"
        assert len(project.relationManager().relations()) >= 7
        visits = layers["visita"]
        assert visits.editorWidgetSetup(visits.fields().indexOf("hallazgo")).type() == "ValueMap"
        assert project.layerTreeRoot().children()[0].name().startswith(GROUP_NAME)
    finally:
        project.clear()


def test_a_server_that_goes_away_mid_import_leaves_no_rows(run, postgres):
    from qgis.core import QgsProcessingFeedback

    from conftest import BOGOTA

    class CrashBeforeCommit(QgsProcessingFeedback):
        crashed = False

        def setProgress(self, value):  # noqa: N802 (every row is in, the transaction still open)
            super().setProgress(value)
            if value >= 100 and not self.crashed:
                self.crashed = True
                postgres.crash()

    uri = postgres.uri("caida_importacion")
    run("create_expediente", {"OUTPUT": uri})
    parameters = {"EXPEDIENTE": uri, "INPUT": str(BOGOTA / "upz.geojson"), "PRESET": "bogota_upz"}
    feedback = CrashBeforeCommit()
    try:
        with pytest.raises(QgsProcessingException, match="Se perdió la conexión"):
            run("import_layer", parameters, feedback=feedback)
    finally:
        postgres.start()
    assert feedback.crashed and count(uri, "unidad_territorial") == 0
    # (and the municipality's unit, their union: none was imported)
    assert run("import_layer", parameters)["IMPORTED"] + 1 == count(uri, "unidad_territorial") > 100


def test_hostile_periods_and_expressions_are_data(run, twins):
    _, uri = twins
    before = count(uri, "medicion"), count(uri, "visita")
    with pytest.raises(QgsProcessingException, match="periodo"):
        run("compute_indicators", {"EXPEDIENTE": uri, "PERIOD": "2025'; DELETE FROM medicion; --", "LEVEL": "localidad",
                                   "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="Ninguna alerta coincide"):
        run("export_field_package", {"EXPEDIENTE": uri, "INSPECTOR": "Ana",
                                     "ALERTS": "\"codigo\" = 'x''); DROP TABLE visita; --' OR \"motivo\" = 'ñ☂'",
                                     "OUTPUT": "/tmp/no_se_escribe.zip"})
    assert (count(uri, "medicion"), count(uri, "visita")) == before


def test_a_refused_write_leaves_the_connection_usable_and_nothing_written(postgres):
    import psycopg2

    from pot_seguimiento.store.postgis import PostgisStore

    with PostgisStore.create(postgres.uri("rechazo")) as store:
        with pytest.raises(psycopg2.IntegrityError):
            with store.transaction():
                store.connection.execute("INSERT INTO programa (codigo, nombre) VALUES ('A', 'Uno')")
                store.connection.execute("INSERT INTO programa (codigo, nombre) VALUES ('A', 'Otra vez')")
        assert store.count("programa") == 0  # the first row went with the transaction
        with store.transaction():
            store.connection.execute("INSERT INTO programa (codigo, nombre) VALUES ('B', 'Dos')")
        assert store.count("programa") == 1
