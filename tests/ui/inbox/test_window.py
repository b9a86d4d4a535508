"""The window as a whole: keyboard, shortcuts dialog, sync status, accessibility,
French, the empty frame, and a screenshot for review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain import Change, MessageType, SenderKind
from desktop.errors import AuthError, DatabaseLockedError, NetworkError
from desktop.services.inbox import InboxService
from desktop.store import Store
from desktop.store import outbox as out_store
from tests.helpers.fake_sync import RecordingSync
from tests.helpers.inbox_world import MER, World, png_bytes
from tests.helpers.keys import type_text
from tests.ui.inbox.conftest import ABOUT
from ui.i18n import install_translators
from ui.inbox.list_model import ConversationListModel as M
from ui.inbox.window import InboxWindow
from ui.tasks import TaskRunner

ARTIFACTS = Path(__file__).parents[3] / "artifacts"


def three(world: World) -> None:
    for i, name in enumerate(["Ava", "Ben", "Cléo"]):
        world.conversation(f"c{i}", name, reservation=f"400000000{i}")
        world.says(f"c{i}", f"Question {i}", ago=timedelta(hours=3 - i))


def test_keyboard_j_k_enter_and_ctrl_enter(
    qtbot: QtBot,
    world: World,
    store: Store,
    sync: RecordingSync,
    open_window: Callable[..., InboxWindow],
) -> None:
    three(world)
    window = open_window()
    view = window.conversation_list
    view.setFocus()  # the list opens its first (newest) conversation
    assert window.current_conversation_id == "c2"
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.current_conversation_id == "c1"
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.current_conversation_id == "c0"
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert window.current_conversation_id == "c1"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.current_conversation_id == "c2"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.current_conversation_id == "c1"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.composer.hasFocus()
    assert [cid for cid, _ in sync.named("push_read")] == ["c1"]
    type_text(window.composer, "jk? — typed, not shortcuts")
    assert window.current_conversation_id == "c1"
    qtbot.keyClick(window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [e.content for e in out_store.list_entries(store)] == ["jk? — typed, not shortcuts"]


def test_shortcuts_dialog_with_ctrl_slash_or_question_mark(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    three(world)
    window = open_window()
    window.conversation_list.setFocus()
    qtbot.keyClick(window.conversation_list, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QWidget, "ShortcutsDialog")
    assert dialog is not None
    assert dialog.isVisible()
    listed = dict(dialog.rows())  # type: ignore[attr-defined]
    assert "J" in listed
    assert "Ctrl+K" in listed
    assert any("F5" in keys for keys in listed)
    dialog.close()
    qtbot.keyClick(window.conversation_list, Qt.Key.Key_Question)
    assert dialog.isVisible()
    dialog.close()


def test_sync_now_and_status_bar(
    qtbot: QtBot, world: World, sync: RecordingSync, open_window: Callable[..., InboxWindow]
) -> None:
    window = open_window()
    qtbot.keyClick(window.conversation_list, Qt.Key.Key_F5)
    assert sync.named("request_sync") == [()]
    status = window.sync_status
    assert status.last_sync.text() == "Not synced yet"
    window.on_sync_started()
    assert status.last_sync.text() == "Syncing…"
    window.on_sync_progress(3, 10)
    progress = window.findChild(QProgressBar, "syncProgress")
    assert progress.isVisible()
    assert (progress.value(), progress.maximum()) == (3, 10)
    window.on_sync_failed(NetworkError())
    assert window.findChild(QWidget, "offlineIndicator").isVisible()
    assert not progress.isVisible()
    window.on_sync_failed(AuthError())
    assert window.findChild(QWidget, "signInIndicator").isVisible()
    window.on_sync_failed(DatabaseLockedError())
    assert "database is busy" in window.statusBar().currentMessage()
    window.on_sync_finished("4 new messages", datetime.now(UTC))
    assert not window.findChild(QWidget, "offlineIndicator").isVisible()
    assert not window.findChild(QWidget, "signInIndicator").isVisible()
    assert status.last_sync.text().startswith("Last sync: ")
    assert window.statusBar().currentMessage() == "4 new messages"
    window.sync_bridge.progress.emit(1, 2)  # the engine's thread-safe way in
    assert progress.value() == 1
    window.on_sync_progress(5, None)  # total not known yet: a busy bar
    assert progress.maximum() == 0
    summary = SimpleNamespace(new_messages=3, outbox=SimpleNamespace(sent=1, in_doubt=0))
    window.on_sync_finished(summary, datetime.now(UTC))  # the engine's SyncSummary
    assert window.statusBar().currentMessage() == "New messages: 3 · sent: 1"


def test_every_control_has_an_accessible_name(
    world: World, open_window: Callable[..., InboxWindow]
) -> None:
    three(world)
    window = open_window()
    kinds = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractItemView,
        QTextEdit,
        QPlainTextEdit,
        QProgressBar,
    )
    unnamed = []
    for widget in window.findChildren(QWidget):
        internal = widget.objectName().startswith("qt_") or isinstance(
            widget.parentWidget(),
            QLineEdit,  # the clear button Qt draws in a line edit
        )
        if isinstance(widget, kinds) and widget.window() is window and not internal:
            face = QAccessible.queryAccessibleInterface(widget)
            name = face.text(QAccessible.Text.Name) if face else ""
            if not (widget.accessibleName() or name):
                parent = widget.parentWidget()
                unnamed.append(
                    f"{type(widget).__name__} {widget.objectName()} in "
                    f"{type(parent).__name__} {parent.objectName() if parent else ''}"
                )
    assert unnamed == [], unnamed


def test_empty_frame_without_a_mailbox(qtbot: QtBot) -> None:
    window = InboxWindow(ABOUT, sandbox=True)
    qtbot.addWidget(window)
    window.show()
    assert window.list_model.rowCount() == 0
    assert not window.composer.isEnabled()
    assert not window.send_button.isEnabled()
    assert "No mailbox is open." in window.thread_view.toPlainText()
    window.on_sync_started()
    window.on_change(Change(conversations=frozenset({"x"})))
    assert window.close()


def test_french_texts(qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]) -> None:
    three(world)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        window = open_window()
        assert window.send_button.text() == "Envoyer"
        assert (
            window.folder_pane.model.index_of(window.list_model.query.folder)
            .data()
            .startswith("À répondre")
        )
        header = window.list_model.headerData(M.COL_GUEST, Qt.Orientation.Horizontal)
        assert header == "Client"
        assert window.search_field.placeholderText().startswith("Rechercher")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_screenshot_of_the_main_window(
    qtbot: QtBot, tmp_path: Path, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    world.conversation("c1", "Élodie Martin", reservation="4001002003")
    world.says(
        "c1",
        "Bonjour, j'ai réservé deux nuits. Le parking est-il inclus ?",
        ago=timedelta(hours=5),
        read=True,
    )
    world.says("c1", "Oui, il est inclus.", sender=SenderKind.PROPERTY, ago=timedelta(hours=4))
    world.says(
        "c1",
        "",
        message_type=MessageType.SELF_SERVICE_EVENT,
        attributes={"self_service_topic": "change_dates_nr"},
        ago=timedelta(hours=3),
    )
    photo = tmp_path / "car.png"
    photo.write_bytes(png_bytes(48, 32))
    world.says("c1", "Voici la voiture", attachment_ids=("a1",), ago=timedelta(hours=2))
    world.attachment("c1", "a1", photo)
    world.conversation("c2", "John Smith", reservation="4001002004", language="en", property_id=MER)
    world.says("c2", "Can I check in early?", ago=timedelta(minutes=30))
    for i in range(20):
        world.conversation(f"x{i}", f"Guest {i}", reservation=f"40090000{i:02d}")
        world.says(f"x{i}", f"Question {i} about breakfast", ago=timedelta(hours=6 + i))
    window = open_window(sandbox=True)
    row = window.list_model.row_of("c1")
    window.conversation_list.setCurrentIndex(window.list_model.index(row, 0))
    type_text(window.composer, "Bonjour {guest_name}, ")
    window.on_sync_finished("2 new messages", datetime.now(UTC))
    qtbot.wait(50)  # lets the status bar lay out its new texts
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "inbox.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_window_with_the_threaded_task_runner(
    qtbot: QtBot, tmp_path: Path, world: World, store: Store, service: InboxService
) -> None:
    """Pages, rows, threads and sends arrive later, from the worker: same behaviour."""
    three(world)
    photo = tmp_path / "p.png"
    photo.write_bytes(png_bytes(64, 48))
    world.says("c1", "Photo", attachment_ids=("a1",), ago=timedelta(minutes=1))
    world.attachment("c1", "a1", photo)
    bugs: list[BaseException] = []
    runner = TaskRunner(on_known_error=bugs.append, on_bug=bugs.append)
    window = InboxWindow(ABOUT, service=service, runner=runner)
    qtbot.addWidget(window)
    window.show()
    model = window.list_model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    # The first rows are read with the ids, on the worker.
    qtbot.waitUntil(
        lambda: model.index(0, M.COL_GUEST).data() not in (None, "…") or bool(bugs), timeout=5000
    )
    assert model.index(0, M.COL_GUEST).data() == "Ben"  # the photo made c1 the newest
    assert bugs == []
    row = model.row_of("c1")
    assert row is not None
    window.conversation_list.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: "data:image/png" in window.thread_view.toHtml(), timeout=5000)
    window.composer.setPlainText("Merci !")
    window.composer_panel.send()
    qtbot.waitUntil(lambda: len(out_store.list_entries(store)) == 1, timeout=5000)
    qtbot.waitUntil(lambda: "Merci !" in window.thread_view.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: window.folder_pane.model.counts.outbox == 1, timeout=5000)
    window.close()
    runner.shutdown()
