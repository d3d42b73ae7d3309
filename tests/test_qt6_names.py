"""Every Qt and QGIS name the plugin's Python uses exists in QGIS 4 (Qt 6), as on QGIS 3.22–3.44.

The plugin's sources are parsed (never imported here) and each name imported through `qgis.PyQt`
and each attribute chain rooted at one is resolved in PyQt6, in a child process: PyQt6 and QGIS's
PyQt5 cannot share a process. PyQt6 comes from PyPI (requirements-dev.txt) and needs no display.
That the same names also resolve on PyQt5 is what the rest of the suite shows, on QGIS 3.22 here and
on 3.40/3.44 in `make test-qgis`.

QGIS's own enums cannot be resolved that way (no QGIS 4 build here): each one the plugin names must
be listed in tests/data/qgis4_names.txt, the names QGIS 4's source declares as canonical (see that
file and scripts/qgis4_names.py for where they come from).
"""
import importlib.util
import pathlib
import warnings

import pytest

from qt6_names import qgis_uses, resolve_in_pyqt6, scan, scan_files

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The plugin (and resources/, should it ever hold Python) plus the scripts that run inside QGIS.
SOURCES = sorted(p for folder in ("pot_seguimiento", "resources", "scripts") for p in (ROOT / folder).rglob("*.py"))
# What users run inside QGIS 4 (scripts/ only runs on the developers' QGIS, to make resources).
PLUGIN = sorted(p for folder in ("pot_seguimiento", "resources") for p in (ROOT / folder).rglob("*.py"))
QGIS4_NAMES = ROOT / "tests" / "data" / "qgis4_names.txt"


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
    assert {use.chain for use in uses if use.module.startswith("qgis.PyQt")} == {
        "QAction", "QMetaType", "QMetaType.Type.QString"}
    assert offences(uses, idioms) == []
    # ... but not a branch that also runs on QGIS 4:
    found = offences(*scan(snippet.replace(">= 33800", ">= 40200")))
    assert any("QVariant.String" in line for line in found)


def qgis4_names():
    lines = QGIS4_NAMES.read_text(encoding="utf-8").splitlines()
    return {line.split()[0] for line in lines if line.strip() and not line.startswith("#")}


def qgis_offences(uses):
    known = qgis4_names()
    return [f"{use}: not a canonical QGIS 4 name (tests/data/qgis4_names.txt)"
            for use in qgis_uses(uses) if use.chain not in known]


def test_every_qgis_enum_of_the_plugin_is_declared_by_qgis4():
    uses, _ = scan_files(PLUGIN, ROOT)
    assert len(qgis_uses(uses)) > 40  # the scan found the plugin's QGIS enums at all
    found = qgis_offences(uses)
    assert not found, ("QGIS names not checked against QGIS 4 (use the Qgis.* name, through qt_compat when "
                       "QGIS 3.22 lacks it; regenerate the list with scripts/qgis4_names.py):\n" + "\n".join(found))


def test_the_qgis4_list_holds_only_names_the_plugin_uses():
    # A name the plugin stopped using goes from the list too, so the list says what was checked.
    used = {use.chain for use in qgis_uses(scan_files(PLUGIN, ROOT)[0])}
    assert sorted(qgis4_names() - used) == []


def test_the_qgis_check_reports_old_spellings_with_file_and_line():
    snippet = ("from qgis.core import Qgis, QgsProcessing, QgsWkbTypes\n"
               "sink = (QgsProcessing.TypeVectorPolygon, Qgis.ProcessingSourceType.VectorPolygon)\n"
               "if QgsWkbTypes.geometryType(t) == QgsWkbTypes.NullGeometry:\n"
               "    push(message, Qgis.Critical)\n")
    found = qgis_offences(scan(snippet, "processing/x.py")[0])
    assert [line.split(":")[:3] for line in found] == [
        ["processing/x.py", "2", " QgsProcessing.TypeVectorPolygon (from qgis.core)"],
        ["processing/x.py", "3", " QgsWkbTypes.NullGeometry (from qgis.core)"],
        ["processing/x.py", "4", " Qgis.Critical (from qgis.core)"]]


