"""Occupation-model battery (formulas in each calculator's docstring; docs/ARCHITECTURE.md lists them)."""
import numpy as np

from ..i18n import tr
from .apportion import disjoint_parts, intersect_parts
from .engine import Result, ratio

EPE_TARGET_M2 = 15.0  # Decreto 1504 de 1998 (Decreto 1077 de 2015)
HECTARE = 10_000.0


def _no_population():
    return tr("the unit has no population")


def missing(engine, note, parametros=None):
    """Sin dato everywhere, with the reason: an input the expediente does not have."""
    n = engine.n
    return Result(np.full(n, np.nan), np.full(n, np.nan), np.full(n, np.nan), [note] * n, parametros or {})


def with_population(result, engine, places=False):
    """The result with how its population was found (and, with `places`, spread) in its parameters."""
    common, per_unit = engine.population_parameters(places)
    result.parametros = {**common, **result.parametros}
    result.parametros_unidad = per_unit
    return result


def effective_public_space(engine):
    def build(engine):
        layer = engine.inputs.public_space
        return engine.area_in_units(disjoint_parts(layer.geometries[layer["efectivo"] == 1]))
    return engine.shared("espacio_publico_efectivo", build)


def _no_public_space():
    return tr("there is no public space in the expediente (table espacio_publico)")


def epe_hab(engine, params):
    if not len(engine.inputs.public_space):
        return with_population(missing(engine, _no_public_space()), engine)
    result = ratio(effective_public_space(engine), engine.population(), empty_note=_no_population())
    result.parametros = {"meta_m2_hab": EPE_TARGET_M2}
    return with_population(result, engine)


def epe_deficit(engine, params):
    target = float(params.get("meta_nacional", EPE_TARGET_M2))
    if not len(engine.inputs.public_space):
        return with_population(missing(engine, _no_public_space(), {"meta_m2_hab": target}), engine)
    epe, population = effective_public_space(engine), engine.population()
    valor = np.maximum(0.0, target * population - epe)
    notas = [None if p > 0 else _no_population() for p in population]
    valor[population <= 0] = np.nan
    return with_population(Result(valor, epe, population, notas, {"meta_m2_hab": target}), engine)


def _urban_hectares(engine):
    """Urban hectares per unit (None where the expediente has no urban land)."""
    def build(engine):
        if not engine.has_zone("clasificacion_suelo", ["urbano"]):
            return None
        return engine.area_in_units(engine.zone_parts("clasificacion_suelo", ["urbano"])) / HECTARE
    return engine.shared("hectareas_urbanas", build)


def _density(engine, column):
    hectares = _urban_hectares(engine)
    if hectares is None:
        return with_population(missing(engine, tr(
            "the expediente has no urban land: import the land classification into zonificacion "
            "(tipo clasificacion_suelo, categoria urbano)")), engine)
    result = ratio(engine.population(column), hectares, empty_note=tr("the unit has no urban land"))
    return with_population(result, engine)


def densidad_poblacion(engine, params):
    return _density(engine, "poblacion")


def densidad_viviendas(engine, params):
    return _density(engine, "viviendas")


def huella_urbana(engine, params):
    """Built-up hectares at the latest footprint date; the denominator is the unit's hectares."""
    year, _ = engine.latest_footprint()
    built = (engine.built_area(year) if year else np.zeros(engine.n)) / HECTARE
    notas = [None if year else tr("no building footprints")] * engine.n
    return Result(built if year else np.full(engine.n, np.nan), built, engine.areas / HECTARE, notas,
                  {"anio_huella": year})


def lcrpgr(engine, params):
    """SDG 11.3.1: land consumption rate over population growth rate."""
    years = engine.footprint_years()
    n = engine.n
    if len(years) < 2:
        return Result(np.full(n, np.nan), np.full(n, np.nan), np.full(n, np.nan),
                      [tr("needs footprints at two dates")] * n)
    first, last = years[0], years[-1]
    span = last - first
    a1, a2 = engine.built_area(first), engine.built_area(last)
    p1 = engine.population(census_year=engine.nearest_census_year(first))
    p2 = engine.population(census_year=engine.nearest_census_year(last))
    with np.errstate(divide="ignore", invalid="ignore"):
        lcr = np.log(a2 / a1) / span
        pgr = np.log(p2 / p1) / span
    valor = np.full(n, np.nan)
    notas = []
    for i in range(n):
        if not (a1[i] > 0 and a2[i] > 0):
            notas.append(tr("no built-up area at one of the dates"))
        elif not (p1[i] > 0 and p2[i] > 0):
            notas.append(_no_population())
        elif abs(pgr[i]) < 1e-12:
            notas.append(tr("the population did not change: the ratio is undefined"))
        else:
            valor[i] = lcr[i] / pgr[i]
            notas.append(None)
    return Result(valor, lcr, pgr, notas, {
        "anio_huella_inicial": first, "anio_huella_final": last,
        "anio_poblacion_inicial": engine.nearest_census_year(first),
        "anio_poblacion_final": engine.nearest_census_year(last)})


