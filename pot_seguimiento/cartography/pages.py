"""Pages of the expediente PDF, each a print layout loaded from a .qpt template.

Templates are found in resources/templates and their items by id (see
scripts/make_templates.py): an office redesigns a page in QGIS's layout
designer and keeps the ids. Every page is rendered into one PDF writer.
"""
import math
import os
import textwrap

from qgis.core import (Qgis, QgsCategorizedSymbolRenderer, QgsClassificationPrettyBreaks, QgsCoordinateReferenceSystem,
                       QgsFeature, QgsFeatureRequest, QgsFillSymbol, QgsGeometry, QgsGraduatedSymbolRenderer, QgsLayout,
                       QgsLayoutExporter, QgsLayoutFrame, QgsLayoutItem, QgsLayoutItemTextTable, QgsLayoutPoint,
                       QgsLayoutSize, QgsLayoutTable, QgsLayoutTableColumn, QgsLayoutTableStyle, QgsLayoutUtils,
                       QgsLegendRenderer, QgsLinePatternFillSymbolLayer,
                       QgsPrintLayout, QgsProject, QgsReadWriteContext, QgsRectangle, QgsRenderContext,
                       QgsRendererCategory, QgsRendererRange, QgsSingleSymbolRenderer, QgsSymbol, QgsTextFormat,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QMarginsF
from qgis.PyQt.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from qgis.PyQt.QtXml import QDomDocument

import numpy
import shapely

from ..core.report import palette
from ..core.report.format import class_label, no_data
from ..qgis_fields import DOUBLE, TEXT, fields
from ..qt_compat import (LAYOUT_MILLIMETERS, LEGEND_GROUP, LEGEND_SUBGROUP, LEGEND_SYMBOL_LABEL, LEGEND_TITLE,
                         set_label_font, set_legend_font)
from .map_labels import label_units
from .scale_bar import fit_scale_bar

TEMPLATES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "templates")
UNITS_PROPERTY = "pot_seguimiento/unidades"
# What fits a line of the legend's 40 mm column beside the map: a title at 10 pt, a class's label at 8 pt after
# its symbol (a longer line ran under the chart beside the legend).
# 22: a bold 8 pt title line of 26 characters ran past the legend's 40 mm column under the chart beside it
LEGEND_CHARACTERS, LEGEND_LABEL_CHARACTERS = 22, 18
MAX_CLASSES = 5  # value classes of a map: what a reader tells apart, and what the legend's frame holds


_documents = {}  # template path -> (the file's text, its parsed QDomDocument)


def template_document(template):
    """The parsed .qpt of `template`. A document of hundreds of pages loads the same three templates hundreds of
    times: the file is read each time (a few microseconds) but parsed again only when its text changed, so an office
    that saves a redesigned template over it while QGIS runs gets the new design on its next export."""
    path = os.path.join(TEMPLATES, f"{template}.qpt")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    cached = _documents.get(path)
    if cached is None or cached[0] != text:
        document = QDomDocument()
        document.setContent(text)
        # Each page's items get uuids of their own, not the template's (as QgsLayout.loadFromTemplate does).
        for tag in ("LayoutItem", "LayoutMultiFrame"):
            nodes = document.elementsByTagName(tag)
            for index in range(nodes.count()):
                nodes.at(index).toElement().removeAttribute("uuid")
        cached = _documents[path] = (text, document)
    return cached[1]


def load_template(layout, document):
    """Lay `document`'s pages and items out on the empty `layout`; its items with an id, by id.

    QgsPrintLayout.loadFromTemplate reads the layout, then its atlas, which makes every item refresh itself again
    (a fifth of a page's loading: the north arrow's SVG read twice, the scale bar measured twice). A page written to
    the PDF never uses the atlas: the layout is read without it, under the template's name. A QGIS 2 composer
    template goes through loadFromTemplate, which converts it."""
    element = document.documentElement()
    if element.tagName() != "Layout":
        loaded, _ = layout.loadFromTemplate(document, QgsReadWriteContext())
    else:
        QgsLayout.readXml(layout, element, document, QgsReadWriteContext())  # the layout's part, not its atlas's
        layout.setName(element.attribute("name"))
        loaded = [item for item in layout.items() if isinstance(item, QgsLayoutItem)]
    return {item.id(): item for item in loaded if hasattr(item, "id") and item.id()}


