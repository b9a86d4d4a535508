"""Opening a conversation: the thread rendered safely, notes, outbox, badges, links."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.domain import MessageType, SenderKind
from desktop.services.inbox import InboxService
from tests.helpers.inbox_world import World, png_bytes
from tests.ui.inbox.conftest import FakePrompts
from ui.inbox.dialogs import NoteInput
from ui.inbox.list_model import ConversationListModel as M
from ui.inbox.palette import ThreadColors
from ui.inbox.thread_view import ThreadView
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
