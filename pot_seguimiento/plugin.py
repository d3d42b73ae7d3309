"""The plugin object QGIS loads: menu, toolbar and the Processing provider."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import tr
from .processing.provider import PotSeguimientoProvider

ICON = os.path.join(os.path.dirname(__file__), "resources", "icons", "pot_seguimiento.svg")


class PotSeguimientoPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.controller = None

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        if self.provider is None:
            self.provider = PotSeguimientoProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        from .gui.controller import ExpedienteController

        self.initProcessing()
        self.controller = ExpedienteController(self.iface)
        self.toolbar = self.iface.addToolBar(tr("POT Seguimiento"))
        self.toolbar.setObjectName("PotSeguimientoToolbar")
        self._add_action(tr("New expediente…"), "nuevo_expediente.svg", self.controller.new_expediente)
        self._add_action(tr("Open expediente…"), "abrir_expediente.svg", self.controller.open_expediente)

    def _add_action(self, text, icon, slot):
        path = os.path.join(os.path.dirname(ICON), icon)
        action = QAction(QIcon(path if os.path.exists(path) else ICON), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.iface.addPluginToMenu(tr("POT Seguimiento"), action)
        self.toolbar.addAction(action)
        self.actions.append(action)

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(tr("POT Seguimiento"), action)
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
