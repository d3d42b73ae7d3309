"""Reading a value against its baseline and target: the traffic light of the expediente."""
import math

from ..horizons import HORIZONS  # noqa: F401  (re-exported: targets are set per horizon)

GREEN, YELLOW, RED, GREY = "verde", "amarillo", "rojo", "gris"


def _missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def traffic_light(value, baseline, target, polarity="positiva"):
    """verde: the target is met; amarillo: better than the baseline, short of the target;
    rojo: no better than the baseline; gris: no value or no target to compare with.

    Polarity "negativa" means less is better (deficits, occupation of risk zones).
    """
    if _missing(value) or _missing(target):
        return GREY
    sign = -1.0 if polarity == "negativa" else 1.0
    if sign * value >= sign * target:
        return GREEN
    if not _missing(baseline) and sign * value > sign * baseline:
        return YELLOW
    return RED


def target_for(definition, horizon):
    """The target of an indicator definition (dict of indicador columns) for a horizon."""
    return definition.get(f"meta_{horizon}")
