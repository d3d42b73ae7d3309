"""run_semiannual_cycle on copies of the demo: every document of the cycle read back, a bad report stopping
everything before anything is written, a folder not overwritten, a cancel keeping what finished."""
import csv
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import time
import unicodedata
import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import BUILD, count, store_fingerprint

MODEL = BUILD / "pot_seguimiento" / "resources" / "models" / "ciclo_semestral.model3"


@pytest.fixture(scope="module", autouse=True)
def after_the_cutoff():
    """The cycle of 2026-S2 runs once the semester is over (a semester is reported after its cut-off,
    2026-12-31): in January."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("POT_SEGUIMIENTO_HOY", "2027-01-15")
        yield


def copy_of(demo_store, folder):
    store = folder / "demo.gpkg"
    shutil.copy(demo_store, store)
    return store


def filled_reports(run, store, folder):
    """What two entities send for 2026-S2 (the demo's history runs to 2026-S1): the IDU a CSV, Recreación y
    Deporte an XLSX, each from the template the plugin writes."""
    from openpyxl import load_workbook

    run("export_progress_templates", {"EXPEDIENTE": str(store), "PERIOD": "2026-S2", "OUTPUT": str(folder)})
    csv_path = folder / "avance_instituto_de_desarrollo_urbano_2026-S2.csv"
    with open(csv_path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    for row in rows:
        if row["proyecto"] == "P1-05":
            row.update(avance_fisico="1500,5", inversion="1200000000", estado_reportado="en_ejecucion",
                       observaciones="Frente de obra norte")
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, rows[0].keys(), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    xlsx_path = folder / "avance_instituto_de_recreacion_y_deporte_2026-S2.xlsx"
    book = load_workbook(xlsx_path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    filled = 0
    for row in sheet.iter_rows(min_row=2):
        values = dict(zip(header, (c.value for c in row)))
        if values["ultimo_avance_fisico"] not in (None, ""):
            row[header.index("avance_fisico")].value = float(values["ultimo_avance_fisico"])
            row[header.index("inversion")].value = float(values["ultima_inversion"] or 0)
            row[header.index("estado_reportado")].value = "en_ejecucion"
            row[header.index("observaciones")].value = "Sin avance en el semestre"
            filled += 1
    book.save(xlsx_path)
    assert filled >= 2
    return [str(csv_path), str(xlsx_path)], 1 + filled


def pages_of(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text).split("\f")[:-1]  # NFKC: ligatures back to letters


def summary(folder):
    with open(folder / "resumen.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def file_digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def s2_cycle(run, demo_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ciclo_s2")
    store = copy_of(demo_store, folder)
    reports, sent = filled_reports(run, store, folder / "reportes")
    before = count(store, "avance")
    started = time.monotonic()
    feedback = Told()
    results = run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": "2026-S2", "LEVEL": "localidad",
                                           "REPORTS": reports, "PLAN_TYPE": 0, "OUTPUT": str(folder / "ciclo")},
                  feedback)
    seconds = time.monotonic() - started
    print(f"\nrun_semiannual_cycle 2026-S2, 20,000-lot demo, localidad: {seconds:.1f} s")
    return {"store": store, "output": folder / "ciclo", "results": results, "added": count(store, "avance") - before,
            "sent": sent, "told": feedback.told}


class Told(QgsProcessingFeedback):
    """What the cycle told the user, line by line."""

    def __init__(self):
        super().__init__()
        self.told = []

    def pushInfo(self, text):  # noqa: N802
        self.told.append(text)
        super().pushInfo(text)


def test_the_reports_are_consolidated_and_the_batteries_measured(s2_cycle):
    from pot_seguimiento.store import open_store

    assert s2_cycle["added"] == s2_cycle["sent"]
    with open_store(str(s2_cycle["store"])) as store:
        measured = {row[0] for row in store.connection.execute(
            "SELECT DISTINCT indicador FROM medicion WHERE periodo = '2026-S2'")}
    # the projects battery (evaluate_projects at 2026-12-31) and the occupation model (compute_indicators)
    assert {"avance_fisico_ponderado", "proyectos_incumplimiento_corto", "epe_hab", "huella_urbana",
            "densidad_poblacion", "cobertura_educacion"} <= measured


def test_the_expediente_pdf_has_its_pages(s2_cycle):
    pdf = s2_cycle["output"] / "expediente_2026-S2.pdf"
    assert s2_cycle["results"]["PDF"] == str(pdf)
    pages = pages_of(pdf)
    assert len(pages) > 20
    assert "2026-S2" in pages[0] and "Contenido" in pages[1]  # Spanish, the documents' default
    assert any("Espacio público efectivo" in page for page in pages)


def test_the_open_data_is_there_and_reads(s2_cycle):
    datos = s2_cycle["output"] / "datos"
    with open(datos / "mediciones_2026_s2.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["indicador"] for r in rows if r["periodo"] == "2026-S2"} >= {"epe_hab", "avance_fisico_ponderado"}
    for name in ("indicadores_localidad_2026_s2.geojson", "proyectos_2026_s2.geojson",
                 "alertas_ocupacion_2026_s2.geojson"):
        with open(datos / name, encoding="utf-8") as f:
            assert json.load(f)["type"] == "FeatureCollection", name
    with open(datos / "proyectos_2026_s2.geojson", encoding="utf-8") as f:
        assert len(json.load(f)["features"]) == count(s2_cycle["store"], "proyecto")
    with open(datos / "metadatos.json", encoding="utf-8") as f:
        metadata = json.load(f)
    assert metadata["periodo"] == "2026-S2" and metadata["fecha_corte"] == "2026-12-31"
    assert set(metadata["archivos"]) | {"metadatos.json"} == set(os.listdir(datos))


def test_the_minisite_publishes_the_cycles_pdf(s2_cycle):
    site = s2_cycle["output"] / "minisitio"
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "<html" in index.lower()
    published = site / "datos" / "expediente_2026-S2.pdf"
    assert file_digest(published) == file_digest(s2_cycle["output"] / "expediente_2026-S2.pdf")


def test_the_minisite_publishes_the_open_data_the_cycle_wrote_once(s2_cycle):
    """The site's downloads are the cycle's datos/ file for file, and the open data was exported once (issue 18's
    leftover: the minisite step exported it a second time)."""
    datos, published = s2_cycle["output"] / "datos", s2_cycle["output"] / "minisitio" / "datos"
    assert sorted(os.listdir(published)) == sorted(os.listdir(datos) + ["expediente_2026-S2.pdf"])
    for name in os.listdir(datos):
        assert file_digest(published / name) == file_digest(datos / name), name
    assert sum("archivos de datos abiertos escritos" in line for line in s2_cycle["told"]) == 1


def test_the_minisite_refuses_a_folder_that_is_not_open_data(run, demo_store, tmp_path):
    (tmp_path / "otra").mkdir()
    with pytest.raises(QgsProcessingException, match="metadatos.json"):
        run("export_minisitio", {"EXPEDIENTE": str(demo_store), "PERIOD": "2025", "OPEN_DATA": str(tmp_path / "otra"),
                                 "OUTPUT": str(tmp_path / "sitio")})
    assert not (tmp_path / "sitio").exists()


def test_the_report_to_the_concejo_closes_the_second_semester(s2_cycle):
    pdf, docx = s2_cycle["output"] / "informe_concejo_2026.pdf", s2_cycle["output"] / "informe_concejo_2026.docx"
    pages = pages_of(pdf)
    assert len(pages) >= 12
    assert "Informe al Concejo sobre el Plan de Ordenamiento Territorial" in " ".join(pages[0].split())
    with zipfile.ZipFile(docx) as document:
        assert "Resumen ejecutivo" in document.read("word/document.xml").decode("utf-8")
    assert (s2_cycle["results"]["REPORT_PDF"], s2_cycle["results"]["REPORT_DOCX"]) == (str(pdf), str(docx))


def test_the_participation_report_of_the_semester(s2_cycle):
    """The demo's entities record participation: the cycle writes the semester's participation report, as
    export_participation_report writes it, and the report to the Concejo has the participation chapter."""
    pdf = s2_cycle["output"] / "informe_participacion_2026-S2.pdf"
    assert s2_cycle["results"]["PARTICIPATION_PDF"] == str(pdf)
    pages = pages_of(pdf)
    assert len(pages) >= 6
    assert "Participación ciudadana, asistencia técnica y compromisos" in pages[0] and "2026-S2" in pages[0]
    assert "Participantes" in pages[0] and "Compromisos vencidos" in pages[0]
    row = next(r for r in summary(s2_cycle["output"]) if r["algoritmo"].endswith("export_participation_report"))
    assert row["detalle"] == f"informe_participacion_2026-S2.pdf ({len(pages)} páginas)"
    concejo = " ".join(" ".join(pages_of(s2_cycle["output"] / "informe_concejo_2026.pdf")).split())
    assert "Participación ciudadana" in concejo and "Actividades ejecutadas" in concejo


def test_the_summary_lists_every_step_ok_in_order(s2_cycle):
    rows = summary(s2_cycle["output"])
    assert [r["algoritmo"] for r in rows] == [f"pot_seguimiento:{name}" for name in (
        "import_progress", "evaluate_projects", "compute_indicators", "export_expediente", "export_open_data",
        "export_minisitio", "export_participation_report", "export_informe_concejo")]
    assert [r["resultado"] for r in rows] == ["ok"] * 8
    assert all(float(r["segundos"]) >= 0 and r["inicio"].startswith("20") for r in rows)
    assert rows[0]["detalle"].startswith("avance_instituto_de_desarrollo_urbano_2026-S2.csv: 1 reportes registrados")
    assert rows[1]["descripcion"] == "Evaluar los proyectos a la fecha de corte"
    assert sorted(os.listdir(s2_cycle["output"])) == ["datos", "expediente_2026-S2.pdf", "informe_concejo_2026.docx",
                                                      "informe_concejo_2026.pdf", "informe_participacion_2026-S2.pdf",
                                                      "minisitio", "resumen.csv"]


def test_a_first_semester_writes_no_report_to_the_concejo(run, demo_store, tmp_path):
    """Also: with OVERWRITE, into a folder a first attempt left (a broken PDF) and the office's own notes; an
    expediente that records no participation gets no participation report."""
    import sqlite3

    store = copy_of(demo_store, tmp_path)
    with sqlite3.connect(store) as connection:  # an office that has not started recording participation
        connection.execute("DELETE FROM actividad_participacion")
        connection.execute("DELETE FROM plan_participacion")
    (tmp_path / "ciclo").mkdir()
    (tmp_path / "ciclo" / "expediente_2026-S1.pdf").write_bytes(b"%PDF-1.4 a medio escribir")
    (tmp_path / "ciclo" / "notas.txt").write_text("revisar con la oficina jurídica", encoding="utf-8")
    results = run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": "2026-S1", "LANGUAGE": "en",
                                           "OVERWRITE": True, "OUTPUT": str(tmp_path / "ciclo")})
    assert sorted(os.listdir(tmp_path / "ciclo")) == ["datos", "expediente_2026-S1.pdf", "minisitio", "notas.txt",
                                                      "resumen.csv"]
    assert not results.get("REPORT_PDF")
    rows = summary(tmp_path / "ciclo")
    assert [r["resultado"] for r in rows] == ["ok"] * 5 and not results.get("PARTICIPATION_PDF")
    assert rows[0]["descripcion"] == "Evaluate the projects at the cut-off date"  # LANGUAGE=en: the summary too
    contents = pages_of(tmp_path / "ciclo" / "expediente_2026-S1.pdf")[1]  # and each document that takes it
    assert "Contents" in contents and "Contenido" not in contents


def bad_report(good):
    """A third entity's file whose one row has a state the expediente does not know."""
    bad = pathlib.Path(good).parent / "avance_salud.csv"
    with open(good, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    rows[0].update(proyecto="P1-03", avance_fisico="1", inversion="5", estado_reportado="casi terminado")
    with open(bad, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, rows[0].keys(), delimiter=";")
        writer.writeheader()
        writer.writerow(rows[0])
    return str(bad)


def test_a_bad_report_stops_the_cycle_before_anything_is_written(run, demo_store, tmp_path):
    store = copy_of(demo_store, tmp_path)
    (good, xlsx), _ = filled_reports(run, store, tmp_path / "reportes")
    bad = bad_report(good)
    before, size = store_fingerprint(store), file_digest(store)
    output = tmp_path / "ciclo"
    with pytest.raises(QgsProcessingException, match=r"(?s)ningún paso.*fila 2 de avance_salud\.csv.*casi terminado"):
        run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": "2026-S2", "REPORTS": [good, xlsx, bad],
                                     "OUTPUT": str(output)})
    assert store_fingerprint(store) == before and file_digest(store) == size
    assert not output.exists()
    # a file that is not a template at all, with good ones: refused by name, nothing written either
    other = tmp_path / "reportes" / "otra_cosa.csv"
    other.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="otra_cosa.csv"):
        run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": "2026-S2", "REPORTS": [good, str(other)],
                                     "OUTPUT": str(output)})
    assert file_digest(store) == size and not output.exists()


