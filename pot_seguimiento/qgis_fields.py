"""QgsField across QGIS versions.

QGIS 3.38 deprecated QgsField's QVariant types in favour of QMetaType types (QGIS 4 / Qt6 keeps
only those); 3.22 knows only QVariant types. Every field the plugin makes goes through here.
"""
from qgis.core import Qgis, QgsField, QgsFields

TEXT, DOUBLE, INTEGER = "text", "double", "integer"

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType
    _TYPES = {TEXT: QMetaType.Type.QString, DOUBLE: QMetaType.Type.Double, INTEGER: QMetaType.Type.Int}
else:
    from qgis.PyQt.QtCore import QVariant
    _TYPES = {TEXT: QVariant.String, DOUBLE: QVariant.Double, INTEGER: QVariant.Int}  # noqa: QGS402 (QGIS < 3.38)


def field(name, kind=TEXT, type_name="", length=0, precision=0):
    return QgsField(name, _TYPES[kind], type_name, length, precision)


def fields(specs):
    """[(name, kind)] -> QgsFields."""
    result = QgsFields()
    for name, kind in specs:
        result.append(field(name, kind))
    return result
