"""Logging set-up: rotating files in the user log folder, no secrets, no message text.

Code logs ids, counts, states and ``ruid``s, never message content. As a second line of
defence a filter masks anything that looks like a bearer token, a JWT, a Basic
credential or a ``secret=``/``password=`` pair before a record is written.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "frontdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_SECRET_PATTERNS = (
    re.compile(r"(?i)(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"),
    re.compile(r"(?i)((?:client_)?secret|password|pin|token)([\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+"),
)


def redact(text: str) -> str:
    """Mask secrets in a log line."""
    text = _SECRET_PATTERNS[0].sub(lambda m: f"{m.group(1)} ***", text)
    text = _SECRET_PATTERNS[1].sub("***jwt***", text)
    return _SECRET_PATTERNS[2].sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with :func:`redact` applied."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def configure(log_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Send the ``desktop`` and ``ui`` loggers to a rotating file; return its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for existing in [h for h in root.handlers if getattr(h, "_frontdesk", False)]:
        root.removeHandler(existing)
        existing.close()
    handler._frontdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.addFilter(RedactingFilter())
        stream._frontdesk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    return path
