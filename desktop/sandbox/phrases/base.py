"""The shape of a phrase bank, and how its sentences are filled in.

Each language module defines one :class:`Bank`. Sentences carry placeholders filled by
:func:`fill`: ``{guest}`` (first name), ``{hotel}``, ``{staff}``, ``{time}``, ``{date}``,
``{price}``, ``{nights}``, ``{link}``. Messages are composed from a greeting, a body and a
sign-off, so a few sentences per topic give hundreds of different conversations.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass


class Topic(enum.StrEnum):
    ARRIVAL_TIME = "arrival_time"
    PARKING = "parking"
    LATE_CHECKIN = "late_checkin"
    BREAKFAST = "breakfast"
    ALLERGIES = "allergies"
    BABY_COT = "baby_cot"
    AIRPORT_SHUTTLE = "airport_shuttle"
    EARLY_CHECKIN = "early_checkin"
    INVOICE = "invoice"
    DIRECTIONS = "directions"
    LUGGAGE = "luggage"


@dataclass(frozen=True, slots=True)
class Bank:
    """Everything one language needs; every tuple has at least one entry."""

    language: str
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    greetings: tuple[str, ...]
    sign_offs: tuple[str, ...]
    hotel_greetings: tuple[str, ...]
    hotel_sign_offs: tuple[str, ...]
    questions: Mapping[Topic, tuple[str, ...]]
    answers: Mapping[Topic, tuple[str, ...]]
    thanks: tuple[str, ...]
    follow_ups: tuple[str, ...]
    request_to_book: tuple[str, ...]
    templates: Mapping[str, str]


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def fill(sentence: str, values: Mapping[str, str]) -> str:
    """``sentence`` with its placeholders replaced; unknown ones become empty."""
    return sentence.format_map(_Blank(values))
