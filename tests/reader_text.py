"""What a reader must never meet in a document's text: data-model codes, dot decimals in Spanish, units that
are not units, fractions of people, bare unit codes, horizon codes (issue 20, point 10). Shared by the tests of
the expediente PDF, the report to the Concejo and the minisite."""
import re

_SPACE = r"[ \u00a0\u202f]+"  # within a line: a table's cells are not read across
PATTERNS = {
    # snake_case identifiers (acceso_transporte, sin_iniciar), except published file names (mediciones_2025_s2.csv)
    "code": re.compile(r"(?<![\w./-])[a-z]+(?:_[a-z0-9]+)+(?![\w.]*\.(?:csv|geojson|json|pdf|png))\b"),
    # 6.5 km, 81.8 %: a Spanish document writes 6,5 and 81,8 (1.234 is a thousands separator; 11.3.1 a number)
    "dot decimal": re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.])"),
    "unit that is not one": re.compile(r"\d" + _SPACE + r"(?:razón|índice)\b"),
    "fraction of people": re.compile(r"\d,\d+" + _SPACE + r"hab\b(?!/)"),
    "unit by its code": re.compile(r"\bunidad \d+"),
    "horizon by its code": re.compile(r"Horizonte:?" + _SPACE + r"(?:corto|mediano|largo)\b"),
    # a programme by its bare code ('P1' in the Programa column); a project's code (P1-01) is its name's partner
    "programme by its code": re.compile(r"(?<![\w-])P\d{1,2}(?![\w-])"),
    # a name said twice ("Localidad Localidad 16": a level before a name that already carries it)
    # (one space between: the same word in two cells of a table's line is not a repetition)
    "word said twice": re.compile(r"\b([A-ZÁÉÍÓÚ][a-záéíóúñ]+)[ \u00a0]\1\b"),
}


def defects(text):
    """{kind: sorted matches} of what a reader should not see in `text`."""
    found = {}
    text = re.sub(r"CC BY(?:-[A-Z]{2})* \d\.\d", "", text)  # a licence's version (CC BY-SA 4.0) is not a decimal
    for kind, pattern in PATTERNS.items():
        matches = sorted({m.group(0) for m in pattern.finditer(text)})
        if matches:
            found[kind] = matches
    return found
