"""Participation, technical assistance and commitments (issue 21; docs/participacion.md): the entities' templates,
their validation row by row, and the periods plans are reported in.

The expediente keeps counts of people, never attendance lists: a template holding names, document numbers, phones or
e-mails is refused whole (`personal_data`). Everything here is plain Python: the store reads the context (entities,
units, what is already recorded) and writes what `validate` accepts (store/participation.py).
"""
import dataclasses
import datetime
import re
from dataclasses import dataclass, field as dc_field

from . import age_bands, clock, schema, value_rules
from .errors import InputError
from .i18n import tr
from .importing import Problem, check_duplicates, convert_column
from .text import normalise_code, repair_double_encoding
from .unit_codes import written

# -- periods -------------------------------------------------------------------------------------------------------
# Plans are reported by year, semester or four-month term (cuatrimestre: C1 January–April, C2 May–August,
# C3 September–December, as entities report them). The roll-up rule, one for every document: a plan row counts in a
# period when its cut-off (last day) falls inside the period and it is not longer than the period. So C1 counts in
# S1; C2 (cut-off 31 August) and C3 in S2; every term and semester in its year; a whole-year plan only in the year.
PERIOD = re.compile(r"^(\d{4})(?:-(S[12]|C[123]))?$")
_TERMS = {None: (1, 12), "S1": (1, 6), "S2": (7, 12), "C1": (1, 4), "C2": (5, 8), "C3": (9, 12)}


def period_bounds(period):
    """(first day, last day) of '2025', '2025-S1' or '2025-C2'; None when malformed."""
    match = PERIOD.match(str(period or "").strip().upper())
    if not match:
        return None
    year = int(match.group(1))
    first, last = _TERMS[match.group(2)]
    end = datetime.date(year, 12, 31) if last == 12 else datetime.date(year, last + 1, 1) - datetime.timedelta(1)
    return datetime.date(year, first, 1), end


def normal_period(period):
    return str(period).strip().upper()


def rolls_into(plan_period, period):
    """Whether a plan row of `plan_period` counts in `period` (the rule above)."""
    plan, target = period_bounds(plan_period), period_bounds(period)
    if plan is None or target is None:
        return False
    return target[0] <= plan[1] <= target[1] and (plan[1] - plan[0]) <= (target[1] - target[0])


def check_period(period):
    if period_bounds(period) is None:
        raise InputError(tr("The period '{period}' must look like 2025, 2025-S1 or 2025-C1 (four-month terms C1 to "
                            "C3).").format(period=period))
    return normal_period(period)


# -- templates -------------------------------------------------------------------------------------------------------
# Attendance by age in the template: the bands of the life course Colombian law names (childhood and adolescence
# 0–13 by Ley 1098 de 2006 together with the youth of Ley 1622 de 2013, 14–28; adults; older persons 60 y más, Ley
# 1251 de 2008). Any other band column (edad_0_17, edad_18_59…) is read too (core/age_bands.py).
TEMPLATE_BANDS = (age_bands.Band(0, 13), age_bands.Band(14, 28), age_bands.Band(29, 59), age_bands.Band(60))
ACTIVITY_COLUMNS = (
    "codigo", "nombre", "tipo", "tema", "etapa", "nivel", "unidad", "dependencia", "proyecto", "instrumento", "fecha",
    "modalidad", "estado", "enfoque_genero", "enfoque_diferencial", "enfoque_territorial",
    "mujeres", "hombres", "otras_identidades", *(b.column() for b in TEMPLATE_BANDS),
    "victimas", "etnicos", "discapacidad", "evaluaciones_aplicadas", "satisfaccion_media", "documento",
    "conclusiones", "lecciones")
PLAN_COLUMNS = ("dependencia", "linea", "periodo", "programadas", "ejecutadas", "observaciones")
COMMITMENT_COLUMNS = ("compromiso", "actividad", "descripcion", "entidad_responsable", "competencia_oficina",
                      "fecha_limite", "estado", "fecha_estado", "avance", "nota", "evidencia")
