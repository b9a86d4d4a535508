"""Secrets in the operating system's keychain, and nowhere else.

:class:`SecretStore` is the one door to secrets: the Booking.com machine-account
credentials of each property profile, and a few other secrets (a cached token, the
support-gateway token). It knows whether a real system keychain is present and
unlocked and says where secrets are kept (:meth:`SecretStore.status`).

It never falls back to plain text. When no system keychain is usable, every method that
reads or writes raises :class:`~desktop.errors.KeychainError` with a next step; the
caller may then choose, explicitly, :meth:`SecretStore.session_only`, which keeps
secrets in memory until Frontdesk closes (the sandbox mode uses it too).

Entries live under the service ``"frontdesk"``; their user names are
``"<profile_id>:booking-client-id"`` and ``"<profile_id>:booking-client-secret"`` (token
auth) or ``"<profile_id>:booking-username"`` and ``"<profile_id>:booking-password"``
(legacy Basic auth). The client id is not secret, but it is kept with its secret so that
nothing about credentials is written under the data folder.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol, TypeVar, cast

import keyring
from keyring.backends.chainer import ChainerBackend
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
)

from desktop.domain import StrEnum
from desktop.errors import BadInputError, KeychainError

SERVICE = "frontdesk"
#: Read (never written) by :meth:`SecretStore.status` to find out whether the keychain is locked.
PROBE_NAME = "keychain-probe"
SESSION_ONLY_WHERE = "memory only, forgotten when Frontdesk closes"
SESSION_ONLY_CHOICE = "choose 'Remember for this session only'"

_T = TypeVar("_T")


class SecretBackend(Protocol):
    """What :class:`SecretStore` needs from a backend: the three calls of ``keyring``."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class KeychainKind(StrEnum):
    SYSTEM = "system"  # the operating system's keychain: the only place secrets persist
    MEMORY = "memory"  # chosen explicitly: this session only
    NONE = "none"  # keyring found no keychain (fail, null, or an empty chainer)
    INSECURE = "insecure"  # plain-text or unrecognised backends: always refused


@dataclass(frozen=True, slots=True)
class KeychainStatus:
    """Which keychain Frontdesk would use, and whether it works right now."""

    backend: str  # e.g. "keyring.backends.SecretService.Keyring"
    kind: KeychainKind
    usable: bool
    locked: bool
    where: str  # for people, e.g. "GNOME Keyring or another Secret Service keychain"
    problem: str = ""  # why it is not usable, in English; empty when usable

    @property
    def is_system(self) -> bool:
        return self.kind is KeychainKind.SYSTEM


class CredentialKind(StrEnum):
    TOKEN = "token"  # machine-account client id + client secret, exchanged for a JWT
    BASIC = "basic"  # legacy Basic auth: machine-account user name + password


@dataclass(frozen=True, slots=True, repr=False)
class Credentials:
    """Booking.com machine-account credentials; ``repr`` and ``str`` hide the secret."""

    kind: CredentialKind
    identifier: str
    secret: str

    def __post_init__(self) -> None:
        if not self.identifier.strip():
            raise BadInputError(
                "The client id (or user name) is empty.", next_step="Enter the client id."
            )
        if not self.secret:
            raise BadInputError("The secret is empty.", next_step="Enter the secret.")

    def __repr__(self) -> str:
        return (
            f"Credentials(kind={self.kind.value}, identifier={self.identifier!r}, secret=<hidden>)"
        )


_ENTRIES: Mapping[CredentialKind, tuple[str, str]] = {
    CredentialKind.TOKEN: ("booking-client-id", "booking-client-secret"),
    CredentialKind.BASIC: ("booking-username", "booking-password"),
}
_RESERVED = frozenset({PROBE_NAME, *(name for pair in _ENTRIES.values() for name in pair)})
_PROFILE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_SECRET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,199}")


class MemoryBackend:
    """Secrets in this process's memory only. Never chosen automatically.

    Not a ``keyring.backend.KeyringBackend`` subclass on purpose: those register
    themselves with ``keyring``, which could then pick this one as a default.
    """

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._items.pop((service, username), None) is None:
                raise PasswordDeleteError("No such password!")

    def __repr__(self) -> str:
        return f"<MemoryBackend holding {len(self._items)} secret(s)>"


_SECRET_SERVICE = "GNOME Keyring or another Secret Service keychain"
_SYSTEM_KEYCHAINS: Mapping[str, str] = {
    "keyring.backends.SecretService.Keyring": _SECRET_SERVICE,
    "keyring.backends.libsecret.Keyring": _SECRET_SERVICE,
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KDE Wallet",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
}
_NO_KEYCHAIN = frozenset(
    {
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyring.backends.chainer.ChainerBackend",
    }
)
_NOWHERE = "nowhere: no system keychain was found"


def _class_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _looks_plaintext(name: str) -> bool:
    return name.startswith("keyrings.alt.") or "plaintext" in name.lower()


