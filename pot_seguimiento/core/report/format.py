"""How numbers and missing values read in the documents (and the panels): the Colombian way, 1.234.567,89.

Spanish number formats whatever QGIS's locale: documents are read by the Concejo and citizens, and a
legend or a table must not switch to 1,234.5 because the cartographer's QGIS is in English.
"""
import datetime
import math

from ..i18n import tr


def number(value, decimals=2):
    """1234567.891 -> '1.234.567,89'; None or NaN -> '—'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def short_number(value):
    """Axis labels: few significant digits, decimal comma."""
    magnitude = abs(value)
    decimals = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2
    return number(value, decimals)


def percent(value, decimals=1):
    """12.345 -> '12,3 %'; None -> the missing-value text."""
    return no_data() if value is None else number(value, decimals) + " %"


def no_data():
    """What a missing value reads in a document ("sin dato"), in the document's language."""
    return tr("no data")


def or_no_data(value, decimals=2):
    """A number, or the missing-value text."""
    return no_data() if value is None or (isinstance(value, float) and math.isnan(value)) else number(value, decimals)


def long_date(value):
    """A date as a sentence says it: '31 de diciembre de 2025' (a table keeps 2025-12-31, which sorts). `value`: a
    date, a datetime or an ISO text ('2025-12-31', '2025-12-31T10:00'); None -> the missing-value text."""
    if value is None or value == "":
        return no_data()
    day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value)[:10])
    months = (tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"), tr("July"),
              tr("August"), tr("September"), tr("October"), tr("November"), tr("December"))
    return tr("{day} {month} {year}").format(day=day.day, month=months[day.month - 1], year=day.year)


def trimmed(value, decimals=1):
    """A class limit as a legend shows it: 1.384.750, 0,2 (no trailing zeros; -0,004 reads 0, as QGIS has it)."""
    text = number(0.0 if round(value, decimals) == 0 else value, decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def class_label(lower, upper, decimals=1):
    """A map class as its legend reads: '0,2 - 0,4'."""
    return f"{trimmed(lower, decimals)} - {trimmed(upper, decimals)}"


# Units whose values count people or things: whole numbers ("8.537 hab", never "8.537,23 hab").
COUNT_UNITS = ("hab", "viv", "viviendas", "hogares", "alertas", "ocupaciones", "proyectos", "personas")
# Units that are not units: a ratio or an index reads as a bare number ("2,06", never "2,06 razón").
NO_UNIT = ("razón", "razon", "índice", "indice", "")
MONEY_UNITS = ("COP", "COP/m²", "COP/hab")


def decimals_for(unit):
    """How many decimals a value in `unit` is written with: counts and pesos whole, % one, the rest two."""
    unit = (unit or "").strip()
    if unit in COUNT_UNITS or unit in MONEY_UNITS or unit in ("m²",):
        return 0
    if unit in ("%", "ha"):
        return 1
    return 2


def unit_suffix(unit):
    """The unit as it follows a number ("%", "m²/hab"), or "" for a ratio or an index."""
    unit = (unit or "").strip()
    return "" if unit.lower() in NO_UNIT else unit


def quantity(value, unit, decimals=None, trim=False):
    """A value with its unit as a document writes it: '81,8 %', '8.537 hab', '2,06' (a ratio), 'sin dato';
    `trim` drops trailing zeros, as a legend's limits read ('65 %')."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return no_data()
    text = number(value, decimals_for(unit) if decimals is None else decimals)
    if trim and "," in text:
        text = text.rstrip("0").rstrip(",")
    suffix = unit_suffix(unit)
    return f"{text} {suffix}" if suffix else text


def titled(name, unit):
    """An indicator's name with its unit, as a legend or a chart titles it: 'Acceso al transporte (%)'."""
    suffix = unit_suffix(unit)
    return f"{name} ({suffix})" if suffix else name


def goal(description, value, unit):
    """A project's goal as a card reads it: its description, with its quantity unless the description already
    says it ('Construir la troncal: 6,5 km' was followed by '(6,50 km)')."""
    amount = quantity(value, unit, trim=True)
    description = (description or "").strip()
    if not description:
        return amount
    if value is None or amount in description or quantity(value, unit) in description:
        return description
    return f"{description} ({amount})"
