"""Validate and convert source rows for a store table.

The QGIS shell reads the source layer (evaluating the field mapping and
reprojecting to the store's CRS) and hands over plain columns; this module
decides, row by row, what can be stored and why not. Nothing here writes.
"""
import datetime
import re
from dataclasses import dataclass, field as dc_field

import numpy as np
import shapely

from . import schema, value_rules
from .errors import InputError
from .geometry import (EXPECTED_TYPES, non_finite, non_finite_reason, polygonal_part, to_multilinestrings,
                       to_multipolygons)
from .i18n import tr
from .numbers import AmbiguousNumber, parse_number
from .text import normalise_code, repair_double_encoding

_TRUE = {"1", "true", "t", "si", "s", "yes", "y", "verdadero"}
_FALSE = {"0", "false", "f", "no", "n", "falso"}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%dT%H:%M:%S", "%Y%m%d")
MAX_LISTED_PROBLEMS = 10


@dataclass
class Problem:
    feature: str  # the source feature's id, as the user sees it
    field: str  # target field, or "geometría"
    reason: str
    action: str = "rechazado"  # "rechazado" or "reparado"


@dataclass
class Prepared:
    """What survives validation, ready for GpkgStore.insert."""
    columns: dict
    geometries: object
    feature_ids: list
    problems: list = dc_field(default_factory=list)

    @property
    def rejected(self):
        return [p for p in self.problems if p.action == "rechazado"]

    @property
    def repaired(self):
        return [p for p in self.problems if p.action == "reparado"]


# -- value conversion: each returns the converted value or raises ValueError(reason)

def _to_text(value):
    text = str(value).strip()
    return text or None


def _to_real(value):
    number = parse_number(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError
    return number


def _to_integer(value):
    number = _to_real(value)
    if number != int(number):
        raise ValueError
    return int(number)


def _to_boolean(value):
    if isinstance(value, (bool, int, np.integer)) and int(value) in (0, 1):
        return int(value)
    code = normalise_code(value)
    if code in _TRUE:
        return 1
    if code in _FALSE:
        return 0
    raise ValueError


def _to_date(value):
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value).strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError


def _to_datetime(value):
    if not isinstance(value, datetime.date) and len(str(value).strip()) <= 10:
        value = datetime.date.fromisoformat(_to_date(value))  # a day alone: its midnight
    return value_rules.standard_datetime(value)


_CONVERTERS = {
    schema.TEXT: _to_text, schema.INTEGER: _to_integer, schema.REAL: _to_real,
    schema.BOOLEAN: _to_boolean, schema.DATE: _to_date, schema.DATETIME: _to_datetime,
}


def _type_name(field_type):
    return {
        schema.TEXT: tr("text"), schema.INTEGER: tr("whole number"), schema.REAL: tr("number"),
        schema.BOOLEAN: tr("yes/no value"), schema.DATE: tr("date (YYYY-MM-DD)"),
        schema.DATETIME: tr("date and time"),
    }[field_type]


def _is_null(value):
    return value is None or (isinstance(value, float) and value != value) or (
        isinstance(value, str) and not value.strip())


def _domain_lookup(domain):
    """Normalised code or label -> code, so 'Alta', 'ALTA' and 'alta' all match."""
    lookup = {}
    for code, label in schema.DOMAINS[domain].items():
        lookup[normalise_code(code)] = code
        lookup[normalise_code(label)] = code
    return lookup


def glob_to_regex(pattern):
    return re.compile("^" + re.escape(pattern).replace(r"\[", "[").replace(r"\]", "]")
                      .replace(r"\-", "-").replace(r"\*", ".*").replace(r"\?", ".") + "$")