def _classify(backend: object) -> tuple[KeychainKind, str]:
    """The kind of keychain a backend is, and where it keeps secrets (for people)."""
    if isinstance(backend, MemoryBackend):
        return KeychainKind.MEMORY, SESSION_ONLY_WHERE
    names = [_class_name(cls) for cls in type(backend).__mro__]
    if any(_looks_plaintext(name) for name in names):
        return KeychainKind.INSECURE, f"a plain-text file ({names[0]})"
    for name in names:
        if name in _SYSTEM_KEYCHAINS:
            return KeychainKind.SYSTEM, _SYSTEM_KEYCHAINS[name]
        if name in _NO_KEYCHAIN:
            return KeychainKind.NONE, _NOWHERE
    return KeychainKind.INSECURE, f"an unrecognised keyring backend ({names[0]})"


def _unwrap(backend: SecretBackend) -> SecretBackend:
    """The backend a ``ChainerBackend`` would write to, or the chainer if it has none."""
    if isinstance(backend, ChainerBackend):
        chained = cast(list[SecretBackend], type(backend).backends)
        if chained:
            return chained[0]
    return backend


def _optional_error_types() -> tuple[type[Exception], ...]:
    """Errors that platform libraries under ``keyring`` let through, where installed."""
    found: list[type[Exception]] = []
    for module_name, class_name in (
        ("secretstorage.exceptions", "SecretStorageException"),
        ("jeepney.wrappers", "DBusErrorResponse"),
        ("pywintypes", "error"),
    ):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        error = getattr(module, class_name, None)
        if isinstance(error, type) and issubclass(error, Exception):
            found.append(error)
    return tuple(found)


#: Environment failures of a keychain call (as opposed to bugs in Frontdesk).
BACKEND_ERRORS: tuple[type[Exception], ...] = (
    KeyringError,
    RuntimeError,
    OSError,
    *_optional_error_types(),
)


def _priority(backend: object) -> float | None:
    """The backend's priority, or None when it says it cannot work on this computer."""
    try:
        value = getattr(type(backend), "priority", None)
    except BACKEND_ERRORS:
        return None
    return float(value) if isinstance(value, int | float) else None


def _install_hint() -> str:
    if sys.platform == "darwin":
        return "Log in to the Mac's desktop session so the login keychain is available"
    if sys.platform == "win32":
        return "Sign in to Windows normally so Credential Manager is available"
    return (
        "Install and unlock the desktop keychain (on Debian or Ubuntu: "
        "apt-get install gnome-keyring, then log out and in again)"
    )


def _refusal(kind: KeychainKind, backend_name: str, where: str) -> KeychainError:
    """Why a backend that is not a usable system keychain is refused."""
    if kind is KeychainKind.INSECURE:
        return KeychainError(
            f"Frontdesk will not keep secrets in {where}: it is not the system keychain.",
            next_step=(
                "Remove keyrings.alt or the PYTHON_KEYRING_BACKEND setting so the system "
                f"keychain is used, or {SESSION_ONLY_CHOICE}."
            ),
            details={"reason": "insecure", "backend": backend_name},
        )
    return KeychainError(
        "No system keychain is available on this computer, so Frontdesk cannot keep secrets.",
        next_step=f"{_install_hint()}, or {SESSION_ONLY_CHOICE}.",
        details={"reason": "missing", "backend": backend_name},
    )


def _locked(backend_name: str, where: str) -> KeychainError:
    return KeychainError(
        f"The system keychain ({where}) is locked.",
        next_step=(
            "Unlock it (on Linux: open 'Passwords and Keys', or log out and in again) and try "
            f"again, or {SESSION_ONLY_CHOICE}."
        ),
        details={"reason": "locked", "backend": backend_name},
    )


