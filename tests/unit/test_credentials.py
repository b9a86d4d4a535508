"""Secrets go to the system keychain or, chosen explicitly, to memory; never to a file.

Tests marked ``keychain`` use the real Secret Service: run them with
``scripts/with-keychain .venv/bin/python -m pytest -m keychain``.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from keyring.errors import InitError, KeyringError, KeyringLocked, PasswordSetError

from desktop import cli, logs
from desktop.credentials import (
    SESSION_ONLY_WHERE,
    CredentialKind,
    Credentials,
    KeychainKind,
    KeychainStatus,
    MemoryBackend,
    SecretBackend,
    SecretStore,
)
from desktop.errors import BadInputError, KeychainError
from tests.helpers.fake_keyrings import (
    PlaintextKeyring,
    SecretServiceKeyring,
    StoppedSecretServiceKeyring,
    UnknownKeyring,
)
from tests.helpers.keychain import require_secret_service, secret_service_items

SECRET = "s3cr3t-Zq9!hôtel"  # non-ASCII on purpose: checked as UTF-8 and UTF-16 too
TOKEN = Credentials(CredentialKind.TOKEN, "machine-account-42", SECRET)
BASIC = Credentials(CredentialKind.BASIC, "hotel-du-lac-api", SECRET + "-basic")
PROFILE = "hotel-du-lac"


def encodings_of(secret: str) -> list[bytes]:
    """The ways a secret could sit in a file: raw, UTF-16 (Windows), base64 (keyrings.alt)."""
    raw = secret.encode()
    return [raw, secret.encode("utf-16-le"), base64.b64encode(raw), base64.b64encode(raw)[:-4]]


def files_containing(root: Path, secret: str) -> list[Path]:
    needles = encodings_of(secret)
    return [
        path
        for path in sorted(root.rglob("*"))
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """``cli.main`` configures the root logger; put it back as it was."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


# -- the real Secret Service (scripts/with-keychain) --------------------------------------


@pytest.mark.keychain
def test_status_reports_an_unlocked_secret_service(system_keychain: SecretStore) -> None:
    status = system_keychain.status()
    assert status.backend == "keyring.backends.SecretService.Keyring"
    assert status.kind is KeychainKind.SYSTEM
    assert status.is_system
    assert status.usable
    assert not status.locked
    assert status.problem == ""
    assert "Secret Service" in status.where


@pytest.mark.keychain
@pytest.mark.parametrize(
    ("creds", "entries"),
    [
        (TOKEN, ["hotel-du-lac:booking-client-id", "hotel-du-lac:booking-client-secret"]),
        (BASIC, ["hotel-du-lac:booking-password", "hotel-du-lac:booking-username"]),
    ],
)
def test_credentials_round_trip_through_the_secret_service(
    system_keychain: SecretStore, creds: Credentials, entries: list[str]
) -> None:
    store = system_keychain
    assert store.load(PROFILE) is None
    store.save(PROFILE, creds)
    assert secret_service_items(store.service) == entries
    assert store.load(PROFILE) == creds
    # A second store (a new Frontdesk process) finds them too.
    assert SecretStore(service=store.service).load(PROFILE) == creds
    store.forget(PROFILE)
    assert store.load(PROFILE) is None
    assert secret_service_items(store.service) == []
    store.forget(PROFILE)  # nothing left to forget is not an error


@pytest.mark.keychain
def test_saving_the_other_kind_replaces_the_credentials(system_keychain: SecretStore) -> None:
    store = system_keychain
    store.save(PROFILE, TOKEN)
    store.save(PROFILE, BASIC)
    assert store.load(PROFILE) == BASIC
    assert secret_service_items(store.service) == [
        "hotel-du-lac:booking-password",
        "hotel-du-lac:booking-username",
    ]
    store.save("hotel-du-port", TOKEN)  # profiles do not share entries
    assert store.load(PROFILE) == BASIC
    assert store.load("hotel-du-port") == TOKEN


