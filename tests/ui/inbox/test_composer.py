"""The composer: replies through the outbox, drafts that survive and never jump threads,
templates with their lint, attachments, and the pre-send checks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain import Access, Change, OutboxState, SenderKind, utcnow
from desktop.services.model import InboxFolder, Problem
from desktop.store import Store
from desktop.store import outbox as out_store
from tests.helpers.fake_sync import RecordingSync
from tests.helpers.inbox_world import World, days_ago, png_bytes
from tests.helpers.keys import type_text
from tests.ui.inbox.conftest import FakePrompts
from tests.ui.inbox.test_thread import select
from ui.inbox.window import InboxWindow


def guest(world: World, cid: str, name: str, text: str, **options: object) -> None:
    world.conversation(cid, name, reservation=f"4{abs(hash(cid)) % 10**9:09d}", **options)  # type: ignore[arg-type]
    world.says(cid, text, ago=timedelta(hours=2))


def test_reply_goes_to_the_outbox_and_shows_as_queued(
    qtbot: QtBot,
    world: World,
    store: Store,
    sync: RecordingSync,
    open_window: Callable[..., InboxWindow],
) -> None:
    guest(world, "c1", "Élodie", "Le parking est-il inclus ?")
    window = open_window()
    select(window, "c1")
    window.composer.setFocus()
    type_text(window.composer, "Oui, il est inclus. À bientôt !")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (entry,) = out_store.list_entries(store, conversation_id="c1")
    assert entry.state is OutboxState.QUEUED
    assert entry.content == "Oui, il est inclus. À bientôt !"
    assert window.composer.toPlainText() == ""
    assert out_store.get_draft(store, "c1") is None
    assert "Queued — will be sent at the next sync" in window.thread_view.toPlainText()
    assert sync.named("flush_outbox") == [()]
    assert window.folder_pane.model.counts.outbox == 1


def test_draft_survives_closing_and_reopening_the_window(
    qtbot: QtBot, world: World, store: Store, open_window: Callable[..., InboxWindow]
) -> None:
    guest(world, "c1", "Élodie", "Bonjour")
    window = open_window()
    select(window, "c1")
    type_text(window.composer, "Bonjour Élodie, je vérifie")
    draft = out_store.get_draft(store, "c1")
    assert draft is not None  # the first key saved it at once: the draft began then
    started = draft.started_at
    window.close()  # before the 500 ms debounce: closing saves what is typed
    draft = out_store.get_draft(store, "c1")
    assert draft is not None
    assert draft.content == "Bonjour Élodie, je vérifie"
    assert draft.started_at == started
    reopened = open_window()
    select(reopened, "c1")
    assert reopened.composer.toPlainText() == "Bonjour Élodie, je vérifie"


def test_switching_conversations_never_moves_a_draft(
    qtbot: QtBot, world: World, store: Store, open_window: Callable[..., InboxWindow]
) -> None:
    guest(world, "a", "Anna", "Question A")
    guest(world, "b", "Bruno", "Question B")
    window = open_window()
    select(window, "a")
    type_text(window.composer, "Réponse pour Anna")
    select(window, "b")  # switched within the debounce delay
    assert window.composer.toPlainText() == ""
    type_text(window.composer, "Réponse pour Bruno")
    select(window, "a")
    assert window.composer.toPlainText() == "Réponse pour Anna"
    qtbot.waitUntil(lambda: not window.composer_panel._save_timer.isActive(), timeout=2000)
    draft_a = out_store.get_draft(store, "a")
    draft_b = out_store.get_draft(store, "b")
    assert draft_a is not None
    assert draft_b is not None
    assert draft_a.content == "Réponse pour Anna"
    assert draft_b.content == "Réponse pour Bruno"


def test_template_fills_variables_and_lint_shows_what_is_left(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    guest(world, "c1", "Élodie Martin", "Bonjour")
    window = open_window()
    select(window, "c1")
    panel = window.composer_panel
    assert "français" in panel.language_label.text()
    menu = [a.text() for a in panel.templates_menu.actions()]
    assert menu == ["Bienvenue", "Parking"]
    panel.templates_menu.actions()[0].trigger()
    text = window.composer.toPlainText()
    assert text.startswith("Bonjour Élodie Martin, votre réservation 4")
    assert "Hôtel du Lac" in text
    assert "{" not in text
    assert not panel.lint_label.isVisible()
    window.composer.clear()
    panel.templates_menu.actions()[1].trigger()
    assert panel.lint_label.isVisible()
    assert "{parking_price}" in panel.lint_label.text()
    type_text(window.composer, " Arrivée le {checkin}")
    assert "{checkin}" in panel.lint_label.text()


def test_lint_warning_is_confirmed_before_sending(
    world: World, store: Store, prompts: FakePrompts, open_window: Callable[..., InboxWindow]
) -> None:
    guest(world, "c1", "Élodie", "Bonjour")
    window = open_window()
    select(window, "c1")
    type_text(window.composer, "Le parking coûte {parking_price}. Voir https://evil.example/x")
    prompts.confirm_answer = False
    window.composer_panel.send()
    (check,) = prompts.confirmations
    assert {i.problem for i in check.warnings} == {
        Problem.TEMPLATE_VARIABLES,
        Problem.LINK_NOT_ALLOWED,
    }
    assert out_store.list_entries(store) == []
    assert window.composer.toPlainText().startswith("Le parking")


def test_read_only_and_closed_window_refuse_to_send(
    world: World, store: Store, prompts: FakePrompts, open_window: Callable[..., InboxWindow]
) -> None:
    world.conversation("ro", "Ann", access=Access.READ_ONLY, language="en")
    world.says("ro", "Thanks")
    world.conversation(
        "old",
        "Otto",
        reservation="4000000009",
        checkin=days_ago(70).date(),
        checkout=days_ago(68).date(),
        language="en",
    )
    world.says("old", "Thank you!", at=days_ago(40))
    window = open_window()
    window.folder_pane.select_folder(InboxFolder.ALL)
    for cid, problem in (("ro", Problem.READ_ONLY), ("old", Problem.WINDOW_CLOSED)):
        select(window, cid)
        assert window.composer_panel.notice.isVisible()
        type_text(window.composer, "Hello again")
        window.composer_panel.send()
        assert [i.problem for i in prompts.refusals[-1]] == [problem]
        assert window.composer.toPlainText() == "Hello again"  # kept as a draft
    assert out_store.list_entries(store) == []


def test_someone_wrote_since_the_draft_began_asks_first(
    world: World,
    store: Store,
    prompts: FakePrompts,
    open_window: Callable[..., InboxWindow],
) -> None:
    guest(world, "c1", "Élodie", "Bonjour")
    window = open_window()
    select(window, "c1")
    type_text(window.composer, "Je vous réponds")
    arrived = world.says("c1", "Finalement c'est réglé, merci", at=utcnow())
    window.on_change(Change(conversations=frozenset({"c1"})))  # as the sync engine reports
    assert "Finalement c'est réglé" in window.thread_view.toPlainText()
    prompts.confirm_answer = False
    window.composer_panel.send()
    (check,) = prompts.confirmations
    assert [m.message_id for m in check.written_since] == [arrived.message_id]
    assert out_store.list_entries(store) == []
    window.composer_panel.send()  # reviewed: the draft's clock restarted, no question now
    assert len(prompts.confirmations) == 1
    assert [e.content for e in out_store.list_entries(store)] == ["Je vous réponds"]


def test_colleague_reply_confirmed_then_sent(
    world: World, store: Store, prompts: FakePrompts, open_window: Callable[..., InboxWindow]
) -> None:
    guest(world, "c1", "Élodie", "Bonjour")
    window = open_window()
    select(window, "c1")
    type_text(window.composer, "Réponse")
    world.says("c1", "Réponse du collègue", sender=SenderKind.PROPERTY, at=utcnow())
    prompts.confirm_answer = True
    window.composer_panel.send()
    assert len(prompts.confirmations) == 1
    assert [e.content for e in out_store.list_entries(store)] == ["Réponse"]


def test_attachments_are_checked_when_chosen(
    tmp_path: Path,
    world: World,
    store: Store,
    prompts: FakePrompts,
    open_window: Callable[..., InboxWindow],
) -> None:
    guest(world, "c1", "Élodie", "Une photo du parking ?")
    photo = tmp_path / "parking.png"
    photo.write_bytes(png_bytes())
    document = tmp_path / "plan.pdf"
    document.write_bytes(b"%PDF-1.4")
    window = open_window()
    select(window, "c1")
    prompts.files = [str(document), str(photo)]
    window.composer_panel.attach_button.click()
    assert [i.problem for i in prompts.refusals[0]] == [Problem.ATTACHMENT_NOT_IMAGE]
    assert window.composer_panel.attachments == (str(photo),)
    assert window.composer_panel.attachment_list.isVisible()
    assert window.send_button.isEnabled()  # a photo alone can be sent
    window.composer_panel.send()
    (entry,) = out_store.list_entries(store)
    assert entry.attachment_paths == (str(photo),)
    assert "Photo: parking.png" in window.thread_view.toPlainText()