class SecretStore:
    """Secrets in the system keychain (or, when chosen explicitly, in memory).

    Args:
        backend: a ``keyring`` backend; by default ``keyring.get_keyring()``, resolved on
            first use. A ``ChainerBackend`` is unwrapped to the backend it writes to.
        service: the keychain service name.
    """

    def __init__(self, backend: SecretBackend | None = None, *, service: str = SERVICE) -> None:
        self._given = backend
        self.service = service

    @classmethod
    def session_only(cls, *, service: str = SERVICE) -> SecretStore:
        """A store that forgets everything when Frontdesk closes; for the user to choose."""
        return cls(MemoryBackend(), service=service)

    def __repr__(self) -> str:
        backend = "default" if self._given is None else _class_name(type(self._given))
        return f"SecretStore(service={self.service!r}, backend={backend})"

    @cached_property
    def _backend(self) -> SecretBackend:
        return _unwrap(self._given if self._given is not None else keyring.get_keyring())

    @cached_property
    def _identity(self) -> tuple[str, KeychainKind, str]:
        kind, where = _classify(self._backend)
        return _class_name(type(self._backend)), kind, where

    # -- status -------------------------------------------------------------------------

    def status(self) -> KeychainStatus:
        """Which keychain is used and whether it works now (reads one probe entry)."""
        name, kind, where = self._identity
        if kind is KeychainKind.MEMORY:
            return KeychainStatus(name, kind, usable=True, locked=False, where=where)
        if kind is not KeychainKind.SYSTEM:
            problem = _refusal(kind, name, where).message
            return KeychainStatus(name, kind, False, False, where, problem)
        priority = _priority(self._backend)
        if priority is None or priority < 1:
            problem = f"The system keychain ({where}) is not running."
            return KeychainStatus(name, kind, False, False, where, problem)
        try:
            self._call(lambda backend: backend.get_password(self.service, PROBE_NAME))
        except KeychainError as exc:
            locked = exc.details.get("reason") == "locked"
            return KeychainStatus(name, kind, False, locked, where, exc.message)
        return KeychainStatus(name, kind, usable=True, locked=False, where=where)

    # -- Booking.com credentials ----------------------------------------------------------

    def save(self, profile_id: str, creds: Credentials) -> None:
        """Keep the credentials of a property profile, replacing any of either kind."""
        id_entry, secret_entry = self._entries(profile_id, creds.kind)
        others = [
            entry
            for kind in CredentialKind
            if kind is not creds.kind
            for entry in self._entries(profile_id, kind)
        ]

        def write(backend: SecretBackend) -> None:
            # Without its identifier an entry is ignored by load(): a failure halfway
            # leaves "no credentials", never a mix of old and new.
            self._delete_entry(backend, id_entry)
            backend.set_password(self.service, secret_entry, creds.secret)
            backend.set_password(self.service, id_entry, creds.identifier)
            for entry in others:
                self._delete_entry(backend, entry)

        self._call(write)

    def load(self, profile_id: str) -> Credentials | None:
        """The credentials of a property profile, or None if none are kept."""
        pairs = [(kind, self._entries(profile_id, kind)) for kind in CredentialKind]

        def read(backend: SecretBackend) -> Credentials | None:
            for kind, (id_entry, secret_entry) in pairs:
                identifier = backend.get_password(self.service, id_entry)
                secret = backend.get_password(self.service, secret_entry) if identifier else None
                if identifier and identifier.strip() and secret:
                    return Credentials(kind=kind, identifier=identifier, secret=secret)
            return None

        return self._call(read)

    def forget(self, profile_id: str) -> None:
        """Remove the credentials of a property profile; nothing kept is not an error."""
        entries = [entry for kind in CredentialKind for entry in self._entries(profile_id, kind)]

        def delete(backend: SecretBackend) -> None:
            for entry in entries:
                self._delete_entry(backend, entry)

        self._call(delete)

    # -- other secrets --------------------------------------------------------------------

    def set_secret(self, name: str, value: str) -> None:
        """Keep a secret, e.g. ``"<profile_id>:booking-jwt"`` (encode an expiry in it)."""
        entry = self._secret_entry(name)
        if not value:
            raise ValueError("an empty secret cannot be kept; use delete_secret()")
        self._call(lambda backend: backend.set_password(self.service, entry, value))

    def get_secret(self, name: str) -> str | None:
        entry = self._secret_entry(name)
        return self._call(lambda backend: backend.get_password(self.service, entry)) or None

    def delete_secret(self, name: str) -> None:
        """Remove a secret; nothing kept under that name is not an error."""
        entry = self._secret_entry(name)
        self._call(lambda backend: self._delete_entry(backend, entry))

    # -- internals ------------------------------------------------------------------------

    @staticmethod
    def _entries(profile_id: str, kind: CredentialKind) -> tuple[str, str]:
        if not _PROFILE_ID.fullmatch(profile_id):
            raise ValueError(f"not a valid profile id: {profile_id!r}")
        id_suffix, secret_suffix = _ENTRIES[kind]
        return f"{profile_id}:{id_suffix}", f"{profile_id}:{secret_suffix}"

    @staticmethod
    def _secret_entry(name: str) -> str:
        if not _SECRET_NAME.fullmatch(name) or name.rpartition(":")[2] in _RESERVED:
            raise ValueError(f"not a valid secret name: {name!r}")
        return name

    def _delete_entry(self, backend: SecretBackend, entry: str) -> None:
        if backend.get_password(self.service, entry) is None:
            return
        try:
            backend.delete_password(self.service, entry)
        except PasswordDeleteError:
            if backend.get_password(self.service, entry) is not None:
                raise

    def _call(self, operation: Callable[[SecretBackend], _T]) -> _T:
        """Run keychain calls, refusing non-system backends and mapping failures."""
        name, kind, where = self._identity
        if kind not in (KeychainKind.SYSTEM, KeychainKind.MEMORY):
            raise _refusal(kind, name, where)
        try:
            return operation(self._backend)
        except (KeyringLocked, InitError) as exc:
            raise _locked(name, where) from exc
        except NoKeyringError as exc:
            raise _refusal(KeychainKind.NONE, name, where) from exc
        except BACKEND_ERRORS as exc:
            if kind is KeychainKind.SYSTEM and _priority(self._backend) is None:
                # The keychain service went away (or was never there).
                raise _refusal(KeychainKind.NONE, name, where) from exc
            raise KeychainError(
                f"The system keychain ({where}) did not answer: {type(exc).__name__}.",
                next_step=(
                    "Try again; if it keeps failing, log out and in again to restart the "
                    f"keychain, or {SESSION_ONLY_CHOICE}."
                ),
                details={"reason": "failed", "backend": name, "error": type(exc).__name__},
            ) from exc
