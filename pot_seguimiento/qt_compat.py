"""The Qt and QGIS names that are spelled differently on QGIS 3.22–3.44 (Qt 5) and QGIS 4 (Qt 6).

Everything else the plugin uses exists under one spelling on both (fully scoped enums such as
Qt.AlignmentFlag.AlignLeft work on PyQt5 5.15 too); tests/test_qt6_names.py keeps it that way. A name
lands here only when no single spelling is right on both:

- QAction moved from QtWidgets to QtGui in Qt 6.
- QGIS moved many class enums into the Qgis namespace (3.26 to 3.42) and renamed some members
  (QgsProcessing.TypeVector became Qgis.ProcessingSourceType.Vector). QGIS 4 still accepts the old
  spellings, but only as monkey-patched aliases (`is_monkey_patched` in its auto_additions); QGIS 3.22
  knows only the old ones. So the plugin uses the Qgis.* names from the release that introduced them
  and the old (fully scoped) names before.

The QGIS-3-only spellings sit in the `except ImportError` branch and in the `else` of the
QGIS_VERSION_INT tests, which tests/test_qt6_names.py does not hold against QGIS 4; everything else
here is checked against PyQt6 and against QGIS 4's declared Python API (tests/data/qgis4_names.txt).
"""
from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsLegendStyle, QgsPalLayerSettings,
                       QgsProcessing, QgsProcessingAlgorithm, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber, QgsScaleBarSettings, QgsTextFormat, QgsUnitTypes, QgsWkbTypes)

try:
    from qgis.PyQt.QtGui import QAction  # Qt 6 moved QAction from QtWidgets to QtGui
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # Qt 5 (QGIS 3)

if Qgis.QGIS_VERSION_INT >= 32600:  # QGIS 3.26 moved the label placements into Qgis
    LABEL_OVER_POINT = Qgis.LabelPlacement.OverPoint
    LABEL_HORIZONTAL = Qgis.LabelPlacement.Horizontal
else:
    LABEL_OVER_POINT = QgsPalLayerSettings.Placement.OverPoint
    LABEL_HORIZONTAL = QgsPalLayerSettings.Placement.Horizontal

if Qgis.QGIS_VERSION_INT >= 33000:  # QGIS 3.30 moved the geometry and unit enums into Qgis
    WKB_UNKNOWN = Qgis.WkbType.Unknown
    WKB_NO_GEOMETRY = Qgis.WkbType.NoGeometry
    WKB_MULTIPOLYGON = Qgis.WkbType.MultiPolygon
    GEOMETRY_NULL = Qgis.GeometryType.Null
    DISTANCE_METERS = Qgis.DistanceUnit.Meters
    DISTANCE_KILOMETERS = Qgis.DistanceUnit.Kilometers
    LAYOUT_MILLIMETERS = Qgis.LayoutUnit.Millimeters
else:
    WKB_UNKNOWN = QgsWkbTypes.Type.Unknown
    WKB_NO_GEOMETRY = QgsWkbTypes.Type.NoGeometry
    WKB_MULTIPOLYGON = QgsWkbTypes.Type.MultiPolygon
    GEOMETRY_NULL = QgsWkbTypes.GeometryType.NullGeometry
    DISTANCE_METERS = QgsUnitTypes.DistanceUnit.DistanceMeters
    DISTANCE_KILOMETERS = QgsUnitTypes.DistanceUnit.DistanceKilometers
    LAYOUT_MILLIMETERS = QgsUnitTypes.LayoutUnit.LayoutMillimeters

if Qgis.QGIS_VERSION_INT >= 33600:  # QGIS 3.36 moved the Processing, request and WKT enums into Qgis
    SOURCE_VECTOR = Qgis.ProcessingSourceType.Vector  # a table: a layer with or without geometry
    SOURCE_VECTOR_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    SOURCE_FILE = Qgis.ProcessingSourceType.File
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    FILE_FILE = Qgis.ProcessingFileParameterBehavior.File
    FILE_FOLDER = Qgis.ProcessingFileParameterBehavior.Folder
    ALGORITHM_NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
    REQUEST_NO_GEOMETRY = Qgis.FeatureRequestFlag.NoGeometry
    WKT_PREFERRED_GDAL = Qgis.CrsWktVariant.PreferredGdal
