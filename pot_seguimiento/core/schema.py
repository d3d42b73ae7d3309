"""Schema v6 of the expediente store (README, "Development"; docs/ARCHITECTURE.md).

One declarative description serves every consumer: the store turns it into
SQL (constraints included), the importer validates against it, and the GUI
builds attribute forms (value maps, not-null, unique) from it. Names are
Spanish because users see them in attribute tables and open data.
"""
import datetime
from dataclasses import dataclass

# v2: field control of informal occupations; v3: evaluation of the plan; v4: population by level with
# declared age bands (poblacion.nivel, poblacion_edad), level 'upr'; v5: the entities' register and the tables of
# the observatories and participation (V5_TABLES); v6: the street network (via) the services observatory measures
# distances along, and users of the facilities' reports by declared age bands (V6_TABLES).
SCHEMA_VERSION = 6
DEFAULT_EPSG = 9377  # MAGNA-SIRGAS / Origen-Nacional (Resolución IGAC 471 de 2020)

# Domains: stored code -> label shown in forms.
DOMAINS = {
    "nivel_territorial": {
        "municipio": "Municipio", "localidad": "Localidad", "upz": "UPZ", "upl": "UPL",
        "comuna": "Comuna", "vereda": "Vereda", "barrio": "Barrio",
        "upr": "UPR (unidad de planeamiento rural)",
    },
    "uso_predio": {
        "residencial": "Residencial", "comercial": "Comercial", "industrial": "Industrial",
        "dotacional": "Dotacional", "mixto": "Mixto", "lote": "Lote sin construir", "otro": "Otro",
    },
    "tipo_zonificacion": {
        "clasificacion_suelo": "Clasificación del suelo", "tratamiento": "Tratamiento urbanístico",
        "area_actividad": "Área de actividad", "proteccion": "Suelo de protección",
    },
    "tipo_espacio_publico": {
        "parque": "Parque", "plaza": "Plaza", "plazoleta": "Plazoleta", "zona_verde": "Zona verde",
        "alameda": "Alameda", "separador": "Separador vial", "otro": "Otro",
    },
    "sector_equipamiento": {
        "educacion": "Educación", "salud": "Salud", "cultura": "Cultura", "cuidado": "Cuidado",
        "bienestar": "Bienestar social", "recreacion": "Recreación y deporte",
        "seguridad": "Seguridad y justicia", "abastecimiento": "Abastecimiento",
        "administracion": "Administración pública", "culto": "Culto", "otro": "Otro",
    },
    "fenomeno": {
        "remocion_masa": "Remoción en masa", "inundacion": "Inundación",
        "avenida_torrencial": "Avenida torrencial", "incendio_forestal": "Incendio forestal",
        "otro": "Otro",
    },
    "nivel_amenaza": {"alta": "Alta", "media": "Media", "baja": "Baja"},
    "capacidad_transporte": {"alta": "Alta capacidad", "baja": "Baja capacidad"},
    "horizonte": {"corto": "Corto plazo", "mediano": "Mediano plazo", "largo": "Largo plazo"},
    "estado_reportado": {
        "sin_iniciar": "Sin iniciar", "en_ejecucion": "En ejecución",
        "suspendido": "Suspendido", "terminado": "Terminado",
    },
    "dimension": {
        "objetivos": "Objetivos", "modelo_ocupacion": "Modelo de ocupación",
        "valor_suelo": "Valor del suelo", "proyectos": "Proyectos", "gobernanza": "Gobernanza",
    },
    "polaridad": {"positiva": "Más es mejor", "negativa": "Menos es mejor"},
    "periodicidad": {"semestral": "Semestral", "anual": "Anual", "censal": "Censal"},
    "nivel_valor": {"predio": "Predio", "manzana": "Manzana"},
    # Field control of informal occupations (schema v2).
    "motivo_alerta": {
        "proteccion": "Suelo de protección", "amenaza_alta": "Amenaza alta",
        "fuera_perimetro": "Fuera del perímetro urbano", "ronda_hidrica": "Ronda hídrica",
        "espacio_publico": "Espacio público", "reporte_ciudadano": "Reporte ciudadano", "otro": "Otro",
    },
    "estado_alerta": {
        "detectada": "Detectada", "priorizada": "Priorizada", "en_visita": "En visita",
        "confirmada": "Confirmada", "descartada": "Descartada", "con_accion": "Con acción de control",
        "cerrada": "Cerrada",
    },
    "hallazgo": {
        "construccion_nueva": "Construcción nueva", "ampliacion": "Ampliación", "loteo": "Loteo",
        "relleno_movimiento_tierra": "Relleno o movimiento de tierra", "cerramiento": "Cerramiento",
        "sin_novedad": "Sin novedad", "otro": "Otro",
    },
    "ocupacion": {"habitada": "Habitada", "en_construccion": "En construcción", "desocupada": "Desocupada"},
    "tipo_accion": {
        "visita_preventiva": "Visita preventiva", "acta": "Acta", "querella": "Querella",
        "suspension_obra": "Suspensión de obra", "sellamiento": "Sellamiento", "demolicion": "Demolición",
        "remision_policia": "Remisión a la Policía", "otro": "Otro",
    },
    "estado_accion": {"en_tramite": "En trámite", "ejecutada": "Ejecutada", "archivada": "Archivada"},
    "origen_geometria": {"deteccion": "Detección", "campo": "Redibujada en campo"},
    # Evaluation of the plan (schema v3).
    "tipo_documento": {
        "acuerdo": "Acuerdo", "decreto": "Decreto", "documento_tecnico_soporte": "Documento técnico de soporte",
        "documento_resumen": "Documento resumen", "plano": "Plano", "estudio": "Estudio",
        "cartografia": "Cartografía", "acta": "Acta", "norma": "Norma", "otro": "Otro",
    },
    "componente_pot": {"general": "General", "urbano": "Urbano", "rural": "Rural"},
    "tipo_elemento": {"vision": "Visión", "objetivo": "Objetivo", "politica": "Política",
                      "estrategia": "Estrategia"},
    "sistema_estructurante": {
        "amenazas_riesgos": "Amenazas y riesgos", "servicios_publicos": "Servicios públicos",
        "ambiente": "Ambiente y recursos naturales", "movilidad": "Movilidad",
        "espacio_publico": "Espacio público", "vivienda": "Vivienda", "equipamientos": "Equipamientos",
        "patrimonio": "Patrimonio", "suelo_productivo": "Suelo y sistemas productivos",
    },
    "tipo_vinculo": {"programa": "Programa", "proyecto": "Proyecto", "indicador": "Indicador"},
    "estado_requisito": {"presente": "Presente", "parcial": "Parcial", "ausente": "Ausente"},
    "tipo_dofa": {"fortaleza": "Fortaleza", "debilidad": "Debilidad", "oportunidad": "Oportunidad",
                  "amenaza": "Amenaza"},
    "ambito_dofa": {"gestion": "Gestión del POT por la administración", "contenido": "Contenidos del POT"},
}
# Measurements are made for territorial units and, for the projects battery, for programs.
DOMAINS["nivel_medicion"] = {**DOMAINS["nivel_territorial"], "programa": "Programa"}
# The level of a population row's `ambito`: a block or a unit of a level. 'sin_unidad' only marks rows of an older
# expediente whose code matched nothing when it was upgraded to v4 (kept, never computed; an import refuses it).
NIVEL_SIN_UNIDAD = "sin_unidad"
DOMAINS["nivel_poblacion"] = {"manzana": "Manzana", **DOMAINS["nivel_territorial"],
                              NIVEL_SIN_UNIDAD: "Sin unidad correspondiente (revisar)"}
