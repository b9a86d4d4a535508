"""The client's plumbing without a server: headers, retries, refresh, uploads, logs."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import jwt
import pytest

from desktop.booking import (
    BadRequest,
    BookingClient,
    ConnectionFailed,
    NoAccessToProperty,
    RateLimited,
    RequestTimeout,
    RetryPolicy,
    ServerError,
    Unauthorized,
)
from desktop.booking.attachments import CHUNK_SIZE
from desktop.booking.errors import BookingError, error_for_status
from desktop.booking.transport import API_HEADERS
from desktop.errors import AuthError, KnownError, NetworkError
from desktop.http import make_http_client
from tests.unit.booking.payload_samples import envelope

Handler = Callable[[httpx.Request], httpx.Response]
SECRET_TEXT = "Room 12 door code 4711"


@dataclass
class Creds:
    kind: str
    identifier: str
    secret: str


class Api:
    """A scripted Messaging API: answers in order, records requests."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def ok(data: object, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=envelope(data), headers={"X-Booking-RUID": "h-ruid"})


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def connect(sleeps: list[float]) -> Iterator[Callable[[Api], BookingClient]]:
    made: list[httpx.Client] = []

    def make(api: Api) -> BookingClient:
        http = httpx.Client(transport=httpx.MockTransport(api))
        made.append(http)
        return BookingClient(
            Creds("basic", "user", "pw"),
            messaging_url="https://api.test/messaging/",
            http=http,
            retry=RetryPolicy(sleep=sleeps.append, jitter=lambda: 0.5),
        )

    yield make
    for http in made:
        http.close()


def test_headers_and_paths(connect: Callable[[Api], BookingClient]) -> None:
    api = Api(ok({"tags": []}))
    connect(api).list_tags(42)
    request = api.requests[0]
    assert request.url == "https://api.test/messaging/properties/42/tags"
    assert request.headers["Accept-Version"] == "1.2"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Authorization"].startswith("Basic ")


def test_requests_are_the_ones_httpx_build_request_makes() -> None:
    api = Api(ok({"conversations": [], "next_page_id": None}), ok({"message_id": "m1"}))
    with make_http_client(timeout=7.0, transport=httpx.MockTransport(api)) as http:
        client = BookingClient(
            Creds("basic", "user", "pw"), messaging_url="https://api.test/messaging/", http=http
        )
        client.list_conversations(42, "next one")
        client.send_message(42, "c 1", "Hello")
        authorization = api.requests[0].headers["Authorization"]
        extra = {**API_HEADERS, "Authorization": authorization}
        expected = [
            http.build_request(
                "GET",
                "https://api.test/messaging/properties/42/conversations",
                headers=extra,
                params={"page_id": "next one"},
            ),
            http.build_request(
                "POST",
                "https://api.test/messaging/properties/42/conversations/c%201",
                headers=extra,
                json={"message": {"content": "Hello", "attachment_ids": []}},
            ),
        ]
    for sent, built in zip(api.requests, expected, strict=True):
        assert (sent.method, sent.url) == (built.method, built.url)
        assert sent.headers.multi_items() == built.headers.multi_items()
        assert sent.content == built.content
        assert sent.extensions["timeout"] == built.extensions["timeout"]


def test_the_clients_own_headers_and_cookies_are_sent_when_they_change() -> None:
    api = Api(ok({"tags": []}))
    with httpx.Client(transport=httpx.MockTransport(api), headers={"X-Desk": "1"}) as http:
        client = BookingClient(
            Creds("basic", "user", "pw"), messaging_url="https://api.test/messaging", http=http
        )
        client.list_tags(1)
        http.headers["X-Desk"] = "2"
        client.list_tags(1)
        http.cookies.set("lb", "node-7")  # e.g. a load balancer's (httpx merges them)
        client.list_tags(1)
    assert [r.headers["X-Desk"] for r in api.requests] == ["1", "2", "2"]
    assert [r.headers.get("Cookie") for r in api.requests] == [None, None, "lb=node-7"]
    assert all(r.headers["Accept-Version"] == "1.2" for r in api.requests)


def test_ids_cannot_escape_their_path_segment(connect: Callable[[Api], BookingClient]) -> None:
    api = Api(ok({"tag": "no_reply_needed", "is_set": True}))
    connect(api).set_no_reply_needed(1, "../../messages")
    assert api.requests[0].url.raw_path.startswith(b"/messaging/properties/1/conversations/..%2F")


def test_reads_retry_with_full_jitter_backoff(
    connect: Callable[[Api], BookingClient], sleeps: list[float]
) -> None:
    api = Api(ok(None, 429), ok(None, 503), ok({"tags": ["read"]}))
    assert connect(api).list_tags(1)[0].name == "read"
    assert sleeps == [0.25, 0.5]  # jitter 0.5 x (0.5, 1.0)


def test_reads_give_up_after_three_attempts(connect: Callable[[Api], BookingClient]) -> None:
    api = Api(ok(None, 429))
    with pytest.raises(RateLimited) as caught:
        connect(api).list_tags(1)
    assert len(api.requests) == 3
    assert caught.value.ruid == "ruid-1"


def test_sends_are_never_repeated(
    connect: Callable[[Api], BookingClient], sleeps: list[float]
) -> None:
    api = Api(httpx.ReadTimeout("slow"))
    with pytest.raises(RequestTimeout) as caught:
        connect(api).send_message(1, "c", "Hello")
    assert len(api.requests) == 1
    assert caught.value.outcome_unknown
    assert sleeps == []


