"""Section "evaluacion": the evaluation of the plan in the period's year (core/evaluation/plan.py): the
sufficiency of its contents against the law for each type of plan, the ends–means articulation with its
matrix and gaps, each objective's rating with the office's texts, and the DOFA.

The report to the Concejo (PDF and DOCX) lays it out with the type of plan its user chose; the open data
and the minisite publish its tables. Projects are rated by the states the section "proyectos" gives them
at the same cut-off, so one document never shows a project in two states.
"""
from ..evaluation import plan
from ..evaluation.articulation import GAP_KINDS
from ..i18n import tr
from ..schema import DOMAINS
from . import territory as shared
from .format import no_data
from .labels import rating_label
from .model import Table, section

TEXTS = ("pertinencia", "eficiencia", "eficacia", "impacto")  # the analyst's reading of each objective
REQUIREMENT_COLUMNS = ("codigo", "componente", "contenido", "fuente", "tipos_plan")
DOFA_COLUMNS = ("fid", "tipo", "ambito", "descripcion", "elemento")


def _component(result):
    return {"componente": result.component, "nombre": result.label, "requisitos": result.items,
            "presentes": result.present, "parciales": result.partial, "ausentes": result.absent,
            "sin_evaluar": result.not_evaluated, "porcentaje": result.percent}


def _tables(data):
    states = DOMAINS["estado_requisito"]
    objectives = data["objetivos"]
    return [
        Table("suficiencia", tr("Sufficiency by component"),
              [tr("Type of plan"), tr("Component"), tr("Items"), tr("Present"), tr("Partial"), tr("Absent"),
               tr("Not evaluated"), tr("Sufficiency")],
              [[kind, c["nombre"], c["requisitos"], c["presentes"], c["parciales"], c["ausentes"], c["sin_evaluar"],
                c["porcentaje"]] for kind, by_type in data["suficiencia"].items() for c in by_type["componentes"]]),
        Table("requisitos", tr("Sufficiency analysis"),
              [tr("Code"), tr("Content"), tr("Legal source"), tr("Type of plan"), tr("State"), tr("Document"),
               tr("Article")],
              [[r["codigo"], r["contenido"], r["fuente"], r["tipos_plan"], states.get(r["estado"], no_data()),
                r["documento"], r["articulo"]] for r in data["requisitos"]]),
        Table("objetivos", tr("Rating of objectives"),
              [tr("Objective"), tr("Name"), tr("Indicators"), tr("Projects"), tr("Score"), tr("Rating")],
              [[o["codigo"], o["nombre"], o["puntaje_indicadores"], o["puntaje_proyectos"], o["puntaje"],
                o["calificacion_nombre"]] for o in objectives]),
        Table("brechas", tr("Articulation gaps"), [tr("Gap"), tr("Code"), tr("Name"), tr("Detail")],
              [[g["tipo_nombre"], g["codigo"], g["nombre"], g["detalle"]] for g in data["brechas"]]),
        Table("dofa", tr("SWOT (DOFA)"), [tr("Type"), tr("Scope"), tr("Description"), tr("Objective")],
              [[DOMAINS["tipo_dofa"].get(d["tipo"], d["tipo"]), DOMAINS["ambito_dofa"].get(d["ambito"], d["ambito"]),
                d["descripcion"], d["elemento"]] for d in data["dofa"]]),
    ]


@section("evaluacion", lambda: tr("Evaluation of the plan"), tables=_tables,
         documents=("informe", "datos_abiertos", "minisitio"))
