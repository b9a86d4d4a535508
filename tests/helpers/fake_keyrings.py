"""Stand-in keyring backends for tests of ``desktop.credentials``. Tests only.

They are plain classes, not ``keyring.backend.KeyringBackend`` subclasses: those register
themselves with ``keyring``, which could then pick a fake as the process's default
keychain. Each one claims the module and class name of the backend it imitates, because
that is what ``SecretStore`` looks at, and records every call it receives.
"""

from __future__ import annotations

import sys
from typing import ClassVar, NoReturn

if "pytest" not in sys.modules:  # pragma: no cover - the point is to refuse
    raise RuntimeError(
        "tests.helpers.fake_keyrings holds fake keychains for tests; "
        "it must never be imported by Frontdesk itself."
    )


class StubKeyring:
    """Keeps secrets in a dict, records calls, and raises ``error`` on every call if set."""

    priority: ClassVar[float] = 5.0

    def __init__(self, error: Exception | None = None) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str]] = []  # (operation, user name)
        self.error = error

    def _record(self, operation: str, username: str) -> None:
        self.calls.append((operation, username))
        if self.error is not None:
            raise self.error

    def get_password(self, service: str, username: str) -> str | None:
        self._record("get", username)
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._record("set", username)
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._record("delete", username)
        del self.items[(service, username)]


class PlaintextKeyring(StubKeyring):
    """Looks like ``keyrings.alt.file.PlaintextKeyring`` (base64 in a file in $HOME)."""

    __module__ = "keyrings.alt.file"
    priority = 0.5


class UnknownKeyring(StubKeyring):
    """A third-party backend Frontdesk knows nothing about."""

    __module__ = "keyrings.example.cloud"


class SecretServiceKeyring(StubKeyring):
    """Looks like ``keyring.backends.SecretService.Keyring``; pass ``error`` to break it.

    ``KeyringLocked`` is what a wrong unlock password gives, ``InitError`` ("Prompt
    dismissed") what a keyring daemon that was never unlocked gives.
    """

    __module__ = "keyring.backends.SecretService"
    __qualname__ = "Keyring"


class _NotRunning:
    """A ``priority`` that raises, like the Secret Service backend with no daemon."""

    def __get__(self, instance: object, owner: type) -> NoReturn:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")


class StoppedSecretServiceKeyring(SecretServiceKeyring):
    """The Secret Service backend after its daemon went away."""

    __qualname__ = "Keyring"
    priority = _NotRunning()
