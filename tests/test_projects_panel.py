"""Panel "Seguimiento de proyectos": list, card, history, chart, form and evaluation."""
import shutil

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from conftest import count
from pot_seguimiento.core.project_states import LABELS as STATE_LABELS


@pytest.fixture(autouse=True)
def after_the_cutoff(monkeypatch):
    """The form records 2026-S2, a semester reported only after its cut-off (2026-12-31): these reports come in January."""
    monkeypatch.setenv("POT_SEGUIMIENTO_HOY", "2027-01-15")


@pytest.fixture
def panel(plugin, demo_store, tmp_path):
    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_store, path)
    layer = QgsVectorLayer(f"{path}|layername=proyecto", "Proyectos", "ogr")
    QgsProject.instance().addMapLayer(layer)
    plugin.controller.expediente_path = str(path)
    plugin.controller.layers = {"proyecto": layer}
    panel = plugin.controller.show_projects()
    panel.search.clear()
    panel.states = {}
    panel.set_expediente(str(path), layer)
    yield panel
    QgsProject.instance().clear()


def test_list_filters_and_card(panel):
    assert panel.list.count() == 30
    panel.filters["programa"].setCurrentIndex(panel.filters["programa"].findData("P5"))
    assert panel.list.count() == 5
    panel.search.setText("ladera")
    assert panel.list.count() == 1
    panel.list.setCurrentRow(0)
    assert "P5-22 — Obras de mitigación en ladera" in panel.card.text()
    assert "Oficina de Gestión del Riesgo" in panel.card.text()
    # The programme by its name, in the card and the filter (the card said "Programa: P5"); the goal's
    # quantity said once, the budget's sign beside its amount.
    program = panel.filters["programa"].currentText()
    assert program.startswith("P5 — ") and len(program) > len("P5 — ") + 5
    assert f"Programa: {program}<br>" in panel.card.text()
    assert "$\u00a0" in panel.card.text()
    panel.search.clear()
    panel.filters["programa"].setCurrentIndex(0)
    assert panel.select("P1-01")
    assert panel.card.text().count("6,5 km") == 1 and "6,50" not in panel.card.text()


def test_history_table_and_chart_show_the_correction(panel):
    assert panel.select("P1-02")
    periods = [panel.table.item(i, 0).text() for i in range(panel.table.rowCount())]
    assert periods[0] == "2022-S1" and periods.count("2025-S2") == 2
    notes = [panel.table.item(i, 5).text() for i in range(panel.table.rowCount())]
    assert any(n.startswith("(reemplazado)") for n in notes)
    names = [name for name, _, _ in panel.chart.lines]
    assert names == ["esperado", "% físico", "% financiero"]
    expected = dict(panel.chart.lines[0][2])
    assert expected["2029-S2"] == pytest.approx(100.0)


def test_selecting_on_the_map_selects_in_the_panel(panel):
    layer = panel.project_layer
    feature = next(layer.getFeatures("\"codigo\" = 'P4-18'"))
    layer.selectByIds([feature.id()])
    assert panel.current_code() == "P4-18"


def test_form_refuses_a_bad_report_before_saving(panel):
    panel.select("P1-02")
    before = count(panel.path, "avance")
    panel.period.setText("2026-S2")
    panel.physical.setValue(1.0)  # lower than the last report, no note
    panel.save_button.click()
    assert "menor que el último reporte" in panel.form_errors.text()
    assert panel.task is None and count(panel.path, "avance") == before


def test_form_saves_a_report_in_the_background(panel, qtbot):
    panel.select("P1-02")
    before = count(panel.path, "avance")
    panel.period.setText("2026-S2")
    assert panel.report_date.date() == QDate(2026, 12, 31)
    panel.physical.setValue(panel.physical.value() + 1)
    panel.notes.setPlainText("Tramo 4 terminado")
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.task is None, timeout=60_000)
    assert panel.status.text() == "Reporte guardado."
    assert count(panel.path, "avance") == before + 1
    assert panel.table.item(panel.table.rowCount() - 1, 0).text() == "2026-S2"


def test_evaluation_runs_in_the_background_and_colours_the_map(panel, qtbot):
    panel.cutoff.setDate(QDate(2026, 6, 30))
    panel.evaluate_button.click()
    qtbot.waitUntil(lambda: panel.task is None, timeout=120_000)
    assert set(panel.states.values()) == {"sin_iniciar", "al_dia", "retrasado", "incumplimiento", "terminado"}
    renderer = panel.evaluation_layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "estado"
    panel.filters["estado"].setCurrentIndex(panel.filters["estado"].findData("incumplimiento"))
    assert 0 < panel.list.count() < 30
    assert all("[Incumplimiento]" in panel.list.item(i).text() for i in range(panel.list.count()))


