"""Documents speak Spanish whatever QGIS speaks (they are a Colombian municipality's official acts);
LANGUAGE=en gives an English copy; the interface keeps QGIS's language."""
import csv
import json
import shutil
import subprocess
import unicodedata
import zipfile

import pytest
from qgis.core import QgsProcessingFeedback

from conftest import english_qgis


class Messages(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos = []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)


def pdf_words(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def docx_words(path):
    with zipfile.ZipFile(path) as document:
        xml = document.read("word/document.xml").decode("utf-8")
    import re
    return " ".join(re.sub(r"<[^>]+>", " ", xml).split())


@pytest.fixture(scope="module")
def store(run, demo_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("idioma")
    path = folder / "demo.gpkg"
    shutil.copy(demo_store, path)
    shutil.copytree(demo_store.parent / "demo_evidencias", folder / "demo_evidencias")
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": "2025", "LEVEL": "localidad", "OUTPUT": "memory:"})
    # The observatory of social services has its pages where its indicators are measured (make demo measures them).
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": "2025-S2", "LEVEL": "localidad", "OUTPUT": "memory:",
                               "INDICATORS": "oferta_demanda_educacion,accesibilidad_educacion,deficit_educacion"})
    return path


@pytest.fixture(scope="module")
def english_qgis_documents(run, store, tmp_path_factory):
    """Every document written from a QGIS whose interface speaks English, and what the user was told."""
    folder = tmp_path_factory.mktemp("documentos_en_qgis_ingles")
    messages = Messages()
    with english_qgis():
        run("export_expediente", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "LEVEL": "localidad",
                                  "OUTPUT": str(folder / "expediente.pdf")}, messages)
        run("export_informe_concejo", {"EXPEDIENTE": str(store), "YEAR": 2025,
                                       "OUTPUT": str(folder / "informe.pdf")}, messages)
        run("export_minisitio", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "LEVEL": "localidad",
                                 "OUTPUT": str(folder / "minisitio")}, messages)
        run("export_progress_templates", {"EXPEDIENTE": str(store), "PERIOD": "2026-S1",
                                          "OUTPUT": str(folder / "plantillas")}, messages)
        run("export_participation_report", {"EXPEDIENTE": str(store), "PERIOD": "2025", "LEVEL": "localidad",
                                            "OUTPUT": str(folder / "participacion.pdf")}, messages)
    return folder, messages.infos


def test_the_expediente_pdf_is_spanish_in_an_english_qgis(english_qgis_documents):
    folder, _ = english_qgis_documents
    words = pdf_words(folder / "expediente.pdf")
    for spanish in ("Expediente Municipal del Plan de Ordenamiento Territorial", "Contenido", "Alcaldía de",
                    "Proyectos del POT por estado", "Informe de rendición de cuentas", "Atlas por unidad territorial",
                    "Semáforo", "Elaborado el"):
        assert spanish in words, spanish
    for english in ("Contents", "Mayor's office", "Projects by state", "Accountability report", "Produced on"):
        assert english not in words, english


def test_the_report_to_the_concejo_is_spanish_in_pdf_and_docx(english_qgis_documents):
    folder, _ = english_qgis_documents
    for words in (pdf_words(folder / "informe.pdf"), docx_words(folder / "informe.docx")):
        for spanish in ("Informe al Concejo sobre el Plan de Ordenamiento Territorial", "Resumen ejecutivo",
                        "Análisis de suficiencia", "Conclusiones y recomendaciones para la revisión del plan"):
            assert spanish in words, spanish
        for english in ("Executive summary", "Sufficiency analysis", "Report to the Concejo"):
            assert english not in words, english


def test_the_observatories_pages_are_spanish_in_an_english_qgis(english_qgis_documents):
    """The expediente PDF's observatories (social services, heritage, instruments) and the report to the Concejo's
    heritage chapter speak Spanish too: they were added to the documents after the language was settled."""
    folder, _ = english_qgis_documents
    words = pdf_words(folder / "expediente.pdf")
    for spanish in ("Observatorio de servicios sociales", "Oferta frente a demanda", "Observatorio de patrimonio",
                    "Bienes de interés cultural (BIC) declarados por estado de conservación al",
                    "Observatorio de instrumentos", "Instrumentos y obligaciones urbanísticas por estado al",
                    "Destino del dinero recibido por obligaciones"):
        assert spanish in words, spanish
    for english in ("Social services observatory", "Supply against demand", "Heritage observatory",
                    "Declared heritage assets", "Observatory of instruments", "Instruments and urban obligations",
                    "Where the money received"):
        assert english not in words, english
    for words in (pdf_words(folder / "informe.pdf"), docx_words(folder / "informe.docx")):
        assert "Patrimonio y banco de experiencias" in words and "Heritage and the banco" not in words
        assert "Lectura operativa y evaluación de resultados" in words and "Operational reading" not in words


