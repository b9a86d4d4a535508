"""InboxService on a real store: lists, counts, threads, triage, drafts, checks, sending."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain import (
    Access,
    ConversationKind,
    ConversationType,
    MessageType,
    OutboxState,
    SenderKind,
    SupportChannel,
    SupportTransport,
    utcnow,
)
from desktop.services.inbox import InboxService, SendRefusedError
from desktop.services.model import InboxFolder, ListQuery, Problem, SortOrder
from desktop.store import Store
from desktop.store import outbox as out_store
from desktop.store import support as support_store
from desktop.store.model import HIGHLIGHT_END, HIGHLIGHT_START
from tests.helpers.fake_sync import RecordingSync
from tests.helpers.inbox_world import ALICE, BOB, LAC, MER, World, days_ago, png_bytes


@pytest.fixture
def lac(world: World) -> str:
    world.conversation("c-lac", "Élodie Martin", reservation="4001002003")
    world.says("c-lac", "Bonjour, j'ai réservé pour deux nuits. Confirmé ?", ago=timedelta(hours=3))
    return "c-lac"


def test_counts_per_folder_and_property(world: World, service: InboxService, lac: str) -> None:
    world.conversation("c-wait", "Tom", property_id=MER, language="en")
    world.says("c-wait", "Thanks!", ago=timedelta(hours=2), read=True)
    world.says("c-wait", "You're welcome", sender=SenderKind.PROPERTY, ago=timedelta(hours=1))
    counts = service.counts()
    assert (counts.needs_reply, counts.waiting_for_guest, counts.all) == (1, 1, 2)
    assert counts.unread == 1
    assert service.counts(MER).needs_reply == 0
    assert service.counts(LAC).of(InboxFolder.NEEDS_REPLY) == 1


def test_pages_are_keyset_and_rows_carry_stay_and_time_zone(
    world: World, service: InboxService
) -> None:
    for i in range(5):
        world.conversation(f"c{i}", f"Guest {4 - i}", reservation=f"40000000{i}")
        world.says(f"c{i}", f"hello {i}", ago=timedelta(minutes=50 - i))
    query = ListQuery(InboxFolder.NEEDS_REPLY)
    first = service.page(query, limit=2)
    second = service.page(query, first.next, limit=2)
    assert first.conversation_ids == ("c4", "c3")
    assert second.conversation_ids == ("c2", "c1")
    rows = service.rows(["c4", "missing", "c0"])
    assert [r.conversation_id for r in rows] == ["c4", "c0"]
    assert rows[0].checkin is not None
    assert rows[0].timezone == "Europe/Paris"
    by_name = service.list_ids(ListQuery(InboxFolder.ALL, sort=SortOrder.GUEST_NAME))
    assert by_name.conversation_ids == ("c4", "c3", "c2", "c1", "c0")


def test_thread_holds_messages_notes_outbox_and_attachments(
    world: World, service: InboxService, lac: str, tmp_path: Path
) -> None:
    photo = tmp_path / "room.png"
    photo.write_bytes(png_bytes())
    world.says(lac, "Photo du parking", attachment_ids=("a1",), ago=timedelta(hours=2))
    world.attachment(lac, "a1", photo)
    service.add_note(lac, "Client fidèle", for_next_shift=True)
    service.send(lac, "Oui, confirmée.")
    thread = service.thread(lac)
    assert thread is not None
    assert [m.content for m in thread.messages][-1] == "Photo du parking"
    assert thread.notes[0].for_next_shift
    assert [e.state for e in thread.outbox] == [OutboxState.QUEUED]
    assert thread.attachments["a1"].local_path == str(photo)
    assert thread.timezone == "Europe/Paris"
    assert thread.property_name == "Hôtel du Lac"
    assert thread.window_closes_at is not None
    assert not thread.window_closed
    assert thread.extranet_url.startswith("https://admin.booking.com/")
    assert "res_id=4001002003" in thread.extranet_url


def test_mark_read_and_unread_tell_the_sync_engine(
    service: InboxService, sync: RecordingSync, lac: str
) -> None:
    change = service.mark_read(lac, origin="view")
    assert change.conversations == {lac}
    assert change.origin == "view"
    (cid, ids), *_ = sync.named("push_read")
    assert cid == lac
    assert len(ids) == 1
    assert service.mark_read(lac) == service.mark_read(lac)  # nothing more to do
    assert len(sync.named("push_read")) == 1
    service.mark_unread(lac)
    assert sync.named("push_unread") == [(lac, ids)]
    assert service.counts().unread == 1


def test_no_reply_needed_moves_folders_and_pushes_the_tag(
    service: InboxService, sync: RecordingSync, lac: str
) -> None:
    service.set_no_reply_needed(lac, True)
    assert service.counts().no_reply_needed == 1
    assert service.set_no_reply_needed(lac, True).conversations == frozenset()
    service.set_no_reply_needed(lac, False)
    assert sync.named("push_no_reply_needed") == [(lac, True), (lac, False)]


def test_drafts_keep_their_start_and_empty_text_discards(service: InboxService, lac: str) -> None:
    service.save_draft(lac, "Bonjour")
    first = service.get_draft(lac)
    time.sleep(0.01)
    service.save_draft(lac, "Bonjour Élodie")
    second = service.get_draft(lac)
    assert first is not None
    assert second is not None
    assert second.started_at == first.started_at
    assert second.content == "Bonjour Élodie"
    assert service.list_ids(ListQuery(InboxFolder.DRAFTS)).conversation_ids == (lac,)
    assert service.counts().drafts == 1
    service.save_draft(lac, "   ")
    assert service.get_draft(lac) is None
    assert service.counts().drafts == 0


def test_templates_in_guest_language_with_variables_filled(
    world: World, service: InboxService, lac: str
) -> None:
    names = [t.name for t in service.templates_for(lac, "en")]
    assert names == ["Bienvenue", "Parking"]
    rendered = service.render_template(lac, service.templates_for(lac, "en")[0].text)
    assert "Élodie Martin" in rendered.text
    assert "4001002003" in rendered.text
    assert "Hôtel du Lac" in rendered.text
    assert rendered.lint.ok
    parking = service.render_template(lac, service.templates_for(lac, "en")[1].text)
    assert parking.lint.unknown == ("parking_price",)
    world.conversation("c-de", "Hans", language="de")
    assert [t.language for t in service.templates_for("c-de", "en")] == ["en"]
    unfilled = service.render_template("c-de", "Hello {guest_name}, from {checkin}")
    assert unfilled.text == "Hello Hans, from {checkin}"
    assert unfilled.lint.unfilled == ("checkin",)


def test_send_queues_the_draft_and_flushes_the_outbox(
    service: InboxService, sync: RecordingSync, lac: str
) -> None:
    service.save_draft(lac, "Oui")
    change = service.send(lac, "Oui, elle est confirmée.", origin="composer")
    assert change.outbox
    assert change.conversations == {lac}
    assert change.origin == "composer"
    assert service.get_draft(lac) is None
    assert sync.named("flush_outbox") == [()]
    assert service.list_ids(ListQuery(InboxFolder.OUTBOX)).conversation_ids == (lac,)


def test_read_only_and_closed_windows_refuse(world: World, service: InboxService) -> None:
    world.conversation("c-ro", "Ann", access=Access.READ_ONLY, language="en")
    world.says("c-ro", "hi")
    world.conversation(
        "c-old",
        "Old",
        reservation="40000001",
        checkin=days_ago(60).date(),
        checkout=days_ago(58).date(),
    )
    world.says("c-old", "merci", at=days_ago(40))
    assert [i.problem for i in service.check_send("c-ro", "hello").refusals] == [Problem.READ_ONLY]
    closed = service.check_send("c-old", "hello")
    assert [i.problem for i in closed.refusals] == [Problem.WINDOW_CLOSED]
    with pytest.raises(SendRefusedError) as refused:
        service.send("c-old", "hello")
    assert refused.value.issues[0].problem is Problem.WINDOW_CLOSED
    assert service.list_ids(ListQuery(InboxFolder.OUTBOX)).conversation_ids == ()


def test_someone_wrote_since_the_draft_began(
    world: World, store: Store, service: InboxService, lac: str
) -> None:
    service.save_draft(lac, "Je regarde")
    time.sleep(0.01)
    guest = world.says(lac, "Finalement j'arrive à 22h", at=utcnow())
    extranet = world.says(lac, "Réponse depuis l'extranet", sender=SenderKind.PROPERTY, at=utcnow())
    out_store.enqueue(store, lac, "Bob a répondu", BOB)  # queued at another desk
    check = service.check_send(lac, "Oui")
    assert [m.message_id for m in check.written_since] == [guest.message_id, extranet.message_id]
    assert [e.actor for e in check.queued_since] == [BOB]
    assert check.needs_confirmation
    assert not check.refused
    time.sleep(0.01)
    service.restart_draft(lac)
    assert not service.check_send(lac, "Oui").needs_confirmation


def test_links_attachments_and_template_variables_are_checked(
    world: World, service: InboxService, lac: str, tmp_path: Path
) -> None:
    text = "Voir https://www.hotel-du-lac.fr/plan et http://evil.example.org/x {checkin} {foo}"
    check = service.check_send(lac, text)
    assert [(i.problem, i.detail) for i in check.warnings] == [
        (Problem.LINK_NOT_ALLOWED, "evil.example.org"),
        (Problem.TEMPLATE_VARIABLES, "{foo}, {checkin}"),
    ]
    good = tmp_path / "plan.png"
    good.write_bytes(png_bytes())
    fake = tmp_path / "plan.pdf"
    fake.write_bytes(b"%PDF-1.7")
    renamed = tmp_path / "doc.jpg"
    renamed.write_bytes(b"%PDF-1.7")
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes() + b"\0" * (10 * 1024 * 1024))
    assert service.check_attachment(str(good)) is None
    problems = [
        i.problem
        for i in service.check_send(
            lac, "", [str(fake), str(renamed), str(big), str(tmp_path / "gone.png")]
        ).refusals
    ]
    assert problems == [
        Problem.ATTACHMENT_NOT_IMAGE,
        Problem.ATTACHMENT_NOT_IMAGE,
        Problem.ATTACHMENT_TOO_LARGE,
        Problem.ATTACHMENT_MISSING,
    ]
    world.conversation("c-rtb", "Req", conversation_type=ConversationType.REQUEST_TO_BOOK)
    world.says("c-rtb", "Can I book?")
    rtb = service.check_send("c-rtb", "Yes", [str(good)])
    assert [i.problem for i in rtb.refusals] == [Problem.ATTACHMENTS_NOT_ALLOWED]
    assert [i.problem for i in service.check_send(lac, " ").refusals] == [Problem.EMPTY]


def test_search_is_accent_insensitive_with_marked_snippets(
    world: World, service: InboxService, lac: str
) -> None:
    world.conversation("c-en", "José Álvarez", language="es")
    world.says("c-en", "Late arrival tonight", read=True)
    found = service.list_ids(ListQuery(search="reserve"))
    assert found.conversation_ids == (lac,)
    assert f"{HIGHLIGHT_START}réservé{HIGHLIGHT_END}" in found.snippets[lac]
    assert found.terms == ("reserve",)
    by_name = service.list_ids(ListQuery(search="jose alv"))
    assert by_name.conversation_ids == ("c-en",)
    assert service.list_ids(ListQuery(search="late", unread_only=True)).conversation_ids == ()
    assert service.list_ids(ListQuery(search="reserve", property_id=MER)).conversation_ids == ()


def test_support_folders_list_cases_by_status(
    world: World, store: Store, service: InboxService
) -> None:
    world.conversation("s1", "Booking.com", kind=ConversationKind.SUPPORT, language="en")
    world.says("s1", "We are looking into it", sender=SenderKind.BOOKING)
    support_store.create_case(
        store,
        property_id=LAC,
        theme="invoices_commission",
        subtheme=None,
        channel=SupportChannel.MESSAGE,
        transport=SupportTransport.GATEWAY,
        actor=ALICE,
        conversation_id="s1",
    )
    assert service.list_ids(ListQuery(InboxFolder.SUPPORT_OPEN)).conversation_ids == ("s1",)
    assert service.counts().support_open == 1
    assert service.counts().support_closed == 0
    assert [i.problem for i in service.check_send("s1", "hello").refusals] == [Problem.SUPPORT_CASE]


def test_self_service_and_template_messages_reach_the_thread(
    world: World, service: InboxService, lac: str
) -> None:
    world.says(
        lac,
        "",
        message_type=MessageType.SELF_SERVICE_EVENT,
        attributes={"self_service_topic": "change_dates_nr"},
    )
    thread = service.thread(lac)
    assert thread is not None
    topic = thread.messages[-1].self_service_topic
    assert topic is not None
    assert topic.extranet_only


def test_failed_entries_stay_in_the_outbox_folder(
    store: Store, service: InboxService, lac: str
) -> None:
    service.send(lac, "Oui")
    (entry,) = out_store.list_entries(store)
    out_store.start_sending(store, entry.entry_id, ALICE)
    out_store.mark_failed(store, entry.entry_id, "400", ALICE)
    assert service.list_ids(ListQuery(InboxFolder.OUTBOX)).conversation_ids == (lac,)