def test_form_prefills_the_state_and_refuses_a_contradiction(panel, run):
    """The state comes with the numbers of the last report; a state the numbers contradict is refused by
    the form and by record_progress alike (one rule, core.projects.state_contradiction)."""
    from qgis.core import QgsProcessingException
    from pot_seguimiento.core.projects import latest_report

    panel.select("P1-02")
    last = latest_report(panel.history["P1-02"])
    assert float(last["avance_fisico"]) > 0 and panel.physical.value() == pytest.approx(float(last["avance_fisico"]))
    assert panel.state.currentData() == last["estado_reportado"] == "en_ejecucion"
    before = count(panel.path, "avance")
    panel.period.setText("2026-S2")
    panel.state.setCurrentIndex(panel.state.findData("sin_iniciar"))
    panel.save_button.click()
    assert "'sin_iniciar' contradice un avance físico acumulado" in panel.form_errors.text()
    panel.state.setCurrentIndex(panel.state.findData("terminado"))
    panel.save_button.click()
    assert "'terminado' contradice" in panel.form_errors.text() and "por debajo de la meta" in panel.form_errors.text()
    assert panel.task is None and count(panel.path, "avance") == before
    with pytest.raises(QgsProcessingException, match="'sin_iniciar' contradice"):
        run("record_progress", {"EXPEDIENTE": panel.path, "PROJECT": "P1-02", "PERIOD": "2026-S2",
                                "CUTOFF_DATE": "2026-12-31", "STATE": "sin_iniciar", "PHYSICAL": 20,
                                "INVESTMENT": 1e9, "NOTES": "x"})
    assert count(panel.path, "avance") == before


def test_card_shows_the_state_of_the_evaluation_kept_in_the_expediente(panel, run, tmp_path):
    """An expediente evaluated before (in another session, by the cycle) opens with its states."""
    output = run("evaluate_projects", {"EXPEDIENTE": panel.path, "CUTOFF_DATE": "2026-06-30",
                                       "OUTPUT": str(tmp_path / "evaluacion.gpkg")})["OUTPUT"]
    expected = {f["codigo"]: f["estado"] for f in QgsVectorLayer(output, "e", "ogr").getFeatures()}
    panel.set_expediente(panel.path, panel.project_layer)  # opened again: nothing evaluated in this panel
    assert panel.states == expected
    assert panel.cutoff.date() == QDate(2026, 6, 30)
    panel.select("P1-02")
    assert "sin evaluar" not in panel.card.text()
    assert f"Estado: <b>{STATE_LABELS[expected['P1-02']]}</b>" in panel.card.text()


def test_dock_opens_wide_enough_and_the_chart_reads_in_percent(panel):
    """The dock asks for the width its combos and card need (a scroll area asks for almost none), shows
    several rows of history, and the % chart's axis runs 0–100, not −5 to 108."""
    panel.select("P1-02")
    width = panel.minimumSizeHint().width()
    assert width >= panel.fontMetrics().horizontalAdvance("M") * 40
    assert panel.table.minimumHeight() >= panel.table.horizontalHeader().height() + 4 * panel.table.rowHeight(0)
    assert panel.chart.axis() == (0.0, 100.0)


def test_the_history_reads_without_scrolling_sideways(panel):
    """At the dock's width the reported state was off to the right: the numbers and the state in view, whole,
    the notes in the width left (cut, whole in their tooltip); wide, the notes whole too."""
    from qgis.PyQt.QtWidgets import QApplication

    from table_checks import columns_in_view, cut_cells

    assert panel.select("P1-02")  # a corrected report: a long note
    panel.setFloating(True)
    panel.show()
    try:
        panel.resize(panel.minimumSizeHint().width(), 900)
        QApplication.processEvents()
        QApplication.processEvents()
        table = panel.table
        assert columns_in_view(table)
        # Every cut-off at its period's end: the column hidden, the date in the period's tooltip.
        assert table.isColumnHidden(1) and table.item(0, 0).toolTip() == "Corte: 2022-06-30"
        assert not any(cut_cells(table, c) for c in (0, 2, 3, 4))  # period, physical, investment, state
        assert table.horizontalHeader().sectionSize(5) >= 50  # some of the notes
        # The list of projects wraps a long name rather than scrolling sideways.
        panel.items["P1-03"]["nombre"] = "Ampliación de la Avenida Circunvalar entre la calle 26 y el límite " \
                                         "con el municipio vecino, con ciclorruta y andenes"
        panel.refresh_list()
        QApplication.processEvents()
        rows = [panel.list.visualItemRect(panel.list.item(i)) for i in range(panel.list.count())]
        assert panel.list.horizontalScrollBar().maximum() == 0
        assert max(rect.right() for rect in rows) < panel.list.viewport().width()
        panel.resize(1200, 900)
        QApplication.processEvents()
        QApplication.processEvents()
        assert columns_in_view(table) and not cut_cells(table, 5)
        assert table.horizontalHeaderItem(4).text() == "Estado reportado"  # on one line, with room to spare
    finally:
        panel.setFloating(False)
