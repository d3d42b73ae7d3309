"""What loads instead of the plugin when a Python dependency is missing:
a clear message with the fix, never a traceback."""
import sys

from qgis.core import Qgis, QgsMessageLog

from .i18n import tr


def install_advice(missing):
    """The one fix that works for this QGIS's Python: Debian 13 / Ubuntu 24.04 and newer ship
    shapely 2 as a package; Debian 12's python3-shapely is 1.8, so there shapely 2 is built
    against the system's GEOS by `make install` (a pip wheel would bring a second GEOS)."""
    requirements = " ".join(requirement for requirement, _ in missing)
    if sys.version_info >= (3, 12):
        return tr("Install them with: sudo apt install {packages}").format(
            packages=" ".join(package for _, package in missing))
    return tr("Install them with 'make install' from the plugin's source, or with "
              "'{python} -m pip install --no-binary shapely {packages}' for QGIS's Python.").format(
        python=sys.executable if sys.executable.endswith("python3") else "python3", packages=requirements)


class PluginWithoutDependencies:
    def __init__(self, iface, missing):
        self.iface = iface
        self.message = tr("POT Seguimiento cannot start: missing Python packages {packages}.").format(
            packages=" ".join(requirement for requirement, _ in missing)) + " " + install_advice(missing)

    def initProcessing(self):  # noqa: N802
        QgsMessageLog.logMessage(self.message, "POT Seguimiento", Qgis.MessageLevel.Critical)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.iface.messageBar().pushMessage("POT Seguimiento", self.message, Qgis.MessageLevel.Critical, 0)

    def unload(self):
        pass
