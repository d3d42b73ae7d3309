"""POT projects: progress reports, their validation, and each project's state at a cut-off date.

A report is cumulative: physical progress in the goal's units and investment
in COP, both since the project started. History is append-only; a correction
is a new report whose `reemplaza` names the report it supersedes.
"""
import datetime
import re
from dataclasses import dataclass, field as dc_field

import numpy as np

from . import clock, schema, value_rules
from .report.format import number
from .i18n import tr
from .numbers import AmbiguousNumber, parse_optional_number

PERIOD = re.compile(r"^(\d{4})-S([12])$")
DEFAULT_TOLERANCE = 0.10  # percentage points of the goal, as a fraction


def period_bounds(period):
    """'2025-S1' -> (2025-01-01, 2025-06-30); None if the period is malformed."""
    match = PERIOD.match(period or "")
    if not match:
        return None
    year, semester = int(match.group(1)), int(match.group(2))
    if semester == 1:
        return datetime.date(year, 1, 1), datetime.date(year, 6, 30)
    return datetime.date(year, 7, 1), datetime.date(year, 12, 31)


def period_end_of(period):
    """'2025' and '2025-S2' end on 31 December; '2025-S1' on 30 June."""
    year = int(period[:4])
    return datetime.date(year, 6, 30) if period.endswith("S1") else datetime.date(year, 12, 31)


def period_of(day):
    return f"{day.year}-S{1 if day.month <= 6 else 2}"


def last_ended_period(day):
    """The latest semester whose cut-off is not after `day`: the one a report made on `day` is for."""
    current = period_of(day)
    if period_bounds(current)[1] <= day:
        return current
    return f"{day.year - 1}-S2" if current.endswith("S1") else f"{day.year}-S1"


def as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


@dataclass
class Check:
    errors: list = dc_field(default_factory=list)
    warnings: list = dc_field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def _number(value):
    try:
        number = parse_optional_number(value)
    except AmbiguousNumber:
        return "ambiguous"
    except ValueError:
        return "invalid"
    return "invalid" if number is not None and not np.isfinite(number) else number


def check_reportable(period, today=None):
    """Why a semester cannot be reported yet (it has not ended: reports come after its cut-off),
    or None."""
    bounds = period_bounds(period)
    today = today or clock.today()
    if bounds is not None and bounds[1] > today:
        return tr("period {period} has not ended yet: it is reported after its cut-off ({end}); today is "
                  "{today}").format(period=period, end=bounds[1].isoformat(), today=today.isoformat())
    return None


def check_computable(period, year, today=None):
    """Why a period (of `year`) cannot be computed or evaluated yet (a year after the current one),
    or None: computing is allowed up to the current year, whose data may still be partial."""
    today = today or clock.today()
    if year > today.year:
        return tr("The period {period} is in the future: indicators and evaluations are computed up to the "
                  "current year ({year}); today is {today}.").format(
            period=period, year=today.year, today=today.isoformat())
    return None


