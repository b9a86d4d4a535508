"""Migrations: from empty, from the previous revision (with a backup), rotation, cheap check."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.errors import DatabaseCorruptError
from desktop.paths import DataPaths
from desktop.store import Store, migrate, open_store, schema_status, summary
from desktop.store import sqlite as backend
from desktop.store.conversations import get_conversation, save_conversations
from desktop.store.messages import get_thread, save_messages
from desktop.store.search import search_conversations, search_messages
from desktop.store.tables import Base

from .factories import add_conversation, conversation, message

HEAD = "0003"


@pytest.fixture
def store_at_0001(paths: DataPaths) -> Iterator[Store]:
    """A database created at revision 0001 (no full-text index yet), still open."""
    paths.root.mkdir(parents=True)
    writer = backend.create_engine(paths.database, writer=True)
    reader = backend.create_engine(paths.database, writer=False)
    migrate.upgrade(writer, "0001")
    old = Store(writer, reader, paths.database)
    try:
        yield old
    finally:
        old.close()


def add_conversation_at_0001(store: Store, cid: str, text: str, *, guest_name: str) -> None:
    """:func:`add_conversation` with the session-level writers, which touch only 0001 tables.

    The ingest entry points also read ``erased_conversations`` (revision 0003).
    """
    conv = conversation(cid, guest_name=guest_name)
    with store.write() as session:
        save_conversations(session, [conv], {})
        save_messages(session, [message(f"{cid}-m0", cid, text)], [cid])
        summary.refresh_many(session, [cid])


def backups(paths: DataPaths) -> list[str]:
    return [p.name for p in migrate.list_backups(paths.backups)]


def test_head_is_the_last_revision() -> None:
    assert migrate.head_revision() == HEAD
    assert migrate.scripts_head() == HEAD  # the constant follows the scripts
    assert migrate.known_revisions() == {"0001", "0002", "0003"}


def test_fresh_database_is_created_at_head_without_backup(paths: DataPaths) -> None:
    with open_store(paths) as store:
        assert store.schema_revision() == HEAD
    assert backups(paths) == []
    if os.name == "posix":
        assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600


def test_tables_and_migrations_agree(store: Store) -> None:
    with store._writer.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, _: (
                    not (type_ == "table" and backend.is_backend_table(name))
                ),
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_from_0001_keeps_data_indexes_it_and_backs_up(
    paths: DataPaths, store_at_0001: Store
) -> None:
    assert store_at_0001.schema_revision() == "0001"
    add_conversation_at_0001(store_at_0001, "c1", "Chambre réservée", guest_name="Zoé Brûlé")
    store_at_0001.close()

    with open_store(paths) as store:
        assert store.schema_revision() == HEAD
        assert [m.content for m in get_thread(store, "c1")] == ["Chambre réservée"]
        assert get_conversation(store, "c1") is not None
        # The full-text index of 0002 was filled from the rows already there.
        assert [h.message_id for h in search_messages(store, "reservee")] == ["c1-m0"]
        assert [c.conversation_id for c in search_conversations(store, "zoe")] == ["c1"]

    [name] = backups(paths)
    assert name.startswith("frontdesk-")
    assert name.endswith("-0001.sqlite3")
    assert schema_status(paths.backups / name) == ("0001", HEAD)
    with closing(sqlite3.connect(paths.backups / name)) as copy:
        assert copy.execute("SELECT content FROM messages").fetchall() == [("Chambre réservée",)]


def test_backups_are_rotated_to_the_newest_five(paths: DataPaths, store_at_0001: Store) -> None:
    store_at_0001.close()
    paths.backups.mkdir(parents=True)
    old = [f"frontdesk-2020010{i}T000000000000Z-0001.sqlite3" for i in range(1, 7)]
    for name in old:
        (paths.backups / name).write_bytes(b"old copy")
    (paths.backups / "notes.txt").write_text("not a backup")

    open_store(paths).close()

    kept = backups(paths)
    assert len(kept) == 5
    assert kept[:4] == old[2:]  # the two oldest went
    assert kept[4].startswith("frontdesk-20")
    assert kept[4] not in old
    assert (paths.backups / "notes.txt").exists()


def test_opening_at_head_neither_backs_up_nor_migrates(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(paths).close()

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("must not run at head")

    monkeypatch.setattr(migrate, "upgrade", refuse)
    monkeypatch.setattr(migrate, "backup_database", refuse)
    with open_store(paths) as store:
        assert store.schema_revision() == HEAD
    assert backups(paths) == []


def test_database_from_a_newer_version_is_refused(paths: DataPaths) -> None:
    open_store(paths).close()
    with closing(sqlite3.connect(paths.database)) as db, db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseCorruptError, match="newer version"):
        open_store(paths)
    assert backups(paths) == []


def test_downgrade_and_upgrade_again(paths: DataPaths) -> None:
    with open_store(paths) as store:
        add_conversation(store, "c1", "bonjour")
        migrate.downgrade(store._writer, "0001")
        assert store.schema_revision() == "0001"
        migrate.upgrade(store._writer)
        assert [h.message_id for h in search_messages(store, "bonjour")] == ["c1-m0"]


def test_schema_status_never_creates_the_file(tmp_path: Path) -> None:
    database = tmp_path / "missing.sqlite3"
    assert schema_status(database) == (None, HEAD)
    assert not database.exists()


def test_backup_name_carries_time_and_revision(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    with closing(sqlite3.connect(database)) as db, db:
        db.execute("CREATE TABLE t (x)")
    at = datetime(2025, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
    copy = migrate.backup_database(database, tmp_path / "b", "0001", now=at)
    assert copy.name == "frontdesk-20250102T030405000006Z-0001.sqlite3"
    assert not list((tmp_path / "b").glob("*.part"))
