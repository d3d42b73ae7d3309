"""Panel "Indicadores": computes in the background and shows table, map and series."""
import shutil

import pytest
from qgis.core import QgsProject


@pytest.fixture
def panel(plugin, demo_store, tmp_path, qgis_iface):
    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_store, path)
    plugin.controller.expediente_path = str(path)
    panel = plugin.controller.show_indicators()
    panel.set_expediente(str(path))
    panel.period.setText("2024")
    yield panel
    QgsProject.instance().clear()


def test_panel_computes_in_the_background_and_shows_results(panel, qtbot):
    assert panel.level.currentText() == "localidad"
    assert panel.codes.count() >= 20
    panel.compute_button.click()
    assert not panel.compute_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.task is None, timeout=120_000)
    assert panel.status.text() == "Indicadores calculados para el periodo 2024."
    assert panel.progress.value() == 100
    # The table: municipality first, one row per localidad, a traffic light per row.
    assert panel.table.rowCount() == 21
    assert panel.table.item(0, 0).text().startswith("San Isidro")
    lights = {panel.table.item(i, 4).text() for i in range(panel.table.rowCount())}
    assert lights <= {"verde", "amarillo", "rojo", "gris"} and lights != {"gris"}
    # The map: a graduated layer of the shown indicator.
    assert panel.result_layer.renderer().type() == "graduatedSymbol"
    assert panel.result_layer.renderer().classAttribute() == panel.current_code()
    # The series of the selected unit.
    panel.table.selectRow(1)
    assert [label for label, _ in panel.chart.points] == ["2024"]
    assert panel.chart.points[0][1] is not None or panel.table.item(1, 1).text()


def test_panel_cancel_keeps_earlier_measurements(panel, qtbot):
    from conftest import store_fingerprint

    before = store_fingerprint(panel.path)
    panel.compute_button.click()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.task is None, timeout=120_000)
    assert "Cancelado" in panel.status.text()
    assert store_fingerprint(panel.path) == before


def test_panel_shows_why_a_computation_failed(panel, qtbot):
    panel.period.setText("dos mil veinticuatro")
    panel.compute_button.click()
    qtbot.waitUntil(lambda: panel.task is None, timeout=60_000)
    assert "debe tener la forma 2024 o 2024-S1" in panel.status.text()
