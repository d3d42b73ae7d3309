"""The one place that wires the plugin's actions to QGIS's interface."""
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.errors import PotError
from ..i18n import tr
from ..store import display_name
from .expediente_layers import add_expediente_to_project
from .postgis_dialog import PostgisDialog


class ExpedienteController:
    def __init__(self, iface):
        self.iface = iface
        self.expediente_path = None
        self.indicators_panel = None
        self.projects_panel = None
        self.field_control_panel = None
        self.evaluation_panel = None
        self.layers = {}

    def new_expediente(self):
        """The Processing dialog of create_expediente (runs as a background task),
        then the new expediente opens in the project."""
        import processing

        results = processing.execAlgorithmDialog("pot_seguimiento:create_expediente", {})
        if results and results.get("OUTPUT"):
            self.open_path(results["OUTPUT"])

    def open_expediente(self):
        path, _ = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr("Open expediente"), "", "GeoPackage (*.gpkg *.GPKG)")
        if path:
            self.open_path(path)

    def open_postgis_expediente(self):
        dialog = PostgisDialog(self.iface.mainWindow())
        if dialog.exec() and dialog.expediente():
            self.open_path(dialog.expediente())

    def open_path(self, path):
        try:
            layers = add_expediente_to_project(path)
        except PotError as error:
            self.iface.messageBar().pushMessage(tr("POT Seguimiento"), str(error), Qgis.MessageLevel.Critical, 0)
            return None
        if "unidad_territorial" in layers:
            canvas = self.iface.mapCanvas()
            canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(
                layers["unidad_territorial"], layers["unidad_territorial"].extent()))
            canvas.refresh()
        self.expediente_path = path
        self.layers = layers
        if self.indicators_panel is not None:
            self.indicators_panel.set_expediente(path)
        if self.projects_panel is not None:
            self.projects_panel.set_expediente(path, layers.get("proyecto"))
        if self.field_control_panel is not None:
            self.field_control_panel.set_expediente(path, layers.get("alerta_ocupacion"))
        if self.evaluation_panel is not None:
            self.evaluation_panel.set_expediente(path)
        self.iface.messageBar().pushMessage(
            tr("POT Seguimiento"), tr("Expediente opened: {path}").format(path=display_name(path)),
            Qgis.MessageLevel.Success, 5)
        return layers

    def export_expediente(self):
        """The Processing dialog of export_expediente (a background task with progress and Cancel);
        the page templates join the project's layouts so they can be adjusted and exported again."""
        import processing

        parameters = {"EXPEDIENTE": self.expediente_path} if self.expediente_path else {}
        results = processing.execAlgorithmDialog("pot_seguimiento:export_expediente", parameters)
        if results and results.get("OUTPUT"):
            self.add_layouts()
            self.iface.messageBar().pushMessage(tr("POT Seguimiento"), tr("Expediente PDF written: {path}").format(
                path=results["OUTPUT"]), Qgis.MessageLevel.Success, 10)

    def publish_minisite(self):
        """The Processing dialog of export_minisitio (a background task with progress and Cancel)."""
        import processing

        processing.execAlgorithmDialog("pot_seguimiento:export_minisitio",
                                       {"EXPEDIENTE": self.expediente_path} if self.expediente_path else {})

    def run_semiannual_cycle(self):
        """The Processing dialog of run_semiannual_cycle (a background task with progress per step and Cancel)."""
        import processing

        processing.execAlgorithmDialog("pot_seguimiento:run_semiannual_cycle",
                                       {"EXPEDIENTE": self.expediente_path} if self.expediente_path else {})

    def record_participation_activity(self):
        """A new participation activity drawn on the map: the layer in edit mode and QGIS's add-feature tool; its
        form (value lists, mandatory fields, ranges) lists its commitments and their states as child tables."""
        layer = self.layers.get("actividad_participacion")
        if layer is None:
            self.iface.messageBar().pushMessage(tr("POT Seguimiento"), tr("Open an expediente first."),
                                                Qgis.MessageLevel.Warning, 5)
            return None
        if not layer.isEditable():
            layer.startEditing()
        self.iface.setActiveLayer(layer)
        self.iface.actionAddFeature().trigger()
        self.iface.messageBar().pushMessage(
            tr("POT Seguimiento"), tr("Click on the map where the activity took place (its unit's centre if it had "
                                      "no place), fill its form and its commitments, then save the layer's edits."),
            Qgis.MessageLevel.Info, 10)
        return layer

    def import_participation(self):
        """The Processing dialog of import_participation (a background task with progress and Cancel)."""
        import processing

        processing.execAlgorithmDialog("pot_seguimiento:import_participation",
                                       {"EXPEDIENTE": self.expediente_path} if self.expediente_path else {})

    def participation_report(self):
        """The Processing dialog of export_participation_report (a background task with progress and Cancel)."""
        import processing

        results = processing.execAlgorithmDialog("pot_seguimiento:export_participation_report",
                                                 {"EXPEDIENTE": self.expediente_path} if self.expediente_path else {})
        if results and results.get("OUTPUT"):
            self.iface.messageBar().pushMessage(tr("POT Seguimiento"), tr("Participation report written: {path}")
                                                .format(path=results["OUTPUT"]), Qgis.MessageLevel.Success, 10)

    def add_layouts(self):
        from qgis.core import QgsProject

        from ..cartography.pages import add_template_layouts

        layers = [self.layers[name] for name in ("proyecto", "unidad_territorial") if name in self.layers]
        extent = self.layers["unidad_territorial"].extent() if "unidad_territorial" in self.layers else None
        return add_template_layouts(QgsProject.instance(), layers, extent)

    def show_indicators(self):
        from qgis.PyQt.QtCore import Qt

        from .indicators_panel import IndicatorsPanel

        if self.indicators_panel is None:
            self.indicators_panel = IndicatorsPanel(self.iface, self.expediente_path, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.indicators_panel)
        self.indicators_panel.show()
        self.indicators_panel.raise_()
        return self.indicators_panel

    def _dock(self, attribute, make, layer_name):
        """Show the panel kept in `attribute`, made by `make()` on first use and set on the open expediente."""
        from qgis.PyQt.QtCore import Qt

        panel = getattr(self, attribute)
        if panel is None:
            panel = make()
            setattr(self, attribute, panel)
            if self.expediente_path:
                panel.set_expediente(self.expediente_path, self.layers.get(layer_name))
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        panel.show()
        panel.raise_()
        return panel

    def show_projects(self):
        from .projects_panel import ProjectsPanel

        return self._dock("projects_panel", lambda: ProjectsPanel(self.iface, parent=self.iface.mainWindow()),
                          "proyecto")

    def show_field_control(self):
        from .field_control_panel import FieldControlPanel

        return self._dock("field_control_panel",
                          lambda: FieldControlPanel(self.iface, parent=self.iface.mainWindow()), "alerta_ocupacion")

    def show_evaluation(self):
        from .evaluation_panel import EvaluationPanel

        return self._dock("evaluation_panel", lambda: EvaluationPanel(self.iface, parent=self.iface.mainWindow()),
                          "elemento_plan")

    def unload(self):
        for panel in (self.indicators_panel, self.projects_panel, self.field_control_panel, self.evaluation_panel):
            if panel is not None:
                self.iface.removeDockWidget(panel)
                panel.deleteLater()
        self.indicators_panel = self.projects_panel = self.field_control_panel = self.evaluation_panel = None
        self.layers = {}
