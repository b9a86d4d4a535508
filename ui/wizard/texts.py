"""Translated texts the pages share: input refusals, contact options, guest languages.

The core reports problems in English with a stable ``details['problem']`` (or an error
``code``); these functions give the staff's language. ``QCoreApplication.translate`` is
spelled out at each call so that ``lupdate`` finds the texts.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop.errors import BadInputError, KnownError


def reservation_problem(error: BadInputError) -> str:
    """Why a typed reservation number was refused."""
    problem = error.details.get("problem")
    if problem == "empty":
        return QCoreApplication.translate(
            "ContactWizardTexts", "Type the reservation number: 10 digits, as in the extranet."
        )
    if problem == "not_a_digit":
        return QCoreApplication.translate(
            "ContactWizardTexts", "A reservation number has only digits; “{character}” is not one."
        ).format(character=error.details.get("character", ""))
    if problem in ("too_short", "too_long"):
        return QCoreApplication.translate(
            "ContactWizardTexts",
            "A reservation number has 9 to 12 digits (usually 10); this one has {count}.",
        ).format(count=error.details.get("digits", 0))
    return error.message


def image_problem(error: BadInputError) -> str:
    """Why an image was refused."""
    name = str(error.details.get("file", ""))
    problem = error.details.get("problem")
    texts = {
        "missing": QCoreApplication.translate("ContactWizardTexts", "{file} no longer exists."),
        "unreadable": QCoreApplication.translate("ContactWizardTexts", "{file} cannot be read."),
        "not_an_image": QCoreApplication.translate(
            "ContactWizardTexts",
            "{file} is not a JPG or PNG image; Booking.com accepts only those.",
        ),
        "too_large": QCoreApplication.translate(
            "ContactWizardTexts", "{file} is larger than 10 MB; make it smaller first."
        ),
    }
    if problem == "too_many":
        return QCoreApplication.translate(
            "ContactWizardTexts", "A message can carry at most {count} images."
        ).format(count=5)
    text = texts.get(str(problem))
    return text.format(file=name) if text else error.message


def gateway_problem(error: KnownError) -> str:
    """A support-gateway failure, in the staff's language, with what to do."""
    texts = {
        "support_gateway_not_configured": QCoreApplication.translate(
            "ContactWizardTexts",
            "The support gateway is not set up on this computer. The case is saved; ask an "
            "administrator to enter the gateway's credentials.",
        ),
        "support_gateway_unauthorized": QCoreApplication.translate(
            "ContactWizardTexts",
            "The support gateway refused the credentials. The case is saved; ask an "
            "administrator to enter them again.",
        ),
        "support_gateway_unavailable": QCoreApplication.translate(
            "ContactWizardTexts",
            "The support gateway could not be reached. The case is saved and will be sent "
            "at the next sync.",
        ),
        "support_gateway_rate_limited": QCoreApplication.translate(
            "ContactWizardTexts",
            "The support gateway is busy. The case is saved and will be sent at the next sync.",
        ),
        "support_gateway_refused": QCoreApplication.translate(
            "ContactWizardTexts", "The support gateway refused the case: {detail}"
        ).format(detail=error.message),
    }
    return texts.get(error.code) or f"{error.message} {error.next_step}".strip()


def option_title(option: str) -> str:
    titles = {
        "message": QCoreApplication.translate("ContactWizardTexts", "Send a message"),
        "call": QCoreApplication.translate("ContactWizardTexts", "Call partner support"),
        "pulse": QCoreApplication.translate("ContactWizardTexts", "Report it in the Pulse app"),
    }
    return titles.get(option, option)


def call_outcome_title(outcome: str) -> str:
    titles = {
        "resolved": QCoreApplication.translate("ContactWizardTexts", "Resolved"),
        "follow_up": QCoreApplication.translate("ContactWizardTexts", "Follow-up needed"),
        "no_answer": QCoreApplication.translate("ContactWizardTexts", "No answer"),
    }
    return titles.get(outcome, outcome)


#: The guest-redirect text exists in these languages, in this order.
GUEST_LANGUAGES = ("fr", "en", "de", "es", "it", "nl")


def language_name(code: str) -> str:
    names = {
        "fr": QCoreApplication.translate("ContactWizardTexts", "French"),
        "en": QCoreApplication.translate("ContactWizardTexts", "English"),
        "de": QCoreApplication.translate("ContactWizardTexts", "German"),
        "es": QCoreApplication.translate("ContactWizardTexts", "Spanish"),
        "it": QCoreApplication.translate("ContactWizardTexts", "Italian"),
        "nl": QCoreApplication.translate("ContactWizardTexts", "Dutch"),
    }
    return names.get(code, code)


def local_time(at: datetime) -> str:
    """A moment in this computer's time zone, in the UI's short format."""
    local = at.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def stay(checkin: date | None, checkout: date | None) -> str:
    """``3 Dec 2026 – 6 Dec 2026`` (either may be missing)."""
    locale = QLocale()
    parts = [
        locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
        for day in (checkin, checkout)
        if day is not None
    ]
    return " – ".join(parts)


__all__ = [
    "GUEST_LANGUAGES",
    "call_outcome_title",
    "gateway_problem",
    "image_problem",
    "language_name",
    "local_time",
    "option_title",
    "reservation_problem",
    "stay",
]