class PageLayout(QgsPrintLayout):
    """A print layout that builds its expression context once, not every time something asks for it.

    QGIS builds a layout's expression context (global, project, layout and atlas variables) anew whenever an item
    reads from the template, takes a new setting or paints: ~0.07 ms each, the global variables read from QGIS's
    settings files, and a page asks some hundred times. What they say changes only with the layout's name, pages,
    resolution, variables or atlas, and each of those says so: the context is kept until one does. Only for pages
    written to a PDF at once: a layout left in the project would keep a context older than the project's own
    variables and CRS."""

    _context = None

    def __init__(self, project):
        super().__init__(project)
        for signal in (self.changed, self.nameChanged, self.variablesChanged, self.pageCollection().changed,
                       self.renderContext().dpiChanged, self.atlas().changed, self.atlas().toggled,
                       self.atlas().coverageLayerChanged, self.atlas().featureChanged,
                       self.atlas().numberFeaturesChanged, self.reportContext().changed,
                       self.reportContext().layerChanged):
            signal.connect(self._forget_context)

    def _forget_context(self, *_):
        self._context = None

    def createExpressionContext(self):  # noqa: N802 (QGIS's name)
        if self._context is None:
            self._context = super().createExpressionContext()
        return self._context  # (QGIS takes a copy)