# kind (the sheet's name in the workbook, the file's prefix) -> its columns, and the columns that tell it apart.
KINDS = {"actividades": ACTIVITY_COLUMNS, "plan": PLAN_COLUMNS, "compromisos": COMMITMENT_COLUMNS}
_MARKS = {"actividades": ("codigo", "etapa"), "plan": ("linea", "programadas"),
          "compromisos": ("compromiso", "entidad_responsable")}
# The columns the entity must fill (the rest may stay empty).
REQUIRED = {"actividades": ("codigo", "nombre", "tipo", "tema", "etapa", "nivel", "dependencia", "fecha", "estado"),
            "plan": ("dependencia", "linea", "periodo", "programadas"),
            "compromisos": ("compromiso", "actividad", "descripcion", "entidad_responsable", "estado", "fecha_estado")}
ATTENDANCE = ("mujeres", "hombres", "otras_identidades")
GROUPS = ("victimas", "etnicos", "discapacidad")
_COMMITMENT_FIELDS = {"compromiso": "codigo", "fecha_estado": "fecha"}  # template column -> schema field


def kind_of(header, where):
    """Which template a sheet or file is, from its columns; InputError when none."""
    names = {normalise_code(h) for h in header}
    for kind, marks in _MARKS.items():
        if all(m in names for m in marks):
            return kind
    raise InputError(tr("'{where}' is not a participation template: it lacks the columns of activities ({a}), of the "
                        "plan ({p}) or of commitments ({c}). Use the templates the plugin writes.").format(
        where=where, a=", ".join(_MARKS["actividades"]), p=", ".join(_MARKS["plan"]),
        c=", ".join(_MARKS["compromisos"])))


def check_header(kind, header, where):
    """InputError naming the columns of a sheet that its template does not have: their values would otherwise be
    dropped without a word (a typo such as 'mujers' loses the women counted). Activities take any declared age band
    column (edad_0_17, edad_60_mas…) besides the template's. A column without a name (a CSV header ending in ';') is
    left out, as the workbook reader leaves it."""
    known = set(KINDS[kind])
    unknown = [h for h in header if normalise_code(h) and normalise_code(h) not in known and not (
        kind == "actividades" and (age_bands.parse_column(normalise_code(h)) or ("",))[0] == "total")]
    if unknown:
        raise InputError(tr("Nothing was imported: {where} has columns the {kind} template does not have: {columns}. "
                            "Their values would be lost; correct the column names (the template's are: {known}) or "
                            "remove those columns.").format(
            where=where, kind=kind, columns=", ".join(f"'{h}'" for h in unknown), known=", ".join(KINDS[kind])))


# -- personal data ---------------------------------------------------------------------------------------------------
# Headers that carry people (normalised: 'Nombre del asistente' -> 'nombre_del_asistente').
_PERSONAL_HEADER = re.compile(
    r"(cedula|^c_?c$|documento_(de_)?identidad|(numero|tipo|no|nro)_(de_)?documento|identificacion|pasaporte|"
    r"telefono|celular|^movil|whatsapp|correo|e_?mail|^mail$|firma|apellido|nombre_?completo|"
    r"nombres?_(del?_|de_la_)?(asistente|participante|persona|ciudadan|beneficiari|lider|contacto)|"
    r"^asistentes?$|^participantes?$|^(listado|lista)_de_asistencia|direccion_(de_)?residencia)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.,])(\+?57[\s.-]?)?(3\d{2}[\s.-]?\d{3}[\s.-]?\d{4}|60\d[\s.-]?\d{7})(?![\w.,])")
_DOCUMENT = re.compile(r"\b(c\.?\s?c\.?|cc|c[ée]dula|t\.?\s?i\.?|tarjeta de identidad|documento|identificaci[óo]n|"
                       r"pasaporte)\s*(de ciudadan[íi]a\s*)?(no\.?|n[°º.]|nro\.?|n[úu]mero|#)?\s*:?\s*"
                       r"\d[\d.\s]{5,14}\d", re.IGNORECASE)
