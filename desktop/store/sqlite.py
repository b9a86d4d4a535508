"""Everything SQLite-specific, in one place, so a PostgreSQL backend can replace it.

This module owns: the engine and its per-connection pragmas, how SQLite errors map to
:mod:`desktop.errors`, the file copy taken before a migration, the FTS5 schema (used by
migration 0002), and the FTS5 ``MATCH`` queries. The rest of the store speaks portable
SQLAlchemy.

Transactions: the driver's own transaction handling is switched off
(``isolation_level = None``) and SQLAlchemy emits ``BEGIN`` itself. The writer engine
emits ``BEGIN IMMEDIATE``, so a write transaction takes the write lock up front and
waits up to the busy timeout for it, instead of failing half-way on a lock upgrade;
reader engines emit a plain (deferred) ``BEGIN``, a consistent WAL snapshot.

Full-text design: three external-content FTS5 tables (the text lives once, in the
ordinary table; triggers keep the index in sync):

- ``fts_messages(content)`` over ``messages``,
- ``fts_conversations(guest_name, reservation_number)`` over ``conversations``,
- ``fts_articles(title, keywords, body)`` over ``articles``, ranked by
  ``bm25(10, 5, 1)`` (set as the table's default ``rank``), with the
  ``fts_articles_vocab`` (term, documents) and ``fts_articles_terms`` (per-instance)
  fts5vocab tables for spelling correction.

Separate tables rather than one combined index keep each trigger trivial, let
``ORDER BY rowid DESC`` mean "newest message first", and let conversation search
union two cheap lookups. All use ``unicode61 remove_diacritics 2`` (accents folded)
and prefix indexes of 2 and 3 characters.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Text, TextualSelect, event, text
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from desktop.errors import DatabaseCorruptError, DatabaseLockedError, DiskFullError, KnownError
from desktop.store.model import ELLIPSIS, HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from desktop.store.tables import MessageRow

#: Every table this module creates starts with this prefix (FTS5 and its shadow tables).
BACKEND_TABLE_PREFIX = "fts_"

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 5, 6, 11, 13, 26


# --------------------------------------------------------------------------- engine


def create_engine(
    database: Path, *, busy_timeout_ms: int = 5000, writer: bool, json_serializer: Any = None
) -> Engine:
    """An engine on the SQLite file with our pragmas on every connection.

    Args:
        database: The SQLite file (created if missing).
        busy_timeout_ms: How long a statement waits for a lock before "database is locked".
        writer: True for the single writer (one pooled connection, ``BEGIN IMMEDIATE``).
        json_serializer: Passed to SQLAlchemy for JSON columns.
    """
    url = URL.create("sqlite+pysqlite", database=str(database))
    options: dict[str, Any] = {"json_serializer": json_serializer} if json_serializer else {}
    if writer:
        options.update(pool_size=1, max_overflow=0)
    engine = sa_create_engine(url, **options)
    begin = "BEGIN IMMEDIATE" if writer else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        configure_connection(dbapi_connection, busy_timeout_ms, read_only=not writer)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


def configure_connection(
    dbapi_connection: sqlite3.Connection, busy_timeout_ms: int, *, read_only: bool = False
) -> None:
    """Hand transactions to SQLAlchemy and set WAL, foreign keys, busy timeout, sync mode.

    Reader connections are also ``query_only``: a write through a read session fails
    instead of being silently rolled back.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def is_backend_table(name: str | None) -> bool:
    """True for the tables this module manages (hidden from Alembic's autogenerate)."""
    return bool(name) and str(name).startswith(BACKEND_TABLE_PREFIX)


# --------------------------------------------------------------------------- errors


def classify_error(exc: BaseException) -> KnownError | None:
    """The known error for a database exception, or None when it is a bug.

    Accepts a ``sqlite3.Error`` or a SQLAlchemy ``DBAPIError`` wrapping one. Uses the
    extended SQLite error code when present and the message otherwise.
    """
    original = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(original).lower()
    details = {"sqlite_error": getattr(original, "sqlite_errorname", None) or message}
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "is locked" in message:
        return DatabaseLockedError(details=details)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or (
        "malformed" in message or "file is not a database" in message
    ):
        return DatabaseCorruptError(details=details)
    if primary == _SQLITE_FULL or "database or disk is full" in message:
        return DiskFullError(details=details)
    return None


