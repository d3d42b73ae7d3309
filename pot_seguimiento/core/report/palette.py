"""The colours documents share: one palette for project states, traffic lights, and the ramp of indicator
maps. The PDF, the minisite and the panels take their colours from here, so a state or a light looks the
same wherever it is read."""

# Project states (core.project_states.STATES), as in resources/styles/evaluacion_proyectos.qml.
PROJECT_STATES = {"sin_iniciar": "#9e9e9e", "al_dia": "#2e7d32", "retrasado": "#f9a825",
                  "incumplimiento": "#c62828", "terminado": "#1565c0"}
TRAFFIC_LIGHTS = {"verde": "#2e7d32", "amarillo": "#f9a825", "rojo": "#c62828", "gris": "#9e9e9e"}

# QGIS's default "RdYlGn" gradient (ColorBrewer's red–yellow–green), red for the worst: (position, RGB).
INDICATOR_RAMP = ((0.0, (215, 25, 28)), (0.25, (253, 174, 97)), (0.5, (255, 255, 192)), (0.75, (166, 217, 106)),
                  (1.0, (26, 150, 65)))


def ramp_color(position, reversed_=False):
    """The ramp's colour at `position` (0–1) as '#rrggbb', interpolated in RGB as QGIS does."""
    position = min(1.0, max(0.0, 1.0 - position if reversed_ else position))
    for (low, start), (high, end) in zip(INDICATOR_RAMP, INDICATOR_RAMP[1:]):
        if position <= high:
            share = (position - low) / (high - low)
            return "#" + "".join(f"{int(a + (b - a) * share + 0.5):02x}" for a, b in zip(start, end))
    return "#%02x%02x%02x" % INDICATOR_RAMP[-1][1]


def class_colors(count, polarity="positiva"):
    """The colours of `count` classes of an indicator map, worst to best by the indicator's polarity
    ("negativa": less is better, so the ramp runs the other way)."""
    if count <= 1:
        return [ramp_color(0.5)][:count]
    return [ramp_color(i / (count - 1), polarity == "negativa") for i in range(count)]
