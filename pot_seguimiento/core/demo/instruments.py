"""The demo's observatory of instruments (issue 23): planes parciales and licences with their obligations in land,
in kind and in money, in every state; partial receipts, money assigned to POT projects (and some not); private and
collaborative actions; each project's yearly investment by source, matching what it reports in `avance` except for
one project whose rows by source add up to more (the reconciliation reports it).

Its own random generator (from the demo's seed), so the rest of the demo is the same with or without it.
"""
import numpy as np
import shapely

from ..geometry import to_multipolygons

# Sources other than public money of some projects (share of each year's investment).
_OTHER_SOURCES = {
    "Vivienda de interés social en el centro": ("privada", 0.4),
    "Renovación del centro tradicional": ("privada", 0.3),
    "Distrito de innovación": ("privada", 0.5),
    "Control de inundaciones del río": ("regalias", 0.5),
    "Hospital de segundo nivel": ("cooperacion", 0.2),
    "Plazas de barrio": ("colaborativa", 0.1),
    "Mejoramiento integral de barrios del sur": ("colaborativa", 0.15),
}
RECONCILED_APART = "Red de ciclorrutas del sur"  # its rows by source add 5 % more than its progress reports say
_COMPANIES = ("Constructora Los Andes S.A.S.", "Urbanizadora La Sabana S.A.", "Fiduciaria Central S.A.",
              "Inversiones El Llano S.A.S.", "Promotora Ciudad Norte S.A.S.")
_PEOPLE = ("María Fernanda Gómez Ruiz", "José Antonio Pérez Díaz")  # natural persons: never published


def _box(x, y, half_w, half_h):
    return shapely.box(x - half_w, y - half_h, x + half_w, y + half_h)


