"""The history results: a table model of :class:`~desktop.history.HistoryRow` values.

Holds frozen rows (never database rows), one per conversation, support case or call.
``RowRole`` gives the row itself, ``KeyRole`` its key (to open it), ``SortRole`` a
value that sorts right (times as datetimes, counts as numbers).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.history import HistoryRow
from ui.history import texts

Index = QModelIndex | QPersistentModelIndex


class HistoryTableModel(QAbstractTableModel):
    """Rows of the history, most recent first (as the service returns them)."""

    COL_TIME = 0
    COL_CHANNEL = 1
    COL_PROPERTY = 2
    COL_TITLE = 3
    COL_RESERVATION = 4
    COL_THEME = 5
    COL_STATUS = 6
    COL_STAFF = 7
    COL_MESSAGES = 8
    COLUMN_COUNT = 9

    RowRole = Qt.ItemDataRole.UserRole + 1
    KeyRole = Qt.ItemDataRole.UserRole + 2
    SortRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[HistoryRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Last activity"),
            self.tr("Channel"),
            self.tr("Property"),
            self.tr("Guest or subject"),
            self.tr("Reservation"),
            self.tr("Theme"),
            self.tr("Status"),
            self.tr("Staff"),
            self.tr("Messages"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < self.COLUMN_COUNT:
            return None
        if role == self.RowRole:
            return row
        if role == self.KeyRole:
            return row.key
        if role == self.SortRole:
            return self._sort_value(row, index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_STAFF:
            return ", ".join(row.staff)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_MESSAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: HistoryRow, column: int) -> str:
        values = {
            self.COL_TIME: texts.local_time(row.at),
            self.COL_CHANNEL: texts.channel_labels()[row.channel.value],
            self.COL_PROPERTY: row.property_name,
            self.COL_TITLE: row.title or "—",
            self.COL_RESERVATION: row.reservation_number or "",
            self.COL_THEME: row.theme or "",
            self.COL_STATUS: texts.status_labels()[row.status.value],
            self.COL_STAFF: ", ".join(row.staff),
            self.COL_MESSAGES: str(row.messages) if row.messages else "",
        }
        return values[column]

    def _sort_value(self, row: HistoryRow, column: int) -> Any:
        if column == self.COL_TIME:
            return row.at.timestamp()
        if column == self.COL_MESSAGES:
            return row.messages
        return self._text(row, column).casefold()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
