"""Panel "Indicadores": computes in the background and shows table, map and series."""
import shutil

import pytest
from qgis.core import QgsProject, QgsLayerTreeLayer


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
    from pot_seguimiento.gui.expediente_layers import add_expediente_to_project

    layers = add_expediente_to_project(panel.path)
    # The level by its name, as every document names it; its code is the item's data.
    assert panel.level.currentText() == "Localidad" and panel.level.currentData() == "localidad"
    assert "localidad" not in [panel.level.itemText(i) for i in range(panel.level.count())]
    panel._list_shown(panel.selected_codes())  # as after an earlier computation of every indicator
    panel.shown.setCurrentIndex(panel.shown.findData("densidad_poblacion"))
    assert panel.shown.currentIndex() > 0
    assert panel.codes.count() >= 20
    panel.compute_button.click()
    assert not panel.compute_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.task is None, timeout=120_000)
    assert panel.status.text() == "Indicadores calculados para el periodo 2024."
    assert panel.progress.value() == 100
    # The indicator the user was reading stays on screen, its chart with it (the list jumped to the first
    # indicator and the chart kept the previous one).
    assert panel.current_code() == "densidad_poblacion"
    assert panel.chart.title.startswith(panel.definitions["densidad_poblacion"]["nombre"])
    # The table: municipality first, one row per localidad, a traffic light per row.
    assert panel.table.rowCount() == 21
    assert panel.table.item(0, 0).text().startswith("San Isidro")
    names = {"Verde": "verde", "Amarillo": "amarillo", "Rojo": "rojo", "Gris": "gris"}
    panel.shown.setCurrentIndex(panel.shown.findData("acceso_transporte"))
    lights = [panel.table.item(i, 2).text() for i in range(panel.table.rowCount())]
    assert set(lights) <= set(names) and set(lights) != {"Gris"}
    assert all(panel.table.item(i, 2).toolTip() for i in range(panel.table.rowCount()))  # what grey means
    # The map: an indicator with a target is drawn by traffic light, each unit in the colour of its light in the
    # table (a value ramp painted a yellow unit red).
    from qgis.core import QgsExpression, QgsExpressionContext

    from pot_seguimiento.core.report.palette import TRAFFIC_LIGHTS

    renderer = panel.result_layer.renderer()
    assert renderer.type() == "categorizedSymbol" and panel.current_code() in renderer.classAttribute()
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    expression, context = QgsExpression(renderer.classAttribute()), QgsExpressionContext()
    drawn = {}
    for feature in panel.result_layer.getFeatures():
        context.setFeature(feature)
        drawn[feature["nombre"]] = expression.evaluate(context)
    for i in range(1, panel.table.rowCount()):
        light = names[lights[i]]
        assert drawn[panel.table.item(i, 0).text()] == light
        if light != "gris":
            assert colours[light] == TRAFFIC_LIGHTS[light]
    # ... translucent, in the expediente's group right under the unit outlines: the points, lines and
    # outlines stay visible above it, the background layers show through it.
    assert panel.result_layer.opacity() < 1
    node = QgsProject.instance().layerTreeRoot().findLayer(panel.result_layer.id())
    siblings = [n.layer().id() for n in node.parent().children() if isinstance(n, QgsLayerTreeLayer)]
    above = siblings[:siblings.index(panel.result_layer.id())]
    assert above[-1] == layers["unidad_territorial"].id()
    assert {layers[name].id() for name in ("proyecto", "equipamiento", "transporte")} <= set(above)
    # The series of the selected unit.
    panel.table.selectRow(1)
    assert [label for label, _ in panel.chart.points] == ["2024"]
    from pot_seguimiento.core.report.format import quantity

    value, shown = panel.chart.points[0][1], panel.table.item(1, 1).text()
    if value is None:  # a unit without a value: the table says why, the chart has no point
        assert shown == "sin dato" or not shown[0].isdigit(), shown
    else:  # the chart plots the value the table shows, with its unit
        assert quantity(value, "%") == shown


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


def test_panel_opens_on_the_latest_period_kept_in_the_expediente(panel, run, tmp_path):
    """Measurements stored by an earlier run (the cycle, another session) show when the panel opens."""
    run("compute_indicators", {"EXPEDIENTE": panel.path, "PERIOD": "2024", "LEVEL": "localidad",
                               "INDICATORS": "acceso_transporte,densidad_poblacion",
                               "OUTPUT": str(tmp_path / "i.gpkg")})
    panel.period.setText("2026")
    panel.set_expediente(panel.path)
    assert panel.period.text() == "2024"
    assert sorted(panel.shown.itemData(i) for i in range(panel.shown.count())) == [
        "acceso_transporte", "densidad_poblacion"]
    assert panel.table.rowCount() == 21 and panel.table.item(0, 0).text().startswith("San Isidro")
    assert any(panel.table.item(i, 1).text()[0].isdigit() for i in range(panel.table.rowCount()))
    # A unit without a value says "sin dato" in its cell and why in the tooltip (the reason, long, widened
    # the column until the traffic lights left the dock).
    empty = [panel.table.item(i, 1) for i in range(panel.table.rowCount())
             if not panel.table.item(i, 1).text()[0].isdigit()]
    assert empty and all(item.text() == "sin dato" and item.toolTip() for item in empty)
    # A percentage's series on a 0–100 axis.
    assert panel.current_code() == "acceso_transporte"
    panel.table.selectRow(0)
    assert panel.chart.axis() == (0.0, 100.0)
    # The dock as wide as the projects': the traffic lights in view, not scrolled off to the right. Baseline
    # and target, the same for every unit, said once above the table (as columns they pushed the light out).
    assert panel.minimumSizeHint().width() >= panel.fontMetrics().horizontalAdvance("M") * 40
    assert panel.table.columnCount() == 3 and panel.table.horizontalHeaderItem(2).text() == "Semáforo"
    assert "Línea base" in panel.reference.text() and "meta" in panel.reference.text()
    from qgis.PyQt.QtWidgets import QApplication

    panel.setFloating(True)  # on screen at its narrowest (the tests' main window is never shown)
    panel.show()
    panel.resize(panel.minimumSizeHint())
    QApplication.processEvents()
    header = panel.table.horizontalHeader()
    try:
        assert panel.isVisible() and panel.width() == panel.minimumSizeHint().width()
        assert header.sectionPosition(2) + header.sectionSize(2) <= panel.table.viewport().width()
    finally:
        panel.setFloating(False)