def validate_report(report, project, last, today=None):
    """Check one report (dict of avance columns) against its project and its last valid report.

    Returns a Check whose messages are ready for the user. A smaller cumulative
    progress or investment than the last report, or an investment above the budget,
    needs a justification in `observaciones`. A report naming an entity (the template's
    `entidad` column) must be of that entity's project.
    """
    check = Check()
    if project is None:
        check.errors.append(tr("unknown project '{code}'").format(code=report.get("proyecto")))
        return check
    entity = str(report.get("entidad") or "").strip()
    if "entidad" in report and entity != str(project.get("entidad") or "").strip():
        check.errors.append(tr("project {code} belongs to the entity '{owner}', not to '{entity}' (field "
                               "'entidad'): each entity reports only its own projects").format(
            code=project["codigo"], owner=project.get("entidad"), entity=entity or "—"))
    bounds = period_bounds(report.get("periodo"))
    if bounds is None:
        check.errors.append(tr("period '{period}' must look like 2025-S1 or 2025-S2").format(
            period=report.get("periodo")))
    else:
        not_ended = check_reportable(report.get("periodo"), today)
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
            date=cutoff, period=report["periodo"], start=bounds[0], end=bounds[1]))
    elif cutoff and not (bounds and check_reportable(report.get("periodo"), today)):
        future = value_rules.problem(schema.table("avance").field("fecha_corte"), cutoff, today)
        if future:
            check.errors.append(future)
    physical, investment = _number(report.get("avance_fisico")), _number(report.get("inversion"))
    goal = float(project["meta_cantidad"])
    for name, value in (("avance_fisico", physical), ("inversion", investment)):
        if value == "ambiguous":
            check.errors.append(tr("'{value}' is ambiguous for field '{field}': thousands or decimals? Write it "
                                   "without thousand separators (1500 or 1,5) or with both marks (1.500,0)").format(
                value=report.get(name), field=name))
    if physical is None or physical == "invalid":
        check.errors.append(tr("cumulative physical progress '{value}' is not a number").format(
            value=report.get("avance_fisico")))
    elif physical == "ambiguous":
        pass
    elif not 0 <= physical <= goal:
        check.errors.append(tr("cumulative physical progress {value} is outside 0 to the goal ({goal} {unit})").format(
            value=physical, goal=f"{goal:g}", unit=project.get("meta_unidad") or ""))
    if investment == "invalid":
        check.errors.append(tr("investment '{value}' is not a number").format(value=report.get("inversion")))
    elif investment == "ambiguous":
        pass
    elif investment is not None and investment < 0:
        check.errors.append(tr("investment {value} is negative").format(value=investment))
    elif investment is not None:
        implausible = value_rules.problem(schema.table("avance").field("inversion"), investment)
        if implausible:
            check.errors.append(implausible)
    if report.get("estado_reportado") not in schema.DOMAINS["estado_reportado"]:
        check.errors.append(tr("unknown state '{state}'; allowed: {allowed}").format(
            state=report.get("estado_reportado"), allowed=", ".join(schema.DOMAINS["estado_reportado"])))
    contradiction = state_contradiction(report.get("estado_reportado"), physical, goal)
    if contradiction:
        check.errors.append(contradiction)
    justified = bool((report.get("observaciones") or "").strip())
    if check.ok and last is not None and physical < float(last["avance_fisico"]):
        message = tr("cumulative progress {value} is lower than the last report ({last}, {period})").format(
            value=physical, last=f"{float(last['avance_fisico']):g}", period=last["periodo"])
        (check.warnings if justified else check.errors).append(
            message if justified else message + tr(": explain why in the notes"))
    if check.ok and last is not None and investment is not None and last.get("inversion") is not None \
            and investment < float(last["inversion"]):
        message = tr("cumulative investment {value} is lower than the last report ({last}, {period})").format(
            value=number(investment, 0), last=number(float(last["inversion"]), 0), period=last["periodo"])
        (check.warnings if justified else check.errors).append(
            message if justified else message + tr(": explain why in the notes"))
    budget = project.get("presupuesto")
    if check.ok and investment is not None and budget is not None and investment > float(budget):
        message = tr("investment {value} is above the project's budget ({budget})").format(
            value=number(investment, 0), budget=number(float(budget), 0))
        (check.warnings if justified else check.errors).append(
            message if justified else message + tr(": explain why in the notes"))
    return check


def state_contradiction(state, physical, goal):
    """Why a reported state contradicts the reported cumulative progress, or None: 'sin_iniciar' with some
    progress, or 'terminado' below the goal. The one rule the panel's form and every import apply, so a
    report cannot say "not started" at 100 % (nor "finished" at half the goal)."""
    if not isinstance(physical, (int, float)) or not np.isfinite(physical):
        return None  # the number itself is refused elsewhere
    goal = float(goal)
    if state == "sin_iniciar" and physical > 0:
        return tr("reported state 'sin_iniciar' contradicts a cumulative physical progress of {value}: a project "
                  "with progress has started (report 'en_ejecucion')").format(value=number(physical))
    if state == "terminado" and physical < goal - max(1e-9, abs(goal) * 1e-6):  # rounding is not a shortfall
        return tr("reported state 'terminado' contradicts a cumulative physical progress of {value}, below the "
                  "goal ({goal}): a finished project reports its whole goal").format(
            value=number(physical), goal=number(goal))
    return None


def valid_reports(reports):
    """The reports no later report supersedes (reports: list of dicts with fid and reemplaza)."""
    superseded = {r["reemplaza"] for r in reports if r.get("reemplaza") is not None}
    return [r for r in reports if r["fid"] not in superseded]


# A report with these values equal to a valid one of its period is the same report sent again.
SAME_REPORT = ("periodo", "fecha_corte", "avance_fisico", "inversion", "estado_reportado")


def same_report(report, existing):
    """Whether `report` says what `existing` says (numbers compared as numbers: '12,5' is 12.5)."""
    def norm(value):
        try:
            number = parse_optional_number(value)
        except (TypeError, ValueError):
            return str(value or "")
        return "" if number is None else round(number, 6)
    return all(norm(report.get(k)) == norm(existing.get(k)) for k in SAME_REPORT)


def place_of_new_report(report, reports):
    """Where a new report of a project stands against the project's history `reports`: (duplicate, previous,
    corrects). duplicate: a valid report of its period already says the same (recording it changes nothing);
    previous: the last valid report of another period, which the new one is checked against (cumulative
    progress may not fall without a note); corrects: the fid of the valid report of the same period it
    supersedes, or None."""
    earlier = valid_reports(reports)
    same_period = [r for r in earlier if r["periodo"] == report.get("periodo")]
    duplicate = any(same_report(report, r) for r in same_period)
    previous = latest_report([r for r in earlier if r["periodo"] != report.get("periodo")])
    corrects = max(same_period, key=lambda r: r["fid"])["fid"] if same_period else None
    return duplicate, previous, corrects


