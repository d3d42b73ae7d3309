"""Territorialised investment (issue 23): each investment row placed on the territorial units, in whole pesos.

A project's investment is apportioned to units by the share of its footprint's area inside each (a road's footprint
is its right-of-way polygon), with apportion.area_shares; an action's investment goes wholly to the unit holding its
point. Shares are taken over the units the footprint meets (a footprint that spills a few metres over the
municipal edge still puts all its money in the municipality's units), and pesos are handed out by largest
remainder, so the units' pesos add up to each row's value exactly: a report never loses or makes up a peso by
rounding. Rows of a project without footprint, or of a footprint or point in no unit, stay `sin_localizar`.

Vectorised: one STRtree query for every footprint, one for every point; no loop over rows.
"""
from dataclasses import dataclass

import numpy as np
import shapely

from .indicators.apportion import area_shares
from .instruments import PRIVATE_SOURCES, SOURCES, government_term


def whole_pesos(source, weight, values):
    """Integer pesos per (source, unit) pair: for each source, round(value) handed out in proportion to the
    weights of its pairs, by largest remainder (ties to the earlier pair), so they add up to round(value).
    `weight` needs no normalising: each source's weights are taken relative to their own sum."""
    source = np.asarray(source, int)
    weight = np.asarray(weight, float)
    pesos = np.rint(np.asarray(values, float)).astype(np.int64)
    if not len(source):
        return np.zeros(0, np.int64)
    total = np.bincount(source, weights=weight, minlength=len(pesos))
    raw = pesos[source] * (weight / total[source])
    base = np.floor(raw).astype(np.int64)
    left = pesos - np.bincount(source, weights=base, minlength=len(pesos)).astype(np.int64)
    # Within each source, pairs by decreasing remainder: the first `left` of them get one peso more.
    order = np.lexsort((np.arange(len(source)), -(raw - base), source))
    first = np.searchsorted(source[order], source[order], side="left")
    rank = np.arange(len(order)) - first
    extra = np.zeros(len(source), np.int64)
    extra[order] = (rank < left[source[order]]).astype(np.int64)
    return base + extra


@dataclass
class Placed:
    """Investment rows placed on units: pairs (row, unit, pesos); rows with no place are `unplaced`."""
    row: np.ndarray
    unit: np.ndarray
    pesos: np.ndarray
    n_units: int
    unplaced: np.ndarray  # indices of the rows located nowhere

    def by_unit(self, mask=None):
        """Pesos per unit of the rows in `mask` (bool per row; None: every row)."""
        keep = np.ones(len(self.row), bool) if mask is None else np.asarray(mask, bool)[self.row]
        return np.bincount(self.unit[keep], weights=self.pesos[keep], minlength=self.n_units)


def place(rows, project_footprints, action_points, units):
    """Place investment rows (dicts with proyecto or actuacion, valor) on `units` (polygons of one level).

    project_footprints: {project code: polygon or None}; action_points: {action code: point or None}."""
    units = np.asarray(units, dtype=object)
    values = np.array([float(r["valor"] or 0) for r in rows], float)
    parts = []
    # Footprints: each project's once (it has a row per year and source), then every row from its pairs.
    codes = sorted(c for c, g in project_footprints.items() if g is not None and not g.is_empty)
    index = {c: i for i, c in enumerate(codes)}
    footprint = np.array([index.get(r.get("proyecto"), -1) if r.get("proyecto") else -1 for r in rows])
    polygon_rows = np.flatnonzero(footprint >= 0)
    if len(polygon_rows) and len(units):
        shares = area_shares(np.array([project_footprints[c] for c in codes], dtype=object), units)
        order = np.argsort(shares.source, kind="stable")
        source, unit, weight = shares.source[order], shares.unit[order], shares.weight[order]
        count = np.bincount(source, minlength=len(codes))
        start = np.concatenate([[0], np.cumsum(count)[:-1]])
        of_row = footprint[polygon_rows]
        repeat = count[of_row]
        local = np.repeat(np.arange(len(polygon_rows)), repeat)
        offset = np.arange(repeat.sum()) - np.repeat(np.cumsum(repeat) - repeat, repeat)  # 0, 1… within a row
        pair = np.repeat(start[of_row], repeat) + offset
        parts.append((polygon_rows[local], unit[pair], whole_pesos(local, weight[pair], values[polygon_rows])))
    point = np.array([action_points.get(r.get("actuacion")) if r.get("actuacion") else None for r in rows],
                     dtype=object)
    point_rows = np.flatnonzero(~shapely.is_missing(point))
    if len(point_rows) and len(units):
        found, unit = shapely.STRtree(units).query(point[point_rows], predicate="intersects")
        first = np.unique(found, return_index=True)[1]  # a point on a shared edge: the first unit
        found, unit = found[first], unit[first]
        parts.append((point_rows[found], unit, np.rint(values[point_rows[found]]).astype(np.int64)))
    row = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, int)
    unit = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, int)
    pesos = np.concatenate([p[2] for p in parts]) if parts else np.zeros(0, np.int64)
    unplaced = np.setdiff1d(np.arange(len(rows)), row)
    return Placed(row.astype(int), unit.astype(int), pesos.astype(np.int64), len(units), unplaced)


def summary(rows, placed, population=None):
    """Per unit of the placement: total pesos, by source, by government term, per inhabitant (where `population`,
    an array per unit, is given), and the share from private and collaborative sources (%)."""
    sources = np.array([r["fuente"] for r in rows], dtype=object)
    terms = np.array([government_term(r["anio"]) for r in rows], dtype=object)
    total = placed.by_unit()
    out = {"total": total,
           "por_fuente": {s: placed.by_unit(sources == s) for s in SOURCES if (sources == s).any()},
           "por_periodo_gobierno": {t: placed.by_unit(terms == t) for t in sorted(set(terms.tolist()))},
           "sin_localizar": float(sum(float(rows[i]["valor"] or 0) for i in placed.unplaced))}
    private = placed.by_unit(np.isin(sources, PRIVATE_SOURCES))
    out["participacion_privada"] = np.divide(private * 100.0, total, out=np.full(len(total), np.nan),
                                             where=total > 0)
    if population is not None:
        population = np.asarray(population, float)
        out["per_capita"] = np.divide(total, population, out=np.full(len(total), np.nan), where=population > 0)
    return out


def needs_by_term(projects, budget_rows, investment_rows):
    """Prioritisation for the next development plan: per project and government term, what was programmed
    (presupuesto_anual) minus what was executed (effective investment rows). [{proyecto, periodo_gobierno,
    programado, ejecutado, necesidad}] with necesidad = max(programado − ejecutado, 0)."""
    from .instruments import effective

    codes = {p["codigo"] for p in projects}
    programmed, executed = {}, {}
    for project, year, value in budget_rows:
        if project in codes:
            key = (project, government_term(year))
            programmed[key] = programmed.get(key, 0.0) + float(value or 0)
    for row in effective(investment_rows):
        if row.get("proyecto") in codes:
            key = (row["proyecto"], government_term(row["anio"]))
            executed[key] = executed.get(key, 0.0) + float(row["valor"] or 0)
    out = []
    for project, term in sorted(set(programmed) | set(executed)):
        p, e = programmed.get((project, term), 0.0), executed.get((project, term), 0.0)
        out.append({"proyecto": project, "periodo_gobierno": term, "programado": p, "ejecutado": e,
                    "necesidad": max(p - e, 0.0)})
    return out
