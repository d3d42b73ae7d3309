"""What a reader of a table in a docked panel checks: every column in view (no sideways scrolling), and which
cells show their text cut."""
from pot_seguimiento.gui.table_layout import cut_text


def columns_in_view(table):
    """True when every column ends inside the viewport and the table cannot scroll sideways."""
    header = table.horizontalHeader()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(table.columnCount()))
    return right <= table.viewport().width() and table.horizontalScrollBar().maximum() == 0


def cut_cells(table, column):
    """{row: full text} of the cells of `column` shown cut (elided, or wrapped out of their row)."""
    cut = {}
    for row in range(table.rowCount()):
        text = cut_text(table, table.model().index(row, column))
        if text:
            cut[row] = text
    return cut
