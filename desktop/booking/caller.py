"""Calling the API: retries for what may be repeated, one token refresh after a 401, and
parsing the envelope, so that every endpoint method of the client is a single call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

import httpx

from desktop.booking.auth import Authenticator
from desktop.booking.errors import RETRYABLE, BadRequest, MalformedResponse, Unauthorized
from desktop.booking.parse import envelope_data
from desktop.booking.transport import API_HEADERS, Reply, RetryPolicy, send

log = logging.getLogger(__name__)

T = TypeVar("T")
Params = Mapping[str, str | int]


class Caller:
    """Sends requests below ``base`` with ``auth``; see :meth:`fetch`."""

    def __init__(
        self, http: httpx.Client, base: str, auth: Authenticator, retry: RetryPolicy
    ) -> None:
        self._http = http
        self._base = base.rstrip("/")
        self._base_path = httpx.URL(self._base).path  # what the logs show of each URL
        self._auth = auth
        self._retry = retry
        self._headers = _MergedHeaders(http)

    def fetch(
        self,
        method: str,
        path: str,
        parse: Callable[[Mapping[str, Any]], T],
        *,
        params: Params | None = None,
        body: Mapping[str, Any] | None = None,
        may_repeat: bool,
    ) -> T:
        """Send (with retries when ``may_repeat``) and parse the envelope's data."""
        reply = self._with_retries(method, path, params, body, may_repeat)
        try:
            return parse(envelope_data(reply.body))
        except (MalformedResponse, BadRequest) as exc:
            raise type(exc)(
                exc.message,
                status=reply.status,
                ruid=reply.ruid,
                # a 2xx we cannot read may hide a done deed; a refusal ("ok": false) does not
                outcome_unknown=isinstance(exc, MalformedResponse) and not may_repeat,
                details=exc.details,
            ) from exc

    def _with_retries(
        self,
        method: str,
        path: str,
        params: Params | None,
        body: Mapping[str, Any] | None,
        may_repeat: bool,
    ) -> Reply:
        attempts = self._retry.max_attempts if may_repeat else 1
        retry = 0
        while True:
            try:
                return self._signed(method, path, params, body, may_repeat)
            except RETRYABLE as exc:
                retry += 1
                if retry >= attempts:
                    raise
                delay = self._retry.delay(retry)
                log.warning(
                    "%s %s: %s, retry %d of %d in %.2f s",
                    method, path, exc.code, retry, attempts - 1, delay,
                )  # fmt: skip
                self._retry.sleep(delay)

    def _signed(
        self,
        method: str,
        path: str,
        params: Params | None,
        body: Mapping[str, Any] | None,
        may_repeat: bool,
    ) -> Reply:
        """One attempt; after a 401, one token refresh and one more try."""
        header = self._auth.header()
        try:
            return self._perform(method, path, header, params, body, may_repeat)
        except Unauthorized:
            if not self._auth.refreshable:
                raise
            log.info("%s %s: 401, refreshing the token once", method, path)
        header = self._auth.refresh(header)
        return self._perform(method, path, header, params, body, may_repeat)

    def _perform(
        self,
        method: str,
        path: str,
        authorization: str,
        params: Params | None,
        body: Mapping[str, Any] | None,
        may_repeat: bool,
    ) -> Reply:
        http, url = self._http, self._base + path
        headers = self._headers.get(authorization)
        if headers is None:  # the client adds cookies or query parameters: httpx merges
            extra = {**API_HEADERS, "Authorization": authorization}
            request = http.build_request(method, url, headers=extra, params=params, json=body)
        else:
            request = httpx.Request(method, url, headers=headers, params=params, json=body)
        return send(http, request, may_repeat=may_repeat, path=self._base_path + path)


class _MergedHeaders:
    """The client's headers, :data:`API_HEADERS` and the authorization, merged once per token.

    ``httpx.Client.build_request`` merges the client's headers, cookies and query
    parameters into every request, copying and re-validating them each time; a sync
    makes thousands of requests with the same headers. While the client has no
    cookies and no query parameters of its own, :meth:`get` gives the merged headers
    for ``httpx.Request`` (which ``Client.send`` completes with the client's timeout),
    exactly the request ``build_request`` would make; otherwise None (let httpx merge).
    """

    def __init__(self, http: httpx.Client) -> None:
        self._http = http
        self._merged: tuple[str, list[tuple[bytes, bytes]], httpx.Headers] | None = None

    def get(self, authorization: str) -> httpx.Headers | None:
        http = self._http
        if http.cookies or http.params:
            return None
        client = http.headers.raw
        merged = self._merged  # one read: other threads may replace it
        if merged is None or merged[0] != authorization or merged[1] != client:
            headers = httpx.Headers(http.headers)
            headers.update({**API_HEADERS, "Authorization": authorization})
            merged = (authorization, client, headers)
            self._merged = merged
        return merged[2]


class Paged(Protocol):
    @property
    def next_page_id(self) -> str | None: ...


P = TypeVar("P", bound=Paged)


def pages(fetch: Callable[[str | None], P]) -> Iterator[P]:
    """Pages from ``fetch(cursor)`` until there is no next cursor (or it repeats)."""
    cursor: str | None = None
    while True:
        page = fetch(cursor)
        yield page
        if page.next_page_id is None or page.next_page_id == cursor:
            return
        cursor = page.next_page_id
