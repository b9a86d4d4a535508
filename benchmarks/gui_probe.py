"""The GUI side of the benchmarks: one fresh process per measurement, offscreen.

Each mode prints one JSON object on its last stdout line. Times named ``*_at`` are
``time.monotonic()`` values (one clock for every process on Linux), so the harness,
which notes ``time.monotonic()`` just before starting the process, gets "from process
start" figures by subtraction.

Modes::

    gui_probe.py bare                        a bare PySide6 window: first paint
    gui_probe.py app --data DIR --server J   the app on DIR: first paint of the populated
                                             conversation list
    gui_probe.py session --data DIR ...      the app on DIR, then: scroll the
                                             whole "All" list, open long threads, search;
                                             GUI-thread stalls, timings, peak RSS
    gui_probe.py sync --sandbox JSON ...     the app on an empty data folder while its
                                             first sync from the sandbox runs in the
                                             background; a 1 ms QTimer on the GUI thread

The app is put together as ``ui.app.run`` does it (see :class:`Inbox`).
"""

from __future__ import annotations

import time

PROCESS_MAIN_AT = time.monotonic()

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def emit(result: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


# ---------------------------------------------------------------------- bare window


def bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    imported_at = time.monotonic()
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    label = QLabel("Hello")
    window.setCentralWidget(label)
    window.resize(1280, 800)
    marks: dict[str, Any] = {"main_at": PROCESS_MAIN_AT, "imported_at": imported_at}

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint_at" not in marks:
                marks["paint_at"] = time.monotonic()
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        marks["painted_at"] = time.monotonic()
        marks["peak_rss_mb"] = peak_rss_mb()
        app.quit()

    watch = Watch()
    label.installEventFilter(watch)
    window.show()
    marks["shown_at"] = time.monotonic()
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    emit(marks)
    return 0 if "painted_at" in marks else 1


# ---------------------------------------------------------------------- the inbox window


class Inbox:
    """The running app on a data folder, started as the ``frontdesk`` command starts it.

    Same steps and the same code: ``ui.main``'s imports and argument parsing, then as
    ``ui.app.run`` (:class:`ui.startup.Startup`): data folder, logs, QApplication,
    settings, language, translations, style, crash hook; then the first screen read
    from the database file and shown; then, after its first paint, the session
    (``open_account_session``: store, Booking.com client, sync engine) and
    ``ui.compose.build`` (task runner, sync controller, inbox service, docked help),
    the window given its service and the first sync queued. Only the
    credentials differ: kept in memory, as the sandbox mode keeps them (no keychain
    here), with a profile naming the given properties and URLs (the sandbox's; or a
    closed local port, so the sync the app starts with fails at once, as on a desk
    whose network is down: see ``benchmarks.bench_gui.OFFLINE``).
    """

    def __init__(self, data_dir: str, marks: dict[str, Any], server: dict[str, Any]) -> None:
        from desktop import logs
        from desktop.settings.declared import COLOR_SCHEME, LANGUAGE, Settings
        from ui import app as ui_app
        from ui import main as entry
        from ui.crash import install_excepthook
        from ui.i18n import choose_language, install_translators
        from ui.startup import Startup
        from ui.style import apply_style

        marks["imported_at"] = time.monotonic()
        marks["imports_cpu_ms"] = round(time.process_time() * 1000, 1)
        self.marks = marks
        # The ``frontdesk`` command's own imports and argument parsing, then its run.
        parsed = entry.gui_parser().parse_args(["--data-dir", data_dir])
        options = ui_app.GuiOptions(data_dir=parsed.data_dir)
        data = ui_app.prepare_data(options)
        logs.configure(data.logs)
        self.app = ui_app.create_application()
        settings = Settings(data.settings_file)
        language = choose_language(options.language or settings.get(LANGUAGE))
        self.translators = install_translators(self.app, language)
        apply_style(self.app, settings.get(COLOR_SCHEME))
        install_excepthook()
        marks["qt_ready_at"] = time.monotonic()
        self.on_window: list[Any] = []
        self.on_built: list[Any] = []
        self.startup = Startup(
            data,
            settings,
            language,
            sandbox=False,
            open_session=lambda: self._open_session(data, server),
            after_build=self._built,
        )

    def _open_session(self, data: Any, server: dict[str, Any]) -> Any:
        """Step 2's session, with the credentials in memory (imports timed as the app's)."""
        from desktop.credentials import CredentialKind, Credentials, SecretStore
        from desktop.domain import Property
        from desktop.session import open_account_session
        from desktop.settings.profile import sandbox_profile

        properties = [
            Property(p["id"], p["name"], p["timezone"], p["has_access"])
            for p in server["properties"]
        ]
        profile = sandbox_profile(
            properties,
            server["base_url"],
            server["auth_url"],
            server.get("gateway_url", "") or server["base_url"],
        )
        secrets = SecretStore.session_only()
        secrets.save(
            profile.profile.id,
            Credentials(
                CredentialKind.TOKEN,
                server.get("client_id", "bench"),
                server.get("client_secret", "bench"),
            ),
        )
        session = open_account_session(data, profile, secrets)
        self.marks["store_open_at"] = time.monotonic()
        return session

    def _window_ready(self, window: Any) -> None:
        self.window = window
        self.model = window.list_model
        self.view = window.conversation_list
        marks = self.marks
        marks["window_built_at"] = time.monotonic()
        self.model.rowsInserted.connect(lambda *_: marks.setdefault("ids_at", time.monotonic()))
        self.model.dataChanged.connect(lambda *_: marks.setdefault("rows_at", time.monotonic()))
        for callback in self.on_window:
            callback()

    def _built(self, running: Any) -> None:
        from desktop.domain import Actor
        from desktop.services.inbox import InboxService

        self.running = running
        self.session = running.session
        self.store = self.session.store
        self.controller = running.controller
        # For the direct (worker-side) timings: the same kind of service the window has.
        desk = Actor(name="reception")
        self.service = InboxService(self.store, self.session.profile, lambda: desk)
        self.marks["built_at"] = time.monotonic()
        if not hasattr(self, "window"):
            self._window_ready(running.window)
        for callback in self.on_built:
            callback()

    def show(self) -> None:
        """As ``ui.app.run``: the first screen now, the rest after its first paint."""
        self.startup.begin()
        self.marks["shown_at"] = time.monotonic()
        if self.startup.window is not None:
            self._window_ready(self.startup.window)

    def built(self) -> bool:
        return hasattr(self, "running")

    def populated(self) -> bool:
        if not hasattr(self, "model"):
            return False
        model = self.model
        first = model.conversation_id(0)
        return first is not None and model.cached_row(first) is not None


def watch_first_populated_paint(inbox: Inbox, then: Any) -> Any:
    from PySide6.QtCore import QEvent, QObject, QTimer

    marks = inbox.marks

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                marks.setdefault("first_paint_at", time.monotonic())
                if "populated_paint_at" not in marks and inbox.populated():
                    marks["populated_paint_at"] = time.monotonic()
                    QTimer.singleShot(0, after)
            return False

    def after() -> None:
        marks["populated_painted_at"] = time.monotonic()
        marks["cpu_ms_at_paint"] = round(time.process_time() * 1000, 1)
        marks["imports_cpu_ms"] = marks.get("imports_cpu_ms")
        marks["rss_at_paint_mb"] = peak_rss_mb()
        then()

    holder: dict[str, Any] = {}

    def install() -> None:  # once the window exists (the first screen, or the built app)
        holder["watch"] = Watch()
        inbox.view.viewport().installEventFilter(holder["watch"])

    inbox.on_window.append(install)
    return holder


def app_mode(data_dir: str, server: dict[str, Any]) -> int:
    from PySide6.QtCore import QTimer

    marks: dict[str, Any] = {"main_at": PROCESS_MAIN_AT}
    inbox = Inbox(data_dir, marks, server)
    state = {"painted": False}
    heartbeat = Heartbeat()

    def painted() -> None:
        state["painted"] = True
        heartbeat.start()  # how responsive the first screen is while step 2 loads
        if inbox.built():
            inbox.app.quit()

    def built() -> None:
        if state["painted"]:
            marks["gaps_until_built_ms"] = heartbeat.stop()
            QTimer.singleShot(0, inbox.app.quit)

    # Measured: the first populated paint. Noted too: when the app is whole (service
    # attached, first sync queued) and the GUI thread's gaps until then; the process waits.
    inbox.on_built.append(built)
    watch = watch_first_populated_paint(inbox, painted)
    inbox.show()
    QTimer.singleShot(60_000, inbox.app.quit)
    inbox.app.exec()
    marks["rows"] = inbox.model.rowCount() if hasattr(inbox, "model") else 0
    del watch
    emit(marks)
    os._exit(0 if "populated_painted_at" in marks else 1)  # skip teardown: not measured


# ---------------------------------------------------------------------- heartbeat


class Heartbeat:
    """A 1 ms QTimer on the GUI thread; the gaps between its ticks are the stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks.clear()
        self.ticks.append(time.perf_counter())
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.ticks.append(time.perf_counter())
        ticks = self.ticks
        return [round((b - a) * 1000, 3) for a, b in itertools.pairwise(ticks)]


class GcWatch:
    """Durations of the garbage collector's runs (ms, by generation) while it watches."""

    def __init__(self) -> None:
        import gc

        self.pauses: dict[str, list[float]] = {"0": [], "1": [], "2": []}
        self._began = 0.0
        self._gc = gc
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            elapsed = (time.perf_counter() - self._began) * 1000
            self.pauses[str(info["generation"])].append(round(elapsed, 3))

    def stop(self) -> None:
        self._gc.callbacks.remove(self._callback)


def wait_until(app: Any, condition: Any, timeout: float) -> bool:
    """Run the event loop until ``condition()`` holds, sleeping while there is nothing to do.

    As the app's own ``exec()`` does: polling with ``processEvents`` would keep the GUI
    thread busy (a core and the GIL) while the workers do what is being measured. Every
    condition here changes when an event is handled; a 20 ms timer bounds the wait.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    wake = QTimer()
    wake.setInterval(20)
    wake.start()
    try:
        while not condition():
            if time.monotonic() > deadline:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake.stop()
    return True


# ---------------------------------------------------------------------- session


def session_mode(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from PySide6.QtCore import Qt, QTimer

    from desktop.services.model import InboxFolder
    from ui.inbox.composer import ui_language
    from ui.inbox.thread_view import load_thread

    marks: dict[str, Any] = {"main_at": PROCESS_MAIN_AT}
    inbox = Inbox(args.data, marks, json.loads(args.server))
    app = inbox.app
    watch = watch_first_populated_paint(inbox, lambda: None)
    inbox.show()
    result: dict[str, Any] = {}
    if not wait_until(app, lambda: "populated_painted_at" in marks and inbox.built(), 60):
        emit({"error": "the list was never painted with data", **marks})
        os._exit(1)
    del watch
    window, model, view = inbox.window, inbox.model, inbox.view

    # -- scroll the whole "All" list, page by page, painting each page
    window.folder_pane.select_folder(InboxFolder.ALL)
    wait_until(app, lambda: model.rowCount() > 0 and inbox.populated(), 60)
    bar = view.verticalScrollBar()
    heartbeat = Heartbeat()
    steps: list[float] = []
    state = {"done": False}
    started = time.perf_counter()
    deadline = time.monotonic() + args.scroll_timeout

    def step() -> None:
        if state["done"]:
            return
        if time.monotonic() > deadline:
            state["done"] = True
            driver.stop()
            return
        if bar.value() < bar.maximum():
            t0 = time.perf_counter()
            bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep() * args.pages_per_step))
            view.viewport().repaint()
            steps.append((time.perf_counter() - t0) * 1000)
        elif model.rowCount() >= args.expect and not model.canFetchMore():
            state["done"] = True
            driver.stop()

    # One page per frame (60 Hz), as fast as a person drags the scroll bar; a slow
    # page delays the next one (a timer never queues twice).
    driver = QTimer()
    driver.setTimerType(Qt.TimerType.PreciseTimer)
    driver.setInterval(args.frame_ms)
    driver.timeout.connect(step)
    collections = GcWatch()
    heartbeat.start()
    driver.start()
    wait_until(app, lambda: state["done"], args.scroll_timeout + 5)
    gaps = heartbeat.stop()
    collections.stop()
    result["scroll"] = {
        "rows": model.rowCount(),
        "expected_rows": args.expect,
        "seconds": round(time.perf_counter() - started, 2),
        "steps": len(steps),
        "step_ms": [round(s, 3) for s in steps],
        "gaps_ms": gaps,
        "row_height_px": view.verticalHeader().defaultSectionSize(),
        "viewport_px": view.viewport().height(),
        "gc_pauses_ms": collections.pauses,
    }
    result["rss_after_scroll_mb"] = peak_rss_mb()

    # -- open the long threads: the window's own path, then its two halves
    service = inbox.service
    language = ui_language()
    opened: list[float] = []
    loads: list[float] = []
    renders: list[float] = []
    for cid in args.threads * args.thread_repeat:
        window.show_conversation(None)
        t0 = time.perf_counter()
        window.show_conversation(cid)
        window.stop_mark_read_timer()  # benchmarks never write to the cached database
        ok = wait_until(app, lambda c=cid: window.thread_view.conversation_id == c, 10)
        window.thread_view.viewport().repaint()
        if ok:
            opened.append((time.perf_counter() - t0) * 1000)
        t1 = time.perf_counter()
        loaded = load_thread(service, cid, language)
        t2 = time.perf_counter()
        assert loaded is not None
        window.thread_view.show_thread(loaded, ())
        window.thread_view.viewport().repaint()
        t3 = time.perf_counter()
        loads.append((t2 - t1) * 1000)
        renders.append((t3 - t2) * 1000)
        messages = len(loaded.data.messages)
    result["threads"] = {
        "opened_ms": opened,
        "load_ms": loads,
        "render_ms": renders,
        "messages": messages if args.threads else 0,
    }

    # -- a few searches through the list (the inbox's search path)
    searches: list[float] = []
    for text in args.search:
        t0 = time.perf_counter()
        model.set_query(replace(model.query, search=text))
        wait_until(app, lambda: model.rowCount() > 0 and inbox.populated(), 30)
        view.viewport().repaint()
        searches.append((time.perf_counter() - t0) * 1000)
    result["searches_ms"] = searches
    result["peak_rss_mb"] = peak_rss_mb()
    result["marks"] = marks
    emit(result)
    os._exit(0)


# ---------------------------------------------------------------------- sync


def sync_mode(args: argparse.Namespace) -> int:
    import tempfile

    folder = tempfile.mkdtemp(prefix="frontdesk-bench-sync-")
    marks: dict[str, Any] = {"main_at": PROCESS_MAIN_AT}
    inbox = Inbox(folder, marks, json.loads(args.sandbox))
    app = inbox.app
    outcome: dict[str, Any] = {}
    heartbeat = Heartbeat()
    started: list[float] = []
    watches: list[GcWatch] = []

    def listen() -> None:
        # The app is built and its first sync is queued behind the start-up work on the
        # database worker (it starts within ~100 ms): the heartbeat covers the sync and
        # that work, not the build before it (no first screen on an empty folder, so the
        # build runs at once, as on a desk's first run).
        controller = inbox.controller
        controller.finished.connect(lambda summary, _at: outcome.update(summary=summary))
        controller.failed.connect(lambda error: outcome.update(error=str(error)))
        watches.append(GcWatch())
        heartbeat.start()
        started.append(time.perf_counter())

    inbox.on_built.append(listen)
    inbox.show()
    wait_until(app, lambda: bool(started), 60)
    finished = wait_until(app, lambda: bool(outcome), args.seconds)
    elapsed = time.perf_counter() - started[0] if started else 0.0
    gaps = heartbeat.stop()
    for watch in watches:
        watch.stop()
    summary = outcome.get("summary")
    emit(
        {
            "gaps_ms": gaps,
            "seconds": round(elapsed, 2),
            "finished": finished,
            "new_messages": summary.new_messages if summary else None,
            "conversations": summary.conversations if summary else None,
            "error": outcome.get("error"),
            "peak_rss_mb": peak_rss_mb(),
            "gc_pauses_ms": watches[0].pauses if watches else {},
        }
    )
    os._exit(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("bare")
    app = sub.add_parser("app")
    app.add_argument("--data", required=True)
    app.add_argument("--server", required=True, help="JSON: properties and URLs")
    session = sub.add_parser("session")
    session.add_argument("--data", required=True)
    session.add_argument("--server", required=True, help="JSON: properties and URLs")
    session.add_argument("--expect", type=int, required=True, help="rows of the All folder")
    session.add_argument("--pages-per-step", type=int, default=1)
    session.add_argument("--frame-ms", type=int, default=16, help="one scroll step per frame")
    session.add_argument("--scroll-timeout", type=float, default=600)
    session.add_argument("--threads", nargs="*", default=[])
    session.add_argument("--thread-repeat", type=int, default=2)
    session.add_argument("--search", nargs="*", default=[])
    sync = sub.add_parser("sync")
    sync.add_argument("--sandbox", required=True, help="the sandbox's JSON description")
    sync.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    if args.mode == "bare":
        return bare()
    if args.mode == "app":
        return app_mode(args.data, json.loads(args.server))
    if args.mode == "session":
        return session_mode(args)
    return sync_mode(args)


if __name__ == "__main__":
    raise SystemExit(main())
