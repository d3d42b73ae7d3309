"""The valid range of every numeric indicator parameter (PARAMETERS of compute_indicators, and the
`parametros` stored with each indicator), checked before anything is computed or written: a
distance of -1000 m would otherwise be used and replace a period's published measurements."""
import math

from ..errors import InputError
from ..report.format import number
from ..i18n import tr
from ..numbers import parse_number

# name: (minimum, maximum, unit). Distances in metres: a facility serves its neighbourhood, not the
# next municipality. CPI: yearly variation in percent, by year.
RANGES = {
    "distancia_m": (1, 50_000, "m"),
    "distancia_baja_m": (1, 50_000, "m"),
    "distancia_alta_m": (1, 50_000, "m"),
    "meta_nacional": (0.1, 1_000, "m²/hab"),
    "ipc": (-50, 1_000, "%"),
    "factor": (1e-9, 1e12, ""),
    "anio_base": (1900, 2100, ""),  # the baseline year of traditional activities (heritage.py)
}


def _checked(code, name, value, key=None):
    low, high, unit = RANGES[name]
    label = f"{name}[{key}]" if key is not None else name
    try:
        number_value = parse_number(value)
    except ValueError:
        number_value = None
    if number_value is None or not math.isfinite(number_value):
        raise InputError(tr("The parameter '{name}' of indicator '{code}' is '{value}', which is not a number.").format(
            name=label, code=code, value=value))
    if not low <= number_value <= high:
        raise InputError(tr("The parameter '{name}' of indicator '{code}' is {value}, outside its valid range "
                            "{low} to {high} {unit}; nothing was computed.").format(
            name=label, code=code, value=f"{number_value:g}", low=number(low, 0 if low == int(low) else 1),
            high=number(high, 0), unit=unit).strip())
    return number_value


def check_parameters(parameters):
    """{code: {name: value}} -> the same with numbers checked and parsed; InputError naming the
    indicator, the parameter, its value and its range. Parameters without a range pass unchanged."""
    if not isinstance(parameters, dict):
        raise InputError(tr("The indicator parameters must be a JSON object {\"code\": {\"parameter\": value}}."))
    checked = {}
    for code, values in parameters.items():
        if not isinstance(values, dict):
            raise InputError(tr("The parameters of indicator '{code}' must be a JSON object, e.g. "
                                "{{\"distancia_m\": 800}}.").format(code=code))
        checked[code] = dict(values)
        for name, value in values.items():
            if name not in RANGES:
                continue
            if isinstance(value, dict):  # by year: {"2024": 5.2}
                checked[code][name] = {key: _checked(code, name, v, key) for key, v in value.items()}
            else:
                checked[code][name] = _checked(code, name, value)
    return checked
