"""Scale bars a reader can read: two segments of a round length, in km once a segment reaches 1 km.

QGIS's default size for a linked map (applyDefaultSize) picks segments in the map's units with a
thousands separator, so a city-wide map printed "0 10.00020.000 m": labels wider than their segments
ran into each other. A cartographer draws a short bar of round steps (1, 2, 2.5 or 5 × 10ⁿ) and writes
"0 5 10 km".
"""
import math

from qgis.core import QgsBasicNumericFormat, QgsNumericFormatContext, QgsTextFormat, QgsUnitTypes
from qgis.PyQt.QtGui import QColor, QFont

from ..qt_compat import DISTANCE_KILOMETERS, DISTANCE_METERS, SCALEBAR_SEGMENT_FIXED

SEGMENTS = 2
ROUND_STEPS = (1, 2, 2.5, 5)
BAR_SHARE = 0.22  # of the map's width: long enough to measure with, short enough to stay out of the way
FONT_SIZE = 7.5
FONT_FAMILY = "DejaVu Sans"


def round_segment(target_m):
    """The largest round length (1, 2, 2.5 or 5 × 10ⁿ metres) not above `target_m`, at least 1 m."""
    if target_m <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(target_m))
    return max(step * power for step in ROUND_STEPS if step * power <= target_m)


def segment_plan(map_width_m):
    """(segment length in metres, unit label, metres per label unit) for a map `map_width_m` wide."""
    segment = round_segment(map_width_m * BAR_SHARE / SEGMENTS)
    if segment >= 1000:
        return segment, "km", 1000.0
    return segment, "m", 1.0


def map_width_metres(map_item):
    extent = map_item.extent()
    crs = map_item.crs()
    factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), DISTANCE_METERS) \
        if crs.isValid() else 1.0
    return extent.width() * factor


def fit_scale_bar(scale, map_item):
    """Link `scale` to `map_item` and give it round segments for the map's current extent."""
    scale.setLinkedMap(map_item)
    segment, label, per_unit = segment_plan(map_width_metres(map_item))
    km = label == "km"
    # Each of these setters measures the bar again against its map (~1.5 ms): one the template's bar already has is
    # skipped, and the text format, set last, measures it once with every setting final.
    for current, setter, value in (
            (scale.units, scale.setUnits, DISTANCE_KILOMETERS if km else DISTANCE_METERS),
            # QGIS's "label unit multiplier": the bar's units are already km or m
            (scale.mapUnitsPerScaleBarUnit, scale.setMapUnitsPerScaleBarUnit, 1.0),
            (scale.unitLabel, scale.setUnitLabel, label),
            (scale.segmentSizeMode, scale.setSegmentSizeMode, SCALEBAR_SEGMENT_FIXED),
            (scale.numberOfSegmentsLeft, scale.setNumberOfSegmentsLeft, 0),
            (scale.numberOfSegments, scale.setNumberOfSegments, SEGMENTS),
            (scale.unitsPerSegment, scale.setUnitsPerSegment, segment / per_unit),
            (scale.height, scale.setHeight, 2.0),
            (scale.labelBarSpace, scale.setLabelBarSpace, 1.5)):
        if current() != value:
            setter(value)
    numbers = QgsBasicNumericFormat()
    numbers.setShowThousandsSeparator(False)  # never "10.000": past 1 km the bar speaks km
    numbers.setNumberDecimalPlaces(1)  # "2,5 km"; whole numbers print without decimals
    numbers.setShowTrailingZeros(False)
    numbers.setDecimalSeparator(",")  # the document's Spanish, not the locale QGIS runs in ("2.5 km" under LANG=C)
    scale.setNumericFormat(numbers)
    text = QgsTextFormat()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FONT_SIZE)
    text.setFont(font)
    text.setSize(FONT_SIZE)
    text.setColor(QColor("#222222"))
    scale.setTextFormat(text)
    scale.update()
    return scale


def segment_millimetres(scale, map_item):
    """How long one segment is on paper."""
    km = scale.units() == DISTANCE_KILOMETERS
    metres = scale.unitsPerSegment() * (1000.0 if km else 1.0)
    width = map_width_metres(map_item)
    return metres / width * map_item.rect().width() if width else 0.0


def label_texts(scale):
    """The labels the bar prints under its segment boundaries, the last one with the unit."""
    numbers = scale.numericFormat()
    context = QgsNumericFormatContext()
    texts = [numbers.formatDouble(i * scale.unitsPerSegment(), context) for i in range(scale.numberOfSegments() + 1)]
    texts[-1] = f"{texts[-1]} {scale.unitLabel()}"
    return texts
