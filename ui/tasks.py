"""The task runner: database work on one worker, network on a pool, results on the GUI.

The core is synchronous. Views never call it directly for anything that may block:
they hand a function to the runner with callbacks, and the runner calls back on the
GUI thread. ``run_db`` serialises every database write on a single worker (one writer
at a time); ``run_net`` uses a small pool for HTTP. Known errors go to ``on_error``
(or the default known-error handler); anything else is a bug and goes to the crash
handler. Tests use :class:`SyncTaskRunner`, which runs everything at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from desktop.errors import KnownError

log = logging.getLogger(__name__)

T = TypeVar("T")
OnDone = Callable[[Any], None]
OnError = Callable[[KnownError], None]


class TaskRunnerProtocol(Protocol):
    def run_db(
        self, fn: Callable[[], T], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None: ...

    def run_net(
        self, fn: Callable[[], T], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None: ...

    def shutdown(self) -> None: ...


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from workers are queued to it."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._call)

    @Slot(object)
    def _call(self, thunk: Callable[[], None]) -> None:
        thunk()


class TaskRunner:
    """Runs core functions off the GUI thread and calls back on it."""

    def __init__(
        self,
        on_known_error: OnError,
        on_bug: Callable[[BaseException], None],
        network_workers: int = 4,
    ) -> None:
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._net = ThreadPoolExecutor(max_workers=network_workers, thread_name_prefix="net")
        self._relay = _Relay()
        self._on_known_error = on_known_error
        self._on_bug = on_bug
        self._closed = False

    def run_db(
        self, fn: Callable[[], T], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        self._submit(self._db, fn, on_done, on_error)

    def run_net(
        self, fn: Callable[[], T], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        self._submit(self._net, fn, on_done, on_error)

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        fn: Callable[[], T],
        on_done: OnDone | None,
        on_error: OnError | None,
    ) -> None:
        if self._closed:
            log.debug("task dropped: runner is shut down")
            return
        future = pool.submit(fn)
        future.add_done_callback(
            lambda f: self._relay.deliver.emit(self._thunk(f, on_done, on_error))
        )

    def _thunk(
        self, future: Future[Any], on_done: OnDone | None, on_error: OnError | None
    ) -> Callable[[], None]:
        def deliver() -> None:
            if self._closed:
                return
            error = future.exception()
            if error is None:
                if on_done is not None:
                    on_done(future.result())
            elif isinstance(error, KnownError):
                (on_error or self._on_known_error)(error)
            else:
                self._on_bug(error)

        return deliver

    def shutdown(self) -> None:
        """Wait for running tasks, drop queued ones, stop delivering results."""
        self._closed = True
        self._db.shutdown(wait=True, cancel_futures=True)
        self._net.shutdown(wait=True, cancel_futures=True)


class SyncTaskRunner:
    """Runs each task at once on the calling thread: for tests only."""

    def __init__(self, on_known_error: OnError | None = None) -> None:
        self.known_errors: list[KnownError] = []
        self._on_known_error = on_known_error or self.known_errors.append

    def run_db(
        self, fn: Callable[[], T], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        self._run(fn, on_done, on_error)

    def run_net(
        self, fn: Callable[[], T], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        self._run(fn, on_done, on_error)

    def _run(self, fn: Callable[[], T], on_done: OnDone | None, on_error: OnError | None) -> None:
        try:
            result = fn()
        except KnownError as error:
            (on_error or self._on_known_error)(error)
            return
        if on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        pass
