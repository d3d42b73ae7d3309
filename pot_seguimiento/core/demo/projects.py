"""Programs, projects, budget allocations and an uneven progress history.

Projects are given a behaviour (on track, late, non-compliant, finished, not
started) so that an evaluation of the demo shows every state.
"""
import numpy as np
import shapely

from ..report.format import trimmed  # a goal reads '6,5 km' in Spanish documents

LAST_PERIOD = (2026, 1)  # the demo's history runs up to 2026-S1

PROGRAMS = (
    ("P1", "Movilidad sostenible", "Consolidar una red de transporte público y movilidad activa"),
    ("P2", "Espacio público y estructura ecológica", "Aumentar el espacio público efectivo por habitante"),
    ("P3", "Sistema de equipamientos y del cuidado", "Acercar los servicios sociales a la población"),
    ("P4", "Vivienda y mejoramiento integral", "Mejorar barrios de origen informal y producir vivienda social"),
    ("P5", "Gestión del riesgo y adaptación climática", "Reducir la población expuesta a amenaza alta"),
    ("P6", "Revitalización urbana", "Renovar el centro y los corredores de transporte"),
)

# (program, name, entity, goal description, unit, quantity, budget in thousands of millions COP, kind)
PROJECTS = (
    ("P1", "Troncal de buses Avenida Oriental", "Instituto de Desarrollo Urbano", "Construir la troncal", "km", 6.5, 820, "corridor"),
    ("P1", "Red de ciclorrutas del sur", "Secretaría de Movilidad", "Construir ciclorrutas", "km", 24, 95, "corridor"),
    ("P1", "Ampliación Avenida Circunvalar", "Instituto de Desarrollo Urbano", "Ampliar la vía a doble calzada", "km", 4.2, 410, "corridor"),
    ("P1", "Cable aéreo de los cerros", "Empresa de Transporte", "Construir el cable aéreo", "km", 3.1, 560, "corridor"),
    ("P1", "Andenes del centro ampliado", "Instituto de Desarrollo Urbano", "Renovar andenes", "m²", 85_000, 70, "area"),
    ("P2", "Parque lineal del río", "Instituto de Recreación y Deporte", "Construir el parque lineal", "m²", 180_000, 150, "river"),
    ("P2", "Parque zonal del norte", "Instituto de Recreación y Deporte", "Construir el parque zonal", "m²", 60_000, 48, "area"),
    ("P2", "Recuperación de la ronda hídrica", "Empresa de Acueducto", "Restaurar la ronda", "ha", 35, 62, "river"),
    ("P2", "Plazas de barrio", "Instituto de Recreación y Deporte", "Construir plazas", "plazas", 12, 36, "area"),
    ("P2", "Corredor ecológico de los cerros", "Secretaría de Ambiente", "Restaurar el corredor", "ha", 120, 40, "hills"),
    ("P3", "Colegio distrital del suroccidente", "Secretaría de Educación", "Construir el colegio", "aulas", 40, 58, "area"),
    ("P3", "Hospital de segundo nivel", "Secretaría de Salud", "Construir el hospital", "camas", 220, 390, "area"),
    ("P3", "Manzanas del cuidado", "Secretaría de la Mujer", "Poner en servicio manzanas del cuidado", "manzanas", 8, 44, "area"),
    ("P3", "Centros de desarrollo infantil", "Secretaría de Integración Social", "Construir centros", "centros", 10, 52, "area"),
    ("P3", "Biblioteca pública del sur", "Secretaría de Cultura", "Construir la biblioteca", "m²", 6_500, 31, "area"),
    ("P4", "Mejoramiento integral de barrios del sur", "Caja de Vivienda Popular", "Mejorar viviendas", "viviendas", 3_000, 120, "area"),
    ("P4", "Legalización de asentamientos", "Secretaría del Hábitat", "Legalizar barrios", "barrios", 25, 12, "area"),
    ("P4", "Vivienda de interés social en el centro", "Empresa de Renovación Urbana", "Producir viviendas VIS", "viviendas", 4_500, 260, "area"),
    ("P4", "Titulación de predios", "Caja de Vivienda Popular", "Titular predios", "predios", 6_000, 9, "area"),
    ("P4", "Plan parcial de expansión occidental", "Secretaría de Planeación", "Urbanizar el plan parcial", "ha", 90, 15, "expansion"),
    ("P5", "Reasentamiento de familias en amenaza alta", "Oficina de Gestión del Riesgo", "Reasentar familias", "familias", 900, 140, "hazard"),
    ("P5", "Obras de mitigación en ladera", "Oficina de Gestión del Riesgo", "Construir obras de mitigación", "obras", 30, 75, "hazard"),
    ("P5", "Control de inundaciones del río", "Empresa de Acueducto", "Construir jarillones", "km", 9, 180, "river"),
    ("P5", "Sistema de alerta temprana", "Oficina de Gestión del Riesgo", "Instalar estaciones", "estaciones", 40, 8, "hazard"),
    ("P5", "Arbolado urbano", "Jardín Botánico", "Plantar árboles", "árboles", 50_000, 20, "area"),
    ("P6", "Renovación del centro tradicional", "Empresa de Renovación Urbana", "Renovar manzanas", "manzanas", 30, 350, "area"),
    ("P6", "Revitalización del corredor férreo", "Empresa de Renovación Urbana", "Revitalizar el corredor", "ha", 45, 210, "corridor"),
    ("P6", "Mercado público del centro", "Instituto para la Economía Social", "Restaurar el mercado", "m²", 12_000, 25, "area"),
    ("P6", "Plan de manejo del centro histórico", "Secretaría de Cultura", "Intervenir inmuebles de interés cultural", "inmuebles", 60, 30, "area"),
    ("P6", "Distrito de innovación", "Secretaría de Desarrollo Económico", "Habilitar suelo para innovación", "ha", 25, 90, "area"),
)

