"""The QGIS project of a field package, made for QField on a phone, offline.

Layers come from the package's one GeoPackage by relative path; the form of what the phone records (a visit
of an alert, an inspection of a heritage asset: kinds.py) is built from the schema (value maps in Spanish,
check boxes, mandatory fields) plus what QField fills by itself: uuid(), now(), the inspector, the GPS accuracy
(@position_horizontal_accuracy), the nearest target, and photos stored under DCIM/ relative to the project
(QField's convention).
"""
import json
import os

from qgis.core import (QgsDefaultValue, QgsEditorWidgetSetup, QgsFieldConstraints, QgsProject, QgsRectangle,
                       QgsReferencedRectangle)

from ..core import schema
from ..gui.expediente_layers import STYLES, load_layer
from ..i18n import tr
from . import PHOTO_FIELDS, PHOTO_FOLDER
from .kinds import OCUPACION

# The targets' style on the phone, by kind (else the expediente's own style of the table, if any).
TARGET_STYLES = {"ocupacion": os.path.join(STYLES, "alerta_prioridad.qml")}


def layer_order(kind):
    """The tables of a package, top of the legend first."""
    return (kind.record_table, kind.target_table) + kind.context_tables


def _expression_text(text):
    return "'" + str(text).replace("'", "''") + "'"


def _configure_records(layer, targets, inspector, package_id, kind):
    fields = layer.fields()
    table = schema.table(kind.record_table)

    def default(name, expression):
        layer.setDefaultValueDefinition(fields.indexOf(name), QgsDefaultValue(expression, False))

    default("uuid", "uuid()")
    default("fecha_hora", "now()")
    default("inspector", _expression_text(inspector))
    default("paquete", _expression_text(package_id))
    default("version", "1")
    default("precision_gps_m", "round(@position_horizontal_accuracy, 1)")
    default(kind.target_field, f"array_first(overlay_nearest({_expression_text(targets.id())}, \"codigo\"))")
    value = "codigo" if kind.redrawable else "nombre"  # an alert is known by its code, an asset by its name
    layer.setEditorWidgetSetup(fields.indexOf(kind.target_field), QgsEditorWidgetSetup("ValueRelation", {
        "Layer": targets.id(), "LayerName": targets.name(), "Key": "codigo", "Value": value, "AllowNull": False,
        "OrderByValue": True, "AllowMulti": False}))
    for field in table.fields:  # a check box is never empty: unticked is false
        if field.type == schema.BOOLEAN and fields.indexOf(field.name) >= 0:
            default(field.name, "false")
    for name in kind.hidden_fields:
        layer.setEditorWidgetSetup(fields.indexOf(name), QgsEditorWidgetSetup("Hidden", {}))
    layer.setEditorWidgetSetup(fields.indexOf("uuid"), QgsEditorWidgetSetup("TextEdit", {}))
    form = layer.editFormConfig()
    form.setReadOnly(fields.indexOf("uuid"), True)
    layer.setEditFormConfig(form)
    naming = {}
    for number, name in enumerate(PHOTO_FIELDS, start=1):
        layer.setEditorWidgetSetup(fields.indexOf(name), QgsEditorWidgetSetup("ExternalResource", {
            "DocumentViewer": 1, "DocumentViewerHeight": 0, "DocumentViewerWidth": 0, "FileWidget": True,
            "FileWidgetButton": True, "RelativeStorage": 1, "StorageMode": 0, "UseLink": False, "FullUrl": False}))
        naming[name] = (f"'{PHOTO_FOLDER}/{kind.photo_prefix}_' || format_date(now(), 'yyyyMMdd_hhmmss') || '_' || "
                        f"substr(regexp_replace(\"uuid\", '[{{}}-]', ''), 1, 8) || '_{number}.jpg'")
    layer.setCustomProperty("QFieldSync/attachment_naming", json.dumps(naming))
    layer.setCustomProperty("QFieldSync/photo_naming", json.dumps(naming))
    # Mandatory on the phone beyond the schema's own; photos and GPS precision are not forced
    # (a phone may lack a camera or a fix).
    for name in kind.phone_mandatory:
        layer.setFieldConstraint(fields.indexOf(name), QgsFieldConstraints.Constraint.ConstraintNotNull,
                                 QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)


def _configure_targets(layer, kind):
    """What to visit: styled (alerts by priority) and labelled; read-only but for an alert's outline."""
    style = TARGET_STYLES.get(kind.name)
    if style and os.path.exists(style):
        layer.loadNamedStyle(style, categories=layer.Symbology | layer.Labeling)
    if not kind.redrawable:
        layer.setReadOnly(True)
    form = layer.editFormConfig()
    for index in range(layer.fields().count()):
        form.setReadOnly(index, True)
    layer.setEditFormConfig(form)


def write_qfield_project(folder, gpkg_name, title, inspector, package_id, crs, extent, kind=OCUPACION):
    """Write <folder>/<title>.qgs for the GeoPackage `gpkg_name` inside `folder`; returns its path."""
    gpkg = os.path.join(folder, gpkg_name)
    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(title)
    project.writeEntryBool("Paths", "/Absolute", False)
    layers = {}
    for name in layer_order(kind):
        layer = load_layer(gpkg, schema.table(name))
        if layer is None or (name in kind.context_tables and layer.featureCount() == 0):
            continue
        if name in kind.context_tables:
            layer.setReadOnly(True)
        project.addMapLayer(layer, False)
        project.layerTreeRoot().addLayer(layer)
        layers[name] = layer
    _configure_targets(layers[kind.target_table], kind)
    _configure_records(layers[kind.record_table], layers[kind.target_table], inspector, package_id, kind)
    for heavy in kind.heavy_tables:
        node = project.layerTreeRoot().findLayer(layers[heavy].id()) if heavy in layers else None
        if node:
            node.setItemVisibilityChecked(False)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(QgsRectangle(*extent), crs))
    os.makedirs(os.path.join(folder, PHOTO_FOLDER), exist_ok=True)
    path = os.path.join(folder, f"{title}.qgs")
    if not project.write(path):
        from ..core.errors import PotError
        raise PotError(tr("The field project could not be written: {error}").format(error=project.error()))
    project.clear()
    return path