class Page:
    """One page: a layout from a template, its items by id. `editable`: a layout a cartographer goes on editing in
    the project (QGIS's own layout), not one written to a PDF now (a PageLayout)."""

    def __init__(self, template, crs, editable=False):
        self.layout = (QgsPrintLayout if editable else PageLayout)(QgsProject.instance())
        # Text as text, not outlines: the PDF can be searched, copied and read by screen readers.
        self.layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
        # Nobody undoes the building of a page: QGIS would otherwise keep a copy of every item it adds or removes.
        self.layout.undoStack().blockCommands(True)
        if editable:  # the project's layout keeps its atlas, which a cartographer may turn on
            loaded, _ = self.layout.loadFromTemplate(template_document(template), QgsReadWriteContext())
            self.items = {item.id(): item for item in loaded if hasattr(item, "id") and item.id()}
        else:
            self.items = load_template(self.layout, template_document(template))
        self.crs = crs
        self.tables = []  # keep the multiframes alive with the page
        self.frames = []  # and the map frames (map_frame.py) with their layers
        for item in self.items.values():
            if hasattr(item, "setCrs"):
                item.setCrs(crs)

    def text(self, item_id, value):
        if item_id in self.items:
            self.items[item_id].setText(value)

    def map(self, layers, extent, item_id="mapa", legend=True, overlay=()):
        """Show `layers` (top first) in the map `item_id`. `extent` is a QgsRectangle, or a MapFrame
        (map_frame.py) that also brings the units' labels, an atlas unit's neighbours, a locator inset of the
        whole territory and a note on what the map is framed on. `overlay`: layers drawn above all of them
        (facilities over a map of units), in the legend after the first layer."""
        item = self.items.get(item_id)
        if item is None:
            return
        frame = extent if hasattr(extent, "focus") else None
        missing = _no_data_layer(layers[0]) if layers else None
        if missing is not None:  # a graduated map draws nothing where there is no value: say "sin dato" there
            layers = [layers[0], missing] + list(layers[1:])
            self.frames.append(missing)
        if frame is not None:
            self.frames.append(frame)  # its memory layers live as long as the page
            context = frame.context_layer()
            layers = list(layers) + ([context] if context is not None else [])
            extent = frame.extent
        item.setLayers(list(overlay) + list(layers))
        item.setKeepLayerSet(True)
        if "escala" in self.items:  # measured against the new extent once, by fit_scale_bar below, not at every move
            self.items["escala"].setLinkedMap(None)
        item.setExtent(fitted(extent, item.rect().width(), item.rect().height()))
        if frame is not None and frame.labels:
            for layer in layers:
                if layer.customProperty(UNITS_PROPERTY) and layer.featureCount() > 1:
                    label_units(layer, len(list(layer.getFeatures(QgsFeatureRequest().setFilterRect(item.extent())))))
        if "escala" in self.items:
            fit_scale_bar(self.items["escala"], item)
        slot = None  # where the legend was, an atlas page's inset goes
        if legend and "leyenda" in self.items:
            legend_item = self.items["leyenda"]
            legend_item.setAutoUpdateModel(False)
            model = legend_item.model().rootGroup()
            model.clear()
            for index, layer in enumerate(layers[:2 if missing is not None else 1]):
                # The indicator's own layer always (its name and unit title the legend, even when no unit has a
                # value); the "sin dato" class only when some unit has none.
                if index == 0 or layer.featureCount():
                    node = model.addLayer(layer)
                    if node is not None:  # an indicator's name and unit wrapped to the legend's column
                        node.setCustomProperty("legend/title-label", wrapped(layer.name()))
            for layer in overlay:
                model.addLayer(layer)
            _legend_fonts(legend_item)
            legend_item.refresh()
            fit_legend(self.layout, legend_item)
        elif "leyenda" in self.items:
            slot = (self.items["leyenda"].positionWithUnits(), self.items["leyenda"].sizeWithUnits())
            self.remove("leyenda")
        self._inset(item, frame, slot, [layer for layer in layers if layer.customProperty(UNITS_PROPERTY)])
        self.text("nota_mapa", frame.note if frame is not None and frame.inset else "")

    def _inset(self, main, frame, slot=None, units=()):
        """The whole territory in the item "localizacion", the main map's frame drawn on it in red: in `slot`
        (position, size) if given, else in the corner of the main map that hides the fewest units. The units
        of the main map are drawn in it with their colours: the part of a choropleth the frame leaves out
        is still read in the inset."""
        inset = self.items.get("localizacion")
        if inset is None:
            return
        if frame is None or not frame.inset:
            self.remove("localizacion")
            return
        inset.setLayers(frame.inset_layers([] if frame.unit is not None else units))
        inset.setKeepLayerSet(True)
        territory = QgsRectangle(*frame.focus.territory)
        # The main map's frame, drawn in red, whole: an atlas map of a long unit (Sumapaz) reaches beyond the
        # territory's box, and the inset cut its red frame.
        territory.combineExtentWith(main.extent())
        territory.grow(max(territory.width(), territory.height()) * 0.04)
        if slot is not None:
            box_position, box_size = slot
        else:
            box_position, box_size = inset.positionWithUnits(), inset.sizeWithUnits()
        width, height = _fitted_box(territory, box_size.width(), box_size.height())
        if slot is not None:
            x = box_position.x() + (box_size.width() - width) / 2
            y = box_position.y()
        else:
            x, y = _free_corner(main, width, height, frame.territory.units[2] if frame.territory.units else [])
        inset.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
        inset.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
        inset.setExtent(fitted(territory, width, height))
        overview = inset.overview()
        overview.setLinkedMap(main)
        overview.setFrameSymbol(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#c62828", "outline_width": "0.5"}))

    def remove(self, item_id):
        """Take an item off the page. A removed item is only deleted later (Qt's deleteLater), so nothing may
        still point at it, and a removed legend must stop following the project's layers: either would
        reach into a layout that is already gone."""
        item = self.items.pop(item_id, None)
        if item is None:
            return
        for other in list(self.items.values()) + [item]:
            if hasattr(other, "linkedMap") and other.linkedMap() is not None and \
                    (other is item or other.linkedMap() is item):
                other.setLinkedMap(None)
        if hasattr(item, "setAutoUpdateModel"):
            item.setAutoUpdateModel(False)
        self.layout.removeLayoutItem(item)

    def picture(self, item_id, path):
        """Put an image where the placeholder rectangle `item_id` is."""
        from qgis.core import QgsLayoutItemPicture

        frame = self.items.get(item_id)
        if frame is None:
            return
        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(path)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        self.layout.addLayoutItem(picture)
        picture.attemptMove(frame.positionWithUnits())
        picture.attemptResize(frame.sizeWithUnits())
        self.remove(item_id)

    def box(self, x, y, width, height, fill, outline_color):
        """A rectangle (mm) behind what comes after it: a quadrant of a matrix."""
        from qgis.core import QgsLayoutItemShape

        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        shape.setSymbol(QgsFillSymbol.createSimple({"color": fill, "outline_color": outline_color,
                                                    "outline_width": "0.5"}))
        self.layout.addLayoutItem(shape)
        shape.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
        shape.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
        return shape

    def picture_at(self, path, x, y, width, height):
        """An image at (x, y) mm, width × height mm, kept in proportion."""
        from qgis.core import QgsLayoutItemPicture

        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(path)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        self.layout.addLayoutItem(picture)
        picture.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
        picture.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
        return picture

    def table(self, item_id, headers, rows, font_size=7):
        """A text table inside the placeholder rectangle `item_id`; empty cells read "sin dato"."""
        frame_item = self.items.get(item_id)
        if frame_item is None:
            return
        self.table_at(frame_item.positionWithUnits(), frame_item.sizeWithUnits(), headers, rows, font_size)
        self.remove(item_id)

    def table_at(self, position, size, headers, rows, font_size=7, header_color=None):
        """A text table at `position` (QgsLayoutPoint) in a frame of `size` (QgsLayoutSize); `header_color`
        fills its header row (white bold text)."""
        table = QgsLayoutItemTextTable(self.layout)
        contents = [[no_data() if value in (None, "") else str(value) for value in row] for row in rows] \
            or [[no_data()] + [""] * (len(headers) - 1)]
        widths = fitted_widths(headers, contents, font_size, size.width())
        columns = []
        for header, width in zip(headers, widths):
            column = QgsLayoutTableColumn()
            column.setHeading(header)
            column.setWidth(width)  # 0: as wide as its text
            columns.append(column)
        table.setColumns(columns)
        # Every setter of a table measures its whole contents again (~1 ms for a sheet's table): the contents come
        # last, so the table is measured once, with its final type, wrapping and grid.
        if any(widths):
            table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setContentTextFormat(text_format(font_size))
        table.setHeaderTextFormat(text_format(font_size, bold=True, color="white" if header_color else None))
        table.setGridStrokeWidth(0.1)
        table.setGridColor(QColor("#9e9e9e"))
        if header_color:
            style = QgsLayoutTableStyle()
            style.enabled = True
            style.cellBackgroundColor = QColor(header_color)
            table.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, style)
        table.setContents(contents)
        return self._place(table, position, size)

    def paragraph_at(self, x, y, width, height, text, font_size=9):
        """A text at (x, y) mm, wrapped within `width` × `height` mm."""
        from qgis.core import QgsLayoutItemLabel

        label = QgsLayoutItemLabel(self.layout)
        label.setText(text)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(font_size)
        set_label_font(label, font, QColor("black"))
        self.layout.addLayoutItem(label)
        label.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
        label.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
        return label

    def _place(self, table, position, size):
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        frame.attemptMove(position)
        frame.attemptResize(size)
        table.addFrame(frame)
        self.tables.append(table)
        return table


