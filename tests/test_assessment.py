"""Traffic light against baseline and target, respecting polarity."""
import math

import pytest


@pytest.mark.parametrize("value, baseline, target, polarity, light", [
    (15.0, 4.0, 15.0, "positiva", "verde"),      # target met exactly
    (7.0, 4.0, 15.0, "positiva", "amarillo"),    # better than baseline, short of target
    (4.0, 4.0, 15.0, "positiva", "rojo"),        # no better than baseline
    (3.0, 4.0, 15.0, "positiva", "rojo"),
    (0.5, 2.0, 1.0, "negativa", "verde"),        # less is better: under the target
    (1.5, 2.0, 1.0, "negativa", "amarillo"),
    (2.5, 2.0, 1.0, "negativa", "rojo"),
    (7.0, None, 15.0, "positiva", "rojo"),       # no baseline: short of target is red
    (None, 4.0, 15.0, "positiva", "gris"),       # no value
    (math.nan, 4.0, 15.0, "positiva", "gris"),
    (7.0, 4.0, None, "positiva", "gris"),        # no target
])
def test_traffic_light(value, baseline, target, polarity, light):
    from pot_seguimiento.core.indicators.assessment import traffic_light

    assert traffic_light(value, baseline, target, polarity) == light


@pytest.mark.parametrize("params, message", [
    ({"numerador": {"capa": "equipamiento"}}, "necesita los parámetros 'denominador'"),
    ({"numerador": {"capa": "equipamiento", "agregado": "max"}, "denominador": {"capa": "poblacion"}},
     "'max' de 'x' no es uno de count, sum, mean"),
])
def test_user_defined_definitions_are_checked(plugin, params, message):
    from pot_seguimiento.core.errors import PotError
    from pot_seguimiento.core.indicators.custom import check_definition

    with pytest.raises(PotError, match=message):
        check_definition("x", params)
