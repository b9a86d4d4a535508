"""The support-case log: what the contact wizard records, and the cases' life after.

:class:`SupportDesk` turns a finished wizard (:class:`WizardResult`) into history:

- MESSAGE: a case (channel message, open) with its support thread (the text sent, its
  images), so the inbox lists it under "Booking.com messages"; expected reply by
  created + 24 h. :meth:`SupportDesk.deliver` then hands it to the transport.
- CALL: a case (channel call; closed if resolved, else open) and a call log.
- PULSE: a case (channel pulse, closed: it goes on in the Pulse app).
- DEFLECTED: a case (channel deflection, closed) naming the article that answered.
- GUEST_REDIRECTED, ABANDONED: no case.

Every outcome also writes one audit event (action ``support_case``, details
``{"outcome": ...}``) that :meth:`SupportDesk.outcome_counts` counts for the
deflection-rate report (the case table has no outcome column). Qt-free: the wizard
calls these methods through its task runner.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.domain import (
    SYSTEM,
    Actor,
    AuditAction,
    CallLog,
    Change,
    StrEnum,
    SupportCase,
    SupportCaseStatus,
    SupportChannel,
    WizardOutcome,
    utcnow,
)
from desktop.errors import BadInputError
from desktop.store import Store
from desktop.store import audit as audit_store
from desktop.store import support as support_store
from desktop.support.catalogue import Catalogue, Requirement
from desktop.support.reservation_numbers import normalise
from desktop.support.transport.courier import (
    Countdown,
    Courier,
    ReservationMatch,
    case_message,
    countdown,
    is_overdue,
    time_left,
)
from desktop.support.transport.factory import Delivery, Transport
from desktop.support.transport.gateway import GatewaySyncReport
from desktop.support.transport.message import check_images, message_text, theme_path
from desktop.support.transport.thread import add_property_message, new_conversation_id, open_thread

#: The audit target of outcomes that made no case (guest redirections, abandonments).
WIZARD_TARGET = "contact-wizard"
#: Channels of outcomes that made a case, by outcome.
CHANNELS: Mapping[WizardOutcome, SupportChannel] = {
    WizardOutcome.MESSAGE: SupportChannel.MESSAGE,
    WizardOutcome.CALL: SupportChannel.CALL,
    WizardOutcome.PULSE: SupportChannel.PULSE,
    WizardOutcome.DEFLECTED: SupportChannel.DEFLECTION,
}
_SCAN = 10_000


class CallOutcome(StrEnum):
    """How a call to partner support ended (its value is stored in the call log)."""

    RESOLVED = "resolved"
    FOLLOW_UP = "follow_up"
    NO_ANSWER = "no_answer"


@dataclass(frozen=True, slots=True)
class CallNotes:
    """The call-notes form: the number called, how it ended, what was said."""

    number: str
    outcome: CallOutcome
    notes: str = ""
    started_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class WizardResult:
    """What the contact wizard confirmed (or how it ended)."""

    outcome: WizardOutcome
    property_id: int
    language: str = "en"
    theme: str | None = None
    subtheme: str | None = None
    reservation_number: str | None = None
    subject: str = ""
    description: str = ""
    image_paths: tuple[str, ...] = ()
    call: CallNotes | None = None
    article_id: str | None = None
    guest_language: str | None = None

    @property
    def channel(self) -> SupportChannel | None:
        return CHANNELS.get(self.outcome)


@dataclass(frozen=True, slots=True)
class Recorded:
    """What :meth:`SupportDesk.record` stored."""

    outcome: WizardOutcome
    case: SupportCase | None
    change: Change
    call: CallLog | None = None


@dataclass(frozen=True, slots=True)
class OutcomeCounts:
    """How contact-wizard runs ended. Deflection rate: deflected / (deflected + contacts)."""

    counts: Mapping[WizardOutcome, int] = field(default_factory=dict)

    def __getitem__(self, outcome: WizardOutcome) -> int:
        return self.counts.get(outcome, 0)

    @property
    def deflection_rate(self) -> float | None:
        contacts = sum(self[o] for o in CHANNELS)
        return self[WizardOutcome.DEFLECTED] / contacts if contacts else None


class SupportDesk:
    """Records support cases and moves them along. One per open store and profile."""

    def __init__(
        self,
        store: Store,
        catalogue: Catalogue,
        transport: Transport,
        *,
        actor: Actor = SYSTEM,
        attachments_dir: Path | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.catalogue = catalogue
        self.transport = transport
        self.actor = actor
        self.attachments_dir = attachments_dir
        self._clock = clock
        self.courier = Courier(store, transport, lambda: self.actor, clock)

    # ------------------------------------------------------------------ the wizard's result

    def record(self, result: WizardResult) -> Recorded:
        """Store what the wizard confirmed; nothing is sent (see :meth:`deliver`)."""
        if result.outcome is WizardOutcome.MESSAGE:
            recorded = self._record_message(result)
        elif result.outcome is WizardOutcome.CALL:
            recorded = self._record_call(result)
        elif result.outcome in CHANNELS:
            self._check_theme(result)
            status = SupportCaseStatus.CLOSED
            case = self._create_case(result, CHANNELS[result.outcome], status, None, None)
            recorded = Recorded(result.outcome, case, Change(support_cases=True))
        else:
            recorded = Recorded(result.outcome, None, Change())
        self._outcome_event(result, recorded.case)
        return recorded

    def _check_theme(self, result: WizardResult) -> None:
        try:
            theme = self.catalogue.theme(result.theme or "")
            if result.subtheme:
                theme.subtheme(result.subtheme)
        except KeyError:
            raise BadInputError(
                "Choose a theme and a sub-theme.", details={"field": "theme"}
            ) from None

    def _number(self, result: WizardResult) -> str | None:
        number = normalise(result.reservation_number) if result.reservation_number else None
        if number is None and result.theme and result.subtheme:
            sub = self.catalogue.subtheme(result.theme, result.subtheme)
            if sub.reservation_number is Requirement.REQUIRED:
                raise BadInputError(
                    "This sub-theme needs the reservation number.",
                    next_step="Type the reservation number: 10 digits, as in the extranet.",
                    details={"field": "reservation_number", "problem": "empty"},
                )
        return number

    def _create_case(
        self,
        result: WizardResult,
        channel: SupportChannel,
        status: SupportCaseStatus,
        number: str | None,
        conversation_id: str | None,
    ) -> SupportCase:
        return support_store.create_case(
            self.store,
            property_id=result.property_id,
            theme=result.theme or "",
            subtheme=result.subtheme,
            channel=channel,
            transport=self.transport.kind,
            actor=self.actor,
            reservation_number=number,
            subject=result.subject.strip(),
            description=(result.call.notes if result.call else result.description).strip(),
            conversation_id=conversation_id,
            article_id=result.article_id,
            status=status,
        ).value

    def _record_message(self, result: WizardResult) -> Recorded:
        self._check_theme(result)
        if not result.subject.strip() or not result.description.strip():
            raise BadInputError(
                "A message needs a subject and a description.", details={"field": "subject"}
            )
        images = check_images(result.image_paths)
        number = self._number(result)
        conversation_id = new_conversation_id()
        title = theme_path(self.catalogue, result.theme or "", result.subtheme, result.language)
        change = open_thread(
            self.store,
            conversation_id=conversation_id,
            property_id=result.property_id,
            title=f"{title} — {result.subject.strip()}",
            reservation_number=number,
            language=result.language,
            actor=self.actor,
        )
        status = SupportCaseStatus.OPEN
        case = self._create_case(result, SupportChannel.MESSAGE, status, number, conversation_id)
        message = case_message(case, images, result.language)
        text = message_text(message, self.catalogue, result.language)
        sent = add_property_message(
            self.store,
            conversation_id,
            text,
            images,
            self.actor,
            at=case.created_at,
            attachments_dir=self.attachments_dir,
        )
        conversations = change.conversations | sent.conversations | {conversation_id}
        return Recorded(result.outcome, case, Change(conversations, support_cases=True))

    def _record_call(self, result: WizardResult) -> Recorded:
        self._check_theme(result)
        call = result.call
        if call is None:
            raise BadInputError("Say how the call ended.", details={"field": "call_outcome"})
        number = normalise(result.reservation_number) if result.reservation_number else None
        resolved = call.outcome is CallOutcome.RESOLVED
        status = SupportCaseStatus.CLOSED if resolved else SupportCaseStatus.OPEN
        case = self._create_case(result, SupportChannel.CALL, status, number, None)
        logged = support_store.log_call(
            self.store,
            property_id=result.property_id,
            theme=result.theme or "",
            number_called=call.number,
            outcome=call.outcome.value,
            notes=call.notes.strip(),
            started_at=call.started_at or case.created_at,
            actor=self.actor,
            case_id=case.case_id,
            reservation_number=number,
        )
        return Recorded(result.outcome, case, Change(support_cases=True), logged.value)

    def _outcome_event(self, result: WizardResult, case: SupportCase | None) -> None:
        details: dict[str, object] = {"outcome": result.outcome.value}
        details.update(theme=result.theme, subtheme=result.subtheme)
        if result.guest_language:
            details["guest_language"] = result.guest_language
        if case is not None:
            details.update(channel=case.channel.value, transport=case.transport.value)
        target = support_store.case_target(case.case_id) if case else WIZARD_TARGET
        audit_store.append_event(self.store, self.actor, AuditAction.SUPPORT_CASE, target, details)

    def outcome_counts(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> OutcomeCounts:
        """How the wizard ended between ``since`` and ``until`` (for the deflection rate)."""
        events = audit_store.list_events(
            self.store, actions=[AuditAction.SUPPORT_CASE], since=since, until=until, limit=_SCAN
        )
        counts = Counter(
            WizardOutcome(str(e.details["outcome"]))
            for e in events
            if str(e.details.get("outcome", "")) in set(WizardOutcome)
        )
        return OutcomeCounts(dict(counts))

    # ------------------------------------------------------------------ after recording

    def deliver(self, case_id: int) -> Delivery:
        """Hand a message case to the transport (may use the network: run it off the GUI).

        Extranet: the text, the URL and the clicks. Gateway: ``POST /cases``; on a
        network failure the case stays pending and :func:`sync_cases` sends it later.
        """
        return self.courier.deliver(case_id)

    def pending_deliveries(self) -> list[SupportCase]:
        return self.courier.pending()

    def mark_sent(self, case_id: int) -> Change:
        """Staff sent the prepared message in the extranet."""
        return self.courier.mark_sent(case_id)

    def is_marked_sent(self, case_id: int) -> bool:
        return self.courier.is_marked_sent(case_id)

    def record_answer(self, case_id: int, text: str = "", *, close: bool = False) -> Change:
        """Support answered (text pasted from the extranet, or only marked): answered/closed."""
        return self.courier.record_answer(case_id, text, close=close)

    def close_case(self, case_id: int) -> Change:
        return self.courier.set_status(case_id, SupportCaseStatus.CLOSED)

    def reopen_case(self, case_id: int) -> Change:
        return self.courier.set_status(case_id, SupportCaseStatus.OPEN)

    def case_for_conversation(self, conversation_id: str) -> SupportCase | None:
        """The case of a support thread (for the inbox's countdown)."""
        return self.courier.case_for_conversation(conversation_id)

    def lookup_reservation(self, text: str) -> ReservationMatch:
        """The reservation a typed number names (BadInputError if it is not a number)."""
        return self.courier.lookup_reservation(text)


def sync_cases(desk: SupportDesk, since: datetime | None = None) -> GatewaySyncReport:
    """Deliver pending gateway cases, then store the replies the gateway has.

    Replies become BOOKING messages of each case's support thread and the case turns
    *answered*. ``since`` is the previous report's ``next_since`` (None at start: from
    the oldest case not closed). Nothing happens with the extranet transport.
    """
    return desk.courier.sync(since)


class CaseSync:
    """Keeps the gateway's cursor between syncs (in memory: a restart reads from the oldest
    open case again, which is safe since storing replies is idempotent)."""

    def __init__(self, desk: SupportDesk) -> None:
        self.desk = desk
        self.since: datetime | None = None

    def run(self) -> GatewaySyncReport:
        report = sync_cases(self.desk, self.since)
        if report.next_since is not None:
            self.since = report.next_since
        return report


__all__ = [
    "CHANNELS",
    "WIZARD_TARGET",
    "CallNotes",
    "CallOutcome",
    "CaseSync",
    "Countdown",
    "OutcomeCounts",
    "Recorded",
    "ReservationMatch",
    "SupportDesk",
    "WizardResult",
    "countdown",
    "is_overdue",
    "sync_cases",
    "time_left",
]
