"""Projects and their progress reports in the store: reading, and recording reports safely.

Recording happens inside one write transaction: the latest reports are read
after the write lock is taken, so two offices saving at once cannot both
validate against a stale history, and a batch lands whole or not at all.
"""
from collections import defaultdict
from dataclasses import dataclass, field as dc_field

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.numbers import parse_optional_number
from ..core.projects import as_date, evaluate_all, place_of_new_report, validate_report
from ..core.projects_battery import CODES as BATTERY_CODES

REPORT_FIELDS = ("proyecto", "periodo", "fecha_corte", "avance_fisico", "inversion", "estado_reportado",
                 "observaciones", "evidencia", "reportado_por")


def projects(store, with_geometry=False):
    columns = ["codigo", "nombre", "programa", "entidad", "horizonte", "anio_inicio", "anio_fin",
               "meta_descripcion", "meta_unidad", "meta_cantidad", "presupuesto"]
    data, geometries = store.read("proyecto", columns, geometry=with_geometry)
    rows = [dict(zip(columns, values)) for values in zip(*(data[c].tolist() for c in columns))]
    milestones = defaultdict(list)
    for project, day, value in store.connection.execute(
            "SELECT proyecto, fecha, avance_esperado FROM hito ORDER BY proyecto, fecha"):
        milestones[project].append((day, value))
    for row in rows:
        row["hitos"] = milestones.get(row["codigo"], [])
    if with_geometry:
        for row, geometry in zip(rows, geometries):
            row["geometry"] = geometry
    return rows


def program_names(store):
    """{code: name} of the plan's programmes: readers know a programme by its name."""
    return {code: name for code, name in store.connection.execute("SELECT codigo, nombre FROM programa")}


def reports_by_project(store):
    grouped = defaultdict(list)
    for row in store.dicts("SELECT * FROM avance ORDER BY fid"):
        grouped[row["proyecto"]].append(row)
    return grouped


def budget_rows(store):
    return store.connection.execute("SELECT proyecto, anio, valor_asignado FROM presupuesto_anual").fetchall()


@dataclass
class Outcome:
    """What happened to each submitted report, by its position (row) in the batch."""
    accepted: list = dc_field(default_factory=list)  # (row, fid, warnings)
    rejected: list = dc_field(default_factory=list)  # (row, errors)
    skipped: list = dc_field(default_factory=list)  # (row, reason): already recorded

    def lines(self):
        """(row, result, message) for a report table, in row order."""
        out = [(row, "aceptado" if not warnings else "advertencia", "; ".join(warnings))
               for row, _, warnings in self.accepted]
        out += [(row, "rechazado", "; ".join(errors)) for row, errors in self.rejected]
        out += [(row, "omitido", reason) for row, reason in self.skipped]
        return sorted(out)


def record_reports(store, reports, row_numbers=None, dry_run=False):
    """Validate and append progress reports, all or nothing. Returns an Outcome.

    A report identical to a valid one already recorded is skipped (importing the
    same file twice changes nothing); one for a period that already has a report
    supersedes it (`reemplaza`), and says so. `dry_run`: the very same checks, in
    the same transaction, then rolled back; the Outcome says what an import would do.
    """
    row_numbers = row_numbers or list(range(1, len(reports) + 1))
    outcome = Outcome()
    with store.transaction() as connection:
        by_code = {p["codigo"]: p for p in projects(store)}
        history = reports_by_project(store)
        for row, report in zip(row_numbers, reports):
            report = {k: (v.strip() if isinstance(v, str) else v) for k, v in report.items()}
            duplicate, last, replaces = place_of_new_report(report, history.get(report.get("proyecto"), []))
            if duplicate:
                outcome.skipped.append((row, tr("already recorded")))
                continue
            check = validate_report(report, by_code.get(report.get("proyecto")), last)
            if not check.ok:
                outcome.rejected.append((row, check.errors))
                continue
            warnings = list(check.warnings)
            if replaces is not None:
                warnings.append(tr("corrects report {fid} of the same period").format(fid=replaces))
            values = [report.get(k) if report.get(k) not in ("",) else None for k in REPORT_FIELDS]
            cursor = connection.execute(
                f"INSERT INTO avance ({', '.join(REPORT_FIELDS)}, reemplaza) "
                f"VALUES ({', '.join('?' * len(REPORT_FIELDS))}, ?) RETURNING fid",
                [_typed(k, v) for k, v in zip(REPORT_FIELDS, values)] + [replaces])
            fid = cursor.fetchone()[0]
            history[report["proyecto"]].append({**report, "fid": fid, "reemplaza": replaces,
                                                "avance_fisico": _typed("avance_fisico", report["avance_fisico"])})
            outcome.accepted.append((row, fid, warnings))
        if outcome.rejected:
            error = InputError(tr("No report was recorded: {count} rows have errors.").format(
                count=len(outcome.rejected)) + "\n" + "\n".join(
                tr("- row {row}: {errors}").format(row=row, errors="; ".join(errors))
                for row, errors in outcome.rejected[:10]), outcome.rejected)
            error.outcome = outcome  # what would have happened to every row, for the report
            raise error
        if dry_run:
            raise _DryRun(outcome)  # leaves by the transaction's rollback
    return outcome


class _DryRun(Exception):
    def __init__(self, outcome):
        super().__init__()
        self.outcome = outcome


def check_reports(store, reports, row_numbers=None):
    """What record_reports would do with these reports, writing nothing; raises its InputError if any is refused."""
    try:
        record_reports(store, reports, row_numbers, dry_run=True)
    except _DryRun as done:
        return done.outcome


def _typed(name, value):
    if value is None or value == "":
        return None
    if name in ("avance_fisico", "inversion"):
        return parse_optional_number(value)  # validated by validate_report: never ambiguous here
    if name == "fecha_corte":
        return str(value)[:10]
    return value


def last_evaluation(store, codes):
    """(cut-off date 'YYYY-MM-DD', tolerance) of the latest project evaluation kept in the expediente, or None.

    evaluate_projects keeps no state per project: it keeps the projects battery (measurements of `codes`)
    with the cut-off and tolerance it used in `parametros`; the states follow from those and the reports.
    """
    import json

    placeholders = ", ".join("?" * len(codes))
    found = []
    for (text,) in store.connection.execute(
            f"SELECT DISTINCT parametros FROM medicion WHERE indicador IN ({placeholders}) "
            "AND parametros IS NOT NULL", list(codes)).fetchall():
        try:
            used = text if isinstance(text, dict) else json.loads(text)  # PostGIS may hand JSON decoded
            found.append((str(used["fecha_corte"])[:10], float(used.get("tolerancia"))))
        except (TypeError, ValueError, KeyError, AttributeError):
            continue  # measurements of another origin
    return max(found) if found else None


def last_project_states(store):
    """(cut-off date, {project: core.projects.Evaluation}) of the latest project evaluation kept in the
    expediente, or None when no evaluation was kept: each project's state as core.projects.evaluate gives it
    at that evaluation's cut-off and tolerance, from the reports recorded now (a panel shows it; it decides
    nothing)."""
    evaluated = last_evaluation(store, BATTERY_CODES)
    if evaluated is None:
        return None
    cutoff, tolerance = as_date(evaluated[0]), evaluated[1]
    return cutoff, evaluate_all(projects(store), reports_by_project(store), cutoff, tolerance)
