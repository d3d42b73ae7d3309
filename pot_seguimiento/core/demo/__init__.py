"""A deterministic synthetic municipality: every table of the expediente, filled.

`generate(lots, seed)` returns [(table, columns, geometries)] in an order that
respects the store's foreign keys. Same arguments, same municipality.
"""
import numpy as np
import shapely

from ..geometry import polygonal_part, to_multipolygons
from . import indicators, instruments, people, projects, services, streets
from .territory import Territory, split_blocks_by_units

DANE_CODE = "99001"
MUNICIPALITY = "San Isidro del Llano (demo)"
NORMA = "Acuerdo 001 de 2021 (POT demo)"
FOOTPRINT_YEARS = (2018, 2024)


def _no_progress(fraction, message):
    pass


def generate(lots=20_000, seed=42, progress=_no_progress):
    # Intersections that come out empty make NumPy flag NaN bounds; harmless here.
    with np.errstate(invalid="ignore"):
        return _generate(lots, seed, progress)


def _generate(lots, seed, progress):
    rng = np.random.default_rng(seed)
    t = Territory(lots, rng)
    out = []

    progress(0.05, "unidades territoriales")
    upz, upz_owner, localidades = t.units()
    loc_codes = [f"{k + 1:02d}" for k in range(len(localidades))]
    upz_codes = [f"UPZ{k + 1:03d}" for k in range(len(upz))]
    barrios, barrio_owner = t.barrios(upz, lots, seed)
    barrio_codes = [f"B{k + 1:04d}" for k in range(len(barrios))]
    out.append(("unidad_territorial", {
        "codigo": [DANE_CODE] + loc_codes + upz_codes + barrio_codes,
        "nombre": [MUNICIPALITY] + [f"Localidad {c}" for c in loc_codes] + [f"UPZ {k + 1}" for k in range(len(upz))]
        + [f"Barrio {k + 1}" for k in range(len(barrios))],
        "nivel": ["municipio"] + ["localidad"] * len(loc_codes) + ["upz"] * len(upz_codes) + ["barrio"] * len(barrios),
        "codigo_padre": [None] + [DANE_CODE] * len(loc_codes) + [loc_codes[o] for o in upz_owner]
        + [upz_codes[o] for o in barrio_owner],
    }, np.concatenate([[to_multipolygons([t.municipality])[0]], localidades, upz, barrios])))

    progress(0.15, "manzanas y predios")
    boxes, x0, y0 = t.block_grid()
    blocks, bx, by, block_unit = split_blocks_by_units(boxes, x0, y0, upz)
    park = rng.random(len(blocks)) < 0.06
    plaza = ~park & (rng.random(len(blocks)) < 0.01)
    built = ~park & ~plaza
    blocks_b, unit_b = blocks[built], block_unit[built]
    block_codes = np.array([f"MZ{k + 1:06d}" for k in range(len(blocks_b))], dtype=object)
    out.append(("manzana", {"codigo": block_codes, "unidad": np.array(upz_codes, dtype=object)[unit_b]},
                to_multipolygons(blocks_b)))

    lot_geoms, lot_block = t.lots_of(blocks_b, bx[built], by[built])
    lot_distance = t.distance_to_centre(lot_geoms)
    xy = shapely.get_coordinates(shapely.centroid(lot_geoms))
    x_rel, y_rel = (xy[:, 0] - t.urban.centroid.x) / t.a, (xy[:, 1] - t.urban.centroid.y) / t.b
    uso, pisos = people.lot_attributes(lot_distance, x_rel, rng)
    area = shapely.area(lot_geoms)
    built_area = np.round(area * 0.7 * pisos, 1)
    numbers = np.concatenate([[0], np.flatnonzero(np.diff(lot_block)) + 1])
    within_block = np.arange(len(lot_block)) - np.repeat(numbers, np.diff(np.append(numbers, len(lot_block))))
    lot_codes = np.char.add(block_codes[lot_block].astype(str), np.char.zfill((within_block + 1).astype(str), 3))
    out.append(("predio", {"codigo": lot_codes.astype(object), "manzana": block_codes[lot_block],
                           "area_terreno": np.round(area, 2), "area_construida": built_area,
                           "pisos": pisos, "uso": uso}, to_multipolygons(lot_geoms)))

    progress(0.35, "población")
    block_distance = t.distance_to_centre(blocks_b)
    for year, year_rows, bands in people.block_population(built_area, uso, lot_block, len(blocks_b), block_distance,
                                                          rng):
        out.append(("poblacion", {"ambito": block_codes, **year_rows}, None))
        out.append(("poblacion_edad", people.band_rows(block_codes, year, bands), None))

    progress(0.45, "valor del suelo")
    renewal_zone = lot_distance < 0.3
    values = people.land_values(lot_distance, x_rel, y_rel, renewal_zone, rng)
    for year, value in values.items():
        out.append(("valor_suelo", {"codigo": lot_codes.astype(object), "nivel": np.full(len(lot_codes), "predio", dtype=object),
                                    "anio": np.full(len(lot_codes), year), "valor_m2": value,
                                    "fuente": np.full(len(lot_codes), "Avalúo de referencia (demo)", dtype=object)}, None))

    progress(0.55, "zonificación y amenazas")
    out.append(_zoning(t, upz, rng))
    out.append(_hazards(t))
    out.append(_public_space(t, blocks[park], blocks[plaza]))

    progress(0.65, "equipamientos y transporte")
    facilities = _facilities(t, blocks_b, block_distance, x_rel_of(t, blocks_b), len(lot_geoms), rng)
    entities, reports, report_ages = services.observatory(facilities[1], seed)
    out.append(("entidad", entities, None))
    out.append(facilities)
    out.append(("reporte_equipamiento", reports, None))
    out.append(("reporte_equipamiento_edad", report_ages, None))
    out.append(_transit(t, rng))
    out.append(("via", *streets.grid(t, x0, y0)))  # no random draw: the rest of the demo is as it was

    progress(0.75, "huella urbana")
    out.append(_footprints(t, blocks_b, block_distance, lots, rng))

    progress(0.85, "programas y proyectos")
    footprints = projects.project_footprints(t, [p[-1] for p in projects.PROJECTS], rng)
    programa, proyecto, budget, progress_rows = projects.project_tables(footprints, rng)
    out.append(("programa", programa, None))
    out.append(("proyecto", proyecto, to_multipolygons(polygonal_part(footprints))))
    out.append(("presupuesto_anual", budget, None))
    out.append(("avance", progress_rows, None))
    node_rows, node_shapes = services.nodes(facilities[1], facilities[2], proyecto["codigo"], footprints,
                                            t.urban.centroid)
    out.append(("nodo_equipamiento", node_rows, to_multipolygons(node_shapes)))
    out.append(("indicador", indicators.definitions(), None))
    progress(0.88, "instrumentos e inversión")
    # Its own generator: the rest of the demo is the same with or without the observatory.
    out += instruments.tables(t, proyecto, footprints, progress_rows, np.random.default_rng([seed, 23]))
    progress(0.9, "listo")
    return out


