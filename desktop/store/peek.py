"""A first look at the inbox with the standard library's ``sqlite3`` alone.

Start-up paints the conversation list from this before SQLAlchemy, Alembic, the
keychain and the HTTP stack are imported (about a second on a desk PC): the window
shows real rows at once and the full store attaches right after the first paint.

Read-only and best effort: it answers only when the file exists and its schema is the
revision this version expects (:data:`desktop.store.revision.HEAD_REVISION`), and
only for a desk without staff sign-in (with staff profiles the desk opens locked: no
guest data may show before the lock screen). Anything else (a first run, a migration
to do, a locked or damaged file) returns None and the normal start-up handles it.
The queries are those of :func:`desktop.store.conversations.page_conversation_ids`
and ``get_conversations``; ``tests/unit/store/test_peek.py`` checks both give the same
answers.

The list's row batches are read the same way once the store is open (:func:`batch`
on a read connection of the store, :func:`read_batch`): one SQLite step per batch.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain import (
    Access,
    Conversation,
    ConversationKind,
    ConversationType,
    Property,
    SenderKind,
)
from desktop.store.model import ConversationPage, ConversationQuery, Folder, PageCursor
from desktop.store.revision import HEAD_REVISION

if TYPE_CHECKING:
    from desktop.store.engine import Store

log = logging.getLogger(__name__)

#: The conversation's columns read, named as the domain object's fields.
_FIELDS = tuple(field.name for field in dataclasses.fields(Conversation))
#: A batch's one-row read, up to its id list: conversations and stays as JSON.
_BATCH_READ = (
    "SELECT json_group_array(json_array("
    + ", ".join(f"c.{name}" for name in _FIELDS)
    + ", r.number, r.checkin, r.checkout)) "
    "FROM conversations AS c LEFT JOIN reservations AS r ON r.number = c.reservation_number "
    "WHERE c.conversation_id IN "
)
#: Ids per statement, under SQLite's historical limit of 999 bound values.
_IDS_PER_READ = 500

Stays = dict[str, tuple[date | None, date | None]]


@dataclass(frozen=True, slots=True)
class FirstLook:
    """What the list shows first: a page of ids and the rows of its first ids."""

    query: ConversationQuery
    properties: tuple[Property, ...]
    page: ConversationPage
    conversations: tuple[Conversation, ...]
    #: Check-in and check-out of the reservations of ``conversations``.
    stays: Stays


def first_look(
    database: Path, query: ConversationQuery, *, page_size: int, rows: int
) -> FirstLook | None:
    """The first ``page_size`` ids of ``query`` and the first ``rows`` conversations."""
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as error:
        log.info("first look skipped: %s", error)
        return None
    try:
        connection.execute("PRAGMA query_only = 1")
        if _revision(connection) != HEAD_REVISION or _sign_in_required(connection):
            return None
        page = _page(connection, query, page_size)
        conversations, stays = batch(connection, page.conversation_ids[:rows])
        return FirstLook(
            query=query,
            properties=_properties(connection),
            page=page,
            conversations=tuple(conversations),
            stays=stays,
        )
    except (sqlite3.Error, ValueError) as error:
        log.info("first look skipped: %s", error)
        return None
    finally:
        connection.close()


def _revision(connection: sqlite3.Connection) -> str | None:
    found = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _sign_in_required(connection: sqlite3.Connection) -> bool:
    """Staff profiles exist: the desk starts locked (``StaffSession.is_locked``)."""
    found = connection.execute("SELECT 1 FROM staff_members WHERE active = 1 LIMIT 1")
    return found.fetchone() is not None


def _page(connection: sqlite3.Connection, query: ConversationQuery, limit: int) -> ConversationPage:
    conditions: list[str] = []
    params: list[object] = []
    if query.folder is Folder.ALL:
        conditions.append("kind = ?")
        params.append(ConversationKind.GUEST.value)
    else:
        conditions.append("folder = ?")
        params.append(query.folder.value)
    if query.property_id is not None:
        conditions.append("property_id = ?")
        params.append(query.property_id)
    if query.unread_only:
        conditions.append("unread_count > 0")
    sql = (
        "SELECT conversation_id, id, activity_at FROM conversations "
        f"WHERE {' AND '.join(conditions)} ORDER BY activity_at DESC, id DESC LIMIT ?"
    )
    rows = connection.execute(sql, [*params, limit + 1]).fetchall()
    page = rows[:limit]
    cursor = None
    if len(rows) > limit:
        cursor = PageCursor(_datetime(page[-1][2]), int(page[-1][1]))
    return ConversationPage(tuple(str(r[0]) for r in page), cursor)


def read_batch(store: Store, ids: Sequence[str]) -> tuple[list[Conversation], Stays]:
    """:func:`batch` on a read connection of ``store`` (the list's rows, on the worker)."""
    with store.read() as session:
        connection = session.connection().connection.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        return batch(connection, ids)


def batch(connection: sqlite3.Connection, ids: Sequence[str]) -> tuple[list[Conversation], Stays]:
    """The conversations with these ids (in that order) and the stays of their bookings.

    Each statement answers in one row, the whole batch as JSON. The list reads a batch
    whenever the view scrolls to rows it has not read, on the database worker while
    the GUI thread paints. The ``sqlite3`` module releases the interpreter lock for
    every row it steps through, and each time the worker takes it back it may wait for
    the painting thread (and make it wait in turn): with one row per batch that
    happens a few times per batch instead of twice per row.
    """
    found: dict[str, Conversation] = {}
    stays: Stays = {}
    for start in range(0, len(ids), _IDS_PER_READ):
        chunk = list(ids[start : start + _IDS_PER_READ])
        sql = f"{_BATCH_READ}({','.join('?' * len(chunk))})"
        (text,) = connection.execute(sql, chunk).fetchone()
        for values in json.loads(text):
            conversation = _conversation(values)
            found[conversation.conversation_id] = conversation
            number, checkin, checkout = values[len(_FIELDS) :]
            if number is not None:
                stays[str(number)] = (_date(checkin), _date(checkout))
    return [found[cid] for cid in ids if cid in found], stays


def _conversation(r: Sequence[Any]) -> Conversation:
    """A row of the :data:`_FIELDS` columns, values as SQLite gives them."""
    v = dict(zip(_FIELDS, r, strict=False))
    return Conversation(
        conversation_id=str(v["conversation_id"]),
        property_id=int(v["property_id"]),
        kind=ConversationKind(v["kind"]),
        conversation_type=ConversationType(v["conversation_type"]),
        reservation_number=_text(v["reservation_number"]),
        access=Access(v["access"]),
        guest_name=str(v["guest_name"] or ""),
        guest_participant_id=_text(v["guest_participant_id"]),
        property_participant_id=_text(v["property_participant_id"]),
        language=_text(v["language"]),
        no_reply_needed=bool(v["no_reply_needed"]),
        last_message_at=(
            _datetime(v["last_message_at"]) if v["last_message_at"] is not None else None
        ),
        last_message_snippet=str(v["last_message_snippet"] or ""),
        last_sender=SenderKind(v["last_sender"]) if v["last_sender"] is not None else None,
        unread_count=int(v["unread_count"] or 0),
    )


def _properties(connection: sqlite3.Connection) -> tuple[Property, ...]:
    rows = connection.execute(
        "SELECT property_id, name, timezone, has_access FROM properties ORDER BY property_id"
    )
    return tuple(Property(int(r[0]), str(r[1]), str(r[2]), bool(r[3])) for r in rows)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _datetime(value: object) -> datetime:
    """A stored UTC datetime (SQLAlchemy's SQLite text format) as an aware datetime."""
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))
