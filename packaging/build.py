"""Build Frontdesk's installers, optionally preconfigured for one property group.

    .venv/bin/python packaging/build.py [--property-profile FILE] [--format deb,tar] [--out dist/]

Steps: validate the profile (an error names the key; exit 1), compile the translations
(pyside6-lrelease), run PyInstaller with packaging/frontdesk.spec (the profile is baked
in as resources/property-profile.toml, which the app applies to the user's data folder
on first run), check the frozen bundle (``frontdesk --bundle-selftest``), then build the
formats asked for:

- ``tar``  (Linux)   frontdesk-inbox-<version>[+<profile>]-linux-<machine>.tar.gz
- ``deb``  (Linux)   frontdesk-inbox_<version>[+<profile>]-1_<arch>.deb, with
                     ``dpkg-deb --root-owner-group -Zxz --build``
- ``inno`` (Windows) frontdesk-inbox-<version>[+<profile>]-windows-x64-setup.exe, with
                     Inno Setup's ISCC and packaging/windows/frontdesk.iss
- ``app``  (macOS)   Frontdesk.app (packaging/macos/build_dmg.sh then makes the DMG)
- ``dir``            only the folder (<out>/frontdesk)

It installs nothing: PyInstaller comes with ``pip install -e .[build]``. Exit codes: 0
built, 1 failure with a one-line reason, 2 usage error. docs/packaging.md has the rest.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "frontdesk.spec"
ISS = HERE / "windows" / "frontdesk.iss"
LINUX = HERE / "linux"
DIST_NAME = "frontdesk-inbox"  # the Python distribution, and the Debian package
APP = "frontdesk"  # the executable and the folder PyInstaller makes
PROFILE_NAME = "property-profile.toml"
INSTALL_PREFIX = "/opt/frontdesk"
DEFAULT_MAINTAINER = "Frontdesk engineers <frontdesk@example.invalid>"

FORMATS = {"linux": ("deb", "tar", "dir"), "win32": ("inno", "dir"), "darwin": ("app", "dir")}
DEFAULT_FORMATS = {"linux": "deb,tar", "win32": "inno", "darwin": "app"}

#: Qt's system libraries (docs: platform notes), the time zone database, and the C
#: library the bundle was linked against. Keep in step with scripts/dev.
DEB_DEPENDS = (
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "tzdata",
)
DEB_RECOMMENDS = ("gnome-keyring",)


class BuildError(Exception):
    """A reason to stop, printed as one line."""


def platform_key() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


# -- inputs ------------------------------------------------------------------------------


def load_property_profile(path: Path) -> tuple[str, bytes]:
    """Validate a profile; return its id and its bytes (baked in unchanged)."""
    sys.path.insert(0, str(ROOT))
    from desktop.errors import ConfigError
    from desktop.settings.profile import parse_profile

    try:
        raw = path.read_bytes()
        profile = parse_profile(raw.decode("utf-8"), source=str(path))
    except OSError as exc:
        raise BuildError(f"{path}: cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError:
        raise BuildError(f"{path}: not UTF-8 text") from None
    except ConfigError as exc:
        raise BuildError(f"invalid property profile: {exc.message}") from exc
    return profile.profile.id, raw


def package_version() -> str:
    try:
        return importlib.metadata.version(DIST_NAME)
    except importlib.metadata.PackageNotFoundError:
        raise BuildError(
            f"{DIST_NAME} is not installed here: run pip install -e .[build]"
        ) from None


def labelled_version(version: str, profile_id: str | None) -> str:
    """The version shown in file names: ``0.1.0`` or ``0.1.0+hotel-du-lac``."""
    if not profile_id:
        return version
    return f"{version}{'.' if '+' in version else '+'}{profile_id}"


def debian_version(version: str, profile_id: str | None) -> str:
    """``0.1.0`` -> ``0.1.0-1``; pre-releases sort first (``1.0rc1`` -> ``1.0~rc1-1``)."""
    public, _, local = version.partition("+")
    public = re.sub(r"(\d)(a|b|rc)(\d+)", r"\1~\2\3", public)
    public = re.sub(r"\.dev(\d+)", r"~dev\1", public)
    upstream = public + (f"+{local}" if local else "")
    if profile_id:
        upstream += f"{'.' if local else '+'}{profile_id}"
    return f"{upstream}-1"


def check_tools(formats: list[str]) -> None:
    """Everything the chosen formats need, before the long PyInstaller run."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            "PyInstaller is not installed in this environment: pip install -e .[build]"
        )
    if "deb" in formats and shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found: .deb packages are built on Debian or Ubuntu")
    if "inno" in formats and find_iscc() is None:
        raise BuildError("Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org")


