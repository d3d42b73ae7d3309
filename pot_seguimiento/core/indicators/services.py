"""The observatory of social services (issue 22; docs/observatorio_servicios.md): supply against demand of a sector's
facilities, who reaches them, and where the deficit is.

Codes: `<indicador>_<sector>` and, for one kind of provider only, `<indicador>_<sector>_publica` / `_privada`
(`accesibilidad_educacion_publica`). Every indicator of a sector reads the same two things:

- **Supply**: the sector's facilities (`equipamiento`) in state `operando`, each with its `capacidad`. A facility
  without capacity counts as ONE unit of supply (so with no capacities at all the supply is a count of facilities),
  and the measurement's note says how many had none.
- **Demand**: the sector's target population, the persons of an age range (TARGET_AGES, or `edad_desde` /
  `edad_hasta` in the indicator's parameters), added up from each population row's declared age bands by the one
  rule of core/age_bands.py: a band partly inside the range counts in proportion to the single years of age it
  shares with it (people spread evenly over the band's years); rows whose bands do not cover the range are not
  counted, and the note says how many. Health, culture, recreation and security serve everyone.

Accessibility is the enhanced two-step floating catchment area (E2SFCA; Luo & Qi 2009) in straight-line distance,
or along the streets when the expediente has a street network (`via`: street_network.py; the note and the
parameter `distancia` say which ran), from the places where people live (population.py, dasymetry.py: blocks, or
the grid of points of population given by unit), with distance-decay bands (default 0–500, 500–1,000,
1,000–1,500 m weighted 1, 0.68, 0.22):
  step 1, per facility j:  R_j = S_j / Σ_i P_i·W(d_ij)          (supply per person who can reach it)
  step 2, per place i:     A_i = Σ_j R_j·W(d_ij)                (supply within reach of a person at i)
and per unit the population-weighted mean Σ P_i·A_i / Σ P_i, × 1,000 (places per 1,000 persons of the target
population). Σ_i P_i·A_i equals the supply that has anyone within reach: no place is counted twice.

- `oferta_demanda_<sector>` = capacity of the facilities in the unit ÷ its target population × 1,000;
- `accesibilidad_<sector>` = the E2SFCA above;
- `deficit_<sector>` = Σ_i P_i·max(0, 1 − A_i): the target persons for whom no capacity is within reach (a place
  with A_i ≥ 1 has a place for everyone);
- `poblacion_sin_servicio_<sector>` = the target persons living beyond the largest band of every facility;
- `uso_capacidad_<sector>` = users attended ÷ capacity × 100 of the facilities the entities reported for the period
  (`reporte_equipamiento`, the current report of each: a correction replaces the report it `reemplaza`).

Everything is vectorised: place–facility pairs come from one STRtree query of boxes and an exact distance (or from
batches of scipy's multi-source Dijkstra limited to the largest band, along the streets); both steps are numpy
bincounts. The cost grows with the pairs (places × facilities within the largest band), never with
places × facilities.
"""
import numpy as np
import shapely

from .. import age_bands
from ..age_bands import Band
from ..i18n import tr
from .engine import Result, ratio
from .occupation import missing, with_population
from .population import key_columns, lookup, lookup_rows

PREFIXES = ("oferta_demanda", "accesibilidad", "deficit", "poblacion_sin_servicio", "uso_capacidad")
PROVIDERS = ("publica", "privada")
# The population each sector serves, by age (desde, hasta inclusive; hasta None: and older; None: everyone).
# Education: the school ages of Ley 115 de 1994 (preschool grade at 5, then basic and middle to 16); early childhood
# (primera infancia, Ley 1804 de 2016): 0–5 years, the Centros de Desarrollo Infantil of `bienestar`; care:
# persons aged 60 and over (Ley 1251 de 2008), the main users of care services; the rest serve everyone.
TARGET_AGES = {"educacion": (5, 16), "bienestar": (0, 5), "cuidado": (60, None)}
# Distance-decay bands (upper limits in m) and weights (Luo & Qi 2009, a Gaussian of 1, 0.68, 0.22).
DEFAULT_BANDS_M = (500.0, 1000.0, 1500.0)
DEFAULT_WEIGHTS = (1.0, 0.68, 0.22)
OPERATING = "operando"