def test_bad_periods_and_cutoffs_are_refused(run, demo_store, tmp_path):
    store = copy_of(demo_store, tmp_path)
    size = file_digest(store)
    for period, cutoff, message in (("2026", "", "semestre"), ("2026-S3", "", "semestre"),
                                    ("2026-S2", "2026-03-31", "fuera del periodo"),
                                    ("2026-S2", "31/12/2026", "fecha"), ("2028-S1", "", "está en el futuro")):
        with pytest.raises(QgsProcessingException, match=message):
            run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": period, "CUTOFF_DATE": cutoff,
                                         "OUTPUT": str(tmp_path / "ciclo")})
    assert file_digest(store) == size and not (tmp_path / "ciclo").exists()


def test_a_level_without_units_is_refused_before_the_reports_are_imported(run, demo_store, tmp_path):
    store = copy_of(demo_store, tmp_path)
    (good, xlsx), _ = filled_reports(run, store, tmp_path / "reportes")
    size = file_digest(store)
    with pytest.raises(QgsProcessingException, match="no tiene unidades territoriales del nivel 'comuna'"):
        run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": "2026-S2", "LEVEL": "comuna",
                                     "REPORTS": [good, xlsx], "OUTPUT": str(tmp_path / "ciclo")})
    assert file_digest(store) == size and not (tmp_path / "ciclo").exists()