def convert_column(field, values, feature_ids, problems, repaired_text):
    """Convert one column; record a Problem per bad value (value left None)."""
    convert = _CONVERTERS[field.type]
    lookup = _domain_lookup(field.domain) if field.domain else None
    pattern = glob_to_regex(field.pattern) if field.pattern else None
    out = [None] * len(values)
    for i, raw in enumerate(values):
        if _is_null(raw):
            if field.required and field.default is None:
                problems.append(Problem(feature_ids[i], field.name, tr(
                    "required field '{field}' is empty").format(field=field.name)))
            continue
        if isinstance(raw, str):
            fixed = repair_double_encoding(raw)
            if fixed != raw:
                repaired_text.append(Problem(feature_ids[i], field.name, tr(
                    "text repaired from double UTF-8 encoding: '{old}' -> '{new}'").format(
                    old=raw, new=fixed), action="reparado"))
                raw = fixed
        try:
            value = convert(raw)
        except AmbiguousNumber:
            problems.append(Problem(feature_ids[i], field.name, tr(
                "'{value}' is ambiguous for field '{field}': thousands or decimals? Write it without thousand "
                "separators (1500 or 1,5) or with both marks (1.500,0)").format(value=raw, field=field.name)))
            continue
        except (ValueError, TypeError, OverflowError):
            problems.append(Problem(feature_ids[i], field.name, tr(
                "'{value}' is not a valid {type} for field '{field}'").format(
                value=raw, type=_type_name(field.type), field=field.name)))
            continue
        if lookup is not None:
            code = lookup.get(normalise_code(value))
            if code is None:
                problems.append(Problem(feature_ids[i], field.name, tr(
                    "unknown value '{value}' for field '{field}'; allowed: {allowed}").format(
                    value=value, field=field.name, allowed=", ".join(schema.DOMAINS[field.domain]))))
                continue
            value = code
        if field.minimum is not None and value < field.minimum or (
                field.maximum is not None and value > field.maximum):
            problems.append(Problem(feature_ids[i], field.name, tr(
                "value {value} of field '{field}' is out of range [{minimum}, {maximum}]").format(
                value=value, field=field.name, minimum=_bound(field.minimum), maximum=_bound(field.maximum))))
            continue
        if pattern is not None and not pattern.match(value):
            problems.append(Problem(feature_ids[i], field.name, tr(
                "value '{value}' of field '{field}' does not have the format {pattern}").format(
                value=value, field=field.name, pattern=field.pattern)))
            continue
        out[i] = value
    return out


def _bound(value):
    return "…" if value is None else f"{value:g}"


def _unique_keys(table):
    keys = [(f.name,) for f in table.fields if f.unique]
    return keys + [tuple(names) for names in table.unique_together]


def check_duplicates(table, columns, feature_ids, existing, problems, repeated=None):
    """Flag rows whose unique key repeats inside the input or already in the store.

    `existing` maps a key tuple of field names to the set of values stored; `repeated` says where a key
    repeats inside the input (default: "repeated in the input", a layer).
    """
    for key in _unique_keys(table):
        if not all(name in columns for name in key):
            continue
        seen = set(existing.get(key, ()))
        stored = set(seen)
        for i, value in enumerate(zip(*(columns[name] for name in key))):
            if any(v is None for v in value):
                continue
            if value in seen:
                where = tr("already in the expediente") if value in stored else (
                    repeated or tr("repeated in the input"))
                problems.append(Problem(feature_ids[i], ", ".join(key), tr(
                    "duplicate code {value} ({where})").format(
                    value="/".join(str(v) for v in value), where=where)))
            seen.add(value)


def check_values(table, columns, feature_ids, problems, today=None):
    """The rules of value_rules (encoding, dates that happened, plausible magnitudes) on converted
    columns; a value that breaks one is left None and its feature rejected."""
    for name, values in columns.items():
        field = table.field(name)
        units = columns.get(field.unit_field) if field.unit_field else None
        for i, value in enumerate(values):
            reason = value_rules.problem(field, value, today, units[i] if units is not None else None)
            if reason:
                problems.append(Problem(feature_ids[i], name, reason))
                values[i] = None


