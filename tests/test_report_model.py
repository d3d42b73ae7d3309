"""The report model (core/report): every section builds from the store as plain data, once per build, and
a section added to the registry reaches the documents without touching the renderers."""
import datetime
import shutil

import pytest


def plain(value, where="report"):
    """Fail on anything that is not plain data (dicts, lists, text, numbers, dates, shapely geometries)."""
    import shapely

    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, (str, int)), f"{where}: key {key!r}"
            plain(item, f"{where}.{key}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            plain(item, f"{where}[{index}]")
    else:
        assert value is None or isinstance(value, (str, int, float, bool, datetime.date, shapely.Geometry)), \
            f"{where}: {type(value).__name__}"


@pytest.fixture(scope="module")
def store(run, demo_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("modelo")
    path = folder / "demo.gpkg"
    shutil.copy(demo_store, path)
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": "2025", "LEVEL": "localidad", "OUTPUT": "memory:"})
    return path


def test_every_section_builds_plain_data(plugin, store):
    from pot_seguimiento.core import report
    from pot_seguimiento.store import open_store

    with open_store(str(store)) as expediente:
        built = report.build(expediente, "2025-S2", "localidad")
    assert list(built.sections) == [s.key for s in report.SECTIONS]
    assert {"territorio", "indicadores", "proyectos", "rendicion_cuentas", "control_ocupaciones",
            "mediciones"} <= set(built.sections)
    plain(built.sections)
    for section in report.SECTIONS:
        for table in (section.tables(built[section.key]) if section.tables else []):
            assert all(len(row) == len(table.headers) for row in table.rows), (section.key, table.name)


def test_the_model_says_what_the_store_holds(plugin, store):
    """Hand-checkable figures of the demo: 30 projects, each counted in exactly one state; the municipal
    population is the sum of its units'; the cut-off stops at 31 December."""
    from pot_seguimiento.core import report
    from pot_seguimiento.store import open_store

    with open_store(str(store)) as expediente:
        built = report.build(expediente, "2025-S2", "localidad")
        projects_in_store = expediente.count("proyecto")
    projects = built["proyectos"]
    assert projects["fecha_corte"] == "2025-12-31"
    assert sum(projects["por_estado"].values()) == len(projects["proyectos"]) == projects_in_store
    units = built["rendicion_cuentas"]["unidades"]
    assert units[-1]["nombre"] == built["territorio"]["municipio"]["nombre"]
    assert sum(u["poblacion"] for u in units[:-1]) == pytest.approx(units[-1]["poblacion"], rel=1e-6)
    assert all(r["fecha_corte"] <= "2025-12-31" for p in projects["proyectos"] for r in p["informes"])
    epe = next(i for i in built["indicadores"] if i["codigo"] == "epe_hab")
    assert epe["mapa"] and epe["municipio"] is not None and set(epe["metas"]) == {"corto", "mediano", "largo"}


def test_a_registered_section_reaches_the_open_data(plugin, run, store, tmp_path):
    """What an observatory does: one function in the registry, and the open data publishes its table."""
    from pot_seguimiento.core import report
    from pot_seguimiento.core.report.model import SECTIONS, Table, section

    @section("observatorio_prueba", lambda: "Observatorio de prueba",
             tables=lambda data: [Table("conteo", "Conteo", ["periodo", "proyectos"], [[data["periodo"], data["n"]]])])
    def observatory(expediente, period, level):
        return {"periodo": period.code, "n": expediente.count("proyecto")}

    try:
        run("export_open_data", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "OUTPUT": str(tmp_path)})
    finally:
        SECTIONS.remove(report.by_key("observatorio_prueba"))
    assert (tmp_path / "observatorio_prueba_conteo_2025_s2.csv").read_text(encoding="utf-8").splitlines() == [
        "periodo,proyectos", "2025-S2,30"]


def test_open_data_and_minisite_build_no_qgis_layer_or_layout():
    """They render the model: nothing of QGIS's layers, layouts or pages is within their reach."""
    import pot_seguimiento.cartography.minisite as minisite
    import pot_seguimiento.processing.algorithms.export_open_data as open_data

    for module in (minisite, open_data):
        for name in ("QgsVectorLayer", "QgsPrintLayout", "QgsVectorFileWriter", "Page", "units_layer", "graduate",
                     "ExpedienteReport"):
            assert not hasattr(module, name), f"{module.__name__} reaches {name}"


def test_a_goal_says_its_quantity_once():
    from pot_seguimiento.core.report.format import goal

    assert goal("Construir la troncal: 6,5 km", 6.5, "km") == "Construir la troncal: 6,5 km"
    assert goal("Construir la troncal", 6.5, "km") == "Construir la troncal (6,5 km)"
    assert goal("", 1200, "m²") == "1.200 m²"


def test_a_sentence_says_a_date_in_words(plugin):
    import datetime

    from pot_seguimiento.core.i18n import document_language
    from pot_seguimiento.core.report.format import long_date

    with document_language("es"):
        assert long_date(datetime.date(2025, 12, 31)) == "31 de diciembre de 2025"
        assert long_date("2025-05-03T10:22:00") == "3 de mayo de 2025"  # a field visit's time
        assert long_date(None) == "sin dato"
    with document_language("en"):
        assert long_date("2026-01-09") == "9 January 2026"


def test_the_evaluation_is_a_section_every_renderer_reads(plugin, run, store, tmp_path):
    """The evaluation of the plan is the section "evaluacion": the same ratings and gaps evaluate_plan gives,
    its projects rated by the states the section "proyectos" shows, and the open data publishes its tables."""
    import csv

    from pot_seguimiento.core import report
    from pot_seguimiento.store import open_store

    with open_store(str(store)) as expediente:
        built = report.build(expediente, "2025", "localidad", document="informe")
    evaluation = built["evaluacion"]
    assert evaluation["anio"] == 2025 and evaluation["fecha_corte"] == "2025-12-31"
    states = {p["codigo"]: p["estado"] for p in built["proyectos"]["proyectos"]}
    assert evaluation["estados_proyectos"] == states
    assert all(o["estados"] == {p: states[p] for p in o["proyectos"]} for o in evaluation["objetivos"])
    # An EOT is asked fewer contents than a POT (Ley 388 de 1997, art. 16): the checklist depends on the type.
    kinds = evaluation["suficiencia"]
    assert len(kinds["EOT"]["requisitos"]) < len(kinds["PBOT"]["requisitos"]) < len(kinds["POT"]["requisitos"])
    assert [c["requisitos"] for c in kinds["POT"]["componentes"]][-1] == len(kinds["POT"]["requisitos"])

    result = run("evaluate_plan", {"EXPEDIENTE": str(store), "YEAR": 2025, "PLAN_TYPE": 0, "GAPS": "memory:",
                                   "OBJECTIVES": "memory:", "SUFFICIENCY": "memory:"})
    algorithm = {f["objetivo"]: (f["puntaje"], f["calificacion"]) for f in result["OBJECTIVES"].getFeatures()}
    assert {o["codigo"]: (o["puntaje"], o["calificacion"]) for o in evaluation["objetivos"]} == algorithm
    assert result["GAP_COUNT"] == len(evaluation["brechas"]) > 0
    assert result["SUFFICIENCY_PERCENT"] == kinds["POT"]["componentes"][-1]["porcentaje"]

    run("export_open_data", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "OUTPUT": str(tmp_path)})
    with open(tmp_path / "evaluacion_objetivos_2025_s2.csv", encoding="utf-8") as f:
        published = list(csv.reader(f))
    assert published[0][:2] == ["Objetivo", "Nombre"]
    assert sorted(row[0] for row in published[1:]) == sorted(algorithm)
    gaps = (tmp_path / "evaluacion_brechas_2025_s2.csv").read_text(encoding="utf-8").splitlines()
    assert len(gaps) == 1 + result["GAP_COUNT"]


def test_the_reader_text_check_catches_what_readers_met():
    """tests/reader_text.py: what the demo's documents showed before issue 20 is caught, names are not."""
    from reader_text import defects

    assert "programme by its code" in defects("P1-01 Troncal de buses  P1  Instituto de Desarrollo Urbano")
    assert defects("P1-01 Troncal de buses  Movilidad sostenible") == {}
    assert "code" in defects("Fuente: equipamientos (equipamiento, reporte_equipamiento)")
    assert "word said twice" in defects("Ronda hídrica · Localidad Localidad 16 · visitada el 2025-02-17")