def test_the_compat_names_mean_what_the_old_names_meant_on_this_qgis(qgis_app):
    from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsLegendStyle,
                           QgsPalLayerSettings, QgsProcessing, QgsProcessingAlgorithm, QgsProcessingParameterFile,
                           QgsProcessingParameterNumber, QgsScaleBarSettings, QgsUnitTypes, QgsWkbTypes)
    from qgis.PyQt import QtWidgets

    from pot_seguimiento import qt_compat as compat

    assert compat.QAction is QtWidgets.QAction or compat.QAction.__module__.endswith("QtGui")
    pairs = {"WKB_UNKNOWN": QgsWkbTypes.Unknown, "WKB_NO_GEOMETRY": QgsWkbTypes.NoGeometry,
             "WKB_MULTIPOLYGON": QgsWkbTypes.MultiPolygon, "GEOMETRY_NULL": QgsWkbTypes.NullGeometry,
             "DISTANCE_METERS": QgsUnitTypes.DistanceMeters, "DISTANCE_KILOMETERS": QgsUnitTypes.DistanceKilometers,
             "SCALEBAR_SEGMENT_FIXED": QgsScaleBarSettings.SegmentSizeFixed, "SOURCE_VECTOR": QgsProcessing.TypeVector,
             # Scoped: on QGIS 3.40 the bare QgsPalLayerSettings.OverPoint is the alias of another enum's member
             # (Qgis.LabelPredefinedPointPosition.OverPoint, 12), not the placement (1) the plugin means.
             "LABEL_OVER_POINT": QgsPalLayerSettings.Placement.OverPoint,
             "LABEL_HORIZONTAL": QgsPalLayerSettings.Placement.Horizontal,
             "LAYOUT_MILLIMETERS": QgsUnitTypes.LayoutMillimeters, "LEGEND_TITLE": QgsLegendStyle.Title,
             "LEGEND_GROUP": QgsLegendStyle.Group, "LEGEND_SUBGROUP": QgsLegendStyle.Subgroup,
             "LEGEND_SYMBOL_LABEL": QgsLegendStyle.SymbolLabel,
             "SOURCE_VECTOR_POLYGON": QgsProcessing.TypeVectorPolygon, "SOURCE_FILE": QgsProcessing.TypeFile,
             "NUMBER_INTEGER": QgsProcessingParameterNumber.Integer,
             "NUMBER_DOUBLE": QgsProcessingParameterNumber.Double, "FILE_FILE": QgsProcessingParameterFile.File,
             "FILE_FOLDER": QgsProcessingParameterFile.Folder,
             "ALGORITHM_NO_THREADING": QgsProcessingAlgorithm.FlagNoThreading,
             "REQUEST_NO_GEOMETRY": QgsFeatureRequest.NoGeometry,
             "WKT_PREFERRED_GDAL": QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL}
    assert sorted(pairs) == sorted(name for name in compat.__all__ if name != "QAction")
    for name, old in pairs.items():
        assert getattr(compat, name) == old, name
    if Qgis.QGIS_VERSION_INT >= 33600:  # from 3.36 on, the canonical Qgis.* names themselves
        assert compat.SOURCE_VECTOR is Qgis.ProcessingSourceType.Vector


def test_a_legend_component_gets_the_fonts_size_and_weight_without_a_deprecated_call(qgis_app):
    from qgis.core import QgsLegendStyle
    from qgis.PyQt.QtGui import QFont

    from pot_seguimiento.qt_compat import set_legend_font

    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    font.setBold(True)
    style = QgsLegendStyle()
    set_legend_font(style, font)  # QgsLegendStyle.setFont is deprecated on 3.40: pytest.ini makes that an error
    if hasattr(style, "textFormat"):  # QGIS >= 3.30
        given, size = style.textFormat().font(), style.textFormat().size()
    else:
        given, size = style.font(), style.font().pointSizeF()
    assert given.bold() and size == 10


def test_the_extractor_reads_qgis_declarations():
    spec = importlib.util.spec_from_file_location("qgis4_names", ROOT / "scripts" / "qgis4_names.py")
    extractor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extractor)
    # Lines as QGIS's sipify writes them in python/PyQt6/core/auto_additions/.
    additions = {
        "python/PyQt6/core/auto_additions/qgis.py": (
            "QgsWkbTypes.Type = Qgis.WkbType\n"
            "# monkey patching scoped based enum\n"
            "QgsWkbTypes.MultiPolygon = Qgis.WkbType.MultiPolygon\n"
            "QgsWkbTypes.MultiPolygon.is_monkey_patched = True\n"
            "QgsWkbTypes.MultiPolygon.__doc__ = \"MultiPolygon\"\n"
            "Qgis.Info = Qgis.MessageLevel.Info\n"
            "Qgis.ProcessingSourceType.Vector.__doc__ = \"Tables\"\n"),
        "python/PyQt6/core/auto_additions/qgsfieldconstraints.py": (
            "QgsFieldConstraints.ConstraintNotNull = QgsFieldConstraints.Constraint.ConstraintNotNull\n"),
        "python/PyQt6/core/auto_generated/qgsvectorfilewriter.sip.in": (
            "class QgsVectorFileWriter : QgsFeatureSink\n{\n  public:\n"
            "    enum WriterError\n    {\n      NoError,\n      ErrDriverNotFound,\n    };\n"
            "    class SaveVectorOptions\n    {\n      public:\n        SaveVectorOptions();\n    };\n"
            "    static const QString SOME_CONSTANT;\n};\n"),
    }

    class Fake(extractor.Source):
        def files(self, folder, suffix):
            return [path for path in additions if path.startswith(folder) and path.endswith(suffix)]

        def read(self, path):
            return additions[path]

    canonical, aliases = extractor.qgis4_names(Fake())
    assert {"Qgis.WkbType.MultiPolygon", "Qgis.MessageLevel.Info", "Qgis.ProcessingSourceType.Vector",
            "QgsFieldConstraints.Constraint.ConstraintNotNull", "QgsVectorFileWriter.WriterError.NoError",
            "QgsVectorFileWriter.SaveVectorOptions", "QgsVectorFileWriter.SOME_CONSTANT"} <= canonical
    assert {"QgsWkbTypes.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon", "Qgis.Info",
            "QgsFieldConstraints.ConstraintNotNull"} <= aliases
    assert not canonical & aliases


def test_deprecation_warnings_from_our_modules_fail_the_suite():
    # pytest.ini turns them into errors, so a QGIS 3.40/3.44 deprecation points at our line.
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit("old API", DeprecationWarning, "pot_seguimiento/x.py", 1,
                               module="pot_seguimiento.processing.x")
    with pytest.warns(DeprecationWarning):  # another library's stays a warning
        warnings.warn_explicit("not ours", DeprecationWarning, "other.py", 1, module="other")
