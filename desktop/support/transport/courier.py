"""After a case is recorded: delivery through its transport, answers, sync, closing.

:class:`Courier` is the part of :class:`desktop.support.cases.SupportDesk` that moves
recorded cases along; the desk delegates to it. Delivery may use the network (the
gateway), so callers run it off the GUI thread. A gateway case whose delivery failed
stays *pending* (no external id) and is delivered again by the next sync; the gateway
recognises a repeat by the case's ``client_reference``, so nothing is created twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.domain import (
    Actor,
    AuditAction,
    Change,
    ConversationKind,
    Reservation,
    SupportCase,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
    utcnow,
)
from desktop.store import Store
from desktop.store import audit as audit_store
from desktop.store import conversations as conv_store
from desktop.store import properties as prop_store
from desktop.store import support as support_store
from desktop.support.reservation_numbers import normalise
from desktop.support.transport.factory import Delivery, Transport
from desktop.support.transport.gateway import (
    GatewayDelivery,
    GatewaySyncReport,
    GatewayTransport,
    apply_updates,
)
from desktop.support.transport.gateway_errors import GatewayRefused
from desktop.support.transport.message import CaseMessage, ImageFile
from desktop.support.transport.thread import Reply, add_replies, sent_images

#: How many cases are looked through (newest first) for pending or open ones.
CASE_SCAN = 10_000
#: The first sync after a start reads from a little before the oldest open case.
CLOCK_SLACK = timedelta(minutes=5)


def case_message(case: SupportCase, images: tuple[ImageFile, ...], language: str) -> CaseMessage:
    """What a transport needs of a case."""
    return CaseMessage(
        case_id=case.case_id,
        property_id=case.property_id,
        theme=case.theme,
        subtheme=case.subtheme,
        subject=case.subject,
        description=case.description,
        language=language,
        reservation_number=case.reservation_number,
        images=images,
        sender_name=case.actor.name,
        conversation_id=case.conversation_id,
    )


@dataclass(frozen=True, slots=True)
class Countdown:
    """Time left to partner support's 24-hour aim for an open message case."""

    expected_by: datetime
    remaining: timedelta

    @property
    def overdue(self) -> bool:
        return self.remaining < timedelta(0)


def countdown(case: SupportCase, now: datetime | None = None) -> Countdown | None:
    """The countdown of an open message case; None for others (calls, answered...)."""
    expected = case.expected_reply_by
    if expected is None or case.status is not SupportCaseStatus.OPEN:
        return None
    return Countdown(expected, expected - (now or utcnow()))


def time_left(case: SupportCase, now: datetime | None = None) -> timedelta | None:
    found = countdown(case, now)
    return found.remaining if found else None


def is_overdue(case: SupportCase, now: datetime | None = None) -> bool:
    found = countdown(case, now)
    return found is not None and found.overdue


@dataclass(frozen=True, slots=True)
class ReservationMatch:
    """A reservation number as typed, normalised, and what this desk knows of it."""

    number: str
    reservation: Reservation | None = None
    guest_name: str = ""
    checkin: date | None = None
    checkout: date | None = None

    @property
    def known(self) -> bool:
        return self.reservation is not None or bool(self.guest_name)


