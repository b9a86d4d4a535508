"""Tolerant reading of Messaging API payloads into domain objects.

The API is inconsistent in documented ways; every inconsistency is absorbed here, once:

- ``ok`` is a boolean or the string ``"true"``/``"false"`` (any case);
- timestamps come with or without ``Z``, with or without milliseconds, and search
  expiries may end in a zone in brackets (``...Z[GMT]``); all become aware UTC
  datetimes (a timestamp without an offset is UTC, as the contract says);
- senders are ``guest``/``property``, ``GUEST``/``property`` or ``guest``/``hotel``
  depending on the endpoint, and so are participants' ``metadata.type``;
- optional fields may be missing or ``null`` (defaults apply), unknown fields are
  ignored, unknown ``message_type`` values become ``MessageType.UNKNOWN``.

What cannot be read (a wrong type where the contract promises one, a missing id, an
unknown sender vocabulary) raises :class:`MalformedResponse` naming the field; no
``KeyError``/``TypeError``/``AttributeError`` ever leaves this module.

Inferred shapes (the documentation is silent; the sandbox serves the same):
``tags.read`` on a message is a list of participant ids or an object with
``participant_ids``; search results carry messages shaped like queue messages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from types import MappingProxyType
from typing import Any, TypeGuard
from zoneinfo import ZoneInfo

from desktop.booking.errors import MalformedResponse
from desktop.domain import (
    Access,
    Attachment,
    ConversationType,
    Message,
    MessageType,
    Participant,
    SenderKind,
)

_SENDER_WORDS = {
    "guest": SenderKind.GUEST,
    "property": SenderKind.PROPERTY,
    "hotel": SenderKind.PROPERTY,
}
_BRACKET_ZONE = re.compile(r"^(?P<stamp>.*?)\[(?P<zone>[^\[\]]*)\]$")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


def malformed(field: str, problem: str = "is missing or has the wrong type") -> MalformedResponse:
    """The error for one unreadable field; the transport adds status and ruid."""
    return MalformedResponse(details={"field": field, "problem": problem})


# -- primitives -------------------------------------------------------------------------


def mapping(value: object, field: str, *, optional: bool = False) -> Mapping[str, Any]:
    """A JSON object; ``None`` is an empty object when ``optional``."""
    if type(value) is dict:  # what json.loads makes: skip the ABC check
        return value
    if value is None and optional:
        return MappingProxyType({})
    if not isinstance(value, Mapping):
        raise malformed(field)
    return value


def sequence(value: object, field: str) -> list[Any]:
    """A JSON array; a missing array (``None``) is empty."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise malformed(field)
    return value


def text(value: object, field: str, default: str = "") -> str:
    """A string; ``None`` gives ``default``; integers are spelled out (references)."""
    if value is None:
        return default
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise malformed(field)


def required_text(value: object, field: str) -> str:
    """A non-empty string (ids)."""
    result = (value if type(value) is str else text(value, field)).strip()
    if not result:
        raise malformed(field)
    return result


def integer(value: object, field: str) -> int:
    """An integer, or a string of digits (property ids are sometimes sent as strings)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise malformed(field)


def flag(value: object, field: str) -> bool:
    """``true``/``false`` as JSON booleans or as strings (the ``ok`` quirk)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("true", "false"):
            return word == "true"
    raise malformed(field, "is not true or false")


def timestamp(value: object, field: str) -> datetime:
    """An aware UTC datetime from the API's ISO 8601 variants."""
    if not isinstance(value, str):
        raise malformed(field)
    stamp, zone = value.strip(), None
    bracketed = _BRACKET_ZONE.match(stamp) if stamp.endswith("]") else None
    if bracketed:
        stamp, zone = bracketed["stamp"].strip(), bracketed["zone"].strip()
    try:
        parsed = datetime.fromisoformat(stamp)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=_zone(zone))
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise malformed(field, "is not an ISO 8601 timestamp") from None


def _zone(name: str | None) -> tzinfo:
    if not name or name.upper() in ("GMT", "UTC", "Z"):
        return UTC
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return UTC


def format_timestamp(moment: datetime) -> str:
    """The API's own spelling: ``YYYY-MM-DDThh:mm:ss.mmmZ`` in UTC."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def sender_kind(value: object, field: str) -> SenderKind:
    """``guest``/``GUEST`` -> GUEST; ``property``/``hotel`` -> PROPERTY."""
    if isinstance(value, str):
        kind = _SENDER_WORDS.get(value.strip().lower())
        if kind is not None:
            return kind
    raise malformed(field, "is not a known sender type")


def page_id(value: object, field: str = "next_page_id") -> str | None:
    """A page cursor; missing, ``null`` and ``""`` all mean "last page"."""
    cursor = text(value, field).strip()
    return cursor or None


def string_ids(value: object, field: str) -> tuple[str, ...]:
    items = sequence(value, field)
    if not items:
        return ()
    item_field = f"{field}[]"
    return tuple(required_text(item, item_field) for item in items)


def frozen(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only copy (an empty mapping is shared: nothing can change it)."""
    return MappingProxyType(dict(value)) if value else _EMPTY


# -- envelope ---------------------------------------------------------------------------


