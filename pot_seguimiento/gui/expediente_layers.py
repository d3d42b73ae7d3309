"""Add an expediente's tables to the project: group, styles, forms, relations.

Forms come from core.schema (value maps for domains, not-null and unique
constraints, ranges, aliases) and core.value_rules (gui/form_rules.py), so the
form, the imports and the database enforce the same rules. Symbology comes
from resources/styles/<table>.qml, which an office may replace with its own.
"""
import os

from qgis.core import (QgsDefaultValue, QgsEditorWidgetSetup, QgsFieldConstraints, QgsMapLayer, QgsProject,
                       QgsRelation)

from ..core import schema
from ..i18n import tr
from . import form_rules
from ..processing.connections import resolve_expediente
from ..processing.store_layers import store_layer
from ..core.errors import SchemaError
from ..store import open_store
from ..store import display_name

GROUP_NAME = "Expediente POT"
STYLES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")
# Drawing order, top first; attribute tables go in a subgroup.
MAP_ORDER = ("actividad_participacion", "visita", "alerta_ocupacion", "transporte", "equipamiento", "proyecto",
             "unidad_territorial", "amenaza", "espacio_publico", "huella", "via", "manzana", "predio", "zonificacion")
# The custom property naming the expediente table a layer shows.
TABLE_PROPERTY = "pot_seguimiento/tabla"
# How a feature is named in lists, relation widgets and identify results.
DISPLAY_EXPRESSIONS = {
    "proyecto": "\"codigo\" || ' — ' || \"nombre\"",
    "programa": "\"codigo\" || ' — ' || \"nombre\"",
    "indicador": "\"codigo\" || ' — ' || \"nombre\"",
    "unidad_territorial": "\"nombre\" || ' (' || \"codigo\" || ')'",
    "avance": "\"periodo\" || ' · ' || \"avance_fisico\" || ' · ' || \"estado_reportado\""
              " || CASE WHEN \"reemplaza\" IS NOT NULL THEN ' · corrección' ELSE '' END",
    "presupuesto_anual": "\"anio\" || ': ' || format_number(\"valor_asignado\", 0)",
    "medicion": "\"indicador\" || ' ' || \"periodo\" || ' ' || \"ambito\"",
    "alerta_ocupacion": "\"codigo\" || ' · ' || \"motivo\" || ' · ' || \"estado\"",
    "visita": "\"alerta\" || ' · ' || left(\"fecha_hora\", 10) || ' · ' || \"hallazgo\""
              " || CASE WHEN \"version\" > 1 THEN ' · corrección' ELSE '' END",
    "accion_control": "\"fecha\" || ' · ' || \"tipo\" || ' · ' || \"estado\"",
    "documento": "\"codigo\" || ' — ' || \"titulo\"",
    "elemento_plan": "\"codigo\" || ' — ' || \"nombre\"",
    "requisito_suficiencia": "\"codigo\" || ' — ' || \"contenido\"",
    "hito": "\"fecha\" || ': ' || \"avance_esperado\"",
    "dofa": "\"tipo\" || ' · ' || \"descripcion\"",
    "bien_patrimonial": "\"codigo\" || ' — ' || \"nombre\"",
    "inspeccion_patrimonio": "left(\"fecha_hora\", 10) || ' · ' || \"estado\""
                             " || CASE WHEN \"version\" > 1 THEN ' · corrección' ELSE '' END",
    "experiencia": "\"codigo\" || ' — ' || \"titulo\"",
    "actividad_participacion": "\"codigo\" || ' — ' || \"nombre\" || ' · ' || \"fecha\" || ' · ' || \"estado\"",
    "compromiso": "\"codigo\" || ' — ' || \"descripcion\"",
    "compromiso_estado": "\"fecha\" || ' · ' || \"estado\" || coalesce(' · ' || \"avance\" || ' %', '')",
    "plan_participacion": "\"dependencia\" || ' · ' || \"linea\" || ' · ' || \"periodo\"",
    "asistencia_edad": "\"edad_desde\" || coalesce('–' || \"edad_hasta\", ' y más') || ': ' || \"personas\"",
    "reporte_equipamiento_edad": "\"edad_desde\" || coalesce('–' || \"edad_hasta\", ' y más') || ': ' || \"usuarios\"",
}
RELATIONS = (  # id, parent, parent field, child, child field
    ("proyecto_avance", "proyecto", "codigo", "avance", "proyecto"),
    ("proyecto_presupuesto", "proyecto", "codigo", "presupuesto_anual", "proyecto"),
    ("programa_proyecto", "programa", "codigo", "proyecto", "programa"),
    ("indicador_medicion", "indicador", "codigo", "medicion", "indicador"),
    ("alerta_visita", "alerta_ocupacion", "codigo", "visita", "alerta"),
    ("alerta_accion", "alerta_ocupacion", "codigo", "accion_control", "alerta"),
    ("alerta_version", "alerta_ocupacion", "codigo", "alerta_version", "alerta"),
    ("bien_inspeccion", "bien_patrimonial", "codigo", "inspeccion_patrimonio", "bien"),
    ("bien_intervencion", "bien_patrimonial", "codigo", "intervencion_patrimonio", "bien"),
    ("elemento_padre", "elemento_plan", "codigo", "elemento_plan", "padre"),
    ("elemento_vinculo", "elemento_plan", "codigo", "vinculo_plan", "elemento"),
    ("objetivo_evaluacion", "elemento_plan", "codigo", "evaluacion_objetivo", "objetivo"),
    ("proyecto_hito", "proyecto", "codigo", "hito", "proyecto"),
    ("proyecto_indicador", "proyecto", "codigo", "indicador_proyecto", "proyecto"),
    ("indicador_proyecto", "indicador", "codigo", "indicador_proyecto", "indicador"),
    ("requisito_evaluacion", "requisito_suficiencia", "codigo", "evaluacion_suficiencia", "requisito"),
    # Participation: an activity's form lists its commitments and age groups, a commitment's its states; the
    # dependency and the entity in charge are picked from the entities' register.
    ("actividad_compromiso", "actividad_participacion", "codigo", "compromiso", "actividad"),
    ("actividad_edad", "actividad_participacion", "codigo", "asistencia_edad", "actividad"),
    # Services: a facility's report lists its users by age band.
    ("reporte_edad", "reporte_equipamiento", "fid", "reporte_equipamiento_edad", "reporte"),
    ("compromiso_historia", "compromiso", "codigo", "compromiso_estado", "compromiso"),
    ("entidad_actividad", "entidad", "codigo", "actividad_participacion", "dependencia"),
    ("entidad_plan", "entidad", "codigo", "plan_participacion", "dependencia"),
    ("entidad_compromiso", "entidad", "codigo", "compromiso", "entidad_responsable"),
)
# Keys of several fields (the store's composite foreign keys): a population row's form lists its age bands.
COMPOSITE_RELATIONS = (  # id, parent, child, fields (the same names on both sides)
    ("poblacion_edad", "poblacion", "poblacion_edad", ("nivel", "ambito", "anio")),
)


