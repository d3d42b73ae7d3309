"""Numbers as people type them in Colombian spreadsheets: the one parser every import uses.

Colombia writes thousands with dots and decimals with a comma ("28.500.000.000,75"); spreadsheets
saved in English write the other way round ("28,500,000,000.75"); programs write "28500000000.75"
or "2.85e10". Everything that has only one reading is accepted. What has two is refused rather
than guessed: "1.500" is 1500 to a Colombian and 1.5 to a program, "2,500" the same the other way,
and a factor of a thousand in a budget is not a detail.
"""
import re

import numpy as np

_GROUPED = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")  # 1.234.567 or 1,234,567
_PLAIN = re.compile(r"^\d+$")
_CURRENCY = ("$", "cop", "col$")


class AmbiguousNumber(ValueError):
    """A number with two readings ("1.500"); str() is the text as given."""


def parse_number(value):
    """The float `value` stands for; ValueError when it is not a number, AmbiguousNumber when it
    could be two. Numbers that came typed (int, float, numpy) pass as they are; booleans do not."""
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    lowered = text.lower()
    for symbol in _CURRENCY:
        if lowered.startswith(symbol):
            text, lowered = text[len(symbol):], lowered[len(symbol):]
    sign = ""
    if text and text[0] in "+-":
        sign, text = text[0], text[1:]
    if not text:
        raise ValueError(value)
    if "e" in text.lower():  # scientific notation only as programs write it: 2.85e10
        return float(sign + text)
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        whole, fraction = text.rsplit(decimal, 1)
        if not _GROUPED.match(whole) or whole.count(decimal) or not _PLAIN.match(fraction):
            raise ValueError(value)
        return float(sign + whole.replace("." if decimal == "," else ",", "") + "." + fraction)
    for mark in (",", "."):
        if mark not in text:
            continue
        if text.count(mark) > 1:  # only thousands have several: 1.234.567
            if not _GROUPED.match(text):
                raise ValueError(value)
            return float(sign + text.replace(mark, ""))
        whole, fraction = text.split(mark)
        if not _PLAIN.match(fraction) or (whole and not _PLAIN.match(whole)):
            raise ValueError(value)
        if len(fraction) == 3 and whole and whole != "0" and len(whole) <= 3:
            raise AmbiguousNumber(value)  # 1.500 / 2,500: thousands or decimals?
        return float(sign + (whole or "0") + "." + fraction)
    if not _PLAIN.match(text):
        raise ValueError(value)
    return float(sign + text)


def parse_optional_number(value):
    """parse_number, with None and blank text as None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_number(value)
