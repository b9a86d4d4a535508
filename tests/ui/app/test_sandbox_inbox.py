"""The inbox on the real sandbox over HTTP: reply, refusal then retry, no reply needed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain import OutboxState
from desktop.paths import resolve
from desktop.sandbox import SandboxServer
from desktop.session import open_sandbox_session
from desktop.settings import Settings
from desktop.store import outbox as out_store
from tests.helpers.keys import type_text
from tests.integration.test_sync import world_texts, writable_ids
from ui.about import AboutInfo
from ui.compose import RunningApp, build
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.integration
ABOUT = AboutInfo(data_folder="/tmp/x", keychain="memory only", profile="")


@pytest.fixture
def app(tmp_path: Path, qtbot: QtBot) -> Iterator[RunningApp]:
    data = resolve(tmp_path).sandbox().ensure()
    session = open_sandbox_session(data)
    running = build(session, Settings(data.settings_file), ABOUT, "en", runner=SyncTaskRunner())
    qtbot.addWidget(running.window)
    running.window.show()
    running.controller.sync_now()  # synchronous runner: the first sync happens here
    yield running
    running.close()


def server(app: RunningApp) -> SandboxServer:
    assert isinstance(app.session.sandbox, SandboxServer)
    return app.session.sandbox


def reply(app: RunningApp, qtbot: QtBot, cid: str, text: str) -> None:
    app.window.show_conversation(cid)
    app.window.composer.setFocus()
    type_text(app.window.composer, text)
    qtbot.keyClick(app.window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_reply_typed_in_the_composer_arrives_in_the_sandbox_once(
    app: RunningApp, qtbot: QtBot
) -> None:
    _, cid = writable_ids(server(app))[0]
    reply(app, qtbot, cid, "Bonjour, le petit-déjeuner est servi de 7 h à 10 h.")
    sent = [t for t in world_texts(server(app), cid) if t.startswith("Bonjour, le petit")]
    assert len(sent) == 1
    entries = out_store.list_entries(app.session.store, conversation_id=cid)
    assert [e.state for e in entries] == [OutboxState.SENT]
    app.controller.sync_now()
    assert len([t for t in world_texts(server(app), cid) if t.startswith("Bonjour, le petit")]) == 1


def test_a_refused_moment_keeps_the_reply_queued_then_it_is_sent_once(
    app: RunningApp, qtbot: QtBot
) -> None:
    _, cid = writable_ids(server(app))[1]
    admin = server(app).info.admin_url
    httpx.post(f"{admin}/faults", json={"spec": "send:429@1", "replace": True}).raise_for_status()
    reply(app, qtbot, cid, "We will keep a parking space for you.")
    entries = out_store.list_entries(app.session.store, conversation_id=cid)
    assert [e.state for e in entries] == [OutboxState.QUEUED]
    assert "We will keep a parking space for you." not in world_texts(server(app), cid)
    app.controller.sync_now()  # back online: the next sync sends it
    assert world_texts(server(app), cid).count("We will keep a parking space for you.") == 1
    entries = out_store.list_entries(app.session.store, conversation_id=cid)
    assert [e.state for e in entries] == [OutboxState.SENT]


def test_no_reply_needed_round_trips_to_the_sandbox(app: RunningApp) -> None:
    state = server(app).state
    _, cid = writable_ids(server(app))[2]
    app.window.show_conversation(cid)
    before = next(c for c in state.world.conversations.values() if c.conversation_id == cid)
    wanted = not before.no_reply_needed
    app.window.inbox_actions.no_reply_needed.setChecked(not wanted)
    app.window.inbox_actions.no_reply_needed.trigger()
    after = next(c for c in state.world.conversations.values() if c.conversation_id == cid)
    assert after.no_reply_needed is wanted
