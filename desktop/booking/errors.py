"""Typed failures of the Booking.com Messaging API, each a :class:`KnownError`.

Every error carries the HTTP ``status`` (``None`` when no answer arrived) and the
``ruid`` Booking.com gave the request (from the envelope's ``meta.ruid`` or a response
header), which support needs to trace a failure. Both are repeated in ``details`` so the
UI and the logs can show them. ``outcome_unknown`` is true when a request that is not
safe to repeat (a send, a queue confirmation, an upload) may have reached the server
before it failed: the caller must read back before trying again.

Which class a caller meets:

=====================  ==========================================  =================
class                  when                                        also an instance of
=====================  ==========================================  =================
Unauthorized           401 (after one token refresh)               AuthError
TokenBudgetExhausted   30 token exchanges in the last hour         AuthError
NoAccessToProperty     403: property not on this machine account   KnownError
BadRequest             400 (window closed, attachment refused...)  KnownError
NotFound               404: unknown conversation, job, attachment  KnownError
RateLimited            429 (after the retries of a read)           NetworkError
ServerError            5xx (after the retries of a read)           NetworkError
RequestTimeout         no answer within the timeout                NetworkError
ConnectionFailed       connection refused, reset or dropped        NetworkError
MalformedResponse      an answer that breaks the contract          KnownError
=====================  ==========================================  =================
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.errors import AuthError, KnownError, NetworkError


class BookingError(KnownError):
    """Base of every Messaging API failure: an HTTP status and the request's ruid."""

    code = "booking"
    default_message = "Booking.com could not complete the request."
    default_next_step = "Try again in a moment."

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int | None = None,
        ruid: str | None = None,
        outcome_unknown: bool = False,
        next_step: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        merged: dict[str, Any] = dict(details or {})
        if status is not None:
            merged.setdefault("status", status)
        if ruid:
            merged.setdefault("ruid", ruid)
        if outcome_unknown:
            merged.setdefault("outcome_unknown", True)
        super().__init__(message, next_step=next_step, details=merged)
        self.status = status
        self.ruid = ruid
        self.outcome_unknown = outcome_unknown


class Unauthorized(BookingError, AuthError):
    code = "booking_unauthorized"
    default_message = "Booking.com refused the credentials (access denied)."
    default_next_step = "Enter the machine-account client id and secret again."


class TokenBudgetExhausted(BookingError, AuthError):
    """Raised before a token exchange that would exceed the hourly budget.

    ``retry_after`` (seconds) says when the oldest exchange leaves the window.
    """

    code = "booking_token_budget"
    default_message = "Too many sign-ins to Booking.com in the last hour."
    default_next_step = "Wait a few minutes; Frontdesk signs in again by itself."

    def __init__(self, retry_after: float, *, limit: int) -> None:
        super().__init__(
            details={"retry_after_seconds": round(retry_after, 1), "limit_per_hour": limit}
        )
        self.retry_after = retry_after


class NoAccessToProperty(BookingError):
    code = "booking_no_access"
    default_message = "This account doesn't have access to this property."
    default_next_step = (
        "Check the property id, or ask the connectivity provider to connect this property "
        "to the machine account."
    )


class BadRequest(BookingError):
    """A 400: the request was refused; ``details['reason']`` says why when known."""

    code = "booking_bad_request"
    default_message = "Booking.com refused the request."
    default_next_step = "Check what was sent; the details say what Booking.com objected to."

    @property
    def reason(self) -> str | None:
        reason = self.details.get("reason")
        return str(reason) if reason else None


class NotFound(BookingError):
    code = "booking_not_found"
    default_message = "Booking.com does not know this conversation, job or attachment."
    default_next_step = "Refresh the list; it may have been removed or may have expired."


class RateLimited(BookingError, NetworkError):
    code = "booking_rate_limited"
    default_message = "Booking.com asks Frontdesk to slow down (too many requests)."
    default_next_step = "Wait a minute; Frontdesk retries automatically."


class ServerError(BookingError, NetworkError):
    code = "booking_server_error"
    default_message = "Booking.com had an internal error."
    default_next_step = "Try again in a few minutes; the error is on Booking.com's side."


class RequestTimeout(BookingError, NetworkError):
    code = "booking_timeout"
    default_message = "Booking.com did not answer in time."
    default_next_step = "Check the network connection; Frontdesk retries automatically."


class ConnectionFailed(BookingError, NetworkError):
    code = "booking_connection"
    default_message = "Booking.com could not be reached."
    default_next_step = "Check the network connection and the proxy settings."


class MalformedResponse(BookingError):
    code = "booking_malformed"
    default_message = "Booking.com sent an answer Frontdesk cannot read."
    default_next_step = "Try again later; if it persists, report it with the request id."


#: Failures worth another attempt for a request that is safe to repeat.
RETRYABLE: tuple[type[BookingError], ...] = (
    RateLimited,
    ServerError,
    RequestTimeout,
    ConnectionFailed,
)


def error_for_status(
    status: int,
    *,
    ruid: str | None,
    details: Mapping[str, Any] | None = None,
    outcome_unknown: bool = False,
) -> BookingError:
    """The typed error for an HTTP error status (4xx/5xx)."""
    kwargs: dict[str, Any] = {"status": status, "ruid": ruid, "details": details}
    if status == 401:
        return Unauthorized(**kwargs)
    if status == 403:
        return NoAccessToProperty(**kwargs)
    if status == 404:
        return NotFound(**kwargs)
    if status == 429:
        return RateLimited(**kwargs)
    if status >= 500:
        return ServerError(outcome_unknown=outcome_unknown, **kwargs)
    return BadRequest(**kwargs)