def test_a_failing_step_stops_the_cycle_and_the_summary_says_where(run, demo_store, tmp_path):
    from pot_seguimiento.store import open_store

    store = copy_of(demo_store, tmp_path)
    with open_store(str(store)) as expediente, expediente.transaction():  # a user-defined indicator left unfinished
        expediente.insert("indicador", {"codigo": ["sin_terminar"], "nombre": ["Indicador a medio definir"],
                                        "dimension": ["modelo_ocupacion"], "calculadora": ["razon"],
                                        "polaridad": ["positiva"], "parametros": ["{}"]})
    output = tmp_path / "ciclo"
    with pytest.raises(QgsProcessingException, match=r"se detuvo en el paso 2 \(Calcular indicadores\).*sin_terminar"):
        run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": "2026-S1", "OUTPUT": str(output)})
    rows = summary(output)
    assert [r["resultado"] for r in rows] == ["ok", "error"] + ["no_ejecutado"] * 4
    assert "sin_terminar" in rows[1]["detalle"]
    assert os.listdir(output) == ["resumen.csv"]


def test_a_folder_with_files_is_refused_without_overwrite(run, demo_store, tmp_path):
    store = copy_of(demo_store, tmp_path)
    output = tmp_path / "ciclo"
    output.mkdir()
    (output / "notas.txt").write_text("del semestre pasado", encoding="utf-8")
    size = file_digest(store)
    with pytest.raises(QgsProcessingException, match="ya tiene archivos"):
        run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": "2026-S1", "OUTPUT": str(output)})
    assert os.listdir(output) == ["notas.txt"] and file_digest(store) == size


