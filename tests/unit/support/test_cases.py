"""SupportDesk: what each wizard outcome records, lookups, countdowns, extranet answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.domain import (
    Actor,
    AuditAction,
    Conversation,
    ConversationKind,
    Reservation,
    SenderKind,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
    WizardOutcome,
    utcnow,
)
from desktop.errors import BadInputError
from desktop.paths import DataPaths
from desktop.store import Store, open_store
from desktop.store import audit as audit_store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import support as support_store
from desktop.store.conversations import upsert_conversation
from desktop.store.model import ConversationQuery, Folder
from desktop.store.properties import upsert_reservations
from desktop.support.cases import (
    WIZARD_TARGET,
    CallNotes,
    CallOutcome,
    SupportDesk,
    WizardResult,
    countdown,
    is_overdue,
    sync_cases,
    time_left,
)
from desktop.support.catalogue import Catalogue, load_catalogue
from desktop.support.transport.extranet import ExtranetDelivery, ExtranetTransport

STAFF = Actor(name="Camille", staff_id=3)
LAC = 1234567
NUMBER = "4012345678"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    paths = DataPaths(root=tmp_path / "data", logs=tmp_path / "logs")
    opened = open_store(paths)
    reservation = Reservation(NUMBER, LAC, "Élodie Martin", date(2026, 12, 3), date(2026, 12, 6))
    upsert_reservations(opened, [reservation], STAFF)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def desk(store: Store, catalogue: Catalogue, tmp_path: Path) -> SupportDesk:
    transport = ExtranetTransport(catalogue, "https://admin.booking.com/", "fr")
    return SupportDesk(store, catalogue, transport, actor=STAFF, attachments_dir=tmp_path / "att")


def message(**changes: object) -> WizardResult:
    values: dict[str, object] = {
        "outcome": WizardOutcome.MESSAGE,
        "property_id": LAC,
        "language": "fr",
        "theme": "reservations",
        "subtheme": "cancellation",
        "reservation_number": "40 1234 5678",
        "subject": "Annulation sans frais",
        "description": "La cliente est malade ; merci d'annuler sans frais.",
    }
    values.update(changes)
    return WizardResult(**values)  # type: ignore[arg-type]


def outcome_events(store: Store) -> list[dict[str, object]]:
    events = audit_store.list_events(store, actions=[AuditAction.SUPPORT_CASE])
    return [dict(e.details) for e in events if "outcome" in e.details]


def test_a_message_is_a_case_with_its_support_thread(desk: SupportDesk, store: Store) -> None:
    recorded = desk.record(message())
    case = recorded.case
    assert case is not None
    assert (case.channel, case.status, case.transport) == (
        SupportChannel.MESSAGE,
        SupportCaseStatus.OPEN,
        SupportTransport.EXTRANET,
    )
    assert case.reservation_number == NUMBER  # normalised
    assert case.actor == STAFF
    assert case.expected_reply_by == case.created_at + timedelta(hours=24)
    conversation = conv_store.get_conversation(store, case.conversation_id or "")
    assert conversation is not None
    assert conversation.kind is ConversationKind.SUPPORT
    assert conversation.reservation_number == NUMBER
    assert "Annulation sans frais" in conversation.guest_name
    thread = msg_store.get_thread(store, conversation.conversation_id)
    assert [m.sender for m in thread] == [SenderKind.PROPERTY]
    assert "Numéro de réservation : 4012345678" in thread[0].content
    assert recorded.change.support_cases
    assert conversation.conversation_id in recorded.change.conversations
    ids = conv_store.page_conversation_ids(store, ConversationQuery(Folder.SUPPORT))
    assert ids.conversation_ids == (conversation.conversation_id,)


def test_images_are_kept_with_the_thread(desk: SupportDesk, store: Store, tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(PNG)
    case = desk.record(message(image_paths=(str(image),))).case
    assert case is not None
    thread = msg_store.get_thread(store, case.conversation_id or "")
    attachments = msg_store.get_attachments(store, list(thread[0].attachment_ids))
    assert [(a.file_name, a.file_type) for a in attachments] == [("photo.png", "image/png")]
    kept = Path(attachments[0].local_path or "")
    assert kept.read_bytes() == PNG
    assert kept.parent.parent == tmp_path / "att"
    assert desk.courier.message_of(case).images[0].file_name == "photo.png"


def test_a_required_reservation_number_is_refused_when_missing(desk: SupportDesk) -> None:
    with pytest.raises(BadInputError) as caught:
        desk.record(message(reservation_number=None))
    assert caught.value.details["field"] == "reservation_number"
    with pytest.raises(BadInputError) as bad:
        desk.record(message(reservation_number="40I2345678"))
    assert bad.value.details["problem"] == "not_a_digit"


def test_a_message_needs_a_known_theme_and_text(desk: SupportDesk) -> None:
    with pytest.raises(BadInputError):
        desk.record(message(theme="weather"))
    with pytest.raises(BadInputError):
        desk.record(message(subtheme="nope"))
    with pytest.raises(BadInputError):
        desk.record(message(subject="  "))


def test_a_call_is_a_case_and_a_call_log(desk: SupportDesk, store: Store) -> None:
    started = utcnow() - timedelta(minutes=7)
    notes = CallNotes("+33 1 57 32 00 00", CallOutcome.FOLLOW_UP, "Rappel demain 10 h", started)
    recorded = desk.record(message(outcome=WizardOutcome.CALL, call=notes))
    case = recorded.case
    assert case is not None
    assert (case.channel, case.status, case.conversation_id) == (
        SupportChannel.CALL,
        SupportCaseStatus.OPEN,
        None,
    )
    assert case.expected_reply_by is None
    calls = support_store.list_calls(store, case_id=case.case_id)
    assert [(c.number_called, c.outcome, c.notes) for c in calls] == [
        ("+33 1 57 32 00 00", "follow_up", "Rappel demain 10 h")
    ]
    assert calls[0].started_at == started
    assert recorded.call == calls[0]
    resolved = CallNotes("+33 1", CallOutcome.RESOLVED)
    closed = desk.record(message(outcome=WizardOutcome.CALL, call=resolved)).case
    assert closed is not None
    assert closed.status is SupportCaseStatus.CLOSED


def test_deflection_and_pulse_are_closed_cases(desk: SupportDesk) -> None:
    deflected = desk.record(
        WizardResult(
            WizardOutcome.DEFLECTED,
            LAC,
            "en",
            "reservations",
            "no_show",
            article_id="reservations-no-show-report-en",
        )
    ).case
    assert deflected is not None
    assert (deflected.channel, deflected.status, deflected.article_id) == (
        SupportChannel.DEFLECTION,
        SupportCaseStatus.CLOSED,
        "reservations-no-show-report-en",
    )
    pulse = desk.record(WizardResult(WizardOutcome.PULSE, LAC, "en", "account", "devices")).case
    assert pulse is not None
    assert pulse.channel is SupportChannel.PULSE


def test_guest_redirections_and_abandonments_make_no_case(desk: SupportDesk, store: Store) -> None:
    guest = desk.record(WizardResult(WizardOutcome.GUEST_REDIRECTED, LAC, guest_language="de"))
    abandoned = desk.record(WizardResult(WizardOutcome.ABANDONED, LAC, theme="promotions"))
    assert guest.case is None
    assert abandoned.case is None
    assert support_store.list_cases(store) == []
    events = audit_store.list_events(store, target=WIZARD_TARGET)
    assert [e.details["outcome"] for e in events] == ["abandoned", "guest_redirected"]
    assert events[1].details["guest_language"] == "de"
    assert all(e.actor == STAFF for e in events)


def test_outcome_counts_give_the_deflection_rate(desk: SupportDesk) -> None:
    desk.record(message())
    desk.record(WizardResult(WizardOutcome.DEFLECTED, LAC, "en", "reservations", "no_show"))
    desk.record(WizardResult(WizardOutcome.DEFLECTED, LAC, "en", "account", "devices"))
    desk.record(WizardResult(WizardOutcome.GUEST_REDIRECTED, LAC))
    desk.mark_sent(1)  # not an outcome
    counts = desk.outcome_counts()
    assert counts[WizardOutcome.DEFLECTED] == 2
    assert counts[WizardOutcome.MESSAGE] == 1
    assert counts[WizardOutcome.GUEST_REDIRECTED] == 1
    assert counts.deflection_rate == pytest.approx(2 / 3)
    assert desk.outcome_counts(since=utcnow() + timedelta(hours=1)).deflection_rate is None


def test_lookup_reservation_matches_reservations_and_guest_conversations(
    desk: SupportDesk, store: Store
) -> None:
    found = desk.lookup_reservation("4012-345-678")
    assert found.known
    assert (found.number, found.guest_name, found.checkin) == (
        NUMBER,
        "Élodie Martin",
        date(2026, 12, 3),
    )
    upsert_conversation(
        store,
        Conversation("c-2", LAC, reservation_number="5555555555", guest_name="Ana Ruiz"),
        STAFF,
    )
    assert desk.lookup_reservation("5555555555").guest_name == "Ana Ruiz"
    unknown = desk.lookup_reservation("999999999")
    assert not unknown.known
    with pytest.raises(BadInputError):
        desk.lookup_reservation("12")


def test_countdown_to_the_24_hour_aim(desk: SupportDesk) -> None:
    case = desk.record(message()).case
    assert case is not None
    now = case.created_at + timedelta(hours=20)
    left = countdown(case, now)
    assert left is not None
    assert left.remaining == timedelta(hours=4)
    assert not left.overdue
    assert time_left(case, now) == timedelta(hours=4)
    assert is_overdue(case, case.created_at + timedelta(hours=25))
    desk.record_answer(case.case_id)
    answered = support_store.get_case(desk.store, case.case_id)
    assert answered is not None
    assert countdown(answered) is None


def test_extranet_delivery_mark_sent_and_pasted_answer(desk: SupportDesk, store: Store) -> None:
    case = desk.record(message()).case
    assert case is not None
    delivery = desk.deliver(case.case_id)
    assert isinstance(delivery, ExtranetDelivery)
    assert delivery.steps[0] == "Dans l'extranet, cliquez sur Boîte de réception."
    assert "Objet : Annulation sans frais" in delivery.clipboard_text
    assert delivery.theme_path.startswith("Réservations")
    assert not desk.is_marked_sent(case.case_id)
    desk.mark_sent(case.case_id)
    assert desk.is_marked_sent(case.case_id)
    change = desk.record_answer(case.case_id, "Nous avons annulé la réservation sans frais.")
    assert change.support_cases
    assert case.conversation_id in change.conversations
    thread = msg_store.get_thread(store, case.conversation_id or "")
    assert [m.sender for m in thread] == [SenderKind.PROPERTY, SenderKind.BOOKING]
    assert thread[1].sender_name == "Booking.com"
    answered = support_store.get_case(store, case.case_id)
    assert answered is not None
    assert answered.status is SupportCaseStatus.ANSWERED
    desk.close_case(case.case_id)
    assert desk.case_for_conversation(case.conversation_id or "") is not None
    closed = support_store.get_case(store, case.case_id)
    assert closed is not None
    assert closed.status is SupportCaseStatus.CLOSED
    desk.reopen_case(case.case_id)
    assert desk.case_for_conversation("nope") is None


def test_sync_does_nothing_with_the_extranet(desk: SupportDesk) -> None:
    desk.record(message())
    report = sync_cases(desk)
    assert (report.delivered, report.new_replies) == (0, 0)
    assert desk.pending_deliveries() == []
