"""Indicator engine: the expediente's data for one period, and the shared steps.

Every indicator is computed for the units of one level plus the whole
municipality, which is simply one more "unit" at the end of the arrays, so
one code path gives both and they always agree.
"""
import fnmatch
import functools
from dataclasses import dataclass, field as dc_field

import numpy as np
import shapely

from .. import age_bands
from ..i18n import tr
from .apportion import Shares, area_by_unit, area_shares, disjoint_parts, dissolve, share_inside
from .dasymetry import DEFAULT_GRID_M
from .population import Population, lookup


@dataclass
class Layer:
    """A store table as columns (numpy arrays) and geometries."""
    columns: dict
    geometries: np.ndarray = None

    def __len__(self):
        return len(next(iter(self.columns.values()))) if self.columns else 0

    def where(self, mask):
        mask = np.asarray(mask, bool)
        return Layer({k: v[mask] for k, v in self.columns.items()},
                     None if self.geometries is None else self.geometries[mask])

    def __getitem__(self, name):
        return self.columns[name]


@dataclass
class Result:
    """Values per unit (the municipality last); None where a value cannot exist, with a note why."""
    valor: np.ndarray
    numerador: np.ndarray
    denominador: np.ndarray
    notas: list = dc_field(default_factory=list)
    parametros: dict = dc_field(default_factory=dict)
    parametros_unidad: list = None  # per unit, parameters of that measurement only (how its people were placed)

    def __post_init__(self):
        # An infinite part (the log of a zero area, a division by zero) is a value that cannot exist: NaN, stored
        # as NULL with its note like any other, never "inf" in the expediente, its documents or its open data.
        for name in ("valor", "numerador", "denominador"):
            values = np.asarray(getattr(self, name), float)
            setattr(self, name, np.where(np.isfinite(values), values, np.nan))


def ratio(numerador, denominador, factor=1.0, empty_note=None):
    """numerador / denominador × factor, with NaN and a note where the denominator is 0."""
    numerador = np.asarray(numerador, float)
    denominador = np.asarray(denominador, float)
    valor = np.full(len(numerador), np.nan)
    ok = denominador > 0
    valor[ok] = numerador[ok] / denominador[ok] * factor
    notas = [None if good else (empty_note or tr("no data for the denominator")) for good in ok]
    return Result(valor, numerador, denominador, notas)


@dataclass
class Lots:
    """Lots known by their bounding boxes; real geometries are fetched only where needed."""
    codes: np.ndarray
    area: np.ndarray  # area_terreno (m²)
    boxes: np.ndarray  # n × (minx, miny, maxx, maxy)
    geometries_of: object  # callable(indices) -> geometries

    def __len__(self):
        return len(self.codes)

    @classmethod
    def from_geometries(cls, codes, area, geometries):
        geometries = np.asarray(geometries, dtype=object)
        area = np.array([np.nan if a is None else a for a in area], dtype=float)
        area = np.where(np.isnan(area), shapely.area(geometries), area)
        return cls(np.asarray(codes), area, shapely.bounds(geometries), lambda indices: geometries[indices])


@dataclass
class Inputs:
    """Everything the built-in indicators read. The store's implementation loads each
    attribute on first use, so a battery reads only the tables it needs."""
    units: Layer  # the units of the level (codigo, nombre)
    municipality: object  # polygon
    municipality_code: str
    blocks: Layer  # manzana (codigo)
    population: Layer  # poblacion (ambito, anio, poblacion, viviendas…)
    population_units: Layer  # unidad_territorial of every level (codigo, nivel, codigo_padre)
    lots: Lots
    land_values: Layer  # valor_suelo of lots (codigo, anio, valor_m2)
    zoning: Layer  # zonificacion (tipo, categoria)
    public_space: Layer  # espacio_publico (efectivo)
    facilities: Layer  # equipamiento (codigo, sector, capacidad, estado, naturaleza)
    hazards: Layer  # amenaza (nivel)
    transit: Layer  # transporte (capacidad)
    footprints: Layer  # huella (anio)
    alerts: Layer = None  # alerta_ocupacion (codigo, prioridad, detectada_en)
    visits: Layer = None  # visita (uuid, version, alerta, fecha_hora, hallazgo)
    actions: Layer = None  # accion_control (alerta, fecha, estado)
    # The observatory of instruments (indicators/instruments.py): obligations (dicts with their geometry), receipts,
    # investment rows, and {code: geometry} of instruments, projects' footprints and actions' points.
    observatory: dict = None
    facility_reports: Layer = None  # reporte_equipamiento (fid, equipamiento, periodo, capacidad, usuarios, reemplaza)
    # The heritage observatory (indicators/heritage.py).
    assets: Layer = None  # bien_patrimonial (codigo) with points
    inspections: Layer = None  # inspeccion_patrimonio (uuid, version, bien, fecha_hora, estado)
    interventions: Layer = None  # intervencion_patrimonio (bien, con_licencia, fecha_inicio)
    activities: Layer = None  # actividad_tradicional (anio_registro, anio_cierre) with points
    heritage_counts: tuple = (0, 0)  # (assets, traditional activities) in the expediente
    population_ages: Layer = None  # poblacion_edad (nivel, ambito, anio, sexo, edad_desde, edad_hasta, personas)
    streets: Layer = None  # via (tipo) with its lines: the services' distances run along them (street_network.py)

    def age_bands_meeting(self, year, desde, hasta=None):
        """The poblacion_edad rows of a census year whose band meets the age range desde…hasta (None: and older):
        the only ones the range's persons and coverage depend on (age_bands.persons_at)."""
        bands = self.population_ages
        if bands is None or not len(bands):
            return bands
        end = age_bands.band_ends(bands["edad_hasta"])
        mask = (np.asarray(bands["anio"]).astype(int) == int(year)) & (end >= desde)
        if hasta is not None:
            mask &= np.asarray(bands["edad_desde"], dtype=float) <= hasta
        return bands.where(mask)
    # Participation: {"actividades", "plan", "compromisos", "estados"} as Layers (core/indicators/participation.py).
    participation: dict = None
    participation_records: int = 0  # activities and plan rows in the expediente

    def lot_values(self, year):
        """valor_m2 of each lot in `year`, aligned with `lots` (NaN where none)."""
        from .land_value import aligned

        of_year = self.land_values["anio"] == year
        return aligned(self.lots.codes, self.land_values["codigo"][of_year], self.land_values["valor_m2"][of_year])


def within(x, y, points, distance):
    """Indices of the places (x, y) within `distance` of any of `points`: candidates by box from an
    STRtree of the places, then the exact distance (as GEOS measures it between points)."""
    points = np.asarray(points, dtype=object)
    if len(points) == 0 or len(x) == 0:
        return np.zeros(0, int)
    if not (shapely.get_type_id(points) == 0).all():  # not plain points: GEOS's own test
        index, _ = shapely.STRtree(points).query(shapely.points(x, y), predicate="dwithin", distance=distance)
        return np.unique(index)
    px, py = shapely.get_x(points), shapely.get_y(points)
    tree = shapely.STRtree(shapely.points(x, y))
    point, place = tree.query(shapely.box(px - distance, py - distance, px + distance, py + distance))
    dx, dy = x[place] - px[point], y[place] - py[point]
    return np.unique(place[np.sqrt(dx * dx + dy * dy) <= distance])