_TITLED_NAME = re.compile(r"\b(?i:sr|sra|srta|señor|señora|don|doña|dr|dra)\.?\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+")


def personal_data(sheets):
    """[(where, reason)] of what in the sheets looks like a person: a column for names, documents, phones or e-mails,
    or such a value in any cell. `sheets`: [(name, [(row number, {header: value})])]."""
    found = []
    for name, rows in sheets:
        header = list(rows[0][1]) if rows else []
        for column in header:
            if _PERSONAL_HEADER.search(normalise_code(column)):
                found.append((tr("sheet '{sheet}', column '{column}'").format(sheet=name, column=column),
                              tr("a column for people's names, documents, phones or e-mails")))
        for number, row in rows:
            for column, value in row.items():
                if not isinstance(value, str) or not value.strip():
                    continue
                for pattern, what in ((_EMAIL, tr("an e-mail address")), (_PHONE, tr("a phone number")),
                                      (_DOCUMENT, tr("an identity document number")),
                                      (_TITLED_NAME, tr("a person's name"))):
                    if pattern.search(value):
                        found.append((tr("sheet '{sheet}', row {row}, column '{column}'").format(
                            sheet=name, row=number, column=column), what))
                        break
    return found


def refuse_personal_data(sheets, path):
    found = personal_data(sheets)
    if found:
        listed = "\n".join(tr("- {where}: {what}").format(where=w, what=what) for w, what in found[:10])
        raise InputError(tr(
            "Nothing was imported from '{path}': it holds personal data. The expediente keeps counts of participants "
            "(women, men, age groups, population groups), never attendance lists: remove people's names, document "
            "numbers, phones and e-mails (the attendance list stays in the entity's archive) and import it again."
            "\n{found}").format(path=path, found=listed), [(w, "", what) for w, what in found])


# -- validation ------------------------------------------------------------------------------------------------------
@dataclass
class Context:
    """What the rows are checked against, read from the expediente inside the import's transaction."""
    entities: dict  # normalised code, name or acronym -> entity code
    units: object  # core.unit_codes.UnitIndex
    projects: set
    documents: set
    activities: dict  # code -> stored row (dict, with 'edades': {(desde, hasta): personas})
    commitments: dict  # code -> stored row
    states: dict  # commitment code -> [stored states, in order]
    plan: dict  # (dependencia, linea, periodo) -> stored row
    today: datetime.date = None


@dataclass
class Validation:
    """What an import would write, and a line per row: (sheet, row, key, result, message)."""
    activities: list = dc_field(default_factory=list)  # (action 'nuevo'|'actualizado', values, bands)
    plan: list = dc_field(default_factory=list)  # (action, values)
    commitments: list = dc_field(default_factory=list)  # values of new commitments
    states: list = dc_field(default_factory=list)  # values of new states
    lines: list = dc_field(default_factory=list)

    @property
    def rejected(self):
        return [line for line in self.lines if line[3] == "rechazado"]


def entity_lookup(rows):
    """{normalised code, name or acronym: code} of the entidad rows (dicts)."""
    lookup = {}
    for row in rows:
        for key in (row.get("sigla"), row.get("nombre"), row.get("codigo")):  # the code wins a clash
            if key:
                lookup[normalise_code(key)] = row["codigo"]
    return lookup


def _convert(table, rows, columns, problems, renamed=None, today=None, repairs=None):
    """{field: [converted values]} of the template columns that are fields of `table`, by the schema's rules (type,
    domain, range, format, dates that happened, plausible sizes); problems name the template's column. Text repaired
    from a double UTF-8 encoding goes to `repairs`, for the row's line of the report."""
    table = schema.table(table)
    ids = [number for number, _ in rows]
    converted = {}
    renamed = renamed or {}
    for column in columns:
        name = renamed.get(column, column)
        if name not in table.field_names:
            continue
        field = dataclasses.replace(table.field(name), name=column)
        values = convert_column(field, [row.get(column) for _, row in rows], ids, problems,
                                [] if repairs is None else repairs)
        for j, value in enumerate(values):
            reason = value_rules.problem(field, value, today)
            if reason:
                problems.append(Problem(ids[j], column, reason))
                values[j] = None
        converted[name] = values
    return converted


