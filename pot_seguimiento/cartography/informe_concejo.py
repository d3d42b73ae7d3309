"""The annual report to the Concejo: one content, two forms.

`sections()` builds the report as plain blocks (paragraphs, tables, charts); the PDF lays each block
on pages from the .qpt templates, and the DOCX writes the same blocks as an editable document the
office finishes in a word processor. Everything comes from the report model: the follow-up half from its
sections "indicadores", "proyectos", "control_ocupaciones" and "patrimonio", the evaluation half from its
section "evaluacion" (core/report/evaluation.py), laid out for the type of plan the user chose.
"""
import math
import os
from dataclasses import dataclass, field

from qgis.core import QgsLayoutPoint, QgsLayoutSize

from ..core import schema
from ..core.project_states import LABELS as STATE_LABELS, SUMMARY_ORDER as STATE_ORDER
from ..core.docx import Document
from ..core.indicators.assessment import GREY
from ..core.report import palette
from ..core.report import participation as participation_section
from ..core.report.format import long_date, no_data, number, or_no_data, percent, quantity
from ..core.report.services import headers as service_headers, node_headers, node_row, unit_row as service_row
from ..core.report.labels import horizon_name, light_label
from ..i18n import tr
from ..qt_compat import LAYOUT_MILLIMETERS
from .chart import bars_image, count_bars_image, matrix_image
from .expediente_report import ExpedienteReport, chunks
from .pages import fitted_widths, table_height, text_height

TABLE_GAP_MM = 6  # between tables that share a page
NOTE_POINTS = 9  # the text before a table that goes under another
MATRIX_COLUMNS_MAX = 12  # programs across the heat map; the table lists every project


@dataclass
class Section:
    title: str
    blocks: list = field(default_factory=list)  # ("text", str) | ("table", headers, rows) | ("image", path, caption)

    def text(self, value):
        self.blocks.append(("text", value))

    def table(self, headers, rows):
        self.blocks.append(("table", headers, rows))

    def image(self, path, caption):
        self.blocks.append(("image", path, caption))

    def quadrants(self, quadrants, caption, table):
        """A 2 × 2 matrix of lists (the DOFA), as text: [[(heading, [items])] * 2] * 2; `table` for the DOCX."""
        self.blocks.append(("quadrants", quadrants, caption, table))

    def summary(self, messages, charts, headers, rows):
        """The key messages and the figures beside a chart: the page a reader reads first."""
        self.blocks.append(("summary", messages, charts, headers, rows))

    def figure(self, path, caption, table=None):
        """An image the width of the page (a matrix with names to read); `table` (headers, rows) is what the
        editable document shows in its place."""
        self.blocks.append(("figure", path, caption, table))


