"""Opening a conversation: the thread rendered safely, notes, outbox, badges, links."""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.domain import MessageType, SenderKind
from desktop.services.inbox import InboxService
from tests.helpers.inbox_world import World, png_bytes
from tests.helpers.keys import type_text
from tests.ui.inbox.conftest import FakePrompts
from ui.inbox import texts
from ui.inbox.dialogs import NoteInput
from ui.inbox.list_model import ConversationListModel as M
from ui.inbox.palette import ThreadColors
from ui.inbox.thread_render import FIRST_MATCH, SHOW_EARLIER, ThreadRenderer
from ui.inbox.thread_view import NEWEST_FIRST, ThreadView, load_thread
from ui.inbox.window import InboxWindow


def select(window: InboxWindow, cid: str) -> None:
    row = window.list_model.row_of(cid)
    assert row is not None, f"{cid} is not in the list"
    window.conversation_list.setCurrentIndex(window.list_model.index(row, M.COL_GUEST))
    assert window.current_conversation_id == cid


def test_open_a_conversation_renders_text_escaped(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    world.conversation("c1", "Mallory <b>", reservation="4000000001")
    world.says("c1", "<script>alert('x')</script> & <img src=http://evil.example/p.png>")
    window = open_window()
    select(window, "c1")
    html = window.thread_view.toHtml()
    plain = window.thread_view.toPlainText()
    assert "<script>alert('x')</script>" in plain
    assert "<script>" not in html
    assert "Mallory <b>" in plain
    assert window.thread_view.refused_resources == []


def test_links_show_as_text_and_open_only_on_click(
    world: World, open_window: Callable[..., InboxWindow]
) -> None:
    world.conversation("c1", "Ann", language="en")
    world.says("c1", "Directions: https://maps.example.com/route?a=1 and www.hotel-du-lac.fr")
    window = open_window()
    select(window, "c1")
    assert "https://maps.example.com/route?a=1" in window.thread_view.toPlainText()
    assert window.opened_urls == []  # type: ignore[attr-defined]
    window.thread_view.anchorClicked.emit(QUrl("https://maps.example.com/route?a=1"))
    window.thread_view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    window.thread_view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert [u.toString() for u in window.opened_urls] == [  # type: ignore[attr-defined]
        "https://maps.example.com/route?a=1"
    ]


def test_nothing_remote_or_local_is_ever_loaded(qtbot: QtBot) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    view.setHtml(
        '<img src="http://evil.example/pixel.png"><img src="file:///etc/hostname">'
        '<img src="data:image/png;base64,' + base64.b64encode(png_bytes()).decode() + '">'
    )
    view.show()
    view.grab()  # lays out and paints, which asks for the images
    assert "http://evil.example/pixel.png" in view.refused_resources
    assert "file:///etc/hostname" in view.refused_resources
    assert not any(r.startswith("data:") for r in view.refused_resources)
    refused = view.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("file:///etc/hostname")
    )
    assert bytes(refused.data()) == b""  # our empty answer, not the file


def test_notes_outbox_badges_and_extranet_only_requests(
    world: World,
    service: InboxService,
    prompts: FakePrompts,
    open_window: Callable[..., InboxWindow],
) -> None:
    world.conversation("c1", "Élodie", reservation="4001002003")
    world.says(
        "c1",
        "Bienvenue",
        sender=SenderKind.PROPERTY,
        message_type=MessageType.AUTOMATICALLY_SENT_TEMPLATE,
        attributes={"template_name": "Welcome"},
        ago=timedelta(hours=5),
    )
    world.says(
        "c1",
        "",
        message_type=MessageType.SELF_SERVICE_EVENT,
        attributes={"self_service_topic": "change_dates_nr"},
        ago=timedelta(hours=2),
    )
    window = open_window()
    select(window, "c1")
    prompts.note = NoteInput("Client fidèle, offrir le petit-déjeuner", for_next_shift=True)
    window.inbox_actions.add_note.trigger()
    text = window.thread_view.toPlainText()
    assert "Sent automatically: Welcome" in text
    assert "Self-service request: change of dates" in text
    assert "Only the Booking.com extranet can answer this request." in text
    assert "Internal note — not sent to the guest" in text
    assert "For the next shift" in text
    assert "Client fidèle, offrir le petit-déjeuner" in text
    assert "h ago" in text  # relative times
    assert "CET" in text or "CEST" in text  # the property's time zone (Europe/Paris)
    note_colour = ThreadColors.from_palette(window.thread_view.palette()).note
    assert note_colour in window.thread_view.toHtml()
    window.thread_view.anchorClicked.emit(QUrl(service.thread("c1").extranet_url))  # type: ignore[union-attr]
    (opened,) = window.opened_urls  # type: ignore[attr-defined]
    assert "res_id=4001002003" in opened.toString()
    window.inbox_actions.open_extranet.trigger()
    assert len(window.opened_urls) == 2  # type: ignore[attr-defined]


