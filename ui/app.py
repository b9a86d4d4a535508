"""QApplication start-up: data folder, logs, translations, style, crash handler, window.

Only light modules are imported here: the heavy ones (SQLAlchemy, the keychain, the
HTTP stack, pydantic) load after the first paint (see :mod:`ui.startup`).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__, logs, paths
from desktop.settings.declared import COLOR_SCHEME, LANGUAGE, Settings
from ui.about import AboutInfo
from ui.crash import install_excepthook
from ui.i18n import choose_language, install_translators
from ui.startup import Startup
from ui.style import apply_style

if TYPE_CHECKING:
    from desktop.credentials import SecretStore
    from desktop.session import Session
    from desktop.settings.profile import PropertyProfile
    from ui.compose import RunningApp

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GuiOptions:
    data_dir: str | None = None
    property_profile: Path | None = None
    sandbox: bool = False
    fresh: bool = False
    smoke: bool = False
    language: str | None = None


#: Qt's run-time switch that keeps its raster engine's fills on the painting thread.
NO_GUI_THREAD_POOL = "QT_NO_GUI_THREADPOOL"


def serial_raster_fills() -> None:
    """Keep Qt's raster fills on the painting thread (before the first paint).

    Qt's raster engine splits every large fill (a list's background, a scroll bar)
    over a thread pool and waits for it. On a desk PC's two cores, busy with the
    database worker, the painting thread then waits for pool threads to be
    scheduled, which is slower than filling alone. Qt reads only whether the
    variable is set.
    """
    os.environ.setdefault(NO_GUI_THREAD_POOL, "1")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, or the existing one (tests create theirs first)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Frontdesk")
    QCoreApplication.setApplicationName("Frontdesk")
    QCoreApplication.setApplicationVersion(__version__)
    serial_raster_fills()
    app = QApplication(argv or sys.argv[:1])
    app.setDesktopFileName("frontdesk")
    return app


def prepare_data(options: GuiOptions) -> paths.DataPaths:
    """The data folder for this run; the sandbox has its own, reset by ``--fresh``."""
    data = paths.resolve(options.data_dir)
    if options.sandbox:
        data = data.sandbox()
        if options.fresh and data.root.exists():
            shutil.rmtree(data.root)
    return data.ensure()


def load_startup_profile(options: GuiOptions, data: paths.DataPaths) -> PropertyProfile | None:
    """The profile named on the command line, else the installer's, applied on first run."""
    from desktop.settings.profile import apply_bundled_profile, bundled_profile, load_profile

    if not options.sandbox:
        apply_bundled_profile(bundled_profile(), data.profile_file)
    source = options.property_profile
    if source is None and data.profile_file.exists():
        source = data.profile_file
    return load_profile(source) if source else None


def about_info(
    data: paths.DataPaths, store: SecretStore, profile: PropertyProfile | None
) -> AboutInfo:
    described = ""
    if profile is not None:
        names = ", ".join(f"{p.name} ({p.id})" for p in profile.properties)
        described = f"{profile.profile.id}: {names}"
    return AboutInfo(data_folder=str(data.root), keychain=store.status().where, profile=described)


def open_session(
    options: GuiOptions, data: paths.DataPaths, profile: PropertyProfile | None
) -> Session | None:
    """The sandbox session, the configured account's, or None when set-up is needed."""
    from desktop.credentials import SecretStore
    from desktop.errors import AuthError, KeychainError
    from desktop.session import open_account_session, open_sandbox_session

    if options.sandbox:
        return open_sandbox_session(data)
    if profile is None:
        return None
    try:
        return open_account_session(data, profile, SecretStore())
    except (AuthError, KeychainError) as error:
        log.info("set-up needed: %s", error.code)
        return None


def open_or_set_up(options: GuiOptions, data: paths.DataPaths) -> Session | None:
    """The session to run, after the set-up dialog when one is needed (None: cancelled)."""
    from ui.settings.setup import run_setup

    profile = load_startup_profile(options, data)
    return open_session(options, data, profile) or run_setup(data, profile)


def run(options: GuiOptions) -> int:
    """Start the GUI and return the process exit code."""
    data = prepare_data(options)
    logs.configure(data.logs)
    log.info("starting Frontdesk %s (sandbox=%s)", __version__, options.sandbox)
    app = create_application()
    settings = Settings(data.settings_file)
    language = choose_language(options.language or settings.get(LANGUAGE))
    translators = install_translators(app, language)
    apply_style(app, settings.get(COLOR_SCHEME))
    install_excepthook()

    def smoke(running: RunningApp) -> None:
        from ui.smoke import run_smoke

        QTimer.singleShot(0, lambda: app.exit(run_smoke(running)))

    startup = Startup(
        data,
        settings,
        language,
        sandbox=options.sandbox,
        open_session=lambda: open_or_set_up(options, data),
        after_build=smoke if options.smoke else None,
    )
    startup.gave_up.connect(app.exit)
    startup.begin()
    try:
        code = app.exec()
    finally:
        startup.close()
    del translators
    return code
