"""Rows that name a territorial unit, a block or a lot by its code: read in the stored form, or refused.

A population row for UPZ `16` must land on the unit stored as `016`, and one whose code matches nothing must not
be stored where every indicator would then silently say *sin dato*. Before an import validates its rows, this
module rewrites each such code to the one the expediente stores (unit_codes: tolerant within the row's level,
never across levels), fills a population row's missing `nivel` from what its code matches, and returns a problem
for each row whose code matches nothing — the importer refuses them with the list, or leaves them out and reports
them (SKIP_INVALID). Plain data in, plain data out: no QGIS, no store.
"""
from dataclasses import dataclass

from . import schema
from .i18n import tr
from .text import normalise_code
from .unit_codes import canonical, written

MAX_LISTED_CODES = 20


@dataclass(frozen=True)
class Reference:
    code: str  # the field holding the code
    level: str  # the field saying what the code is ('nivel')


# table -> the code it refers by. poblacion/poblacion_edad: a block ('manzana') or a unit of the row's `nivel`;
# valor_suelo: a lot ('predio') or a block ('manzana').
REFERENCES = {
    "poblacion": Reference("ambito", "nivel"),
    "poblacion_edad": Reference("ambito", "nivel"),
    "valor_suelo": Reference("codigo", "nivel"),
}


# Blocks and lots may name what contains them: a block its unit (of any level), a lot its block. Checked once the
# expediente has what they name (blocks are often loaded before units, lots without blocks).
CONTAINED_IN = {"manzana": "unidad", "predio": "manzana"}


@dataclass
class Unmatched:
    feature: str
    field: str
    code: str
    level: str
    reason: str


def level_code(domain, value):
    """A level as stored ('UPZ', 'upz ' -> 'upz'), or None if it is not one of the domain's."""
    if value is None or not str(value).strip():
        return None
    wanted = normalise_code(value)
    for code, label in schema.DOMAINS[domain].items():
        if wanted in (normalise_code(code), normalise_code(label)):
            return code
    return None


def resolve(table_name, columns, feature_ids, index, lots=()):
    """Rewrite the unit/block/lot codes of `columns` (target field -> raw values, changed in place) to their stored
    form; returns [Unmatched] for rows that name nothing in the expediente. `index`: unit_codes.UnitIndex of the
    expediente; `lots`: its lot codes (valor_suelo)."""
    if table_name == "unidad_territorial":
        return _units(columns, index)
    if table_name in CONTAINED_IN:
        return _container(table_name, columns, feature_ids, index)
    reference = REFERENCES.get(table_name)
    if reference is None or reference.code not in columns:
        return []
    codes = columns[reference.code]
    domain = schema.table(table_name).field(reference.level).domain
    if reference.level not in columns:
        if table_name == "valor_suelo":
            columns[reference.level] = ["predio"] * len(codes)  # the field's default
        else:
            columns[reference.level] = [None] * len(codes)
    levels = columns[reference.level]
    lot_codes = {written(c) for c in lots}
    unmatched = []
    for i, (raw, raw_level) in enumerate(zip(codes, levels)):
        code = written(raw)
        if code is None:
            continue  # the importer says a required field is empty
        level = level_code(domain, raw_level)
        if raw_level is None and domain == "nivel_poblacion":
            level, problem = _inferred_level(index, code)
            if problem:
                unmatched.append(Unmatched(feature_ids[i], reference.code, code, "", problem))
                continue
            levels[i] = level
        if level is None:
            continue  # an unknown level: the importer names the domain's values
        if level == schema.NIVEL_SIN_UNIDAD:
            unmatched.append(Unmatched(feature_ids[i], reference.level, code, level, tr(
                "level '{level}' only marks rows of older expedientes whose code matched nothing; give the "
                "row's real level").format(level=level)))
            continue
        found = code if level == "predio" and code in lot_codes else index.find(level, code)
        if found is None:
            unmatched.append(Unmatched(feature_ids[i], reference.code, code, level, _no_match(level, code)))
            continue
        codes[i] = found
    return unmatched


def _inferred_level(index, code):
    """(level, None) of a code given without its level, or (None, reason)."""
    candidates = index.levels_of(code, exact_first=False)
    if len(candidates) == 1:
        return candidates[0][0], None
    if not candidates:
        return None, tr("code '{code}' matches no block and no territorial unit of the expediente").format(code=code)
    return None, tr("code '{code}' names units of several levels ({levels}): map the field 'nivel'").format(
        code=code, levels=", ".join(sorted(level for level, _ in candidates)))


def _no_match(level, code):
    if level == "manzana":
        return tr("block '{code}' is not in the expediente (table manzana)").format(code=code)
    if level == "predio":
        return tr("lot '{code}' is not in the expediente (table predio)").format(code=code)
    return tr("code '{code}' matches no territorial unit of level '{level}' in the expediente").format(
        code=code, level=level)


def _container(table_name, columns, feature_ids, index):
    """A block's unit (read in the stored form when one level holds it; several levels: kept as written) or a lot's
    block; refused when the expediente has units (blocks) and none is the one named."""
    field = CONTAINED_IN[table_name]
    if field not in columns:
        return []
    unmatched = []
    for i, raw in enumerate(columns[field]):
        code = written(raw)
        if code is None:
            continue
        if table_name == "predio":
            if index.blocks and code not in index.blocks:
                unmatched.append(Unmatched(feature_ids[i], field, code, "manzana", _no_match("manzana", code)))
            continue
        if not index.by_level:
            continue
        found = [stored for level, stored in index.levels_of(code, exact_first=False) if level != "manzana"]
        if not found:
            unmatched.append(Unmatched(feature_ids[i], field, code, "", tr(
                "code '{code}' matches no territorial unit of the expediente").format(code=code)))
        elif len(set(found)) == 1:
            columns[field][i] = found[0]
    return unmatched


def _units(columns, index):
    """Units: each code in its level's canonical form; a parent code in the form of the level it names (any level
    but the unit's own, when exactly one matches). Nothing is refused here: a unit names no other row."""
    if "codigo" not in columns or "nivel" not in columns:
        return []
    levels = [level_code("nivel_territorial", v) for v in columns["nivel"]]
    columns["codigo"] = [canonical(level, raw) if level else raw for raw, level in zip(columns["codigo"], levels)]
    if "codigo_padre" in columns:
        parents = []
        for raw, level in zip(columns["codigo_padre"], levels):
            matches = [(lv, stored) for lv, stored in index.levels_of(raw) if lv not in (level, "manzana")]
            parents.append(matches[0][1] if len(matches) == 1 else written(raw))
        columns["codigo_padre"] = parents
    return []


def summary(unmatched, table_name):
    """One Spanish paragraph for a refusal: how many rows, which field, the codes (the first MAX_LISTED_CODES)."""
    by_field = {}
    for u in unmatched:
        by_field.setdefault(u.field, []).append(u)
    parts = []
    for field, items in by_field.items():
        codes = list(dict.fromkeys(u.code for u in items))
        listed = ", ".join(codes[:MAX_LISTED_CODES]) + (
            tr(" … and {count} more").format(count=len(codes) - MAX_LISTED_CODES) if len(codes) > MAX_LISTED_CODES
            else "")
        levels = sorted({u.level for u in items if u.level})
        level = tr(" (level {levels})").format(levels=", ".join(levels)) if levels else ""
        parts.append(tr("{rows} rows of '{table}' name in field '{field}' codes that match nothing in the "
                        "expediente{level}: {codes}.").format(
            rows=len(items), table=table_name, field=field, level=level, codes=listed))
    return " ".join(parts)
