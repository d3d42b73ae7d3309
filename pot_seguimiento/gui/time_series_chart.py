"""A small line chart of an indicator over periods, with its baseline and target."""
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..cartography.chart import axis_range, paint_chart


class TimeSeriesChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.lines, self.baseline, self.target, self.title, self.percent = [], None, None, "", False

    @property
    def points(self):
        return self.lines[0][2] if self.lines else []

    def set_series(self, points, baseline=None, target=None, title="", percent=False):
        """One line: points [(period label, value or None)] in time order."""
        self.set_lines([("", "#1f5f8b", list(points))], baseline, target, title, percent)

    def set_lines(self, lines, baseline=None, target=None, title="", percent=False):
        """Several lines over the same periods: [(name, colour, [(period label, value)])]; `percent`: an
        axis from 0 to 100 (or to the highest value)."""
        self.lines = [(name, color, list(points)) for name, color, points in lines]
        self.baseline, self.target, self.title, self.percent = baseline, target, title, percent
        self.update()

    def axis(self):
        """(low, high) of the value axis the chart draws, or None without values."""
        values = [v for _, _, points in self.lines for _, v in points if v is not None]
        values += [r for r in (self.baseline, self.target) if r is not None]
        return axis_range(values, self.percent) if values else None

    def paintEvent(self, event):  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        paint_chart(painter, self.width(), self.height(), self.lines, self.baseline, self.target, self.title,
                    percent=self.percent)
