"""Contract tests: tags, the latest-messages queue, and message search."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.booking import BadRequest, BookingClient, NoAccessToProperty
from desktop.domain import utcnow
from desktop.sandbox import SandboxInfo, SandboxServer
from tests.integration.conftest import Admin, pick, request_to_book, writable

pytestmark = pytest.mark.integration


def test_tag_catalogue(client: BookingClient, info: SandboxInfo) -> None:
    names = {tag.name for tag in client.list_tags(info.property_ids[0])}
    assert {"no_reply_needed", "message_read"} <= names


def test_no_reply_needed_persists(client: BookingClient, server: SandboxServer) -> None:
    world = pick(server, writable)
    state = client.set_no_reply_needed(world.property_id, world.conversation_id, True)
    assert (state.tag, state.is_set) == ("no_reply_needed", True)
    page = client.get_conversation(world.property_id, world.conversation_id)
    assert page.conversation.no_reply_needed
    assert not client.set_no_reply_needed(world.property_id, world.conversation_id, False).is_set
    page = client.get_conversation(world.property_id, world.conversation_id)
    assert not page.conversation.no_reply_needed


def test_read_tags_persist(client: BookingClient, server: SandboxServer) -> None:
    world = pick(server, lambda c: writable(c) and bool(c.messages))
    page = client.get_conversation(world.property_id, world.conversation_id)
    reader = page.conversation.property_participant_id
    assert reader is not None
    ids = [m.message_id for m in page.messages]
    assert client.set_read(world.property_id, world.conversation_id, ids, reader).is_set
    page = client.get_conversation(world.property_id, world.conversation_id)
    assert all(reader in m.read_by for m in page.messages)
    assert page.conversation.unread_count == 0
    state = client.set_read(world.property_id, world.conversation_id, ids[:1], reader, False)
    assert (state.tag, state.is_set) == ("read", False)
    page = client.get_conversation(world.property_id, world.conversation_id)
    assert reader not in page.messages[0].read_by


def test_request_to_book_has_no_tags(client: BookingClient, server: SandboxServer) -> None:
    world = pick(server, request_to_book)
    with pytest.raises(BadRequest) as caught:
        client.set_no_reply_needed(world.property_id, world.conversation_id)
    assert caught.value.reason == "tags_not_allowed"


def drain(client: BookingClient) -> None:
    """Confirm everything queued so far, 100 at a time."""
    while batch := client.fetch_latest().delivered:
        client.confirm_messages(batch)


def test_queue_redelivers_until_confirmed(
    client: BookingClient, admin: Admin, info: SandboxInfo
) -> None:
    drain(client)
    written = {item["message_id"] for item in admin.tick(3)}
    first = client.fetch_latest()
    assert {m.message.message_id for m in first.messages} == written
    again = client.fetch_latest()
    assert [m.message.message_id for m in again.messages] == [
        m.message.message_id for m in first.messages
    ]
    item = first.messages[0]
    assert item.property_id in info.property_ids
    assert item.conversation_reference
    assert item.message.created_at.tzinfo is not None
    client.confirm_messages(first.delivered)
    assert client.fetch_latest().delivered == 0


def test_queue_may_redeliver_confirmed_messages_which_are_deduplicated(
    client: BookingClient, admin: Admin
) -> None:
    admin.tick(2)
    drain(client)
    admin.tick(1)
    admin.faults("latest:redeliver=2@1").raise_for_status()
    again = client.fetch_latest()
    assert again.delivered == 3
    ids = [m.message.message_id for m in again.messages]
    assert len(ids) == len(set(ids))
    client.confirm_messages(again.delivered)


def test_search_pages_through_a_property(
    client: BookingClient, server: SandboxServer, info: SandboxInfo
) -> None:
    property_id = info.property_ids[1]
    job = client.start_search(
        property_id=property_id, after=utcnow() - timedelta(days=30), order_by="desc"
    )
    assert job.expires_at is not None
    assert job.expires_at > utcnow() + timedelta(hours=47)
    found = list(client.iter_search_results(job.job_id))
    assert len(found) > 50  # more than one page
    assert {m.property_id for m in found} == {property_id}
    stamps = [m.message.created_at for m in found]
    assert stamps == sorted(stamps, reverse=True)
    assert stamps[-1] >= utcnow() - timedelta(days=30, seconds=1)


def test_search_refusals(client: BookingClient, info: SandboxInfo) -> None:
    with pytest.raises(BadRequest) as caught:
        client.start_search()
    assert caught.value.reason == "missing_parameters"
    with pytest.raises(BadRequest) as caught:
        client.start_search(after=utcnow() - timedelta(days=120), before=utcnow())
    assert caught.value.reason == "range_too_long"
    forbidden = next(p.property_id for p in info.properties if not p.has_access)
    with pytest.raises(NoAccessToProperty):
        client.start_search(property_id=forbidden)
