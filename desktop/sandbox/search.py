"""Message search jobs: ``GET /messages/search`` and ``/messages/search/result/{job}``.

A job is ready at once (the real API may take a while: **inferred**, the client just
reads results) and expires 48 hours later (then 404). Criteria: ``after``, ``before``
(ISO 8601; without an offset, UTC), ``property_id`` and ``order_by`` (``asc`` by
default). At least one parameter is required and the range may not exceed 90 days
(missing ends default to now and to 90 days before ``before``). Results are snapshots
of the account's messages at start, 50 per page; ``next_page_id`` is ``""`` on the last
page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.sandbox.responses import Refusal
from desktop.sandbox.world import MessageRef

MAX_RANGE = timedelta(days=90)
JOB_LIFETIME = timedelta(hours=48)
PAGE_SIZE = 50
PARAMETERS = ("after", "before", "property_id", "order_by")


@dataclass(frozen=True, slots=True)
class SearchJob:
    job_id: str
    expires_at: datetime
    results: tuple[MessageRef, ...]


@dataclass(frozen=True, slots=True)
class Criteria:
    after: datetime
    before: datetime
    property_id: int | None
    descending: bool


def criteria(params: Mapping[str, str], now: datetime) -> Criteria:
    """Validate the query; :class:`Refusal` 400 when the API would refuse it."""
    if not any(params.get(name) for name in PARAMETERS):
        raise Refusal(400, "missing_parameters", "Give at least one of: " + ", ".join(PARAMETERS))
    before = _moment(params, "before") or now
    after = _moment(params, "after") or before - MAX_RANGE
    if after > before:
        raise Refusal(400, "invalid_range", "'after' must come before 'before'.")
    if before - after > MAX_RANGE:
        raise Refusal(400, "range_too_long", "A search covers at most 90 days.")
    order = params.get("order_by") or "asc"
    if order not in ("asc", "desc"):
        raise Refusal(400, "invalid_order_by", "order_by is asc or desc.")
    property_id = params.get("property_id")
    if property_id is not None and not property_id.isdigit():
        raise Refusal(400, "invalid_property_id")
    return Criteria(after, before, int(property_id) if property_id else None, order == "desc")


def _moment(params: Mapping[str, str], name: str) -> datetime | None:
    raw = params.get(name)
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise Refusal(400, f"invalid_{name}", f"'{name}' is not an ISO 8601 timestamp.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class SearchJobs:
    """The jobs started so far (thread-safe)."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock
        self._jobs: dict[str, SearchJob] = {}
        self._lock = threading.Lock()

    def start(self, job_id: str, found: list[MessageRef], order: Criteria) -> SearchJob:
        ordered = sorted(found, key=lambda ref: ref[1].timestamp, reverse=order.descending)
        job = SearchJob(job_id, self._clock() + JOB_LIFETIME, tuple(ordered))
        with self._lock:
            self._jobs[job_id] = job
        return job

    def page(self, job_id: str, page_id: str | None) -> tuple[list[MessageRef], str]:
        """One page of results and the next ``page_id`` (``""`` on the last page)."""
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None or job.expires_at <= self._clock():
            raise Refusal(404, "unknown_job", "Search job not found or expired.")
        start = int(page_id) if page_id and page_id.isdigit() else 0
        end = start + PAGE_SIZE
        next_page = str(end) if end < len(job.results) else ""
        return list(job.results[start:end]), next_page


def matches(ref: MessageRef, wanted: Criteria) -> bool:
    conversation, message = ref
    if wanted.property_id is not None and conversation.property_id != wanted.property_id:
        return False
    return wanted.after <= message.timestamp <= wanted.before