else:
    SOURCE_VECTOR = QgsProcessing.SourceType.TypeVector
    SOURCE_VECTOR_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    SOURCE_FILE = QgsProcessing.SourceType.TypeFile
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double
    FILE_FILE = QgsProcessingParameterFile.Behavior.File
    FILE_FOLDER = QgsProcessingParameterFile.Behavior.Folder
    ALGORITHM_NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading
    REQUEST_NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry
    WKT_PREFERRED_GDAL = QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL

if Qgis.QGIS_VERSION_INT >= 34000:  # QGIS 3.40 moved the scale bar enums into Qgis
    SCALEBAR_SEGMENT_FIXED = Qgis.ScaleBarSegmentSizeMode.Fixed
else:
    SCALEBAR_SEGMENT_FIXED = QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed

if Qgis.QGIS_VERSION_INT >= 34200:  # QGIS 3.42 moved the legend components into Qgis
    LEGEND_TITLE = Qgis.LegendComponent.Title
    LEGEND_GROUP = Qgis.LegendComponent.Group
    LEGEND_SUBGROUP = Qgis.LegendComponent.Subgroup
    LEGEND_SYMBOL_LABEL = Qgis.LegendComponent.SymbolLabel
else:
    LEGEND_TITLE = QgsLegendStyle.Style.Title
    LEGEND_GROUP = QgsLegendStyle.Style.Group
    LEGEND_SUBGROUP = QgsLegendStyle.Style.Subgroup
    LEGEND_SYMBOL_LABEL = QgsLegendStyle.Style.SymbolLabel


def set_legend_font(style, font):
    """Give a legend component (legend.rstyle(LEGEND_TITLE)…) `font`, bold and point size included.

    QGIS 3.30 gave QgsLegendStyle a text format and 3.40 deprecated setFont (a DeprecationWarning, an
    error in our tests); 3.22 has only setFont.
    """
    if Qgis.QGIS_VERSION_INT >= 33000:
        style.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        style.setFont(font)


def set_label_font(label, font, color):
    """Give a layout label (QgsLayoutItemLabel) `font` in `color`.

    Labels gained a text format and setFont and setFontColor are deprecated (DeprecationWarnings on 3.40, looked
    up in its qgis/_core.pyi); 3.22 has only those. As set_legend_font, the text format from 3.30 on.
    """
    if Qgis.QGIS_VERSION_INT >= 33000:
        text = QgsTextFormat.fromQFont(font)
        text.setColor(color)
        label.setTextFormat(text)
    else:
        label.setFont(font)
        label.setFontColor(color)


__all__ = ["QAction", "WKB_UNKNOWN", "WKB_NO_GEOMETRY", "WKB_MULTIPOLYGON", "GEOMETRY_NULL", "DISTANCE_METERS",
           "DISTANCE_KILOMETERS", "SCALEBAR_SEGMENT_FIXED",
           "LABEL_OVER_POINT", "LABEL_HORIZONTAL", "LAYOUT_MILLIMETERS", "LEGEND_TITLE", "LEGEND_GROUP",
           "LEGEND_SUBGROUP", "LEGEND_SYMBOL_LABEL",
           "SOURCE_VECTOR", "SOURCE_VECTOR_POLYGON", "SOURCE_FILE", "NUMBER_INTEGER", "NUMBER_DOUBLE", "FILE_FILE",
           "FILE_FOLDER", "ALGORITHM_NO_THREADING", "REQUEST_NO_GEOMETRY", "WKT_PREFERRED_GDAL"]
