"""One HTTP exchange with Booking.com: error mapping, request ids, logging, retry policy.

:func:`perform` sends one request and either returns a :class:`Reply` (2xx with a JSON
body) or raises a typed :mod:`desktop.booking.errors` error. It logs method, path,
status, ruid and duration, never bodies, query strings or headers (message text and
secrets stay out of the logs).

The request id comes from the envelope's ``meta.ruid`` or, when the body is not an
envelope (a proxy's error page, a broken answer), from a response header. Booking.com
does not document such a header (**inferred**): the first of :data:`RUID_HEADERS`
present is used; the sandbox sends ``X-Booking-RUID``.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from desktop.booking.errors import (
    ConnectionFailed,
    MalformedResponse,
    RequestTimeout,
    error_for_status,
)
from desktop.booking.parse import envelope_errors, envelope_ruid

log = logging.getLogger(__name__)

RUID_HEADERS = ("X-Booking-RUID", "RUID", "X-RUID")
#: Connect within 5 s; a read may take up to 30 s (search results can be slow).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
API_HEADERS = {
    "Accept-Version": "1.2",
    "Accept": "application/json",
    "Content-Type": "application/json",
}

_NO_BODY = object()


@dataclass(frozen=True, slots=True)
class Reply:
    """A successful answer: the decoded JSON body and the request id."""

    status: int
    body: Any
    ruid: str | None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter, for requests that are safe to repeat.

    Before retry ``n`` (1, 2, ...) the caller sleeps a uniformly random time in
    ``[0, min(max_delay, base_delay * 2 ** (n - 1))]``. ``sleep`` and ``jitter`` (a
    uniform draw in [0, 1)) are injectable so tests run instantly and deterministically.
    """

    max_attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def delay(self, retry: int) -> float:
        return self.jitter() * min(self.max_delay, self.base_delay * 2.0 ** (retry - 1))


def perform(
    http: httpx.Client,
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    params: Mapping[str, str | int] | None = None,
    body: Mapping[str, Any] | None = None,
    may_repeat: bool,
    path: str | None = None,
) -> Reply:
    """Send one request; map every failure to a typed error.

    ``may_repeat`` says whether the request is safe to repeat; when it is not, a
    failure that may have happened after the server acted (timeout, dropped
    connection, 5xx) is flagged ``outcome_unknown``. ``path`` is the URL's path as
    logged (parsed from ``url`` when not given).
    """
    request = http.build_request(method, url, headers=headers, params=params, json=body)
    return send(http, request, may_repeat=may_repeat, path=path)


def send(
    http: httpx.Client, request: httpx.Request, *, may_repeat: bool, path: str | None = None
) -> Reply:
    """:func:`perform` for a request already built (with ``http.build_request`` or alike)."""
    method = request.method
    path = request.url.path if path is None else path
    started = time.perf_counter()
    try:
        response = http.send(request)
    except httpx.TimeoutException as exc:
        _log_failure(method, path, started, type(exc).__name__)
        unsent = isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
        raise RequestTimeout(outcome_unknown=not (may_repeat or unsent)) from exc
    except httpx.TransportError as exc:
        _log_failure(method, path, started, type(exc).__name__)
        unsent = isinstance(exc, httpx.ConnectError)
        raise ConnectionFailed(outcome_unknown=not (may_repeat or unsent)) from exc
    return _reply(response, method, path, started, may_repeat)


def _reply(
    response: httpx.Response, method: str, path: str, started: float, may_repeat: bool
) -> Reply:
    decoded = _decode(response)
    ruid = envelope_ruid(decoded) or _header_ruid(response.headers)
    status = response.status_code
    elapsed_ms = (time.perf_counter() - started) * 1000
    level = logging.INFO if status < 400 else logging.WARNING
    log.log(level, "%s %s -> %s ruid=%s %.0f ms", method, path, status, ruid, elapsed_ms)
    if status >= 400:
        raise error_for_status(
            status,
            ruid=ruid,
            details=envelope_errors(decoded),
            outcome_unknown=not may_repeat,
        )
    if decoded is _NO_BODY or not 200 <= status < 300:
        raise MalformedResponse(status=status, ruid=ruid, outcome_unknown=not may_repeat)
    return Reply(status=status, body=decoded, ruid=ruid)


def _decode(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _NO_BODY


def _header_ruid(headers: httpx.Headers) -> str | None:
    for name in RUID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def _log_failure(method: str, path: str, started: float, reason: str) -> None:
    elapsed_ms = (time.perf_counter() - started) * 1000
    log.warning("%s %s -> %s %.0f ms", method, path, reason, elapsed_ms)
