"""The server side of the support-gateway contract: checking requests.

A gateway validates what clients send before acting. These functions implement the
rules of ``docs/support-gateway.md`` (required members, limits, JPG/PNG images of at
most 10 MB by content, known themes) and raise :class:`WireRefusal` with the HTTP
status, the error code and the member at fault. The sandbox uses them; a hotel group
writing its gateway in Python may too.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop.support.catalogue import Catalogue
from desktop.support.reservation_numbers import looks_like_reservation_number
from desktop.support.transport.gateway_wire import NewCase, WireAttachment
from desktop.support.transport.message import MAX_IMAGE_BYTES, MAX_IMAGES, sniff_image_type

MAX_SUBJECT = 200
MAX_BODY = 5000
MAX_SHORT = 100
MAX_PAGE = 500
DEFAULT_PAGE = 100


class WireRefusal(Exception):
    """An error answer: ``{"error": {"code", "message", "field"?}}`` with ``status``."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.field = field

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field:
            error["field"] = self.field
        return {"error": error}


def invalid(name: str, why: str) -> WireRefusal:
    return WireRefusal(422, "invalid_request", f"{name} {why}.", field=name)


def required_text(body: Mapping[str, Any], name: str, limit: int) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise invalid(name, "is required")
    if len(value) > limit:
        raise invalid(name, f"is longer than {limit} characters")
    return value.strip()


def optional_text(body: Mapping[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > MAX_SHORT:
        raise invalid(name, f"must be a string of at most {MAX_SHORT} characters")
    return value


def attachments(raw: object) -> tuple[WireAttachment, ...]:
    """The decoded images of a request (415 if not JPG/PNG, 413 if over 10 MB)."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or len(raw) > MAX_IMAGES:
        raise invalid("attachments", f"must be a list of at most {MAX_IMAGES} images")
    kept = []
    for item in raw:
        name = item.get("file_name") if isinstance(item, dict) else None
        data = item.get("data") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name or not isinstance(data, str):
            raise invalid("attachments", "need a file_name and base64 data")
        try:
            content = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise invalid("attachments", "data must be base64") from None
        if len(content) > MAX_IMAGE_BYTES:
            raise WireRefusal(413, "attachment_too_large", f"{name} is over 10 MB.", "attachments")
        content_type = sniff_image_type(content[:16])
        if content_type is None:
            message = f"{name} is not a JPG or PNG image."
            raise WireRefusal(415, "unsupported_attachment", message, "attachments")
        kept.append(WireAttachment(name[:200], content_type, content))
    return tuple(kept)


def _theme(body: Mapping[str, Any], catalogue: Catalogue) -> tuple[str, str | None]:
    theme, subtheme = optional_text(body, "theme"), optional_text(body, "subtheme")
    try:
        found = catalogue.theme(theme or "")
    except KeyError:
        raise invalid("theme", "is not one of the ten themes") from None
    if subtheme is not None:
        try:
            found.subtheme(subtheme)
        except KeyError:
            raise invalid("subtheme", f"is not a sub-theme of {found.id}") from None
    return found.id, subtheme


def new_case(body: Mapping[str, Any], catalogue: Catalogue) -> NewCase:
    """A ``POST /cases`` body, checked."""
    property_id = body.get("property_id")
    if not isinstance(property_id, int) or isinstance(property_id, bool) or property_id <= 0:
        raise invalid("property_id", "must be a positive integer")
    theme, subtheme = _theme(body, catalogue)
    number = optional_text(body, "reservation_number")
    if number is not None and not (number.isdigit() and looks_like_reservation_number(number)):
        message = "A reservation number is 9 to 12 digits."
        raise WireRefusal(422, "invalid_reservation_number", message, "reservation_number")
    return NewCase(
        client_reference=optional_text(body, "client_reference"),
        property_id=property_id,
        theme=theme,
        subtheme=subtheme,
        subject=required_text(body, "subject", MAX_SUBJECT),
        description=required_text(body, "description", MAX_BODY),
        language=optional_text(body, "language") or "en",
        reservation_number=number,
        contact_name=optional_text(body, "contact_name") or "",
        attachments=attachments(body.get("attachments")),
    )


def follow_up(body: Mapping[str, Any]) -> tuple[str, tuple[WireAttachment, ...]]:
    """A ``POST /cases/{id}/messages`` body, checked: its text and images."""
    return required_text(body, "body", MAX_BODY), attachments(body.get("attachments"))


def list_query(query: Mapping[str, str]) -> tuple[datetime | None, int, int | None]:
    """``GET /cases`` parameters: ``updated_since``, ``limit``, ``property_id``."""
    since: datetime | None = None
    if query.get("updated_since"):
        try:
            since = datetime.fromisoformat(query["updated_since"])
        except ValueError:
            raise invalid("updated_since", "must be an ISO 8601 time") from None
        if since.tzinfo is None:
            raise invalid("updated_since", "needs a time zone (Z)")
    try:
        limit = int(query.get("limit") or DEFAULT_PAGE)
    except ValueError:
        raise invalid("limit", "must be an integer") from None
    if not 1 <= limit <= MAX_PAGE:
        raise invalid("limit", f"is 1 to {MAX_PAGE}")
    raw_property = query.get("property_id")
    if raw_property and not raw_property.isdigit():
        raise invalid("property_id", "must be an integer")
    return since, limit, int(raw_property) if raw_property else None


__all__ = [
    "DEFAULT_PAGE",
    "MAX_BODY",
    "MAX_PAGE",
    "MAX_SUBJECT",
    "WireRefusal",
    "attachments",
    "follow_up",
    "invalid",
    "list_query",
    "new_case",
]
