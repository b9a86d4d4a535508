"""The frozen app, built for real with the example property profile, then run.

The Linux bundle, its .deb and its .tar.gz are built ONCE per session by
``packaging/build.py`` (about a minute on 2 cores), into a temporary folder. To test an
existing build instead, point ``FRONTDESK_BUNDLE`` at its ``--out`` folder (the one that
holds ``build-info.json``); it must have been built with
``--property-profile packaging/profiles/example.toml --format deb,tar``.

Without PyInstaller (``pip install -e .[build]``) or dpkg-deb these tests are skipped,
and fail under ``CI=true``: CI must never pass by skipping the installer.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import pytest

from tests.packaging.desktop_entry import desktop_entry_problems

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "profiles" / "example.toml"
PROFILE_ID = "hotel-du-lac"
BAKED_PROFILE = Path("_internal") / "resources" / "property-profile.toml"
RUN_TIMEOUT = 120

pytestmark = [pytest.mark.slow, pytest.mark.packaging, pytest.mark.timeout(900)]


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> None:
    """Skip locally; fail in CI."""
    if running_in_ci():
        pytest.fail(f"CI=true: refusing to skip the installer tests. {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass(frozen=True)
class Build:
    out: Path
    info: Mapping[str, object]

    @property
    def bundle(self) -> Path:
        return Path(str(self.info["bundle"]))

    @property
    def executable(self) -> Path:
        return self.bundle / "frontdesk"

    def artefact(self, suffix: str) -> Path:
        artefacts = [Path(p) for p in self.info["artefacts"]]  # type: ignore[attr-defined]
        found = [p for p in artefacts if p.name.endswith(suffix)]
        assert len(found) == 1, self.info["artefacts"]
        return found[0]


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    reuse = os.environ.get("FRONTDESK_BUNDLE")
    if reuse:
        out = Path(reuse).resolve()
        if not (out / "build-info.json").is_file() and (out.parent / "build-info.json").is_file():
            out = out.parent  # pointed at the bundle folder inside --out
        if not (out / "build-info.json").is_file():
            pytest.fail(f"FRONTDESK_BUNDLE={reuse}: no build-info.json there", pytrace=False)
    else:
        if find_spec("PyInstaller") is None:
            unavailable("PyInstaller is not installed: pip install -e .[dev,build]")
        if shutil.which("dpkg-deb") is None:
            unavailable("dpkg-deb is not installed (the .deb is built on Debian/Ubuntu)")
        out = tmp_path_factory.mktemp("dist")
        command = [sys.executable, str(ROOT / "packaging" / "build.py")]
        command += ["--property-profile", str(EXAMPLE), "--format", "deb,tar"]
        command += ["--out", str(out), "--work", str(tmp_path_factory.mktemp("build"))]
        command += ["--compression-level", "1"]
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=840, check=False, cwd=ROOT
        )
        assert done.returncode == 0, f"build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    info = json.loads((out / "build-info.json").read_text(encoding="utf-8"))
    if info.get("profile") != PROFILE_ID:
        pytest.fail(f"{out} was not built with {EXAMPLE.name}", pytrace=False)
    return Build(out=out, info=info)


@pytest.fixture
def run_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a run: offscreen, a fresh data folder."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FRONTDESK_HOME"] = str(tmp_path / "data")
    return env


def run(
    command: list[str | Path], env: Mapping[str, str], **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload]
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        env=dict(env),
        check=False,
        **kwargs,
    )


def qt_allowlist() -> list[re.Pattern[str]]:
    """The exact, known-harmless Qt messages of pyproject's qt_log_ignore."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [re.compile(p) for p in config["tool"]["pytest"]["ini_options"]["qt_log_ignore"]]


def unexpected_stderr(stderr: str) -> list[str]:
    allowed = qt_allowlist()
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(p.search(line) for p in allowed)
    ]


def no_bytecode_written(bundle: Path) -> list[Path]:
    return sorted(bundle.rglob("__pycache__"))


# -- the bundle itself ---------------------------------------------------------------------


