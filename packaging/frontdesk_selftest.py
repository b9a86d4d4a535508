"""``frontdesk --bundle-selftest``: does this frozen bundle carry what the app needs?

Only the frozen executable runs this (``packaging/entry.py``). It checks what
PyInstaller is known to miss and prints one JSON object::

    {"ok": true, "frozen": true, "checks": {"sqlite fts5": {"ok": true, "detail": "..."}}}

Exit code 0 when every check passes, 1 otherwise. No window is opened, nothing is
written outside a temporary in-memory database.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

#: Imported at run time by name (dialects, lazy imports, plugins): each must be bundled.
MODULES = (
    "sqlalchemy.dialects.sqlite.pysqlite",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.script",
    "uvicorn.loops.auto",
    "uvicorn.loops.asyncio",
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.protocols.websockets.auto",
    "uvicorn.lifespan.on",
    "starlette.applications",
    "httpx",
    "truststore",
    "pydantic",
    "nh3",
    "rapidfuzz.process",
    "markdown_it",
    "yaml",
    "jwt",
    "tomli_w",
    "platformdirs",
)

PLATFORM_PLUGINS = {"linux": ("offscreen", "xcb"), "darwin": ("offscreen", "cocoa")}
IMAGE_PLUGINS = ("svg", "jpeg", "gif", "ico")

Result = tuple[bool, str]


def check_sqlite() -> Result:
    """FTS5 with diacritics folded, and the trigram tokenizer, in the bundled SQLite."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(
            "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
        )
        db.execute("INSERT INTO t(body) VALUES ('Un élève à l''Hôtel du Lac')")
        hits = db.execute("SELECT count(*) FROM t WHERE t MATCH 'eleve AND hotel'").fetchone()
        db.execute("CREATE VIRTUAL TABLE g USING fts5(body, tokenize='trigram')")
    except sqlite3.Error as exc:
        return False, f"SQLite {sqlite3.sqlite_version}: {exc}"
    finally:
        db.close()
    return hits == (1,), f"SQLite {sqlite3.sqlite_version}, FTS5 unicode61 + trigram"


def check_timezones() -> Result:
    from zoneinfo import ZoneInfo

    try:
        zone = ZoneInfo("Europe/Paris")
    except Exception as exc:  # reported: the whole point is to say what is missing
        return False, f"Europe/Paris: {exc}"
    return True, f"{zone.key} (search path: {', '.join(__import__('zoneinfo').TZPATH)})"


def check_keyring() -> Result:
    """keyring finds its backends through entry points: the metadata must be bundled."""
    from importlib.metadata import entry_points

    names = sorted(ep.value for ep in entry_points(group="keyring.backends"))
    import keyring

    found = keyring.get_keyring()
    default = f"{type(found).__module__}.{type(found).__qualname__}"
    wanted = {"linux": "keyring.backends.SecretService", "darwin": "keyring.backends.macOS"}
    needed = wanted.get(sys.platform, "keyring.backends.Windows")
    try:
        importlib.import_module(needed)
    except ImportError as exc:
        return False, f"{needed}: {exc}"
    return needed in names, f"default {default}; entry points: {', '.join(names) or 'none'}"


def check_qt_plugins() -> Result:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    present = {
        folder: sorted(p.name for p in (plugins / folder).glob("*") if p.is_file())
        for folder in ("platforms", "imageformats")
    }
    wanted_platforms = PLATFORM_PLUGINS.get(sys.platform, ("offscreen", "windows"))
    missing = [
        f"{folder}/{name}"
        for folder, names in (("platforms", wanted_platforms), ("imageformats", IMAGE_PLUGINS))
        for name in names
        if not any(name in file for file in present[folder])
    ]
    for heavy in ("QtWebEngineCore", "Qt3DCore", "QtQuick"):
        if importlib.util.find_spec(f"PySide6.{heavy}") is not None:
            missing.append(f"(excluded module bundled: {heavy})")
    detail = "; ".join(f"{k}: {', '.join(v)}" for k, v in present.items())
    return not missing, (f"missing {', '.join(missing)}; " if missing else "") + detail


def check_qt_translations() -> Result:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = folder / "qtbase_fr.qm"
    return found.is_file(), str(found)


def check_modules() -> Result:
    failed = []
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:  # any failure to import is what we report
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    return not failed, ("cannot import " + "; ".join(failed)) if failed else f"{len(MODULES)} ok"


def check_resources() -> Result:
    import resources

    articles = sum(1 for _ in Path(str(resources.path("articles"))).rglob("*.md"))
    qm = sorted(p.name for p in Path(str(resources.path("translations"))).glob("*.qm"))
    ok = articles > 0 and "frontdesk_fr.qm" in qm
    return ok, f"{articles} articles; translations: {', '.join(qm) or 'none'}"


def check_profile() -> Result:
    from desktop.settings.profile import bundled_profile, load_profile

    path = bundled_profile()
    if path is None:
        return True, "none bundled"
    profile = load_profile(path)
    return True, f"{profile.profile.id} ({path})"


def check_migrations() -> Result:
    """Alembic reads its scripts from disk: they are data files in the bundle."""
    import desktop

    folder = Path(desktop.__file__).parent / "store" / "migrations"
    scripts = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.py"))
    if not scripts:
        return True, "none in this build"
    return "env.py" in scripts, f"{len(scripts)} scripts in {folder}"


def check_version() -> Result:
    """The bundled package metadata says the version the code says."""
    import importlib.metadata

    from desktop import __version__

    bundled = importlib.metadata.version("frontdesk-inbox")
    if bundled != __version__:
        return False, f"{__version__}, but the bundled metadata says {bundled}"
    return True, __version__


CHECKS: dict[str, Callable[[], Result]] = {
    "version": check_version,
    "sqlite fts5": check_sqlite,
    "time zones": check_timezones,
    "keyring backends": check_keyring,
    "qt plugins": check_qt_plugins,
    "qt translations": check_qt_translations,
    "modules": check_modules,
    "resources": check_resources,
    "property profile": check_profile,
    "migrations": check_migrations,
}


def run() -> int:
    """Run every check, print the JSON report, return the exit code."""
    checks: dict[str, dict[str, object]] = {}
    for name, check in CHECKS.items():
        try:
            ok, detail = check()
        except Exception as exc:  # a crashing check is a failed check, with its reason
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        checks[name] = {"ok": ok, "detail": detail}
    report = {
        "ok": all(c["ok"] for c in checks.values()),
        "frozen": bool(getattr(sys, "frozen", False)),
        "writes_bytecode": not sys.dont_write_bytecode,
        "checks": checks,
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if report["ok"] else 1
