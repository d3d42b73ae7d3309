"""The annual report to the Concejo: one content, two forms.

`sections()` builds the report as plain blocks (paragraphs, tables, charts); the PDF lays each block
on pages from the .qpt templates, and the DOCX writes the same blocks as an editable document the
office finishes in a word processor. The follow-up half comes from the report model (indicators,
projects), the evaluation half from store.evaluation.
"""
import os
from dataclasses import dataclass, field

from ..core import schema
from ..core.project_states import LABELS as STATE_LABELS, SUMMARY_ORDER as STATE_ORDER
from ..core.docx import Document
from ..core.evaluation.articulation import GAP_KINDS
from ..core.indicators.assessment import GREY
from ..core.report.format import no_data, number, percent
from ..core.report.labels import light_label, rating_label
from ..i18n import tr
from ..store import open_store
from ..store.evaluation import ensure_requirements, evaluate, rows
from .chart import bars_image, matrix_image
from .expediente_report import ExpedienteReport, chunks

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


class InformeConcejo(ExpedienteReport):
    DOCUMENT = "informe"

    def __init__(self, store_path, year, workdir, plan_type="POT", level="localidad"):
        super().__init__(store_path, str(year), level, workdir, "corto")
        self.year = int(year)
        with open_store(store_path) as store:
            ensure_requirements(store)
            self.plan = evaluate(store, self.year, plan_type)
            answers = rows(store, "evaluacion_suficiencia", "anio <= ?", (self.year,))
        self.answers = {r["requisito"]: r for r in sorted(answers, key=lambda r: r["anio"])}  # the latest answer
        self.horizon = self.plan.horizon
        self.objective_names = {o["codigo"]: o["nombre"] for o in self.plan.articulation.objectives}

    # -- content -------------------------------------------------------------
    def sections(self):
        return [self.summary(), self.sufficiency(), self.articulation(), self.objectives_battery(),
                self.results(), self.occupation_and_land(), self.projects_section(), self.dofa(), self.conclusions()]

    def summary(self):
        section = Section(tr("Executive summary"))
        plan, total = self.plan, self.plan.sufficiency[-1]
        states = [p["estado"] for p in self.projects]
        levels = [r.level for r in plan.ratings]
        section.text(tr("Report of the Secretaría de Planeación to the Concejo on the execution and evaluation of the "
                        "Plan de Ordenamiento Territorial ({kind}) in {year}, presented with the report of the Plan de "
                        "Desarrollo (Ley 152 de 1994, art. 43) and drawn from the Expediente Municipal "
                        "(Ley 388 de 1997, art. 112).").format(kind=plan.plan_type, year=self.year))
        section.table([tr("Item"), tr("Result")], [
            [tr("Plan adopted"), str(plan.adopted) if plan.adopted else no_data()],
            [tr("Horizon of the plan in {year}").format(year=self.year),
             schema.DOMAINS["horizonte"].get(plan.horizon, plan.horizon)],
            [tr("Sufficiency of the contents the law asks"), percent(total.percent)],
            [tr("Articulation gaps"), str(len(plan.articulation.gaps))],
            [tr("Objectives rated high / medium / low / without data"),
             " / ".join(str(levels.count(k)) for k in ("alto", "medio", "bajo", "sin_dato"))],
            [tr("POT projects"), str(len(states))],
            *[[tr("Projects: {state}").format(state=STATE_LABELS[s]), str(states.count(s))] for s in STATE_ORDER],
        ])
        return section

    def sufficiency(self):
        section = Section(tr("Sufficiency analysis"))
        section.text(tr("Each content the law asks of a {kind} is marked present (1), partial (0.5) or absent (0); "
                        "an item nobody evaluated counts as absent.").format(kind=self.plan.plan_type))
        results = self.plan.sufficiency
        section.table([tr("Component"), tr("Items"), tr("Present"), tr("Partial"), tr("Absent"), tr("Not evaluated"),
                       tr("Sufficiency")],
                      [[r.label, r.items, r.present, r.partial, r.absent, r.not_evaluated, percent(r.percent)]
                       for r in results])
        section.image(bars_image(os.path.join(self.workdir, "suficiencia.png"),
                                 [(r.label, r.percent) for r in results], tr("Sufficiency by component (%)")),
                      tr("Sufficiency by component"))
        states = schema.DOMAINS["estado_requisito"]
        section.table([tr("Code"), tr("Content"), tr("Legal source"), tr("State"), tr("Document"), tr("Article")],
                      [[r["codigo"], r["contenido"], r["fuente"], states.get(r["estado"], no_data()),
                        self._answer(r["codigo"], "documento"), self._answer(r["codigo"], "articulo")]
                       for r in self.plan.checklist])
        return section

    def _answer(self, code, column):
        return (self.answers.get(code) or {}).get(column)

    def articulation(self):
        section = Section(tr("Ends–means articulation"))
        result = self.plan.articulation
        programs = sorted({p["programa"] for p in result.projects})[:MATRIX_COLUMNS_MAX]
        program_of = {p["codigo"]: p["programa"] for p in result.projects}
        counts = [[sum(1 for project in result.projects_of(o["codigo"]) if program_of[project] == program)
                   for program in programs] for o in result.objectives]
        section.text(tr("Objectives (rows) against programs (columns): each cell counts the program's projects that "
                        "serve the objective through its policies and strategies. An empty row is an objective "
                        "without means."))
        section.image(matrix_image(os.path.join(self.workdir, "articulacion.png"),
                                   [o["codigo"] for o in result.objectives], programs, counts,
                                   tr("Projects per objective and program")), tr("Articulation matrix"))
        section.table([tr("Objective"), tr("Strategies"), tr("Projects"), tr("Indicators")],
                      [[f"{o['codigo']} {o['nombre']}", ", ".join(result.strategies[o["codigo"]]),
                        ", ".join(result.projects_of(o["codigo"])), ", ".join(result.indicators[o["codigo"]])]
                       for o in result.objectives])
        section.text(tr("What the analysis found disconnected:") if result.gaps else
                     tr("The analysis found nothing disconnected."))
        if result.gaps:
            section.table([tr("Gap"), tr("Code"), tr("Name"), tr("Detail")],
                          [[tr(GAP_KINDS[g.kind]), g.code, g.name, g.detail] for g in result.gaps])
        return section

    def _indicator_row(self, code):
        indicator = self.indicators.get(code)
        if indicator is None:  # linked to an objective but not defined in the expediente
            return [code, no_data(), no_data(), no_data(), light_label(GREY)]
        target, value = indicator["metas"][self.horizon], indicator["municipio"]
        return [indicator["nombre"], number(indicator["base"]) if indicator["base"] is not None else no_data(),
                number(target) if target is not None else no_data(),
                number(value) if value is not None else no_data(),
                light_label(indicator["semaforo_municipio"][self.horizon])]

    def objectives_battery(self):
        section = Section(tr("Battery of indicators of the objectives"))
        section.text(tr("Municipal value of each indicator linked to an objective in {year}, against its baseline and "
                        "the target of the {horizon} horizon.").format(
            year=self.year, horizon=schema.DOMAINS["horizonte"].get(self.horizon, self.horizon).lower()))
        rows = []
        for objective in self.plan.articulation.objectives:
            codes = self.plan.articulation.indicators[objective["codigo"]]
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
                      [[f"{r.objective} {self.objective_names[r.objective]}", _score(r.indicators), _score(r.projects),
                        _score(r.score), rating_label(r.level)] for r in self.plan.ratings])
        texts = self.plan.evaluations
        section.table([tr("Objective"), tr("Relevance"), tr("Efficiency"), tr("Effectiveness"), tr("Impact")],
                      [[r.objective] + [texts.get(r.objective, {}).get(k) for k in
                                        ("pertinencia", "eficiencia", "eficacia", "impacto")]
                       for r in self.plan.ratings])
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
        section = Section(tr("SWOT (DOFA)"))
        kinds, scopes = schema.DOMAINS["tipo_dofa"], schema.DOMAINS["ambito_dofa"]
        rows = sorted(self.plan.dofa, key=lambda d: (list(kinds).index(d["tipo"]), d["ambito"], d["fid"]))
        section.table([tr("Type"), tr("Scope"), tr("Description"), tr("Objective"), tr("Finding")],
                      [[kinds[d["tipo"]], scopes[d["ambito"]], d["descripcion"], d["elemento"], d["hallazgo"]]
                       for d in rows])
        return section

    def conclusions(self):
        section = Section(tr("Conclusions and recommendations for revising the plan"))
        lines = []
        for gap in self.plan.articulation.gaps:
            lines.append(tr("{gap}: {code} {name}. Recommendation: review it in the next revision of the plan.")
                         .format(gap=tr(GAP_KINDS[gap.kind]), code=gap.code, name=gap.name))
        for rating in self.plan.ratings:
            if rating.level == "bajo":
                lines.append(tr("Objective {code} has a low rating ({score}): review its projects' schedule and "
                                "resources.").format(code=rating.objective, score=_score(rating.score)))
        for row in self.plan.checklist:
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
        for block in section.blocks:
            if block[0] == "text":
                texts.append([block[1]])
                continue
            title = section.title if not pages else tr("{title} (continued)").format(title=section.title)
            if block[0] == "table":
                for chunk in chunks(block[2]):
                    page = self._page("tabla", title, " ".join(t[0] for t in texts))
                    page.table("tabla", block[1], chunk, 7)
                    pages.append(page)
                    texts, title = [], tr("{title} (continued)").format(title=section.title)
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
                elif block[0] == "table":
                    document.table(block[1], block[2], no_data())
                else:
                    document.paragraph(tr("[Chart in the PDF: {caption}]").format(caption=block[2]))
        document.save(path)


def _score(value):
    return no_data() if value is None else number(value, 1)
