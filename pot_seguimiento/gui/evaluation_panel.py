"""Panel "Evaluación del POT": the archive (search, open a document, show a plan's layer), the plan as a
tree (vision → objectives → policies and strategies → programs → projects, with their articles), the
evaluation of a year run as a background task (articulation gaps, sufficiency, objective ratings), and the
banco de experiencias (search, read an experience, open its documents in the archive).
Writing the report to the Concejo opens its algorithm's dialog."""
import os

from qgis.core import NULL, Qgis, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDate, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar,
                                 QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QTreeWidget,
                                 QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core import heritage, schema
from ..core.report.format import number
from ..i18n import tr
from ..processing.connections import resolve_expediente
from ..store import open_store
from ..store.archive import URL
from ..store.evaluation import plan, rows
from .algorithm_task import AlgorithmTask
from .table_layout import fit_columns

DOCUMENT_COLUMNS = ("codigo", "titulo", "tipo", "fecha", "vigente", "articulos")


def html_text(value):
    """A stored text shown in a rich-text label: its own markup characters kept as text."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(headers, stretch, shrink=(), optional=(), wrap=False):
    """A read-only table laid out for the dock (table_layout.fit_columns): `stretch`, the column of long texts
    (a name, a title), takes the width the others leave; `shrink`, long labels that give way to it; `optional`,
    columns hidden (the last first) when the dock is too narrow for them."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    fit_columns(table, stretch, shrink, optional, wrap)
    return table


def _fill(table, rows):
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


