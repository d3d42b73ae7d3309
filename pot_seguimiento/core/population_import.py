"""The age bands a population import declares, as rows of `poblacion_edad`.

A mapping for table `poblacion` may name band fields beside the table's own: `edad_0_14`, `edad_60_mas`,
`mujeres_edad_0_4`… (age_bands.parse_column). Each becomes one `poblacion_edad` row per population row that has
a value (an empty value declares nothing), written in the same transaction as the population rows, so a row and
its bands land together or not at all. A spreadsheet made for the v1–v3 table (edad_0_14, edad_15_64,
edad_65_mas) still imports: its columns are bands too.
"""
import dataclasses

from . import age_bands
from .errors import InputError
from .i18n import tr
from .importing import Problem, convert_column
from .schema import table

AVISO = "aviso"  # a Problem action: reported, the row is imported


def split_mapping(mapping):
    """(the table's own mapping, {band field: (sexo, Band)}); refuses bands that overlap for one sex."""
    own, bands = {}, {}
    for name, expression in mapping.items():
        parsed = age_bands.parse_column(name)
        if parsed is None:
            own[name] = expression
        else:
            bands[name] = parsed
    for sexo in age_bands.SEXES:
        problems = age_bands.check_bands([band for s, band in bands.values() if s == sexo])
        if problems:
            raise InputError(tr("The age bands of the mapping cannot be stored together: {problems}.").format(
                problems="; ".join(problems)))
    return own, bands


def check_values(band_columns, feature_ids):
    """{band field: persons (int or None)} and a Problem per value that is not a whole number ≥ 0."""
    personas = dataclasses.replace(table("poblacion_edad").field("personas"), required=False)  # empty: no band
    problems, converted = [], {}
    for name, values in band_columns.items():
        found = []
        converted[name] = convert_column(personas, values, feature_ids, found, [])
        problems += [Problem(p.feature, name, p.reason.replace("'personas'", f"'{name}'")) for p in found]
    return converted, problems


def band_rows(prepared, bands, values, feature_ids):
    """poblacion_edad columns for the population rows that survived (`prepared`), and an AVISO per row whose
    complete bands (0 to "and older", both sexes) do not add up to its population."""
    position = {fid: i for i, fid in enumerate(feature_ids)}
    rows = {name: [] for name in ("ambito", "nivel", "anio", "sexo", "edad_desde", "edad_hasta", "personas")}
    warnings = []
    for k, fid in enumerate(prepared.feature_ids):
        i = position[fid]
        key = (prepared.columns["ambito"][k], prepared.columns["nivel"][k], prepared.columns["anio"][k])
        totals = {}
        for name, (sexo, band) in bands.items():
            persons = values[name][i]
            if persons is None:
                continue
            for column, value in zip(rows, key + (sexo, band.desde, band.hasta, persons)):
                rows[column].append(value)
            totals.setdefault(sexo, {})[band] = persons
        counted = age_bands.persons_in(age_bands.total_counts(totals), 0)[0]
        population = prepared.columns["poblacion"][k]
        if counted is not None and population is not None and int(round(counted)) != population:
            warnings.append(Problem(fid, "poblacion", tr(
                "the age bands add up to {bands} people but the population is {population}").format(
                bands=int(round(counted)), population=population), action=AVISO))
    return rows, warnings


def check_band_table(columns, feature_ids, population_keys, stored_bands):
    """Problems of rows imported straight into `poblacion_edad`: a band needs its population row (nivel, ambito,
    anio) already in the expediente, and must not overlap the bands that row already has, or another of the input,
    for the same sex. `stored_bands`: rows (nivel, ambito, anio, sexo, edad_desde, edad_hasta)."""
    problems = []
    declared = {}
    for nivel, ambito, anio, sexo, desde, hasta in stored_bands:
        declared.setdefault((nivel, ambito, anio, sexo), []).append(age_bands.Band(desde, hasta))
    empty = [None] * len(feature_ids)  # sexo (default 'total') and edad_hasta may be left out of a mapping
    keys = zip(*(columns.get(name, empty) for name in ("nivel", "ambito", "anio", "sexo", "edad_desde", "edad_hasta")))
    for fid, (nivel, ambito, anio, sexo, desde, hasta) in zip(feature_ids, keys):
        if (nivel, ambito, anio) not in population_keys:
            problems.append(Problem(fid, "ambito", tr(
                "there is no population row of '{ambito}' (level {level}) for {year}: import the population first "
                "(table poblacion)").format(ambito=ambito, level=nivel, year=anio)))
            continue
        band = age_bands.Band(desde, hasta)
        others = declared.setdefault((nivel, ambito, anio, sexo or "total"), [])
        clashes = age_bands.check_bands(others + [band])
        if clashes:
            problems.append(Problem(fid, "edad_desde", "; ".join(clashes)))
            continue
        others.append(band)
    return problems