# Fields the schema requires with a default: a template cell left empty takes it.
_DEFAULTS = {"modalidad": "presencial", "enfoque_genero": 0, "enfoque_diferencial": 0, "enfoque_territorial": 0}


def _missing(kind, rows, problems):
    for number, row in rows:
        for column in REQUIRED[kind]:
            value = row.get(column)
            if value is None or (isinstance(value, str) and not value.strip()):
                problems.append(Problem(number, column, tr("required field '{field}' is empty").format(field=column)))


def _entity(context, value, column, number, problems):
    text = written(repair_double_encoding(value))
    code = context.entities.get(normalise_code(text)) if text else None
    if text and code is None:
        problems.append(Problem(number, column, tr(
            "'{value}' is not an entity of the expediente (field '{field}'): register it in the table entidad, "
            "by code, name or acronym").format(value=text, field=column)))
    return code


def validate(sheets, context, entity=None, period=None):
    """Check every row of the sheets ({kind: [(row number, row)]}) against the schema, the expediente and the rules of
    participation; returns a Validation. Nothing is written here."""
    today = context.today or clock.today()
    entity = context.entities.get(normalise_code(entity)) if entity else None
    bounds = period_bounds(period) if period else None
    out = Validation()
    _activities(sheets.get("actividades", []), context, out, entity, bounds, today)
    _plan(sheets.get("plan", []), context, out, entity, period)
    _commitments(sheets.get("compromisos", []), context, out, entity, today)
    out.lines.sort(key=lambda line: (list(KINDS).index(line[0]), line[1]))
    return out


def _reasons(problems, number):
    return list(dict.fromkeys(
        tr("field '{field}': {reason}").format(field=p.field, reason=p.reason) if f"'{p.field}'" not in p.reason
        else p.reason for p in problems if p.feature == number))


def _activities(rows, context, out, entity, bounds, today):
    rows = [(n, {normalise_code(k): v for k, v in row.items()}) for n, row in rows]
    rows = [(n, row) for n, row in rows if any(str(v).strip() for v in row.values() if v is not None)]
    if not rows:
        return
    problems, repairs = [], []
    _missing("actividades", rows, problems)
    columns = list(rows[0][1])
    values = _convert("actividad_participacion", rows, columns, problems, today=today, repairs=repairs)
    band_columns = [(c, age_bands.parse_column(c)) for c in columns]
    band_columns = [(c, parsed[1]) for c, parsed in band_columns if parsed and parsed[0] == "total"]
    band_field = schema.Field("personas", schema.INTEGER, minimum=0, maximum=1_000_000)
    bands = {c: convert_column(band_field, [row.get(c) for _, row in rows], [n for n, _ in rows], problems, [])
             for c, _ in band_columns}
    for problem in age_bands.check_bands([b for _, b in band_columns]) if band_columns else []:
        problems.append(Problem(rows[0][0], "edad", problem))
    dependencies = [_entity(context, row.get("dependencia"), "dependencia", number, problems) for number, row in rows]
    _duplicate_codes(rows, values.get("codigo") or [None] * len(rows), dependencies, context, problems)
    for i, (number, row) in enumerate(rows):
        item = {name: column[i] for name, column in values.items()}
        for name, default in _DEFAULTS.items():
            if item.get(name) is None:
                item[name] = default
        code = item.get("codigo")
        item["dependencia"] = dependencies[i]
        if entity and item["dependencia"] and item["dependencia"] != entity:
            problems.append(Problem(number, "dependencia", tr(
                "the activity is of '{found}', not of '{entity}' (field 'dependencia'): each dependency reports only "
                "its own activities").format(found=item["dependencia"], entity=entity)))
        _activity_place(item, row, context, number, problems)
        _activity_rules(item, row, bands, i, context, number, problems, bounds, today)
        own_bands = {(b.desde, b.hasta): bands[c][i] for c, b in band_columns if bands[c][i] is not None}
        reasons = _reasons(problems, number)
        if reasons:
            out.lines.append(("actividades", number, code, "rechazado", "; ".join(reasons)))
            continue
        stored = context.activities.get(code)
        if stored is not None and all(_same(stored.get(k), v) for k, v in item.items()) and \
                stored.get("edades", {}) == own_bands:
            out.lines.append(("actividades", number, code, "omitido", tr("already recorded")))
            continue
        action = "nuevo" if stored is None else "actualizado"
        out.activities.append((action, item, own_bands))
        out.lines.append(("actividades", number, code, action, "; ".join(_reasons(repairs, number))))


