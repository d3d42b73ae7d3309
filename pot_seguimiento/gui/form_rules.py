"""The value rules of core/value_rules.py as a form's constraint expression, so a row typed in a QGIS form meets what
every import checks: the field's range, its plausible maximum, a date of something that happened not after
tomorrow (schema.FUTURE_TOLERANCE), no U+FFFD (a character lost to a wrong encoding) in text. Built from the same
schema declarations (Field.minimum/maximum, plausible_maximum, happened) value_rules reads; a quantity whose maximum
depends on its unit (Field.unit_field) keeps its range only. The database refuses what breaks its own constraints
whatever the form says; these are the rules it does not hold."""
from ..core import schema, value_rules
from ..i18n import tr


def constraint(field):
    """(QGIS expression, description) of the rules of `field` beyond not-null and unique, or None."""
    name = f'"{field.name}"'
    parts, said = [], []
    bounds = []
    if field.minimum is not None:
        bounds.append(f"{name} >= {field.minimum!r}")
    if field.maximum is not None:
        bounds.append(f"{name} <= {field.maximum!r}")
    if bounds:
        parts.append(" AND ".join(bounds))
        said.append(tr("Value out of range"))
    if field.type in (schema.INTEGER, schema.REAL) and field.plausible_maximum is not None and not field.unit_field:
        parts.append(f"{name} <= {field.plausible_maximum!r}")
        said.append(tr("implausible: above {maximum}").format(maximum=f"{field.plausible_maximum:,.0f}".replace(
            ",", ".")))
    if field.happened and field.type in (schema.DATE, schema.DATETIME):
        days = schema.FUTURE_TOLERANCE.days
        parts.append(f"left(to_string({name}), 10) <= format_date(now() + make_interval(days:={days}), 'yyyy-MM-dd')")
        said.append(tr("a date of something that happened cannot be in the future"))
    if field.type == schema.TEXT:
        parts.append(f"strpos({name}, '{value_rules.REPLACEMENT_CHARACTER}') = 0")
        said.append(tr("text with U+FFFD (a character lost to a wrong encoding)"))
    if not parts:
        return None
    return f"{name} IS NULL OR ({') AND ('.join(parts)})", "; ".join(said)
