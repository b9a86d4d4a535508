"""Retention: prune history older than N months, after a backup, with a preview first.

What goes (everything last touched before the cut-off, N calendar months back):

- conversations whose last activity is older, with their messages, participants,
  notes, drafts, outbox entries, attachment records and saved attachment files;
- support cases created and last updated before it; call logs started before it;
- reservations that no kept conversation uses and that ended (or were cancelled)
  before it, or carry no dates;
- audit events older than it, except the records of erasures and of earlier prunes;
- database backups older than it (they hold the same old history).

:func:`prune_history` first copies the database into the backups folder with the
store's backup helper, then deletes in one transaction (with an audit event that
holds counts only), then removes files. It prunes with the preview's cut-off, so what
it removes is what the preview showed, plus anything that aged past the cut-off since.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from desktop.domain import Actor, AuditAction, utcnow
from desktop.history import cleanup
from desktop.paths import DataPaths
from desktop.store import Store, audit, migrate
from desktop.store.tables import (
    AuditRow,
    CallLogRow,
    ConversationRow,
    ReservationRow,
    SupportCaseRow,
)
from desktop.store.util import chunks

#: Backups made before a prune are named ``frontdesk-<time>-prune.sqlite3``.
BACKUP_LABEL = "prune"
_KEPT_ACTIONS = (AuditAction.GUEST_DATA_ERASED, AuditAction.HISTORY_PRUNED)


@dataclass(frozen=True, slots=True)
class PrunePreview:
    """What a prune at ``cutoff`` removes (ids for the tables, counts for the rest)."""

    months: int
    cutoff: datetime
    conversations: tuple[str, ...]
    messages: int
    notes: int
    outbox: int
    attachments: int
    support_cases: tuple[int, ...]
    calls: tuple[int, ...]
    reservations: tuple[str, ...]
    audit_events: int
    backups: tuple[str, ...]

    def counts(self) -> dict[str, int]:
        return {
            "conversations": len(self.conversations),
            "messages": self.messages,
            "notes": self.notes,
            "outbox": self.outbox,
            "attachments": self.attachments,
            "support_cases": len(self.support_cases),
            "calls": len(self.calls),
            "reservations": len(self.reservations),
            "audit_events": self.audit_events,
            "backups": len(self.backups),
        }

    @property
    def empty(self) -> bool:
        return not any(self.counts().values())


@dataclass(frozen=True, slots=True)
class PruneResult:
    """What a prune removed, and the backup taken before."""

    backup: Path
    removed: PrunePreview
    files_removed: int


def cutoff_for(now: datetime, months: int) -> datetime:
    """``now`` minus ``months`` calendar months (the 31st becomes the month's last day)."""
    if months < 1:
        raise ValueError("retention needs at least one month")
    total = now.year * 12 + now.month - 1 - months
    year, month = divmod(total, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day)


def preview_prune(
    store: Store, paths: DataPaths, months: int, *, now: datetime | None = None
) -> PrunePreview:
    """What :func:`prune_history` would remove now, without removing anything."""
    cutoff = cutoff_for(now or utcnow(), months)
    with store.read() as session:
        return _select(session, months, cutoff, _old_backups(paths, cutoff))


def prune_history(
    store: Store, paths: DataPaths, preview: PrunePreview, actor: Actor
) -> PruneResult:
    """Back the database up, then remove what ``preview`` showed (see the module doc).

    Raises:
        DiskFullError: No room for the backup (nothing was removed).
    """
    backup = migrate.backup_database(
        store.database, paths.backups, BACKUP_LABEL, keep=_keep_all(paths)
    )
    backups = tuple(b for b in _old_backups(paths, preview.cutoff) if b != str(backup))
    with store.write() as session:
        selected = _select(session, preview.months, preview.cutoff, backups)
        files = cleanup.attachment_files(session, selected.conversations)
        _delete(session, selected)
        details: dict[str, object] = dict(selected.counts())
        details.update(cutoff=selected.cutoff.isoformat(), backup=backup.name)
        audit.record(session, actor, AuditAction.HISTORY_PRUNED, "history", details)
    removed = cleanup.remove_files(files, paths.attachments)
    removed += cleanup.remove_files([Path(b) for b in backups], paths.backups)
    return PruneResult(backup, selected, removed)


def _keep_all(paths: DataPaths) -> int:
    """Keep every existing copy: age, not count, decides here."""
    return max(migrate.KEEP_BACKUPS, len(migrate.list_backups(paths.backups)) + 1)


def _old_backups(paths: DataPaths, cutoff: datetime) -> tuple[str, ...]:
    stamp = cutoff.strftime("%Y%m%dT%H%M%S%fZ")
    prefix = len(migrate.BACKUP_PREFIX)
    return tuple(
        str(p) for p in migrate.list_backups(paths.backups) if p.name[prefix:].split("-")[0] < stamp
    )


def _select(
    session: Session, months: int, cutoff: datetime, backups: tuple[str, ...]
) -> PrunePreview:
    conversations = tuple(
        session.scalars(
            select(ConversationRow.conversation_id).where(ConversationRow.activity_at < cutoff)
        )
    )
    cases = tuple(
        session.scalars(
            select(SupportCaseRow.id).where(
                SupportCaseRow.created_at < cutoff, SupportCaseRow.updated_at < cutoff
            )
        )
    )
    calls = tuple(session.scalars(select(CallLogRow.id).where(CallLogRow.started_at < cutoff)))
    counts = cleanup.count_dependents(session, conversations)
    return PrunePreview(
        months=months,
        cutoff=cutoff,
        conversations=conversations,
        support_cases=cases,
        calls=calls,
        reservations=_reservations(session, cutoff, set(conversations)),
        audit_events=session.scalar(select(func.count()).where(*_old_events(cutoff))) or 0,
        backups=backups,
        **counts,
    )


def _old_events(cutoff: datetime) -> list[ColumnElement[bool]]:
    return [AuditRow.at < cutoff, AuditRow.action.not_in(_KEPT_ACTIONS)]


def _reservations(session: Session, cutoff: datetime, doomed: set[str]) -> tuple[str, ...]:
    undated = and_(ReservationRow.checkout.is_(None), ReservationRow.cancelled_at.is_(None))
    ended = select(ReservationRow.number).where(
        or_(
            ReservationRow.cancelled_at < cutoff,
            ReservationRow.checkout < cutoff.date(),
            undated,
        )
    )
    numbers = set(session.scalars(ended))
    used = session.execute(
        select(ConversationRow.reservation_number, ConversationRow.conversation_id).where(
            ConversationRow.reservation_number.is_not(None)
        )
    )
    kept = {number for number, cid in used if cid not in doomed}
    return tuple(sorted(numbers - kept))


def _delete(session: Session, selected: PrunePreview) -> None:
    cleanup.delete_conversations(session, selected.conversations)
    for calls in chunks(selected.calls):
        session.execute(delete(CallLogRow).where(CallLogRow.id.in_(calls)))
    for cases in chunks(selected.support_cases):
        session.execute(delete(SupportCaseRow).where(SupportCaseRow.id.in_(cases)))
    for numbers in chunks(selected.reservations):
        session.execute(delete(ReservationRow).where(ReservationRow.number.in_(numbers)))
    session.execute(delete(AuditRow).where(*_old_events(selected.cutoff)))
