"""Participation templates out, filled workbooks in (issue 21): validated row by row, all or nothing, idempotent, a
report per row; a template holding people (names, documents, phones, e-mails) refused whole. Each bad input leaves the
expediente exactly as it was."""
import csv

import pytest
from qgis.core import QgsProcessingException
from shapely import box

from conftest import count, store_fingerprint

TODAY = "2025-12-15"


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setenv("POT_SEGUIMIENTO_HOY", TODAY)


@pytest.fixture
def small(run, tmp_path):
    """Two localidades (01 west, 02 east), the municipality, two entities and an ayuda de memoria in the archive."""
    from pot_seguimiento.store import open_store

    path = tmp_path / "participacion.gpkg"
    run("create_expediente", {"OUTPUT": str(path), "MUNICIPALITY": "Mínimo", "DANE_CODE": "99999"})
    with open_store(str(path)) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["99999", "01", "02"], "nombre": ["Mínimo", "Oeste", "Este"],
                                            "nivel": ["municipio", "localidad", "localidad"]},
                     [box(0, 0, 2000, 1000), box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)])
        store.insert("entidad", {"codigo": ["sdp", "idu"], "sigla": ["SDP", "IDU"],
                                 "nombre": ["Secretaría de Planeación", "Instituto de Desarrollo Urbano"]})
        store.insert("documento", {"codigo": ["AM-001"], "titulo": ["Ayuda de memoria taller Oeste"],
                                   "tipo": ["acta"]})
    return path


ACTIVITY = {"codigo": "T-01", "nombre": "Taller de priorización del parque", "tipo": "taller", "tema": "proyecto",
            "etapa": "priorizacion", "nivel": "localidad", "unidad": "1", "dependencia": "SDP",
            "fecha": "2025-03-10", "modalidad": "presencial", "estado": "ejecutada", "enfoque_genero": "si",
            "enfoque_diferencial": "no", "enfoque_territorial": "si", "mujeres": 30, "hombres": 20,
            "otras_identidades": 2, "edad_0_13": 2, "edad_14_28": 15, "edad_29_59": 25, "edad_60_mas": 10,
            "victimas": 4, "etnicos": 3, "discapacidad": 1, "evaluaciones_aplicadas": 6, "satisfaccion_media": "4,5",
            "documento": "AM-001", "conclusiones": "Se priorizó el parque lineal", "lecciones": "Convocar antes"}
SECOND = {**ACTIVITY, "codigo": "M-02", "nombre": "Mesa de seguimiento", "tipo": "mesa_trabajo",
          "etapa": "seguimiento_evaluacion", "nivel": "municipio", "unidad": "", "fecha": "2025-09-01",
          "mujeres": 5, "hombres": 5, "otras_identidades": 0, "edad_0_13": "", "edad_14_28": "", "edad_29_59": "",
          "edad_60_mas": "", "victimas": 0, "etnicos": 0, "discapacidad": 0, "evaluaciones_aplicadas": 1,
          "satisfaccion_media": 4, "documento": "", "dependencia": "idu"}
PROGRAMMED = {**ACTIVITY, "codigo": "F-03", "nombre": "Foro del minisitio", "tipo": "foro", "tema": "minisitio",
              "unidad": "02", "fecha": "2026-02-20", "estado": "programada", "mujeres": "", "hombres": "",
              "otras_identidades": "", "edad_0_13": "", "edad_14_28": "", "edad_29_59": "", "edad_60_mas": "",
              "victimas": "", "etnicos": "", "discapacidad": "", "evaluaciones_aplicadas": "",
              "satisfaccion_media": "", "documento": ""}
PLAN = [{"dependencia": "sdp", "linea": "Talleres", "periodo": "2025-C1", "programadas": 40, "ejecutadas": 45},
        {"dependencia": "sdp", "linea": "Talleres", "periodo": "2025-C2", "programadas": 29, "ejecutadas": 33}]
