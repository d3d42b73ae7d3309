"""The expediente's PDF: cover, contents, a sheet per indicator, projects, accountability, atlas.

Everything shown is read from the store (measurements, definitions, projects
and their reports); nothing is computed here beyond putting it on pages.
"""
import datetime
import os

import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsVectorLayer
from ..qgis_fields import TEXT, fields

from ..core import age_bands, indicators, schema
from ..core.formatting import number
from ..core.indicators.assessment import target_for, traffic_light
from ..core.projects import evaluate, period_end_of
from ..i18n import tr
from ..store import open_store
from ..store.indicator_inputs import load_inputs
from ..store.progress import projects, reports_by_project
from .chart import chart_image
from .pages import NO_DATA, Page, graduate, outline, padded, units_layer

PROJECT_BATTERY = {"proyectos_incumplimiento_corto", "proyectos_incumplimiento_mediano",
                   "proyectos_incumplimiento_largo", "proyectos_en_presupuesto", "avance_fisico_ponderado",
                   "ejecucion_financiera", "inversion_per_capita"}
STATE_LABELS = {"sin_iniciar": "Sin iniciar", "al_dia": "Al día", "retrasado": "Retrasado",
                "incumplimiento": "Incumplimiento", "terminado": "Terminado"}
ROWS_PER_TABLE_PAGE = 30
SHEET_ROWS, ATLAS_ROWS, ATLAS_PROJECTS = 22, 24, 10  # what fits in the template's frames
STYLES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")
EVALUATION_STYLE = os.path.join(STYLES, "evaluacion_proyectos.qml")
ALERT_STYLE = os.path.join(STYLES, "alerta_ocupacion.qml")
FIELD_INDICATORS = ("alertas_ocupacion", "ocupaciones_confirmadas", "ocupaciones_con_accion",
                    "area_ocupacion_informal_proteccion", "area_ocupacion_informal_amenaza")
CONFIRMED = ("confirmada", "con_accion", "cerrada")


def chunks(rows, size=ROWS_PER_TABLE_PAGE):
    return [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]


