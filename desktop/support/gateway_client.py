"""A typed client of the support gateway (``docs/support-gateway.md``).

The support gateway is an HTTP JSON API of Frontdesk's own design that a hotel group or
a vendor implements to carry partner-support cases (Booking.com publishes no API for
them); the sandbox serves it for the demo and the tests. The client exchanges its
client id and secret for a JWT (like the Messaging API), keeps the token in memory,
refreshes it before it expires or once after a 401, and maps every failure to a typed
:class:`GatewayError` (a :class:`~desktop.errors.KnownError`).

The credentials live in the system keychain under ``"<profile_id>:support-gateway"``
(:func:`load_gateway_credentials`); nothing about them is written under the data
folder, and the token is never written anywhere.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from desktop.credentials import SecretStore
from desktop.errors import BadInputError
from desktop.http import make_http_client
from desktop.support.transport.gateway_errors import (
    GatewayError,
    GatewayForbidden,
    GatewayMalformed,
    GatewayNotConfigured,
    GatewayNotFound,
    GatewayRateLimited,
    GatewayRefused,
    GatewayUnauthorized,
    GatewayUnavailable,
    error_for_status,
)
from desktop.support.transport.gateway_wire import (
    CasePage,
    GatewayCase,
    GatewayMessage,
    NewCase,
    WireAttachment,
    parse_case,
    parse_page,
    wire_time,
)

log = logging.getLogger(__name__)

SECRET_SUFFIX = "support-gateway"
TOKEN_PATH = "/token"
#: Connect within 5 s; an answer may take 30 s (a case with images is large).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: A token is renewed this long before it expires (or at half its life if shorter).
REFRESH_MARGIN = 120.0
REQUEST_ID_HEADER = "X-Request-Id"


def gateway_secret_name(profile_id: str) -> str:
    """The keychain entry of a profile's gateway credentials."""
    return f"{profile_id}:{SECRET_SUFFIX}"


@dataclass(frozen=True, slots=True, repr=False)
class GatewayCredentials:
    """The gateway's client id and secret; ``repr`` hides the secret."""

    client_id: str
    client_secret: str

    def __post_init__(self) -> None:
        if not self.client_id.strip() or not self.client_secret:
            raise BadInputError(
                "The support gateway's client id and secret are both needed.",
                next_step="Enter the client id and the secret your hotel group gave you.",
            )

    def __repr__(self) -> str:
        return f"GatewayCredentials(client_id={self.client_id!r}, client_secret=<hidden>)"

    def to_secret(self) -> str:
        return json.dumps({"client_id": self.client_id, "client_secret": self.client_secret})

    @classmethod
    def from_secret(cls, text: str) -> GatewayCredentials:
        try:
            raw = json.loads(text)
            return cls(str(raw["client_id"]), str(raw["client_secret"]))
        except (ValueError, KeyError, TypeError):
            raise GatewayNotConfigured(
                "The support gateway's credentials in the keychain are damaged."
            ) from None


def save_gateway_credentials(
    secrets: SecretStore, profile_id: str, credentials: GatewayCredentials
) -> None:
    """Keep the gateway credentials in the keychain (KeychainError if there is none)."""
    secrets.set_secret(gateway_secret_name(profile_id), credentials.to_secret())


def load_gateway_credentials(secrets: SecretStore, profile_id: str) -> GatewayCredentials:
    """The gateway credentials of a profile.

    Raises:
        GatewayNotConfigured: none are kept.
        KeychainError: the keychain is locked or missing.
    """
    stored = secrets.get_secret(gateway_secret_name(profile_id))
    if stored is None:
        raise GatewayNotConfigured(details={"profile": profile_id})
    return GatewayCredentials.from_secret(stored)


