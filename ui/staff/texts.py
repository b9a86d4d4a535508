"""Translated words of the staff screens: roles and the PIN check's answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain import StaffRole
from desktop.errors import KnownError
from ui.errors import known_error_text


def role_label(role: StaffRole) -> str:
    labels = {
        StaffRole.RECEPTION: QCoreApplication.translate("StaffTexts", "Reception"),
        StaffRole.MANAGER: QCoreApplication.translate("StaffTexts", "Manager"),
        StaffRole.ADMIN: QCoreApplication.translate("StaffTexts", "Administrator"),
    }
    return labels[role]


def pin_error_text(error: KnownError) -> str:
    """What to tell someone whose PIN, name or role was refused."""
    key = error.details.get("key")
    if "retry_after" in error.details:
        return QCoreApplication.translate(
            "StaffTexts", "Too many wrong PINs. Try again in {seconds} s."
        ).format(seconds=error.details["retry_after"])
    if key == "pin" and "attempts_left" in error.details:
        return QCoreApplication.translate("StaffTexts", "This PIN is not right. Type it again.")
    if key in ("pin", "old_pin") and error.message.startswith("A PIN is"):
        return QCoreApplication.translate("StaffTexts", "A PIN is 4 to 8 digits.")
    if key == "old_pin":
        return QCoreApplication.translate("StaffTexts", "The current PIN is not right.")
    if key == "staff":
        return QCoreApplication.translate("StaffTexts", "This staff profile cannot sign in.")
    if key == "name":
        return QCoreApplication.translate(
            "StaffTexts", "This name is empty or already used by someone else."
        )
    if key == "role":
        return QCoreApplication.translate(
            "StaffTexts", "The desk needs at least one active administrator."
        )
    return known_error_text(error)[1]