class ExpedienteReport:
    def __init__(self, store_path, period, level, workdir, horizon="corto"):
        self.period, self.level, self.workdir, self.horizon = period, level, workdir, horizon
        self.store_path = store_path
        self.cutoff = period_end_of(period)
        self.today = datetime.date.today().isoformat()
        with open_store(store_path) as store:
            self.info = store.info
            self.root = store.evidence_root  # field photos are relative to it
            self.crs = QgsCoordinateReferenceSystem(store.crs_wkt())
            self.definitions = store.indicator_definitions()
            self.names = store.unit_names(level)
            # Semiannual measurements of the period, or else the annual ones of its year.
            self.measured = {code: store.measurements(code, level, period=period) or
                             store.measurements(code, level, period=period[:4]) for code in self.definitions}
            self.series = {code: store.measurements(code, level) for code in self.definitions}
            self.projects = projects(store, with_geometry=True)
            self.history = reports_by_project(store)  # the projects' progress reports, by project
            self.inputs = load_inputs(store, level, self.cutoff.year)
            self.engine = indicators.Engine(self.inputs, self.cutoff.year)
            # Age groups as DANE/SDP publish them by UPZ (60: "persona adulta mayor", Ley 1251 de 2008), added up
            # from each population row's declared bands (core/age_bands.py).
            self.inputs.add_age_groups(age_bands.BROAD)
            self.population = {column: self.engine.population(column) for column in
                               ("poblacion", "mujeres", "hombres") + tuple(b.column() for b in age_bands.BROAD)}
            self.alerts, self.alert_outlines = store.read(
                "alerta_ocupacion", ["codigo", "motivo", "unidad", "area_m2", "prioridad", "estado"],
                where="detectada_en <= ?", params=(self.cutoff.isoformat(),))
            self.field_evidence = self._field_evidence(store)
            self.project_indicators = {}
            for indicator, project in store.connection.execute(
                    "SELECT indicador, proyecto FROM indicador_proyecto ORDER BY indicador"):
                self.project_indicators.setdefault(project, []).append(indicator)
        self.programs = {p["programa"] for p in self.projects}
        self.evaluations = {p["codigo"]: evaluate(p, self.history.get(p["codigo"], []), self.cutoff) for p in self.projects}
        units = self.inputs.units
        self.unit_codes, self.unit_names = units["codigo"].tolist(), units["nombre"].tolist()
        self.unit_geometries = units.geometries
        self.municipality = self.inputs.municipality
        self.municipality_code = self.inputs.municipality_code
        self.outline = outline(units_layer(tr("Territorial units"), self.crs, self.unit_codes, self.unit_names,
                                           self.unit_geometries))
        self.extent = padded(self.outline.extent())
        self.projects_layer = self._projects_layer()
        self.layers = [self.outline, self.projects_layer]  # keep memory layers alive with the pages

    def _field_evidence(self, store):
        """{alert: (date, finding, first photo of its latest visit, visits, actions)} of confirmed cases."""
        evidence = {}
        rows = store.connection.execute(
            "SELECT v.alerta, v.fecha_hora, v.hallazgo, v.foto_1, "
            "(SELECT count(DISTINCT uuid) FROM visita w WHERE w.alerta = v.alerta), "
            "(SELECT count(*) FROM accion_control a WHERE a.alerta = v.alerta AND a.fecha <= ?) "
            "FROM visita v JOIN alerta_ocupacion o ON o.codigo = v.alerta "
            "WHERE o.estado IN (?, ?, ?) AND substr(v.fecha_hora, 1, 10) <= ? ORDER BY v.fecha_hora, v.version",
            (self.cutoff.isoformat(), *CONFIRMED, self.cutoff.isoformat())).fetchall()
        for alert, when, finding, photo, visits, actions in rows:
            evidence[alert] = (str(when)[:10], finding, photo, visits, actions)
        return evidence

    # -- shared pieces ------------------------------------------------------
    def _projects_layer(self):
        layer = QgsVectorLayer(f"MultiPolygon?crs={self.crs.authid() or 'EPSG:9377'}", tr("Projects by state"), "memory")
        layer.dataProvider().addAttributes(list(fields([("codigo", TEXT), ("estado", TEXT)])))
        layer.updateFields()
        features = []
        for project in self.projects:
            if project["geometry"] is None:
                continue
            feature = QgsFeature(layer.fields())
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(project["geometry"]))
            feature.setGeometry(geometry)
            feature.setAttributes([project["codigo"], self.evaluations[project["codigo"]].state])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.loadNamedStyle(EVALUATION_STYLE)
        return layer

    def _page(self, template, title, subtitle=""):
        page = Page(template, self.crs)
        municipality = self.info.get("municipio") or tr("Municipality")
        page.text("encabezado", tr("Mayor's office of {municipality} — Planning office · Expediente Municipal del POT")
                  .format(municipality=municipality))
        page.text("titulo", title)
        page.text("subtitulo", subtitle)
        page.text("fecha", tr("Produced on {date}").format(date=self.today))
        page.text("crs", tr("CRS: {crs}").format(crs=self.crs.description() or self.crs.authid()))
        return page

    # -- sections -----------------------------------------------------------
    def cover(self):
        page = self._page("portada", tr("Expediente Municipal del Plan de Ordenamiento Territorial"),
                          tr("{municipality} · follow-up and evaluation, period {period}").format(
                              municipality=self.info.get("municipio") or "", period=self.period))
        page.map([self.projects_layer, self.outline], self.extent, legend=False)
        return page

    def field_control_map(self):
        """Alerts by state on the map, and how many there are of each."""
        layer = QgsVectorLayer(f"MultiPolygon?crs={self.crs.authid() or 'EPSG:9377'}", tr("Occupation alerts"), "memory")
        layer.dataProvider().addAttributes(list(fields([("codigo", TEXT), ("estado", TEXT)])))
        layer.updateFields()
        features = []
        for code, state, geometry in zip(self.alerts["codigo"], self.alerts["estado"], self.alert_outlines):
            feature = QgsFeature(layer.fields())
            qgs = QgsGeometry()
            qgs.fromWkb(shapely.to_wkb(shapely.buffer(geometry, 15)))  # tiny sites stay visible at city scale
            feature.setGeometry(qgs)
            feature.setAttributes([code, state])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.loadNamedStyle(ALERT_STYLE)
        layer.setLabelsEnabled(False)
        self.layers.append(layer)
        page = self._page("hoja", tr("Control of informal occupations"),
                          tr("Occupation alerts by state at {date}").format(date=self.cutoff))
        page.map([layer, self.outline], self.extent)
        states = schema.DOMAINS["estado_alerta"]
        page.table("tabla", [tr("State"), tr("Alerts")],
                   [[label, sum(1 for s in self.alerts["estado"] if s == state)] for state, label in states.items()], 8)
        page.table("grafico", [tr("Unit"), tr("Alerts"), tr("Confirmed"), tr("With action %")],
                   self.field_control_rows()[:SHEET_ROWS], 6)
        return page

    def field_control_rows(self):
        """Per unit (and the municipality): alerts, confirmed occupations, % of them with a control action."""
        values = {code: {ambito: valor for _, _, ambito, valor, _ in self.measured.get(code, [])}
                  for code in FIELD_INDICATORS}
        rows = []
        for code, name in [(self.municipality_code, self.names.get(self.municipality_code, tr("Municipality")))] + \
                list(zip(self.unit_codes, self.unit_names)):
            counts = [values[c].get(code) for c in FIELD_INDICATORS[:3]]
            if not counts[0]:
                continue
            rows.append([name, number(counts[0], 0), number(counts[1], 0),
                         number(counts[2], 1) if counts[2] is not None else NO_DATA])
        return rows

    def confirmed_case(self, code):
        """One confirmed occupation: where it is, what the field found, one photo."""
        index = list(self.alerts["codigo"]).index(code)
        when, finding, photo, visits, actions = self.field_evidence[code]
        page = self._page("hoja", tr("Confirmed occupation {code}").format(code=code),
                          tr("{reason} · unit {unit} · visited on {date}").format(
                              reason=schema.DOMAINS["motivo_alerta"].get(self.alerts["motivo"][index]),
                              unit=self.alerts["unidad"][index] or NO_DATA, date=when))
        site = outline(units_layer(code, self.crs, [code], [code], [self.alert_outlines[index]]), "#c62828", 0.8,
                       "198,40,40,90")
        self.layers.append(site)
        page.map([site, self.outline], site.extent().buffered(80), legend=False)
        page.table("tabla", [tr("Field"), tr("Value")], [
            [tr("State"), schema.DOMAINS["estado_alerta"].get(self.alerts["estado"][index])],
            [tr("Finding"), schema.DOMAINS["hallazgo"].get(finding, finding)],
            [tr("Area (m²)"), number(self.alerts["area_m2"][index], 0)],
            [tr("Priority"), number(self.alerts["prioridad"][index], 1)],
            [tr("Visits"), str(visits)], [tr("Control actions"), str(actions)]], 8)
        path = os.path.join(self.root, photo) if photo and self.root else None
        if path and os.path.exists(path):
            page.picture("grafico", path)
        else:
            page.table("grafico", [tr("Photo")], [[NO_DATA]], 8)
        page.text("fuente", tr("Source: field visits (QField) and control actions of the expediente"))
        return page

    def field_control(self):
        if not len(self.alerts["codigo"]):
            return []
        return [self.field_control_map()] + [self.confirmed_case(code) for code in sorted(self.field_evidence)]

    def indicator_codes(self):
        return [code for code, d in self.definitions.items()
                if code not in PROJECT_BATTERY and d.get("dimension") not in ("proyectos",)]

    def indicator_sheet(self, code):
        definition = self.definitions[code]
        rows = {ambito: (valor, nota) for _, nivel, ambito, valor, nota in self.measured.get(code, [])}
        values = [rows.get(c, (None, None))[0] for c in self.unit_codes]
        unit = definition.get("unidad") or ""
        page = self._page("hoja", definition["nombre"], tr("{code} · {unit} · period {period} · by {level}").format(
            code=code, unit=unit, period=self.period, level=self.level))
        layer = units_layer(f"{code} ({unit})" if unit else code, self.crs, self.unit_codes, self.unit_names,
                            self.unit_geometries, values)
        graduate(layer, definition.get("polaridad"))
        self.layers.append(layer)
        page.map([layer], self.extent)
        target = target_for(definition, self.horizon)
        table = []
        for code_unit, name in [(self.municipality_code, self.names.get(self.municipality_code, tr("Municipality")))] + \
                list(zip(self.unit_codes, self.unit_names)):
            valor, nota = rows.get(code_unit, (None, None))
            light = traffic_light(valor, definition.get("valor_base"), target, definition.get("polaridad"))
            table.append([name, number(valor) if valor is not None else f"{NO_DATA}" + (f" ({nota})" if nota else ""),
                          light if valor is not None else ""])
        headers = [tr("Unit"), tr("Value"), tr("Traffic light")]
        page.table("tabla", headers, table[:SHEET_ROWS], 6)
        series = [(p, v) for p, nivel, ambito, v, _ in self.series.get(code, []) if ambito == self.municipality_code]
        path = os.path.join(self.workdir, f"serie_{code}.png")
        horizons = [(definition.get(f"meta_{h}"), tr("target {horizon}").format(horizon=h))
                    for h in ("corto", "mediano", "largo") if h != self.horizon]
        chart_image(path, [(tr("municipality"), "#1f5f8b", series)], definition.get("valor_base"), target,
                    tr("Time series — municipality"), targets=horizons)
        page.picture("grafico", path)
        page.text("fuente", tr("Source: {source}").format(source=definition.get("fuente") or tr("Expediente")))
        return [page] + self._continued(definition["nombre"], headers, table[SHEET_ROWS:])

    def projects_map(self):
        counts = {label: sum(e.state == state for e in self.evaluations.values()) for state, label in STATE_LABELS.items()}
        page = self._page("hoja", tr("POT projects by state"), tr("State at {date}").format(date=self.cutoff))
        page.map([self.projects_layer, self.outline], self.extent)
        page.table("tabla", [tr("State"), tr("Projects")], [[label, n] for label, n in counts.items()], 8)
        page.remove("grafico")
        return page

    def program_summary(self):
        rows = []
        for project in sorted(self.projects, key=lambda p: (p["programa"], p["codigo"])):
            e = self.evaluations[project["codigo"]]
            rows.append([project["programa"], project["codigo"], project["nombre"], STATE_LABELS[e.state],
                         number(e.expected * 100, 1), number(e.physical * 100, 1), number(e.financial * 100, 1),
                         e.notes or ""])
        headers = [tr("Program"), tr("Code"), tr("Project"), tr("State"), tr("Expected %"), tr("Physical %"),
                   tr("Financial %"), tr("Bottlenecks")]
        return [self._table_page(tr("Semiannual program summary"), headers, chunk, tr("Cut-off {date}").format(
            date=self.cutoff)) for chunk in chunks(rows)]

    def accountability(self):
        rows = []
        for project in sorted(self.projects, key=lambda p: p["codigo"]):
            e = self.evaluations[project["codigo"]]
            related = "; ".join(self._related(code, project["programa"])
                                for code in self.project_indicators.get(project["codigo"], []))
            rows.append([project["codigo"], project["meta_descripcion"], STATE_LABELS[e.state],
                         "$ " + number(e.investment, 0), number(e.physical * 100, 1) + " %", related or NO_DATA])
        headers = [tr("Project"), tr("Objective"), tr("Compliance"), tr("Resources invested"), tr("Progress"),
                   tr("Related indicators")]
        pages = [self._table_page(tr("Accountability report: projects"), headers, chunk) for chunk in chunks(rows)]
        by_unit = []
        investment = {ambito: valor for _, nivel, ambito, valor, _ in self.measured.get("inversion_per_capita", [])}
        progress = {ambito: valor for _, nivel, ambito, valor, _ in self.measured.get("avance_fisico_ponderado", [])}
        codes = self.unit_codes + [self.municipality_code]
        names = self.unit_names + [self.names.get(self.municipality_code, tr("Municipality"))]
        for i, (code, name) in enumerate(zip(codes, names)):
            p = {k: v[i] for k, v in self.population.items()}
            by_unit.append([name, number(p["poblacion"], 0), number(p["mujeres"], 0), number(p["hombres"], 0),
                            *(number(p[band.column()], 0) for band in age_bands.BROAD),
                            number(investment.get(code), 0) if investment.get(code) is not None else NO_DATA,
                            number(progress.get(code), 1) if progress.get(code) is not None else NO_DATA])
        headers = [tr("Unit"), tr("Population"), tr("Women"), tr("Men"), tr("0–14 years"), tr("15–59 years"),
                   tr("60+ years"), tr("Investment per inhabitant (COP)"), tr("Weighted progress %")]
        pages += [self._table_page(tr("Accountability report: by territorial unit, sex and age"), headers, chunk)
                  for chunk in chunks(by_unit)]
        field_rows = self.field_control_rows()
        if field_rows:
            pages += [self._table_page(tr("Accountability report: control of informal occupations"),
                                       [tr("Unit"), tr("Alerts"), tr("Confirmed"), tr("With action %")], chunk)
                      for chunk in chunks(field_rows)]
        return pages

    def _related(self, code, program):
        """An indicator linked to a project, with its value for the project's program (its battery) or for the
        municipality: 'Espacio público efectivo por habitante: 4,2 m²/hab'."""
        definition = self.definitions.get(code, {})
        values = {(nivel, ambito): valor for _, nivel, ambito, valor, _ in self.measured.get(code, [])}
        value = values.get(("programa", program), values.get(("municipio", self.municipality_code)))
        shown = f"{number(value)} {definition.get('unidad') or ''}".strip() if value is not None else NO_DATA
        return f"{definition.get('nombre', code)}: {shown}"

    def atlas_page(self, index):
        code, name, geometry = self.unit_codes[index], self.unit_names[index], self.unit_geometries[index]
        page = self._page("hoja", name, tr("{level} {code} · period {period}").format(
            level=schema.DOMAINS["nivel_territorial"].get(self.level, self.level), code=code, period=self.period))
        unit = outline(units_layer(name, self.crs, [code], [name], [geometry]), "#c62828", 0.8)
        self.layers.append(unit)
        page.map([unit, self.projects_layer, self.outline], padded(unit.extent(), 0.15), legend=False)
        rows = []
        for indicator in [c for c in self.indicator_codes() if c not in FIELD_INDICATORS]:  # those have their section
            values = {ambito: (valor, nota) for _, _, ambito, valor, nota in self.measured.get(indicator, [])}
            valor, nota = values.get(code, (None, None))
            rows.append([self.definitions[indicator]["nombre"],
                         number(valor) if valor is not None else NO_DATA, self.definitions[indicator].get("unidad") or ""])
        page.table("tabla", [tr("Indicator"), tr("Value"), tr("Unit")], rows[:ATLAS_ROWS], 6)
        touching = [p for p in self.projects if p["geometry"] is not None and shapely.intersects(p["geometry"], geometry)]
        projects = [[f"{p['codigo']} {p['nombre']}", STATE_LABELS[self.evaluations[p['codigo']].state],
                     ", ".join(self.definitions.get(c, {}).get("nombre", c)
                               for c in self.project_indicators.get(p["codigo"], [])) or NO_DATA] for p in touching]
        headers = [tr("Project"), tr("State"), tr("Related indicators")]
        page.table("grafico", headers, projects[:ATLAS_PROJECTS], 6)
        return [page] + self._continued(name, [tr("Indicator"), tr("Value"), tr("Unit")], rows[ATLAS_ROWS:]) + \
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
        # 28 rows fit the frame at 9 pt; a longer contents gets a smaller type, never a cut list
        size = 9 if len(sections) <= 28 else max(5.0, 9 * 24 / len(sections))
        page.table("tabla", [tr("Section"), tr("Page")], [[title, str(number_)] for title, number_ in sections], size)
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
            add(self.definitions[code]["nombre"], self.indicator_sheet(code))
            if progress:
                progress(0.5 * (position + 1) / max(1, len(codes)))
        add(tr("POT projects by state"), [self.projects_map()])
        add(tr("Semiannual program summary"), self.program_summary())
        add(tr("Accountability report"), self.accountability())
        field_pages = self.field_control()
        if field_pages:
            add(tr("Control of informal occupations"), field_pages)
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
