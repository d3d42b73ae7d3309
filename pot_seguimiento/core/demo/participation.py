"""The demo's participation: two years of activities across localidades, UPZ and the whole municipality by five
dependencies, their plans by four-month term (over- and under-executed), and commitments in every state, one of them
reopened after it was kept. Written as the entities' filled templates, so the demo goes through the same validation as
any import (processing/demo_participation.py). Counts only: nobody is named."""
import datetime

import numpy as np

from ..participation import TEMPLATE_BANDS

DEPENDENCIES = ("secretaria_de_planeacion", "secretaria_de_la_mujer", "instituto_de_desarrollo_urbano",
                "secretaria_del_habitat", "oficina_de_gestion_del_riesgo")
# (type, theme, stage, name): what each dependency does, in turn.
_KINDS = (
    ("taller", "proyecto", "priorizacion", "Taller de priorización de proyectos"),
    ("mesa_trabajo", "seguimiento_pot", "seguimiento_evaluacion", "Mesa de seguimiento al POT"),
    ("asistencia_tecnica", "instrumento", "implementacion", "Asistencia técnica a la JAL"),
    ("recorrido", "proyecto", "implementacion", "Recorrido de obra con la comunidad"),
    ("reunion", "riesgo", "priorizacion", "Reunión de gestión del riesgo"),
    ("foro", "norma", "seguimiento_evaluacion", "Foro de norma urbana"),
)
# Plan lines by dependency: (line, programmed in C1, C2, C3 of 2025, execution ratio). Planning programs 69 products
# and executes 78 (113 %), as the annex's example; the others fall short or pass.
PLAN = {
    "secretaria_de_planeacion": (("Talleres y mesas", (12, 10, 8), 1.16), ("Asistencia técnica", (15, 14, 10), 1.1)),
    "secretaria_de_la_mujer": (("Escuelas de liderazgo", (8, 8, 8), 0.75),),
    "instituto_de_desarrollo_urbano": (("Socialización de obras", (10, 12, 10), 0.9),),
    "secretaria_del_habitat": (("Mesas de barrio", (6, 6, 6), 1.0),),
    "oficina_de_gestion_del_riesgo": (("Reuniones comunitarias de riesgo", (5, 5, 4), 0.6),),
}
# Executed in planning's lines: 12+10+8 = 30 programmed, 14+12+9 = 35 executed; 15+14+10 = 39, 17+15+11 = 43:
# 69 programmed, 78 executed.
PLANNING_EXECUTED = {"Talleres y mesas": (14, 12, 9), "Asistencia técnica": (17, 15, 11)}
# (activity index, description, in charge (None: the activity's dependency), office's competence, days to the due
# date, [(state, days after the activity, progress %, note)]).
COMMITMENTS = (
    (0, "Publicar el acta del taller en el minisitio", None, True, 30,
     [("pendiente", 1, 0, None), ("cumplido", 20, 100, None)]),
    (1, "Revisar el trazado del corredor verde con la JAL", "instituto_de_desarrollo_urbano", False, 90,
     [("pendiente", 1, 0, None), ("en_curso", 40, 50, None)]),
    (2, "Entregar la cartografía de amenaza a la comunidad", "oficina_de_gestion_del_riesgo", False, 45,
     [("pendiente", 2, 0, None), ("incumplido", 60, 20, "La cartografía no se actualizó a tiempo")]),
    (3, "Trasladar la queja sobre el colector a la empresa de acueducto", None, False, 30,
     [("pendiente", 1, 0, None), ("trasladado", 10, None, "Radicado en la Empresa de Acueducto")]),
    (4, "Programar un segundo taller en la UPZ", None, True, 60,
     [("pendiente", 1, 0, None), ("cumplido", 35, 100, None),
      ("en_curso", 50, 80, "La comunidad pidió incluir a la vereda vecina")]),
    (6, "Incluir los aportes del foro en el documento de seguimiento", None, True, 40,
     [("pendiente", 1, 0, None), ("cumplido", 30, 100, None)]),
    (7, "Instalar señalización del parque", "instituto_de_desarrollo_urbano", False, 20,
     [("pendiente", 3, 0, None)]),
    (9, "Presentar el avance del plan de vivienda", "secretaria_del_habitat", False, 120,
     [("en_curso", 5, 30, None)]),
    (12, "Publicar los resultados de la consulta", None, True, 15,
     [("pendiente", 1, 0, None), ("cumplido", 14, 100, None)]),
    (15, "Actualizar la ruta de evacuación", "oficina_de_gestion_del_riesgo", False, 30,
     [("pendiente", 1, 0, None)]),
)
TODAY = datetime.date(2025, 11, 28)  # the story's last day: nothing executed after it


def sheets(localidades, upz, seed=42):
    """{kind: [(row number, row)]} as filled templates, for localidad codes and UPZ codes of the demo."""
    rng = np.random.default_rng(seed + 21)
    activities = _activities(rng, list(localidades), list(upz))
    plan = _plan()
    commitments = _commitments(activities)
    return {kind: list(enumerate(rows, start=2)) for kind, rows in
            (("actividades", activities), ("plan", plan), ("compromisos", commitments))}


