"""The sync engine: Booking.com (or the sandbox) -> client -> store, and the outbox back."""

from desktop.sync.engine import SyncEngine, SyncSummary
from desktop.sync.outbox import OutboxReport, OutboxSender, comparable, find_match

__all__ = ["OutboxReport", "OutboxSender", "SyncEngine", "SyncSummary", "comparable", "find_match"]
