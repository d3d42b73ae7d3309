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


def persons_in_rows(band_rows, row_keys, desde, hasta=None):
    """Persons aged desde…hasta of each population row, vectorised: the rule of `persons_in` over whole tables.

    band_rows: {"clave": key of its population row, "sexo", "edad_desde", "edad_hasta" (None: and older),
    "personas"} as arrays (poblacion_edad); row_keys: the keys of the population rows wanted. Per row, its 'total'
    bands, else women's plus men's when both cover the range (`total_counts`). NaN where a row's bands do not
    cover the range (never a silent undercount). Within a row and sex, bands do not overlap (check_bands), so a
    range is covered exactly when the years its bands share with it add up to its length."""
    import numpy as np

    from .indicators.population import lookup

    keys = np.asarray(band_rows["clave"], dtype=object)
    position = lookup(keys, np.asarray(row_keys, dtype=object))  # a sort, not a search per band
    return persons_at(band_rows, position, len(row_keys), desde, hasta)


def persons_at(band_rows, position, n, desde, hasta=None, same_bands=False):
    """persons_in_rows with each band row's population row already known: `position` (its index among the n rows,
    -1 for none). `same_bands`: without 'total' bands, women's plus men's only where both sexes declare the same
    bands, as `total_counts` adds them (else NaN), rather than wherever both cover the range."""
    import numpy as np

    wanted = Band(desde, hasta)
    start = np.asarray(band_rows["edad_desde"], dtype=float)
    end_raw = _floats(band_rows["edad_hasta"])
    persons = _floats(band_rows["personas"])
    sexes = np.asarray(band_rows["sexo"], dtype=object)
    last = np.where(np.isnan(end_raw), np.maximum(start, OPEN_BAND_LAST_AGE), end_raw)
    open_band = np.isnan(end_raw)
    lo = np.maximum(start, desde)
    hi = np.minimum(last, wanted.last)
    shared = np.clip(hi - lo + 1, 0, None)
    inside = (start >= desde) & ((hasta is None) | (~open_band & (end_raw <= (hasta if hasta is not None else 0))))
    share = np.where(inside, 1.0, shared / (last - start + 1))
    share = np.where(np.isnan(persons), 0.0, share)
    counted = np.nan_to_num(persons) * share
    covered_years = np.where(np.isnan(persons), 0.0, shared)
    # An open range needs the open band itself (ages beyond OPEN_BAND_LAST_AGE): only it reaches the end.
    reaches_end = open_band & ~np.isnan(persons) & (shared > 0) if hasta is None else np.zeros(len(start), bool)
    length = wanted.years
    position = np.asarray(position, dtype=int)
    found = position >= 0
    out = {}
    for sexo in SEXES:
        mask = found & (sexes == sexo)
        total = np.bincount(position[mask], weights=counted[mask], minlength=n)
        years = np.bincount(position[mask], weights=covered_years[mask], minlength=n)
        end_ok = (np.bincount(position[mask], weights=reaches_end[mask].astype(float), minlength=n) > 0
                  if hasta is None else np.ones(n, bool))
        ok = (years >= length - 1e-9) & end_ok
        out[sexo] = np.where(ok, total, np.nan)
    both = out["mujeres"] + out["hombres"]  # NaN unless both cover the range
    has_total = np.zeros(n, bool)
    has_total[np.unique(position[found & (sexes == "total")])] = True
    if same_bands:
        both[_different_bands(band_rows, position, sexes, has_total)] = np.nan
    return np.where(has_total, out["total"], both)


def _different_bands(band_rows, position, sexes, has_total):
    """Rows (indices) without 'total' bands whose women and men declare different bands: a Python step only for
    the band rows by sex of such rows (most sources publish totals)."""
    import numpy as np

    by_sex = np.flatnonzero((position >= 0) & (sexes != "total") & ~has_total[np.maximum(position, 0)])
    declared = {}
    for i in by_sex.tolist():
        hasta = band_rows["edad_hasta"][i]
        declared.setdefault((int(position[i]), sexes[i]), set()).add(
            (int(band_rows["edad_desde"][i]), None if hasta is None or hasta != hasta else int(hasta)))
    rows = {row for row, _ in declared}
    return np.array(sorted(row for row in rows if declared.get((row, "mujeres")) != declared.get((row, "hombres"))),
                    dtype=int)


def band_ends(values):
    """edad_hasta as floats, an open band's (None or NaN) as infinity."""
    import numpy as np

    return np.nan_to_num(_floats(values), nan=np.inf)


def _floats(values):
    """NaN for None, as floats, without a Python step per value when the column is numeric already."""
    import numpy as np

    values = np.asarray(values)
    if values.dtype.kind in "iuf":
        return values.astype(float)
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)