def evaluation(store, period, level):
    """{anio, fecha_corte, adopcion (year of the adopting act or None), horizonte,
    suficiencia {POT|PBOT|EOT: {componentes [{componente, nombre, requisitos, presentes, parciales, ausentes,
    sin_evaluar, porcentaje}] (the last: all components), requisitos [codes that apply]}},
    requisitos [{codigo, componente, contenido, fuente, tipos_plan, estado, documento, articulo}] (the latest
    answer by the year), objetivos [{codigo, nombre, estrategias, proyectos, indicadores, puntaje_indicadores,
    puntaje_proyectos, puntaje, calificacion, calificacion_nombre, semaforos, estados, pertinencia, eficiencia,
    eficacia, impacto}], programas [{codigo, nombre}] (those the projects belong to, by code), matriz [[projects
    of each program serving the objective] by objective], brechas [{tipo, tipo_nombre, codigo, codigo_lector (empty
    for an indicator's), nombre, detalle}], dofa [{fid, tipo, ambito, descripcion, elemento}] by scope,
    estados_proyectos {project: state}}."""
    year = period.year
    inputs = store.plan_evaluation_inputs(year)
    states = {p["codigo"]: p["evaluacion"].state for p in shared.projects(store, period)}
    values = {d["codigo"]: plan.municipal_value(inputs["series"].get(d["codigo"], []), year, period.covers)
              for d in inputs["indicators"]}
    by_type = {kind: plan.evaluate(inputs, year, kind, states, values) for kind in plan.PLAN_TYPES}
    result = by_type[plan.PLAN_TYPES[0]]  # (articulation and ratings do not depend on the type of plan)
    articulation = result.articulation
    answers = plan.latest_answers(inputs["answers"])
    requirements = [{**{c: r.get(c) for c in REQUIREMENT_COLUMNS},
                     "estado": answers.get(r["codigo"], {}).get("estado") or "sin_evaluar",
                     "documento": answers.get(r["codigo"], {}).get("documento"),
                     "articulo": answers.get(r["codigo"], {}).get("articulo")}
                    for r in plan.requirements(inputs["requirements"])]
    program_names = {p["codigo"]: p["nombre"] for p in inputs["programs"]}
    programs = sorted({p["programa"] for p in articulation.projects})
    program_of = {p["codigo"]: p["programa"] for p in articulation.projects}
    texts = inputs["texts"]
    objectives = []
    for objective, rating in zip(articulation.objectives, result.ratings):
        code = objective["codigo"]
        objectives.append({
            "codigo": code, "nombre": objective["nombre"], "estrategias": list(articulation.strategies[code]),
            "proyectos": articulation.projects_of(code), "indicadores": list(articulation.indicators[code]),
            "puntaje_indicadores": rating.indicators, "puntaje_proyectos": rating.projects, "puntaje": rating.score,
            "calificacion": rating.level, "calificacion_nombre": rating_label(rating.level),
            "semaforos": dict(rating.lights), "estados": dict(rating.states),
            **{k: texts.get(code, {}).get(k) for k in TEXTS}})
    return {
        "anio": year, "fecha_corte": period.cutoff.isoformat(), "adopcion": result.adopted,
        "horizonte": result.horizon,
        "suficiencia": {kind: {"componentes": [_component(c) for c in e.sufficiency],
                               "requisitos": [r["codigo"] for r in e.checklist]} for kind, e in by_type.items()},
        "requisitos": requirements, "objetivos": objectives,
        "programas": [{"codigo": p, "nombre": program_names.get(p) or ""} for p in programs],
        "matriz": [[sum(1 for project in o["proyectos"] if program_of[project] == program) for program in programs]
                   for o in objectives],
        "brechas": [{"tipo": g.kind, "tipo_nombre": tr(GAP_KINDS[g.kind]), "codigo": g.code,
                     # A project's or an objective's code (P6-30, O7) is shown to a reader, an indicator's
                     # (valor_suelo_indice) is not: its name says it.
                     "codigo_lector": "" if g.kind.startswith("indicador_") else g.code, "nombre": g.name,
                     "detalle": g.detail} for g in articulation.gaps],
        "dofa": sorted(({c: d.get(c) for c in DOFA_COLUMNS} for d in inputs["dofa"]),
                       key=lambda d: (d["ambito"], d["fid"])),
        "estados_proyectos": states}
