"""The semiannual report of a facility (`reporte_equipamiento`): the template entities fill and the rules a report
must meet (docs/observatorio_servicios.md). No QGIS; the store records (store/service_reports.py).

A template is one entity's: a row per facility it runs, with the capacity on record (the entity corrects it if it
changed in the semester) and the last report. Columns the entity fills: periodo, fecha_corte, capacidad,
capacidad_en_uso, usuarios, usuarios by sex and by life-course group (schema.USER_AGE_GROUPS), observaciones,
reportado_por. Every column of the template must be in the file, even if empty: a file missing an age-group column
was made from another template, and its numbers cannot be read safely.
"""
from . import schema
from .i18n import tr
from .projects import Check, _number, as_date, check_reportable, period_bounds

AGE_COLUMNS = tuple(schema.user_age_column(desde, hasta) for desde, hasta in schema.USER_AGE_GROUPS)
SEX_COLUMNS = ("usuarios_mujeres", "usuarios_hombres")
REPORT_FIELDS = ("equipamiento", "periodo", "fecha_corte", "capacidad", "capacidad_en_uso", "usuarios",
                 *SEX_COLUMNS, *AGE_COLUMNS, "observaciones", "reportado_por")
TEMPLATE_COLUMNS = ("equipamiento", "nombre", "sector", "entidad", "unidad_capacidad", "ultimo_periodo",
                    "ultimos_usuarios", *REPORT_FIELDS[1:])
REQUIRED_COLUMNS = ("equipamiento", "periodo", "fecha_corte", "capacidad", "usuarios", *SEX_COLUMNS, *AGE_COLUMNS)
FILLED_COLUMNS = REPORT_FIELDS[1:]
# Users above this multiple of the capacity are a typing error or an overcrowding the entity must explain in
# `observaciones` (a school with 1,000 places and 1,600 pupils in two shifts reports it with a note).
FAR_ABOVE_CAPACITY = 1.5


def check_columns(header, path):
    """InputError naming the template columns a file lacks."""
    from .errors import InputError

    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(tr("The file '{path}' lacks the columns {columns} of the facilities' report template; "
                            "use the template the plugin generates (export_service_templates).").format(
            path=path, columns=", ".join(missing)))


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


def validate(report, facility, today=None):
    """Check one report (dict of REPORT_FIELDS, texts as the file gives them) against its facility (a dict of
    equipamiento, or None if unknown). Returns (Check, typed values for the store)."""
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
    ages = {name: _count(check, report, name) for name in AGE_COLUMNS}
    notes = str(report.get("observaciones") or "").strip()
    if users is not None:
        for label, values in ((tr("users by sex"), sexes), (tr("users by age group"), ages)):
            total = sum(v for v in values.values() if v is not None)
            if total > users:
                check.errors.append(tr("{what} add up to {total}, more than the {users} users reported").format(
                    what=label, total=total, users=users))
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
             "capacidad": capacity, "capacidad_en_uso": in_use, "usuarios": users, **sexes, **ages,
             "observaciones": notes or None, "reportado_por": str(report.get("reportado_por") or "").strip() or None}
    return check, typed


def same_report(typed, existing):
    """Whether a stored report says exactly what a new one says (importing the same file twice)."""
    def norm(value):
        if value is None or value == "":
            return None
        if isinstance(value, (int, float)):
            return float(value)
        return str(value).strip()
    return all(norm(typed.get(k)) == norm(existing.get(k)) for k in REPORT_FIELDS)
