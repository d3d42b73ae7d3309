"""The plugin object QGIS loads: menu, toolbar and the Processing provider."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMenu

from .i18n import tr
from .qt_compat import QAction
from .processing.provider import PotSeguimientoProvider

ICON = os.path.join(os.path.dirname(__file__), "resources", "icons", "pot_seguimiento.svg")


class PotSeguimientoPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.menu = None
        self.controller = None

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        if self.provider is None:
            self.provider = PotSeguimientoProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        from .gui.controller import ExpedienteController

        self.initProcessing()
        self.controller = ExpedienteController(self.iface)
        # A menu of its own in the menu bar, before "Help", as the office's daily tool.
        menu_bar = self.iface.mainWindow().menuBar()
        self.menu = QMenu(tr("POT Seguimiento"), menu_bar)
        self.menu.setObjectName("PotSeguimientoMenu")
        help_menu = self.iface.firstRightStandardMenu()
        if help_menu is not None:
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(tr("POT Seguimiento"))
        self.toolbar.setObjectName("PotSeguimientoToolbar")
        self._add_action(tr("New expediente…"), "nuevo_expediente.svg", self.controller.new_expediente)
        self._add_action(tr("Open expediente…"), "abrir_expediente.svg", self.controller.open_expediente)
        self._add_action(tr("Open expediente from PostgreSQL…"), "abrir_expediente_postgis.svg",
                         self.controller.open_postgis_expediente)
        self._add_action(tr("Project follow-up"), "proyectos.svg", self.controller.show_projects)
        self._add_action(tr("Indicators"), "indicadores.svg", self.controller.show_indicators)
        self._add_action(tr("Control of informal occupations"), "ocupaciones.svg", self.controller.show_field_control)
        self._add_action(tr("Evaluation of the POT"), "evaluacion.svg", self.controller.show_evaluation)
        self._add_action(tr("Export expediente…"), "exportar.svg", self.controller.export_expediente)
        self._add_action(tr("Publish minisite…"), "publicar.svg", self.controller.publish_minisite)
        self._add_action(tr("Semiannual cycle…"), "ciclo_semestral.svg", self.controller.run_semiannual_cycle)
        self._add_action(tr("Record a participation activity"), "participacion.svg",
                         self.controller.record_participation_activity)
        self._add_action(tr("Import participation…"), "participacion.svg", self.controller.import_participation)
        self._add_action(tr("Participation report…"), "participacion.svg", self.controller.participation_report)

    def _add_action(self, text, icon, slot):
        path = os.path.join(os.path.dirname(ICON), icon)
        action = QAction(QIcon(path if os.path.exists(path) else ICON), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.toolbar.addAction(action)
        self.actions.append(action)

    def unload(self):
        if self.controller is not None:
            self.controller.unload()
        self.actions = []
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