def tool(name: str) -> str:
    """A console script of this environment (next to python), else from PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise BuildError(f"{name} not found (it comes with PySide6): pip install -e .[build]")
    return found


def compile_translations() -> list[Path]:
    compiled = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])
        compiled.append(qm)
    return compiled


def run(command: list[str], **kwargs: object) -> None:
    done = subprocess.run(command, check=False, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed (exit {done.returncode})")


def render_png(svg: Path, size: int, target: Path) -> Path:
    """The SVG drawn at ``size`` pixels by Qt, saved in the format of ``target``'s suffix."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise BuildError(f"could not write the icon {target}")
    return target


def render_icon(svg: Path, target: Path) -> Path:
    """The icon as .ico (Windows) or .icns (macOS: every size, with Apple's iconutil)."""
    if target.suffix == ".icns" and shutil.which("iconutil"):
        iconset = target.with_suffix(".iconset")
        for size in (16, 32, 128, 256, 512):
            render_png(svg, size, iconset / f"icon_{size}x{size}.png")
            render_png(svg, 2 * size, iconset / f"icon_{size}x{size}@2x.png")
        run(["iconutil", "-c", "icns", str(iconset), "-o", str(target)])
        return target
    return render_png(svg, 256, target)


# -- the bundle --------------------------------------------------------------------------


def run_pyinstaller(out: Path, work: Path, profile: bytes | None, clean: bool) -> Path:
    env = dict(os.environ)
    env.pop("FRONTDESK_PROPERTY_PROFILE", None)
    env.pop("FRONTDESK_ICON", None)
    if profile is not None:
        baked = work / "profile" / PROFILE_NAME
        baked.parent.mkdir(parents=True, exist_ok=True)
        baked.write_bytes(profile)
        env["FRONTDESK_PROPERTY_PROFILE"] = str(baked)
    icon_suffix = {"win32": ".ico", "darwin": ".icns"}.get(sys.platform)
    if icon_suffix:
        env["FRONTDESK_ICON"] = str(
            render_icon(LINUX / "frontdesk.svg", work / f"icon{icon_suffix}")
        )
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(out), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    run(command, env=env, cwd=str(ROOT))
    return out / APP


def bundle_executable(bundle: Path) -> Path:
    if sys.platform == "win32":
        return bundle / f"{APP}-cli.exe"
    if sys.platform == "darwin":
        return bundle.parent / "Frontdesk.app" / "Contents" / "MacOS" / APP
    return bundle / APP