def parse_code(code):
    """(prefix, sector, provider or None) of a services code, else None."""
    for prefix in PREFIXES:
        if code.startswith(prefix + "_"):
            rest = code[len(prefix) + 1:]
            for provider in PROVIDERS:
                if rest.endswith("_" + provider):
                    return prefix, rest[:-len(provider) - 1], provider
            return prefix, rest, None
    return None


def target_ages(sector, params):
    """(desde, hasta) of the sector's target population, or None for everyone; parameters first."""
    if "edad_desde" in params or "edad_hasta" in params:
        desde = params.get("edad_desde")
        hasta = params.get("edad_hasta")
        return (int(desde or 0), None if hasta in (None, "") else int(hasta))
    return TARGET_AGES.get(sector)


def ages_label(ages):
    if ages is None:
        return tr("everyone")
    return Band(ages[0], ages[1]).label()


# -- demand --------------------------------------------------------------------
def target_column(engine, ages):
    """(population column of the target population, rows without it, rows) in the census year's finest source.

    Everyone: 'poblacion'. An age range: a column named as its band ('edad_5_16'), computed for the rows of every
    population source of the census year from their declared bands (inputs.population_ages, poblacion_edad) by the
    rule of core/age_bands.py, vectorised (age_bands.persons_at); 0 persons, and counted as lacking, where a
    row's bands do not cover the range. Only the bands that meet the range are read (Inputs.age_bands_meeting)."""
    placements = engine.placements()
    if placements is None:
        return "poblacion", 0, 0
    finest = placements[1].source
    if ages is None:
        return "poblacion", 0, len(finest.codes)
    column = Band(*ages).column()
    meeting = getattr(engine.inputs, "age_bands_meeting", None)
    bands = meeting(engine.census_year(), *ages) if meeting is not None else None
    lacking = len(finest.codes)
    for source in engine.population_model.sources(engine.census_year()).values():
        rows = source.rows
        if column not in rows.columns:
            if bands is None or not len(bands) or "nivel" not in rows.columns:
                values = np.full(len(rows), np.nan)
            else:
                position = lookup_rows(key_columns(bands), key_columns(rows))
                values = age_bands.persons_at(bands, position, len(rows), *ages)
            rows.columns[column] = np.nan_to_num(values)
            rows.columns[column + "_sin_dato"] = np.isnan(values)
            if bands is not None and len(bands):  # a band that cuts the range makes the value an estimate
                end = age_bands.band_ends(bands["edad_hasta"])
                start = np.asarray(bands["edad_desde"], dtype=float)
                cut = (start < ages[0]) | (end > (np.inf if ages[1] is None else ages[1]))
                partial_bands(engine, ages).update(
                    Band(int(a), None if b == np.inf else int(b)).label() for a, b in
                    set(zip(start[cut].tolist(), end[cut].tolist())))
            source.__dict__.get("_values", {}).pop(column, None)
        if source is finest:
            lacking = int(rows.columns[column + "_sin_dato"].sum())
    return column, lacking, len(finest.codes)


def partial_bands(engine, ages):
    """The labels of the declared bands an age range cuts (its value is then an estimate), per engine."""
    return engine.shared(("bandas_parciales", ages), lambda engine: set())


def place_population(placement, column):
    """Target persons at each place of a placement (blocks, or dasymetric items)."""
    values = placement.source.values(column)
    if placement.block_shares is not None:
        return values
    items = placement.items
    return values[items.source] * items.fraction


