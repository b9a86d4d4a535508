"""The composer: the reply being written, saved as a draft of ITS conversation.

Drafts are saved as the person types: at once on the first key (that moment is the
draft's ``started_at``), then 500 ms after the last key, and immediately when the
conversation changes or the window closes. Every save captures the conversation id
with the text at that moment, so switching threads can never move text to another
conversation; saves not yet confirmed by the database are kept in memory and win
over what the database returns, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain import Change
from desktop.errors import KnownError
from desktop.services.model import SendCheck, SendRefusedError
from desktop.services.templates import RenderedTemplate, Template
from ui.inbox.composer_form import ComposerForm
from ui.inbox.dialogs import Prompts
from ui.inbox.thread_view import LoadedThread
from ui.tasks import TaskRunnerProtocol

if TYPE_CHECKING:
    from desktop.services.inbox import InboxService

SAVE_DELAY_MS = 500
Snapshot = tuple[str, tuple[str, ...]]


def ui_language() -> str:
    return QLocale().name().split("_")[0] or "en"


class ComposerPanel(ComposerForm):
    """Reply editor, templates, photos and the send button of the current conversation."""

    sent = Signal(object)
    drafts_changed = Signal(object)
    status_message = Signal(str)

    def __init__(
        self,
        runner: TaskRunnerProtocol,
        service: InboxService | None,
        prompts: Callable[[], Prompts],
        origin: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._prompts = prompts
        self._origin = origin
        self._cid: str | None = None
        self._attachments: list[str] = []
        self._loading = False
        self._has_draft = False
        self._sending = False
        self._pending: dict[str, Snapshot] = {}
        self._loaded: LoadedThread | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._text_changed)
        self.attach_button.clicked.connect(self.choose_attachments)
        self.remove_attachment.clicked.connect(self._remove_selected_attachment)
        self.send_button.clicked.connect(self.send)
        for shortcut in self.send_shortcuts:
            shortcut.activated.connect(self.send)
        self._update_state()
        self.retranslate_ui()

    def attach(self, runner: TaskRunnerProtocol, service: InboxService) -> None:
        """The service arrived (start-up shows the window before the store is open)."""
        self._runner, self._service = runner, service
        self._update_state()

    # ------------------------------------------------------------------ conversation

    @property
    def conversation_id(self) -> str | None:
        return self._cid

    @property
    def attachments(self) -> tuple[str, ...]:
        return tuple(self._attachments)

    def set_conversation(self, conversation_id: str | None) -> None:
        """Save the current draft under its own conversation, then load the other's."""
        if conversation_id == self._cid:
            return
        self.flush()
        self._cid = conversation_id
        self._loaded = None
        text, paths = "", tuple[str, ...]()
        self._has_draft = False
        if conversation_id is not None and self._service is not None:
            pending = self._pending.get(conversation_id)
            draft = None if pending else self._service.get_draft(conversation_id)
            if pending is not None:
                text, paths = pending
            elif draft is not None:
                text, paths = draft.content, draft.attachment_paths
            self._has_draft = pending is not None or draft is not None
        self._loading = True
        try:
            self.editor.setPlainText(text)
            self._attachments = list(paths)
            self.show_attachments(self._attachments)
        finally:
            self._loading = False
        self.templates_menu.clear()
        self.draft_label.clear()
        self._update_state()

    def set_thread(self, loaded: LoadedThread) -> None:
        """The loaded thread of the current conversation: language, templates, notices."""
        if loaded.data.conversation.conversation_id != self._cid:
            return
        self._loaded = loaded
        self.templates_menu.clear()
        for template in loaded.templates:
            action = self.templates_menu.addAction(template.name)
            action.triggered.connect(lambda _=False, t=template: self.insert_template(t))
        self._update_state()

    def _update_state(self) -> None:
        active = self._cid is not None and self._service is not None
        self.editor.setEnabled(active)
        self.attach_button.setEnabled(active)
        self.templates_button.setEnabled(active and bool(self.templates_menu.actions()))
        has_content = bool(self.editor.toPlainText().strip() or self._attachments)
        self.send_button.setEnabled(active and has_content and not self._sending)
        self.editor.setReadOnly(self._sending)
        self.show_thread_info(self._loaded.data if self._loaded else None)
        self.show_lint()

    # ------------------------------------------------------------------ drafts

    def _text_changed(self) -> None:
        if self._loading:
            return
        self._update_state()
        if self._cid is None:
            return
        if not self._has_draft:
            self.flush()  # the first key: the draft begins now
        else:
            self._save_timer.start()

    def _snapshot(self) -> Snapshot:
        return self.editor.toPlainText(), tuple(self._attachments)

    def flush(self) -> None:
        """Save the current text now (through the database worker)."""
        self._save_timer.stop()
        cid, service = self._cid, self._service
        if cid is None or service is None:
            return
        snapshot = self._snapshot()
        text, paths = snapshot
        if not self._has_draft and not text.strip() and not paths:
            return
        self._pending[cid] = snapshot
        had_draft, self._has_draft = self._has_draft, bool(text.strip() or paths)
        begins_or_ends = had_draft != self._has_draft
        self.draft_label.setText(self.tr("Saving…"))
        self._runner.run_db(
            lambda: service.save_draft(cid, text, paths, self._origin),
            lambda change: self._saved(cid, snapshot, change, begins_or_ends),
            lambda error: self._save_failed(cid, error),
        )

    def _saved(self, cid: str, snapshot: Snapshot, change: Change, begins_or_ends: bool) -> None:
        if self._pending.get(cid) == snapshot:
            del self._pending[cid]
        if cid == self._cid:
            self.draft_label.setText(self.tr("Draft saved") if snapshot[0].strip() else "")
        if begins_or_ends:  # the Drafts folder gains or loses one; not on every key
            self.drafts_changed.emit(change)

    def _save_failed(self, cid: str, error: KnownError) -> None:
        if cid == self._cid:
            self.draft_label.setText(self.tr("Draft not saved yet"))
        self.status_message.emit(
            self.tr("The draft could not be saved; it is kept until it can be. {reason}").format(
                reason=error.one_line()
            )
        )

    def flush_now(self) -> None:
        """Save every unsaved draft synchronously (the window is closing)."""
        if self._service is None:
            return
        self._save_timer.stop()
        if self._cid is not None:
            self._pending[self._cid] = self._snapshot()
        for cid, (text, paths) in list(self._pending.items()):
            if text.strip() or paths or self._service.get_draft(cid) is not None:
                self._service.save_draft(cid, text, paths, self._origin)
            del self._pending[cid]

    # ------------------------------------------------------------------ templates, photos

    def insert_template(self, template: Template) -> None:
        cid, service = self._cid, self._service
        if cid is None or service is None:
            return
        self._runner.run_db(
            lambda: service.render_template(cid, template.text),
            lambda rendered: self._insert_rendered(cid, rendered),
        )

    def _insert_rendered(self, cid: str, rendered: RenderedTemplate) -> None:
        if cid != self._cid:
            return
        self.editor.insertPlainText(rendered.text)
        self.editor.setFocus()

    def choose_attachments(self) -> None:
        self.add_attachments(self._prompts().choose_attachments())

    def add_attachments(self, paths: Sequence[str]) -> None:
        """Add photos, refusing at once what Booking.com would refuse."""
        if self._service is None or self._cid is None:
            return
        refused = []
        for path in paths:
            issue = self._service.check_attachment(path)
            if issue is not None:
                refused.append(issue)
            elif path not in self._attachments:
                self._attachments.append(path)
        if refused:
            self._prompts().refuse(refused)
        self._attachments_changed()

    def _remove_selected_attachment(self) -> None:
        row = self.attachment_list.currentRow()
        if 0 <= row < len(self._attachments):
            del self._attachments[row]
            self._attachments_changed()

    def _attachments_changed(self) -> None:
        self.show_attachments(self._attachments)
        self._update_state()
        self.flush()

    # ------------------------------------------------------------------ sending

    def send(self) -> None:
        """Check, confirm if needed, then queue the reply in the outbox."""
        cid, service = self._cid, self._service
        if cid is None or service is None or self._sending:
            return
        self.flush()
        text, paths = self._snapshot()
        self._set_sending(True)
        self._runner.run_db(
            lambda: service.check_send(cid, text, paths),
            lambda check: self._checked(cid, text, paths, check),
            self._send_failed,
        )

    def _checked(self, cid: str, text: str, paths: tuple[str, ...], check: SendCheck) -> None:
        service = self._service
        assert service is not None
        timezone = self._loaded.data.timezone if self._loaded else "UTC"
        if check.refused:
            self._set_sending(False)
            self._prompts().refuse(check.refusals)
            return
        if check.needs_confirmation and not self._prompts().confirm_send(check, timezone):
            self._set_sending(False)
            if check.written_since or check.queued_since:
                self._runner.run_db(lambda: service.restart_draft(cid, self._origin))
            return
        self._runner.run_db(
            lambda: service.send(cid, text, paths, self._origin),
            lambda change: self._sent(cid, change),
            self._send_failed,
        )

    def _sent(self, cid: str, change: Change) -> None:
        self._set_sending(False)
        self._pending.pop(cid, None)
        if cid == self._cid:
            self._loading = True
            try:
                self.editor.clear()
                self._attachments = []
                self.show_attachments(self._attachments)
            finally:
                self._loading = False
            self._has_draft = False
            self.draft_label.setText(self.tr("Queued in the outbox"))
            self._update_state()
        self.sent.emit(change)

    def _send_failed(self, error: KnownError) -> None:
        self._set_sending(False)
        if isinstance(error, SendRefusedError):
            self._prompts().refuse(error.issues)
        else:
            self._prompts().known_error(error)

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self._update_state()
