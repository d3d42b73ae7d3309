"""The Qt and QGIS names that are spelled differently on QGIS 3.22–3.44 (Qt 5) and QGIS 4 (Qt 6).

Everything else the plugin uses exists under the same name on both (fully scoped enums such as
Qt.AlignmentFlag.AlignLeft work on PyQt5 5.15 too); tests/test_qt6_names.py keeps it that way. A name
lands here only when no single spelling works on both; the Qt 5 spelling sits in the `except
ImportError` branch, which that test does not hold against Qt 6.
"""
try:
    from qgis.PyQt.QtGui import QAction  # Qt 6 moved QAction from QtWidgets to QtGui
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # Qt 5 (QGIS 3)

__all__ = ["QAction"]