COMMITMENTS = [{"compromiso": "C-01", "actividad": "T-01", "descripcion": "Publicar el diseño del parque",
                "entidad_responsable": "IDU", "competencia_oficina": "no", "fecha_limite": "2025-06-30",
                "estado": "en_curso", "fecha_estado": "2025-04-01", "avance": 40},
               {"compromiso": "C-02", "actividad": "T-01", "descripcion": "Enviar el acta a la JAL",
                "entidad_responsable": "sdp", "competencia_oficina": "si", "fecha_limite": "2025-03-31",
                "estado": "cumplido", "fecha_estado": "2025-03-20", "avance": 100}]


def workbook(path, activities=(), plan=(), commitments=(), extra=None):
    """A filled workbook with the template's sheets and columns (extra: {sheet: {column: value on every row}})."""
    from openpyxl import Workbook

    from pot_seguimiento.core.participation import KINDS

    book = Workbook()
    book.remove(book.active)
    for kind, rows in (("actividades", activities), ("plan", plan), ("compromisos", commitments)):
        columns = list(KINDS[kind]) + list((extra or {}).get(kind, {}))
        sheet = book.create_sheet(kind)
        sheet.append(columns)
        for row in rows:
            row = {**row, **(extra or {}).get(kind, {})}
            sheet.append([row.get(c) for c in columns])
    book.save(path)
    return path


def run_import(run, small, path, **parameters):
    return run("import_participation", {"EXPEDIENTE": str(small), "INPUT": str(path), "REPORT": "memory:",
                                        **parameters})


def refused(run, small, path, *fragments):
    """The import is refused with a message holding every fragment, and the expediente is untouched."""
    before = store_fingerprint(small)
    with pytest.raises(QgsProcessingException) as error:
        run_import(run, small, path)
    for fragment in fragments:
        assert fragment in str(error.value)
    assert store_fingerprint(small) == before
    return str(error.value)


def test_a_filled_workbook_is_recorded_once(run, small, tmp_path):
    from pot_seguimiento.store import open_store

    path = workbook(tmp_path / "sdp.xlsx", [ACTIVITY, SECOND, PROGRAMMED], PLAN, COMMITMENTS)
    result = run_import(run, small, path)
    assert (result["NEW"], result["UPDATED"], result["SKIPPED"]) == (7, 0, 0)
    report = {(f["hoja"], f["fila"]): f["resultado"] for f in result["REPORT"].getFeatures()}
    assert report == {("actividades", 2): "nuevo", ("actividades", 3): "nuevo", ("actividades", 4): "nuevo",
                      ("plan", 2): "nuevo", ("plan", 3): "nuevo", ("compromisos", 2): "nuevo",
                      ("compromisos", 3): "nuevo"}
    with open_store(str(small)) as store:
        rows = {r["codigo"]: r for r in store.dicts("SELECT codigo, unidad, dependencia, mujeres, enfoque_genero, "
                                                    "satisfaccion_media, nivel FROM actividad_participacion")}
        data, points = store.read("actividad_participacion", ["codigo"])
        bands = store.dicts("SELECT edad_desde, edad_hasta, personas FROM asistencia_edad ORDER BY edad_desde")
    assert rows["T-01"] == {"codigo": "T-01", "unidad": "01", "dependencia": "sdp", "mujeres": 30,
                            "enfoque_genero": 1, "satisfaccion_media": 4.5, "nivel": "localidad"}
    assert rows["M-02"]["unidad"] is None and rows["M-02"]["dependencia"] == "idu"
    place = dict(zip(data["codigo"].tolist(), points))
    assert box(0, 0, 1000, 1000).contains(place["T-01"])  # drawn inside its unit
    assert box(1000, 0, 2000, 1000).contains(place["F-03"])
    assert [(b["edad_desde"], b["edad_hasta"], b["personas"]) for b in bands] == \
        [(0, 13, 2), (14, 28, 15), (29, 59, 25), (60, None, 10)]
    assert count(small, "compromiso_estado") == 2
    before = store_fingerprint(small)
    again = run_import(run, small, path)
    assert (again["NEW"], again["UPDATED"], again["SKIPPED"]) == (0, 0, 7)
    assert store_fingerprint(small) == before


