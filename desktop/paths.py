"""Where Frontdesk keeps its files.

The data folder is, in order: ``--data-dir DIR``, the ``FRONTDESK_HOME`` environment
variable, or the platform's user data folder. Logs go to the platform's user log
folder, or to ``<data>/logs`` when the data folder was chosen explicitly (so tests and
portable installs stay self-contained).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Frontdesk"
APP_AUTHOR = "Frontdesk"
ENV_HOME = "FRONTDESK_HOME"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The folders and files of one data folder."""

    root: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.root / "frontdesk.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.toml"

    @property
    def profile_file(self) -> Path:
        """The property profile applied on first run (copied from an installer)."""
        return self.root / "property-profile.toml"

    @property
    def recovery(self) -> Path:
        """Crash-safe copies of what the user is typing (wizard, setup forms)."""
        return self.root / "recovery"

    def sandbox(self) -> DataPaths:
        """The sandbox world's own data folder, inside this one."""
        root = self.root / "sandbox"
        return DataPaths(root=root, logs=root / "logs")

    def ensure(self) -> DataPaths:
        """Create the folders (user-only permissions) and return self."""
        for folder in (self.root, self.logs, self.backups, self.attachments, self.recovery):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
        return self


def resolve(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder chosen by the command line, the environment, or the platform."""
    chosen = data_dir or os.environ.get(ENV_HOME)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return DataPaths(root=root, logs=root / "logs")
    root = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    logs = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return DataPaths(root=root, logs=logs)