DOMAINS["sexo"] = {"total": "Total", "mujeres": "Mujeres", "hombres": "Hombres"}
# Heritage (schema v5, issue 24): declared assets (BIC), their inspections, licensed works, traditional activities.
DOMAINS["ambito_patrimonio"] = {"nacional": "Nacional", "departamental": "Departamental",
                                "municipal": "Municipal o distrital"}
DOMAINS["categoria_patrimonio"] = {
    "inmueble": "Bien inmueble (arquitectónico)", "sector_urbano": "Sector urbano",
    "espacio_publico": "Espacio público",
    "arqueologico": "Patrimonio arqueológico", "mueble": "Bien mueble", "natural": "Patrimonio natural",
    "inmaterial": "Patrimonio inmaterial (lugar de la manifestación)", "otro": "Otro",
}
DOMAINS["nivel_conservacion"] = {"integral": "Conservación integral", "tipologica": "Conservación tipológica",
                                 "contextual": "Conservación contextual", "restitucion": "Restitución"}
DOMAINS["tipo_propietario"] = {"publico": "Público", "privado": "Privado", "mixto": "Mixto"}
DOMAINS["estado_conservacion"] = {"bueno": "Bueno", "regular": "Regular", "malo": "Malo", "perdido": "Perdido"}
DOMAINS["tipo_zona_patrimonio"] = {"area_afectada": "Área afectada", "zona_influencia": "Zona de influencia",
                                   "pemp": "Ámbito de un PEMP"}
DOMAINS["tipo_intervencion"] = {
    "restauracion": "Restauración", "reforzamiento": "Reforzamiento estructural", "adecuacion": "Adecuación funcional",
    "ampliacion": "Ampliación", "mantenimiento": "Mantenimiento", "demolicion": "Demolición", "otra": "Otra",
}
DOMAINS["estado_intervencion"] = {"en_tramite": "Licencia en trámite", "en_ejecucion": "En ejecución",
                                  "terminada": "Terminada", "suspendida": "Suspendida"}
DOMAINS["beneficiarios_experiencia"] = {
    "propietarios_originales": "Propietarios y moradores originales",
    "actividades_tradicionales": "Actividades económicas tradicionales", "ambos": "Ambos",
}
# The observatory of social services (schema v5).
DOMAINS["unidad_capacidad"] = {"cupos": "Cupos", "camas": "Camas", "m2": "m²", "personas_dia": "Personas por día"}
DOMAINS["estado_equipamiento"] = {"operando": "Operando", "en_construccion": "En construcción", "cerrado": "Cerrado"}
DOMAINS["naturaleza_equipamiento"] = {"publica": "Pública", "privada": "Privada", "mixta": "Mixta"}
DOMAINS["estado_nodo"] = {"propuesto": "Propuesto", "en_implementacion": "En implementación", "operando": "Operando"}
DOMAINS["tipo_entidad"] = {
    "secretaria": "Secretaría o departamento administrativo", "establecimiento_publico": "Establecimiento público",
    "empresa_publica": "Empresa pública", "alcaldia_local": "Alcaldía local", "organo_control": "Órgano de control",
    "privada": "Entidad privada", "comunitaria": "Organización comunitaria", "otra": "Otra",
}

# Participation, technical assistance and commitments (schema v5, issue 21; docs/participacion.md).
DOMAINS["tipo_actividad_participacion"] = {
    "taller": "Taller", "mesa_trabajo": "Mesa de trabajo", "reunion": "Reunión", "foro": "Foro",
    "consulta": "Consulta", "audiencia_rendicion_cuentas": "Audiencia de rendición de cuentas",
    "asistencia_tecnica": "Asistencia técnica", "recorrido": "Recorrido",
    "consejo_consultivo_ordenamiento": "Consejo Consultivo de Ordenamiento",
    "consejo_territorial_planeacion": "Consejo Territorial de Planeación", "consulta_previa": "Consulta previa",
    "otro": "Otro",
}
DOMAINS["tema_participacion"] = {
    "minisitio": "Minisitio del POT", "proyecto": "Proyecto del POT", "instrumento": "Instrumento de gestión",
    "programa": "Programa del POT", "seguimiento_pot": "Seguimiento y evaluación del POT",
    "norma": "Norma urbanística", "riesgo": "Gestión del riesgo", "ambiente": "Ambiente",
    "patrimonio": "Patrimonio", "otro": "Otro",
}
DOMAINS["etapa_participacion"] = {"priorizacion": "Priorización", "implementacion": "Implementación",
                                  "seguimiento_evaluacion": "Seguimiento y evaluación"}
DOMAINS["modalidad_participacion"] = {"presencial": "Presencial", "virtual": "Virtual", "mixta": "Mixta"}
DOMAINS["estado_actividad"] = {"programada": "Programada", "ejecutada": "Ejecutada", "cancelada": "Cancelada"}
DOMAINS["estado_compromiso"] = {"pendiente": "Pendiente", "en_curso": "En curso", "cumplido": "Cumplido",
                                "incumplido": "Incumplido", "trasladado": "Trasladado a otra entidad"}

# Column types, as GeoPackage spells them.
TEXT, INTEGER, REAL, DATE, DATETIME, BOOLEAN = "TEXT", "INTEGER", "REAL", "DATE", "DATETIME", "BOOLEAN"


@dataclass(frozen=True)
class Field:
    name: str
    type: str = TEXT
    required: bool = False
    domain: str = None
    minimum: float = None
    maximum: float = None
    unique: bool = False
    pattern: str = None  # SQLite GLOB pattern
    default: str = None  # SQL default expression
    label: str = None  # alias shown in forms
    # Rules checked by validation and the store's write path, never turned into SQL (value_rules.py):
    happened: bool = False  # a date of something that happened: not after today (FUTURE_TOLERANCE)
    plausible_maximum: float = None  # above it a value is a typing error (1e308, a block of zeros too many)
    unit_field: str = None  # the field naming this quantity's unit: QUANTITY_MAXIMA by unit apply


@dataclass(frozen=True)
class Table:
    name: str
    fields: tuple
    geometry: str = None  # POINT / MULTIPOLYGON / MULTILINESTRING / None for attribute tables
    unique_together: tuple = ()
    label: str = None
    append_only: bool = False
    # (child table, child field, parent field) for relations shown in forms
    references: tuple = ()
    # Row checks across fields, in SQL both SQLite and PostgreSQL read.
    checks: tuple = ()
    # (field, values): a feature may come without geometry unless that field holds one of the values (land ceded has
    # its polygon, money has none); None: every feature of a spatial table needs its geometry.
    geometry_required_when: tuple = None

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def field_names(self):
        return [f.name for f in self.fields]


# A date of something that happened (a cut-off, a visit, a receipt, an action executed) may not be
# after today; a day of tolerance takes a phone whose clock runs ahead, or a visit at 8 p.m. in
# Colombia that is already tomorrow in UTC. Due and programmed dates (milestones, a norm in force
# from) may be in the future.
FUTURE_TOLERANCE = datetime.timedelta(days=1)
# Money in COP: 100 billones is more than Bogotá's whole yearly budget (about 40 billones in 2025);
# a project, an investment or an allocation above it is a typing error.
MAX_COP = 1e14
MAX_COP_M2 = 1e9  # land value; Bogotá's dearest land is worth tens of millions per m²
MAX_AREA_M2 = 2e11  # Colombia's whole surface (1,141,748 km²)
# Goal quantities by unit (normalised as text.normalise_code does); units not listed: DEFAULT_QUANTITY_MAXIMUM.
QUANTITY_MAXIMA = {"cop": MAX_COP, "%": 100, "porcentaje": 100, "km": 100_000, "m": 1e8, "m2": MAX_AREA_M2,
                   "m²": MAX_AREA_M2,
                   "ha": 1.2e8, "hectareas": 1.2e8, "viviendas": 1e7, "familias": 1e7, "personas": 6e7}
