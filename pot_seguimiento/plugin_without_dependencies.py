"""What loads instead of the plugin when a Python dependency is missing:
a clear message with the fix, never a traceback."""
from qgis.core import Qgis, QgsMessageLog

from .i18n import tr


class PluginWithoutDependencies:
    def __init__(self, iface, missing):
        self.iface = iface
        self.message = tr(
            "POT Seguimiento cannot start: missing Python packages {packages}. "
            "Install them with 'make install' from the plugin's source, or with "
            "'python3 -m pip install {packages}' for QGIS's Python.").format(packages=" ".join(missing))

    def initProcessing(self):  # noqa: N802
        QgsMessageLog.logMessage(self.message, "POT Seguimiento", Qgis.Critical)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.iface.messageBar().pushMessage("POT Seguimiento", self.message, Qgis.Critical, 0)

    def unload(self):
        pass
