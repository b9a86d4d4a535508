"""Token budget, token reuse and refresh, cache hook, Basic auth (no network)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import jwt
import pytest

from desktop.booking import (
    BasicAuth,
    MalformedResponse,
    TokenAuth,
    TokenBudget,
    TokenBudgetExhausted,
    Unauthorized,
)
from desktop.booking.auth import TokenCache, is_basic, token_expiry
from desktop.credentials import CredentialKind
from desktop.errors import AuthError, KeychainError

KEY = "k" * 64


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_token(iat: float, lifetime: float = 3600.0, **claims: object) -> str:
    body = {"iat": int(iat), "exp": int(iat + lifetime), "client_id": "c", **claims}
    return jwt.encode(body, KEY, algorithm="HS256")


class Exchange:
    """A fake token endpoint counting its calls."""

    def __init__(self, clock: Clock, status: int = 200, lifetime: float = 3600.0) -> None:
        self.clock, self.status, self.lifetime = clock, status, lifetime
        self.calls: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(json.loads(request.content))
        if self.status != 200:
            return httpx.Response(self.status, json={"errors": [{"message": "Access denied"}]})
        token = make_token(self.clock.now, self.lifetime, n=len(self.calls))
        return httpx.Response(200, json={"jwt": token, "ruid": f"r{len(self.calls)}"})


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def exchange(clock: Clock) -> Exchange:
    return Exchange(clock)


@pytest.fixture
def http(exchange: Exchange) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.MockTransport(exchange)) as client:
        yield client


def auth_for(
    http: httpx.Client,
    clock: Clock,
    *,
    budget: TokenBudget | None = None,
    cache: TokenCache | None = None,
) -> TokenAuth:
    return TokenAuth(
        "c", "s3cret", http=http, exchange_url="https://a.test/x", clock=clock, budget=budget,
        cache=cache,
    )  # fmt: skip


def test_budget_rolls_over_an_hour() -> None:
    clock = Clock(0.0)
    budget = TokenBudget(limit=2, window=3600.0, clock=clock)
    budget.acquire()
    clock.now = 100.0
    budget.acquire()
    assert budget.remaining() == 0
    with pytest.raises(TokenBudgetExhausted) as caught:
        budget.acquire()
    assert caught.value.retry_after == pytest.approx(3500.0)
    assert isinstance(caught.value, AuthError)
    clock.now = 3600.0
    budget.acquire()
    assert budget.remaining() == 0
    clock.now = 3700.0
    assert budget.remaining() == 1


def test_token_is_reused_until_five_minutes_before_expiry(
    http: httpx.Client, clock: Clock, exchange: Exchange
) -> None:
    auth = auth_for(http, clock)
    first = auth.header()
    assert first.startswith("Bearer ")
    assert exchange.calls == [{"client_id": "c", "client_secret": "s3cret"}]
    clock.now += 3600 - 301
    assert auth.header() == first
    clock.now += 2
    assert auth.header() != first
    assert len(exchange.calls) == 2


def test_short_tokens_are_refreshed_at_half_life(
    http: httpx.Client, clock: Clock, exchange: Exchange
) -> None:
    exchange.lifetime = 60
    auth = auth_for(http, clock)
    first = auth.header()
    clock.now += 29
    assert auth.header() == first
    clock.now += 2
    assert auth.header() != first


def test_refresh_after_401_happens_once_for_concurrent_callers(
    http: httpx.Client, clock: Clock, exchange: Exchange
) -> None:
    auth = auth_for(http, clock)
    rejected = auth.header()
    fresh = auth.refresh(rejected)
    assert fresh != rejected
    assert auth.refresh(rejected) == fresh  # a second thread with the same stale token
    assert len(exchange.calls) == 2


def test_refused_exchange_is_unauthorized(
    http: httpx.Client, clock: Clock, exchange: Exchange
) -> None:
    exchange.status = 401
    with pytest.raises(Unauthorized) as caught:
        auth_for(http, clock).header()
    assert "client id or secret" in caught.value.message


def test_budget_is_checked_before_exchanging(
    http: httpx.Client, clock: Clock, exchange: Exchange
) -> None:
    auth = auth_for(http, clock, budget=TokenBudget(limit=1, clock=clock))
    stale = auth.header()
    with pytest.raises(TokenBudgetExhausted):
        auth.refresh(stale)
    assert len(exchange.calls) == 1


def test_cache_is_read_then_written(http: httpx.Client, clock: Clock, exchange: Exchange) -> None:
    cached = make_token(clock.now)

    class Cache:
        def __init__(self) -> None:
            self.stored = {"c": cached}

        def get(self, client_id: str) -> str | None:
            return self.stored.get(client_id)

        def set(self, client_id: str, token: str) -> None:
            self.stored[client_id] = token

    cache = Cache()
    auth = auth_for(http, clock, cache=cache)
    assert auth.header() == f"Bearer {cached}"
    assert exchange.calls == []
    auth.refresh(f"Bearer {cached}")
    assert cache.stored["c"] != cached
    assert len(exchange.calls) == 1


def test_a_broken_cache_does_not_stop_signing_in(
    http: httpx.Client, clock: Clock, exchange: Exchange
) -> None:
    class Locked:
        def get(self, client_id: str) -> str | None:
            raise KeychainError()

        def set(self, client_id: str, token: str) -> None:
            raise KeychainError()

    assert auth_for(http, clock, cache=Locked()).header().startswith("Bearer ")


def test_expired_or_garbage_cache_entries_are_ignored(
    http: httpx.Client, clock: Clock, exchange: Exchange
) -> None:
    class Cache:
        def __init__(self, token: str) -> None:
            self.token = token

        def get(self, client_id: str) -> str | None:
            return self.token

        def set(self, client_id: str, token: str) -> None:
            self.token = token

    for stale in ("not a jwt", make_token(clock.now - 3600)):
        auth_for(http, clock, cache=Cache(stale)).header()
    assert len(exchange.calls) == 2


def test_token_expiry_reads_exp_without_a_key() -> None:
    assert token_expiry(make_token(1000.0, 60), now=0.0) == 1060.0
    no_exp = jwt.encode({"iat": 1}, KEY, algorithm="HS256")
    assert token_expiry(no_exp, now=5.0) == 3605.0
    with pytest.raises(MalformedResponse):
        token_expiry("abc", now=0.0)


def test_basic_auth_and_kind_detection() -> None:
    assert BasicAuth("user", "pa:ss").header() == "Basic dXNlcjpwYTpzcw=="
    assert is_basic(CredentialKind.BASIC)
    assert is_basic("basic")
    assert not is_basic(CredentialKind.TOKEN)
