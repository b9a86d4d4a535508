"""Long history jobs (exports) on the task runner, with a progress dialog and Cancel.

The job runs on the database worker and reports ``progress(done, total)`` from there;
a signal carries it to the GUI thread, where the :class:`QProgressDialog` shows it.
Cancel sets the job's :class:`~desktop.history.CancelToken`, which the core checks
between rows. The window never waits: it stays responsive the whole time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import KnownError
from desktop.history import CancelToken
from ui.tasks import TaskRunnerProtocol

Job = Callable[[Callable[[int, int], None], CancelToken], Any]


class ProgressTask(QObject):
    """One running job and its dialog; ``finished`` carries its result (or None)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunnerProtocol,
        parent: QWidget,
        label: str,
        cancel_text: str,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.token = CancelToken()
        self.dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        self.dialog.setObjectName("historyProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setAccessibleName(label)
        self.dialog.canceled.connect(self.token.cancel)
        self.progressed.connect(self._show_progress)

    def start(self, job: Job) -> None:
        self._runner.run_db(
            lambda: job(self.progressed.emit, self.token),
            on_done=self._done,
            on_error=self._error,
        )

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _done(self, result: Any) -> None:
        self.dialog.close()
        self.finished.emit(result)
        self.deleteLater()

    def _error(self, error: KnownError) -> None:
        self.dialog.close()
        self.failed.emit(error)
        self.deleteLater()