# -- supply --------------------------------------------------------------------
def supply(engine, sector, provider=None):
    """(points, capacity (NaN where none), codes) of the sector's operating facilities (of one provider)."""
    facilities = engine.inputs.facilities
    mask = np.asarray(facilities["sector"] == sector, bool)
    if "estado" in facilities.columns:
        mask &= np.array([s in (None, OPERATING) for s in facilities["estado"]], bool)
    if provider is not None:
        mask &= np.array([n == provider for n in facilities.columns.get("naturaleza", [None] * len(mask))], bool)
    capacity = (np.array([np.nan if c is None else float(c) for c in facilities["capacidad"][mask]], float)
                if "capacidad" in facilities.columns else np.full(int(mask.sum()), np.nan))
    codes = facilities["codigo"][mask] if "codigo" in facilities.columns else np.arange(int(mask.sum()))
    return facilities.geometries[mask], capacity, codes


def as_supply(capacity):
    """A facility without capacity counts as one unit of supply."""
    return np.where(np.isnan(capacity), 1.0, capacity)


def pairs_within(x, y, points, distance):
    """(place, facility, distance) of every place within `distance` of a facility point: candidates from one STRtree
    query of the facilities' boxes, then the exact distance."""
    if len(points) == 0 or len(x) == 0:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    px, py = shapely.get_x(points), shapely.get_y(points)
    tree = shapely.STRtree(shapely.points(x, y))
    facility, place = tree.query(shapely.box(px - distance, py - distance, px + distance, py + distance))
    dx, dy = x[place] - px[facility], y[place] - py[facility]
    d = np.sqrt(dx * dx + dy * dy)
    keep = d <= distance
    return place[keep], facility[keep], d[keep]


def decay(d, bands, weights):
    """W(d): the weight of the band each distance falls in (a band includes its upper limit)."""
    return np.asarray(weights, float)[np.searchsorted(np.asarray(bands, float), d, side="left")]


def e2sfca(x, y, population, points, capacity, bands=DEFAULT_BANDS_M, weights=DEFAULT_WEIGHTS,
           at=None, network=None):
    """(A at each place, R per facility, reached: whether a place has a facility within the largest band).

    `at`: (x, y) of the places where A is wanted, if not the demand's own places; `network`: a StreetNetwork to
    measure along (street_network.py), else straight-line distances."""
    pairs_within_ = network.pairs_within if network is not None else pairs_within
    place, facility, d = pairs_within_(x, y, points, bands[-1])
    w = decay(d, bands, weights)
    demand = np.bincount(facility, weights=population[place] * w, minlength=len(points))
    r = np.divide(capacity, demand, out=np.zeros(len(points)), where=demand > 0)
    if at is not None:
        place, facility, d = pairs_within_(at[0], at[1], points, bands[-1])
        w = decay(d, bands, weights)
        n = len(at[0])
    else:
        n = len(x)
    a = np.bincount(place, weights=r[facility] * w, minlength=n)
    reached = np.zeros(n, bool)
    reached[place] = True
    return a, r, reached


def decay_parameters(params, code=""):
    """(bands, weights) from the parameters, checked: 1 to 50,000 m, increasing; weights 0 to 1, one per band.
    InputError naming the indicator and the parameter before anything is computed."""
    from ..errors import InputError

    try:
        bands = tuple(float(b) for b in params.get("bandas_m", DEFAULT_BANDS_M))
        weights = tuple(float(w) for w in params.get("pesos", DEFAULT_WEIGHTS))
    except (TypeError, ValueError):
        raise InputError(tr("The parameters 'bandas_m' and 'pesos' of indicator '{code}' must be lists of numbers, "
                            "e.g. [500, 1000, 1500] and [1, 0.68, 0.22].").format(code=code)) from None
    if (not bands or len(bands) != len(weights) or any(not 1 <= b <= 50_000 for b in bands)
            or any(b2 <= b1 for b1, b2 in zip(bands, bands[1:])) or any(not 0 <= w <= 1 for w in weights)):
        raise InputError(tr("The distance bands of indicator '{code}' are {bands} m with weights {weights}: bands "
                            "must increase from 1 to 50,000 m and have one weight from 0 to 1 each; nothing was "
                            "computed.").format(code=code, bands=list(bands), weights=list(weights)))
    return bands, weights


