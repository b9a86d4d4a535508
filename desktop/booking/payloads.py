"""Endpoint payloads -> domain objects and :mod:`desktop.booking.models`.

Each function takes the envelope's ``data`` object of one endpoint. Field-level
tolerance lives in :mod:`desktop.booking.parse`; this module knows the shapes:

- one conversation: ``{"conversation": {...}, "next_page_id": ...}`` (the bare
  conversation object is accepted too, and ``next_page_id`` inside it);
- conversation list: ``{"conversations": [...], "next_page_id": ...}``;
- queue and search: ``{"messages": [...]}`` of messages with ``sender`` and
  ``conversation`` objects.

``Conversation.last_message_*`` and ``unread_count`` are computed from the messages in
the page at hand (the list endpoint carries only the latest message): ``unread_count``
counts guest messages whose ``tags.read`` lacks the property participant.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from operator import attrgetter
from typing import Any

from desktop.booking.models import (
    ConversationListPage,
    ConversationPage,
    FeedMessage,
    QueueBatch,
    SearchJob,
    SearchResultPage,
    SentMessage,
    TagInfo,
    TagState,
)
from desktop.booking.parse import (
    access,
    conversation_type,
    flag,
    integer,
    is_object,
    malformed,
    mapping,
    message,
    page_id,
    participant,
    required_text,
    sequence,
    text,
    timestamp,
)
from desktop.domain import Conversation, Message, Participant, SenderKind

SNIPPET_LENGTH = 120


def conversation_page(data: Mapping[str, Any], property_id: int) -> ConversationPage:
    """``GET .../conversations/{id}``: one conversation and a page of its messages."""
    raw = data.get("conversation", data)
    cursor = data.get("next_page_id")
    if cursor is None and isinstance(raw, Mapping):
        cursor = raw.get("next_page_id")
    page = conversation(raw, property_id)
    return ConversationPage(page.conversation, page.messages, page.participants, page_id(cursor))


def conversation_or_none(data: Mapping[str, Any], property_id: int) -> ConversationPage | None:
    """``GET .../conversations/type/...``: the conversation, or None if there is none."""
    if not data or data.get("conversation", data) is None:
        return None
    return conversation_page(data, property_id)


def conversation_list(data: Mapping[str, Any], property_id: int) -> ConversationListPage:
    items = sequence(data.get("conversations"), "conversations")
    return ConversationListPage(
        conversations=tuple(conversation(item, property_id) for item in items),
        next_page_id=page_id(data.get("next_page_id")),
    )


def conversation(raw: object, property_id: int) -> ConversationPage:
    body = mapping(raw, "conversation")
    conversation_id = required_text(body.get("conversation_id"), "conversation.conversation_id")
    participants = tuple(
        participant(item) for item in sequence(body.get("participants"), "participants")
    )
    by_id = {p.participant_id: p for p in participants}
    messages = tuple(
        message(item, conversation_id, _sender_of(item, by_id))
        for item in sequence(body.get("messages"), "conversation.messages")
    )
    guest, host = _guest_and_host(participants)
    reference = text(body.get("conversation_reference"), "conversation_reference").strip()
    tags = mapping(body.get("tags"), "conversation.tags", optional=True)
    latest = max(messages, key=_CREATED_AT, default=None)
    summary = Conversation(
        conversation_id=conversation_id,
        property_id=_property_id(body.get("property_id"), property_id),
        conversation_type=conversation_type(body.get("conversation_type"), "conversation_type"),
        reservation_number=reference or None,
        access=access(body.get("access")),
        guest_name=guest.name if guest else "",
        guest_participant_id=guest.participant_id if guest else None,
        property_participant_id=host.participant_id if host else None,
        no_reply_needed=tag_is_set(tags, "no_reply_needed"),
        last_message_at=latest.created_at if latest else None,
        last_message_snippet=snippet(latest.content) if latest else "",
        last_sender=latest.sender if latest else None,
        unread_count=_unread(messages, host),
    )
    return ConversationPage(summary, messages, participants)


def _sender_of(raw: object, by_id: Mapping[str, Participant]) -> Participant:
    body = mapping(raw, "message")
    sender_id = text(body.get("sender_id"), "message.sender_id").strip()
    if sender_id in by_id:
        return by_id[sender_id]
    if body.get("sender") is not None:
        return participant(body.get("sender"), "message.sender")
    raise malformed("message.sender_id", "is not a participant of the conversation")


def _guest_and_host(
    participants: tuple[Participant, ...],
) -> tuple[Participant | None, Participant | None]:
    """The first guest and the first property participant (one pass: this runs per page)."""
    guest = host = None
    for person in participants:
        if person.kind is SenderKind.GUEST:
            guest = guest or person
        elif person.kind is SenderKind.PROPERTY:
            host = host or person
    return guest, host


_CREATED_AT = attrgetter("created_at")


def _property_id(value: object, default: int) -> int:
    return default if value is None else integer(value, "conversation.property_id")


def _unread(messages: tuple[Message, ...], host: Participant | None) -> int:
    reader = host.participant_id if host else None
    return sum(1 for m in messages if m.sender is SenderKind.GUEST and reader not in m.read_by)


def tag_is_set(tags: Mapping[str, Any], name: str) -> bool:
    """``{"no_reply_needed": {"set": true}}`` (or a bare boolean) -> True."""
    value = tags.get(name)
    if is_object(value):
        value = value.get("set", value.get("is_set"))
    return False if value is None else flag(value, f"tags.{name}.set")


def snippet(content: str, limit: int = SNIPPET_LENGTH) -> str:
    flat = " ".join(content.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# -- account-wide feeds ----------------------------------------------------------------


def feed_message(raw: object, field: str = "messages[]") -> FeedMessage:
    """A message of ``/messages/latest`` or of search results."""
    body = mapping(raw, field)
    about = mapping(body.get("conversation"), f"{field}.conversation")
    conversation_id = required_text(about.get("conversation_id"), f"{field}.conversation_id")
    sender = participant(body.get("sender"), f"{field}.sender")
    reference = text(about.get("conversation_reference"), f"{field}.conversation_reference")
    return FeedMessage(
        message=message(body, conversation_id, sender),
        property_id=integer(about.get("property_id"), f"{field}.conversation.property_id"),
        conversation_reference=reference.strip() or None,
        conversation_type=conversation_type(about.get("conversation_type"), field),
    )


def queue_batch(data: Mapping[str, Any]) -> QueueBatch:
    """De-duplicates by ``message_id``; ``delivered`` keeps the raw count to confirm."""
    raw = sequence(data.get("messages"), "messages")
    unique: dict[str, FeedMessage] = {}
    for item in raw:
        parsed = feed_message(item)
        unique.setdefault(parsed.message.message_id, parsed)
    return QueueBatch(messages=tuple(unique.values()), delivered=len(raw))


def search_job(data: Mapping[str, Any]) -> SearchJob:
    expires = data.get("expires_at")
    return SearchJob(
        job_id=required_text(data.get("job_id"), "job_id"),
        expires_at=None if expires is None else timestamp(expires, "expires_at"),
    )


def search_results(data: Mapping[str, Any]) -> SearchResultPage:
    items = sequence(data.get("messages"), "messages")
    return SearchResultPage(
        messages=tuple(feed_message(item) for item in items),
        next_page_id=page_id(data.get("next_page_id")),
    )


# -- small answers ----------------------------------------------------------------------


def is_ok(data: Mapping[str, Any]) -> bool:
    """``data.ok`` as a boolean; a missing ``ok`` counts as success."""
    value = data.get("ok")
    return True if value is None else flag(value, "ok")


def sent_message(data: Mapping[str, Any]) -> SentMessage:
    has_account = data.get("guest_has_account")
    return SentMessage(
        message_id=required_text(data.get("message_id"), "message_id"),
        guest_has_account=None if has_account is None else flag(has_account, "guest_has_account"),
    )


def tag_state(data: Mapping[str, Any], expected: str) -> TagState:
    return TagState(
        tag=text(data.get("tag"), "tag", expected) or expected,
        is_set=flag(data.get("is_set"), "is_set"),
    )


def tag_catalogue(data: Mapping[str, Any]) -> tuple[TagInfo, ...]:
    """Entries are tag names, or objects with ``name`` (or ``tag``) and ``description``."""
    tags: list[TagInfo] = []
    for item in sequence(data.get("tags"), "tags"):
        if isinstance(item, str):
            tags.append(TagInfo(name=item))
            continue
        entry = mapping(item, "tags[]")
        name = required_text(entry.get("name", entry.get("tag")), "tags[].name")
        tags.append(TagInfo(name, text(entry.get("description"), "tags[].description")))
    return tuple(tags)


def decoded_content(data: Mapping[str, Any], field: str = "file_content") -> bytes:
    """Base64 file content (the attachment download)."""
    encoded = text(data.get(field), field)
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise malformed(field, "is not base64") from None
