"""First sync from the sandbox, the ingest path alone, and the GUI while a sync runs.

The sandbox runs in its own process (:mod:`benchmarks.sandbox_proc`), its world built
with ``sync_conversations`` readable conversations (``SandboxServer(conversations=)``).
Nothing but the client side runs in the measuring process, as at a desk where
Booking.com is remote.

- ``sync_throughput``: ``SyncEngine.sync_once()`` into an empty store (the first sync:
  every conversation read in full), new messages per second over the whole sync;
  the table's median/p95 are per page of 50 conversations (from the engine's
  progress callback and the store's highest message rowid).
- ``ingest_throughput``: the store's ingest path without HTTP: one ``ingest_page`` per
  page of 50 conversations (conversations, participants, reservations and messages in
  one transaction), exactly the call the sync engine makes; also one
  ``ingest_messages`` call per 500 messages, in ``info``.
- ``sync_gui_latency``: the inbox window open on an empty store while the app's own
  ``SyncController`` runs the first sync on the window's task runner; a 1 ms precise
  QTimer on the GUI thread; every gap between two ticks (at most ``gui_seconds`` of it).
"""

from __future__ import annotations

import itertools
import json
import logging
import random
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.harness import (
    ROOT,
    Context,
    Measurement,
    at_least,
    at_most,
    measured,
    python,
    run_json,
)
from benchmarks.stats import by_generation

PROBE = str(ROOT / "benchmarks" / "gui_probe.py")
FLOOR_MESSAGES_PER_S = 2000.0
GUI_P95_MS = 16.0
GUI_MAX_MS = 100.0