def street_network(engine):
    """The expediente's street network (StreetNetwork), once per engine; None without streets (straight lines)."""
    def build(engine):
        streets = getattr(engine.inputs, "streets", None)
        if streets is None or not len(streets):
            return None
        from .street_network import StreetNetwork

        network = StreetNetwork(streets.geometries)
        return network if network.edges else None
    return engine.shared("red_vial", build)


def accessibility_by_place(engine, sector, params, provider=None):
    """What the E2SFCA indicators share, once per engine and set of parameters."""
    bands, weights = decay_parameters(params, f"accesibilidad_{sector}")
    ages = target_ages(sector, params)
    key = ("e2sfca", sector, provider, bands, weights, ages)

    def build(engine):
        column, lacking, rows = target_column(engine, ages)
        points, capacity, _ = supply(engine, sector, provider)
        without = int(np.isnan(capacity).sum())
        capacity = as_supply(capacity)
        level, municipality = engine.placements()
        network = street_network(engine)
        out = {"columna": column, "sin_edad": lacking, "filas": rows, "sin_capacidad": without,
               "bandas_parciales": partial_bands(engine, ages) if ages else (),
               "equipamientos": len(points), "red": network}
        mx, my, _ = municipality.places
        demand = place_population(municipality, column)
        a_muni, r, reached_muni = e2sfca(mx, my, demand, points, capacity, bands, weights, network=network)
        blocks = level.block_shares is not None and municipality.block_shares is not None
        same_places = level.source is municipality.source and (blocks or level.items is municipality.items)
        if same_places:  # blocks (or the same dasymetric places) serve both: one pass
            a_level, reached_level = a_muni, reached_muni
        else:
            lx, ly, _ = level.places
            a_level, _, reached_level = e2sfca(mx, my, demand, points, capacity, bands, weights, at=(lx, ly),
                                               network=network)
        out.update(placements=(level, municipality), a=(a_level, a_muni), reached=(reached_level, reached_muni),
                   r=r)
        return out
    return engine.shared(key, build), bands, weights, ages


def _per_unit(engine, shared, weight_of, column):
    """Σ target persons × weight_of(A, reached) per unit, the municipality last."""
    level, municipality = shared["placements"]
    return np.append(level.weighted(weight_of(shared["a"][0], shared["reached"][0]), column),
                     municipality.weighted(weight_of(shared["a"][1], shared["reached"][1]), column))


def _target_population(engine, column):
    level, municipality = engine.placements()
    return np.append(level.population(column), municipality.population(column))


def _notes(shared, sector, ages, distances=True):
    """Notes every unit's measurement carries: how distances were measured (for the indicators that measure them),
    facilities without capacity, population rows without ages."""
    network = shared.get("red")
    if not distances:
        notes = []
    elif network is None:
        notes = [tr("distances in a straight line (the expediente has no street network, table via)")]
    else:
        notes = [tr("distances along the street network (table via: {nodes} nodes, {edges} segments; each place and "
                    "facility joins it at its nearest node)").format(
            nodes=f"{network.nodes:,}".replace(",", "."), edges=f"{network.edges:,}".replace(",", "."))]
    if shared["sin_capacidad"]:
        notes.append(tr("{count} of {total} facilities had no capacity and count as one unit of supply").format(
            count=shared["sin_capacidad"], total=shared["equipamientos"]))
    partial = sorted(shared.get("bandas_parciales") or ())
    if partial:
        notes.append(tr("target population {ages} estimated from the age bands {bands}, which the range cuts: "
                        "their people taken as spread evenly over their years").format(
            ages=ages_label(ages), bands=", ".join(partial)))
    if shared["sin_edad"]:
        notes.append(tr("{count} of {total} population rows have no age bands covering {ages}: their people are "
                        "not counted").format(count=shared["sin_edad"], total=shared["filas"], ages=ages_label(ages)))
    return "; ".join(notes) or None


def _join(note, common):
    parts = [p for p in (note, common) if p]
    return "; ".join(parts) or None


