"""Evaluate one part of a user-defined indicator on a store layer with QGIS expressions."""
import numpy as np
import shapely
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest

from ..core import schema
from ..core.errors import PotError
from ..core.indicators.custom import Part
from ..i18n import tr
from .source_reading import plain_value
from .store_layers import store_layer


def _expression(text, code, layer):
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise PotError(tr("The expression '{expression}' of indicator '{code}' is not valid: {error}").format(
            expression=text, code=code, error=expression.parserErrorString()))
    return expression


def evaluate_part(store_path, code, spec, engine):
    table = schema.table(spec["capa"])
    layer = store_layer(store_path, table.name)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression = _expression(spec.get("expresion") or "1", code, layer)
    expression.prepare(context)
    request = QgsFeatureRequest()
    if spec.get("filtro"):
        _expression(spec["filtro"], code, layer)
        request.setFilterExpression(spec["filtro"])
    values, shapes, places = [], [], []
    for feature in layer.getFeatures(request):
        context.setFeature(feature)
        value = plain_value(expression.evaluate(context))
        try:
            values.append(float(value) if value is not None else np.nan)
        except (TypeError, ValueError):
            raise PotError(tr("The expression of indicator '{code}' gives '{value}' for feature {feature} of "
                              "'{table}', which is not a number.").format(
                code=code, value=value, feature=feature.id(), table=table.name)) from None
        if table.geometry:
            shapes.append(bytes(feature.geometry().asWkb()) if feature.hasGeometry() else None)
        else:
            places.append(feature["ambito"] if "ambito" in table.field_names else None)
    values = np.array(values, dtype=float)
    if table.geometry:
        geometries = shapely.from_wkb(np.array(shapes, dtype=object))
        keep = ~shapely.is_missing(geometries)
    elif "ambito" in table.field_names:  # located by block or unit code (poblacion): Engine.place_rows
        return Part(values, None, spec.get("agregado", "sum"), np.array(places, dtype=object))
    else:
        raise PotError(tr("The layer '{table}' of indicator '{code}' has no geometry and no 'ambito' to locate "
                          "it.").format(table=table.name, code=code))
    return Part(values[keep], geometries[keep], spec.get("agregado", "sum"))
