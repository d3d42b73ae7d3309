"""The QGIS project of a field package, made for QField on a phone, offline.

Layers come from the package's one GeoPackage by relative path; the visit form is built from the
schema (value maps in Spanish, mandatory fields) plus what QField fills by itself: uuid(), now(),
the inspector, the GPS accuracy (@position_horizontal_accuracy), the nearest alert, and photos
stored under DCIM/ relative to the project (QField's convention).
"""
import json
import os

from qgis.core import (QgsDefaultValue, QgsEditorWidgetSetup, QgsFieldConstraints, QgsProject, QgsRectangle,
                       QgsReferencedRectangle)

from ..core import schema
from ..gui.expediente_layers import STYLES, load_layer
from ..i18n import tr
from . import CONTEXT_TABLES, PHOTO_FIELDS, PHOTO_FOLDER

ALERT_STYLE = os.path.join(STYLES, "alerta_prioridad.qml")
# The layer names the inspector sees, top of the legend first.
LAYER_ORDER = ("visita", "alerta_ocupacion") + CONTEXT_TABLES
HIDDEN_VISIT_FIELDS = ("fid", "version", "corrige", "registrado_en", "paquete")


def _expression_text(text):
    return "'" + str(text).replace("'", "''") + "'"


def _configure_visits(layer, alerts, inspector, package_id):
    fields = layer.fields()

    def default(name, expression):
        layer.setDefaultValueDefinition(fields.indexOf(name), QgsDefaultValue(expression, False))

    default("uuid", "uuid()")
    default("fecha_hora", "now()")
    default("inspector", _expression_text(inspector))
    default("paquete", _expression_text(package_id))
    default("version", "1")
    default("precision_gps_m", "round(@position_horizontal_accuracy, 1)")
    default("alerta", f"array_first(overlay_nearest({_expression_text(alerts.id())}, \"codigo\"))")
    layer.setEditorWidgetSetup(fields.indexOf("alerta"), QgsEditorWidgetSetup("ValueRelation", {
        "Layer": alerts.id(), "LayerName": alerts.name(), "Key": "codigo", "Value": "codigo", "AllowNull": False,
        "OrderByValue": True, "AllowMulti": False}))
    for name in HIDDEN_VISIT_FIELDS:
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
        naming[name] = (f"'{PHOTO_FOLDER}/visita_' || format_date(now(), 'yyyyMMdd_hhmmss') || '_' || "
                        f"substr(regexp_replace(\"uuid\", '[{{}}-]', ''), 1, 8) || '_{number}.jpg'")
    layer.setCustomProperty("QFieldSync/attachment_naming", json.dumps(naming))
    layer.setCustomProperty("QFieldSync/photo_naming", json.dumps(naming))
    # Mandatory on the phone beyond the schema's own; photos and GPS precision are not forced
    # (a phone may lack a camera or a fix).
    layer.setFieldConstraint(fields.indexOf("ocupacion"), QgsFieldConstraints.Constraint.ConstraintNotNull,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)


def _configure_alerts(layer):
    """Alerts to visit: styled by priority and labelled; the outline may be redrawn, nothing else."""
    if os.path.exists(ALERT_STYLE):
        layer.loadNamedStyle(ALERT_STYLE, categories=layer.Symbology | layer.Labeling)
    form = layer.editFormConfig()
    for index in range(layer.fields().count()):
        form.setReadOnly(index, True)
    layer.setEditFormConfig(form)


def write_qfield_project(folder, gpkg_name, title, inspector, package_id, crs, extent):
    """Write <folder>/<title>.qgs for the GeoPackage `gpkg_name` inside `folder`; returns its path."""
    gpkg = os.path.join(folder, gpkg_name)
    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(title)
    project.writeEntryBool("Paths", "/Absolute", False)
    layers = {}
    for name in LAYER_ORDER:
        layer = load_layer(gpkg, schema.table(name))
        if layer is None or (name in CONTEXT_TABLES and layer.featureCount() == 0):
            continue
        if name in CONTEXT_TABLES:
            layer.setReadOnly(True)
        project.addMapLayer(layer, False)
        project.layerTreeRoot().addLayer(layer)
        layers[name] = layer
    _configure_alerts(layers["alerta_ocupacion"])
    _configure_visits(layers["visita"], layers["alerta_ocupacion"], inspector, package_id)
    for heavy in ("predio",):
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
