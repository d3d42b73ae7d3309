"""Labels of territorial units on the expediente's maps.

QGIS's labelling engine (PAL) never prints two labels over each other; what we choose is what it tries
first and what it may drop. A few units (localidades, comunas) carry their names; many (Bogotá's 112
UPZ) carry their official codes, which fit inside small polygons, and the sheet's table says which name
goes with each code. Larger units are placed first (priority by area), so when the map is crowded it is
the smallest units that go unlabelled, never the ones a reader looks for first.
"""
from qgis.core import (QgsPalLayerSettings, QgsProperty, QgsTextBufferSettings, QgsTextFormat,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QColor, QFont

from ..qt_compat import LABEL_HORIZONTAL, LABEL_OVER_POINT

NAMES_UP_TO = 30  # more units than this in the frame: codes
NAME_SIZE, CODE_SIZE, CONTEXT_SIZE = 6.5, 5.5, 6.0
FONT_FAMILY = "DejaVu Sans"


def _format(size, color="#1a1a1a", italic=False, halo=0.6):
    text = QgsTextFormat()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setItalic(italic)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo)  # a white halo keeps the text readable over any class colour or outline
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    return text


def uses_codes(count):
    return count > NAMES_UP_TO


def label_units(layer, count=None):
    """Label a layer of units (fields codigo, nombre): names for a few, codes for many; `count` is how many
    units the map frames (all of the layer's if None)."""
    count = layer.featureCount() if count is None else count
    settings = QgsPalLayerSettings()
    settings.enabled = True
    if uses_codes(count):
        settings.fieldName = "codigo"
        settings.setFormat(_format(CODE_SIZE))
        # Centred on a point inside the unit (not its centroid, which may fall in a neighbour): a code may
        # spill over an edge of a small unit, but its centre always lies in the unit it names.
        settings.placement = LABEL_OVER_POINT
        settings.centroidInside = True
        settings.centroidWhole = True
    else:
        settings.fieldName = "nombre"
        settings.setFormat(_format(NAME_SIZE))
        settings.autoWrapLength = 14  # "RAFAEL URIBE URIBE" on two lines, not across three neighbours
        settings.placement = LABEL_HORIZONTAL  # inside the unit, where there is room
    _by_area(settings)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def label_context(layer):
    """Grey italic names of the neighbours around an atlas unit: where the reader is."""
    settings = QgsPalLayerSettings()
    settings.enabled = True
    settings.fieldName = "nombre"
    settings.setFormat(_format(CONTEXT_SIZE, "#616161", italic=True))
    settings.autoWrapLength = 16
    settings.placement = LABEL_HORIZONTAL  # anywhere inside the part on the map
    _by_area(settings)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def _by_area(settings):
    """Priority 1–10 by area: the big units keep their labels when not all fit."""
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.Property.Priority, QgsProperty.fromExpression(
        "1 + 9 * sqrt($area) / sqrt(maximum($area))"))
    settings.setDataDefinedProperties(properties)


def label_codes(layer):
    """A few features (nodes of equipamientos) labelled with their codes, which the page's table names."""
    settings = QgsPalLayerSettings()
    settings.enabled = True
    settings.fieldName = "codigo"
    settings.setFormat(_format(NAME_SIZE, "#2d1a4f", halo=0.8))
    settings.placement = LABEL_OVER_POINT
    settings.centroidInside = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer
