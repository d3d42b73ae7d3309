"""Indicator engine: the expediente's data for one period, and the shared steps.

Every indicator is computed for the units of one level plus the whole
municipality, which is simply one more "unit" at the end of the arrays, so
one code path gives both and they always agree.
"""
import functools
from dataclasses import dataclass, field as dc_field

import numpy as np
import shapely

from ..i18n import tr
from .apportion import area_inside, area_shares, dissolve


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
    population_units: Layer  # unidad_territorial of any level (codigo), for population by unit
    lots: Lots
    land_values: Layer  # valor_suelo of lots (codigo, anio, valor_m2)
    zoning: Layer  # zonificacion (tipo, categoria)
    public_space: Layer  # espacio_publico (efectivo)
    facilities: Layer  # equipamiento (sector)
    hazards: Layer  # amenaza (nivel)
    transit: Layer  # transporte (capacidad)
    footprints: Layer  # huella (anio)
    alerts: Layer = None  # alerta_ocupacion (codigo, prioridad, detectada_en)
    visits: Layer = None  # visita (uuid, version, alerta, fecha_hora, hallazgo)
    actions: Layer = None  # accion_control (alerta, fecha, estado)

    def lot_values(self, year):
        """valor_m2 of each lot in `year`, aligned with `lots` (NaN where none)."""
        from .land_value import aligned

        of_year = self.land_values["anio"] == year
        return aligned(self.lots.codes, self.land_values["codigo"][of_year], self.land_values["valor_m2"][of_year])


class Engine:
    def __init__(self, inputs, year, progress=None):
        self.inputs = inputs
        self.year = int(year)
        self.areas = np.append(shapely.area(inputs.units.geometries), inputs.municipality.area)
        self.progress = progress
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

    # -- population ------------------------------------------------------
    def census_years(self):
        return sorted({int(y) for y in self.inputs.population["anio"]}) if len(self.inputs.population) else []

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
    def places(self):
        """{code: geometry} of blocks and units, where table rows with an `ambito` are located."""
        places = {}
        for layer in (self.inputs.population_units, self.inputs.blocks):  # blocks win on equal codes
            places.update(zip(layer["codigo"].tolist(), layer.geometries))
        return places

    def locate(self, codes):
        """(geometries, mask of the codes found) for block or unit codes."""
        found = np.array([code in self.places for code in codes], dtype=bool)
        return np.array([self.places[c] for c, ok in zip(codes, found) if ok], dtype=object), found

    @functools.lru_cache(maxsize=8)
    def population_polygons(self, census_year):
        """(geometries, rows) of the population rows of a year, located by block or unit code."""
        rows = self.inputs.population.where(self.inputs.population["anio"] == census_year)
        geometries, found = self.locate(rows["ambito"].tolist())
        return geometries, rows.where(found)

    @functools.lru_cache(maxsize=8)
    def population_shares(self, census_year):
        geometries, _ = self.population_polygons(census_year)
        return area_shares(geometries, self.all_units)

    def population_values(self, census_year, column="poblacion"):
        _, rows = self.population_polygons(census_year)
        return np.array([0 if v is None else v for v in rows[column]], dtype=float)

    def population(self, column="poblacion", census_year=None):
        census_year = census_year or self.census_year()
        if census_year is None:
            return np.zeros(self.n)
        return self.population_shares(census_year).sum_by_unit(self.population_values(census_year, column))

    def population_served(self, reach):
        """Population whose block lies within the distance of any point, for [(points, distance)]."""
        census_year = self.census_year()
        if census_year is None:
            return np.zeros(self.n)
        geometries, _ = self.population_polygons(census_year)
        anchors = shapely.point_on_surface(geometries)
        served = np.zeros(len(geometries), bool)
        for points, distance in reach:
            if len(points):
                index, _ = shapely.STRtree(points).query(anchors, predicate="dwithin", distance=distance)
                served[index] = True
        return self.population_shares(census_year).sum_by_unit(self.population_values(census_year) * served)

    # -- land layers -----------------------------------------------------
    def zone(self, tipo, categorias=None):
        zoning = self.inputs.zoning
        mask = zoning["tipo"] == tipo
        if categorias is not None:
            mask &= np.isin(zoning["categoria"], list(categorias))
        return dissolve(zoning.geometries[mask]) if mask.any() else None

    def area_in_units(self, geometry_union):
        return area_inside(self.all_units, geometry_union)

    def footprint_years(self):
        years = {int(y) for y in self.inputs.footprints["anio"]} if len(self.inputs.footprints) else set()
        return sorted(y for y in years if y <= self.year) or sorted(years)[:1]

    @functools.lru_cache(maxsize=4)
    def footprint(self, year):
        footprints = self.inputs.footprints
        return dissolve(footprints.geometries[footprints["anio"] == year])

    def latest_footprint(self):
        years = self.footprint_years()
        return (years[-1], self.footprint(years[-1])) if years else (None, None)
