"""export_participation_report (issue 21): the PDF of a period read back (its figures as worked by hand on the small
fixture of test_participation_indicators) and rendered to PNG; the report model's section holds counts, no people."""
import subprocess

from test_participation_import import run_import, small, today, workbook  # noqa: F401 (fixtures)
from test_participation_indicators import ACTIVITY, COMMITMENTS, MINISITE, MORE, OLD, PLAN, PROGRAMMED, SECOND


def filled(run, small, tmp_path):
    path = workbook(tmp_path / "todo.xlsx", [ACTIVITY, SECOND, PROGRAMMED, MINISITE, OLD], PLAN, COMMITMENTS + MORE)
    assert run_import(run, small, path)["NEW"] == 11
    return small


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_report_pdf_says_what_was_worked_by_hand(run, small, tmp_path):
    filled(run, small, tmp_path)
    output = tmp_path / "participacion_2025.pdf"
    result = run("export_participation_report", {"EXPEDIENTE": str(small), "PERIOD": "2025", "LEVEL": "localidad",
                                                 "OUTPUT": str(output)})
    text = " ".join(pdf_text(output).split())
    assert result["PAGES"] == text.count("Alcaldía de Mínimo") >= 6
    assert "Participación ciudadana, asistencia técnica y compromisos" in text
    assert "Secretaría de Planeación 69 78 113,0" in text  # programmed, executed, compliance (may pass 100 %)
    assert "Participantes 80" in text and "Mujeres % 58,8 %" in text  # 52 + 10 + 18; 47 / 80
    assert "Compromisos cumplidos % 33,3 %" in text and "Compromisos vencidos 1" in text
    assert "Se priorizó el parque lineal" in text  # the conclusions the activity recorded
    image = tmp_path / "pagina"
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "3", "-png", str(output), str(image)], check=True)
    assert len(list(tmp_path.glob("pagina-*.png"))) == 3


def test_the_report_refuses_to_overwrite(run, small, tmp_path):
    import pytest
    from qgis.core import QgsProcessingException

    output = tmp_path / "ya.pdf"
    output.write_bytes(b"%PDF-1.4 del usuario")
    with pytest.raises(QgsProcessingException):
        run("export_participation_report", {"EXPEDIENTE": str(small), "PERIOD": "2025", "OUTPUT": str(output)})
    assert output.read_bytes() == b"%PDF-1.4 del usuario"


def test_the_participation_battery_is_the_one_the_atlas_leaves_out():
    from pot_seguimiento.core.indicators.participation import CALCULATORS
    from pot_seguimiento.core.report.indicators import PARTICIPATION_INDICATORS

    assert set(PARTICIPATION_INDICATORS) == set(CALCULATORS)


PEOPLE = ("Marta Rincón", "marta.rincon@correo.com", "1023456789")


def test_open_data_and_the_minisite_publish_counts_never_a_person(run, small, tmp_path):
    """Names typed where a form allows free text (an activity's name and conclusions, a commitment's description)
    never reach the open data or the minisite, which publish counts, codes and entities."""
    import json
    import os

    from pot_seguimiento.store import open_store

    filled(run, small, tmp_path)
    with open_store(str(small)) as store, store.transaction():  # what a QGIS form could let through
        store.connection.execute("UPDATE actividad_participacion SET nombre = ?, conclusiones = ? WHERE codigo = "
                                 "'T-01'", (f"Taller con {PEOPLE[0]}", f"Escribir a {PEOPLE[1]}, CC {PEOPLE[2]}"))
        store.connection.execute("UPDATE compromiso SET descripcion = ? WHERE codigo = 'C-01'",
                                 (f"{PEOPLE[0]} pidió el diseño",))
    run("compute_indicators", {"EXPEDIENTE": str(small), "PERIOD": "2025", "LEVEL": "localidad", "OUTPUT": "memory:"})
    opened = tmp_path / "abiertos"
    run("export_open_data", {"EXPEDIENTE": str(small), "PERIOD": "2025", "OUTPUT": str(opened)})
    site = tmp_path / "sitio"
    run("export_minisitio", {"EXPEDIENTE": str(small), "PERIOD": "2025", "LEVEL": "localidad",
                             "OUTPUT": str(site)})
    published = json.loads((site / "datos_sitio" / "participacion.json").read_text(encoding="utf-8"))
    assert {f["properties"]["codigo"] for f in published["actividades"]["features"]} == {"T-01", "M-02", "W-04"}
    assert [c["codigo"] for c in published["compromisos"]] == ["C-01", "C-02", "C-03", "C-04"]
    assert published["plan"][0]["cumplimiento"] == round(78 / 69 * 100, 6)
    assert (opened / "participacion_plan_2025.csv").exists()
    assert (opened / "participacion_compromisos_2025.csv").exists()
    for folder in (opened, site):
        for root, _, names in os.walk(folder):
            for name in names:
                content = open(os.path.join(root, name), "rb").read()
                for person in PEOPLE:
                    assert person.encode() not in content, (name, person)


def test_an_activity_of_a_finer_scale_counts_in_the_unit_holding_it_and_is_named_by_its_own_unit(run, small, tmp_path):
    from shapely import box

    from pot_seguimiento.core import report
    from pot_seguimiento.core.i18n import document_language
    from pot_seguimiento.store import open_store

    with open_store(str(small)) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["001"], "nombre": ["UPZ Norte"], "nivel": ["upz"],
                                            "codigo_padre": ["01"]}, [box(0, 500, 1000, 1000)])
    upz = {**ACTIVITY, "codigo": "U-09", "nivel": "upz", "unidad": "UPZ 1", "documento": ""}
    assert run_import(run, small, workbook(tmp_path / "upz.xlsx", [upz]))["NEW"] == 1
    with open_store(str(small)) as store, document_language("es"):
        data = report.build(store, "2025", "localidad", keys=("participacion",))["participacion"]
    activity = next(a for a in data["actividades"] if a["codigo"] == "U-09")
    assert (activity["unidad"], activity["unidad_nombre"]) == ("001", "UPZ Norte")
    by_unit = {u["codigo"]: u["asistentes"] for u in data["por_unidad"]}
    assert by_unit == {"99999": 52, "01": 52, "02": 0}  # a UPZ's workshop counts in the localidad holding it
