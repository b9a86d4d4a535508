"""What each cell of the conversation list shows: columns, texts, highlights, tooltips.

Kept apart from :mod:`ui.inbox.list_model` (which deals with ids, paging and caching).
Texts use the ``ConversationListModel`` translation context.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from desktop.services.highlight import mark, match_spans, strip_marks
from desktop.services.model import InboxRow
from ui.inbox import texts

COL_GUEST = 0
COL_RESERVATION = 1
COL_STAY = 2
COL_LANGUAGE = 3
COL_SNIPPET = 4
COL_TIME = 5
COL_STATUS = 6
COL_UNREAD = 7
COLUMN_COUNT = 8


def headers() -> list[str]:
    return [
        QCoreApplication.translate("ConversationListModel", "Guest"),
        QCoreApplication.translate("ConversationListModel", "Reservation"),
        QCoreApplication.translate("ConversationListModel", "Stay"),
        QCoreApplication.translate("ConversationListModel", "Lang."),
        QCoreApplication.translate("ConversationListModel", "Last message"),
        QCoreApplication.translate("ConversationListModel", "Time"),
        QCoreApplication.translate("ConversationListModel", "Status"),
        QCoreApplication.translate("ConversationListModel", "Unread"),
    ]


def header_tips() -> list[str]:
    return [
        QCoreApplication.translate("ConversationListModel", "Guest name (click to sort by name)"),
        QCoreApplication.translate("ConversationListModel", "Booking.com reservation number"),
        QCoreApplication.translate("ConversationListModel", "Check-in and check-out"),
        QCoreApplication.translate("ConversationListModel", "The guest's language"),
        QCoreApplication.translate(
            "ConversationListModel", "The last message, or what matched the search"
        ),
        QCoreApplication.translate(
            "ConversationListModel", "Time of the last message (click to sort by time)"
        ),
        QCoreApplication.translate("ConversationListModel", "Status"),
        QCoreApplication.translate("ConversationListModel", "Unread guest messages"),
    ]


class Cells:
    """The cell values of one list state (search snippets and terms).

    A row's texts are formatted once and kept (the model's items show them). The
    model has a batch of rows formatted on the database worker along with its read
    (:meth:`formatted`; Qt's locale and translation functions are thread-safe) and kept
    when it arrives (:meth:`keep`). Texts are kept by row object (a row read again is
    formatted again), for at most ``KEPT_ROWS`` rows and ``FRESH_FOR`` seconds each: the
    status countdown and the time column ("today" shows a time) move with the clock.
    Each row has its own age, so texts expire a few at a time as they are painted, not
    the whole screen at once on the GUI thread (a 40 ms paint every minute); the view
    paints its rows at least once a minute.
    """

    #: Rows whose texts are kept (the model's row cache holds 2,000 rows).
    KEPT_ROWS = 2500
    #: Kept texts are formatted again after this many seconds.
    FRESH_FOR = 60.0

    def __init__(self, snippets: Mapping[str, str], terms: Sequence[str]) -> None:
        self.snippets = snippets
        self.terms = tuple(terms)
        self._formats = texts.Formats()
        self._kept: dict[str, tuple[InboxRow, tuple[str, ...], float]] = {}

    def formatted(self, rows: Sequence[InboxRow]) -> list[tuple[InboxRow, tuple[str, ...]]]:
        """Each row with its texts (any thread: reads nothing but the rows and snippets)."""
        return [(row, self._texts_of(row)) for row in rows]

    def keep(self, formatted: Sequence[tuple[InboxRow, tuple[str, ...]]]) -> list[InboxRow]:
        """Keep texts made by :meth:`formatted` (on the GUI thread); the rows."""
        now = time.monotonic()
        for row, shown in formatted:
            self._keep(row, shown, now)
        return [row for row, _ in formatted]

    def forget(self) -> None:
        """Format every row again (after a change of language)."""
        self._formats = texts.Formats()
        self._kept.clear()

    def texts(self, row: InboxRow) -> tuple[str, ...]:
        """The displayed text of each column of ``row``, by column."""
        now = time.monotonic()
        kept = self._kept.get(row.conversation.conversation_id)
        if kept is not None and kept[0] is row and now - kept[2] <= self.FRESH_FOR:
            return kept[1]
        shown = self._texts_of(row)
        self._keep(row, shown, now)
        return shown

    def _keep(self, row: InboxRow, shown: tuple[str, ...], at: float) -> None:
        cid = row.conversation.conversation_id
        if cid not in self._kept and len(self._kept) >= self.KEPT_ROWS:
            del self._kept[next(iter(self._kept))]  # the oldest
        self._kept[cid] = (row, shown, at)

    def _texts_of(self, row: InboxRow) -> tuple[str, ...]:
        return tuple(self._format(row, column) for column in range(COLUMN_COUNT))

    def display(self, row: InboxRow, column: int) -> str:
        return self.texts(row)[column]

    def _format(self, row: InboxRow, column: int) -> str:
        c = row.conversation
        formats = self._formats
        if column == COL_GUEST:
            return c.guest_name or formats.once(
                ("no name",),
                lambda: QCoreApplication.translate("ConversationListModel", "(no name)"),
            )
        if column == COL_RESERVATION:
            return c.reservation_number or ""
        if column == COL_STAY:
            return formats.stay(row.checkin, row.checkout)
        if column == COL_LANGUAGE:
            return (c.language or "").upper()
        if column == COL_SNIPPET:
            snippet = self.snippets.get(c.conversation_id)
            return strip_marks(snippet) if snippet else c.last_message_snippet
        if column == COL_TIME:
            return formats.short_time(c.last_message_at, row.timezone)
        if column == COL_STATUS:
            status = formats.status(row.status)
            due = row.reply_due()
            if due is not None:
                return f"{status} · {formats.countdown(due)}"
            if row.read_only:
                readonly = formats.once(
                    ("read-only",),
                    lambda: QCoreApplication.translate("ConversationListModel", "read-only"),
                )
                return f"{status} · {readonly}"
            return status
        return str(c.unread_count) if c.unread_count else ""

    def highlight(self, row: InboxRow, column: int) -> str | None:
        """The cell's text with the search matches marked, or None."""
        if not self.terms:
            return None
        c = row.conversation
        if column == COL_GUEST and match_spans(c.guest_name, self.terms):
            return mark(c.guest_name, self.terms)
        if column == COL_SNIPPET:
            return self.snippets.get(c.conversation_id)
        return None

    def tooltip(self, row: InboxRow, column: int) -> str | None:
        c = row.conversation
        if column == COL_TIME and c.last_message_at is not None:
            return texts.local_time(c.last_message_at, row.timezone)
        if column == COL_SNIPPET:
            return self.display(row, column) or None
        if column == COL_LANGUAGE:
            return texts.language_name(c.language)
        return None
