"""Heritage (issue 24; docs/patrimonio.md): the state of each declared asset (BIC) read from its inspections, and
what may be published of an asset. Plain data in, plain data out; no QGIS.

An inspection is known by the uuid the phone gave it; a correction is its next version, so an inspection counts in
its latest version. An asset's state at a cut-off is that of its latest inspection dated up to the cut-off (the
last by date and time; corrections of an earlier inspection do not move it in time).
"""
import numpy as np

STATES = ("bueno", "regular", "malo", "perdido")
BAD = ("malo", "perdido")  # an asset in bad state: a page of its own in the expediente PDF
THREATS = ("abandono", "intervencion_sin_licencia", "grafiti", "cerramiento")
NO_STATE = "sin_inspeccion"
# Never published (open data, minisite): a private owner's name is personal data (Ley 1581 de 2012).
PRIVATE_FIELDS = ("propietario",)


def latest_versions(uuids, versions):
    """Mask of the rows that are the latest version of their uuid (numpy, no loop over rows)."""
    uuids = np.asarray(uuids, dtype=object).astype(str)
    versions = np.asarray(versions, dtype=float)
    if not len(uuids):
        return np.zeros(0, bool)
    order = np.lexsort((versions, uuids))  # by uuid, then version: the last of each run is the latest
    last = np.ones(len(order), bool)
    last[:-1] = uuids[order][1:] != uuids[order][:-1]
    mask = np.zeros(len(uuids), bool)
    mask[order[last]] = True
    return mask


def states_at(assets, inspections, cutoff, start=None):
    """For each asset code in `assets` (array): (state at `cutoff` or NO_STATE, date of that inspection or None,
    inspected between `start` and `cutoff`). `inspections` holds columns uuid, version, bien, fecha_hora, estado."""
    assets = np.asarray(assets, dtype=object)
    state = np.full(len(assets), NO_STATE, dtype=object)
    when = np.full(len(assets), None, dtype=object)
    inspected = np.zeros(len(assets), bool)
    if not len(inspections["uuid"]):
        return state, when, inspected
    latest = latest_versions(inspections["uuid"], inspections["version"])
    day = np.asarray(inspections["fecha_hora"], dtype=object).astype(str).astype("U19")
    date = day.astype("U10")
    bien = np.asarray(inspections["bien"], dtype=object).astype(str)
    upto = latest & (date <= str(cutoff)[:10])
    rows = np.flatnonzero(upto)
    rows = rows[np.lexsort((day[rows], bien[rows]))]  # by asset, then date and time
    last = np.ones(len(rows), bool)
    last[:-1] = bien[rows][1:] != bien[rows][:-1]  # the latest inspection of each asset by date
    rows = rows[last]
    codes = assets.astype(str)
    where = np.searchsorted(bien[rows], codes)  # bien[rows] is sorted: one row per asset
    found = (where < len(rows)) & (bien[rows][np.minimum(where, max(len(rows) - 1, 0))] == codes) if len(rows) \
        else np.zeros(len(assets), bool)
    chosen = rows[where[found]]
    state[found] = np.asarray(inspections["estado"], dtype=object)[chosen]
    when[found] = day[chosen].astype(object)
    if start is not None:
        in_period = upto & (date >= str(start)[:10])
        inspected = np.isin(codes, bien[in_period])
    return state, when, inspected


def public_owner(owner_type, owner):
    """The owner as published: a public or mixed owner's name, never a private person's."""
    return owner if owner_type in ("publico", "mixto") and owner else None


EXPERIENCE_SEARCH = ("codigo", "titulo", "proyecto", "anio", "entidad", "beneficiarios", "estrategia", "resultados",
                     "lecciones", "documentos", "unidades")


def matching_experiences(experiences, text):
    """The experiences (dicts of `experiencia`) whose fields hold every word of `text`, any case and accent, newest
    first: how the banco de experiencias is searched."""
    from .text import normalise_code

    words = [normalise_code(w) for w in str(text or "").split()]
    found = []
    for experience in experiences:
        haystack = normalise_code(" ".join(str(experience.get(k) or "") for k in EXPERIENCE_SEARCH))
        if all(word in haystack for word in words):
            found.append(experience)
    return sorted(found, key=lambda e: (-(e.get("anio") or 0), str(e.get("codigo"))))