def text_format(font_size, bold=False, color=None):
    """The documents' type (DejaVu Sans) at `font_size` points."""
    text = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(font_size)
    font.setBold(bold)
    text.setFont(font)
    text.setSize(font_size)
    if color:
        text.setColor(QColor(color))
    return text


def table_height(rows, font_size):
    """The height (mm) a table of `rows` rows under its header takes when no cell wraps, on the generous side:
    QGIS draws rows 4,5 mm tall at 7 pt and 5,2 mm at 9 pt (and says a table's height only once it overflows its
    frame)."""
    return (1 + rows) * (2.0 + 0.4 * font_size)


def text_height(text, width, font_size):
    """The height (mm) of a paragraph wrapped within `width` mm, on the generous side (a character about 0,19 mm
    wide and a line 0,5 mm tall per point of type)."""
    return (1 + math.ceil(len(text) * 0.19 * font_size / width)) * 0.5 * font_size


def fitted_widths(headers, contents, font_size, frame_width):
    """Column widths (mm) that keep a table inside its frame: zeros (natural widths) when it fits, else
    widths shared in proportion to each column's longest text, whose cells then wrap between words. A column is
    never narrower than its longest word: QGIS does not break a word, it clips it ("En implementac")."""
    char = 0.62 * font_size * 0.3528  # a generous average character (headers are bold), in mm
    columns = [[str(header)] + [str(row[i]) for row in contents if i < len(row)] for i, header in enumerate(headers)]
    natural = [max(len(text) for text in texts) * char + 3 for texts in columns]
    if sum(natural) <= frame_width:
        return [0.0] * len(headers)
    longest_word = [max(len(word) for text in texts for word in text.split() or [""]) * char + 3
                    for texts in columns]
    widths, wide = list(natural), set(range(len(headers)))
    while wide:  # narrow columns keep their width; the wide ones share what is left, in proportion
        room = frame_width - sum(widths[i] for i in range(len(headers)) if i not in wide)
        total = sum(natural[i] for i in wide)
        share = {i: room * natural[i] / total - 2 for i in wide}  # (cell margins)
        narrow = {i for i in wide if natural[i] <= share[i] + 2 and natural[i] <= room / len(wide)}
        words = {i for i in wide - narrow if share[i] < longest_word[i]}
        if not narrow and not words:
            break
        for i in words:
            widths[i] = longest_word[i]
        wide -= narrow | words
    for i in wide:
        widths[i] = max(8.0, share[i])
    return widths


