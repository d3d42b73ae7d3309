"""The expediente's pages come from the .qpt templates, which an office may redesign in QGIS's layout designer
(cartography/pages.py reads each template once per version of the file)."""
import shutil

import pytest


@pytest.fixture
def office_templates(plugin, tmp_path, monkeypatch):
    """A copy of the templates the plugin reads, as an office that redesigns them has."""
    from pot_seguimiento.cartography import pages

    folder = tmp_path / "plantillas"
    shutil.copytree(pages.TEMPLATES, folder)
    monkeypatch.setattr(pages, "TEMPLATES", str(folder))
    return folder


def redesign(folder, template, change):
    """Open `template` as the layout designer does, apply `change(layout, items by id)` and save it over the file."""
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    path = folder / f"{template}.qpt"
    document = QDomDocument()
    document.setContent(path.read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    loaded, _ = layout.loadFromTemplate(document, QgsReadWriteContext())
    change(layout, {item.id(): item for item in loaded if hasattr(item, "id") and item.id()})
    assert layout.saveAsTemplate(str(path), QgsReadWriteContext())


def moved_to(x, y, item_id="titulo"):
    from qgis.core import QgsLayoutPoint

    from pot_seguimiento.qt_compat import LAYOUT_MILLIMETERS

    return lambda layout, items: items[item_id].attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))


def position(page, item_id="titulo"):
    point = page.items[item_id].positionWithUnits()
    return round(point.x(), 3), round(point.y(), 3)


def test_a_template_saved_anew_while_qgis_runs_is_used_by_the_next_page(office_templates):
    from qgis.core import QgsCoordinateReferenceSystem

    from pot_seguimiento.cartography.pages import Page

    crs = QgsCoordinateReferenceSystem("EPSG:9377")
    assert position(Page("hoja", crs)) == (8, 16)  # the plugin's design
    redesign(office_templates, "hoja", moved_to(40, 20))
    assert position(Page("hoja", crs)) == (40, 20)
    redesign(office_templates, "hoja", moved_to(60, 22))  # the same file saved again a moment later
    assert position(Page("hoja", crs)) == (60, 22)
    assert position(Page("tabla", crs)) == (8, 16)  # the other templates are as they were


def test_a_label_of_a_redesigned_template_reads_the_layouts_variables(office_templates):
    """An office may print the layout's variables on its letterhead: they are the page's own (its size, its name),
    not those of a layout still half read."""
    from qgis.core import QgsCoordinateReferenceSystem

    from pot_seguimiento.cartography.pages import Page

    def letterhead(layout, items):
        items["encabezado"].setText("Hoja de [% @layout_pagewidth %] × [% @layout_pageheight %] mm, "
                                    "[% @layout_numpages %] página")

    redesign(office_templates, "hoja", letterhead)
    page = Page("hoja", QgsCoordinateReferenceSystem("EPSG:9377"))
    assert page.items["encabezado"].currentText() == "Hoja de 297 × 210 mm, 1 página"
