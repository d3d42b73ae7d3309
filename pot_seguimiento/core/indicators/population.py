"""Where the population of a census year comes from, and how it reaches each unit.

Population rows (`poblacion`) are given for blocks (nivel ``manzana``) or for
territorial units of one level (``upz``, ``localidad``, ``vereda``…). The row's
`nivel` says which; rows without it (expedientes before schema v4) are placed by
their code: a block code is a block, else the unit of that code (the finest
level holding it).

For a computation at level L, a year's population comes from one level, the
*source*:
- L's own rows if the year has them: each unit gets exactly its published
  population;
- else the finest level the year has: blocks, else the unit level nested deepest through
  codigo_padre (UPZ in localidad in municipio), else the one with most units.

How the source reaches L's units:
- ``manzanas`` – block population (the original path): each block's people are
  shared among the units it overlaps by area;
- ``exacta`` – source and L are the same level: by code;
- ``suma_codigo_padre`` – the source's units nest in L's through codigo_padre
  (UPZ → localidad): the sum of its children, exactly;
- ``reparto_espacial`` – otherwise (no codigo_padre link, or a finer L): the
  source's people spread inside it (dasymetry.py), each place counted in the L
  unit that holds it; where L's units overlap, the smaller one, and a unit
  nested in the source (by codigo_padre) before any other.

The municipality always takes the finest source, all of it, whatever L: the
municipal value of an indicator does not depend on the level computed.
"""
import functools
from dataclasses import dataclass

import numpy as np
import shapely

from .apportion import area_shares
from .dasymetry import METHODS, Dasymetry

BLOCK_LEVEL = "manzana"
MUNICIPALITY_LEVEL = "municipio"


def _text(values):
    return np.array(["" if v is None else str(v).strip() for v in values], dtype=object)


def _numbers(rows, column):
    if column not in rows.columns:
        return np.zeros(len(rows))
    values = np.asarray(rows[column])
    if values.dtype.kind in "iuf":
        return values.astype(float)
    return np.array([0.0 if v is None else float(v) for v in values], dtype=float)


def lookup(keys, codes):
    """Index of each key in `codes` (-1 where absent), vectorised: a sort, not a dict per row."""
    return _sorted_lookup(np.asarray(keys, dtype=str), np.asarray(codes, dtype=str))


def lookup_rows(keys, rows):
    """Index of each key in `rows` (-1 where absent), keys and rows given as parallel columns (nivel, ambito, anio):
    the values of each column numbered together, the numbers combined into one integer per row, found by a sort
    (a million band rows keyed to their population rows in a fraction of a second, not a tuple per row)."""
    n = len(keys[0])
    key_numbers, row_numbers = np.zeros(n, np.int64), np.zeros(len(rows[0]), np.int64)
    for key_column, row_column in zip(keys, rows):
        _, number = np.unique(np.concatenate([np.asarray(key_column), np.asarray(row_column)]), return_inverse=True)
        number = np.asarray(number, np.int64).ravel()
        base = int(number.max()) + 1 if len(number) else 1
        key_numbers, row_numbers = key_numbers * base + number[:n], row_numbers * base + number[n:]
    return _sorted_lookup(key_numbers, row_numbers)


def key_columns(rows):
    """(nivel, ambito, anio) of population or age-band rows, typed alike for lookup_rows."""
    return (np.asarray(rows["nivel"], dtype=str), np.asarray(rows["ambito"], dtype=str),
            np.asarray(rows["anio"]).astype(np.int64))


def _sorted_lookup(keys, codes):
    found = np.full(len(keys), -1)
    if len(codes) == 0 or len(keys) == 0:
        return found
    order = np.argsort(codes, kind="stable")
    position = np.clip(np.searchsorted(codes[order], keys), 0, len(codes) - 1)
    hit = codes[order][position] == keys
    found[hit] = order[position[hit]]
    return found


