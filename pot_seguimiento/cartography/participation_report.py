"""The participation report's PDF (export_participation_report, issue 21): a renderer of the report model's
"participacion" section on the expediente's page templates. Programmed against executed by dependency (table and
bars), commitments by month and state, a map of activities over participants per unit, the approaches and population
groups, the activities, and the conclusions and lessons learnt. Counts only."""
import datetime
import os

from qgis.core import (QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem, QgsMarkerSymbol,
                       QgsRendererCategory)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor

from ..core import report, schema
from ..core.report.format import long_date, no_data, number, or_no_data
from ..core.report.participation import STATES, figures
from ..i18n import tr
from ..store import open_store
from .chart import _image
from .expediente_report import chunks
from .map_frame import expediente_territory
from .pages import Page, _legend_fonts, coded_layer, graduate, indicator_classes, outline, units_layer

STATE_COLOURS = {"pendiente": "#9e9e9e", "en_curso": "#1f78b4", "cumplido": "#2e7d32", "incumplido": "#c62828",
                 "trasladado": "#ff9800"}
PROGRAMMED, EXECUTED = "#9ecae1", "#1f5f8b"
SHEET_ROWS = 22


def plan_bars(path, rows, title, width=1000, height=690):
    """Programmed and executed products by dependency, as pairs of horizontal bars with their counts and the
    compliance % (which may pass 100)."""
    def paint(painter):
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(8, 4, width - 16, line * 1.4), Qt.AlignmentFlag.AlignLeft, title)
        legend_y = line * 1.6
        for i, (label, colour) in enumerate(((tr("Programmed"), PROGRAMMED), (tr("Executed"), EXECUTED))):
            x = 8 + i * 220
            painter.fillRect(QRectF(x, legend_y + 4, 24, line - 8), QColor(colour))
            painter.drawText(QRectF(x + 30, legend_y, 180, line), Qt.AlignmentFlag.AlignLeft, label)
        label_width = min(width * 0.38, max([metrics.horizontalAdvance(r["nombre"]) for r in rows] + [10]) + 16)
        top = legend_y + line * 1.6
        row = (height - top - 8) / max(1, len(rows))
        largest = max([max(r["programadas"], r["ejecutadas"]) for r in rows] + [1])
        scale = (width - label_width - 190) / largest
        for index, item in enumerate(rows):
            y = top + index * row
            painter.setPen(QColor("#333333"))
            name = metrics.elidedText(item["nombre"], Qt.TextElideMode.ElideRight, int(label_width - 16))
            painter.drawText(QRectF(8, y, label_width - 12, row * 0.8), Qt.AlignmentFlag.AlignRight |
                             Qt.AlignmentFlag.AlignVCenter, name)
            bar = row * 0.32
            for offset, value, colour in ((0.08, item["programadas"], PROGRAMMED),
                                          (0.42, item["ejecutadas"], EXECUTED)):
                painter.fillRect(QRectF(label_width, y + row * offset, value * scale, bar), QColor(colour))
                painter.drawText(QRectF(label_width + value * scale + 6, y + row * offset - 4, 80, bar + 8),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number(value, 0))
            share = or_no_data(item["cumplimiento"], 0)
            painter.drawText(QRectF(width - 100, y, 96, row * 0.8), Qt.AlignmentFlag.AlignRight |
                             Qt.AlignmentFlag.AlignVCenter, f"{share} %" if item["cumplimiento"] is not None else share)
    return _image(path, width, height, paint, font_px=22)


def commitment_bars(path, months, title, width=1000, height=690):
    """Commitments at each month's end, stacked by state."""
    def paint(painter):
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(8, 4, width - 16, line * 1.4), Qt.AlignmentFlag.AlignLeft, title)
        x = 8
        for state in STATES:
            label = schema.DOMAINS["estado_compromiso"][state]
            painter.fillRect(QRectF(x, line * 1.6 + 4, 22, line - 8), QColor(STATE_COLOURS[state]))
            painter.drawText(QRectF(x + 28, line * 1.6, 300, line), Qt.AlignmentFlag.AlignLeft, label)
            x += 28 + metrics.horizontalAdvance(label) + 14
        top, bottom = line * 3.6, height - line * 1.6
        largest = max([sum(m[s] for s in STATES) for m in months] + [1])
        step = (width - 60) / max(1, len(months))
        scale = (bottom - top) / largest
        painter.setPen(QColor("#333333"))
        for i, month in enumerate(months):
            left, y = 40 + i * step, bottom
            for state in STATES:
                height_ = month[state] * scale
                painter.fillRect(QRectF(left + step * 0.15, y - height_, step * 0.7, height_),
                                 QColor(STATE_COLOURS[state]))
                y -= height_
            total = sum(month[s] for s in STATES)
            painter.drawText(QRectF(left, y - line, step, line), Qt.AlignmentFlag.AlignHCenter, number(total, 0))
            painter.drawText(QRectF(left, bottom + 2, step, line), Qt.AlignmentFlag.AlignHCenter,
                             month["mes"][5:])  # the month's number; the year is in the title
    return _image(path, width, height, paint, font_px=22)


