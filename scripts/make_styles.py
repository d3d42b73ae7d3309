"""Write resources/styles/<table>.qml: the expediente's default symbology.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_styles.py out/demo_expediente.gpkg [table,table]

Run by hand when the look changes; the .qml files are committed and an office
may replace them with its own. Forms are not here: they come from the schema.
"""
import pathlib
import sys

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol,
                       QgsPalLayerSettings, QgsRendererCategory, QgsRuleBasedRenderer, QgsSingleSymbolRenderer,
                       QgsSymbol, QgsTextFormat,
                       QgsTextBufferSettings, QgsVectorLayer, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QColor, QFont

STYLES = pathlib.Path(__file__).resolve().parent.parent / "resources" / "styles"


def fill(color, outline="#555555", width=0.1, style="solid", outline_style="solid"):
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": str(width),
                                       "style": style, "outline_style": outline_style})


def marker(color, size, shape="circle", outline="#ffffff"):
    return QgsMarkerSymbol.createSimple({"color": color, "size": str(size), "name": shape,
                                         "outline_color": outline, "outline_width": "0.3"})


def line(color, width):
    return QgsLineSymbol.createSimple({"line_color": color, "line_width": str(width), "capstyle": "round"})


def categorized(field, categories):
    return QgsCategorizedSymbolRenderer(field, [QgsRendererCategory(v, s, label) for v, s, label in categories])


