"""Support cases show their countdown to Booking.com's 24-hour reply aim in the list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.domain import (
    SYSTEM,
    Conversation,
    ConversationKind,
    SupportCase,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
)
from desktop.services.model import InboxRow
from ui.inbox.texts import reply_countdown

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def case(status: SupportCaseStatus, created: datetime) -> SupportCase:
    return SupportCase(
        case_id=1,
        property_id=1,
        theme="reservations",
        subtheme="cancellation",
        channel=SupportChannel.MESSAGE,
        transport=SupportTransport.GATEWAY,
        status=status,
        created_at=created,
        actor=SYSTEM,
        conversation_id="s1",
    )


def test_open_cases_are_due_24_hours_after_creation_answered_ones_are_not() -> None:
    conversation = Conversation("s1", 1, kind=ConversationKind.SUPPORT)
    row = InboxRow(conversation, case=case(SupportCaseStatus.OPEN, NOW - timedelta(hours=20)))
    assert row.reply_due() == NOW + timedelta(hours=4)
    answered = InboxRow(conversation, case=case(SupportCaseStatus.ANSWERED, NOW))
    assert answered.reply_due() is None
    assert InboxRow(conversation).reply_due() is None


def test_countdown_text_says_time_left_or_overdue() -> None:
    assert reply_countdown(NOW + timedelta(hours=4, minutes=10), NOW) == "reply due in 4 h"
    assert reply_countdown(NOW - timedelta(hours=2), NOW) == "⚠ overdue by 2 h"