# Behaviour, horizon and years, cycled over the projects so every state appears.
PROFILES = (
    ("al_dia", "corto", 2022, 2025),
    ("retrasado", "mediano", 2022, 2029),
    ("terminado", "corto", 2022, 2024),
    ("incumplimiento", "corto", 2022, 2025),
    ("sin_iniciar", "largo", 2027, 2035),
    ("al_dia", "largo", 2024, 2035),
    ("retrasado", "mediano", 2023, 2030),
    ("incumplimiento", "mediano", 2022, 2027),
    ("al_dia", "mediano", 2023, 2031),
    ("sin_iniciar", "mediano", 2026, 2031),
)
_PACE = {"al_dia": 1.0, "retrasado": 0.72, "incumplimiento": 0.3, "terminado": 1.35, "sin_iniciar": 0.0}
BOTTLENECKS = (
    "Demora en la adquisición predial",
    "Licencia ambiental pendiente",
    "Proceso de contratación declarado desierto",
    "Reasentamiento de familias pendiente",
    "Redistribución presupuestal de la vigencia",
)


def periods_between(first_year, last):
    """[(year, semester)] from first_year-S1 to `last`, inclusive."""
    out = []
    for year in range(first_year, last[0] + 1):
        for semester in (1, 2):
            if (year, semester) <= last:
                out.append((year, semester))
    return out


def expected_fraction(year, semester, start, end):
    """Linear expected trajectory at the end of a semester."""
    elapsed = (year - start) + (0.5 if semester == 1 else 1.0)
    return float(np.clip(elapsed / (end - start + 1), 0.0, 1.0))


def project_footprints(territory, kinds, rng):
    """A footprint per project: corridors for roads, lots for facilities."""
    cx, cy = territory.urban.centroid.x, territory.urban.centroid.y
    a, b = territory.a, territory.b
    hazard_zone = shapely.intersection(territory.urban, shapely.box(cx + 0.85 * a, cy - b, cx + a * 1.1, cy + b))
    shapes = []
    for kind in kinds:
        if kind == "corridor":
            angle = rng.uniform(0, np.pi)
            length = rng.uniform(0.8, 1.6) * a
            ox, oy = cx + rng.uniform(-0.3, 0.3) * a, cy + rng.uniform(-0.3, 0.3) * b
            dx, dy = np.cos(angle) * length / 2, np.sin(angle) * length / 2
            shape = shapely.buffer(shapely.LineString([(ox - dx, oy - dy), (ox + dx, oy + dy)]), 20)
        elif kind == "river":
            x = cx + rng.uniform(-0.6, 0.4) * a
            shape = shapely.intersection(shapely.buffer(territory.river, 90), shapely.box(x, cy - 2 * b, x + 0.5 * a, cy + 2 * b))
        elif kind == "hills":
            shape = shapely.intersection(territory.reserve, shapely.box(cx + a, cy - 0.3 * b, cx + 1.6 * a, cy + 0.3 * b))
        elif kind == "hazard":
            x, y = shapely.get_coordinates(shapely.point_on_surface(hazard_zone))[0]
            shape = shapely.buffer(shapely.Point(x, y + rng.uniform(-0.4, 0.4) * b), rng.uniform(80, 200), quad_segs=4)
        elif kind == "expansion":
            shape = shapely.intersection(
                shapely.difference(territory.urban_plus, territory.urban),
                shapely.box(cx - 1.3 * a, cy - 0.2 * b, cx - 0.9 * a, cy + 0.2 * b))
        else:
            r = np.sqrt(rng.uniform(0, 0.8))
            t = rng.uniform(0, 2 * np.pi)
            x, y = cx + r * a * np.cos(t), cy + r * b * np.sin(t)
            half = rng.uniform(60, 220)
            shape = shapely.box(x - half, y - half, x + half, y + half)
        shapes.append(shapely.intersection(shape, territory.municipality))
    return shapes