DEFAULT_QUANTITY_MAXIMUM = 1e9
# A facility's capacity (cupos, camas, m²): Bogotá's biggest park is about 4 million m²; above this, a typing error.
MAX_CAPACITY = 1e8


def _year(name, required=True, label=None):
    return Field(name, INTEGER, required=required, minimum=1900, maximum=2100, label=label)


def _money(name, label):
    return Field(name, REAL, minimum=0, label=label, plausible_maximum=MAX_COP)


TABLES = (
    Table("unidad_territorial", geometry="MULTIPOLYGON", label="Unidades territoriales", fields=(
        Field("codigo", required=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("nivel", required=True, domain="nivel_territorial", label="Nivel"),
        Field("codigo_padre", label="Código de la unidad superior"),
    ), unique_together=(("nivel", "codigo"),)),
    Table("manzana", geometry="MULTIPOLYGON", label="Manzanas", fields=(
        Field("codigo", required=True, unique=True, label="Código de manzana"),
        Field("unidad", label="Unidad territorial"),
    )),
    Table("predio", geometry="MULTIPOLYGON", label="Predios", fields=(
        Field("codigo", required=True, unique=True, label="Código de predio"),
        Field("manzana", label="Manzana"),
        Field("area_terreno", REAL, minimum=0, label="Área de terreno (m²)", plausible_maximum=MAX_AREA_M2),
        Field("area_construida", REAL, minimum=0, label="Área construida (m²)", plausible_maximum=MAX_AREA_M2),
        Field("pisos", INTEGER, minimum=0, maximum=200, label="Pisos"),
        Field("uso", domain="uso_predio", label="Uso"),
    )),
    # Population of a block or of a unit, at the level the source gives it (v4: `nivel`, so a UPZ code never meets a
    # localidad code); its age groups are rows of poblacion_edad (core/age_bands.py), not fixed columns.
    Table("poblacion", label="Población", fields=(
        Field("ambito", required=True, label="Ámbito (manzana o unidad)"),
        Field("nivel", required=True, domain="nivel_poblacion", label="Nivel del ámbito"),
        _year("anio", label="Año"),
        Field("poblacion", INTEGER, required=True, minimum=0, label="Población"),
        Field("viviendas", INTEGER, minimum=0, label="Viviendas"),
        Field("hogares", INTEGER, minimum=0, label="Hogares"),
        Field("mujeres", INTEGER, minimum=0, label="Mujeres"),
        Field("hombres", INTEGER, minimum=0, label="Hombres"),
    ), unique_together=(("nivel", "ambito", "anio"),)),
    Table("valor_suelo", label="Valor del suelo", fields=(
        Field("codigo", required=True, label="Código de predio o manzana"),
        Field("nivel", required=True, domain="nivel_valor", default="'predio'", label="Nivel"),
        _year("anio", label="Año"),
        Field("valor_m2", REAL, required=True, minimum=0, label="Valor (COP/m²)", plausible_maximum=MAX_COP_M2),
        Field("fuente", label="Fuente"),
    ), unique_together=(("nivel", "codigo", "anio"),)),
    Table("zonificacion", geometry="MULTIPOLYGON", label="Zonificación", fields=(
        Field("codigo", label="Código"),
        Field("tipo", required=True, domain="tipo_zonificacion", label="Tipo"),
        Field("categoria", required=True, label="Categoría"),
        Field("norma", label="Norma"),
        Field("vigente_desde", DATE, label="Vigente desde"),
    )),
    Table("espacio_publico", geometry="MULTIPOLYGON", label="Espacio público", fields=(
        Field("codigo", label="Código"),
        Field("nombre", label="Nombre"),
        Field("tipo", required=True, domain="tipo_espacio_publico", label="Tipo"),
        Field("efectivo", BOOLEAN, required=True, default="1", label="Espacio público efectivo"),
    )),
    # v5 (observatory of social services, docs/observatorio_servicios.md): a code every report names, capacity as a
    # real number in its unit, the facility's state, its node and the entity that runs it (a code of `entidad`).
    Table("equipamiento", geometry="POINT", label="Equipamientos", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("sector", required=True, domain="sector_equipamiento", label="Sector"),
        Field("capacidad", REAL, minimum=0, label="Capacidad", plausible_maximum=MAX_CAPACITY),
        Field("unidad_capacidad", domain="unidad_capacidad", label="Unidad de la capacidad"),
        Field("estado", required=True, domain="estado_equipamiento", default="'operando'", label="Estado"),
        Field("naturaleza", domain="naturaleza_equipamiento", label="Naturaleza"),
        Field("nodo", label="Nodo de equipamientos (código)"),
        Field("entidad", label="Entidad que lo administra (código)"),
    ), references=(("reporte_equipamiento", "equipamiento", "codigo"),)),
    Table("amenaza", geometry="MULTIPOLYGON", label="Amenazas", fields=(
        Field("fenomeno", required=True, domain="fenomeno", label="Fenómeno"),
        Field("nivel", required=True, domain="nivel_amenaza", label="Nivel de amenaza"),
        Field("mitigable", BOOLEAN, label="Mitigable"),
    )),
    Table("transporte", geometry="POINT", label="Transporte público", fields=(
        Field("codigo", label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("capacidad", required=True, domain="capacidad_transporte", label="Capacidad"),
    )),
    Table("huella", geometry="MULTIPOLYGON", label="Huella urbana", fields=(
        _year("anio", label="Año de la huella"),
        Field("informal", BOOLEAN, default="0", label="Ocupación informal"),
    )),
    Table("programa", label="Programas", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("objetivo", label="Objetivo del POT"),
    )),
    Table("proyecto", geometry="MULTIPOLYGON", label="Proyectos", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("programa", required=True, label="Programa"),
        Field("entidad", required=True, label="Entidad ejecutora"),
        Field("horizonte", required=True, domain="horizonte", label="Horizonte"),
        _year("anio_inicio", label="Año de inicio"),
        _year("anio_fin", label="Año de terminación"),
        Field("meta_descripcion", required=True, label="Meta"),
        Field("meta_unidad", required=True, label="Unidad de la meta"),
        Field("meta_cantidad", REAL, required=True, minimum=0, label="Cantidad de la meta",
              unit_field="meta_unidad"),
        _money("presupuesto", "Presupuesto total (COP)"),
    ), references=(("avance", "proyecto", "codigo"), ("presupuesto_anual", "proyecto", "codigo")),
        checks=('"anio_fin" >= "anio_inicio"',)),
    Table("presupuesto_anual", label="Presupuesto anual", fields=(
        Field("proyecto", required=True, label="Proyecto"),
        _year("anio", label="Año"),
        Field("valor_asignado", REAL, required=True, minimum=0, label="Valor asignado (COP)",
              plausible_maximum=MAX_COP),
    ), unique_together=(("proyecto", "anio"),)),
    Table("avance", label="Avance de proyectos", append_only=True, fields=(
        Field("proyecto", required=True, label="Proyecto"),
        Field("periodo", required=True, pattern="[12][0-9][0-9][0-9]-S[12]", label="Periodo (AAAA-S1/S2)"),
        Field("fecha_corte", DATE, required=True, label="Fecha de corte", happened=True),
        Field("avance_fisico", REAL, required=True, minimum=0, label="Avance físico acumulado (unidades de la meta)",
              plausible_maximum=DEFAULT_QUANTITY_MAXIMUM),
        _money("inversion", "Inversión acumulada (COP)"),
        Field("estado_reportado", required=True, domain="estado_reportado", label="Estado reportado"),
        Field("observaciones", label="Observaciones"),
        Field("evidencia", label="Evidencia"),
        Field("reportado_por", label="Reportado por"),
        Field("registrado_en", DATETIME, required=True,
              default="(strftime('%Y-%m-%dT%H:%M:%fZ','now'))", label="Registrado en"),
        Field("reemplaza", INTEGER, label="Corrige el reporte (fid)"),
    )),
    Table("indicador", label="Indicadores", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("dimension", required=True, domain="dimension", label="Dimensión"),
        Field("calculadora", label="Calculadora"),
        Field("parametros", label="Parámetros (JSON)"),
        Field("unidad", label="Unidad"),
        Field("polaridad", required=True, domain="polaridad", default="'positiva'", label="Polaridad"),
        Field("anio_base", INTEGER, minimum=1900, maximum=2100, label="Año de línea base"),
        Field("valor_base", REAL, label="Valor de línea base"),
        Field("meta_corto", REAL, label="Meta de corto plazo"),
        Field("meta_mediano", REAL, label="Meta de mediano plazo"),
        Field("meta_largo", REAL, label="Meta de largo plazo"),
        Field("periodicidad", domain="periodicidad", default="'semestral'", label="Periodicidad"),
        Field("fuente", label="Fuente"),
    )),
    Table("medicion", label="Mediciones", fields=(
        Field("indicador", required=True, label="Indicador"),
        Field("periodo", required=True, label="Periodo"),
        Field("nivel", required=True, domain="nivel_medicion", label="Nivel"),
        Field("ambito", required=True, label="Ámbito"),
        Field("valor", REAL, label="Valor"),
        Field("numerador", REAL, label="Numerador"),
        Field("denominador", REAL, label="Denominador"),
        Field("nota", label="Nota"),
        Field("calculado_en", DATETIME, required=True,
              default="(strftime('%Y-%m-%dT%H:%M:%fZ','now'))", label="Calculado en"),
        Field("parametros", label="Parámetros usados (JSON)"),
    ), unique_together=(("indicador", "periodo", "nivel", "ambito"),)),
)

_NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

# Schema v2: field control of informal occupations (docs/control_ocupaciones.md).
FIELD_CONTROL_TABLES = (
    Table("alerta_ocupacion", geometry="MULTIPOLYGON", label="Alertas de ocupación", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("motivo", required=True, domain="motivo_alerta", label="Motivo principal"),
        Field("motivos", label="Todos los motivos"),
        Field("unidad", label="Unidad territorial"),
        Field("area_m2", REAL, minimum=0, label="Área (m²)", plausible_maximum=MAX_AREA_M2),
        Field("prioridad", REAL, required=True, minimum=0, maximum=100, default="0", label="Prioridad (0–100)"),
        Field("detectada_en", DATE, required=True, label="Detectada en", happened=True),
        Field("ultima_deteccion", DATE, label="Última detección", happened=True),
        Field("anio_huella", INTEGER, label="Año de la huella"),
        Field("estado", required=True, domain="estado_alerta", default="'detectada'", label="Estado"),
        Field("version", INTEGER, required=True, minimum=1, default="1", label="Versión de la geometría"),
        Field("ultimo_paquete", label="Último paquete de campo"),
    ), references=(("visita", "alerta", "codigo"), ("accion_control", "alerta", "codigo"))),
    # Every geometry an alert has had: the first detection and each redrawing in the field.
    Table("alerta_version", geometry="MULTIPOLYGON", label="Versiones de alertas", append_only=True, fields=(
        Field("alerta", required=True, label="Alerta"),
        Field("version", INTEGER, required=True, minimum=1, label="Versión"),
        Field("origen", required=True, domain="origen_geometria", label="Origen"),
        Field("paquete", label="Paquete de campo"),
        Field("registrado_en", DATETIME, required=True, default=_NOW, label="Registrado en"),
    ), unique_together=(("alerta", "version"),)),
    Table("visita", geometry="POINT", label="Visitas de campo", append_only=True, fields=(
        Field("uuid", required=True, label="Identificador (del teléfono)"),
        Field("version", INTEGER, required=True, minimum=1, default="1", label="Versión"),
        Field("alerta", required=True, label="Alerta"),
        Field("fecha_hora", DATETIME, required=True, label="Fecha y hora", happened=True),
        Field("inspector", required=True, label="Inspector"),
        Field("hallazgo", required=True, domain="hallazgo", label="Hallazgo"),
        Field("ocupacion", domain="ocupacion", label="Ocupación"),
        Field("viviendas_estimadas", INTEGER, minimum=0, maximum=10000, label="Viviendas estimadas"),
        Field("observaciones", label="Observaciones"),
        Field("foto_1", label="Foto 1"),
        Field("foto_2", label="Foto 2"),
        Field("foto_3", label="Foto 3"),
        Field("precision_gps_m", REAL, minimum=0, label="Precisión GPS (m)", plausible_maximum=100_000),
        Field("paquete", label="Paquete de campo"),
        Field("corrige", INTEGER, label="Corrige la visita (fid)"),
        Field("registrado_en", DATETIME, required=True, default=_NOW, label="Registrado en"),
    ), unique_together=(("uuid", "version"),)),
    # Photos copied into <expediente>_evidencias/ with their checksum.
    Table("foto_visita", label="Fotos de visitas", append_only=True, fields=(
        Field("visita", required=True, label="Visita (uuid)"),
        Field("ruta", required=True, unique=True, label="Ruta (relativa al expediente)"),
        Field("sha256", required=True, label="Suma SHA-256"),
        Field("bytes", INTEGER, required=True, minimum=0, label="Tamaño (bytes)"),
    )),
    Table("accion_control", label="Acciones de control", append_only=True, fields=(
        Field("alerta", required=True, label="Alerta"),
        Field("tipo", required=True, domain="tipo_accion", label="Tipo de acción"),
        Field("entidad", required=True, label="Entidad"),
        Field("fecha", DATE, required=True, label="Fecha", happened=True),
        Field("numero_actuacion", label="Número de actuación"),
        Field("estado", required=True, domain="estado_accion", default="'en_tramite'", label="Estado"),
        Field("observaciones", label="Observaciones"),
        Field("registrado_en", DATETIME, required=True, default=_NOW, label="Registrado en"),
    )),
)
TABLES = TABLES + FIELD_CONTROL_TABLES