def _activities(rng, localidades, upz):
    rows = []
    days = [datetime.date(2024, 3, 1) + datetime.timedelta(days=int(d))
            for d in np.sort(rng.choice(np.arange(0, (TODAY - datetime.date(2024, 3, 1)).days), 44, replace=False))]
    for i, day in enumerate(days):
        kind, theme, stage, name = _KINDS[i % len(_KINDS)]
        dependency = DEPENDENCIES[i % len(DEPENDENCIES)]
        if i % 9 == 4:
            level, unit = "municipio", ""
        elif i % 4 == 1:
            level, unit = "upz", upz[int(rng.integers(len(upz)))]
        else:
            level, unit = "localidad", localidades[int(rng.integers(len(localidades)))]
        if i in (5, 17, 29):  # the annex's workshops about the minisite
            kind, theme, name = "taller", "minisitio", "Taller sobre el minisitio del POT"
        state = "cancelada" if i in (11, 33) else "ejecutada"
        row = {"codigo": f"PART-{day.year}-{i + 1:03d}", "nombre": f"{name} ({unit or 'municipio'})", "tipo": kind,
               "tema": theme, "etapa": stage, "nivel": level, "unidad": unit, "dependencia": dependency,
               "fecha": day.isoformat(), "modalidad": ("presencial", "virtual", "mixta")[i % 3 if i % 5 == 0 else 0],
               "estado": state, "enfoque_genero": "si" if dependency == "secretaria_de_la_mujer" or rng.random() < .45
               else "no", "enfoque_diferencial": "si" if rng.random() < .35 else "no",
               "enfoque_territorial": "si" if level != "municipio" and rng.random() < .7 else "no"}
        if state == "ejecutada":
            total = int(rng.integers(12, 90))
            women = int(round(total * rng.uniform(0.42, 0.68)))
            other = int(rng.integers(0, 3))
            men = max(total - women - other, 0)
            total = women + men + other
            shares = rng.dirichlet((1.0, 3.0, 5.0, 2.0)) * total * 0.95  # a few did not give their age
            ages = np.floor(shares).astype(int)
            evaluations = int(round(total * rng.uniform(0.06, 0.22)))
            row.update({"mujeres": women, "hombres": men, "otras_identidades": other,
                        **{band.column(): int(n) for band, n in zip(TEMPLATE_BANDS, ages)},
                        "victimas": int(total * rng.uniform(0, 0.15)), "etnicos": int(total * rng.uniform(0, 0.1)),
                        "discapacidad": int(total * rng.uniform(0, 0.06)), "evaluaciones_aplicadas": evaluations,
                        "satisfaccion_media": round(float(rng.uniform(3.4, 4.8)), 1) if evaluations else None,
                        "conclusiones": "La comunidad priorizó intervenciones de espacio público y movilidad."
                        if stage == "priorizacion" else "Se revisó el avance de los proyectos del sector.",
                        "lecciones": "Convocar con dos semanas de anticipación y en horario nocturno."
                        if i % 3 == 0 else ""})
        rows.append(row)
    for i, (day, kind, theme, stage, name) in enumerate((
            (datetime.date(2025, 12, 10), "audiencia_rendicion_cuentas", "seguimiento_pot", "seguimiento_evaluacion",
             "Audiencia de rendición de cuentas del POT"),
            (datetime.date(2026, 2, 14), "taller", "minisitio", "implementacion", "Taller del minisitio 2026"))):
        rows.append({"codigo": f"PART-{day.year}-P{i + 1:02d}", "nombre": name, "tipo": kind, "tema": theme,
                     "etapa": stage, "nivel": "municipio", "unidad": "", "dependencia": DEPENDENCIES[0],
                     "fecha": day.isoformat(), "estado": "programada", "enfoque_genero": "si",
                     "enfoque_diferencial": "si", "enfoque_territorial": "si"})
    return rows


def _plan():
    rows = []
    for dependency, lines in PLAN.items():
        for line, programmed, ratio in lines:
            done = PLANNING_EXECUTED.get(line) if dependency == DEPENDENCIES[0] else \
                tuple(int(round(p * ratio)) for p in programmed)
            for term, (p, e) in enumerate(zip(programmed, done), start=1):
                rows.append({"dependencia": dependency, "linea": line, "periodo": f"2025-C{term}",
                             "programadas": p, "ejecutadas": e})
    return rows


def _commitments(activities):
    executed = [a for a in activities if a["estado"] == "ejecutada" and a["fecha"] >= "2025-01-01"]
    rows = []
    for n, (index, text, in_charge, own, due, states) in enumerate(COMMITMENTS, start=1):
        activity = executed[index]
        day = datetime.date.fromisoformat(activity["fecha"])
        for state, after, progress, note in states:
            when = min(day + datetime.timedelta(days=after), TODAY)
            rows.append({"compromiso": f"COMP-{n:03d}", "actividad": activity["codigo"], "descripcion": text,
                         "entidad_responsable": in_charge or activity["dependencia"],
                         "competencia_oficina": "si" if own else "no",
                         "fecha_limite": (day + datetime.timedelta(days=due)).isoformat(), "estado": state,
                         "fecha_estado": when.isoformat(), "avance": progress, "nota": note or ""})
    return rows
