"""Templates out, filled files in; concurrent writers; a killed import."""
import csv
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from qgis.core import QgsProcessingException

from conftest import BUILD, count, store_fingerprint


@pytest.fixture(autouse=True)
def after_the_cutoff(monkeypatch):
    """The templates are for 2026-S2, a semester reported only after its cut-off (2026-12-31): these reports come in January."""
    monkeypatch.setenv("POT_SEGUIMIENTO_HOY", "2027-01-15")


@pytest.fixture
def demo_copy(demo_store, tmp_path):
    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_store, path)
    return path


def templates(run, store, folder, entity="Instituto de Desarrollo Urbano"):
    run("export_progress_templates", {"EXPEDIENTE": str(store), "PERIOD": "2026-S2", "ENTITY": entity,
                                      "OUTPUT": str(folder)})
    return folder / "avance_instituto_de_desarrollo_urbano_2026-S2.csv"


def fill_csv(template, path, values, encoding="utf-8-sig"):
    """What an entity does: fill the progress columns of some rows (the others stay blank)."""
    with open(template, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    for row in rows:
        row.update(values.get(row["proyecto"], {}))
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.DictWriter(f, rows[0].keys(), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def test_template_has_a_row_per_project_with_last_values(run, demo_copy, tmp_path):
    template = templates(run, demo_copy, tmp_path)
    assert (tmp_path / "avance_instituto_de_desarrollo_urbano_2026-S2.xlsx").exists()
    with open(template, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert {r["entidad"] for r in rows} == {"Instituto de Desarrollo Urbano"}
    assert {r["proyecto"] for r in rows} >= {"P1-01", "P1-03"}
    first = next(r for r in rows if r["proyecto"] == "P1-01")
    assert first["periodo"] == "2026-S2" and first["fecha_corte"] == "2026-12-31"
    assert first["ultimo_periodo"] == "2026-S1" and float(first["ultimo_avance_fisico"]) > 0


def test_filled_csv_imports_once_and_only_once(run, demo_copy, tmp_path):
    template = templates(run, demo_copy, tmp_path)
    filled = tmp_path / "idu_diligenciado.csv"
    fill_csv(template, filled, {"P1-05": {"avance_fisico": "1500,5", "inversion": "1200000000",
                                          "estado_reportado": "en_ejecucion", "observaciones": "Frente de obra norte",
                                          "reportado_por": "Oficina de proyectos"}})
    before = count(demo_copy, "avance")
    results = run("import_progress", {"EXPEDIENTE": str(demo_copy), "INPUT": str(filled), "REPORT": "memory:"})
    assert (results["ACCEPTED"], results["SKIPPED"]) == (1, 0)
    assert count(demo_copy, "avance") == before + 1
    again = run("import_progress", {"EXPEDIENTE": str(demo_copy), "INPUT": str(filled), "REPORT": "memory:"})
    assert (again["ACCEPTED"], again["SKIPPED"]) == (0, 1)
    assert count(demo_copy, "avance") == before + 1


def test_filled_xlsx_imports(run, demo_copy, tmp_path):
    from openpyxl import load_workbook

    templates(run, demo_copy, tmp_path)
    book_path = tmp_path / "avance_instituto_de_desarrollo_urbano_2026-S2.xlsx"
    book = load_workbook(book_path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        values = dict(zip(header, (c.value for c in row)))
        if values["proyecto"] == "P1-05":
            row[header.index("avance_fisico")].value = 250.0
            row[header.index("inversion")].value = 5e8
            row[header.index("estado_reportado")].value = "en_ejecucion"
    book.save(book_path)
    results = run("import_progress", {"EXPEDIENTE": str(demo_copy), "INPUT": str(book_path), "REPORT": "memory:"})
    assert results["ACCEPTED"] == 1


def test_one_bad_row_and_nothing_is_written(run, demo_copy, tmp_path):
    template = templates(run, demo_copy, tmp_path)
    filled = tmp_path / "con_error.csv"
    fill_csv(template, filled, {
        "P1-05": {"avance_fisico": "6,4", "inversion": "1000", "estado_reportado": "en_ejecucion",
                  "observaciones": "Señalización"},
        "P1-03": {"avance_fisico": "1", "inversion": "10", "estado_reportado": "casi terminado"}},
        encoding="cp1252")  # as an older Excel saves it
    before = store_fingerprint(demo_copy)
    with pytest.raises(QgsProcessingException, match="estado desconocido 'casi terminado'"):
        run("import_progress", {"EXPEDIENTE": str(demo_copy), "INPUT": str(filled), "REPORT": "memory:"})
    assert store_fingerprint(demo_copy) == before


def test_a_file_that_is_not_a_template_is_refused(run, demo_copy, tmp_path):
    other = tmp_path / "otra_cosa.csv"
    other.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="le faltan las columnas proyecto, periodo"):
        run("import_progress", {"EXPEDIENTE": str(demo_copy), "INPUT": str(other)})


WRITER = """
import datetime, sys
sys.path.insert(0, {build!r})
from pot_seguimiento.store import GpkgStore
from pot_seguimiento.store.progress import record_reports
project, count = sys.argv[1], int(sys.argv[2])
with GpkgStore({store!r}) as store:
    for i in range(count):
        year, semester = 1800 + i // 2, 1 + i % 2  # 150 years of semesters, all ended
        cutoff = f"{{year}}-06-30" if semester == 1 else f"{{year}}-12-31"
        record_reports(store, [{{"proyecto": project, "periodo": f"{{year}}-S{{semester}}", "fecha_corte": cutoff,
                                 "avance_fisico": i, "inversion": i, "estado_reportado": "en_ejecucion"}}])
print("ok")
"""


def test_two_offices_saving_at_once_both_land(run, tmp_path):
    from pot_seguimiento.store import GpkgStore

    path = tmp_path / "compartido.gpkg"
    run("create_expediente", {"OUTPUT": str(path)})
    with GpkgStore(str(path)) as store, store.transaction():
        store.insert("programa", {"codigo": ["P"], "nombre": ["P"]})
        store.insert("proyecto", {"codigo": ["A", "B"], "nombre": ["A", "B"], "programa": ["P", "P"],
                                  "entidad": ["E", "E"], "horizonte": ["largo", "largo"], "anio_inicio": [1900, 1900],
                                  "anio_fin": [2100, 2100], "meta_descripcion": ["m", "m"], "meta_unidad": ["u", "u"],
                                  "meta_cantidad": [1000, 1000], "presupuesto": [1e6, 1e6]}, [None, None])
    script = tmp_path / "escritor.py"
    script.write_text(WRITER.format(build=str(BUILD), store=str(path)))
    writers = [subprocess.Popen([sys.executable, str(script), code, "300"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for code in ("A", "B")]
    outputs = [w.communicate(timeout=300) for w in writers]
    assert all(w.returncode == 0 for w in writers), outputs
    import sqlite3

    with sqlite3.connect(path) as connection:
        counts = dict(connection.execute("SELECT proyecto, count(*) FROM avance GROUP BY proyecto").fetchall())
    assert counts == {"A": 300, "B": 300}


KILLED = """
import sys
sys.path.insert(0, {build!r})
from pot_seguimiento.store import GpkgStore
from pot_seguimiento.store.progress import record_reports
reports = []
for p in range(60):
    for i in range(300):
        year, semester = 1800 + i // 2, 1 + i % 2  # 150 years of semesters, all ended
        reports.append({{"proyecto": f"X{{p}}", "periodo": f"{{year}}-S{{semester}}",
                         "fecha_corte": f"{{year}}-06-30" if semester == 1 else f"{{year}}-12-31",
                         "avance_fisico": i, "inversion": i, "estado_reportado": "en_ejecucion"}})
with GpkgStore({store!r}) as store:
    record_reports(store, reports)
print("TERMINADO")
"""


def test_a_killed_import_leaves_no_partial_rows(run, tmp_path):
    from pot_seguimiento.store import GpkgStore

    path = tmp_path / "importacion.gpkg"
    run("create_expediente", {"OUTPUT": str(path)})
    codes = [f"X{p}" for p in range(60)]
    with GpkgStore(str(path)) as store, store.transaction():
        store.insert("programa", {"codigo": ["P"], "nombre": ["P"]})
        store.insert("proyecto", {"codigo": codes, "nombre": codes, "programa": ["P"] * 60, "entidad": ["E"] * 60,
                                  "horizonte": ["largo"] * 60, "anio_inicio": [1900] * 60, "anio_fin": [2100] * 60,
                                  "meta_descripcion": ["m"] * 60, "meta_unidad": ["u"] * 60,
                                  "meta_cantidad": [1000] * 60, "presupuesto": [1e6] * 60}, [None] * 60)
    before = store_fingerprint(path)
    script = tmp_path / "importar.py"
    script.write_text(KILLED.format(build=str(BUILD), store=str(path)))
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    journal = f"{path}-journal"
    deadline = time.time() + 120
    while not os.path.exists(journal) and process.poll() is None and time.time() < deadline:
        time.sleep(0.002)
    assert process.poll() is None, process.stdout.read().decode()
    time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    with GpkgStore(str(path)) as store:
        assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert store.count("avance") == 0
    assert store_fingerprint(path) == before
