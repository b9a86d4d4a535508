"""Runs the core's sync engine off the GUI thread and reports to the window.

It implements the inbox service's ``SyncPort``: every method returns at once and only
schedules work. All engine work (pulls, sends, tag pushes) is serialised by one lock,
so the outbox is never flushed by two threads at once, while the GUI thread never
waits on the network. Periodic syncs follow the interval setting; after a failure the
next try comes sooner (``RETRY_AFTER``) and the window shows why.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.domain import Change, utcnow
from desktop.errors import KnownError
from desktop.sync import OutboxReport, SyncSummary
from ui.tasks import TaskRunnerProtocol

log = logging.getLogger(__name__)

RETRY_AFTER_MS = 30_000


class EngineLike(Protocol):
    def sync_once(
        self, progress: Callable[[int, int | None], None] | None = None, *, full: bool = False
    ) -> SyncSummary: ...

    def push_no_reply_needed(self, conversation_id: str, value: bool) -> None: ...

    def push_read(
        self, conversation_id: str, message_ids: Sequence[str], read: bool = ...
    ) -> None: ...

    @property
    def outbox(self) -> Any: ...


class SyncController(QObject):
    """The GUI's handle on the sync engine (a ``SyncPort``)."""

    started = Signal()
    progress = Signal(int, object)  # done, total or None
    finished = Signal(object, object)  # SyncSummary, datetime
    failed = Signal(object)  # KnownError
    changed = Signal(object)  # Change
    _requested = Signal()

    def __init__(
        self, engine: EngineLike, runner: TaskRunnerProtocol, interval_seconds: int
    ) -> None:
        super().__init__()
        self._engine = engine
        self._runner = runner
        self._lock = threading.Lock()
        self._running = False
        self._again = False
        self.last_sync: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_seconds * 1000)
        self._timer.timeout.connect(self.sync_now)
        self._requested.connect(self.sync_now)

    def start(self) -> None:
        """Sync now, then every interval."""
        self._timer.start()
        self.sync_now()

    def stop(self) -> None:
        self._timer.stop()

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)

    # -- SyncPort -------------------------------------------------------------------------

    def request_sync(self) -> None:
        self._requested.emit()  # queued to the GUI thread if called from elsewhere

    def push_no_reply_needed(self, conversation_id: str, value: bool) -> None:
        self._submit(lambda: self._engine.push_no_reply_needed(conversation_id, value))

    def push_read(self, conversation_id: str, message_ids: Sequence[str]) -> None:
        ids = list(message_ids)
        self._submit(lambda: self._engine.push_read(conversation_id, ids))

    def push_unread(self, conversation_id: str, message_ids: Sequence[str]) -> None:
        ids = list(message_ids)
        self._submit(lambda: self._engine.push_read(conversation_id, ids, read=False))

    def flush_outbox(self) -> None:
        def flush() -> OutboxReport:
            report: OutboxReport = self._engine.outbox.flush()
            return report

        self._submit(flush, self._after_flush)

    # -- internals ------------------------------------------------------------------------

    def _submit(
        self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None
    ) -> None:
        def locked() -> Any:
            with self._lock:
                return work()

        self._runner.run_net(locked, on_done, self._on_error)

    @Slot()
    def sync_now(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self.started.emit()

        def run() -> SyncSummary:
            with self._lock:
                return self._engine.sync_once(progress=self.progress.emit)

        self._runner.run_net(run, self._sync_done, self._sync_failed)

    def _sync_done(self, summary: SyncSummary) -> None:
        self._running = False
        self.last_sync = utcnow()
        self.finished.emit(summary, self.last_sync)
        if summary.changed or summary.outbox.sent:
            self.changed.emit(summary.change())
        if self._again:
            self._again = False
            self.sync_now()

    def _sync_failed(self, error: KnownError) -> None:
        self._running = False
        self._again = False
        log.warning("sync failed: %s", error.code)
        self.failed.emit(error)
        QTimer.singleShot(min(RETRY_AFTER_MS, self._timer.interval()), self.sync_now)

    def _after_flush(self, report: OutboxReport) -> None:
        if report.conversations:
            self.changed.emit(Change(conversations=frozenset(report.conversations), outbox=True))

    def _on_error(self, error: KnownError) -> None:
        log.warning("background Booking.com call failed: %s", error.code)
        self.failed.emit(error)
