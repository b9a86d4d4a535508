"""The shared HTTP client: cookies are read only from responses that set one."""

from __future__ import annotations

from http.cookiejar import CookieJar
from typing import Any

import httpx
import pytest

from desktop.http import USER_AGENT, Client, ResponseCookies, make_http_client


class RecordingJar(CookieJar):
    """A standard cookie jar that counts the responses handed to it."""

    def __init__(self) -> None:
        super().__init__()
        self.extracted = 0

    def extract_cookies(self, response: Any, request: Any) -> None:
        self.extracted += 1
        super().extract_cookies(response, request)


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/login":
        return httpx.Response(200, headers={"Set-Cookie": "session=abc; Path=/"}, text="in")
    if request.url.path == "/old-style":
        return httpx.Response(200, headers={"set-cookie2": 'legacy="1"; Version=1'}, text="in")
    return httpx.Response(200, json={"cookie": request.headers.get("Cookie")})


def client(jar: CookieJar | None = None) -> Client:
    return Client(transport=httpx.MockTransport(answer), cookies=jar)


def test_a_response_that_sets_a_cookie_is_read_and_the_cookie_sent_back() -> None:
    jar = RecordingJar()
    with client(jar) as http:
        http.get("https://api.test/login")
        assert jar.extracted == 1
        assert http.cookies["session"] == "abc"
        assert http.get("https://api.test/data").json() == {"cookie": "session=abc"}


def test_a_response_without_set_cookie_never_reaches_the_cookie_jar() -> None:
    jar = RecordingJar()
    with client(jar) as http:
        for _ in range(3):
            assert http.get("https://api.test/data").json() == {"cookie": None}
        assert jar.extracted == 0
        assert not http.cookies


def test_set_cookie2_still_goes_to_the_cookie_jar() -> None:
    jar = RecordingJar()  # its default policy ignores RFC 2965 cookies: httpx's behaviour
    with client(jar) as http:
        http.get("https://api.test/old-style")
    assert jar.extracted == 1


@pytest.mark.parametrize("cookies", [None, {"a": "1"}, [("a", "1")], httpx.Cookies({"a": "1"})])
def test_cookies_can_be_given_and_replaced_as_httpx_allows(cookies: Any) -> None:
    with Client(transport=httpx.MockTransport(answer), cookies=cookies) as http:
        assert isinstance(http.cookies, ResponseCookies)
        sent = http.get("https://api.test/data").json()["cookie"]
        assert sent == (None if cookies is None else "a=1")
        http.cookies = {"b": "2"}
        assert isinstance(http.cookies, ResponseCookies)
        assert http.get("https://api.test/data").json() == {"cookie": "b=2"}


def test_make_http_client_keeps_its_trust_store_proxies_and_user_agent() -> None:
    with make_http_client(timeout=5.0) as http:
        assert isinstance(http, Client)
        assert http.trust_env  # proxies from the environment
        assert http.headers["User-Agent"] == USER_AGENT
        assert http.timeout == httpx.Timeout(5.0)
