"""Reply templates: variables, rendering, and the lint shown before sending.

A template is the profile's text with ``{variable}`` placeholders. Known variables are
:data:`VARIABLES`. Rendering fills those it has a value for and leaves the others in
place, so the lint can point at them:

- *unknown*: a placeholder that is not a known variable (a typo, ``{{GuestName}}``
  copied from another tool);
- *unfilled*: a known variable with no value for this conversation (no check-in date
  known yet), or one left in a text typed by hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop.domain import Conversation, Reservation

VARIABLES = ("guest_name", "reservation_number", "checkin", "checkout", "property_name")

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Template:
    """A profile template in one language."""

    name: str
    language: str
    text: str


@dataclass(frozen=True, slots=True)
class TemplateLint:
    """Placeholders left in a text: unknown names and known variables without a value."""

    unknown: tuple[str, ...] = ()
    unfilled: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.unknown and not self.unfilled


@dataclass(frozen=True, slots=True)
class RenderedTemplate:
    text: str
    lint: TemplateLint


def primary_language(code: str | None) -> str | None:
    """``"fr-BE"`` -> ``"fr"``; None or empty stays None."""
    if not code:
        return None
    return code.replace("_", "-").split("-")[0].strip().lower() or None


def format_date(value: date, language: str | None) -> str:
    """A stay date as a guest reads it: ``12 June 2025`` / ``12 juin 2025``, else ISO."""
    months = _MONTHS.get(primary_language(language) or "")
    if months is None:
        return value.isoformat()
    return f"{value.day} {months[value.month - 1]} {value.year}"


def variables_for(
    conversation: Conversation,
    reservation: Reservation | None,
    property_name: str,
    language: str | None,
) -> dict[str, str]:
    """The value of each known variable for a conversation ("" when unknown)."""
    guest = conversation.guest_name or (reservation.guest_name if reservation else "")
    checkin = reservation.checkin if reservation else None
    checkout = reservation.checkout if reservation else None
    return {
        "guest_name": guest.strip(),
        "reservation_number": conversation.reservation_number or "",
        "checkin": format_date(checkin, language) if checkin else "",
        "checkout": format_date(checkout, language) if checkout else "",
        "property_name": property_name,
    }


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def lint_text(text: str) -> TemplateLint:
    """The placeholders still in ``text``: unknown ones, and known ones never filled."""
    names = _PLACEHOLDER.findall(text)
    unknown = _unique([n for n in names if n not in VARIABLES])
    unfilled = _unique([n for n in names if n in VARIABLES])
    return TemplateLint(unknown=unknown, unfilled=unfilled)


def render(text: str, values: Mapping[str, str]) -> RenderedTemplate:
    """Fill the known variables that have a value; report what is left."""

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "")
        return value if match.group(1) in VARIABLES and value else match.group(0)

    rendered = _PLACEHOLDER.sub(fill, text)
    return RenderedTemplate(rendered, lint_text(rendered))


def choose_templates(
    templates: Mapping[str, Mapping[str, str]],
    guest_language: str | None,
    ui_language: str | None,
) -> list[Template]:
    """The templates in the guest's language, else the UI language, else any language.

    Within a language, templates keep the profile's order.
    """
    order = [primary_language(guest_language), primary_language(ui_language), *templates]
    for language in order:
        if language and templates.get(language):
            return [Template(name, language, body) for name, body in templates[language].items()]
    return []