def test_the_programmed_activity_executed_later_is_updated_and_a_new_state_appended(run, small, tmp_path):
    run_import(run, small, workbook(tmp_path / "1.xlsx", [ACTIVITY, PROGRAMMED], PLAN, COMMITMENTS))
    done = {**PROGRAMMED, "fecha": "2025-11-20", "estado": "ejecutada", "mujeres": 8, "hombres": 4,
            "otras_identidades": 0}
    state = {**COMMITMENTS[0], "estado": "cumplido", "fecha_estado": "2025-07-15", "avance": 100}
    result = run_import(run, small, workbook(tmp_path / "2.xlsx", [ACTIVITY, done], PLAN, [state]))
    assert (result["NEW"], result["UPDATED"], result["SKIPPED"]) == (0, 2, 3)
    assert count(small, "actividad_participacion") == 2 and count(small, "compromiso_estado") == 3


def test_templates_come_out_per_entity_with_what_is_recorded(run, small, tmp_path):
    from openpyxl import load_workbook

    run_import(run, small, workbook(tmp_path / "1.xlsx", [ACTIVITY, SECOND], PLAN, COMMITMENTS))
    out = tmp_path / "plantillas"
    result = run("export_participation_templates", {"EXPEDIENTE": str(small), "PERIOD": "2025-S1",
                                                    "ENTITY": "SDP", "OUTPUT": str(out)})
    assert result["FILES"] == 4
    book = load_workbook(out / "participacion_sdp_2025-S1.xlsx")
    assert book.sheetnames == ["actividades", "plan", "compromisos"]
    activities = list(book["actividades"].values)
    assert activities[0][:3] == ("codigo", "nombre", "tipo") and [r[0] for r in activities[1:]] == ["T-01"]
    assert [r[2] for r in list(book["plan"].values)[1:]] == ["2025-C1"]  # C2 ends in August: it counts in S2
    with open(out / "participacion_compromisos_sdp_2025-S1.csv", encoding="utf-8-sig") as f:
        assert {r["compromiso"]: r["estado"] for r in csv.DictReader(f, delimiter=";")} == \
            {"C-01": "en_curso", "C-02": "cumplido"}
    headers = " ".join(str(h) for sheet in book for h in next(sheet.values))
    for personal in ("cedula", "documento_identidad", "telefono", "correo", "apellido"):
        assert personal not in headers
    # The exported workbook imports back unchanged.
    before = store_fingerprint(small)
    again = run_import(run, small, out / "participacion_sdp_2025-S1.xlsx")
    assert again["NEW"] == again["UPDATED"] == 0 and store_fingerprint(small) == before


def test_negative_attendance_is_refused(run, small, tmp_path):
    path = workbook(tmp_path / "x.xlsx", [{**ACTIVITY, "hombres": -3}])
    refused(run, small, path, "actividades", "T-01", "hombres")


def test_evaluations_above_attendance_are_refused(run, small, tmp_path):
    path = workbook(tmp_path / "x.xlsx", [ACTIVITY, {**SECOND, "evaluaciones_aplicadas": 11}])
    message = refused(run, small, path, "M-02", "evaluaciones_aplicadas", "11")
    assert "T-01" not in message  # the good row is not blamed, and not written either


def test_an_executed_activity_dated_in_the_future_is_refused(run, small, tmp_path):
    path = workbook(tmp_path / "x.xlsx", [{**ACTIVITY, "fecha": "2026-01-20"}])
    refused(run, small, path, "T-01", "fecha", "2026-01-20")


def test_an_unknown_unit_is_refused(run, small, tmp_path):
    refused(run, small, workbook(tmp_path / "x.xlsx", [{**ACTIVITY, "unidad": "07"}]), "unidad", "07")


