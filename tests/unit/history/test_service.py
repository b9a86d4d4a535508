"""The history service: the core refuses what a role may not do, and audits exports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain import AuditAction, StaffRole
from desktop.errors import PermissionDeniedError
from desktop.history.model import CancelToken, HistoryFilter
from desktop.history.reports import ReportTable
from desktop.history.service import EXPORT_TARGET, HistoryService
from desktop.staff import FixedStaff, Permission
from desktop.store import audit as audit_store
from tests.unit.history.world import NOW, B, HistoryWorld


def service(world: HistoryWorld, name: str | None) -> HistoryService:
    member = world.staff[name] if name else None
    return HistoryService(world.store, world.paths, FixedStaff(member), clock=lambda: NOW)


def exports(world: HistoryWorld) -> list[dict[str, object]]:
    events = audit_store.list_events(world.store, actions=[AuditAction.EXPORT])
    return [dict(e.details, actor=e.actor.name, target=e.target) for e in events]


@pytest.mark.parametrize("who", [None, "Bob"])
def test_reception_and_nobody_may_not_review(world: HistoryWorld, who: str | None) -> None:
    history = service(world, who)
    for call in (
        lambda: history.search(HistoryFilter()),
        lambda: history.open("conv:c1"),
        lambda: history.reports(HistoryFilter()),
        lambda: history.export_csv(HistoryFilter(), Path("/tmp/never.csv")),
        lambda: history.build_document(HistoryFilter()),
        lambda: history.preview_prune(),
        lambda: history.erase_guest(["c1"]),
        lambda: history.find_guest("elodie"),
    ):
        with pytest.raises(PermissionDeniedError):
            call()
    assert exports(world) == []


def test_reception_reads_the_handover(world: HistoryWorld) -> None:
    history = service(world, "Bob")
    digest = history.handover()
    history.acknowledge_handover(digest)
    events = audit_store.list_events(world.store, actions=[AuditAction.HANDOVER_ACKNOWLEDGED])
    assert [e.actor.name for e in events] == ["Bob"]
    assert service(world, None).may(Permission.READ_HANDOVER) is False


def test_manager_reviews_exports_but_may_not_prune(world: HistoryWorld, tmp_path: Path) -> None:
    history = service(world, "Alice")
    assert [r.key for r in history.search(HistoryFilter(property_id=B))] == ["conv:c4", "conv:c3"]
    assert history.open("conv:c3") is not None
    assert history.reports(HistoryFilter()).replies_total.asked == 5
    result = history.export_csv(HistoryFilter(property_id=B), tmp_path / "b.csv")
    assert (result.rows, result.entries) == (2, 3)
    with pytest.raises(PermissionDeniedError):
        history.preview_prune()
    assert [c.conversation_id for c in history.find_guest("Smith")] == ["c2"]
    [event] = exports(world)
    assert event["actor"] == "Alice"
    assert event["target"] == EXPORT_TARGET
    assert event["format"] == "csv"
    assert event["rows"] == 2
    assert event["entries"] == 3
    assert event["filter"] == {
        "since": None,
        "until": None,
        "property_id": B,
        "staff_id": None,
        "channel": None,
        "theme": None,
        "status": None,
        "text_search": False,
    }


def test_every_export_kind_is_audited(world: HistoryWorld, tmp_path: Path) -> None:
    history = service(world, "Alice")
    token = CancelToken()
    token.cancel()
    assert history.export_csv(HistoryFilter(), tmp_path / "x.csv", cancel=token).cancelled
    assert exports(world) == []  # nothing was exported
    table = ReportTable(("theme",), (("payments",),))
    history.export_table(table, tmp_path / "t.csv", report="deflection", labels=None)
    history.record_export("pdf", HistoryFilter(text="secret name"), rows=4)
    history.record_export("png", None, report="volume_by_hour")
    found = exports(world)
    assert [(e["format"], e.get("report")) for e in found] == [
        ("png", "volume_by_hour"),
        ("pdf", None),
        ("csv", "deflection"),
    ]
    assert "secret" not in str(found)  # the searched words never reach the audit trail


def test_admin_prunes(world: HistoryWorld) -> None:
    history = service(world, "Ada")
    preview = history.preview_prune(months=24)
    assert preview.empty  # NOW is a few days after the world
    result = history.prune(preview)
    assert result.backup.exists()
    events = audit_store.list_events(world.store, actions=[AuditAction.HISTORY_PRUNED])
    assert [e.actor.name for e in events] == ["Ada"]


def test_inactive_member_is_refused(world: HistoryWorld) -> None:
    gone = replace(world.staff["Alice"], active=False)
    history = HistoryService(world.store, world.paths, FixedStaff(gone))
    with pytest.raises(PermissionDeniedError):
        history.search(HistoryFilter())
    assert world.staff["Alice"].role is StaffRole.MANAGER
