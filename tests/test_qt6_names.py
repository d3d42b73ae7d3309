"""Every Qt name the plugin's Python uses exists in Qt 6, so the plugin runs on QGIS 4 as on QGIS 3.22–3.44.

The plugin's sources are parsed (never imported here) and each name imported through `qgis.PyQt`
and each attribute chain rooted at one is resolved in PyQt6, in a child process: PyQt6 and QGIS's
PyQt5 cannot share a process. PyQt6 comes from PyPI (requirements-dev.txt) and needs no display.
That the same names also resolve on PyQt5 is what the rest of the suite shows, on QGIS 3.22 here and
on 3.40/3.44 in `make test-qgis`.
"""
import pathlib

import pytest

from qt6_names import resolve_in_pyqt6, scan, scan_files

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The plugin (and resources/, should it ever hold Python) plus the scripts that run inside QGIS.
SOURCES = sorted(p for folder in ("pot_seguimiento", "resources", "scripts") for p in (ROOT / folder).rglob("*.py"))


def offences(uses, idioms):
    missing, _ = resolve_in_pyqt6(uses)
    return [str(use) + ": not in PyQt6" for use in missing] + [str(idiom) for idiom in idioms]


def test_every_qt_name_of_the_plugin_exists_in_pyqt6():
    uses, idioms = scan_files(SOURCES, ROOT)
    assert len(uses) > 100  # the scan found the plugin's Qt names at all
    found = offences(uses, idioms)
    assert not found, "Qt 5-only names (would fail on QGIS 4):\n" + "\n".join(found)


def test_the_check_reports_unscoped_enums_with_file_and_line():
    snippet = ("from qgis.PyQt.QtCore import Qt\n"
               "from qgis.PyQt.QtWidgets import QHeaderView\n"
               "label.setAlignment(Qt.AlignLeft | Qt.AlignmentFlag.AlignTop)\n"
               "header.setSectionResizeMode(QHeaderView.Stretch)\n")
    found = offences(*scan(snippet, "gui/example.py"))
    assert found == ["gui/example.py:3: Qt.AlignLeft (from qgis.PyQt.QtCore): not in PyQt6",
                     "gui/example.py:4: QHeaderView.Stretch (from qgis.PyQt.QtWidgets): not in PyQt6"]


@pytest.mark.parametrize("snippet, expected", [
    ("from qgis.PyQt.QtWidgets import QAction\n", "QAction (from qgis.PyQt.QtWidgets): not in PyQt6"),
    ("from qgis.PyQt.QtCore import QRegExp\n", "QRegExp (from qgis.PyQt.QtCore): not in PyQt6"),
    ("from qgis.PyQt.QtWidgets import QDesktopWidget\n", "QDesktopWidget (from qgis.PyQt.QtWidgets): not in PyQt6"),
    ("from qgis.PyQt import QtGui\nx = QtGui.QImage.Format_ARGB32\n",
     "QImage.Format_ARGB32 (from qgis.PyQt.QtGui): not in PyQt6"),
    ("from qgis.PyQt.QtCore import QVariant\nkind = QVariant.String\n", "QVariant.String (from qgis.PyQt.QtCore)"),
    ("dialog.exec_()\n", "exec_() does not exist in PyQt6"),
    ("w = self.fontMetrics().width('x')\n", "QFontMetrics.width() was removed in Qt 6"),
    ("combo.activated[str].connect(f)\n", "activated[str]: signal overloads by type were removed"),
])
def test_the_check_reports_other_qt5_only_names(snippet, expected):
    found = offences(*scan(snippet, "x.py"))
    assert len(found) == 1 and expected in found[0], found


def test_qgis3_only_branches_may_keep_the_qt5_spelling():
    snippet = ("from qgis.core import Qgis\n"
               "try:\n"
               "    from qgis.PyQt.QtGui import QAction\n"
               "except ImportError:\n"
               "    from qgis.PyQt.QtWidgets import QAction\n"
               "if Qgis.QGIS_VERSION_INT >= 33800:\n"
               "    from qgis.PyQt.QtCore import QMetaType\n"
               "    TEXT = QMetaType.Type.QString\n"
               "else:\n"
               "    from qgis.PyQt.QtCore import QVariant\n"
               "    TEXT = QVariant.String\n")
    uses, idioms = scan(snippet)
    assert {use.chain for use in uses} == {"QAction", "QMetaType", "QMetaType.Type.QString"}
    assert offences(uses, idioms) == []
    # ... but not a branch that also runs on QGIS 4:
    found = offences(*scan(snippet.replace(">= 33800", ">= 40200")))
    assert any("QVariant.String" in line for line in found)