def rules(items):
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol in items:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def labels(expression, size=8, condition=None):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(size)
    text.setColor(QColor("#202020"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


STYLE = {
    "unidad_territorial": lambda: rules([
        ("Municipio", "\"nivel\" = 'municipio'", fill("0,0,0,0", "#1a1a1a", 0.8)),
        ("Localidad", "\"nivel\" IN ('localidad', 'comuna')", fill("0,0,0,0", "#3b3b3b", 0.45)),
        ("UPZ / UPL", "\"nivel\" IN ('upz', 'upl', 'vereda', 'barrio')", fill("0,0,0,0", "#8c8c8c", 0.15, outline_style="dash")),
    ]),
    "manzana": lambda: fill("#ece6da", "#b9ae99", 0.05),
    "predio": lambda: fill("0,0,0,0", "#a89e8a", 0.03),
    "zonificacion": lambda: rules([
        ("Suelo urbano", "\"tipo\" = 'clasificacion_suelo' AND \"categoria\" = 'urbano'", fill("#fbf3d5", "#d8c98f", 0.2)),
        ("Suelo de expansión", "\"tipo\" = 'clasificacion_suelo' AND \"categoria\" = 'expansion'", fill("#f8d8b0", "#d79b55", 0.2)),
        ("Suelo rural", "\"tipo\" = 'clasificacion_suelo' AND \"categoria\" = 'rural'", fill("#e3efd3", "#a9c28a", 0.2)),
        ("Suelo de protección", "\"tipo\" = 'proteccion'", fill("#2f7d32", "#2f7d32", 0.3, style="b_diagonal")),
        ("Área de actividad", "\"tipo\" = 'area_actividad'", fill("#f3e5ab", "#b59b3b", 0.15)),
    ]),
    "espacio_publico": lambda: rules([
        ("Espacio público efectivo", "\"efectivo\"", fill("#7cc47f", "#3f8f43", 0.1)),
        ("Otro espacio público", "NOT \"efectivo\"", fill("#c7e3c0", "#7fa879", 0.1)),
    ]),
    "equipamiento": lambda: categorized("sector", [
        ("educacion", marker("#1f77b4", 2.2), "Educación"), ("salud", marker("#d62728", 2.4, "cross_fill"), "Salud"),
        ("cultura", marker("#9467bd", 2.2, "star"), "Cultura"), ("cuidado", marker("#e377c2", 2.2), "Cuidado"),
        ("bienestar", marker("#ff7f0e", 2.2), "Bienestar social"),
        ("recreacion", marker("#2ca02c", 2.2, "triangle"), "Recreación y deporte"),
        ("seguridad", marker("#17365d", 2.2, "square"), "Seguridad y justicia"),
        ("", marker("#7f7f7f", 1.8), "Otros"),
    ]),
    "amenaza": lambda: categorized("nivel", [
        ("alta", fill("227,26,28,120", "#b30000", 0.2), "Amenaza alta"),
        ("media", fill("253,141,60,100", "#d95f0e", 0.2), "Amenaza media"),
        ("baja", fill("254,217,118,90", "#d9a400", 0.2), "Amenaza baja"),
    ]),
    "transporte": lambda: categorized("capacidad", [
        ("alta", marker("#c00000", 3.2, "square"), "Alta capacidad (troncal)"),
        ("baja", marker("#ffffff", 1.8, "diamond", "#1a1a1a"), "Baja capacidad"),
    ]),
    "huella": lambda: rules([
        ("Ocupación informal", "\"informal\"", fill("#c51b7d", "#8e0152", 0.05)),
        ("Huella anterior", "NOT \"informal\" AND \"anio\" < 2020", fill("#9e9e9e", "#9e9e9e", 0.0)),
        ("Huella reciente", "NOT \"informal\" AND \"anio\" >= 2020", fill("#616161", "#616161", 0.0)),
    ]),
    "proyecto": lambda: fill("255,127,0,90", "#e66101", 0.5),
    "via": lambda: categorized("tipo", [
        ("arterial", line("#f2a541", 0.9), "Arterial"), ("intermedia", line("#f6cf8c", 0.6), "Intermedia"),
        ("local", line("#ffffff", 0.35), "Local"), ("peatonal", line("#b07aa1", 0.3), "Peatonal"),
        ("ciclorruta", line("#2ca02c", 0.3), "Ciclorruta"), ("", line("#bdbdbd", 0.3), "Otra"),
    ]),
    "alerta_ocupacion": lambda: categorized("estado", [(v, fill(c, "#1a1a1a", 0.4), label) for v, c, label in ALERT_COLORS]),
    "visita": lambda: categorized("hallazgo", [
        ("sin_novedad", marker("#4caf50", 2.4), "Sin novedad"),
        ("", marker("#d32f2f", 2.6, "triangle"), "Ocupación encontrada"),
    ]),
}
LABELS = {"unidad_territorial": ("CASE WHEN \"nivel\" = 'localidad' THEN \"nombre\" END", 9),
          "proyecto": ("\"codigo\"", 7), "alerta_ocupacion": ("\"codigo\"", 7)}
ALERT_COLORS = (("detectada", "#fdd835", "Detectada"), ("priorizada", "#fb8c00", "Priorizada"),
                ("en_visita", "#8e24aa", "En visita"), ("confirmada", "#d32f2f", "Confirmada"),
                ("descartada", "#9e9e9e", "Descartada"), ("con_accion", "#1e88e5", "Con acción de control"),
                ("cerrada", "#2e7d32", "Cerrada"))


STATE_COLORS = (("sin_iniciar", "#9e9e9e", "Sin iniciar"), ("al_dia", "#2e7d32", "Al día"),
                ("retrasado", "#f9a825", "Retrasado"), ("incumplimiento", "#c62828", "Incumplimiento"),
                ("terminado", "#1565c0", "Terminado"))


def evaluation_style():
    """Evaluated projects (output of evaluate_projects) coloured by state."""
    layer = QgsVectorLayer("MultiPolygon?field=estado:string&field=codigo:string", "evaluacion", "memory")
    layer.setRenderer(categorized("estado", [(v, fill(c, c, 0.6), label) for v, c, label in STATE_COLORS]))
    layer.setLabeling(labels("\"codigo\"", 7))
    layer.setLabelsEnabled(True)
    message, ok = layer.saveNamedStyle(str(STYLES / "evaluacion_proyectos.qml"),
                                       QgsVectorLayer.Symbology | QgsVectorLayer.Labeling)
    assert ok, message


def alert_priority_style():
    """Alerts in a field package: the inspector's eye goes to the most urgent first."""
    layer = QgsVectorLayer("MultiPolygon?field=prioridad:double&field=codigo:string", "alertas", "memory")
    layer.setRenderer(rules([
        ("Urgente (70 o más)", "\"prioridad\" >= 70", fill("#d7191c", "#7f0000", 0.8)),
        ("Alta (50 a 70)", "\"prioridad\" >= 50 AND \"prioridad\" < 70", fill("#fdae61", "#a65000", 0.6)),
        ("Media (menos de 50)", "\"prioridad\" < 50", fill("#ffffbf", "#8c8c00", 0.5)),
    ]))
    layer.setLabeling(labels("\"codigo\" || '  ·  ' || format_number(\"prioridad\", 0)", 9))
    layer.setLabelsEnabled(True)
    message, ok = layer.saveNamedStyle(str(STYLES / "alerta_prioridad.qml"),
                                       QgsVectorLayer.Symbology | QgsVectorLayer.Labeling)
    assert ok, message


def main(store, only=None):
    """Write every style, or those of the tables in `only`."""
    STYLES.mkdir(parents=True, exist_ok=True)
    if only is None:
        evaluation_style()
    if only is None or "alerta_ocupacion" in only:
        alert_priority_style()
    for table, make in STYLE.items():
        if only is not None and table not in only:
            continue
        layer = QgsVectorLayer(f"{store}|layername={table}", table, "ogr")
        assert layer.isValid(), table
        renderer = make()
        layer.setRenderer(QgsSingleSymbolRenderer(renderer) if isinstance(renderer, QgsSymbol) else renderer)
        if table in LABELS:
            layer.setLabeling(labels(*LABELS[table]))
            layer.setLabelsEnabled(True)
        message, ok = layer.saveNamedStyle(str(STYLES / f"{table}.qml"),
                                           QgsVectorLayer.Symbology | QgsVectorLayer.Labeling)
        assert ok, message
        print(STYLES / f"{table}.qml")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main(sys.argv[1], sys.argv[2].split(",") if len(sys.argv) > 2 else None)