def _prepare(engine, code, params):
    """(sector, provider, shared, bands, weights, ages) or a Result saying why there is nothing to compute."""
    _, sector, provider = parse_code(code)
    parametros = {"sector": sector, "naturaleza": provider}
    if engine.placements() is None:
        return None, with_population(missing(engine, tr("the expediente has no population"), parametros), engine)
    points, _, _ = supply(engine, sector, provider)
    if not len(points):
        return None, with_population(missing(engine, tr(
            "there are no operating facilities of sector '{sector}'{provider} in the expediente (table "
            "equipamiento)").format(sector=sector, provider=f" ({provider})" if provider else ""), parametros),
            engine)
    shared, bands, weights, ages = accessibility_by_place(engine, sector, params, provider)
    if shared["filas"] and shared["sin_edad"] == shared["filas"]:
        return None, with_population(missing(engine, tr(
            "the population has no age bands covering {ages} (table poblacion_edad)").format(
            ages=ages_label(ages)), parametros), engine)
    parametros.update({"edades": ages_label(ages), "bandas_m": list(bands), "pesos": list(weights),
                       "equipamientos": shared["equipamientos"], "sin_capacidad": shared["sin_capacidad"],
                       "distancia": "linea_recta" if shared.get("red") is None else "malla_vial"})
    return (sector, provider, shared, ages, parametros), None


def _finish(result, engine, shared, sector, ages, parametros, distances=True):
    common = _notes(shared, sector, ages, distances)
    result.notas = [_join(n, common) for n in result.notas]
    result.parametros = {**parametros, **result.parametros}
    return with_population(result, engine, places=True)


def accesibilidad(engine, params, code):
    prepared, empty = _prepare(engine, code, params)
    if empty:
        return empty
    sector, provider, shared, ages, parametros = prepared
    column = shared["columna"]
    weighted = _per_unit(engine, shared, lambda a, reached: a, column)
    result = ratio(weighted, _target_population(engine, column), 1000.0,
                   tr("the unit has no target population ({ages})").format(ages=ages_label(ages)))
    return _finish(result, engine, shared, sector, ages, parametros)


def deficit(engine, params, code):
    prepared, empty = _prepare(engine, code, params)
    if empty:
        return empty
    sector, provider, shared, ages, parametros = prepared
    column = shared["columna"]
    lacking = _per_unit(engine, shared, lambda a, reached: np.clip(1.0 - a, 0.0, 1.0), column)
    population = _target_population(engine, column)
    result = Result(np.where(population > 0, lacking, np.nan), lacking, population,
                    [None if p > 0 else tr("the unit has no target population ({ages})").format(ages=ages_label(ages))
                     for p in population])
    return _finish(result, engine, shared, sector, ages, parametros)


def poblacion_sin_servicio(engine, params, code):
    prepared, empty = _prepare(engine, code, params)
    if empty:
        return empty
    sector, provider, shared, ages, parametros = prepared
    column = shared["columna"]
    beyond = _per_unit(engine, shared, lambda a, reached: (~reached).astype(float), column)
    population = _target_population(engine, column)
    result = Result(np.where(population > 0, beyond, np.nan), beyond, population,
                    [None if p > 0 else tr("the unit has no target population ({ages})").format(ages=ages_label(ages))
                     for p in population])
    return _finish(result, engine, shared, sector, ages, parametros)


def unit_of_points(engine, points):
    """Index of the unit of the level holding each point (-1 in none; on an edge, the first), and whether each lies
    in the municipality."""
    units = engine.inputs.units.geometries
    point, unit = shapely.STRtree(units).query(points, predicate="intersects")
    found = np.full(len(points), -1)
    first = np.unique(point, return_index=True)[1] if len(point) else np.zeros(0, int)
    found[point[first]] = unit[first]
    inside = shapely.intersects(engine.inputs.municipality, points) if len(points) else np.zeros(0, bool)
    return found, np.asarray(inside, bool)


def _sum_by_unit(engine, points, values):
    unit, inside = unit_of_points(engine, points)
    located = unit >= 0
    out = np.bincount(unit[located], weights=values[located], minlength=engine.n)
    out[-1] = values[inside].sum()
    return out


