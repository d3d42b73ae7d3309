"""Codes of territorial units: one canonical form per level, and matching that tolerates the usual written forms
within ONE level.

Entities write the same unit many ways: SDP's population annex says UPZ `016`, the UPZ layer `UPZ16`, a
spreadsheet `16` (or `16.0` once a program read it as a number), a report `UPZ 16`. The store keeps one form per
level (below), and every code that arrives — a unit's own code, a population row's `ambito`, a `codigo_padre` — is
read in that form. Matching never crosses levels: UPZ `001` (Paseo de los Libertadores) and UPR `1` (Zona Norte) or
localidad `01` (Usaquén) are different units, which is why population rows carry their `nivel`.

Levels without a numbered form (vereda, barrio) and block or lot codes are compared as written, trimmed.
"""
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CodeForm:
    digits: int  # the number, zero-padded to this width (a longer number is kept whole)
    prefixes: tuple = ()  # words that may precede the number when written ('UPZ16', 'UPZ 16', 'UPZ-16')


# The canonical form of each level's codes. Bogotá's (SDP, IDECA) are the reference: the levels are Colombian.
FORMS = {
    "municipio": CodeForm(5),  # DANE Divipola: 11001 Bogotá, 05001 Medellín
    "localidad": CodeForm(2, ("LOCALIDAD", "LOC")),  # Bogotá: 01 Usaquén … 20 Sumapaz (Acuerdo 8 de 1977)
    "upz": CodeForm(3, ("UPZ",)),  # Bogotá's UPZ: 001 … 117 (SDP writes 016 and UPZ16)
    "upr": CodeForm(1, ("UPR",)),  # Bogotá's rural planning units: 1 Zona Norte … 5 Río Sumapaz (IDECA: UPR1)
    "upl": CodeForm(2, ("UPL",)),  # Bogotá's UPL (Decreto 555 de 2021): 01 … 33
    "comuna": CodeForm(2, ("COMUNA", "COM")),  # Medellín, Cali: 01 …
}


def _pattern(form):
    prefixes = "|".join(re.escape(p) for p in form.prefixes)
    prefix = f"(?:(?:{prefixes})\\s*[-_.:#]?\\s*)?" if prefixes else ""
    return re.compile(f"^{prefix}0*(\\d+)(?:\\.0+)?$", re.IGNORECASE)


_PATTERNS = {level: _pattern(form) for level, form in FORMS.items()}


def written(code):
    """A code as text, trimmed; numbers without a decimal part ('16.0' from a spreadsheet is 16); None if empty."""
    if code is None or isinstance(code, bool):
        return None
    if isinstance(code, float):
        if code != code:
            return None
        if code.is_integer():
            code = int(code)
    text = str(code).strip()
    return text or None


def canonical(level, code):
    """The stored form of a unit code of `level`: 'UPZ16', 'UPZ 16', '16', 16 and '016' are all '016' for 'upz'.
    A code that does not look like its level's numbered form is kept as written (trimmed)."""
    text = written(code)
    if text is None:
        return None
    pattern = _PATTERNS.get(level)
    match = pattern.match(text) if pattern else None
    if not match:
        return text
    return match.group(1).lstrip("0").zfill(FORMS[level].digits)


class UnitIndex:
    """The units of an expediente by level, to find a code written in any usual form (within its level)."""

    def __init__(self, levels, codes, blocks=()):
        self.by_level = {}
        for level, code in zip(levels, codes):
            if code is not None:
                self.by_level.setdefault(level, {})[canonical(level, code)] = code
        self.blocks = {written(b) for b in blocks if written(b) is not None}

    @classmethod
    def of_store(cls, store, blocks=True):
        units, _ = store.read("unidad_territorial", ["nivel", "codigo"], geometry=False)  # (the store's interface)
        block_codes = store.read("manzana", ["codigo"], geometry=False)[0]["codigo"].tolist() if blocks else ()
        return cls(units["nivel"].tolist(), units["codigo"].tolist(), block_codes)

    def find(self, level, code):
        """The stored code of the unit of `level` written `code`, or None. 'manzana' looks among the blocks."""
        text = written(code)
        if text is None:
            return None
        if level == "manzana":
            return text if text in self.blocks else None
        return self.by_level.get(level, {}).get(canonical(level, text))

    def levels_of(self, code, exact_first=True):
        """Where a code of unknown level points: [('manzana' | level, stored code)].

        exact_first (how an older expediente's rows are read, as the pre-v4 engine located them): a block code
        written exactly wins; then units whose stored code is exactly `code`; then units matching in their level's
        tolerant form — each group only if the earlier ones found nothing. Otherwise (a new import) every block and
        every level the code matches in any usual form, so that '16' is seen to name both localidad 16 and UPZ 016."""
        text = written(code)
        if text is None:
            return []
        blocks = [("manzana", text)] if text in self.blocks else []
        tolerant = [(level, codes[canonical(level, text)]) for level, codes in self.by_level.items()
                    if canonical(level, text) in codes]
        if not exact_first:
            return blocks + tolerant
        if blocks:
            return blocks
        exact = [(level, text) for level, codes in self.by_level.items() if text in codes.values()]
        return exact or tolerant

    def __contains__(self, level):
        return level == "manzana" and bool(self.blocks) or level in self.by_level
