"""A line chart of indicator or progress values over periods, drawn with QPainter.

One painter serves the panels (a widget's paintEvent) and the PDF export (an
image), so the chart a planner sees is the chart the Concejo reads.
"""
import math

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter, QPen

from ..core.report.format import number, short_number
from ..i18n import tr

# Text alignments the charts use (fully scoped: Qt 6 has no Qt.AlignLeft).
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def axis_range(values, percent=False):
    """(low, high) of the value axis over `values`: a little room around them, or for percentages 0 to 100
    (to the highest value when above): a reader compares a % with its whole, not with a padded band."""
    low, high = min(values), max(values)
    if percent:
        return min(0.0, low), max(100.0, high)
    if high == low:
        low, high = low - 1, high + 1
    span = high - low
    return low - 0.08 * span, high + 0.08 * span


def paint_chart(painter, width, height, lines, baseline=None, target=None, title="", targets=(), percent=False):
    """lines: [(name, colour, [(period label, value or None)])], all over the same periods;
    `targets`: more reference lines [(value, label)], e.g. the targets of every horizon; `percent`: the
    values are percentages, drawn on an axis from 0 to 100 (or to the highest value, when above)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    metrics = painter.fontMetrics()
    line, label_width = metrics.height(), metrics.horizontalAdvance("-000.000,0") + 8
    area = QRectF(label_width, line * 1.6, max(10, width - label_width - 16), max(10, height - line * 3.4))
    painter.drawText(QRectF(8, 2, width - 16, line * 1.4), Qt.AlignmentFlag.AlignLeft, title)
    labels = [label for label, _ in lines[0][2]] if lines else []
    values = [v for _, _, points in lines for _, v in points if v is not None and not math.isnan(v)]
    references = [r for r in (baseline, target) if r is not None] + [v for v, _ in targets if v is not None]
    if not values:
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("no data"))
        return
    low, high = axis_range(values + references, percent)

    def y_of(value):
        return area.bottom() - (value - low) / (high - low) * area.height()

    def x_of(index):
        return area.left() + (index + 0.5) * area.width() / len(labels)

    painter.setPen(QPen(QColor("#888888"), 1))
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
    painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
    for value in (low, high):
        painter.drawText(QRectF(0, y_of(value) - line / 2, label_width - 4, line), RIGHT_MIDDLE,
                         number(value, 0) if percent else short_number(value))
    for reference, color, label in ((baseline, "#7f7f7f", tr("baseline")), (target, "#2e7d32", tr("target")),
                                    *((value, "#66bb6a", name) for value, name in targets)):
        if reference is not None:
            painter.setPen(QPen(QColor(color), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y_of(reference)), QPointF(area.right(), y_of(reference)))
            painter.drawText(QPointF(area.right() - metrics.horizontalAdvance(label) - 4, y_of(reference) - 3), label)
    # Keep period labels readable: every `step`-th one, as many as fit side by side without touching.
    widest = max([metrics.horizontalAdvance(label) for label in labels] + [1]) + line
    step = max(1, len(labels) // 8, math.ceil(len(labels) * widest / area.width()))
    painter.setPen(QPen(QColor("#444444"), 1))
    for index, label in enumerate(labels):
        if index % step == 0:
            painter.drawText(QRectF(x_of(index) - 4 * line, area.bottom() + 4, 8 * line, line),
                             Qt.AlignmentFlag.AlignCenter, label)
    legend_x = area.left() + 6  # line names side by side, each after the previous one's width
    for name, color, points in lines:
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
            painter.drawText(QPointF(legend_x, area.top() + line), name)
            legend_x += metrics.horizontalAdvance(name) + line


def chart_image(path, lines, baseline=None, target=None, title="", width=1000, height=690, targets=(), percent=False):
    """Write the chart as a PNG (for print layouts) and return its path; `percent`: a 0-100 axis."""
    return _image(path, width, height, lambda painter: paint_chart(painter, width, height, lines, baseline, target,
                                                                   title, targets, percent), 26)


def _image(path, width, height, paint, font_px=24):
    """A white PNG of width × height painted by `paint(painter)`; returns its path."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = painter.font()
    font.setPixelSize(font_px)
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter)
    painter.end()
    # zlib's fastest level ("quality" 80 is level 1 for Qt's PNG writer): the page reads the image back at once and
    # prints the same pixels; the default level took twice as long to write a chart a quarter smaller.
    image.save(str(path), "PNG", 80)
    return path