def project_tables(footprints, rng):
    """programa, proyecto, presupuesto_anual and avance rows (dicts of lists)."""
    programa = {"codigo": [p[0] for p in PROGRAMS], "nombre": [p[1] for p in PROGRAMS],
                "objetivo": [p[2] for p in PROGRAMS]}
    proyecto = {k: [] for k in ("codigo", "nombre", "programa", "entidad", "horizonte", "anio_inicio",
                                "anio_fin", "meta_descripcion", "meta_unidad", "meta_cantidad", "presupuesto")}
    budget = {"proyecto": [], "anio": [], "valor_asignado": []}
    progress = {k: [] for k in ("proyecto", "periodo", "fecha_corte", "avance_fisico", "inversion",
                                "estado_reportado", "observaciones", "evidencia", "reportado_por",
                                "registrado_en", "reemplaza")}
    for i, (program, name, entity, goal, unit, quantity, billions, _kind) in enumerate(PROJECTS):
        behaviour, horizon, start, end = PROFILES[i % len(PROFILES)]
        code = f"{program}-{i + 1:02d}"
        total = billions * 1e9
        for key, value in zip(proyecto, (code, name, program, entity, horizon, start, end,
                                         f"{goal}: {trimmed(quantity, 2)} {unit}", unit, float(quantity), total)):
            proyecto[key].append(value)
        for year in range(start, min(end, 2026) + 1):
            if behaviour == "incumplimiento" and year % 2 == 1:
                continue  # years without allocation: one reason projects fall behind
            budget["proyecto"].append(code)
            budget["anio"].append(year)
            budget["valor_asignado"].append(round(total / (end - start + 1) * rng.uniform(0.8, 1.2), -6))
        _history(code, entity, behaviour, start, end, float(quantity), total, rng, progress)
    return programa, proyecto, budget, progress


def _history(code, entity, behaviour, start, end, goal, total, rng, out):
    periods = periods_between(start, LAST_PERIOD)
    done = 0.0
    for year, semester in periods:
        expected = expected_fraction(year, semester, start, end)
        if behaviour == "sin_iniciar":
            target = 0.0
        elif behaviour == "incumplimiento":
            target = min(expected * _PACE[behaviour], 0.35)
        else:
            target = min(expected * _PACE[behaviour] * rng.uniform(0.95, 1.05), 1.0)
        done = max(done, target)
        physical = round(goal * done, 2)
        if behaviour == "terminado" and done >= 0.999:
            state = "terminado"
        elif done == 0:
            state = "sin_iniciar"
        elif behaviour == "incumplimiento" and year >= end:
            state = "suspendido"
        else:
            state = "en_ejecucion"
        note = BOTTLENECKS[int(rng.integers(len(BOTTLENECKS)))] if behaviour in ("retrasado", "incumplimiento") else ""
        _report(out, code, entity, year, semester, physical,
                round(total * min(done * rng.uniform(0.9, 1.1), 1.0), -6), state, note)
        if behaviour == "retrasado" and (year, semester) == (2025, 2):
            # A correction: the entity over-reported; the new row supersedes the old one.
            superseded = len(out["proyecto"])
            done *= 0.9
            _report(out, code, entity, year, semester, round(goal * done, 2), out["inversion"][-1], state,
                    "Corrección: el reporte anterior incluía obra no recibida", replaces=superseded)
        if state == "terminado":
            break


def _report(out, code, entity, year, semester, physical, investment, state, note, replaces=None):
    cutoff = f"{year}-06-30" if semester == 1 else f"{year}-12-31"
    values = (code, f"{year}-S{semester}", cutoff, physical, investment, state, note or None,
              f"Informe de gestión {year}-S{semester}", entity,
              f"{cutoff}T18:00:00.000Z" if replaces is None else f"{cutoff}T18:30:00.000Z", replaces)
    for key, value in zip(out, values):
        out[key].append(value)
