"""Lot uses, population by block and land value by lot for the demo."""
import numpy as np

from ..age_bands import DANE_FIVE_YEAR

CENSUS_YEARS = (2018, 2024)
VALUE_YEARS = (2022, 2023, 2024, 2025)
M2_PER_DWELLING = 70.0
PERSONS_PER_DWELLING = 2.8


def lot_attributes(distance, x_rel, rng):
    """Use, floors and built area of each lot from its distance to the centre."""
    n = len(distance)
    uso = np.full(n, "residencial", dtype=object)
    draw = rng.random(n)
    central = distance < 0.3
    uso[central & (draw < 0.35)] = "comercial"
    uso[central & (draw >= 0.35) & (draw < 0.6)] = "mixto"
    uso[~central & (draw < 0.06)] = "comercial"
    uso[~central & (draw >= 0.06) & (draw < 0.14)] = "mixto"
    uso[(x_rel < -0.45) & (distance > 0.5) & (draw > 0.7)] = "industrial"
    uso[(draw > 0.97)] = "dotacional"
    uso[(distance > 0.85) & (rng.random(n) < 0.12)] = "lote"
    pisos = np.clip(np.round(rng.gamma(2.0, 1.0 + 4.0 * np.exp(-3 * distance))), 1, 30).astype(int)
    pisos[uso == "lote"] = 0
    return uso, pisos


# How each broad group splits into DANE's five-year bands (a gently ageing pyramid); no random draw, so the demo's
# other numbers stay as they were when ages were three fixed columns.
_SPLITS = (((0, 14), (1.0, 1.0, 1.0)),
           ((15, 64), (1.0, 1.0, 1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6)),
           ((65, None), (0.4, 0.28, 0.18, 0.14)))


def five_year_bands(groups):
    """{Band: persons per block} from the broad groups [0–14, 15–64, 65+] (arrays), each split by _SPLITS with
    largest-remainder rounding, so the bands add up to their group exactly."""
    bands = iter(DANE_FIVE_YEAR)
    out = {}
    for persons, (_, weights) in zip(groups, _SPLITS):
        shares = np.outer(persons, np.asarray(weights) / sum(weights))
        whole = np.floor(shares).astype(int)
        left = persons - whole.sum(axis=1)
        order = np.argsort(-(shares - whole), axis=1, kind="stable")
        whole[np.arange(len(persons))[:, None], order] += np.arange(len(weights))[None, :] < left[:, None]
        for column in whole.T:
            out[next(bands)] = column
    return out


def band_rows(codes, year, bands):
    """poblacion_edad columns: one row per block and band (both sexes)."""
    n = len(codes)
    return {"ambito": np.tile(np.asarray(codes, dtype=object), len(bands)),
            "nivel": np.full(n * len(bands), "manzana", dtype=object), "anio": np.full(n * len(bands), year),
            "sexo": np.full(n * len(bands), "total", dtype=object),
            "edad_desde": np.repeat([b.desde for b in bands], n),
            "edad_hasta": np.repeat(np.array([b.hasta for b in bands], dtype=object), n),
            "personas": np.concatenate(list(bands.values()))}


def block_population(area_construida, uso, block_of_lot, n_blocks, distance_block, rng):
    """Population tables for both census years, consistent by sex and age: [(year, poblacion columns,
    {Band: persons})], ages in DANE's five-year bands."""
    residential_share = np.where(uso == "residencial", 1.0, np.where(uso == "mixto", 0.5, 0.0))
    dwellings_area = np.bincount(block_of_lot, weights=area_construida * residential_share, minlength=n_blocks)
    viviendas_2024 = np.round(dwellings_area / M2_PER_DWELLING * rng.uniform(0.85, 1.15, n_blocks))
    growth = 1.03 + 0.25 * np.clip(distance_block, 0, 1) ** 2 * rng.uniform(0.6, 1.4, n_blocks)
    rows = []
    for year, factor in ((2018, 1 / growth), (2024, np.ones(n_blocks))):
        viviendas = np.round(viviendas_2024 * factor).astype(int)
        poblacion = np.round(viviendas * PERSONS_PER_DWELLING * rng.uniform(0.9, 1.1, n_blocks)).astype(int)
        mujeres = np.round(poblacion * rng.normal(0.52, 0.015, n_blocks)).astype(int).clip(0, poblacion)
        young = np.clip(0.17 + 0.1 * distance_block + rng.normal(0, 0.02, n_blocks), 0.08, 0.4)
        old = np.clip(0.16 - 0.07 * distance_block + rng.normal(0, 0.015, n_blocks), 0.04, 0.3)
        edad_0_14 = np.round(poblacion * young).astype(int)
        edad_65 = np.round(poblacion * old).astype(int)
        rows.append((year, dict(
            anio=np.full(n_blocks, year), nivel=np.full(n_blocks, "manzana", dtype=object), poblacion=poblacion,
            viviendas=viviendas, hogares=np.round(viviendas * 0.97).astype(int), mujeres=mujeres,
            hombres=poblacion - mujeres), five_year_bands((edad_0_14, poblacion - edad_0_14 - edad_65, edad_65))))
    return rows


def land_values(distance, x_rel, y_rel, renewal, rng):
    """Value per m² (COP) per lot and year: a gradient from the centre and the north,
    lognormal noise, and faster growth where the POT assigns urban renewal."""
    base = 650_000 + 4_200_000 * np.exp(-2.2 * distance) * (1 + 0.35 * np.clip(y_rel, -1, 1))
    base *= rng.lognormal(0, 0.15, len(distance))
    values = {}
    current = base
    for year in VALUE_YEARS:
        if year != VALUE_YEARS[0]:
            growth = rng.normal(1.08, 0.02, len(distance)) + np.where(renewal, 0.05, 0.0)
            current = current * growth
        values[year] = np.round(current, -2)
    return values
