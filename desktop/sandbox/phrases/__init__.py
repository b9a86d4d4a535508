"""Phrase banks of the sample world: what guests ask and hotels answer, in six languages.

French, English, German, Spanish, Italian and Dutch, one module each; the shape is in
:mod:`desktop.sandbox.phrases.base`.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.sandbox.phrases import de, en, es, fr, it, nl
from desktop.sandbox.phrases.base import Bank, Topic, fill

BANKS: Mapping[str, Bank] = {
    bank.language: bank for bank in (fr.BANK, en.BANK, de.BANK, es.BANK, it.BANK, nl.BANK)
}
LANGUAGES: tuple[str, ...] = tuple(BANKS)

#: Template ids and names of the automatically sent templates (names as set in the extranet).
TEMPLATE_NAMES = {
    "welcome": ("tpl-1001", "Reservation confirmation"),
    "check_in": ("tpl-1002", "Check-in information"),
    "after_stay": ("tpl-1003", "Thank you for staying"),
}

__all__ = ["BANKS", "LANGUAGES", "TEMPLATE_NAMES", "Bank", "Topic", "fill"]
