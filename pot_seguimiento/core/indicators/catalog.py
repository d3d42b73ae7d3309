"""The built-in indicators (docs/ARCHITECTURE.md, "Where each indicator's formula lives"): codes (stable), names, units, polarity, parameters."""
import json

SECTORS = ("educacion", "salud", "cultura", "cuidado", "bienestar", "recreacion", "seguridad")
_SECTOR_NAMES = {"educacion": "educación", "salud": "salud", "cultura": "cultura", "cuidado": "cuidado",
                 "bienestar": "bienestar social", "recreacion": "recreación y deporte", "seguridad": "seguridad",
                 "abastecimiento": "abastecimiento", "administracion": "administración pública",
                 "culto": "culto", "otro": "otros sectores"}
IPC_COLOMBIA = {"2022": 13.12, "2023": 9.28, "2024": 5.20, "2025": 5.10}  # DANE, variación anual del IPC

# code: (name, dimension, unit, polarity, periodicity, parameters)
BUILTIN = {
    "epe_hab": ("Espacio público efectivo por habitante", "modelo_ocupacion", "m²/hab", "positiva", "anual", {"meta_nacional": 15}),
    "epe_deficit": ("Déficit de espacio público efectivo", "modelo_ocupacion", "m²", "negativa", "anual", {"meta_nacional": 15}),
    "densidad_poblacion": ("Densidad de población urbana", "modelo_ocupacion", "hab/ha", "positiva", "censal", {}),
    "densidad_viviendas": ("Densidad de viviendas urbana", "modelo_ocupacion", "viv/ha", "positiva", "censal", {}),
    "huella_urbana": ("Huella urbana", "modelo_ocupacion", "ha", "negativa", "censal", {}),
    "lcrpgr": ("Relación entre consumo de suelo y crecimiento de la población (ODS 11.3.1)", "modelo_ocupacion", "razón", "negativa", "censal", {}),
    "ocupacion_proteccion": ("Ocupación en suelo de protección", "modelo_ocupacion", "%", "negativa", "semestral", {}),
    "ocupacion_amenaza_alta": ("Ocupación en zonas de amenaza alta", "modelo_ocupacion", "%", "negativa", "semestral", {}),
    "poblacion_expuesta_amenaza": ("Población expuesta a amenaza alta", "modelo_ocupacion", "hab", "negativa", "anual", {}),
    "acceso_transporte": ("Población con acceso conveniente al transporte público (ODS 11.2.1)", "modelo_ocupacion", "%", "positiva", "anual", {"distancia_baja_m": 500, "distancia_alta_m": 1000}),
    "expansion_desarrollada": ("Suelo de expansión desarrollado", "modelo_ocupacion", "%", "positiva", "anual", {}),
    "valor_suelo_m2": ("Valor del suelo por metro cuadrado", "valor_suelo", "COP/m²", "positiva", "anual", {}),
    "valor_suelo_mediana": ("Mediana del valor del suelo", "valor_suelo", "COP/m²", "positiva", "anual", {}),
    "valor_suelo_variacion": ("Variación nominal del valor del suelo", "valor_suelo", "%", "positiva", "anual", {}),
    "valor_suelo_variacion_real": ("Variación real del valor del suelo", "valor_suelo", "%", "positiva", "anual", {"ipc": IPC_COLOMBIA}),
    "valor_suelo_indice": ("Índice relativo del valor del suelo", "valor_suelo", "índice", "positiva", "anual", {}),
    "proyectos_incumplimiento_corto": ("Proyectos de corto plazo en incumplimiento", "proyectos", "%", "negativa", "semestral", {}),
    "proyectos_incumplimiento_mediano": ("Proyectos de mediano plazo en incumplimiento", "proyectos", "%", "negativa", "semestral", {}),
    "proyectos_incumplimiento_largo": ("Proyectos de largo plazo en incumplimiento", "proyectos", "%", "negativa", "semestral", {}),
    "proyectos_en_presupuesto": ("Proyectos del POT con asignación presupuestal", "gobernanza", "%", "positiva", "anual", {}),
    "avance_fisico_ponderado": ("Avance físico ponderado", "proyectos", "%", "positiva", "semestral", {}),
    "ejecucion_financiera": ("Ejecución financiera", "proyectos", "%", "positiva", "semestral", {}),
    "inversion_per_capita": ("Inversión POT por habitante", "gobernanza", "COP/hab", "positiva", "anual", {}),
    "alertas_ocupacion": ("Alertas de ocupación informal", "modelo_ocupacion", "alertas", "negativa", "semestral", {}),
    "ocupaciones_confirmadas": ("Ocupaciones informales confirmadas en campo", "modelo_ocupacion", "ocupaciones", "negativa", "semestral", {}),
    "ocupaciones_con_accion": ("Ocupaciones confirmadas con acción de control", "gobernanza", "%", "positiva", "semestral", {}),
    "area_ocupacion_informal_proteccion": ("Área de ocupación informal en suelo de protección", "modelo_ocupacion", "m²", "negativa", "semestral", {}),
    "area_ocupacion_informal_amenaza": ("Área de ocupación informal en amenaza alta", "modelo_ocupacion", "m²", "negativa", "semestral", {}),
    # Participation (issue 21; core/indicators/participation.py).
    "participantes_priorizacion": ("Participantes en la priorización de programas y proyectos del POT", "gobernanza", "personas", "positiva", "semestral", {}),
    "participantes_implementacion": ("Participantes en la implementación de programas y proyectos del POT", "gobernanza", "personas", "positiva", "semestral", {}),
    "participantes_seguimiento": ("Participantes en el seguimiento y evaluación del POT", "gobernanza", "personas", "positiva", "semestral", {}),
    "espacios_enfoque_genero": ("Espacios de participación con enfoque de género", "gobernanza", "%", "positiva", "semestral", {}),
    "espacios_enfoque_diferencial": ("Espacios de participación con enfoque diferencial", "gobernanza", "%", "positiva", "semestral", {}),
    "espacios_enfoque_territorial": ("Espacios de participación con enfoque territorial", "gobernanza", "%", "positiva", "semestral", {}),
    "participacion_mujeres": ("Participación de mujeres en los espacios del POT", "gobernanza", "%", "positiva", "semestral", {}),
    "cumplimiento_plan_participacion": ("Cumplimiento del plan de participación (ejecutado sobre programado)", "gobernanza", "%", "positiva", "semestral", {}),
    "compromisos_cumplidos": ("Compromisos con la ciudadanía cumplidos", "gobernanza", "%", "positiva", "semestral", {}),
    "compromisos_vencidos": ("Compromisos con la ciudadanía vencidos sin cumplir", "gobernanza", "compromisos", "negativa", "semestral", {}),
    "evaluaciones_aplicadas_pct": ("Asistentes con evaluación de satisfacción aplicada", "gobernanza", "%", "positiva", "semestral", {"meta_procedimiento": 10}),
    "talleres_minisitio": ("Talleres realizados sobre el minisitio del POT", "gobernanza", "talleres", "positiva", "semestral", {}),
}