class InformeConcejo(ExpedienteReport):
    DOCUMENT = "informe"

    def __init__(self, store_path, year, workdir, plan_type="POT", level="localidad"):
        super().__init__(store_path, str(year), level, workdir, "corto")
        self.year, self.plan_type = int(year), plan_type
        self.evaluation = self.report["evaluacion"]
        self.sufficiency_results = self.evaluation["suficiencia"][plan_type]["componentes"]  # the last: the total
        requirements = {r["codigo"]: r for r in self.evaluation["requisitos"]}
        self.checklist = [requirements[code] for code in self.evaluation["suficiencia"][plan_type]["requisitos"]]
        self.horizon = self.evaluation["horizonte"]
        self.objective_names = {o["codigo"]: o["nombre"] for o in self.evaluation["objetivos"]}

    # -- content -------------------------------------------------------------
    def sections(self):
        optional = [self.participation_chapter(), self.social_services_chapter(), self.heritage()]
        return [self.summary(), self.sufficiency(), self.articulation(), self.objectives_battery(),
                self.results(), self.occupation_and_land(), self.projects_section()] + \
            [section for section in optional if section] + [self.dofa(), self.conclusions()]

    def participation_chapter(self):
        """Citizen participation in the year (section "participacion", as the participation report says it), where
        the expediente has activities or a participation plan for it: the year's figures, the plan programmed
        against executed by dependency, participants by unit and sex, commitments by state. Counts only."""
        data = self.report.sections.get("participacion")
        if not participation_section.has_data(data):
            return None
        section = Section(tr("Citizen participation"))
        executed = sum(a["estado"] == "ejecutada" for a in data["actividades"])
        participants = sum(data["sexo"].values())
        section.text(tr("In {year} the entities executed {activities} participation activities of the plan, with "
                        "{participants} participants (counts reported by the entities; the expediente names nobody). "
                        "The participation report of each period gives the detail: activities, commitments and "
                        "conclusions.").format(year=self.year, activities=number(executed, 0),
                                               participants=number(participants, 0)))
        section.table([tr("Figure"), tr("Value")], participation_section.figures(data))
        if data["por_dependencia"]:
            section.table([tr("Dependency"), tr("Programmed"), tr("Executed"), tr("Compliance %")],
                          [[d["nombre"], number(d["programadas"], 0), number(d["ejecutadas"], 0),
                            or_no_data(d["cumplimiento"], 1)] for d in data["por_dependencia"]])
        section.table([tr("Unit"), tr("Activities"), tr("Participants"), tr("Women"), tr("Men"),
                       tr("Other identities or not stated")],
                      [[u["nombre"], number(u["actividades"], 0), number(u["asistentes"], 0), number(u["mujeres"], 0),
                        number(u["hombres"], 0), number(u["otras"], 0)] for u in data["por_unidad"]])
        states = schema.DOMAINS["estado_compromiso"]
        if data["compromisos"]:
            section.table([tr("State"), tr("Commitments"), tr("Overdue")],
                          [[label, number(sum(c["estado"] == code for c in data["compromisos"]), 0),
                            number(sum(c["estado"] == code and c["vencido"] for c in data["compromisos"]), 0)]
                           for code, label in states.items()])
        return section

    def social_services_chapter(self):
        """The observatory of social services (section "observatorio_servicios"): per sector measured, supply against
        the population it serves, accessibility, deficit by unit and use of capacity; then the nodes of
        equipamientos with their projects' progress. None when there is neither."""
        if not (self.services or self.nodes):
            return None
        section = Section(tr("Social services observatory"))
        if self.services:
            # (a text goes in the subtitle of the table after it: two lines at most)
            section.text(tr("By sector: supply against the target population (places per 1,000), E2SFCA accessibility "
                            "(bands up to 1,500 m), deficit (target persons with no capacity within reach) and use of "
                            "capacity by the entities' semiannual reports."))
            section.table([tr("Sector")] + service_headers()[1:],
                          [[s["nombre"][:1].upper() + s["nombre"][1:]] + service_row(s["municipio"])[1:]
                           for s in self.services])
        for sector in self.services:
            city = sector["municipio"]
            section.text(tr("{sector} (measured in {period}): {supply} places per 1,000 of {population} persons "
                            "of its target population; accessibility {access} per 1,000; {deficit} persons with no "
                            "capacity within reach, {beyond} beyond 1,500 m; capacity in use {use}.").format(
                sector=sector["nombre"][:1].upper() + sector["nombre"][1:], period=sector["periodo"],
                supply=or_no_data(city["oferta_demanda"], 2), population=or_no_data(city["poblacion_objetivo"], 0),
                access=or_no_data(city["accesibilidad"], 2), deficit=or_no_data(city["deficit"], 0),
                beyond=or_no_data(city["sin_servicio"], 0), use=percent(city["uso_capacidad"])))
            section.table(service_headers(), [service_row(city)] + [service_row(u) for u in sector["unidades"]])
        if self.nodes:
            linked = sum(n["proyecto_nombre"] is not None for n in self.nodes)
            section.text(tr("Nodes of equipamientos: {nodes}, of which {linked} are POT projects and advance as their "
                            "project reports (physical progress at {date}).").format(
                nodes=len(self.nodes), linked=linked, date=long_date(self.cutoff)))
            section.table(node_headers(), [node_row(n) for n in self.nodes])
        return section

    def heritage(self):
        """The heritage observatory and the banco de experiencias (section "patrimonio"), where the expediente has
        them."""
        data = self.report.sections.get("patrimonio")
        if not data or not (data["bienes"] or data["experiencias"]):
            return None
        section = Section(tr("Heritage and the banco de experiencias"))
        states = [a["estado"] for a in data["bienes"]]
        activities = data["actividades"]
        section.text(tr("The observatory follows the {assets} declared heritage assets (BIC) of the expediente: "
                        "their state of conservation is that of their latest field inspection by {date}; {works} "
                        "works on them began this year without a licence; {present} of the {registered} traditional "
                        "economic activities of the baseline are still present.").format(
            assets=len(states), date=long_date(data["fecha_corte"]), works=len(data["intervenciones_sin_licencia"]),
            present=activities["presentes"], registered=activities["registradas"]))
        labels = schema.DOMAINS["estado_conservacion"]
        section.table([tr("State of conservation"), tr("Assets")],
                      [[label, states.count(code)] for code, label in labels.items()] +
                      [[tr("Not inspected"), states.count(None)]])
        if data["en_mal_estado"]:
            section.table([tr("Asset in bad state"), tr("State"), tr("Inspected on"), tr("Notes")],
                          [[f"{a['codigo']} {a['nombre']}", labels.get(a["estado"]), a["fecha"],
                            a["observaciones"] or ""] for a in data["en_mal_estado"]])
        if data["experiencias"]:
            section.text(tr("Banco de experiencias: strategies, costs, results and lessons of protecting original "
                            "owners and traditional economic activities in urban renewal and large projects "
                            "({count} experiences, {cost} COP in all).").format(
                count=len(data["experiencias"]), cost=data["costo_total"]))
            benefit = schema.DOMAINS["beneficiarios_experiencia"]
            section.table([tr("Experience"), tr("Project"), tr("Protected"), tr("Strategy"),
                           tr("Cost (million COP)"), tr("Results"), tr("Lessons learnt")],
                          [[f"{e['titulo']} ({e['anio']})", e["proyecto"], benefit.get(e["beneficiarios"]),
                            e["estrategia"], number(e["costo"] / 1e6, 0) if e["costo"] is not None else no_data(),
                            e["resultados"], e["lecciones"]] for e in data["experiencias"]])
        return section

    def summary(self):
        section = Section(tr("Executive summary"))
        evaluation, total = self.evaluation, self.sufficiency_results[-1]
        states = [p["estado"] for p in self.projects]
        levels = [o["calificacion"] for o in evaluation["objetivos"]]
        section.text(tr("Report of the Secretaría de Planeación to the Concejo on the execution and evaluation of the "
                        "Plan de Ordenamiento Territorial ({kind}) in {year}, presented with the report of the Plan de "
                        "Desarrollo (Ley 152 de 1994, art. 43) and drawn from the Expediente Municipal "
                        "(Ley 388 de 1997, art. 112).").format(kind=self.plan_type, year=self.year))
        lights = self._lights()
        measured = [light for light in lights if light != "gris"]
        section.summary(self._key_messages(), self._summary_charts(), [tr("Item"), tr("Result")], [
            [tr("Plan adopted"), str(evaluation["adopcion"]) if evaluation["adopcion"] else no_data()],
            [tr("Horizon of the plan in {year}").format(year=self.year),
             schema.DOMAINS["horizonte"].get(self.horizon, self.horizon)],
            [tr("Sufficiency of the contents the law asks"), percent(total["porcentaje"])],
            [tr("Articulation gaps"), str(len(evaluation["brechas"]))],
            [tr("Objectives rated high / medium / low / without data"),
             " / ".join(str(levels.count(k)) for k in ("alto", "medio", "bajo", "sin_dato"))],
            [tr("POT projects"), str(len(states))],
            [tr("Indicators with a value and a target"), tr("{total} ({green} meet their target)").format(
                total=len(measured), green=measured.count("verde"))],
            [tr("Indicators without a value or without a target"), str(lights.count("gris"))],
        ])
        return section

    def _lights(self):
        return [i["semaforo_municipio"][self.horizon] for i in self.indicators.values()]

    def _key_messages(self):
        """What the Concejo should retain, one sentence each, with the figures the report details."""
        evaluation, lights = self.evaluation, self._lights()
        states = [p["estado"] for p in self.projects]
        levels = [o["calificacion"] for o in evaluation["objetivos"]]
        messages = [
            tr("Indicators: {green} of the {total} indicators with a value and a target meet their {horizon} "
               "target, {yellow} improve on their baseline without reaching it and {red} do not improve on it.").format(
                green=lights.count("verde"), total=len([light for light in lights if light != "gris"]),
                horizon=horizon_name(self.horizon), yellow=lights.count("amarillo"), red=lights.count("rojo")),
            tr("Projects: of the {total} POT projects at {date}, {finished} are finished, {on_time} on time, "
               "{delayed} delayed, {failing} in non-compliance and {idle} not started.").format(
                total=len(states), date=long_date(self.cutoff), finished=states.count("terminado"),
                on_time=states.count("al_dia"),
                delayed=states.count("retrasado"), failing=states.count("incumplimiento"),
                idle=states.count("sin_iniciar"))]
        physical = (self.indicators.get("avance_fisico_ponderado") or {}).get("municipio")
        financial = (self.indicators.get("ejecucion_financiera") or {}).get("municipio")
        if physical is not None or financial is not None:
            messages.append(tr("Weighted physical progress of the projects: {physical}; financial execution: "
                               "{financial}.").format(physical=percent(physical), financial=percent(financial)))
        messages += [
            tr("Sufficiency: the plan holds {percent} of the contents the law asks of a {kind}.").format(
                percent=percent(self.sufficiency_results[-1]["porcentaje"]), kind=self.plan_type),
            tr("Objectives: {high} rated high, {medium} medium, {low} low and {none} without data.").format(
                high=levels.count("alto"), medium=levels.count("medio"), low=levels.count("bajo"),
                none=levels.count("sin_dato")),
            tr("Articulation: {gaps} disconnections between the plan's ends and its means; the conclusions say how "
               "to close them.").format(gaps=len(evaluation["brechas"]))]
        field = self.field["por_unidad"][:1]
        if field:
            messages.append(tr("Informal occupations: {alerts} alerts, {confirmed} confirmed in the field; {acted} of "
                               "the confirmed with a control action.").format(
                alerts=number(field[0]["alertas"], 0), confirmed=number(field[0]["confirmadas"], 0),
                acted=percent(field[0]["con_accion"])))
        return messages

    def _summary_charts(self):
        """Projects by state and indicators by traffic light, in the colours every document gives them: two
        charts side by side. Indicators without a value or target are counted in the figures, not drawn: their
        bar (71 of 86 in the demo) dwarfed the 15 measured against a target the messages speak of."""
        states = [p["estado"] for p in self.projects]
        lights = self._lights()
        return [count_bars_image(os.path.join(self.workdir, f"resumen_{name}.png"), [(title, bars)],
                                 width=1000, height=150 + 130 * len(bars))
                for name, title, bars in (
                    ("proyectos", tr("POT projects by state"),
                     [(STATE_LABELS[s], states.count(s), palette.PROJECT_STATES[s]) for s in STATE_ORDER]),
                    ("indicadores", tr("Indicators with a value and a target, against it"),
                     [(light_label(light), lights.count(light), palette.TRAFFIC_LIGHTS[light])
                      for light in ("verde", "amarillo", "rojo")]))]

    def sufficiency(self):
        section = Section(tr("Sufficiency analysis"))
        section.text(tr("Each content the law asks of a {kind} is marked present (1), partial (0.5) or absent (0); "
                        "an item nobody evaluated counts as absent.").format(kind=self.plan_type))
        results = self.sufficiency_results
        section.table([tr("Component"), tr("Items"), tr("Present"), tr("Partial"), tr("Absent"), tr("Not evaluated"),
                       tr("Sufficiency")],
                      [[r["nombre"], r["requisitos"], r["presentes"], r["parciales"], r["ausentes"], r["sin_evaluar"],
                        percent(r["porcentaje"])] for r in results])
        section.image(bars_image(os.path.join(self.workdir, "suficiencia.png"),
                                 [(r["nombre"], r["porcentaje"]) for r in results], tr("Sufficiency by component (%)")),
                      tr("Sufficiency by component"))
        states = schema.DOMAINS["estado_requisito"]
        section.table([tr("Code"), tr("Content"), tr("Legal source"), tr("State"), tr("Document"), tr("Article")],
                      [[r["codigo"], r["contenido"], r["fuente"], states.get(r["estado"], no_data()), r["documento"],
                        r["articulo"]] for r in self.checklist])
        return section

    def articulation(self):
        section = Section(tr("Ends–means articulation"))
        evaluation = self.evaluation
        objectives = evaluation["objetivos"]
        programs = evaluation["programas"][:MATRIX_COLUMNS_MAX]
        counts = [row[:MATRIX_COLUMNS_MAX] for row in evaluation["matriz"]]
        section.text(tr("Objectives (rows) against programs (columns): each cell counts the program's projects that "
                        "serve the objective through its policies and strategies. An empty row is an objective "
                        "without means."))
        # Rows and columns by name, as the Concejo knows them (codes alone, O1 or P3, told it nothing).
        section.figure(matrix_image(os.path.join(self.workdir, "articulacion.png"),
                                    [f"{o['codigo']} {o['nombre']}" for o in objectives],
                                    [f"{p['codigo']} {p['nombre']}".strip() for p in programs], counts,
                                    tr("Projects per objective (rows) and program (columns)"), width=2400,
                                    height=1300), tr("Articulation matrix"))
        section.table([tr("Objective"), tr("Strategies"), tr("Projects"), tr("Indicators")],
                      [[f"{o['codigo']} {o['nombre']}", ", ".join(o["estrategias"]), ", ".join(o["proyectos"]),
                        "; ".join(self._indicator_name(c) for c in o["indicadores"])] for o in objectives])
        gaps = evaluation["brechas"]
        section.text(tr("What the analysis found disconnected:") if gaps else
                     tr("The analysis found nothing disconnected."))
        if gaps:
            section.table([tr("Gap"), tr("Code"), tr("Name"), tr("Detail")],
                          [[g["tipo_nombre"], g["codigo_lector"], g["nombre"], g["detalle"]] for g in gaps])
        return section

    def _indicator_name(self, code):
        indicator = self.indicators.get(code)
        return indicator["nombre"] if indicator else code

    def _indicator_row(self, code):
        indicator = self.indicators.get(code)
        if indicator is None:  # linked to an objective but not defined in the expediente
            return [code, no_data(), no_data(), no_data(), light_label(GREY)]
        target, value = indicator["metas"][self.horizon], indicator["municipio"]
        unit = indicator["unidad"]
        return [indicator["nombre"], quantity(indicator["base"], unit), quantity(target, unit), quantity(value, unit),
                light_label(indicator["semaforo_municipio"][self.horizon])]

    def objectives_battery(self):
        section = Section(tr("Battery of indicators of the objectives"))
        section.text(tr("Municipal value of each indicator linked to an objective in {year}, against its baseline and "
                        "the target of the {horizon} horizon.").format(
            year=self.year, horizon=schema.DOMAINS["horizonte"].get(self.horizon, self.horizon).lower()))
        rows = []
        for objective in self.evaluation["objetivos"]:
            codes = objective["indicadores"]
            for code in codes or [None]:
                rows.append([objective["codigo"]] + (self._indicator_row(code) if code else
                                                     [tr("(no indicator)")] + [no_data()] * 4))
        section.table([tr("Objective"), tr("Indicator"), tr("Baseline"), tr("Target"), tr("Value"), tr("Light")], rows)
        return section

    def results(self):
        section = Section(tr("Operational reading and evaluation of results"))
        section.text(tr("Rule: indicators score by their light (green 100, yellow 50, red 0; grey is left out), "
                        "projects by their state (finished or on time 100, delayed 50, non-compliant 0; not started "
                        "is left out); the objective's score is the mean of both parts: high from 80, medium from 50."))
        section.table([tr("Objective"), tr("Indicators"), tr("Projects"), tr("Score"), tr("Rating")],
                      [[f"{o['codigo']} {o['nombre']}", _score(o["puntaje_indicadores"]),
                        _score(o["puntaje_proyectos"]), _score(o["puntaje"]), o["calificacion_nombre"]]
                       for o in self.evaluation["objetivos"]])
        section.table([tr("Objective"), tr("Relevance"), tr("Efficiency"), tr("Effectiveness"), tr("Impact")],
                      [[o["codigo"]] + [o[k] for k in ("pertinencia", "eficiencia", "eficacia", "impacto")]
                       for o in self.evaluation["objetivos"]])
        return section

    def occupation_and_land(self):
        section = Section(tr("Occupation model and land value"))
        codes = [c for c, i in sorted(self.indicators.items())
                 if i["dimension"] in ("modelo_ocupacion", "valor_suelo") and (i["valores"] or i["programas"])]
        section.table([tr("Indicator"), tr("Baseline"), tr("Target"), tr("Value"), tr("Light")],
                      [self._indicator_row(c) for c in codes])
        return section

    def projects_section(self):
        section = Section(tr("POT projects"))
        rows = []
        for project in self.projects:  # (by code)
            rows.append([project["codigo"], project["nombre"], project["estado_nombre"],
                         number(project["esperado"], 1) + " %", number(project["fisico"], 1) + " %",
                         number(project["financiero"], 1) + " %"])
        section.table([tr("Code"), tr("Project"), tr("State"), tr("Expected %"), tr("Physical %"), tr("Financial %")],
                      rows)
        return section

    def dofa(self):
        """The customary 2 × 2 matrix: strengths and weaknesses (internal) over opportunities and threats
        (external); each item with its scope and the objective it bears on, by name."""
        section = Section(tr("SWOT (DOFA)"))
        scopes = {"gestion": tr("management"), "contenido": tr("contents")}
        items = {kind: [] for kind in ("fortaleza", "debilidad", "oportunidad", "amenaza")}
        for d in self.evaluation["dofa"]:  # (by scope)
            about = [scopes.get(d["ambito"], d["ambito"])]
            if d["elemento"] in self.objective_names:
                about.append(tr("objective {code} {name}").format(code=d["elemento"],
                                                                  name=self.objective_names[d["elemento"]]))
            items.setdefault(d["tipo"], []).append(f"{d['descripcion']} ({'; '.join(about)})")
        rows, columns = [tr("Internal"), tr("External")], [tr("Favourable"), tr("Unfavourable")]
        quadrants = [[(tr("Strengths (internal, favourable)"), items["fortaleza"], "#2e7d32"),
                      (tr("Weaknesses (internal, unfavourable)"), items["debilidad"], "#c62828")],
                     [(tr("Opportunities (external, favourable)"), items["oportunidad"], "#1565c0"),
                      (tr("Threats (external, unfavourable)"), items["amenaza"], "#e65100")]]
        # The editable document gets the same matrix as a 2 × 2 table.
        cells = [[row] + ["\n".join([heading] + [f"• {i}" for i in entries]) for heading, entries, _ in quadrant]
                 for row, quadrant in zip(rows, quadrants)]
        section.quadrants(quadrants, tr("SWOT matrix of the plan in {year}").format(year=self.year),
                          ([""] + columns, cells))
        return section

    def conclusions(self):
        section = Section(tr("Conclusions and recommendations for revising the plan"))
        lines = []
        for gap in self.evaluation["brechas"]:
            lines.append(tr("{gap}: {code} {name}. Recommendation: review it in the next revision of the plan.")
                         .format(gap=gap["tipo_nombre"], code=gap["codigo_lector"], name=gap["nombre"])
                         .replace(":  ", ": "))
        for objective in self.evaluation["objetivos"]:
            if objective["calificacion"] == "bajo":
                lines.append(tr("Objective {code} has a low rating ({score}): review its projects' schedule and "
                                "resources.").format(code=objective["codigo"], score=_score(objective["puntaje"])))
        for row in self.checklist:
            if row["estado"] in ("ausente", "sin_evaluar"):
                lines.append(tr("The plan lacks '{content}' ({source}): include it in the revision.").format(
                    content=row["contenido"], source=row["fuente"]))
        section.table([tr("Conclusions and recommendations")], [[line] for line in lines] or [[no_data()]])
        return section

    # -- the two forms -------------------------------------------------------
    def pdf_pages(self):
        content, sections = self.sections(), []
        body = []
        for section in content:
            sections.append((section.title, len(body) + 3))
            body.extend(self._section_pages(section))
        cover = self.cover()
        cover.text("titulo", tr("Report to the Concejo on the Plan de Ordenamiento Territorial"))
        cover.text("subtitulo", tr("{municipality} · execution and evaluation in {year}").format(
            municipality=self.info.get("municipio") or "", year=self.year))
        pages = [cover, self.contents_page(sections)] + body
        for number_, page in enumerate(pages, start=1):
            page.text("pagina", str(number_))
        return pages

    def _section_pages(self, section):
        pages, texts = [], []
        room = None  # (page, where its last table ends, left, width, bottom) while tables can go on below it
        for block in section.blocks:
            if block[0] == "text":
                texts.append([block[1]])
                continue
            title = section.title if not pages else tr("{title} (continued)").format(title=section.title)
            if block[0] != "table":
                room = None
            if block[0] == "table":
                for chunk in chunks(block[2]):
                    if room is not None and self._below(room, " ".join(t[0] for t in texts), block[1], chunk):
                        texts = []
                        continue
                    page = self._page("tabla", title, " ".join(t[0] for t in texts))
                    frame = page.items["tabla"]
                    (left, top), size = (frame.positionWithUnits().x(), frame.positionWithUnits().y()), \
                        frame.sizeWithUnits()
                    font_size = readable_size(block[1], chunk, size.width(), size.height())
                    page.table("tabla", block[1], chunk, font_size)
                    # A table whose cells wrap has no height known in advance: nothing goes below it.
                    room = None if any(fitted_widths(block[1], chunk, font_size, size.width())) else [
                        page, top + table_height(len(chunk), font_size), left, size.width(), top + size.height()]
                    pages.append(page)
                    texts, title = [], tr("{title} (continued)").format(title=section.title)
            elif block[0] == "summary":
                page = self._page("tabla", title, " ".join(t[0] for t in texts))
                texts = []
                self._summary_page(page, *block[1:])
                pages.append(page)
            elif block[0] == "quadrants":
                page = self._page("tabla", title, block[2])
                frame = page.items["tabla"]
                x0, y0 = frame.positionWithUnits().x(), frame.positionWithUnits().y()
                width, height = (frame.sizeWithUnits().width() - 4) / 2, (frame.sizeWithUnits().height() - 4) / 2
                for i, quadrant in enumerate(block[1]):
                    for j, (heading, entries, colour) in enumerate(quadrant):
                        x, y = x0 + j * (width + 4), y0 + i * (height + 4)
                        page.box(x, y, width, height, "#fafafa", colour)  # the quadrant, framed in its colour
                        page.table_at(QgsLayoutPoint(x + 2, y + 2, LAYOUT_MILLIMETERS),
                                      QgsLayoutSize(width - 4, height - 4, LAYOUT_MILLIMETERS), [heading],
                                      [[f"• {entry}"] for entry in entries], 10, colour)
                page.remove("tabla")
                pages.append(page)
            elif block[0] == "figure":
                page = self._page("tabla", title, block[2])  # (pending texts go with the table that follows)
                page.picture("tabla", block[1])
                pages.append(page)
            else:
                page = self._page("hoja", title, block[2])
                for item in ("leyenda", "escala", "norte", "grafico"):  # before the map they are linked to goes
                    page.remove(item)
                page.picture("mapa", block[1])
                if texts:
                    page.table("tabla", [tr("Note")], texts, 7)
                page.remove("tabla")  # (gone already when filled)
                pages.append(page)
                texts = []
        if texts:
            page = self._page("tabla", section.title)
            page.table("tabla", [section.title], texts, 8)
            pages.append(page)
        return pages

    def _below(self, room, text, headers, rows):
        """Put the table (and the text before it) under the last table of `room`'s page if it fits there whole and
        none of its cells wraps: a chapter's short tables share a page instead of leaving most of one empty each.
        False if it does not fit."""
        page, end, left, width, bottom = room
        top = end + TABLE_GAP_MM
        note = text_height(text, width, NOTE_POINTS) if text else 0.0
        size = readable_size(headers, rows, width, bottom - top - note)
        if any(fitted_widths(headers, rows, size, width)) or top + note + table_height(len(rows), size) > bottom:
            return False
        if text:
            page.paragraph_at(left, top, width, note, text, NOTE_POINTS)
        page.table_at(QgsLayoutPoint(left, top + note, LAYOUT_MILLIMETERS),
                      QgsLayoutSize(width, bottom - top - note, LAYOUT_MILLIMETERS), headers, rows, size)
        room[1] = top + note + table_height(len(rows), size)
        return True

    def _summary_page(self, page, messages, charts, headers, rows):
        """The executive summary as a planning office presents it: the key messages across the page, and under
        them, from where they end, the key figures beside the two charts (a small table alone on an empty
        half-page before)."""
        frame = page.items["tabla"]
        left, top = frame.positionWithUnits().x(), frame.positionWithUnits().y()
        width, bottom = frame.sizeWithUnits().width(), top + frame.sizeWithUnits().height()
        page.remove("tabla")
        page.table_at(QgsLayoutPoint(left, top, LAYOUT_MILLIMETERS),
                      QgsLayoutSize(width, bottom - top, LAYOUT_MILLIMETERS),
                      [tr("Key messages")], [[m] for m in messages], 10, "#1f4e79")
        # Where the messages end: QGIS's table reports its frame's height, not its rows', so the rows are
        # measured as they wrap (about 0.19 mm per character and 0.55 mm of row per point of type).
        lines = 1 + sum(math.ceil(len(m) * 0.19 * 10 / (width - 4)) for m in messages)
        below = top + min(lines * 0.55 * 10, (bottom - top) / 2) + 8
        figures = 0.42 * width
        page.table_at(QgsLayoutPoint(left, below, LAYOUT_MILLIMETERS),
                      QgsLayoutSize(figures, bottom - below, LAYOUT_MILLIMETERS), headers, rows, 9, "#1f4e79")
        chart_width = (width - figures - 12) / 2
        for index, chart in enumerate(charts):
            page.picture_at(chart, left + figures + 6 + index * (chart_width + 6), below, chart_width,
                            bottom - below)
        return page

    def write_docx(self, path):
        document = Document()
        document.heading(tr("Report to the Concejo on the Plan de Ordenamiento Territorial"), 0)
        document.paragraph(tr("{municipality} · execution and evaluation in {year}").format(
            municipality=self.info.get("municipio") or "", year=self.year))
        for section in self.sections():
            document.page_break()
            document.heading(section.title, 1)
            for block in section.blocks:
                if block[0] == "text":
                    document.paragraph(block[1])
                elif block[0] == "summary":
                    document.heading(tr("Key messages"), 2)
                    for message in block[1]:
                        document.paragraph(message)
                    document.table(block[3], block[4], no_data())
                elif block[0] == "table" or (block[0] in ("figure", "quadrants") and block[3]):
                    document.table(*(block[1:3] if block[0] == "table" else block[3]), no_data())
                else:
                    document.paragraph(tr("[Chart in the PDF: {caption}]").format(caption=block[2]))
        document.save(path)


def readable_size(headers, rows, width, height, sizes=(9, 8, 7)):
    """The largest type (pt) at which a table fits its frame on one line per row with room to spare: the
    Concejo's tables were set at 7 pt whatever their length, a third of a page in small print. A table that
    must wrap its cells stays at 7 pt: a wrapped narrow column clips its longer words at a larger size."""
    for size in sizes:
        if any(fitted_widths(headers, rows, size, width)):
            continue  # it would wrap
        if (1 + len(rows)) * 0.65 * size <= 0.85 * height:  # a row measured 4,4 mm at 7 pt in the demo's report
            return size
    return sizes[-1]


def _score(value):
    return no_data() if value is None else number(value, 1)
