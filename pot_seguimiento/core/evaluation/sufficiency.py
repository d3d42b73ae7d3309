"""Análisis de suficiencia: are the contents the law asks of the plan present?

The checklist cites, for every item, the article of Ley 388 de 1997 that asks for it (the law's own
articles 9 and 11–18: type of plan, components, contents, urban norms, execution programme). Items
of the regulation (Decreto 1077 de 2015 as modified by Decreto 1232 de 2020) can be added to the
expediente's `requisito_suficiencia` table by the office with their own source.

Score: present 1, partial 0.5, absent 0; an item nobody has evaluated counts as absent, and is
listed as such, because the analysis must cover the whole checklist.
"""
from collections import OrderedDict
from dataclasses import dataclass

from ..i18n import tr

L388 = "Ley 388 de 1997, art. {}"
ALL, POT_PBOT, POT_ONLY = "POT PBOT EOT", "POT PBOT", "POT"

# (code, plan types that must have it, component, content, legal source)
REQUIREMENTS = (
    ("G-01", ALL, "general", "Objetivos y estrategias territoriales de largo y mediano plazo", L388.format("12, num. 1")),
    ("G-02", POT_PBOT, "general", "Sistemas de comunicación entre el área urbana y la rural y su articulación regional",
     L388.format("12, num. 2")),
    ("G-03", ALL, "general", "Áreas de reserva y protección del ambiente, los recursos naturales y el paisaje",
     L388.format("12, num. 2")),
    ("G-04", POT_PBOT, "general", "Áreas de conservación y protección del patrimonio histórico, cultural y arquitectónico",
     L388.format("12, num. 2")),
    ("G-05", ALL, "general", "Zonas de alto riesgo para asentamientos humanos por amenazas naturales, en planos",
     L388.format("12, num. 2")),
    ("G-06", ALL, "general", "Clasificación del territorio en suelo urbano, rural y de expansión, con el perímetro urbano",
     L388.format("12, num. 2")),
    ("U-01", POT_PBOT, "urbano", "Políticas de mediano y corto plazo sobre uso y ocupación del suelo urbano y de expansión",
     L388.format("13")),
    ("U-02", ALL, "urbano", "Plan vial y de transporte del suelo urbano", L388.format("13")),
    ("U-03", ALL, "urbano", "Redes de servicios públicos domiciliarios", L388.format("13")),
    ("U-04", POT_PBOT, "urbano", "Equipamientos colectivos y espacio público (parques y zonas verdes)", L388.format("13")),
    ("U-05", POT_PBOT, "urbano", "Áreas de conservación, protección y amenaza en suelo urbano y de expansión",
     L388.format("13")),
    ("U-06", POT_PBOT, "urbano", "Tratamientos y actuaciones urbanísticas", L388.format("13")),
    ("U-07", POT_PBOT, "urbano", "Estrategia de vivienda de interés social y de mejoramiento integral", L388.format("13")),
    ("U-08", POT_ONLY, "urbano", "Instrumentos de gestión: unidades de actuación urbanística, planes parciales, macroproyectos",
     L388.format("13")),
    ("R-01", ALL, "rural", "Áreas de conservación y protección de los recursos naturales en suelo rural", L388.format("14")),
    ("R-02", ALL, "rural", "Áreas rurales expuestas a amenazas y riesgos", L388.format("14")),
    ("R-03", POT_PBOT, "rural", "Áreas de producción agropecuaria, forestal y minera", L388.format("14")),
    ("R-04", POT_PBOT, "rural", "Centros poblados rurales, equipamientos de salud y educación", L388.format("14")),
    ("R-05", POT_PBOT, "rural", "Suelo suburbano y normas de parcelación para vivienda campestre", L388.format("14")),
    ("N-01", ALL, "normas", "Normas urbanísticas estructurales, generales y complementarias", L388.format("15")),
    ("E-01", ALL, "ejecucion", "Programa de ejecución (proyectos del periodo de la administración, con prioridades y recursos)",
     L388.format("18")),
    ("E-02", ALL, "ejecucion", "Vigencias de largo, mediano y corto plazo de los contenidos", L388.format("28")),
)
COMPONENTS = OrderedDict((("general", "Componente general"), ("urbano", "Componente urbano"),
                          ("rural", "Componente rural"), ("normas", "Normas urbanísticas"),
                          ("ejecucion", "Programa de ejecución y vigencias")))
SCORES = {"presente": 1.0, "parcial": 0.5, "ausente": 0.0}


def catalogue_rows():
    """The checklist as columns for the `requisito_suficiencia` table."""
    names = ("codigo", "tipos_plan", "componente", "contenido", "fuente")
    return {name: [item[i] for item in REQUIREMENTS] for i, name in enumerate(names)}


@dataclass
class ComponentResult:
    component: str
    label: str
    items: int
    present: int
    partial: int
    absent: int
    not_evaluated: int

    @property
    def percent(self):
        if not self.items:
            return None
        return 100.0 * (self.present + 0.5 * self.partial) / self.items


def evaluate(requirements, evaluations, kind):
    """requirements: [{codigo, tipos_plan, componente, ...}]; evaluations: {codigo: estado} of one year;
    kind: POT, PBOT or EOT. Returns ([ComponentResult] in checklist order + the total, [rows]) where each
    row is the requirement with its `estado` ('sin_evaluar' when missing)."""
    applicable = [r for r in requirements if kind in str(r["tipos_plan"]).split()]
    rows, counts = [], OrderedDict()
    for requirement in applicable:
        state = evaluations.get(requirement["codigo"], "sin_evaluar")
        rows.append({**requirement, "estado": state})
        counts.setdefault(requirement["componente"], []).append(state)
    results = [_result(c, COMPONENTS.get(c, c), states) for c, states in counts.items()]
    every = [state for states in counts.values() for state in states]
    results.append(_result("total", tr("All components"), every))
    return results, rows


def _result(component, label, states):
    return ComponentResult(component, label, len(states), states.count("presente"), states.count("parcial"),
                           states.count("ausente"), states.count("sin_evaluar"))
