"""The expediente's PDF: cover, contents, a sheet per indicator, projects, accountability, atlas.

A renderer of the report model (core/report): everything shown comes from its sections, built once from
the store; this module only lays it on pages (maps, tables, charts) from the .qpt templates.
"""
import datetime
import os

import shapely
from qgis.core import (QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem, QgsFillSymbol, QgsLayoutPoint,
                       QgsLayoutSize, QgsRendererCategory)

from ..core import report, schema
from ..core.report import by_key, legend, palette
from ..core.report.format import long_date, no_data, number, or_no_data, quantity, titled
from ..core.report.labels import horizon_name, level_name, light_label
from ..core.report.accountability import POPULATION
from ..core.report.indicators import FIELD_INDICATORS
from ..core.indicators.services import parse_code as service_code
from ..core.report.services import headers as service_headers, node_headers, node_row, unit_row as service_row
from ..i18n import tr
from ..qt_compat import LAYOUT_MILLIMETERS
from ..store import open_store
from .chart import chart_image
from .heritage_pages import HeritagePages
from .instrument_pages import accountability_pages, instrument_pages
from .map_frame import expediente_territory
from .map_labels import label_codes, uses_codes
from .pages import Page, classify_by_light, coded_layer, color_states, graduate, indicator_classes, outline, units_layer

ROWS_PER_TABLE_PAGE = 30
SHEET_ROWS, ATLAS_ROWS, ATLAS_PROJECTS = 22, 24, 10  # what fits in the template's frames
STYLES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")
EVALUATION_STYLE = os.path.join(STYLES, "evaluacion_proyectos.qml")
ALERT_STYLE = os.path.join(STYLES, "alerta_ocupacion.qml")


def chunks(rows, size=ROWS_PER_TABLE_PAGE):
    return [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]