def bars_image(path, bars, title="", width=1000, height=690):
    """Horizontal bars of percentages: bars [(label, value 0–100 or None)]."""
    def paint(painter):
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(8, 4, width - 16, line * 1.4), Qt.AlignmentFlag.AlignLeft, title)
        label_width = max([metrics.horizontalAdvance(label) for label, _ in bars] + [10]) + 16
        top, row = line * 2.2, (height - line * 3) / max(1, len(bars))
        scale = (width - label_width - 120) / 100.0
        for index, (label, value) in enumerate(bars):
            y = top + index * row
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(8, y, label_width - 12, row * 0.8), RIGHT_MIDDLE, label)
            if value is None:
                painter.drawText(QRectF(label_width, y, 300, row * 0.8), LEFT_MIDDLE, tr("no data"))
                continue
            color = "#2e7d32" if value >= 80 else "#f9a825" if value >= 50 else "#c62828"
            painter.fillRect(QRectF(label_width, y + row * 0.1, value * scale, row * 0.6), QColor(color))
            painter.drawText(QRectF(label_width + value * scale + 8, y, 110, row * 0.8), LEFT_MIDDLE,
                             f"{value:.1f} %".replace(".", ","))
    return _image(path, width, height, paint)


def matrix_image(path, rows, columns, counts, title="", width=1000, height=690):
    """A heat map: rows × columns, each cell coloured by its count (0 white with a red edge). Row and column
    labels are names, wrapped in their space: the reader needs no key to codes."""
    wrap = Qt.TextFlag.TextWordWrap

    def paint(painter):
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(8, 4, width - 16, line * 1.4), Qt.AlignmentFlag.AlignLeft, title)
        label_width = min(width * 0.38, max([metrics.horizontalAdvance(r) for r in rows] + [10]) + 16)
        top = line * 2.2 + line * 4.4  # the title, then up to four lines of a column's name
        cell_w = (width - label_width - 8) / max(1, len(columns))
        cell_h = min(line * 3.2, (height - top - 8) / max(1, len(rows)))
        high = max([max(r) for r in counts if r] + [1])
        for j, column in enumerate(columns):
            painter.drawText(QRectF(label_width + j * cell_w + 4, top - line * 4.4, cell_w - 8, line * 4.2),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom) | int(wrap), column)
        for i, row in enumerate(rows):
            y = top + i * cell_h
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(8, y, label_width - 16, cell_h), int(RIGHT_MIDDLE) | int(wrap), row)
            for j, value in enumerate(counts[i]):
                rect = QRectF(label_width + j * cell_w + 2, y + 2, cell_w - 4, cell_h - 4)
                shade = int(235 - 170 * value / high) if value else 255
                painter.fillRect(rect, QColor(shade, shade + (255 - shade) // 3, 255) if value else QColor("white"))
                painter.setPen(QPen(QColor("#c62828") if not value else QColor("#9e9e9e"), 1))
                painter.drawRect(rect)
                painter.setPen(QColor("#000000" if value < high * 0.6 else "#ffffff"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value) if value else "")
    return _image(path, width, height, paint, 30 if width > 1500 else 24)


def count_bars_image(path, groups, width=1300, height=1800):
    """Groups of horizontal bars of counts, one under the other: groups [(title, [(label, count, colour)])]."""
    def paint(painter):
        metrics = painter.fontMetrics()
        line = metrics.height()
        labels = [label for _, bars in groups for label, _, _ in bars]
        label_width = max([metrics.horizontalAdvance(label) for label in labels] + [10]) + 24
        high = max([count for _, bars in groups for _, count, _ in bars] + [1])
        scale = (width - label_width - 110) / high
        rows = sum(len(bars) + 2 for _, bars in groups)
        row = min(line * 2.4, height / max(1, rows))
        y = 4
        for title, bars in groups:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#1f4e79"))
            painter.drawText(QRectF(8, y, width - 16, row), LEFT_MIDDLE, title)
            font.setBold(False)
            painter.setFont(font)
            y += row * 1.2
            for label, count, colour in bars:
                painter.setPen(QColor("#333333"))
                painter.drawText(QRectF(8, y, label_width - 16, row), RIGHT_MIDDLE, label)
                painter.fillRect(QRectF(label_width, y + row * 0.15, max(2, count * scale), row * 0.7), QColor(colour))
                painter.drawText(QRectF(label_width + count * scale + 10, y, 100, row), LEFT_MIDDLE, str(count))
                y += row
            y += row * 0.8
    return _image(path, width, height, paint, 30)
