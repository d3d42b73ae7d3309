"""The semiannual cycle as plain data: which steps a period runs, in which order, and its summary file.

run_semiannual_cycle (processing/) runs the steps; this module only decides them and writes
`resumen.csv`, so the plan and the summary can be read and tested without QGIS.
"""
import csv
import datetime
import os
import tempfile
from dataclasses import dataclass

from .errors import PotError
from .i18n import DEFAULT_DOCUMENT_LANGUAGE, document_language, tr
from .projects import check_computable, period_bounds

SUMMARY = "resumen.csv"
SUMMARY_COLUMNS = ("paso", "algoritmo", "descripcion", "inicio", "segundos", "resultado", "detalle")
# resultado: stable codes a script can test, like the data model's other states.
OK, FAILED, CANCELLED, NOT_RUN = "ok", "error", "cancelado", "no_ejecutado"


def _labels():
    """What each step does, in the words of resumen.csv: one of the cycle's documents, so in the documents'
    language (called inside document_language)."""
    return {"import_progress": tr("Consolidate the entities' progress reports"),
            "evaluate_projects": tr("Evaluate the projects at the cut-off date"),
            "compute_indicators": tr("Compute every indicator battery"),
            "export_expediente": tr("Expediente PDF"),
            "export_open_data": tr("Open data"),
            "export_minisitio": tr("POT minisite"),
            "export_participation_report": tr("Participation report (PDF)"),
            "export_informe_concejo": tr("Report to the Concejo (PDF and DOCX)")}


def detail(kind, language, **values):
    """What a finished step wrote, in the documents' language."""
    with document_language(language):
        texts = {"import": tr("{file}: {accepted} reports recorded, {skipped} already recorded"),
                 "measured": tr("measurements of period {period}, level {level}"),
                 "document": tr("{file} ({pages} pages)"),
                 "folder": tr("{file}/ ({files} files)")}
        return texts[kind].format(**values)


@dataclass
class Step:
    algorithm: str  # id within the provider pot_seguimiento
    output: str = ""  # what it writes in the cycle's folder ("" = only the expediente)
    started: str = ""
    seconds: float = None
    outcome: str = ""
    detail: str = ""


@dataclass
class Period:
    code: str  # 2025-S2
    year: int
    semester: int
    first_day: datetime.date
    last_day: datetime.date


def parse_period(code):
    """'2025-S2' -> Period; a cycle is semiannual, so a year alone is refused."""
    code = (code or "").strip()
    bounds = period_bounds(code)
    if bounds is None:
        raise PotError(tr("The period '{period}' must be a semester like 2025-S1 or 2025-S2.").format(period=code))
    future = check_computable(code, bounds[0].year)  # as evaluate_projects and compute_indicators would, later
    if future:
        raise PotError(future)
    return Period(code, bounds[0].year, 1 if bounds[0].month == 1 else 2, *bounds)


def check_cutoff(period, cutoff):
    """The projects battery lands in the cut-off's semester: a cut-off outside the period would write
    another period's measurements."""
    if not period.first_day <= cutoff <= period.last_day:
        raise PotError(tr("The cut-off date {date} is outside the period {period} ({first} to {last}).").format(
            date=cutoff.isoformat(), period=period.code, first=period.first_day.isoformat(),
            last=period.last_day.isoformat()))


def plan(period, with_reports, with_participation=False):
    """The steps of a cycle, in the order their data needs: reports before the evaluation, measurements
    before the documents, the PDF before the minisite that publishes it; the participation report where the
    expediente records participation (activities or a plan); the report to the Concejo is annual, so it closes
    the second semester only."""
    steps = [Step("import_progress")] if with_reports else []
    steps += [Step("evaluate_projects"), Step("compute_indicators"),
              Step("export_expediente", f"expediente_{period.code}.pdf"),
              Step("export_open_data", "datos"), Step("export_minisitio", "minisitio")]
    if with_participation:
        steps.append(Step("export_participation_report", f"informe_participacion_{period.code}.pdf"))
    if period.semester == 2:
        steps.append(Step("export_informe_concejo", f"informe_concejo_{period.year}.pdf"))
    return steps


def write_summary(folder, steps, language=DEFAULT_DOCUMENT_LANGUAGE):
    """resumen.csv: one row per planned step, rewritten after each step so that a cancel, a failure or a
    closed QGIS still leaves it saying how far the cycle got. Written beside, then renamed: never half a file."""
    with document_language(language):
        labels = _labels()
    handle, partial = tempfile.mkstemp(prefix=".resumen_", suffix=".csv", dir=folder)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(SUMMARY_COLUMNS)
        for number, step in enumerate(steps, start=1):
            writer.writerow([number, f"pot_seguimiento:{step.algorithm}", labels[step.algorithm], step.started,
                             "" if step.seconds is None else f"{step.seconds:.1f}", step.outcome, step.detail])
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(partial, 0o666 & ~mask)  # a normal file, not mkstemp's private 0600
    path = os.path.join(folder, SUMMARY)
    os.replace(partial, path)
    return path
