"""The sandbox's machine account: token exchange, Basic auth, and the hourly budget.

Tokens are real HS256 JWTs signed with a key made at start-up, carrying the documented
claims (``exp``, ``iat``, ``machine_account_id``, ``provider_id``, ``client_id``,
``test``) plus a ``jti`` serial. Their lifetime and the number that may be created per
rolling hour are configurable (3600 s and 30, as on Booking.com, by default). The
``expire`` fault revokes every token issued so far, so requests get 401 until the client
exchanges a new one.
"""

from __future__ import annotations

import base64
import binascii
import collections
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import jwt

MACHINE_ACCOUNT_ID = 424242
#: Verified tokens remembered (a client keeps one token for its hour; tests make more).
_VERIFIED_KEPT = 256
PROVIDER_ID = 1717


class TokenRefused(Exception):
    """The exchange says no: ``status`` 401 (bad credentials) or 429 (budget spent)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class Account:
    """What a client needs to sign in to the sandbox (no real secret: a demo account)."""

    client_id: str = "sandbox-client"
    client_secret: str = "sandbox-secret"
    username: str = "sandbox-user"
    password: str = "sandbox-password"


class TokenIssuer:
    """Issues and checks tokens and Basic credentials; thread-safe."""

    def __init__(
        self,
        account: Account | None = None,
        *,
        lifetime: float = 3600.0,
        budget: int = 30,
        window: float = 3600.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.account = account or Account()
        self.lifetime = lifetime
        self.budget = budget
        self.window = window
        self._clock = clock
        self._key = secrets.token_hex(32)
        self._serial = 0
        self._revoked_up_to = 0
        self._issued: collections.deque[float] = collections.deque()
        #: Tokens whose signature and claims were checked: token -> (exp, jti).
        self._verified: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def exchange(self, client_id: object, client_secret: object) -> str:
        """A new token, or :class:`TokenRefused`."""
        if not (
            _same(client_id, self.account.client_id)
            and _same(client_secret, self.account.client_secret)
        ):
            raise TokenRefused(401, "Access denied")
        with self._lock:
            now = self._clock()
            while self._issued and self._issued[0] <= now - self.window:
                self._issued.popleft()
            if len(self._issued) >= self.budget:
                raise TokenRefused(429, "To many requests")
            self._issued.append(now)
            self._serial += 1
            claims = {
                "iat": int(now),
                "exp": int(now + self.lifetime),
                "machine_account_id": MACHINE_ACCOUNT_ID,
                "provider_id": PROVIDER_ID,
                "client_id": self.account.client_id,
                "test": True,
                "jti": str(self._serial),
            }
        return jwt.encode(claims, self._key, algorithm="HS256")

    def accepts(self, authorization: str | None) -> bool:
        """Whether an ``Authorization`` header is a live token or the Basic credentials."""
        scheme, _, value = (authorization or "").partition(" ")
        if scheme.lower() == "bearer":
            return self._live_token(value.strip())
        if scheme.lower() == "basic":
            return self._basic(value.strip())
        return False

    def _live_token(self, token: str) -> bool:
        """Signature, then expiry (on the issuer's clock) and revocation.

        A token whose signature was checked once is remembered, so the many requests
        made with one token cost a dictionary lookup, not an HMAC and a JSON decode.
        """
        with self._lock:
            known = self._verified.get(token)
        if known is None:
            try:
                claims = jwt.decode(
                    token,
                    self._key,
                    algorithms=["HS256"],
                    options={"verify_exp": False, "require": ["exp"]},
                )
            except (jwt.InvalidTokenError, ValueError):
                return False
            known = (int(claims["exp"]), int(str(claims.get("jti", "0"))))
            with self._lock:
                if len(self._verified) >= _VERIFIED_KEPT:
                    self._verified.clear()
                self._verified[token] = known
        expires, serial = known
        with self._lock:
            return self._clock() < expires and serial > self._revoked_up_to

    def _basic(self, encoded: str) -> bool:
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, ValueError):
            return False
        return _same(user, self.account.username) and _same(password, self.account.password)

    def revoke_all(self) -> None:
        """Every token issued so far now gets 401 (the ``expire`` fault)."""
        with self._lock:
            self._revoked_up_to = self._serial

    def stats(self) -> dict[str, int]:
        with self._lock:
            now = self._clock()
            recent = sum(1 for at in self._issued if at > now - self.window)
            return {
                "tokens_issued": self._serial,
                "tokens_this_hour": recent,
                "token_budget": self.budget,
            }


def _same(given: object, expected: str) -> bool:
    return isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())
