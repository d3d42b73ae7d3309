"""The evaluation of the plan in a year: sufficiency, articulation and the rating of each objective, from
what the store reads (store/evaluation.py: plan_inputs) and the projects' states at the cut-off.

One function for everyone who evaluates: the algorithm evaluate_plan and the report section "evaluacion"
(core/report/evaluation.py), which the report to the Concejo, the open data and the minisite render.
"""
from dataclasses import dataclass

from ..horizons import horizon_of
from ..indicators.assessment import GREY, target_for, traffic_light
from . import articulation, objectives, sufficiency

PLAN_TYPES = ("POT", "PBOT", "EOT")


@dataclass
class PlanEvaluation:
    year: int
    plan_type: str
    adopted: int
    horizon: str
    articulation: articulation.Articulation
    sufficiency: list  # [sufficiency.ComponentResult], the last one the total
    checklist: list  # requirement rows with their state
    ratings: list  # [objectives.Rating], in objective order
    lights: dict  # indicator -> traffic light of its municipal value in the year


def requirements(stored):
    """The checklist: the expediente's items (an office may add its own) and the legal catalogue's items it
    does not hold yet, after them, as evaluate_plan seeds them (a document never writes to the expediente)."""
    known = {row["codigo"] for row in stored}
    catalogue = sufficiency.catalogue_rows()
    missing = [{name: values[i] for name, values in catalogue.items()}
               for i, code in enumerate(catalogue["codigo"]) if code not in known]
    return list(stored) + missing


def latest_answers(answers):
    """{requirement: its latest answer row} of answers [{requisito, estado, anio, ...}] in year order."""
    latest = {}
    for answer in sorted(answers, key=lambda a: a["anio"]):  # (stable: the order read breaks ties)
        latest[answer["requisito"]] = answer
    return latest


def municipal_value(series, year, covers=lambda period: True):
    """The municipal value of an indicator in `year`: its latest period of the year (2025-S2 before 2025-S1
    before 2025) among those `covers` admits. series: [(periodo, valor)]."""
    of_year = [(period, value) for period, value in series if str(period)[:4] == str(year) and covers(period)]
    return max(of_year)[1] if of_year else None


def light(definition, value, horizon):
    """The traffic light of an indicator's municipal value against the target of `horizon`."""
    if value is None:
        return GREY
    return traffic_light(value, definition.get("valor_base"), target_for(definition, horizon),
                         definition.get("polaridad") or "positiva")


def evaluate(inputs, year, plan_type, states, values, adopted=None):
    """The evaluation of the plan in `year`.

    inputs: store/evaluation.plan_inputs (elements, links, programs, projects, indicators, indicator_projects,
    requirements, answers, adoption_year); states: {project: state at the cut-off} (core.projects.evaluate);
    values: {indicator: municipal value in the year or None}; adopted: the adoption year, when the user gives
    it (else the archive's adopting act)."""
    year = int(year)
    adopted = adopted or inputs["adoption_year"]
    result = articulation.analyse(inputs["elements"], inputs["links"], inputs["programs"], inputs["projects"],
                                  inputs["indicators"], inputs["indicator_projects"], adopted)
    answered = {code: row["estado"] for code, row in latest_answers(inputs["answers"]).items()}
    results, checklist = sufficiency.evaluate(requirements(inputs["requirements"]), answered, plan_type)
    horizon = horizon_of(year, adopted)
    lights = {d["codigo"]: light(d, values.get(d["codigo"]), horizon) for d in inputs["indicators"]}
    ratings = [objectives.rate(o["codigo"], {c: lights[c] for c in result.indicators[o["codigo"]]},
                               {p: states[p] for p in result.projects_of(o["codigo"]) if p in states})
               for o in result.objectives]
    return PlanEvaluation(year, plan_type, adopted, horizon, result, results, checklist, ratings, lights)
