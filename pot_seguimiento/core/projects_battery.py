"""The projects battery (docs/ARCHITECTURE.md, "Where each indicator's formula lives"), from each project's
evaluation at a cut-off date.

Rows come out as measurements: (indicator, level, scope, value, numerator,
denominator, note). Programs are a level of their own ("programa"); units get
each project's budget and investment apportioned by the share of its
footprint inside them.
"""
import numpy as np

from .i18n import tr
from .indicators.apportion import area_shares

HORIZONS = ("corto", "mediano", "largo")
# The indicators evaluate_projects keeps in the expediente (with the cut-off and tolerance it used).
CODES = ("proyectos_incumplimiento_corto", "proyectos_incumplimiento_mediano", "proyectos_incumplimiento_largo",
         "proyectos_en_presupuesto", "avance_fisico_ponderado", "ejecucion_financiera", "inversion_per_capita")


def _row(code, level, scope, numerator, denominator, factor=100.0, note=None):
    if denominator:
        return (code, level, scope, numerator / denominator * factor, numerator, denominator, None)
    return (code, level, scope, None, numerator, denominator, note or tr("no projects in this scope"))


def battery(projects, evaluations, budget_rows, year, engine, municipality_code, level):
    """projects: list of dicts (codigo, programa, horizonte, presupuesto); evaluations: {codigo: Evaluation};
    budget_rows: [(proyecto, anio, valor_asignado)]; engine: indicators.Engine for units and population."""
    rows = []
    for horizon in HORIZONS:
        of_horizon = [p for p in projects if p["horizonte"] == horizon]
        failing = sum(evaluations[p["codigo"]].state == "incumplimiento" for p in of_horizon)
        rows.append(_row(f"proyectos_incumplimiento_{horizon}", "municipio", municipality_code, failing,
                         len(of_horizon)))
    funded = {code for code, anio, value in budget_rows if int(anio) == int(year) and (value or 0) > 0}
    rows.append(_row("proyectos_en_presupuesto", "municipio", municipality_code,
                     sum(p["codigo"] in funded for p in projects), len(projects)))

    budget = np.array([float(p.get("presupuesto") or 0) for p in projects])
    physical = np.array([evaluations[p["codigo"]].physical for p in projects])
    investment = np.array([evaluations[p["codigo"]].investment for p in projects])
    programs = sorted({p["programa"] for p in projects})
    for program in programs:
        mask = np.array([p["programa"] == program for p in projects])
        rows.append(_row("avance_fisico_ponderado", "programa", program, (physical * budget)[mask].sum(),
                         budget[mask].sum()))
        rows.append(_row("ejecucion_financiera", "programa", program, investment[mask].sum(), budget[mask].sum()))

    geometries = np.array([p["geometry"] for p in projects], dtype=object)
    shares = area_shares(geometries, engine.all_units)
    unit_budget = shares.sum_by_unit(budget)
    unit_progress = shares.sum_by_unit(physical * budget)
    unit_investment = shares.sum_by_unit(investment)
    population = engine.population()
    scopes = [(level, code) for code in engine.inputs.units["codigo"].tolist()] + [("municipio", municipality_code)]
    for i, (nivel, scope) in enumerate(scopes):
        rows.append(_row("avance_fisico_ponderado", nivel, scope, unit_progress[i], unit_budget[i]))
        rows.append(_row("ejecucion_financiera", nivel, scope, unit_investment[i], unit_budget[i]))
        rows.append(_row("inversion_per_capita", nivel, scope, unit_investment[i], population[i], 1.0,
                         tr("the unit has no population")))
    return rows


def program_summary(projects, evaluations):
    """Per program, its projects with state, progress, investment and the bottlenecks reported."""
    summary = {}
    for project in sorted(projects, key=lambda p: (p["programa"], p["codigo"])):
        evaluation = evaluations[project["codigo"]]
        summary.setdefault(project["programa"], []).append({
            "codigo": project["codigo"], "nombre": project["nombre"], "entidad": project["entidad"],
            "estado": evaluation.state, "avance_esperado": evaluation.expected * 100,
            "avance_fisico": evaluation.physical * 100, "ejecucion_financiera": evaluation.financial * 100,
            "inversion": evaluation.investment, "ultimo_periodo": evaluation.last_period,
            "cuellos_de_botella": evaluation.notes or "",
        })
    return summary
