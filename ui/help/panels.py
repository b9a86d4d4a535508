"""The panels around the article: property notes above it, feedback below it.

Both only show what they are given and emit what the user asks for; the viewer stores
the change through the help centre (and hands the new notes back).

- :class:`NotePanel` (``articleNotes``): notes pinned to an article, shown with it,
  added, edited, unpinned; kept across library updates by the store.
- :class:`FeedbackPanel` (``articleFeedback``): "Was this article helpful?" yes / no,
  on no a reason and an optional comment, then thanks.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FeedbackReason
from desktop.helpcenter import ArticleNote
from ui.widgets import named

MAX_LIST_HEIGHT = 120
NOTE_STYLE = "QFrame#articleNotes { background: #fff8dc; border: 1px solid #e6d48a; }"


class NotePanel(QFrame):
    """objectName ``articleNotes``."""

    add_requested = Signal(str)
    update_requested = Signal(int, str)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleNotes")
        self.setStyleSheet(NOTE_STYLE)
        self.heading = QLabel()
        self.note_list = named(QListWidget(), "noteList")
        self.note_list.setWordWrap(True)
        self.add_button = named(QPushButton(), "noteAdd")
        self.edit_button = named(QPushButton(), "noteEdit")
        self.delete_button = named(QPushButton(), "noteDelete")
        self.editor = named(QPlainTextEdit(), "noteEditor")
        self.editor.setMaximumHeight(80)
        self.editor.setTabChangesFocus(True)
        self.save_button = named(QPushButton(), "noteSave")
        self.cancel_button = named(QPushButton(), "noteCancel")
        self._editing: int | None = None  # the note being edited; None: a new note
        self._build_layout()
        self.add_button.clicked.connect(self.start_new)
        self.edit_button.clicked.connect(self.start_edit)
        self.delete_button.clicked.connect(self._delete)
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self._stop_editing)
        self.note_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.retranslate_ui()
        self.set_notes([])

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.note_list)
        self.edit_area = QWidget()
        edit = QHBoxLayout(self.edit_area)
        edit.setContentsMargins(0, 0, 0, 0)
        edit.addWidget(self.editor, 1)
        edit.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        edit.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.edit_area)

    def set_notes(self, notes: Sequence[ArticleNote]) -> None:
        """Show these notes (after an article opened or a note changed)."""
        self.note_list.clear()
        for note in notes:
            when = note.updated_at.astimezone().strftime("%Y-%m-%d")
            item = QListWidgetItem(f"{note.content}\n— {note.actor.name}, {when}")
            item.setData(Qt.ItemDataRole.UserRole, note.note_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, note.content)
            item.setToolTip(html.escape(note.content))
            self.note_list.addItem(item)
        if notes:
            self.note_list.setCurrentRow(0)
        self.note_list.setVisible(bool(notes))
        rows = sum(self.note_list.sizeHintForRow(row) for row in range(len(notes)))
        self.note_list.setFixedHeight(
            min(rows + 2 * self.note_list.frameWidth() + 2, MAX_LIST_HEIGHT)
        )
        self._stop_editing()

    def notes_shown(self) -> list[str]:
        """The notes' texts, in order."""
        items = (self.note_list.item(row) for row in range(self.note_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole + 1)) for item in items]

    def start_new(self) -> None:
        self._editing = None
        self.editor.clear()
        self._open_editor()

    def start_edit(self) -> None:
        item = self.note_list.currentItem()
        if item is None:
            return
        self._editing = int(item.data(Qt.ItemDataRole.UserRole))
        self.editor.setPlainText(str(item.data(Qt.ItemDataRole.UserRole + 1)))
        self._open_editor()

    def _open_editor(self) -> None:
        self.edit_area.setVisible(True)
        self.editor.setFocus()
        self._update_buttons()

    def _stop_editing(self) -> None:
        self._editing = None
        self.editor.clear()
        self.edit_area.setVisible(False)
        self._update_buttons()

    def _save(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            self.editor.setFocus()
            return
        if self._editing is None:
            self.add_requested.emit(text)
        else:
            self.update_requested.emit(self._editing, text)

    def _delete(self) -> None:
        item = self.note_list.currentItem()
        if item is not None:
            self.delete_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _update_buttons(self) -> None:
        selected = self.note_list.currentItem() is not None
        editing = self.edit_area.isVisibleTo(self)
        self.add_button.setEnabled(not editing)
        self.edit_button.setEnabled(selected and not editing)
        self.delete_button.setEnabled(selected and not editing)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Property notes"))
        self.add_button.setText(self.tr("Pin a note"))
        self.edit_button.setText(self.tr("Edit"))
        self.delete_button.setText(self.tr("Unpin"))
        self.save_button.setText(self.tr("Save note"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.editor.setPlaceholderText(self.tr("A short note for your team about this article"))
        names = {
            self.note_list: self.tr("Notes pinned to this article"),
            self.add_button: self.tr("Pin a note to this article"),
            self.edit_button: self.tr("Edit the selected note"),
            self.delete_button: self.tr("Unpin the selected note"),
            self.editor: self.tr("Note text"),
            self.save_button: self.tr("Save note"),
            self.cancel_button: self.tr("Cancel editing"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


MAX_COMMENT = 500


class FeedbackPanel(QWidget):
    """objectName ``articleFeedback``. Reset it with :meth:`reset` for each article."""

    # helpful, reason (FeedbackReason or None), comment
    submitted = Signal(bool, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleFeedback")
        self.question = QLabel()
        self.yes_button = named(QPushButton(), "feedbackYes")
        self.no_button = named(QPushButton(), "feedbackNo")
        self.reason = named(QComboBox(), "feedbackReason")
        self.comment = named(QLineEdit(), "feedbackComment")
        self.comment.setMaxLength(MAX_COMMENT)
        self.send_button = named(QPushButton(), "feedbackSend")
        self.thanks = named(QLabel(), "feedbackThanks")
        for reason in FeedbackReason:
            self.reason.addItem("", reason.value)
        self._build_layout()
        self.yes_button.clicked.connect(lambda: self._submit(True))
        self.no_button.clicked.connect(self._ask_why)
        self.send_button.clicked.connect(lambda: self._submit(False))
        self.comment.returnPressed.connect(lambda: self._submit(False))
        self.retranslate_ui()
        self.reset()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        row = QHBoxLayout()
        row.addWidget(self.question)
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.details = QWidget()
        details = QHBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.reason)
        details.addWidget(self.comment, 1)
        details.addWidget(self.send_button)
        layout.addWidget(self.details)
        layout.addWidget(self.thanks)

    def reset(self) -> None:
        """Ask the question again (a new article is shown)."""
        for widget in (self.question, self.yes_button, self.no_button):
            widget.setVisible(True)
        self.details.setVisible(False)
        self.thanks.setVisible(False)
        self.reason.setCurrentIndex(0)
        self.comment.clear()

    def _ask_why(self) -> None:
        self.details.setVisible(True)
        self.reason.setFocus()

    def _submit(self, helpful: bool) -> None:
        reason = None if helpful else FeedbackReason(self.reason.currentData())
        comment = "" if helpful else self.comment.text().strip()
        for widget in (self.question, self.yes_button, self.no_button, self.details):
            widget.setVisible(False)
        self.thanks.setVisible(True)
        self.submitted.emit(helpful, reason, comment)

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("Was this article helpful?"))
        self.yes_button.setText(self.tr("Yes"))
        self.no_button.setText(self.tr("No"))
        self.send_button.setText(self.tr("Send"))
        self.comment.setPlaceholderText(self.tr("What was missing? (optional)"))
        self.thanks.setText(self.tr("Thank you for your feedback."))
        labels = {
            FeedbackReason.MISSING_INFORMATION: self.tr("Missing information"),
            FeedbackReason.INACCURATE: self.tr("Inaccurate"),
            FeedbackReason.HARD_TO_UNDERSTAND: self.tr("Hard to understand"),
            FeedbackReason.BROKEN_LINK: self.tr("Broken link"),
        }
        for row in range(self.reason.count()):
            self.reason.setItemText(row, labels[FeedbackReason(self.reason.itemData(row))])
        names = {
            self.yes_button: self.tr("Yes, this article was helpful"),
            self.no_button: self.tr("No, this article was not helpful"),
            self.reason: self.tr("Why was it not helpful?"),
            self.comment: self.tr("Comment"),
            self.send_button: self.tr("Send feedback"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