def coded_layer(kind, name, crs, rows, geometries):
    """A memory layer of `kind` ("Point", "MultiPolygon") with a "codigo" and an "estado" per feature:
    `rows` are (code, state) pairs beside their shapely `geometries`, which a renderer then styles by state."""
    layer = QgsVectorLayer(f"{kind}?crs={crs.authid() or 'EPSG:9377'}", name, "memory")
    layer.dataProvider().addAttributes(list(fields([("codigo", TEXT), ("estado", TEXT)])))
    layer.updateFields()
    features = []
    for (code, state), geometry in zip(rows, geometries):
        feature = QgsFeature(layer.fields())
        qgs = QgsGeometry()
        qgs.fromWkb(shapely.to_wkb(geometry))
        feature.setGeometry(qgs)
        feature.setAttributes([code, state])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def units_layer(name, crs, codes, names, geometries, values=None):
    """A memory layer of units with an optional numeric column "valor"."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid() or 'EPSG:9377'}", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes(list(fields([("codigo", TEXT), ("nombre", TEXT), ("valor", DOUBLE)])))
    layer.updateFields()
    features = []
    for i, (code, label, geometry) in enumerate(zip(codes, names, geometries)):
        feature = QgsFeature(layer.fields())
        qgs = QgsGeometry()
        qgs.fromWkb(shapely.to_wkb(geometry))
        feature.setGeometry(qgs)
        value = None if values is None else values[i]
        feature.setAttributes([code, label, value])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.setCustomProperty(UNITS_PROPERTY, True)  # Page.map labels layers of units
    return layer


def _legend_fonts(legend):
    """Type sizes that let an indicator's name and classes fit the legend's column beside the map."""
    for style, size, bold in ((LEGEND_TITLE, 10, True), (LEGEND_GROUP, 8, True),
                              (LEGEND_SUBGROUP, 8, True), (LEGEND_SYMBOL_LABEL, 8, False)):
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        set_legend_font(legend.rstyle(style), font)


def legend_size(layout, legend):
    """(width, height) in mm QGIS's legend renderer gives the legend's contents, whatever its box. (Its width counts a
    wrapped class label as one line, so only the height is used to fit a legend: titles and labels are wrapped to the
    legend's column beforehand.)"""
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    return size.width(), size.height()


def fit_legend(layout, legend):
    """Keep every class of `legend` inside the box the template gives it (the legend grows to its contents, and
    below it comes the table: the early-childhood accessibility map's 'sin dato' and facilities classes were drawn
    under it). Steps, each only while the contents are taller than the box: tighter symbols, smaller layer titles,
    no 'Leyenda' heading, then two columns."""
    height = legend.sizeWithUnits().height()

    def tighter():
        legend.setSymbolHeight(3.0)
        legend.setSymbolWidth(6.0)

    def smaller_titles():
        for style in (LEGEND_GROUP, LEGEND_SUBGROUP):
            font = QFont("DejaVu Sans")
            font.setPointSizeF(7.5)
            font.setBold(True)
            set_legend_font(legend.rstyle(style), font)

    def no_heading():
        legend.setTitle("")

    def two_columns():
        legend.setColumnCount(2)
        legend.setSplitLayer(True)

    for step in (tighter, smaller_titles, no_heading, two_columns):
        if legend_size(layout, legend)[1] <= height + 0.5:
            break
        step()
        legend.refresh()
    legend.adjustBoxSize()


def _no_data_layer(layer, field="valor"):
    """The units of an indicator `layer` without a value, light grey and hatched, named "sin dato" for the
    legend, and `layer` left with the units that have one (a graduated renderer draws nothing for a missing
    value, a single symbol would paint it like the others); None when every unit has a value."""
    if not layer.customProperty(UNITS_PROPERTY) or layer.fields().indexOf(field) < 0 or layer.featureCount() < 2:
        return None
    missing = layer.materialize(QgsFeatureRequest().setFilterExpression(f'"{field}" IS NULL'))
    if not missing.featureCount():
        return None
    layer.setSubsetString(f'"{field}" IS NOT NULL')
    missing.setName(no_data())
    missing.setRenderer(QgsSingleSymbolRenderer(_no_data_symbol()))
    missing.setCustomProperty(UNITS_PROPERTY, True)  # labelled like the units with a value
    return missing


def color_states(layer, colors=None):
    """Colour a layer styled by project state (resources/styles/evaluacion_proyectos.qml) from the one palette,
    core/report/palette.py, that the minisite reads too: a state looks the same in the PDF and on the site."""
    colors = colors or palette.PROJECT_STATES
    renderer = layer.renderer()
    if not hasattr(renderer, "categories"):
        return layer
    for index, category in enumerate(renderer.categories()):
        if category.value() in colors:
            symbol = category.symbol().clone()
            symbol.setColor(QColor(colors[category.value()]))
            renderer.updateCategorySymbol(index, symbol)
    return layer


def _no_data_symbol():
    """Light grey, hatched: a unit without a value, on every map."""
    symbol = QgsFillSymbol.createSimple({"color": "#eeeeee", "outline_color": "#555555", "outline_width": "0.2"})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.5)
    hatch.setLineWidth(0.15)
    hatch.setColor(QColor("#9e9e9e"))
    symbol.insertSymbolLayer(1, hatch)
    return symbol