@pytest.mark.keychain
def test_other_secrets_round_trip_through_the_secret_service(
    system_keychain: SecretStore,
) -> None:
    store = system_keychain
    jwt = '{"token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln", "expires_at": "2026-11-27T10:00:00Z"}'
    store.set_secret("hotel-du-lac:booking-jwt", jwt)
    store.set_secret("support-gateway-token", SECRET)
    assert store.get_secret("hotel-du-lac:booking-jwt") == jwt
    assert store.get_secret("support-gateway-token") == SECRET
    store.delete_secret("hotel-du-lac:booking-jwt")
    store.delete_secret("hotel-du-lac:booking-jwt")
    assert store.get_secret("hotel-du-lac:booking-jwt") is None
    assert secret_service_items(store.service) == ["support-gateway-token"]


@pytest.mark.keychain
@pytest.mark.usefixtures("restore_logging")
def test_no_secret_is_written_under_the_data_folder(
    system_keychain: SecretStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    # The command line, with the default service, as an administrator would use it.
    key = "property-900000001"
    common = ["--data-dir", str(data), "--property", "900000001"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(SECRET + "-cli\n"))
    try:
        assert cli.main(["credentials", "set", *common, "--client-id", "cli-client"]) == 0
        assert cli.main(["credentials", "check", *common]) == 0
        assert SecretStore().load(key) == Credentials(
            CredentialKind.TOKEN, "cli-client", SECRET + "-cli"
        )
    finally:
        SecretStore().forget(key)
    out = capsys.readouterr().out
    assert "Secret Service" in out
    assert SECRET not in out
    # Then the store itself, with everything (keyring and D-Bus included) logged at DEBUG.
    log_file = logs.configure(data / "logs", level=logging.DEBUG)
    store = system_keychain
    store.save(PROFILE, TOKEN)
    store.set_secret("support-gateway-token", SECRET + "-gateway")
    creds = store.load(PROFILE)
    logging.getLogger("desktop.test").info("loaded %r from %s", creds, store.status().where)
    assert store.get_secret("support-gateway-token") == SECRET + "-gateway"
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "loaded Credentials(kind=token" in log_file.read_text(encoding="utf-8")
    for secret in (SECRET, SECRET + "-gateway", SECRET + "-cli", "cli-client"):
        assert files_containing(data, secret) == []
    # The keychain's own file (under scripts/with-keychain's throwaway home) is encrypted.
    keyrings = Path(os.environ.get("XDG_DATA_HOME", "~/.local/share")).expanduser() / "keyrings"
    if keyrings.is_dir():
        assert files_containing(keyrings, SECRET) == []


def test_the_file_scan_would_find_a_plaintext_keyring(tmp_path: Path) -> None:
    (tmp_path / "keyring_pass.cfg").write_bytes(
        b"[frontdesk]\nhotel-du-lac = " + base64.b64encode(SECRET.encode()) + b"\n"
    )
    (tmp_path / "clean.txt").write_text("nothing here", encoding="utf-8")
    assert files_containing(tmp_path, SECRET) == [tmp_path / "keyring_pass.cfg"]


# -- no keychain: refuse, and offer the session-only store --------------------------------


@pytest.mark.parametrize("backend_class", [fail.Keyring, null.Keyring], ids=["fail", "null"])
def test_no_keychain_is_reported_and_refused(backend_class: type[SecretBackend]) -> None:
    store = SecretStore(backend_class())
    status = store.status()
    assert status.kind is KeychainKind.NONE
    assert not status.usable
    assert not status.locked
    assert not status.is_system
    assert status.where.startswith("nowhere")
    assert "No system keychain" in status.problem

    with pytest.raises(KeychainError, match="No system keychain is available") as caught:
        store.save(PROFILE, TOKEN)
    error = caught.value
    assert "Remember for this session only" in error.next_step
    if sys.platform.startswith("linux"):
        assert "gnome-keyring" in error.next_step
    assert error.details["reason"] == "missing"
    assert SECRET not in error.one_line()
    for call in (
        lambda: store.load(PROFILE),
        lambda: store.forget(PROFILE),
        lambda: store.set_secret("support-gateway-token", SECRET),
        lambda: store.get_secret("support-gateway-token"),
        lambda: store.delete_secret("support-gateway-token"),
    ):
        with pytest.raises(KeychainError):
            call()


def test_the_session_only_store_works_and_says_where() -> None:
    store = SecretStore.session_only()
    status = store.status()
    assert status == KeychainStatus(
        "desktop.credentials.MemoryBackend",
        KeychainKind.MEMORY,
        usable=True,
        locked=False,
        where=SESSION_ONLY_WHERE,
    )
    assert status.where == "memory only, forgotten when Frontdesk closes"
    assert not status.is_system
    store.save(PROFILE, TOKEN)
    assert store.load(PROFILE) == TOKEN
    store.save(PROFILE, BASIC)
    assert store.load(PROFILE) == BASIC
    store.set_secret("support-gateway-token", SECRET)
    assert store.get_secret("support-gateway-token") == SECRET
    assert SecretStore.session_only().load(PROFILE) is None  # each session has its own
    store.forget(PROFILE)
    store.delete_secret("support-gateway-token")
    assert store.load(PROFILE) is None
    assert store.get_secret("support-gateway-token") is None


def test_the_memory_backend_is_never_offered_to_keyring() -> None:
    assert not issubclass(MemoryBackend, keyring.backend.KeyringBackend)
    assert SecretStore(MemoryBackend()).status().kind is KeychainKind.MEMORY


@pytest.mark.parametrize(
    ("backend", "name"),
    [
        (PlaintextKeyring(), "keyrings.alt.file.PlaintextKeyring"),
        (UnknownKeyring(), "keyrings.example.cloud.UnknownKeyring"),
    ],
)
def test_plaintext_and_unknown_backends_are_insecure_and_refused(
    backend: PlaintextKeyring, name: str
) -> None:
    store = SecretStore(backend)
    status = store.status()
    assert status.backend == name
    assert status.kind is KeychainKind.INSECURE
    assert not status.usable
    assert name in status.where
    with pytest.raises(KeychainError, match="will not keep secrets") as caught:
        store.save(PROFILE, TOKEN)
    assert caught.value.details["reason"] == "insecure"
    with pytest.raises(KeychainError):
        store.load(PROFILE)
    assert backend.calls == []  # refused before reading or writing anything
    assert backend.items == {}


# -- a locked or broken system keychain --------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        KeyringLocked("Failed to unlock the collection!"),
        InitError("Failed to create the collection: Prompt dismissed.."),
    ],
    ids=["KeyringLocked", "InitError"],
)
def test_a_locked_keychain_says_it_is_locked(error: KeyringError) -> None:
    backend = SecretServiceKeyring(error)
    store = SecretStore(backend)
    status = store.status()
    assert status.kind is KeychainKind.SYSTEM
    assert status.locked
    assert not status.usable
    assert "locked" in status.problem
    assert backend.calls == [("get", "keychain-probe")]  # the probe only reads

    with pytest.raises(KeychainError, match="is locked") as caught:
        store.save(PROFILE, TOKEN)
    assert caught.value.details["reason"] == "locked"
    assert "Unlock" in caught.value.next_step
    assert isinstance(caught.value.__cause__, KeyringError)
    with pytest.raises(KeychainError, match="is locked"):
        store.load(PROFILE)