def _no_footprints():
    return tr("there are no building footprints in the expediente (table huella)")


def _occupation(engine, zone_parts, empty_note):
    """Footprint area in the zone over the zone's area; both layers as interior-disjoint parts."""
    year, footprint = engine.latest_footprint()
    if year is None:
        return missing(engine, _no_footprints())
    zone_area = engine.area_in_units(zone_parts)
    occupied = engine.area_in_units(intersect_parts(footprint, zone_parts))
    result = ratio(occupied, zone_area, 100.0, empty_note)
    result.parametros = {"anio_huella": year}
    return result


def ocupacion_proteccion(engine, params):
    if not engine.has_zone("proteccion"):
        return missing(engine, tr("there is no protection land in the expediente (zonificacion of tipo "
                                  "proteccion)"))
    return _occupation(engine, engine.zone_parts("proteccion"), tr("the unit has no protection land"))


def high_hazard(engine):
    """High-hazard land as interior-disjoint parts (flood and landslide zones may overlap)."""
    def build(engine):
        hazards = engine.inputs.hazards
        return disjoint_parts(hazards.geometries[hazards["nivel"] == "alta"])
    return engine.shared("amenaza_alta", build)


def _no_hazard():
    return tr("there is no hazard zoning in the expediente (table amenaza)")


def ocupacion_amenaza_alta(engine, params):
    if not len(engine.inputs.hazards):
        return missing(engine, _no_hazard())
    return _occupation(engine, high_hazard(engine), tr("the unit has no high-hazard zone"))


def poblacion_expuesta_amenaza(engine, params):
    """Population in high-hazard zones, from where it lives (blocks: the share of their area in the
    zone; population by unit: its dasymetric places in the zone)."""
    if not len(engine.inputs.hazards):
        return with_population(missing(engine, _no_hazard()), engine)
    zone = high_hazard(engine)
    population = engine.population()
    exposed = np.zeros(engine.n) if not len(zone) else engine.population_exposed(zone)
    notas = [None if p > 0 else _no_population() for p in population]
    result = Result(np.where(population > 0, exposed, np.nan), exposed, population, notas)
    return with_population(result, engine, places=True)


def cobertura(sector):
    def calculate(engine, params):
        distance = float(params.get("distancia_m", 800))
        facilities = engine.inputs.facilities
        points = facilities.geometries[facilities["sector"] == sector]
        parametros = {"sector": sector, "distancia_m": distance}
        if not len(points):
            return with_population(missing(engine, tr(
                "there are no facilities of sector '{sector}' in the expediente (table equipamiento)").format(
                sector=sector), parametros), engine)
        result = ratio(engine.population_served([(points, distance)]), engine.population(), 100.0,
                       _no_population())
        result.parametros = parametros
        return with_population(result, engine, places=True)
    return calculate


def acceso_transporte(engine, params):
    """SDG 11.2.1: population within 500 m of a low-capacity or 1,000 m of a high-capacity stop,
    measured from where people live (population.py, dasymetry.py)."""
    low = float(params.get("distancia_baja_m", 500))
    high = float(params.get("distancia_alta_m", 1000))
    transit = engine.inputs.transit
    parametros = {"distancia_baja_m": low, "distancia_alta_m": high}
    if not len(transit):
        return with_population(missing(engine, tr(
            "there are no public transport stops in the expediente (table transporte)"), parametros), engine)
    reach = [(transit.geometries[transit["capacidad"] == "baja"], low),
             (transit.geometries[transit["capacidad"] == "alta"], high)]
    result = ratio(engine.population_served(reach), engine.population(), 100.0, _no_population())
    result.parametros = parametros
    return with_population(result, engine, places=True)


def expansion_desarrollada(engine, params):
    if not engine.has_zone("clasificacion_suelo", ["expansion"]):
        return missing(engine, tr("there is no expansion land in the expediente (zonificacion of tipo "
                                  "clasificacion_suelo, categoria expansion)"))
    return _occupation(engine, engine.zone_parts("clasificacion_suelo", ["expansion"]),
                       tr("the unit has no expansion land"))


CALCULATORS = {
    "epe_hab": epe_hab, "epe_deficit": epe_deficit,
    "densidad_poblacion": densidad_poblacion, "densidad_viviendas": densidad_viviendas,
    "huella_urbana": huella_urbana, "lcrpgr": lcrpgr,
    "ocupacion_proteccion": ocupacion_proteccion, "ocupacion_amenaza_alta": ocupacion_amenaza_alta,
    "poblacion_expuesta_amenaza": poblacion_expuesta_amenaza,
    "acceso_transporte": acceso_transporte, "expansion_desarrollada": expansion_desarrollada,
}
