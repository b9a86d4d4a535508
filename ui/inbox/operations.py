"""The inbox's operations on the open conversation, run through the task runner.

Each one calls :class:`~desktop.services.inbox.InboxService` on the database worker
with the window as ``origin``; the resulting :class:`~desktop.domain.Change` comes back
through :attr:`ConversationOperations.changed` for the window to refresh only that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from desktop.domain import Change
from ui.tasks import TaskRunnerProtocol

if TYPE_CHECKING:
    from desktop.services.inbox import InboxService

if TYPE_CHECKING:
    from ui.inbox.window import InboxWindow


class ConversationOperations(QObject):
    """No reply needed, read / unread, notes, the extranet and "sync now"."""

    changed = Signal(object)
    message = Signal(str)

    def __init__(
        self, window: InboxWindow, runner: TaskRunnerProtocol, service: InboxService | None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._service = service

    def attach(self, runner: TaskRunnerProtocol, service: InboxService) -> None:
        """The service arrived (start-up shows the window before the store is open)."""
        self._runner, self._service = runner, service

    def _target(self) -> tuple[str, InboxService] | None:
        cid, service = self._window.current_conversation_id, self._service
        return (cid, service) if cid is not None and service is not None else None

    def _run(self, operation: Callable[[], Change], done: str = "") -> None:
        self._runner.run_db(
            operation,
            lambda change: self._done(change, done),
            lambda error: self._window.prompts.known_error(error),
        )

    def _done(self, change: Change, done: str) -> None:
        self.changed.emit(change)
        if done:
            self.message.emit(done)

    def set_no_reply_needed(self, value: bool) -> None:
        if (target := self._target()) is None:
            return
        cid, service = target
        window = self._window
        done = self.tr("Marked as needing no reply.") if value else self.tr("Needs a reply again.")
        self._run(lambda: service.set_no_reply_needed(cid, value, window), done)

    def mark_read(self) -> None:
        if (target := self._target()) is None:
            return
        cid, service = target
        window = self._window
        window.stop_mark_read_timer()
        self._run(lambda: service.mark_read(cid, window))

    def mark_unread(self) -> None:
        if (target := self._target()) is None:
            return
        cid, service = target
        window = self._window
        window.stop_mark_read_timer()
        self._run(lambda: service.mark_unread(cid, window), self.tr("Marked as unread."))

    def mark_read_if_unread(self) -> None:
        """Mark the open conversation read if its thread (as shown) has unread messages."""
        loaded = self._window.thread_view.loaded
        conversation = loaded.data.conversation if loaded is not None else None
        if (
            conversation is None
            or conversation.conversation_id != self._window.current_conversation_id
        ):
            return
        if conversation.unread_count:
            self.mark_read()

    def add_note(self) -> None:
        if (target := self._target()) is None:
            return
        cid, service = target
        note = self._window.prompts.ask_note()
        if note is None or not note.text.strip():
            return
        window, text, next_shift = self._window, note.text, note.for_next_shift
        self._run(
            lambda: service.add_note(cid, text, for_next_shift=next_shift, origin=window),
            self.tr("Internal note added."),
        )

    def open_extranet(self) -> None:
        """The reservation in the extranet (the extranet's start page without one)."""
        loaded = self._window.thread_view.loaded
        if loaded is not None:
            self._window.url_opener(QUrl(loaded.data.extranet_url))
        elif self._service is not None:
            self._window.url_opener(QUrl(self._service.extranet_url()))

    def sync_now(self) -> None:
        if self._service is not None:
            self._service.request_sync()
            self.message.emit(self.tr("Sync requested."))
