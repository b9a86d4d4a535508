"""The support gateway's JSON shapes, as typed values (``docs/support-gateway.md``).

Both directions: ``to_wire()`` writes what goes on the wire, ``parse_*`` reads what
came back. Times travel as ISO 8601 in UTC with a ``Z`` (``2026-11-20T09:30:00.000Z``);
readers accept any ISO 8601 time with an offset. Parsing answers is strict: a missing
or mistyped member is :class:`GatewayMalformed` naming it, so a gateway that breaks the
contract is noticed instead of half-read.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain import SupportCaseStatus
from desktop.support.transport.gateway_errors import GatewayMalformed

#: Who wrote a message of a gateway case.
AUTHOR_PROPERTY = "property"
AUTHOR_SUPPORT = "support"


def wire_time(value: datetime) -> str:
    """A datetime as the gateway writes it: UTC, milliseconds, ``Z``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(raw: object, key: str) -> datetime:
    if not isinstance(raw, str):
        raise GatewayMalformed(details={"member": key})
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise GatewayMalformed(details={"member": key}) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class WireAttachment:
    """An image sent with a case or a message (JPG or PNG, base64 on the wire)."""

    file_name: str
    content_type: str
    data: bytes

    def to_wire(self) -> dict[str, str]:
        return {
            "file_name": self.file_name,
            "content_type": self.content_type,
            "data": base64.b64encode(self.data).decode("ascii"),
        }


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An attachment as a case lists it (its content is not sent back)."""

    file_name: str
    content_type: str
    size: int

    def to_wire(self) -> dict[str, Any]:
        return {"file_name": self.file_name, "content_type": self.content_type, "size": self.size}


@dataclass(frozen=True, slots=True)
class NewCase:
    """The body of ``POST /cases``."""

    client_reference: str | None
    property_id: int
    theme: str
    subtheme: str | None
    subject: str
    description: str
    language: str = "en"
    reservation_number: str | None = None
    contact_name: str = ""
    attachments: tuple[WireAttachment, ...] = ()

    def to_wire(self) -> dict[str, Any]:
        return {
            "client_reference": self.client_reference,
            "property_id": self.property_id,
            "theme": self.theme,
            "subtheme": self.subtheme,
            "reservation_number": self.reservation_number,
            "subject": self.subject,
            "description": self.description,
            "language": self.language,
            "contact_name": self.contact_name,
            "attachments": [a.to_wire() for a in self.attachments],
        }


@dataclass(frozen=True, slots=True)
class GatewayMessage:
    id: str
    author: str
    body: str
    created_at: datetime
    attachments: tuple[AttachmentInfo, ...] = ()

    @property
    def from_support(self) -> bool:
        return self.author == AUTHOR_SUPPORT

    def to_wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "author": self.author,
            "body": self.body,
            "created_at": wire_time(self.created_at),
            "attachments": [a.to_wire() for a in self.attachments],
        }


@dataclass(frozen=True, slots=True)
class GatewayCase:
    id: str
    client_reference: str | None
    property_id: int
    theme: str
    subtheme: str | None
    status: SupportCaseStatus
    created_at: datetime
    updated_at: datetime
    messages: tuple[GatewayMessage, ...] = ()
    subject: str = ""
    reservation_number: str | None = None
    language: str = "en"

    def to_wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_reference": self.client_reference,
            "property_id": self.property_id,
            "theme": self.theme,
            "subtheme": self.subtheme,
            "reservation_number": self.reservation_number,
            "subject": self.subject,
            "language": self.language,
            "status": self.status.value,
            "created_at": wire_time(self.created_at),
            "updated_at": wire_time(self.updated_at),
            "messages": [m.to_wire() for m in self.messages],
        }


@dataclass(frozen=True, slots=True)
class CasePage:
    """One answer of ``GET /cases``."""

    cases: tuple[GatewayCase, ...]
    server_time: datetime
    has_more: bool = False

    def to_wire(self) -> dict[str, Any]:
        return {
            "cases": [case.to_wire() for case in self.cases],
            "has_more": self.has_more,
            "server_time": wire_time(self.server_time),
        }


def _text(raw: Mapping[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = raw.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise GatewayMalformed(details={"member": key})
    return value


def _required(raw: Mapping[str, Any], key: str) -> str:
    value = _text(raw, key)
    assert value is not None
    return value


def _attachment(raw: object) -> AttachmentInfo:
    if not isinstance(raw, dict):
        raise GatewayMalformed(details={"member": "attachments[]"})
    size = raw.get("size", 0)
    return AttachmentInfo(
        file_name=str(raw.get("file_name", "")),
        content_type=str(raw.get("content_type", "")),
        size=size if isinstance(size, int) else 0,
    )


def parse_message(raw: object) -> GatewayMessage:
    if not isinstance(raw, dict):
        raise GatewayMalformed(details={"member": "messages[]"})
    attachments = raw.get("attachments") or []
    if not isinstance(attachments, list):
        raise GatewayMalformed(details={"member": "attachments"})
    return GatewayMessage(
        id=_required(raw, "id"),
        author=_required(raw, "author"),
        body=_required(raw, "body"),
        created_at=parse_time(raw.get("created_at"), "created_at"),
        attachments=tuple(_attachment(a) for a in attachments),
    )


def parse_case(raw: Mapping[str, Any]) -> GatewayCase:
    property_id = raw.get("property_id")
    if not isinstance(property_id, int) or isinstance(property_id, bool):
        raise GatewayMalformed(details={"member": "property_id"})
    try:
        status = SupportCaseStatus(str(raw.get("status")))
    except ValueError:
        raise GatewayMalformed(details={"member": "status"}) from None
    messages = raw.get("messages", [])
    if not isinstance(messages, Sequence) or isinstance(messages, str):
        raise GatewayMalformed(details={"member": "messages"})
    return GatewayCase(
        id=_required(raw, "id"),
        client_reference=_text(raw, "client_reference", optional=True),
        property_id=property_id,
        theme=_required(raw, "theme"),
        subtheme=_text(raw, "subtheme", optional=True),
        status=status,
        created_at=parse_time(raw.get("created_at"), "created_at"),
        updated_at=parse_time(raw.get("updated_at"), "updated_at"),
        messages=tuple(parse_message(m) for m in messages),
        subject=_text(raw, "subject", optional=True) or "",
        reservation_number=_text(raw, "reservation_number", optional=True),
        language=_text(raw, "language", optional=True) or "en",
    )


def parse_page(raw: Mapping[str, Any]) -> CasePage:
    cases = raw.get("cases")
    if not isinstance(cases, list):
        raise GatewayMalformed(details={"member": "cases"})
    parsed = []
    for item in cases:
        if not isinstance(item, dict):
            raise GatewayMalformed(details={"member": "cases[]"})
        parsed.append(parse_case(item))
    return CasePage(
        cases=tuple(parsed),
        server_time=parse_time(raw.get("server_time"), "server_time"),
        has_more=bool(raw.get("has_more", False)),
    )


__all__ = [
    "AUTHOR_PROPERTY",
    "AUTHOR_SUPPORT",
    "AttachmentInfo",
    "CasePage",
    "GatewayCase",
    "GatewayMessage",
    "NewCase",
    "WireAttachment",
    "parse_case",
    "parse_message",
    "parse_page",
    "parse_time",
    "wire_time",
]
