"""The application starts offscreen, shows the inbox frame, and closes cleanly."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.errors import DatabaseLockedError
from ui.about import AboutInfo
from ui.crash import CrashDialog, crash_report
from ui.errors import known_error_text
from ui.i18n import choose_language, install_translators
from ui.inbox.window import InboxWindow
from ui.tasks import SyncTaskRunner, TaskRunner

ABOUT = AboutInfo(data_folder="/tmp/x", keychain="memory only", profile="")
NAMED = ("folderView", "conversationList", "threadView", "composer", "sendButton")


def test_inbox_shell_shows_and_closes(qtbot: QtBot) -> None:
    window = InboxWindow(ABOUT, sandbox=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.objectName() == "InboxWindow"
    for name in NAMED:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), f"{name} has no accessible name"
    assert "sandbox" in window.windowTitle().lower()
    assert window.findChild(QWidget, "sandboxLabel").isVisible()
    assert window.close()


def test_real_account_window_has_no_sandbox_label(qtbot: QtBot) -> None:
    window = InboxWindow(ABOUT, sandbox=False)
    qtbot.addWidget(window)
    window.show()
    assert not window.findChild(QWidget, "sandboxLabel").isVisible()
    assert "sandbox" not in window.windowTitle().lower()


def test_language_follows_setting_then_os() -> None:
    assert choose_language("fr") == "fr"
    assert (
        choose_language("auto", QLocale(QLocale.Language.French, QLocale.Country.Belgium)) == "fr"
    )
    assert choose_language("auto", QLocale(QLocale.Language.German)) == "en"


def test_french_translation_is_installed(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        window = InboxWindow(ABOUT, sandbox=True)
        qtbot.addWidget(window)
        assert window.send_button.text() == "Envoyer"
        assert "bac à sable" in window.windowTitle()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_known_errors_have_translated_text_with_a_next_step() -> None:
    title, body = known_error_text(DatabaseLockedError())
    assert title == "The database is busy in another program."
    assert "Close other Frontdesk windows" in body


def test_crash_report_is_copyable_and_has_no_secrets(qtbot: QtBot) -> None:
    try:
        raise RuntimeError("exchange failed with client_secret=hunter2 Bearer abcdefghijkl")
    except RuntimeError as exc:
        report = crash_report(exc)
    assert "RuntimeError" in report
    assert "hunter2" not in report
    assert "abcdefghijkl" not in report
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    dialog.copy_report()
    assert QApplication.clipboard().text() == report


def test_task_runner_delivers_results_and_errors_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []
    bugs: list[BaseException] = []
    runner = TaskRunner(
        on_known_error=lambda e: seen.append(("known", e, False)), on_bug=bugs.append
    )

    def locked() -> None:
        raise DatabaseLockedError()

    def bug() -> None:
        raise ZeroDivisionError

    runner.run_db(
        threading.get_ident, lambda r: seen.append(("db", r, threading.get_ident() == gui))
    )
    runner.run_net(lambda: 42, lambda r: seen.append(("net", r, threading.get_ident() == gui)))
    runner.run_db(locked, on_error=lambda e: seen.append(("err", e, threading.get_ident() == gui)))
    runner.run_db(bug)
    qtbot.waitUntil(lambda: len(seen) == 3 and len(bugs) == 1, timeout=5000)
    runner.shutdown()
    by_kind = {kind: (value, on_gui) for kind, value, on_gui in seen}
    assert by_kind["db"][0] != gui
    assert by_kind["db"][1]
    assert by_kind["net"] == (42, True)
    assert isinstance(by_kind["err"][0], DatabaseLockedError)
    assert by_kind["err"][1]
    assert isinstance(bugs[0], ZeroDivisionError)


def test_sync_runner_runs_at_once_and_collects_known_errors() -> None:
    runner = SyncTaskRunner()
    results: list[int] = []
    runner.run_db(lambda: 1, results.append)

    def fails() -> int:
        raise DatabaseLockedError()

    runner.run_net(fails, results.append)
    assert results == [1]
    assert isinstance(runner.known_errors[0], DatabaseLockedError)
    with pytest.raises(ZeroDivisionError):
        runner.run_db(lambda: 1 // 0)