class CancelAfterFirstStep(QgsProcessingFeedback):
    def pushInfo(self, info):  # noqa: N802 (QGIS's name)
        super().pushInfo(info)
        if info.startswith("Paso 1 de"):  # the cycle's word that its first step finished
            self.cancel()


def test_cancel_between_steps_keeps_what_finished(run, demo_store, tmp_path):
    store = copy_of(demo_store, tmp_path)
    output = tmp_path / "ciclo"
    with pytest.raises(QgsProcessingException, match="Cancelado.*1 de 7 pasos"):
        run("run_semiannual_cycle", {"EXPEDIENTE": str(store), "PERIOD": "2026-S2", "OUTPUT": str(output)},
            feedback=CancelAfterFirstStep())
    rows = summary(output)
    assert [(r["algoritmo"], r["resultado"]) for r in rows] == [
        ("pot_seguimiento:evaluate_projects", "ok")] + [
        (f"pot_seguimiento:{name}", "cancelado") for name in (
            "compute_indicators", "export_expediente", "export_open_data", "export_minisitio",
            "export_participation_report", "export_informe_concejo")]
    assert os.listdir(output) == ["resumen.csv"]
    from pot_seguimiento.store import open_store

    with open_store(str(store)) as expediente:  # what finished stays: the projects battery of 2026-S2
        assert expediente.measurements("avance_fisico_ponderado", "localidad", period="2026-S2")