class EvaluationPanel(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Evaluation of the POT"), parent)
        self.setObjectName("PotSeguimientoEvaluacion")
        self.iface = iface
        self.path, self.documents, self.root, self.task = None, [], None, None
        self.experiences, self.shown_experiences = [], []
        tabs = QTabWidget()
        tabs.addTab(self._archive_tab(), tr("Archive"))
        tabs.addTab(self._structure_tab(), tr("Structure of the plan"))
        tabs.addTab(self._evaluation_tab(), tr("Evaluation"))
        tabs.addTab(self._experiences_tab(), tr("Banco de experiencias"))
        tabs.currentChanged.connect(self._tab_shown)
        self.tabs = tabs
        self.evaluated_path = None  # the expediente whose evaluation the tables show
        self.setWidget(tabs)

    # -- layout ------------------------------------------------------------
    def _archive_tab(self):
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search title, code, type, article…"))
        self.search.textChanged.connect(self.show_documents)
        layout.addWidget(self.search)
        self.documents_table = _table([tr("Code"), tr("Title"), tr("Type"), tr("Date"), tr("In force"), tr("Articles")],
                                      stretch=1, shrink=(2, 5), optional=(2, 5, 4))
        self.documents_table.doubleClicked.connect(lambda _: self.open_document())
        layout.addWidget(self.documents_table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Open document"))
        self.open_button.clicked.connect(self.open_document)
        self.layer_button = QPushButton(tr("Show its layer"))
        self.layer_button.setToolTip(tr("For an adopted map (plano): select the expediente layer it relates to"))
        self.layer_button.clicked.connect(self.show_layer)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.layer_button)
        layout.addLayout(buttons)
        return tab

    def _structure_tab(self):
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Element"), tr("Article")])
        # The element's name takes what the article (a short "Art. 12") leaves: both halves of the width
        # went to the article and every name was cut.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        return self.tree

    def _evaluation_tab(self):
        tab = self.evaluation_tab = QWidget()
        layout = QVBoxLayout(tab)
        controls = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(1997, 2100)
        self.year.setValue(QDate.currentDate().year() - 1)
        self.evaluate_button = QPushButton(tr("Evaluate"))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.report_button = QPushButton(tr("Report to the Concejo…"))
        self.report_button.clicked.connect(self.report)
        controls.addWidget(QLabel(tr("Year")))
        controls.addWidget(self.year)
        controls.addWidget(self.evaluate_button)
        controls.addWidget(self.report_button)
        layout.addLayout(controls)
        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.task and self.task.cancel())
        progress.addWidget(self.progress)
        progress.addWidget(self.cancel_button)
        layout.addLayout(progress)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # A few rows each: their long texts wrap, whole, rather than end in "…".
        self.gaps_table = _table([tr("Gap"), tr("Code"), tr("Name")], stretch=2, shrink=(0, 1), wrap=True)
        self.ratings_table = _table([tr("Objective"), tr("Score"), tr("Rating")], stretch=0, wrap=True)
        self.sufficiency_table = _table([tr("Component"), tr("Sufficiency")], stretch=0, wrap=True)
        for title, table in ((tr("Articulation gaps"), self.gaps_table),
                             (tr("Rating of objectives"), self.ratings_table),
                             (tr("Sufficiency by component"), self.sufficiency_table)):
            layout.addWidget(QLabel(f"<b>{title}</b>"))
            layout.addWidget(table, 1)
        return tab

    def _experiences_tab(self):
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.experience_search = QLineEdit()
        self.experience_search.setPlaceholderText(tr("Search project, strategy, results, lessons, unit…"))
        self.experience_search.textChanged.connect(self.show_experiences)
        layout.addWidget(self.experience_search)
        self.experiences_table = _table([tr("Code"), tr("Title"), tr("Project"), tr("Year"), tr("Protected"),
                                         tr("Cost (COP)")], stretch=1, shrink=(2, 4), optional=(2, 4, 5))
        self.experiences_table.itemSelectionChanged.connect(self.show_experience)
        layout.addWidget(self.experiences_table, 1)
        self.experience_detail = QLabel()
        self.experience_detail.setWordWrap(True)
        layout.addWidget(self.experience_detail, 1)
        self.experience_document_button = QPushButton(tr("Open its document"))
        self.experience_document_button.setToolTip(tr("The first document of the archive the experience names"))
        self.experience_document_button.clicked.connect(self.open_experience_document)
        layout.addWidget(self.experience_document_button)
        return tab

    # -- data --------------------------------------------------------------
    def set_expediente(self, path, layer=None):
        self.path = path
        self.reload()
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index):
        """The Evaluation tab opened with three empty tables until the user found the button: the first time it
        is shown for an expediente, the evaluation of the year runs (in the background; it writes nothing)."""
        if self.tabs.widget(index) is self.evaluation_tab and self.path and self.evaluated_path != self.path \
                and self.evaluate_button.isEnabled():
            self.evaluate()

    def reload(self):
        if not self.path:
            return
        with open_store(resolve_expediente(self.path)) as store:
            self.documents = rows(store, "documento")
            self.experiences = rows(store, "experiencia")
            self.root = store.evidence_root
            parts = plan(store)
        self.show_documents()
        self.show_tree(parts)
        self.show_experiences()

    def visible_documents(self):
        words = self.search.text().strip().lower().split()
        shown = []
        for document in sorted(self.documents, key=lambda d: (d["fecha"] or "", d["codigo"])):
            text = " ".join(str(document.get(k) or "") for k in DOCUMENT_COLUMNS + ("numero", "entidad")).lower()
            if all(word in text for word in words):
                shown.append(document)
        return shown

    def show_experiences(self):
        """The banco de experiencias that matches the search (core.heritage.matching_experiences), newest first."""
        labels = schema.DOMAINS["beneficiarios_experiencia"]
        self.shown_experiences = heritage.matching_experiences(self.experiences, self.experience_search.text())
        _fill(self.experiences_table, [
            [e["codigo"], e["titulo"], e["proyecto"], e["anio"], labels.get(e["beneficiarios"], e["beneficiarios"]),
             number(e["costo"], 0) if e["costo"] is not None else ""] for e in self.shown_experiences])
        self.show_experience()

    def selected_experience(self):
        rows_ = self.experiences_table.selectionModel().selectedRows()
        return self.shown_experiences[rows_[0].row()] if rows_ else None

    def show_experience(self):
        experience = self.selected_experience()
        self.experience_document_button.setEnabled(bool(experience and experience["documentos"]))
        if experience is None:
            self.experience_detail.setText(tr("Select an experience to read it."))
            return
        parts = [(tr("Strategy"), experience["estrategia"]), (tr("Results"), experience["resultados"]),
                 (tr("Lessons learnt"), experience["lecciones"]), (tr("Responsible entity"), experience["entidad"]),
                 (tr("Documents in the archive"), experience["documentos"]),
                 (tr("Territorial units"), experience["unidades"])]
        self.experience_detail.setText("<br>".join(f"<b>{title}:</b> {html_text(value)}" for title, value in parts
                                                   if value not in (None, "", NULL)))

    def open_experience_document(self):
        experience = self.selected_experience()
        codes = [c.strip() for c in str((experience or {}).get("documentos") or "").split(",") if c.strip()]
        document = next((d for d in self.documents if d["codigo"] in codes), None)
        if document is None:
            self.iface.messageBar().pushMessage(tr("Banco de experiencias"), tr(
                "None of the documents {codes} is in the archive.").format(codes=", ".join(codes)),
                Qgis.MessageLevel.Warning, 5)
            return None
        url = self.document_url(document)
        if url is not None:
            QDesktopServices.openUrl(url)
        return url

    def show_documents(self):
        kinds = schema.DOMAINS["tipo_documento"]
        self.shown = self.visible_documents()
        _fill(self.documents_table, [[d["codigo"], d["titulo"], kinds.get(d["tipo"], d["tipo"]), d["fecha"],
                                      tr("yes") if d["vigente"] else tr("no"), d["articulos"]] for d in self.shown])

    def show_tree(self, parts):
        self.tree.clear()
        kinds = schema.DOMAINS["tipo_elemento"]
        items = {}
        for element in sorted(parts["elements"], key=lambda e: e["codigo"]):
            items[element["codigo"]] = QTreeWidgetItem([f"{kinds.get(element['tipo'], element['tipo'])} "
                                                        f"{element['codigo']} — {element['nombre']}",
                                                        element["articulo"] or ""])
        for element in parts["elements"]:
            parent = items.get(element["padre"])
            (parent.addChild if parent else self.tree.addTopLevelItem)(items[element["codigo"]])
        programs = {p["codigo"]: p for p in parts["programs"]}
        projects = {p["codigo"]: p for p in parts["projects"]}
        for link in parts["links"]:
            parent = items.get(link["elemento"])
            if parent is None or link["tipo"] == "indicador":
                continue
            if link["tipo"] == "programa" and link["codigo"] in programs:
                program = QTreeWidgetItem([tr("Program {code} — {name}").format(
                    code=link["codigo"], name=programs[link["codigo"]]["nombre"]), link["articulo"] or ""])
                for project in (p for p in parts["projects"] if p["programa"] == link["codigo"]):
                    program.addChild(QTreeWidgetItem([f"{project['codigo']} — {project['nombre']}", ""]))
                parent.addChild(program)
            elif link["codigo"] in projects:
                parent.addChild(QTreeWidgetItem([tr("Project {code} — {name}").format(
                    code=link["codigo"], name=projects[link["codigo"]]["nombre"]), link["articulo"] or ""]))
        self.tree.expandToDepth(1)

    def selected_document(self):
        rows_ = {index.row() for index in self.documents_table.selectedIndexes()}
        return self.shown[min(rows_)] if rows_ else None

    def document_url(self, document):
        ruta = (document or {}).get("ruta") or ""
        if URL.match(ruta):
            return QUrl(ruta)
        if ruta and self.root:
            return QUrl.fromLocalFile(os.path.join(self.root, ruta))
        return None

    def open_document(self):
        url = self.document_url(self.selected_document())
        if url is None:
            self.iface.messageBar().pushMessage(tr("POT Seguimiento"), tr("This document has no file or address."),
                                                Qgis.MessageLevel.Info, 5)
            return None
        QDesktopServices.openUrl(url)
        return url

    def show_layer(self):
        document = self.selected_document()
        table = (document or {}).get("capa")
        layers = [layer for layer in QgsProject.instance().mapLayers().values()
                  if table and layer.name() == (schema.TABLES_BY_NAME.get(table).label if table in
                                                schema.TABLES_BY_NAME else table)]
        if layers:
            self.iface.setActiveLayer(layers[0])
            self.iface.mapCanvas().setExtent(layers[0].extent())
            self.iface.mapCanvas().refresh()
        return layers[0] if layers else None

    # -- evaluation ----------------------------------------------------------
    def evaluate(self):
        """evaluate_plan in the background; the tables fill when it ends."""
        self.evaluate_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.task = AlgorithmTask("pot_seguimiento:evaluate_plan", {
            "EXPEDIENTE": self.path, "YEAR": self.year.value(), "GAPS": "memory:", "SUFFICIENCY": "memory:",
            "OBJECTIVES": "memory:"}, self._evaluated, self.progress.setValue).start()
        return self.task

    def _evaluated(self, ok, results, errors, cancelled):
        self.evaluate_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100 if ok else 0)
        if ok:
            self.evaluated_path = self.path
        if not ok:
            self.summary.setText(tr("Cancelled.") if cancelled else errors)
            return
        layers = {name: self.task.context.takeResultLayer(results[name]) if isinstance(results[name], str)
                  else results[name] for name in ("GAPS", "SUFFICIENCY", "OBJECTIVES")}
        self.summary.setText(tr("{gaps} articulation gaps; sufficiency {percent} %.").format(
            gaps=results["GAP_COUNT"], percent=number(results["SUFFICIENCY_PERCENT"], 1)))
        _fill(self.gaps_table, [[f["descripcion"], f["codigo"], f["nombre"]] for f in layers["GAPS"].getFeatures()])
        levels = {"alto": tr("High"), "medio": tr("Medium"), "bajo": tr("Low"), "sin_dato": "sin dato"}
        _fill(self.ratings_table, [[f"{f['objetivo']} {f['nombre']}",
                                    "" if f["puntaje"] in (None, NULL) else number(f["puntaje"], 1),
                                    levels.get(f["calificacion"], f["calificacion"])]
                                   for f in layers["OBJECTIVES"].getFeatures()])
        _fill(self.sufficiency_table, [[f["nombre"], number(f["suficiencia"], 1) + " %"]
                                       for f in layers["SUFFICIENCY"].getFeatures()])

    def report(self):
        import processing

        processing.execAlgorithmDialog("pot_seguimiento:export_informe_concejo",
                                       {"EXPEDIENTE": self.path, "YEAR": self.year.value()})