def _duplicate_codes(rows, codes, dependencies, context, problems):
    """The import's duplicate-code rule (core/importing.py) on activity codes: a code repeated in the file, or one the
    expediente already holds for another dependency, is refused; the same dependency's code is its own activity,
    updated."""
    theirs = {(code,) for code, dependency in zip(codes, dependencies)
              if dependency and code in context.activities and context.activities[code]["dependencia"] != dependency}
    check_duplicates(schema.table("actividad_participacion"), {"codigo": codes}, [n for n, _ in rows],
                     {("codigo",): theirs}, problems, repeated=tr("repeated in the file"))


def _same(stored, new):
    if stored is None or new is None:
        return stored is None and new is None
    if isinstance(new, (int, float)) and not isinstance(new, bool):
        try:
            return abs(float(stored) - float(new)) < 1e-9
        except (TypeError, ValueError):
            return False
    return str(stored)[:10] == str(new)[:10] if isinstance(new, str) and len(new) == 10 and new[4:5] == "-" \
        else str(stored) == str(new)


def _activity_place(item, row, context, number, problems):
    level, unit = item.get("nivel"), written(row.get("unidad"))
    if level is None:
        return
    if level == "municipio":
        item["unidad"] = None  # the whole municipality
        return
    if unit is None:
        problems.append(Problem(number, "unidad", tr(
            "an activity of scale '{level}' names its unit (field 'unidad'); an activity of the whole municipality "
            "has scale 'municipio'").format(level=level)))
        return
    found = context.units.find(level, unit)
    if found is None:
        problems.append(Problem(number, "unidad", tr(
            "unknown unit '{unit}' of level '{level}' (field 'unidad')").format(unit=unit, level=level)))
    item["unidad"] = found


def _activity_rules(item, row, bands, i, context, number, problems, bounds, today):
    attendance = [item.get(c) for c in ATTENDANCE]
    total = sum(v or 0 for v in attendance)
    state, day = item.get("estado"), item.get("fecha")
    if state == "ejecutada":
        if day is not None and datetime.date.fromisoformat(day) > today:
            problems.append(Problem(number, "fecha", tr(
                "the activity is 'ejecutada' but dated {day}, after today ({today}): an activity in the future is "
                "'programada'").format(day=day, today=today.isoformat())))
        if all(v is None for v in attendance):
            problems.append(Problem(number, "mujeres", tr(
                "an executed activity reports its attendance (fields mujeres, hombres, otras_identidades; 0 where "
                "none)")))
    elif total:
        problems.append(Problem(number, "estado", tr(
            "the activity has {total} attendees but is '{state}': only an executed activity has attendance").format(
            total=total, state=state)))
    evaluations = item.get("evaluaciones_aplicadas")
    if evaluations is not None and evaluations > total:
        problems.append(Problem(number, "evaluaciones_aplicadas", tr(
            "{evaluations} satisfaction evaluations applied but {total} attendees (mujeres + hombres + "
            "otras_identidades): there cannot be more evaluations than attendees").format(
            evaluations=evaluations, total=total)))
    if item.get("satisfaccion_media") is not None and not evaluations:
        problems.append(Problem(number, "satisfaccion_media", tr(
            "a mean satisfaction needs the evaluations it comes from (field 'evaluaciones_aplicadas')")))
    for group in GROUPS:
        if (item.get(group) or 0) > total:
            problems.append(Problem(number, group, tr(
                "{count} attendees in '{group}' but {total} attendees in all").format(
                count=item[group], group=group, total=total)))
    in_bands = sum(column[i] or 0 for column in bands.values())
    if in_bands > total:
        problems.append(Problem(number, "edad", tr(
            "{count} attendees in the age groups but {total} attendees in all").format(count=in_bands, total=total)))
    if item.get("proyecto") and item["proyecto"] not in context.projects:
        problems.append(Problem(number, "proyecto", tr("unknown project '{code}' (field 'proyecto')").format(
            code=item["proyecto"])))
    if item.get("documento") and item["documento"] not in context.documents:
        problems.append(Problem(number, "documento", tr(
            "'{code}' is not a document of the archive (table documento; field 'documento')").format(
            code=item["documento"])))
    if bounds and day is not None and not bounds[0].isoformat() <= day <= bounds[1].isoformat():
        problems.append(Problem(number, "fecha", tr(
            "the date {day} is outside the period {first} – {last} being imported").format(
            day=day, first=bounds[0].isoformat(), last=bounds[1].isoformat())))


