"""Section "observatorio_servicios": the observatory of social services (issue 22; core/indicators/services.py).
Per sector measured in the period: its facilities (points, capacity, state, provider) and, by unit and for the
municipality, target population, supply per 1,000, E2SFCA accessibility, deficit, persons beyond reach and use of
capacity. Only sectors whose indicators were computed for the period appear; nothing is computed here.

The nodes of equipamientos (`nodo_equipamiento`) come with it: a node can be a POT project, so beside its manager and
state it carries its project's physical progress at the period's cut-off, read from the progress reports as the
"proyectos" section reads them (the same figure the projects' pages give)."""
from .. import schema
from ..i18n import tr
from ..indicators.catalog import _SECTOR_NAMES
from ..indicators.services import PREFIXES, parse_code
from . import territory as shared
from .format import or_no_data, percent
from ..geojson import REAL, TEXT
from .model import Layer, Table, section
from .projects import projects as project_section

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


NODE_COLUMNS = ("codigo", "nombre", "gestor", "estado", "proyecto")


def node_headers():
    return [tr("Node"), tr("Manager"), tr("State"), tr("POT project"), tr("Physical progress at the cut-off"),
            tr("Facilities")]


def node_row(node):
    """A node as the tables read it: its project named, and its progress as a percentage of the project's goal, or
    why there is none."""
    if node["proyecto"] is None:
        project, progress = tr("none"), "—"
    elif node["proyecto_nombre"] is None:
        project, progress = tr("{code} (not in the expediente)").format(code=node["proyecto"]), "—"
    else:
        project = f"{node['proyecto']} {node['proyecto_nombre']}"
        progress = (percent(node["avance_fisico"]) if node["ultimo_periodo"] else tr("no progress report"))
    return [f"{node['codigo']} {node['nombre']}", node["gestor_nombre"] or "—", node["estado_nombre"], project,
            progress, node["equipamientos"]]


def _tables(data):
    tables = [Table(f"deficit_{s['sector']}", tr("Social services observatory: {sector}").format(sector=s["nombre"]),
                    headers(), [unit_row(s["municipio"])] + [unit_row(u) for u in s["unidades"]])
              for s in data["sectores"]]
    if data["nodos"]:
        tables.append(Table("nodos", tr("Nodes of equipamientos"), node_headers(),
                            [node_row(n) for n in data["nodos"]]))
    return tables


UNIT_FIELDS = [("codigo", TEXT), ("nombre", TEXT), ("poblacion_objetivo", REAL), ("oferta_demanda", REAL),
               ("accesibilidad", REAL), ("deficit", REAL), ("poblacion_sin_servicio", REAL), ("uso_capacidad", REAL)]
FACILITY_FIELDS = [("codigo", TEXT), ("nombre", TEXT), ("sector", TEXT), ("capacidad", REAL),
                   ("unidad_capacidad", TEXT), ("estado", TEXT), ("naturaleza", TEXT)]
NODE_FIELDS = [("codigo", TEXT), ("nombre", TEXT), ("gestor", TEXT), ("estado", TEXT), ("proyecto", TEXT),
               ("proyecto_nombre", TEXT), ("avance_fisico_pct", REAL), ("ultimo_periodo", TEXT),
               ("equipamientos", REAL)]


def _layers(data):
    """GeoJSON of the open data: per sector its indicators by unit (numbers, not text) and its operating facilities;
    the nodes with their projects' progress."""
    layers = []
    for s in data["sectores"]:
        units = s["unidades"]
        layers.append(Layer(f"unidades_{s['sector']}", tr(
            "Social services observatory, {sector}: target population, supply and accessibility per 1,000, deficit, "
            "persons beyond 1,500 m and use of capacity % by unit, measured in {period}").format(
            sector=s["nombre"], period=s["periodo"]), UNIT_FIELDS,
            [[u["codigo"], u["nombre"], u["poblacion_objetivo"], u["oferta_demanda"], u["accesibilidad"], u["deficit"],
              u["sin_servicio"], u["uso_capacidad"]] for u in units], [u["geometria"] for u in units]))
        layers.append(Layer(f"equipamientos_{s['sector']}", tr(
            "Social services observatory, {sector}: operating facilities with their capacity").format(
            sector=s["nombre"]), FACILITY_FIELDS,
            [[f[name] for name, _ in FACILITY_FIELDS] for f in s["equipamientos"]],
            [f["geometria"] for f in s["equipamientos"]]))
    if data["nodos"]:
        layers.append(Layer("nodos", tr("Nodes of equipamientos: manager, state and the physical progress (% of the "
                                        "goal) of the POT project each one is, at the cut-off"), NODE_FIELDS,
                            [[n["codigo"], n["nombre"], n["gestor_nombre"], n["estado_nombre"], n["proyecto"],
                              n["proyecto_nombre"], n["avance_fisico"] if n["ultimo_periodo"] else None,
                              n["ultimo_periodo"], n["equipamientos"]] for n in data["nodos"]],
                            [n["geometria"] for n in data["nodos"]]))
    return layers


