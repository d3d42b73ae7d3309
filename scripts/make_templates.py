"""Write resources/templates/*.qpt: the expediente's default page layouts (A4 landscape).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_templates.py

The exporter finds items by id, so an office may redesign a page (its
letterhead, colours, logo) in QGIS's layout designer and save it over these
files, as long as the ids stay: encabezado, titulo, subtitulo, mapa, leyenda,
escala, norte, fuente, fecha, crs, pagina, and the rectangles "tabla" and
"grafico" that mark where tables and charts go. On the map sheet, "localizacion"
is the locator inset of the whole territory (the exporter keeps its size and
moves it to the map corner that hides the fewest units, or removes it when the
map shows everything) and "nota_mapa" says what the map is framed on.
"""
import pathlib
import sys

from qgis.core import (QgsApplication, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutItemShape, QgsLayoutMeasurement,
                       QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject, QgsReadWriteContext, QgsUnitTypes)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pot_seguimiento.qt_compat import set_label_font  # noqa: E402 (the repository's plugin, found above)

TEMPLATES = ROOT / "resources" / "templates"
MM = QgsUnitTypes.LayoutMillimeters
BLUE = QColor("#1f5f8b")


def new_layout(name):
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Landscape)
    layout.setName(name)
    return layout


def place(item, x, y, w, h, item_id):
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.setId(item_id)
    return item


def label(layout, text, x, y, w, h, item_id, size=9, bold=False, color=QColor("#222222"),
          align=Qt.AlignmentFlag.AlignLeft):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    set_label_font(item, font, color)  # a text format where QGIS deprecated setFont (3.40 warns)
    item.setHAlign(align)
    item.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    layout.addLayoutItem(item)
    return place(item, x, y, w, h, item_id)


def placeholder(layout, x, y, w, h, item_id):
    """A frame the exporter replaces with a table or a chart."""
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    layout.addLayoutItem(shape)
    return place(shape, x, y, w, h, item_id)


def header(layout):
    band = QgsLayoutItemShape(layout)
    band.setShapeType(QgsLayoutItemShape.Rectangle)
    symbol = band.symbol()
    symbol.setColor(BLUE)
    symbol.symbolLayer(0).setStrokeColor(BLUE)
    layout.addLayoutItem(band)
    place(band, 0, 0, 297, 14, "banda")
    label(layout, "Alcaldía — Secretaría de Planeación · Expediente Municipal del POT", 8, 2, 281, 10,
          "encabezado", 10, True, QColor("white"))


def footer(layout):
    label(layout, "Fuente: Expediente Municipal del POT", 8, 196, 120, 8, "fuente", 7)
    label(layout, "Fecha", 130, 196, 60, 8, "fecha", 7)
    label(layout, "Sistema de referencia", 190, 196, 80, 8, "crs", 7)
    label(layout, "1", 272, 196, 17, 8, "pagina", 7, align=Qt.AlignmentFlag.AlignRight)


def map_sheet():
    layout = new_layout("hoja")
    header(layout)
    label(layout, "Título", 8, 16, 281, 10, "titulo", 14, True, BLUE)
    label(layout, "Subtítulo", 8, 26, 281, 7, "subtitulo", 9)
    map_item = QgsLayoutItemMap(layout)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    place(map_item, 8, 35, 150, 140, "mapa")
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Leyenda")
    legend.setLinkedMap(map_item)
    layout.addLayoutItem(legend)
    place(legend, 160, 35, 40, 60, "leyenda")
    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize()
    layout.addLayoutItem(scale)
    place(scale, 10, 178, 70, 12, "escala")
    inset = QgsLayoutItemMap(layout)
    inset.setFrameEnabled(True)
    inset.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))
    inset.setBackgroundEnabled(True)
    inset.setBackgroundColor(QColor("white"))
    layout.addLayoutItem(inset)
    place(inset, 9.5, 36.5, 34, 48, "localizacion")
    label(layout, "", 84, 177, 74, 10, "nota_mapa", 6, color=QColor("#555555"), align=Qt.AlignmentFlag.AlignRight)
    north = QgsLayoutItemPicture(layout)
    north.setPicturePath(":/images/north_arrows/layout_default_north_arrow.svg")
    layout.addLayoutItem(north)
    place(north, 145, 160, 12, 14, "norte")
    placeholder(layout, 202, 35, 87, 60, "grafico")
    placeholder(layout, 160, 98, 129, 94, "tabla")
    footer(layout)
    return layout


def table_sheet():
    layout = new_layout("tabla")
    header(layout)
    label(layout, "Título", 8, 16, 281, 10, "titulo", 14, True, BLUE)
    label(layout, "Subtítulo", 8, 26, 281, 7, "subtitulo", 9)
    placeholder(layout, 8, 36, 281, 156, "tabla")
    footer(layout)
    return layout


def cover():
    layout = new_layout("portada")
    header(layout)
    label(layout, "Expediente Municipal del Plan de Ordenamiento Territorial", 20, 30, 257, 18, "titulo", 22, True, BLUE)
    label(layout, "Municipio", 20, 50, 257, 12, "subtitulo", 14)
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    place(map_item, 60, 68, 177, 110, "mapa")
    label(layout, "Seguimiento y evaluación (Ley 388 de 1997, Decreto 1077 de 2015, Decreto 1232 de 2020)",
          20, 182, 257, 8, "fuente", 9, align=Qt.AlignmentFlag.AlignHCenter)
    label(layout, "Fecha", 20, 190, 257, 8, "fecha", 9, align=Qt.AlignmentFlag.AlignHCenter)
    return layout


def save(layout, name):
    layout.saveAsTemplate(str(TEMPLATES / f"{name}.qpt"), QgsReadWriteContext())
    print(TEMPLATES / f"{name}.qpt")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    builders = {"portada": cover, "hoja": map_sheet, "tabla": table_sheet}
    for name in sys.argv[1:] or builders:  # e.g. `make_templates.py hoja`: only that page
        save(builders[name](), name)
