"""The sandbox server itself: start/stop, ports, ``serve()`` as a process, determinism."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import UTC, datetime

import httpx
import pytest

from desktop.sandbox import FaultSpecError, SandboxServer
from desktop.sandbox.stories import build_world

pytestmark = pytest.mark.integration


def test_servers_start_on_free_ports_and_stop_cleanly() -> None:
    with SandboxServer(seed=1) as first, SandboxServer(seed=1) as second:
        assert first.port != second.port
        for info in (first, second):
            response = httpx.get(f"{info.admin_url}/state", trust_env=False)
            assert response.json()["seed"] == 1
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{first.admin_url}/state", trust_env=False)


def test_invalid_faults_fail_before_serving() -> None:
    with pytest.raises(FaultSpecError):
        SandboxServer(faults="send:teapot")


def test_messaging_needs_credentials() -> None:
    with SandboxServer(seed=2) as info:
        response = httpx.get(f"{info.base_url}/messages/latest", trust_env=False)
    assert response.status_code == 401
    body = response.json()
    assert body["errors"][0]["message"] == "Access denied"
    assert body["meta"]["ruid"] == response.headers["X-Booking-RUID"]


def test_same_seed_same_world() -> None:
    now = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

    def shape(seed: int) -> list[tuple[str, str, list[str]]]:
        world = build_world(seed, now)
        return [
            (c.conversation_id, c.reference, [m.content for m in c.messages])
            for c in world.conversations.values()
        ]

    assert shape(5) == shape(5)
    assert shape(5) != shape(6)


def test_serve_prints_its_description_first_and_stops_on_sigterm() -> None:
    code = "import sys; from desktop.sandbox import serve; sys.exit(serve(0, 4, 'send:500@1'))"
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        description = json.loads(process.stdout.readline())
        assert set(description) >= {
            "base_url", "auth_url", "gateway_url", "client_id", "client_secret", "property_ids"
        }  # fmt: skip
        assert description["gateway_url"].endswith("/support-gateway/v1")
        token = httpx.post(
            description["auth_url"],
            json={
                "client_id": description["client_id"],
                "client_secret": description["client_secret"],
            },
            trust_env=False,
        ).json()["jwt"]
        response = httpx.get(
            f"{description['base_url']}/properties/{description['property_ids'][0]}/tags",
            headers={"Authorization": f"Bearer {token}"},
            trust_env=False,
        )
        assert response.status_code == 200
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, errors
    assert "[tags] -> 200" in errors
