"""User preferences, declared once: key, type, default, and a label to translate.

Values live in ``settings.toml`` in the data folder, written atomically (a temporary file
renamed over the old one), so a crash never leaves half a file. Unknown keys in the
file are kept (a newer version may have written them) and wrong types fall back to
the default with a warning in the log, never a crash at start-up.
"""

from __future__ import annotations

import logging
import os
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import tomli_w

from desktop.errors import BadInputError, DiskFullError

log = logging.getLogger(__name__)

T = TypeVar("T", bool, int, str)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One declared setting. ``label`` is English; the UI translates it by ``key``."""

    key: str
    type: type[T]
    default: T
    label: str
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def validate(self, value: object) -> T:
        """Return ``value`` if it fits this setting, else raise BadInputError."""
        if type(value) is not self.type:
            raise BadInputError(f"{self.key} must be a {self.type.__name__}.")
        if self.choices and value not in self.choices:
            raise BadInputError(f"{self.key} must be one of {', '.join(map(str, self.choices))}.")
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise BadInputError(f"{self.key} must be at least {self.minimum}.")
            if self.maximum is not None and value > self.maximum:
                raise BadInputError(f"{self.key} must be at most {self.maximum}.")
        return value


LANGUAGE = Setting("ui.language", str, "auto", "Language", choices=("auto", "fr", "en"))
COLOR_SCHEME = Setting(
    "ui.color_scheme", str, "auto", "Light or dark", choices=("auto", "light", "dark")
)
SYNC_INTERVAL = Setting(
    "sync.interval_seconds", int, 120, "Sync every (seconds)", minimum=30, maximum=3600
)
NOTIFICATIONS = Setting("ui.notifications", bool, True, "Desktop notifications for new messages")
IDLE_LOCK_MINUTES = Setting(
    "staff.idle_lock_minutes", int, 10, "Lock after idle (minutes, 0 = never)", (), 0, 240
)
RETENTION_MONTHS = Setting(
    "history.retention_months", int, 24, "Keep history (months)", minimum=1, maximum=120
)

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE,
    COLOR_SCHEME,
    SYNC_INTERVAL,
    NOTIFICATIONS,
    IDLE_LOCK_MINUTES,
    RETENTION_MONTHS,
)
BY_KEY: Mapping[str, Setting[Any]] = {s.key: s for s in ALL}


class Settings:
    """Current values of the declared settings, backed by a TOML file."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._values: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            with self._path.open("rb") as handle:
                data = tomllib.load(handle)
        except FileNotFoundError:
            return {}
        except (OSError, tomllib.TOMLDecodeError) as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
            return {}
        return dict(_flatten(data))

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        try:
            return setting.validate(value)
        except BadInputError:
            log.warning("setting %s has an invalid value; using the default", setting.key)
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Validate, then save the whole file atomically."""
        self._values[setting.key] = setting.validate(value)
        self._write()

    def _write(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        text = tomli_w.dumps(_nest(self._values))
        try:
            fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".settings-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._path)
        except OSError as exc:
            if exc.errno == 28:  # ENOSPC
                raise DiskFullError() from exc
            raise


def _flatten(data: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _flatten(value, full + ".")
        else:
            yield full, value


def _nest(values: Mapping[str, Any]) -> dict[str, Any]:
    nested: dict[str, Any] = {}
    for key, value in sorted(values.items()):
        *sections, leaf = key.split(".")
        node = nested
        for section in sections:
            node = node.setdefault(section, {})
        node[leaf] = value
    return nested
