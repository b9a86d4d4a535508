"""Retention (prune old history) and erasing one guest's data: preview, then confirm.

Both dialogs show exactly what will go before anything goes, ask once more, run on
the task runner, then say what was done (for a prune: where the backup is). The core
checks the role again and writes the audit entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Change, Conversation
from desktop.errors import KnownError
from desktop.history import HistoryService
from desktop.history.erasure import ErasureResult
from desktop.history.retention import PrunePreview, PruneResult
from ui.history import texts
from ui.tasks import TaskRunnerProtocol
from ui.widgets import named


class _ToolDialog(QDialog):
    def __init__(
        self,
        service: HistoryService,
        runner: TaskRunnerProtocol,
        prompts: Any,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._prompts = prompts
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

    def run(self, fn: Any, on_done: Any) -> None:
        self._runner.run_db(fn, on_done=on_done, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self._prompts.known_error(error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class RetentionDialog(_ToolDialog):
    """Choose how many months to keep, preview, then back up and delete the rest."""

    pruned = Signal(object)

    def __init__(
        self, service: HistoryService, runner: TaskRunnerProtocol, prompts: Any, parent: QWidget
    ) -> None:
        super().__init__(service, runner, prompts, parent)
        self.setObjectName("retentionDialog")
        self.preview: PrunePreview | None = None
        self.outcome: PruneResult | None = None
        self.months = named(QSpinBox(), "retentionMonths")
        self.months.setRange(1, 120)
        self.months.setValue(service.retention_months())
        self.months_label = QLabel()
        self.months_label.setBuddy(self.months)
        self.preview_button = named(QPushButton(), "previewPrune")
        self.prune_button = named(QPushButton(), "confirmPrune")
        self.prune_button.setEnabled(False)
        self.preview_button.clicked.connect(self.load_preview)
        self.prune_button.clicked.connect(self.prune)
        self.months.valueChanged.connect(lambda _v: self.prune_button.setEnabled(False))
        form = QFormLayout()
        form.addRow(self.months_label, self.months)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.prune_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 380)
        self.retranslate_ui()

    def load_preview(self) -> None:
        months = self.months.value()
        self.run(lambda: self._service.preview_prune(months), self.show_preview)

    def show_preview(self, preview: PrunePreview) -> None:
        self.preview = preview
        self.report.setText(self.preview_text(preview))
        self.prune_button.setEnabled(not preview.empty)

    def preview_text(self, preview: PrunePreview) -> str:
        if preview.empty:
            return self.tr("Nothing is older than {date}.").format(
                date=texts.local_time(preview.cutoff)
            )
        counts = preview.counts()
        lines = [
            self.tr("Everything last touched before {date} will be deleted:").format(
                date=texts.local_time(preview.cutoff)
            ),
            self.tr("{n} conversations with {m} messages").format(
                n=counts["conversations"], m=counts["messages"]
            ),
            self.tr("{n} notes, {m} outbox entries, {k} attachments").format(
                n=counts["notes"], m=counts["outbox"], k=counts["attachments"]
            ),
            self.tr("{n} support cases and {m} calls").format(
                n=counts["support_cases"], m=counts["calls"]
            ),
            self.tr("{n} reservations, {m} audit entries, {k} old backups").format(
                n=counts["reservations"], m=counts["audit_events"], k=counts["backups"]
            ),
            self.tr("A backup of the database is made first."),
        ]
        return "\n".join(lines)

    def prune(self) -> None:
        preview = self.preview
        if preview is None or preview.empty:
            return
        if not self._prompts.confirm(
            self.tr("Delete old history?"),
            self.tr("This deletes what the preview lists. A backup is made first. Continue?"),
        ):
            return
        self.prune_button.setEnabled(False)
        self.run(lambda: self._service.prune(preview), self._pruned)

    def _pruned(self, result: PruneResult) -> None:
        self.outcome = result
        self.report.setText(
            self.tr("Done. The backup made before deleting is {file}.").format(
                file=str(result.backup)
            )
        )
        self.pruned.emit(Change(conversations=frozenset(result.removed.conversations)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Retention"))
        self.months_label.setText(self.tr("&Keep history for (months)"))
        self.months.setAccessibleName(self.tr("Months of history to keep"))
        self.preview_button.setText(self.tr("&Preview"))
        self.prune_button.setText(self.tr("&Back up and delete"))
        if self.preview is not None and self.outcome is None:
            self.report.setText(self.preview_text(self.preview))


class ErasureDialog(_ToolDialog):
    """Find a guest's conversations, tick them, erase them."""

    erased = Signal(object)

    def __init__(
        self, service: HistoryService, runner: TaskRunnerProtocol, prompts: Any, parent: QWidget
    ) -> None:
        super().__init__(service, runner, prompts, parent)
        self.setObjectName("erasureDialog")
        self.outcome: ErasureResult | None = None
        self.query = named(QLineEdit(), "erasureQuery")
        self.find_button = named(QPushButton(), "erasureFind")
        self.matches = named(QListWidget(), "erasureMatches")
        self.erase_button = named(QPushButton(), "confirmErasure")
        self.erase_button.setEnabled(False)
        self.query.returnPressed.connect(self.find_guest)
        self.find_button.clicked.connect(self.find_guest)
        self.erase_button.clicked.connect(self.erase)
        self.matches.itemChanged.connect(lambda _item: self._update_button())
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.erase_button)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.resize(560, 440)
        self.retranslate_ui()

    def find_guest(self) -> None:
        text = self.query.text().strip()
        if text:
            self.run(lambda: self._service.find_guest(text), self.show_matches)

    def show_matches(self, found: list[Conversation]) -> None:
        self.matches.clear()
        for conversation in found:
            when = (
                texts.local_time(conversation.last_message_at)
                if conversation.last_message_at
                else ""
            )
            label = " — ".join(
                part
                for part in (conversation.guest_name, conversation.reservation_number, when)
                if part
            )
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, conversation.conversation_id)
            self.matches.addItem(item)
        if not found:
            self.report.setText(self.tr("No guest conversation matches."))
        self._update_button()

    def chosen(self) -> list[str]:
        return [
            str(self.matches.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.matches.count())
            if self.matches.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        self.erase_button.setEnabled(bool(self.chosen()))

    def erase(self) -> None:
        ids = self.chosen()
        if not ids or not self._prompts.confirm(
            self.tr("Erase this guest's data?"),
            self.tr(
                "The {n} conversations ticked, their messages, notes and attachments are "
                "deleted for good. Continue?"
            ).format(n=len(ids)),
        ):
            return
        self.run(lambda: self._service.erase_guest(ids), self._erased)

    def _erased(self, result: ErasureResult) -> None:
        self.outcome = result
        self.matches.clear()
        self._update_button()
        self.report.setText(
            self.tr("Erased: {n} conversations, {m} messages, {k} files.").format(
                n=result.conversations, m=result.messages, k=result.files
            )
        )
        self.erased.emit(result.change)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Erase a guest's data"))
        self.query.setPlaceholderText(self.tr("Guest name or reservation number"))
        self.query.setAccessibleName(self.tr("Guest name or reservation number"))
        self.find_button.setText(self.tr("&Find"))
        self.matches.setAccessibleName(self.tr("The guest's conversations"))
        self.erase_button.setText(self.tr("&Erase the ticked conversations"))