def oferta_demanda(engine, params, code):
    prepared, empty = _prepare(engine, code, params)
    if empty:
        return empty
    sector, provider, shared, ages, parametros = prepared
    points, capacity, _ = supply(engine, sector, provider)
    result = ratio(_sum_by_unit(engine, points, as_supply(capacity)),
                   _target_population(engine, shared["columna"]), 1000.0,
                   tr("the unit has no target population ({ages})").format(ages=ages_label(ages)))
    return _finish(result, engine, shared, sector, ages, parametros, distances=False)


def current_reports(reports, period):
    """Row indices of the current report of each facility for a period: '2025-S1' that semester; '2025' the latest
    semester of the year each facility reported. A report another row `reemplaza` is not current."""
    if reports is None or not len(reports):
        return np.zeros(0, int)
    fids = np.asarray(reports["fid"], dtype=np.int64) if "fid" in reports.columns else np.arange(len(reports))
    replaced = {int(r) for r in reports["reemplaza"] if r is not None}
    periods = np.array([str(p) for p in reports["periodo"]], dtype=object)
    wanted = np.array([p == period if "-S" in str(period) else p.startswith(f"{period}-") for p in periods], bool)
    wanted &= ~np.isin(fids, list(replaced))
    rows = np.flatnonzero(wanted)
    if not len(rows):
        return rows
    facility = np.array([str(f) for f in reports["equipamiento"]], dtype=object)[rows]
    order = np.lexsort((fids[rows], periods[rows], facility))  # per facility, the latest semester, the last row
    rows, facility = rows[order], facility[order]
    last = np.r_[facility[1:] != facility[:-1], True]
    return rows[last]


def uso_capacidad(engine, params, code):
    _, sector, provider = parse_code(code)
    parametros = {"sector": sector, "naturaleza": provider}
    points, declared, codes = supply(engine, sector, provider)
    reports = getattr(engine.inputs, "facility_reports", None)
    period = engine.period
    rows = current_reports(reports, period)
    if not len(points) or not len(rows):
        return missing(engine, tr("no facility of sector '{sector}' reported users for {period} (table "
                                  "reporte_equipamiento)").format(sector=sector, period=period), parametros)
    reported = lookup(np.array([str(c) for c in codes], dtype=object),
                      np.array([str(f) for f in reports["equipamiento"][rows]], dtype=object))
    has = reported >= 0
    row = rows[np.maximum(reported, 0)]
    users = np.array([0.0 if u is None else float(u) for u in reports["usuarios"][row]], float)
    own = np.array([np.nan if c is None else float(c) for c in reports["capacidad"][row]], float)
    capacity = np.where(np.isnan(own), declared, own)  # the capacity reported for the period, else the facility's
    counted = has & ~np.isnan(capacity) & (np.nan_to_num(capacity) > 0)
    numerator = _sum_by_unit(engine, points[counted], users[counted])
    denominator = _sum_by_unit(engine, points[counted], capacity[counted])
    result = ratio(numerator, denominator, 100.0, tr("no facility of the unit reported with a capacity"))
    unreported = int((~has).sum())
    if unreported:
        note = tr("{count} of {total} facilities did not report for {period}").format(
            count=unreported, total=len(points), period=period)
        result.notas = [_join(n, note) for n in result.notas]
    result.parametros = {**parametros, "periodo_reportes": period, "reportados": int(has.sum())}
    return result


CALCULATORS = {"oferta_demanda": oferta_demanda, "accesibilidad": accesibilidad, "deficit": deficit,
               "poblacion_sin_servicio": poblacion_sin_servicio, "uso_capacidad": uso_capacidad}


def calculator(code):
    parsed = parse_code(code)
    if parsed is None or not parsed[1]:
        return None
    function = CALCULATORS[parsed[0]]
    return lambda engine, params: function(engine, params, code)


def codes_for(sectors):
    return [f"{prefix}_{sector}" for sector in sorted(set(sectors)) for prefix in PREFIXES]