def test_a_failing_keychain_call_is_a_keychain_error() -> None:
    backend = SecretServiceKeyring()
    store = SecretStore(backend)
    assert store.status().usable
    backend.error = PasswordSetError("Can't store password on keychain")
    with pytest.raises(KeychainError, match="did not answer: PasswordSetError") as caught:
        store.save(PROFILE, TOKEN)
    assert caught.value.details["reason"] == "failed"


def test_a_stopped_keychain_daemon_is_reported_as_missing() -> None:
    store = SecretStore(StoppedSecretServiceKeyring(ConnectionRefusedError("no daemon")))
    status = store.status()
    assert status.kind is KeychainKind.SYSTEM
    assert not status.usable
    assert "not running" in status.problem
    with pytest.raises(KeychainError, match="No system keychain") as caught:
        store.load(PROFILE)
    assert caught.value.details["reason"] == "missing"


def test_a_working_stub_keychain_keeps_entries_under_the_documented_names() -> None:
    backend = SecretServiceKeyring()
    store = SecretStore(backend)
    store.save(PROFILE, TOKEN)
    assert backend.items == {
        ("frontdesk", "hotel-du-lac:booking-client-id"): "machine-account-42",
        ("frontdesk", "hotel-du-lac:booking-client-secret"): SECRET,
    }