# Schema v3: the evaluation half of the expediente (archive, structure of the plan, sufficiency,
# articulation, milestones, evaluation of objectives, DOFA).
EVALUATION_TABLES = (
    Table("documento", label="Archivo técnico e histórico", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("titulo", required=True, label="Título"),
        Field("tipo", required=True, domain="tipo_documento", label="Tipo"),
        Field("numero", label="Número"),
        Field("fecha", DATE, label="Fecha", happened=True),
        Field("entidad", label="Entidad que lo expide"),
        Field("ruta", label="Archivo (relativo al expediente) o URL"),
        Field("componente", domain="componente_pot", label="Componente del POT"),
        Field("vigente", BOOLEAN, required=True, default="1", label="Vigente"),
        Field("articulos", label="Artículos o planchas que cubre"),
        Field("escala", label="Escala (planos)"),
        Field("capa", label="Capa del expediente relacionada (planos)"),
    )),
    Table("elemento_plan", label="Estructura del plan", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("tipo", required=True, domain="tipo_elemento", label="Tipo"),
        Field("nombre", required=True, label="Nombre"),
        Field("descripcion", label="Descripción"),
        Field("padre", label="Depende de (código)"),
        Field("componente", domain="componente_pot", label="Componente"),
        Field("sistema", domain="sistema_estructurante", label="Sistema estructurante"),
        Field("articulo", label="Artículo del acto de adopción"),
    )),
    # Strategies to programs and projects, objectives to indicators; a project serves one or more objectives.
    Table("vinculo_plan", label="Articulación fines–medios", fields=(
        Field("elemento", required=True, label="Elemento del plan"),
        Field("tipo", required=True, domain="tipo_vinculo", label="Se vincula con"),
        Field("codigo", required=True, label="Código del programa, proyecto o indicador"),
        Field("articulo", label="Artículo del acto de adopción"),
    ), unique_together=(("elemento", "tipo", "codigo"),)),
    Table("indicador_proyecto", label="Indicadores de proyectos", fields=(
        Field("indicador", required=True, label="Indicador"),
        Field("proyecto", required=True, label="Proyecto"),
    ), unique_together=(("indicador", "proyecto"),)),
    Table("hito", label="Hitos de proyectos", fields=(
        Field("proyecto", required=True, label="Proyecto"),
        Field("fecha", DATE, required=True, label="Fecha"),
        Field("avance_esperado", REAL, required=True, minimum=0,
              label="Avance acumulado esperado (unidades de la meta)", plausible_maximum=DEFAULT_QUANTITY_MAXIMUM),
        Field("descripcion", label="Descripción"),
    ), unique_together=(("proyecto", "fecha"),)),
    Table("requisito_suficiencia", label="Requisitos de contenido del plan", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("tipos_plan", required=True, label="Tipos de plan que lo exigen"),
        Field("componente", required=True, label="Componente"),
        Field("contenido", required=True, label="Contenido exigido"),
        Field("fuente", required=True, label="Fuente legal"),
    )),
    Table("evaluacion_suficiencia", label="Análisis de suficiencia", fields=(
        Field("requisito", required=True, label="Requisito"),
        _year("anio", label="Año"),
        Field("estado", required=True, domain="estado_requisito", label="Estado"),
        Field("documento", label="Documento donde se encuentra"),
        Field("articulo", label="Artículo o sección"),
        Field("observaciones", label="Observaciones"),
    ), unique_together=(("requisito", "anio"),)),
    Table("evaluacion_objetivo", label="Evaluación de objetivos", fields=(
        Field("objetivo", required=True, label="Objetivo"),
        _year("anio", label="Año"),
        Field("pertinencia", label="Pertinencia"),
        Field("eficiencia", label="Eficiencia"),
        Field("eficacia", label="Eficacia"),
        Field("impacto", label="Impacto"),
    ), unique_together=(("objetivo", "anio"),)),
    Table("dofa", label="DOFA", fields=(
        Field("tipo", required=True, domain="tipo_dofa", label="Tipo"),
        Field("ambito", required=True, domain="ambito_dofa", label="Ámbito"),
        Field("descripcion", required=True, label="Descripción"),
        Field("elemento", label="Objetivo relacionado"),
        Field("hallazgo", label="Hallazgo relacionado"),
        _year("anio", label="Año"),
    )),
)
TABLES = TABLES + EVALUATION_TABLES

# Schema v4: population by level with its age bands (issue 16); this round's other issues add their tables to V4_TABLES
# (after the ones they refer to), and the v3 -> v4 upgrade (store/gpkg.py, store/postgis.py: _to_v4) creates them.
POPULATION_TABLES = (
    # The age groups a population row carries, one row per band (and sex): DANE's five-year bands, the broad
    # groups entities publish (0–14/15–59/60+, 0–14/15–64/65+), or any other. core/age_bands.py aggregates them to
    # any age range. Keyed to its population row (nivel, ambito, anio); edad_hasta empty = "and older".
    Table("poblacion_edad", label="Población por grupos de edad", fields=(
        Field("ambito", required=True, label="Ámbito (manzana o unidad)"),
        Field("nivel", required=True, domain="nivel_poblacion", label="Nivel del ámbito"),
        _year("anio", label="Año"),
        Field("sexo", required=True, domain="sexo", default="'total'", label="Sexo"),
        Field("edad_desde", INTEGER, required=True, minimum=0, maximum=130, label="Edad desde (años cumplidos)"),
        Field("edad_hasta", INTEGER, minimum=0, maximum=130, label="Edad hasta (inclusive; vacío: y más)"),
        Field("personas", INTEGER, required=True, minimum=0, label="Personas"),
    ), unique_together=(("nivel", "ambito", "anio", "sexo", "edad_desde"),),
        checks=('"edad_hasta" IS NULL OR "edad_hasta" >= "edad_desde"',)),
)
V4_TABLES = POPULATION_TABLES
TABLES = TABLES + V4_TABLES