def test_the_menu_entry_opens_the_cycles_dialog_on_the_open_expediente(plugin, monkeypatch):
    import processing

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda algorithm, values: opened.append((algorithm, values)))
    monkeypatch.setattr(plugin.controller, "expediente_path", "/datos/expediente.gpkg")
    entry = next(action for action in plugin.actions if action.text() == "Ciclo semestral…")
    entry.trigger()
    assert opened == [("pot_seguimiento:run_semiannual_cycle", {"EXPEDIENTE": "/datos/expediente.gpkg"})]


def test_on_a_shared_postgis_expediente_the_check_writes_nothing_and_the_import_lands(run, demo_store, postgres,
                                                                                      tmp_path):
    store = copy_of(demo_store, tmp_path)
    uri = postgres.uri("ciclo")
    run("migrate_expediente", {"INPUT": str(store), "OUTPUT": uri})
    (good, xlsx), sent = filled_reports(run, uri, tmp_path / "reportes")
    before = count(uri, "avance")
    output = tmp_path / "ciclo"
    with pytest.raises(QgsProcessingException, match=r"(?s)ningún paso.*casi terminado"):
        run("run_semiannual_cycle", {"EXPEDIENTE": uri, "PERIOD": "2026-S2", "REPORTS": [good, xlsx, bad_report(good)],
                                     "OUTPUT": str(output)})
    assert count(uri, "avance") == before and not output.exists()
    with pytest.raises(QgsProcessingException, match="Cancelado.*1 de 8 pasos"):
        run("run_semiannual_cycle", {"EXPEDIENTE": uri, "PERIOD": "2026-S2", "REPORTS": [good, xlsx],
                                     "OUTPUT": str(output)}, feedback=CancelAfterFirstStep())
    assert count(uri, "avance") == before + sent  # the rolled-back check left the server's sequence usable
    assert [r["resultado"] for r in summary(output)] == ["ok"] + ["cancelado"] * 7  # participation: 8 steps


def load_model():
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL)), MODEL
    return model