@contextmanager
def sandbox(conversations: int, log_file: Path) -> Iterator[dict[str, Any]]:
    """The sandbox in a child process; yields its description (first stdout line)."""
    with log_file.open("w") as errors:
        process = subprocess.Popen(
            [python(), "-m", "benchmarks.sandbox_proc", "--conversations", str(conversations)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            if not line:
                raise RuntimeError(f"the sandbox did not start; see {log_file}")
            yield json.loads(line)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _properties(description: dict[str, Any]) -> list[Any]:
    from desktop.domain import Property

    return [
        Property(p["id"], p["name"], p["timezone"], p["has_access"])
        for p in description["properties"]
    ]


def _client(description: dict[str, Any]) -> Any:
    from desktop.booking import BookingClient
    from desktop.credentials import CredentialKind, Credentials

    creds = Credentials(
        CredentialKind.TOKEN, description["client_id"], description["client_secret"]
    )
    return BookingClient(
        creds, messaging_url=description["base_url"], token_url=description["auth_url"]
    )


def _first_sync(description: dict[str, Any], folder: Path) -> Measurement:
    from desktop.paths import DataPaths
    from desktop.store import open_store
    from desktop.sync import SyncEngine

    paths = DataPaths(root=folder / "data", logs=folder / "logs").ensure()
    store = open_store(paths)
    marks: list[tuple[float, int]] = []
    counter = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True, check_same_thread=False)

    def progress(_done: int, _total: int | None) -> None:
        row = counter.execute("SELECT max(id) FROM messages").fetchone()
        marks.append((time.perf_counter(), int(row[0] or 0)))

    try:
        with _client(description) as client:
            engine = SyncEngine(store, client, _properties(description))
            started = time.perf_counter()
            marks.append((started, 0))
            result = engine.sync_once(progress)
            elapsed = time.perf_counter() - started
    finally:
        counter.close()
        store.close()
    rates = [
        (n1 - n0) / (t1 - t0)
        for (t0, n0), (t1, n1) in itertools.pairwise(marks)
        if t1 > t0 and n1 > n0
    ]
    overall = result.new_messages / elapsed
    m = measured(
        "sync_throughput",
        f"first sync, {result.conversations:,} conversations: msg/s per page",
        "msg/s",
        rates or [overall],
        digits=0,
        overall_messages_per_s=round(overall),
        new_messages=result.new_messages,
        conversations=result.conversations,
        seconds=round(elapsed, 1),
        world_conversations=description.get("world_conversations"),
        world_messages=description.get("world_messages"),
        sandbox="child process; SandboxServer(conversations=...) via benchmarks.sandbox_proc",
    )
    m.floors = [
        at_least(
            round(overall),
            FLOOR_MESSAGES_PER_S,
            f">= {FLOOR_MESSAGES_PER_S:,.0f} messages/s over the whole first sync",
            "msg/s",
        )
    ]
    return m


def _gui_latency(ctx: Context, description: dict[str, Any]) -> Measurement:
    seconds = float(ctx.settings["gui_seconds"])
    result, _ = run_json(
        [PROBE, "sync", "--sandbox", json.dumps(description), "--seconds", str(seconds)],
        timeout=seconds + 120,
    )
    if result.get("error"):
        raise RuntimeError(f"the sync failed in the GUI probe: {result['error']}")
    gaps = result["gaps_ms"]
    m = measured(
        "sync_gui_latency",
        "GUI-thread 1 ms timer during a sync",
        "ms",
        gaps,
        sync_seconds=result["seconds"],
        sync_finished=result["finished"],
        new_messages=result["new_messages"],
        gaps_over_16ms=sum(1 for g in gaps if g > GUI_P95_MS),
        gaps_over_100ms=sum(1 for g in gaps if g > GUI_MAX_MS),
        peak_rss_mb=result["peak_rss_mb"],
        gc_pauses_ms=by_generation(result.get("gc_pauses_ms", {})),
        note="window open on the store being synced; sync on the window's task runner",
    )
    m.floors = [
        at_most(float(m.stats["p95"]), GUI_P95_MS, f"p95 < {GUI_P95_MS:g} ms", "ms"),
        at_most(float(m.stats["max"]), GUI_MAX_MS, f"never over {GUI_MAX_MS:g} ms", "ms"),
    ]
    return m


def _ingest(ctx: Context, folder: Path) -> Measurement:
    """The store's ingest path alone, fed like the sync engine feeds it."""
    from benchmarks.text import Composer
    from desktop.domain import (
        Actor,
        Conversation,
        ConversationType,
        Message,
        MessageType,
        Participant,
        Reservation,
        SenderKind,
    )
    from desktop.paths import DataPaths
    from desktop.store import open_store
    from desktop.store.conversations import upsert_conversations
    from desktop.store.messages import ingest_messages, ingest_page

    rng = random.Random(11)
    composer = Composer(rng)
    actor = Actor.system("sync")
    now = datetime.now(UTC).replace(microsecond=0)
    total = int(ctx.settings["ingest_conversations"])
    pages: list[list[tuple[Conversation, list[Participant], list[Message]]]] = []
    for start in range(0, total, 50):
        page = []
        for i in range(start, min(total, start + 50)):
            cid = f"bench-{i:06d}"
            language = composer.language()
            first, last = composer.guest_name(language)
            voice = composer.voice(language, first, "Hôtel du Lac", "Camille", "", "12/06")
            guest, host = f"g-{i}", f"h-{i}"
            at = now - timedelta(days=30) + timedelta(minutes=i)
            messages = []
            for k in range(rng.choice((1, 2, 3, 4, 4, 5, 6, 8))):
                sender = SenderKind.GUEST if k % 2 == 0 else SenderKind.PROPERTY
                topic = composer.topic()
                content = (
                    composer.question(voice, topic)
                    if sender is SenderKind.GUEST
                    else composer.answer(voice, topic)
                )
                at += timedelta(minutes=rng.randint(5, 600))
                messages.append(
                    Message(
                        message_id=f"m-{i:06d}-{k}",
                        conversation_id=cid,
                        sender=sender,
                        created_at=at,
                        content=content,
                        message_type=MessageType.FREE_TEXT,
                        sender_id=guest if sender is SenderKind.GUEST else host,
                        read_by=(host,) if sender is SenderKind.GUEST else (guest,),
                    )
                )
            conversation = Conversation(
                conversation_id=cid,
                property_id=1001001,
                conversation_type=ConversationType.RESERVATION,
                reservation_number=str(4_000_000_000 + i),
                guest_name=f"{first} {last}",
                guest_participant_id=guest,
                property_participant_id=host,
                language=language,
            )
            participants = [
                Participant(guest, SenderKind.GUEST, f"{first} {last}"),
                Participant(host, SenderKind.PROPERTY, "Hôtel du Lac"),
            ]
            page.append((conversation, participants, messages))
        pages.append(page)

    paths = DataPaths(root=folder / "ingest", logs=folder / "ingest-logs").ensure()
    rates: list[float] = []
    count = 0
    with open_store(paths) as store:
        started = time.perf_counter()
        for page in pages:
            t0 = time.perf_counter()
            n = ingest_page(
                store,
                [c for c, _, _ in page],
                {c.conversation_id: p for c, p, _ in page},
                [m for _, _, messages in page for m in messages],
                actor,
                [
                    Reservation(c.reservation_number, c.property_id, c.guest_name)
                    for c, _, _ in page
                    if c.reservation_number
                ],
            ).value
            rates.append(n / (time.perf_counter() - t0))
            count += n
        elapsed = time.perf_counter() - started
    # One call per 500 messages, for comparison (the same messages, a fresh store).
    flat = [m for page in pages for _, _, messages in page for m in messages]
    paths = DataPaths(root=folder / "ingest-bulk", logs=folder / "ingest-bulk-logs").ensure()
    with open_store(paths) as store:
        upsert_conversations(
            store,
            [c for page in pages for c, _, _ in page],
            actor,
            {c.conversation_id: p for page in pages for c, p, _ in page},
        )
        t0 = time.perf_counter()
        for start in range(0, len(flat), 500):
            ingest_messages(store, flat[start : start + 500], actor)
        bulk = len(flat) / (time.perf_counter() - t0)
    return measured(
        "ingest_throughput",
        "ingest path alone (no HTTP): msg/s per page",
        "msg/s",
        rates,
        digits=0,
        overall_messages_per_s=round(count / elapsed),
        messages=count,
        conversations=total,
        bulk_500_per_call_messages_per_s=round(bulk),
        note="informational: one ingest_page per 50 conversations, as sync",
    )


def run(ctx: Context) -> list[Measurement]:
    logging.getLogger("desktop").setLevel(logging.ERROR)  # "no access to 1003003" is expected
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-sync-") as tmp:
        folder = Path(tmp)
        results = []
        conversations = int(ctx.settings["sync_conversations"])
        ctx.log(f"  sandbox world of ~{conversations:,} conversations (child process) ...")
        with sandbox(conversations, folder / "sandbox.log") as description:
            ctx.log(
                f"  world: {description['world_conversations']:,} conversations, "
                f"{description['world_messages']:,} messages; first sync ..."
            )
            results.append(_first_sync(description, folder / "sync"))
            ctx.log("  GUI latency during a first sync ...")
            results.append(_gui_latency(ctx, description))
        ctx.log("  ingest path alone ...")
        results.append(_ingest(ctx, folder))
    return results