def configure_form(layer, table):
    """Editor widgets, aliases, constraints and defaults from the schema."""
    for field in table.fields:
        index = layer.fields().indexOf(field.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, field.label or field.name)
        if (table.name, field.name) == ("documento", "capa"):  # an adopted map names the layer it shows
            values = [{t.label: t.name} for t in schema.TABLES if t.geometry]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": values}))
        elif field.domain:
            values = [{label: code} for code, label in schema.DOMAINS[field.domain].items()]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": values}))
        elif field.type == schema.DATE:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("DateTime", {
                "display_format": "yyyy-MM-dd", "field_format": "yyyy-MM-dd", "calendar_popup": True}))
        elif field.type == schema.BOOLEAN:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("CheckBox", {}))
        if field.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        if field.unique:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        rules = form_rules.constraint(field)  # range, plausible size, dates that happened, broken encodings
        if rules:
            layer.setConstraintExpression(index, *rules)
        if field.type == schema.DATETIME and field.default:
            layer.setDefaultValueDefinition(index, QgsDefaultValue("now()"))


def load_layer(path, table):
    layer = store_layer(path, table.name, table.label or table.name, for_project=True)
    if not layer.isValid():
        return None
    style = os.path.join(STYLES, f"{table.name}.qml")
    if os.path.exists(style):
        layer.loadNamedStyle(style, categories=QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling)
    configure_form(layer, table)
    layer.setCustomProperty(TABLE_PROPERTY, table.name)  # how result layers find their place beside it
    if table.name in DISPLAY_EXPRESSIONS:
        layer.setDisplayExpression(DISPLAY_EXPRESSIONS[table.name])
    return layer


