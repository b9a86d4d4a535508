"""Reservation numbers as staff type them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.errors import BadInputError
from desktop.support.reservation_numbers import (
    MAX_DIGITS,
    MIN_DIGITS,
    looks_like_reservation_number,
    normalise,
)

SEPARATORS = [" ", ".", "-", "\u00a0", "\t", "\u2013"]


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("4012345678", "4012345678"),
        ("  4012345678\n", "4012345678"),
        ("4012 345 678", "4012345678"),
        ("4012.345.678", "4012345678"),
        ("4012-345-678", "4012345678"),
        ("4 012\u00a0345\u2013678", "4012345678"),
        ("401234567", "401234567"),
        ("401234567890", "401234567890"),
        ("\uff14\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", "4012345678"),
    ],
)
def test_separators_are_dropped(typed: str, number: str) -> None:
    assert normalise(typed) == number
    assert looks_like_reservation_number(typed)


@pytest.mark.parametrize(
    ("typed", "problem", "says"),
    [
        ("", "empty", "is empty"),
        (" - . ", "empty", "is empty"),
        ("4O12345678", "not_a_digit", "only digits — you typed a letter 'O'?"),
        ("4012345l78", "not_a_digit", "only digits — you typed a letter 'l'?"),
        ("BK4012345678", "not_a_digit", "a letter 'B' is not allowed"),
        ("#4012345678", "not_a_digit", "the character '#' is not allowed"),
        ("4012345678\x00", "not_a_digit", "'U+0000' is not allowed"),
        ("4012/345/678", "not_a_digit", "'/' is not allowed"),
        ("²012345678", "not_a_digit", "'²' is not allowed"),
        ("40123456", "too_short", "9 to 12 digits (usually 10); this one has 8"),
        ("4012345678901", "too_long", "this one has 13"),
    ],
)
def test_anything_else_is_refused_with_a_clear_message(typed: str, problem: str, says: str) -> None:
    with pytest.raises(BadInputError) as caught:
        normalise(typed)
    assert says in caught.value.message
    assert caught.value.details["problem"] == problem
    assert caught.value.details["field"] == "reservation_number"
    assert caught.value.next_step
    assert not looks_like_reservation_number(typed)


def test_a_letter_o_suggests_the_digit_zero() -> None:
    with pytest.raises(BadInputError) as caught:
        normalise("40123456O8")
    assert caught.value.next_step == "Type the digit 0 instead of the letter O."
    assert caught.value.details["position"] == 8


#: Any text, and text made mostly of what staff type, so both outcomes are exercised.
TYPED = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 .-Oo#\u00a0\u2013\uff10\u0664", min_size=8, max_size=16),
)


@settings(database=None, max_examples=300)
@given(TYPED)
def test_any_text_normalises_to_9_to_12_digits_or_is_refused(text: str) -> None:
    refused: BadInputError | None = None
    try:
        number = normalise(text)
    except BadInputError as exc:  # any other exception fails the test
        refused = exc
    if refused is not None:
        assert refused.details["problem"] in {"empty", "not_a_digit", "too_short", "too_long"}
        assert not looks_like_reservation_number(text)
        return
    assert number.isascii()
    assert number.isdigit()
    assert MIN_DIGITS <= len(number) <= MAX_DIGITS
    assert normalise(number) == number
    assert looks_like_reservation_number(text)


@settings(database=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("0123456789"), st.lists(st.sampled_from(SEPARATORS), max_size=2)),
        min_size=MIN_DIGITS,
        max_size=MAX_DIGITS,
    )
)
def test_digits_with_separators_typed_anywhere_come_back_as_the_digits(
    typed: list[tuple[str, list[str]]],
) -> None:
    text = "".join(digit + "".join(separators) for digit, separators in typed)
    assert normalise(text) == "".join(digit for digit, _ in typed)
