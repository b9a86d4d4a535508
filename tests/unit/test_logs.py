"""Logs carry no secrets."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.logs import configure, redact

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"


def test_redact_masks_tokens_and_secrets() -> None:
    line = f"Authorization: Bearer {JWT} client_secret=hunter2 password: s3cret {JWT}"
    cleaned = redact(line)
    for secret in (JWT, "hunter2", "s3cret"):
        assert secret not in cleaned
    assert "client_secret=***" in cleaned


def test_configured_file_is_redacted(tmp_path: Path) -> None:
    path = configure(tmp_path / "logs")
    logging.getLogger("desktop.test").warning("token exchange failed secret=%s", "abc123xyz")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "token exchange failed" in text
    assert "abc123xyz" not in text
    configure(tmp_path / "other")  # replaces our handler instead of adding a second one
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_frontdesk", False)]
    assert len(ours) == 1
    for handler in ours:
        logging.getLogger().removeHandler(handler)
        handler.close()
