"""Tables that fit their dock: the column that says what a row is (a name, a title, a note) takes the width
the others leave, and nothing pushes it out of view.

Sized to contents, a long gap description or a wide header ("Estado reportado") widened its column until the
name or the state was off-screen and a docked panel (~400-450 px) had to be scrolled sideways to read a row.
Here, once per table (`fit_columns`):

- short columns (codes, dates, amounts, ratings) are as wide as their cells: a header label wider than its
  cells wraps onto a second line instead of widening the column;
- the `stretch` column takes the rest; the `shrink` columns (long categorical texts) give way first, down to
  an even share, so the stretch column keeps at least STRETCH_SHARE of the width;
- when that is not enough (six columns in a dock), the `optional` columns are hidden, the last first, and
  come back when the table is wide again; their values are in the row's tooltip;
- a cut text keeps its full text in a tooltip; with `wrap`, the rows of a small table grow to show it whole.

The widths follow the viewport (a dock resized, a scroll bar that appears) and the contents (a table filled).
Lists (`wrap_items`) wrap a long item instead of scrolling sideways.
"""
from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QToolTip

# The part of the table's width the stretch column keeps when other columns would take it.
STRETCH_SHARE = 0.4
# A shrinking column keeps at least this many average characters; optional columns are hidden before it has
# fewer than COMFORT_CHARACTERS.
SHRINK_CHARACTERS = 8
COMFORT_CHARACTERS = 20


def fit_columns(table, stretch, shrink=(), optional=(), wrap=False):
    """Lay out `table`'s columns for a narrow dock (see the module); returns the object that keeps them laid out
    (owned by the table)."""
    return _ColumnFit(table, stretch, tuple(shrink), tuple(optional), wrap)