def inset_copy(layer):
    """`layer`'s features and colours without its labels and with hairline outlines, for an inset a few
    centimetres wide."""
    copy = layer.materialize(QgsFeatureRequest())
    renderer = layer.renderer().clone()
    for symbol in renderer.symbols(QgsRenderContext()):
        for symbol_layer in symbol.symbolLayers():
            if hasattr(symbol_layer, "setStrokeWidth"):
                symbol_layer.setStrokeWidth(0.05)
    copy.setRenderer(renderer)
    copy.setLabelsEnabled(False)
    return copy


def indicator_classes(values, polarity):
    """The classes of an indicator map, as the PDF's legend and the minisite's map share them: round limits
    (QGIS's pretty breaks, at most 5 classes, none repeated when values tie), colours from the palette,
    labels in Spanish numbers. [{desde, hasta, color, etiqueta}]; one grey or blue class for fewer than
    two distinct values (desde and hasta None)."""
    present = [float(v) for v in values if v is not None and v == v]
    if len(set(present)) < 2:
        return [{"desde": None, "hasta": None, "color": "#d9d9d9" if not present else "#74add1", "etiqueta": ""}]
    method = QgsClassificationPrettyBreaks()
    # Pretty breaks round the limits and may give more classes than asked (0–336 in 5 gave 7 of 50): ask for fewer
    # until there are at most MAX_CLASSES, else the legend outgrows its frame beside the map.
    for wanted in range(min(MAX_CLASSES, len(set(present))), 0, -1):
        ranges = method.classes(present, wanted)
        if len(ranges) <= MAX_CLASSES:
            break
    colors = palette.class_colors(len(ranges), polarity)
    return [{"desde": r.lowerBound(), "hasta": r.upperBound(), "color": color,
             "etiqueta": class_label(r.lowerBound(), r.upperBound())} for r, color in zip(ranges, colors)]


