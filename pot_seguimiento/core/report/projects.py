"""Section "proyectos": each POT project's state at the period's cut-off, its progress and investment,
the indicators linked to it, and how many projects are in each state."""
from .. import project_states
from ..i18n import tr
from . import territory as shared
from .model import Table, section

# What leaves the office of a progress report: no reporter names and no evidence links.
PUBLIC_REPORT_COLUMNS = ("proyecto", "periodo", "fecha_corte", "avance_fisico", "inversion", "estado_reportado",
                         "observaciones")
COLUMNS = ("codigo", "nombre", "programa", "entidad", "horizonte", "anio_inicio", "anio_fin", "meta_descripcion",
           "meta_unidad", "meta_cantidad", "presupuesto")


def _progress(project):
    """[[period, physical % of the goal]] of the project's valid reports: figures only, no names."""
    goal = float(project["meta_cantidad"]) or 1.0
    latest = {}
    for report in sorted(project["validos"], key=lambda r: (r["periodo"], r["fid"])):
        latest[report["periodo"]] = float(report["avance_fisico"]) / goal * 100
    return [[period, value] for period, value in sorted(latest.items())]


def _tables(data):
    return [Table("estado", tr("POT projects by state"), [tr("State"), tr("Projects")],
                  [[project_states.label(state), n] for state, n in data["por_estado"].items()]),
            Table("proyectos", tr("POT projects"),
                  [tr("Code"), tr("Project"), tr("Program"), tr("State"), tr("Expected %"), tr("Physical %"),
                   tr("Financial %")],
                  [[p["codigo"], p["nombre"], p["programa_nombre"], p["estado_nombre"], p["esperado"], p["fisico"],
                    p["financiero"]] for p in data["proyectos"]])]


@section("proyectos", lambda: tr("POT projects"), tables=_tables)
def projects(store, period, level):
    """{fecha_corte, por_estado {state: count, every state}, proyectos: [{the project's columns, programa_nombre
    (the programme's name, else its code), estado,
    estado_nombre, esperado, fisico, financiero (% of goal, % of goal, % of budget), inversion, ultimo_periodo,
    notas (of its last report: the bottlenecks), avance [[periodo, %]], indicadores [codes], informes (its valid
    reports by the cut-off, public columns only), geometria}] by code}."""
    links = shared.indicator_links(store)
    programs = shared.program_names(store)
    rows = []
    for project in sorted(shared.projects(store, period), key=lambda p: p["codigo"]):
        e = project["evaluacion"]
        program = project["programa"]
        rows.append({**{c: project[c] for c in COLUMNS}, "programa_nombre": programs.get(program, program),
                     "estado": e.state,
                     "estado_nombre": project_states.label(e.state),
                     "esperado": e.expected * 100, "fisico": e.physical * 100, "financiero": e.financial * 100,
                     "inversion": e.investment, "ultimo_periodo": e.last_period, "notas": e.notes,
                     "avance": _progress(project), "indicadores": links.get(project["codigo"], []),
                     "informes": [{c: r[c] for c in PUBLIC_REPORT_COLUMNS} for r in project["validos"]],
                     "geometria": project["geometry"]})
    return {"fecha_corte": period.cutoff.isoformat(), "proyectos": rows,
            "por_estado": project_states.counts(p["estado"] for p in rows)}
