"""PIN hashing: scrypt with a random salt, parameters in the hash, constant-time check."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pytest

from desktop.errors import BadInputError
from desktop.staff import pins

FAST = pins.ScryptParams(n=2**4, r=8, p=1)


def test_hash_is_scrypt_with_salt_and_parameters() -> None:
    stored = pins.hash_pin("1234")
    scheme, params, salt, key = stored.split("$")
    assert (scheme, params) == ("scrypt", "n=16384,r=8,p=1")
    assert len(pins._unb64(salt)) == 16
    assert len(pins._unb64(key)) == 32
    expected = hashlib.scrypt(
        b"1234", salt=pins._unb64(salt), n=16384, r=8, p=1, maxmem=64 * 2**20, dklen=32
    )
    assert pins._unb64(key) == expected
    assert "1234" not in stored


def test_same_pin_gets_a_new_salt_each_time() -> None:
    assert pins.hash_pin("1234", FAST) != pins.hash_pin("1234", FAST)


def test_verify() -> None:
    stored = pins.hash_pin("40213", FAST)
    assert pins.verify_pin("40213", stored)
    assert not pins.verify_pin("40214", stored)
    assert not pins.verify_pin("", stored)
    assert not pins.verify_pin("4021３", stored)  # a full-width digit is not a digit here
    assert not pins.verify_pin("40213", None)
    assert not pins.verify_pin("40213", "plain$text")
    assert not pins.verify_pin("40213", "md5$x$y$z")


def test_parameters_travel_with_the_hash() -> None:
    stored = pins.hash_pin("1234", FAST)
    assert pins.verify_pin("1234", stored)  # checked with n=16, as stored
    assert pins.needs_rehash(stored)
    assert not pins.needs_rehash(pins.hash_pin("1234"))


def test_constant_time_compare_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(pins.hmac, "compare_digest", spy)
    stored = pins.hash_pin("1234", FAST)
    assert pins.verify_pin("1234", stored)
    assert not pins.verify_pin("9999", stored)
    assert len(calls) == 2
    assert all(isinstance(a, bytes) for a, _ in calls)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", " 1234", "１２３４", "12.4"])
def test_invalid_pins_are_refused(pin: str) -> None:
    with pytest.raises(BadInputError) as caught:
        pins.hash_pin(pin, FAST)
    assert caught.value.details["key"] == "pin"


@pytest.mark.parametrize("pin", ["0000", "12345678", "0042"])
def test_valid_pins(pin: str) -> None:
    assert pins.validate_pin(pin) == pin
