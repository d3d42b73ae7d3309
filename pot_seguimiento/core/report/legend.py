"""How an indicator map is classed and what its legend says, for every output (the PDF, the minisite and
the QGIS result layer).

An indicator with a target is mapped by its traffic light, the same reading the tables give: a unit on the
map is green, yellow or red exactly when its traffic light is, and the legend says what each colour means
with the target and baseline in numbers. (A ramp from red to green over the values painted a unit whose
light was yellow in red, the lowest class, and readers took red as failing.) An indicator without a target
keeps its ramp of value classes (cartography.pages.indicator_classes).
"""
from ..i18n import tr
from .format import quantity
from .palette import TRAFFIC_LIGHTS


def by_light(indicator, horizon):
    """Whether `indicator` (an item of the "indicadores" section) is mapped by its traffic light at `horizon`:
    it has a target there."""
    return indicator["metas"].get(horizon) is not None


def light_classes(baseline, target, polarity, unit):
    """[{semaforo, color, etiqueta}] of a map classed by traffic light, best first. Yellow only exists with a
    baseline to be better than."""
    more = polarity != "negativa"
    at_least, at_most = ("≥", "≤") if more else ("≤", "≥")
    short_of = "<" if more else ">"
    met = tr("Target met ({sign} {target})").format(sign=at_least, target=quantity(target, unit, trim=True))
    classes = [("verde", met)]
    if baseline is not None:
        classes.append(("amarillo", tr("Better than the baseline, short of the target")))
        classes.append(("rojo", tr("No better than the baseline ({sign} {baseline})").format(
            sign=at_most, baseline=quantity(baseline, unit, trim=True))))
    else:
        classes.append(("rojo", tr("Short of the target ({sign} {target})").format(
            sign=short_of, target=quantity(target, unit, trim=True))))
    return [{"semaforo": light, "color": TRAFFIC_LIGHTS[light], "etiqueta": label} for light, label in classes]