def wrapped(text, width=LEGEND_CHARACTERS):
    """A legend text in lines that fit the legend's column beside the map."""
    return "\n".join(textwrap.fill(line, width) for line in str(text).split("\n"))


def light_expression(field, baseline, target, polarity):
    """A QGIS expression giving a unit's traffic light from its value: core.indicators.assessment's rule."""
    more = polarity != "negativa"
    quoted = '"' + field.replace('"', '""') + '"'
    meets, better = (">=", ">") if more else ("<=", "<")
    parts = [f"WHEN {quoted} IS NULL THEN 'gris'", f"WHEN {quoted} {meets} {float(target)!r} THEN 'verde'"]
    if baseline is not None:
        parts.append(f"WHEN {quoted} {better} {float(baseline)!r} THEN 'amarillo'")
    return "CASE " + " ".join(parts) + " ELSE 'rojo' END"


def classify_by_light(layer, classes, field, baseline, target, polarity, missing=False):
    """Draw `layer` by traffic light (classes of core.report.legend.light_classes); `missing` adds the hatched
    'sin dato' class for units without a value (the PDF draws those on a layer of their own)."""
    categories = []
    for item in classes:
        fill = QgsFillSymbol.createSimple({"color": item["color"], "outline_color": "#555555", "outline_width": "0.2"})
        categories.append(QgsRendererCategory(item["semaforo"], fill, wrapped(item["etiqueta"],
                                                                              LEGEND_LABEL_CHARACTERS)))
    if missing:
        categories.append(QgsRendererCategory("gris", _no_data_symbol(), no_data()))
    layer.setRenderer(QgsCategorizedSymbolRenderer(light_expression(field, baseline, target, polarity), categories))


def graduate(layer, classes, field="valor"):
    """Draw `layer` by the classes of indicator_classes (one symbol when there is a single class)."""
    def symbol(color):
        fill = QgsSymbol.defaultSymbol(layer.geometryType())
        fill.setColor(QColor(color))
        return fill

    if classes[0]["desde"] is None:
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": classes[0]["color"], "outline_color": "#555555", "outline_width": "0.2"})))
        return
    ranges = [QgsRendererRange(c["desde"], c["hasta"], symbol(c["color"]), c["etiqueta"]) for c in classes]
    layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))


def outline(layer, color="#333333", width=0.3, fill="0,0,0,0"):
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": fill, "outline_color": color, "outline_width": str(width)})))
    return layer


