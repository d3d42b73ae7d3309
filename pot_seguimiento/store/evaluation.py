"""The evaluation of the plan in the store: reading the plan's structure and links, the checklist and
its answers, the DOFA; seeding the legal checklist; and the whole evaluation of a year, which the
algorithm evaluate_plan and the report to the Concejo share. Parameterised SQL only."""
import datetime
from dataclasses import dataclass

from ..core import schema
from ..core.evaluation import articulation, objectives, sufficiency
from ..core.horizons import horizon_of
from ..core.indicators.assessment import GREY, target_for, traffic_light
from ..core.projects import evaluate as project_state
from .progress import projects, reports_by_project


def rows(store, table_name, where=None, params=()):
    """Every row of a non-spatial table as dicts (fid included)."""
    table = schema.table(table_name)
    data, _ = store.read(table_name, geometry=False, where=where, params=params)
    names = ["fid"] + table.field_names
    return [dict(zip(names, values)) for values in zip(*(data[n].tolist() for n in names))]


def ensure_requirements(store):
    """Add the legal checklist items the expediente does not have yet (an office's own items stay)."""
    known = {code for (code,) in store.connection.execute("SELECT codigo FROM requisito_suficiencia")}
    catalogue = sufficiency.catalogue_rows()
    keep = [i for i, code in enumerate(catalogue["codigo"]) if code not in known]
    if keep:
        with store.transaction():
            store.insert("requisito_suficiencia",
                         {name: [values[i] for i in keep] for name, values in catalogue.items()})
    return len(keep)


def plan(store):
    """Everything the articulation analysis reads, as plain lists of dicts."""
    return {
        "elements": rows(store, "elemento_plan"),
        "links": rows(store, "vinculo_plan"),
        "programs": rows(store, "programa"),
        "projects": projects(store),
        "indicators": list(store.indicator_definitions().values()),
        "indicator_projects": [tuple(r) for r in store.connection.execute(
            "SELECT indicador, proyecto FROM indicador_proyecto ORDER BY indicador, proyecto")],
    }


def sufficiency_answers(store, year):
    """{requirement code: state} of the checklist as answered for `year` (the latest answer up to it)."""
    answers = {}
    for code, state in store.connection.execute(
            "SELECT requisito, estado FROM evaluacion_suficiencia WHERE anio <= ? ORDER BY anio", (int(year),)):
        answers[code] = state
    return answers


def adoption_year(store):
    """The year of the plan's adopting act: the earliest act (acuerdo or decreto) in force in the archive."""
    row = store.connection.execute(
        "SELECT min(fecha) FROM documento WHERE tipo IN ('acuerdo', 'decreto') AND vigente").fetchone()
    return int(str(row[0])[:4]) if row and row[0] else None


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
    evaluations: dict  # objective -> evaluacion_objetivo row of the year (analyst's texts)
    dofa: list
    documents: list
    project_states: dict


def evaluate(store, year, plan_type="POT", adopted=None):
    """The evaluation of the plan in `year` (cut-off 31 December)."""
    year = int(year)
    adopted = adopted or adoption_year(store)
    parts = plan(store)
    result = articulation.analyse(parts["elements"], parts["links"], parts["programs"], parts["projects"],
                                  parts["indicators"], parts["indicator_projects"], adopted)
    results, checklist = sufficiency.evaluate(rows(store, "requisito_suficiencia"),
                                              sufficiency_answers(store, year), plan_type)
    cutoff = datetime.date(year, 12, 31)
    history = reports_by_project(store)
    states = {p["codigo"]: project_state(p, history.get(p["codigo"], []), cutoff).state for p in parts["projects"]}
    horizon = horizon_of(year, adopted)
    definitions = {d["codigo"]: d for d in parts["indicators"]}
    lights = {code: _light(store, definitions[code], year, horizon) for code in definitions}
    ratings = [objectives.rate(o["codigo"], {c: lights[c] for c in result.indicators[o["codigo"]]},
                               {p: states[p] for p in result.projects_of(o["codigo"])}) for o in result.objectives]
    texts = {r["objetivo"]: r for r in rows(store, "evaluacion_objetivo", "anio = ?", (year,))}
    return PlanEvaluation(year, plan_type, adopted, horizon, result, results, checklist, ratings, texts,
                          rows(store, "dofa", "anio = ?", (year,)), rows(store, "documento"), states)


def _light(store, definition, year, horizon):
    """The traffic light of an indicator's municipal value in `year` (its latest period of the year)."""
    row = store.connection.execute(
        "SELECT valor FROM medicion WHERE indicador = ? AND nivel = 'municipio' AND substr(periodo, 1, 4) = ? "
        "ORDER BY periodo DESC LIMIT 1", (definition["codigo"], str(year))).fetchone()
    if row is None:
        return GREY
    return traffic_light(row[0], definition.get("valor_base"), target_for(definition, horizon),
                         definition.get("polaridad") or "positiva")
