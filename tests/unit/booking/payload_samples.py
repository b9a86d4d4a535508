"""Realistic payloads of the Messaging API, as the contract shows them, for parser tests."""

from __future__ import annotations

from typing import Any

GUEST_ID = "8f2d4b1e-0a6b-4d3c-9a51-111111111111"
HOST_ID = "8f2d4b1e-0a6b-4d3c-9a51-222222222222"
CONVERSATION_ID = "c0ffee00-0000-4000-8000-000000000001"


def conversation_message(**overrides: Any) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": "m-1",
        "message_type": "free_text",
        "timestamp": "2025-05-01T10:00:00.123Z",
        "sender_id": GUEST_ID,
        "content": "Bonjour, avez-vous un parking ?",
        "attachment_ids": [],
        "attributes": {},
        "tags": {"read": {"participant_ids": [HOST_ID]}},
    }
    message.update(overrides)
    return message


def conversation(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "conversation_id": CONVERSATION_ID,
        "conversation_type": "reservation",
        "conversation_reference": "4123456789",
        "access": "read_write",
        "tags": {"no_reply_needed": {"set": False}},
        "participants": [
            {"participant_id": GUEST_ID, "metadata": {"type": "guest", "name": "Camille Martin"}},
            {"participant_id": HOST_ID, "metadata": {"type": "property", "name": "Hôtel du Lac"}},
        ],
        "messages": [conversation_message()],
    }
    body.update(overrides)
    return body


def feed_message(**overrides: Any) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": "m-2",
        "message_type": "free_text",
        "timestamp": "2025-05-01T10:00:00.123",
        "content": "What time is breakfast?",
        "attachment_ids": ["a-1"],
        "attributes": {},
        "reply_to": None,
        "sender": {
            "participant_id": GUEST_ID,
            "metadata": {"participant_type": "GUEST", "name": "Emily Smith"},
        },
        "conversation": {
            "property_id": 1001001,
            "conversation_id": CONVERSATION_ID,
            "conversation_reference": "4123456789",
            "conversation_type": "reservation",
        },
    }
    message.update(overrides)
    return message


def envelope(data: Any, *, errors: list[Any] | None = None) -> dict[str, Any]:
    return {"meta": {"ruid": "ruid-1"}, "data": data, "errors": errors or [], "warnings": []}
