"""Section "observatorio_servicios": the observatory of social services (issue 22; core/indicators/services.py).
Per sector measured in the period: its facilities (points, capacity, state, provider) and, by unit and for the
municipality, target population, supply per 1,000, E2SFCA accessibility, deficit, persons beyond reach and use of
capacity. Only sectors whose indicators were computed for the period appear; nothing is computed here."""
from ..i18n import tr
from ..indicators.catalog import _SECTOR_NAMES
from ..indicators.services import PREFIXES, parse_code
from . import territory as shared
from .format import or_no_data
from .model import Table, section

FACILITY_COLUMNS = ("codigo", "nombre", "sector", "capacidad", "unidad_capacidad", "estado", "naturaleza")
# The keys a unit's row carries, by indicator prefix.
KEYS = {"oferta_demanda": "oferta_demanda", "accesibilidad": "accesibilidad", "deficit": "deficit",
        "poblacion_sin_servicio": "sin_servicio", "uso_capacidad": "uso_capacidad"}


def headers():
    return [tr("Unit"), tr("Target population"), tr("Supply per 1,000"), tr("Accessibility (E2SFCA) per 1,000"),
            tr("Deficit (persons)"), tr("Beyond 1,500 m (persons)"), tr("Use of capacity %")]


def unit_row(u):
    return [u["nombre"], or_no_data(u["poblacion_objetivo"], 0), or_no_data(u["oferta_demanda"], 2),
            or_no_data(u["accesibilidad"], 2), or_no_data(u["deficit"], 0), or_no_data(u["sin_servicio"], 0),
            or_no_data(u["uso_capacidad"], 1)]


def _tables(data):
    return [Table(f"deficit_{s['sector']}", tr("Social services observatory: {sector}").format(sector=s["nombre"]),
                  headers(), [unit_row(s["municipio"])] + [unit_row(u) for u in s["unidades"]])
            for s in data["sectores"]]


@section("observatorio_servicios", lambda: tr("Social services observatory"), tables=_tables,
         documents=("expediente", "datos_abiertos", "minisitio"))
def social_services(store, period, level):
    """{sectores [{sector, nombre, equipamientos [{codigo, nombre, capacidad, unidad_capacidad, estado, naturaleza,
    geometria}], unidades [{codigo, nombre, poblacion_objetivo, oferta_demanda, accesibilidad, deficit,
    sin_servicio, uso_capacidad}], municipio {the same}, notas [text]}]}: the sectors measured in the period (its own
    measurements, else its year's)."""
    place = shared.territory(store, level, period.year)
    definitions = shared.definitions(store)
    sectors = sorted({code[len("accesibilidad_"):] for code in definitions if code.startswith("accesibilidad_")})
    providers = {"publica": tr("public"), "privada": tr("private")}
    data, points = store.read("equipamiento", list(FACILITY_COLUMNS))
    facilities = [{**{c: data[c][i] for c in FACILITY_COLUMNS}, "geometria": points[i]} for i in range(len(points))]
    out = []
    for sector in sectors:
        codes = [f"{prefix}_{sector}" for prefix in PREFIXES]
        rows = []
        for candidate in period.measured_in:
            rows = store.measurement_parts(codes, level, candidate)
            if any(r["indicador"] == f"accesibilidad_{sector}" for r in rows):
                break
        if not rows:
            continue
        by_scope = {}
        notes = []
        for r in rows:
            prefix = r["indicador"][:-len(sector) - 1]
            entry = by_scope.setdefault((r["nivel"], r["ambito"]), {})
            entry[KEYS[prefix]] = r["valor"]
            if prefix == "accesibilidad":
                entry["poblacion_objetivo"] = r["denominador"]
            if r["nivel"] == "municipio" and r["nota"] and r["nota"] not in notes:
                notes.append(r["nota"])

        def unit(level_name, code, name):
            values = by_scope.get((level_name, code), {})
            return {"codigo": code, "nombre": name, "poblacion_objetivo": values.get("poblacion_objetivo"),
                    **{key: values.get(key) for key in KEYS.values()}}
        _, own, provider = parse_code(f"accesibilidad_{sector}")
        name = _SECTOR_NAMES.get(own, own) + (f" ({providers[provider]})" if provider else "")
        out.append({"sector": sector, "nombre": name,
                    "equipamientos": [f for f in facilities if f["sector"] == own and f["estado"] == "operando"
                                      and (provider is None or f["naturaleza"] == provider)],
                    "unidades": [unit(level, c, n) for c, n in zip(place["codigos"], place["nombres"])],
                    "municipio": unit("municipio", place["municipio_codigo"], place["municipio_nombre"]),
                    "notas": notes})
    return {"sectores": out}
