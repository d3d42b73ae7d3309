"""A small line chart of an indicator over periods, with its baseline and target."""
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..cartography.chart import paint_chart


class TimeSeriesChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.lines, self.baseline, self.target, self.title = [], None, None, ""

    @property
    def points(self):
        return self.lines[0][2] if self.lines else []

    def set_series(self, points, baseline=None, target=None, title=""):
        """One line: points [(period label, value or None)] in time order."""
        self.set_lines([("", "#1f5f8b", list(points))], baseline, target, title)

    def set_lines(self, lines, baseline=None, target=None, title=""):
        """Several lines over the same periods: [(name, colour, [(period label, value)])]."""
        self.lines = [(name, color, list(points)) for name, color, points in lines]
        self.baseline, self.target, self.title = baseline, target, title
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        paint_chart(painter, self.width(), self.height(), self.lines, self.baseline, self.target, self.title)
