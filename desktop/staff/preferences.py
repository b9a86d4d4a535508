"""Changing the desk's declared settings: administrators only, and audited.

The settings file (:class:`desktop.settings.Settings`) knows nothing of staff; this is
the door the UI goes through, so the role check and the audit entry cannot be
forgotten. The audit entry names the key and the old and new values (settings hold no
secrets: credentials live in the keychain).
"""

from __future__ import annotations

from typing import TypeVar

from desktop.domain import AuditAction, Change
from desktop.settings.declared import IDLE_LOCK_MINUTES, Setting, Settings
from desktop.staff.permissions import Permission
from desktop.staff.session import StaffSession
from desktop.store import Store
from desktop.store import audit as audit_store

T = TypeVar("T", bool, int, str)


def setting_target(key: str) -> str:
    """The audit target of a declared setting (the store's shared settings use the same)."""
    return f"setting:{key}"


class DeskSettings:
    """The declared settings, changed on behalf of the signed-in person."""

    def __init__(self, settings: Settings, store: Store, session: StaffSession) -> None:
        self._settings = settings
        self._store = store
        self._session = session

    def get(self, setting: Setting[T]) -> T:
        return self._settings.get(setting)

    def set(self, setting: Setting[T], value: T) -> Change:
        """Validate, save and audit a new value (no event when it does not change).

        Raises:
            PermissionDeniedError: The signed-in person is no administrator.
            BadInputError: The value does not fit the setting.
        """
        member = self._session.require(Permission.CHANGE_SETTINGS)
        value = setting.validate(value)
        old = self._settings.get(setting)
        if old == value:
            return Change()
        self._settings.set(setting, value)
        details = {"key": setting.key, "from": old, "to": value}
        audit_store.append_event(
            self._store,
            member.actor,
            AuditAction.SETTINGS_CHANGED,
            setting_target(setting.key),
            details,
        )
        if setting.key == IDLE_LOCK_MINUTES.key:
            self._session.idle_lock_minutes = int(value)
        return Change(settings=True)
