"""Matriz de articulación fines–medios and its analysis.

The plan is a tree (vision → objectives → policies/strategies) of `elemento_plan`, tied to its means
by `vinculo_plan` (an element → a program, a project or an indicator) and `indicador_proyecto`. An
objective reaches a project through itself or any policy or strategy under it, directly or through
the project's program. The analysis lists what is disconnected, each gap once.
"""
from collections import defaultdict
from dataclasses import dataclass, field

from ..horizons import HORIZONS, last_year
from ..i18n import tr

OBJECTIVE = "objetivo"
MEANS = ("politica", "estrategia")

GAP_KINDS = {
    "objetivo_sin_estrategia": "Objective without policy or strategy",
    "objetivo_sin_proyecto": "Objective without program or project",
    "proyecto_sin_objetivo": "Project that serves no objective",
    "objetivo_sin_indicador": "Objective without indicator",
    "proyecto_sin_indicador": "Project without indicator",
    "indicador_sin_linea_base": "Indicator without baseline",
    "indicador_sin_meta": "Indicator without target",
    "proyecto_fuera_de_horizonte": "Project outside the horizons of the execution programme",
    "vinculo_roto": "Link to a code that does not exist",
}


def _gap_names_for_translators():  # never called: lets scripts/translations.py find the labels
    return (tr("Objective without policy or strategy"), tr("Objective without program or project"),
            tr("Project that serves no objective"), tr("Objective without indicator"), tr("Project without indicator"),
            tr("Indicator without baseline"), tr("Indicator without target"),
            tr("Project outside the horizons of the execution programme"), tr("Link to a code that does not exist"))


@dataclass(frozen=True)
class Gap:
    kind: str
    code: str
    name: str
    detail: str = ""


@dataclass
class Articulation:
    objectives: list  # element dicts, in code order
    projects: list  # project dicts, in code order
    strategies: dict  # objective code -> [strategy codes]
    cells: dict  # (objective, project) -> [the elements that carry the link]
    indicators: dict  # objective code -> [indicator codes]
    gaps: list = field(default_factory=list)

    def projects_of(self, objective):
        return [p["codigo"] for p in self.projects if (objective, p["codigo"]) in self.cells]


def analyse(elements, links, programs, projects, indicators, indicator_projects, adoption_year=None):
    """elements, links, programs, projects, indicators: lists of dicts with their table's columns;
    indicator_projects: [(indicador, proyecto)]; adoption_year: the year the plan was adopted (None: the
    horizons are not checked)."""
    by_code = {e["codigo"]: e for e in elements}
    children = defaultdict(list)
    for element in elements:
        if element.get("padre"):
            children[element["padre"]].append(element["codigo"])
    objectives = sorted((e for e in elements if e["tipo"] == OBJECTIVE), key=lambda e: e["codigo"])
    projects = sorted(projects, key=lambda p: p["codigo"])
    known = {"programa": {p["codigo"] for p in programs}, "proyecto": {p["codigo"] for p in projects},
             "indicador": {i["codigo"] for i in indicators}}
    by_program = defaultdict(list)
    for project in projects:
        by_program[project["programa"]].append(project["codigo"])
    links_of = defaultdict(list)
    gaps = []
    for link in links:
        if link["codigo"] not in known.get(link["tipo"], set()) or link["elemento"] not in by_code:
            gaps.append(Gap("vinculo_roto", f"{link['elemento']} → {link['codigo']}", link["tipo"]))
            continue
        links_of[link["elemento"]].append(link)

    strategies, cells, objective_indicators = {}, defaultdict(list), {}
    for objective in objectives:
        branch = _descendants(objective["codigo"], children)
        strategies[objective["codigo"]] = [c for c in branch if by_code[c]["tipo"] in MEANS]
        objective_indicators[objective["codigo"]] = sorted({
            link["codigo"] for element in [objective["codigo"]] + branch for link in links_of[element]
            if link["tipo"] == "indicador"})
        for element in [objective["codigo"]] + branch:
            for link in links_of[element]:
                reached = [link["codigo"]] if link["tipo"] == "proyecto" else \
                    by_program[link["codigo"]] if link["tipo"] == "programa" else []
                for project in reached:
                    if element not in cells[(objective["codigo"], project)]:
                        cells[(objective["codigo"], project)].append(element)
    result = Articulation(objectives, projects, strategies, dict(cells), objective_indicators, gaps)
    gaps.extend(_objective_gaps(result))
    gaps.extend(_project_gaps(result, indicator_projects, adoption_year))
    gaps.extend(_indicator_gaps(result, indicators, indicator_projects))
    return result


def _descendants(code, children):
    found, pending = [], list(children.get(code, ()))
    while pending:
        current = pending.pop(0)
        if current not in found:
            found.append(current)
            pending.extend(children.get(current, ()))
    return found


def _objective_gaps(result):
    for objective in result.objectives:
        code, name = objective["codigo"], objective["nombre"]
        if not result.strategies[code]:
            yield Gap("objetivo_sin_estrategia", code, name)
        if not result.projects_of(code):
            yield Gap("objetivo_sin_proyecto", code, name)
        if not result.indicators[code]:
            yield Gap("objetivo_sin_indicador", code, name)


def _project_gaps(result, indicator_projects, adoption_year):
    measured = {project for _, project in indicator_projects}
    served = {project for (_, project) in result.cells}
    for project in result.projects:
        code, name = project["codigo"], project["nombre"]
        if code not in served:
            yield Gap("proyecto_sin_objetivo", code, name)
        if code not in measured:
            yield Gap("proyecto_sin_indicador", code, name)
        if adoption_year is not None:
            last = last_year(project["horizonte"], adoption_year)
            if int(project["anio_fin"]) > last:  # (one started before the plan, under the previous one, may go on)
                yield Gap("proyecto_fuera_de_horizonte", code, name, tr(
                    "{start}–{end}, horizon {horizon}: {first}–{last}").format(
                    start=project["anio_inicio"], end=project["anio_fin"], horizon=project["horizonte"],
                    first=adoption_year, last=last))


def _indicator_gaps(result, indicators, indicator_projects):
    linked = {code for codes in result.indicators.values() for code in codes}
    linked |= {indicator for indicator, _ in indicator_projects}
    for indicator in sorted(indicators, key=lambda i: i["codigo"]):
        if indicator["codigo"] not in linked:
            continue
        if indicator.get("valor_base") is None or indicator.get("anio_base") is None:
            yield Gap("indicador_sin_linea_base", indicator["codigo"], indicator["nombre"])
        if all(indicator.get(f"meta_{h}") is None for h in HORIZONS):
            yield Gap("indicador_sin_meta", indicator["codigo"], indicator["nombre"])