def test_the_participation_report_is_spanish_in_an_english_qgis(english_qgis_documents):
    folder, _ = english_qgis_documents
    words = pdf_words(folder / "participacion.pdf")
    for spanish in ("Participación ciudadana, asistencia técnica y compromisos", "Compromisos por estado",
                    "Participantes por unidad", "Alcaldía de"):
        assert spanish in words, spanish
    for english in ("Citizen participation", "Commitments by state", "Participants per unit", "Mayor's office",
                    "Produced on"):
        assert english not in words, english


def test_the_evaluation_published_is_spanish_in_an_english_qgis(english_qgis_documents):
    """The section "evaluacion" as the open data and the minisite publish it."""
    folder, _ = english_qgis_documents
    with open(folder / "minisitio" / "datos" / "evaluacion_objetivos_2025_s2.csv", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == ["Objetivo", "Nombre", "Indicadores", "Proyectos", "Puntaje", "Calificación"]
    evaluation = json.loads((folder / "minisitio" / "datos_sitio" / "evaluacion.json").read_text(encoding="utf-8"))
    assert {o["calificacion"] for o in evaluation["objetivos"]} <= {"Alto", "Medio", "Bajo", "sin dato"}
    assert evaluation["suficiencia"][-1]["componente"] == "Todos los componentes"
    assert all(g["tipo"] not in ("Objective without indicator", "Project without indicator")
               for g in evaluation["brechas"])


def test_open_data_and_minisite_are_spanish(english_qgis_documents):
    folder, _ = english_qgis_documents
    metadata = json.loads((folder / "minisitio" / "datos" / "metadatos.json").read_text(encoding="utf-8"))
    assert metadata["titulo"].startswith("Expediente Municipal del POT — ")
    assert "Atribución-CompartirIgual" in metadata["licencia"]
    assert metadata["datos_personales"].startswith("Ninguno")
    site = json.loads((folder / "minisitio" / "datos_sitio" / "sitio.json").read_text(encoding="utf-8"))
    descriptions = {d["descripcion"] for d in site["descargas"]}
    assert "metadatos: definiciones, unidades, periodo, fuente y licencia" in descriptions
    accountability = json.loads((folder / "minisitio" / "datos_sitio" / "rendicion.json").read_text(encoding="utf-8"))
    assert accountability["unidades"][-1]["nombre"] != "Municipality"


def test_entity_templates_keep_the_data_models_spanish_columns(english_qgis_documents):
    folder, _ = english_qgis_documents
    template = sorted((folder / "plantillas").glob("*.csv"))[0]
    with open(template, encoding="utf-8-sig") as f:
        header = next(csv.reader(f, delimiter=";"))
    assert header[:3] == ["proyecto", "nombre", "entidad"] and "avance_fisico" in header


def test_the_interface_keeps_qgis_language(english_qgis_documents):
    _, infos = english_qgis_documents
    assert any(info.startswith("Expediente written:") for info in infos), infos
    assert any(info.startswith("Report to the Concejo written:") for info in infos), infos


def test_language_en_gives_an_english_copy(run, store, tmp_path):
    """From the Spanish QGIS of the tests: LANGUAGE=en is asked for, and the interface stays Spanish."""
    messages = Messages()
    run("export_informe_concejo", {"EXPEDIENTE": str(store), "YEAR": 2025, "LANGUAGE": "en",
                                   "OUTPUT": str(tmp_path / "report.pdf")}, messages)
    for words in (pdf_words(tmp_path / "report.pdf"), docx_words(tmp_path / "report.docx")):
        assert "Report to the Concejo on the Plan de Ordenamiento Territorial" in words
        assert "Executive summary" in words and "Resumen ejecutivo" not in words
    assert any(info.startswith("Informe al Concejo escrito") for info in messages.infos), messages.infos


def test_an_unknown_language_is_refused(run, store, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        run("export_open_data", {"EXPEDIENTE": str(store), "PERIOD": "2025", "LANGUAGE": "fr",
                                 "OUTPUT": str(tmp_path / "datos")})
