"""The demo's heritage: declared assets (BIC) in every state of conservation with the inspections (and one
correction) that put them there, their PEMP influence zones, works with and without licence, traditional activities
of the 2020 baseline (three of them gone since) and three experiences of the banco de experiencias.

Plain data only; generate_demo places the assets on the demo's blocks, draws the photos and writes everything with the
store. Private owners' names are the demo's own inventions, and are never published.
"""
import uuid

import numpy as np

PACKAGE = "20250305_demo_patrimonio"
INSPECTORS = ("Lucía Benavides (arquitecta, demo)", "Andrés Quintero (restaurador, demo)")
# codigo, nombre, ambito, categoria, nivel de conservación, uso, tipo de propietario, propietario, states (2024, 2025)
ASSETS = (
    ("BIC-001", "Catedral de San Isidro", "nacional", "inmueble", "integral", "Culto", "privado",
     "Diócesis de San Isidro (demo)", ("bueno", "bueno")),
    ("BIC-002", "Casa de la Cultura (antigua Casa Consistorial)", "municipal", "inmueble", "integral",
     "Cultural", "publico", "Municipio de San Isidro del Llano", ("regular", "bueno")),
    ("BIC-003", "Estación del Ferrocarril", "nacional", "inmueble", "integral", "Sin uso", "publico",
     "Agencia Nacional de Infraestructura", ("regular", "malo")),
    ("BIC-004", "Plaza de Mercado La Esperanza", "municipal", "inmueble", "tipologica", "Comercio", "publico",
     "Municipio de San Isidro del Llano", ("bueno", "regular")),
    ("BIC-005", "Casa Quinta Los Almendros", "municipal", "inmueble", "tipologica", "Vivienda", "privado",
     "Rosa Elvira Castañeda (demo)", ("regular", "malo")),
    ("BIC-006", "Hacienda El Retiro", "departamental", "inmueble", "integral", "Sin uso", "privado",
     "Hernando Salcedo Pinilla (demo)", ("malo", "perdido")),
    ("BIC-007", "Colegio Departamental San Bartolomé", "departamental", "inmueble", "tipologica", "Educación",
     "publico", "Departamento (demo)", ("bueno", "bueno")),
    ("BIC-008", "Teatro Municipal Santander", "municipal", "inmueble", "integral", "Cultural", "publico",
     "Municipio de San Isidro del Llano", ("regular", "regular")),
    ("BIC-009", "Puente de Calicanto", "nacional", "inmueble", "integral", "Paso peatonal", "publico",
     "Municipio de San Isidro del Llano", ("bueno", "malo")),
    ("BIC-010", "Parque Principal Francisco de Paula Santander", "municipal", "espacio_publico", "contextual",
     "Espacio público", "publico", "Municipio de San Isidro del Llano", ("bueno", None)),
    ("BIC-011", "Casa de los Portales", "municipal", "inmueble", "contextual", "Comercio y vivienda", "privado",
     "Familia Ortiz Lozano (demo)", ("regular", None)),
    ("BIC-012", "Capilla del Cementerio Central", "municipal", "inmueble", "tipologica", "Culto", "mixto",
     "Junta del Cementerio (demo)", (None, None)),
)
ACT = "Decreto 045 de 2019 (demo)"
THREATS = {"regular": ("grafiti",), "malo": ("abandono", "cerramiento"), "perdido": ("abandono",
                                                                                     "intervencion_sin_licencia")}
NOTES = {"bueno": "Fachada y cubierta en buen estado; sin novedades.",
         "regular": "Grafiti en la fachada y humedad en los muros bajos.",
         "malo": "Cubierta con filtraciones, pañete desprendido y acceso cerrado con lámina.",
         "perdido": "El inmueble fue demolido; queda el lote cercado."}