# Schema v5 (issues 21–24): the register of the entities that execute projects, run facilities, hold participation
# plans and receive obligations, then the observatories' and participation's tables, each issue adding its own to
# V5_TABLES after the ones they refer to; the v4 -> v5 upgrade (store/gpkg.py, store/postgis.py: _to_v5) creates them.
# Older tables name an entity by its name (proyecto.entidad…): the upgrade registers every name in use.
ENTITY_TABLES = (
    Table("entidad", label="Entidades", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, unique=True, label="Nombre"),
        Field("sigla", label="Sigla"),
        Field("tipo", domain="tipo_entidad", label="Tipo de entidad"),
        Field("sector", label="Sector administrativo"),
    )),
)
# Participation, technical assistance and commitments (issue 21; docs/participacion.md): counts of people, never
# attendance lists. A plan period is a year, a semester or a four-month term as entities report (2025-C1…C3);
# core/participation.py rolls them up.
PARTICIPATION_PERIOD = "[12][0-9][0-9][0-9]*"  # 2025, 2025-S1, 2025-C2 (checked in full by core/participation.py)
_ATTENDEES = '(coalesce("mujeres", 0) + coalesce("hombres", 0) + coalesce("otras_identidades", 0))'
PARTICIPATION_TABLES = (
    # A place where the activity happened; an activity without one is placed at its unit's representative point.
    Table("actividad_participacion", geometry="POINT", label="Actividades de participación", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("tipo", required=True, domain="tipo_actividad_participacion", label="Tipo"),
        Field("tema", required=True, domain="tema_participacion", label="Tema"),
        Field("etapa", required=True, domain="etapa_participacion", label="Etapa"),
        Field("nivel", required=True, domain="nivel_territorial", label="Escala (nivel territorial)"),
        Field("unidad", label="Unidad territorial"),
        Field("dependencia", required=True, label="Dependencia (código de entidad)"),
        Field("proyecto", label="Proyecto relacionado"),
        Field("instrumento", label="Instrumento relacionado"),
        Field("fecha", DATE, required=True, label="Fecha"),
        Field("modalidad", required=True, domain="modalidad_participacion", default="'presencial'",
              label="Modalidad"),
        Field("estado", required=True, domain="estado_actividad", default="'programada'", label="Estado"),
        Field("enfoque_genero", BOOLEAN, required=True, default="0", label="Con enfoque de género"),
        Field("enfoque_diferencial", BOOLEAN, required=True, default="0", label="Con enfoque diferencial"),
        Field("enfoque_territorial", BOOLEAN, required=True, default="0", label="Con enfoque territorial"),
        Field("mujeres", INTEGER, minimum=0, maximum=1_000_000, label="Asistentes mujeres"),
        Field("hombres", INTEGER, minimum=0, maximum=1_000_000, label="Asistentes hombres"),
        Field("otras_identidades", INTEGER, minimum=0, maximum=1_000_000,
              label="Asistentes de otras identidades o que no informan"),
        Field("victimas", INTEGER, minimum=0, maximum=1_000_000, label="De ellos, víctimas del conflicto"),
        Field("etnicos", INTEGER, minimum=0, maximum=1_000_000, label="De ellos, de grupos étnicos"),
        Field("discapacidad", INTEGER, minimum=0, maximum=1_000_000, label="De ellos, personas con discapacidad"),
        Field("evaluaciones_aplicadas", INTEGER, minimum=0, maximum=1_000_000,
              label="Evaluaciones de satisfacción aplicadas"),
        Field("satisfaccion_media", REAL, minimum=1, maximum=5, label="Satisfacción media (1–5)"),
        Field("documento", label="Ayuda de memoria (código en el archivo)"),
        Field("conclusiones", label="Conclusiones"),
        Field("lecciones", label="Lecciones aprendidas"),
    ), references=(("compromiso", "actividad", "codigo"), ("asistencia_edad", "actividad", "codigo")),
        checks=('"nivel" = \'municipio\' OR "unidad" IS NOT NULL',
                f'coalesce("evaluaciones_aplicadas", 0) <= {_ATTENDEES}',
                f'coalesce("victimas", 0) <= {_ATTENDEES} AND coalesce("etnicos", 0) <= {_ATTENDEES} '
                f'AND coalesce("discapacidad", 0) <= {_ATTENDEES}')),
    # Attendance by age, in declared bands (core/age_bands.py): one row per band of an activity.
    Table("asistencia_edad", label="Asistencia por grupos de edad", fields=(
        Field("actividad", required=True, label="Actividad"),
        Field("edad_desde", INTEGER, required=True, minimum=0, maximum=130, label="Edad desde (años cumplidos)"),
        Field("edad_hasta", INTEGER, minimum=0, maximum=130, label="Edad hasta (inclusive; vacío: y más)"),
        Field("personas", INTEGER, required=True, minimum=0, maximum=1_000_000, label="Personas"),
    ), unique_together=(("actividad", "edad_desde"),),
        checks=('"edad_hasta" IS NULL OR "edad_hasta" >= "edad_desde"',)),
    # Programmed and executed products of a dependency's participation plan, by line and period, as entities report.
    Table("plan_participacion", label="Plan de participación", fields=(
        Field("dependencia", required=True, label="Dependencia (código de entidad)"),
        Field("linea", required=True, label="Línea de actividad"),
        Field("periodo", required=True, pattern=PARTICIPATION_PERIOD, label="Periodo (2025, 2025-S1, 2025-C1)"),
        Field("programadas", INTEGER, required=True, minimum=0, maximum=1_000_000, label="Programadas"),
        Field("ejecutadas", INTEGER, minimum=0, maximum=1_000_000, label="Ejecutadas"),
        Field("observaciones", label="Observaciones"),
    ), unique_together=(("dependencia", "linea", "periodo"),)),
    # A commitment made to citizens at an activity; its states are the append-only history compromiso_estado.
    Table("compromiso", label="Compromisos con la ciudadanía", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("actividad", required=True, label="Actividad donde se adquirió"),
        Field("descripcion", required=True, label="Descripción"),
        Field("entidad_responsable", required=True, label="Entidad responsable (código)"),
        Field("competencia_oficina", BOOLEAN, required=True, default="1",
              label="Es competencia de la oficina de planeación"),
        Field("fecha_limite", DATE, label="Fecha límite"),
    ), references=(("compromiso_estado", "compromiso", "codigo"),)),
    Table("compromiso_estado", label="Estado de compromisos", append_only=True, fields=(
        Field("compromiso", required=True, label="Compromiso"),
        Field("estado", required=True, domain="estado_compromiso", label="Estado"),
        Field("fecha", DATE, required=True, label="Fecha", happened=True),
        Field("avance", REAL, minimum=0, maximum=100, label="Avance (%)"),
        Field("nota", label="Nota"),
        Field("evidencia", label="Evidencia"),
        Field("registrado_en", DATETIME, required=True, default=_NOW, label="Registrado en"),
    ), unique_together=(("compromiso", "fecha", "estado"),)),
)
# Heritage (issue 24, docs/patrimonio.md): the observatory of heritage and the banco de experiencias. Inspections come
# from QField like occupation visits (append-only, known by the phone's uuid, a correction is the next version), their
# photos in foto_inspeccion as visits keep theirs. A private owner's name is never published (open data, minisite).
HERITAGE_TABLES = (
    Table("bien_patrimonial", geometry="POINT", label="Bienes de interés cultural", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("ambito", required=True, domain="ambito_patrimonio", label="Ámbito de la declaratoria"),
        Field("categoria", required=True, domain="categoria_patrimonio", label="Categoría"),
        Field("acto_declaratorio", label="Acto de declaratoria"),
        Field("nivel_conservacion", domain="nivel_conservacion", label="Nivel de conservación"),
        Field("uso", label="Uso actual"),
        Field("tipo_propietario", required=True, domain="tipo_propietario", label="Tipo de propietario"),
        Field("propietario", label="Propietario (no se publica si es privado)"),
        Field("direccion", label="Dirección"),
        Field("unidad", label="Unidad territorial"),
        Field("ultimo_paquete", label="Último paquete de campo"),
    ), references=(("inspeccion_patrimonio", "bien", "codigo"), ("intervencion_patrimonio", "bien", "codigo"))),
    Table("inspeccion_patrimonio", geometry="POINT", label="Inspecciones de patrimonio", append_only=True, fields=(
        Field("uuid", required=True, label="Identificador (del teléfono)"),
        Field("version", INTEGER, required=True, minimum=1, default="1", label="Versión"),
        Field("bien", required=True, label="Bien de interés cultural"),
        Field("fecha_hora", DATETIME, required=True, label="Fecha y hora", happened=True),
        Field("inspector", required=True, label="Inspector"),
        Field("estado", required=True, domain="estado_conservacion", label="Estado de conservación"),
        Field("abandono", BOOLEAN, required=True, default="0", label="Amenaza: abandono"),
        Field("intervencion_sin_licencia", BOOLEAN, required=True, default="0",
              label="Amenaza: intervención sin licencia"),
        Field("grafiti", BOOLEAN, required=True, default="0", label="Amenaza: grafiti"),
        Field("cerramiento", BOOLEAN, required=True, default="0", label="Amenaza: cerramiento"),
        Field("otra_amenaza", label="Otra amenaza"),
        Field("observaciones", label="Observaciones"),
        Field("foto_1", label="Foto 1"),
        Field("foto_2", label="Foto 2"),
        Field("foto_3", label="Foto 3"),
        Field("precision_gps_m", REAL, minimum=0, label="Precisión GPS (m)", plausible_maximum=100_000),
        Field("paquete", label="Paquete de campo"),
        Field("corrige", INTEGER, label="Corrige la inspección (fid)"),
        Field("registrado_en", DATETIME, required=True, default=_NOW, label="Registrado en"),
    ), unique_together=(("uuid", "version"),)),
    Table("foto_inspeccion", label="Fotos de inspecciones", append_only=True, fields=(
        Field("inspeccion", required=True, label="Inspección (uuid)"),
        Field("ruta", required=True, unique=True, label="Ruta (relativa al expediente)"),
        Field("sha256", required=True, label="Suma SHA-256"),
        Field("bytes", INTEGER, required=True, minimum=0, label="Tamaño (bytes)"),
    )),
    # The PEMP's affected area and influence zone (Ley 1185 de 2008, art. 7), or a PEMP's whole scope as a zoning
    # gives it.
    Table("zona_influencia_patrimonio", geometry="MULTIPOLYGON", label="Zonas de influencia de BIC", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("tipo", required=True, domain="tipo_zona_patrimonio", label="Tipo"),
        Field("bien", label="Bien de interés cultural"),
        Field("norma", label="Acto que la adopta (PEMP)"),
        Field("vigente_desde", DATE, label="Vigente desde"),
    )),
    # Works on an asset: licensed (licencia) or found without one (con_licencia false).
    Table("intervencion_patrimonio", label="Intervenciones en BIC", fields=(
        Field("bien", required=True, label="Bien de interés cultural"),
        Field("tipo", required=True, domain="tipo_intervencion", label="Tipo de intervención"),
        Field("con_licencia", BOOLEAN, required=True, label="Con licencia o autorización"),
        Field("licencia", label="Número de licencia o autorización"),
        Field("entidad", label="Entidad que autoriza o ejecuta"),
        Field("fecha_inicio", DATE, required=True, label="Fecha de inicio", happened=True),
        Field("fecha_fin", DATE, label="Fecha de terminación"),
        Field("estado", required=True, domain="estado_intervencion", label="Estado"),
        Field("observaciones", label="Observaciones"),
    ), checks=('NOT "con_licencia" OR "licencia" IS NOT NULL', '"fecha_fin" IS NULL OR "fecha_fin" >= "fecha_inicio"')),
    # A traditional or productive activity of a neighbourhood; anio_cierre empty = still present.
    Table("actividad_tradicional", geometry="POINT", label="Actividades tradicionales", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre del establecimiento o actividad"),
        Field("actividad", required=True, label="Actividad económica"),
        Field("desde", INTEGER, minimum=1500, maximum=2100, label="Presente desde (año)"),
        _year("anio_registro", label="Año en que entró a la línea base"),
        Field("anio_cierre", INTEGER, minimum=1900, maximum=2100, label="Año en que dejó de estar (vacío: sigue)"),
        Field("unidad", label="Unidad territorial"),
        Field("observaciones", label="Observaciones"),
    ), checks=('"anio_cierre" IS NULL OR "anio_cierre" >= "anio_registro"',)),
    # The banco de experiencias: protecting original owners and traditional activities in renewal and large projects.
    Table("experiencia", label="Banco de experiencias", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("titulo", required=True, label="Título"),
        Field("proyecto", required=True, label="Proyecto u operación"),
        _year("anio", label="Año"),
        Field("entidad", label="Entidad responsable"),
        Field("beneficiarios", required=True, domain="beneficiarios_experiencia", label="A quién protegió"),
        Field("estrategia", required=True, label="Estrategia"),
        _money("costo", "Costo (COP)"),
        Field("resultados", required=True, label="Resultados"),
        Field("lecciones", required=True, label="Lecciones aprendidas"),
        Field("documentos", label="Documentos del archivo (códigos, separados por coma)"),
        Field("unidades", label="Unidades territoriales (códigos, separados por coma)"),
    )),
)
# Issue 23: the observatory of instruments (cargas y obligaciones urbanísticas) and investment by territory and
# source (core/instruments.py holds its rules). Receipts and investment are append-only like progress reports: a
# correction is a new row that supersedes an old one (`reemplaza`).
_PROMOTER = (Field("promotor", label="Promotor o titular"),
             Field("tipo_promotor", domain="tipo_promotor", label="Tipo de promotor"))