def test_bundle_selftest_finds_everything(build: Build, run_env: dict[str, str]) -> None:
    done = run([build.executable, "--bundle-selftest"], run_env)
    report = json.loads(done.stdout)
    failed = {k: v for k, v in report["checks"].items() if not v["ok"]}
    assert done.returncode == 0, failed
    assert report["frozen"] is True
    assert report["writes_bytecode"] is False  # nothing appears under /opt/frontdesk
    checks = report["checks"]
    assert "FTS5" in checks["sqlite fts5"]["detail"]
    assert "keyring.backends.SecretService" in checks["keyring backends"]["detail"]
    assert checks["property profile"]["detail"].startswith(PROFILE_ID)
    assert checks["version"]["detail"] == build.info["version"]
    if (ROOT / "desktop" / "store" / "migrations" / "env.py").is_file():
        assert "scripts in" in checks["migrations"]["detail"]
    assert unexpected_stderr(done.stderr) == []


def test_sandbox_smoke_exits_0_without_qt_warnings(build: Build, run_env: dict[str, str]) -> None:
    done = run([build.executable, "--sandbox", "--smoke"], run_env)
    assert done.returncode == 0, done.stderr
    assert "smoke: ok" in done.stdout
    assert unexpected_stderr(done.stderr) == []


def test_doctor_finds_a_keyring_backend_and_the_baked_profile(
    build: Build, run_env: dict[str, str]
) -> None:
    done = run([build.executable, "doctor", "--json", "--offline"], run_env)
    checks = {c["name"]: c for c in json.loads(done.stdout)}
    assert re.match(r"keyring\.backends\.\w+\.\w+", checks["keychain"]["detail"])
    assert checks["property profile"]["detail"].startswith(f"{PROFILE_ID}: ")
    assert checks["database"]["ok"], checks["database"]
    assert checks["qt platform"]["ok"], checks["qt platform"]
    failed = sorted(name for name, check in checks.items() if not check["ok"])
    assert done.returncode == (1 if failed else 0), failed
    assert set(failed) <= {"keychain"}  # only without a keychain (outside with-keychain)
    assert unexpected_stderr(done.stderr) == []
    # First run: the installer's profile was copied to the data folder, byte for byte.
    applied = Path(run_env["FRONTDESK_HOME"]) / "property-profile.toml"
    assert applied.read_bytes() == EXAMPLE.read_bytes()
    assert no_bytecode_written(build.bundle) == []


@pytest.mark.keychain
def test_doctor_uses_the_secret_service_and_keeps_a_secret(
    build: Build, run_env: dict[str, str]
) -> None:
    done = run([build.executable, "doctor", "--json", "--offline"], run_env)
    checks = {c["name"]: c for c in json.loads(done.stdout)}
    assert checks["keychain"]["detail"].startswith("keyring.backends.SecretService.Keyring")
    assert done.returncode == 0, checks
    saved = run(
        [build.executable, "credentials", "set", "--client-id", "packaging-test"],
        run_env,
        input="not-a-real-secret\n",
    )
    assert saved.returncode == 0, saved.stderr
    assert f"Saved for {PROFILE_ID}" in saved.stdout
    forgot = run([build.executable, "credentials", "forget"], run_env)
    assert forgot.returncode == 0, forgot.stderr


# -- the .deb --------------------------------------------------------------------------------


