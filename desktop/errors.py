"""Errors the user can cause or meet, as opposed to bugs.

A :class:`KnownError` carries a stable ``code`` (the UI looks up its translated text by
that code), an English message and a next step (used by the CLI and the logs), and
optional ``details`` safe to show. Anything that is not a ``KnownError`` is a bug and
goes to the crash dialog. Messages never contain secrets or guest message text.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar


class KnownError(Exception):
    """Base class for environment and input failures with a next step for the user."""

    code: ClassVar[str] = "known"
    default_message: ClassVar[str] = "Something went wrong."
    default_next_step: ClassVar[str] = ""

    def __init__(
        self,
        message: str | None = None,
        *,
        next_step: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.next_step = next_step if next_step is not None else self.default_next_step
        self.details: Mapping[str, Any] = MappingProxyType(dict(details or {}))
        super().__init__(self.message)

    def one_line(self) -> str:
        """The message and the next step on one line, for the CLI and the logs."""
        return f"{self.message} {self.next_step}".strip()


class NetworkError(KnownError):
    code = "network"
    default_message = "Booking.com could not be reached."
    default_next_step = "Check the network connection; Frontdesk retries automatically."


class AuthError(KnownError):
    code = "auth"
    default_message = "Booking.com refused the credentials."
    default_next_step = "Enter the machine-account client id and secret again."


class KeychainError(KnownError):
    code = "keychain"
    default_message = "The system keychain is not available."
    default_next_step = (
        "Unlock or install the system keychain, or keep the credentials for this session only."
    )


class DiskFullError(KnownError):
    code = "disk_full"
    default_message = "The disk is full; nothing more can be saved."
    default_next_step = "Free some disk space; what you typed is kept in memory until then."


class DatabaseLockedError(KnownError):
    code = "database_locked"
    default_message = "The database is busy in another program."
    default_next_step = "Close other Frontdesk windows on this computer and try again."


class DatabaseCorruptError(KnownError):
    code = "database_corrupt"
    default_message = "The database file is damaged."
    default_next_step = "Restore the latest backup from the data folder's backups."


class BadInputError(KnownError):
    code = "bad_input"
    default_message = "This value is not valid."
    default_next_step = "Correct the highlighted value."


class ConfigError(BadInputError):
    """A settings or property-profile file is invalid; ``details['key']`` names the key."""

    code = "config"
    default_message = "The configuration file is not valid."
    default_next_step = "Correct the named key in the file."


class PermissionDeniedError(KnownError):
    code = "permission_denied"
    default_message = "Your role does not allow this action."
    default_next_step = "Ask a manager or an administrator."
