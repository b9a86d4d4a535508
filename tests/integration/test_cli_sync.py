"""The documented path, as a person runs it: serve, store credentials, sync once."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop.credentials import SecretStore
from desktop.paths import resolve
from desktop.store import open_store
from tests.integration.test_sync import store_message_ids

pytestmark = [pytest.mark.integration, pytest.mark.keychain]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[dict[str, object], Path]]:
    profile = tmp_path / "sandbox-profile.toml"
    command = [sys.executable, "-m", "desktop", "sandbox", "serve", "--port", "0"]
    command += ["--seed", "5", "--profile-out", str(profile), "--data-dir", str(tmp_path)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert server.stdout is not None
    first = json.loads(server.stdout.readline())
    yield first, profile
    server.terminate()
    assert server.wait(timeout=20) == 0
    server.stdout.close()


def frontdesk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_serve_then_credentials_then_sync_brings_the_whole_world(
    served: tuple[dict[str, object], Path], tmp_path: Path
) -> None:
    info, profile = served
    assert set(info) >= {"base_url", "auth_url", "gateway_url", "client_id", "client_secret"}
    data = str(tmp_path / "desk")
    common = ["--data-dir", data, "--property-profile", str(profile)]
    try:
        done = frontdesk(
            "credentials", "set", *common, "--client-id", str(info["client_id"]),
            stdin=f"{info['client_secret']}\n",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        done = frontdesk("sync", "--once", *common)
        assert done.returncode == 0, done.stderr
        new = int(re.search(r"(\d+) new messages", done.stdout).group(1))  # type: ignore[union-attr]
        state = httpx.get(f"{info['admin_url']}/state").json()
        with open_store(resolve(data)) as store:
            stored = len(store_message_ids(store))
        assert new == stored > 1000
        assert stored <= state["messages"]  # the world also holds the 403 property's messages
        again = frontdesk("sync", "--once", *common)
        assert "0 new messages" in again.stdout
    finally:
        SecretStore().forget("sandbox")