def check_new_report(report, project, reports):
    """validate_report against the report a new one is checked against (see place_of_new_report)."""
    return validate_report(report, project, place_of_new_report(report, reports)[1])


def latest_report(reports, cutoff=None):
    """The last valid report (by cut-off date, then recording time) not after `cutoff`."""
    candidates = [r for r in valid_reports(reports) if cutoff is None or as_date(r["fecha_corte"]) <= cutoff]
    if not candidates:
        return None
    return max(candidates, key=lambda r: (as_date(r["fecha_corte"]), str(r.get("registrado_en") or ""), r["fid"]))


def expected_fraction(project, cutoff):
    """The share of the goal expected at `cutoff`: 0 on 1 January of the start year, 1 on 31 December of
    the end year, in a straight line between them or, when the project has milestones (`hitos`: [(date,
    expected cumulative progress in goal units)]), through each of them."""
    start = datetime.date(int(project["anio_inicio"]), 1, 1)
    end = datetime.date(int(project["anio_fin"]), 12, 31)
    goal = float(project["meta_cantidad"]) or 1.0
    milestones = sorted((as_date(day), min(1.0, float(value) / goal)) for day, value in project.get("hitos") or ())
    points = [(start, 0.0)] + [(day, share) for day, share in milestones if start < day < end] + [(end, 1.0)]
    days = [day.toordinal() for day, _ in points]
    return float(np.interp(cutoff.toordinal(), days, [share for _, share in points]))


@dataclass
class Evaluation:
    code: str
    state: str
    expected: float  # fractions of the goal
    physical: float
    financial: float  # fraction of the budget
    investment: float
    last_period: str = None
    notes: str = None


def evaluate(project, reports, cutoff, tolerance=DEFAULT_TOLERANCE):
    """A project's state at `cutoff`.

    terminado: the goal is reached. sin_iniciar: nothing done and, by schedule,
    next to nothing expected yet. incumplimiento: the end year is over without
    reaching the goal, or progress lags the expected trajectory by more than
    three tolerances. retrasado: it lags by more than one tolerance. al_dia otherwise.
    """
    last = latest_report(reports, cutoff)
    goal = float(project["meta_cantidad"]) or 1.0
    physical = float(last["avance_fisico"]) / goal if last else 0.0
    investment = float(last["inversion"] or 0) if last else 0.0
    budget = float(project.get("presupuesto") or 0)
    expected = expected_fraction(project, cutoff)
    gap = expected - physical
    if physical >= 1.0 - 1e-9:
        state = "terminado"
    elif physical == 0 and expected <= tolerance:
        state = "sin_iniciar"
    elif cutoff > datetime.date(int(project["anio_fin"]), 12, 31) or gap > 3 * tolerance:
        state = "incumplimiento"
    elif gap > tolerance:
        state = "retrasado"
    else:
        state = "al_dia"
    return Evaluation(project["codigo"], state, expected, physical, investment / budget if budget else 0.0,
                      investment, last["periodo"] if last else None, last.get("observaciones") if last else None)


def evaluate_all(projects, history, cutoff, tolerance=DEFAULT_TOLERANCE):
    """{project code: Evaluation at `cutoff`} of `projects` (dicts), each with its reports in `history`
    ({code: [reports]})."""
    return {p["codigo"]: evaluate(p, history.get(p["codigo"], []), cutoff, tolerance) for p in projects}


def progress_lines(project, reports):
    """What the chart of a project's progress shows, over its semesters and every reported period:
    (expected, physical, financial), each [(period, % or None)]: the % of the goal the trajectory expects at
    the period's end, the % of the goal and of the budget its valid report gives (None: no report, no budget)."""
    goal, budget = float(project["meta_cantidad"]) or 1, float(project["presupuesto"] or 0) or None
    periods = sorted({r["periodo"] for r in reports} | {period_of(datetime.date(y, m, 1))
                     for y in range(int(project["anio_inicio"]), int(project["anio_fin"]) + 1) for m in (1, 7)})
    by_period = {r["periodo"]: r for r in valid_reports(reports)}  # the later report of a period wins
    expected, physical, financial = [], [], []
    for period in periods:
        r = by_period.get(period)
        expected.append((period, expected_fraction(project, period_bounds(period)[1]) * 100))
        physical.append((period, float(r["avance_fisico"]) / goal * 100 if r else None))
        financial.append((period, float(r["inversion"] or 0) / budget * 100 if r and budget else None))
    return expected, physical, financial