INSTRUMENT_TABLES = (
    Table("instrumento", geometry="MULTIPOLYGON", label="Instrumentos de planeación, gestión y financiación", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("tipo", required=True, domain="tipo_instrumento", label="Tipo de instrumento"),
        Field("acto", label="Acto que lo adopta o expide (número)"),
        Field("fecha_acto", DATE, label="Fecha del acto", happened=True),
        *_PROMOTER,
        Field("estado", required=True, domain="estado_instrumento", default="'adoptado'", label="Estado"),
        Field("vigente_hasta", DATE, label="Vigente hasta"),
        Field("observaciones", label="Observaciones"),
    ), references=(("obligacion_urbanistica", "instrumento", "codigo"),)),
    # Land is ceded where it lies: an obligation of type suelo has its polygon (and is measured in m²); money is in
    # COP; an obligation in kind (a park built, a facility endowed) in the unit its act gives.
    Table("obligacion_urbanistica", geometry="MULTIPOLYGON", label="Obligaciones urbanísticas", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("instrumento", required=True, label="Instrumento"),
        Field("tipo", required=True, domain="tipo_obligacion", label="Tipo (suelo, especie, dinero)"),
        Field("destino", required=True, domain="destino_obligacion", label="Destino"),
        Field("cantidad", REAL, required=True, minimum=0, label="Cantidad debida", unit_field="unidad"),
        Field("unidad", required=True, domain="unidad_obligacion", label="Unidad"),
        Field("fecha_limite", DATE, label="Fecha límite de cumplimiento"),
        *_PROMOTER,
        Field("descripcion", label="Descripción"),
    ), references=(("recaudo_obligacion", "obligacion", "codigo"),),
        geometry_required_when=("tipo", ("suelo",)),
        checks=('"tipo" <> \'suelo\' OR "geom" IS NOT NULL', '"tipo" <> \'suelo\' OR "unidad" = \'m2\'',
                '"tipo" <> \'dinero\' OR "unidad" = \'cop\'')),
    Table("recaudo_obligacion", label="Recaudo de obligaciones", append_only=True, fields=(
        Field("obligacion", required=True, label="Obligación"),
        Field("fecha", DATE, required=True, label="Fecha de recibo o pago", happened=True),
        Field("cantidad", REAL, required=True, minimum=0, label="Cantidad recibida (unidad de la obligación)",
              plausible_maximum=MAX_COP),
        Field("referencia", required=True, label="Acta de recibo o referencia de pago"),
        Field("proyecto_destino", label="Proyecto del POT al que se destina"),
        Field("documento", label="Documento soporte"),
        Field("observaciones", label="Observaciones"),
        Field("reportado_por", label="Reportado por"),
        Field("registrado_en", DATETIME, required=True, default=_NOW, label="Registrado en"),
        Field("reemplaza", INTEGER, label="Corrige el registro (fid)"),
    )),
    # Private and collaborative actions, located where they happen: licensed works, APP, obras por impuestos,
    # community works.
    Table("actuacion", geometry="POINT", label="Actuaciones privadas y colaborativas", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("tipo", required=True, domain="tipo_actuacion", label="Tipo de actuación"),
        *_PROMOTER,
        Field("instrumento", label="Instrumento (licencia, plan parcial)"),
        Field("programa", label="Programa del POT"),
        _year("anio_inicio", required=False, label="Año de inicio"),
        Field("estado", domain="estado_actuacion", label="Estado"),
        Field("descripcion", label="Descripción"),
    ), references=(("inversion", "actuacion", "codigo"),)),
    # Investment executed in a year by source, of a POT project or of an action (one of the two), with the DNP's
    # identifiers where they exist: BPIN (Banco de Programas y Proyectos de Inversión) and the CCPET funding source.
    Table("inversion", label="Inversión por fuente", append_only=True, fields=(
        Field("proyecto", label="Proyecto del POT"),
        Field("actuacion", label="Actuación"),
        _year("anio", label="Año"),
        Field("fuente", required=True, domain="fuente_inversion", label="Fuente"),
        Field("bpin", label="BPIN"),
        Field("fuente_ccpet", label="Fuente de financiación (CCPET)"),
        Field("valor", REAL, required=True, minimum=0, label="Valor ejecutado en el año (COP)",
              plausible_maximum=MAX_COP),
        Field("entidad", label="Entidad que reporta"),
        Field("observaciones", label="Observaciones"),
        Field("reportado_por", label="Reportado por"),
        Field("registrado_en", DATETIME, required=True, default=_NOW, label="Registrado en"),
        Field("reemplaza", INTEGER, label="Corrige el registro (fid)"),
    ), checks=('("proyecto" IS NULL) <> ("actuacion" IS NULL)',)),
)
DOMAINS.update({
    "tipo_instrumento": {
        "plan_parcial": "Plan parcial", "licencia_urbanistica": "Licencia urbanística",
        "unidad_actuacion": "Unidad de actuación urbanística", "plan_regularizacion": "Plan de regularización y manejo",
        "plan_implantacion": "Plan de implantación", "anuncio_proyecto": "Anuncio de proyecto",
        "plusvalia": "Participación en plusvalía", "valorizacion": "Contribución de valorización",
        "transferencia_derechos": "Transferencia de derechos de construcción", "otro": "Otro",
    },
    "estado_instrumento": {
        "formulacion": "En formulación", "adoptado": "Adoptado o expedido", "en_ejecucion": "En ejecución",
        "liquidado": "Ejecutado y liquidado", "vencido": "Vencido", "negado": "Negado o desistido",
    },
    "tipo_promotor": {"persona_natural": "Persona natural", "persona_juridica": "Persona jurídica",
                      "entidad_publica": "Entidad pública"},
    "tipo_obligacion": {"suelo": "Cesión de suelo", "especie": "En especie (construcción o dotación)",
                        "dinero": "Pago en dinero"},
    "destino_obligacion": {"vias": "Vías", "espacio_publico": "Espacio público", "equipamiento": "Equipamiento",
                           "vivienda_social": "Vivienda social", "otro": "Otro"},
    "unidad_obligacion": {"m2": "m²", "cop": "COP", "unidades": "Unidades"},
    "fuente_inversion": {
        "publica": "Pública (recursos propios y transferencias)", "privada": "Privada",
        "colaborativa": "Colaborativa (comunidad, alianzas)", "cooperacion": "Cooperación internacional",
        "regalias": "Sistema General de Regalías", "otra": "Otra",
    },
    "tipo_actuacion": {
        "obra_licenciada": "Obra licenciada", "app": "Asociación público-privada (APP)",
        "obras_por_impuestos": "Obras por impuestos", "obra_comunitaria": "Obra comunitaria", "otra": "Otra",
    },
    "estado_actuacion": {"programada": "Programada", "en_ejecucion": "En ejecución", "terminada": "Terminada"},
})
# The observatory of social services (issue 22, docs/observatorio_servicios.md): nodes of facilities and the entities'
# append-only semiannual report of each facility (a correction is a new row that `reemplaza` the old one). In v5 users
# by age were fixed columns of the report, in the life-course groups of Colombian social policy (primera infancia
# 0–5, infancia 6–11, adolescencia 12–17, juventud 18–28, adultez 29–59, vejez 60+); v6 reports them in the age bands
# the population declares, as rows of reporte_equipamiento_edad, and the v5 -> v6 upgrade turns the old columns'
# values into such rows and drops the columns. USER_AGE_GROUPS stays: the v5 columns the upgrade reads, and the bands
# of a template when the expediente's population declares none (core/service_reports.py).
USER_AGE_GROUPS = ((0, 5), (6, 11), (12, 17), (18, 28), (29, 59), (60, None))