def nodes(store, period, level):
    """[{codigo, nombre, gestor, gestor_nombre, estado, estado_nombre, proyecto, proyecto_nombre, proyecto_estado,
    avance_fisico (% of the project's goal at the cut-off), ultimo_periodo (of its latest report by the cut-off, None:
    none yet), equipamientos (operating facilities that name the node), geometria}] by code."""
    data, shapes = store.read("nodo_equipamiento", list(NODE_COLUMNS))
    if not len(shapes):
        return []
    entities = {e["codigo"]: e["nombre"] for e in store.entities()}
    projects = {p["codigo"]: p for p in project_section(store, period, level)["proyectos"]}
    facilities, _ = store.read("equipamiento", ["nodo", "estado"], geometry=False)
    operating = {}
    for node, state in zip(facilities["nodo"], facilities["estado"]):
        if node and state == "operando":
            operating[node] = operating.get(node, 0) + 1
    states = schema.DOMAINS["estado_nodo"]
    out = []
    for i in range(len(shapes)):
        code, project = data["codigo"][i], data["proyecto"][i] or None
        linked = projects.get(project)
        out.append({"codigo": code, "nombre": data["nombre"][i], "gestor": data["gestor"][i] or None,
                    "gestor_nombre": entities.get(data["gestor"][i], data["gestor"][i] or None),
                    "estado": data["estado"][i], "estado_nombre": states.get(data["estado"][i], data["estado"][i]),
                    "proyecto": project, "proyecto_nombre": linked["nombre"] if linked else None,
                    "proyecto_estado": linked["estado_nombre"] if linked else None,
                    "avance_fisico": linked["fisico"] if linked else None,
                    "ultimo_periodo": linked["ultimo_periodo"] if linked else None,
                    "equipamientos": operating.get(code, 0), "geometria": shapes[i]})
    return sorted(out, key=lambda n: n["codigo"])


def measured_in(period):
    """The measurement periods whose services indicators speak for `period`: its own, then its year's; a year's
    document (the report to the Concejo) reads the year's latest semester, the observatory measuring by semester."""
    if period.semester is None:
        return period.measured_in + (f"{period.year}-S2", f"{period.year}-S1")
    return period.measured_in


@section("observatorio_servicios", lambda: tr("Social services observatory"), tables=_tables, layers=_layers,
         documents=("expediente", "informe", "datos_abiertos", "minisitio"))
def social_services(store, period, level):
    """{sectores [{sector, nombre, equipamientos [{codigo, nombre, capacidad, unidad_capacidad, estado, naturaleza,
    geometria}], unidades [{codigo, nombre, poblacion_objetivo, oferta_demanda, accesibilidad, deficit,
    sin_servicio, uso_capacidad, geometria}], municipio {the same}, notas [text], periodo (of its measurements)}],
    nodos [see nodes()]}: the sectors measured in the period (its own measurements, else its year's; a year's, else
    its latest semester's)."""
    place = shared.territory(store, level, period.year)
    definitions = shared.definitions(store)
    sectors = sorted({code[len("accesibilidad_"):] for code in definitions if code.startswith("accesibilidad_")})
    providers = {"publica": tr("public"), "privada": tr("private")}
    data, points = store.read("equipamiento", list(FACILITY_COLUMNS))
    facilities = [{**{c: data[c][i] for c in FACILITY_COLUMNS}, "geometria": points[i]} for i in range(len(points))]
    out = []
    for sector in sectors:
        codes = [f"{prefix}_{sector}" for prefix in PREFIXES]
        rows, measured = [], None
        for candidate in measured_in(period):
            rows = store.measurement_parts(codes, level, candidate)
            if any(r["indicador"] == f"accesibilidad_{sector}" for r in rows):
                measured = candidate
                break
        if measured is None:
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

        def unit(level_name, code, name, geometry):
            values = by_scope.get((level_name, code), {})
            return {"codigo": code, "nombre": name, "poblacion_objetivo": values.get("poblacion_objetivo"),
                    **{key: values.get(key) for key in KEYS.values()}, "geometria": geometry}
        _, own, provider = parse_code(f"accesibilidad_{sector}")
        name = _SECTOR_NAMES.get(own, own) + (f" ({providers[provider]})" if provider else "")
        out.append({"sector": sector, "nombre": name,
                    "equipamientos": [f for f in facilities if f["sector"] == own and f["estado"] == "operando"
                                      and (provider is None or f["naturaleza"] == provider)],
                    "unidades": [unit(level, c, n, g) for c, n, g in zip(place["codigos"], place["nombres"],
                                                                         place["geometrias"])],
                    "municipio": unit("municipio", place["municipio_codigo"], place["municipio_nombre"],
                                      place["municipio_geometria"]),
                    "notas": notes, "periodo": measured})
    return {"sectores": out, "nodos": nodes(store, period, level)}