class GatewayClient:
    """The support gateway at ``base_url`` (e.g. ``https://gw.example.com/support-gateway/v1``).

    Thread-safe. ``http`` is created with the OS trust store and proxies when not given,
    and closed by :meth:`close` only then.
    """

    def __init__(
        self,
        base_url: str,
        credentials: GatewayCredentials,
        *,
        http: httpx.Client | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._credentials = credentials
        self._own_http = http is None
        self._http = http or make_http_client(timeout=timeout)
        self._timeout = timeout
        self._clock = clock
        self._token: str | None = None
        self._renew_at = 0.0
        self._lock = threading.Lock()

    def close(self) -> None:
        if self._own_http:
            self._http.close()

    # ------------------------------------------------------------------ endpoints

    def create_case(self, case: NewCase) -> GatewayCase:
        """``POST /cases``; repeating it with the same ``client_reference`` is safe."""
        body = self._call("POST", "/cases", body=case.to_wire())
        return parse_case(_member(body, "case"))

    def get_case(self, case_id: str) -> GatewayCase:
        body = self._call("GET", f"/cases/{_path_part(case_id)}")
        return parse_case(_member(body, "case"))

    def list_cases(self, updated_since: datetime | None = None, *, limit: int = 100) -> CasePage:
        """One page of ``GET /cases``: cases updated at or after ``updated_since``."""
        params: dict[str, str | int] = {"limit": limit}
        if updated_since is not None:
            params["updated_since"] = wire_time(updated_since)
        return parse_page(self._call("GET", "/cases", params=params))

    def updates_since(
        self, updated_since: datetime | None, *, limit: int = 100, max_pages: int = 50
    ) -> tuple[list[GatewayCase], datetime]:
        """Every case updated since then (following ``has_more``), and the next cursor."""
        cases: list[GatewayCase] = []
        since = updated_since
        for _ in range(max_pages):
            page = self.list_cases(since, limit=limit)
            cases.extend(page.cases)
            if not page.has_more or not page.cases:
                return cases, page.server_time
            since = max(case.updated_at for case in page.cases)
        return cases, since or page.server_time

    def add_message(
        self, case_id: str, body: str, attachments: tuple[WireAttachment, ...] = ()
    ) -> GatewayCase:
        """``POST /cases/{id}/messages``: a follow-up from the property."""
        payload = {"body": body, "attachments": [a.to_wire() for a in attachments]}
        answer = self._call("POST", f"/cases/{_path_part(case_id)}/messages", body=payload)
        return parse_case(_member(answer, "case"))

    # ------------------------------------------------------------------ plumbing

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> Any:
        token = self._current_token()
        try:
            return self._send(method, path, token, body=body, params=params)
        except GatewayUnauthorized:
            token = self._current_token(rejected=token)
            return self._send(method, path, token, body=body, params=params)

    def _current_token(self, rejected: str | None = None) -> str:
        with self._lock:
            fresh = self._token is not None and self._token != rejected
            if fresh and self._clock() < self._renew_at:
                assert self._token is not None
                return self._token
            answer = self._send(
                "POST",
                TOKEN_PATH,
                None,
                body={
                    "client_id": self._credentials.client_id,
                    "client_secret": self._credentials.client_secret,
                },
            )
            token = answer.get("jwt") if isinstance(answer, dict) else None
            lifetime = answer.get("expires_in", 3600) if isinstance(answer, dict) else 0
            if not isinstance(token, str) or not token or not isinstance(lifetime, int | float):
                raise GatewayMalformed(details={"path": TOKEN_PATH})
            margin = min(REFRESH_MARGIN, float(lifetime) / 2)
            self._token, self._renew_at = token, self._clock() + float(lifetime) - margin
            return token

    def _send(
        self,
        method: str,
        path: str,
        token: str | None,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> Any:
        headers = {"Accept": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        started = time.perf_counter()
        try:
            response = self._http.request(
                method,
                self.base_url + path,
                headers=headers,
                params=params,
                json=body,
                timeout=self._timeout,
            )
        except httpx.TransportError as exc:
            log.warning("gateway %s %s failed: %s", method, path, type(exc).__name__)
            unsent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
            raise GatewayUnavailable(
                details={"error": type(exc).__name__, "outcome_unknown": not unsent}
            ) from exc
        return _decode(response, method, path, started)


def _decode(response: httpx.Response, method: str, path: str, started: float) -> Any:
    request_id = response.headers.get(REQUEST_ID_HEADER)
    elapsed = (time.perf_counter() - started) * 1000
    status = response.status_code
    level = logging.INFO if status < 400 else logging.WARNING
    log.log(level, "gateway %s %s -> %s id=%s %.0f ms", method, path, status, request_id, elapsed)
    try:
        decoded: Any = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        decoded = None
    if status >= 400:
        raise error_for_status(status, decoded, request_id)
    if not isinstance(decoded, dict):
        raise GatewayMalformed(details={"status": status, "request_id": request_id or ""})
    return decoded


def _member(body: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = body.get(key)
    if not isinstance(value, dict):
        raise GatewayMalformed(details={"missing": key})
    return value


def _path_part(value: str) -> str:
    if not value or "/" in value or value in (".", ".."):
        raise GatewayError(f"Not a gateway case id: {value!r}.")
    return value


__all__ = [
    "DEFAULT_TIMEOUT",
    "SECRET_SUFFIX",
    "CasePage",
    "GatewayCase",
    "GatewayClient",
    "GatewayCredentials",
    "GatewayError",
    "GatewayForbidden",
    "GatewayMalformed",
    "GatewayMessage",
    "GatewayNotConfigured",
    "GatewayNotFound",
    "GatewayRateLimited",
    "GatewayRefused",
    "GatewayUnauthorized",
    "GatewayUnavailable",
    "NewCase",
    "WireAttachment",
    "gateway_secret_name",
    "load_gateway_credentials",
    "save_gateway_credentials",
]
