"""The local database: SQLite (WAL) through SQLAlchemy 2, migrated by Alembic.

Open it with :func:`open_store`; every query module takes the :class:`Store` as its
first argument and returns domain objects (``desktop.domain``) or the store's own value
types (:mod:`desktop.store.model`), never ORM rows.

=====================  ==========================================================
module                 what it holds
=====================  ==========================================================
``engine``             :class:`Store` (``write()`` / ``read()``), :func:`open_store`
``migrate``            schema check, backup before migration, :func:`schema_status`
``conversations``      upsert, inbox list (folders, paging, counts), read state, tags
``messages``           idempotent ingest, threads, attachments
``thread_reads``       a conversation's whole thread in one snapshot, as plain rows
``notes``              internal notes and the shift handover
``outbox``             drafts and the outbox state machine
``support``            partner-support cases and call logs
``articles``           help articles, feedback, notes, search misses
``search``             full-text search (messages, conversations, articles)
``staff``              staff members
``audit``              the audit trail
``erased``             conversations erased on request, by digest (sync skips them)
``properties``         properties and reservations
``state``              shared settings and sync bookkeeping
``fts``                user text -> safe FTS5 query
``sqlite``             everything SQLite-specific (pragmas, errors, FTS5)
=====================  ==========================================================

Every function that changes data takes an ``actor`` and records an audit event in the
same transaction, and returns a :class:`desktop.domain.Change` (or an
:class:`~desktop.store.model.Outcome` holding the created value and the change).

The package imports nothing heavy itself: its pure modules (``model``, ``fts``,
``revision``, ``peek``) load without SQLAlchemy, so the window can paint its first
screen before the ORM is imported (see :mod:`desktop.store.peek`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.engine import Store, open_store
    from desktop.store.guard import translate_errors
    from desktop.store.migrate import schema_status

__all__ = ["Store", "open_store", "schema_status", "translate_errors"]

_HOMES = {
    "Store": "desktop.store.engine",
    "open_store": "desktop.store.engine",
    "translate_errors": "desktop.store.guard",
    "schema_status": "desktop.store.migrate",
}


def __getattr__(name: str) -> Any:
    """The package's exports, imported on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
