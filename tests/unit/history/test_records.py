"""History rows: each filter, full-text search with accents, a row opened read-only."""

from __future__ import annotations

from desktop.domain import AuditAction, SupportChannel
from desktop.history.detail import open_detail
from desktop.history.model import Channel, EntryKind, HistoryFilter, Status
from desktop.history.records import find_rows, themes
from desktop.store import support as support_store
from tests.unit.history.world import A, B, HistoryWorld, at


def keys(world: HistoryWorld, **criteria: object) -> list[str]:
    return [r.key for r in find_rows(world.store, HistoryFilter(**criteria))]  # type: ignore[arg-type]


def test_every_guest_conversation_newest_first(world: HistoryWorld) -> None:
    assert keys(world) == ["conv:c5", "conv:c4", "conv:c2", "conv:c1", "conv:c3"]
    c1 = find_rows(world.store, HistoryFilter())[3]
    assert (c1.title, c1.property_name, c1.messages, c1.status) == (
        "Élodie Martin",
        "Hôtel A",
        5,
        Status.WAITING_FOR_GUEST,
    )
    assert c1.started_at == at("06-02", "08:00")
    assert c1.staff == ("Alice", "Bob")


def test_date_property_status_staff_filters(world: HistoryWorld) -> None:
    assert keys(world, since=at("06-04"), until=at("06-05")) == ["conv:c4", "conv:c2"]
    assert keys(world, property_id=B) == ["conv:c4", "conv:c3"]
    assert keys(world, status=Status.NEEDS_REPLY) == ["conv:c5", "conv:c4"]
    assert keys(world, staff_id=world.staff["Bob"].staff_id) == ["conv:c1"]
    assert keys(world, staff_id=world.staff["Alice"].staff_id) == ["conv:c1", "conv:c3"]


def test_search_folds_accents_and_matches_names(world: HistoryWorld) -> None:
    assert keys(world, text="elodie") == ["conv:c1"]
    assert keys(world, text="annulation") == ["conv:c5"]
    assert keys(world, text="petit dejeuner") == ["conv:c1"]
    assert keys(world, text="muller") == ["conv:c3"]
    assert keys(world, text="nothing-like-this") == []


def test_support_channels_theme_and_text(world: HistoryWorld) -> None:
    msg = world.support_case(
        "payments", SupportChannel.MESSAGE, "Bob", subject="Virement non reçu", thread=True
    )
    call = world.support_case(
        "policies", SupportChannel.CALL, "Alice", subject="Appel", description="Politique enfants"
    )
    world.support_case("payments", SupportChannel.DEFLECTION, "Bob")
    support_store.log_call(
        world.store,
        property_id=A,
        theme="payments",
        number_called="+33 1 23",
        outcome="follow_up",
        notes="Rappeler demain",
        started_at=at("06-05", "10:00"),
        actor=world.actor("Bob"),
    )
    support = keys(world, channel=Channel.SUPPORT_MESSAGE)
    assert support == [f"case:{msg.case_id}"]
    calls = keys(world, channel=Channel.SUPPORT_CALL)
    assert calls[0] == f"case:{call.case_id}"
    assert calls[1].startswith("call:")
    assert keys(world, theme="payments")[0] == f"case:{msg.case_id}"
    assert "conv:c1" not in keys(world, theme="payments")
    assert keys(world, text="recu") == [f"case:{msg.case_id}"]
    assert keys(world, text="enfants") == [f"case:{call.case_id}"]
    assert keys(world, text="rappeler", channel=Channel.SUPPORT_CALL) == [calls[1]]
    assert keys(world, channel=Channel.SUPPORT_CALL, status=Status.OPEN) == calls
    assert themes(world.store) == ["payments", "policies"]
    alice = world.staff["Alice"].staff_id
    assert keys(world, staff_id=alice, channel=Channel.SUPPORT_CALL) == [f"case:{call.case_id}"]
    assert keys(world, staff_id=alice, channel=Channel.SUPPORT_MESSAGE) == []


def test_open_a_conversation_read_only_with_its_audit_trail(world: HistoryWorld) -> None:
    world.read_and_note()
    detail = open_detail(world.store, "conv:c1")
    assert detail is not None
    kinds = [(e.kind, e.staff) for e in detail.entries]
    assert kinds == [
        (EntryKind.GUEST, ""),
        (EntryKind.PROPERTY, "Alice"),
        (EntryKind.GUEST, ""),
        (EntryKind.GUEST, ""),
        (EntryKind.PROPERTY, "Bob"),
    ]
    actions = [e.action for e in detail.audit]
    assert AuditAction.MESSAGE_QUEUED in actions
    assert AuditAction.MESSAGE_SENT in actions
    noted = open_detail(world.store, "conv:c4")
    assert noted is not None
    assert noted.entries[-1].kind is EntryKind.NOTE
    assert noted.entries[-1].text == "Rappeler la cliente"
    assert [e.action for e in noted.audit][-2:] == [
        AuditAction.MESSAGE_READ,
        AuditAction.NOTE_ADDED,
    ]
    assert open_detail(world.store, "conv:nope") is None
    assert open_detail(world.store, "bogus") is None


def test_open_a_call_case(world: HistoryWorld) -> None:
    case = world.support_case("policies", SupportChannel.CALL, "Alice", subject="Appel")
    support_store.log_call(
        world.store,
        property_id=A,
        theme="policies",
        number_called="+33 1 23",
        outcome="resolved",
        notes="Réglé",
        started_at=at("06-05", "10:00"),
        actor=world.actor("Alice"),
        case_id=case.case_id,
    )
    detail = open_detail(world.store, f"case:{case.case_id}")
    assert detail is not None
    assert detail.case == case
    assert [e.kind for e in detail.entries] == [EntryKind.CALL, EntryKind.CASE]
    assert "Réglé" in detail.entries[0].text
    assert {e.action for e in detail.audit} == {AuditAction.SUPPORT_CASE, AuditAction.CALL_LOGGED}
