"""Conversations erased on request, remembered by digest so that sync never stores them again.

Booking.com keeps serving a conversation after the property erased it here
(:mod:`desktop.history.erasure`), so the erasure records a digest of its id and every
ingest path drops what a recorded conversation brings: the conversation, its
participants, its messages and the reservation it names.

The digest is a plain SHA-256 of the id, with a fixed prefix. Booking.com's
conversation ids are random UUIDs, so the digest can be neither reversed nor guessed by
enumeration; a key kept in this database would protect nothing more (whoever holds the
file holds the key), and one kept elsewhere could be lost, and with it every erasure.
Only someone who already knows a conversation's id can tell from the table that it was
erased.

Ingest checks with one query per call (a sync page, a batch of messages), over the
digests of that call's conversations, through the table's primary key; sync also takes
a :func:`snapshot` once per run, to skip erased conversations without reading them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from desktop.store import bulk
from desktop.store.engine import Store
from desktop.store.tables import ErasedConversationRow
from desktop.store.util import chunks

_ERASED = cast(Table, ErasedConversationRow.__table__)
_PREFIX = b"frontdesk:erased-conversation:v1:"
#: The recorded digests among the expanding parameter ``digests``.
_FIND = select(_ERASED.c.digest).where(_ERASED.c.digest.in_(bindparam("digests", expanding=True)))


def digest(conversation_id: str) -> str:
    """The digest recorded for an erased conversation (64 hexadecimal digits)."""
    return hashlib.sha256(_PREFIX + conversation_id.encode()).hexdigest()


def record(session: Session, properties: Mapping[str, int], at: datetime) -> int:
    """Remember these conversations (id -> property id) as erased; how many were new.

    In the caller's transaction, so a conversation is remembered exactly when it is
    deleted.
    """
    by_digest = {digest(cid): property_id for cid, property_id in properties.items()}
    known = _recorded(session, by_digest)
    rows = [(d, p, at) for d, p in sorted(by_digest.items()) if d not in known]
    bulk.insert_rows(session, _ERASED, ("digest", "property_id", "erased_at"), rows)
    return len(rows)


def erased_among(session: Session, conversation_ids: Iterable[str]) -> set[str]:
    """Which of these conversations were erased (one query per 500 ids)."""
    by_digest = {digest(cid): cid for cid in set(conversation_ids)}
    return {by_digest[d] for d in _recorded(session, by_digest)}


@dataclass(frozen=True, slots=True)
class ErasedSnapshot:
    """The digests recorded when it was taken: a set lookup per conversation, no query.

    For sync to skip an erased conversation before fetching its thread. Ingest checks
    again in its own transaction, so an erasure made since the snapshot still holds.
    """

    digests: frozenset[str]

    def has(self, conversation_id: str) -> bool:
        """Whether this conversation was erased (no hashing while nothing was)."""
        return bool(self.digests) and digest(conversation_id) in self.digests


def snapshot(store: Store) -> ErasedSnapshot:
    """Every recorded digest (erasures are rare: the set stays small)."""
    with store.read() as session:
        return ErasedSnapshot(frozenset(session.scalars(select(_ERASED.c.digest))))


def _recorded(session: Session, digests: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(sorted(digests)):
        found.update(session.scalars(_FIND, {"digests": list(chunk)}))
    return found
