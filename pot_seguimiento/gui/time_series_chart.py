"""A small line chart of an indicator over periods, with its baseline and target."""
import math

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..i18n import tr
from ..core.formatting import short_number


class TimeSeriesChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
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
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        area = QRectF(48, 22, max(10, self.width() - 64), max(10, self.height() - 50))
        painter.drawText(QRectF(8, 2, self.width() - 16, 18), Qt.AlignLeft, self.title)
        labels = self.points and [label for label, _ in self.points]
        values = [v for _, _, points in self.lines for _, v in points if v is not None and not math.isnan(v)]
        references = [r for r in (self.baseline, self.target) if r is not None]
        if not values:
            painter.drawText(area, Qt.AlignCenter, tr("no data"))
            return
        low, high = min(values + references), max(values + references)
        if high == low:
            low, high = low - 1, high + 1
        span = high - low
        low, high = low - 0.08 * span, high + 0.08 * span

        def y_of(value):
            return area.bottom() - (value - low) / (high - low) * area.height()

        def x_of(index):
            return area.left() + (index + 0.5) * area.width() / len(labels)

        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
        for value in (low, high):
            painter.drawText(QRectF(0, y_of(value) - 8, 44, 16), Qt.AlignRight | Qt.AlignVCenter, short_number(value))
        for reference, color, label in ((self.baseline, "#7f7f7f", tr("baseline")),
                                        (self.target, "#2e7d32", tr("target"))):
            if reference is not None:
                painter.setPen(QPen(QColor(color), 1, Qt.DashLine))
                painter.drawLine(QPointF(area.left(), y_of(reference)), QPointF(area.right(), y_of(reference)))
                painter.drawText(QPointF(area.right() - 60, y_of(reference) - 3), label)
        step = max(1, len(labels) // 8)  # keep period labels readable
        painter.setPen(QPen(QColor("#444444"), 1))
        for index, label in enumerate(labels):
            if index % step == 0:
                painter.drawText(QRectF(x_of(index) - 30, area.bottom() + 4, 60, 16), Qt.AlignCenter, label)
        for position, (name, color, points) in enumerate(self.lines):
            pen = QPen(QColor(color), 2)
            previous = None
            for index, (_, value) in enumerate(points):
                if value is None or math.isnan(value):
                    previous = None
                    continue
                point = QPointF(x_of(index), y_of(value))
                painter.setPen(pen)
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.setBrush(QColor(color))
                painter.drawEllipse(point, 2.5, 2.5)
                previous = point
            if name:
                painter.setPen(QPen(QColor(color), 1))
                painter.drawText(QPointF(area.left() + 6 + 120 * position, area.top() + 12), name)