# The heritage observatory (issue 24; indicators/heritage.py).
BUILTIN.update({
    "bic_inspeccionados": ("Bienes de interés cultural inspeccionados en el periodo", "gobernanza", "%", "positiva",
                           "semestral", {}),
    "bic_estado_malo": ("Bienes de interés cultural en mal estado de conservación", "modelo_ocupacion", "%",
                        "negativa", "semestral", {}),
    "bic_perdidos": ("Bienes de interés cultural perdidos", "modelo_ocupacion", "bienes", "negativa", "semestral", {}),
    "intervenciones_sin_licencia": ("Intervenciones en bienes de interés cultural sin licencia", "gobernanza",
                                    "intervenciones", "negativa", "semestral", {}),
    "actividades_tradicionales_permanencia": ("Permanencia de actividades económicas tradicionales",
                                              "modelo_ocupacion", "%", "positiva", "anual", {}),
})

# The observatory of instruments (issue 23; indicators/instruments.py).
_OBLIGATION_NAMES = {"suelo": "cesiones de suelo", "especie": "obligaciones en especie",
                     "dinero": "obligaciones en dinero"}
_SOURCE_NAMES = {"publica": "Inversión pública", "privada": "Inversión privada", "colaborativa": "Inversión colaborativa",
                 "cooperacion": "Inversión de cooperación internacional", "regalias": "Inversión de regalías",
                 "otra": "Inversión de otras fuentes"}