def test_unconnected_send_is_known_not_sent(connect: Callable[[Api], BookingClient]) -> None:
    api = Api(httpx.ConnectError("refused"))
    with pytest.raises(ConnectionFailed) as caught:
        connect(api).send_message(1, "c", "Hello")
    assert not caught.value.outcome_unknown


def test_send_body_and_refusals(connect: Callable[[Api], BookingClient]) -> None:
    api = Api(
        ok({"message_id": "m1", "guest_has_account": True, "ok": "true"}),
        ok({"ok": "false"}),
        httpx.Response(
            400,
            json=envelope(
                None, errors=[{"code": 400, "message": "closed", "details": {"reason": "window"}}]
            ),
        ),
    )
    client = connect(api)
    assert client.send_message(1, "c", "Hi", ["a1"]).message_id == "m1"
    assert json.loads(api.requests[0].content) == {
        "message": {"content": "Hi", "attachment_ids": ["a1"]}
    }
    with pytest.raises(BadRequest) as not_ok:
        client.send_message(1, "c", "Hi")
    assert (not_ok.value.reason, not_ok.value.ruid) == ("not_ok", "ruid-1")
    assert not not_ok.value.outcome_unknown  # refused, so surely not sent
    with pytest.raises(BadRequest) as refused:
        client.send_message(1, "c", "Hi")
    assert refused.value.reason == "window"


def test_confirmation_is_not_repeated(connect: Callable[[Api], BookingClient]) -> None:
    api = Api(ok(None, 500))
    with pytest.raises(ServerError):
        connect(api).confirm_messages(7)
    assert len(api.requests) == 1
    assert api.requests[0].url.params["number_of_messages"] == "7"


def test_401_refreshes_a_token_once() -> None:
    tokens: list[str] = []
    accept = {"from_token": 2}  # the first token is refused (as if it had expired)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/exchange"):
            tokens.append(jwt.encode({"exp": 4_000_000_000, "n": len(tokens)}, "k" * 64))
            return httpx.Response(200, json={"jwt": tokens[-1], "ruid": "t"})
        used = tokens.index(request.headers["Authorization"].removeprefix("Bearer ")) + 1
        return ok({"tags": []}) if used >= accept["from_token"] else ok(None, 401)

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = BookingClient(
            Creds("token", "c", "s"),
            messaging_url="https://api.test/messaging",
            token_url="https://auth.test/exchange",
            http=http,
        )
        assert client.list_tags(1) == ()
        assert len(tokens) == 2
        accept["from_token"] = 99  # from now on, nothing is accepted
        with pytest.raises(Unauthorized):
            client.list_tags(1)
        assert len(tokens) == 3  # one refresh, then the error


def test_chunked_upload_restarts_from_chunk_zero(connect: Callable[[Api], BookingClient]) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(CHUNK_SIZE + 10)
    api = Api(
        ok({"upload_id": "u1"}),
        ok({"ok": "true"}),
        ok(None, 500),  # chunk 1 of the first try fails
        ok({"upload_id": "u2"}),
        ok({"ok": "true"}),
        ok({"ok": True}),
        ok({"attachment_id": "a9"}),
    )
    assert connect(api).upload_attachment(1, "c", data, "big.png") == "a9"
    bodies = [json.loads(r.content) for r in api.requests]
    assert [b["action"] for b in bodies] == [
        "start",
        "resume",
        "resume",
        "start",
        "resume",
        "resume",
        "finish",
    ]
    assert [b["chunk"]["chunk_number"] for b in bodies if b["action"] == "resume"] == [0, 1, 0, 1]
    assert bodies[4]["upload_id"] == "u2"
    assert base64.b64decode(bodies[4]["chunk"]["chunk_content"]) == data[:CHUNK_SIZE]


def test_ranged_download_is_reassembled(connect: Callable[[Api], BookingClient]) -> None:
    data = bytes(range(256)) * 40_000  # 10.24 MB: three ranges

    def part(first: int, last: int) -> httpx.Response:
        return ok({"file_content": base64.b64encode(data[first : last + 1]).decode()})

    api = Api(
        ok({"file_name": "x.png", "file_type": "image/png", "file_size": len(data)}),
        part(0, 4_999_999),
        part(5_000_000, 9_999_999),
        part(10_000_000, len(data) - 1),
    )
    assert connect(api).download_attachment(1, "c", "a") == data
    assert [dict(r.url.params) for r in api.requests[1:]] == [
        {"from": "0", "to": "4999999"},
        {"from": "5000000", "to": "9999999"},
        {"from": "10000000", "to": str(len(data) - 1)},
    ]


def test_logs_carry_ids_never_text_or_secrets(
    connect: Callable[[Api], BookingClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="desktop.booking")
    api = Api(ok({"message_id": "m1", "ok": True}))
    connect(api).send_message(1, "c", SECRET_TEXT)
    assert "ruid=ruid-1" in caplog.text
    assert "POST /messaging/properties/1/conversations/c -> 200" in caplog.text
    assert SECRET_TEXT not in caplog.text
    assert "Basic" not in caplog.text


@pytest.mark.parametrize(
    ("status", "kind", "family"),
    [
        (400, BadRequest, KnownError),
        (401, Unauthorized, AuthError),
        (403, NoAccessToProperty, KnownError),
        (429, RateLimited, NetworkError),
        (500, ServerError, NetworkError),
        (502, ServerError, NetworkError),
        (418, BadRequest, KnownError),
    ],
)
def test_status_mapping(status: int, kind: type[BookingError], family: type[KnownError]) -> None:
    error = error_for_status(status, ruid="r", details={"reason": "x"})
    assert type(error) is kind
    assert isinstance(error, family)
    assert (error.status, error.ruid) == (status, "r")
    assert error.details["status"] == status
    assert error.details["ruid"] == "r"
