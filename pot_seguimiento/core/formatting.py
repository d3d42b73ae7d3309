"""Numbers as Colombian users read them: 1.234.567,89."""
import math


def number(value, decimals=2):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def short_number(value):
    """Axis labels: few significant digits, decimal comma."""
    magnitude = abs(value)
    decimals = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2
    return number(value, decimals)
