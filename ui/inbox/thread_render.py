"""The thread as safe HTML for ``QTextBrowser``: every text escaped, nothing remote.

What a guest or anyone else wrote is always passed through :func:`html.escape`; links
are shown as their full text and only become clickable anchors that the view opens
in the system browser on click. Images are our own thumbnails as ``data:`` URLs.
Search matches are highlighted, and the first one carries the anchor
:data:`FIRST_MATCH` so the view can scroll to it.

Messages are plain blocks (a ``<p>`` with a background), not one ``<table>`` each:
``QTextDocument`` lays a table out far more slowly. Colours and margins are given once,
by :func:`style_sheet` (the document's default style sheet) to the classes the parts
carry, not repeated as inline styles on every message. A long thread can be rendered
from its newest ``newest`` messages and notes only, with a :data:`SHOW_EARLIER` link on
top that the view answers by rendering everything; the rendering always starts early
enough to hold every search match. Nothing here touches a widget or a palette, so a
thread can be rendered on the database worker (its colours taken beforehand).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain import (
    InternalNote,
    Message,
    MessageType,
    OutboxEntry,
    SenderKind,
    utcnow,
)
from desktop.services.checks import link_spans
from desktop.services.highlight import match_spans
from desktop.services.model import ThreadData
from ui.inbox import texts
from ui.inbox.palette import ThreadColors

#: Links to attachments (opened full size by the view): ``frontdesk-attachment:<id>``.
ATTACHMENT_SCHEME = "frontdesk-attachment"
FIRST_MATCH = "first-match"
# The link above a partly rendered thread that asks for the earlier messages.
SHOW_EARLIER = "frontdesk-thread:earlier"


@dataclass(frozen=True, slots=True)
class Thumbnail:
    data_url: str
    width: int
    height: int


class _Marks:
    """Counts highlighted matches so only the first gets the scroll anchor."""

    def __init__(self) -> None:
        self.count = 0


def text_html(text: str, terms: Sequence[str], marks: _Marks) -> str:
    """Escaped text with visible links, highlighted matches and line breaks."""
    out: list[str] = []
    last = 0
    for start, end in link_spans(text):
        out.append(_plain(text[last:start], terms, marks))
        link = text[start:end]
        href = link if "://" in link else "http://" + link
        out.append(f'<a href="{html.escape(href)}">{html.escape(link)}</a>')
        last = end
    out.append(_plain(text[last:], terms, marks))
    return "".join(out).replace("\n", "<br/>")


def _plain(text: str, terms: Sequence[str], marks: _Marks) -> str:
    out: list[str] = []
    last = 0
    for start, end in match_spans(text, terms):
        out.append(html.escape(text[last:start]))
        anchor = f'<a name="{FIRST_MATCH}"></a>' if marks.count == 0 else ""
        marks.count += 1
        out.append(f'{anchor}<span class="match">{html.escape(text[start:end])}</span>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def has_match(text: str, terms: Sequence[str]) -> bool:
    """Whether :func:`text_html` would highlight anything in ``text`` (links never are)."""
    if not terms or not text:
        return False
    last = 0
    for start, end in link_spans(text):
        if match_spans(text[last:start], terms):
            return True
        last = end
    return bool(match_spans(text[last:], terms))


def style_sheet(colors: ThreadColors) -> str:
    """The thread's classes and their colours: the view's default style sheet.

    A message is ``<p class="guest">`` (or ``property``, ``outbox``): one block on a
    background whose left margin lies inside the background in ``QTextDocument``, so
    it pads the text from the edge.
    """
    block = "margin-top:0px; margin-bottom:10px; margin-left:8px"
    return (
        f"div.thread {{color:{colors.text}}}\n"
        f"p.guest {{background-color:{colors.guest}; {block}}}\n"
        f"p.property {{background-color:{colors.property}; {block}}}\n"
        f"p.outbox {{background-color:{colors.outbox}; {block}}}\n"
        f"p.muted, span.muted {{color:{colors.muted}}}\n"
        f"span.badge {{background-color:{colors.badge}; color:{colors.badge_text}}}\n"
        f"span.warning {{background-color:{colors.warning}}}\n"
        f"span.match {{background-color:{colors.match}; color:{colors.match_text}}}\n"
    )


def _badge(text: str) -> str:
    return f' <span class="badge">&nbsp;{html.escape(text)}&nbsp;</span>'


def _box(body: str, background: str, border: str | None = None) -> str:
    """A framed box (a table: slow to lay out, kept for the few notes and notices)."""
    frame = f' border="1" style="border-color:{border}"' if border else ""
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8"{frame} '
        f'bgcolor="{background}"><tr><td>{body}</td></tr></table><p></p>'
    )


def _block(body: str, kind: str) -> str:
    """One message: a single paragraph (lines joined by ``<br/>``) of class ``kind``."""
    return f'<p class="{kind}">{body}</p>'


class ThreadRenderer:
    """Renders one :class:`ThreadData`; a new renderer per rendering.

    ``newest`` renders only that many of the newest messages and notes (all of them
    when None), or more when an earlier one holds a search match: the rendering starts
    at the first match, so :data:`FIRST_MATCH` and :attr:`match_count` are those of the
    whole thread. Outbox entries are always rendered.
    """

    def __init__(
        self,
        data: ThreadData,
        colors: ThreadColors,
        *,
        terms: Sequence[str] = (),
        thumbnails: Mapping[str, Thumbnail] | None = None,
        now: datetime | None = None,
        newest: int | None = None,
    ) -> None:
        self._data = data
        self._colors = colors
        self._terms = terms
        self._thumbnails = thumbnails or {}
        self._now = now or utcnow()
        self._newest = newest
        self._marks = _Marks()
        self._hidden = 0
        self._times = texts.LocalTimes(data.timezone)

    @property
    def match_count(self) -> int:
        return self._marks.count

    @property
    def hidden(self) -> int:
        """How many earlier messages and notes the last :meth:`render` left out."""
        return self._hidden

    def render(self) -> str:
        items: list[Message | InternalNote] = [*self._data.messages, *self._data.notes]
        items.sort(key=lambda item: item.created_at)
        self._hidden = self._first_shown(items)
        parts = [self._header()]
        if self._hidden:
            parts.append(self._show_earlier())
        parts += [
            self._message(item) if isinstance(item, Message) else self._note(item)
            for item in items[self._hidden :]
        ]
        parts += [self._entry(e) for e in self._data.outbox]
        if not self._data.messages and not self._data.outbox:
            empty = QCoreApplication.translate("ThreadRenderer", "No messages yet.")
            parts.append(f"<p><i>{html.escape(empty)}</i></p>")
        return f'<div class="thread">{"".join(parts)}</div>'

    def _first_shown(self, items: Sequence[Message | InternalNote]) -> int:
        if self._newest is None or len(items) <= self._newest:
            return 0
        first = len(items) - self._newest
        for index in range(first):
            if has_match(items[index].content, self._terms):
                return index
        return first

    def _show_earlier(self) -> str:
        text = QCoreApplication.translate(
            "ThreadRenderer", "Show earlier messages ({count})"
        ).format(count=self._hidden)
        return f'<p align="center"><a href="{SHOW_EARLIER}">{html.escape(text)}</a></p>'

    def _when(self, at: datetime) -> str:
        local = self._times.text(at)
        relative = texts.relative_time(at, self._now)
        return html.escape(f"{local} · {relative}")

    def _meta(self, who: str, at: datetime, badges: str = "") -> str:
        return f'<b>{html.escape(who)}</b> <span class="muted">{self._when(at)}</span>{badges}'

    def _header(self) -> str:
        d = self._data
        c = d.conversation
        name = c.guest_name or QCoreApplication.translate("ThreadRenderer", "Guest")
        facts = [d.property_name]
        if c.reservation_number:
            facts.append(
                QCoreApplication.translate("ThreadRenderer", "Reservation {number}").format(
                    number=c.reservation_number
                )
            )
        if d.reservation is not None:
            stay = texts.stay_text(d.reservation.checkin, d.reservation.checkout)
            if stay:
                facts.append(stay)
        if d.language:
            facts.append(texts.language_name(d.language))
        line = " · ".join(html.escape(f) for f in facts if f)
        parts = [f"<h3>{html.escape(name)}</h3><p>{line}</p>"]
        notice = self._window_notice()
        if notice:
            parts.append(notice)
        return "".join(parts)

    def _window_notice(self) -> str:
        d = self._data
        colors = self._colors
        if d.conversation.access.value == "read_only":
            text = QCoreApplication.translate(
                "ThreadRenderer",
                "Read-only conversation: Booking.com does not accept replies here.",
            )
            return _box(html.escape(text), colors.warning)
        if d.window_closes_at is None:
            return ""
        when = self._times.text(d.window_closes_at)
        if d.window_closed:
            text = QCoreApplication.translate(
                "ThreadRenderer", "The messaging window closed on {when}."
            ).format(when=when)
            return _box(html.escape(text), colors.warning)
        text = QCoreApplication.translate("ThreadRenderer", "You can reply until {when}.").format(
            when=when
        )
        return f'<p class="muted">{html.escape(text)}</p>'

    def _sender(self, message: Message) -> str:
        if message.sender is SenderKind.GUEST:
            return (
                message.sender_name
                or self._data.conversation.guest_name
                or QCoreApplication.translate("ThreadRenderer", "Guest")
            )
        if message.sender is SenderKind.BOOKING:
            return QCoreApplication.translate("ThreadRenderer", "Booking.com")
        return (
            message.sender_name
            or self._data.property_name
            or QCoreApplication.translate("ThreadRenderer", "Property")
        )

    def _message(self, message: Message) -> str:
        badges = ""
        extra = ""
        kind = message.message_type
        if kind is MessageType.AUTOMATICALLY_SENT_TEMPLATE:
            name = message.template_name or ""
            badges += _badge(
                QCoreApplication.translate("ThreadRenderer", "Sent automatically: {name}")
                .format(name=name)
                .strip()
            )
        elif kind is MessageType.SELF_SERVICE_EVENT:
            topic = message.self_service_topic
            label = (
                texts.topic_name(topic)
                if topic
                else QCoreApplication.translate("ThreadRenderer", "request")
            )
            badges += _badge(
                QCoreApplication.translate(
                    "ThreadRenderer", "Self-service request: {topic}"
                ).format(topic=label)
            )
            if topic is not None and topic.extranet_only:
                extra = self._extranet_only()
        elif kind is MessageType.REQUEST_TO_BOOK_EVENT:
            badges += _badge(QCoreApplication.translate("ThreadRenderer", "Request to book"))
        body = [self._meta(self._sender(message), message.created_at, badges)]
        if message.content:
            body.append(text_html(message.content, self._terms, self._marks))
        body.append(self._attachments(message))
        body.append(extra)
        block_class = "guest" if message.sender is SenderKind.GUEST else "property"
        return _block("<br/>".join(b for b in body if b), block_class)

    def _extranet_only(self) -> str:
        text = QCoreApplication.translate(
            "ThreadRenderer", "Only the Booking.com extranet can answer this request."
        )
        link = QCoreApplication.translate("ThreadRenderer", "Open the reservation in the extranet")
        url = html.escape(self._data.extranet_url)
        notice = f'<span class="warning">&nbsp;{html.escape(text)}&nbsp;</span>'
        return f'{notice} <a href="{url}">{html.escape(link)}</a>'

    def _attachments(self, message: Message) -> str:
        parts = []
        for aid in message.attachment_ids:
            thumb = self._thumbnails.get(aid)
            found = self._data.attachments.get(aid)
            name = found.file_name if found and found.file_name else aid
            if thumb is not None:
                parts.append(
                    f'<a href="{ATTACHMENT_SCHEME}:{html.escape(aid)}">'
                    f'<img src="{thumb.data_url}" width="{thumb.width}" height="{thumb.height}"'
                    f' alt="{html.escape(name)}"/></a>'
                )
            else:
                text = QCoreApplication.translate(
                    "ThreadRenderer", "[Photo {name} — not downloaded yet]"
                ).format(name=name)
                parts.append(f'<span class="muted">{html.escape(text)}</span>')
        return " ".join(parts)

    def _note(self, note: InternalNote) -> str:
        colors = self._colors
        label = QCoreApplication.translate(
            "ThreadRenderer", "Internal note — not sent to the guest"
        )
        badges = _badge(label)
        if note.for_next_shift:
            badges += _badge(QCoreApplication.translate("ThreadRenderer", "For the next shift"))
        body = self._meta(note.actor.name, note.created_at, badges)
        body += "<br/>" + text_html(note.content, self._terms, self._marks)
        return _box(body, colors.note, colors.note_border)

    def _entry(self, entry: OutboxEntry) -> str:
        badges = _badge(texts.outbox_state_name(entry.state))
        who = QCoreApplication.translate("ThreadRenderer", "{name} (outbox)").format(
            name=entry.actor.name
        )
        body = [self._meta(who, entry.created_at, badges)]
        if entry.content:
            body.append(text_html(entry.content, self._terms, self._marks))
        for path in entry.attachment_paths:
            body.append(
                html.escape(
                    QCoreApplication.translate("ThreadRenderer", "Photo: {name}").format(
                        name=path.rsplit("/", 1)[-1]
                    )
                )
            )
        if entry.error:
            body.append(f'<span class="muted">{html.escape(entry.error)}</span>')
        return _block("<br/>".join(body), "outbox")
