"""The sandbox world's size parameter, its list order, and token checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain import SenderKind
from desktop.sandbox.state import SandboxState
from desktop.sandbox.stories import DEFAULT_READABLE, build_world, world_size
from desktop.sandbox.tokens import TokenIssuer
from desktop.sandbox.world import World, WorldMessage

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def readable(world: World) -> int:
    return sum(1 for c in world.conversations.values() if c.property_id != 1003003)


def test_the_default_world_is_unchanged_by_the_size_parameter() -> None:
    default = build_world(7, NOW)
    same = build_world(7, NOW, conversations=DEFAULT_READABLE)
    assert readable(default) == DEFAULT_READABLE == 410
    assert list(default.conversations) == list(same.conversations)


@pytest.mark.parametrize("size", [1, 60, 1000])
def test_a_world_holds_about_the_conversations_asked_for(size: int) -> None:
    world = build_world(3, NOW, conversations=size)
    reservations, requests = world_size(size)
    assert len(world.conversations) == sum(reservations) + sum(requests)
    assert abs(readable(world) - size) <= max(4, size // 50)
    assert all(n >= 1 for n in (*reservations, *requests))


def test_a_world_needs_a_conversation() -> None:
    with pytest.raises(ValueError, match="at least one"):
        world_size(0)


def test_the_list_order_follows_new_messages() -> None:
    world = build_world(5, NOW)
    before = world.conversations_of(1001001)
    oldest = before[-1]
    assert world.conversations_of(1001001) is before  # sorted once per state of the world
    oldest.messages.append(WorldMessage("new", SenderKind.GUEST, NOW + timedelta(minutes=1)))
    after = world.conversations_of(1001001)
    assert after[0] is oldest
    assert sorted(c.conversation_id for c in after) == sorted(c.conversation_id for c in before)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_token_checked_once_still_expires_and_can_be_revoked() -> None:
    clock = Clock()
    issuer = TokenIssuer(lifetime=60, clock=clock)
    token = issuer.exchange("sandbox-client", "sandbox-secret")
    assert issuer.accepts(f"Bearer {token}")
    assert issuer.accepts(f"Bearer {token}")  # the remembered check
    clock.now += 61
    assert not issuer.accepts(f"Bearer {token}")
    clock.now -= 61
    assert issuer.accepts(f"Bearer {token}")
    issuer.revoke_all()
    assert not issuer.accepts(f"Bearer {token}")
    assert not issuer.accepts(f"Bearer {token}x")  # a forged signature is never remembered


def test_the_sandbox_state_serves_a_sized_world() -> None:
    state = SandboxState(build_world(9, NOW, conversations=100), TokenIssuer())
    assert state.accessible(1001001)
    assert (
        90
        <= sum(1 for c in state.world.conversations.values() if state.accessible(c.property_id))
        <= 110
    )
