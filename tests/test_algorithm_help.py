"""Every algorithm's help renders, in Spanish and in English, and the Processing dialog shows it.

A help text is read by `qgis_process help`, the toolbox's help panel and the algorithm dialog: a
text that fails to build (a str.format over JSON braces did) leaves users with a traceback.
"""
import contextlib

import pytest

from conftest import english_qgis


def algorithms():
    from qgis.core import QgsApplication

    return sorted(QgsApplication.processingRegistry().providerById("pot_seguimiento").algorithms(),
                  key=lambda a: a.id())


def dialog_help(algorithm):
    """The text of the help panel of the algorithm's Processing dialog."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.PyQt.QtWidgets import QTextBrowser

    dialog = AlgorithmDialog(algorithm.create(), parent=None)
    try:
        return dialog.findChild(QTextBrowser, "textShortHelp").toPlainText()
    finally:
        dialog.deleteLater()


def test_every_algorithm_has_help_in_spanish_and_english(plugin):
    spanish = {a.id(): a.shortHelpString() for a in algorithms()}
    with english_qgis():
        english = {a.id(): a.shortHelpString() for a in algorithms()}
    assert len(spanish) >= 20
    for algorithm_id in spanish:
        assert len(english[algorithm_id]) > 80, algorithm_id
        assert len(spanish[algorithm_id]) > 80, algorithm_id
        assert spanish[algorithm_id] != english[algorithm_id], f"{algorithm_id} has no Spanish help"
    # The README's example: the help with JSON in it, and the presets it lists.
    assert '{"codigo": "\\"COD\\""}' in spanish["pot_seguimiento:import_layer"]
    assert "Correspondencias predefinidas: bogota_localidades" in spanish["pot_seguimiento:import_layer"]
    assert "Presets: bogota_localidades" in english["pot_seguimiento:import_layer"]


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_processing_dialog_shows_each_algorithms_help(plugin, qgis_iface, monkeypatch, language):
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)  # pytest-qgis's mock lacks it
    with english_qgis() if language == "en" else contextlib.nullcontext():
        for algorithm in algorithms():
            text = dialog_help(algorithm)
            assert algorithm.displayName() in text, algorithm.id()
            assert algorithm.shortHelpString().split("\n")[0][:60] in text, algorithm.id()
