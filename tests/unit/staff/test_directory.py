"""Managing staff profiles and settings: admins only, first profile an admin, audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import AuditAction, StaffRole
from desktop.errors import BadInputError, PermissionDeniedError
from desktop.settings import Settings
from desktop.settings.declared import IDLE_LOCK_MINUTES, RETENTION_MONTHS
from desktop.staff import DeskSettings, StaffDirectory, StaffSession
from desktop.store import Store
from desktop.store import audit as audit_store
from desktop.store import staff as staff_store


@pytest.fixture
def session(store: Store) -> StaffSession:
    return StaffSession(store)


@pytest.fixture
def directory(store: Store, session: StaffSession) -> StaffDirectory:
    return StaffDirectory(store, session)


def test_first_profile_is_an_admin_and_signed_in(
    directory: StaffDirectory, session: StaffSession
) -> None:
    first = directory.create("Ada", StaffRole.RECEPTION, "1111")
    assert first.role is StaffRole.ADMIN
    assert session.current == first
    assert session.has_staff
    assert not session.is_locked()
    bob = directory.create("Bob", StaffRole.RECEPTION, "2222")
    assert bob.role is StaffRole.RECEPTION
    assert [m.name for m in directory.list_staff()] == ["Ada", "Bob"]


def test_only_admins_manage_staff(
    store: Store, directory: StaffDirectory, session: StaffSession
) -> None:
    directory.create("Ada", StaffRole.ADMIN, "1111")
    alice = directory.create("Alice", StaffRole.MANAGER, "2222")
    session.switch(alice.staff_id, "2222")
    for call in (
        lambda: directory.create("Eve", StaffRole.ADMIN, "3333"),
        lambda: directory.set_role(alice.staff_id, StaffRole.ADMIN),
        lambda: directory.reset_pin(alice.staff_id, "4444"),
        lambda: directory.set_active(alice.staff_id, False),
        lambda: directory.rename(alice.staff_id, "Al"),
    ):
        with pytest.raises(PermissionDeniedError):
            call()
    assert staff_store.get_staff(store, alice.staff_id) == alice


def test_admin_changes_are_audited(
    store: Store, directory: StaffDirectory, session: StaffSession
) -> None:
    ada = directory.create("Ada", StaffRole.ADMIN, "1111")
    bob = directory.create("Bob", StaffRole.RECEPTION, "2222")
    directory.set_role(bob.staff_id, StaffRole.MANAGER)
    directory.reset_pin(bob.staff_id, "5555")
    directory.set_active(bob.staff_id, False)
    events = audit_store.list_events(store, target=f"staff:{bob.staff_id}")
    actions = [e.action for e in reversed(events)]
    assert actions == [
        AuditAction.SETTINGS_CHANGED,  # added
        AuditAction.SETTINGS_CHANGED,  # role
        AuditAction.CREDENTIALS_CHANGED,  # PIN
        AuditAction.SETTINGS_CHANGED,  # deactivated
    ]
    assert {e.actor for e in events} == {ada.actor}
    assert "5555" not in str([e.details for e in events])
    with pytest.raises(BadInputError):
        session.switch(bob.staff_id, "5555")  # deactivated


def test_the_last_admin_stays(directory: StaffDirectory) -> None:
    ada = directory.create("Ada", StaffRole.ADMIN, "1111")
    with pytest.raises(BadInputError):
        directory.set_role(ada.staff_id, StaffRole.MANAGER)
    with pytest.raises(BadInputError):
        directory.set_active(ada.staff_id, False)
    eve = directory.create("Eve", StaffRole.ADMIN, "3333")
    directory.set_role(ada.staff_id, StaffRole.MANAGER)
    assert eve.role is StaffRole.ADMIN


def test_change_own_pin(directory: StaffDirectory, session: StaffSession) -> None:
    ada = directory.create("Ada", StaffRole.ADMIN, "1111")
    with pytest.raises(BadInputError):
        directory.change_own_pin("0000", "2468")
    with pytest.raises(BadInputError):
        directory.change_own_pin("1111", "12")
    directory.change_own_pin("1111", "2468")
    session.sign_out()
    assert session.switch(ada.staff_id, "2468") == ada


def test_settings_changes_are_admin_only_and_audited(
    store: Store, directory: StaffDirectory, session: StaffSession, tmp_path: Path
) -> None:
    ada = directory.create("Ada", StaffRole.ADMIN, "1111")
    bob = directory.create("Bob", StaffRole.MANAGER, "2222")
    settings = DeskSettings(Settings(tmp_path / "settings.toml"), store, session)
    settings.set(RETENTION_MONTHS, 36)
    settings.set(IDLE_LOCK_MINUTES, 5)
    assert settings.set(IDLE_LOCK_MINUTES, 5).settings is False  # unchanged: no event
    assert session.idle_lock_minutes == 5
    assert Settings(tmp_path / "settings.toml").get(RETENTION_MONTHS) == 36
    events = audit_store.list_events(store, target="setting:history.retention_months")
    assert [(e.actor, dict(e.details)) for e in events] == [
        (ada.actor, {"key": "history.retention_months", "from": 24, "to": 36})
    ]
    with pytest.raises(BadInputError):
        settings.set(RETENTION_MONTHS, 0)
    session.switch(bob.staff_id, "2222")
    with pytest.raises(PermissionDeniedError):
        settings.set(RETENTION_MONTHS, 12)
    assert settings.get(RETENTION_MONTHS) == 36
