"""Shared pytest set-up for every test folder.

Keep each addition small and put the code itself in ``tests/helpers/``. Tests never
touch the real user's data folder: ``FRONTDESK_HOME`` points at a fresh temporary
folder for every test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests run offscreen unless a platform is chosen explicitly (e.g. xcb under Xvfb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The `keychain` marker's requirement (a real Secret Service) and `system_keychain`.
pytest_plugins = ["tests.helpers.keychain", "tests.helpers.inbox_fixtures"]


@pytest.fixture(autouse=True)
def frontdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder for every test, also seen by child processes."""
    home = tmp_path / "frontdesk-home"
    monkeypatch.setenv("FRONTDESK_HOME", str(home))
    return home
