"""Age groups of population rows: declared bands, and the one rule to add them up to any age range.

A population row carries the bands its source publishes (table `poblacion_edad`): DANE's five-year bands
(0–4, 5–9, …, 75–79, 80 y más), the broad groups SDP/DANE publish by UPZ (0–14, 15–59, 60 y más: 60 is the
legal threshold of "persona adulta mayor", Ley 1251 de 2008), the older 0–14/15–64/65+, or any other. Whoever
needs an age range (services observatory: 0–5 for early childhood care, 6–16 for schools; participation; the
accountability report) asks `persons_in` for it rather than expecting a column.

The rule (documented here, used everywhere):
- Ages are whole years completed; a band [desde, hasta] holds ages desde…hasta inclusive; hasta None means
  "desde and older" (an open band).
- A band lying wholly inside the range counts whole; wholly outside, not at all.
- A band partly inside counts in proportion to the single years of age it shares with the range: people are
  taken as spread evenly over the band's years. This is an estimate, and `persons_in` says so (exact=False).
- An open band is spread over desde…OPEN_BAND_LAST_AGE (99: DANE's projections end with "100 y más", a
  handful of people); only a range that cuts an open band needs this.
- If any age of the range is covered by no band, the range cannot be known from the row: None (never a
  silent undercount). A range that ends "and older" needs the row's open band.
"""
import re
from dataclasses import dataclass

from .errors import InputError
from .i18n import tr

OPEN_BAND_LAST_AGE = 99
SEXES = ("total", "mujeres", "hombres")


@dataclass(frozen=True, order=True)
class Band:
    desde: int
    hasta: int = None  # inclusive; None: "and older"

    @property
    def last(self):
        """The last age the band is spread over (OPEN_BAND_LAST_AGE for an open band)."""
        return max(self.desde, OPEN_BAND_LAST_AGE) if self.hasta is None else self.hasta

    @property
    def years(self):
        return self.last - self.desde + 1

    def label(self):
        """'0–14', '60 y más' (documents speak Spanish)."""
        return f"{self.desde} y más" if self.hasta is None else f"{self.desde}–{self.hasta}"

    def column(self, sexo="total"):
        """The name of a mapping field carrying this band ('edad_0_14', 'mujeres_edad_80_mas')."""
        tail = "mas" if self.hasta is None else str(self.hasta)
        return ("" if sexo == "total" else f"{sexo}_") + f"edad_{self.desde}_{tail}"


DANE_FIVE_YEAR = tuple(Band(a, a + 4) for a in range(0, 80, 5)) + (Band(80),)
BROAD = (Band(0, 14), Band(15, 59), Band(60))  # SDP/DANE by UPZ; Ley 1251 de 2008
BROAD_OLD = (Band(0, 14), Band(15, 64), Band(65))  # schema v1–v3's fixed columns

_COLUMN = re.compile(r"^(?:(total|mujeres|hombres)_)?edad_(\d{1,3})_(?:(\d{1,3})|(?:y_|o_)?mas)$")


def parse_column(name):
    """('total' | 'mujeres' | 'hombres', Band) of a band field name, else None.

    'edad_0_14', 'edad_60_mas' (also 'edad_60_y_mas', 'edad_60_o_mas'), 'mujeres_edad_0_4', 'hombres_edad_80_mas'."""
    match = _COLUMN.match(str(name).strip().lower())
    if not match:
        return None
    sexo, desde, hasta = match.group(1) or "total", int(match.group(2)), match.group(3)
    return sexo, Band(desde, None if hasta is None else int(hasta))


def check_bands(bands):
    """Reasons a set of bands (of one row and sex) cannot be stored together: reversed or overlapping bands."""
    problems = []
    ordered = sorted(bands)
    for band in ordered:
        if band.hasta is not None and band.hasta < band.desde:
            problems.append(tr("age band {band} ends before it starts").format(band=band.label()))
    for first, second in zip(ordered, ordered[1:]):
        if first.hasta is None or first.hasta >= second.desde:
            problems.append(tr("age bands {first} and {second} overlap").format(
                first=first.label(), second=second.label()))
    return problems


def persons_in(counts, desde, hasta=None):
    """(persons aged desde…hasta, exact) from {Band: persons} of one row and sex, by the rule above;
    (None, False) when the bands do not cover the range. hasta None: desde and older."""
    if hasta is not None and hasta < desde:
        raise InputError(tr("The age range {desde}–{hasta} ends before it starts.").format(desde=desde, hasta=hasta))
    wanted = Band(desde, hasta)
    total, exact, covered = 0.0, True, []
    for band, persons in counts.items():
        if persons is None:
            continue
        start, end = max(band.desde, desde), _min_end(band.hasta, hasta)
        if end is not None and end < start:
            continue  # outside
        covered.append((start, end))
        inside = (band.desde >= desde) and (hasta is None or (band.hasta is not None and band.hasta <= hasta))
        if inside:
            total += persons
        else:
            shared = min(band.last if end is None else end, band.last) - start + 1
            total += persons * max(shared, 0) / band.years
            exact = False
    if not _covers(covered, wanted):
        return None, False
    return total, exact


def _min_end(a, b):
    if a is None:
        return b
    return a if b is None else min(a, b)


def _covers(pieces, wanted):
    """Whether the pieces (start, end or None) cover every age of `wanted` (an open range to the end)."""
    position = wanted.desde
    for start, end in sorted(pieces, key=lambda p: p[0]):
        if start > position:
            return False
        if end is None:
            return True
        position = max(position, end + 1)
        if wanted.hasta is not None and position > wanted.hasta:
            return True
    return False


def totals_by_sex(rows):
    """{sexo: {Band: persons}} from rows (sexo, edad_desde, edad_hasta, personas) of one population row."""
    out = {}
    for sexo, desde, hasta, persons in rows:
        out.setdefault(sexo, {})[Band(int(desde), None if hasta is None else int(hasta))] = persons
    return out


def total_counts(by_sex):
    """{Band: persons} for both sexes together: the row's 'total' bands, else women's plus men's where both give
    the same bands (a five-year table by sex is usually published without totals)."""
    if "total" in by_sex:
        return by_sex["total"]
    women, men = by_sex.get("mujeres"), by_sex.get("hombres")
    if women and men and set(women) == set(men):
        return {band: women[band] + men[band] for band in women}
    return {}