def x_rel_of(t, geometries):
    return (shapely.get_coordinates(shapely.centroid(geometries))[:, 0] - t.urban.centroid.x) / t.a


def _zoning(t, upz, rng):
    cx, cy = t.urban.centroid.x, t.urban.centroid.y
    expansion = shapely.difference(t.urban_plus, t.urban)
    rural = shapely.difference(t.municipality, t.urban_plus)
    geoms = [t.urban, expansion, rural]
    rows = [("clasificacion_suelo", "urbano", "SU"), ("clasificacion_suelo", "expansion", "SE"),
            ("clasificacion_suelo", "rural", "SR")]
    ronda = shapely.intersection(t.ronda, t.municipality)
    geoms += [ronda, t.reserve]
    rows += [("proteccion", "ronda_hidrica", "PR-01"), ("proteccion", "reserva_forestal", "PR-02")]
    urban_upz = shapely.intersection(upz, t.urban)
    distance = np.hypot((shapely.get_coordinates(shapely.centroid(upz))[:, 0] - cx) / t.a,
                        (shapely.get_coordinates(shapely.centroid(upz))[:, 1] - cy) / t.b)
    treatment = np.where(distance < 0.3, "renovacion_urbana",
                         np.where((distance > 0.6) & (rng.random(len(upz)) < 0.5), "mejoramiento_integral",
                                  "consolidacion"))
    keep = shapely.area(urban_upz) > 0
    geoms += list(urban_upz[keep]) + [shapely.buffer(shapely.Point(cx, cy), 0.08 * t.a), expansion]
    rows += [("tratamiento", c, f"TR-{i + 1:03d}") for i, c in enumerate(treatment[keep])]
    rows += [("tratamiento", "conservacion", "TR-CH"), ("tratamiento", "desarrollo", "TR-EX")]
    geoms = to_multipolygons(polygonal_part(np.array(geoms, dtype=object)))
    return ("zonificacion", {"codigo": [r[2] for r in rows], "tipo": [r[0] for r in rows],
                             "categoria": [r[1] for r in rows], "norma": [NORMA] * len(rows),
                             "vigente_desde": ["2021-12-29"] * len(rows)}, geoms)


