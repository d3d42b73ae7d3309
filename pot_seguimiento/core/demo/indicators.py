"""The demo's indicator definitions: the built-in catalogue with baselines and targets."""
from ..indicators import catalog

# code: (baseline year, baseline, short, medium, long-term target)
TARGETS = {
    "epe_hab": (2018, 4.1, 5.0, 7.0, 15.0), "epe_deficit": (2018, None, None, None, 0.0),
    "densidad_poblacion": (2018, 180.0, 190.0, 200.0, 210.0), "densidad_viviendas": (2018, 62.0, 66.0, 70.0, 75.0),
    "lcrpgr": (2018, 1.4, 1.2, 1.0, 1.0), "ocupacion_proteccion": (2018, 2.0, 1.5, 1.0, 0.0),
    "ocupacion_amenaza_alta": (2018, 6.0, 5.0, 3.0, 0.0), "poblacion_expuesta_amenaza": (2018, None, None, None, 0.0),
    "acceso_transporte": (2018, 55.0, 65.0, 75.0, 90.0), "expansion_desarrollada": (2018, 0.0, 15.0, 45.0, 90.0),
    "valor_suelo_indice": (2022, 1.0, None, None, None),
    "proyectos_incumplimiento_corto": (2022, 0.0, 10.0, 10.0, 10.0),
    "proyectos_incumplimiento_mediano": (2022, 0.0, 10.0, 10.0, 10.0),
    "proyectos_incumplimiento_largo": (2022, 0.0, 10.0, 10.0, 10.0),
    "proyectos_en_presupuesto": (2022, 40.0, 70.0, 85.0, 100.0),
    "avance_fisico_ponderado": (2022, 0.0, 30.0, 65.0, 100.0), "ejecucion_financiera": (2022, 0.0, 30.0, 65.0, 100.0),
    **{f"cobertura_{s}": (2018, 60.0, 70.0, 80.0, 95.0) for s in catalog.SECTORS},
}


def definitions(source="Demo POT Seguimiento (datos sintéticos)"):
    codes = list(catalog.BUILTIN) + [f"cobertura_{s}" for s in catalog.SECTORS]
    table = catalog.rows(codes, source)
    for key in ("anio_base", "valor_base", "meta_corto", "meta_mediano", "meta_largo"):
        table[key] = []
    for code in codes:
        base_year, base, short, medium, long_term = TARGETS.get(code, (None,) * 5)
        for key, value in zip(("anio_base", "valor_base", "meta_corto", "meta_mediano", "meta_largo"),
                              (base_year, base, short, medium, long_term)):
            table[key].append(value)
    return table
