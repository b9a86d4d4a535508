"""The parser absorbs the API's documented inconsistencies, and nothing else."""

from __future__ import annotations

from datetime import UTC, datetime
from types import MappingProxyType

import pytest

from desktop.booking import MalformedResponse
from desktop.booking import payloads as p
from desktop.booking.parse import (
    envelope_data,
    envelope_errors,
    envelope_ruid,
    flag,
    format_timestamp,
    page_id,
    sender_kind,
    timestamp,
)
from desktop.domain import Access, ConversationType, MessageType, SenderKind
from tests.unit.booking.payload_samples import (
    CONVERSATION_ID,
    GUEST_ID,
    HOST_ID,
    conversation,
    conversation_message,
    envelope,
    feed_message,
)

MOMENT = datetime(2025, 5, 1, 10, 0, 0, 123000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(True, True), (False, False), ("true", True), ("false", False), (" TRUE ", True)],
)
def test_ok_as_boolean_or_string(value: object, expected: bool) -> None:
    assert flag(value, "ok") is expected


@pytest.mark.parametrize("value", ["yes", 1, None, "", [], {"ok": True}])
def test_other_ok_values_are_malformed(value: object) -> None:
    with pytest.raises(MalformedResponse):
        flag(value, "ok")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-05-01T10:00:00.123Z", MOMENT),
        ("2025-05-01T10:00:00.123", MOMENT),
        ("2025-05-01T10:00:00Z", MOMENT.replace(microsecond=0)),
        ("2025-05-01T10:00:00", MOMENT.replace(microsecond=0)),
        ("2025-05-01T12:00:00.123+02:00", MOMENT),
        ("2025-05-01T10:00:00.123Z[GMT]", MOMENT),
        ("2025-05-01T10:00:00.123[GMT]", MOMENT),
        ("2025-05-01T12:00:00.123[Europe/Paris]", MOMENT),
    ],
)
def test_timestamp_variants_become_aware_utc(raw: str, expected: datetime) -> None:
    parsed = timestamp(raw, "timestamp")
    assert parsed == expected
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize("raw", ["yesterday", "", "2025-13-01T00:00:00Z", 1714557600, None])
def test_bad_timestamps_are_malformed(raw: object) -> None:
    with pytest.raises(MalformedResponse) as caught:
        timestamp(raw, "message.timestamp")
    assert caught.value.details["field"] == "message.timestamp"


def test_format_timestamp_round_trips() -> None:
    assert format_timestamp(MOMENT) == "2025-05-01T10:00:00.123Z"
    assert timestamp(format_timestamp(MOMENT), "t") == MOMENT


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("guest", SenderKind.GUEST),
        ("GUEST", SenderKind.GUEST),
        ("property", SenderKind.PROPERTY),
        ("hotel", SenderKind.PROPERTY),
        ("Hotel", SenderKind.PROPERTY),
    ],
)
def test_three_sender_vocabularies(word: str, kind: SenderKind) -> None:
    assert sender_kind(word, "sender") is kind


def test_unknown_sender_is_malformed() -> None:
    with pytest.raises(MalformedResponse):
        sender_kind("robot", "sender")


@pytest.mark.parametrize(("raw", "expected"), [(None, None), ("", None), (" ", None), ("50", "50")])
def test_page_cursor(raw: object, expected: str | None) -> None:
    assert page_id(raw) == expected


def test_envelope_helpers() -> None:
    body = envelope({"x": 1})
    assert envelope_data(body) == {"x": 1}
    assert envelope_data(envelope(None)) == {}
    assert envelope_ruid(body) == "ruid-1"
    assert envelope_ruid("nonsense") is None
    with pytest.raises(MalformedResponse):
        envelope_data(envelope([1, 2]))
    refused = envelope(
        None,
        errors=[
            {
                "code": 400,
                "message": "The messaging window is closed.",
                "details": {"reason": "messaging_window_closed"},
            }
        ],
    )
    details = envelope_errors(refused)
    assert details["reason"] == "messaging_window_closed"
    assert details["error_code"] == 400
    assert envelope_errors({"errors": [{"message": "To many requests"}]})["reason"] == (
        "To many requests"
    )
    assert envelope_errors({"errors": "???"}) == {}


def test_conversation_page() -> None:
    page = p.conversation_page({"conversation": conversation(), "next_page_id": "50"}, 1001001)
    summary = page.conversation
    assert summary.conversation_id == CONVERSATION_ID
    assert summary.property_id == 1001001
    assert summary.reservation_number == "4123456789"
    assert summary.access is Access.READ_WRITE
    assert summary.guest_name == "Camille Martin"
    assert (summary.guest_participant_id, summary.property_participant_id) == (GUEST_ID, HOST_ID)
    assert summary.last_message_at == MOMENT
    assert summary.last_sender is SenderKind.GUEST
    assert summary.unread_count == 0
    assert summary.needs_reply
    assert page.next_page_id == "50"
    message = page.messages[0]
    assert message.read_by == (HOST_ID,)
    assert message.sender_name == "Camille Martin"


