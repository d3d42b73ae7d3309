"""The semiannual report of a facility (`reporte_equipamiento`): the template entities fill and the rules a report
must meet (docs/observatorio_servicios.md). No QGIS; the store records (store/service_reports.py).

A template is one entity's: a row per facility it runs, with the capacity on record (the entity corrects it if it
changed in the semester) and the last report. Columns the entity fills: periodo, fecha_corte, capacidad,
capacidad_en_uso, usuarios, usuarios by sex, users by age in the bands the expediente's population declares (one
column per band, `usuarios_0_4` … `usuarios_80_mas`: store/service_reports.declared_bands; the life-course groups
of FALLBACK_BANDS when the population declares none), observaciones, reportado_por. Every column of the template
must be in the file, even if empty, and its band columns must be the declared bands: a file missing an age column,
or with other bands, was made from another template (or before the population changed), and its numbers cannot be
read safely. Users by age are stored as rows of reporte_equipamiento_edad (schema v6).
"""
from . import schema
from .age_bands import Band, check_bands, parse_column
from .i18n import tr
from .projects import Check, _number, as_date, check_reportable, period_bounds

# The bands of a template when the population declares none: the life-course groups of Colombian social policy.
FALLBACK_BANDS = tuple(Band(desde, hasta) for desde, hasta in schema.USER_AGE_GROUPS)
SEX_COLUMNS = ("usuarios_mujeres", "usuarios_hombres")
REPORT_FIELDS = ("equipamiento", "periodo", "fecha_corte", "capacidad", "capacidad_en_uso", "usuarios",
                 *SEX_COLUMNS, "observaciones", "reportado_por")
REQUIRED_COLUMNS = ("equipamiento", "periodo", "fecha_corte", "capacidad", "usuarios", *SEX_COLUMNS)


def age_column(band):
    return schema.user_age_column(band.desde, band.hasta)


def band_of_column(name):
    """The Band of a template's age column ('usuarios_0_4', 'usuarios_80_mas'), else None."""
    name = str(name).strip().lower()
    if not name.startswith("usuarios_"):
        return None
    parsed = parse_column("edad_" + name[len("usuarios_"):])
    return parsed[1] if parsed and parsed[0] == "total" else None


def template_columns(bands):
    """The template's columns for the declared `bands`: the facility's record, then what the entity fills."""
    return ("equipamiento", "nombre", "sector", "entidad", "unidad_capacidad", "ultimo_periodo",
            "ultimos_usuarios", *filled_columns(bands))


def filled_columns(bands):
    fields = list(REPORT_FIELDS[1:])
    position = fields.index("observaciones")
    return tuple(fields[:position] + [age_column(b) for b in bands] + fields[position:])


# Users above this multiple of the capacity are a typing error or an overcrowding the entity must explain in
# `observaciones` (a school with 1,000 places and 1,600 pupils in two shifts reports it with a note).
FAR_ABOVE_CAPACITY = 1.5


def check_columns(header, path, bands):
    """InputError naming the template columns a file lacks, or saying that its age columns are not the declared
    `bands` (a column of a band the population does not declare, or bands that overlap)."""
    from .errors import InputError

    header = [str(c).strip() for c in header]
    missing = [c for c in REQUIRED_COLUMNS + tuple(age_column(b) for b in bands) if c not in header]
    if missing:
        raise InputError(tr("The file '{path}' lacks the columns {columns} of the facilities' report template; "
                            "use the template the plugin generates (export_service_templates).").format(
            path=path, columns=", ".join(missing)))
    found = [band for band in (band_of_column(c) for c in header) if band is not None]
    other = set(found) - set(bands)
    if other or check_bands(found):
        raise InputError(tr("The file '{path}' reports users in the age bands {found}, but the expediente's "
                            "population declares {declared}: export the template again (export_service_templates) "
                            "and copy the figures into its columns; nothing was imported.").format(
            path=path, found=", ".join(b.label() for b in sorted(found, key=lambda b: (b.desde, b.last))),
            declared=", ".join(b.label() for b in bands)))


def is_filled(row):
    """A row the entity left blank (no users) is not a report."""
    value = row.get("usuarios")
    return str(value if value is not None else "").strip() != ""


def _count(check, report, name, required=False):
    """A whole number of persons ≥ 0, None if empty (and not required), errors named by field."""
    raw = report.get(name)
    value = _number(raw)
    if value is None:
        if required:
            check.errors.append(tr("field '{field}' is required").format(field=name))
        return None
    if value in ("invalid", "ambiguous") or value != int(value):
        check.errors.append(tr("field '{field}' is '{value}', not a whole number of persons").format(
            field=name, value=raw))
        return None
    if value < 0:
        check.errors.append(tr("field '{field}' is {value}: it cannot be negative").format(
            field=name, value=f"{value:g}"))
        return None
    return int(value)


def _quantity(check, report, name):
    raw = report.get(name)
    value = _number(raw)
    if value in ("invalid", "ambiguous"):
        check.errors.append(tr("field '{field}' is '{value}', not a number").format(field=name, value=raw))
        return None
    if value is not None and value < 0:
        check.errors.append(tr("field '{field}' is {value}: it cannot be negative").format(
            field=name, value=f"{value:g}"))
        return None
    if value is not None and value > schema.MAX_CAPACITY:
        check.errors.append(tr("field '{field}' is {value}, above any facility's capacity").format(
            field=name, value=f"{value:g}"))
        return None
    return value


