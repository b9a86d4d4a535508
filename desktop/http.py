"""One way to make HTTP clients: the operating system's certificate store and proxies.

Hotel networks often intercept TLS with their own root certificate and route traffic
through a proxy; ``truststore`` makes the OS trust store authoritative and httpx reads
the proxy settings from the environment (``trust_env``).
"""

from __future__ import annotations

import ssl
from http.cookiejar import CookieJar
from typing import Any

import httpx
import truststore

from desktop import __version__

USER_AGENT = f"Frontdesk/{__version__}"
#: The response headers that can set a cookie (``Set-Cookie2`` is obsolete, but the
#: standard library's cookie jar still reads it when its policy allows RFC 2965).
COOKIE_HEADERS = ("set-cookie", "set-cookie2")

#: What httpx accepts as cookies (its own alias lives in a private module).
CookieTypes = httpx.Cookies | CookieJar | dict[str, str] | list[tuple[str, str]]


class ResponseCookies(httpx.Cookies):
    """httpx's cookie jar, minus the work for responses that set no cookie.

    httpx hands every response to :meth:`extract_cookies`, which wraps the request and
    the response in ``urllib`` look-alikes for the standard library's ``CookieJar``
    (the full URL rebuilt, every header copied) only for the jar to find no
    ``Set-Cookie`` header and do nothing: a fifth of the client's CPU time per API call
    in a sync, and Booking.com's answers set no cookies. A response that does set one
    is handled exactly as by httpx.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if COOKIE_HEADERS[0] in headers or COOKIE_HEADERS[1] in headers:
            super().extract_cookies(response)


class Client(httpx.Client):
    """An :class:`httpx.Client` whose cookie jar is a :class:`ResponseCookies`.

    Only the public ``cookies`` property is overridden (httpx calls
    ``self.cookies.extract_cookies(response)`` for every response); the rest is httpx.
    """

    def __init__(self, *, cookies: CookieTypes | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = cookies

    @property
    def cookies(self) -> httpx.Cookies:
        """Cookie values to include when sending requests (see :class:`ResponseCookies`)."""
        return self._response_cookies

    @cookies.setter
    def cookies(self, cookies: CookieTypes | None) -> None:
        self._response_cookies = ResponseCookies(cookies)


def ssl_context() -> ssl.SSLContext:
    """A TLS client context backed by the operating system's trust store."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def make_http_client(*, timeout: float | httpx.Timeout = 30.0, **kwargs: Any) -> httpx.Client:
    """A synchronous httpx client with the OS trust store, env proxies and our user agent."""
    headers = {"User-Agent": USER_AGENT, **kwargs.pop("headers", {})}
    return Client(verify=ssl_context(), trust_env=True, timeout=timeout, headers=headers, **kwargs)
