"""One sandbox for the contract tests, admin helpers, and clients with instant retries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pytest

from desktop.booking import BookingClient, RetryPolicy, TokenBudget
from desktop.booking.auth import TokenCache
from desktop.credentials import CredentialKind, Credentials
from desktop.domain import ConversationType, utcnow
from desktop.sandbox import SandboxInfo, SandboxServer
from desktop.sandbox.world import WorldConversation

#: Generous: the session's clients each exchange a token; budget tests use their own server.
SESSION_TOKEN_BUDGET = 10_000


@pytest.fixture(scope="session")
def server() -> Iterator[SandboxServer]:
    sandbox = SandboxServer(seed=7, token_budget=SESSION_TOKEN_BUDGET)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture(scope="session")
def info(server: SandboxServer) -> SandboxInfo:
    return server.info


class Admin:
    """The sandbox's admin endpoints, over HTTP like any test tool would use them."""

    def __init__(self, info: SandboxInfo) -> None:
        self._http = httpx.Client(base_url=info.admin_url, trust_env=False)

    def faults(self, spec: str, *, replace: bool = True) -> httpx.Response:
        return self._http.post("/faults", json={"spec": spec, "replace": replace})

    def tick(self, count: int = 1) -> list[dict[str, Any]]:
        response = self._http.post("/tick", json={"count": count})
        response.raise_for_status()
        messages: list[dict[str, Any]] = response.json()["messages"]
        return messages

    def state(self) -> dict[str, Any]:
        response = self._http.get("/state")
        response.raise_for_status()
        state: dict[str, Any] = response.json()
        return state

    def requests(self, route: str) -> int:
        return int(self.state()["requests"].get(route, 0))

    def close(self) -> None:
        self._http.close()


@pytest.fixture(scope="session")
def session_admin(info: SandboxInfo) -> Iterator[Admin]:
    admin = Admin(info)
    yield admin
    admin.close()


@pytest.fixture
def admin(session_admin: Admin) -> Iterator[Admin]:
    """The admin helper; faults are cleared after each test."""
    yield session_admin
    session_admin.faults("").raise_for_status()


@dataclass
class Sleeps:
    """The retry sleeps a client asked for (none really happen)."""

    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


ClientFactory = Callable[..., BookingClient]


@pytest.fixture
def make_client(info: SandboxInfo, sleeps: Sleeps) -> Iterator[ClientFactory]:
    """Clients on the sandbox, closed after the test; retries sleep nowhere."""
    made: list[BookingClient] = []

    def make(
        *,
        timeout: float = 2.0,
        basic: bool = False,
        secret: str | None = None,
        budget: TokenBudget | None = None,
        cache: TokenCache | None = None,
        sandbox: SandboxInfo | None = None,
    ) -> BookingClient:
        target = sandbox or info
        if basic:
            creds = Credentials(
                CredentialKind.BASIC, target.account.username, secret or target.account.password
            )
        else:
            creds = Credentials(
                CredentialKind.TOKEN, target.client_id, secret or target.client_secret
            )
        client = BookingClient(
            creds,
            messaging_url=target.base_url,
            token_url=target.auth_url,
            timeout=timeout,
            retry=RetryPolicy(sleep=sleeps, jitter=lambda: 1.0),
            budget=budget,
            token_cache=cache,
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: ClientFactory) -> BookingClient:
    return make_client()


def pick(
    server: SandboxServer,
    predicate: Callable[[WorldConversation], bool],
) -> WorldConversation:
    """The first conversation of an accessible property that ``predicate`` accepts."""
    state = server.state
    with state.lock:
        for conversation in state.world.conversations.values():
            if state.accessible(conversation.property_id) and predicate(conversation):
                return conversation
    raise AssertionError("no such conversation in the sandbox world")


def writable(conversation: WorldConversation) -> bool:
    """A reservation conversation the property may write in for at least a day more."""
    until = conversation.property_can_write_until()
    return (
        conversation.conversation_type is ConversationType.RESERVATION
        and until is not None
        and until > utcnow() + timedelta(days=1)
    )


def read_only(conversation: WorldConversation) -> bool:
    return conversation.conversation_type is ConversationType.RESERVATION and (
        not conversation.property_can_write(utcnow())
    )


def request_to_book(conversation: WorldConversation) -> bool:
    return conversation.conversation_type is ConversationType.REQUEST_TO_BOOK and (
        conversation.property_can_write(utcnow())
    )
