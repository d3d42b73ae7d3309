"""The demo municipality's plan: vision, objectives, policies and strategies tied to its programs and
projects, the archive, milestones, the sufficiency checklist as answered, the evaluation texts and DOFA.

A few gaps are planted on purpose, so the articulation analysis has something to find:
- O6 (revitalisation) has no indicator; O7 (land management) has no strategy and no project;
- the innovation district (P6-30) serves no objective;
- P5-25 (urban trees) and P6-29 (historic centre) have no indicator;
- valor_suelo_indice, linked to O7, has no target (and epe_deficit no baseline, as in the catalogue).
"""
from .projects import PROJECTS

ADOPTED = "2024-03-15"
YEAR = 2025
VISION = ("V", "San Isidro del Llano 2034: una ciudad compacta, segura frente al riesgo y cercana a sus "
               "servicios, que cuida sus cerros y su río.")
# (code, name, structuring system, component, article, its strategy, programs, indicators)
OBJECTIVES = (
    ("O1", "Consolidar un sistema de movilidad sostenible", "movilidad", "general", "Art. 8",
     "Priorizar el transporte público y la movilidad activa", ["P1"], ["acceso_transporte"]),
    ("O2", "Aumentar el espacio público efectivo y proteger la estructura ecológica", "espacio_publico", "general",
     "Art. 9", "Convertir rondas y cerros en parques", ["P2"], ["epe_hab", "epe_deficit"]),
    ("O3", "Acercar los equipamientos y el cuidado a la población", "equipamientos", "urbano", "Art. 10",
     "Cubrir cada localidad con servicios sociales a 800 m", ["P3"],
     ["cobertura_educacion", "cobertura_salud", "cobertura_cuidado"]),
    ("O4", "Mejorar los barrios de origen informal y producir vivienda social", "vivienda", "urbano", "Art. 11",
     "Mejorar y densificar antes de expandir", ["P4"], ["densidad_viviendas", "expansion_desarrollada"]),
    ("O5", "Reducir la población expuesta a amenaza alta", "amenazas_riesgos", "general", "Art. 12",
     "Reasentar, mitigar y no ocupar zonas de amenaza alta", ["P5"],
     ["ocupacion_amenaza_alta", "poblacion_expuesta_amenaza", "ocupacion_proteccion"]),
    ("O6", "Revitalizar el centro y los corredores de transporte", "patrimonio", "urbano", "Art. 13",
     "Renovar el centro tradicional con su patrimonio", [], []),
    ("O7", "Gestionar el suelo y capturar valor para financiar el plan", "suelo_productivo", "general", "Art. 14",
     None, [], ["valor_suelo_indice"]),
)
UNLINKED_PROJECTS = ("P6-30",)
PROJECTS_WITHOUT_INDICATOR = ("P5-25", "P6-29")
# The program's projects measured by the program's battery, plus a goal indicator per program.
PROGRAM_INDICATOR = {"P1": "acceso_transporte", "P2": "epe_hab", "P3": "cobertura_educacion",
                     "P4": "densidad_viviendas", "P5": "ocupacion_amenaza_alta", "P6": "avance_fisico_ponderado"}
MILESTONES = {  # project: [(date, expected cumulative progress in goal units)]
    "P1-01": [("2023-12-31", 0.5), ("2024-12-31", 3.0)],
    "P2-06": [("2024-06-30", 20_000), ("2025-12-31", 110_000)],
    "P5-21": [("2023-12-31", 100), ("2024-12-31", 400), ("2025-12-31", 700)],
}
DOCUMENTS = (  # codigo, titulo, tipo, numero, fecha, entidad, componente, articulos, escala, capa
    ("ACU-012-2024", "Acuerdo por el cual se adopta el Plan de Ordenamiento Territorial", "acuerdo", "012",
     ADOPTED, "Concejo Municipal", None, "Arts. 1–312", None, None),
    ("DTS-2023", "Documento técnico de soporte del POT", "documento_tecnico_soporte", None, "2023-11-30",
     "Secretaría de Planeación", "general", None, None, None),
    ("RES-2023", "Documento resumen del POT", "documento_resumen", None, "2023-11-30", "Secretaría de Planeación",
     "general", None, None, None),
    ("PL-CG-01", "Plano de clasificación del suelo", "plano", "CG-01", ADOPTED, "Secretaría de Planeación",
     "general", "Art. 20", "1:25.000", "zonificacion"),
    ("PL-CG-04", "Plano de amenazas por inundación y remoción en masa", "plano", "CG-04", ADOPTED,
     "Secretaría de Planeación", "general", "Arts. 41–58", "1:25.000", "amenaza"),
    ("PL-CU-02", "Plano del sistema de espacio público", "plano", "CU-02", ADOPTED, "Secretaría de Planeación",
     "urbano", "Arts. 101–130", "1:10.000", "espacio_publico"),
    ("EST-AMZ-2023", "Estudio básico de amenazas", "estudio", None, "2023-06-30", "Oficina de Gestión del Riesgo",
     "general", None, None, None),
    ("ACT-CAR-2023", "Acta de concertación de los asuntos ambientales con la autoridad ambiental", "acta", "07",
     "2023-12-10", "Corporación Autónoma Regional", "general", None, None, None),
)
SUFFICIENCY = {  # requirement: (state, document, article) as the office answered in YEAR
    "G-01": ("presente", "ACU-012-2024", "Arts. 5–14"), "G-02": ("presente", "ACU-012-2024", "Arts. 60–72"),
    "G-03": ("presente", "ACU-012-2024", "Arts. 21–40"), "G-04": ("parcial", "ACU-012-2024", "Art. 95"),
    "G-05": ("presente", "PL-CG-04", "Arts. 41–58"), "G-06": ("presente", "PL-CG-01", "Art. 20"),
    "U-01": ("presente", "ACU-012-2024", "Arts. 90–94"), "U-02": ("presente", "ACU-012-2024", "Arts. 60–72"),
    "U-03": ("parcial", "DTS-2023", "Cap. 7"), "U-04": ("presente", "PL-CU-02", "Arts. 101–130"),
    "U-05": ("presente", "ACU-012-2024", "Arts. 41–58"), "U-06": ("presente", "ACU-012-2024", "Arts. 140–170"),
    "U-07": ("parcial", "ACU-012-2024", "Arts. 180–186"), "U-08": ("ausente", None, None),
    "R-01": ("presente", "ACU-012-2024", "Arts. 220–230"), "R-02": ("presente", "PL-CG-04", None),
    "R-03": ("presente", "ACU-012-2024", "Arts. 231–240"), "R-04": ("parcial", "ACU-012-2024", "Art. 245"),
    "R-05": ("ausente", None, None), "N-01": ("presente", "ACU-012-2024", "Arts. 140–215"),
    "E-01": ("presente", "ACU-012-2024", "Arts. 290–305"), "E-02": ("presente", "ACU-012-2024", "Art. 3"),
}
DOFA = (  # tipo, ámbito, descripción, objective
    ("fortaleza", "gestion", "Seguimiento semestral de los proyectos con reportes de todas las entidades", None),
    ("fortaleza", "contenido", "Estructura ecológica principal delimitada y cartografiada", "O2"),
    ("debilidad", "gestion", "Proyectos de corto plazo sin asignación presupuestal en años impares", None),
    ("debilidad", "contenido", "El objetivo de gestión del suelo no tiene estrategias ni proyectos", "O7"),
    ("oportunidad", "gestion", "Catastro multipropósito en curso: mejor información de valor del suelo", "O7"),
    ("oportunidad", "contenido", "Cofinanciación nacional para el sistema de transporte", "O1"),
    ("amenaza", "gestion", "Nuevas ocupaciones informales en la ronda del río y en los cerros", "O5"),
    ("amenaza", "contenido", "Escenarios climáticos con más lluvias extremas que los del estudio de 2023", "O5"),
)
EVALUATION_TEXTS = {
    "pertinencia": "El objetivo sigue respondiendo a un problema vigente del territorio.",
    "eficiencia": "La inversión ejecutada guarda proporción con el avance físico reportado.",
    "eficacia": "El avance de los proyectos y de los indicadores se lee en la calificación.",
    "impacto": "Los cambios en el territorio se verán con la medición de 2026.",
}


