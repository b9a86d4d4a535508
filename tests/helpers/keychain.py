"""The real Secret Service for tests marked ``keychain``. Loaded by ``tests/conftest.py``.

A test marked ``@pytest.mark.keychain`` runs only when ``keyring`` finds a real, unlocked
Secret Service, as inside ``scripts/with-keychain``. Without one it is skipped locally,
and fails under ``CI=true``: CI must never pass by skipping the keychain tests.

The ``system_keychain`` fixture gives a :class:`SecretStore` over the default keyring
backend, under a service name of its own, and removes whatever the test left there.
"""

from __future__ import annotations

import sys

# Checked before importing pytest ourselves: only a pytest run may load this module.
if "pytest" not in sys.modules:  # pragma: no cover - the point is to refuse
    raise RuntimeError("tests.helpers.keychain is a pytest plugin; it is not for Frontdesk.")

import functools
import os
import secrets
from collections.abc import Iterator
from contextlib import closing

import pytest

from desktop.credentials import KeychainStatus, SecretStore

SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"
RUN_HINT = (
    "Run them inside a throwaway keychain: "
    "scripts/with-keychain .venv/bin/python -m pytest -m keychain "
    "(it needs: apt-get install -y --no-install-recommends gnome-keyring dbus-user-session)."
)


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@functools.cache
def default_keychain_status() -> KeychainStatus:
    """What ``keyring`` found in this test process (probed once)."""
    return SecretStore().status()


def require_secret_service(status: KeychainStatus, *, ci: bool) -> None:
    """Return if ``status`` is a usable Secret Service; otherwise skip, or fail in CI."""
    if status.backend == SECRET_SERVICE_BACKEND and status.usable:
        return
    found = (status.problem or status.where).rstrip(".")
    message = (
        "The keychain tests need a real, unlocked Secret Service, but keyring found "
        f"{status.backend}: {found}. {RUN_HINT}"
    )
    if ci:
        pytest.fail(f"CI=true: refusing to skip. {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _keychain_marker_needs_secret_service(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("keychain") is not None:
        require_secret_service(default_keychain_status(), ci=running_in_ci())


def secret_service_items(service: str) -> list[str]:
    """The user names kept under ``service`` in the default Secret Service collection."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        return sorted(
            item.get_attributes().get("username", "")
            for item in collection.search_items({"service": service})
        )


def delete_secret_service_items(service: str) -> None:
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        for item in collection.search_items({"service": service}):
            item.delete()


@pytest.fixture
def system_keychain() -> Iterator[SecretStore]:
    """A store over the real default keychain, under a service name used by this test only."""
    require_secret_service(default_keychain_status(), ci=running_in_ci())
    store = SecretStore(service=f"frontdesk-test-{secrets.token_hex(6)}")
    yield store
    delete_secret_service_items(store.service)