def check_area(geometries, area, feature_ids, problems, declared_crs=None):
    """Refuse features whose coordinates fall outside `area` (name, (minx, miny, maxx, maxy)), the
    store CRS's area of use; longitude/latitude-sized numbers suggest their likely cause."""
    if area is None or not len(geometries):
        return
    name, (minx, miny, maxx, maxy) = area
    bounds = shapely.bounds(np.asarray(geometries, dtype=object))
    present = ~np.isnan(bounds).any(axis=1)
    outside = present & ((bounds[:, 0] < minx) | (bounds[:, 1] < miny) | (bounds[:, 2] > maxx) | (bounds[:, 3] > maxy))
    for i in np.flatnonzero(outside):
        reason = tr("coordinates ({x}, {y}) outside the area of use of {crs}").format(
            x=f"{bounds[i, 0]:.6g}", y=f"{bounds[i, 1]:.6g}", crs=name)
        if np.all(np.abs(bounds[i, [0, 2]]) <= 180) and np.all(np.abs(bounds[i, [1, 3]]) <= 90):
            reason += tr(": geographic coordinates declared as {crs}?").format(crs=declared_crs or name)
        else:
            reason += tr(": the layer's CRS may be wrong, or the data is of another place")
        problems.append(Problem(feature_ids[i], "geometría", reason))


def check_geometries(table, geometries, feature_ids, problems, area=None, declared_crs=None, columns=None,
                     unreadable=None):
    """Validate geometries in bulk; repair invalid ones with make_valid and say so. A table whose features may lack
    a geometry (Table.geometry_required_when) needs one only where its field (in `columns`) says so. `unreadable`:
    {position: reason} of the source geometries GEOS could not build (None in `geometries`; geometry.from_wkb),
    refused with that reason whether or not the feature needed a geometry."""
    geometries = np.asarray(geometries, dtype=object)
    unreadable = unreadable or {}
    expected = EXPECTED_TYPES[table.geometry]
    missing = shapely.is_missing(geometries) | shapely.is_empty(geometries)
    needed = np.ones(len(geometries), bool)
    if table.geometry_required_when:
        name, values = table.geometry_required_when
        needed = np.array([v in values for v in (columns or {}).get(name, [None] * len(geometries))], bool)
        for i in np.flatnonzero(missing & needed):
            if int(i) not in unreadable:
                problems.append(Problem(feature_ids[i], "geometría", tr(
                    "the feature has no geometry, and with {field} = '{value}' it needs one").format(
                    field=name, value=columns[name][i])))
        geometries = np.where(missing, None, geometries)  # an empty geometry is stored as none
    else:
        for i in np.flatnonzero(missing):
            if int(i) not in unreadable:
                problems.append(Problem(feature_ids[i], "geometría", tr("the feature has no geometry")))
    for i, reason in unreadable.items():
        problems.append(Problem(feature_ids[i], "geometría", reason))
    broken = ~missing & non_finite(geometries)  # NaN or infinite: GEOS cannot even check them
    for i in np.flatnonzero(broken):
        problems.append(Problem(feature_ids[i], "geometría", non_finite_reason()))
    missing = missing | broken
    check_area(np.where(missing, None, geometries), area, feature_ids, problems, declared_crs)
    present = ~missing
    types = shapely.get_type_id(geometries)
    wrong = present & ~np.isin(types, list(expected))
    for i in np.flatnonzero(wrong):
        problems.append(Problem(feature_ids[i], "geometría", tr(
            "geometry type {found} cannot be stored in '{table}', which holds {expected}").format(
            found=geometries[i].geom_type, table=table.name, expected=table.geometry)))
    invalid = present & ~wrong & ~shapely.is_valid(geometries)
    if invalid.any():
        reasons = shapely.is_valid_reason(geometries[invalid])
        fixed = shapely.make_valid(geometries[invalid])
        if table.geometry == "MULTIPOLYGON":
            fixed = polygonal_part(fixed)
        geometries = geometries.copy()
        geometries[invalid] = fixed
        for i, reason, geometry in zip(np.flatnonzero(invalid), reasons, fixed):
            if geometry is None or geometry.is_empty:
                problems.append(Problem(feature_ids[i], "geometría", tr(
                    "invalid geometry ({reason}) that cannot be repaired").format(reason=reason)))
            else:
                problems.append(Problem(feature_ids[i], "geometría", tr(
                    "invalid geometry ({reason}) repaired with makeValid").format(reason=reason),
                    action="reparado"))
    if table.geometry == "MULTIPOLYGON":
        geometries = to_multipolygons(geometries)
    elif table.geometry == "MULTILINESTRING":
        geometries = to_multilinestrings(geometries)
    elif table.geometry == "POINT":
        multi = present & (types == shapely.GeometryType.MULTIPOINT)
        for i in np.flatnonzero(multi):
            if shapely.get_num_geometries(geometries[i]) != 1:
                problems.append(Problem(feature_ids[i], "geometría", tr(
                    "a multipoint with several points cannot be stored in '{table}'").format(table=table.name)))
        geometries = np.where(multi, shapely.get_geometry(geometries, 0), geometries)
    return geometries


