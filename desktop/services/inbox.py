"""The inbox's operations: list, read, triage and answer guest conversations.

:class:`InboxService` is what the inbox window calls (through its task runner). It
reads and writes the store only through the store's query modules, and after each
local change it tells the sync engine through :class:`SyncPort`, which the engine
implements: the service never talks to the network itself.

Threads: every method may run on the database worker. ``SyncPort`` methods are called
from there too, so an implementation must be thread-safe and return at once
(schedule the network work, never do it inline).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Protocol, runtime_checkable

from desktop.domain import (
    Actor,
    Change,
    Conversation,
    Draft,
    Message,
    Property,
    SenderKind,
    utcnow,
)
from desktop.services import checks, listing, templates, threads
from desktop.services.model import (
    IdList,
    InboxCounts,
    InboxRow,
    Issue,
    ListQuery,
    SendCheck,
    SendRefusedError,
    ThreadData,
)
from desktop.services.sending import SendChecker
from desktop.services.templates import RenderedTemplate, Template, TemplateLint
from desktop.settings.profile import DEFAULT_EXTRANET_URL, PropertyProfile
from desktop.store import Store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import notes as note_store
from desktop.store import outbox as out_store
from desktop.store import properties as prop_store
from desktop.store.model import ConversationPage, PageCursor

ActorProvider = Callable[[], Actor]


class SyncPort(Protocol):
    """What the inbox asks of the sync engine after a local change.

    Every method must be thread-safe and return at once: it only schedules work.
    """

    def request_sync(self) -> None:
        """Sync now (the user pressed F5)."""

    def push_no_reply_needed(self, conversation_id: str, value: bool) -> None:
        """Set (or clear) the ``no_reply_needed`` tag at Booking.com."""

    def push_read(self, conversation_id: str, message_ids: Sequence[str]) -> None:
        """Set the ``message_read`` tag of these guest messages at Booking.com."""

    def flush_outbox(self) -> None:
        """Send the queued outbox entries as soon as possible."""


@runtime_checkable
class UnreadPort(Protocol):
    """Optional: a sync engine that can also clear the read tag (``DELETE message_read``).

    Without it, "mark unread" stays local and the next sync may mark the message read
    again from Booking.com's tag.
    """

    def push_unread(self, conversation_id: str, message_ids: Sequence[str]) -> None: ...


class NoSync:
    """A SyncPort that does nothing: no engine is plugged in (offline tools, the frame)."""

    def request_sync(self) -> None:
        return None

    def push_no_reply_needed(self, conversation_id: str, value: bool) -> None:
        return None

    def push_read(self, conversation_id: str, message_ids: Sequence[str]) -> None:
        return None

    def flush_outbox(self) -> None:
        return None


def with_origin(change: Change, origin: object | None) -> Change:
    """``change`` marked as caused by ``origin`` (the view that asked for it)."""
    return replace(change, origin=origin) if origin is not None else change


def merge(changes: Iterable[Change], origin: object | None = None) -> Change:
    """One change covering all of ``changes``."""
    items = list(changes)
    return Change(
        conversations=frozenset().union(*(c.conversations for c in items)),
        outbox=any(c.outbox for c in items),
        support_cases=any(c.support_cases for c in items),
        articles=any(c.articles for c in items),
        settings=any(c.settings for c in items),
        origin=origin,
    )


class InboxService:
    """The operations of the inbox window, over one store and property profile.

    Args:
        store: The open store.
        profile: The property profile (properties, time zones, templates, link
            allow-list, extranet URL), or None when none is configured.
        actor: Returns who is at the desk now; every change is recorded in their name.
        sync: The sync engine, told about local changes; None plugs in :class:`NoSync`.
        clock: The current time (tests pass a fixed one).
    """

    def __init__(
        self,
        store: Store,
        profile: PropertyProfile | None,
        actor: ActorProvider,
        sync: SyncPort | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._store = store
        self._profile = profile
        self._actor = actor
        self._sync: SyncPort = sync if sync is not None else NoSync()
        self._clock = clock
        self._lists = listing.Lister(store)

    # ------------------------------------------------------------------ set-up

    @property
    def sync(self) -> SyncPort:
        return self._sync

    def set_sync(self, sync: SyncPort | None) -> None:
        """Plug in (or unplug) the sync engine after construction."""
        self._sync = sync if sync is not None else NoSync()

    @property
    def actor(self) -> Actor:
        return self._actor()

    def properties(self) -> list[Property]:
        """The properties of the profile, else those the store knows."""
        if self._profile is not None:
            return self._profile.domain_properties()
        return prop_store.list_properties(self._store)

    def _property(self, property_id: int) -> Property:
        for prop in self.properties():
            if prop.property_id == property_id:
                return prop
        stored = prop_store.get_property(self._store, property_id)
        return stored or Property(property_id=property_id, name=str(property_id))

    def timezone(self, property_id: int) -> str:
        return self._property(property_id).timezone

    def link_allow_list(self) -> tuple[str, ...]:
        return self._profile.links.allow if self._profile is not None else ()

    def extranet_url(self, conversation: Conversation | None = None) -> str:
        """The extranet, at the conversation's reservation when there is one.

        The reservation page's address follows the extranet's own links (inferred: it
        is not a documented contract), under the profile's ``booking.extranet_url``.
        """
        base = str(self._profile.booking.extranet_url) if self._profile else DEFAULT_EXTRANET_URL
        if not base.endswith("/"):
            base += "/"
        if conversation is None or not conversation.reservation_number:
            return base
        return (
            f"{base}hotel/hoteladmin/extranet_ng/manage/booking.html"
            f"?res_id={conversation.reservation_number}&hotel_id={conversation.property_id}"
        )

    def request_sync(self) -> None:
        self._sync.request_sync()

    # ------------------------------------------------------------------ lists

    def page(
        self, query: ListQuery, after: PageCursor | None = None, limit: int = listing.PAGE_SIZE
    ) -> ConversationPage:
        """One keyset page of a guest folder sorted by time (``query.is_keyset``)."""
        return self._lists.page(query, after, limit)

    def list_ids(self, query: ListQuery) -> IdList:
        """The whole id list of a query that is not paged: search, name sort, outbox..."""
        return self._lists.list_ids(query)

    def rows(self, conversation_ids: Sequence[str]) -> list[InboxRow]:
        """The list rows of these conversations, in the order given (unknown ids skipped)."""
        return self._lists.rows(conversation_ids, self.timezone)

    def counts(self, property_id: int | None = None) -> InboxCounts:
        return self._lists.counts(property_id)

    def conversation(self, conversation_id: str) -> Conversation | None:
        return conv_store.get_conversation(self._store, conversation_id)

    # ------------------------------------------------------------------ thread

    def thread(self, conversation_id: str) -> ThreadData | None:
        """The conversation with its messages, notes, unsent entries and draft."""
        return threads.load(self._store, conversation_id, self._property, self.extranet_url)

    # ------------------------------------------------------------------ triage

    def mark_read(self, conversation_id: str, origin: object | None = None) -> Change:
        """Mark the conversation's guest messages read, here and at Booking.com."""
        conversation = conv_store.get_conversation(self._store, conversation_id)
        if conversation is None:
            return Change()
        unread = threads.unread_guest_messages(conversation, self._thread(conversation_id))
        change = conv_store.mark_read(self._store, conversation_id, self.actor)
        if change and unread:
            self._sync.push_read(conversation_id, [m.message_id for m in unread])
        return with_origin(change, origin)

    def mark_unread(self, conversation_id: str, origin: object | None = None) -> Change:
        """Mark the latest guest message unread again."""
        change = conv_store.mark_unread(self._store, conversation_id, self.actor)
        if change and isinstance(self._sync, UnreadPort):
            guest = [m for m in self._thread(conversation_id) if m.sender is SenderKind.GUEST]
            if guest:
                self._sync.push_unread(conversation_id, [guest[-1].message_id])
        return with_origin(change, origin)

    def set_no_reply_needed(
        self, conversation_id: str, value: bool, origin: object | None = None
    ) -> Change:
        """Tag (or untag) the conversation "no reply needed", here and at Booking.com."""
        change = conv_store.set_no_reply_needed(self._store, conversation_id, value, self.actor)
        if change:
            self._sync.push_no_reply_needed(conversation_id, value)
        return with_origin(change, origin)

    def add_note(
        self,
        conversation_id: str,
        text: str,
        *,
        for_next_shift: bool = False,
        origin: object | None = None,
    ) -> Change:
        """Add an internal note (local only, never sent to the guest)."""
        outcome = note_store.add_note(
            self._store, conversation_id, text, self.actor, for_next_shift=for_next_shift
        )
        return with_origin(outcome.change, origin)

    # ------------------------------------------------------------------ drafts

    def get_draft(self, conversation_id: str) -> Draft | None:
        return out_store.get_draft(self._store, conversation_id)

    def save_draft(
        self,
        conversation_id: str,
        text: str,
        attachments: Sequence[str] = (),
        origin: object | None = None,
    ) -> Change:
        """Save what is typed (an empty text with no attachment discards the draft).

        The first save records ``started_at``: the moment the person began this reply.
        """
        if not text.strip() and not attachments:
            return self.discard_draft(conversation_id, origin)
        change = out_store.save_draft(self._store, conversation_id, text, self.actor, attachments)
        return with_origin(change, origin)

    def discard_draft(self, conversation_id: str, origin: object | None = None) -> Change:
        return with_origin(
            out_store.discard_draft(self._store, conversation_id, self.actor), origin
        )

    def restart_draft(self, conversation_id: str, origin: object | None = None) -> Change:
        """Start the draft's clock again: the person has now read what arrived since."""
        draft = out_store.get_draft(self._store, conversation_id)
        if draft is None:
            return Change()
        changes = [
            out_store.discard_draft(self._store, conversation_id, self.actor),
            out_store.save_draft(
                self._store, conversation_id, draft.content, self.actor, draft.attachment_paths
            ),
        ]
        return merge(changes, origin)

    # ------------------------------------------------------------------ templates

    def templates_for(self, conversation_id: str, ui_language: str | None) -> list[Template]:
        """The profile's templates in the guest's language, else the UI language."""
        if self._profile is None:
            return []
        guest = self._guest_language(conversation_id)
        by_language = {str(lang): texts for lang, texts in self._profile.templates.items()}
        return templates.choose_templates(by_language, guest, ui_language)

    def render_template(self, conversation_id: str, text: str) -> RenderedTemplate:
        """Fill a template's variables for this conversation; the lint says what is left."""
        conversation = conv_store.get_conversation(self._store, conversation_id)
        if conversation is None:
            return templates.render(text, {})
        number = conversation.reservation_number
        reservation = prop_store.get_reservation(self._store, number) if number else None
        name = self._property(conversation.property_id).name
        language = conversation.language or (reservation.language if reservation else None)
        values = templates.variables_for(conversation, reservation, name, language)
        return templates.render(text, values)

    @staticmethod
    def lint(text: str) -> TemplateLint:
        return templates.lint_text(text)

    def _guest_language(self, conversation_id: str) -> str | None:
        conversation = conv_store.get_conversation(self._store, conversation_id)
        if conversation is None:
            return None
        if conversation.language:
            return conversation.language
        number = conversation.reservation_number
        reservation = prop_store.get_reservation(self._store, number) if number else None
        return reservation.language if reservation else None

    # ------------------------------------------------------------------ sending

    @staticmethod
    def check_attachment(path: str) -> Issue | None:
        """Why Booking.com would refuse this file (checked as soon as it is chosen)."""
        return checks.attachment_issue(path)

    def check_send(
        self, conversation_id: str, text: str, attachments: Sequence[str] = ()
    ) -> SendCheck:
        """Everything to refuse or confirm before ``text`` goes to the outbox
        (see :mod:`desktop.services.sending`)."""
        checker = SendChecker(self._store, self.link_allow_list(), self._actor, self._clock)
        return checker.check(conversation_id, text, attachments)

    def send(
        self,
        conversation_id: str,
        text: str,
        attachments: Sequence[str] = (),
        origin: object | None = None,
    ) -> Change:
        """Queue the message in the outbox (the draft becomes an outbox entry).

        The warnings of :meth:`check_send` are the caller's to confirm beforehand;
        refusals are checked again here.

        Raises:
            SendRefusedError: A refusal of :meth:`check_send` applies.
        """
        check = self.check_send(conversation_id, text, attachments)
        if check.refused:
            raise SendRefusedError(check.refusals)
        actor = self.actor
        saved = out_store.save_draft(self._store, conversation_id, text, actor, attachments)
        queued = out_store.enqueue_draft(self._store, conversation_id, actor)
        self._sync.flush_outbox()
        return merge([saved, queued.change], origin)

    # ------------------------------------------------------------------ helpers

    def _thread(self, conversation_id: str) -> list[Message]:
        return msg_store.get_thread(self._store, conversation_id)