@dataclass
class Source:
    """The population rows of one level and year, with the polygons they describe."""
    level: str
    codes: np.ndarray
    rows: object  # Layer of poblacion rows aligned with codes
    geometries: np.ndarray
    parents: np.ndarray  # codigo_padre of each unit ("" for blocks or none)

    @property
    def is_blocks(self):
        return self.level == BLOCK_LEVEL

    def values(self, column):
        cache = self.__dict__.setdefault("_values", {})
        if column not in cache:
            cache[column] = _numbers(self.rows, column)
        return cache[column]


class Units:
    """Territorial units of every level (unidad_territorial), looked up by level and code."""

    def __init__(self, layer):
        self.codes = _text(layer["codigo"])
        self.levels = _text(layer["nivel"]) if "nivel" in layer.columns else np.full(len(self.codes), "", object)
        self.parents = (_text(layer["codigo_padre"]) if "codigo_padre" in layer.columns
                        else np.full(len(self.codes), "", object))
        self.geometries = layer.geometries
        self.index = {(level, code): i for i, (level, code) in enumerate(zip(self.levels, self.codes))}
        self.levels_of_code = {}
        for level, code in zip(self.levels, self.codes):
            self.levels_of_code.setdefault(code, set()).add(level)
        levels, counts = np.unique(self.levels, return_counts=True) if len(self.levels) else ([], [])
        # Finer first: a level nested in another through codigo_padre (UPZ in localidad in municipio) is
        # finer than it; among unrelated levels the one with more units. The municipality is the coarsest.
        depth = self._depths()
        self.fineness = {level: (level == MUNICIPALITY_LEVEL, -depth.get(level, 0), -count, level)
                         for level, count in zip(levels, counts)}

    def _depths(self):
        """{level: steps up to the top through codigo_padre}, from each level's usual parent level."""
        parent_level = {}
        for level, parent in zip(self.levels, self.parents):
            upper = self.levels_of_code.get(parent, set()) - {level}
            if len(upper) == 1:
                counts = parent_level.setdefault(level, {})
                upper = upper.pop()
                counts[upper] = counts.get(upper, 0) + 1
        parent_level = {level: max(counts, key=counts.get) for level, counts in parent_level.items()}
        depths = {}
        for level in parent_level:
            seen, current = [], level
            while current in parent_level and current not in seen:  # a cycle stops the walk
                seen.append(current)
                current = parent_level[current]
            depths[level] = len(seen)
        return depths

    def finest_level_of(self, code):
        levels = self.levels_of_code.get(code)
        return min(levels, key=self.fineness.get) if levels else None

    def parent_in(self, level, codes, target_level, target_codes):
        """Index into target_codes of the ancestor of each (level, code) by codigo_padre, or -1."""
        target_index = {code: i for i, code in enumerate(target_codes)}
        found = np.full(len(codes), -1)
        for i, code in enumerate(codes):  # one step per level up: units, not data features
            current_level, current = level, code
            for _ in range(8):
                position = self.index.get((current_level, current))
                parent = self.parents[position] if position is not None else ""
                if not parent:
                    break
                if parent in target_index and target_level in self.levels_of_code.get(parent, ()):
                    found[i] = target_index[parent]
                    break
                upper = self.levels_of_code.get(parent, set()) - {current_level}
                if len(upper) != 1:
                    break
                current_level, current = upper.pop(), parent
        return found


