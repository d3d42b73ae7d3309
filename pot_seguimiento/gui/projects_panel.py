"""Panel "Seguimiento de proyectos": find a project, read its card and history, record its report.

Evaluation (`evaluate_projects`) and saving (`record_progress`) run as background
tasks; the panel reads the store to show the card and history, and checks a
report with the core's rules before it starts the save, so mistakes show at once.
"""
import os
import tempfile

from qgis.core import QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout, QGroupBox,
                                 QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                                 QProgressBar, QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout,
                                 QWidget)

from ..core import clock, project_states, schema
from ..core.project_states import LABELS as STATE_LABELS
from ..core.report.format import goal, number
from ..core.projects import (check_new_report, last_ended_period, latest_report, period_bounds, progress_lines,
                             valid_reports)
from ..i18n import tr
from ..processing.connections import resolve_expediente
from ..store import open_store
from ..store.progress import program_names
from .algorithm_task import AlgorithmTask, replace_result_layer
from .expediente_layers import STYLES
from .table_layout import fit_columns, wrap_items
from .time_series_chart import TimeSeriesChart

ALL = "__todos__"


def _ends_its_period(report):
    bounds = period_bounds(report["periodo"])
    return bool(bounds) and str(report["fecha_corte"])[:10] == bounds[1].isoformat()


