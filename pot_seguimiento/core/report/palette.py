"""The colours documents share: one palette for project states, traffic lights, and the ramp of indicator
maps without a target. The PDF, the minisite and the panels take their colours from here, so a state or a
light looks the same wherever it is read."""

# Project states (core.project_states.STATES), as in resources/styles/evaluacion_proyectos.qml.
PROJECT_STATES = {"sin_iniciar": "#9e9e9e", "al_dia": "#2e7d32", "retrasado": "#f9a825",
                  "incumplimiento": "#c62828", "terminado": "#1565c0"}
# Nodes of equipamientos by state (schema.DOMAINS["estado_nodo"]): one hue from proposed to operating, never the
# traffic light's red, yellow and green (a state is not a judgement).
NODE_STATES = {"propuesto": "#cbc9e2", "en_implementacion": "#9e9ac8", "operando": "#54278f"}
TRAFFIC_LIGHTS = {"verde": "#2e7d32", "amarillo": "#f9a825", "rojo": "#c62828", "gris": "#9e9e9e"}

# Indicators without a target are mapped by magnitude on one hue (ColorBrewer's "Blues", from its second step so
# the lowest class stays apart from the white or hatched "sin dato"): red, yellow and green mean a traffic light
# and nothing else on a map (core/report/legend.py), so a value class never reads as failing.
INDICATOR_RAMP = ((0.0, (198, 219, 239)), (0.25, (158, 202, 225)), (0.5, (107, 174, 214)), (0.75, (49, 130, 189)),
                  (1.0, (8, 81, 156)))


def ramp_color(position, reversed_=False):
    """The ramp's colour at `position` (0–1) as '#rrggbb', interpolated in RGB as QGIS does."""
    position = min(1.0, max(0.0, 1.0 - position if reversed_ else position))
    for (low, start), (high, end) in zip(INDICATOR_RAMP, INDICATOR_RAMP[1:]):
        if position <= high:
            share = (position - low) / (high - low)
            return "#" + "".join(f"{int(a + (b - a) * share + 0.5):02x}" for a, b in zip(start, end))
    return "#%02x%02x%02x" % INDICATOR_RAMP[-1][1]


def class_colors(count, polarity="positiva"):
    """The colours of `count` value classes of an indicator map, lowest to highest value: darker is more,
    whatever the polarity (without a target there is no better or worse to colour)."""
    if count <= 1:
        return [ramp_color(0.5)][:count]
    return [ramp_color(i / (count - 1)) for i in range(count)]