def _plan(rows, context, out, entity, period):
    rows = [(n, {normalise_code(k): v for k, v in row.items()}) for n, row in rows]
    rows = [(n, row) for n, row in rows if any(str(v).strip() for v in row.values() if v is not None)]
    if not rows:
        return
    problems, repairs = [], []
    _missing("plan", rows, problems)
    values = _convert("plan_participacion", rows, list(rows[0][1]), problems, repairs=repairs)
    items = []
    for i, (number, row) in enumerate(rows):
        item = {name: column[i] for name, column in values.items()}
        item["dependencia"] = _entity(context, row.get("dependencia"), "dependencia", number, problems)
        if entity and item["dependencia"] and item["dependencia"] != entity:
            problems.append(Problem(number, "dependencia", tr(
                "the plan row is of '{found}', not of '{entity}' (field 'dependencia')").format(
                found=item["dependencia"], entity=entity)))
        if item.get("periodo") is not None:
            if period_bounds(item["periodo"]) is None:
                problems.append(Problem(number, "periodo", tr(
                    "period '{period}' must look like 2025, 2025-S1 or 2025-C1").format(period=item["periodo"])))
            else:
                item["periodo"] = normal_period(item["periodo"])
                if period and not rolls_into(item["periodo"], period):
                    problems.append(Problem(number, "periodo", tr(
                        "the plan period {plan} does not count in the period {period} being imported").format(
                        plan=item["periodo"], period=period)))
        items.append(item)
    # A line of a period is one row (the table's unique key): the rule every import applies to keys.
    key_fields = ("dependencia", "linea", "periodo")
    check_duplicates(schema.table("plan_participacion"), {f: [item.get(f) for item in items] for f in key_fields},
                     [n for n, _ in rows], {}, problems, repeated=tr("repeated in the file"))
    for (number, row), item in zip(rows, items):
        key = tuple(item.get(f) for f in key_fields)
        reasons = _reasons(problems, number)
        label = "/".join(str(k) for k in key)
        if reasons:
            out.lines.append(("plan", number, label, "rechazado", "; ".join(reasons)))
            continue
        stored = context.plan.get(key)
        if stored is not None and all(_same(stored.get(k), v) for k, v in item.items()):
            out.lines.append(("plan", number, label, "omitido", tr("already recorded")))
            continue
        action = "nuevo" if stored is None else "actualizado"
        out.plan.append((action, item))
        out.lines.append(("plan", number, label, action, "; ".join(_reasons(repairs, number))))


