"""The demo's observatory of social services: who runs each facility, its unit of capacity, its state and provider,
and four semesters of reports (2024-S1 … 2025-S2) with users by sex and by age in the bands the demo's population
declares (DANE's five-year bands, as reporte_equipamiento_edad rows); a few facilities over capacity (most with the
note the import asks for). Drawn from a generator of its own, so the rest of the demo is the same as before the
observatory existed."""
import numpy as np
import shapely

from .. import schema
from ..age_bands import DANE_FIVE_YEAR

PERIODS = (("2024-S1", "2024-06-30"), ("2024-S2", "2024-12-31"), ("2025-S1", "2025-06-30"),
           ("2025-S2", "2025-12-31"))
# sector: (entity code, entity name, unit of capacity, share of users by life-course group 0–5 … 60+)
SECTORS = {
    "educacion": ("secretaria_de_educacion", "Secretaría de Educación", "cupos", (0.06, 0.45, 0.44, 0.05, 0, 0)),
    "salud": ("secretaria_de_salud", "Secretaría de Salud", "camas", (0.1, 0.08, 0.07, 0.15, 0.35, 0.25)),
    "cultura": ("secretaria_de_cultura", "Secretaría de Cultura", "personas_dia", (0.05, 0.15, 0.2, 0.25, 0.25, 0.1)),
    "cuidado": ("secretaria_de_la_mujer", "Secretaría de la Mujer", "cupos", (0.1, 0.05, 0.05, 0.15, 0.35, 0.3)),
    "bienestar": ("secretaria_de_integracion_social", "Secretaría de Integración Social", "cupos",
                  (1.0, 0, 0, 0, 0, 0)),
    "recreacion": ("instituto_de_recreacion_y_deporte", "Instituto de Recreación y Deporte", "m2",
                   (0.05, 0.2, 0.25, 0.25, 0.2, 0.05)),
    "seguridad": ("secretaria_de_seguridad", "Secretaría de Seguridad", "personas_dia", (0, 0, 0.05, 0.35, 0.5, 0.1)),
}
BANDS = DANE_FIVE_YEAR  # what people.block_population declares


def band_shares(life_course):
    """Shares of users by BANDS from shares by life-course group (schema.USER_AGE_GROUPS), each group's users spread
    evenly over its years (60 and older over 60–99)."""
    by_year = np.zeros(100)
    for share, (desde, hasta) in zip(life_course, schema.USER_AGE_GROUPS):
        last = 99 if hasta is None else hasta
        by_year[desde:last + 1] += share / (last - desde + 1)
    return np.array([by_year[b.desde:(99 if b.hasta is None else b.hasta) + 1].sum() for b in BANDS])