# bien, tipo, con licencia, licencia, entidad, inicio, fin, estado, observaciones
WORKS = (
    ("BIC-002", "restauracion", True, "LC-2023-0112", "Secretaría de Cultura (demo)", "2023-09-01", "2024-11-30",
     "terminada", "Restauración de cubierta y fachada"),
    ("BIC-007", "reforzamiento", True, "LC-2025-0031", "Secretaría de Educación (demo)", "2025-02-15", None,
     "en_ejecucion", "Reforzamiento estructural"),
    ("BIC-006", "demolicion", False, None, None, "2025-04-20", "2025-05-10", "terminada",
     "Demolición sin licencia denunciada por vecinos; querella en curso"),
    ("BIC-005", "ampliacion", False, None, None, "2025-08-02", None, "suspendida",
     "Ampliación en el patio sin licencia; obra suspendida"),
    ("BIC-011", "adecuacion", False, None, None, "2024-06-10", "2024-07-30", "terminada",
     "Cambio de vanos de la fachada sin autorización"),
)
# codigo, nombre, actividad, desde, cerrada en (None: sigue)
ACTIVITIES = (
    ("AT-01", "Sastrería El Buen Corte", "Sastrería", 1962, None),
    ("AT-02", "Panadería La Espiga", "Panadería tradicional", 1975, None),
    ("AT-03", "Talabartería Don Efraín", "Talabartería", 1958, 2024),
    ("AT-04", "Tipografía Moderna", "Artes gráficas (tipografía)", 1949, 2022),
    ("AT-05", "Herrería Los Hermanos", "Herrería", 1970, None),
    ("AT-06", "Fonda La Arriería", "Comidas típicas", 1966, None),
    ("AT-07", "Zapatería El Tacón", "Zapatería", 1981, 2025),
    ("AT-08", "Carpintería San José", "Carpintería", 1977, None),
    ("AT-09", "Tienda La Esquina", "Tienda de barrio", 1969, None),
    ("AT-10", "Platería Santa Bárbara", "Platería y joyería", 1955, None),
)
EXPERIENCES = (
    ("EXP-01", "Plan de gestión social de la renovación del centro", "Plan parcial de renovación urbana Centro "
     "Histórico", 2022, "Empresa de Renovación Urbana (demo)", "propietarios_originales",
     "Censo de moradores, reconocimiento económico por traslado y opción de reasentamiento en el mismo plan "
     "parcial mediante aporte del inmueble como derecho de participación.",
     2_350_000_000.0, "87 de 112 hogares originales siguen en el área; 14 propietarios aportaron su predio al "
     "fideicomiso.", "El censo debe hacerse antes de anunciar el proyecto; sin él, la especulación desplaza a los "
     "moradores antes de cualquier compensación.", "DTS-2023", "01,02"),
    ("EXP-02", "Reubicación concertada de talleres del corredor de la Avenida del Ferrocarril",
     "Corredor vial Avenida del Ferrocarril", 2023, "Secretaría de Movilidad (demo)", "actividades_tradicionales",
     "Mesas de concertación con los talleres, locales temporales en la plaza de mercado durante la obra y "
     "prioridad para volver a los primeros pisos del corredor.", 780_000_000.0,
     "9 de 11 talleres volvieron al corredor; 2 cerraron durante la obra.",
     "Los locales temporales deben quedar a menos de 500 m: la clientela de barrio no se desplaza más lejos.",
     "DTS-2023", "03"),
    ("EXP-03", "Derecho de preferencia de propietarios originales en la Estación", "Operación urbana Estación "
     "del Ferrocarril", 2024, "Secretaría de Planeación (demo)", "ambos",
     "Derecho de preferencia para propietarios y arrendatarios comerciales originales en la venta de los nuevos "
     "locales, y un fondo de fortalecimiento de oficios tradicionales.", 1_120_000_000.0,
     "23 negocios originales con local en la operación; 6 oficios tradicionales con formación a aprendices.",
     "El derecho de preferencia necesita precios por debajo del mercado; sin subsidio, pocos lo ejercen.",
     "DTS-2023,RES-2023", "01,03"),
)


def inspections(codes, points, seed=42):
    """Inspections of the assets (codes and points in ASSETS' order): one in 2024 and one in 2025 where ASSETS
    gives a state, a correction of one of them, and the photos each needs (key 'photos').
    Returns a list of dicts of inspeccion_patrimonio fields + 'geometry' + 'photos'."""
    rng = np.random.default_rng(seed)
    rows = []
    for number, (asset, code, point) in enumerate(zip(ASSETS, codes, points)):
        for year, state in zip((2024, 2025), asset[8]):
            if state is None:
                continue
            month = 3 + (number % 6) if year == 2025 else 4 + (number % 8)
            rows.append({
                "uuid": "{%s}" % uuid.UUID(int=int(rng.integers(1 << 62)) << 64 | len(rows)), "version": 1,
                "bien": code, "fecha_hora": f"{year}-{month:02d}-{10 + number:02d}T{9 + number % 7:02d}:30:00",
                "inspector": INSPECTORS[(number + year) % 2], "estado": state,
                **{t: t in THREATS.get(state, ()) for t in ("abandono", "intervencion_sin_licencia", "grafiti",
                                                            "cerramiento")},
                "observaciones": NOTES[state], "precision_gps_m": round(float(rng.uniform(2, 6)), 1),
                "paquete": PACKAGE if year == 2025 else None, "geometry": point,
                "photos": 2 if state in ("malo", "perdido") else 1})
    # The 2025 inspection of the station was first recorded 'regular' and corrected on the phone to 'malo'.
    station = next(r for r in rows if r["bien"] == "BIC-003" and r["fecha_hora"].startswith("2025"))
    first = {**station, "estado": "regular", "abandono": False, "cerramiento": False, "grafiti": True,
             "observaciones": NOTES["regular"], "photos": 1}
    rows.insert(rows.index(station), first)
    station["version"] = 2
    return rows
