"""Start-up in two steps, so the inbox is on screen before the heavy parts load.

1. :meth:`Startup.begin` (light: Qt, the standard library, our plain modules): when the
   data folder holds a database at the expected schema, the inbox window opens at once
   with the first page of the start folder read by ``sqlite3``
   (:mod:`desktop.services.first_screen`). The list can be read and scrolled.
2. After that first paint, step 2's modules are imported on a thread (the window
   stays responsive), then :meth:`Startup.finish` runs on the GUI thread (at once when
   there is no first screen): the property profile, the keychain, the store
   (SQLAlchemy, a migration if one is due), the Booking.com client, the help centre,
   the wizard and the staff menu; the window gets its service
   (:meth:`InboxWindow.attach`) and the sync starts. Set-up and errors are handled
   here as they always were.

Step 2 imports about a second of modules on the 2-core desk PCs we measured; doing
it after the first paint is what makes the start feel instant (issue #8,
``cold_start`` in ``docs/benchmarks.md``).
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from desktop import paths
from desktop.services.first_screen import first_screen
from desktop.settings.declared import NOTIFICATIONS, Settings
from ui.about import AboutInfo
from ui.inbox.list_model import PAGE_SIZE
from ui.inbox.window import InboxWindow

if TYPE_CHECKING:
    from desktop.errors import KnownError
    from desktop.session import Session
    from ui.compose import RunningApp

log = logging.getLogger(__name__)

#: Rows read for the first screen: more than a maximised list shows.
FIRST_ROWS = 60
#: If the first screen is never painted (a minimised start), go on after this long.
STEP_TWO_AT_LATEST_MS = 1000
#: How soon a thread waiting for the GIL gets it (CPython's default is 5 ms): the GUI
#: thread shares the process with the database and sync workers.
SWITCH_INTERVAL_S = 0.001

#: What step 2 imports: loaded on a thread after the first paint (see ``_preload``).
HEAVY_MODULES = (
    "desktop.settings.profile",
    "desktop.credentials",
    "desktop.session",
    "ui.settings.setup",
    "ui.compose",
)

SessionOpener = Callable[[], "Session | None"]


def settle_runtime() -> None:
    """Once the app is built: short GIL hand-overs, and no full collections of it.

    ``gc.freeze()`` moves everything alive now (modules, classes, the window) out of
    the collector's reach, so a full collection later walks only what came since
    (measured: 79 ms pauses on the large profile without it).
    """
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gc.freeze()


class Startup(QObject):
    """Runs the two steps; ``running`` holds the app once :meth:`finish` built it.

    ``gave_up`` carries the exit code when there is nothing to run: 0 when set-up was
    cancelled, 1 after an error was explained (``ui.app.run`` quits with it).

    Args:
        open_session: Opens the session (store, client, sync engine) or returns None
            when set-up is needed; it runs in step 2, so it may import the heavy parts.
        after_build: Called with the running app (the smoke test, the benchmarks).
    """

    gave_up = Signal(int)
    _preloaded = Signal()

    def __init__(
        self,
        data: paths.DataPaths,
        settings: Settings,
        language: str,
        *,
        sandbox: bool,
        open_session: SessionOpener,
        after_build: Callable[[RunningApp], None] | None = None,
    ) -> None:
        super().__init__()
        self._data = data
        self._settings = settings
        self._language = language
        self._sandbox = sandbox
        self._open_session = open_session
        self._after_build = after_build
        self._finishing = False
        self._preloading = False
        self.window: InboxWindow | None = None
        self.running: RunningApp | None = None

    def begin(self) -> None:
        """Show the first screen if there is one, then finish after its first paint."""
        screen = first_screen(self._data.database, page_size=PAGE_SIZE, rows=FIRST_ROWS)
        if screen is None:
            QTimer.singleShot(0, self, self.finish)
            return
        about = AboutInfo(data_folder=str(self._data.root), keychain="", profile="")
        window = InboxWindow(
            about, sandbox=self._sandbox, notifications=self._settings.get(NOTIFICATIONS)
        )
        window.show_first_screen(screen)
        window.conversation_list.viewport().installEventFilter(self)
        self.window = window
        window.show()
        QTimer.singleShot(STEP_TWO_AT_LATEST_MS, self, self._preload)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._preload)
        return False

    def _preload(self) -> None:
        """Import step 2's modules on a thread, so the first screen stays responsive.

        Imports run Python code and hold the GIL most of the time, but the GUI thread
        gets it back within :data:`SWITCH_INTERVAL_S` whenever it has an event to
        handle. :meth:`finish` runs on the GUI thread once they are in.
        """
        if self._preloading:
            return
        self._preloading = True
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._preloaded.connect(self.finish, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._import_heavy, name="frontdesk-preload", daemon=True).start()

    def _import_heavy(self) -> None:
        try:
            for name in HEAVY_MODULES:
                importlib.import_module(name)
        except Exception:  # finish imports them again and reports what fails
            log.exception("preloading the application's modules failed")
        finally:
            self._preloaded.emit()

    def finish(self) -> None:
        """Step 2: open the session (or run set-up), build the app, start syncing."""
        if self._finishing:
            return
        self._finishing = True
        from desktop.errors import KnownError
        from ui.crash import show_known_error

        try:
            session = self._open_session()
        except KnownError as error:
            self._give_up(show_known_error, error, 1)
            return
        if session is None:
            self._give_up(None, None, 0)  # set-up was cancelled: nothing to show yet
            return
        self._build(session)

    def _build(self, session: Session) -> None:
        from ui.app import about_info
        from ui.compose import build

        about = about_info(self._data, session.secrets, session.profile)
        running = build(session, self._settings, about, self._language, window=self.window)
        self.running = running
        if self.window is None:
            running.window.show()
        # The first sync starts once the start-up work already queued on the database
        # worker is done (the list's first page, the help library's re-index): started
        # together, their threads and the sync's kept the GUI thread from the GIL for up
        # to 200 ms (measured in the sync benchmark's first second).
        running.runner.run_db(lambda: None, lambda _: running.controller.start())
        settle_runtime()
        if self._after_build is not None:
            self._after_build(running)

    def _give_up(
        self,
        explain: Callable[[KnownError], object] | None,
        error: KnownError | None,
        code: int,
    ) -> None:
        if self.window is not None:
            self.window.hide()
        if explain is not None and error is not None:
            explain(error)
        self.gave_up.emit(code)

    def close(self) -> None:
        """Stop syncing and release the store (after the event loop)."""
        if self.running is not None:
            self.running.close()