def hazard_bands(t):
    """(phenomenon, level, polygon): landslide bands on the eastern hills, flood rings on the river."""
    out = []
    edges = {"baja": (0.65, 0.8), "media": (0.8, 0.93), "alta": (0.93, 1.25)}
    for level, (x1, x2) in edges.items():
        band = t.hills_band(x1, x2, 0.8)
        out.append(("remocion_masa", level, shapely.intersection(band, t.municipality)))
    rings = {"alta": (0, 120), "media": (120, 250), "baja": (250, 400)}
    for level, (inner, outer) in rings.items():
        ring = shapely.buffer(t.river, outer)
        if inner:
            ring = shapely.difference(ring, shapely.buffer(t.river, inner))
        out.append(("inundacion", level, shapely.intersection(ring, t.municipality)))
    return out


def _hazards(t):
    bands = hazard_bands(t)
    return ("amenaza", {"fenomeno": [b[0] for b in bands], "nivel": [b[1] for b in bands],
                        "mitigable": [int(b[1] != "alta") for b in bands]},
            to_multipolygons(polygonal_part(np.array([b[2] for b in bands], dtype=object))))


def _public_space(t, parks, plazas):
    green = shapely.intersection(shapely.difference(shapely.buffer(t.river, 100), t.ronda), t.urban)
    cx, cy = t.urban.centroid.x, t.urban.centroid.y
    median = shapely.buffer(shapely.LineString([(cx - t.a, cy + 3), (cx + t.a, cy + 3)]), 4)
    median = shapely.intersection(median, t.urban)
    geoms = np.concatenate([parks, plazas, [green, median]])
    tipo = ["parque"] * len(parks) + ["plaza"] * len(plazas) + ["zona_verde", "separador"]
    nombre = [f"Parque {k + 1}" for k in range(len(parks))] + [f"Plaza {k + 1}" for k in range(len(plazas))] + [
        "Zonas verdes del río", "Separador de la avenida central"]
    return ("espacio_publico", {"codigo": [f"EP{k + 1:05d}" for k in range(len(geoms))], "nombre": nombre,
                                "tipo": tipo, "efectivo": [int(x != "separador") for x in tipo]},
            to_multipolygons(polygonal_part(geoms)))


_FACILITY_RATES = {  # lots per facility; cultura concentrates in the centre, educación misses the south-west
    "educacion": 900, "salud": 1800, "cultura": 2500, "cuidado": 2200, "bienestar": 2600,
    "recreacion": 2800, "seguridad": 3500,
}
_SECTOR_LABELS = {"educacion": "Colegio", "salud": "Centro de salud", "cultura": "Casa de la cultura",
                  "cuidado": "Manzana del cuidado", "bienestar": "Centro de desarrollo infantil",
                  "recreacion": "Polideportivo", "seguridad": "Estación de policía"}