def test_attachments_as_thumbnails_that_open_full_size(
    qtbot: QtBot, tmp_path: Path, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    photo = tmp_path / "room.png"
    photo.write_bytes(png_bytes(300, 200))
    world.conversation("c1", "Ann", language="en")
    world.says("c1", "Two photos", attachment_ids=("a1", "a2"))
    world.attachment("c1", "a1", photo, name="room.png")
    window = open_window()
    select(window, "c1")
    html = window.thread_view.toHtml()
    assert "data:image/png;base64," in html
    assert "[Photo a2 — not downloaded yet]" in window.thread_view.toPlainText()
    window.thread_view.anchorClicked.emit(QUrl("frontdesk-attachment:a1"))
    viewer = window.findChild(QDialog, "attachmentViewer")
    assert viewer is not None
    assert viewer.image_label.pixmap().width() == 300  # type: ignore[attr-defined]
    viewer.close()


# ------------------------------------------------------------------ long threads


def long_thread(world: World, cid: str, count: int, *, old_text: str = "") -> None:
    """``count`` messages "Message 000"... oldest first; ``old_text`` in the second one."""
    world.conversation(cid, "Ann", language="en")
    for i in range(count):
        text = f"Message {i:03d}" + (f" {old_text}" if i == 1 and old_text else "")
        sender = SenderKind.GUEST if i % 2 == 0 else SenderKind.PROPERTY
        world.says(cid, text, sender=sender, ago=timedelta(minutes=10 * (count - i)))


def test_a_long_thread_opens_with_its_newest_messages_and_the_rest_on_keyboard_demand(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    long_thread(world, "c1", NEWEST_FIRST + 3)
    window = open_window()
    select(window, "c1")
    view = window.thread_view
    plain = view.toPlainText()
    assert "Message 002" not in plain
    assert "Message 003" in plain
    assert f"Message {NEWEST_FIRST + 2:03d}" in plain
    assert "Show earlier messages (3)" in plain
    assert view.hidden_count == 3
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum()  # opens on the newest message
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the first link of the thread
    assert view.textCursor().selectedText() == "Show earlier messages (3)"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    plain = view.toPlainText()
    assert "Message 000" in plain
    assert "Show earlier messages" not in plain
    assert view.hidden_count == 0
    assert window.opened_urls == []  # type: ignore[attr-defined]


def test_showing_earlier_messages_keeps_the_shown_ones_in_view(
    qtbot: QtBot, world: World, service: InboxService
) -> None:
    long_thread(world, "c1", NEWEST_FIRST + 20)
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    loaded = load_thread(service, "c1", "en")
    assert loaded is not None
    view.show_thread(loaded)
    bar = view.verticalScrollBar()
    bar.setValue(0)  # scrolled up to the link
    from_bottom = bar.maximum()
    view.anchorClicked.emit(QUrl(SHOW_EARLIER))
    assert view.hidden_count == 0
    assert bar.value() > 0
    assert bar.maximum() - bar.value() == from_bottom


def test_earlier_messages_stay_shown_when_the_conversation_reloads(
    world: World, prompts: FakePrompts, open_window: Callable[..., InboxWindow]
) -> None:
    long_thread(world, "c1", NEWEST_FIRST + 3)
    world.conversation("c2", "Bob", language="en")
    world.says("c2", "Hello")
    window = open_window()
    select(window, "c1")
    window.thread_view.show_earlier()
    prompts.note = NoteInput("Late check-in agreed", for_next_shift=False)
    window.inbox_actions.add_note.trigger()  # reloads the thread
    text = window.thread_view.toPlainText()
    assert "Late check-in agreed" in text
    assert "Message 000" in text
    assert window.thread_view.hidden_count == 0
    select(window, "c2")
    select(window, "c1")  # another conversation in between: newest first again
    assert window.thread_view.hidden_count == 4  # the note counts as one of the newest


def test_a_search_match_in_an_earlier_message_is_rendered_and_scrolled_to(
    qtbot: QtBot, world: World, service: InboxService
) -> None:
    long_thread(world, "c1", NEWEST_FIRST + 10, old_text="parking https://parking.example")
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    loaded = load_thread(service, "c1", "en")
    assert loaded is not None
    view.show_thread(loaded, ("parking",))
    plain = view.toPlainText()
    assert "Message 000" not in plain
    assert "Message 001 parking" in plain
    assert view.hidden_count == 1
    assert view.match_count == 1  # the link is shown, not highlighted
    assert f'name="{FIRST_MATCH}"' in view.toHtml()
    bar = view.verticalScrollBar()
    assert bar.value() < bar.maximum() / 2  # at the match, near the top
    view.set_terms(())
    assert view.hidden_count == 10


def test_the_thread_is_rendered_on_the_worker_with_the_views_colours_and_terms(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    long_thread(world, "c1", NEWEST_FIRST + 10, old_text="parking")
    window = open_window()
    type_text(window.search_field, "parking")
    window.search_field.run_now()
    select(window, "c1")
    view = window.thread_view
    loaded = view.loaded
    assert loaded is not None
    assert loaded.rendered is not None
    assert loaded.rendered.spec == view.render_spec("c1", ("parking",))
    assert loaded.rendered.spec.colors == ThreadColors.from_palette(view.palette())
    assert view.match_count == loaded.rendered.match_count == 1
    assert view.hidden_count == 1
    assert "Message 001 parking" in view.toPlainText()


def test_a_palette_change_renders_the_thread_again_in_its_colours(
    qtbot: QtBot, world: World, open_window: Callable[..., InboxWindow]
) -> None:
    long_thread(world, "c1", 3)
    window = open_window()
    select(window, "c1")
    view = window.thread_view
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    view.setPalette(palette)
    colors = ThreadColors.from_palette(view.palette())
    assert colors.guest != ThreadColors.from_palette(window.palette()).guest
    assert colors.guest in view.toHtml()
    assert "Message 002" in view.toPlainText()


# ------------------------------------------------------------------ layout, scroll bar, style


def varied_thread(world: World, cid: str) -> None:
    """Long messages first, then many short ones: the first part laid out says little
    about the height of the rest (``QTextEdit`` estimates it from the part laid out)."""
    world.conversation(cid, "Ann", language="en")
    paragraph = " ".join(f"word{i}" for i in range(250))
    for i in range(NEWEST_FIRST):
        text = f"{paragraph} {i}" if i < 4 else f"ok {i}"
        world.says(cid, text, ago=timedelta(minutes=10 * (NEWEST_FIRST - i)))


def test_a_long_thread_stays_on_its_newest_message_once_laid_out(
    qtbot: QtBot, world: World, service: InboxService
) -> None:
    varied_thread(world, "c1")
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    loaded = load_thread(service, "c1", "en", view.render_spec("c1"))
    assert loaded is not None
    view.show_thread(loaded)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    qtbot.wait(100)  # the layout's and the view's timers have run
    assert bar.value() == bar.maximum()
    assert f"ok {NEWEST_FIRST - 1}" in view.toPlainText()


def test_the_scroll_bar_shows_only_when_the_thread_needs_it(
    qtbot: QtBot, world: World, service: InboxService
) -> None:
    long_thread(world, "long", NEWEST_FIRST)
    world.conversation("short", "Bob", language="en")
    world.says("short", "Hello")
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    bar = view.verticalScrollBar()
    for cid, needed in (("long", True), ("short", False), ("long", True)):
        loaded = load_thread(service, cid, "en")
        assert loaded is not None
        view.show_thread(loaded)
        assert view.verticalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAsNeeded
        assert bar.isVisible() is needed
        assert view.viewport().width() == view.document().textWidth()


def test_messages_take_their_colours_from_the_documents_style_sheet(
    qtbot: QtBot, world: World, service: InboxService
) -> None:
    long_thread(world, "c1", 3)
    view = ThreadView()
    qtbot.addWidget(view)
    view.show()
    loaded = load_thread(service, "c1", "en", view.render_spec("c1"))
    assert loaded is not None
    assert loaded.rendered is not None
    assert "style=" not in loaded.rendered.html  # no inline style repeated per message
    view.show_thread(loaded)
    colors = ThreadColors.from_palette(view.palette())
    assert colors.guest in view.document().defaultStyleSheet()
    shown = view.toHtml()  # the formats as laid out: the style sheet's colours applied
    for colour in (colors.guest, colors.property, colors.muted, colors.text):
        assert colour in shown


def test_times_read_as_the_inbox_writes_them_in_the_propertys_zone(
    world: World, service: InboxService
) -> None:
    world.conversation("c1", "Ann", language="en")
    summer = world.says("c1", "summer", at=world.now.replace(month=7, day=1, hour=22))
    winter = world.says("c1", "winter", at=world.now.replace(month=1, day=15, hour=6))
    data = service.thread("c1")
    assert data is not None
    colors = ThreadColors.from_palette(QPalette())
    before = QLocale()
    try:
        for name in ("en_US", "fr_FR", "de_DE", "ja_JP"):
            QLocale.setDefault(QLocale(name))
            for zone in ("Europe/Paris", "America/New_York", "Asia/Kolkata"):
                rendered = ThreadRenderer(replace(data, timezone=zone), colors).render()
                for message in (summer, winter):
                    assert escape(texts.local_time(message.created_at, zone)) in rendered
    finally:
        QLocale.setDefault(before)
