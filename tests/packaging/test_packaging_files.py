"""The packaging sources, checked without building anything (fast).

The real build and its smoke run are in ``test_bundle.py`` (marked slow/packaging).
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from desktop.settings import parse_profile
from tests.packaging.desktop_entry import desktop_entry_problems

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
EXAMPLE = PACKAGING / "profiles" / "example.toml"

#: Qt's system libraries that a clean Debian needs (shared/reference/platform-notes.md).
QT_DEBIAN_LIBS = (
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
)


def load_build_script() -> ModuleType:
    """packaging/build.py as a module (packaging/ is not a package: see the README)."""
    spec = importlib.util.spec_from_file_location("frontdesk_build", PACKAGING / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import would (dataclasses look it up)
    spec.loader.exec_module(module)
    return module


# -- the property profile -----------------------------------------------------------------


def test_example_profile_is_valid_and_complete() -> None:
    profile = parse_profile(EXAMPLE.read_text(encoding="utf-8"), source=str(EXAMPLE))
    assert profile.profile.id == "hotel-du-lac"
    assert profile.profile.default_language == "fr"
    assert len(profile.properties) == 2
    assert {p.timezone for p in profile.properties} == {"Europe/Paris"}
    assert profile.support.transport.value == "extranet"
    assert profile.support.phone_for("reservations") != profile.support.phone_for("promotions")
    assert profile.support.phone_for("promotions") == profile.support.phones["default"]
    assert "*.booking.com" in profile.links.allow
    assert set(profile.templates) == {"fr", "en"}
    variables = {"{guest_name}", "{reservation_number}", "{checkin}", "{checkout}"}
    variables.add("{property_name}")
    for language, templates in profile.templates.items():
        used = set(re.findall(r"\{[a-z_]+\}", "".join(templates.values())))
        assert used == variables, language


def test_example_profile_holds_no_secret() -> None:
    def keys(node: object) -> list[str]:
        if isinstance(node, dict):
            return [k for key, value in node.items() for k in (key, *keys(value))]
        if isinstance(node, list):
            return [k for item in node for k in keys(item)]
        return []

    raw = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert not [k for k in keys(raw) if re.search(r"secret|password|api_?key|client_id", k)]


def test_build_refuses_an_invalid_profile_and_names_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("id = 4821915", "id = -4821915"),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--property-profile", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "properties[1].id" in done.stderr
    assert str(bad) in done.stderr
    assert "PyInstaller" not in done.stdout  # stopped before building anything


def test_build_without_pyinstaller_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = load_build_script()
    real = importlib.util.find_spec
    monkeypatch.setattr(
        build.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "PyInstaller" else real(name, *a),
    )
    with pytest.raises(build.BuildError, match=r"pip install -e \.\[build\]"):
        build.check_tools(["tar"])


def test_usage_errors_exit_2() -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--format", "rpm"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "rpm" in done.stderr


# -- versions, the .deb control file and the menu entry --------------------------------


@pytest.mark.parametrize(
    ("version", "profile", "debian", "label"),
    [
        ("0.1.0", None, "0.1.0-1", "0.1.0"),
        ("0.1.0", "hotel-du-lac", "0.1.0+hotel-du-lac-1", "0.1.0+hotel-du-lac"),
        ("1.2.0rc1", None, "1.2.0~rc1-1", "1.2.0rc1"),
        ("1.2.0.dev3", "h1", "1.2.0~dev3+h1-1", "1.2.0.dev3+h1"),
    ],
)
def test_versions(version: str, profile: str | None, debian: str, label: str) -> None:
    build = load_build_script()
    assert build.debian_version(version, profile) == debian
    assert build.labelled_version(version, profile) == label


def test_debian_versions_sort_like_releases() -> None:
    if shutil.which("dpkg") is None:
        pytest.skip("dpkg is not installed")
    build = load_build_script()
    older, newer = build.debian_version("1.0rc1", "p"), build.debian_version("1.0", "p")
    done = subprocess.run(["dpkg", "--compare-versions", older, "lt", newer], check=False)
    assert done.returncode == 0


def test_deb_control_depends_on_qt_system_libraries() -> None:
    build = load_build_script()
    control = build.deb_control("0.1.0+x-1", "amd64", 1000, "x", build.DEFAULT_MAINTAINER)
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if line and not line[0].isspace()
    )
    depends = re.split(r"[,|]\s*", fields["Depends"])
    names = {d.split()[0] for d in depends}
    assert set(QT_DEBIAN_LIBS) <= names
    assert {"tzdata", "libc6"} <= names
    assert fields["Recommends"] == "gnome-keyring"
    assert fields["Package"] == "frontdesk-inbox"
    assert control.endswith("\n")


def test_desktop_entry_follows_the_basic_rules() -> None:
    text = (PACKAGING / "linux" / "frontdesk.desktop").read_text(encoding="utf-8")
    assert desktop_entry_problems(text) == []
    assert desktop_entry_problems(text.replace("Type=Application", "Type=Link")) != []
    validate = shutil.which("desktop-file-validate")  # from desktop-file-utils, if installed
    if validate:
        done = subprocess.run(
            [validate, str(PACKAGING / "linux" / "frontdesk.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_icon_is_a_square_svg() -> None:
    svg = ET.parse(PACKAGING / "linux" / "frontdesk.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    x, y, width, height = (float(n) for n in svg.attrib["viewBox"].split())
    assert (x, y) == (0, 0)
    assert width == height


# -- the other platforms' scripts -----------------------------------------------------------


def spec_names() -> dict[str, str]:
    text = (PACKAGING / "frontdesk.spec").read_text(encoding="utf-8")
    return dict(re.findall(r'^([A-Z_]+) = "([^"]+)"$', text, flags=re.MULTILINE))


def test_spec_is_python_and_names_what_the_scripts_expect() -> None:
    text = (PACKAGING / "frontdesk.spec").read_text(encoding="utf-8")
    compile(text, "frontdesk.spec", "exec")
    names = spec_names()
    build = load_build_script()
    assert names["NAME"] == build.APP == "frontdesk"
    assert names["DIST_NAME"] == build.DIST_NAME
    assert names["PROFILE_NAME"] == build.PROFILE_NAME
    assert 'name=f"{NAME}-cli"' in text  # the console twin that frontdesk.iss installs
    assert 'name="Frontdesk.app"' in text  # what build_dmg.sh puts in the DMG


def test_dropped_qt_plugins_still_exist_under_those_names() -> None:
    hook = (PACKAGING / "hooks" / "hook-PySide6.QtGui.py").read_text(encoding="utf-8")
    dropped = re.search(r"DROPPED_PLUGINS = \(([^)]*)\)", hook)
    assert dropped is not None
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    if not plugins.is_dir():
        pytest.skip("this PySide6 keeps its plugins elsewhere")
    files = {p.name for p in plugins.rglob("*") if p.is_file()}
    for name in re.findall(r'"([^"]+)"', dropped.group(1)):
        assert any(name in f for f in files), name


def read_iss() -> tuple[str, configparser.ConfigParser]:
    text = (PACKAGING / "windows" / "frontdesk.iss").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith((";", "#")))
    parser = configparser.ConfigParser(
        strict=False, allow_no_value=True, interpolation=None, delimiters=("=",)
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(body)
    return text, parser


def test_inno_script_parses_and_installs_what_the_build_produces() -> None:
    text, iss = read_iss()
    assert {"Setup", "Languages", "Files", "Icons", "Run", "InstallDelete"} <= set(iss)
    setup = iss["Setup"]
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    assert setup["DefaultDirName"] == r"{autopf}\Frontdesk"
    # ISPP directives balance.
    opened = len(re.findall(r"^\s*#if(n?def)?\b", text, flags=re.MULTILINE))
    assert opened == len(re.findall(r"^\s*#endif\b", text, flags=re.MULTILINE))
    # The files come from the PyInstaller folder that build.py makes ...
    name = spec_names()["NAME"]
    sources = re.findall(r'^Source: "([^"]+)"', text, flags=re.MULTILINE)
    assert sources == [
        rf"{{#DistDir}}\{name}\{name}.exe",
        rf"{{#DistDir}}\{name}\{name}-cli.exe",
        rf"{{#DistDir}}\{name}\_internal\*",
    ]
    # ... shortcuts start its GUI, and the installer is named as build.py reports it.
    assert set(re.findall(r'Filename: "([^"]+)"', text)) == {rf"{{app}}\{name}.exe"}
    built_name = load_build_script().inno_output_name("0.1.0+hotel-du-lac")
    assert setup["OutputBaseFilename"].replace("{#Label}", "0.1.0+hotel-du-lac") + ".exe" == (
        built_name
    )
    for option in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DIR="):
        assert option in text


def test_macos_script_is_valid_bash_and_uses_the_spec() -> None:
    script = PACKAGING / "macos" / "build_dmg.sh"
    assert script.stat().st_mode & 0o111
    bash = shutil.which("bash")
    assert bash is not None
    done = subprocess.run([bash, "-n", str(script)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    text = script.read_text(encoding="utf-8")
    assert "packaging/build.py" in text
    assert "--format app" in text
    assert "hdiutil create" in text
    assert "Frontdesk.app" in text


def test_icon_renders_for_windows_and_macos(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    build = load_build_script()
    svg = PACKAGING / "linux" / "frontdesk.svg"
    ico = QImage(str(build.render_icon(svg, tmp_path / "icon.ico")))
    assert not ico.isNull()
    assert ico.width() == ico.height() == 256
    # On a Mac, iconutil assembles every size; elsewhere Qt writes a single-size .icns.
    icns = build.render_icon(svg, tmp_path / "icon.icns")
    assert icns.read_bytes()[:4] == b"icns"
    png = QImage(str(build.render_png(svg, 1024, tmp_path / "icon_512x512@2x.png")))
    assert png.width() == 1024
