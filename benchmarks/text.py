"""Varied guest and hotel messages in six languages, from the sandbox's phrase banks.

Fast enough for a million messages: every choice is one ``random.Random`` call, and the
sentences are filled with :func:`desktop.sandbox.phrases.fill` as the sandbox fills them.
Besides the banks' sentences, a share of messages carries the rare words real guests
write (flight numbers, number plates, room numbers, e-mail addresses, phone numbers), so
the full-text index has a long tail of rare terms as well as very common ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from desktop.sandbox.phrases import BANKS, Bank, Topic, fill

#: Languages of the large profile and their share of conversations.
LANGUAGE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("fr", 25),
    ("en", 25),
    ("de", 15),
    ("es", 12),
    ("it", 12),
    ("nl", 11),
)
LANGUAGES = tuple(code for code, _ in LANGUAGE_WEIGHTS)
_TOPICS = tuple(Topic)
_DATE_FORMATS = {"de": "%d.%m.", "nl": "%d-%m"}
_AIRLINES = ("AF", "KL", "LH", "IB", "AZ", "BA", "U2", "FR", "VY", "LX")
_EXTRA = {
    "fr": ("Mon vol est le {flight}.", "Ma plaque : {plate}.", "Mon numéro : {phone}."),
    "en": ("My flight is {flight}.", "Our number plate is {plate}.", "Call me on {phone}."),
    "de": ("Mein Flug ist {flight}.", "Unser Kennzeichen: {plate}.", "Meine Nummer: {phone}."),
    "es": ("Mi vuelo es el {flight}.", "Nuestra matrícula: {plate}.", "Mi teléfono: {phone}."),
    "it": ("Il mio volo è {flight}.", "La nostra targa: {plate}.", "Il mio numero: {phone}."),
    "nl": ("Mijn vlucht is {flight}.", "Ons kenteken: {plate}.", "Mijn nummer: {phone}."),
}


@dataclass(slots=True)
class Voice:
    """Who writes in one conversation, and the values their sentences are filled with."""

    language: str
    bank: Bank
    values: dict[str, str]


class Composer:
    """Writes messages; one per conversation language, drawing from one generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def voice(
        self, language: str, guest_first: str, hotel: str, staff: str, link: str, day: str
    ) -> Voice:
        rng = self.rng
        price = rng.choice((12, 15, 18, 20, 25, 30, 35, 40))
        values = {
            "guest": guest_first,
            "hotel": hotel,
            "staff": staff,
            "time": f"{rng.randint(13, 23)}:{rng.choice(('00', '15', '30', '45'))}",
            "date": day,
            "nights": str(rng.randint(1, 7)),
            "price": f"€{price}" if language in ("en", "nl") else f"{price} €",
            "link": link,
        }
        return Voice(language, BANKS[language], values)

    def date_text(self, language: str, day: date) -> str:
        return day.strftime(_DATE_FORMATS.get(language, "%d/%m"))

    def topic(self) -> Topic:
        return self.rng.choice(_TOPICS)

    def question(self, voice: Voice, topic: Topic, follow_up: bool = False) -> str:
        rng, bank, values = self.rng, voice.bank, voice.values
        body = rng.choice(bank.questions[topic])
        parts = [fill(rng.choice(bank.greetings), values)] if rng.random() < 0.7 else []
        if follow_up and rng.random() < 0.5:
            body = f"{rng.choice(bank.follow_ups)} {body[0].lower()}{body[1:]}"
        parts.append(fill(body, values))
        if rng.random() < 0.12:
            parts.append(self._extra(voice))
        if rng.random() < 0.6:
            parts.append(fill(rng.choice(bank.sign_offs), values))
        return "\n\n".join(parts)

    def answer(self, voice: Voice, topic: Topic) -> str:
        rng, bank, values = self.rng, voice.bank, voice.values
        greeting = fill(rng.choice(bank.hotel_greetings), values)
        sign_off = fill(rng.choice(bank.hotel_sign_offs), values)
        body = fill(rng.choice(bank.answers[topic]), values)
        if rng.random() < 0.05:
            body += (
                f" {rng.choice(('Room', 'Chambre', 'Zimmer', 'Camera'))} {rng.randint(101, 512)}."
            )
        return f"{greeting}\n\n{body}\n\n{sign_off}"

    def thanks(self, voice: Voice) -> str:
        return self.rng.choice(voice.bank.thanks)

    def template(self, voice: Voice, key: str) -> str:
        return fill(voice.bank.templates[key], voice.values)

    def request_to_book(self, voice: Voice) -> str:
        return fill(self.rng.choice(voice.bank.request_to_book), voice.values)

    def guest_name(self, language: str) -> tuple[str, str]:
        bank = BANKS[language]
        return self.rng.choice(bank.first_names), self.rng.choice(bank.last_names)

    def _extra(self, voice: Voice) -> str:
        rng = self.rng
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        plate = (
            f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(100, 999)}-"
            f"{rng.choice(letters)}{rng.choice(letters)}"
        )
        extra = {
            "flight": f"{rng.choice(_AIRLINES)}{rng.randint(100, 9999)}",
            "plate": plate,
            "phone": f"+{rng.randint(30, 49)} {rng.randint(600, 799)} "
            f"{rng.randint(100000, 999999)}",
        }
        return fill(rng.choice(_EXTRA[voice.language]), extra)

    def language(self) -> str:
        return self.rng.choices(LANGUAGES, [w for _, w in LANGUAGE_WEIGHTS])[0]
