"""Every output of a period stops at its cut-off: the demo's history runs to 2026-S1 (progress reports, and
here a measurement, a visit and a control action after 2025), and nothing of it may reach the 2025-S2
expediente PDF, its open data, its minisite or the report to the Concejo of 2025."""
import csv
import json
import shutil
import sqlite3
import subprocess

import pytest

LATER = "2026-S1"
SENTINEL = 4321.5  # a later measurement's value no 2025 document may show


@pytest.fixture(scope="module")
def later(run, demo_store, tmp_path_factory):
    """The demo with its 2025 indicators, plus a measurement of 2026-S1 and a field visit and a control
    action of 2026 on an alert that was only detected in 2025."""
    folder = tmp_path_factory.mktemp("corte")
    store = folder / "demo.gpkg"
    shutil.copy(demo_store, store)
    run("compute_indicators", {"EXPEDIENTE": str(store), "PERIOD": "2025", "LEVEL": "localidad",
                               "OUTPUT": "memory:"})
    from pot_seguimiento.core.schema import DOMAINS
    from pot_seguimiento.store import open_store

    with open_store(str(store)) as expediente, expediente.transaction():
        db = expediente.connection
        rows = db.execute("SELECT indicador, nivel, ambito FROM medicion WHERE periodo = '2025' "
                          "AND indicador = 'acceso_transporte'").fetchall()
        db.executemany("INSERT INTO medicion (indicador, periodo, nivel, ambito, valor) VALUES (?, ?, ?, ?, ?)",
                       [(code, LATER, level, scope, SENTINEL) for code, level, scope in rows])
        # A confirmed occupation closed in 2026: in 2025's documents it is still confirmed, without action.
        alert = db.execute("SELECT codigo FROM alerta_ocupacion WHERE estado = 'confirmada' AND detectada_en <= "
                           "'2025-12-31' AND codigo NOT IN (SELECT alerta FROM accion_control) ORDER BY codigo"
                           ).fetchone()[0]
        db.execute("INSERT INTO accion_control (alerta, tipo, entidad, fecha, estado) VALUES (?, ?, ?, ?, ?)",
                   (alert, next(iter(DOMAINS["tipo_accion"])), "Alcaldía local", "2026-03-01", "ejecutada"))
        db.execute("UPDATE alerta_ocupacion SET estado = 'cerrada' WHERE codigo = ?", (alert,))
    return store, alert


@pytest.fixture(scope="module")
def later_store(later):
    return later[0]


def _later_reports(store):
    with sqlite3.connect(store) as db:
        return db.execute("SELECT count(*) FROM avance WHERE periodo = ? OR fecha_corte > '2025-12-31'",
                          (LATER,)).fetchone()[0]


def test_the_demo_has_a_later_history_to_leave_out(later_store):
    assert _later_reports(later_store) > 0


def test_the_report_model_stops_at_the_cutoff(later, later_store):
    from pot_seguimiento.core import report
    from pot_seguimiento.store import open_store

    with open_store(str(later_store)) as store:
        data = report.build(store, "2025-S2", "localidad")
    for project in data["proyectos"]["proyectos"]:
        assert all(period <= "2025-S2" for period, _ in project["avance"]), project["codigo"]
        assert all(r["fecha_corte"] <= "2025-12-31" for r in project["informes"])
        assert project["ultimo_periodo"] is None or project["ultimo_periodo"] <= "2025-S2"
    for indicator in data["indicadores"]:
        for points in indicator["serie"].values():
            assert all(p[0] != LATER and p[1] != SENTINEL for p in points), indicator["codigo"]
    closed_later = next(a for a in data["control_ocupaciones"]["alertas"] if a["codigo"] == later[1])
    assert closed_later["estado"] == "confirmada"
    assert later[1] in {c["alerta"] for c in data["control_ocupaciones"]["confirmadas"]}
    assert later[1] not in {a["alerta"] for a in data["control_ocupaciones"]["acciones"]}
    # ...while a document of 2026-S1 does show them
    with open_store(str(later_store)) as store:
        later = report.build(store, LATER, "localidad")
    assert any(p[0] == LATER for project in later["proyectos"]["proyectos"] for p in project["avance"])
    transport = next(i for i in later["indicadores"] if i["codigo"] == "acceso_transporte")
    assert any(p[0] == LATER for points in transport["serie"].values() for p in points)


def test_the_minisite_stops_at_the_cutoff(run, later_store, tmp_path):
    run("export_minisitio", {"EXPEDIENTE": str(later_store), "PERIOD": "2025-S2", "LEVEL": "localidad",
                             "OUTPUT": str(tmp_path / "sitio")})
    data = tmp_path / "sitio" / "datos_sitio"
    projects = json.loads((data / "proyectos.geojson").read_text(encoding="utf-8"))
    periods = {p for f in projects["features"] for p, _ in f["properties"]["avance"]}
    assert periods and max(periods) <= "2025-S2"
    for name in ("proyectos.geojson", "indicadores.json", "rendicion.json", "sitio.json"):
        text = (data / name).read_text(encoding="utf-8")
        assert LATER not in text and "4321.5" not in text, name


def test_the_open_data_stops_at_the_cutoff(run, later_store, tmp_path):
    run("export_open_data", {"EXPEDIENTE": str(later_store), "PERIOD": "2025-S2", "OUTPUT": str(tmp_path)})
    with open(tmp_path / "avance_proyectos_2025_s2.csv", encoding="utf-8") as f:
        reports = list(csv.DictReader(f))
    assert reports and max(r["fecha_corte"] for r in reports) <= "2025-12-31"
    for path in tmp_path.iterdir():
        text = path.read_text(encoding="utf-8")
        assert LATER not in text and "4321.5" not in text, path.name


def test_the_expediente_pdf_stops_at_the_cutoff(run, later_store, tmp_path):
    pdf = tmp_path / "expediente.pdf"
    run("export_expediente", {"EXPEDIENTE": str(later_store), "PERIOD": "2025-S2", "LEVEL": "localidad",
                              "OUTPUT": str(pdf)})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "2025-S2" in text and LATER not in text and "4.321,5" not in text


def test_the_report_to_the_concejo_stops_at_the_cutoff(run, later_store, tmp_path):
    pdf = tmp_path / "informe.pdf"
    run("export_informe_concejo", {"EXPEDIENTE": str(later_store), "YEAR": 2025, "OUTPUT": str(pdf)})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "2025" in text and LATER not in text and "4.321,5" not in text
