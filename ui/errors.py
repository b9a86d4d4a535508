"""Translated texts for the core's known errors, looked up by ``KnownError.code``.

The core writes English (for the CLI and the logs); the UI shows the user's language.
Where the core adds a precise detail (a file and key, a property id), it is shown
under the translated text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import KnownError


def _texts() -> dict[str, tuple[str, str]]:
    # QCoreApplication.translate is spelled out at each call so that lupdate finds it.
    return {
        "network": (
            QCoreApplication.translate("KnownError", "Booking.com could not be reached."),
            QCoreApplication.translate(
                "KnownError", "Check the network connection. Frontdesk retries automatically."
            ),
        ),
        "auth": (
            QCoreApplication.translate("KnownError", "Booking.com refused the credentials."),
            QCoreApplication.translate(
                "KnownError", "Enter the machine-account client id and secret again."
            ),
        ),
        "keychain": (
            QCoreApplication.translate("KnownError", "The system keychain is not available."),
            QCoreApplication.translate(
                "KnownError",
                "Unlock or install the system keychain, or keep the credentials "
                "for this session only.",
            ),
        ),
        "disk_full": (
            QCoreApplication.translate(
                "KnownError", "The disk is full; nothing more can be saved."
            ),
            QCoreApplication.translate(
                "KnownError", "Free some disk space. What you typed is kept until then."
            ),
        ),
        "database_locked": (
            QCoreApplication.translate("KnownError", "The database is busy in another program."),
            QCoreApplication.translate(
                "KnownError", "Close other Frontdesk windows on this computer and try again."
            ),
        ),
        "database_corrupt": (
            QCoreApplication.translate("KnownError", "The database file is damaged."),
            QCoreApplication.translate(
                "KnownError", "Restore the latest backup from the data folder's backups."
            ),
        ),
        "bad_input": (
            QCoreApplication.translate("KnownError", "This value is not valid."),
            QCoreApplication.translate("KnownError", "Correct the highlighted value."),
        ),
        "config": (
            QCoreApplication.translate("KnownError", "The configuration file is not valid."),
            QCoreApplication.translate("KnownError", "Correct the named key in the file."),
        ),
        "permission_denied": (
            QCoreApplication.translate("KnownError", "Your role does not allow this action."),
            QCoreApplication.translate("KnownError", "Ask a manager or an administrator."),
        ),
    }


def known_error_text(error: KnownError) -> tuple[str, str]:
    """A window title and a body: what happened, what to do, and the core's detail."""
    title, next_step = _texts().get(
        error.code, (QCoreApplication.translate("KnownError", "Something went wrong."), "")
    )
    body = "\n\n".join(part for part in (error.message, next_step) if part)
    if error.message == type(error).default_message:
        body = "\n\n".join(part for part in (title, next_step) if part)
    return title, body