def tables(t, proyecto, footprints, progress, rng):
    """[(table, columns, geometries)] of the observatory for the demo territory `t`, its projects (`proyecto`
    columns, footprints aligned) and their progress history (`avance` columns)."""
    cx, cy, a, b = t.urban.centroid.x, t.urban.centroid.y, t.a, t.b
    codes = list(proyecto["codigo"])
    by_name = dict(zip(proyecto["nombre"], codes))

    # Instruments: three planes parciales (expansion land to the west, the centre, the north), a unit of action and
    # six building licences.
    plans = [shapely.intersection(shapely.difference(t.urban_plus, t.urban),
                                  shapely.box(cx - 1.3 * a, cy - 0.2 * b, cx - 0.9 * a, cy + 0.2 * b)),
             _box(cx + 0.05 * a, cy + 0.05 * b, 0.08 * a, 0.06 * b),
             _box(cx - 0.1 * a, cy + 0.7 * b, 0.12 * a, 0.08 * b),
             _box(cx + 0.45 * a, cy - 0.45 * b, 0.06 * a, 0.05 * b)]
    licence_xy = [(cx + rng.uniform(-0.7, 0.7) * a, cy + rng.uniform(-0.7, 0.7) * b) for _ in range(6)]
    licences = [_box(x, y, 40, 30) for x, y in licence_xy]
    instrument = {
        "codigo": ["PP-01", "PP-02", "PP-03", "UAU-01"] + [f"LC-{k + 1:02d}" for k in range(6)],
        "nombre": ["Plan parcial Occidente", "Plan parcial Centro Tradicional", "Plan parcial El Bosque",
                   "Unidad de actuación La Estación"] + [f"Licencia de urbanización {k + 1}" for k in range(6)],
        "tipo": ["plan_parcial"] * 3 + ["unidad_actuacion"] + ["licencia_urbanistica"] * 6,
        "acto": ["Decreto 101 de 2022", "Decreto 045 de 2023", "Decreto 210 de 2024", "Resolución 77 de 2023"]
        + [f"Resolución LC-{2022 + k % 4}-{100 + 7 * k}" for k in range(6)],
        "fecha_acto": ["2022-03-15", "2023-02-20", "2024-08-30", "2023-06-01"]
        + [f"{2022 + k % 4}-{1 + 2 * k:02d}-10" for k in range(6)],
        "promotor": list(_COMPANIES[:3]) + ["Empresa de Renovación Urbana"] + [
            _COMPANIES[3], _PEOPLE[0], _COMPANIES[4], _COMPANIES[0], _PEOPLE[1], _COMPANIES[1]],
        "tipo_promotor": ["persona_juridica"] * 3 + ["entidad_publica"] + [
            "persona_juridica", "persona_natural", "persona_juridica", "persona_juridica", "persona_natural",
            "persona_juridica"],
        "estado": ["en_ejecucion", "en_ejecucion", "adoptado", "en_ejecucion",
                   "liquidado", "en_ejecucion", "en_ejecucion", "vencido", "en_ejecucion", "adoptado"],
    }
    instrument_geometries = plans + licences

    # Obligations: (code, instrument index, type, destination, quantity, unit, due date, land polygon or None), and
    # the receipts that bring each to its state: cumplida, parcial, vencida or pendiente.
    o = []
    for k, plan in enumerate(plans[:3]):
        x, y = shapely.get_coordinates(shapely.point_on_surface(plan))[0]
        land = shapely.intersection(_box(x, y, 60, 40), plan)
        o.append((f"PP-0{k + 1}-S", k, "suelo", "espacio_publico", round(land.area, 1), "m2",
                  ("2024-12-31", "2025-06-30", "2027-12-31")[k], land))
        o.append((f"PP-0{k + 1}-E", k, "especie", "equipamiento", 1.0, "unidades",
                  ("2025-12-31", "2026-12-31", "2028-06-30")[k], None))
        o.append((f"PP-0{k + 1}-D", k, "dinero", ("vias", "vivienda_social", "espacio_publico")[k],
                  (4.2e9, 6.5e9, 2.8e9)[k], "cop", ("2025-06-30", "2026-12-31", "2028-12-31")[k], None))
    o.append(("UAU-01-S", 3, "suelo", "vias", 1800.0, "m2", "2025-12-31",
              shapely.intersection(_box(cx + 0.45 * a, cy - 0.47 * b, 0.06 * a, 12), plans[3])))
    for k, (x, y) in enumerate(licence_xy):
        o.append((f"LC-{k + 1:02d}-D", 4 + k, "dinero", ("espacio_publico", "equipamiento")[k % 2],
                  round(rng.uniform(1.5e8, 9e8), -6), "cop", f"{2023 + k % 3}-12-31", None))
    obligation = {"codigo": [r[0] for r in o], "instrumento": [instrument["codigo"][r[1]] for r in o],
                  "tipo": [r[2] for r in o], "destino": [r[3] for r in o], "cantidad": [r[4] for r in o],
                  "unidad": [r[5] for r in o], "fecha_limite": [r[6] for r in o],
                  "promotor": [instrument["promotor"][r[1]] for r in o],
                  "tipo_promotor": [instrument["tipo_promotor"][r[1]] for r in o]}
    obligation_geometries = [to_multipolygons([r[7]])[0] if r[7] is not None else None for r in o]

    due = dict(zip(obligation["codigo"], obligation["cantidad"]))
    centre_project = by_name["Renovación del centro tradicional"]
    receipt = []  # (obligation, date, share of what is due, reference, destination project)
    receipt += [("PP-01-S", "2024-05-20", 1.0, "Acta de recibo 12-2024", None),
                ("PP-01-E", "2025-11-14", 1.0, "Acta de recibo 31-2025", None),
                ("PP-01-D", "2023-09-01", 0.4, "Pago PSE 2023-0901-118", by_name["Ampliación Avenida Circunvalar"]),
                ("PP-01-D", "2024-09-02", 0.3, "Pago PSE 2024-0902-240", by_name["Ampliación Avenida Circunvalar"]),
                ("PP-02-S", "2025-03-10", 0.55, "Acta de recibo 05-2025", None),
                ("PP-02-D", "2024-04-15", 0.25, "Pago PSE 2024-0415-077", centre_project),
                ("PP-02-D", "2025-04-15", 0.25, "Pago PSE 2025-0415-093", centre_project),
                ("PP-02-D", "2026-04-15", 0.2, "Pago PSE 2026-0415-101", None),
                ("UAU-01-S", "2025-02-28", 0.6, "Acta de recibo 02-2025", None),
                ("PP-03-D", "2026-02-02", 0.1, "Pago PSE 2026-0202-015", by_name["Parque zonal del norte"])]
    for k in range(6):
        code = f"LC-{k + 1:02d}-D"
        if k in (0, 2, 3):  # paid in full; two of them assigned to projects
            receipt.append((code, f"{2023 + k % 3}-10-0{k + 1}", 1.0, f"Pago PSE LC-{k + 1:02d}",
                            (by_name["Parque lineal del río"], None, by_name["Plazas de barrio"], None)[k]))
        elif k == 4:  # half paid, and late
            receipt.append((code, "2024-11-20", 0.5, "Pago PSE LC-05", None))
    recaudo = {"obligacion": [r[0] for r in receipt], "fecha": [r[1] for r in receipt],
               "cantidad": [round(due[r[0]] * r[2], 1 if r[0].endswith("-S") else 0) for r in receipt],
               "referencia": [r[3] for r in receipt], "proyecto_destino": [r[4] for r in receipt],
               "reportado_por": ["Secretaría de Planeación"] * len(receipt)}

    # Private and collaborative actions, where they happen.
    kinds = ("obra_licenciada", "obra_licenciada", "app", "obras_por_impuestos", "obra_comunitaria",
             "obra_comunitaria", "obra_comunitaria", "app")
    names = ("Centro comercial de barrio", "Edificio de vivienda con cesión de plazoleta", "Parqueadero público APP",
             "Vía terciaria por obras por impuestos", "Salón comunal La Esperanza", "Huerta comunitaria del río",
             "Sendero peatonal de los cerros", "Terminal satélite del norte")
    points = [shapely.Point(cx + rng.uniform(-0.8, 0.8) * a, cy + rng.uniform(-0.8, 0.8) * b) for _ in kinds]
    shapely.prepare(t.urban)
    points = [p if t.urban.contains(p) else shapely.Point(cx + (p.x - cx) / 2, cy + (p.y - cy) / 2) for p in points]
    actuacion = {"codigo": [f"ACT-{k + 1:02d}" for k in range(len(kinds))], "nombre": list(names),
                 "tipo": list(kinds),
                 "promotor": [_COMPANIES[k % 5] if kind != "obra_comunitaria" else f"Junta de Acción Comunal {k}"
                              for k, kind in enumerate(kinds)],
                 "tipo_promotor": ["persona_juridica"] * len(kinds),
                 "instrumento": ["LC-01", "LC-03", None, None, None, None, None, None],
                 "anio_inicio": [2023, 2024, 2024, 2025, 2024, 2025, 2025, 2026],
                 "estado": ["terminada", "en_ejecucion", "en_ejecucion", "en_ejecucion", "terminada", "terminada",
                            "en_ejecucion", "programada"]}

    # Investment: each project's yearly increase of the cumulative investment it reports, by source.
    latest = {}
    for project, period, value in zip(progress["proyecto"], progress["periodo"], progress["inversion"]):
        latest[(project, int(period[:4]))] = value or 0.0  # rows come in order: the last of a year wins
    inversion = {k: [] for k in ("proyecto", "actuacion", "anio", "fuente", "bpin", "valor", "entidad",
                                 "reportado_por")}

    def add(project, action, year, source, value, entity, bpin=None):
        for key, v in zip(inversion, (project, action, year, source, bpin, round(value), entity, entity)):
            inversion[key].append(v)

    names_of = dict(zip(codes, proyecto["nombre"]))
    entity_of = dict(zip(codes, proyecto["entidad"]))
    for i, code in enumerate(codes):
        years = [y for y in range(2022, 2027) if (code, y) in latest]
        cumulative = [latest[(code, y)] for y in years]
        spent = np.diff([0.0] + cumulative)
        for j in range(len(spent) - 1, 0, -1):  # a cumulative figure reported lower: the earlier year had less
            if spent[j] < 0:
                spent[j - 1] += spent[j]
                spent[j] = 0.0
        for year, value in zip(years, spent):
            if value <= 0:
                continue
            other, share = _OTHER_SOURCES.get(names_of[code], (None, 0.0))
            public = round(value * (1 - share))
            extra = round(value * 0.05) if names_of[code] == RECONCILED_APART and year == 2025 else 0
            add(code, None, year, "publica", public + extra, entity_of[code], f"{year}99001{i + 1:04d}")
            if other:
                add(code, None, year, other, round(value) - public, entity_of[code])
    for k, code in enumerate(actuacion["codigo"]):
        source = "colaborativa" if kinds[k] == "obra_comunitaria" else "privada"
        for year in range(max(2024, actuacion["anio_inicio"][k]), 2026):
            add(None, code, year, source, round(rng.uniform(2e8, 3e9) if source == "privada"
                                                else rng.uniform(2e7, 1.5e8), -5), "Secretaría de Planeación")
    return [("instrumento", instrument, to_multipolygons(np.array(instrument_geometries, dtype=object))),
            ("obligacion_urbanistica", obligation, np.array(obligation_geometries, dtype=object)),
            ("recaudo_obligacion", recaudo, None),
            ("actuacion", actuacion, np.array(points, dtype=object)),
            ("inversion", inversion, None)]
