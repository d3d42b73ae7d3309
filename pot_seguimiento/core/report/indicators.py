"""Section "indicadores": each indicator's values by unit and for the municipality in the period, its
traffic light against the baseline and the target of every horizon, and its time series."""
from ..i18n import tr
from ..indicators.assessment import HORIZONS, target_for, traffic_light
from ..indicators.instruments import CALCULATORS as INSTRUMENT_CALCULATORS
from . import territory as shared
from .model import Table, section

# The projects battery has its own pages (projects by state, program summary): no map sheets for it.
PROJECT_BATTERY = ("proyectos_incumplimiento_corto", "proyectos_incumplimiento_mediano",
                   "proyectos_incumplimiento_largo", "proyectos_en_presupuesto", "avance_fisico_ponderado",
                   "ejecucion_financiera", "inversion_per_capita")
DEFINITION = ("nombre", "dimension", "unidad", "polaridad", "anio_base", "valor_base", "meta_corto", "meta_mediano",
              "meta_largo", "periodicidad", "fuente")  # as published in the open data's metadata
FIELD_INDICATORS = ("alertas_ocupacion", "ocupaciones_confirmadas", "ocupaciones_con_accion",
                    "area_ocupacion_informal_proteccion", "area_ocupacion_informal_amenaza")
# The participation battery (core/indicators/participation.py) has its own report and pages: not the atlas's rows.
PARTICIPATION_INDICATORS = ("participantes_priorizacion", "participantes_implementacion", "participantes_seguimiento",
                            "espacios_enfoque_genero", "espacios_enfoque_diferencial", "espacios_enfoque_territorial",
                            "participacion_mujeres", "cumplimiento_plan_participacion", "compromisos_cumplidos",
                            "compromisos_vencidos", "evaluaciones_aplicadas_pct", "talleres_minisitio")


# The observatory of instruments' indicators have their section's pages (report/instruments.py): no map sheets.
INSTRUMENT_INDICATORS = tuple(INSTRUMENT_CALCULATORS)


def mapped(definition):
    """Whether an indicator gets a map sheet (and a map in the minisite): all but the projects battery and the
    participation battery, which have pages of their own (the participation report, its accountability page and the
    minisite's Participación page), and the observatory of instruments' (its section's pages)."""
    return definition["codigo"] not in PROJECT_BATTERY + PARTICIPATION_INDICATORS + INSTRUMENT_INDICATORS and \
        definition.get("dimension") != "proyectos"


def _tables(data):
    rows = [[i["nombre"], i["unidad"], i["base"], i["metas"]["corto"], i["municipio"], i["semaforo_municipio"]["corto"]]
            for i in data]
    return [Table("municipio", tr("Indicators of the municipality"),
                  [tr("Indicator"), tr("Unit"), tr("Baseline"), tr("Target"), tr("Value"), tr("Light")], rows)]


@section("indicadores", lambda: tr("Indicators"), tables=_tables)
def indicators(store, period, level):
    """[{codigo, nombre, unidad, dimension, polaridad, fuente, base, metas {horizon: target}, mapa (bool),
    valores {ambito: valor}, notas {ambito: nota}, programas {program: valor}, municipio (its value),
    municipio_codigo, semaforos {horizon: {ambito: light}}, semaforo_municipio {horizon: light},
    serie {ambito: [[periodo, valor]]} up to the period, definicion (the
    definition's published columns, as stored)}], by code."""
    measured, series = shared.measured(store, level, period), shared.series(store, level, period)
    municipality = shared.territory(store, level, period.year)["municipio_codigo"]
    out = []
    for code, definition in shared.definitions(store).items():
        values, notes, programs = {}, {}, {}
        for _, nivel, ambito, valor, nota in measured.get(code, []):
            if nivel == "programa":
                programs[ambito] = valor
            else:
                values[ambito], notes[ambito] = valor, nota
        polarity = definition.get("polaridad") or "positiva"
        # The municipality's value: its measurement at level "municipio".
        municipal = next((valor for _, nivel, _, valor, _ in measured.get(code, []) if nivel == "municipio"), None)
        timeline = {}
        for periodo, _, ambito, valor, _ in series.get(code, []):
            timeline.setdefault(ambito, []).append([periodo, valor])
        out.append({
            "codigo": code, "nombre": definition["nombre"], "unidad": definition.get("unidad") or "",
            "dimension": definition.get("dimension"), "polaridad": polarity, "fuente": definition.get("fuente"),
            "base": definition.get("valor_base"), "metas": {h: target_for(definition, h) for h in HORIZONS},
            "mapa": mapped(definition), "valores": values, "notas": notes, "programas": programs,
            "municipio": municipal, "municipio_codigo": municipality,
            "semaforo_municipio": {h: traffic_light(municipal, definition.get("valor_base"), target_for(definition, h),
                                                    polarity) for h in HORIZONS},
            "semaforos": {h: {ambito: traffic_light(v, definition.get("valor_base"), target_for(definition, h),
                                                    polarity) for ambito, v in values.items()} for h in HORIZONS},
            "serie": timeline, "definicion": {k: definition.get(k) for k in DEFINITION}})
    return out
