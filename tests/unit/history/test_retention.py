"""Pruning old history: backup first, preview equals removal, files and old backups go."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.domain import Attachment, AuditAction
from desktop.history.model import HistoryFilter
from desktop.history.records import find_rows
from desktop.history.retention import cutoff_for, preview_prune, prune_history
from desktop.store import audit as audit_store
from desktop.store import messages as msg_store
from desktop.store import support as support_store
from desktop.store.search import search_conversations
from tests.unit.history.world import SYNC, A, HistoryWorld, at

# 24 months before this is 2025-06-04 00:00: c1 and c3 (last messages on 06-03) go.
NOW = datetime(2027, 6, 4, tzinfo=UTC)
OLD_BACKUP = "frontdesk-20250101T000000000000Z-0002.sqlite3"
NEW_BACKUP = "frontdesk-20260101T000000000000Z-0002.sqlite3"


@pytest.mark.parametrize(
    ("now", "months", "expected"),
    [
        (datetime(2025, 3, 31, 9, tzinfo=UTC), 1, datetime(2025, 2, 28, 9, tzinfo=UTC)),
        (datetime(2024, 3, 31, tzinfo=UTC), 1, datetime(2024, 2, 29, tzinfo=UTC)),
        (datetime(2025, 1, 15, tzinfo=UTC), 24, datetime(2023, 1, 15, tzinfo=UTC)),
        (datetime(2025, 1, 15, tzinfo=UTC), 13, datetime(2023, 12, 15, tzinfo=UTC)),
    ],
)
def test_cutoff_in_calendar_months(now: datetime, months: int, expected: datetime) -> None:
    assert cutoff_for(now, months) == expected


def old_things(world: HistoryWorld, tmp_path: Path) -> dict[str, Path]:
    """An attachment file, a file outside the data folder, old and new backups, calls."""
    saved = world.paths.attachments / "c1" / "photo.png"
    saved.parent.mkdir(parents=True)
    saved.write_bytes(b"png")
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"mine")
    for aid, path in (("att-1", saved), ("att-2", outside)):
        found = Attachment(aid, path.name, "image/png", 3, str(path))
        msg_store.save_attachment(world.store, "c1", found, SYNC)
    for name in (OLD_BACKUP, NEW_BACKUP):
        (world.paths.backups / name).write_bytes(b"old copy")
    for started in (at("05-01", "10:00"), at("06-05", "10:00")):
        support_store.log_call(
            world.store,
            property_id=A,
            theme="payments",
            number_called="+33 1 23",
            outcome="resolved",
            notes="",
            started_at=started,
            actor=world.actor("Bob"),
        )
    with world.store.write() as session:
        for action in (AuditAction.SYNC, AuditAction.HISTORY_PRUNED):
            audit_store.record(session, SYNC, action, "old", at=at("05-01"))
    return {"saved": saved, "outside": outside}


def test_preview_then_prune(world: HistoryWorld, tmp_path: Path) -> None:
    world.read_and_note()
    files = old_things(world, tmp_path)
    preview = preview_prune(world.store, world.paths, 24, now=NOW)
    assert preview.cutoff == datetime(2025, 6, 4, tzinfo=UTC)
    assert sorted(preview.conversations) == ["c1", "c3"]
    assert preview.counts() == {
        "conversations": 2,
        "messages": 7,
        "notes": 0,
        "outbox": 3,
        "attachments": 2,
        "support_cases": 0,
        "calls": 1,
        "reservations": 2,
        "audit_events": 1,
        "backups": 1,
    }
    assert preview.backups == (str(world.paths.backups / OLD_BACKUP),)
    before = find_rows(world.store, HistoryFilter())
    result = prune_history(world.store, world.paths, preview, world.actor("Ada"))

    assert result.removed.counts() == preview.counts()
    assert result.removed.conversations == preview.conversations
    assert [r.key for r in find_rows(world.store, HistoryFilter())] == [
        r.key for r in before if r.key not in ("conv:c1", "conv:c3", "call:1")
    ]
    assert search_conversations(world.store, "elodie") == []
    assert not files["saved"].exists()
    assert files["outside"].exists()
    assert result.files_removed == 2  # the attachment and the old backup
    assert not (world.paths.backups / OLD_BACKUP).exists()
    assert (world.paths.backups / NEW_BACKUP).exists()
    assert len(support_store.list_calls(world.store)) == 1


def test_backup_is_taken_first_and_opens(world: HistoryWorld, tmp_path: Path) -> None:
    preview = preview_prune(world.store, world.paths, 24, now=NOW)
    result = prune_history(world.store, world.paths, preview, world.actor("Ada"))
    assert result.backup.exists()
    assert result.backup.parent == world.paths.backups
    assert result.backup.name.endswith("-prune.sqlite3")
    with closing(sqlite3.connect(result.backup)) as copy:
        ids = sorted(r[0] for r in copy.execute("SELECT conversation_id FROM conversations"))
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert ids == ["c1", "c2", "c3", "c4", "c5"]


def test_prune_is_audited_with_counts(world: HistoryWorld, tmp_path: Path) -> None:
    old_things(world, tmp_path)
    preview = preview_prune(world.store, world.paths, 24, now=NOW)
    result = prune_history(world.store, world.paths, preview, world.actor("Ada"))
    events = audit_store.list_events(world.store, actions=[AuditAction.HISTORY_PRUNED])
    assert [e.target for e in events] == ["history", "old"]  # the old prune record is kept
    details = events[0].details
    assert events[0].actor == world.actor("Ada")
    assert details["conversations"] == 2
    assert details["backup"] == result.backup.name
    assert details["cutoff"] == "2025-06-04T00:00:00+00:00"
    assert audit_store.list_events(world.store, target="old", actions=[AuditAction.SYNC]) == []


def test_nothing_to_prune(world: HistoryWorld) -> None:
    preview = preview_prune(world.store, world.paths, 24, now=datetime(2025, 7, 1, tzinfo=UTC))
    assert preview.empty
