"""The Booking.com Messaging API client: every endpoint of the contract, synchronously.

One :class:`BookingClient` per machine account, shared by worker threads (httpx clients
and the token cache are thread-safe). It returns :mod:`desktop.domain` objects and the
small results of :mod:`desktop.booking.models`, and raises only
:mod:`desktop.booking.errors` (plus :class:`desktop.errors.BadInputError` for an
attachment Booking.com would refuse).

Repeating requests: reads (GET) and tag changes (PUT/DELETE of a tag, idempotent) are
retried on 429, 5xx, timeouts and connection failures, at most 3 attempts with
exponential backoff and full jitter. Sends, uploads and queue confirmations are never
repeated: a send has no idempotency key, and confirming N messages twice would drop N
unread ones. A 401 triggers one token refresh and one more try, for every request (a 401
means the server did not act).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from types import TracebackType
from typing import Any, Literal
from urllib.parse import quote

import httpx

from desktop.booking import attachments, payloads
from desktop.booking.auth import (
    Authenticator,
    CredentialsLike,
    TokenBudget,
    TokenCache,
    make_auth,
)
from desktop.booking.caller import Caller, pages
from desktop.booking.errors import BadRequest, NotFound
from desktop.booking.models import (
    ConversationListPage,
    ConversationPage,
    FeedMessage,
    QueueBatch,
    SearchJob,
    SearchResultPage,
    SentMessage,
    TagInfo,
    TagState,
)
from desktop.booking.parse import format_timestamp
from desktop.booking.transport import DEFAULT_TIMEOUT, RetryPolicy
from desktop.domain import Attachment, ConversationType, Message
from desktop.http import make_http_client
from desktop.settings.profile import DEFAULT_MESSAGING_URL, DEFAULT_TOKEN_URL


def _seg(value: object) -> str:
    """One path segment, percent-encoded (ids never smuggle a ``/`` into the path)."""
    return quote(str(value), safe="")


class BookingClient:
    """Speaks the Messaging API for one machine account.

    Args:
        credentials: token (client id/secret) or legacy Basic (user name/password).
        messaging_url: base of the Messaging API (the sandbox's ``base_url`` in tests).
        token_url: the token exchange endpoint.
        timeout: httpx timeout (connect 5 s, read 30 s by default).
        retry: backoff policy for repeatable requests.
        budget: the account's token budget; share one between clients of an account.
        token_cache: optional keeper of the token between runs (the keychain).
        http: an httpx client to use instead of a new one (not closed by ``close``).
        auth: an authenticator to use instead of one built from ``credentials``.
    """

    def __init__(
        self,
        credentials: CredentialsLike,
        *,
        messaging_url: str = DEFAULT_MESSAGING_URL,
        token_url: str = DEFAULT_TOKEN_URL,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        budget: TokenBudget | None = None,
        token_cache: TokenCache | None = None,
        http: httpx.Client | None = None,
        auth: Authenticator | None = None,
    ) -> None:
        self._owns_http = http is None
        self._http = http if http is not None else make_http_client(timeout=timeout)
        auth = auth or make_auth(
            credentials, http=self._http, exchange_url=token_url, budget=budget, cache=token_cache
        )
        self._caller = Caller(self._http, messaging_url, auth, retry or RetryPolicy())

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> BookingClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- conversations ------------------------------------------------------------------

    def list_conversations(
        self, property_id: int, page_id: str | None = None
    ) -> ConversationListPage:
        """50 conversations, newest activity first, each with its latest message."""
        path = f"/properties/{_seg(property_id)}/conversations"
        params = {"page_id": page_id} if page_id else None

        def parse(data: Mapping[str, Any]) -> ConversationListPage:
            return payloads.conversation_list(data, property_id)

        return self._caller.fetch("GET", path, parse, params=params, may_repeat=True)

    def iter_conversation_pages(self, property_id: int) -> Iterator[ConversationListPage]:
        """A property's list pages, newest activity first, following ``next_page_id``."""
        return pages(lambda cursor: self.list_conversations(property_id, cursor))

    def iter_conversations(self, property_id: int) -> Iterator[ConversationPage]:
        """Every conversation of a property, following ``next_page_id``."""
        for page in self.iter_conversation_pages(property_id):
            yield from page.conversations

    def get_conversation(
        self, property_id: int, conversation_id: str, page_id: str | None = None
    ) -> ConversationPage:
        """One conversation and 50 of its messages, newest first."""
        path = self._conversation_path(property_id, conversation_id)
        params = {"page_id": page_id} if page_id else None

        def parse(data: Mapping[str, Any]) -> ConversationPage:
            return payloads.conversation_page(data, property_id)

        return self._caller.fetch("GET", path, parse, params=params, may_repeat=True)

    def iter_messages(self, property_id: int, conversation_id: str) -> Iterator[Message]:
        """Every message of a conversation, newest first, following ``next_page_id``."""
        for page in pages(lambda c: self.get_conversation(property_id, conversation_id, c)):
            yield from page.messages

    def find_conversation(
        self,
        property_id: int,
        reference: str | int,
        conversation_type: ConversationType = ConversationType.RESERVATION,
    ) -> ConversationPage | None:
        """The (possibly empty) conversation of a reservation or request to book.

        None when there is none: a 404 or a ``null`` conversation (**inferred**: the
        documentation does not say how an unknown reference is answered).
        """
        kind = _seg(ConversationType(conversation_type).value)
        path = f"/properties/{_seg(property_id)}/conversations/type/{kind}"

        def parse(data: Mapping[str, Any]) -> ConversationPage | None:
            return payloads.conversation_or_none(data, property_id)

        params = {"conversation_reference": str(reference)}
        try:
            return self._caller.fetch("GET", path, parse, params=params, may_repeat=True)
        except NotFound:
            return None

    def send_message(
        self,
        property_id: int,
        conversation_id: str,
        content: str,
        attachment_ids: Iterable[str] = (),
    ) -> SentMessage:
        """Send once. Never retried: on ``outcome_unknown`` read the conversation back."""
        body = {"message": {"content": content, "attachment_ids": list(attachment_ids)}}
        path = self._conversation_path(property_id, conversation_id)
        return self._caller.fetch("POST", path, _sent, body=body, may_repeat=False)

    # -- tags ---------------------------------------------------------------------------

    def list_tags(self, property_id: int) -> tuple[TagInfo, ...]:
        path = f"/properties/{_seg(property_id)}/tags"
        return self._caller.fetch("GET", path, payloads.tag_catalogue, may_repeat=True)

    def set_no_reply_needed(
        self, property_id: int, conversation_id: str, value: bool = True
    ) -> TagState:
        """PUT (``value``) or DELETE the conversation's ``no_reply_needed`` tag."""
        path = self._conversation_path(property_id, conversation_id) + "/tags/no_reply_needed"

        def parse(data: Mapping[str, Any]) -> TagState:
            return payloads.tag_state(data, "no_reply_needed")

        return self._caller.fetch("PUT" if value else "DELETE", path, parse, may_repeat=True)

    def set_read(
        self,
        property_id: int,
        conversation_id: str,
        message_ids: Iterable[str],
        participant_id: str,
        read: bool = True,
    ) -> TagState:
        """Mark messages read (PUT) or unread (DELETE) for a participant (the property)."""
        path = self._conversation_path(property_id, conversation_id) + "/tags/message_read"
        body = {"message_ids": list(message_ids), "participant_id": participant_id}

        def parse(data: Mapping[str, Any]) -> TagState:
            return payloads.tag_state(data, "read")

        method = "PUT" if read else "DELETE"
        return self._caller.fetch(method, path, parse, body=body, may_repeat=True)

    # -- account-wide queue and search ---------------------------------------------------

    def fetch_latest(self) -> QueueBatch:
        """Up to 100 queued messages for the whole account (not removed until confirmed)."""
        return self._caller.fetch("GET", "/messages/latest", payloads.queue_batch, may_repeat=True)

    def confirm_messages(self, count: int) -> None:
        """Remove the ``count`` messages just read (``QueueBatch.delivered``). Not retried."""
        if count <= 0:
            return
        params = {"number_of_messages": count}
        self._caller.fetch("PUT", "/messages", _accepted, params=params, may_repeat=False)

    def start_search(
        self,
        *,
        after: datetime | None = None,
        before: datetime | None = None,
        property_id: int | None = None,
        order_by: Literal["asc", "desc"] | None = None,
    ) -> SearchJob:
        """Start a search job (at most 90 days; at least one criterion)."""
        params: dict[str, str | int] = {}
        if after is not None:
            params["after"] = format_timestamp(after)
        if before is not None:
            params["before"] = format_timestamp(before)
        if property_id is not None:
            params["property_id"] = property_id
        if order_by is not None:
            params["order_by"] = order_by
        path = "/messages/search"
        return self._caller.fetch("GET", path, payloads.search_job, params=params, may_repeat=True)

    def search_results(self, job_id: str, page_id: str | None = None) -> SearchResultPage:
        path = f"/messages/search/result/{_seg(job_id)}"
        params = {"page_id": page_id} if page_id else None
        return self._caller.fetch(
            "GET", path, payloads.search_results, params=params, may_repeat=True
        )

    def iter_search_results(self, job_id: str) -> Iterator[FeedMessage]:
        for page in pages(lambda cursor: self.search_results(job_id, cursor)):
            yield from page.messages

    # -- attachments ----------------------------------------------------------------------

    def upload_attachment(
        self,
        property_id: int,
        conversation_id: str,
        data: bytes,
        file_name: str,
        file_type: str | None = None,
    ) -> str:
        """Upload a JPG/PNG (single or chunked by size); return its ``attachment_id``."""
        base = self._conversation_path(property_id, conversation_id)
        return attachments.upload(self._caller.fetch, base, data, file_name, file_type)

    def attachment_info(
        self, property_id: int, conversation_id: str, attachment_id: str
    ) -> Attachment:
        base = self._conversation_path(property_id, conversation_id)
        return attachments.file_info(self._caller.fetch, base, _seg(attachment_id))

    def download_attachment(
        self, property_id: int, conversation_id: str, attachment_id: str
    ) -> bytes:
        """The attachment's bytes, fetched in ranges of at most 5 MB."""
        info = self.attachment_info(property_id, conversation_id, attachment_id)
        base = self._conversation_path(property_id, conversation_id)
        return attachments.download(self._caller.fetch, base, info)

    # -- plumbing -------------------------------------------------------------------------

    def _conversation_path(self, property_id: int, conversation_id: str) -> str:
        return f"/properties/{_seg(property_id)}/conversations/{_seg(conversation_id)}"


def _sent(data: Mapping[str, Any]) -> SentMessage:
    _accepted(data)
    return payloads.sent_message(data)


def _accepted(data: Mapping[str, Any]) -> None:
    if not payloads.is_ok(data):
        raise BadRequest(details={"reason": "not_ok"})
