"""Booking.com reservation numbers as staff type them.

A reservation number is only digits: 10 in practice, 9 to 12 accepted. Staff copy them
from the extranet, a confirmation email or a phone call, so spaces, dots and dashes are
dropped; anything else (a letter O for a zero, a ``#``) is refused with a message that
says what was wrong. Digits from other scripts (full-width digits typed with an Asian
input method, Arabic-Indic digits) are read as the digits they are.
"""

from __future__ import annotations

import unicodedata

from desktop.errors import BadInputError

MIN_DIGITS = 9
MAX_DIGITS = 12
USUAL_DIGITS = 10

#: Dots and dashes staff type between groups of digits; any whitespace is dropped too.
_SEPARATORS = frozenset(".-\u2010\u2011\u2012\u2013\u2014\u2212")
#: Letters that look like digits, and the digit meant.
_LOOKALIKES = {"O": "0", "o": "0", "l": "1", "I": "1"}
_FIELD = "reservation_number"
_COPY_IT = "Copy the number from the reservation in the extranet or from the confirmation email."


def normalise(text: str) -> str:
    """The reservation number in ``text`` as ASCII digits only.

    Raises:
        BadInputError: ``text`` holds something other than digits, spaces, dots and dashes,
            or not 9 to 12 digits. ``details['problem']`` is one of ``empty``,
            ``not_a_digit``, ``too_short``, ``too_long``.
    """
    digits: list[str] = []
    for position, char in enumerate(text):
        if char.isspace() or char in _SEPARATORS:
            continue
        value = unicodedata.decimal(char, None)
        if value is None:
            raise _not_a_digit(char, position)
        digits.append(str(value))
    number = "".join(digits)
    if not number:
        raise BadInputError(
            "The reservation number is empty.",
            next_step="Type the reservation number: 10 digits, as shown in the extranet.",
            details={"field": _FIELD, "problem": "empty"},
        )
    if not MIN_DIGITS <= len(number) <= MAX_DIGITS:
        too_short = len(number) < MIN_DIGITS
        raise BadInputError(
            f"A reservation number has {MIN_DIGITS} to {MAX_DIGITS} digits (usually "
            f"{USUAL_DIGITS}); this one has {len(number)}.",
            next_step=("Check for a missing digit. " if too_short else "") + _COPY_IT,
            details={
                "field": _FIELD,
                "problem": "too_short" if too_short else "too_long",
                "digits": len(number),
            },
        )
    return number


def looks_like_reservation_number(text: str) -> bool:
    """Whether :func:`normalise` accepts ``text``."""
    try:
        normalise(text)
    except BadInputError:
        return False
    return True


def _not_a_digit(char: str, position: int) -> BadInputError:
    details = {"field": _FIELD, "problem": "not_a_digit", "character": char, "position": position}
    meant = _LOOKALIKES.get(char)
    if meant is not None:
        return BadInputError(
            f"A reservation number has only digits — you typed a letter {char!r}?",
            next_step=f"Type the digit {meant} instead of the letter {char}.",
            details=details,
        )
    shown = char if char.isprintable() else f"U+{ord(char):04X}"
    kind = "a letter" if char.isalpha() else "the character"
    return BadInputError(
        f"A reservation number has only digits — {kind} {shown!r} is not allowed.",
        next_step=_COPY_IT,
        details=details,
    )


__all__ = [
    "MAX_DIGITS",
    "MIN_DIGITS",
    "USUAL_DIGITS",
    "looks_like_reservation_number",
    "normalise",
]
