"""The engine: pragmas, one writer, concurrent readers, and database errors as known errors."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.domain import MessageType, SenderKind
from desktop.errors import DatabaseCorruptError, DatabaseLockedError, DiskFullError
from desktop.paths import DataPaths
from desktop.store import Store, open_store
from desktop.store.messages import ingest_messages
from desktop.store.sqlite import classify_error
from desktop.store.tables import MessageRow

from .factories import SYNC, T0, add_conversation, message


@pytest.mark.parametrize("mode", ["read", "write"])
def test_every_connection_has_wal_foreign_keys_busy_timeout_and_normal_sync(
    store: Store, mode: str
) -> None:
    with store.read() if mode == "read" else store.write() as session:
        values = [
            session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        ]
    assert values == ["wal", 1, 5000, 1]  # synchronous 1 = NORMAL


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(
            MessageRow(
                message_id="orphan",
                conversation_id="no-such-conversation",
                sender=SenderKind.GUEST,
                message_type=MessageType.FREE_TEXT,
                content="",
                created_at=T0,
                attributes={},
                attachment_ids=[],
                read_by=[],
                ingested_at=T0,
            )
        )


def test_a_failed_write_is_rolled_back(store: Store) -> None:
    add_conversation(store, "c1", "first")

    def delete_then_fail() -> None:
        with store.write() as session:
            session.execute(text("DELETE FROM messages"))
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        delete_then_fail()
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM messages")).scalar() == 1


def test_write_is_not_reentrant(store: Store) -> None:
    with store.write(), pytest.raises(RuntimeError, match="re-entrant"), store.write():
        pass


def test_locked_database_is_a_known_error(paths: DataPaths) -> None:
    with open_store(paths, busy_timeout_ms=50) as store:
        with closing(sqlite3.connect(paths.database, isolation_level=None)) as other:
            other.execute("BEGIN EXCLUSIVE")
            try:
                with pytest.raises(DatabaseLockedError), store.write() as session:
                    session.execute(text("DELETE FROM settings"))
            finally:
                other.execute("ROLLBACK")
        with store.write() as session:  # usable again once the lock is gone
            session.execute(text("DELETE FROM settings"))


def test_damaged_file_is_a_known_error(paths: DataPaths) -> None:
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"this is not a database, just some bytes " * 200)
    with pytest.raises(DatabaseCorruptError):
        open_store(paths)


def test_full_disk_is_a_known_error(store: Store) -> None:
    add_conversation(store, "c1", "first")
    with store.write() as session:  # cap the file at its current size for this connection
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
    big = [message(f"big{i}", "c1", "x" * 50_000, minutes=i) for i in range(20)]
    with pytest.raises(DiskFullError):
        ingest_messages(store, big, SYNC)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database is locked"), DatabaseLockedError),
        (sqlite3.OperationalError("database table is locked"), DatabaseLockedError),
        (sqlite3.DatabaseError("database disk image is malformed"), DatabaseCorruptError),
        (sqlite3.DatabaseError("file is not a database"), DatabaseCorruptError),
        (sqlite3.OperationalError("database or disk is full"), DiskFullError),
        (sqlite3.OperationalError("no such table: nope"), None),
        (ValueError("database is locked"), None),
    ],
)
def test_error_classification(error: Exception, expected: type[Exception] | None) -> None:
    known = classify_error(error)
    assert (type(known) if known else None) is expected


def test_reader_thread_reads_while_the_writer_inserts(store: Store) -> None:
    add_conversation(store, "c1")
    stop = threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            while not stop.is_set():
                with store.read() as session:
                    seen.append(session.execute(text("SELECT count(*) FROM messages")).scalar_one())
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(40):
            ingest_messages(store, [message(f"m{i}", "c1", f"hello {i}", minutes=i)], SYNC)
    finally:
        stop.set()
        reader.join(timeout=10)
    assert not errors
    assert seen
    assert seen == sorted(seen)  # each snapshot is consistent and never goes back
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM messages")).scalar() == 40