def selftest(bundle: Path) -> dict[str, object]:
    """Run ``frontdesk --bundle-selftest`` in the frozen bundle; stop if anything is missing."""
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [str(bundle_executable(bundle)), "--bundle-selftest"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    try:
        report: dict[str, object] = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise BuildError(f"the bundle does not start: {done.stderr.strip()[-500:]}") from None
    checks = report.get("checks", {})
    failed = [f"{k}: {v['detail']}" for k, v in checks.items() if not v["ok"]]  # type: ignore[union-attr]
    if done.returncode != 0 or failed:
        raise BuildError("the bundle is incomplete: " + "; ".join(failed or [done.stderr.strip()]))
    return report


# -- formats -----------------------------------------------------------------------------


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
    return info


def build_tar(bundle: Path, out: Path, label: str, level: int) -> Path:
    target = out / f"{DIST_NAME}-{label}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=max(1, level)) as archive:
        archive.add(bundle, arcname=APP, filter=_root_owned)
    return target


def deb_architecture() -> str:
    done = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or {"x86_64": "amd64", "aarch64": "arm64"}.get(
        platform.machine(), "all"
    )


def glibc_version() -> str:
    found = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.31"
    return found.split()[-1]


def deb_control(
    version: str, arch: str, size_kib: int, profile: str | None, maintainer: str
) -> str:
    depends = ", ".join((f"libc6 (>= {glibc_version()})", *DEB_DEPENDS))
    about = f" Preconfigured for the property profile {profile}.\n" if profile else ""
    return (
        f"Package: {DIST_NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {depends}\n"
        f"Recommends: {', '.join(DEB_RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: Booking.com messages for hotel reception desks\n"
        " Frontdesk shows the property's Booking.com guest conversations and support\n"
        " cases, guides staff through Booking.com's contact options, and embeds a\n"
        " searchable, offline library of help articles (French and English).\n"
        " Credentials are kept in the desktop keychain (gnome-keyring).\n"
        f"{about}"
        " .\n"
        f" The application is installed in {INSTALL_PREFIX}; each user's data stays in\n"
        " ~/.local/share/Frontdesk and is never removed by this package.\n"
    )


def _normalise_modes(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)


def build_deb(
    bundle: Path,
    out: Path,
    work: Path,
    profile: str | None,
    version: str,
    level: int,
    maintainer: str,
) -> Path:
    """/opt/frontdesk, a /usr/bin link, the .desktop file and the icon; no maintainer
    scripts: dpkg's triggers refresh the menu and icon caches, and the users' data
    folders (in their homes) are theirs, so nothing is ever removed there."""
    arch = deb_architecture()
    stage = work / "deb" / f"{DIST_NAME}_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_PREFIX.lstrip("/"), symlinks=True)
    usr = stage / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / APP).symlink_to(f"{INSTALL_PREFIX}/{APP}")
    for source, folder in (
        (LINUX / "frontdesk.desktop", usr / "share" / "applications"),
        (LINUX / "frontdesk.svg", usr / "share" / "icons" / "hicolor" / "scalable" / "apps"),
    ):
        folder.mkdir(parents=True)
        shutil.copyfile(source, folder / source.name)
    _normalise_modes(stage)
    size_kib = sum(p.lstat().st_size for p in stage.rglob("*")) // 1024 + 1
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        deb_control(version, arch, size_kib, profile, maintainer), encoding="utf-8"
    )
    target = out / f"{DIST_NAME}_{version}_{arch}.deb"
    run(
        [
            "dpkg-deb",
            "--root-owner-group",
            "-Zxz",
            f"-z{level}",
            "--build",
            str(stage),
            str(target),
        ],
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(stage)
    return target


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def build_inno(out: Path, version: str, profile: str | None) -> Path:
    iscc = find_iscc()
    assert iscc is not None  # checked by check_tools
    defines = [f"/DAppVersion={version}", f"/DDistDir={out}", f"/DOutputDir={out}"]
    if profile:
        defines.append(f"/DProfileId={profile}")
    run([iscc, "/Q", *defines, str(ISS)])
    return out / inno_output_name(labelled_version(version, profile))


def inno_output_name(label: str) -> str:
    """The installer's name: OutputBaseFilename in frontdesk.iss, plus .exe."""
    return f"{DIST_NAME}-{label}-windows-x64-setup.exe"


# -- the command -------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    key = platform_key()
    parser = argparse.ArgumentParser(
        prog="packaging/build.py", description="Build Frontdesk's installers (docs/packaging.md)."
    )
    parser.add_argument(
        "--property-profile",
        type=Path,
        metavar="FILE",
        help="bake this property profile in (validated first)",
    )
    parser.add_argument(
        "--format",
        default=DEFAULT_FORMATS.get(key, "dir"),
        metavar="LIST",
        help=f"comma-separated, among {', '.join(FORMATS.get(key, ('dir',)))} "
        f"(default: %(default)s)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "dist",
        metavar="DIR",
        help="where the bundle and installers go (default: dist/)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "packaging",
        metavar="DIR",
        help="PyInstaller's and the packagers' scratch folder",
    )
    parser.add_argument(
        "--compression-level",
        type=int,
        default=6,
        choices=range(10),
        metavar="0-9",
        help="xz (deb) and gzip (tar) level (default: 6)",
    )
    parser.add_argument(
        "--maintainer", default=DEFAULT_MAINTAINER, help="the .deb Maintainer field: 'Name <email>'"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    args.formats = [f.strip() for f in args.format.split(",") if f.strip()]
    wrong = [f for f in args.formats if f not in FORMATS.get(key, ("dir",))]
    if wrong or not args.formats:
        parser.error(f"format {', '.join(wrong) or '(none)'} cannot be built on {key}")
    return args


def make_format(fmt: str, bundle: Path, args: argparse.Namespace, release: Release) -> Path:
    """Build one installer format from the checked bundle; return the file it made."""
    level, work = args.compression_level, args.work.resolve()
    if fmt == "tar":
        return build_tar(bundle, release.out, release.label, level)
    if fmt == "deb":
        deb_version = debian_version(release.version, release.profile)
        return build_deb(
            bundle, release.out, work, release.profile, deb_version, level, args.maintainer
        )
    if fmt == "inno":
        return build_inno(release.out, release.version, release.profile)
    if fmt == "app":
        return release.out / "Frontdesk.app"
    return bundle  # "dir"


@dataclass(frozen=True)
class Release:
    out: Path
    version: str
    profile: str | None

    @property
    def label(self) -> str:
        return labelled_version(self.version, self.profile)


def build(args: argparse.Namespace) -> dict[str, object]:
    """Every step, in order; return what build-info.json records."""
    started = time.monotonic()
    profile_id, profile_bytes = None, None
    if args.property_profile is not None:
        profile_id, profile_bytes = load_property_profile(args.property_profile)
        say(f"property profile {profile_id} is valid")
    check_tools(args.formats)
    release = Release(args.out.resolve(), package_version(), profile_id)
    release.out.mkdir(parents=True, exist_ok=True)
    say(f"translations: {', '.join(p.name for p in compile_translations()) or 'none'}")
    say(f"PyInstaller: {DIST_NAME} {release.version} -> {release.out / APP}")
    bundle = run_pyinstaller(release.out, args.work.resolve(), profile_bytes, args.clean)
    checks = selftest(bundle)["checks"]
    timings = {"bundle": round(time.monotonic() - started, 1)}
    say(f"bundle checked ({len(checks)} checks) in {timings['bundle']} s")  # type: ignore[arg-type]
    artefacts = []
    for fmt in args.formats:
        began = time.monotonic()
        artefacts.append(make_format(fmt, bundle, args, release))
        timings[fmt] = round(time.monotonic() - began, 1)
    info = {
        "version": release.version,
        "label": release.label,
        "debian_version": debian_version(release.version, profile_id),
        "profile": profile_id,
        "bundle": str(bundle),
        "artefacts": [str(p) for p in artefacts],
        "seconds": timings,
    }
    (release.out / "build-info.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    for path in artefacts:
        size = f" ({path.stat().st_size / 1e6:.0f} MB)" if path.is_file() else ""
        say(f"{path}{size}")
    say(f"done in {time.monotonic() - started:.0f} s")
    return info


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        build(args)
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("build: interrupted", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
