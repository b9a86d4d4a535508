"""Signing requests in: token exchange (current) or HTTP Basic (legacy).

Token auth posts ``{"client_id", "client_secret"}`` to the exchange URL and receives
``{"jwt", "ruid"}``. The token's ``exp`` claim is read *without* verifying the signature
(the client has no key and trusts the TLS connection); a token without ``exp`` is taken
to live the documented hour. Tokens are kept in memory and reused until
:data:`REFRESH_MARGIN` before expiry (half the lifetime for tokens shorter than twice
the margin, like the sandbox's short-lived ones), refreshed once after a 401, and never
written to disk here: an optional :class:`TokenCache` (the keychain, in the app) may
keep them between runs.

Booking.com lets a machine account create at most 30 tokens an hour. A
:class:`TokenBudget` enforces that on our side and raises
:class:`TokenBudgetExhausted` instead of asking for a 31st; every exchange *attempt*
counts, since a timed-out exchange may still have created a token. Share one budget
between the clients of one machine account.
"""

from __future__ import annotations

import base64
import collections
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import httpx
import jwt

from desktop.booking.errors import (
    MalformedResponse,
    TokenBudgetExhausted,
    Unauthorized,
)
from desktop.booking.parse import required_text
from desktop.booking.transport import perform
from desktop.errors import KnownError
from desktop.settings.profile import DEFAULT_TOKEN_URL

if TYPE_CHECKING:
    from desktop.settings import PropertyProfile

log = logging.getLogger(__name__)

TOKEN_LIFETIME = 3600.0
REFRESH_MARGIN = 300.0
TOKENS_PER_HOUR = 30


class CredentialsLike(Protocol):
    """What the client needs of ``desktop.credentials.Credentials``.

    ``kind`` is TOKEN or BASIC (an enum or a string; ``"basic"`` selects Basic auth);
    ``identifier`` is the client id (or user name), ``secret`` the client secret (or
    password).
    """

    @property
    def kind(self) -> object: ...
    @property
    def identifier(self) -> str: ...
    @property
    def secret(self) -> str: ...


class TokenCache(Protocol):
    """Somewhere to keep a token between runs (the app backs it with the keychain)."""

    def get(self, client_id: str) -> str | None: ...
    def set(self, client_id: str, token: str) -> None: ...


class Authenticator(Protocol):
    """Gives the ``Authorization`` header; ``refresh`` is called after a 401."""

    @property
    def refreshable(self) -> bool: ...
    def header(self) -> str: ...
    def refresh(self, rejected: str) -> str: ...


