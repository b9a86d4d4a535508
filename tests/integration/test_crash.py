"""Kill ``frontdesk sync --once`` (SIGKILL) at many points; nothing is lost or doubled.

The sandbox runs in this process; each sync runs in a child process against a real
data folder and the real keychain, exactly as a person would run it. After a final,
uninterrupted run:

- every message of the sandbox world is in the store exactly once;
- every outbox entry was delivered exactly once (``sent``), or is visibly ``in_doubt``
  or ``failed`` with at most one copy at Booking.com — never queued-and-forgotten,
  never sent twice.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.booking import BookingClient
from desktop.credentials import CredentialKind, Credentials, SecretStore
from desktop.domain import SYSTEM, OutboxState, SenderKind
from desktop.paths import resolve
from desktop.sandbox import SandboxServer
from desktop.store import conversations as conv_store
from desktop.store import open_store
from desktop.store import outbox as out_store
from tests.integration.test_sync import store_message_ids, world_message_ids, writable_ids

pytestmark = [pytest.mark.integration, pytest.mark.keychain, pytest.mark.slow]

KILL_AFTER = (0.4, 0.8, 1.2, 1.7, 2.2, 2.8, 3.5, 4.3, 5.2, 0.9, 1.5, 2.5)
PROFILE_ID = "crash-test"


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    # Slow sends widen the window in which a kill lands mid-send; "malformed" makes
    # Booking.com accept a message and then garble its answer (the outcome is unknown).
    # Slow thread reads keep a whole first sync (4 threads at a time) a few seconds
    # long, so that most kills land in the middle of one.
    faults = "send:latency=150ms,send:malformed%0.4,conversation:latency=40ms"
    server = SandboxServer(seed=23, faults=faults)
    server.start()
    yield server
    server.stop()


def write_profile(path: Path, server: SandboxServer) -> None:
    info = server.info
    lines = [
        "[profile]",
        f'id = "{PROFILE_ID}"',
        'name = "Crash test"',
        "[booking]",
        f'messaging_url = "{info.base_url}"',
        f'token_url = "{info.auth_url}"',
    ]
    for prop in info.properties:
        lines += ["[[properties]]", f"id = {prop.property_id}", f'name = "{prop.name}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_sync(data: Path, profile: Path, kill_after: float | None) -> int | None:
    command = [sys.executable, "-m", "desktop", "sync", "--once"]
    command += ["--data-dir", str(data), "--property-profile", str(profile)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if kill_after is None:
        _out, err = child.communicate(timeout=180)
        assert child.returncode == 0, err.decode()
        return 0
    time.sleep(kill_after)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    return child.returncode


@pytest.fixture
def keychain_credentials(sandbox: SandboxServer) -> Iterator[None]:
    """The sandbox's credentials in the real keychain, where the child finds them."""
    info = sandbox.info
    secrets = SecretStore()
    secrets.save(PROFILE_ID, Credentials(CredentialKind.TOKEN, info.client_id, info.client_secret))
    yield
    secrets.forget(PROFILE_ID)


@pytest.mark.usefixtures("keychain_credentials")
def test_sigkill_at_many_points_loses_and_doubles_nothing(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    profile = tmp_path / "profile.toml"
    write_profile(profile, sandbox)
    texts = seed_outbox(sandbox, data)

    killed = 0
    for number, delay in enumerate(KILL_AFTER):
        if number % 3 == 0:
            sandbox.state.tick(2)  # guests keep writing between runs
        killed += run_sync(data, profile, delay) == -signal.SIGKILL
    assert killed >= len(KILL_AFTER) // 2, "most runs must really have been killed mid-way"
    run_sync(data, profile, None)

    with open_store(resolve(data)) as store:
        assert store_message_ids(store) == world_message_ids(sandbox)
        for entry in out_store.list_entries(store):
            copies = world_copies(sandbox, entry.conversation_id, texts[entry.conversation_id])
            assert copies <= 1, f"sent twice: {entry}"
            if entry.state is OutboxState.SENT:
                assert copies == 1
            else:
                assert entry.state in (OutboxState.IN_DOUBT, OutboxState.FAILED), entry


def seed_outbox(server: SandboxServer, data: Path) -> dict[str, str]:
    """Queue one reply in each of eight open conversations before any sync ran."""
    info = server.info
    creds = Credentials(CredentialKind.TOKEN, info.client_id, info.client_secret)
    texts: dict[str, str] = {}
    with (
        open_store(resolve(data).ensure()) as store,
        BookingClient(creds, messaging_url=info.base_url, token_url=info.auth_url) as client,
    ):
        for number, (property_id, cid) in enumerate(writable_ids(server)[:8]):
            page = client.get_conversation(property_id, cid)
            conv_store.upsert_conversation(store, page.conversation, SYSTEM, page.participants)
            texts[cid] = f"Reply number {number}: your room is ready."
            out_store.enqueue(store, cid, texts[cid], SYSTEM)
    return texts


def world_copies(server: SandboxServer, conversation_id: str, text: str) -> int:
    with server.state.lock:
        conversation = next(
            c
            for c in server.state.world.conversations.values()
            if c.conversation_id == conversation_id
        )
        return sum(
            1
            for m in conversation.messages
            if m.sender is SenderKind.PROPERTY and m.content == text
        )
