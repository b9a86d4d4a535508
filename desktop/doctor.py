"""``frontdesk doctor``: what this installation has and whether it works.

The same checks run at first start of the GUI. Qt is checked in a subprocess so the
core stays Qt-free; URLs are checked with a short timeout, and any HTTP answer (even
401 or 404) means the host answers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass

import httpx

from desktop import __version__
from desktop.cli import QT_PROBE_FLAG
from desktop.credentials import SecretStore
from desktop.http import make_http_client
from desktop.paths import DataPaths
from desktop.settings import PropertyProfile


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the doctor's report."""

    name: str
    ok: bool
    detail: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def check_keychain(store: SecretStore) -> Check:
    status = store.status()
    detail = f"{status.backend} — {status.where}"
    if status.locked:
        detail += " (locked)"
    return Check("keychain", status.usable and status.is_system, detail)


def check_data_folder(data: DataPaths) -> Check:
    try:
        data.ensure()
        with tempfile.NamedTemporaryFile(dir=data.root, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Check("data folder", False, f"{data.root}: {exc.strerror}")
    return Check("data folder", True, str(data.root))


def check_database(data: DataPaths) -> Check:
    from desktop.store import schema_status

    try:
        current, head = schema_status(data.database)
    except Exception as exc:  # reported, not raised: doctor must finish its report
        return Check("database", False, f"{data.database}: {exc}")
    if current is None:
        return Check("database", True, f"not created yet (schema head {head})")
    state = "up to date" if current == head else f"will be migrated to {head}"
    return Check("database", True, f"schema {current}, {state}")


def qt_probe_command() -> list[str]:
    """How to start the Qt probe: the frozen app itself, or ``python -m ui``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, QT_PROBE_FLAG]
    return [sys.executable, "-m", "ui", QT_PROBE_FLAG]


def check_qt(runner: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> Check:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform == "linux":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        done = runner(
            qt_probe_command(), capture_output=True, text=True, timeout=60, env=env, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check("qt platform", False, str(exc))
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return Check("qt platform", False, reason)
    return Check("qt platform", True, done.stdout.strip())


def check_url(name: str, url: str, client: httpx.Client) -> Check:
    try:
        response = client.get(url)
    except httpx.HTTPError as exc:
        return Check(name, False, f"{url}: no answer ({type(exc).__name__})")
    return Check(name, True, f"{url}: answers (HTTP {response.status_code})")


def profile_urls(profile: PropertyProfile) -> list[tuple[str, str]]:
    urls = [
        ("token exchange", str(profile.booking.token_url)),
        ("messaging", str(profile.booking.messaging_url)),
    ]
    if profile.support.gateway_url is not None:
        urls.append(("support gateway", str(profile.support.gateway_url)))
    return urls


def run_checks(
    data: DataPaths,
    profile: PropertyProfile | None,
    store: SecretStore,
    *,
    network: bool = True,
) -> list[Check]:
    """Every check, in the order the report shows them."""
    checks = [
        Check("version", True, __version__),
        check_keychain(store),
        check_data_folder(data),
        check_database(data),
        check_qt(),
    ]
    if profile is None:
        checks.append(Check("property profile", True, "none (configure at first run)"))
        return checks
    names = ", ".join(f"{p.name} ({p.id})" for p in profile.properties)
    checks.append(Check("property profile", True, f"{profile.profile.id}: {names}"))
    if network:
        with make_http_client(timeout=5.0) as client:
            checks.extend(check_url(name, url, client) for name, url in profile_urls(profile))
    return checks
