"""Indicator definitions of DESIGN.md's batteries, with demo baselines and targets."""
import json

SECTORS = ("educacion", "salud", "cultura", "cuidado", "bienestar", "recreacion", "seguridad")

# code, name, dimension, unit, polarity, baseline year, baseline, short, medium, long target, periodicity, params
_DEFINITIONS = [
    ("epe_hab", "Espacio público efectivo por habitante", "modelo_ocupacion", "m²/hab", "positiva", 2018, 4.1, 5.0, 7.0, 15.0, "anual", {"meta_nacional": 15}),
    ("epe_deficit", "Déficit de espacio público efectivo", "modelo_ocupacion", "m²", "negativa", 2018, None, None, None, 0.0, "anual", {"meta_nacional": 15}),
    ("densidad_poblacion", "Densidad de población urbana", "modelo_ocupacion", "hab/ha", "positiva", 2018, 180.0, 190.0, 200.0, 210.0, "censal", {}),
    ("densidad_viviendas", "Densidad de viviendas urbana", "modelo_ocupacion", "viv/ha", "positiva", 2018, 62.0, 66.0, 70.0, 75.0, "censal", {}),
    ("huella_urbana", "Huella urbana", "modelo_ocupacion", "ha", "negativa", 2018, None, None, None, None, "censal", {}),
    ("lcrpgr", "Relación entre consumo de suelo y crecimiento de población (ODS 11.3.1)", "modelo_ocupacion", "razón", "negativa", 2018, 1.4, 1.2, 1.0, 1.0, "censal", {}),
    ("ocupacion_proteccion", "Ocupación en suelo de protección", "modelo_ocupacion", "%", "negativa", 2018, 2.0, 1.5, 1.0, 0.0, "semestral", {}),
    ("ocupacion_amenaza_alta", "Ocupación en zonas de amenaza alta", "modelo_ocupacion", "%", "negativa", 2018, 6.0, 5.0, 3.0, 0.0, "semestral", {}),
    ("poblacion_expuesta_amenaza", "Población expuesta a amenaza alta", "modelo_ocupacion", "hab", "negativa", 2018, None, None, None, 0.0, "anual", {}),
    ("acceso_transporte", "Población con acceso conveniente al transporte público (ODS 11.2.1)", "modelo_ocupacion", "%", "positiva", 2018, 55.0, 65.0, 75.0, 90.0, "anual", {"distancia_baja_m": 500, "distancia_alta_m": 1000}),
    ("expansion_desarrollada", "Suelo de expansión desarrollado", "modelo_ocupacion", "%", "positiva", 2018, 0.0, 15.0, 45.0, 90.0, "anual", {}),
    ("valor_suelo_m2", "Valor del suelo por metro cuadrado", "valor_suelo", "COP/m²", "positiva", 2022, None, None, None, None, "anual", {}),
    ("valor_suelo_mediana", "Mediana del valor del suelo", "valor_suelo", "COP/m²", "positiva", 2022, None, None, None, None, "anual", {}),
    ("valor_suelo_variacion", "Variación nominal del valor del suelo", "valor_suelo", "%", "positiva", 2022, None, None, None, None, "anual", {}),
    ("valor_suelo_variacion_real", "Variación real del valor del suelo", "valor_suelo", "%", "positiva", 2022, None, None, None, None, "anual", {"ipc": {"2022": 13.12, "2023": 9.28, "2024": 5.20, "2025": 5.10}}),
    ("valor_suelo_indice", "Índice relativo del valor del suelo", "valor_suelo", "índice", "positiva", 2022, 1.0, None, None, None, "anual", {}),
    ("proyectos_incumplimiento_corto", "Proyectos de corto plazo en incumplimiento", "proyectos", "%", "negativa", 2022, 0.0, 10.0, 10.0, 10.0, "semestral", {}),
    ("proyectos_incumplimiento_mediano", "Proyectos de mediano plazo en incumplimiento", "proyectos", "%", "negativa", 2022, 0.0, 10.0, 10.0, 10.0, "semestral", {}),
    ("proyectos_incumplimiento_largo", "Proyectos de largo plazo en incumplimiento", "proyectos", "%", "negativa", 2022, 0.0, 10.0, 10.0, 10.0, "semestral", {}),
    ("proyectos_en_presupuesto", "Proyectos del POT con asignación presupuestal", "gobernanza", "%", "positiva", 2022, 40.0, 70.0, 85.0, 100.0, "anual", {}),
    ("avance_fisico_ponderado", "Avance físico ponderado", "proyectos", "%", "positiva", 2022, 0.0, 30.0, 65.0, 100.0, "semestral", {}),
    ("ejecucion_financiera", "Ejecución financiera", "proyectos", "%", "positiva", 2022, 0.0, 30.0, 65.0, 100.0, "semestral", {}),
    ("inversion_per_capita", "Inversión POT por habitante", "gobernanza", "COP/hab", "positiva", 2022, None, None, None, None, "anual", {}),
]
_SECTOR_NAMES = {"educacion": "educación", "salud": "salud", "cultura": "cultura", "cuidado": "cuidado",
                 "bienestar": "bienestar social", "recreacion": "recreación y deporte", "seguridad": "seguridad"}


def definitions(source="Demo POT Seguimiento (datos sintéticos)"):
    rows = list(_DEFINITIONS) + [
        (f"cobertura_{s}", f"Cobertura de equipamientos de {_SECTOR_NAMES[s]}", "modelo_ocupacion", "%",
         "positiva", 2018, 60.0, 70.0, 80.0, 95.0, "anual", {"sector": s, "distancia_m": 800})
        for s in SECTORS]
    keys = ("codigo", "nombre", "dimension", "unidad", "polaridad", "anio_base", "valor_base",
            "meta_corto", "meta_mediano", "meta_largo", "periodicidad", "parametros")
    table = {k: [] for k in keys + ("calculadora", "fuente")}
    for row in rows:
        for key, value in zip(keys, row):
            table[key].append(json.dumps(value, ensure_ascii=False) if key == "parametros" else value)
        table["calculadora"].append(row[0].split("_")[0] if row[0].startswith("cobertura_") else row[0])
        table["fuente"].append(source)
    return table