def validate(report, facility, today=None, bands=FALLBACK_BANDS):
    """Check one report (dict of REPORT_FIELDS and the age columns of `bands`, texts as the file gives them) against
    its facility (a dict of equipamiento, or None if unknown). Returns (Check, typed values for the store: the
    report's fields and 'edades', {(desde, hasta): users} of the bands filled)."""
    check = Check()
    if facility is None:
        check.errors.append(tr("unknown facility '{code}' (field 'equipamiento'): it is not in the expediente")
                            .format(code=report.get("equipamiento")))
        return check, None
    entity = str(report.get("entidad") or "").strip()
    if "entidad" in report and entity and entity != str(facility.get("entidad") or "").strip():
        check.errors.append(tr("facility {code} is run by '{owner}', not by '{entity}' (field 'entidad')").format(
            code=facility["codigo"], owner=facility.get("entidad") or "—", entity=entity))
    period = str(report.get("periodo") or "").strip()
    bounds = period_bounds(period)
    if bounds is None:
        check.errors.append(tr("period '{period}' must look like 2025-S1 or 2025-S2").format(period=period))
    else:
        not_ended = check_reportable(period, today)
        if not_ended:
            check.errors.append(not_ended)
    try:
        cutoff = as_date(report.get("fecha_corte"))
    except (TypeError, ValueError):
        cutoff = None
        check.errors.append(tr("cut-off date '{date}' is not a date (YYYY-MM-DD)").format(
            date=report.get("fecha_corte")))
    if bounds and cutoff and not bounds[0] <= cutoff <= bounds[1]:
        check.errors.append(tr("cut-off date {date} is outside period {period} ({start} to {end})").format(
            date=cutoff, period=period, start=bounds[0], end=bounds[1]))
    capacity = _quantity(check, report, "capacidad")
    in_use = _quantity(check, report, "capacidad_en_uso")
    users = _count(check, report, "usuarios", required=True)
    sexes = {name: _count(check, report, name) for name in SEX_COLUMNS}
    ages = {band: _count(check, report, age_column(band)) for band in bands}
    notes = str(report.get("observaciones") or "").strip()
    if users is not None:
        total = sum(v for v in sexes.values() if v is not None)
        if total > users:
            check.errors.append(tr("{what} add up to {total}, more than the {users} users reported").format(
                what=tr("users by sex"), total=total, users=users))
        # By age a person attended in two programmes may be counted in each: above the users only with a note.
        total = sum(v for v in ages.values() if v is not None)
        if total > users:
            message = tr("{what} add up to {total}, more than the {users} users reported").format(
                what=tr("users by age group"), total=total, users=users)
            if notes:
                check.warnings.append(message)
            else:
                check.errors.append(message + tr(": explain it in 'observaciones' or correct the figures"))
    effective = capacity if capacity is not None else facility.get("capacidad")
    if users is not None and effective:
        if users > FAR_ABOVE_CAPACITY * float(effective):
            message = tr("{users} users are far above the capacity of {capacity} (more than {times}×)").format(
                users=users, capacity=f"{float(effective):g}", times=f"{FAR_ABOVE_CAPACITY:g}".replace(".", ","))
            if notes:
                check.warnings.append(message)
            else:
                check.errors.append(message + tr(": explain it in 'observaciones' (shifts, overcrowding) or correct "
                                                 "the figure"))
    if in_use is not None and effective and in_use > float(effective):
        check.warnings.append(tr("capacity in use {used} is above the capacity {capacity}").format(
            used=f"{in_use:g}", capacity=f"{float(effective):g}"))
    if not check.ok:
        return check, None
    typed = {"equipamiento": facility["codigo"], "periodo": period, "fecha_corte": cutoff.isoformat(),
             "capacidad": capacity, "capacidad_en_uso": in_use, "usuarios": users, **sexes,
             "observaciones": notes or None, "reportado_por": str(report.get("reportado_por") or "").strip() or None,
             "edades": {(b.desde, b.hasta): v for b, v in ages.items() if v is not None}}
    return check, typed


def same_report(typed, existing):
    """Whether a stored report says exactly what a new one says (importing the same file twice)."""
    def norm(value):
        if value is None or value == "":
            return None
        if isinstance(value, (int, float)):
            return float(value)
        return str(value).strip()
    return (all(norm(typed.get(k)) == norm(existing.get(k)) for k in REPORT_FIELDS)
            and typed.get("edades", {}) == existing.get("edades", {}))


def current(rows):
    """{(facility, period): the current report}: of `rows` (reporte_equipamiento dicts with fid and reemplaza,
    in recording order), the last one of each facility and period that no other row replaces."""
    replaced = {row["reemplaza"] for row in rows if row.get("reemplaza") is not None}
    latest = {}
    for row in rows:
        if row["fid"] not in replaced:
            latest[(row["equipamiento"], row["periodo"])] = row
    return latest