def _commitments(rows, context, out, entity, today):
    rows = [(n, {normalise_code(k): v for k, v in row.items()}) for n, row in rows]
    rows = [(n, row) for n, row in rows if any(str(v).strip() for v in row.values() if v is not None)]
    if not rows:
        return
    problems, repairs = [], []
    _missing("compromisos", rows, problems)
    columns = list(rows[0][1])
    commitment = _convert("compromiso", rows, columns, problems, _COMMITMENT_FIELDS, today, repairs)
    state = _convert("compromiso_estado", rows, [c for c in columns if c not in ("fecha", "codigo")], problems,
                     {"fecha_estado": "fecha"}, today, repairs)
    new_activities = {values["codigo"]: values for action, values, _ in out.activities}
    history = {code: list(states) for code, states in context.states.items()}
    created = {}
    for i, (number, row) in enumerate(rows):
        item = {name: column[i] for name, column in commitment.items()}
        if item.get("competencia_oficina") is None:
            item["competencia_oficina"] = 1
        change = {name: column[i] for name, column in state.items()}
        code = item.get("codigo")
        change["compromiso"] = code
        item["entidad_responsable"] = _entity(context, row.get("entidad_responsable"), "entidad_responsable",
                                              number, problems)
        activity = item.get("actividad")
        known = context.activities.get(activity) or new_activities.get(activity)
        if activity and known is None:
            problems.append(Problem(number, "actividad", tr(
                "unknown activity '{code}' (field 'actividad'): record the activity first, or in the same "
                "workbook").format(code=activity)))
        if entity and known is not None and known.get("dependencia") != entity and \
                item["entidad_responsable"] != entity:
            problems.append(Problem(number, "actividad", tr(
                "the commitment is neither of an activity of '{entity}' nor in its charge").format(entity=entity)))
        stored = context.commitments.get(code) or created.get(code)
        if stored is not None and any(item.get(k) is not None and not _same(stored.get(k), item[k])
                                      for k in ("actividad", "descripcion", "entidad_responsable")):
            problems.append(Problem(number, "compromiso", tr(
                "commitment {code} is already recorded with another activity, description or responsible entity: "
                "correct it in its form, not in a template").format(code=code)))
        past = history.get(code, [])
        duplicate = any(s["estado"] == change.get("estado") and _same(s["fecha"], change.get("fecha")) for s in past)
        if not duplicate and past and change.get("estado") and change.get("fecha"):
            last = past[-1]
            if str(change["fecha"]) < str(last["fecha"])[:10]:
                problems.append(Problem(number, "fecha_estado", tr(
                    "state dated {day}, before the last recorded state ({last}, {state}): states are recorded in the "
                    "order they happen").format(day=change["fecha"], last=str(last["fecha"])[:10],
                                                state=last["estado"])))
            if last["estado"] == "cumplido" and change["estado"] != "cumplido" and not (change.get("nota") or ""):
                problems.append(Problem(number, "nota", tr(
                    "commitment {code} was 'cumplido' on {day}: reopening it as '{state}' needs a note saying why "
                    "(field 'nota')").format(code=code, day=str(last["fecha"])[:10], state=change["estado"])))
        reasons = _reasons(problems, number)
        if reasons:
            out.lines.append(("compromisos", number, code, "rechazado", "; ".join(reasons)))
            continue
        if stored is None:
            out.commitments.append(item)
            created[code] = item
        if duplicate:
            out.lines.append(("compromisos", number, code, "omitido", tr("already recorded")))
            continue
        out.states.append(change)
        history.setdefault(code, []).append(change)
        out.lines.append(("compromisos", number, code, "nuevo" if stored is None else "actualizado",
                          "; ".join(_reasons(repairs, number))))


def refusal(validation, path):
    """The all-or-nothing error of a Validation with rejected rows."""
    rejected = validation.rejected
    listed = "\n".join(tr("- sheet '{sheet}', row {row} ({key}): {reasons}").format(
        sheet=sheet, row=row, key=key or "—", reasons=reasons) for sheet, row, key, _, reasons in rejected[:10])
    more = len(rejected) - 10
    tail = ("\n" + tr("… and {count} more rows.").format(count=more)) if more > 0 else ""
    return InputError(tr("Nothing was imported from '{path}': {count} rows have errors.\n{rows}").format(
        path=path, count=len(rejected), rows=listed) + tail, [(r[1], r[0], r[4]) for r in rejected])
