"""Contract tests: every injected fault becomes the right typed error, retried or not."""

from __future__ import annotations

import time

import pytest

from desktop.booking import (
    BookingClient,
    ConnectionFailed,
    MalformedResponse,
    RateLimited,
    RequestTimeout,
    ServerError,
)
from desktop.errors import NetworkError
from desktop.sandbox import SandboxInfo, SandboxServer
from tests.integration.conftest import Admin, ClientFactory, Sleeps, pick, writable

pytestmark = pytest.mark.integration


def test_429_on_a_read_is_retried_then_raised(
    client: BookingClient, admin: Admin, info: SandboxInfo, sleeps: Sleeps
) -> None:
    client.list_tags(info.property_ids[0])  # sign in first
    admin.faults("conversations:429").raise_for_status()
    before = admin.requests("conversations")
    with pytest.raises(RateLimited) as caught:
        client.list_conversations(info.property_ids[0])
    assert admin.requests("conversations") - before == 3
    assert sleeps.delays == [0.5, 1.0]  # full jitter drew its maximum: base * 2 ** n
    assert isinstance(caught.value, NetworkError)
    assert caught.value.ruid


def test_transient_429_recovers(client: BookingClient, admin: Admin, info: SandboxInfo) -> None:
    admin.faults("conversations:429@2").raise_for_status()
    assert client.list_conversations(info.property_ids[0]).conversations


def test_500_on_a_read_is_retried(client: BookingClient, admin: Admin, info: SandboxInfo) -> None:
    client.list_tags(info.property_ids[0])
    admin.faults("tags:500").raise_for_status()
    before = admin.requests("tags")
    with pytest.raises(ServerError) as caught:
        client.list_tags(info.property_ids[0])
    assert admin.requests("tags") - before == 3
    assert caught.value.status == 500
    assert not caught.value.outcome_unknown


def test_500_on_send_is_not_retried(
    client: BookingClient, admin: Admin, server: SandboxServer, sleeps: Sleeps
) -> None:
    world = pick(server, writable)
    admin.faults("send:500").raise_for_status()
    before = admin.requests("send")
    with pytest.raises(ServerError) as caught:
        client.send_message(world.property_id, world.conversation_id, "Once only")
    assert admin.requests("send") - before == 1
    assert caught.value.outcome_unknown
    assert sleeps.delays == []


def test_tag_changes_are_retried(
    client: BookingClient, admin: Admin, server: SandboxServer
) -> None:
    world = pick(server, writable)
    admin.faults("tag_no_reply_needed:503@2").raise_for_status()
    assert client.set_no_reply_needed(world.property_id, world.conversation_id).is_set


def test_queue_confirmation_is_not_retried(client: BookingClient, admin: Admin) -> None:
    admin.tick(1)
    admin.faults("confirm:500").raise_for_status()
    before = admin.requests("confirm")
    with pytest.raises(ServerError):
        client.confirm_messages(1)
    assert admin.requests("confirm") - before == 1


def test_timeout(make_client: ClientFactory, admin: Admin, info: SandboxInfo) -> None:
    client = make_client(timeout=0.3)
    client.list_tags(info.property_ids[0])
    admin.faults("tags:timeout=5s").raise_for_status()
    started = time.monotonic()
    with pytest.raises(RequestTimeout):
        client.list_tags(info.property_ids[0])
    assert time.monotonic() - started < 3  # three attempts of 0.3 s, not the 5 s hang


def test_timeout_on_send_leaves_the_outcome_unknown(
    make_client: ClientFactory, admin: Admin, server: SandboxServer
) -> None:
    world = pick(server, writable)
    client = make_client(timeout=0.3)
    admin.faults("send:timeout=5s").raise_for_status()
    with pytest.raises(RequestTimeout) as caught:
        client.send_message(world.property_id, world.conversation_id, "Did it go?")
    assert caught.value.outcome_unknown


def test_connection_drop(client: BookingClient, admin: Admin, info: SandboxInfo) -> None:
    admin.faults("conversations:drop").raise_for_status()
    with pytest.raises(ConnectionFailed):
        client.list_conversations(info.property_ids[0])


def test_malformed_json(client: BookingClient, admin: Admin, info: SandboxInfo) -> None:
    admin.faults("conversations:malformed@1").raise_for_status()
    with pytest.raises(MalformedResponse) as caught:
        client.list_conversations(info.property_ids[0])
    assert caught.value.ruid  # from the header, since the body cannot be read
    assert caught.value.status == 200


def test_malformed_shape(client: BookingClient, admin: Admin, info: SandboxInfo) -> None:
    admin.faults("tags:malformed=shape").raise_for_status()
    with pytest.raises(MalformedResponse) as caught:
        client.list_tags(info.property_ids[0])
    assert caught.value.details["field"] == "data"


def test_malformed_token_answer(
    make_client: ClientFactory, admin: Admin, info: SandboxInfo
) -> None:
    admin.faults("token:malformed").raise_for_status()
    with pytest.raises(MalformedResponse):
        make_client().list_tags(info.property_ids[0])


def test_latency_is_only_slower(client: BookingClient, admin: Admin, info: SandboxInfo) -> None:
    client.list_tags(info.property_ids[0])
    admin.faults("tags:latency=150ms").raise_for_status()
    started = time.monotonic()
    assert client.list_tags(info.property_ids[0])
    assert time.monotonic() - started >= 0.15


def test_invalid_spec_is_refused_by_the_admin_endpoint(admin: Admin) -> None:
    response = admin.faults("conversations:explode")
    assert response.status_code == 400
    assert "explode" in response.json()["error"]
    response = admin.faults("nosuchroute:500")
    assert response.status_code == 400
