"""The sandbox's answers: the contract's envelope, its error texts, and refusals.

Every Messaging API answer is ``{"meta": {"ruid"}, "data", "errors", "warnings"}`` with
the ruid repeated in an ``X-Booking-RUID`` header. Errors carry the **inferred** shape
``{"code": int, "message": str, "details": {"reason": str, ...}}``; ``reason`` is a
stable word tests and the client can rely on (``messaging_window_closed``...).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

RUID_HEADER = "X-Booking-RUID"
#: The contract's texts (including its spelling).
ERROR_TEXTS = {
    400: "Bad request",
    401: "Access denied",
    403: "This account doesn't have access to this property",
    404: "Not found",
    429: "To many requests",
    500: "Internal server error",
}


class Refusal(Exception):
    """Raised by the world's rules; rendered as an error envelope with ``status``."""

    def __init__(
        self, status: int, reason: str, message: str | None = None, **details: Any
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.message = message or ERROR_TEXTS.get(status, _phrase(status))
        self.details = details


def new_ruid() -> str:
    return uuid.uuid4().hex


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def envelope(
    data: Mapping[str, Any] | None, *, status: int = 200, errors: list[Any] | None = None
) -> JSONResponse:
    ruid = new_ruid()
    body = {"meta": {"ruid": ruid}, "data": data, "errors": errors or [], "warnings": []}
    return JSONResponse(body, status_code=status, headers={RUID_HEADER: ruid})


def error(
    status: int, reason: str | None = None, message: str | None = None, **details: Any
) -> JSONResponse:
    """An error envelope; ``reason`` goes into the entry's ``details``."""
    entry_details = {"reason": reason, **details} if reason else dict(details)
    entry = {
        "code": status,
        "message": message or ERROR_TEXTS.get(status, _phrase(status)),
        "details": entry_details,
    }
    return envelope(None, status=status, errors=[entry])


async def refusal_handler(request: Request, exc: Exception) -> Response:
    """Starlette exception handler for :class:`Refusal`."""
    if not isinstance(exc, Refusal):  # pragma: no cover - registered for Refusal only
        raise exc
    return error(exc.status, exc.reason, exc.message, **exc.details)
