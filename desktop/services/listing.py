"""The conversation list's ids and the folder counts, from the store's queries.

Guest folders sorted by time are read page by page (the store's keyset pages: one
index range scan each). Everything else is a complete id list computed at once on
the database worker: search results (capped), name order, the outbox, drafts and
support cases (all small, except name order over a large mailbox, which reads every
id of the folder once; see :meth:`Lister.list_ids`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from types import MappingProxyType

from desktop.domain import (
    Conversation,
    ConversationKind,
    OutboxState,
    SupportCaseStatus,
    utcnow,
)
from desktop.services.highlight import search_terms
from desktop.services.model import (
    IdList,
    InboxCounts,
    InboxFolder,
    InboxRow,
    ListQuery,
    SortOrder,
    inbox_rows,
)
from desktop.store import Store, peek
from desktop.store import conversations as conv_store
from desktop.store import outbox as out_store
from desktop.store import search as search_store
from desktop.store import support as support_store
from desktop.store.fts import fold
from desktop.store.model import ConversationPage, ConversationQuery, Folder, PageCursor

#: Rows per keyset page of the conversation list.
PAGE_SIZE = 200
#: Search shows at most this many conversations.
SEARCH_LIMIT = 200
#: Support folders list at most this many cases.
SUPPORT_LIMIT = 500
#: Pages of this size are read when a whole folder is needed (name order).
BULK_PAGE = 5000
#: Failed outbox entries stay in the Outbox folder this long.
FAILED_VISIBLE = timedelta(days=7)

#: Outbox entries that still need something (sending, a decision, a sign-in).
PENDING = (
    OutboxState.QUEUED,
    OutboxState.SENDING,
    OutboxState.IN_DOUBT,
    OutboxState.NEEDS_SIGN_IN,
    OutboxState.FAILED,
)

_STORE_FOLDER = {
    InboxFolder.NEEDS_REPLY: Folder.NEEDS_REPLY,
    InboxFolder.WAITING_FOR_GUEST: Folder.WAITING_FOR_GUEST,
    InboxFolder.NO_REPLY_NEEDED: Folder.NO_REPLY_NEEDED,
    InboxFolder.ALL: Folder.ALL,
}
_CASE_STATUS = {
    InboxFolder.SUPPORT_OPEN: SupportCaseStatus.OPEN,
    InboxFolder.SUPPORT_ANSWERED: SupportCaseStatus.ANSWERED,
    InboxFolder.SUPPORT_CLOSED: SupportCaseStatus.CLOSED,
}


def store_query(query: ListQuery) -> ConversationQuery:
    """The store's query for a guest folder."""
    folder = _STORE_FOLDER.get(query.folder, Folder.ALL)
    return ConversationQuery(folder, query.property_id, query.unread_only)


def _by_name(conversations: Iterable[Conversation], descending: bool) -> list[str]:
    ordered = sorted(conversations, key=lambda c: (fold(c.guest_name), c.conversation_id))
    ids = [c.conversation_id for c in ordered]
    return ids[::-1] if descending else ids


