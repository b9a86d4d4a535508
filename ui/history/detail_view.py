"""A history row, read-only: its thread above, its audit trail below.

Nothing here can change the conversation: the thread is a read-only text browser
(guest text is escaped, never rendered as HTML) and the audit trail a read-only table.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.history import EntryKind, HistoryDetail
from ui.history import texts
from ui.widgets import named

_COLOURS = {
    EntryKind.GUEST: "#1d4ed8",
    EntryKind.PROPERTY: "#047857",
    EntryKind.BOOKING: "#7c3aed",
    EntryKind.NOTE: "#b45309",
    EntryKind.CALL: "#334155",
    EntryKind.CASE: "#334155",
}


def thread_html(detail: HistoryDetail, zone: str | None = None) -> str:
    """The thread as escaped HTML: who, when, what (staff names beside property lines)."""
    kinds = texts.entry_labels()
    parts = [f"<h3>{html.escape(detail.row.title or '—')}</h3>"]
    for entry in detail.entries:
        who = kinds[entry.kind.value]
        if entry.author and entry.kind in (EntryKind.GUEST, EntryKind.NOTE):
            who = f"{who} — {entry.author}"
        if entry.staff and entry.kind is not EntryKind.NOTE:
            who = f"{who} ({entry.staff})"
        body = html.escape(entry.text).replace("\n", "<br>")
        files = ""
        if entry.attachments:
            files = "<br><i>📎 " + html.escape(", ".join(entry.attachments)) + "</i>"
        parts.append(
            f'<p><b style="color:{_COLOURS[entry.kind]}">{html.escape(who)}</b> '
            f'<span style="color:#6b7280">{texts.local_time(entry.at, zone)}</span><br>'
            f"{body}{files}</p>"
        )
    return "\n".join(parts)


class DetailPane(QWidget):
    """Shows one opened row; empty until :meth:`show_detail`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDetail")
        self.heading = QLabel()
        self.conversation = named(QTextBrowser(), "historyThread")
        self.conversation.setOpenLinks(False)
        self.conversation.setReadOnly(True)
        self.audit_label = QLabel()
        self.audit = named(QTableWidget(0, 4), "historyAudit")
        self.audit.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit.verticalHeader().setVisible(False)
        self.audit.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.conversation)
        holder = QWidget()
        lower = QVBoxLayout(holder)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.audit_label)
        lower.addWidget(self.audit)
        split.addWidget(holder)
        split.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(split)
        self._detail: HistoryDetail | None = None
        self.retranslate_ui()

    @property
    def detail(self) -> HistoryDetail | None:
        return self._detail

    def show_detail(self, detail: HistoryDetail | None) -> None:
        self._detail = detail
        if detail is None:
            self.conversation.clear()
            self.audit.setRowCount(0)
            self.heading.setText(self.tr("Choose a row to read it."))
            return
        row = detail.row
        self.heading.setText(
            self.tr("{channel} · {property} · {status}").format(
                channel=texts.channel_labels()[row.channel.value],
                property=row.property_name,
                status=texts.status_labels()[row.status.value],
            )
        )
        self.conversation.setHtml(thread_html(detail))
        self._fill_audit(detail)

    def _fill_audit(self, detail: HistoryDetail) -> None:
        self.audit.setRowCount(len(detail.audit))
        for row, event in enumerate(detail.audit):
            details = json.dumps(dict(event.details), ensure_ascii=False, default=str)
            values = (
                texts.local_time(event.at),
                event.actor.name,
                texts.action_label(event.action),
                details,
            )
            for column, value in enumerate(values):
                self.audit.setItem(row, column, QTableWidgetItem(value))
        self.audit.resizeColumnsToContents()

    def retranslate_ui(self) -> None:
        self.audit_label.setText(self.tr("Audit trail"))
        self.audit.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("Details")]
        )
        self.conversation.setAccessibleName(self.tr("Conversation, read-only"))
        self.audit.setAccessibleName(self.tr("Audit trail"))
        self.show_detail(self._detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