def project_codes():
    return [f"{program}-{i + 1:02d}" for i, (program, *_rest) in enumerate(PROJECTS)]


def _rows(names, values):
    return {name: [row[i] for row in values] for i, name in enumerate(names)}


def plan_tables():
    """[(table, columns)] of the plan, in the order the store needs them (parents first)."""
    elements = [(VISION[0], "vision", VISION[1], None, None, None, "Art. 4")]
    links, by_program = [], {}
    for code, (program, *_rest) in zip(project_codes(), PROJECTS):
        by_program.setdefault(program, []).append(code)
    for code, name, system, component, article, strategy, programs, indicators in OBJECTIVES:
        elements.append((code, "objetivo", name, "V", component, system, article))
        for indicator in indicators:
            links.append((code, "indicador", indicator, article))
        if strategy:
            elements.append((f"E{code[1:]}", "estrategia", strategy, code, component, system, article))
        for program in programs:
            links.append((f"E{code[1:]}", "programa", program, article))
    revitalisation = [c for c in by_program["P6"] if c not in UNLINKED_PROJECTS]
    links.extend(("E6", "proyecto", c, "Art. 13") for c in revitalisation)
    measured = [(PROGRAM_INDICATOR[p], c) for p, codes in sorted(by_program.items()) for c in codes
                if c not in PROJECTS_WITHOUT_INDICATOR]
    milestones = [(project, day, value) for project, points in MILESTONES.items() for day, value in points]
    sufficiency = [(code, YEAR, state, document, article) for code, (state, document, article) in SUFFICIENCY.items()]
    documents = [(*d[:5], d[5], f"{d[0]}.txt", d[6], True, d[7], d[8], d[9]) for d in DOCUMENTS]
    texts = [(code, YEAR, *EVALUATION_TEXTS.values()) for code, *_ in OBJECTIVES]
    return [
        ("documento", _rows(("codigo", "titulo", "tipo", "numero", "fecha", "entidad", "ruta", "componente", "vigente",
                             "articulos", "escala", "capa"), documents)),
        ("elemento_plan", _rows(("codigo", "tipo", "nombre", "padre", "componente", "sistema", "articulo"), elements)),
        ("vinculo_plan", _rows(("elemento", "tipo", "codigo", "articulo"), links)),
        ("indicador_proyecto", _rows(("indicador", "proyecto"), measured)),
        ("hito", _rows(("proyecto", "fecha", "avance_esperado"), milestones)),
        ("evaluacion_suficiencia", _rows(("requisito", "anio", "estado", "documento", "articulo"), sufficiency)),
        ("evaluacion_objetivo", _rows(("objetivo", "anio", *EVALUATION_TEXTS), texts)),
        ("dofa", _rows(("tipo", "ambito", "descripcion", "elemento", "anio"), [(*d, YEAR) for d in DOFA])),
    ]


def document_text(code):
    """The stand-in content of a demo document's file."""
    document = next(d for d in DOCUMENTS if d[0] == code)
    return (f"{document[1]}\n\nMunicipio de San Isidro del Llano (demo, datos sintéticos)\n"
            f"Tipo: {document[2]}  Número: {document[3] or '—'}  Fecha: {document[4]}\nExpide: {document[5]}\n")