BUILTIN.update({
    **{f"cumplimiento_obligaciones_{t}": (f"Cumplimiento de {n}", "gobernanza", "%", "positiva", "semestral", {})
       for t, n in _OBLIGATION_NAMES.items()},
    "suelo_recibido_m2": ("Suelo recibido por cesiones urbanísticas", "gobernanza", "m²", "positiva", "semestral", {}),
    "obligaciones_vencidas": ("Obligaciones urbanísticas vencidas sin cumplir", "gobernanza", "obligaciones",
                              "negativa", "semestral", {}),
    "recaudo_destinado_pot": ("Recaudo de obligaciones destinado a proyectos del POT", "gobernanza", "%", "positiva",
                              "semestral", {}),
    "inversion_por_unidad": ("Inversión territorializada", "gobernanza", "COP", "positiva", "anual", {}),
    **{f"inversion_per_capita_{s}": (f"{n} por habitante", "gobernanza", "COP/hab", "positiva", "anual", {})
       for s, n in _SOURCE_NAMES.items()},
    "participacion_inversion_privada": ("Participación de la inversión privada y colaborativa", "gobernanza", "%",
                                        "positiva", "anual", {}),
})


def coverage_definition(sector):
    name = _SECTOR_NAMES.get(sector, sector)
    return (f"Cobertura de equipamientos de {name}", "modelo_ocupacion", "%", "positiva", "anual",
            {"sector": sector, "distancia_m": 800})


# The observatory of social services (services.py): name, unit, polarity, periodicity per indicator.
SERVICE_DEFINITIONS = {
    "oferta_demanda": ("Oferta de equipamientos de {name} por mil habitantes de la población objetivo",
                       "por 1.000 hab.", "positiva", "semestral"),
    "accesibilidad": ("Accesibilidad a equipamientos de {name} (E2SFCA)", "por 1.000 hab.", "positiva", "semestral"),
    "deficit": ("Población objetivo sin capacidad de {name} a su alcance", "hab", "negativa", "semestral"),
    "poblacion_sin_servicio": ("Población objetivo sin equipamientos de {name} a 1.500 m", "hab", "negativa",
                               "semestral"),
    "uso_capacidad": ("Uso de la capacidad de los equipamientos de {name}", "%", "positiva", "semestral"),
}
_PROVIDER_NAMES = {"publica": " (oferta pública)", "privada": " (oferta privada)"}


def service_definition(prefix, sector, provider=None):
    name, unit, polarity, periodicity = SERVICE_DEFINITIONS[prefix]
    parameters = {"sector": sector}
    if provider:
        parameters["naturaleza"] = provider
    return (name.format(name=_SECTOR_NAMES.get(sector, sector)) + _PROVIDER_NAMES.get(provider, ""), "gobernanza",
            unit, polarity, periodicity, parameters)


def definition(code):
    from .services import parse_code

    if code.startswith("cobertura_"):
        return coverage_definition(code[len("cobertura_"):])
    if code in BUILTIN:
        return BUILTIN[code]
    parsed = parse_code(code)
    if parsed and parsed[1]:
        return service_definition(*parsed)
    return None


def rows(codes, source="POT Seguimiento"):
    """indicador table columns for `codes` (without baselines or targets)."""
    table = {k: [] for k in ("codigo", "nombre", "dimension", "unidad", "polaridad", "periodicidad",
                             "parametros", "calculadora", "fuente")}
    for code in codes:
        name, dimension, unit, polarity, periodicity, parameters = definition(code)
        for key, value in zip(table, (code, name, dimension, unit, polarity, periodicity,
                                      json.dumps(parameters, ensure_ascii=False),
                                      _calculator_name(code), source)):
            table[key].append(value)
    return table


def _calculator_name(code):
    from .services import parse_code

    if code.startswith("cobertura_"):
        return "cobertura"
    parsed = parse_code(code)
    return parsed[0] if parsed and code not in BUILTIN else code