# -- reprs, validation, and the fakes themselves -----------------------------------------


def test_reprs_never_show_a_secret() -> None:
    store = SecretStore.session_only()
    store.save(PROFILE, TOKEN)
    texts = [repr(TOKEN), str(TOKEN), repr(BASIC), repr(store), repr(store.status())]
    texts.append(repr(store._backend))  # the memory backend's own repr
    for text in texts:
        assert SECRET not in text
    assert repr(TOKEN) == (
        "Credentials(kind=token, identifier='machine-account-42', secret=<hidden>)"
    )
    assert f"{TOKEN}" == repr(TOKEN)


def test_bad_input_is_refused() -> None:
    with pytest.raises(BadInputError):
        Credentials(CredentialKind.TOKEN, " ", SECRET)
    with pytest.raises(BadInputError):
        Credentials(CredentialKind.TOKEN, "id", "")
    store = SecretStore.session_only()
    for profile_id in ("", "a:b", "../x", "with space"):
        with pytest.raises(ValueError, match="profile id"):
            store.save(profile_id, TOKEN)
    for name in ("", "hotel-du-lac:booking-client-secret", "x:keychain-probe", "a b"):
        with pytest.raises(ValueError, match="secret name"):
            store.set_secret(name, "value")
    with pytest.raises(ValueError, match="empty"):
        store.set_secret("support-gateway-token", "")


@pytest.mark.parametrize("module", ["tests.helpers.fake_keyrings", "tests.helpers.keychain"])
def test_test_fakes_refuse_to_load_outside_pytest(module: str) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "RuntimeError" in result.stderr


def test_missing_secret_service_skips_locally_and_fails_in_ci() -> None:
    no_keychain: type[SecretBackend] = fail.Keyring
    missing = SecretStore(no_keychain()).status()
    with pytest.raises(pytest.skip.Exception, match="scripts/with-keychain"):
        require_secret_service(missing, ci=False)
    with pytest.raises(pytest.fail.Exception, match=r"CI=true: refusing to skip\..*with-keychain"):
        require_secret_service(missing, ci=True)
    usable = KeychainStatus(
        "keyring.backends.SecretService.Keyring", KeychainKind.SYSTEM, True, False, "here"
    )
    require_secret_service(usable, ci=True)


@pytest.mark.keychain
def test_support_gateway_credentials_go_to_the_keychain_by_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.support.gateway_client import load_gateway_credentials

    monkeypatch.setattr(sys, "stdin", io.StringIO("gateway-secret-42\n"))
    common = ["--data-dir", str(tmp_path / "data")]
    args = ["credentials", "set", "--support-gateway", *common, "--client-id", "gw-client"]
    assert cli.main(args) == 0
    try:
        loaded = load_gateway_credentials(SecretStore(), "default")
        assert (loaded.client_id, loaded.client_secret) == ("gw-client", "gateway-secret-42")
        assert files_containing(tmp_path, "gateway-secret-42") == []
    finally:
        assert cli.main(["credentials", "forget", "--support-gateway", *common]) == 0