# --------------------------------------------------------------------------- files


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (WAL included) with SQLite's backup API.

    The copy is written next to ``target`` and renamed into place, so a crash never
    leaves a half-written backup under the final name.
    """
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    with (
        closing(sqlite3.connect(source, timeout=5.0)) as src,
        closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst)
    if os.name == "posix":
        partial.chmod(0o600)
    os.replace(partial, target)


# --------------------------------------------------------------------------- FTS5 schema

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"


def _external_fts(name: str, table: str, columns: Sequence[str]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    insert = f"INSERT INTO {name}(rowid, {cols}) VALUES (new.id, {new});"
    delete = f"INSERT INTO {name}({name}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE {name} USING fts5({cols}, content='{table}', "
        f"content_rowid='id', {_TOKENIZE})",
        f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {name}_au AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END",
        f"INSERT INTO {name}({name}) VALUES ('rebuild')",
    ]


def fts_schema_v1() -> list[str]:
    """The statements that create (and fill) the full-text index, revision 0002.

    Frozen: migration 0002 runs exactly these. A different index needs a
    ``fts_schema_v2`` and a new revision that drops v1 and creates v2.
    """
    return [
        *_external_fts("fts_messages", "messages", ["content"]),
        *_external_fts("fts_conversations", "conversations", ["guest_name", "reservation_number"]),
        *_external_fts("fts_articles", "articles", ["title", "keywords", "body"]),
        "INSERT INTO fts_articles(fts_articles, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)')",
        "CREATE VIRTUAL TABLE fts_articles_vocab USING fts5vocab(fts_articles, 'row')",
        "CREATE VIRTUAL TABLE fts_articles_terms USING fts5vocab(fts_articles, 'instance')",
    ]


def drop_fts_schema_v1() -> list[str]:
    """The statements that remove what :func:`fts_schema_v1` created."""
    statements = ["DROP TABLE fts_articles_terms", "DROP TABLE fts_articles_vocab"]
    for name in ("fts_messages", "fts_conversations", "fts_articles"):
        statements += [f"DROP TRIGGER {name}_{suffix}" for suffix in ("ai", "ad", "au")]
        statements.append(f"DROP TABLE {name}")
    return statements


# --------------------------------------------------------------------------- FTS5 queries

_MARKS = {"hs": HIGHLIGHT_START, "he": HIGHLIGHT_END, "el": ELLIPSIS}


def _message_match_statement(scoped: bool) -> TextualSelect:
    """The statement of :func:`match_messages`, typed as the ``messages`` columns are."""
    join = "JOIN conversations c ON c.conversation_id = m.conversation_id " if scoped else ""
    scope = "AND c.property_id = :pid " if scoped else ""
    sql = (
        "SELECT m.conversation_id, m.message_id, m.created_at, m.sender,"
        " snippet(fts_messages, 0, :hs, :he, :el, 16) AS snippet "
        "FROM fts_messages JOIN messages m ON m.id = fts_messages.rowid "
        f"{join}WHERE fts_messages MATCH :q {scope}"
        "ORDER BY fts_messages.rowid DESC LIMIT :limit"
    )
    columns = MessageRow.__table__.c
    return text(sql).columns(
        conversation_id=columns.conversation_id.type,
        message_id=columns.message_id.type,
        created_at=columns.created_at.type,  # aware UTC datetimes
        sender=columns.sender.type,  # SenderKind
        snippet=Text(),
    )


_MATCH_MESSAGES = {scoped: _message_match_statement(scoped) for scoped in (False, True)}


def match_messages(
    session: Session, match: str, *, property_id: int | None, limit: int
) -> list[SearchHit]:
    """Matching messages with their snippets, newest (highest rowid) first.

    One statement: the FTS5 index joined to ``messages`` by rowid, selecting only the
    columns of a :class:`~desktop.store.model.SearchHit` (no entity is loaded).
    """
    params: dict[str, Any] = {"q": match, "limit": limit, **_MARKS}
    if property_id is not None:
        params["pid"] = property_id
    rows = session.execute(_MATCH_MESSAGES[property_id is not None], params).all()
    return [
        SearchHit(conversation_id=r[0], message_id=r[1], created_at=r[2], sender=r[3], snippet=r[4])
        for r in rows
    ]


def match_conversations(
    session: Session, match: str, *, property_id: int | None, limit: int, message_cap: int
) -> list[str]:
    """Conversation ids whose guest name, reservation number or messages match.

    Most recent activity first. Message matches are capped at the ``message_cap``
    newest, so a common word in a huge mailbox stays fast.
    """
    params: dict[str, Any] = {"q": match, "limit": limit, "cap": message_cap}
    scope = ""
    if property_id is not None:
        scope = "AND c.property_id = :pid"
        params["pid"] = property_id
    sql = (
        "SELECT c.conversation_id FROM conversations c WHERE ("
        " c.id IN (SELECT rowid FROM fts_conversations WHERE fts_conversations MATCH :q)"
        " OR c.conversation_id IN (SELECT m.conversation_id FROM messages m WHERE m.id IN"
        "  (SELECT rowid FROM fts_messages WHERE fts_messages MATCH :q"
        "   ORDER BY rowid DESC LIMIT :cap))"
        f") {scope} ORDER BY c.activity_at DESC, c.id DESC LIMIT :limit"
    )
    return [str(r[0]) for r in session.execute(text(sql), params)]


def match_articles(
    session: Session,
    match: str,
    *,
    language: str | None,
    theme: str | None,
    limit: int,
) -> list[tuple[int, float, str, str]]:
    """``(articles.id, bm25 score, highlighted title, body snippet)``, best first."""
    params: dict[str, Any] = {"q": match, "limit": limit, **_MARKS}
    scope = ""
    if language is not None:
        scope += " AND a.language = :lang"
        params["lang"] = language
    if theme is not None:
        scope += " AND a.theme = :theme"
        params["theme"] = theme
    sql = (
        "SELECT fts_articles.rowid, fts_articles.rank,"
        " highlight(fts_articles, 0, :hs, :he),"
        " snippet(fts_articles, 2, :hs, :he, :el, 24)"
        " FROM fts_articles JOIN articles a ON a.id = fts_articles.rowid"
        f" WHERE fts_articles MATCH :q {scope} ORDER BY fts_articles.rank LIMIT :limit"
    )
    rows = session.execute(text(sql), params)
    return [(int(r[0]), float(r[1]), str(r[2]), str(r[3])) for r in rows]


def article_vocabulary(session: Session, language: str | None) -> dict[str, int]:
    """Each indexed term (lower case, accents folded) and how many articles hold it."""
    if language is None:
        rows = session.execute(text("SELECT term, doc FROM fts_articles_vocab"))
    else:
        rows = session.execute(
            text(
                "SELECT v.term, COUNT(DISTINCT v.doc) FROM fts_articles_terms v"
                " JOIN articles a ON a.id = v.doc WHERE a.language = :lang GROUP BY v.term"
            ),
            {"lang": language},
        )
    return {str(term): int(docs) for term, docs in rows}