class ExpedienteReport:
    DOCUMENT = "expediente"

    def __init__(self, store_path, period, level, workdir, horizon="corto"):
        self.period, self.level, self.workdir, self.horizon = str(period), level, workdir, horizon
        self.today = datetime.date.today().isoformat()
        with open_store(store_path) as store:
            self.report = report.build(store, period, level, document=self.DOCUMENT)
            self.root = store.evidence_root  # field photos are relative to it
            self.crs = QgsCoordinateReferenceSystem(store.crs_wkt())
            self.territory = expediente_territory(store, level, self.report.period.cutoff.year,
                                                  self.crs)  # what the maps frame
        self.info = self.report.info
        self.cutoff = self.report.period.cutoff
        territory = self.report["territorio"]
        self.unit_codes = [u["codigo"] for u in territory["unidades"]]
        self.unit_names = [u["nombre"] for u in territory["unidades"]]
        self.unit_geometries = [u["geometria"] for u in territory["unidades"]]
        self.municipality_code = territory["municipio"]["codigo"]
        self.municipality_name = territory["municipio"]["nombre"]
        self.indicators = {i["codigo"]: i for i in self.report["indicadores"]}
        self.projects = self.report["proyectos"]["proyectos"]
        self.field = self.report.sections.get("control_ocupaciones") or {
            "alertas": [], "por_unidad": [], "confirmadas": []}
        services = self.report.sections.get("observatorio_servicios") or {"sectores": [], "nodos": []}
        self.services, self.nodes = services["sectores"], services["nodos"]
        self.outline = outline(units_layer(tr("Territorial units"), self.crs, self.unit_codes, self.unit_names,
                                           self.unit_geometries))
        self.extent = self.territory.frame()  # the focus (urban area) with the whole territory as an inset
        self.projects_layer = self._projects_layer()
        self.layers = [self.outline, self.projects_layer]  # keep memory layers alive with the pages

    # -- shared pieces ------------------------------------------------------
    def _projects_layer(self):
        located = [p for p in self.projects if p["geometria"] is not None]
        layer = coded_layer("MultiPolygon", tr("Projects by state"), self.crs,
                            [(p["codigo"], p["estado"]) for p in located], [p["geometria"] for p in located])
        layer.loadNamedStyle(EVALUATION_STYLE)
        return color_states(layer)

    def _page(self, template, title, subtitle=""):
        page = Page(template, self.crs)
        municipality = self.info.get("municipio") or tr("Municipality")
        page.text("encabezado", tr("Mayor's office of {municipality} — Planning office · Expediente Municipal del POT")
                  .format(municipality=municipality))
        page.text("titulo", title)
        page.text("subtitulo", subtitle)
        page.text("fecha", tr("Produced on {date}").format(date=long_date(self.today)))
        page.text("crs", tr("CRS: {crs}").format(crs=self.crs.description() or self.crs.authid()))
        return page

    # -- sections -----------------------------------------------------------
    def cover(self):
        page = self._page("portada", tr("Expediente Municipal del Plan de Ordenamiento Territorial"),
                          tr("{municipality} · follow-up and evaluation, period {period}").format(
                              municipality=self.info.get("municipio") or "", period=self.period))
        page.map([self.projects_layer, self.outline], self.territory.whole(), legend=False)
        return page

    def field_control_map(self):
        """Alerts by state on the map, and how many there are of each."""
        alerts = self.field["alertas"]
        # Tiny sites are buffered so they stay visible at city scale.
        layer = coded_layer("MultiPolygon", tr("Occupation alerts"), self.crs,
                            [(a["codigo"], a["estado"]) for a in alerts],
                            [shapely.buffer(a["geometria"], 15) for a in alerts])
        layer.loadNamedStyle(ALERT_STYLE)
        layer.setLabelsEnabled(False)
        # How many alerts are in each state is read in the legend ("Priorizada (80)"): a separate table of
        # states beside it left the legend no room and hid its longest labels under the table.
        states = [a["estado"] for a in self.field["alertas"]]
        renderer = layer.renderer()
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, f"{category.label()} ({states.count(category.value())})")
        self.layers.append(layer)
        page = self._page("hoja", tr("Control of informal occupations"),
                          tr("Occupation alerts by state at {date}").format(date=long_date(self.cutoff)))
        page.remove("grafico")  # the legend may take the column's width
        page.map([layer, self.outline], self.territory.including(layer))
        page.table("tabla", [tr("Unit"), tr("Alerts"), tr("Confirmed"), tr("With action %")],
                   self.field_control_rows()[:SHEET_ROWS], 7)
        return page

    def field_control_rows(self):
        """Per unit (and the municipality): alerts, confirmed occupations, % of them with a control action."""
        return [[u["nombre"], number(u["alertas"], 0), number(u["confirmadas"], 0), or_no_data(u["con_accion"], 1)]
                for u in self.field["por_unidad"]]

    def confirmed_case(self, case):
        """One confirmed occupation: where it is, what the field found, one photo."""
        alert = next(a for a in self.field["alertas"] if a["codigo"] == case["alerta"])
        code = alert["codigo"]
        state = schema.DOMAINS["estado_alerta"].get(alert["estado"], alert["estado"])
        page = self._page("hoja", tr("Informal occupation {code} · {state}").format(code=code, state=state),
                          tr("{reason} · {unit} · visited on {date}").format(
                              reason=schema.DOMAINS["motivo_alerta"].get(alert["motivo"]),
                              unit=self._unit_name(alert["unidad"]), date=long_date(case["fecha"])))
        site = outline(units_layer(code, self.crs, [code], [code], [alert["geometria"]]), "#c62828", 0.8,
                       "198,40,40,90")
        self.layers.append(site)
        page.map([site, self.outline], site.extent().buffered(80), legend=False)
        page.table("tabla", [tr("Field"), tr("Value")], [
            [tr("State"), schema.DOMAINS["estado_alerta"].get(alert["estado"])],
            [tr("Finding"), schema.DOMAINS["hallazgo"].get(case["hallazgo"], case["hallazgo"])],
            [tr("Area (m²)"), number(alert["area_m2"], 0)],
            [tr("Priority"), number(alert["prioridad"], 1)],
            [tr("Visits"), str(case["visitas"])], [tr("Control actions"), str(case["acciones"])]], 8)
        path = os.path.join(self.root, case["foto"]) if case["foto"] and self.root else None
        if path and os.path.exists(path):
            page.picture("grafico", path)
        else:
            page.table("grafico", [tr("Photo")], [[no_data()]], 8)
        page.text("fuente", tr("Source: field visits (QField) and control actions of the expediente"))
        return page

    def field_control(self):
        if not self.field["alertas"]:
            return []
        return [self.field_control_map()] + [self.confirmed_case(case) for case in self.field["confirmadas"]]

    # -- the observatory of social services ----------------------------------
    def _facilities_layer(self, sector):
        """The sector's operating facilities as points, over the map of a unit indicator."""
        from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer

        facilities = sector["equipamientos"]
        layer = coded_layer("Point", tr("Facilities ({count})").format(count=len(facilities)), self.crs,
                            [(f["codigo"], f.get("estado")) for f in facilities], [f["geometria"] for f in facilities])
        layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#212121", "outline_color": "#ffffff", "outline_width": "0.2", "size": "1.6"})))
        self.layers.append(layer)
        return layer

    def service_page(self, sector, key, title, unit, columns, polarity):
        values = [u[key] for u in sector["unidades"]]
        layer = units_layer(f"{title} ({unit})", self.crs, self.unit_codes, self.unit_names, self.unit_geometries,
                            values)
        graduate(layer, indicator_classes(values, polarity))
        points = self._facilities_layer(sector)
        self.layers.append(layer)
        page = self._page("hoja", f"{title} — {sector['nombre']}", tr("Period {period} · by {level}").format(
            period=self.period, level=_level_name(self.level)))
        page.map([layer], self.extent, overlay=[points])
        rows = [[row[i] for i in columns] for row in [service_row(sector["municipio"])] +
                [service_row(u) for u in sector["unidades"]]]
        headers = [service_headers()[i] for i in columns]
        page.table("tabla", headers, rows[:SHEET_ROWS], 6)
        notes = [[note] for note in sector["notas"]] or [[tr("Straight-line distance from where people live.")]]
        page.table("grafico", [tr("Notes")], notes, 6)
        page.text("fuente", tr("Source: the expediente's facilities and their semiannual reports; "
                               "population by age group"))
        return [page] + self._continued(f"{title} — {sector['nombre']}", headers, rows[SHEET_ROWS:])

    def nodes_layer(self):
        """The nodes of equipamientos coloured by state (palette.NODE_STATES, as on the minisite), labelled by code."""
        layer = coded_layer("MultiPolygon", tr("Nodes by state"), self.crs,
                            [(n["codigo"], n["estado"]) for n in self.nodes], [n["geometria"] for n in self.nodes])
        categories = [QgsRendererCategory(state, QgsFillSymbol.createSimple(
            {"color": palette.NODE_STATES[state], "outline_color": "#2d1a4f", "outline_width": "0.4"}), label)
            for state, label in schema.DOMAINS["estado_nodo"].items()]
        layer.setRenderer(QgsCategorizedSymbolRenderer("estado", categories))
        self.layers.append(layer)
        return label_codes(layer)

    def nodes_page(self):
        """The nodes on the map by state, and a table: manager, state, and the physical progress of the POT project
        a node is, at the cut-off (the projects' own figure)."""
        if not self.nodes:
            return []
        title = tr("Nodes of equipamientos")
        page = self._page("hoja", title, tr("State at {date} · a node that is a POT project advances as its project "
                                            "reports").format(date=long_date(self.cutoff)))
        page.map([self.nodes_layer(), self.outline], self.extent)
        # (the facilities a node holds are in the open data and on the site: five columns fit the frame)
        headers, rows = node_headers()[:5], [node_row(n)[:5] for n in self.nodes]
        page.table("tabla", headers, rows[:SHEET_ROWS], 6)
        linked = [n for n in self.nodes if n["proyecto_nombre"] is not None]
        note = tr("{linked} of {nodes} nodes are POT projects: their progress is the physical progress their "
                  "project reported by the cut-off, as a percentage of its goal.").format(linked=len(linked),
                                                                                          nodes=len(self.nodes))
        page.table("grafico", [tr("Notes")], [[note]], 6)
        page.text("fuente", tr("Source: the expediente's nodes of equipamientos and the projects' progress reports"))
        return [page] + self._continued(title, headers, rows[SHEET_ROWS:])

    def social_services(self):
        pages = self.nodes_page()
        for sector in self.services:
            pages += self.service_page(sector, "oferta_demanda", tr("Supply against demand"), tr("per 1,000"),
                                       (0, 1, 2, 6), "positiva")
            pages += self.service_page(sector, "accesibilidad", tr("Accessibility (E2SFCA)"), tr("per 1,000"),
                                       (0, 3, 4, 5), "positiva")
        return pages

    def indicator_codes(self):
        """Indicators with a sheet of their own (the observatory's have their section)."""
        return [code for code, indicator in self.indicators.items() if indicator["mapa"] and service_code(code) is None]

    def _units_and_municipality(self):
        return [(self.municipality_code, self.municipality_name)] + list(zip(self.unit_codes, self.unit_names))

    def indicator_sheet(self, code):
        indicator = self.indicators[code]
        values = [indicator["valores"].get(c) for c in self.unit_codes]
        unit = indicator["unidad"]
        target = indicator["metas"][self.horizon]
        if legend.by_light(indicator, self.horizon):
            reading = tr("Map by traffic light against the {horizon} target").format(
                horizon=horizon_name(self.horizon))
        else:
            reading = tr("Map by value classes (no target to compare with)")
        page = self._page("hoja", indicator["nombre"], tr("{reading} · period {period} · by {level}").format(
            reading=reading, period=self.period, level=level_name(self.level)))
        layer = units_layer(titled(indicator["nombre"], unit), self.crs, self.unit_codes, self.unit_names,
                            self.unit_geometries, values)
        self.style_indicator(layer, indicator)
        self.layers.append(layer)
        page.map([layer], self.extent)
        lights = indicator["semaforos"][self.horizon]
        table = []
        for code_unit, name in self._units_and_municipality():
            valor, nota = indicator["valores"].get(code_unit), indicator["notas"].get(code_unit)
            shown = quantity(valor, unit) if valor is not None else no_data() + (f" ({nota})" if nota else "")
            # grey, named, without a value as without a target: the column read "sin dato" beside "Gris (...)"
            light = light_label(lights.get(code_unit, "gris") if valor is not None else "gris")
            table.append([self._unit_label(code_unit, name), shown, light])
        headers = [tr("Unit"), tr("Value"), tr("Traffic light")]
        page.table("tabla", headers, table[:SHEET_ROWS], 6)
        series = [tuple(point) for point in indicator["serie"].get(self.municipality_code, [])]
        path = os.path.join(self.workdir, f"serie_{code}.png")
        horizons = [(value, tr("target {horizon}").format(horizon=h))
                    for h, value in indicator["metas"].items() if h != self.horizon]
        chart_image(path, [(tr("municipality"), "#1f5f8b", series)], indicator["base"], target,
                    tr("Time series — municipality"), targets=horizons, percent=unit == "%")
        page.picture("grafico", path)
        page.text("fuente", tr("Source: {source}").format(source=indicator["fuente"] or tr("Expediente")))
        return [page] + self._continued(indicator["nombre"], headers, table[SHEET_ROWS:])

    def style_indicator(self, layer, indicator, field="valor"):
        """The indicator's map: by traffic light when it has a target (the colours then say what the table's
        lights say), else by value classes."""
        if legend.by_light(indicator, self.horizon):
            classify_by_light(layer, legend.light_classes(indicator["base"], indicator["metas"][self.horizon],
                                                          indicator["polaridad"], indicator["unidad"]),
                              field, indicator["base"], indicator["metas"][self.horizon], indicator["polaridad"])
        else:
            values = [indicator["valores"].get(c) for c in self.unit_codes]
            graduate(layer, indicator_classes(values, indicator["polaridad"]), field)

    def _unit_name(self, code):
        """A unit as a reader knows it: its name ("Localidad El Centro"), never its bare code."""
        names = dict(zip(self.unit_codes, self.unit_names))
        if code in names:
            level, name = self._level_name(), names[code]
            # a name that already says its level ("Localidad 16") is not prefixed again ("Localidad Localidad 16")
            return name if name.lower().startswith(level.lower() + " ") else f"{level} {name}"
        return no_data() if not code else f"{self._level_name()} {code}"

    def _level_name(self):
        return schema.DOMAINS["nivel_territorial"].get(self.level, self.level)

    def _unit_label(self, code, name):
        """A unit as the sheet's table names it: with its code when the map labels units by code."""
        return f"{code} {name}" if uses_codes(len(self.unit_codes)) and code != self.municipality_code else name

    def projects_map(self):
        page = self._page("hoja", tr("POT projects by state"),
                          tr("State at {date}").format(date=long_date(self.cutoff)))
        page.map([self.projects_layer, self.outline], self.territory.including(self.projects_layer))
        by_state = by_key("proyectos").tables(self.report["proyectos"])[0]
        page.table("tabla", by_state.headers, by_state.rows, 8)
        page.remove("grafico")
        return page

    def program_summary(self):
        rows = [[p["programa_nombre"], p["codigo"], p["nombre"], p["estado_nombre"], number(p["esperado"], 1),
                 number(p["fisico"], 1), number(p["financiero"], 1), p["notas"] or ""]
                for p in sorted(self.projects, key=lambda p: (p["programa"], p["codigo"]))]
        headers = [tr("Program"), tr("Code"), tr("Project"), tr("State"), tr("Expected %"), tr("Physical %"),
                   tr("Financial %"), tr("Bottlenecks")]
        return [self._table_page(tr("Semiannual program summary"), headers, chunk, tr("Cut-off {date}").format(
            date=long_date(self.cutoff))) for chunk in chunks(rows)]

    def accountability(self):
        accountability = self.report["rendicion_cuentas"]
        rows = [[p["codigo"], p["objetivo"], p["estado_nombre"], "$ " + number(p["inversion"], 0),
                 number(p["fisico"], 1) + " %", "; ".join(_related(r) for r in p["relacionados"]) or no_data()]
                for p in accountability["proyectos"]]
        headers = [tr("Project"), tr("Objective"), tr("Compliance"), tr("Resources invested"), tr("Progress"),
                   tr("Related indicators")]
        pages = [self._table_page(tr("Accountability report: projects"), headers, chunk) for chunk in chunks(rows)]
        by_unit = [[u["nombre"]] + [number(u[column], 0) for column in POPULATION] +
                   [or_no_data(u["inversion_per_capita"], 0), or_no_data(u["avance_ponderado"], 1)]
                   for u in accountability["unidades"]]
        headers = by_key("rendicion_cuentas").tables(accountability)[1].headers
        pages += [self._table_page(tr("Accountability report: by territorial unit, sex and age"), headers, chunk)
                  for chunk in chunks(by_unit)]
        pages += self.participation()
        pages += accountability_pages(self)  # investment per inhabitant by source (observatory of instruments)
        field_rows = self.field_control_rows()
        if field_rows:
            pages += [self._table_page(tr("Accountability report: control of informal occupations"),
                                       [tr("Unit"), tr("Alerts"), tr("Confirmed"), tr("With action %")], chunk)
                      for chunk in chunks(field_rows)]
        return pages

    def participation(self):
        """The accountability report's participation: participants by unit and sex (territorial and gender
        approach), with the plan's compliance by dependency; counts only (core/report/participation.py)."""
        data = self.report.sections.get("participacion")
        if not data or not (data["actividades"] or data["por_dependencia"]):
            return []
        rows = [[u["nombre"], number(u["actividades"], 0), number(u["asistentes"], 0), number(u["mujeres"], 0),
                 number(u["hombres"], 0), number(u["otras"], 0)] for u in data["por_unidad"]]
        rows += [[tr("Plan of {dependency}: programmed {programmed}, executed {executed}").format(
            dependency=d["nombre"], programmed=number(d["programadas"], 0), executed=number(d["ejecutadas"], 0)),
            or_no_data(d["cumplimiento"], 1) + " %", "", "", "", ""] for d in data["por_dependencia"]]
        headers = [tr("Unit"), tr("Activities"), tr("Participants"), tr("Women"), tr("Men"),
                   tr("Other identities or not stated")]
        return [self._table_page(tr("Accountability report: citizen participation"), headers, chunk,
                                 tr("Executed activities of the period; the plan's compliance by dependency"))
                for chunk in chunks(rows)]

    def atlas_page(self, index):
        code, name, geometry = self.unit_codes[index], self.unit_names[index], self.unit_geometries[index]
        page = self._page("hoja", name, tr("{level} {code} · period {period}").format(
            level=schema.DOMAINS["nivel_territorial"].get(self.level, self.level), code=code, period=self.period))
        unit = outline(units_layer(name, self.crs, [code], [name], [geometry]), "#c62828", 0.8)
        self.layers.append(unit)
        page.map([unit, self.projects_layer], self.territory.unit(str(code)), legend=False)
        rows, without = [], 0
        for indicator in [c for c in self.indicator_codes() if c not in FIELD_INDICATORS]:  # those have their section
            item = self.indicators[indicator]
            valor = item["valores"].get(code)
            if valor is None:  # a rural unit has no urban density: one line says so, not a column of "sin dato"
                without += 1
                continue
            rows.append([item["nombre"], quantity(valor, item["unidad"]),
                         light_label(item["semaforos"][self.horizon].get(code, "gris"))])
        if without:
            rows.append([tr("{count} indicators without data in this unit (see their sheets)").format(count=without),
                         "—", "—"])
        indicator_headers = [tr("Indicator"), tr("Value"), tr("Traffic light")]
        page.table("tabla", indicator_headers, rows[:ATLAS_ROWS], 6)
        touching = [p for p in self.projects
                    if p["geometria"] is not None and shapely.intersects(p["geometria"], geometry)]
        projects = [[f"{p['codigo']} {p['nombre']}", p["estado_nombre"],
                     ", ".join(self.indicators[c]["nombre"] if c in self.indicators else c
                               for c in p["indicadores"]) or no_data()] for p in touching]
        headers = [tr("Project"), tr("State"), tr("Related indicators")]
        page.table("grafico", headers, projects[:ATLAS_PROJECTS] or [[tr("No POT project in this unit"), "—", "—"]], 6)
        return [page] + self._continued(name, indicator_headers, rows[ATLAS_ROWS:]) + \
            self._continued(name, headers, projects[ATLAS_PROJECTS:])

    def _continued(self, title, headers, rows):
        """Table pages for the rows a sheet had no room for: nothing is silently left out."""
        return [self._table_page(tr("{title} (continued)").format(title=title), headers, chunk)
                for chunk in chunks(rows)] if rows else []

    def _table_page(self, title, headers, rows, subtitle=""):
        page = self._page("tabla", title, subtitle)
        page.table("tabla", headers, rows, 7)
        return page

    def contents_page(self, sections):
        page = self._page("tabla", tr("Contents"))
        rows = [[title, str(number_)] for title, number_ in sections]
        # 28 rows fit the frame at 9 pt. A longer contents runs in two columns side by side (a table's cell
        # margins, not its type, set how many rows fit: a smaller type alone cut the list), then gets a smaller
        # type: never a cut list.
        columns = 1 if len(rows) <= 28 else 2
        per_column = -(-len(rows) // columns)
        size = 9 if per_column <= 28 else max(5.0, 9 * 24 / per_column)
        frame = page.items["tabla"]
        x, y = frame.positionWithUnits().x(), frame.positionWithUnits().y()
        width, height = frame.sizeWithUnits().width(), frame.sizeWithUnits().height()
        gap = 6 if columns > 1 else 0
        for column in range(columns):
            page.table_at(QgsLayoutPoint(x + column * (width + gap) / columns, y, LAYOUT_MILLIMETERS),
                          QgsLayoutSize((width - gap) / columns, height, LAYOUT_MILLIMETERS),
                          [tr("Section"), tr("Page")], rows[column * per_column:(column + 1) * per_column], size)
        page.remove("tabla")
        return page

    def pages(self, progress=None, cancelled=lambda: False):
        """Every page in order, with the contents and page numbers filled in."""
        sections, body = [], []

        def add(title, new_pages):
            sections.append((title, len(body) + 3))  # after the cover and the contents
            body.extend(new_pages)

        codes = self.indicator_codes()
        for position, code in enumerate(codes):
            if cancelled():
                return None
            add(self.indicators[code]["nombre"], self.indicator_sheet(code))
            if progress:
                progress(0.5 * (position + 1) / max(1, len(codes)))
        add(tr("POT projects by state"), [self.projects_map()])
        add(tr("Semiannual program summary"), self.program_summary())
        add(tr("Accountability report"), self.accountability())
        field_pages = self.field_control()
        if field_pages:
            add(tr("Control of informal occupations"), field_pages)
        service_pages = self.social_services()
        if service_pages:
            add(tr("Social services observatory"), service_pages)
        heritage_pages = HeritagePages(self, self.report.sections.get("patrimonio")).pages()
        if heritage_pages:
            add(tr("Heritage observatory"), heritage_pages)
        observatory = instrument_pages(self)
        if observatory:
            add(tr("Observatory of instruments"), observatory)
        atlas = []
        for index in range(len(self.unit_codes)):
            if cancelled():
                return None
            atlas.extend(self.atlas_page(index))
        add(tr("Atlas by territorial unit"), atlas)
        pages = [self.cover(), self.contents_page(sections)] + body
        for number_, page in enumerate(pages, start=1):
            page.text("pagina", str(number_))
        return pages


def _level_name(level):
    """'localidad', 'UPZ': a level as a sentence names it."""
    label = schema.DOMAINS["nivel_territorial"].get(level, level)
    return label if label.startswith("UP") else label.lower()


def _related(indicator):
    """An indicator linked to a project with its value: 'Espacio público efectivo por habitante: 4,2 m²/hab'."""
    return f"{indicator['nombre']}: {quantity(indicator['valor'], indicator['unidad'])}"
