"""Contract tests: token exchange, reuse, refresh, budgets, cache, and Basic auth."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from desktop.booking import (
    BookingClient,
    RateLimited,
    TokenBudget,
    TokenBudgetExhausted,
    Unauthorized,
)
from desktop.errors import AuthError
from desktop.sandbox import SandboxInfo, SandboxServer
from tests.integration.conftest import Admin, ClientFactory

pytestmark = pytest.mark.integration


def tokens_issued(admin: Admin) -> int:
    return int(admin.state()["tokens_issued"])


def test_one_token_serves_many_requests(
    client: BookingClient, admin: Admin, info: SandboxInfo
) -> None:
    before = tokens_issued(admin)
    for _ in range(5):
        client.list_tags(info.property_ids[0])
    assert tokens_issued(admin) - before == 1


def test_expired_token_is_refreshed_once(
    client: BookingClient, admin: Admin, info: SandboxInfo
) -> None:
    client.list_tags(info.property_ids[0])
    before = tokens_issued(admin)
    admin.faults("tags:expire").raise_for_status()
    assert client.list_tags(info.property_ids[0])
    assert tokens_issued(admin) - before == 1


def test_a_second_401_is_unauthorized(
    client: BookingClient, admin: Admin, info: SandboxInfo
) -> None:
    client.list_tags(info.property_ids[0])
    admin.faults("tags:401").raise_for_status()
    with pytest.raises(Unauthorized) as caught:
        client.list_tags(info.property_ids[0])
    assert isinstance(caught.value, AuthError)
    assert admin.state()["faults"] == [{"rule": "tags:401", "remaining": None}]


def test_wrong_secret_is_unauthorized(make_client: ClientFactory, info: SandboxInfo) -> None:
    with pytest.raises(Unauthorized) as caught:
        make_client(secret="wrong").list_tags(info.property_ids[0])
    assert caught.value.status == 401


def test_basic_auth(make_client: ClientFactory, admin: Admin, info: SandboxInfo) -> None:
    before = tokens_issued(admin)
    assert make_client(basic=True).list_tags(info.property_ids[0])
    assert tokens_issued(admin) == before
    with pytest.raises(Unauthorized):
        make_client(basic=True, secret="wrong").list_tags(info.property_ids[0])


def test_token_cache_saves_an_exchange(
    make_client: ClientFactory, admin: Admin, info: SandboxInfo
) -> None:
    class Cache:
        def __init__(self) -> None:
            self.tokens: dict[str, str] = {}

        def get(self, client_id: str) -> str | None:
            return self.tokens.get(client_id)

        def set(self, client_id: str, token: str) -> None:
            self.tokens[client_id] = token

    cache = Cache()
    before = tokens_issued(admin)
    make_client(cache=cache).list_tags(info.property_ids[0])
    make_client(cache=cache).list_tags(info.property_ids[0])
    assert tokens_issued(admin) - before == 1
    assert list(cache.tokens) == [info.client_id]


def test_client_side_budget_stops_exchanges(
    make_client: ClientFactory, admin: Admin, info: SandboxInfo
) -> None:
    client = make_client(budget=TokenBudget(limit=1))
    client.list_tags(info.property_ids[0])
    admin.faults("tags:expire").raise_for_status()
    with pytest.raises(TokenBudgetExhausted) as caught:
        client.list_tags(info.property_ids[0])
    assert 3500 < caught.value.retry_after <= 3600


@pytest.fixture
def stingy_server() -> Iterator[SandboxServer]:
    """A sandbox that allows one token an hour, each living one second."""
    server = SandboxServer(seed=3, token_budget=1, token_lifetime=1.0)
    server.start()
    yield server
    server.stop()


def test_server_budget_answers_429(
    make_client: ClientFactory, stingy_server: SandboxServer
) -> None:
    info = stingy_server.info
    make_client(sandbox=info).list_tags(info.property_ids[0])
    with pytest.raises(RateLimited) as caught:
        make_client(sandbox=info).list_tags(info.property_ids[0])
    assert caught.value.status == 429


def test_tokens_are_refreshed_before_they_expire(
    make_client: ClientFactory, stingy_server: SandboxServer
) -> None:
    info = stingy_server.info
    client = make_client(sandbox=info)
    client.list_tags(info.property_ids[0])
    time.sleep(0.6)  # past half the one-second lifetime: the client refreshes first...
    with pytest.raises(RateLimited):  # ...and this sandbox allows only one token an hour
        client.list_tags(info.property_ids[0])
    assert stingy_server.state.stats()["tokens_issued"] == 1
