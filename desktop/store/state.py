"""Shared settings (key/value) and sync bookkeeping, per property.

Settings here are those every desk shares through the database; a desk's own
preferences live in ``settings.toml`` (:mod:`desktop.settings`). Values are strings: the
caller encodes (JSON, numbers).

Sync state is bookkeeping, not an operation: saving it writes no audit event (sync
saves it after every poll; the messages it brings are audited by ingest).
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain import Actor, AuditAction, Change, utcnow
from desktop.store import audit
from desktop.store.engine import Store
from desktop.store.model import SyncState
from desktop.store.properties import ensure_property
from desktop.store.tables import SettingRow, SyncStateRow


def get_setting(store: Store, key: str) -> str | None:
    with store.read() as session:
        row = session.get(SettingRow, key)
        return row.value if row else None


def all_settings(store: Store) -> dict[str, str]:
    with store.read() as session:
        return {row.key: row.value for row in session.scalars(select(SettingRow))}


def set_setting(store: Store, key: str, value: str | None, actor: Actor) -> Change:
    """Set (or, with None, delete) a shared setting. The audit event names the key only."""
    with store.write() as session:
        row = session.get(SettingRow, key)
        if row is None and value is None:
            return Change()
        if row is not None and row.value == value:
            return Change()
        if value is None:
            session.delete(row)
        elif row is None:
            session.add(SettingRow(key=key, value=value, updated_at=utcnow()))
        else:
            row.value, row.updated_at = value, utcnow()
        details = {"key": key, "deleted": value is None}
        audit.record(session, actor, AuditAction.SETTINGS_CHANGED, f"setting:{key}", details)
    return Change(settings=True)


def get_sync_state(store: Store, property_id: int) -> SyncState:
    """Where sync stopped for a property (an empty state if it never ran)."""
    with store.read() as session:
        row = session.get(SyncStateRow, property_id)
        if row is None:
            return SyncState(property_id=property_id)
        return SyncState(
            property_id=row.property_id,
            cursor=row.cursor,
            page_id=row.page_id,
            last_full_sync_at=row.last_full_sync_at,
            last_poll_at=row.last_poll_at,
        )


def save_sync_state(store: Store, state: SyncState) -> Change:
    """Replace the sync state of ``state.property_id``."""
    values = {
        "cursor": state.cursor,
        "page_id": state.page_id,
        "last_full_sync_at": state.last_full_sync_at,
        "last_poll_at": state.last_poll_at,
    }
    with store.write() as session:
        ensure_property(session, state.property_id)
        row = session.get(SyncStateRow, state.property_id)
        if row is None:
            session.add(SyncStateRow(property_id=state.property_id, **values))
        else:
            for name, value in values.items():
                setattr(row, name, value)
    return Change()
