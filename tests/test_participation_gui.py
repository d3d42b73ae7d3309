"""Participation in QGIS (issue 21): the tables are layers with forms from the schema, an activity's form lists its
commitments and a commitment's its states, the dependency is picked from the entities, and the menu's action puts the
activities layer in edit mode to draw one on the map."""
import pytest
from qgis.core import QgsProject

from test_participation_import import ACTIVITY, COMMITMENTS, PLAN, run_import, small, today, workbook  # noqa: F401


@pytest.fixture
def opened(plugin, run, small, tmp_path):
    from pot_seguimiento.gui.expediente_layers import add_expediente_to_project

    run_import(run, small, workbook(tmp_path / "1.xlsx", [ACTIVITY], PLAN, COMMITMENTS))
    project = QgsProject.instance()
    project.clear()
    layers = add_expediente_to_project(str(small), project)
    yield project, layers
    project.clear()


def test_forms_have_value_lists_mandatory_fields_and_ranges(opened):
    from qgis.core import QgsFieldConstraints

    _, layers = opened
    activities = layers["actividad_participacion"]
    fields = activities.fields()
    assert activities.editorWidgetSetup(fields.indexOf("tipo")).type() == "ValueMap"
    assert activities.editorWidgetSetup(fields.indexOf("dependencia")).type() == "RelationReference"
    assert fields.field("fecha").constraints().constraints() & QgsFieldConstraints.Constraint.ConstraintNotNull
    assert '"mujeres" >= 0' in activities.constraintExpression(fields.indexOf("mujeres"))
    assert activities.attributeDisplayName(fields.indexOf("evaluaciones_aplicadas")) == \
        "Evaluaciones de satisfacción aplicadas"
    plan = layers["plan_participacion"]
    assert plan.editorWidgetSetup(plan.fields().indexOf("dependencia")).type() == "RelationReference"


def test_an_activity_form_lists_its_commitments_and_a_commitment_its_states(opened):
    project, layers = opened
    manager = project.relationManager()
    activity = next(layers["actividad_participacion"].getFeatures("\"codigo\" = 'T-01'"))
    commitments = [r for r in manager.referencedRelations(layers["actividad_participacion"])
                   if r.referencingLayer() == layers["compromiso"]]
    assert len(commitments) == 1
    assert {f["codigo"] for f in commitments[0].getRelatedFeatures(activity)} == {"C-01", "C-02"}
    states = [r for r in manager.referencedRelations(layers["compromiso"])
              if r.referencingLayer() == layers["compromiso_estado"]]
    commitment = next(layers["compromiso"].getFeatures("\"codigo\" = 'C-02'"))
    assert [f["estado"] for f in states[0].getRelatedFeatures(commitment)] == ["cumplido"]


def test_the_menu_action_opens_the_activities_layer_for_drawing(plugin, opened, qgis_iface):
    _, layers = opened
    plugin.controller.layers = layers
    triggered = []
    qgis_iface.actionAddFeature = lambda: type("Action", (), {"trigger": lambda self: triggered.append(1)})()
    layer = plugin.controller.record_participation_activity()
    assert layer is layers["actividad_participacion"] and layer.isEditable() and triggered == [1]
    layer.rollBack()


@pytest.mark.parametrize("table, field, bad, good", [
    ("compromiso_estado", "fecha", "2099-01-01", "2025-03-20"),  # a state is something that happened
    ("actividad_participacion", "nombre", "Taller de priorizaci\ufffdn", "Taller de priorización"),
    ("actividad_participacion", "mujeres", -3, 30),
    ("actividad_participacion", "satisfaccion_media", 7, 4.5),
])
def test_a_form_holds_the_rules_every_import_holds(opened, table, field, bad, good):
    """What core/value_rules.py refuses in an import, the form refuses too, with the reason (gui/form_rules.py)."""
    from qgis.core import QgsFeature, QgsFieldConstraints, QgsVectorLayerUtils

    _, layers = opened
    layer = layers[table]
    index = layer.fields().indexOf(field)
    feature = QgsFeature(layer.fields())
    checked = {}
    for value in (bad, good):
        feature.setAttribute(index, value)
        valid, errors = QgsVectorLayerUtils.validateAttribute(
            layer, feature, index, QgsFieldConstraints.ConstraintStrength.ConstraintStrengthNotSet,
            QgsFieldConstraints.ConstraintOrigin.ConstraintOriginNotSet)
        checked[value] = (valid, " ".join(errors))
    assert checked[bad][0] is False and checked[good][0] is True, checked
    assert layer.constraintDescription(index) in checked[bad][1]
