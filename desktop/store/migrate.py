"""Schema migrations: Alembic, run from code, with a copy of the file taken first.

No ``alembic.ini`` exists: :func:`alembic_config` builds the configuration, with the
scripts in ``desktop/store/migrations``. At every start :func:`ensure_current` costs one
query when the schema is current; when it is behind, it copies the database into the
backups folder (keeping the newest :data:`KEEP_BACKUPS`), then upgrades in one
transaction.

To add a revision, change ``tables.py`` and run (from the repository root)::

    python -c "from desktop.store import migrate; migrate.new_revision('what', '0003')"

then review the generated file in ``migrations/versions`` (SQLite needs batch
operations to alter tables; ``render_as_batch`` is on).
"""

from __future__ import annotations

import errno
import functools
import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from desktop.domain import utcnow
from desktop.errors import DatabaseCorruptError, DiskFullError
from desktop.store import sqlite as backend
from desktop.store.guard import translate_errors
from desktop.store.revision import HEAD_REVISION

if TYPE_CHECKING:  # Alembic is imported only when a schema has to change (~200 ms)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

SCRIPTS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
#: How many pre-migration copies of the database are kept.
KEEP_BACKUPS = 5
BACKUP_PREFIX = "frontdesk-"
BACKUP_SUFFIX = ".sqlite3"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for our scripts, optionally bound to a connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.set_main_option("file_template", "v%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The revision the code expects (a constant: no Alembic import at start-up)."""
    return HEAD_REVISION


def scripts_head() -> str | None:
    """The head revision of the migration scripts, as Alembic reads them."""
    return _scripts().get_current_head()


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every revision this version of Frontdesk knows."""
    return frozenset(script.revision for script in _scripts().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None for a database never migrated."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision`` in one transaction (no backup: see :func:`ensure_current`)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade to ``revision`` in one transaction (tests and development only)."""
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def ensure_current(
    engine: Engine, database: Path, backups: Path, *, keep: int = KEEP_BACKUPS
) -> Path | None:
    """Bring the schema to the head revision; return the backup taken, if any.

    Raises:
        DatabaseCorruptError: The database has a revision this version does not know
            (written by a newer Frontdesk).
    """
    with engine.connect() as connection:
        current = current_revision(connection)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise DatabaseCorruptError(
            "The database was written by a newer version of Frontdesk.",
            next_step="Install the newer version, or restore a backup from the data folder.",
            details={"revision": current, "head": head},
        )
    backup = None
    if current is not None:
        backup = backup_database(database, backups, current, keep=keep)
    log.info("migrating database schema from %s to %s", current, head)
    upgrade(engine)
    return backup


def backup_database(
    database: Path,
    backups: Path,
    revision: str,
    *,
    keep: int = KEEP_BACKUPS,
    now: datetime | None = None,
) -> Path:
    """Copy ``database`` to ``backups/frontdesk-<UTC timestamp>-<revision>.sqlite3``.

    Older copies beyond the newest ``keep`` are deleted afterwards.
    """
    stamp = (now or utcnow()).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"{BACKUP_PREFIX}{stamp}-{revision}{BACKUP_SUFFIX}"
    with _disk_full_is_known():
        backups.mkdir(parents=True, exist_ok=True)
        backend.copy_database(database, target)
    log.info("database copied to %s before migration", target)
    rotate_backups(backups, keep=keep)
    return target


def list_backups(backups: Path) -> list[Path]:
    """The pre-migration copies, oldest first (the names sort by time)."""
    if not backups.is_dir():
        return []
    return sorted(backups.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}"), key=lambda p: p.name)


def rotate_backups(backups: Path, *, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` copies; return the deleted paths."""
    existing = list_backups(backups)
    doomed = existing[: max(0, len(existing) - keep)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def schema_status(database: Path) -> tuple[str | None, str]:
    """``(revision in the file or None, head revision)``; never creates the file."""
    head = head_revision()
    if not database.exists():
        return None, head
    engine = backend.create_engine(database, writer=False)
    try:
        with translate_errors(), engine.connect() as connection:
            return current_revision(connection), head
    finally:
        engine.dispose()


def new_revision(message: str, rev_id: str) -> None:
    """Autogenerate a revision from ``tables.py`` against a scratch database at head.

    Then set :data:`HEAD_REVISION` to ``rev_id``.
    """
    from alembic import command

    with tempfile.TemporaryDirectory() as scratch:
        engine = backend.create_engine(Path(scratch) / "scratch.sqlite3", writer=True)
        try:
            upgrade(engine)
            with engine.begin() as connection:
                command.revision(
                    alembic_config(connection), message, autogenerate=True, rev_id=rev_id
                )
        finally:
            engine.dispose()


@contextmanager
def _disk_full_is_known() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(details={"errno": exc.errno}) from exc
        raise
