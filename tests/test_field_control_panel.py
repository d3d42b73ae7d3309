"""Panel "Control de ocupaciones": list by priority, filters, card with visits and photos, map
selection both ways, and a returned package imported in the background."""
import shutil

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from conftest import count
from test_field_package import add_visits, export, zip_folder


@pytest.fixture
def panel(plugin, demo_store, tmp_path):
    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_store, path)
    shutil.copytree(demo_store.parent / "demo_evidencias", tmp_path / "demo_evidencias")
    layer = QgsVectorLayer(f"{path}|layername=alerta_ocupacion", "Alertas", "ogr")
    QgsProject.instance().addMapLayer(layer)
    plugin.controller.expediente_path = str(path)
    plugin.controller.layers = {"alerta_ocupacion": layer}
    panel = plugin.controller.show_field_control()
    panel.search.clear()
    panel.set_expediente(str(path), layer)
    for combo in panel.filters.values():  # the panel outlives a test: start from "all"
        combo.setCurrentIndex(0)
    yield panel
    QgsProject.instance().clear()


def test_alerts_listed_by_priority_and_filtered(panel):
    total = count(panel.path, "alerta_ocupacion")
    assert panel.table.rowCount() == total
    priorities = [float(panel.table.item(r, 1).text().replace(".", "").replace(",", ".")) for r in range(total)]
    assert priorities == sorted(priorities, reverse=True)
    # It opens on the first alert's card (an empty half under three rows, seen in QGIS), its unit named as the
    # reader knows it (the column and the card said '19').
    assert f"<b>{panel.table.item(0, 0).text()}</b>" in panel.card.text()
    assert panel.table.item(0, 4).text().startswith("Localidad ") and " · Localidad " in panel.card.text()
    panel.filters["estado"].setCurrentIndex(panel.filters["estado"].findData("cerrada"))
    assert panel.table.rowCount() == 2 and panel.table.item(0, 2).text() == "Cerrada"
    assert "2 de" in panel.status.text()


def test_card_shows_visits_actions_and_photos(panel):
    panel.filters["estado"].setCurrentIndex(panel.filters["estado"].findData("con_accion"))
    panel.table.selectRow(0)
    text = panel.card.text()
    assert "Loteo" in text and "Querella" in text and "En trámite" in text and "Acta" in text
    assert panel.photos.count() == 2  # the visit's two photos, as thumbnails


def test_map_and_panel_select_each_other(panel):
    code = panel.table.item(3, 0).text()
    panel.table.selectRow(3)
    assert [f["codigo"] for f in panel.layer.selectedFeatures()] == [code]
    other = panel.table.item(5, 0).text()
    panel.layer.selectByIds([f.id() for f in panel.layer.getFeatures(f"\"codigo\" = '{other}'")])
    assert panel.selected_codes() == [other]


def test_a_returned_package_is_imported_in_the_background(panel, run, qtbot, tmp_path):
    code = panel.table.item(0, 0).text()
    folder = tmp_path / "paquete"
    export(run, panel.path, folder, alerts=code)
    add_visits(folder, [(code, "construccion_nueva", 1)])
    before = count(panel.path, "visita")
    task = panel.import_package(str(zip_folder(folder, tmp_path / "devuelto.zip")))
    with qtbot.waitSignal(task.task.executed, timeout=60000):
        pass
    assert count(panel.path, "visita") == before + 1
    assert "1 visitas" in panel.status.text()
    panel.select(code)
    assert "Construcción nueva" in panel.card.text()


def test_photos_of_a_postgis_expediente_come_from_its_evidence_folder(panel, run, postgres, tmp_path):
    """On PostGIS the photos live in the shared folder the office set (the GeoPackage's, when migrated from
    one), not beside whatever the panel was opened with."""
    uri = postgres.uri("panel_fotos")
    run("migrate_expediente", {"INPUT": panel.path, "OUTPUT": uri})
    panel.set_expediente(uri, None)
    panel.filters["estado"].setCurrentIndex(panel.filters["estado"].findData("con_accion"))
    panel.table.clearSelection()  # (a row selected by an earlier test would not signal again)
    panel.table.selectRow(0)
    assert "Querella" in panel.card.text()
    assert panel.photos.count() == 2
    assert all(not panel.photos.itemAt(i).widget().pixmap().isNull() for i in range(2))