def test_conversation_tolerates_missing_optional_fields_and_unknown_ones() -> None:
    raw = conversation(
        access=None,
        tags=None,
        conversation_type=None,
        surprise={"new": "field"},
        messages=[
            conversation_message(
                attachment_ids=None, attributes=None, tags=None, content=None, message_type=None
            ),
            conversation_message(message_id="m-0", message_type="video_call", extra=1),
        ],
    )
    page = p.conversation(raw, 7)
    assert page.conversation.access is Access.READ_WRITE
    assert page.conversation.conversation_type is ConversationType.RESERVATION
    assert not page.conversation.no_reply_needed
    assert page.conversation.unread_count == 1
    assert page.messages[0].content == ""
    assert page.messages[0].message_type is MessageType.FREE_TEXT
    assert page.messages[1].message_type is MessageType.UNKNOWN


def test_read_only_request_to_book_with_tags_as_strings() -> None:
    raw = conversation(
        access="read_only",
        conversation_type="request_to_book",
        conversation_reference=987654321,
        tags={"no_reply_needed": {"set": "true"}},
        messages=[conversation_message(tags={"read": [GUEST_ID]})],
    )
    summary = p.conversation(raw, 7).conversation
    assert summary.access is Access.READ_ONLY
    assert summary.conversation_type is ConversationType.REQUEST_TO_BOOK
    assert summary.reservation_number == "987654321"
    assert summary.no_reply_needed
    assert not summary.needs_reply


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("email", MessageType.EMAIL),
        (" Self_Service_Event ", MessageType.SELF_SERVICE_EVENT),
        ("FREE_TEXT", MessageType.FREE_TEXT),
        ("video_call", MessageType.UNKNOWN),
        (42, MessageType.UNKNOWN),
    ],
)
def test_message_types_by_any_spelling(word: object, kind: MessageType) -> None:
    raw = conversation(messages=[conversation_message(message_type=word)])
    assert p.conversation(raw, 7).messages[0].message_type is kind


def test_message_fields_in_every_shape_the_parser_accepts() -> None:
    first_host = {"participant_id": "h-0", "metadata": {"type": "hotel", "name": "Front desk"}}
    raw = conversation(
        participants=[first_host, *conversation()["participants"]],
        messages=[
            conversation_message(
                message_id="  m-9 ",
                tags=MappingProxyType({"read": MappingProxyType({"ids": [f" {HOST_ID} "]})}),
                attributes={"template_name": "welcome"},
                attachment_ids=["a-1", 7],
                reply_to={"message_id": "m-1"},
            ),
            conversation_message(message_id="m-8", reply_to="m-7", timestamp="2025-05-01T12:00"),
            conversation_message(message_id="m-7", attributes=None, reply_to=None),
        ],
    )
    page = p.conversation(raw, 7)
    first, second, third = page.messages
    assert first.message_id == "m-9"
    assert first.read_by == (HOST_ID,)
    assert first.attachment_ids == ("a-1", "7")
    assert first.template_name == "welcome"
    assert (first.reply_to, second.reply_to, third.reply_to) == ("m-1", "m-7", None)
    assert dict(third.attributes) == {}
    assert page.conversation.property_participant_id == "h-0"  # the first of its kind
    assert page.conversation.last_message_at == datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
    with pytest.raises(TypeError):
        third.attributes["x"] = 1  # type: ignore[index]
    with pytest.raises(MalformedResponse) as caught:
        p.conversation(conversation(messages=[conversation_message(attachment_ids=[" "])]), 7)
    assert caught.value.details["field"] == "message.attachment_ids[]"


def test_sender_outside_the_participants_is_malformed() -> None:
    raw = conversation(messages=[conversation_message(sender_id="stranger")])
    with pytest.raises(MalformedResponse) as caught:
        p.conversation(raw, 7)
    assert caught.value.details["field"] == "message.sender_id"


def test_feed_message_and_queue_deduplication() -> None:
    batch = p.queue_batch(
        {"messages": [feed_message(), feed_message(), feed_message(message_id="m-3")]}
    )
    assert batch.delivered == 3
    assert [m.message.message_id for m in batch.messages] == ["m-2", "m-3"]
    first = batch.messages[0]
    assert first.property_id == 1001001
    assert first.conversation_id == CONVERSATION_ID
    assert first.message.sender is SenderKind.GUEST
    assert first.message.created_at == MOMENT
    assert first.message.attachment_ids == ("a-1",)


def test_search_shapes() -> None:
    job = p.search_job({"job_id": "j-1", "expires_at": "2025-05-03T10:00:00.123Z[GMT]"})
    assert job.expires_at == MOMENT.replace(day=3)
    hotel = feed_message(
        sender={"participant_id": HOST_ID, "metadata": {"participant_type": "hotel"}},
        timestamp="2025-05-01T10:00:00Z",
    )
    page = p.search_results({"messages": [hotel], "next_page_id": ""})
    assert page.next_page_id is None
    assert page.messages[0].message.sender is SenderKind.PROPERTY


def test_small_answers() -> None:
    assert p.is_ok({"ok": "true"})
    assert p.is_ok({})
    assert not p.is_ok({"ok": False})
    sent = p.sent_message({"message_id": "m-9", "guest_has_account": "false", "ok": "true"})
    assert (sent.message_id, sent.guest_has_account) == ("m-9", False)
    assert p.tag_state({"tag": "read", "is_set": "true"}, "read").is_set
    tags = p.tag_catalogue({"tags": ["no_reply_needed", {"tag": "message_read"}]})
    assert [t.name for t in tags] == ["no_reply_needed", "message_read"]
    assert p.decoded_content({"file_content": "aGVsbG8="}) == b"hello"
    with pytest.raises(MalformedResponse):
        p.decoded_content({"file_content": "not base64!"})
