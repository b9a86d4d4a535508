"""A SyncPort that records what the inbox asked of the sync engine. Tests only.

The real implementation is the sync engine (``desktop/sync``); this one sends nothing
and refuses to be imported outside pytest, so it can never stand in for it in the app.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

if "pytest" not in sys.modules:  # pragma: no cover - the point is to refuse
    raise RuntimeError(
        "tests.helpers.fake_sync records sync requests for tests; "
        "it must never be imported by Frontdesk itself."
    )


class RecordingSync:
    """Implements ``SyncPort`` (and the optional ``UnreadPort``) by recording each call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def request_sync(self) -> None:
        self.calls.append(("request_sync", ()))

    def push_no_reply_needed(self, conversation_id: str, value: bool) -> None:
        self.calls.append(("push_no_reply_needed", (conversation_id, value)))

    def push_read(self, conversation_id: str, message_ids: Sequence[str]) -> None:
        self.calls.append(("push_read", (conversation_id, tuple(message_ids))))

    def push_unread(self, conversation_id: str, message_ids: Sequence[str]) -> None:
        self.calls.append(("push_unread", (conversation_id, tuple(message_ids))))

    def flush_outbox(self) -> None:
        self.calls.append(("flush_outbox", ()))

    def named(self, name: str) -> list[tuple[object, ...]]:
        """The arguments of every call to ``name``, in order."""
        return [args for called, args in self.calls if called == name]
