"""Typed failures of the support gateway, each a :class:`~desktop.errors.KnownError`.

The gateway answers errors as ``{"error": {"code", "message", "field"?}}`` with an
``X-Request-Id`` header (``docs/support-gateway.md``). Which class a caller meets:

=======================  ==============================================  ==================
class                    when                                            also an instance of
=======================  ==============================================  ==================
GatewayNotConfigured     no credentials in the keychain, or no URL       KnownError
GatewayUnauthorized      401: the client id or secret is refused         AuthError
GatewayForbidden         403: the property is not on this account        KnownError
GatewayRefused           400, 409, 413, 415, 422: the case was refused   BadInputError
GatewayNotFound          404: no such case                               KnownError
GatewayRateLimited       429                                             NetworkError
GatewayUnavailable       5xx, a timeout, no connection                   NetworkError
GatewayMalformed         an answer that breaks the contract              KnownError
=======================  ==============================================  ==================

``code`` (the class's) is what the UI translates; ``reason`` is the gateway's own error
code (``attachment_too_large``...), kept in ``details`` with the request id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.errors import AuthError, BadInputError, KnownError, NetworkError


class GatewayError(KnownError):
    """Base of every support-gateway failure."""

    code = "support_gateway"
    default_message = "The support gateway could not complete the request."
    default_next_step = "Try again in a moment."

    @property
    def reason(self) -> str | None:
        """The gateway's error code, when it sent one."""
        reason = self.details.get("reason")
        return str(reason) if reason else None

    @property
    def status(self) -> int | None:
        status = self.details.get("status")
        return int(status) if isinstance(status, int) else None


class GatewayNotConfigured(GatewayError):
    code = "support_gateway_not_configured"
    default_message = "The support gateway is not set up on this computer."
    default_next_step = (
        "Ask an administrator to enter the support gateway's client id and secret in "
        "Settings, or send the message through the extranet."
    )


class GatewayUnauthorized(GatewayError, AuthError):
    code = "support_gateway_unauthorized"
    default_message = "The support gateway refused the client id or secret."
    default_next_step = "Ask an administrator to enter the support gateway credentials again."


class GatewayForbidden(GatewayError):
    code = "support_gateway_forbidden"
    default_message = "The support gateway does not serve this property."
    default_next_step = "Ask your hotel group to add the property to the gateway account."


class GatewayRefused(GatewayError, BadInputError):
    code = "support_gateway_refused"
    default_message = "The support gateway refused the case."
    default_next_step = "Correct what the details name, then send again."


class GatewayNotFound(GatewayError):
    code = "support_gateway_not_found"
    default_message = "The support gateway does not know this case."
    default_next_step = "Refresh the list; the case may have been removed."


class GatewayRateLimited(GatewayError, NetworkError):
    code = "support_gateway_rate_limited"
    default_message = "The support gateway asks Frontdesk to slow down."
    default_next_step = "Wait a minute; Frontdesk tries again by itself."


class GatewayUnavailable(GatewayError, NetworkError):
    code = "support_gateway_unavailable"
    default_message = "The support gateway could not be reached."
    default_next_step = (
        "Check the network connection. The case is saved; Frontdesk sends it at the next sync."
    )


class GatewayMalformed(GatewayError):
    code = "support_gateway_malformed"
    default_message = "The support gateway sent an answer Frontdesk cannot read."
    default_next_step = "Try again later; if it persists, report it with the request id."


_REFUSALS = frozenset({400, 409, 413, 415, 422})


def _error_body(decoded: Any) -> Mapping[str, Any]:
    if isinstance(decoded, dict) and isinstance(decoded.get("error"), dict):
        body: Mapping[str, Any] = decoded["error"]
        return body
    return {}


def error_for_status(status: int, decoded: Any, request_id: str | None) -> GatewayError:
    """The typed error of an HTTP error answer (its body may be anything)."""
    body = _error_body(decoded)
    details: dict[str, Any] = {"status": status}
    if request_id:
        details["request_id"] = request_id
    for key, name in (("code", "reason"), ("field", "field")):
        value = body.get(key)
        if isinstance(value, str) and value:
            details[name] = value[:100]
    message = body.get("message")
    text = message[:300] if isinstance(message, str) and message.strip() else None
    if status == 401:
        return GatewayUnauthorized(details=details)
    if status == 403:
        return GatewayForbidden(details=details)
    if status == 404:
        return GatewayNotFound(details=details)
    if status == 429:
        return GatewayRateLimited(details=details)
    if status >= 500:
        return GatewayUnavailable(
            "The support gateway had an internal error.",
            details={**details, "outcome_unknown": True},
        )
    if status in _REFUSALS:
        return GatewayRefused(text, details=details)
    return GatewayError(text, details=details)


__all__ = [
    "GatewayError",
    "GatewayForbidden",
    "GatewayMalformed",
    "GatewayNotConfigured",
    "GatewayNotFound",
    "GatewayRateLimited",
    "GatewayRefused",
    "GatewayUnauthorized",
    "GatewayUnavailable",
    "error_for_status",
]
