"""The command line as pinned in the foundation issue: exit codes, Qt-free core."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__, cli
from ui.main import first_command

PROFILE = """
[profile]
id = "hotel-du-lac"
name = "Hôtel du Lac"

[[properties]]
id = 1234567
name = "Hôtel du Lac"
timezone = "Europe/Paris"
"""


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, input=stdin, timeout=120
    )


def test_version_is_printed_by_both_entry_points() -> None:
    for entry in (["-m", "desktop"], ["-m", "ui"]):
        done = run(*entry, "--version")
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"frontdesk {__version__}"


def test_the_core_runs_without_importing_qt() -> None:
    code = (
        "import sys; from desktop import cli; cli.build_parser(); "
        "import desktop.doctor, desktop.cli_commands, desktop.settings, desktop.credentials; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))))"
    )
    done = run("-c", code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["no-such-command"])
    assert caught.value.code == 2
    done = run("-m", "ui", "--smoke")  # --smoke needs --sandbox
    assert done.returncode == 2
    assert "--sandbox" in done.stderr


def test_a_bad_profile_exits_1_with_one_line_naming_the_key(tmp_path: Path) -> None:
    profile = tmp_path / "bad.toml"
    profile.write_text(PROFILE.replace("Europe/Paris", "Mars/Olympus"), encoding="utf-8")
    done = run("-m", "desktop", "doctor", "--offline", "--property-profile", str(profile))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "properties[0].timezone" in lines[0]
    assert "Mars/Olympus" in lines[0]


def test_an_empty_secret_on_stdin_is_refused(tmp_path: Path) -> None:
    done = run(
        "-m", "desktop", "credentials", "set", "--data-dir", str(tmp_path), "--client-id", "x"
    )
    assert done.returncode == 1
    assert "No secret was given" in done.stderr


def test_gui_arguments_and_headless_commands_are_told_apart() -> None:
    assert first_command(["--data-dir", "doctor", "--sandbox"]) is None
    assert first_command(["--data-dir", "/tmp/x", "doctor", "--json"]) == "doctor"
    assert first_command(["--property-profile", "p.toml", "credentials", "set"]) == "credentials"


@pytest.mark.keychain
def test_doctor_reports_a_real_secret_service(tmp_path: Path) -> None:
    profile = tmp_path / "p.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    done = run(
        "-m", "desktop", "doctor", "--json", "--offline",
        "--data-dir", str(tmp_path / "data"), "--property-profile", str(profile),
    )  # fmt: skip
    checks = {c["name"]: c for c in json.loads(done.stdout)}
    assert checks["keychain"]["ok"], checks["keychain"]
    assert "SecretService" in checks["keychain"]["detail"]
    assert checks["data folder"]["ok"]
    assert checks["qt platform"]["ok"], checks["qt platform"]
    assert checks["property profile"]["detail"].startswith("hotel-du-lac: Hôtel du Lac (1234567)")
    assert checks["database"]["ok"]
    assert done.returncode == 0, done.stdout
