"""The :class:`Store`: one writer, many readers, short transactions.

Rules every caller follows:

- All writes go through ``with store.write() as session:``. It serialises writers in
  this process (a lock, then ``BEGIN IMMEDIATE`` on the single writer connection, so
  other processes wait up to the busy timeout), commits on success, rolls back on any
  exception, and turns database failures into :mod:`desktop.errors` known errors.
  Keep the block short: no network, no user interaction inside it. Writes are meant to
  run on the application's single database worker; nesting ``write()`` is a bug.
- Reads use ``with store.read() as session:`` from any thread: each gets its own
  pooled connection and a consistent snapshot (WAL lets readers run while the writer
  writes). Nothing is written through a read session.
- Sessions never leave the ``store`` package: the query modules return domain objects.

Open with :func:`open_store`, which migrates the schema first (see
:mod:`desktop.store.migrate`), and close with :meth:`Store.close` (or ``with``).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.paths import DataPaths
from desktop.store import migrate
from desktop.store import sqlite as backend
from desktop.store.guard import translate_errors

DEFAULT_BUSY_TIMEOUT_MS = 5000


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """The database of one data folder. Thread-safe; see the module docstring."""

    def __init__(self, writer: Engine, reader: Engine, database: Path) -> None:
        self.database = database
        self._writer = writer
        self._reader = reader
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(reader, expire_on_commit=False)
        self._write_lock = threading.Lock()
        self._local = threading.local()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: commit on success, roll back on error. Not re-entrant."""
        if getattr(self._local, "writing", False):
            raise RuntimeError("store.write() is not re-entrant: pass the session down")
        with self._write_lock:
            self._local.writing = True
            try:
                with translate_errors(), self._write_sessions.begin() as session:
                    yield session
            finally:
                self._local.writing = False

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot on a pooled connection of the calling thread."""
        with translate_errors(), self._read_sessions() as session:
            yield session

    def schema_revision(self) -> str | None:
        """The schema revision of the open database."""
        with translate_errors(), self._reader.connect() as connection:
            return migrate.current_revision(connection)

    def close(self) -> None:
        """Close every connection. The store cannot be used afterwards."""
        self._reader.dispose()
        self._writer.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _create_private(database: Path) -> None:
    """Create the empty file readable by its owner only (SQLite copies the mode to -wal)."""
    database.touch(mode=0o600, exist_ok=True)
    if os.name == "posix":
        database.chmod(0o600)


def open_store(
    paths: DataPaths,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    keep_backups: int = migrate.KEEP_BACKUPS,
) -> Store:
    """Open (creating or migrating as needed) the database of a data folder.

    A database behind the code's schema is first copied to
    ``paths.backups/frontdesk-<timestamp>-<oldrev>.sqlite3`` (the newest
    ``keep_backups`` copies are kept), then upgraded. A new database is created at
    the head revision, with no backup. A database already at the head costs one query.

    Raises:
        DatabaseLockedError: Another program holds the database longer than the timeout.
        DatabaseCorruptError: The file is damaged, or was written by a newer Frontdesk.
        DiskFullError: No room for the backup or the migration.
    """
    paths.root.mkdir(parents=True, exist_ok=True)
    database = paths.database
    if not database.exists():
        _create_private(database)
    writer = backend.create_engine(
        database, busy_timeout_ms=busy_timeout_ms, writer=True, json_serializer=_json_dumps
    )
    try:
        with translate_errors():
            migrate.ensure_current(writer, database, paths.backups, keep=keep_backups)
    except BaseException:
        writer.dispose()
        raise
    reader = backend.create_engine(
        database, busy_timeout_ms=busy_timeout_ms, writer=False, json_serializer=_json_dumps
    )
    return Store(writer, reader, database)
