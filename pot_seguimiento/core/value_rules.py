"""The rules a value must meet beyond its type, declared on schema.Field and checked here, once,
by every way into the expediente (import validation, progress reports, field checks):

- text: no U+FFFD (a character lost to a wrong encoding is refused, never stored), at most
  MAX_TEXT_LENGTH characters;
- dates of things that happened (Field.happened): not after today + schema.FUTURE_TOLERANCE;
- magnitudes: not above Field.plausible_maximum, or the maximum of the quantity's unit
  (Field.unit_field, schema.QUANTITY_MAXIMA);
- date-times in the GeoPackage standard form, UTC: 'YYYY-MM-DDTHH:MM:SS.SSSZ'.

Each check returns the reason (Spanish, naming the field) or None.
"""
import datetime

from . import clock, schema
from .report.format import number
from .i18n import tr
from .text import normalise_code

REPLACEMENT_CHARACTER = "\ufffd"
MAX_TEXT_LENGTH = 100_000  # characters in one value; a 10 MB cell is a broken file, not a note
# A date-time without a zone is the phone's (or the office's) wall clock: Colombia's legal time,
# UTC-5 all year (no daylight saving).
COLOMBIA = datetime.timezone(datetime.timedelta(hours=-5))


def standard_datetime(value):
    """A date-time (datetime, or ISO 8601 text with or without zone, or a date) as the GeoPackage
    standard form in UTC, 'YYYY-MM-DDTHH:MM:SS.SSSZ'; ValueError when it is none. Without a zone
    it is Colombia's time."""
    if isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        moment = datetime.datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        if text[-1:] in ("Z", "z"):
            text = text[:-1] + "+00:00"
        moment = datetime.datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=COLOMBIA)
    moment = moment.astimezone(datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _day(value):
    """The calendar day of a stored date or date-time (ISO text, date or datetime)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def maximum_of(field, unit=None):
    """The largest plausible value of `field` (its unit's, where the field has one), or None."""
    if field.unit_field:
        return schema.QUANTITY_MAXIMA.get(normalise_code(unit or ""), schema.DEFAULT_QUANTITY_MAXIMUM)
    return field.plausible_maximum


def problem(field, value, today=None, unit=None):
    """Why `value` (already of the field's type) cannot be stored in `field`, or None."""
    if value is None:
        return None
    if field.type == schema.TEXT and isinstance(value, str):
        if REPLACEMENT_CHARACTER in value:
            return tr("the text of field '{field}' holds U+FFFD (�), a character lost to a wrong encoding: "
                      "'{value}'; save the file as UTF-8 and import it again").format(
                field=field.name, value=value[:60])
        if len(value) > MAX_TEXT_LENGTH:
            return tr("the text of field '{field}' has {length} characters; at most {maximum} fit").format(
                field=field.name, length=number(len(value), 0), maximum=number(MAX_TEXT_LENGTH, 0))
    if field.happened and field.type in (schema.DATE, schema.DATETIME):
        today = today or clock.today()
        try:
            day = _day(value)
        except ValueError:
            return None  # the type check says it
        if day > today + schema.FUTURE_TOLERANCE:
            return tr("the date {date} of field '{field}' is in the future (today is {today}): it records "
                      "something that already happened; check the date or the device's clock").format(
                date=day.isoformat(), field=field.name, today=today.isoformat())
    if field.type in (schema.REAL, schema.INTEGER) and not isinstance(value, str):
        maximum = maximum_of(field, unit)
        if maximum is not None and value > maximum:
            where = tr(" for the unit '{unit}'").format(unit=unit) if field.unit_field and unit else ""
            return tr("the value {value} of field '{field}' is implausible: above {maximum}{where}").format(
                value=f"{value:g}", field=field.name, maximum=number(maximum, 0), where=where)
    return None