class Engine:
    """residential_zones: zonificacion categories (fnmatch patterns, any case) where people live, for
    spreading population given by unit (dasymetry.py), by default the inputs'; grid_m: spacing of the
    population grid."""

    def __init__(self, inputs, year, progress=None, residential_zones=None, grid_m=DEFAULT_GRID_M, period=None):
        self.inputs = inputs
        self.year = int(year)
        self.period = str(period or year)  # '2025' or '2025-S1': what periodic reports (facilities') are read for
        self.areas = np.append(shapely.area(inputs.units.geometries), inputs.municipality.area)
        self.progress = progress
        if residential_zones is None:  # the expediente's own (StoreInputs remembers the last ones given)
            residential_zones = getattr(inputs, "residential_zones", None) or ()
        self.residential_zones = [str(z).strip() for z in residential_zones if str(z).strip()]
        self.grid_m = float(grid_m or DEFAULT_GRID_M)
        self._shared = {}

    def shared(self, name, build):
        """One `build(engine)` per engine, shared by the indicators that need it."""
        if name not in self._shared:
            self._shared[name] = build(self)
        return self._shared[name]

    @functools.cached_property
    def all_units(self):
        return np.append(self.inputs.units.geometries, [self.inputs.municipality]).astype(object)

    @property
    def n(self):
        return len(self.all_units)

    @functools.cached_property
    def level(self):
        level = getattr(self.inputs, "level", None)
        if level is None and "nivel" in self.inputs.units.columns and len(self.inputs.units):
            level = self.inputs.units["nivel"][0]
        return level

    # -- population ------------------------------------------------------
    def census_years(self):
        return self._census_years

    @functools.cached_property
    def _census_years(self):
        # Once per engine: asked for by every indicator and section (160 times a cycle), its rows never change.
        population = self.inputs.population
        return [int(y) for y in np.unique(np.asarray(population["anio"]).astype(int))] if len(population) else []

    def census_year(self, year=None):
        """The latest census year not after `year` (else the earliest one)."""
        year = self.year if year is None else year
        years = self.census_years()
        if not years:
            return None
        before = [y for y in years if y <= year]
        return before[-1] if before else years[0]

    def nearest_census_year(self, year):
        years = self.census_years()
        return min(years, key=lambda y: (abs(y - year), y)) if years else None

    @functools.cached_property
    def population_model(self):
        return Population(self, self.residential_zones, self.grid_m)

    def placements(self, census_year=None):
        census_year = census_year or self.census_year()
        return None if census_year is None else self.population_model.placements(census_year)

    def population(self, column="poblacion", census_year=None):
        """Population (or another poblacion column) per unit, the municipality last (population.py)."""
        placements = self.placements(census_year)
        if placements is None:
            return np.zeros(self.n)
        level, municipality = placements
        return np.append(level.population(column), municipality.population(column))

    def _by_place(self, weigh):
        """Population × weigh(x, y, polygons) per unit, each source's places weighed once."""
        placements = self.placements()
        if placements is None:
            return np.zeros(self.n)
        weights = {}
        out = []
        for placement in placements:
            key = id(placement.source)
            if key not in weights:
                weights[key] = weigh(*placement.places)
            out.append(placement.weighted(weights[key]))
        return np.concatenate(out)

    def population_served(self, reach):
        """Population whose place lies within the distance of any point, for [(points, distance)]."""
        def served(x, y, polygons):
            flag = np.zeros(len(x), bool)
            for points, distance in reach:
                flag[within(x, y, points, distance)] = True
            return flag.astype(float)
        return self._by_place(served)

    def population_exposed(self, zone):
        """Population living in `zone` (interior-disjoint parts, apportion.disjoint_parts): blocks and
        footprints by the share of their area in it, grid points and lots by whether they lie in it.
        Each place meets only the parts its box touches (an STRtree), never the whole zone."""
        def exposed(x, y, polygons):
            share = np.zeros(len(x))
            has_polygon = ~shapely.is_missing(polygons)
            if has_polygon.any():
                share[has_polygon] = share_inside(polygons[has_polygon], zone)
            if (~has_polygon).any():
                points = np.flatnonzero(~has_polygon)
                inside, _ = shapely.STRtree(zone).query(shapely.points(x[points], y[points]), predicate="within")
                share[points[inside]] = 1.0
            return share
        return self._by_place(exposed)

    def population_parameters(self, places=False):
        """(parameters shared by every measurement, per-unit parameters or None): the population's
        year, source level and how it reached the units; with `places`, how it was spread inside them."""
        census_year = self.census_year()
        placements = self.placements(census_year)
        if placements is None:
            return {"anio_poblacion": census_year}, None
        level, municipality = placements
        common = {"anio_poblacion": census_year, "poblacion_nivel": level.source.level,
                  "poblacion_asignacion": level.method, "poblacion_nivel_municipio": municipality.source.level}
        if not places:
            return common, None
        per_unit = [{"distribucion_poblacion": m} for m in level.methods() + municipality.methods()]
        items = [p.items for p in placements if p.items is not None]
        if items:
            common["malla_m"] = items[0].grid_m
            common["zonas_residenciales"] = self.residential_zones
            if self.footprint_years():
                common["anio_huella"] = self.footprint_years()[-1]
        return common, per_unit

    def dasymetric_layers(self):
        """What the expediente has to say where people live inside units (dasymetry.py)."""
        inputs = self.inputs
        layers = {"blocks": inputs.blocks.geometries if len(inputs.blocks) else None}
        if layers["blocks"] is None:
            layers["lots"] = inputs.lots if inputs.lots is not None else None
        years = self.footprint_years()
        year = years[-1] if years else None
        if year is not None:
            layers["footprints"] = inputs.footprints.geometries[np.asarray(inputs.footprints["anio"]) == year]
        zoning = self.inputs.zoning
        layers["residential"] = zoning.geometries[self.residential_mask()] if len(zoning) else None
        urban = (zoning["tipo"] == "clasificacion_suelo") & (zoning["categoria"] == "urbano")
        layers["urban"] = (zoning.geometries[urban]
                           if len(zoning) else None)
        return layers

    def residential_mask(self):
        """Zoning rows whose categoria matches one of residential_zones (any case, * and ? wildcards)."""
        zoning = self.inputs.zoning
        patterns = [p.casefold() for p in self.residential_zones]
        categories = np.array([str(c or "").casefold() for c in zoning["categoria"]], dtype=object)
        unique, position = np.unique(categories, return_inverse=True)  # a few categories, many zones
        matches = np.array([any(fnmatch.fnmatchcase(c, p) for p in patterns) for c in unique], dtype=bool)
        return matches[position] if len(unique) else np.zeros(0, bool)

    def place_rows(self, codes):
        """Shares (row -> unit, the municipality last) of table rows located by an `ambito` (block or
        unit code), by the population's rules: blocks by area; units of the level by code, through
        codigo_padre, else by area of the unit's polygon (overlaps of its level resolved)."""
        from .dasymetry import resolve_overlaps

        model = self.population_model
        codes = np.array(["" if c is None else str(c).strip() for c in codes], dtype=object)
        n_level = self.n - 1
        parts = []
        block = lookup(codes, model.block_codes)
        rows = np.flatnonzero(block >= 0)
        if len(rows):
            shares = area_shares(self.inputs.blocks.geometries[block[rows]], self.all_units)
            parts.append(Shares(rows[shares.source], shares.unit, shares.weight, self.n))
        unit_codes = np.array(["" if c is None else str(c).strip() for c in self.inputs.units["codigo"]], dtype=object)
        levels = np.array([model.units.finest_level_of(c) if b < 0 else None for c, b in zip(codes, block)],
                          dtype=object)
        for level in sorted({lv for lv in levels if lv}):
            rows = np.flatnonzero(levels == level)
            everyone = Shares(rows, np.full(len(rows), n_level), np.ones(len(rows)), self.n)
            if level == self.level:
                index = {c: i for i, c in enumerate(unit_codes)}
                target = np.array([index.get(c, -1) for c in codes[rows]])
            else:
                target = model.units.parent_in(level, codes[rows], self.level, unit_codes)
            mapped = target >= 0
            parts += [everyone, Shares(rows[mapped], target[mapped], np.ones(mapped.sum()), self.n)]
            if (~mapped).any():
                all_of_level = np.flatnonzero(model.units.levels == level)
                resolved = resolve_overlaps(model.units.geometries[all_of_level])
                position = {c: i for i, c in enumerate(model.units.codes[all_of_level])}
                polygons = resolved[[position[c] for c in codes[rows[~mapped]]]]
                shares = area_shares(polygons, self.inputs.units.geometries)
                parts.append(Shares(rows[~mapped][shares.source], shares.unit, shares.weight, self.n))
        if not parts:
            return Shares(np.zeros(0, int), np.zeros(0, int), np.zeros(0), self.n)
        return Shares(*(np.concatenate([getattr(p, name) for p in parts]) for name in ("source", "unit", "weight")),
                      self.n)

    # -- land layers -----------------------------------------------------
    # A land layer is handled as interior-disjoint parts (apportion.disjoint_parts): overlaps within
    # the layer count once, as a dissolve would, but no city-wide union is ever cut by every unit.
    def zone(self, tipo, categorias=None):
        """The zone dissolved into one geometry (None where there is none), for the population's
        places; the land indicators use `zone_parts`, which covers the same land."""
        mask = self._zone_mask(tipo, categorias)
        return dissolve(self.inputs.zoning.geometries[mask]) if mask.any() else None

    def _zone_mask(self, tipo, categorias):
        zoning = self.inputs.zoning
        mask = zoning["tipo"] == tipo
        if categorias is not None:
            mask &= np.isin(zoning["categoria"], list(categorias))
        return np.asarray(mask, bool)

    def has_zone(self, tipo, categorias=None):
        """Whether the zoning has any feature of the type (and categories)."""
        return bool(self._zone_mask(tipo, categorias).any())

    def zone_parts(self, tipo, categorias=None):
        """The zone as interior-disjoint parts (apportion.disjoint_parts)."""
        return self._zone_parts(tipo, None if categorias is None else tuple(categorias))

    @functools.lru_cache(maxsize=16)
    def _zone_parts(self, tipo, categorias):
        return disjoint_parts(self.inputs.zoning.geometries[self._zone_mask(tipo, categorias)])

    def area_in_units(self, parts):
        """Area inside each unit (the municipality last) of interior-disjoint parts, or of one
        dissolved geometry (None: nothing)."""
        return area_by_unit(self.all_units, parts)

    def footprint_years(self):
        years = {int(y) for y in self.inputs.footprints["anio"]} if len(self.inputs.footprints) else set()
        return sorted(y for y in years if y <= self.year) or sorted(years)[:1]

    def footprint(self, year):
        """A year's footprints dissolved into one geometry; the indicators use `footprint_parts`."""
        footprints = self.inputs.footprints
        return dissolve(footprints.geometries[footprints["anio"] == year])

    @functools.lru_cache(maxsize=4)
    def footprint_parts(self, year):
        footprints = self.inputs.footprints
        return disjoint_parts(footprints.geometries[footprints["anio"] == year])

    @functools.lru_cache(maxsize=4)
    def built_area(self, year):
        """Built-up area of a year's footprints in each unit."""
        return self.area_in_units(self.footprint_parts(year))

    def latest_footprint(self):
        """(year, interior-disjoint parts) of the latest footprints by the period."""
        years = self.footprint_years()
        return (years[-1], self.footprint_parts(years[-1])) if years else (None, None)