class Placement:
    """How one source reaches a list of target units: population per column, and population weighted
    per place (served, exposed), all from the same places, so that served never exceeds population."""

    def __init__(self, source, n_targets, method, block_shares=None, items=None, mapped=None, item_target=None):
        self.source, self.n_targets, self.method = source, n_targets, method
        self.block_shares = block_shares  # Shares block row -> target (block sources)
        self.items = items  # dasymetric places (unit sources)
        self.mapped = mapped  # per source row: its target by code or codigo_padre, -1 if placed spatially
        self.item_target = item_target  # per place: target index, -1 in none

    @functools.cached_property
    def places(self):
        """(x, y, polygon or None) of each place: the blocks, or the dasymetric items."""
        if self.block_shares is not None:
            anchors = shapely.point_on_surface(self.source.geometries)
            return shapely.get_x(anchors), shapely.get_y(anchors), self.source.geometries
        return self.items.x, self.items.y, self.items.polygons

    def population(self, column="poblacion"):
        values = self.source.values(column)
        if self.block_shares is not None:
            return self.block_shares.sum_by_unit(values)
        out = np.zeros(self.n_targets)
        mapped = self.mapped >= 0
        np.add.at(out, self.mapped[mapped], values[mapped])  # exact: published totals, not sums of shares
        return out + self._by_place(values, located_only=True)

    def weighted(self, place_weight, column="poblacion"):
        """Σ population × place_weight (0–1 per place: served, share exposed) per target."""
        values = self.source.values(column)
        if self.block_shares is not None:
            return self.block_shares.sum_by_unit(values * place_weight)
        return self._by_place(values, weight=place_weight)

    def _by_place(self, values, located_only=False, weight=None):
        items = self.items
        share = values[items.source] * items.fraction * (1.0 if weight is None else weight)
        keep = self.item_target >= 0
        if located_only:
            keep &= self.mapped[items.source] < 0
        return np.bincount(self.item_target[keep], weights=share[keep], minlength=self.n_targets)

    def methods(self):
        """Per target, {how its people were placed: share of its population}."""
        if self.block_shares is not None:
            counts = self.block_shares.sum_by_unit(np.ones(len(self.source.codes)))
            return [{"poblacion_por_manzana": 1.0} if c > 0 else {} for c in counts]
        items = self.items
        values = self.source.values("poblacion")[items.source] * items.fraction
        valid = self.item_target >= 0
        table = np.zeros((self.n_targets, len(METHODS)))
        np.add.at(table, (self.item_target[valid], items.method[items.source[valid]]), values[valid])
        total = table.sum(axis=1)
        return [{METHODS[m]: round(float(row[m] / t), 4) for m in np.flatnonzero(row)} if t > 0 else {}
                for row, t in zip(table, total)]


