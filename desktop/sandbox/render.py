"""World records -> the JSON of each endpoint, with the contract's quirks.

Which quirk where (the contract says they exist, not where; this is our choice and the
client must cope with any of them anywhere):

==========================  ==========================  ===========================
endpoint                    timestamps                  sender vocabulary
==========================  ==========================  ===========================
conversations (list, one)   ``...:ss.mmmZ``             ``guest`` / ``property``
``/messages/latest``        ``...:ss.mmm`` (no ``Z``)   ``GUEST`` / ``property``
search results              ``...:ssZ`` (no millis)     ``guest`` / ``hotel``
==========================  ==========================  ===========================

``ok`` is the string ``"true"`` in send and chunk answers and a boolean elsewhere;
search ``expires_at`` ends in ``[GMT]``.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from desktop.domain import Access, ConversationType, Participant, SenderKind
from desktop.sandbox.world import WorldConversation, WorldMessage


class Stamp(enum.Enum):
    """Timestamp spellings."""

    MILLIS_Z = "%Y-%m-%dT%H:%M:%S.{ms}Z"
    MILLIS_NAIVE = "%Y-%m-%dT%H:%M:%S.{ms}"
    SECONDS_Z = "%Y-%m-%dT%H:%M:%SZ"


#: Sender vocabularies: (guest word, property word).
CONVERSATION_WORDS = ("guest", "property")
QUEUE_WORDS = ("GUEST", "property")
SEARCH_WORDS = ("guest", "hotel")


def stamp(moment: datetime, style: Stamp = Stamp.MILLIS_Z) -> str:
    """``moment`` in UTC, spelt in ``style``."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    if style is Stamp.SECONDS_Z:
        return utc.isoformat(timespec="seconds") + "Z"
    text = utc.isoformat(timespec="milliseconds")
    return text + "Z" if style is Stamp.MILLIS_Z else text


def expires_stamp(moment: datetime) -> str:
    """Search job expiry, Java ``ZonedDateTime`` style: ``...Z[GMT]``."""
    return stamp(moment) + "[GMT]"


def _word(kind: SenderKind, words: tuple[str, str]) -> str:
    return words[0] if kind is SenderKind.GUEST else words[1]


def participant(person: Participant) -> dict[str, Any]:
    return {
        "participant_id": person.participant_id,
        "metadata": {"type": _word(person.kind, CONVERSATION_WORDS), "name": person.name},
    }


def conversation_message(conversation: WorldConversation, message: WorldMessage) -> dict[str, Any]:
    sender = conversation.guest if message.sender is SenderKind.GUEST else conversation.host
    return {
        "message_id": message.message_id,
        "message_type": message.message_type.value,
        "timestamp": stamp(message.timestamp),
        "sender_id": sender.participant_id,
        "content": message.content,
        "attachment_ids": list(message.attachment_ids),
        "attributes": dict(message.attributes),
        "tags": {"read": {"participant_ids": sorted(message.read_by)}},
    }


def conversation(
    conversation: WorldConversation, messages: list[WorldMessage], now: datetime
) -> dict[str, Any]:
    """A conversation with the given messages (newest first, as the API serves them)."""
    writable = conversation.property_can_write(now)
    tags: dict[str, Any] = {}
    if conversation.conversation_type is ConversationType.RESERVATION:
        tags["no_reply_needed"] = {"set": conversation.no_reply_needed}
    return {
        "conversation_id": conversation.conversation_id,
        "conversation_type": conversation.conversation_type.value,
        "conversation_reference": conversation.reference,
        "access": (Access.READ_WRITE if writable else Access.READ_ONLY).value,
        "tags": tags,
        "participants": [participant(conversation.guest), participant(conversation.host)],
        "messages": [conversation_message(conversation, m) for m in messages],
    }


def feed_message(
    conversation: WorldConversation,
    message: WorldMessage,
    *,
    style: Stamp,
    words: tuple[str, str],
) -> dict[str, Any]:
    """A message of the queue or of search results: sender and conversation embedded."""
    sender = conversation.guest if message.sender is SenderKind.GUEST else conversation.host
    return {
        "message_id": message.message_id,
        "message_type": message.message_type.value,
        "timestamp": stamp(message.timestamp, style),
        "content": message.content,
        "attachment_ids": list(message.attachment_ids),
        "attributes": dict(message.attributes),
        "reply_to": message.reply_to,
        "sender": {
            "participant_id": sender.participant_id,
            "metadata": {"participant_type": _word(message.sender, words), "name": sender.name},
        },
        "conversation": {
            "property_id": conversation.property_id,
            "conversation_id": conversation.conversation_id,
            "conversation_reference": conversation.reference,
            "conversation_type": conversation.conversation_type.value,
        },
    }


def queue_message(conversation: WorldConversation, message: WorldMessage) -> dict[str, Any]:
    return feed_message(conversation, message, style=Stamp.MILLIS_NAIVE, words=QUEUE_WORDS)


def search_message(conversation: WorldConversation, message: WorldMessage) -> dict[str, Any]:
    return feed_message(conversation, message, style=Stamp.SECONDS_Z, words=SEARCH_WORDS)
