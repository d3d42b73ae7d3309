"""Opening an expediente: layers in a group, styles, forms from the schema, relations."""
import pytest
from qgis.core import QgsProject


@pytest.fixture
def opened(plugin, demo_store):
    from pot_seguimiento.gui.expediente_layers import add_expediente_to_project

    project = QgsProject.instance()
    project.clear()
    layers = add_expediente_to_project(str(demo_store), project)
    yield project, layers
    project.clear()


def test_layers_go_to_the_expediente_group(opened):
    project, layers = opened
    group = project.layerTreeRoot().children()[0]
    assert group.name() == "Expediente POT — San Isidro del Llano (demo)"
    from pot_seguimiento.core import schema

    assert set(layers) == {t.name for t in schema.TABLES}
    assert all(layer.isValid() for layer in layers.values())
    assert layers["predio"].featureCount() > 18000
    assert layers["proyecto"].name() == "Proyectos"


def test_styles_come_from_qml(opened):
    _, layers = opened
    renderer = layers["amenaza"].renderer()
    assert renderer.type() == "categorizedSymbol"
    assert {c.value() for c in renderer.categories()} == {"alta", "media", "baja"}
    assert layers["unidad_territorial"].labelsEnabled()


def test_domains_are_value_maps(opened):
    _, layers = opened
    for table, field, code, label in [("amenaza", "nivel", "alta", "Alta"),
                                      ("proyecto", "horizonte", "mediano", "Mediano plazo"),
                                      ("equipamiento", "sector", "educacion", "Educación"),
                                      ("unidad_territorial", "nivel", "upz", "UPZ"),
                                      ("amenaza", "fenomeno", "remocion_masa", "Remoción en masa")]:
        layer = layers[table]
        setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
        assert setup.type() == "ValueMap", (table, field)
        assert {label: code} in setup.config()["map"]


def test_constraints_and_aliases(opened):
    from qgis.core import QgsFieldConstraints

    _, layers = opened
    fields = layers["proyecto"].fields()
    constraints = fields.field("codigo").constraints().constraints()
    assert constraints & QgsFieldConstraints.ConstraintNotNull
    assert constraints & QgsFieldConstraints.ConstraintUnique
    assert fields.field("presupuesto").alias() == "Presupuesto total (COP)"
    assert "presupuesto" in fields.field("presupuesto").constraints().constraintExpression()


def test_project_form_shows_its_progress_history(opened):
    project, layers = opened
    relations = [r for r in project.relationManager().referencedRelations(layers["proyecto"])
                 if r.referencingLayer() == layers["avance"]]
    assert len(relations) == 1
    project_feature = next(layers["proyecto"].getFeatures("\"codigo\" = 'P1-02'"))
    history = list(relations[0].getRelatedFeatures(project_feature))
    assert len(history) >= 8
    assert {f["proyecto"] for f in history} == {"P1-02"}
    assert any(f["reemplaza"] for f in history)  # the correction is in the history, next to what it corrects
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    names = []
    for feature in history:
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layers["avance"]))
        context.setFeature(feature)
        names.append(QgsExpression(layers["avance"].displayExpression()).evaluate(context))
    assert names[0].startswith("2022-S1 · ")
    assert any(name.endswith("· corrección") for name in names)


def test_not_an_expediente_is_refused_with_a_message(plugin, tmp_path, qgis_iface):
    fake = tmp_path / "x.gpkg"
    fake.write_bytes(b"no")
    assert plugin.controller.open_path(str(fake)) is None
    from qgis.core import Qgis

    assert any("no es un GeoPackage" in m for m in qgis_iface.messageBar().get_messages(Qgis.Critical))


def test_page_templates_become_project_layouts(plugin, opened):
    project, layers = opened
    plugin.controller.layers = layers
    added = plugin.controller.add_layouts()
    names = sorted(layout.name() for layout in project.layoutManager().printLayouts())
    assert names == ["Expediente POT — hoja", "Expediente POT — portada", "Expediente POT — tabla"]
    hoja = project.layoutManager().layoutByName("Expediente POT — hoja")
    map_item = hoja.itemById("mapa")
    assert [layer.name() for layer in map_item.layers()] == ["Proyectos", "Unidades territoriales"]
    assert map_item.extent().contains(layers["unidad_territorial"].extent().center())
    assert len(added) == 3


def test_a_population_form_lists_its_age_bands(opened):
    """poblacion_edad is keyed to its row by (nivel, ambito, anio): one relation of three field pairs."""
    project, layers = opened
    (relation,) = [r for r in project.relationManager().referencedRelations(layers["poblacion"])
                   if r.referencingLayer() == layers["poblacion_edad"]]
    assert dict(relation.fieldPairs()) == {"nivel": "nivel", "ambito": "ambito", "anio": "anio"}
    row = next(layers["poblacion"].getFeatures("\"ambito\" = 'MZ000010' AND \"anio\" = 2024"))
    bands = sorted((f["edad_desde"], f["personas"]) for f in relation.getRelatedFeatures(row))
    assert [desde for desde, _ in bands] == list(range(0, 85, 5))  # DANE's five-year bands, 0–4 … 80 y más
    assert sum(personas for _, personas in bands) == row["poblacion"]