class ProjectsPanel(QgsDockWidget):
    def __init__(self, iface, expediente_path=None, parent=None):
        super().__init__(tr("Project follow-up"), parent)
        self.setObjectName("PotSeguimientoProyectos")
        self.iface = iface
        self.path, self.items, self.history, self.states, self.evaluated_at = None, {}, {}, {}, None
        self.programs = {}  # code -> name: the card and the filter name a programme as the plan does
        self.task, self.evaluation_layer, self.project_layer = None, None, None
        self._build()
        if expediente_path:
            self.set_expediente(expediente_path)

    # -- layout ------------------------------------------------------------
    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        filters = QFormLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by code or name"))
        self.search.textChanged.connect(self.refresh_list)
        filters.addRow(tr("Search"), self.search)
        self.filters = {}
        for key, label in (("programa", tr("Program")), ("entidad", tr("Entity")),
                           ("horizonte", tr("Horizon")), ("estado", tr("State"))):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.refresh_list)
            self.filters[key] = combo
            filters.addRow(label, combo)
        layout.addLayout(filters)
        evaluation = QHBoxLayout()
        self.cutoff = QDateEdit(QDate.currentDate())
        self.cutoff.setCalendarPopup(True)
        self.cutoff.setDisplayFormat("yyyy-MM-dd")
        self.evaluate_button = QPushButton(tr("Evaluate"))
        self.evaluate_button.clicked.connect(self.evaluate)
        evaluation.addWidget(QLabel(tr("Cut-off")))
        evaluation.addWidget(self.cutoff)
        evaluation.addWidget(self.evaluate_button)
        layout.addLayout(evaluation)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.list = QListWidget()
        wrap_items(self.list)  # "P1-03 — Ampliación Avenida Circunvalar  [Terminado]" scrolled sideways
        self.list.setMinimumHeight(self.fontMetrics().height() * 6)
        self.list.currentItemChanged.connect(
            lambda item, _: self.show_project(item.data(Qt.ItemDataRole.UserRole) if item else None))
        splitter.addWidget(self.list)
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setMinimumHeight(self.fontMetrics().height() * 7)  # its six lines, wrapped at the dock's width
        splitter.addWidget(self.card)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([tr("Period"), tr("Cut-off"), tr("Physical"), tr("Investment"),
                                              tr("Reported state"), tr("Notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)  # row numbers took the width of the reported state
        # The numbers and the reported state in view at the dock's width, the notes in what is left (cut, in full
        # in their tooltip): sized to contents, "Estado reportado" was off to the right (table_layout).
        fit_columns(self.table, stretch=5)
        # The header and five rows of history: a project reports twice a year.
        self.table.setMinimumHeight(self.fontMetrics().height() * 9)
        splitter.addWidget(self.table)
        self.chart = TimeSeriesChart()
        self.chart.setMinimumHeight(self.fontMetrics().height() * 13)
        splitter.addWidget(self.chart)
        layout.addWidget(splitter, 1)
        # The form below the splitter, at its full height: squeezed in the splitter its rows overlapped.
        layout.addWidget(self._build_form())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        body.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)  # combos and card readable
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        # A dock opens at its widget's minimum width, and a scroll area's is tiny: ask for the body's, so
        # the dock opens wide enough to read (it scrolls vertically on small screens).
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(body.minimumWidth() + scrollbar + 2 * scroll.frameWidth())
        self.setWidget(scroll)

    def _build_form(self):
        box = QGroupBox(tr("Record the report of a period"))
        form = QFormLayout(box)
        self.period = QLineEdit(last_ended_period(clock.today()))  # a semester is reported after its cut-off
        self.period.textChanged.connect(self._cutoff_to_period_end)
        self.report_date = QDateEdit()
        self.report_date.setCalendarPopup(True)
        self.report_date.setDisplayFormat("yyyy-MM-dd")
        self._cutoff_to_period_end()
        self.physical = QDoubleSpinBox()
        self.physical.setDecimals(2)
        self.physical.setMaximum(1e12)
        self.investment = QDoubleSpinBox()
        self.investment.setDecimals(0)
        self.investment.setMaximum(1e15)
        self.investment.setGroupSeparatorShown(True)
        self.state = QComboBox()
        for code, label in schema.DOMAINS["estado_reportado"].items():
            self.state.addItem(label, code)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(50)
        self.evidence = QLineEdit()
        self.reported_by = QLineEdit()
        for label, widget in ((tr("Period"), self.period), (tr("Cut-off date"), self.report_date),
                              (tr("Cumulative physical progress"), self.physical),
                              (tr("Cumulative investment (COP)"), self.investment), (tr("Reported state"), self.state),
                              (tr("Notes"), self.notes), (tr("Evidence"), self.evidence),
                              (tr("Reported by"), self.reported_by)):
            form.addRow(label, widget)
        self.save_button = QPushButton(tr("Save report"))
        self.save_button.clicked.connect(self.save_report)
        form.addRow(self.save_button)
        self.form_errors = QLabel()
        self.form_errors.setWordWrap(True)
        self.form_errors.setStyleSheet("color: #c62828")
        form.addRow(self.form_errors)
        return box

    def _cutoff_to_period_end(self):
        bounds = period_bounds(self.period.text().strip())
        if bounds:
            self.report_date.setDate(QDate(bounds[1].year, bounds[1].month, bounds[1].day))

    # -- data --------------------------------------------------------------
    def set_expediente(self, path, project_layer=None):
        self.path = path
        self.project_layer = project_layer
        self.states = {}
        if project_layer is not None:
            project_layer.selectionChanged.connect(self._follow_map_selection)
        self.reload()

    def reload(self):
        with open_store(resolve_expediente(self.path)) as store:
            self.items = {p["codigo"]: p for p in store.projects()}
            self.programs = program_names(store)
            self.history = store.progress_reports()
            # The states of the evaluation kept in the expediente (whoever ran it, in this session or before),
            # as the store reads them with core's rules: the card does not say "not evaluated" on an evaluated
            # expediente.
            evaluated = store.last_project_states()
        if evaluated:
            cutoff, evaluations = evaluated
            self.states = {code: e.state for code, e in evaluations.items()}
            self.evaluated_at = cutoff
            self.cutoff.setDate(QDate(cutoff.year, cutoff.month, cutoff.day))
        for key, combo in self.filters.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("All"), ALL)
            values = STATE_LABELS if key == "estado" else sorted({p[key] for p in self.items.values()})
            for value in values:
                if key == "programa":
                    label = self._program(value)
                else:
                    label = STATE_LABELS.get(value) or schema.DOMAINS["horizonte"].get(value, value)
                combo.addItem(label, value)
            combo.blockSignals(False)
        self.refresh_list()

    def _program(self, code):
        """'P1 — Movilidad sostenible': the programme's code, as the plan numbers it, with its name."""
        name = self.programs.get(code)
        return f"{code} — {name}" if name else str(code)

    def refresh_list(self):
        text = self.search.text().strip().lower()
        current = self.current_code()
        self.list.clear()
        for code, project in sorted(self.items.items()):
            wanted = {key: combo.currentData() for key, combo in self.filters.items()}
            values = {**project, "estado": self.states.get(code)}
            if any(v not in (None, ALL) and values[k] != v for k, v in wanted.items()):
                continue
            if text and text not in code.lower() and text not in project["nombre"].lower():
                continue
            state = STATE_LABELS.get(self.states.get(code), "")
            item = QListWidgetItem(f"{code} — {project['nombre']}" + (f"  [{state}]" if state else ""))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
            if code == current:
                self.list.setCurrentItem(item)

    def current_code(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, code):
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(i)
                return True
        return False

    def _follow_map_selection(self, *args):
        features = self.project_layer.selectedFeatures()
        if features:
            self.select(features[0]["codigo"])

    # -- showing -----------------------------------------------------------
    def show_project(self, code):
        project = self.items.get(code)
        if project is None:
            self.card.setText("")
            self.table.setRowCount(0)
            return
        state = STATE_LABELS.get(self.states.get(code), tr("not evaluated"))
        self.card.setText(
            f"<b>{code} — {project['nombre']}</b><br>"
            f"{tr('Program')}: {self._program(project['programa'])}<br>{tr('Entity')}: {project['entidad']}<br>"
            f"{tr('Goal')}: {goal(project['meta_descripcion'], project['meta_cantidad'], project['meta_unidad'])}<br>"
            f"{tr('Horizon')}: {schema.DOMAINS['horizonte'][project['horizonte']]} · "
            f"{project['anio_inicio']}–{project['anio_fin']} · "
            # a non-breaking space: the sign never wraps away from its amount
            f"{tr('Budget')}: $\u00a0{number(project['presupuesto'], 0)}<br>"
            f"{tr('State')}: <b>{state}</b>")
        reports = self.history.get(code, [])
        valid = {r["fid"] for r in valid_reports(reports)}
        self.table.setRowCount(len(reports))
        for i, r in enumerate(reports):
            note = r.get("observaciones") or ""
            if r["fid"] not in valid:
                note = tr("(superseded) ") + note
            for j, value in enumerate((r["periodo"], r["fecha_corte"], number(r["avance_fisico"]),
                                       number(r["inversion"], 0),
                                       schema.DOMAINS["estado_reportado"].get(r["estado_reportado"], ""), note)):
                self.table.setItem(i, j, QTableWidgetItem(str(value)))
            self.table.item(i, 0).setToolTip(f"{tr('Cut-off')}: {r['fecha_corte']}")
        # The cut-off column only when it says what the period does not (a report cut off before the period's
        # end): its ~90 px left the notes no room at the dock's width. The period's tooltip always gives it.
        self.table.setColumnHidden(1, all(_ends_its_period(r) for r in reports))
        last = latest_report(reports)
        self.physical.setMaximum(float(project["meta_cantidad"]))
        self.physical.setValue(float(last["avance_fisico"]) if last else 0.0)
        self.investment.setValue(float(last["inversion"] or 0) if last else 0.0)
        # The state with the numbers it goes with: prefilled numbers beside "Sin iniciar" saved contradictions.
        self.state.setCurrentIndex(max(0, self.state.findData(last["estado_reportado"] if last else "sin_iniciar")))
        self._chart(project, reports)

    def _chart(self, project, reports):
        """Physical and financial % per period against the expected trajectory (core.projects.progress_lines)."""
        expected, physical, financial = progress_lines(project, reports)
        self.chart.set_lines([(tr("expected"), "#9e9e9e", expected), (tr("physical %"), "#1f5f8b", physical),
                              (tr("financial %"), "#e66101", financial)], title=tr("Progress (%)"), percent=True)

    # -- tasks -------------------------------------------------------------
    def _report(self):
        return {"proyecto": self.current_code(), "periodo": self.period.text().strip(),
                "fecha_corte": self.report_date.date().toString("yyyy-MM-dd"),
                "avance_fisico": self.physical.value(), "inversion": self.investment.value(),
                "estado_reportado": self.state.currentData(), "observaciones": self.notes.toPlainText().strip(),
                "evidencia": self.evidence.text().strip(), "reportado_por": self.reported_by.text().strip()}

    def save_report(self):
        """Check with the same rules the store applies, then save in the background."""
        report = self._report()
        project = self.items.get(report["proyecto"])
        check = check_new_report(report, project, self.history.get(report["proyecto"], []))
        if not check.ok:
            self.form_errors.setText("\n".join(check.errors))
            return
        self.form_errors.setText("\n".join(check.warnings))
        self.save_button.setEnabled(False)
        parameters = {"EXPEDIENTE": self.path, "PROJECT": report["proyecto"], "PERIOD": report["periodo"],
                      "CUTOFF_DATE": report["fecha_corte"], "PHYSICAL": report["avance_fisico"],
                      "INVESTMENT": report["inversion"], "STATE": report["estado_reportado"],
                      "NOTES": report["observaciones"], "EVIDENCE": report["evidencia"],
                      "REPORTED_BY": report["reportado_por"]}
        self.task = AlgorithmTask("pot_seguimiento:record_progress", parameters, self._saved).start()

    def _saved(self, ok, results, errors, cancelled):
        self.save_button.setEnabled(True)
        self.task = None
        if not ok:
            self.form_errors.setText(errors or tr("The report could not be saved."))
            return
        self.status.setText(tr("Report saved."))
        code = self.current_code()
        self.reload()
        self.select(code)

    def evaluate(self):
        output = os.path.join(tempfile.mkdtemp(prefix="pot_evaluacion_"), "evaluacion.gpkg")
        parameters = {"EXPEDIENTE": self.path, "CUTOFF_DATE": self.cutoff.date().toString("yyyy-MM-dd"),
                      "OUTPUT": output}
        self.evaluate_button.setEnabled(False)
        self.status.setText(tr("Evaluating…"))
        self.task = AlgorithmTask("pot_seguimiento:evaluate_projects", parameters, self._evaluated,
                                  self.progress.setValue).start()

    def _evaluated(self, ok, results, errors, cancelled):
        self.evaluate_button.setEnabled(True)
        self.task = None
        if not ok:
            self.status.setText(errors or tr("The evaluation failed."))
            return
        self.progress.setValue(100)
        layer = QgsVectorLayer(results["OUTPUT"], tr("Projects by state at {date}").format(
            date=self.cutoff.date().toString("yyyy-MM-dd")), "ogr")
        layer.loadNamedStyle(os.path.join(STYLES, "evaluacion_proyectos.qml"))
        # (drawn over the projects)
        self.evaluation_layer = replace_result_layer(self.evaluation_layer, layer, below="equipamiento")
        self.states = {f["codigo"]: f["estado"] for f in layer.getFeatures()}
        counts = project_states.counts(self.states.values())
        self.status.setText(tr("Evaluated at {date}: ").format(date=self.cutoff.date().toString("yyyy-MM-dd")) +
                            ", ".join(f"{project_states.label(state)} {n}" for state, n in counts.items()))
        self.refresh_list()
        self.show_project(self.current_code())