class ParticipationReport:
    DOCUMENT = "participacion"

    def __init__(self, store_path, period, level, workdir):
        self.period, self.level, self.workdir = str(period), level, workdir
        self.today = datetime.date.today().isoformat()
        with open_store(store_path) as store:
            self.report = report.build(store, period, level, keys=("territorio", "participacion"))
            self.crs = QgsCoordinateReferenceSystem(store.crs_wkt())
            self.territory = expediente_territory(store, level, self.report.period.cutoff.year, self.crs)
        self.data = self.report["participacion"]
        self.info = self.report.info
        self.layers = []

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

    def _table_pages(self, title, headers, rows, subtitle="", size=7):
        pages = []
        for index, chunk in enumerate(chunks(rows)):
            page = self._page("tabla", title if index == 0 else tr("{title} (continued)").format(title=title),
                              subtitle)
            page.table("tabla", headers, chunk, size)
            pages.append(page)
        return pages

    def _activities_layer(self):
        executed = [a for a in self.data["actividades"] if a["geometria"] is not None and a["estado"] == "ejecutada"]
        layer = coded_layer("Point", tr("Participation activities"), self.crs,
                            [(a["codigo"], a["estado"]) for a in executed], [a["geometria"] for a in executed])
        layer.renderer().setSymbol(QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#e6550d", "outline_color": "#ffffff", "size": "3"}))
        self.layers.append(layer)
        return layer

    def outline(self):
        units = self.data["por_unidad"][1:]
        layer = outline(units_layer(tr("Territorial units"), self.crs, [u["codigo"] for u in units],
                                    [u["nombre"] for u in units], [u["geometria"] for u in units]))
        self.layers.append(layer)
        return layer

    def _commitments_layer(self):
        """Each commitment at its activity's place, by its state at the cut-off."""
        places = {a["codigo"]: a["geometria"] for a in self.data["actividades"]}
        placed = [c for c in self.data["compromisos"] if places.get(c["actividad"]) is not None]
        layer = coded_layer("Point", tr("Commitments by state"), self.crs, [(c["codigo"], c["estado"]) for c in placed],
                            [places[c["actividad"]] for c in placed])
        categories = [QgsRendererCategory(state, QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": STATE_COLOURS[state], "outline_color": "#ffffff", "size": "3.2"}),
            schema.DOMAINS["estado_compromiso"][state]) for state in STATES]
        layer.setRenderer(QgsCategorizedSymbolRenderer("estado", categories))
        self.layers.append(layer)
        return layer

    @staticmethod
    def _legend_also(page, layer):
        """The legend shows the map's top layer (the activities); the units' classes go under it."""
        legend = page.items.get("leyenda")
        if legend is not None:
            legend.model().rootGroup().addLayer(layer)
            _legend_fonts(legend)
            legend.refresh()

    def summary(self):
        """The map of activities over participants per unit, and the period's figures."""
        units = self.data["por_unidad"][1:]
        codes, names = [u["codigo"] for u in units], [u["nombre"] for u in units]
        values = [float(u["asistentes"]) for u in units]
        layer = units_layer(tr("Participants per unit"), self.crs, codes, names, [u["geometria"] for u in units],
                            values)
        graduate(layer, indicator_classes(values, "positiva"))
        points = self._activities_layer()
        self.layers.append(layer)
        page = self._page("hoja", tr("Citizen participation, technical assistance and commitments"),
                          tr("Executed activities and participants per unit · period {period} · by {level}").format(
                              period=self.period, level=self.level))
        page.map([points, layer], self.territory.frame())
        self._legend_also(page, layer)
        rows = figures(self.data)  # the same figures the report to the Concejo gives
        page.table("tabla", [tr("Figure"), tr("Value")], rows, 7)
        path = os.path.join(self.workdir, "plan_participacion.png")
        plan = self.data["por_dependencia"]
        if plan:
            plan_bars(path, plan, tr("Participation plan: programmed and executed by dependency"))
            page.picture("grafico", path)
        else:
            page.table("grafico", [tr("Participation plan")], [[no_data()]], 8)
        page.text("fuente", tr("Source: participation activities, plans and commitments reported by the entities"))
        return [page]

    def plan(self):
        rows = [[d["nombre"], number(d["programadas"], 0), number(d["ejecutadas"], 0), or_no_data(d["cumplimiento"], 1)]
                for d in self.data["por_dependencia"]]
        return self._table_pages(tr("Participation plan: programmed and executed by dependency"),
                                 [tr("Dependency"), tr("Programmed"), tr("Executed"), tr("Compliance %")],
                                 rows or [[no_data(), "", "", ""]],
                                 tr("Plans by four-month term count in the semester of their cut-off"), 9)

    def commitments(self):
        page = self._page("hoja", tr("Commitments made to citizens"),
                          tr("By month and state at each month's end · period {period}").format(period=self.period))
        layer = self._commitments_layer()
        page.map([layer, self.outline()], self.territory.frame())
        path = os.path.join(self.workdir, "compromisos.png")
        commitment_bars(path, self.data["compromisos_por_mes"], tr("Commitments by month and state, {period}").format(
            period=self.period))
        page.picture("grafico", path)
        states = schema.DOMAINS["estado_compromiso"]
        rows = [[c["codigo"], c["responsable"], states.get(c["estado"], c["estado"]), c["fecha_limite"] or no_data(),
                 tr("yes") if c["vencido"] else tr("no")] for c in self.data["compromisos"]]
        headers = [tr("Commitment"), tr("In charge"), tr("State"), tr("Due"), tr("Overdue")]
        page.table("tabla", headers, rows[:SHEET_ROWS], 6)
        page.text("fuente", tr("Source: commitments and their state history in the expediente"))
        detail = [[c["codigo"], c["actividad"], c["descripcion"] or no_data(), c["responsable"],
                   tr("yes") if c["competencia_oficina"] else tr("no"), states.get(c["estado"], c["estado"]),
                   c["fecha_estado"] or no_data()] for c in self.data["compromisos"]]
        return [page] + self._table_pages(
            tr("Commitments made to citizens"), [tr("Commitment"), tr("Activity"), tr("Description"), tr("In charge"),
                                                 tr("Office's competence"), tr("State"), tr("Since")], detail)

    def participants(self):
        units = [[u["nombre"], number(u["actividades"], 0), number(u["asistentes"], 0), number(u["mujeres"], 0),
                  number(u["hombres"], 0), number(u["otras"], 0)] for u in self.data["por_unidad"]]
        pages = self._table_pages(tr("Participants by territorial unit and sex"),
                                  [tr("Unit"), tr("Activities"), tr("Participants"), tr("Women"), tr("Men"),
                                   tr("Other identities or not stated")], units,
                                  tr("An activity counts in its unit when its scale is the level's or finer; the "
                                     "municipality counts every activity"))
        groups = [[tr("Age {band}").format(band=a["banda"]), number(a["personas"], 0)] for a in self.data["edades"]]
        names = {"victimas": tr("Victims of the armed conflict"), "etnicos": tr("Ethnic groups"),
                 "discapacidad": tr("Persons with disabilities")}
        groups += [[names[g], number(v, 0)] for g, v in self.data["grupos"].items()]
        return pages + self._table_pages(tr("Participants by age and population group"),
                                         [tr("Group"), tr("Participants")], groups,
                                         tr("Counts reported by the entities; nobody is named"), 9)

    def activities(self):
        rows = [[a["codigo"], a["nombre"] or no_data(), a["tipo_nombre"], a["etapa_nombre"], a["unidad_nombre"] or "",
                 a["dependencia_nombre"], a["fecha"], schema.DOMAINS["estado_actividad"].get(a["estado"], a["estado"]),
                 number(a["asistentes"], 0) if a["asistentes"] is not None else no_data(),
                 "".join(mark for mark, on in (("G", a["enfoque_genero"]), ("D", a["enfoque_diferencial"]),
                                               ("T", a["enfoque_territorial"])) if on) or "—"]
                for a in self.data["actividades"]]
        return self._table_pages(tr("Participation activities"),
                                 [tr("Code"), tr("Activity"), tr("Type"), tr("Stage"), tr("Unit"), tr("Dependency"),
                                  tr("Date"), tr("State"), tr("Participants"), tr("Approaches")], rows,
                                 tr("Approaches: G gender, D differential, T territorial"), 6)

    def conclusions(self):
        rows = [[c["actividad"], c["fecha"], c["conclusiones"] or "", c["lecciones"] or ""]
                for c in self.data["conclusiones"]]
        return self._table_pages(tr("Conclusions and lessons learnt"),
                                 [tr("Activity"), tr("Date"), tr("Conclusions"), tr("Lessons learnt")],
                                 rows or [[no_data(), "", "", ""]], size=7)

    def pages(self, cancelled=lambda: False):
        pages = []
        for part in (self.summary, self.plan, self.commitments, self.participants, self.activities, self.conclusions):
            if cancelled():
                return None
            pages.extend(part())
        for number_, page in enumerate(pages, start=1):
            page.text("pagina", str(number_))
        return pages