def cut_text(view, index):
    """The full text of the cell at `index` when the view shows it cut (elided or wrapped out of its row),
    else None."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text in (None, ""):
        return None
    text = str(text)
    rect = view.visualRect(index)
    metrics = view.fontMetrics()
    # the delegate's margins: a few pixels either side of the text
    room = rect.width() - 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    if metrics.horizontalAdvance(text) <= room:
        return None
    if view.wordWrap():
        # wrapped at spaces only: a long word (an indicator's code) is still cut
        wrap = Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(0, 0, max(room, 1), 10 ** 6, int(getattr(wrap, "value", wrap)), text)
        if needed.width() <= room and needed.height() <= rect.height():
            return None
    return text


class _FullTextDelegate(QStyledItemDelegate):
    """Shows a cut cell's full text, and the values of the columns hidden for want of width, as its tooltip
    (a cell with its own tooltip keeps it)."""

    def __init__(self, fit):
        super().__init__(fit.table)
        self.fit = fit

    def helpEvent(self, event, view, option, index):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ToolTip and index.isValid() \
                and index.data(Qt.ItemDataRole.ToolTipRole) in (None, ""):
            text = self.fit.tooltip(index)
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


class _ColumnFit(QObject):
    def __init__(self, table, stretch, shrink, optional, wrap):
        super().__init__(table)
        self.table, self.stretch, self.shrink, self.optional, self.wrap = table, stretch, shrink, optional, wrap
        self.dropped = set()  # the optional columns hidden for want of width
        self.fitting = False
        self.labels, self.shown = {}, {}  # header labels as the panel set them, and as shown (maybe on two lines)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(wrap)  # without wrapping, a cut text ends in "…" at the cell's edge, not a word earlier
        table.setItemDelegate(_FullTextDelegate(self))
        # Filling a table changes many cells: one layout once the filling is over.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        # A wrapped row's height follows its columns' widths, whoever changes them (the stretch column moves
        # with the header, after this layout).
        self.rows_timer = QTimer(self)
        self.rows_timer.setSingleShot(True)
        self.rows_timer.setInterval(0)
        self.rows_timer.timeout.connect(table.resizeRowsToContents)
        if wrap:
            header.sectionResized.connect(lambda *_: self.rows_timer.start())
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.layoutChanged, model.headerDataChanged):
            signal.connect(lambda *_: self.timer.start())
        table.viewport().installEventFilter(self)
        self.fit()

    def tooltip(self, index):
        """A cut cell's full text, then "Label: value" for each column hidden for want of width."""
        model = self.table.model()
        lines = [cut_text(self.table, index) or ""]
        for c in sorted(self.dropped):
            value = model.index(index.row(), c).data(Qt.ItemDataRole.DisplayRole)
            if value not in (None, ""):
                lines.append(f"{self.labels.get(c, model.headerData(c, Qt.Orientation.Horizontal))}: {value}")
        return "\n".join(line for line in lines if line) or None

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.fit()
        return False

    def fit(self):
        if self.fitting:
            return
        self.fitting = True
        try:
            self._fit()
        finally:
            self.fitting = False

    def _label(self, column):
        """The header label the panel gave `column` (not the two-line version shown)."""
        current = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        if current != self.shown.get(column):
            self.labels[column] = current
        return self.labels.get(column, current)

    def _show_label(self, column, text, cut=False):
        model = self.table.model()
        if model.headerData(column, Qt.Orientation.Horizontal) != text:
            self.shown[column] = text
            model.setHeaderData(column, Qt.Orientation.Horizontal, text)
        tip = self.labels.get(column, text) if cut else None  # the whole label on hovering, when it is cut
        if model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) != tip:
            model.setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)

    def _fit(self):
        table, header = self.table, self.table.horizontalHeader()
        available = table.viewport().width()
        # the columns the panel shows (it may hide some itself), ours hidden for want of width included
        columns = [c for c in range(table.columnCount()) if c in self.dropped or not table.isColumnHidden(c)]
        if available <= 0 or self.stretch not in columns:
            return
        metrics = header.fontMetrics()
        labels = {c: self._label(c) for c in columns}
        # the header's own margins (and sort arrow room) around its label
        padding = {c: max(header.sectionSizeHint(c) - max(metrics.horizontalAdvance(line) for line in str(
            table.model().headerData(c, Qt.Orientation.Horizontal) or "").split("\n")), 0) for c in columns}
        widest_word = {c: max((metrics.horizontalAdvance(w) for w in labels[c].split()), default=0) + padding[c]
                       for c in columns}
        cells = {c: max(table.sizeHintForColumn(c), 0) if table.rowCount() else 0 for c in columns}
        wanted = {c: max(cells[c], widest_word[c]) for c in columns}
        stretch_floor = min(wanted[self.stretch], int(available * STRETCH_SHARE))
        least = metrics.averageCharWidth() * SHRINK_CHARACTERS
        shown = [c for c in columns if c != self.stretch]
        dropped = set()
        # Optional columns go before the others are cut much: a shrinking column keeps some 20 characters.
        comfortable = metrics.averageCharWidth() * COMFORT_CHARACTERS
        for c in reversed(self.optional):
            if sum(min(wanted[other], comfortable) if other in self.shrink else wanted[other]
                   for other in shown) + stretch_floor <= available:
                break
            if c in shown:
                shown.remove(c)
                dropped.add(c)
        for c in self.optional:
            table.setColumnHidden(c, c in dropped)
        self.dropped = dropped
        widths = {c: wanted[c] for c in shown}
        shrinking = [c for c in shown if c in self.shrink]
        room = available - stretch_floor - sum(wanted[c] for c in shown if c not in self.shrink)
        if shrinking and sum(wanted[c] for c in shrinking) > room:
            # The widest give way first: each shrinking column is at most `cap` wide, the narrow ones keep theirs.
            cap, left = max(room, 0), sorted(shrinking, key=lambda c: wanted[c])
            while left and wanted[left[0]] <= cap / len(left):
                cap -= wanted[left[0]]
                left.pop(0)
            for c in left:
                widths[c] = max(int(cap / len(left)), min(wanted[c], least))
        # Room to spare (the stretch column whole): labels back on one line.
        spare = available - sum(widths.values()) - wanted[self.stretch]
        for c in shown:
            grow = metrics.horizontalAdvance(labels[c]) + padding[c] - widths[c]
            if 0 < grow <= spare:
                widths[c] += grow
                spare -= grow
        for c, width in widths.items():
            header.resizeSection(c, width)
        widths[self.stretch] = max(available - sum(widths.values()), header.minimumSectionSize())
        # A label wider than its column's cells goes on two lines rather than widening the column; one word
        # ends in "…" (the header clips it on both sides, centred).
        for c in shown + [self.stretch]:
            label = labels[c]
            if metrics.horizontalAdvance(label) + padding[c] > widths[c]:
                label = _two_lines(label, metrics) if " " in label else metrics.elidedText(
                    label, Qt.TextElideMode.ElideRight, widths[c] - padding[c])
            self._show_label(c, label, label != labels[c] and "\n" not in label)
        for c in dropped:
            self._show_label(c, labels[c])
        if self.wrap:
            table.resizeRowsToContents()
            self.rows_timer.start()


def _two_lines(label, metrics):
    """`label` broken at the space that leaves its longer line shortest."""
    words = label.split()
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return "\n".join(min(splits, key=lambda lines: max(metrics.horizontalAdvance(line) for line in lines)))


def wrap_items(view):
    """A list in a dock: a long item wraps onto a second line instead of the list scrolling sideways (with the
    scroll bar merely hidden, Qt clips the item, it does not elide it)."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(True)