def add_expediente_to_project(path, project=None):
    """Open the expediente at `path` (checking its schema) and add its layers.

    Returns {table name: layer}. Raises core.errors.SchemaError for a file that
    is not an expediente or has a newer schema.
    """
    project = project or QgsProject.instance()
    with open_store(resolve_expediente(path)) as store:
        municipality = store.info.get("municipio") or os.path.basename(path)
    ordered = [schema.table(n) for n in MAP_ORDER] + [t for t in schema.TABLES if t.name not in MAP_ORDER]
    loaded = [(table, load_layer(path, table)) for table in ordered]
    if all(layer is None for _, layer in loaded):
        raise SchemaError(tr("QGIS could not open the tables of '{name}'. For a PostgreSQL expediente, save the "
                             "connection in QGIS (Browser › PostgreSQL, with an authentication configuration) or "
                             "in pgpass/pg_service, and open it by that name.").format(name=display_name(path)))
    group = project.layerTreeRoot().insertGroup(0, f"{GROUP_NAME} — {municipality}")
    tables_group = group.addGroup(tr("Follow-up tables"))
    layers = {}
    for table, layer in loaded:
        if layer is None:
            continue
        project.addMapLayer(layer, False)
        (group if table.geometry else tables_group).addLayer(layer)
        layers[table.name] = layer
    tables_group.setExpanded(False)
    for node_name in ("predio", "huella", "visita"):  # heavy or detailed layers start hidden
        node = group.findLayer(layers[node_name].id()) if node_name in layers else None
        if node:
            node.setItemVisibilityChecked(False)
    _add_relations(project, layers)
    return layers


def _add_relations(project, layers):
    manager = project.relationManager()
    for relation_id, parent, child, names in COMPOSITE_RELATIONS:
        if parent in layers and child in layers:
            relation = QgsRelation()
            relation.setId(f"{relation_id}_{layers[parent].id()}")
            relation.setName(schema.table(child).label)
            relation.setReferencedLayer(layers[parent].id())
            relation.setReferencingLayer(layers[child].id())
            for name in names:
                relation.addFieldPair(name, name)
            if relation.isValid():
                manager.addRelation(relation)
    for relation_id, parent, parent_field, child, child_field in RELATIONS:
        if parent not in layers or child not in layers:
            continue
        relation = QgsRelation()
        relation.setId(f"{relation_id}_{layers[parent].id()}")
        relation.setName(schema.table(child).label)
        relation.setReferencedLayer(layers[parent].id())
        relation.setReferencingLayer(layers[child].id())
        relation.addFieldPair(child_field, parent_field)
        if relation.isValid():
            manager.addRelation(relation)
        index = layers[child].fields().indexOf(child_field)
        layers[child].setEditorWidgetSetup(index, QgsEditorWidgetSetup("RelationReference", {
            "Relation": relation.id(), "AllowNULL": False, "ShowForm": False, "MapIdentification": False}))