class Lister:
    """Computes the conversation list's ids and the folder counts for one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def page(self, query: ListQuery, after: PageCursor | None, limit: int) -> ConversationPage:
        return conv_store.page_conversation_ids(
            self._store,
            store_query(query),
            limit=limit,
            after=after,
            oldest_first=query.sort is SortOrder.OLDEST_FIRST,
        )

    def rows(self, ids: Sequence[str], timezone: Callable[[int], str]) -> list[InboxRow]:
        """The list rows of these conversations, with their stay dates and time zone.

        A batch costs one statement whatever its size (conversations and reservations,
        see :func:`desktop.store.peek.batch`), and one more for the cases of support
        conversations, if any.
        """
        found, stays = peek.read_batch(self._store, ids)
        zones = {pid: timezone(pid) for pid in {c.property_id for c in found}}
        support = [c.conversation_id for c in found if c.kind is ConversationKind.SUPPORT]
        cases = support_store.cases_by_conversation(self._store, support)
        return inbox_rows(found, stays, zones.__getitem__, cases)

    def list_ids(self, query: ListQuery) -> IdList:
        """Every id of a query, in order.

        Name order over a guest folder reads the whole folder (about 3 s for 100,000
        conversations, on the database worker); the store has no name index yet.
        """
        if query.search.strip():
            return self._search(query)
        if query.folder.is_guest:
            return IdList(tuple(self._ordered(self._whole_folder(query), query)))
        if query.folder is InboxFolder.OUTBOX:
            ids = self._outbox_ids()
        elif query.folder is InboxFolder.DRAFTS:
            ids = self.draft_ids()
        else:
            ids = self._support_ids(_CASE_STATUS[query.folder], query.property_id)
        found = conv_store.get_conversations(self._store, ids)
        kept = [c for c in found if _keeps(c, query)]
        if query.sort in (SortOrder.GUEST_NAME, SortOrder.GUEST_NAME_DESC):
            return IdList(tuple(_by_name(kept, query.sort is SortOrder.GUEST_NAME_DESC)))
        kept.sort(key=_activity, reverse=query.sort is not SortOrder.OLDEST_FIRST)
        return IdList(tuple(c.conversation_id for c in kept))

    def _whole_folder(self, query: ListQuery) -> list[str]:
        ids: list[str] = []
        after: PageCursor | None = None
        while True:
            page = self.page(query, after, BULK_PAGE)
            ids.extend(page.conversation_ids)
            if page.next is None:
                return ids
            after = page.next

    def _ordered(self, ids: Sequence[str], query: ListQuery) -> list[str]:
        if query.sort not in (SortOrder.GUEST_NAME, SortOrder.GUEST_NAME_DESC):
            return list(ids)
        found: list[Conversation] = []
        for start in range(0, len(ids), BULK_PAGE):
            found += conv_store.get_conversations(self._store, ids[start : start + BULK_PAGE])
        return _by_name(found, query.sort is SortOrder.GUEST_NAME_DESC)

    def _search(self, query: ListQuery) -> IdList:
        text = query.search
        pid = query.property_id
        found = search_store.search_conversations(
            self._store, text, property_id=pid, limit=SEARCH_LIMIT
        )
        hits = search_store.search_messages(self._store, text, property_id=pid, limit=SEARCH_LIMIT)
        snippets: dict[str, str] = {}
        for hit in hits:
            snippets.setdefault(hit.conversation_id, hit.snippet)
        kept = [c for c in found if not query.unread_only or c.unread_count > 0]
        if query.sort in (SortOrder.GUEST_NAME, SortOrder.GUEST_NAME_DESC):
            ids = _by_name(kept, query.sort is SortOrder.GUEST_NAME_DESC)
        elif query.sort is SortOrder.OLDEST_FIRST:
            ids = [c.conversation_id for c in sorted(kept, key=_activity)]
        else:
            ids = [c.conversation_id for c in kept]
        return IdList(
            conversation_ids=tuple(ids),
            snippets=MappingProxyType(snippets),
            terms=search_terms(text),
            capped=len(found) >= SEARCH_LIMIT,
        )

    def _outbox_ids(self) -> list[str]:
        oldest_failed = utcnow() - FAILED_VISIBLE
        entries = out_store.list_entries(self._store, states=PENDING)
        visible = [
            e
            for e in reversed(entries)
            if e.state is not OutboxState.FAILED or e.updated_at >= oldest_failed
        ]
        return list(dict.fromkeys(e.conversation_id for e in visible))

    def draft_ids(self) -> list[str]:
        """Conversations with a draft, most recently edited first."""
        return out_store.draft_conversation_ids(self._store)

    def _support_ids(self, status: SupportCaseStatus, property_id: int | None) -> list[str]:
        cases = support_store.list_cases(
            self._store, property_id=property_id, status=status, limit=SUPPORT_LIMIT
        )
        return list(dict.fromkeys(c.conversation_id for c in cases if c.conversation_id))

    def counts(self, property_id: int | None) -> InboxCounts:
        """The count of every folder (guest folders for one property or all)."""
        guest = conv_store.folder_counts(self._store, property_id)
        cases = support_store.count_case_conversations(self._store, property_id)
        support = {folder: cases[status] for folder, status in _CASE_STATUS.items()}
        outbox = self._count_ids(self._outbox_ids(), property_id)
        drafts = self._count_ids(self.draft_ids(), property_id)
        return InboxCounts(
            needs_reply=guest.needs_reply,
            waiting_for_guest=guest.waiting_for_guest,
            no_reply_needed=guest.no_reply_needed,
            unread=guest.unread,
            support_open=support[InboxFolder.SUPPORT_OPEN],
            support_answered=support[InboxFolder.SUPPORT_ANSWERED],
            support_closed=support[InboxFolder.SUPPORT_CLOSED],
            outbox=len(outbox),
            drafts=len(drafts),
        )

    def _count_ids(self, ids: Sequence[str], property_id: int | None) -> list[str]:
        if not ids:
            return []
        found = conv_store.get_conversations(self._store, ids)
        return [c.conversation_id for c in found if property_id in (None, c.property_id)]


def _keeps(conversation: Conversation, query: ListQuery) -> bool:
    if query.property_id is not None and conversation.property_id != query.property_id:
        return False
    return not query.unread_only or conversation.unread_count > 0


def _activity(conversation: Conversation) -> tuple[float, str]:
    at = conversation.last_message_at
    return (at.timestamp() if at else 0.0, conversation.conversation_id)
