"""One report on screen: its figures (a table), its chart, and its two exports.

A :class:`ReportSection` shows a :class:`~desktop.history.reports.ReportTable` as
text (durations in hours and minutes, shares in percent) and a bar chart beside it;
"Save picture…" writes the chart as PNG, "Save CSV…" the table. The section only
asks: the window's export handler does the work (through the task runner) and the
audit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.history.reports import ReportTable
from ui.history import texts
from ui.history.charts import BarChart, Series

#: Called with (section, "png" | "csv") when the user asks for an export.
ExportHandler = Callable[["ReportSection", str], None]


def cell_text(column: str, value: str | int | float | None) -> str:
    """A report value as the table shows it."""
    if value is None:
        return "—"
    if column.endswith("_percent"):
        return f"{float(value):.0f} %"
    if column.endswith("_hours"):
        minutes = round(float(value) * 60)
        return f"{minutes // 60} h {minutes % 60:02d}"
    return str(value)


class ReportSection(QGroupBox):
    """A titled report with a table, a chart and export buttons."""

    def __init__(self, key: str, on_export: ExportHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"report_{key}")
        self._on_export = on_export
        self.table_data = ReportTable((), ())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName(f"report_{key}_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.chart = BarChart()
        self.chart.setObjectName(f"report_{key}_chart")
        self.png_button = QPushButton()
        self.csv_button = QPushButton()
        self.png_button.clicked.connect(lambda: self._on_export(self, "png"))
        self.csv_button.clicked.connect(lambda: self._on_export(self, "csv"))
        self.controls = QHBoxLayout()
        self.controls.addStretch(1)
        self.controls.addWidget(self.png_button)
        self.controls.addWidget(self.csv_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([420, 520])
        self.header = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.summary)
        layout.addWidget(split)
        layout.addLayout(self.controls)
        self.setMinimumHeight(300)
        self.retranslate_ui()

    def show_table(
        self,
        table: ReportTable,
        categories: Sequence[str],
        series: Sequence[Series],
        y_label: str,
        *,
        first_column: Sequence[str] | None = None,
        target: float | None = None,
    ) -> None:
        """Show the figures and draw the chart (``first_column`` relabels the groups)."""
        self.table_data = table
        headers = texts.report_column_labels()
        self.table.clear()
        self.table.setColumnCount(len(table.columns))
        self.table.setRowCount(len(table.rows))
        self.table.setHorizontalHeaderLabels([headers.get(c, c) for c in table.columns])
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                text = cell_text(table.columns[c], value)
                if c == 0 and first_column is not None:
                    text = first_column[r]
                item = QTableWidgetItem(text)
                if isinstance(value, int | float):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.chart.set_bars(categories, series, y_label, target=target)
        empty = not table.rows
        self.png_button.setEnabled(not empty)
        self.csv_button.setEnabled(not empty)

    def retranslate_ui(self) -> None:
        self.png_button.setText(self.tr("Save picture…"))
        self.csv_button.setText(self.tr("Save CSV…"))
        self.png_button.setAccessibleName(self.tr("Save the chart as a picture"))
        self.csv_button.setAccessibleName(self.tr("Save the figures as CSV"))
        self.table.setAccessibleName(self.title())
        self.chart.setAccessibleName(self.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