def observatory(facilities, seed):
    """Adds the observatory's fields to the demo's equipamiento columns (in place); returns the entidad rows of the
    facilities' entities, the reporte_equipamiento rows and their reporte_equipamiento_edad rows (a report named by
    its fid: the reports are the first rows of a new expediente's table, fids 1, 2, …)."""
    rng = np.random.default_rng([seed, 22])
    sectors = np.asarray(facilities["sector"], dtype=object)
    n = len(sectors)
    facilities["entidad"] = [SECTORS[s][0] for s in sectors]
    facilities["unidad_capacidad"] = [SECTORS[s][2] for s in sectors]
    draw = rng.random(n)
    facilities["estado"] = np.where(draw < 0.03, "en_construccion",
                                    np.where(draw < 0.04, "cerrado", "operando")).astype(object)
    private = (sectors == "educacion") & (rng.random(n) < 0.4)
    facilities["naturaleza"] = np.where(private, "privada", "publica").astype(object)
    for i in np.flatnonzero(private):  # a private school reports to the Secretaría too, but is run by its owner
        facilities["entidad"][i] = "colegios_privados"
    capacity = np.asarray(facilities["capacidad"], dtype=float)
    over = rng.random(n) < 0.05  # crowded facilities: 120–170 % of their capacity, double shifts noted
    reports = {name: [] for name in ("equipamiento", "periodo", "fecha_corte", "capacidad", "capacidad_en_uso",
                                     "usuarios", "usuarios_mujeres", "usuarios_hombres",
                                     "observaciones", "reportado_por")}
    ages = {name: [] for name in ("reporte", "edad_desde", "edad_hasta", "usuarios")}
    entities = {code: name for code, name, _, _ in SECTORS.values()}
    entities["colegios_privados"] = "Colegios privados (reporte a la Secretaría de Educación)"
    for k, (period, cutoff) in enumerate(PERIODS):
        use = np.where(over, rng.uniform(1.2, 1.7, n), rng.uniform(0.55, 1.0, n))
        users = np.round(capacity * use).astype(int)
        reporting = (facilities["estado"] == "operando") | ((facilities["estado"] == "cerrado") & (k < 2))
        for i in np.flatnonzero(reporting):
            by_age = np.floor(users[i] * band_shares(SECTORS[sectors[i]][3])).astype(int)
            women = int(round(users[i] * rng.uniform(0.45, 0.6)))
            note = None
            if users[i] > 1.5 * capacity[i]:
                note = "Doble jornada: mañana y tarde" if sectors[i] == "educacion" else "Sobreocupación reportada"
            elif over[i]:
                note = "Atención por encima de la capacidad"
            for name, value in (("equipamiento", facilities["codigo"][i]), ("periodo", period),
                                ("fecha_corte", cutoff), ("capacidad", None),
                                ("capacidad_en_uso", float(min(users[i], capacity[i]))), ("usuarios", int(users[i])),
                                ("usuarios_mujeres", women), ("usuarios_hombres", int(users[i]) - women),
                                ("observaciones", note), ("reportado_por", entities[facilities["entidad"][i]])):
                reports[name].append(value)
            fid = len(reports["equipamiento"])
            for band, value in zip(BANDS, by_age.tolist()):
                if value:  # a band nobody of that age used is left out, as an entity leaves it empty
                    for name, item in zip(ages, (fid, band.desde, band.hasta, value)):
                        ages[name].append(item)
    used = sorted(set(facilities["entidad"]))
    return {"codigo": used, "nombre": [entities[c] for c in used]}, reports, ages


# (code, name, manager, state, POT project or None): three nodes grow around a facility project of program P3, so their
# progress is the project's; the centre's node runs already and is no project.
NODES = (
    ("NE-01", "Nodo de equipamientos del suroccidente", "secretaria_de_educacion", "en_implementacion", "P3-11"),
    ("NE-02", "Nodo de salud del hospital de segundo nivel", "secretaria_de_salud", "propuesto", "P3-12"),
    ("NE-03", "Nodo del cuidado", "secretaria_de_la_mujer", "en_implementacion", "P3-13"),
    ("NE-04", "Nodo de servicios sociales del centro", "secretaria_de_integracion_social", "operando", None),
)


def nodes(facilities, points, project_codes, footprints, centre):
    """nodo_equipamiento rows and polygons: a node is its project's footprint grown by 300 m (the centre's, 450 m
    around the urban centre); the facilities inside a node name it (`facilities["nodo"]`, in place)."""
    rows = {name: [] for name in ("codigo", "nombre", "gestor", "estado", "proyecto")}
    shapes = []
    where = dict(zip(project_codes, footprints))
    for code, name, manager, state, project in NODES:
        shape = shapely.convex_hull(shapely.buffer(where[project], 300) if project else shapely.buffer(centre, 450))
        for key, value in zip(rows, (code, name, manager, state, project)):
            rows[key].append(value)
        shapes.append(shape)
    inside = [None] * len(points)
    for code, shape in zip(rows["codigo"], shapes):
        for i in np.flatnonzero(shapely.contains(shape, points)):
            inside[i] = inside[i] or code
    facilities["nodo"] = inside
    return rows, np.asarray(shapes, dtype=object)
