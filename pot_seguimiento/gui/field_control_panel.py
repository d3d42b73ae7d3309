"""Panel "Control de ocupaciones": alerts by priority and state, their visits and actions, and the
round trip to QField.

Importing a returned package runs as a background task (progress bar, Cancel); building a package
and recording an action open their algorithm's dialog, prefilled with the selection. The panel only
reads the store to show lists and cards.
"""
import os

from qgis.core import Qgis
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout,
                                 QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QSplitter,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..core import schema
from ..core.report.format import number
from ..i18n import tr
from ..processing.connections import resolve_expediente
from ..store import field_control, open_store
from .algorithm_task import AlgorithmTask
from .table_layout import fit_columns

ALL = "__todos__"
COLUMNS = ("codigo", "prioridad", "estado", "motivo", "unidad", "area_m2")
THUMBNAIL = 120


class FieldControlPanel(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Control of informal occupations"), parent)
        self.setObjectName("PotSeguimientoOcupaciones")
        self.iface = iface
        self.path, self.layer, self.rows, self.task = None, None, [], None
        self.unit_names = {}  # code -> name: a reader knows Localidad 19 by its name, not by '19'
        self._build()

    # -- layout ------------------------------------------------------------
    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        filters = QFormLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by code"))
        self.search.textChanged.connect(self.refresh_list)
        filters.addRow(tr("Search"), self.search)
        self.filters = {}
        for key, label in (("unidad", tr("Unit")), ("motivo", tr("Reason")), ("estado", tr("State"))):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.refresh_list)
            self.filters[key] = combo
            filters.addRow(label, combo)
        layout.addLayout(filters)
        buttons = QGridLayout()
        self.package_button = QPushButton(tr("Field package…"))
        self.package_button.setToolTip(tr("A QField package with the selected alerts (or the listed ones)"))
        self.package_button.clicked.connect(self.build_package)
        self.import_button = QPushButton(tr("Import returned package…"))
        self.import_button.clicked.connect(self.choose_returned_package)
        self.action_button = QPushButton(tr("Record action…"))
        self.action_button.clicked.connect(self.record_action)
        self.detect_button = QPushButton(tr("Detect alerts…"))
        self.detect_button.setToolTip(tr("New footprints in protection land, rondas, high hazard, rural land or "
                                         "public space become alerts"))
        self.detect_button.clicked.connect(self.detect)
        buttons.addWidget(self.package_button, 0, 0)
        buttons.addWidget(self.action_button, 0, 1)
        buttons.addWidget(self.detect_button, 1, 0)
        buttons.addWidget(self.import_button, 1, 1)
        layout.addLayout(buttons)
        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.task and self.task.cancel())
        progress.addWidget(self.progress)
        progress.addWidget(self.cancel_button)
        layout.addLayout(progress)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Code"), tr("Priority"), tr("State"), tr("Reason"), tr("Unit"),
                                              tr("Area (m²)")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._table_selection_changed)
        self.table.verticalHeader().setVisible(False)
        # The reason takes the width the code, priority and area leave; long states and unit names give way, and
        # in a narrow dock the unit and the area (both in the card) are hidden.
        fit_columns(self.table, stretch=3, shrink=(2, 4), optional=(4, 5))
        # The header and eight alerts: with three rows in view the list read as nearly empty.
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        splitter.addWidget(self.table)
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        splitter.addWidget(self.card)
        self.photos = QHBoxLayout()
        photos = QWidget()
        photos.setLayout(self.photos)
        splitter.addWidget(photos)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.card.setMinimumHeight(180)  # room for a few visits and actions under the list
        splitter.setSizes([self.table.minimumHeight(), 220, THUMBNAIL + 10])
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        body.setMinimumWidth(340)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)

    # -- data --------------------------------------------------------------
    def set_expediente(self, path, layer=None):
        """The expediente to show, and its alerts layer in the project (for map selection)."""
        self.path = path
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self._map_selection_changed)
            except (TypeError, RuntimeError):
                pass
        self.layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._map_selection_changed)
        self.reload()

    def reload(self):
        with open_store(resolve_expediente(self.path)) as store:
            data, _ = store.read("alerta_ocupacion", list(COLUMNS), geometry=False)
            self.unit_names = field_control.unit_names(store)
        self.rows = sorted(({name: data[name][i] for name in COLUMNS} for i in range(len(data["codigo"]))),
                           key=lambda row: (-(row["prioridad"] or 0), row["codigo"]))
        for key, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("All"), ALL)
            domain = {"motivo": "motivo_alerta", "estado": "estado_alerta"}.get(key)
            for value in sorted({row[key] for row in self.rows if row[key]}):
                combo.addItem(schema.DOMAINS[domain].get(value, value) if domain else self._unit(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.refresh_list()

    def visible_rows(self):
        text = self.search.text().strip().lower()
        return [row for row in self.rows if text in row["codigo"].lower() and all(
            combo.currentData() in (ALL, None) or row[key] == combo.currentData()
            for key, combo in self.filters.items())]

    def refresh_list(self):
        rows = self.visible_rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row["codigo"], number(row["prioridad"], 1),
                      schema.DOMAINS["estado_alerta"].get(row["estado"], row["estado"]),
                      schema.DOMAINS["motivo_alerta"].get(row["motivo"], row["motivo"]), self._unit(row["unidad"]),
                      number(row["area_m2"], 0))
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(Qt.ItemDataRole.UserRole, row["codigo"])
                self.table.setItem(r, c, item)
        if rows and not self.table.selectedItems():
            # The first alert's card under the list (the panel opened on an empty half), without selecting it
            # on the map behind the user's back.
            self.show_alert(rows[0]["codigo"])
        self.status.setText(tr("{shown} of {total} alerts").format(shown=len(rows), total=len(self.rows)))

    def _unit(self, code):
        return self.unit_names.get(code, code or "")

    def selected_codes(self):
        return sorted({item.data(Qt.ItemDataRole.UserRole) for item in self.table.selectedItems()})

    def select(self, code):
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).text() == code:
                self.table.selectRow(r)
                return True
        return False

    # -- card --------------------------------------------------------------
    def show_alert(self, code):
        self._clear_photos()
        if code is None:
            self.card.setText("")
            return
        row = next(r for r in self.rows if r["codigo"] == code)
        with open_store(resolve_expediente(self.path)) as store:
            visits, actions = field_control.alert_history(store, code)
            root = store.evidence_root  # photo paths are relative to it (beside a GeoPackage; PostGIS: a shared folder)
        lines = [f"<b>{code}</b> — {schema.DOMAINS['motivo_alerta'].get(row['motivo'], row['motivo'])}",
                 tr("State: {state} · priority {priority} · {unit} · {area} m²").format(
                     state=schema.DOMAINS["estado_alerta"].get(row["estado"]), priority=number(row["prioridad"], 1),
                     unit=self._unit(row["unidad"]) or "—", area=number(row["area_m2"], 0))]
        lines.append("<b>" + tr("Visits") + "</b>")
        lines += [f"{v['fecha_hora'][:16].replace('T', ' ')} · {v['inspector']} · "
                  f"{schema.DOMAINS['hallazgo'].get(v['hallazgo'], v['hallazgo'])}"
                  + (" · " + tr("correction") if v["version"] > 1 else "")
                  + (f" — {v['observaciones']}" if v["observaciones"] else "") for v in visits] or [tr("none yet")]
        lines.append("<b>" + tr("Control actions") + "</b>")
        lines += [f"{a['fecha']} · {schema.DOMAINS['tipo_accion'].get(a['tipo'], a['tipo'])} · {a['entidad']} · "
                  f"{schema.DOMAINS['estado_accion'].get(a['estado'], a['estado'])}"
                  for a in actions] or [tr("none yet")]
        self.card.setText("<br>".join(lines))
        for visit in visits[-1:] if root else []:  # the latest visit's photos
            for name in ("foto_1", "foto_2", "foto_3"):
                if visit[name] and os.path.exists(os.path.join(root, visit[name])):
                    label = QLabel()
                    label.setPixmap(QPixmap(os.path.join(root, visit[name])).scaled(
                        THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation))
                    label.setToolTip(visit[name])
                    self.photos.addWidget(label)

    def _clear_photos(self):
        while self.photos.count():
            widget = self.photos.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    # -- selection both ways -------------------------------------------------
    def _table_selection_changed(self):
        codes = self.selected_codes()
        self.show_alert(codes[0] if len(codes) == 1 else None)
        if self.layer is not None and codes:
            ids = [f.id() for f in self.layer.getFeatures(
                "\"codigo\" IN ({})".format(", ".join("'" + c.replace("'", "''") + "'" for c in codes)))]
            self.layer.blockSignals(True)
            self.layer.selectByIds(ids)
            self.layer.blockSignals(False)

    def _map_selection_changed(self, *_):
        codes = {f["codigo"] for f in self.layer.selectedFeatures()}
        if codes:
            self.table.blockSignals(True)
            self.table.clearSelection()
            for r in range(self.table.rowCount()):
                if self.table.item(r, 0).text() in codes:
                    self.table.selectRow(r)
            self.table.blockSignals(False)
            self._table_selection_changed()

    # -- actions -----------------------------------------------------------
    def build_package(self):
        import processing

        codes = self.selected_codes() or [row["codigo"] for row in self.visible_rows()]
        processing.execAlgorithmDialog("pot_seguimiento:export_field_package",
                                       {"EXPEDIENTE": self.path, "ALERTS": ", ".join(codes)})
        self.reload()

    def detect(self):
        import processing

        processing.execAlgorithmDialog("pot_seguimiento:detect_occupation_alerts", {"EXPEDIENTE": self.path})
        self.reload()

    def record_action(self):
        import processing

        codes = self.selected_codes()
        processing.execAlgorithmDialog("pot_seguimiento:record_control_action",
                                       {"EXPEDIENTE": self.path, "ALERT": codes[0] if codes else ""})
        self.reload()
        if codes:
            self.select(codes[0])

    def choose_returned_package(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Returned field package"), "",
                                              tr("Field package") + " (*.zip *.qgs *.gpkg)")
        if path:
            self.import_package(path)

    def import_package(self, package):
        """import_field_checks in the background; the lists refresh when it ends."""
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.task = AlgorithmTask("pot_seguimiento:import_field_checks",
                                  {"EXPEDIENTE": self.path, "INPUT": package, "REPORT": "TEMPORARY_OUTPUT"},
                                  self._imported, self.progress.setValue).start()
        return self.task

    def _imported(self, ok, results, errors, cancelled):
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100 if ok else 0)
        if not ok:
            message = tr("Cancelled; nothing was imported.") if cancelled else errors
            self.status.setText(message)
            self.iface.messageBar().pushMessage(tr("POT Seguimiento"), message, Qgis.MessageLevel.Warning, 10)
            return
        self.reload()
        self.status.setText(tr("Package imported: {importada} visits, {corregida} corrections, {duplicada} already "
                               "there, {rechazada} rejected, {nueva_version} outlines redrawn.").format(
            **{k.lower(): v for k, v in results.items() if k != "REPORT"}))
