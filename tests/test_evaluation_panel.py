"""Panel "Evaluación del POT": the archive searched and opened, the plan as a tree, the evaluation of a
year run in the background."""
import os

import pytest


@pytest.fixture
def panel(plugin, demo_store):
    plugin.controller.expediente_path = str(demo_store)
    panel = plugin.controller.show_evaluation()
    panel.search.clear()
    panel.set_expediente(str(demo_store))
    return panel


def test_the_archive_is_searchable_and_each_document_opens(panel, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices

    assert panel.documents_table.rowCount() == 8
    panel.search.setText("plano amenazas")
    assert panel.documents_table.rowCount() == 1 and panel.documents_table.item(0, 0).text() == "PL-CG-04"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel.documents_table.selectRow(0)
    url = panel.open_document()
    assert opened == [url] and os.path.isfile(url.toLocalFile())
    assert "Plano de amenazas" in open(url.toLocalFile(), encoding="utf-8").read()


def test_the_plan_is_a_tree_from_the_vision_to_the_projects(panel):
    assert panel.tree.topLevelItemCount() == 1
    vision = panel.tree.topLevelItem(0)
    assert vision.text(0).startswith("Visión V")
    objectives = [vision.child(i) for i in range(vision.childCount())]
    assert len(objectives) == 7 and objectives[0].text(1) == "Art. 8"
    strategy = objectives[0].child(0)
    program = strategy.child(0)
    assert strategy.text(0).startswith("Estrategia E1") and program.text(0).startswith("Programa P1")
    assert program.childCount() == 5 and program.child(0).text(0).startswith("P1-01")
    assert objectives[6].childCount() == 0  # O7: no strategy (a planted gap)


def test_the_evaluation_runs_in_the_background(panel, qtbot):
    panel.year.setValue(2025)
    task = panel.evaluate()
    assert not panel.evaluate_button.isEnabled()
    qtbot.waitUntil(lambda: panel.evaluate_button.isEnabled(), timeout=60000)
    assert task.task is not None and panel.gaps_table.rowCount() == 9
    assert panel.ratings_table.rowCount() == 7 and panel.sufficiency_table.rowCount() == 6
    assert "9 vacíos de articulación" in panel.summary.text()


def test_the_evaluation_tab_opens_with_the_evaluation_of_the_year(panel, qtbot):
    """Opened, the tab showed three empty tables until the user found the button (seen in QGIS, issue 20)."""
    panel.evaluated_path = None
    panel.tabs.setCurrentWidget(panel.evaluation_tab)
    try:
        qtbot.waitUntil(lambda: panel.evaluate_button.isEnabled() and panel.ratings_table.rowCount() > 0, timeout=60000)
        assert panel.gaps_table.rowCount() and panel.sufficiency_table.rowCount()
        assert panel.evaluated_path == panel.path
        # The rating in view beside the objective's long name (it was scrolled off to the right).
        from qgis.PyQt.QtWidgets import QApplication

        panel.setFloating(True)
        panel.show()
        panel.resize(480, 800)
        QApplication.processEvents()
        header = panel.ratings_table.horizontalHeader()
        assert header.sectionPosition(2) + header.sectionSize(2) <= panel.ratings_table.viewport().width()
    finally:
        panel.setFloating(False)
        panel.tabs.setCurrentIndex(0)


def test_the_tree_gives_the_names_the_width(panel):
    """The article ("Art. 12") took half the tree and every name was cut."""
    panel.tabs.setCurrentWidget(panel.tree)
    panel.resize(500, 600)
    panel.show()
    header = panel.tree.header()
    assert header.sectionSize(0) > 2 * header.sectionSize(1)
    panel.tabs.setCurrentIndex(0)


def test_the_banco_de_experiencias_is_searchable_and_opens_its_documents(panel, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices

    panel.experience_search.clear()
    table = panel.experiences_table
    assert table.rowCount() == 3 and table.item(0, 0).text() == "EXP-03"  # newest first
    panel.experience_search.setText("TALLERES corredor")  # any case, several words
    assert table.rowCount() == 1 and table.item(0, 0).text() == "EXP-02"
    assert not panel.experience_document_button.isEnabled()  # nothing selected yet
    table.selectRow(0)
    detail = panel.experience_detail.text()
    assert "Locales temporales" in detail or "locales temporales" in detail
    assert "Lecciones aprendidas" in detail and "9 de 11 talleres" in detail
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    url = panel.open_experience_document()
    assert opened == [url] and os.path.isfile(url.toLocalFile())  # DTS-2023 in the archive
    panel.experience_search.setText("reasentamiento")  # a word of a strategy
    assert table.rowCount() == 1 and table.item(0, 0).text() == "EXP-01"
    panel.experience_search.setText("nada parecido")
    assert table.rowCount() == 0 and panel.experience_detail.text()


def test_the_gap_names_read_at_the_docks_width_and_wide(panel, qtbot):
    """The gap's description pushed the name off to the right: a docked panel (420 px) had to be scrolled
    sideways to read what each gap was. The name takes the width left, wrapped whole; wide, nothing is cut."""
    from qgis.PyQt.QtWidgets import QApplication, QHeaderView

    from table_checks import columns_in_view, cut_cells

    panel.year.setValue(2025)
    panel.evaluate()
    qtbot.waitUntil(lambda: panel.evaluate_button.isEnabled(), timeout=60000)
    table = panel.gaps_table
    assert table.rowCount() == 9
    panel.setFloating(True)
    panel.tabs.setCurrentWidget(panel.evaluation_tab)
    panel.show()
    try:
        for width in (420, 1200):
            panel.resize(width, 900)
            QApplication.processEvents()
            QApplication.processEvents()
            header = table.horizontalHeader()
            assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
            assert columns_in_view(table), width
            assert header.sectionSize(2) >= int(0.4 * table.viewport().width())
            assert not cut_cells(table, 2)  # every name whole (on two lines at 420 px if need be)
            assert columns_in_view(panel.ratings_table) and columns_in_view(panel.sufficiency_table)
        assert not any(cut_cells(table, c) for c in range(3))
        assert all(table.rowHeight(r) < 2 * table.fontMetrics().lineSpacing() + 8 for r in range(9))  # one line
    finally:
        panel.setFloating(False)
        panel.tabs.setCurrentIndex(0)


def test_a_cut_title_shows_whole_in_its_tooltip(panel):
    """The banco de experiencias at a docked width: titles cut with "…", read whole on hovering."""
    from qgis.PyQt.QtCore import QEvent, QPoint
    from qgis.PyQt.QtGui import QHelpEvent
    from qgis.PyQt.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

    from table_checks import columns_in_view, cut_cells

    panel.experience_search.clear()
    table = panel.experiences_table
    panel.setFloating(True)
    panel.tabs.setCurrentIndex(3)
    panel.show()
    try:
        panel.resize(420, 800)
        QApplication.processEvents()
        QApplication.processEvents()
        assert columns_in_view(table) and columns_in_view(panel.documents_table)
        cut = cut_cells(table, 1)
        assert cut and all(text == table.item(row, 1).text() for row, text in cut.items())
        row = next(iter(cut))
        index = table.model().index(row, 1)
        point = table.visualRect(index).center()
        event = QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point))
        assert table.itemDelegate().helpEvent(event, table, QStyleOptionViewItem(), index)
        # The columns hidden for want of width (cost, beneficiaries) in the tooltip too.
        hidden = [c for c in range(table.columnCount()) if table.isColumnHidden(c)]
        assert 5 in hidden and 1 not in hidden
        assert QToolTip.text().split("\n") == [table.item(row, 1).text()] + [
            f"{table.horizontalHeaderItem(c).text()}: {table.item(row, c).text()}" for c in hidden]
        QToolTip.hideText()
        panel.resize(1200, 800)  # wide: every column back, the title the widest
        QApplication.processEvents()
        QApplication.processEvents()
        assert not any(table.isColumnHidden(c) for c in range(table.columnCount())) and columns_in_view(table)
        header = table.horizontalHeader()
        assert header.sectionSize(1) == max(header.sectionSize(c) for c in range(table.columnCount()))
        code = table.model().index(row, 0)  # a code, whole: no tooltip
        event = QHelpEvent(QEvent.Type.ToolTip, table.visualRect(code).center(), QPoint())
        assert not cut_cells(table, 0) and not table.itemDelegate().helpEvent(event, table, QStyleOptionViewItem(), code)
    finally:
        panel.setFloating(False)
        panel.tabs.setCurrentIndex(0)