class Courier:
    """Delivers recorded cases and records what comes back.

    Args:
        actor: who acts now (the desk's current staff member).
    """

    def __init__(
        self,
        store: Store,
        transport: Transport,
        actor: Callable[[], Actor],
        clock: Callable[[], datetime],
    ) -> None:
        self.store = store
        self.transport = transport
        self._actor = actor
        self._clock = clock

    def existing(self, case_id: int) -> SupportCase:
        case = support_store.get_case(self.store, case_id)
        if case is None:
            raise LookupError(f"no support case {case_id}")
        return case

    def cases(self) -> list[SupportCase]:
        return support_store.list_cases(self.store, limit=CASE_SCAN)

    # ------------------------------------------------------------------ delivery

    def message_of(self, case: SupportCase) -> CaseMessage:
        """A recorded case's message (language and images from its support thread)."""
        cid = case.conversation_id
        conversation = conv_store.get_conversation(self.store, cid) if cid else None
        language = (conversation.language if conversation else None) or "en"
        images = sent_images(self.store, cid) if cid else ()
        return case_message(case, images, language)

    def deliver(self, case_id: int) -> Delivery:
        """Hand a message case to the transport; the gateway's case id is kept."""
        case = self.existing(case_id)
        delivery = self.transport.deliver(case, self.message_of(case))
        if isinstance(delivery, GatewayDelivery) and case.external_id != delivery.external_id:
            support_store.update_case(
                self.store, case_id, self._actor(), external_id=delivery.external_id
            )
        return delivery

    def pending(self) -> list[SupportCase]:
        """Open gateway message cases the gateway has not accepted yet, newest first."""
        return [
            case
            for case in self.cases()
            if case.transport is SupportTransport.GATEWAY
            and case.channel is SupportChannel.MESSAGE
            and case.external_id is None
            and case.status is SupportCaseStatus.OPEN
        ]

    def deliver_pending(self) -> int:
        """Deliver what is pending, oldest first; a case the gateway refuses is skipped."""
        delivered = 0
        for case in reversed(self.pending()):
            try:
                self.deliver(case.case_id)
            except GatewayRefused:
                continue
            delivered += 1
        return delivered

    def sync(self, since: datetime | None) -> GatewaySyncReport:
        """Deliver pending gateway cases, then store the replies (nothing for the extranet)."""
        transport = self.transport
        if not isinstance(transport, GatewayTransport):
            return GatewaySyncReport()
        delivered = self.deliver_pending()
        start = since or self._oldest_unclosed()
        if start is None:
            return GatewaySyncReport(delivered, change=Change(support_cases=bool(delivered)))
        updates = transport.fetch_updates(start)
        new, updated, change = apply_updates(self.store, updates.cases, self._actor())
        if delivered:
            change = Change(change.conversations, support_cases=True)
        return GatewaySyncReport(delivered, new, tuple(updated), updates.server_time, change)

    def _oldest_unclosed(self) -> datetime | None:
        times = [
            case.created_at
            for case in self.cases()
            if case.transport is SupportTransport.GATEWAY
            and case.external_id
            and case.status is not SupportCaseStatus.CLOSED
        ]
        return min(times) - CLOCK_SLACK if times else None

    # ------------------------------------------------------------------ answers

    def mark_sent(self, case_id: int) -> Change:
        """Staff sent the prepared message in the extranet."""
        case = self.existing(case_id)
        details = {"sent": True, "transport": case.transport.value}
        target = support_store.case_target(case_id)
        audit_store.append_event(
            self.store, self._actor(), AuditAction.SUPPORT_CASE, target, details
        )
        return Change(support_cases=True)

    def is_marked_sent(self, case_id: int) -> bool:
        events = audit_store.list_events(
            self.store,
            actions=[AuditAction.SUPPORT_CASE],
            target=support_store.case_target(case_id),
        )
        return any(event.details.get("sent") for event in events)

    def record_answer(self, case_id: int, text: str = "", *, close: bool = False) -> Change:
        """Support answered: the text pasted from the extranet joins the thread (if any)."""
        case = self.existing(case_id)
        actor = self._actor()
        conversations: frozenset[str] = frozenset()
        if text.strip() and case.conversation_id:
            reply = Reply(f"pasted-{uuid.uuid4().hex}", text.strip(), self._clock())
            _new, added = add_replies(self.store, case.conversation_id, [reply], actor)
            conversations = added.conversations
        status = SupportCaseStatus.CLOSED if close else SupportCaseStatus.ANSWERED
        change = support_store.update_case(self.store, case_id, actor, status=status)
        return Change(change.conversations | conversations, support_cases=True)

    def set_status(self, case_id: int, status: SupportCaseStatus) -> Change:
        return support_store.update_case(self.store, case_id, self._actor(), status=status)

    def lookup_reservation(self, text: str) -> ReservationMatch:
        """The reservation a typed number names (BadInputError if it is not a number)."""
        number = normalise(text)
        reservation = prop_store.get_reservation(self.store, number)
        guests = [
            c
            for c in conv_store.find_by_reservation(self.store, number)
            if c.kind is ConversationKind.GUEST
        ]
        name = (reservation.guest_name if reservation else "") or next(
            (c.guest_name for c in guests if c.guest_name), ""
        )
        if reservation is None:
            return ReservationMatch(number, None, name)
        return ReservationMatch(
            number, reservation, name, reservation.checkin, reservation.checkout
        )

    def case_for_conversation(self, conversation_id: str) -> SupportCase | None:
        """The case whose support thread this is."""
        return next((c for c in self.cases() if c.conversation_id == conversation_id), None)


__all__ = [
    "CASE_SCAN",
    "Countdown",
    "Courier",
    "ReservationMatch",
    "case_message",
    "countdown",
    "is_overdue",
    "time_left",
]