def test_an_unknown_dependency_is_refused(run, small, tmp_path):
    refused(run, small, workbook(tmp_path / "x.xlsx", [ACTIVITY], [{**PLAN[0], "dependencia": "Secretaría X"}]),
            "dependencia", "Secretaría X")


def test_a_commitment_reopened_after_cumplido_needs_a_note(run, small, tmp_path):
    run_import(run, small, workbook(tmp_path / "1.xlsx", [ACTIVITY], [], COMMITMENTS))
    reopened = {**COMMITMENTS[1], "estado": "en_curso", "fecha_estado": "2025-05-02", "avance": 50}
    refused(run, small, workbook(tmp_path / "2.xlsx", [], [], [reopened]), "C-02", "cumplido", "nota")
    explained = {**reopened, "nota": "La JAL pidió el acta corregida"}
    assert run_import(run, small, workbook(tmp_path / "3.xlsx", [], [], [explained]))["UPDATED"] == 1


@pytest.mark.parametrize("kind, extra, fragment", [
    ("actividades", {"nombre_asistente": "Luz Marina Pérez"}, "nombre_asistente"),
    ("actividades", {"cedula": "1023456789"}, "cedula"),
    ("compromisos", {"telefono_contacto": "3001234567"}, "telefono_contacto"),
])
def test_a_template_with_a_column_for_people_is_refused(run, small, tmp_path, kind, extra, fragment):
    path = workbook(tmp_path / "x.xlsx", [ACTIVITY], PLAN, COMMITMENTS, extra={kind: extra})
    refused(run, small, path, fragment, "listas de asistencia")


@pytest.mark.parametrize("column, value", [
    ("conclusiones", "Asistió la Sra. Gómez, líder de la JAC"),
    ("lecciones", "Confirmar con C.C. 1.023.456.789"),
    ("conclusiones", "Escribir a lider.jac@correo.com"),
    ("lecciones", "Llamar al 310 555 1234"),
])
def test_names_documents_phones_or_emails_in_a_cell_are_refused(run, small, tmp_path, column, value):
    path = workbook(tmp_path / "x.xlsx", [{**ACTIVITY, column: value}])
    refused(run, small, path, column)


def test_a_shared_postgis_expediente_takes_the_same_workbook(run, postgres, tmp_path):
    from pot_seguimiento.store import open_store

    uri = postgres.uri("participacion")
    run("create_expediente", {"OUTPUT": uri, "MUNICIPALITY": "Mínimo", "DANE_CODE": "99999",
                              "EVIDENCE_FOLDER": str(tmp_path / "evidencias")})
    with open_store(uri) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["99999", "01", "02"], "nombre": ["Mínimo", "Oeste", "Este"],
                                            "nivel": ["municipio", "localidad", "localidad"]},
                     [box(0, 0, 2000, 1000), box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)])
        store.insert("entidad", {"codigo": ["sdp", "idu"], "sigla": ["SDP", "IDU"],
                                 "nombre": ["Secretaría de Planeación", "Instituto de Desarrollo Urbano"]})
        store.insert("documento", {"codigo": ["AM-001"], "titulo": ["Ayuda de memoria"], "tipo": ["acta"]})
    path = workbook(tmp_path / "sdp.xlsx", [ACTIVITY, SECOND, PROGRAMMED], PLAN, COMMITMENTS)
    assert run_import(run, uri, path)["NEW"] == 7
    assert run_import(run, uri, path)["SKIPPED"] == 7
    changed = workbook(tmp_path / "2.xlsx", [{**ACTIVITY, "enfoque_diferencial": "si", "hombres": 21}])
    assert run_import(run, uri, changed)["UPDATED"] == 1
    with open_store(uri) as store:
        row = store.dicts("SELECT enfoque_diferencial, hombres FROM actividad_participacion WHERE codigo = 'T-01'")[0]
        assert (bool(row["enfoque_diferencial"]), row["hombres"]) == (True, 21)
        assert store.count("compromiso_estado") == 2
