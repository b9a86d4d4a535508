"""Staff PINs: validated, hashed with scrypt, checked in constant time.

A stored PIN hash reads ``scrypt$n=16384,r=8,p=1$<salt>$<key>`` (salt and key in
URL-safe base64 without padding). The parameters travel with the hash, so they can be
raised later without breaking the PINs already stored: :func:`needs_rehash` says when a
hash was made with weaker ones. A plain PIN is never stored nor logged.

A 4-digit PIN has only 10,000 values: the KDF makes a stolen database slower to guess,
and :class:`desktop.staff.session.StaffSession` limits attempts at the desk.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from desktop.errors import BadInputError

SCHEME = "scrypt"
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class ScryptParams:
    """The scrypt cost: ``n`` (CPU/memory, a power of two), ``r`` (block size), ``p``."""

    n: int = 2**14
    r: int = 8
    p: int = 1

    def encode(self) -> str:
        return f"n={self.n},r={self.r},p={self.p}"

    @classmethod
    def decode(cls, text: str) -> ScryptParams:
        values = dict(part.split("=", 1) for part in text.split(","))
        params = cls(n=int(values["n"]), r=int(values["r"]), p=int(values["p"]))
        if params.n < 2 or params.n & (params.n - 1) or params.r < 1 or params.p < 1:
            raise ValueError(f"bad scrypt parameters {text!r}")
        return params

    @property
    def maxmem(self) -> int:
        """Memory scrypt needs for these parameters, with room to spare."""
        return 256 * self.n * self.r * self.p + 1024 * 1024


DEFAULT_PARAMS = ScryptParams()


def validate_pin(pin: str) -> str:
    """Return ``pin`` if it is 4 to 8 ASCII digits.

    Raises:
        BadInputError: Anything else (``details['key'] == 'pin'``).
    """
    if not (PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS) or not (pin.isascii() and pin.isdigit()):
        raise BadInputError(
            "A PIN is 4 to 8 digits.",
            next_step="Type 4 to 8 digits (0-9).",
            details={"key": "pin"},
        )
    return pin


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _derive(pin: str, salt: bytes, params: ScryptParams, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=length,
    )


def hash_pin(pin: str, params: ScryptParams = DEFAULT_PARAMS) -> str:
    """The string to store for ``pin``: scheme, parameters, random salt and derived key.

    Raises:
        BadInputError: The PIN is not 4 to 8 digits.
    """
    validate_pin(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(pin, salt, params, KEY_BYTES)
    return "$".join((SCHEME, params.encode(), _b64(salt), _b64(key)))


def _parse(stored: str) -> tuple[ScryptParams, bytes, bytes]:
    scheme, params, salt, key = stored.split("$")
    if scheme != SCHEME:
        raise ValueError(f"unknown PIN hash scheme {scheme!r}")
    return ScryptParams.decode(params), _unb64(salt), _unb64(key)


def verify_pin(pin: str, stored: str | None) -> bool:
    """True if ``pin`` matches the stored hash. Never raises on a malformed input.

    The derived keys are compared with :func:`hmac.compare_digest` (constant time).
    """
    if not stored:
        return False
    try:
        params, salt, expected = _parse(stored)
    except (ValueError, KeyError):
        return False
    if not (pin.isascii() and pin.isdigit()) or len(pin) > PIN_MAX_DIGITS:
        # Still spend the same work, so the answer's timing says nothing about the input.
        pin = "0" * PIN_MIN_DIGITS
        _derive(pin, salt, params, len(expected))
        return False
    actual = _derive(pin, salt, params, len(expected))
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str, params: ScryptParams = DEFAULT_PARAMS) -> bool:
    """True if ``stored`` was made with other parameters than ``params``."""
    try:
        current, _, _ = _parse(stored)
    except (ValueError, KeyError):
        return True
    return current != params