def _facilities(t, blocks, distance, x_rel, n_lots, rng):
    centres = shapely.point_on_surface(blocks)
    y_rel = (shapely.get_coordinates(centres)[:, 1] - t.urban.centroid.y) / t.b
    rows = {"codigo": [], "nombre": [], "sector": [], "capacidad": []}
    points = []
    for sector, rate in _FACILITY_RATES.items():
        weight = np.ones(len(blocks))
        if sector == "cultura":
            weight = np.exp(-3 * distance)
        if sector == "educacion":
            weight = np.where((x_rel < -0.2) & (y_rel < -0.2), 0.05, 1.0)
        count = max(3, n_lots // rate)
        chosen = rng.choice(len(blocks), size=min(count, len(blocks)), replace=False, p=weight / weight.sum())
        for k, index in enumerate(chosen):
            rows["codigo"].append(f"{sector[:3].upper()}{k + 1:04d}")
            rows["nombre"].append(f"{_SECTOR_LABELS[sector]} {k + 1}")
            rows["sector"].append(sector)
            rows["capacidad"].append(int(rng.integers(100, 2000)))
        points.append(centres[chosen])
    return ("equipamiento", rows, np.concatenate(points))


def _transit(t, rng):
    cx, cy = t.urban.centroid.x, t.urban.centroid.y
    lines = [shapely.LineString([(cx - t.a, cy), (cx + t.a, cy)]),
             shapely.LineString([(cx, cy - t.b), (cx, cy + t.b)]),
             shapely.LineString([(cx - 0.7 * t.a, cy - 0.7 * t.b), (cx + 0.7 * t.a, cy + 0.7 * t.b)])]
    stations = []
    for line in lines:
        line = shapely.intersection(line, t.urban)
        stations.extend(shapely.line_interpolate_point(line, np.arange(200, line.length, 800)))
    minx, miny, maxx, maxy = t.urban.bounds
    gx, gy = np.meshgrid(np.arange(minx, maxx, 550), np.arange(miny, maxy, 550))
    stops = shapely.points(gx.ravel() + rng.uniform(-60, 60, gx.size), gy.ravel() + rng.uniform(-60, 60, gy.size))
    shapely.prepare(t.urban)
    # Stops thin out towards the edge of the city, as bus routes do.
    reach = np.hypot((shapely.get_x(stops) - cx) / t.a, (shapely.get_y(stops) - cy) / t.b)
    stops = stops[shapely.contains(t.urban, stops) & (rng.random(len(stops)) < 0.95 - 0.8 * reach)]
    names = [f"Estación {k + 1}" for k in range(len(stations))] + [f"Paradero {k + 1}" for k in range(len(stops))]
    capacity = ["alta"] * len(stations) + ["baja"] * len(stops)
    return ("transporte", {"codigo": [f"T{k + 1:05d}" for k in range(len(names))], "nombre": names,
                           "capacidad": capacity}, np.concatenate([stations, stops]))


def _footprints(t, blocks, distance, lots, rng):
    """Built-up area per block at two dates, planned growth in the expansion land,
    and informal settlements growing into protection land and high hazard."""
    built_first = (distance < 0.8) | (rng.random(len(blocks)) < 0.55)
    # The built core of each block: 4 m in from its bounding box. (A negative buffer would do, but
    # GEOS 3.12+ buffers some split blocks differently from 3.11; the demo must be the same everywhere.)
    minx, miny, maxx, maxy = shapely.bounds(blocks).T
    core = shapely.intersection(blocks, shapely.box(minx + 4.0, miny + 4.0, maxx - 4.0, maxy - 4.0))
    geoms = [core[built_first], core]
    years = [np.full(built_first.sum(), 2018), np.full(len(blocks), 2024)]
    informal = [np.zeros(built_first.sum(), int), np.zeros(len(blocks), int)]
    cx, cy = t.urban.centroid.x, t.urban.centroid.y
    expansion = shapely.difference(t.urban_plus, t.urban)
    planned = shapely.intersection(expansion, shapely.box(cx - 1.3 * t.a, cy - 0.15 * t.b, cx - 0.9 * t.a, cy + 0.15 * t.b))
    geoms.append([planned])
    years.append([2024])
    informal.append([0])
    # Informal settlements: clusters of small dwellings on the hills and on the river banks.
    shacks_2024 = max(60, lots // 80)
    clusters = np.array([(cx + 1.02 * t.a, cy + 0.2 * t.b), (cx + 1.08 * t.a, cy - 0.3 * t.b),
                         (cx + 1.2 * t.a, cy + 0.05 * t.b)])
    river_xy = shapely.get_coordinates(shapely.line_interpolate_point(t.river, [0.3 * t.river.length, 0.55 * t.river.length]))
    clusters = np.vstack([clusters, river_xy])
    owner = rng.integers(len(clusters), size=shacks_2024)
    spread = 0.025 * t.a
    x = clusters[owner, 0] + rng.normal(0, spread, shacks_2024)
    y = clusters[owner, 1] + rng.normal(0, spread, shacks_2024)
    shacks = shapely.box(x - 3.5, y - 3.5, x + 3.5, y + 3.5)
    early = rng.random(shacks_2024) < 0.6
    geoms += [shacks[early], shacks]
    years += [np.full(early.sum(), 2018), np.full(shacks_2024, 2024)]
    informal += [np.ones(early.sum(), int), np.ones(shacks_2024, int)]
    geoms = np.concatenate([np.asarray(g, dtype=object) for g in geoms])
    keep = ~shapely.is_empty(geoms)
    return ("huella", {"anio": np.concatenate(years)[keep], "informal": np.concatenate(informal)[keep]},
            to_multipolygons(polygonal_part(geoms[keep])))
