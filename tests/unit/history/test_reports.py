"""Report figures against values computed by hand on the fixed world (see world.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain import SenderKind, SupportCaseStatus, SupportChannel, utcnow
from desktop.history.figures import ReplyStats, percentile
from desktop.history.model import Channel, HistoryFilter
from desktop.history.reports import build_reports, reply_table, volume_table
from desktop.store import Store
from desktop.store import support as support_store
from tests.unit.history.world import NOW, A, HistoryWorld, at

H = timedelta(hours=1)


def stats(rows: tuple[ReplyStats, ...]) -> dict[str, tuple[object, ...]]:
    return {
        s.group: (s.asked, s.answered, s.within_target, s.pending, s.median, s.p90) for s in rows
    }


def test_percentile_interpolates_between_ranks() -> None:
    assert percentile([], 0.5) is None
    assert percentile([5.0], 0.9) == 5.0
    assert percentile([1.0, 2.0, 6.0, 14.0], 0.5) == 4.0
    assert percentile([1.0, 2.0, 6.0, 14.0], 0.9) == pytest.approx(11.6)


def test_reply_times_overall(world: HistoryWorld) -> None:
    reports = build_reports(world.store, HistoryFilter(), now=NOW)
    total = reports.replies_total
    # Answered: 1 h, 6 h, 14 h, 2 h; c4 overdue; c5 pending (4 h old).
    assert (total.asked, total.answered, total.within_target, total.pending) == (5, 4, 3, 1)
    assert total.share_within_target == pytest.approx(0.6)
    assert total.median == 4 * H
    assert total.p90 == timedelta(hours=11.6)


def test_reply_times_by_day_use_the_property_time_zone(world: HistoryWorld) -> None:
    reports = build_reports(world.store, HistoryFilter(), now=NOW)
    assert stats(reports.replies_by_day) == {
        # c1 08:00 (1 h) and 20:00 (6 h)
        "2025-06-02": (2, 2, 2, 0, 3.5 * H, 5.5 * H),
        # c3 at 01:30 in Paris (2 h) and c2 (14 h)
        "2025-06-03": (2, 2, 1, 0, 8 * H, timedelta(hours=12.8)),
        "2025-06-04": (1, 0, 0, 0, None, None),
        "2025-06-09": (0, 0, 0, 1, None, None),
    }


def test_reply_times_by_week_staff_and_property(world: HistoryWorld) -> None:
    reports = build_reports(world.store, HistoryFilter(), now=NOW)
    assert stats(reports.replies_by_week) == {
        "2025-W23": (5, 4, 3, 0, 4 * H, timedelta(hours=11.6)),
        "2025-W24": (0, 0, 0, 1, None, None),
    }
    assert stats(reports.replies_by_staff) == {
        "": (2, 1, 0, 1, 14 * H, 14 * H),  # the extranet reply, c4 overdue, c5 pending
        "Alice": (2, 2, 2, 0, 1.5 * H, timedelta(hours=1.9)),
        "Bob": (1, 1, 1, 0, 6 * H, 6 * H),
    }
    assert stats(reports.replies_by_property) == {
        "Hotel B": (2, 1, 1, 0, 2 * H, 2 * H),
        "Hôtel A": (3, 3, 2, 1, 6 * H, timedelta(hours=12.4)),
    }


def test_date_range_counts_questions_asked_in_it(world: HistoryWorld) -> None:
    f = HistoryFilter(since=at("06-03"), until=at("06-05"))
    total = build_reports(world.store, f, now=NOW).replies_total
    # c2 (14 h) and c4 (overdue); c3 was asked on 06-02 23:30 UTC.
    assert (total.asked, total.answered, total.within_target) == (2, 1, 0)
    assert total.share_within_target == 0.0


def test_property_filter(world: HistoryWorld) -> None:
    total = build_reports(world.store, HistoryFilter(property_id=A), now=NOW).replies_total
    assert (total.asked, total.answered, total.within_target, total.pending) == (3, 3, 2, 1)


def test_volume_by_hour_and_weekday_in_local_time(world: HistoryWorld) -> None:
    reports = build_reports(world.store, HistoryFilter(), now=NOW)
    guest = {b.bucket: b.guest for b in reports.volume_by_hour if b.guest}
    sent = {b.bucket: b.property for b in reports.volume_by_hour if b.property}
    assert guest == {1: 1, 8: 1, 10: 1, 14: 1, 20: 3}
    assert sent == {0: 1, 2: 1, 3: 1, 9: 1, 10: 1}
    assert len(reports.volume_by_hour) == 24
    weekdays = {b.bucket: (b.guest, b.property) for b in reports.volume_by_weekday if b.guest}
    assert weekdays == {0: (4, 1), 1: (2, 3), 2: (1, 1)}
    table = volume_table(reports.volume_by_weekday, "weekday")
    assert table.rows[1] == (1, 2, 3)


def test_reply_table_in_hours_and_percent(world: HistoryWorld) -> None:
    reports = build_reports(world.store, HistoryFilter(), now=NOW)
    table = reply_table(reports.replies_by_staff)
    assert table.columns[0] == "group"
    assert table.rows[1] == ("Alice", 2, 2, 2, 100.0, 1.5, 1.9, 0)
    assert table.rows[0][4] == 0.0


def _answer(world: HistoryWorld, case_id: int, cid: str | None, after: timedelta) -> None:
    case = support_store.get_case(world.store, case_id)
    assert case is not None
    assert cid is not None
    world.message(cid, case.created_at + after, "Réponse", SenderKind.BOOKING)


def test_support_cases_against_the_24_hour_aim(world: HistoryWorld) -> None:
    fast = world.support_case("payments", SupportChannel.MESSAGE, "Bob", subject="a", thread=True)
    slow = world.support_case("payments", SupportChannel.MESSAGE, "Bob", subject="b", thread=True)
    world.support_case("payments", SupportChannel.MESSAGE, "Bob", subject="c", thread=True)
    marked = world.support_case("policies", SupportChannel.MESSAGE, "Alice", thread=True)
    _answer(world, fast.case_id, fast.conversation_id, 3 * H)
    _answer(world, slow.case_id, slow.conversation_id, 30 * H)
    support_store.update_case(
        world.store, marked.case_id, world.actor("Alice"), status=SupportCaseStatus.ANSWERED
    )
    now = utcnow() + 25 * H
    reports = build_reports(world.store, HistoryFilter(channel=Channel.SUPPORT_MESSAGE), now=now)
    payments, policies = reports.support_by_theme
    assert payments.theme == "payments"
    assert (payments.cases, payments.answered, payments.within_aim) == (3, 2, 1)
    assert (payments.open_overdue, payments.open_within_aim) == (1, 0)
    assert payments.share_within_aim == pytest.approx(1 / 3)
    assert payments.median == timedelta(hours=16.5)  # (3 h + 30 h) / 2
    assert (policies.cases, policies.answered, policies.within_aim) == (1, 1, 1)
    assert reports.replies_total.asked == 0  # the channel filter keeps guests out


def test_deflection_rate_by_theme(world: HistoryWorld, store: Store) -> None:
    for _ in range(2):
        world.support_case("payments", SupportChannel.DEFLECTION, "Bob")
    world.support_case("policies", SupportChannel.DEFLECTION, "Bob")
    for _ in range(3):
        world.support_case("payments", SupportChannel.MESSAGE, "Bob", thread=True)
    world.support_case("policies", SupportChannel.MESSAGE, "Bob", thread=True)
    call = world.support_case("payments", SupportChannel.CALL, "Bob")
    world.support_case("payments", SupportChannel.PULSE, "Bob")
    for case_id in (call.case_id, None):
        support_store.log_call(
            store,
            property_id=A,
            theme="payments" if case_id else "policies",
            number_called="+33 1 00 00 00 00",
            outcome="resolved",
            notes="",
            started_at=utcnow(),
            actor=world.actor("Bob"),
            case_id=case_id,
        )
    reports = build_reports(store, HistoryFilter(), now=utcnow())
    rates = {
        d.theme: (d.deflections, d.messages, d.calls, d.rate) for d in reports.deflection_by_theme
    }
    assert rates["payments"][:3] == (2, 3, 1)
    assert rates["payments"][3] == pytest.approx(2 / 6)
    assert rates["policies"][:3] == (1, 1, 1)
    assert rates["policies"][3] == pytest.approx(1 / 3)
    only_bob = build_reports(store, HistoryFilter(staff_id=world.staff["Alice"].staff_id))
    assert only_bob.deflection_by_theme == ()