def prepare(table_name, columns, geometries, feature_ids, existing=None, layer_name="", area=None,
            declared_crs=None, today=None, unreadable=None):
    """Validate source columns (target field -> raw values) for `table_name`.

    Returns Prepared with only the acceptable rows, plus every problem found.
    Raises InputError for problems that concern the whole input. `area`: (CRS name, bounds) where
    coordinates may fall (the store CRS's area of use); `declared_crs`: the CRS the source declared;
    `unreadable`: {position: reason} of the geometries the source had but GEOS could not build.
    """
    table = schema.table(table_name)
    count = len(feature_ids)
    if count == 0:
        raise InputError(tr("The layer '{layer}' has no features: nothing to import.").format(layer=layer_name))
    unknown = [name for name in columns if name not in table.field_names]
    if unknown:
        raise InputError(tr("The mapping names fields that '{table}' does not have: {fields}. "
                            "Fields of '{table}': {known}.").format(
            table=table_name, fields=", ".join(unknown), known=", ".join(table.field_names)))
    missing_required = [f.name for f in table.fields
                        if f.required and f.default is None and f.name not in columns]
    if missing_required:
        raise InputError(tr("The mapping does not fill the required fields of '{table}': {fields}.").format(
            table=table_name, fields=", ".join(missing_required)))

    problems, repairs = [], []
    converted = {name: convert_column(table.field(name), values, feature_ids, problems, repairs)
                 for name, values in columns.items()}
    check_values(table, converted, feature_ids, problems, today)
    check_duplicates(table, converted, feature_ids, existing or {}, problems)
    if table.geometry:
        if geometries is None:
            raise InputError(tr("'{table}' needs geometries but the layer '{layer}' has none.").format(
                table=table_name, layer=layer_name))
        geometries = check_geometries(table, geometries, feature_ids, problems, area, declared_crs, converted,
                                      unreadable)
    problems.extend(repairs)

    bad = {p.feature for p in problems if p.action == "rechazado"}
    keep = np.array([fid not in bad for fid in feature_ids], dtype=bool)
    return Prepared(
        columns={name: [v for v, k in zip(values, keep) if k] for name, values in converted.items()},
        geometries=None if geometries is None else np.asarray(geometries, dtype=object)[keep],
        feature_ids=[fid for fid, k in zip(feature_ids, keep) if k],
        problems=problems,
    )


def refusal(prepared, layer_name):
    """The all-or-nothing error for a Prepared that has rejected rows."""
    rejected = prepared.rejected
    listed = "\n".join(tr("- feature {feature}, field '{field}': {reason}").format(
        feature=p.feature, field=p.field, reason=p.reason) for p in rejected[:MAX_LISTED_PROBLEMS])
    more = len(rejected) - MAX_LISTED_PROBLEMS
    tail = ("\n" + tr("… and {count} more problems.").format(count=more)) if more > 0 else ""
    return InputError(tr(
        "Nothing was imported from '{layer}': {count} features cannot be stored. Fix them, or "
        "import with 'skip invalid features' to leave them out.\n{problems}").format(
        layer=layer_name, count=len({p.feature for p in rejected}), problems=listed) + tail, rejected)


def reference_problems(table_name, unknown, feature_ids):
    """A rejected feature for each value naming a row the expediente does not hold (`unknown`: [(row, field, value,
    parent table)] as store.unknown_references gives them), with the field's name and what to do."""
    table = schema.table(table_name)
    return [Problem(feature_ids[row], field, tr(
        "'{value}' is not in the expediente's table '{parent}' ({label}): import it there first or correct the "
        "code").format(value=value, parent=parent, label=table.field(field).label or field))
        for row, field, value, parent in unknown]
