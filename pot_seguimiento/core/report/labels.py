"""Names documents give to computed values (traffic lights, ratings), in the document's language."""
from ..i18n import tr
from ..schema import DOMAINS
from .format import no_data


def light_label(light):
    """verde, amarillo, rojo, gris -> the light's name in a table."""
    return {"verde": tr("Green"), "amarillo": tr("Yellow"), "rojo": tr("Red"),
            "gris": tr("Grey (no value or no target)")}.get(light, light)


def rating_label(level):
    """An objective's rating (alto, medio, bajo, sin_dato)."""
    return {"alto": tr("High"), "medio": tr("Medium"), "bajo": tr("Low")}.get(level) or no_data()


def level_name(level):
    """A territorial level as a sentence names it: 'localidad', 'UPZ' (schema's label, acronyms kept)."""
    label = DOMAINS["nivel_medicion"].get(level, level or "")
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


def horizon_name(horizon):
    """'corto' -> 'corto plazo': a horizon as a sentence names it."""
    label = DOMAINS["horizonte"].get(horizon, horizon or "")
    return label[:1].lower() + label[1:]