def test_the_model_loads_validates_and_chains_in_order(plugin):
    model = load_model()
    valid, issues = model.validate()
    # A step whose algorithm gained a mandatory parameter shows as broken in the modeler: the model file must be
    # written again (make build && QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_cycle_model.py).
    assert valid, issues
    steps = {step.childId(): step.algorithmId() for step in model.childAlgorithms().values()}
    assert steps == {"reportes": "pot_seguimiento:import_progress", "proyectos": "pot_seguimiento:evaluate_projects",
                     "indicadores": "pot_seguimiento:compute_indicators",
                     "expediente_pdf": "pot_seguimiento:export_expediente",
                     "datos_abiertos": "pot_seguimiento:export_open_data", "minisitio": "pot_seguimiento:export_minisitio",
                     "informe_participacion": "pot_seguimiento:export_participation_report",
                     "informe_concejo": "pot_seguimiento:export_informe_concejo"}
    assert all(model.childAlgorithm(step).algorithm() is not None for step in steps)
    before = {step: model.dependsOnChildAlgorithms(step) for step in steps}
    assert before["proyectos"] == {"reportes"} and before["indicadores"] == {"reportes", "proyectos"}
    assert {"reportes", "proyectos", "indicadores"} <= before["expediente_pdf"] & before["datos_abiertos"] & \
        before["informe_concejo"] & before["informe_participacion"]
    assert {"expediente_pdf", "datos_abiertos"} <= before["minisitio"]  # the site publishes the model's PDF and data
    names = {definition.name() for definition in model.parameterDefinitions()}
    assert {"EXPEDIENTE", "PERIOD", "CUTOFF_DATE", "LEVEL", "REPORT", "PLAN_TYPE", "OVERWRITE"} <= names


def test_the_model_runs_the_chain_on_the_demo(run, demo_store, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext

    store = copy_of(demo_store, tmp_path)
    (report, _), _ = filled_reports(run, store, tmp_path / "reportes")
    model = load_model()
    outputs = {d.name(): d for d in model.destinationParameterDefinitions()}
    paths = {"expediente_pdf": tmp_path / "salida" / "expediente.pdf", "datos_abiertos": tmp_path / "salida" / "datos",
             "minisitio": tmp_path / "salida" / "minisitio", "informe_concejo": tmp_path / "salida" / "informe.pdf",
             "informe_participacion": tmp_path / "salida" / "participacion.pdf"}
    values = {"EXPEDIENTE": str(store), "PERIOD": "2026-S2", "LEVEL": "localidad", "REPORT": report, "PLAN_TYPE": 0,
              "OVERWRITE": False}
    for name in outputs:
        step = name.split(":")[0]
        values[name] = str(paths[step]) if step in paths else "TEMPORARY_OUTPUT"
    before = count(store, "avance")
    processing.run(model, values, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    assert count(store, "avance") == before + 1
    assert len(pages_of(paths["expediente_pdf"])) > 20
    assert (paths["datos_abiertos"] / "metadatos.json").exists()
    assert (paths["minisitio"] / "index.html").exists() and (paths["minisitio"] / "datos" / "expediente.pdf").exists()
    assert (tmp_path / "salida" / "informe.docx").exists()
    assert "Participación ciudadana" in " ".join(pages_of(paths["informe_participacion"])[0].split())
    from pot_seguimiento.store import open_store

    with open_store(str(store)) as expediente:  # the cut-off left empty: the period's last day, 2026-S2
        assert expediente.measurements("avance_fisico_ponderado", "localidad", period="2026-S2")


def test_each_step_gets_the_language_and_plan_type_as_it_takes_them(plugin):
    from qgis.core import QgsApplication

    from pot_seguimiento.processing.algorithms.semiannual_cycle import _passed_through

    for name in ("export_expediente", "export_open_data", "export_minisitio", "export_informe_concejo"):
        algorithm = f"pot_seguimiento:{name}"
        passed = _passed_through(algorithm, {"LANGUAGE": "en"})
        takes = QgsApplication.processingRegistry().algorithmById(algorithm).parameterDefinition("LANGUAGE") is not None
        assert ("LANGUAGE" in passed) == takes, name  # a step without LANGUAGE yet is not sent one it would refuse
    # export_informe_concejo's PLAN_TYPE is an enum by index
    assert _passed_through("pot_seguimiento:export_informe_concejo", {"PLAN_TYPE": "PBOT"}) == {"PLAN_TYPE": 1}
