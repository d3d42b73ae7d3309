"""Occupation-model battery (DESIGN.md, "Indicator batteries")."""
import numpy as np
import shapely

from ..i18n import tr
from .apportion import dissolve
from .engine import Result, ratio

EPE_TARGET_M2 = 15.0  # Decreto 1504 de 1998 (Decreto 1077 de 2015)
HECTARE = 10_000.0


def _no_population():
    return tr("the unit has no population")


def effective_public_space(engine):
    layer = engine.inputs.public_space
    return engine.area_in_units(dissolve(layer.geometries[layer["efectivo"] == 1]))


def epe_hab(engine, params):
    result = ratio(effective_public_space(engine), engine.population(), empty_note=_no_population())
    result.parametros = {"anio_poblacion": engine.census_year(), "meta_m2_hab": EPE_TARGET_M2}
    return result


def epe_deficit(engine, params):
    target = float(params.get("meta_nacional", EPE_TARGET_M2))
    epe, population = effective_public_space(engine), engine.population()
    valor = np.maximum(0.0, target * population - epe)
    notas = [None if p > 0 else _no_population() for p in population]
    valor[population <= 0] = np.nan
    return Result(valor, epe, population, notas, {"anio_poblacion": engine.census_year(), "meta_m2_hab": target})


def _urban_hectares(engine):
    urban = engine.zone("clasificacion_suelo", ["urbano"])
    return engine.area_in_units(urban) / HECTARE


def _density(engine, column):
    result = ratio(engine.population(column), _urban_hectares(engine),
                   empty_note=tr("the unit has no urban land"))
    result.parametros = {"anio_poblacion": engine.census_year()}
    return result


def densidad_poblacion(engine, params):
    return _density(engine, "poblacion")


def densidad_viviendas(engine, params):
    return _density(engine, "viviendas")


def huella_urbana(engine, params):
    """Built-up hectares at the latest footprint date; the denominator is the unit's hectares."""
    year, footprint = engine.latest_footprint()
    built = engine.area_in_units(footprint) / HECTARE
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
    a1, a2 = engine.area_in_units(engine.footprint(first)), engine.area_in_units(engine.footprint(last))
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


def _occupation(engine, zone_union, empty_note):
    year, footprint = engine.latest_footprint()
    zone_area = engine.area_in_units(zone_union)
    occupied = engine.area_in_units(None if footprint is None or zone_union is None
                                    else shapely.intersection(footprint, zone_union))
    result = ratio(occupied, zone_area, 100.0, empty_note)
    result.parametros = {"anio_huella": year}
    return result


def ocupacion_proteccion(engine, params):
    return _occupation(engine, engine.zone("proteccion"), tr("the unit has no protection land"))


def high_hazard(engine):
    hazards = engine.inputs.hazards
    return dissolve(hazards.geometries[hazards["nivel"] == "alta"])


def ocupacion_amenaza_alta(engine, params):
    return _occupation(engine, high_hazard(engine), tr("the unit has no high-hazard zone"))


def poblacion_expuesta_amenaza(engine, params):
    """Population in high-hazard zones by areal weighting of each block's population."""
    census_year = engine.census_year()
    zone = high_hazard(engine)
    population = engine.population()
    if census_year is None or zone is None:
        exposed = np.zeros(engine.n)
    else:
        geometries, _ = engine.population_polygons(census_year)
        area = shapely.area(geometries)
        in_zone = shapely.area(shapely.intersection(geometries, zone))
        share = np.divide(in_zone, area, out=np.zeros_like(area), where=area > 0)
        values = engine.population_values(census_year) * share
        exposed = engine.population_shares(census_year).sum_by_unit(values)
    notas = [None if p > 0 else _no_population() for p in population]
    return Result(np.where(population > 0, exposed, np.nan), exposed, population, notas,
                  {"anio_poblacion": census_year})


def cobertura(sector):
    def calculate(engine, params):
        distance = float(params.get("distancia_m", 800))
        facilities = engine.inputs.facilities
        points = facilities.geometries[facilities["sector"] == sector]
        result = ratio(engine.population_served([(points, distance)]), engine.population(), 100.0,
                       _no_population())
        result.parametros = {"sector": sector, "distancia_m": distance, "anio_poblacion": engine.census_year()}
        return result
    return calculate


def acceso_transporte(engine, params):
    """SDG 11.2.1: population within 500 m of a low-capacity or 1,000 m of a high-capacity stop."""
    low = float(params.get("distancia_baja_m", 500))
    high = float(params.get("distancia_alta_m", 1000))
    transit = engine.inputs.transit
    reach = [(transit.geometries[transit["capacidad"] == "baja"], low),
             (transit.geometries[transit["capacidad"] == "alta"], high)]
    result = ratio(engine.population_served(reach), engine.population(), 100.0, _no_population())
    result.parametros = {"distancia_baja_m": low, "distancia_alta_m": high, "anio_poblacion": engine.census_year()}
    return result


def expansion_desarrollada(engine, params):
    return _occupation(engine, engine.zone("clasificacion_suelo", ["expansion"]),
                       tr("the unit has no expansion land"))


CALCULATORS = {
    "epe_hab": epe_hab, "epe_deficit": epe_deficit,
    "densidad_poblacion": densidad_poblacion, "densidad_viviendas": densidad_viviendas,
    "huella_urbana": huella_urbana, "lcrpgr": lcrpgr,
    "ocupacion_proteccion": ocupacion_proteccion, "ocupacion_amenaza_alta": ocupacion_amenaza_alta,
    "poblacion_expuesta_amenaza": poblacion_expuesta_amenaza,
    "acceso_transporte": acceso_transporte, "expansion_desarrollada": expansion_desarrollada,
}
