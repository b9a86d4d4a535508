"""Bar charts for the reports, drawn with pyqtgraph, and saved as PNG.

One :class:`BarChart` shows one or more series side by side over named categories
(days, staff members, hours...). The picture is the widget itself
(``QWidget.grab``), so it looks exactly as on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.errors import BadInputError

#: Colour-blind-friendly series colours (Okabe-Ito).
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
#: With more categories than this, only every n-th label is written under the axis.
MAX_LABELS = 16


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: Sequence[float]


class BarChart(QWidget):
    """Grouped vertical bars over categories."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setMinimumHeight(180)
        self._legend = self.plot.addLegend(offset=(10, 5), labelTextColor="#1f2937")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.categories: list[str] = []
        self.series: list[Series] = []

    def set_bars(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        y_label: str,
        *,
        target: float | None = None,
    ) -> None:
        """Draw ``series`` (each as long as ``categories``) side by side, and a dashed
        line at ``target`` (the 12-hour reply target, say) if given."""
        self.categories, self.series = list(categories), list(series)
        self.plot.clear()
        self._legend.clear()
        count = max(len(series), 1)
        width = 0.8 / count
        for number, one in enumerate(series):
            offset = (number - (count - 1) / 2) * width
            colour = QColor(COLOURS[number % len(COLOURS)])
            item = pg.BarGraphItem(
                x=[i + offset for i in range(len(categories))],
                height=[float(v) for v in one.values],
                width=width * 0.9,
                brush=colour,
                pen=colour,
                name=one.name,
            )
            self.plot.addItem(item)
        if target is not None:
            pen = pg.mkPen("#b91c1c", width=1.5, style=Qt.PenStyle.DashLine)
            self.plot.addItem(pg.InfiniteLine(pos=target, angle=0, pen=pen))
        step = max(1, -(-len(categories) // MAX_LABELS))
        ticks = [(i, c) for i, c in enumerate(categories) if i % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setLabel("left", y_label)
        if categories:
            self.plot.setXRange(-0.6, len(categories) - 0.4, padding=0)
        self.plot.enableAutoRange(axis="y")

    def save_png(self, path: Path) -> Path:
        """The chart as it looks now, as a PNG file.

        Raises:
            BadInputError: The picture could not be written there.
        """
        if not self.grab().save(str(path), "PNG"):
            raise BadInputError(
                "The picture could not be saved there.",
                next_step="Choose another folder.",
                details={"file": path.name},
            )
        return path
