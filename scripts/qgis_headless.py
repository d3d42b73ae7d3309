"""Start QGIS without a screen and load the built plugin, as QGIS does (classFactory, initProcessing).

For scripts and test subprocesses: `from qgis_headless import start_qgis`.
"""
import pathlib
import sys

BUILD = pathlib.Path(__file__).resolve().parent.parent / "build"


def start_qgis():
    """(QgsApplication, plugin); keep both referenced while Processing runs."""
    sys.path.insert(0, str(BUILD))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from unittest import mock

    import pot_seguimiento

    plugin = pot_seguimiento.classFactory(mock.MagicMock())
    plugin.initProcessing()
    return app, plugin
