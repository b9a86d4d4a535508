"""The inbox's dialogs, and :class:`Prompts`, the one object that shows them.

The window and the composer ask their questions through a ``Prompts`` (refuse a send,
confirm one, ask for a note, choose photos, show a known error); tests hand in their
own object with the same methods instead of clicking through modal dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Message, SenderKind
from desktop.errors import KnownError
from desktop.services.model import Issue, SendCheck
from ui.crash import show_known_error
from ui.inbox import texts


@dataclass(frozen=True, slots=True)
class NoteInput:
    text: str
    for_next_shift: bool


class SendConfirmDialog(QDialog):
    """ "Someone wrote since you began" and other warnings: send anyway, or review first."""

    def __init__(self, check: SendCheck, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendConfirmDialog")
        self._check = check
        self._timezone = timezone
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("sendConfirmDetails")
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.review_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.review_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        check = self._check
        self.setWindowTitle(self.tr("Send this message?"))
        if check.written_since or check.queued_since:
            self.intro.setText(
                self.tr(
                    "Someone wrote in this conversation since you began your reply. "
                    "Read what they wrote before sending."
                )
            )
        else:
            self.intro.setText(self.tr("Check these points before sending."))
        lines = [self._message_line(m) for m in check.written_since]
        for entry in check.queued_since:
            who = self.tr("{name} (outbox)").format(name=entry.actor.name)
            when = texts.local_time(entry.created_at, self._timezone)
            lines.append(f"{who} — {when}\n{entry.content}")
        lines += ["⚠ " + texts.issue_text(issue) for issue in check.warnings]
        self.details.setPlainText("\n\n".join(lines))
        self.send_button.setText(self.tr("Send anyway"))
        self.review_button.setText(self.tr("Review first"))
        self.send_button.setAccessibleName(self.tr("Send anyway"))
        self.review_button.setAccessibleName(self.tr("Review first"))
        self.details.setAccessibleName(self.tr("What changed since you began"))

    def _message_line(self, message: Message) -> str:
        if message.sender is SenderKind.GUEST:
            who = self.tr("Guest")
        elif message.sender is SenderKind.BOOKING:
            who = "Booking.com"
        else:
            who = self.tr("A colleague or the extranet")
        when = texts.local_time(message.created_at, self._timezone)
        return f"{who} — {when}\n{message.content}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class NoteDialog(QDialog):
    """An internal note: text, and whether the next shift should see it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.next_shift = QCheckBox()
        self.next_shift.setObjectName("noteForNextShift")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.text, self.next_shift, self.buttons):
            layout.addWidget(widget)
        self.resize(480, 280)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Internal note"))
        self.intro.setText(
            self.tr("Internal notes stay in Frontdesk: they are never sent to the guest.")
        )
        self.next_shift.setText(self.tr("Show it to the next shift"))
        self.text.setAccessibleName(self.tr("Note"))
        self.next_shift.setAccessibleName(self.tr("Show it to the next shift"))

    def value(self) -> NoteInput:
        return NoteInput(self.text.toPlainText(), self.next_shift.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the inbox, in a table."""

    def __init__(self, shortcuts: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 420)
        self.set_shortcuts(shortcuts)
        self.retranslate_ui()

    def set_shortcuts(self, shortcuts: Sequence[tuple[str, str]]) -> None:
        self.table.setRowCount(len(shortcuts))
        for row, (keys, what) in enumerate(shortcuts):
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys
            for column, text in enumerate((native, what)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class Prompts:
    """Shows the inbox's modal questions; every method returns the person's answer."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def refuse(self, issues: Sequence[Issue]) -> None:
        """Why the message cannot be sent (nothing was sent; the draft is kept)."""
        box = QMessageBox(self._parent)
        box.setObjectName("sendRefusedBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "This message cannot be sent"))
        box.setText("\n\n".join(texts.issue_text(issue) for issue in issues))
        box.setInformativeText(
            QCoreApplication.translate("Prompts", "Your text is kept as a draft.")
        )
        box.exec()

    def confirm_send(self, check: SendCheck, timezone: str) -> bool:
        return (
            SendConfirmDialog(check, timezone, self._parent).exec() == QDialog.DialogCode.Accepted
        )

    def ask_note(self) -> NoteInput | None:
        dialog = NoteDialog(self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def choose_attachments(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self._parent,
            QCoreApplication.translate("Prompts", "Attach photos"),
            "",
            QCoreApplication.translate("Prompts", "Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"),
        )
        return list(files)

    def known_error(self, error: KnownError) -> None:
        show_known_error(error, self._parent)