class Population:
    """The engine's population: sources per census year and their placement at the engine's level."""

    def __init__(self, engine, residential=None, grid_m=None):
        self.engine = engine
        inputs = engine.inputs
        self.units = Units(inputs.population_units)
        self.block_codes = _text(inputs.blocks["codigo"]) if len(inputs.blocks) else np.zeros(0, object)
        self.residential = residential
        self.grid_m = grid_m

    # -- sources -----------------------------------------------------------
    @functools.lru_cache(maxsize=8)
    def sources(self, census_year):
        """{level: Source} of a census year, finest first."""
        inputs = self.engine.inputs
        rows = inputs.population.where(np.asarray(inputs.population["anio"]) == census_year)
        codes = _text(rows["ambito"])
        levels = _text(rows["nivel"]) if "nivel" in rows.columns else np.full(len(codes), "", object)
        undeclared = np.flatnonzero(levels == "")  # rows of an expediente before v4: found by their code
        if len(undeclared):
            is_block = lookup(codes[undeclared], self.block_codes) >= 0
            levels[undeclared] = [BLOCK_LEVEL if block else (self.units.finest_level_of(code) or "")
                                  for code, block in zip(codes[undeclared], is_block)]
        sources = {}
        for level in set(levels) - {""}:
            if level == BLOCK_LEVEL:
                position = lookup(codes[levels == level], self.block_codes)
                geometries = inputs.blocks.geometries
                parents = None
            else:
                of_level = np.flatnonzero(self.units.levels == level)
                if not len(of_level):  # no unit of that level (e.g. 'sin_unidad', rows an upgrade could not place)
                    continue
                position = lookup(codes[levels == level], self.units.codes[of_level])
                position = np.where(position >= 0, of_level[np.maximum(position, 0)], -1)
                geometries = self.units.geometries
                parents = self.units.parents
            found = position >= 0
            if not found.any():
                continue
            mask = np.flatnonzero(levels == level)[found]
            sources[level] = Source(level, codes[mask], rows.where(np.isin(np.arange(len(rows)), mask)),
                                    geometries[position[found]],
                                    parents[position[found]] if parents is not None else
                                    np.full(found.sum(), "", object))
        order = sorted(sources, key=lambda level: (level != BLOCK_LEVEL,
                                                   self.units.fineness.get(level, (True, 0, level))))
        return {level: sources[level] for level in order}

    def finest(self, census_year):
        sources = self.sources(census_year)
        return next(iter(sources.values())) if sources else None

    def for_level(self, census_year):
        """The source of the engine's level: its own rows, else the finest."""
        sources = self.sources(census_year)
        return sources.get(self.engine.level) or self.finest(census_year)

    # -- places ------------------------------------------------------------
    @functools.lru_cache(maxsize=8)
    def items(self, census_year, level):
        """The dasymetric places of a unit-level source (None for blocks)."""
        source = self.sources(census_year)[level]
        if source.is_blocks:
            return None
        return Dasymetry(source.geometries, self.engine.dasymetric_layers(), self.grid_m).items()

    @functools.lru_cache(maxsize=8)
    def placements(self, census_year):
        """(placement at the level, placement at the municipality), or None without population."""
        level_source, finest = self.for_level(census_year), self.finest(census_year)
        if finest is None:
            return None
        engine = self.engine
        units = engine.inputs.units
        return (self._place(census_year, level_source, units.geometries, _text(units["codigo"]), engine.level),
                self._place(census_year, finest, np.array([engine.inputs.municipality], dtype=object),
                            None, MUNICIPALITY_LEVEL))

    def _place(self, census_year, source, targets, target_codes, target_level):
        n = len(targets)
        if source.is_blocks:
            return Placement(source, n, "manzanas", block_shares=area_shares(source.geometries, targets))
        items = self.items(census_year, source.level)
        if target_level == MUNICIPALITY_LEVEL:
            mapped, method = np.zeros(len(source.codes), int), "total"
        elif source.level == target_level:
            index = {code: i for i, code in enumerate(target_codes)}
            mapped, method = np.array([index.get(c, -1) for c in source.codes]), "exacta"
        else:  # by codigo_padre where a unit has it, else by place
            mapped = self.units.parent_in(source.level, source.codes, target_level, target_codes)
            method = ("suma_codigo_padre" if (mapped >= 0).all() else "reparto_espacial" if (mapped < 0).all()
                      else "suma_codigo_padre_y_reparto_espacial")
        item_target = mapped[items.source].copy()
        located = item_target < 0
        if located.any() and method != "exacta":
            children = self.units.parent_in(target_level, target_codes, source.level, source.codes)
            item_target[located] = locate(items.x[located], items.y[located], items.source[located],
                                          targets, children)
        return Placement(source, n, method, items=items, mapped=mapped, item_target=item_target)


def locate(x, y, item_source, targets, child_of):
    """Target index of each point (-1 in none): among the targets holding it, one nested in the
    point's source (child_of[target] == source) first, then the smallest target."""
    if len(x) == 0 or len(targets) == 0:
        return np.full(len(x), -1)
    targets = np.asarray(targets, dtype=object)
    point, target = shapely.STRtree(targets).query(shapely.points(x, y), predicate="intersects")
    area = shapely.area(targets)
    rank = np.empty(len(targets), int)
    rank[np.lexsort((np.arange(len(targets)), area))] = np.arange(len(targets))
    penalty = (child_of[target] != item_source[point]).astype(int)
    order = np.lexsort((rank[target], penalty, point))
    point, target = point[order], target[order]
    first = np.r_[True, point[1:] != point[:-1]]
    found = np.full(len(x), -1)
    found[point[first]] = target[first]
    return found
