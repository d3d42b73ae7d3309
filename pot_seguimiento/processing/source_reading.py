"""Read a QGIS feature source into plain columns for the core.

QGIS does what it is best at here: it opens any format, reprojects in its
feature iterator (C++), and evaluates the mapping's QGIS expressions. The
result is plain Python values and WKB, which the core validates in bulk.
"""
import datetime

import numpy as np
import shapely
from qgis.core import (QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ..core import user_json
from ..core.errors import InputError
from ..core.geometry import from_wkb
from ..core.importing import Problem
from ..i18n import tr
from ..qt_compat import REQUEST_NO_GEOMETRY


def parse_mapping(text):
    """'{"campo": "expresión"}' or lines 'campo=expresión' -> dict."""
    text = (text or "").strip()
    if not text:
        return {}
    if text.startswith("{"):
        mapping = user_json.loads(text, tr(
            "The field mapping is not valid JSON: {problem} at line {line}, column {column}."))
        if not isinstance(mapping, dict):
            raise InputError(tr("The field mapping must be an object {\"field\": \"expression\"}."))
        return {str(k).strip(): str(v) for k, v in mapping.items()}
    mapping = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        target, sep, expression = line.partition("=")
        if not sep:
            raise InputError(tr("Mapping line '{line}' must look like field=expression.").format(line=line))
        mapping[target.strip()] = expression.strip()
    return mapping


def plain_value(value):
    """QVariant-ish values from QGIS -> plain Python (NULL -> None)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        moment = value.toPyDateTime()  # naive: its zone, when it has one, is put back (a naive one is Colombia's)
        if value.timeSpec() in (Qt.TimeSpec.UTC, Qt.TimeSpec.OffsetFromUTC):
            moment = moment.replace(tzinfo=datetime.timezone(datetime.timedelta(seconds=value.offsetFromUtc())))
        return moment
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss")
    return value


def _expressions(mapping, source, context):
    expression_context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    expression_context.appendScope(QgsExpressionContextUtils.processingAlgorithmScope(None, {}, context))
    scope = expression_context.lastScope()
    scope.setFields(source.fields())
    expression_context.setFields(source.fields())
    expressions = {}
    for target, text in mapping.items():
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise InputError(tr("The expression for field '{field}' is not valid: {error}").format(
                field=target, error=expression.parserErrorString()))
        missing = [name for name in expression.referencedColumns()
                   if name != QgsFeatureRequest.ALL_ATTRIBUTES and source.fields().lookupField(name) < 0]
        if missing:
            raise InputError(tr("The expression for field '{field}' uses fields the layer does not have: "
                                "{missing}. Layer fields: {fields}.").format(
                field=target, missing=", ".join(missing), fields=", ".join(source.fields().names())))
        expression.prepare(expression_context)
        expressions[target] = expression
    return expressions, expression_context


def read_source(source, mapping, destination_crs, context, feedback, with_geometry, selection=None):
    """Return (columns, geometries, feature_ids, problems, unreadable) for every feature (those `selection`,
    a QGIS expression, chooses when given: a preset's filter).

    `problems` holds expression errors per feature and field; `unreadable` {position: reason} the
    geometries GEOS cannot build (None in `geometries`), such as a ring that ends on a NaN coordinate.
    """
    if with_geometry and not source.sourceCrs().isValid():
        raise InputError(tr("The layer '{layer}' has no coordinate reference system (CRS): assign the "
                            "right one in the layer's properties before importing.").format(
            layer=source.sourceName()))
    expressions, expression_context = _expressions(mapping, source, context)
    request = QgsFeatureRequest()
    if selection:
        request.setFilterExpression(selection)
        request.setExpressionContext(expression_context)
    if with_geometry:
        request.setDestinationCrs(destination_crs, context.transformContext())
    else:
        request.setFlags(REQUEST_NO_GEOMETRY)
    total = source.featureCount() or 0
    columns = {target: [] for target in expressions}
    wkb, feature_ids, problems = [], [], []
    for position, feature in enumerate(source.getFeatures(request)):
        if feedback.isCanceled():
            break
        expression_context.setFeature(feature)
        feature_id = str(feature.id())
        feature_ids.append(feature_id)
        for target, expression in expressions.items():
            value = plain_value(expression.evaluate(expression_context))
            if expression.hasEvalError():
                problems.append(Problem(feature_id, target, tr("the expression failed: {error}").format(
                    error=expression.evalErrorString())))
                value = None
            columns[target].append(value)
        if with_geometry:
            wkb.append(_wkb(feature.geometry()))
        if total and position % 5000 == 0:
            feedback.setProgress(50 * position / total)
    geometries, unreadable = None, {}
    if with_geometry:
        geometries, unreadable = from_wkb(np.array(wkb, dtype=object))
        geometries = shapely.force_2d(geometries)
    return columns, geometries, feature_ids, problems, unreadable


def _wkb(geometry):
    if geometry is None or geometry.isNull():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = geometry.__class__(geometry.constGet().segmentize())
    return bytes(geometry.asWkb())