def envelope_data(body: object) -> Mapping[str, Any]:
    """The ``data`` object of an envelope; ``null`` data reads as an empty object."""
    return mapping(mapping(body, "envelope").get("data"), "data", optional=True)


def envelope_ruid(body: object) -> str | None:
    """``meta.ruid`` when the body is an envelope that has one; never raises."""
    if isinstance(body, Mapping):
        meta = body.get("meta")
        if isinstance(meta, Mapping) and isinstance(meta.get("ruid"), str):
            return str(meta["ruid"])
    return None


def envelope_errors(body: object) -> dict[str, Any]:
    """Safe details from an error envelope's ``errors[]`` (inferred shape, see module).

    Gives ``reason`` (the first error's ``details.reason``, else its ``message``),
    ``error_code`` and ``messages``; never raises, whatever the body is.
    """
    errors = body.get("errors") if isinstance(body, Mapping) else None
    entries = [e for e in errors if isinstance(e, Mapping)] if isinstance(errors, list) else []
    if not entries:
        return {}
    first = entries[0]
    inner = first.get("details")
    reason = inner.get("reason") if isinstance(inner, Mapping) else None
    messages = [str(e["message"]) for e in entries if isinstance(e.get("message"), str)]
    result: dict[str, Any] = {"messages": messages}
    if reason is not None or messages:
        result["reason"] = str(reason) if reason is not None else messages[0]
    if isinstance(first.get("code"), int | str):
        result["error_code"] = first["code"]
    return result


# -- messages ---------------------------------------------------------------------------


def read_by(tags: Mapping[str, Any]) -> tuple[str, ...]:
    """Participant ids from a message's ``tags.read`` (a list, or an object with ids)."""
    read = tags.get("read")
    if is_object(read):
        read = read.get("participant_ids", read.get("ids"))
    return string_ids(read, "tags.read")


def reply_to(value: object) -> str | None:
    if value is None:
        return None
    if is_object(value):
        value = value.get("message_id")
    return text(value, "reply_to").strip() or None


def is_object(value: object) -> TypeGuard[Mapping[str, Any]]:
    """``isinstance(value, Mapping)``, without the ABC check for what JSON decodes to."""
    kind = type(value)
    return kind is dict or (kind not in _NOT_MAPPINGS and isinstance(value, Mapping))


_NOT_MAPPINGS = frozenset({list, str, int, float, bool, type(None)})


def message(
    raw: object,
    conversation_id: str,
    sender: Participant,
) -> Message:
    """A message of any endpoint, once its conversation and sender are known."""
    body = mapping(raw, "message")
    return Message(
        message_id=required_text(body.get("message_id"), "message.message_id"),
        conversation_id=conversation_id,
        sender=sender.kind,
        created_at=timestamp(body.get("timestamp"), "message.timestamp"),
        content=text(body.get("content"), "message.content"),
        message_type=_message_type(body.get("message_type")),
        sender_id=sender.participant_id,
        sender_name=sender.name,
        attachment_ids=string_ids(body.get("attachment_ids"), "message.attachment_ids"),
        read_by=read_by(mapping(body.get("tags"), "message.tags", optional=True)),
        attributes=frozen(mapping(body.get("attributes"), "message.attributes", optional=True)),
        reply_to=reply_to(body.get("reply_to")),
    )


def _message_type(value: object) -> MessageType:
    if value is None:
        return MessageType.FREE_TEXT
    exact = _MESSAGE_TYPES.get(value) if isinstance(value, str) else None
    return MessageType.parse(value) if exact is None else exact


#: Each message type by its own spelling, the usual case (``MessageType.parse`` does the rest).
_MESSAGE_TYPES = {str(kind.value): kind for kind in MessageType}


def participant(raw: object, field: str = "participants[]") -> Participant:
    """A conversation participant, or the ``sender`` object of a queue message."""
    body = mapping(raw, field)
    meta = mapping(body.get("metadata"), f"{field}.metadata", optional=True)
    kind_word = meta.get("type", meta.get("participant_type"))
    return Participant(
        participant_id=required_text(body.get("participant_id"), f"{field}.participant_id"),
        kind=sender_kind(kind_word, f"{field}.metadata.type"),
        name=text(meta.get("name"), f"{field}.metadata.name"),
    )


def conversation_type(value: object, field: str) -> ConversationType:
    """``reservation`` (also when missing) or ``request_to_book``."""
    word = text(value, field).strip().lower()
    if word == ConversationType.REQUEST_TO_BOOK.value:
        return ConversationType.REQUEST_TO_BOOK
    return ConversationType.RESERVATION


def access(value: object) -> Access:
    """``read_only`` or ``read_write``; missing means writable (the server decides)."""
    word = text(value, "access").strip().lower()
    return Access.READ_ONLY if word == Access.READ_ONLY.value else Access.READ_WRITE


def attachment_info(raw: object, attachment_id: str) -> Attachment:
    body = mapping(raw, "data")
    size = body.get("file_size")
    return Attachment(
        attachment_id=attachment_id,
        file_name=text(body.get("file_name"), "file_name"),
        file_type=required_text(body.get("file_type"), "file_type"),
        file_size=integer(size, "file_size") if size is not None else 0,
    )
