"""The composer's widgets and what they show; :mod:`ui.inbox.composer` adds the behaviour."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Access, ConversationKind
from desktop.services.model import ThreadData
from desktop.services.templates import lint_text
from ui.inbox import texts
from ui.widgets import named


class ComposerForm(QWidget):
    """Guest language, templates and photo buttons, a notice, the editor, photos, lint, send."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerPanel")
        self._info: ThreadData | None = None
        self.language_label = named(QLabel(), "guestLanguage")
        self.templates_menu = QMenu(self)
        self.templates_button = named(QToolButton(), "templatesButton")
        self.templates_button.setMenu(self.templates_menu)
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.attach_button = named(QToolButton(), "attachButton")
        self.notice = named(QLabel(), "composerNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.editor = named(QPlainTextEdit(), "composer")
        self.editor.setTabChangesFocus(True)
        self.attachment_list = named(QListWidget(), "attachmentList")
        self.attachment_list.setMaximumHeight(64)
        self.attachment_list.setVisible(False)
        self.remove_attachment = named(QToolButton(), "removeAttachment")
        self.remove_attachment.setVisible(False)
        self.lint_label = named(QLabel(), "templateLint")
        self.lint_label.setWordWrap(True)
        self.lint_label.setVisible(False)
        self.draft_label = named(QLabel(), "draftState")
        self.send_button = named(QPushButton(), "sendButton")
        self.send_shortcuts = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            self.send_shortcuts.append(shortcut)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.language_label, 1)
        top.addWidget(self.templates_button)
        top.addWidget(self.attach_button)
        photos = QHBoxLayout()
        photos.addWidget(self.attachment_list, 1)
        photos.addWidget(self.remove_attachment, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.lint_label, 1)
        bottom.addWidget(self.draft_label)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.editor, 1)
        layout.addLayout(photos)
        layout.addLayout(bottom)

    def retranslate_ui(self) -> None:
        self.templates_button.setText(self.tr("Templates"))
        self.attach_button.setText(self.tr("Attach photo…"))
        self.remove_attachment.setText(self.tr("Remove"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.editor.setPlaceholderText(self.tr("Write a reply… (Ctrl+Enter sends)"))
        names = {
            self.templates_button: self.tr("Templates"),
            self.attach_button: self.tr("Attach photo"),
            self.remove_attachment: self.tr("Remove the selected photo"),
            self.editor: self.tr("Reply"),
            self.attachment_list: self.tr("Photos to send"),
            self.send_button: self.tr("Send"),
            self.language_label: self.tr("Guest's language"),
            self.lint_label: self.tr("Template check"),
            self.notice: self.tr("Reply notice"),
            self.draft_label: self.tr("Draft state"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.show_thread_info(self._info)
        self.show_lint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_thread_info(self, data: ThreadData | None) -> None:
        """The guest's language, and why a reply could not be sent, if it could not."""
        self._info = data
        if data is None:
            self.language_label.clear()
            self.notice.setVisible(False)
            return
        language = texts.language_name(data.language)
        self.language_label.setText(
            self.tr("Guest's language: {language}").format(language=language)
        )
        notice = ""
        if data.conversation.kind is ConversationKind.SUPPORT:
            notice = self.tr("Booking.com support cases are answered from the contact wizard.")
        elif data.conversation.access is Access.READ_ONLY:
            notice = self.tr("Read-only: Booking.com does not accept replies here.")
        elif data.window_closed:
            notice = self.tr("The messaging window is closed: this reply cannot be sent.")
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))

    def show_lint(self) -> None:
        """Template variables left in the text: to fill in, or unknown."""
        lint = lint_text(self.editor.toPlainText())
        parts = []
        if lint.unfilled:
            names = ", ".join("{" + n + "}" for n in lint.unfilled)
            parts.append(self.tr("To fill in: {names}").format(names=names))
        if lint.unknown:
            names = ", ".join("{" + n + "}" for n in lint.unknown)
            parts.append(self.tr("Unknown variables: {names}").format(names=names))
        self.lint_label.setText(" · ".join(parts))
        self.lint_label.setVisible(bool(parts))

    def show_attachments(self, paths: Sequence[str]) -> None:
        self.attachment_list.clear()
        self.attachment_list.addItems([Path(p).name for p in paths])
        self.attachment_list.setVisible(bool(paths))
        self.remove_attachment.setVisible(bool(paths))
