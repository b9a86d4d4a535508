"""The arithmetic of the reports, on plain values (no database): easy to check by hand.

Reply times (Booking.com's reply score aims at 12 hours):

- A guest *asks* with a message; consecutive guest messages before one reply count
  once, from the first (the guest has waited since then). The *reply* is the next
  property message in the same conversation; messages Booking.com sends automatically
  from a template are not replies.
- ``asked`` counts the questions answered, and those unanswered for longer than the
  target (they can no longer be answered within it). Questions still unanswered but
  younger than the target are *pending* and counted apart.
- The median and the 90th percentile are over answered questions only, with linear
  interpolation between the closest ranks (numpy's default, Excel's PERCENTILE.INC).
- The share within the target is ``within / asked``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain import GUEST_REPLY_TARGET, MessageType, SenderKind


@dataclass(frozen=True, slots=True)
class MessageFact:
    """What the reports need of one message."""

    conversation_id: str
    property_id: int
    sender: SenderKind
    created_at: datetime
    message_type: MessageType = MessageType.FREE_TEXT
    staff: str = ""  # who sent it from Frontdesk (property messages), if known


@dataclass(frozen=True, slots=True)
class ReplyTime:
    """One question of a guest and its reply, if any."""

    conversation_id: str
    property_id: int
    asked_at: datetime
    replied_at: datetime | None = None
    staff: str = ""

    @property
    def waited(self) -> timedelta | None:
        return self.replied_at - self.asked_at if self.replied_at else None


@dataclass(frozen=True, slots=True)
class ReplyStats:
    """Reply times of one group (a day, a week, a staff member, a property)."""

    group: str
    asked: int
    answered: int
    within_target: int
    pending: int
    median: timedelta | None
    p90: timedelta | None

    @property
    def share_within_target(self) -> float | None:
        return self.within_target / self.asked if self.asked else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-quantile (0..1) with linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _is_reply(fact: MessageFact) -> bool:
    automatic = fact.message_type is MessageType.AUTOMATICALLY_SENT_TEMPLATE
    return fact.sender is SenderKind.PROPERTY and not automatic


def reply_times(facts: Iterable[MessageFact]) -> list[ReplyTime]:
    """Every question of every conversation, answered or not, in time order."""
    threads: dict[str, list[MessageFact]] = defaultdict(list)
    for fact in facts:
        threads[fact.conversation_id].append(fact)
    found: list[ReplyTime] = []
    for thread in threads.values():
        thread.sort(key=lambda f: f.created_at)
        asked: MessageFact | None = None
        for fact in thread:
            if fact.sender is SenderKind.GUEST and asked is None:
                asked = fact
            elif asked is not None and _is_reply(fact):
                found.append(_answered(asked, fact))
                asked = None
        if asked is not None:
            found.append(ReplyTime(asked.conversation_id, asked.property_id, asked.created_at))
    found.sort(key=lambda r: (r.asked_at, r.conversation_id))
    return found


def _answered(asked: MessageFact, reply: MessageFact) -> ReplyTime:
    return ReplyTime(
        asked.conversation_id, asked.property_id, asked.created_at, reply.created_at, reply.staff
    )


def reply_stats(
    group: str,
    times: Iterable[ReplyTime],
    now: datetime,
    target: timedelta = GUEST_REPLY_TARGET,
) -> ReplyStats:
    """The figures of one group of questions (see the module docstring)."""
    waits: list[float] = []
    asked = within = pending = 0
    for time in times:
        waited = time.waited
        if waited is None:
            if now - time.asked_at < target:
                pending += 1
            else:
                asked += 1
            continue
        asked += 1
        waits.append(waited.total_seconds())
        within += waited <= target
    return ReplyStats(
        group=group,
        asked=asked,
        answered=len(waits),
        within_target=within,
        pending=pending,
        median=_seconds(percentile(waits, 0.5)),
        p90=_seconds(percentile(waits, 0.9)),
    )


def _seconds(value: float | None) -> timedelta | None:
    return None if value is None else timedelta(seconds=round(value, 3))


def grouped_stats(
    times: Iterable[ReplyTime],
    key: Callable[[ReplyTime], str],
    now: datetime,
    target: timedelta = GUEST_REPLY_TARGET,
) -> list[ReplyStats]:
    """:func:`reply_stats` per value of ``key``, sorted by that value."""
    groups: dict[str, list[ReplyTime]] = defaultdict(list)
    for time in times:
        groups[key(time)].append(time)
    return [reply_stats(name, groups[name], now, target) for name in sorted(groups)]


# --------------------------------------------------------------------------- support cases


@dataclass(frozen=True, slots=True)
class CaseFact:
    """A message to partner support: when it was sent, when support answered."""

    theme: str
    created_at: datetime
    answered_at: datetime | None


@dataclass(frozen=True, slots=True)
class AimStats:
    """Support cases of one theme against the 24-hour aim."""

    theme: str
    cases: int
    answered: int
    within_aim: int
    open_overdue: int
    open_within_aim: int
    median: timedelta | None

    @property
    def share_within_aim(self) -> float | None:
        """Answered within the aim, among cases answered or already past it."""
        decided = self.answered + self.open_overdue
        return self.within_aim / decided if decided else None


def aim_stats(theme: str, cases: Iterable[CaseFact], now: datetime, aim: timedelta) -> AimStats:
    waits: list[float] = []
    total = within = overdue = waiting = 0
    for case in cases:
        total += 1
        if case.answered_at is None:
            if now - case.created_at > aim:
                overdue += 1
            else:
                waiting += 1
            continue
        wait = case.answered_at - case.created_at
        waits.append(wait.total_seconds())
        within += wait <= aim
    return AimStats(
        theme, total, len(waits), within, overdue, waiting, _seconds(percentile(waits, 0.5))
    )


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True, slots=True)
class VolumeBucket:
    """Messages in one hour of the day (0-23) or one weekday (0 = Monday)."""

    bucket: int
    guest: int
    property: int


@dataclass(frozen=True, slots=True)
class DeflectionStats:
    """How often a help article answered the question instead of a contact."""

    theme: str
    deflections: int
    messages: int
    calls: int

    @property
    def rate(self) -> float | None:
        """deflections / (deflections + messages + calls)."""
        total = self.deflections + self.messages + self.calls
        return self.deflections / total if total else None