def user_age_column(desde, hasta):
    """'usuarios_0_4', 'usuarios_80_mas': a template's column of users in a band (and v5's fixed columns)."""
    return f"usuarios_{desde}_{'mas' if hasta is None else hasta}"


SERVICES_TABLES = (
    Table("nodo_equipamiento", geometry="MULTIPOLYGON", label="Nodos de equipamientos", fields=(
        Field("codigo", required=True, unique=True, label="Código"),
        Field("nombre", required=True, label="Nombre"),
        Field("gestor", label="Entidad gestora (código)"),
        Field("estado", required=True, domain="estado_nodo", default="'propuesto'", label="Estado"),
        Field("proyecto", label="Proyecto del POT (código)"),
        Field("observaciones", label="Observaciones"),
    )),
    Table("reporte_equipamiento", label="Reportes de equipamientos", append_only=True, fields=(
        Field("equipamiento", required=True, label="Equipamiento"),
        Field("periodo", required=True, pattern="[12][0-9][0-9][0-9]-S[12]", label="Periodo (AAAA-S1/S2)"),
        Field("fecha_corte", DATE, required=True, label="Fecha de corte", happened=True),
        Field("capacidad", REAL, minimum=0, label="Capacidad en el periodo", plausible_maximum=MAX_CAPACITY),
        Field("capacidad_en_uso", REAL, minimum=0, label="Capacidad en uso", plausible_maximum=MAX_CAPACITY),
        Field("usuarios", INTEGER, required=True, minimum=0, label="Usuarios atendidos"),
        Field("usuarios_mujeres", INTEGER, minimum=0, label="Usuarias (mujeres)"),
        Field("usuarios_hombres", INTEGER, minimum=0, label="Usuarios (hombres)"),
        Field("observaciones", label="Observaciones"),
        Field("reportado_por", label="Reportado por"),
        Field("registrado_en", DATETIME, required=True, default=_NOW, label="Registrado en"),
        Field("reemplaza", INTEGER, label="Corrige el reporte (fid)"),
    ), references=(("reporte_equipamiento_edad", "reporte", "fid"),)),
)
V5_TABLES = ENTITY_TABLES + PARTICIPATION_TABLES + HERITAGE_TABLES + INSTRUMENT_TABLES + SERVICES_TABLES
TABLES = TABLES + V5_TABLES

# Schema v6 (issue 22): the street network. When the expediente has streets, the services observatory's E2SFCA
# measures distances along them (core/indicators/street_network.py) instead of in a straight line. Segments as the
# malla vial publishes them: a code per segment where the source has one (a road's segments may share it), the
# road's name, its type, its direction of traffic. The v5 -> v6 upgrade (store/gpkg.py, store/postgis.py: _to_v6)
# creates V6_TABLES.
DOMAINS["tipo_via"] = {
    "arterial": "Arterial", "intermedia": "Intermedia", "local": "Local", "peatonal": "Peatonal",
    "ciclorruta": "Ciclorruta", "rural": "Rural", "otra": "Otra",
}
DOMAINS["sentido_via"] = {"doble": "Doble sentido", "directo": "En el sentido del trazado",
                          "inverso": "Contra el sentido del trazado"}
STREET_TABLES = (
    Table("via", geometry="MULTILINESTRING", label="Malla vial", fields=(
        Field("codigo", label="Código del tramo"),
        Field("nombre", label="Nombre"),
        Field("tipo", required=True, domain="tipo_via", default="'local'", label="Tipo de vía"),
        Field("sentido", domain="sentido_via", label="Sentido de circulación"),
    )),
)
# Users of a facility's report by age, in the bands the population declares (core/age_bands.py): one row per band of
# a report, append-only like the report (a correction is a new report with bands of its own).
SERVICE_AGE_TABLES = (
    Table("reporte_equipamiento_edad", label="Usuarios de equipamientos por grupos de edad", append_only=True, fields=(
        Field("reporte", INTEGER, required=True, label="Reporte (fid de reporte_equipamiento)"),
        Field("edad_desde", INTEGER, required=True, minimum=0, maximum=130, label="Edad desde (años cumplidos)"),
        Field("edad_hasta", INTEGER, minimum=0, maximum=130, label="Edad hasta (inclusive; vacío: y más)"),
        Field("usuarios", INTEGER, required=True, minimum=0, label="Usuarios atendidos"),
    ), unique_together=(("reporte", "edad_desde"),),
        checks=('"edad_hasta" IS NULL OR "edad_hasta" >= "edad_desde"',)),
)
V6_TABLES = STREET_TABLES + SERVICE_AGE_TABLES
TABLES = TABLES + V6_TABLES

TABLES_BY_NAME = {t.name: t for t in TABLES}

# The store's own record: schema version, municipality, CRS.
INFO_TABLE = "expediente"


def table(name):
    try:
        return TABLES_BY_NAME[name]
    except KeyError:
        from .errors import SchemaError
        from .i18n import tr
        raise SchemaError(tr("Unknown table '{name}'. Tables: {tables}.").format(
            name=name, tables=", ".join(TABLES_BY_NAME))) from None
