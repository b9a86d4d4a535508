"""The ``gateway`` transport: cases go to the support gateway; replies come back by sync.

:class:`GatewayTransport` posts a case (``POST /cases``, idempotent by the case's
``client_reference``) and reads what changed (``GET /cases?updated_since=``).
:func:`apply_updates` stores partner support's replies as BOOKING messages of each
case's support thread and moves the case to *answered* (or *closed*, when the gateway
closed it). A case staff closed stays closed unless support writes again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain import Actor, Change, SupportCase, SupportCaseStatus, SupportTransport
from desktop.store import Store
from desktop.store import support as support_store
from desktop.support.gateway_client import GatewayClient
from desktop.support.transport.gateway_wire import GatewayCase, NewCase, WireAttachment
from desktop.support.transport.message import CaseMessage
from desktop.support.transport.thread import Reply, add_replies

#: How many local cases are looked through to match the gateway's case ids.
CASE_SCAN_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class GatewayDelivery:
    """A case the gateway accepted."""

    case_id: int
    external_id: str
    status: SupportCaseStatus

    @property
    def transport(self) -> SupportTransport:
        return SupportTransport.GATEWAY


@dataclass(frozen=True, slots=True)
class CaseUpdates:
    """What ``GET /cases`` said: the cases changed, and where to continue next time."""

    cases: tuple[GatewayCase, ...]
    server_time: datetime


@dataclass(frozen=True, slots=True)
class GatewaySyncReport:
    """What a sync of the support gateway did."""

    delivered: int = 0
    new_replies: int = 0
    cases_updated: tuple[int, ...] = ()
    next_since: datetime | None = None
    change: Change = field(default_factory=Change)


def new_case(message: CaseMessage) -> NewCase:
    """The body of ``POST /cases`` for a case's message (images read from disk)."""
    return NewCase(
        client_reference=message.client_reference,
        property_id=message.property_id,
        theme=message.theme,
        subtheme=message.subtheme,
        subject=message.subject,
        description=message.description,
        language=message.language,
        reservation_number=message.reservation_number,
        contact_name=message.sender_name,
        attachments=tuple(
            WireAttachment(image.file_name, image.content_type, image.read())
            for image in message.images
        ),
    )


class GatewayTransport:
    """Delivers cases to the support gateway.

    Args:
        connect: makes the client when first needed (so a locked keychain is met when
            sending, with a clear message, not when Frontdesk starts).
    """

    kind = SupportTransport.GATEWAY

    def __init__(self, connect: Callable[[], GatewayClient]) -> None:
        self._connect = connect
        self._client: GatewayClient | None = None
        self._lock = threading.Lock()

    @property
    def client(self) -> GatewayClient:
        with self._lock:
            if self._client is None:
                self._client = self._connect()
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def deliver(self, case: SupportCase, message: CaseMessage) -> GatewayDelivery:
        created = self.client.create_case(new_case(message))
        return GatewayDelivery(case.case_id, created.id, created.status)

    def fetch_updates(self, since: datetime | None) -> CaseUpdates:
        cases, server_time = self.client.updates_since(since)
        return CaseUpdates(tuple(cases), server_time)


def _local_cases(store: Store) -> dict[str, SupportCase]:
    cases = support_store.list_cases(store, limit=CASE_SCAN_LIMIT)
    return {
        case.external_id: case
        for case in cases
        if case.transport is SupportTransport.GATEWAY and case.external_id
    }


def _target_status(
    local: SupportCaseStatus, remote: SupportCaseStatus, new_replies: int
) -> SupportCaseStatus:
    if remote is SupportCaseStatus.CLOSED:
        return SupportCaseStatus.CLOSED
    if new_replies:
        return SupportCaseStatus.ANSWERED
    if local is SupportCaseStatus.CLOSED:
        return local  # staff closed it; nothing new was written
    return remote


def apply_updates(
    store: Store, cases: Iterable[GatewayCase], actor: Actor
) -> tuple[int, list[int], Change]:
    """Store the replies of the gateway's cases; how many were new, the cases changed."""
    local_by_external = _local_cases(store)
    new_total, updated, conversations = 0, [], set[str]()
    for remote in cases:
        local = local_by_external.get(remote.id)
        if local is None or local.conversation_id is None:
            continue  # not a case of this desk's store
        replies = [
            Reply(f"{remote.id}:{m.id}", m.body, m.created_at)
            for m in remote.messages
            if m.from_support
        ]
        new, change = add_replies(store, local.conversation_id, replies, actor)
        conversations |= change.conversations
        target = _target_status(local.status, remote.status, new)
        if target is not local.status:
            status_change = support_store.update_case(store, local.case_id, actor, status=target)
            conversations |= status_change.conversations
        if new or target is not local.status:
            updated.append(local.case_id)
        new_total += new
    change = Change(conversations=frozenset(conversations), support_cases=bool(updated))
    return new_total, updated, change


__all__ = [
    "CASE_SCAN_LIMIT",
    "CaseUpdates",
    "GatewayDelivery",
    "GatewaySyncReport",
    "GatewayTransport",
    "apply_updates",
    "new_case",
]
