"""The demo's field control: alerts in every state, with the visits and actions that put them there.

Plain data only; generate_demo writes it with the store's field-control functions and draws the
photos. Dates fall in 2025, after the detection of 2025-01-15.
"""
import uuid

import numpy as np

DETECTION_DATE = "2025-01-15"
PACKAGE = "20250120_demo_inspectores"
INSPECTORS = ("Marta Rincón (inspectora, demo)", "Jorge Cárdenas (inspector, demo)")
ENTITY = "Alcaldía Local (demo)"
# What happens to the alerts, most urgent first; the rest stay as detected.
STORIES = ("cerrada", "con_accion", "confirmada", "descartada", "en_visita") * 2
FINDINGS = {"cerrada": "construccion_nueva", "con_accion": "loteo", "confirmada": "ampliacion",
            "descartada": "sin_novedad"}
ACTIONS = {"cerrada": (("suspension_obra", "ejecutada"), ("sellamiento", "ejecutada")),
           "con_accion": (("acta", "ejecutada"), ("querella", "en_tramite"))}
NOTES = {"construccion_nueva": "Vivienda nueva en madera y zinc, sin licencia",
         "loteo": "Loteo con estacas y cerramiento en alambre",
         "ampliacion": "Ampliación de un segundo piso en bloque",
         "sin_novedad": "No se encontró construcción nueva; la huella corresponde a una sombra"}


def plan(codes, points, seed=42):
    """codes and point geometries of alerts, most urgent first -> (visits, actions, packaged codes).

    visits: list of dicts (visita fields + 'geometry' + 'photos': number of photos to draw);
    actions: list of dicts of accion_control fields.
    """
    rng = np.random.default_rng(seed)
    visits, actions, packaged = [], [], []
    for number, (story, code, point) in enumerate(zip(STORIES, codes, points)):
        packaged.append(code)
        if story == "en_visita":
            continue
        finding = FINDINGS[story]
        day = 3 + 2 * number
        visits.append({
            "uuid": "{%s}" % uuid.UUID(int=int(rng.integers(1 << 62)) << 64 | number),
            "version": 1, "alerta": code, "fecha_hora": f"2025-02-{day:02d}T{9 + number % 6:02d}:15:00",
            "inspector": INSPECTORS[number % 2], "hallazgo": finding,
            "ocupacion": None if finding == "sin_novedad" else ("habitada", "en_construccion")[number % 2],
            "viviendas_estimadas": 0 if finding == "sin_novedad" else int(rng.integers(1, 6)),
            "observaciones": NOTES[finding], "precision_gps_m": round(float(rng.uniform(2, 8)), 1),
            "paquete": PACKAGE, "geometry": point, "photos": 1 if finding == "sin_novedad" else 2})
        for step, (kind, state) in enumerate(ACTIONS.get(story, ())):
            actions.append({"alerta": code, "tipo": kind, "entidad": ENTITY,
                            "fecha": f"2025-03-{day + 7 * step:02d}", "numero_actuacion": f"2025-{number + 1:03d}-{step + 1}",
                            "estado": state, "observaciones": None})
    return visits, actions, packaged
