"""Panel "Indicadores": compute a period in the background, then read the results.

Nothing is computed here: the panel starts `compute_indicators` as a task,
and reads measurements back from the store to show a table with traffic
lights, a graduated map and the time series of the selected unit.
"""
import os
import tempfile

from qgis.core import QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                                 QLineEdit,
                                 QListWidget, QListWidgetItem, QProgressBar, QPushButton, QSplitter,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..cartography.pages import classify_by_light, graduate, indicator_classes
from ..core import clock, schema
from ..core.report import legend, palette
from ..core.report.labels import light_label
from ..core.errors import PotError
from ..core.indicators import calculator
from ..core.indicators.assessment import HORIZONS, target_for, traffic_light
from ..core.report.period import latest_measured
from ..i18n import tr
from ..processing.connections import resolve_expediente
from ..store import open_store
from .algorithm_task import AlgorithmTask, replace_result_layer
from ..core.report.format import quantity
from .table_layout import fit_columns, wrap_items
from .time_series_chart import TimeSeriesChart

RESULT_OPACITY = 0.75


class IndicatorsPanel(QgsDockWidget):
    def __init__(self, iface, expediente_path=None, parent=None):
        super().__init__(tr("Indicators"), parent)
        self.setObjectName("PotSeguimientoIndicadores")
        self.iface = iface
        self.task = None
        self.result_layer = None
        self._build()
        if expediente_path:
            self.set_expediente(expediente_path)

    # -- layout ------------------------------------------------------------
    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.file = QgsFileWidget()
        self.file.setFilter("GeoPackage (*.gpkg *.GPKG)")
        self.file.fileChanged.connect(self.set_expediente)
        form.addRow(tr("Expediente"), self.file)
        self.period = QLineEdit(str(clock.today().year))  # until set_expediente finds stored measurements
        form.addRow(tr("Period"), self.period)
        self.level = QComboBox()
        form.addRow(tr("Territorial level"), self.level)
        self.horizon = QComboBox()
        for code in HORIZONS:
            self.horizon.addItem(schema.DOMAINS["horizonte"][code], code)  # the data model's names, as everywhere
        self.horizon.currentIndexChanged.connect(self.show_results)
        form.addRow(tr("Target of the horizon"), self.horizon)
        layout.addLayout(form)
        self.codes = QListWidget()
        wrap_items(self.codes)
        self.codes.setMaximumHeight(90)
        layout.addWidget(self.codes)
        buttons = QHBoxLayout()
        self.compute_button = QPushButton(tr("Compute"))
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.compute_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.shown = QComboBox()
        self.shown.currentIndexChanged.connect(self.show_results)
        layout.addWidget(self.shown)
        # Baseline and target are the indicator's, the same for every unit: said once above the table, whose
        # columns then fit the dock with the traffic light in view (as extra columns they pushed it out).
        self.reference = QLabel()
        self.reference.setWordWrap(True)
        layout.addWidget(self.reference)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Unit"), tr("Value"), tr("Traffic light")])
        fit_columns(self.table, stretch=0)  # the unit's name takes what the value and the light leave
        self.table.verticalHeader().setVisible(False)  # row numbers say nothing here
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self.show_series)
        self.chart = TimeSeriesChart()
        results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(self.table)
        results.addWidget(self.chart)
        results.setStretchFactor(0, 3)
        results.setStretchFactor(1, 2)
        layout.addWidget(results, 1)
        # As wide as the projects panel (docks tabbed together share a width): the table's traffic lights in view.
        body.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.setWidget(body)

    # -- expediente ----------------------------------------------------------
    def set_expediente(self, path):
        self.path = path
        self.result_layer = None  # a computed layer is of the expediente it was computed from
        if self.file.filePath() != path:
            self.file.setFilePath(path)
        self.level.clear()
        self.codes.clear()
        self.shown.clear()
        try:
            with open_store(resolve_expediente(path)) as store:
                levels = store.levels()
                self.definitions = store.indicator_definitions()
        except PotError as error:
            self.status.setText(str(error))
            return
        for level in levels:  # the level's name (Localidad, UPZ), its code as the item's data
            self.level.addItem(schema.DOMAINS["nivel_medicion"].get(level, level), level)
        if "localidad" in levels:
            self.level.setCurrentIndex(self.level.findData("localidad"))
        for code, definition in self.definitions.items():
            if calculator(code) is not None:  # what compute_indicators computes (projects come elsewhere)
                item = QListWidgetItem(definition["nombre"])  # the name a reader knows; the code in its tooltip
                item.setToolTip(code)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setCheckState(Qt.CheckState.Checked)
                self.codes.addItem(item)
        self.status.setText("")
        self.show_stored()

    def show_stored(self):
        """Open on the latest period with measurements kept in the expediente, and show them: the panel
        opened on the current year, empty, and results stored by an earlier run appeared only after
        computing them again."""
        listed = {self.codes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.codes.count())}
        with open_store(resolve_expediente(self.path)) as store:
            periods = {period: codes & listed for period, codes in store.measured_periods(
                self.level.currentData()).items() if codes & listed}
        latest = latest_measured(periods)  # (core's rule: the period ending last, the fuller of a year and its S2)
        if latest is None:
            return
        self.period.setText(latest)
        self._list_shown(code for code in self.definitions if code in periods[latest])
        self.status.setText(tr("Measurements kept in the expediente for period {period}.").format(period=latest))
        self.show_results()

    def _list_shown(self, codes, keep=None):
        """The indicators to show; `keep`: the one on screen stays on screen (after computing, the panel jumped
        to the first of the list)."""
        self.shown.blockSignals(True)
        self.shown.clear()
        for code in codes:
            self.shown.addItem(self.definitions[code]["nombre"] if code in self.definitions else code, code)
            self.shown.setItemData(self.shown.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        if keep is not None and self.shown.findData(keep) >= 0:
            self.shown.setCurrentIndex(self.shown.findData(keep))
        self.shown.blockSignals(False)

    def selected_codes(self):
        return [self.codes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.codes.count())
                if self.codes.item(i).checkState() == Qt.CheckState.Checked]

    # -- running -------------------------------------------------------------
    def compute(self):
        output = os.path.join(tempfile.mkdtemp(prefix="pot_indicadores_"), "indicadores.gpkg")
        parameters = {"EXPEDIENTE": self.path, "PERIOD": self.period.text().strip(),
                      "LEVEL": self.level.currentData(), "INDICATORS": ",".join(self.selected_codes()),
                      "OUTPUT": output}
        self.compute_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(tr("Computing…"))
        self.task = AlgorithmTask("pot_seguimiento:compute_indicators", parameters, self.computed,
                                  self.progress.setValue).start()

    def cancel(self):
        if self.task:
            self.task.cancel()

    def computed(self, ok, results, errors, cancelled):
        self.compute_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.task = None
        if cancelled:
            self.status.setText(tr("Cancelled: the earlier measurements are untouched."))
            return
        if not ok:
            self.status.setText(errors or tr("The computation failed."))
            return
        self.progress.setValue(100)
        self.status.setText(tr("Indicators computed for period {period}.").format(period=self.period.text()))
        self._load_result_layer(results["OUTPUT"])
        self._list_shown(self.selected_codes(), keep=self.current_code())
        self.show_results()

    def _load_result_layer(self, path):
        layer = QgsVectorLayer(path, tr("Indicators {period} ({level})").format(
            period=self.period.text(), level=self.level.currentText()), "ogr")
        if not layer.isValid():
            return
        # Under the expediente's points, lines and unit outlines, over its background layers, and
        # translucent: the reader still sees where things are.
        self.result_layer = replace_result_layer(self.result_layer, layer, below="unidad_territorial",
                                                 opacity=RESULT_OPACITY)

    # -- showing -------------------------------------------------------------
    def current_code(self):
        return self.shown.currentData()

    def show_results(self):
        code = self.current_code()
        if not code:
            return
        definition = self.definitions.get(code, {})
        target = target_for(definition, self.horizon.currentData())
        baseline, unit = definition.get("valor_base"), definition.get("unidad")
        with open_store(resolve_expediente(self.path)) as store:
            rows = store.measurements(code, self.level.currentData(), period=self.period.text().strip())
            names = store.unit_names(self.level.currentData())
        rows.sort(key=lambda r: (r[1] != "municipio", names.get(r[2], r[2])))
        self.table.setRowCount(len(rows))
        for i, (_, nivel, ambito, valor, nota) in enumerate(rows):
            light = traffic_light(valor, baseline, target, definition.get("polaridad", "positiva"))
            # Without a value, the cell says so and its tooltip says why: a long reason in the cell
            # widened the column until the traffic lights left the dock.
            # The light's colour name alone in its cell ("Gris"), its explanation in the tooltip: the long
            # label widened the column out of the dock.
            cells = [names.get(ambito, ambito), quantity(valor, unit), light_label(light).split(" (")[0]]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ambito)
                if j == 1 and valor is None and nota:
                    item.setToolTip(nota)
                if j == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j == 2:
                    item.setToolTip(light_label(light))
                    item.setBackground(QColor(palette.TRAFFIC_LIGHTS[light]))
                    item.setForeground(QColor("white"))
                self.table.setItem(i, j, item)
        self.reference.setText(tr("Baseline {baseline} · target ({horizon}) {target}").format(
            baseline=quantity(baseline, unit), horizon=self.horizon.currentText().lower(),
            target=quantity(target, unit)))
        self._style_map(code, definition)
        if rows:
            self.table.selectRow(0)
        self.show_series()  # selecting the row already selected signals nothing: the chart kept the last indicator

    def _style_map(self, code, definition):
        """The result layer drawn as the PDF's sheet and the minisite draw it (core/report/legend.py): by traffic
        light against the chosen horizon's target when there is one, else by value classes."""
        layer = self.result_layer
        if layer is None or layer.fields().indexOf(code) < 0:
            return
        polarity = definition.get("polaridad") or "positiva"
        target, baseline = target_for(definition, self.horizon.currentData()), definition.get("valor_base")
        if target is not None:
            classify_by_light(layer, legend.light_classes(baseline, target, polarity, definition.get("unidad")),
                              code, baseline, target, polarity, missing=True)
        else:
            values = [f[code] for f in layer.getFeatures()]
            graduate(layer, indicator_classes([v if isinstance(v, (int, float)) else None for v in values],
                                              polarity), code)
        layer.setName(f"{self.shown.currentText()} — {self.period.text()}")
        layer.triggerRepaint()

    def show_series(self):
        items = self.table.selectedItems()
        code = self.current_code()
        if not items or not code:
            return
        scope = items[0].data(Qt.ItemDataRole.UserRole)
        definition = self.definitions.get(code, {})
        with open_store(resolve_expediente(self.path)) as store:
            rows = store.measurements(code, self.level.currentData(), scope=scope)
        self.chart.set_series([(periodo, valor) for periodo, _, _, valor, _ in rows],
                              definition.get("valor_base"), target_for(definition, self.horizon.currentData()),
                              f"{definition.get('nombre', code)} — {items[0].text()}",
                              percent=definition.get("unidad") == "%")
