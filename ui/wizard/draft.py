"""What the contact wizard holds while staff answer it, and its crash-safe copy.

:class:`WizardDraft` is the wizard's one piece of state: every page reads it in
``initializePage`` and writes it as the user types. :class:`DraftSaver` writes it as
JSON to ``<data>/recovery/contact-wizard.json`` a moment after each change (debounced;
written to a temporary file, then renamed, so a crash never leaves half a file). On the
next open the wizard offers to resume it. The file is removed when the wizard is
finished or the draft is explicitly discarded.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop.domain import utcnow

log = logging.getLogger(__name__)

RECOVERY_FILE = "contact-wizard.json"
FORMAT_VERSION = 1
#: The draft is written this long after the last change.
SAVE_DELAY_MS = 400

#: Fields that say where the user is, not what they wrote.
_NAVIGATION = frozenset({"page", "who", "property_id", "guest_language"})


@dataclass
class WizardDraft:
    """Everything the contact wizard collects (plain values, JSON-friendly)."""

    who: str = "property"  # "property" or "guest"
    property_id: int | None = None
    guest_language: str = "en"
    theme: str | None = None
    subtheme: str | None = None
    words: str = ""
    article_id: str | None = None
    option: str | None = None  # "message", "call" or "pulse"
    reservation_number: str = ""
    reservation_confirmed: bool = False
    subject: str = ""
    description: str = ""
    images: list[str] = field(default_factory=list)
    call_outcome: str | None = None
    call_notes: str = ""
    call_started_at: str | None = None
    page: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: object) -> WizardDraft | None:
        """A draft from saved JSON; None if it is not one (values of the wrong type)."""
        if not isinstance(raw, dict):
            return None
        draft = cls()
        for item in fields(cls):
            if item.name not in raw:
                continue
            value = raw[item.name]
            default = getattr(draft, item.name)
            if not _same_kind(value, default, item.name):
                return None
            setattr(draft, item.name, list(value) if isinstance(value, list) else value)
        return draft

    def copy(self) -> WizardDraft:
        return replace(self, images=list(self.images))

    def differs_from(self, start: WizardDraft) -> bool:
        """Whether the user chose or wrote anything beyond where the wizard started."""
        mine, theirs = self.to_json(), start.to_json()
        return any(mine[k] != theirs[k] for k in mine if k not in _NAVIGATION)


_OPTIONAL = frozenset(
    {"property_id", "theme", "subtheme", "article_id", "option", "call_outcome", "call_started_at"}
)


def _same_kind(value: object, default: object, name: str) -> bool:
    if value is None:
        return name in _OPTIONAL
    if name == "property_id":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "images":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)


@dataclass(frozen=True, slots=True)
class SavedDraft:
    draft: WizardDraft
    saved_at: datetime | None


class RecoveryFile:
    """The draft's file: atomic writes, tolerant reads."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / RECOVERY_FILE

    def save(self, draft: WizardDraft) -> None:
        payload = {
            "version": FORMAT_VERSION,
            "saved_at": utcnow().isoformat(),
            "draft": draft.to_json(),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    def load(self) -> SavedDraft | None:
        """The saved draft, or None (none, unreadable or damaged: damaged files are kept
        aside as ``.damaged`` so nothing is silently lost)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            self._set_aside()
            return None
        draft = WizardDraft.from_json(raw.get("draft")) if isinstance(raw, dict) else None
        if draft is None:
            self._set_aside()
            return None
        saved_at: datetime | None = None
        with contextlib.suppress(TypeError, ValueError):
            saved_at = datetime.fromisoformat(str(raw.get("saved_at")))
        return SavedDraft(draft, saved_at)

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def _set_aside(self) -> None:
        with contextlib.suppress(OSError):
            self.path.replace(self.path.with_name(self.path.name + ".damaged"))
        log.warning("the contact wizard's saved draft was damaged; kept aside")


class DraftSaver(QObject):
    """Writes the draft :data:`SAVE_DELAY_MS` after the last change (and on ``flush``)."""

    def __init__(self, file: RecoveryFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self._pending: WizardDraft | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self, draft: WizardDraft) -> None:
        self._pending = draft.copy()
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        try:
            self.file.save(pending)
        except OSError as exc:  # a full disk must not break typing: keep it in memory
            log.warning("could not save the contact wizard's draft: %s", exc.strerror or exc)
            self._pending = pending

    def cancel(self) -> None:
        self._timer.stop()
        self._pending = None


__all__ = [
    "RECOVERY_FILE",
    "SAVE_DELAY_MS",
    "DraftSaver",
    "RecoveryFile",
    "SavedDraft",
    "WizardDraft",
]