def fitted(extent, width, height):
    """The extent grown to the item's aspect ratio around the same centre, so setExtent keeps the frame.

    (zoomToExtent takes the ratio from the map's current extent, which a map fresh from a template lacks.)
    """
    rectangle = QgsRectangle(extent)
    ratio = height / width if width else 1.0
    if rectangle.height() / max(rectangle.width(), 1e-9) > ratio:
        grown = rectangle.height() / ratio
        rectangle.setXMinimum(extent.center().x() - grown / 2)
        rectangle.setXMaximum(extent.center().x() + grown / 2)
    else:
        grown = rectangle.width() * ratio
        rectangle.setYMinimum(extent.center().y() - grown / 2)
        rectangle.setYMaximum(extent.center().y() + grown / 2)
    return rectangle


def _fitted_box(extent, width, height):
    """The largest box (mm) of `extent`'s shape inside width × height: an inset wastes no paper on margins."""
    shape = extent.height() / max(extent.width(), 1e-9)
    return (width, width * shape) if width * shape <= height else (height / shape, height)


INSET_GAP = 1.5  # mm between an inset and the main map's edge


def _free_corner(main, width, height, geometries):
    """Top-left (x, y) in mm of a width × height inset in the corner of map item `main` that covers the least
    of `geometries` (the units drawn): top left, top right or bottom left (the north arrow keeps bottom right)."""
    position, size, extent = main.positionWithUnits(), main.sizeWithUnits(), main.extent()
    per_mm = extent.width() / size.width()
    corners = [(INSET_GAP, INSET_GAP), (size.width() - width - INSET_GAP, INSET_GAP),
               (INSET_GAP, size.height() - height - INSET_GAP)]
    drawn = shapely.union_all([g for g in geometries if g is not None]) if len(geometries) else None

    def covered(corner):
        left, top = corner
        box = shapely.box(extent.xMinimum() + left * per_mm, extent.yMaximum() - (top + height) * per_mm,
                          extent.xMinimum() + (left + width) * per_mm, extent.yMaximum() - top * per_mm)
        if drawn is None:
            return 0.0
        with numpy.errstate(invalid="ignore"):  # GEOS's NaN for a corner that touches nothing is no news to a user
            return shapely.area(shapely.intersection(box, drawn))

    left, top = min(corners, key=covered)  # ties: the first, top left
    return position.x() + left, position.y() + top


def padded(extent, fraction=0.05):
    rectangle = QgsRectangle(extent)
    rectangle.grow(max(rectangle.width(), rectangle.height()) * fraction)
    return rectangle


def write_pdf(pages, path, cancelled=lambda: False, progress=None):
    """Render every page into one PDF at `path`; returns False if cancelled (nothing kept)."""
    writer = QPdfWriter(path)
    writer.setResolution(200)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle("Expediente Municipal del POT")
    painter = QPainter(writer)
    try:
        for number, page in enumerate(pages):
            if cancelled():
                return False
            if number:
                writer.newPage()
            QgsLayoutExporter(page.layout).renderPage(painter, 0)
            if progress:
                progress((number + 1) / len(pages))
    finally:
        painter.end()
    return True


def add_template_layouts(project, layers, extent):
    """The templates as layouts of the project, showing its expediente layers, for a cartographer to adjust."""
    added = []
    manager = project.layoutManager()
    for template in ("portada", "hoja", "tabla"):
        name = f"Expediente POT — {template}"
        existing = manager.layoutByName(name)
        if existing is not None:
            manager.removeLayout(existing)
        page = Page(template, layers[0].crs() if layers else QgsCoordinateReferenceSystem("EPSG:9377"), editable=True)
        page.layout.setName(name)
        if layers and "mapa" in page.items:
            page.map(layers, padded(extent), legend=True)
        page.layout.undoStack().blockCommands(False)  # the cartographer's changes can be undone
        manager.addLayout(page.layout)
        added.append(page.layout)
    return added