def deb_fields(deb: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for field in ("Package", "Version", "Architecture", "Depends", "Recommends", "Maintainer"):
        done = subprocess.run(
            ["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True, check=True
        )
        fields[field] = done.stdout.strip()
    return fields


def ar_members(path: Path) -> list[str]:
    """The member names of an ar archive (a .deb is one)."""
    names = []
    with path.open("rb") as archive:
        assert archive.read(8) == b"!<arch>\n"
        while header := archive.read(60):
            size = int(header[48:58])
            names.append(header[:16].decode().strip().rstrip("/"))
            archive.seek(size + size % 2, os.SEEK_CUR)
    return names


@pytest.fixture(scope="module")
def installed(build: Build, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The .deb unpacked into a temporary root, as dpkg would install it."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(build.artefact(".deb")), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def test_deb_control_fields(build: Build) -> None:
    deb = build.artefact(".deb")
    assert PROFILE_ID in deb.name
    fields = deb_fields(deb)
    assert fields["Package"] == "frontdesk-inbox"
    assert fields["Version"] == build.info["debian_version"]
    assert fields["Version"].startswith(f"{build.info['version']}+{PROFILE_ID}")
    names = {d.split()[0] for d in re.split(r"[,|]\s*", fields["Depends"])}
    assert {"libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3"} <= names
    assert {"libglib2.0-0", "libxcb-cursor0", "libxkbcommon-x11-0", "tzdata"} <= names
    assert fields["Recommends"] == "gnome-keyring"
    assert "data.tar.xz" in ar_members(deb)
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True)
    scripts = {"preinst", "postinst", "prerm", "postrm"} & set(info.stdout.split())
    assert not scripts, "the users' data must never be touched: no maintainer scripts"


def test_deb_installs_the_app_the_command_and_the_menu_entry(build: Build, installed: Path) -> None:
    app = installed / "opt" / "frontdesk"
    command = installed / "usr" / "bin" / "frontdesk"
    assert command.is_symlink()
    assert os.readlink(command) == "/opt/frontdesk/frontdesk"
    assert (app / "frontdesk").is_file()
    assert os.access(app / "frontdesk", os.X_OK)
    assert (app / BAKED_PROFILE).read_bytes() == EXAMPLE.read_bytes()
    entry = installed / "usr" / "share" / "applications" / "frontdesk.desktop"
    source = ROOT / "packaging" / "linux"
    assert entry.read_bytes() == (source / "frontdesk.desktop").read_bytes()
    text = entry.read_text(encoding="utf-8")
    assert desktop_entry_problems(text) == []
    assert "\nExec=frontdesk\n" in text
    assert "\nIcon=frontdesk\n" in text
    icon = installed / "usr/share/icons/hicolor/scalable/apps/frontdesk.svg"
    assert icon.read_bytes() == (source / "frontdesk.svg").read_bytes()
    # Nothing outside /opt/frontdesk and /usr (never a user's home folder).
    assert sorted(p.name for p in installed.iterdir()) == ["opt", "usr"]


def test_dpkg_install_then_purge_leaves_only_the_users_data(build: Build, tmp_path: Path) -> None:
    """A real dpkg install and purge, in a scratch root with its own dpkg database."""
    root = tmp_path / "root"
    (root / "var/lib/dpkg/info").mkdir(parents=True)
    (root / "var/lib/dpkg/updates").mkdir()
    (root / "var/lib/dpkg/status").touch()
    data = root / "home/alice/.local/share/Frontdesk"
    data.mkdir(parents=True)
    (data / "frontdesk.sqlite3").write_bytes(b"the user's history")
    dpkg = ["dpkg", f"--root={root}", "--log=/dev/null", "--force-not-root"]
    dpkg.append("--force-script-chrootless")
    deb = build.artefact(".deb")
    installed = subprocess.run(
        [*dpkg, "--force-depends", "-i", str(deb)], capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stderr
    assert (root / "opt/frontdesk/frontdesk").is_file()
    purged = subprocess.run(
        [*dpkg, "--purge", "frontdesk-inbox"], capture_output=True, text=True, check=False
    )
    assert purged.returncode == 0, purged.stderr
    left = sorted(
        str(p.relative_to(root)) for p in root.rglob("*") if not p.is_relative_to(root / "var")
    )
    assert left == [
        "home",
        "home/alice",
        "home/alice/.local",
        "home/alice/.local/share",
        "home/alice/.local/share/Frontdesk",
        "home/alice/.local/share/Frontdesk/frontdesk.sqlite3",
    ]
    assert (data / "frontdesk.sqlite3").read_bytes() == b"the user's history"


def test_the_unpacked_deb_runs(installed: Path, run_env: dict[str, str]) -> None:
    done = run([installed / "opt" / "frontdesk" / "frontdesk", "--version"], run_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("frontdesk ")


def test_tarball_holds_the_folder_owned_by_root(build: Build) -> None:
    tarball = build.artefact(".tar.gz")
    assert PROFILE_ID in tarball.name
    with tarfile.open(tarball) as archive:
        members = {m.name: m for m in archive.getmembers()}
    assert {m.uid for m in members.values()} == {0}
    assert members["frontdesk/frontdesk"].mode & 0o111
    assert f"frontdesk/{BAKED_PROFILE.as_posix()}" in members
    assert all(name == "frontdesk" or name.startswith("frontdesk/") for name in members)