class TokenBudget:
    """At most ``limit`` token exchanges in any rolling ``window`` seconds (thread-safe)."""

    def __init__(
        self,
        limit: int = TOKENS_PER_HOUR,
        window: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._spent: collections.deque[float] = collections.deque()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        """Record one exchange, or raise :class:`TokenBudgetExhausted` if none is left."""
        with self._lock:
            now = self._forget_old()
            if len(self._spent) >= self.limit:
                retry_after = self._spent[0] + self.window - now
                raise TokenBudgetExhausted(retry_after, limit=self.limit)
            self._spent.append(now)

    def remaining(self) -> int:
        with self._lock:
            self._forget_old()
            return self.limit - len(self._spent)

    def _forget_old(self) -> float:
        now = self._clock()
        while self._spent and self._spent[0] <= now - self.window:
            self._spent.popleft()
        return now


class BasicAuth:
    """Legacy machine-account user name and password (sunset announced for 2025-12-31)."""

    refreshable = False

    def __init__(self, username: str, password: str) -> None:
        pair = f"{username}:{password}".encode()
        self._header = "Basic " + base64.b64encode(pair).decode("ascii")

    def header(self) -> str:
        return self._header

    def refresh(self, rejected: str) -> str:
        return self._header


class TokenAuth:
    """Bearer tokens from the exchange endpoint, shared safely between threads."""

    refreshable = True

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        http: httpx.Client,
        exchange_url: str = DEFAULT_TOKEN_URL,
        budget: TokenBudget | None = None,
        cache: TokenCache | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN,
    ) -> None:
        self.client_id = client_id
        self._secret = client_secret
        self._http = http
        self._url = exchange_url
        self.budget = budget if budget is not None else TokenBudget()
        self._cache = cache
        self._clock = clock
        self._margin = refresh_margin
        self._token: str | None = None
        self._refresh_at = 0.0
        self._lock = threading.Lock()

    def header(self) -> str:
        with self._lock:
            if self._token is None or self._clock() >= self._refresh_at:
                self._adopt(self._from_cache() or self._exchange())
            return f"Bearer {self._token}"

    def refresh(self, rejected: str) -> str:
        """A fresh token after a 401, unless another thread already replaced ``rejected``."""
        with self._lock:
            if self._token is None or rejected == f"Bearer {self._token}":
                self._adopt(self._exchange())
            return f"Bearer {self._token}"

    def _adopt(self, token: str) -> None:
        now = self._clock()
        expires_at = token_expiry(token, now)
        margin = min(self._margin, max(expires_at - now, 0.0) / 2)
        self._token, self._refresh_at = token, expires_at - margin

    def _from_cache(self) -> str | None:
        if self._cache is None:
            return None
        try:
            cached = self._cache.get(self.client_id)
        except KnownError as exc:
            log.warning("token cache unavailable: %s", exc.code)
            return None
        if not cached or cached == self._token:
            return None
        try:
            expires_at = token_expiry(cached, self._clock())
        except MalformedResponse:
            return None
        return cached if expires_at - self._clock() > self._margin else None

    def _exchange(self) -> str:
        self.budget.acquire()
        body = {"client_id": self.client_id, "client_secret": self._secret}
        try:
            reply = perform(self._http, "POST", self._url, body=body, may_repeat=False)
        except Unauthorized as exc:
            raise Unauthorized(
                "Booking.com refused the client id or secret.", status=exc.status, ruid=exc.ruid
            ) from exc
        token = _token_of(reply.body, reply.ruid)
        token_expiry(token, self._clock())  # unreadable tokens fail here, not later
        log.info("token exchanged ruid=%s (%d left this hour)", reply.ruid, self.budget.remaining())
        if self._cache is not None:
            try:
                self._cache.set(self.client_id, token)
            except KnownError as exc:
                log.warning("token cache unavailable: %s", exc.code)
        return token


def _token_of(body: object, ruid: str | None) -> str:
    """``{"jwt": ...}``; an enveloped ``{"data": {"jwt": ...}}`` is accepted too."""
    if isinstance(body, dict) and isinstance(body.get("data"), dict):
        body = body["data"]
    raw = body.get("jwt") if isinstance(body, dict) else None
    try:
        return required_text(raw, "jwt")
    except MalformedResponse as exc:
        raise MalformedResponse(ruid=ruid, details=exc.details) from exc


def token_expiry(token: str, now: float) -> float:
    """The token's ``exp`` (epoch seconds), read without verifying the signature."""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError as exc:
        raise MalformedResponse(details={"field": "jwt", "problem": "is not a JWT"}) from exc
    exp = claims.get("exp")
    if isinstance(exp, int | float) and not isinstance(exp, bool):
        return float(exp)
    return now + TOKEN_LIFETIME


def is_basic(kind: object) -> bool:
    return str(getattr(kind, "value", kind)).strip().lower() == "basic"


def make_auth(
    credentials: CredentialsLike,
    *,
    http: httpx.Client,
    exchange_url: str = DEFAULT_TOKEN_URL,
    budget: TokenBudget | None = None,
    cache: TokenCache | None = None,
) -> Authenticator:
    """Basic auth for BASIC credentials, token auth otherwise."""
    if is_basic(credentials.kind):
        return BasicAuth(credentials.identifier, credentials.secret)
    return TokenAuth(
        credentials.identifier,
        credentials.secret,
        http=http,
        exchange_url=exchange_url,
        budget=budget,
        cache=cache,
    )


def verify_credentials(profile: PropertyProfile, credentials: CredentialsLike) -> None:
    """Sign in with the profile's URLs and read the first property's tag catalogue.

    Raises the client's typed errors: Unauthorized for refused credentials,
    NoAccessToProperty when the account cannot see the property, and so on.
    """
    from desktop.booking.client import BookingClient

    with BookingClient(
        credentials,
        messaging_url=str(profile.booking.messaging_url),
        token_url=str(profile.booking.token_url),
    ) as client:
        client.list_tags(profile.properties[0].id)
