"""Contract tests: conversations, sending, and the world's rules, over real HTTP."""

from __future__ import annotations

import pytest

from desktop.booking import BadRequest, BookingClient, NoAccessToProperty
from desktop.domain import Access, ConversationType, MessageType, SenderKind
from desktop.sandbox import SandboxInfo, SandboxServer
from tests.integration.conftest import Admin, pick, read_only, request_to_book, writable

pytestmark = pytest.mark.integration


def test_list_pages_cover_every_conversation_newest_first(
    client: BookingClient, server: SandboxServer, info: SandboxInfo
) -> None:
    property_id = info.property_ids[0]
    first = client.list_conversations(property_id)
    assert len(first.conversations) == 50
    assert first.next_page_id is not None
    every = list(client.iter_conversations(property_id))
    ids = [page.conversation.conversation_id for page in every]
    assert len(ids) == len(set(ids)) == len(server.state.world.conversations_of(property_id))
    stamps = [p.conversation.last_message_at for p in every if p.conversation.last_message_at]
    assert stamps == sorted(stamps, reverse=True)
    assert all(len(page.messages) <= 1 for page in every)


def test_conversation_summary_is_normalised(client: BookingClient, server: SandboxServer) -> None:
    world = pick(server, lambda c: len(c.messages) >= 2 and c.reservation is not None)
    page = client.get_conversation(world.property_id, world.conversation_id)
    summary = page.conversation
    assert summary.reservation_number == world.reference
    assert summary.guest_name == world.guest.name
    assert summary.guest_participant_id == world.guest.participant_id
    assert summary.property_participant_id == world.host.participant_id
    assert summary.conversation_type is ConversationType.RESERVATION
    assert [m.message_id for m in page.messages] == [m.message_id for m in world.messages[::-1]]
    newest = page.messages[0]
    assert newest.created_at.tzinfo is not None
    assert summary.last_message_at == newest.created_at
    assert {m.sender for m in page.messages} <= {SenderKind.GUEST, SenderKind.PROPERTY}


def test_message_pages_follow_next_page_id(client: BookingClient, server: SandboxServer) -> None:
    world = pick(server, writable)
    for number in range(55 - len(world.messages)):
        client.send_message(world.property_id, world.conversation_id, f"Note {number}")
    first = client.get_conversation(world.property_id, world.conversation_id)
    assert len(first.messages) == 50
    assert first.next_page_id is not None
    every = list(client.iter_messages(world.property_id, world.conversation_id))
    assert len(every) == len({m.message_id for m in every}) >= 55


def test_templates_and_self_service_events_keep_their_attributes(
    client: BookingClient, server: SandboxServer
) -> None:
    for kind, key in (
        (MessageType.AUTOMATICALLY_SENT_TEMPLATE, "template_name"),
        (MessageType.SELF_SERVICE_EVENT, "self_service_topic"),
    ):
        world = pick(server, lambda c, kind=kind: any(m.message_type is kind for m in c.messages))
        messages = client.iter_messages(world.property_id, world.conversation_id)
        found = [m for m in messages if m.message_type is kind]
        assert found
        assert all(m.attributes.get(key) for m in found)


def test_find_conversation_by_reference(client: BookingClient, server: SandboxServer) -> None:
    empty = pick(server, lambda c: c.reservation is not None and not c.messages)
    page = client.find_conversation(empty.property_id, empty.reference)
    assert page is not None
    assert page.conversation.conversation_id == empty.conversation_id
    assert page.messages == ()
    rtb = pick(server, request_to_book)
    found = client.find_conversation(
        rtb.property_id, rtb.reference, ConversationType.REQUEST_TO_BOOK
    )
    assert found is not None
    assert found.conversation.conversation_type is ConversationType.REQUEST_TO_BOOK
    assert client.find_conversation(rtb.property_id, "1") is None


def test_property_without_access_is_403(client: BookingClient, info: SandboxInfo) -> None:
    forbidden = next(p.property_id for p in info.properties if not p.has_access)
    with pytest.raises(NoAccessToProperty) as caught:
        client.list_conversations(forbidden)
    assert caught.value.status == 403
    assert caught.value.ruid


def test_send_then_read_back_with_links_stripped(
    client: BookingClient, server: SandboxServer
) -> None:
    world = pick(server, writable)
    hotel = server.state.world.hotel(world.property_id)
    assert hotel is not None
    text = f"Map: {hotel.link} - avoid http://phishing.example/login, thanks."
    sent = client.send_message(world.property_id, world.conversation_id, text)
    page = client.get_conversation(world.property_id, world.conversation_id)
    mine = next(m for m in page.messages if m.message_id == sent.message_id)
    assert mine.sender is SenderKind.PROPERTY
    assert hotel.link in mine.content
    assert "phishing" not in mine.content
    assert mine.content.endswith(", thanks.")


def test_send_outside_the_window_is_refused_with_a_reason(
    client: BookingClient, server: SandboxServer
) -> None:
    world = pick(server, read_only)
    page = client.get_conversation(world.property_id, world.conversation_id)
    assert page.conversation.access is Access.READ_ONLY
    with pytest.raises(BadRequest) as caught:
        client.send_message(world.property_id, world.conversation_id, "Hello again")
    assert caught.value.reason == "messaging_window_closed"
    assert caught.value.status == 400
    assert caught.value.ruid


def test_guests_reply_over_time(client: BookingClient, admin: Admin, server: SandboxServer) -> None:
    written = admin.tick(2)
    assert len(written) == 2
    for item in written:
        about = item["conversation"]
        page = client.get_conversation(about["property_id"], about["conversation_id"])
        newest = page.messages[0]
        assert newest.message_id == item["message_id"]
        assert newest.sender is SenderKind.GUEST
        assert page.conversation.needs_reply
