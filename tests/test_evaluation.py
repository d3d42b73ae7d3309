"""evaluate_plan on the demo (its planted gaps, its checklist) and import_documents (all or nothing)."""
import os

import pytest
from conftest import count, store_fingerprint
from qgis.core import QgsProcessingException


def features(layer):
    """Rows of an output layer as dicts, QGIS's NULL as None."""
    from qgis.core import NULL

    return [{name: None if value == NULL else value for name, value in zip(layer.fields().names(), f.attributes())}
            for f in layer.getFeatures()]


@pytest.fixture(scope="module")
def evaluation(run, demo_store):
    return run("evaluate_plan", {"EXPEDIENTE": str(demo_store), "YEAR": 2025, "GAPS": "memory:",
                                 "SUFFICIENCY": "memory:", "OBJECTIVES": "memory:"})


def test_the_demo_plan_shows_exactly_its_planted_gaps(evaluation):
    gaps = {(g["tipo"], g["codigo"]) for g in features(evaluation["GAPS"])}
    assert gaps == {("objetivo_sin_indicador", "O6"), ("objetivo_sin_estrategia", "O7"),
                    ("objetivo_sin_proyecto", "O7"), ("proyecto_sin_objetivo", "P6-30"),
                    ("proyecto_sin_indicador", "P5-25"), ("proyecto_sin_indicador", "P6-29"),
                    ("indicador_sin_meta", "valor_suelo_indice"), ("indicador_sin_linea_base", "epe_deficit"),
                    ("indicador_sin_linea_base", "poblacion_expuesta_amenaza")}
    assert evaluation["GAP_COUNT"] == 9
    assert {g["descripcion"] for g in features(evaluation["GAPS"])} >= {"Objetivo sin indicador",
                                                                         "Proyecto que no sirve a ningún objetivo"}


def test_the_demo_checklist_gives_its_sufficiency(evaluation):
    by_component = {r["componente"]: r for r in features(evaluation["SUFFICIENCY"])}
    # A POT answers 22 items: 16 present, 4 partial, 2 absent (core/demo/plan.py) -> (16 + 2) / 22.
    assert by_component["total"]["requisitos"] == 22 and by_component["total"]["suficiencia"] == pytest.approx(1800 / 22)
    assert by_component["rural"]["suficiencia"] == pytest.approx(70.0)  # 3 present, 1 partial, 1 absent of 5
    assert evaluation["SUFFICIENCY_PERCENT"] == pytest.approx(1800 / 22)


def test_objectives_are_rated_and_one_without_means_has_no_rating(evaluation):
    ratings = {r["objetivo"]: r for r in features(evaluation["OBJECTIVES"])}
    assert set(ratings) == {f"O{i}" for i in range(1, 8)}
    assert ratings["O7"]["calificacion"] == "sin_dato" and ratings["O6"]["puntaje_indicadores"] is None
    for rating in ratings.values():
        parts = [p for p in (rating["puntaje_indicadores"], rating["puntaje_proyectos"]) if p is not None]
        if parts:
            assert rating["puntaje"] == pytest.approx(sum(parts) / len(parts))


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "documentos"
    (folder / "planos").mkdir(parents=True)
    (folder / "acuerdo.pdf").write_bytes(b"%PDF-1.4 acuerdo")
    (folder / "planos" / "cg01.pdf").write_bytes(b"%PDF-1.4 plano")
    metadata = tmp_path / "metadatos.csv"
    metadata.write_text(
        "codigo;titulo;tipo;numero;fecha;entidad;componente;vigente;articulos;escala;capa;archivo\n"
        "ACU-1;Acuerdo que adopta el POT;acuerdo;012;15/03/2024;Concejo Municipal;;sí;Arts. 1–312;;;acuerdo.pdf\n"
        "PL-1;Plano de clasificación del suelo;plano;CG-01;2024-03-15;Planeación;general;si;Art. 20;1:25.000;"
        "zonificacion;planos/cg01.pdf\n"
        "EST-1;Estudio de amenazas;estudio;;2023-06-30;Gestión del Riesgo;general;no;;;;https://example.org/estudio.pdf\n",
        encoding="utf-8")
    return folder, metadata


def test_documents_are_archived_with_their_files(run, empty_store, archive):
    folder, metadata = archive
    result = run("import_documents", {"EXPEDIENTE": str(empty_store), "INPUT": str(folder), "METADATA": str(metadata)})
    assert result["IMPORTED"] == 3 and count(empty_store, "documento") == 3
    from pot_seguimiento.store import open_store
    from pot_seguimiento.store.evaluation import rows

    with open_store(str(empty_store)) as store:
        documents = {d["codigo"]: d for d in rows(store, "documento")}
    assert documents["ACU-1"]["fecha"] == "2024-03-15" and documents["ACU-1"]["vigente"] == 1
    assert documents["EST-1"]["ruta"] == "https://example.org/estudio.pdf" and documents["EST-1"]["vigente"] == 0
    assert documents["PL-1"]["escala"] == "1:25.000" and documents["PL-1"]["capa"] == "zonificacion"
    copied = empty_store.parent / documents["PL-1"]["ruta"]
    assert documents["PL-1"]["ruta"].startswith("expediente_archivo/") and copied.read_bytes() == b"%PDF-1.4 plano"
    before = store_fingerprint(empty_store)
    with pytest.raises(QgsProcessingException, match="ACU-1"):  # the same codes again: refused, nothing changes
        run("import_documents", {"EXPEDIENTE": str(empty_store), "INPUT": str(folder), "METADATA": str(metadata)})
    assert store_fingerprint(empty_store) == before


@pytest.mark.parametrize("change, message", [
    (("acuerdo.pdf", "no_existe.pdf"), "no_existe.pdf"),
    (("acuerdo.pdf", "../../fuera.pdf"), "fuera.pdf"),
    (("acuerdo;012", "resolucion;012"), "tipo"),
    (("15/03/2024", "31/02/2024"), "fecha"),
])
def test_a_bad_row_and_no_document_is_imported(run, empty_store, archive, change, message):
    folder, metadata = archive
    metadata.write_text(metadata.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    before = store_fingerprint(empty_store)
    with pytest.raises(QgsProcessingException, match=message):
        run("import_documents", {"EXPEDIENTE": str(empty_store), "INPUT": str(folder), "METADATA": str(metadata)})
    assert store_fingerprint(empty_store) == before
    assert not os.path.exists(empty_store.parent / "expediente_archivo")


def test_the_plan_structure_comes_from_a_spreadsheet(run, empty_store, tmp_path):
    sheet = tmp_path / "estructura.csv"
    sheet.write_text("codigo;tipo;nombre;padre;componente;sistema;articulo\n"
                     "V;vision;Una ciudad compacta;;;;Art. 3\n"
                     "O1;objetivo;Reducir el riesgo;V;general;amenazas_riesgos;Art. 7\n"
                     "E1;estrategia;Reasentar familias;O1;general;amenazas_riesgos;Art. 8\n", encoding="utf-8")
    assert run("import_layer", {"EXPEDIENTE": str(empty_store), "TABLE": "elemento_plan",
                                "INPUT": str(sheet)})["IMPORTED"] == 3
    result = run("evaluate_plan", {"EXPEDIENTE": str(empty_store), "YEAR": 2025, "GAPS": "memory:"})
    assert {(g["tipo"], g["codigo"]) for g in features(result["GAPS"])} == {
        ("objetivo_sin_proyecto", "O1"), ("objetivo_sin_indicador", "O1")}
