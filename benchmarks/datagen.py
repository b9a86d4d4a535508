"""The large profile: a generated Frontdesk database, built once and cached.

What it holds (``--size full``): 5 properties, 100,000 guest conversations with
1,000,000 messages in six languages (text composed from the sandbox's phrase banks,
see :mod:`benchmarks.text`), participants and reservations, 1,000 help articles,
50,000 support cases, 5,000 call logs, 50,000 audit events, staff, notes, drafts and
outbox history. ``--size small`` is the same shape, a hundredth of the size.

How: the schema is created by the product (``open_store``: the Alembic migrations,
FTS5 tables and triggers included); rows are inserted with SQLAlchemy Core
``insert()`` executemany on the store's own tables, one transaction per chunk of
conversations. The message index is built afterwards: the ``fts_messages`` insert
trigger is dropped during the bulk load, then FTS5's ``rebuild`` fills the index in
one pass and the trigger is recreated from its own saved SQL, so the file ends up
exactly as the migrations left it (smaller segments built by the live trigger are
merged by FTS5 itself in a real mailbox; ``rebuild`` gives the same index faster).
The other full-text tables are filled by their triggers. The articles go through the
product's ``replace_articles``. Nothing is ANALYZEd: the product never runs ANALYZE,
so the query planner sees what it sees at a real desk.

Derived columns (folder, activity time, last message, unread count) are computed the
way ``desktop.store.summary`` computes them. Dates end at generation time.

Cache: ``<cache>/<key>/`` where the key names the generator version, the size and
the schema revision; a ``manifest.json`` written last marks a complete build. A
different generator version, size or schema builds a new one.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, Table, event, insert, text

from benchmarks.text import Composer, Voice
from desktop.domain import (
    SYSTEM,
    Access,
    Actor,
    AuditAction,
    ConversationKind,
    ConversationType,
    MessageType,
    OutboxState,
    SenderKind,
    SupportCaseStatus,
    SupportChannel,
    SupportTransport,
)
from desktop.paths import DataPaths
from desktop.store import migrate, open_store
from desktop.store import sqlite as backend
from desktop.store.articles import replace_articles
from desktop.store.model import Folder
from desktop.store.summary import folder_for, preview
from desktop.store.tables import (
    AttachmentRow,
    AuditRow,
    CallLogRow,
    ConversationRow,
    DraftRow,
    MessageRow,
    NoteRow,
    OutboxRow,
    ParticipantRow,
    PropertyRow,
    ReservationRow,
    SupportCaseRow,
)

#: Bump when the generated data changes shape: cached databases are then rebuilt.
GENERATOR_VERSION = 2
#: Messages of the long threads (the "open a conversation of 200 messages" benchmark).
LONG_THREAD = 200
#: The mailbox spans this long, ending now.
SPAN = timedelta(days=540)
DEFAULT_CACHE = Path(os.environ.get("FRONTDESK_BENCH_CACHE", "~/.cache/frontdesk-bench"))


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    properties: int
    conversations: int
    messages: int
    articles: int
    support_cases: int
    audit_events: int
    call_logs: int
    long_threads: int
    chunk: int  # conversations per insert transaction
    seed: int = 20240601


PROFILES = {
    "small": Profile("small", 2, 2_000, 20_000, 100, 500, 500, 50, 4, 1_000),
    "full": Profile("full", 5, 100_000, 1_000_000, 1_000, 50_000, 50_000, 5_000, 20, 5_000),
}

_HOTELS = (
    ("Hôtel du Lac", "Europe/Paris", "https://hoteldulac.example/acces"),
    ("Grand Canal Hotel", "Europe/Amsterdam", "https://grandcanalhotel.example/route"),
    ("Albergo Lucia", "Europe/Rome", "https://albergolucia.example/dove"),
    ("Hotel Alameda", "Europe/Madrid", "https://hotelalameda.example/llegar"),
    ("Haus am Park", "Europe/Berlin", "https://hausampark.example/anfahrt"),
)
_STAFF = (
    "Camille",
    "Julien",
    "Inès",
    "Marc",
    "Sanne",
    "Pieter",
    "Lucia",
    "Giorgio",
    "Ana",
    "Jonas",
)
_THEMES = (
    ("reservations", "modify"),
    ("payments", "payout"),
    ("cancellations", "waive_fee"),
    ("property_page", "photos"),
    ("reviews", "reply"),
    ("account", "access"),
    ("commission", "invoice"),
    ("availability", "calendar"),
    ("guest_issues", "no_show"),
    ("technical", "channel_manager"),
)
_AUDIT_ACTIONS = (
    (AuditAction.SYNC, 40),
    (AuditAction.MESSAGE_READ, 25),
    (AuditAction.DRAFT_SAVED, 12),
    (AuditAction.MESSAGE_QUEUED, 6),
    (AuditAction.MESSAGE_SENT, 6),
    (AuditAction.TAG_CHANGED, 4),
    (AuditAction.NOTE_ADDED, 2),
    (AuditAction.SUPPORT_CASE, 3),
    (AuditAction.CALL_LOGGED, 1),
    (AuditAction.EXPORT, 1),
)


@dataclass(frozen=True, slots=True)
class Dataset:
    """A generated database and what the generator knows about it."""

    root: Path
    manifest: dict[str, Any]

    @property
    def paths(self) -> DataPaths:
        return DataPaths(root=self.root / "data", logs=self.root / "logs")

    @property
    def database(self) -> Path:
        return self.paths.database

    @property
    def long_threads(self) -> list[str]:
        return list(self.manifest["long_threads"])


def cache_key(profile: Profile) -> str:
    return f"v{GENERATOR_VERSION}-{profile.name}-{migrate.head_revision()}"


def dataset(
    profile: Profile,
    cache: Path = DEFAULT_CACHE,
    *,
    rebuild: bool = False,
    log: Callable[[str], None] = print,
) -> Dataset:
    """The cached database of ``profile``, generated first when missing."""
    cache = cache.expanduser()
    root = cache / cache_key(profile)
    manifest_file = root / "manifest.json"
    if manifest_file.exists() and not rebuild:
        manifest = json.loads(manifest_file.read_text("utf-8"))
        manifest["cached"] = True
        found = Dataset(root, manifest)
        keep_articles(found.paths)
        return found
    cache.mkdir(parents=True, exist_ok=True)
    building = cache / f"{root.name}.building-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    log(f"generating the {profile.name} profile into {building} ...")
    manifest = Generator(profile, building, log).build()
    (building / "manifest.json").write_text(json.dumps(manifest, indent=1), "utf-8")
    shutil.rmtree(root, ignore_errors=True)
    os.replace(building, root)
    manifest["cached"] = False
    return Dataset(root, manifest)


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _table(row_class: Any) -> Table:
    """The Core table of a mapped class (for ``insert()`` executemany)."""
    return cast(Table, row_class.__table__)


def _unsafe_fast(dbapi_connection: Any, _record: Any) -> None:
    """Generation only: no fsync (a crash just means generating again)."""
    dbapi_connection.execute("PRAGMA synchronous = OFF")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Generator:
    """Writes one profile's database under ``root`` (see the module docstring)."""

    def __init__(self, profile: Profile, root: Path, log: Callable[[str], None]) -> None:
        self.profile = profile
        self.root = root
        self.log = log
        self.rng = random.Random(profile.seed)
        self.composer = Composer(self.rng)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.paths = DataPaths(root=root / "data", logs=root / "logs")
        self.property_ids = [2_001_001 + 1_001 * i for i in range(profile.properties)]
        self.conversation_ids: list[str] = []
        self.long_threads: list[str] = []
        self.folders: dict[str, int] = {}
        self.messages_written = 0
        self.timings: dict[str, float] = {}

    # ------------------------------------------------------------------ whole build

    def build(self) -> dict[str, Any]:
        started = time.perf_counter()
        self.paths.ensure()
        open_store(self.paths).close()  # the product's schema, FTS5 tables and triggers
        engine = backend.create_engine(
            self.paths.database, writer=True, json_serializer=_json_dumps
        )
        event.listen(engine, "connect", _unsafe_fast)
        try:
            trigger = self._drop_message_trigger(engine)
            self._timed("base rows", lambda: self._base_rows(engine))
            self._timed("conversations and messages", lambda: self._conversations(engine))
            self._timed("support, audit, outbox", lambda: self._history(engine))
            self._timed("message index (FTS5 rebuild)", lambda: self._rebuild(engine, trigger))
        finally:
            engine.dispose()
        self._timed("articles", self._articles)
        self._timed("checkpoint", self._checkpoint)
        elapsed = time.perf_counter() - started
        database = self.paths.database
        return {
            "generator_version": GENERATOR_VERSION,
            "profile": asdict(self.profile),
            "schema_revision": migrate.head_revision(),
            "generated_at": self.now.isoformat(),
            "generation_s": round(elapsed, 1),
            "phases_s": {k: round(v, 1) for k, v in self.timings.items()},
            "messages": self.messages_written,
            "conversations": len(self.conversation_ids),
            "folders": self.folders,
            "long_threads": self.long_threads,
            "property_ids": self.property_ids,
            "database_bytes": database.stat().st_size,
        }

    def _timed(self, name: str, step: Callable[[], None]) -> None:
        started = time.perf_counter()
        step()
        self.timings[name] = time.perf_counter() - started
        self.log(f"  {name}: {self.timings[name]:.1f} s")

    # ------------------------------------------------------------------ FTS trigger

    def _drop_message_trigger(self, engine: Engine) -> str:
        with engine.begin() as conn:
            sql = conn.execute(
                text(
                    "SELECT sql FROM sqlite_master WHERE type='trigger' AND name='fts_messages_ai'"
                )
            ).scalar_one()
            conn.exec_driver_sql("DROP TRIGGER fts_messages_ai")
        return str(sql)

    def _rebuild(self, engine: Engine, trigger_sql: str) -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO fts_messages(fts_messages) VALUES ('rebuild')")
            conn.exec_driver_sql(trigger_sql)

    # ------------------------------------------------------------------ rows

    def _base_rows(self, engine: Engine) -> None:
        properties = [
            {
                "property_id": pid,
                "name": _HOTELS[i % len(_HOTELS)][0],
                "timezone": _HOTELS[i % len(_HOTELS)][1],
                "has_access": True,
            }
            for i, pid in enumerate(self.property_ids)
        ]
        # No staff profiles: the large profile is a desk without PIN sign-in, which opens
        # on its inbox (a desk with profiles opens on its lock screen). The audit trail
        # still names the people who acted (``_STAFF``): history keeps actor names and
        # ids without a link to ``staff_members``.
        with engine.begin() as conn:
            conn.execute(insert(_table(PropertyRow)), properties)

    def _message_counts(self) -> list[int]:
        """Messages per conversation: a long tail, ``long_threads`` of exactly 200, exact total."""
        p, rng = self.profile, self.rng
        n = p.conversations
        long_at = set(rng.sample(range(n - n // 10, n), p.long_threads))  # recent ones
        rest = p.messages - LONG_THREAD * len(long_at)
        mean = rest / (n - len(long_at))
        counts = [
            LONG_THREAD if i in long_at else min(80, 1 + int(rng.expovariate(1 / (mean - 1))))
            for i in range(n)
        ]
        others = [i for i in range(n) if i not in long_at]
        diff = rest - sum(counts[i] for i in others)
        while diff:
            i = rng.choice(others)
            if diff > 0 and counts[i] < 80:
                counts[i] += 1
                diff -= 1
            elif diff < 0 and counts[i] > 1:
                counts[i] -= 1
                diff += 1
        self._long_at = long_at
        return counts

    def _conversations(self, engine: Engine) -> None:
        p = self.profile
        counts = self._message_counts()
        reservation_no = 4_100_000_000
        for start in range(0, p.conversations, p.chunk):
            tables: dict[str, list[dict[str, Any]]] = {
                "conversations": [],
                "participants": [],
                "reservations": [],
                "messages": [],
                "attachments": [],
            }
            for index in range(start, min(p.conversations, start + p.chunk)):
                reservation_no += self.rng.randint(1, 40)
                self._conversation(index, counts[index], str(reservation_no), tables)
            with engine.begin() as conn:
                for table in (ReservationRow, ConversationRow, ParticipantRow):
                    rows = tables[str(table.__tablename__)]
                    if rows:
                        conn.execute(insert(_table(table)), rows)
                conn.execute(insert(_table(MessageRow)), tables["messages"])
                if tables["attachments"]:
                    conn.execute(insert(_table(AttachmentRow)), tables["attachments"])
            self.messages_written += len(tables["messages"])
            if (start // p.chunk) % 5 == 4:
                self.log(
                    f"    {start + p.chunk:,} conversations, {self.messages_written:,} messages"
                )

    def _conversation(
        self, index: int, count: int, number: str, out: dict[str, list[dict[str, Any]]]
    ) -> None:
        p, rng, composer, now = self.profile, self.rng, self.composer, self.now
        pid = self.property_ids[index % len(self.property_ids)]
        hotel, _zone, link = _HOTELS[(index % len(self.property_ids)) % len(_HOTELS)]
        cid = _uuid(rng)
        self.conversation_ids.append(cid)
        language = composer.language()
        first, last = composer.guest_name(language)
        guest_name = f"{first} {last}"
        guest_pid, host_pid = _uuid(rng), _uuid(rng)
        long = index in self._long_at
        # Conversations start in order over the span (rowids then follow time, as sync
        # inserts them), a little jitter, and the long threads are recent.
        created = (
            now - SPAN + SPAN * (index / p.conversations) + timedelta(hours=rng.uniform(-12, 12))
        )
        if long:
            created = now - timedelta(days=rng.randint(40, 90))
        created = min(created, now - timedelta(minutes=5))
        request = not long and rng.random() < 0.08
        checkin = (created + timedelta(days=rng.randint(1, 60))).date()
        voice = composer.voice(
            language, first, hotel, rng.choice(_STAFF), link, composer.date_text(language, checkin)
        )
        messages = self._thread(voice, count, created, request)
        no_reply = bool(messages) and messages[-1][1] == "thanks" and rng.random() < 0.6
        rows = out["messages"]
        unread = 0
        last_guest: datetime | None = None
        previous_guest: str | None = None
        for position, (sender, kind, content, at, mtype, attributes) in enumerate(messages):
            mid = _uuid(rng)
            guest = sender is SenderKind.GUEST
            later_reply = any(s is not sender for s, *_ in messages[position + 1 : position + 3])
            old = now - at > timedelta(days=1)
            if guest:
                read = later_reply or (old and rng.random() < 0.8)
                read_by = [host_pid] if read else []
                unread += 0 if read else 1
                last_guest = at
                previous_guest = mid if kind == "question" else previous_guest
            else:
                read_by = [guest_pid] if later_reply or rng.random() < 0.8 else []
            attachment_ids: list[str] = []
            if guest and kind == "question" and rng.random() < 0.01:
                aid = _uuid(rng)
                attachment_ids.append(aid)
                out["attachments"].append(
                    {
                        "attachment_id": aid,
                        "conversation_id": cid,
                        "file_name": "photo.jpg",
                        "file_type": "image/jpeg",
                        "file_size": rng.randint(40_000, 900_000),
                        "local_path": None,
                    }
                )
            rows.append(
                {
                    "message_id": mid,
                    "conversation_id": cid,
                    "sender": sender,
                    "sender_id": guest_pid if guest else host_pid,
                    "sender_name": guest_name if guest else hotel,
                    "message_type": mtype,
                    "content": content,
                    "created_at": at,
                    "attributes": attributes,
                    "attachment_ids": attachment_ids,
                    "read_by": read_by,
                    "reply_to": previous_guest if kind == "answer" else None,
                    "ingested_at": at + timedelta(seconds=rng.randint(5, 600)),
                }
            )
        last_sender, last_at, last_content = (
            (messages[-1][0], messages[-1][3], messages[-1][2]) if messages else (None, None, "")
        )
        folder = folder_for(ConversationKind.GUEST, no_reply, last_sender)
        self.folders[folder.value] = self.folders.get(folder.value, 0) + 1
        if long:
            self.long_threads.append(cid)
        out["conversations"].append(
            {
                "conversation_id": cid,
                "property_id": pid,
                "kind": ConversationKind.GUEST,
                "conversation_type": (
                    ConversationType.REQUEST_TO_BOOK if request else ConversationType.RESERVATION
                ),
                "reservation_number": None if request else number,
                "access": Access.READ_WRITE,
                "guest_name": guest_name,
                "guest_participant_id": guest_pid,
                "property_participant_id": host_pid,
                "language": language,
                "no_reply_needed": no_reply,
                "last_message_at": last_at,
                "last_message_snippet": preview(last_content),
                "last_sender": last_sender,
                "last_guest_message_at": last_guest,
                "unread_count": unread,
                "folder": folder,
                "activity_at": last_at or created,
                "created_at": created,
            }
        )
        out["participants"] += [
            {
                "conversation_id": cid,
                "participant_id": guest_pid,
                "kind": SenderKind.GUEST,
                "name": guest_name,
            },
            {
                "conversation_id": cid,
                "participant_id": host_pid,
                "kind": SenderKind.PROPERTY,
                "name": hotel,
            },
        ]
        if not request:
            out["reservations"].append(
                {
                    "number": number,
                    "property_id": pid,
                    "guest_name": guest_name,
                    "checkin": checkin,
                    "checkout": checkin + timedelta(days=rng.choice((1, 1, 2, 2, 3, 4, 5, 7))),
                    "cancelled_at": None,
                    "language": language,
                }
            )

    def _thread(
        self, voice: Voice, count: int, created: datetime, request: bool
    ) -> list[tuple[SenderKind, str, str, datetime, MessageType, dict[str, Any]]]:
        """``count`` messages: templates, questions, answers, thanks; times end before now."""
        rng, composer = self.rng, self.composer
        G, P = SenderKind.GUEST, SenderKind.PROPERTY
        script: list[tuple[SenderKind, str, str, MessageType, dict[str, Any]]] = []
        if request:
            nights, day = voice.values["nights"], voice.values["date"]
            text_ = f"Request to book: 2 adults, {nights} nights from {day}."
            attrs = {"request_status": "pending", "number_of_guests": 2}
            script.append((G, "event", text_, MessageType.REQUEST_TO_BOOK_EVENT, attrs))
            script.append(
                (G, "question", composer.request_to_book(voice), MessageType.FREE_TEXT, {})
            )
        elif rng.random() < 0.6:
            attrs = {"template_id": "tpl-1001", "template_name": "Reservation confirmation"}
            script.append(
                (
                    P,
                    "template",
                    composer.template(voice, "welcome"),
                    MessageType.AUTOMATICALLY_SENT_TEMPLATE,
                    attrs,
                )
            )
        follow_up = False
        while len(script) < count:
            topic = composer.topic()
            script.append(
                (
                    G,
                    "question",
                    composer.question(voice, topic, follow_up),
                    MessageType.FREE_TEXT,
                    {},
                )
            )
            follow_up = True
            if len(script) >= count or (len(script) == count - 1 and rng.random() < 0.3):
                continue
            script.append((P, "answer", composer.answer(voice, topic), MessageType.FREE_TEXT, {}))
            if len(script) < count and rng.random() < 0.4:
                script.append((G, "thanks", composer.thanks(voice), MessageType.FREE_TEXT, {}))
            if len(script) < count and rng.random() < 0.08:
                attrs = {"template_id": "tpl-1002", "template_name": "Check-in information"}
                script.append(
                    (
                        P,
                        "template",
                        composer.template(voice, "check_in"),
                        MessageType.AUTOMATICALLY_SENT_TEMPLATE,
                        attrs,
                    )
                )
        script = script[:count]
        if (
            len(script) > 1
            and script[-1][1] == "question"
            and self.now - created > timedelta(days=14)
            and rng.random() < 0.9
        ):  # old conversations were answered
            script[-1] = (
                P,
                "answer",
                composer.answer(voice, composer.topic()),
                MessageType.FREE_TEXT,
                {},
            )
        gaps = [
            timedelta(minutes=rng.randint(8, 480))
            if kind in ("answer", "thanks")
            else timedelta(hours=rng.uniform(2, 96))
            for _, kind, *_ in script
        ]
        gaps[0] = timedelta(minutes=rng.randint(1, 30))
        span = sum(gaps, timedelta())
        room = self.now - created - timedelta(minutes=1)
        factor = min(1.0, room / span) if span else 1.0
        at = created
        thread = []
        for (sender, kind, content, mtype, attributes), gap in zip(script, gaps, strict=True):
            at = at + gap * factor
            at = at.replace(microsecond=(at.microsecond // 1000) * 1000)
            thread.append((sender, kind, content, at, mtype, attributes))
        return thread

    def _history(self, engine: Engine) -> None:
        p, rng, now = self.profile, self.rng, self.now
        actors = [Actor(name=name, staff_id=i + 1) for i, name in enumerate(_STAFF)]
        statuses = (SupportCaseStatus.OPEN, SupportCaseStatus.ANSWERED, SupportCaseStatus.CLOSED)
        channels = (SupportChannel.MESSAGE, SupportChannel.CALL, SupportChannel.DEFLECTION)
        subjects = (
            "Change of dates",
            "Payout missing",
            "Waive the cancellation fee",
            "Photos",
            "Review reply",
        )
        cases = []
        for i in range(p.support_cases):
            created = now - SPAN + SPAN * (i / p.support_cases)
            theme, subtheme = rng.choice(_THEMES)
            actor = rng.choice(actors)
            cases.append(
                {
                    "property_id": rng.choice(self.property_ids),
                    "theme": theme,
                    "subtheme": subtheme,
                    "channel": rng.choices(channels, (70, 20, 10))[0],
                    "transport": SupportTransport.EXTRANET,
                    "status": rng.choices(statuses, (5, 10, 85))[0],
                    "created_at": created,
                    "updated_at": created + timedelta(hours=rng.randint(1, 96)),
                    "reservation_number": None,
                    "subject": rng.choice(subjects),
                    "description": self.composer.question(
                        self.composer.voice("en", "Guest", "Hotel", actor.name, "", "01/01"),
                        self.composer.topic(),
                    ),
                    "conversation_id": None,
                    "external_id": None,
                    "article_id": None,
                    "actor_name": actor.name,
                    "actor_staff_id": actor.staff_id,
                }
            )
        calls = [
            {
                "property_id": rng.choice(self.property_ids),
                "theme": rng.choice(_THEMES)[0],
                "number_called": "+31 20 712 5609",
                "outcome": rng.choice(("solved", "call_back", "no_answer")),
                "notes": "",
                "started_at": now - SPAN * rng.random(),
                "case_id": None,
                "reservation_number": None,
                "actor_name": "Camille",
                "actor_staff_id": 1,
            }
            for _ in range(p.call_logs)
        ]
        actions, weights = zip(*_AUDIT_ACTIONS, strict=True)
        audit = []
        for i in range(p.audit_events):
            action = rng.choices(actions, weights)[0]
            target = "messages" if action is AuditAction.SYNC else rng.choice(self.conversation_ids)
            actor = SYSTEM if action is AuditAction.SYNC else rng.choice(actors)
            audit.append(
                {
                    "at": now - SPAN + SPAN * (i / p.audit_events),
                    "action": action,
                    "target": target,
                    "details": {"new": rng.randint(1, 30)} if action is AuditAction.SYNC else {},
                    "actor_name": actor.name,
                    "actor_staff_id": actor.staff_id,
                }
            )
        sent = []
        for _ in range(p.conversations // 20):
            at = now - SPAN * rng.random()
            actor = rng.choice(actors)
            sent.append(
                {
                    "conversation_id": rng.choice(self.conversation_ids),
                    "property_id": self.property_ids[0],
                    "content": "Merci, à bientôt !",
                    "state": OutboxState.SENT,
                    "created_at": at,
                    "updated_at": at,
                    "attachment_paths": [],
                    "attempt_started_at": at,
                    "sent_message_id": _uuid(rng),
                    "error": None,
                    "actor_name": actor.name,
                    "actor_staff_id": actor.staff_id,
                }
            )
        recent = self.conversation_ids[-200:]
        notes = [
            {
                "conversation_id": rng.choice(self.conversation_ids),
                "content": "Guest called: arriving late, key box code given.",
                "created_at": now - SPAN * rng.random(),
                "for_next_shift": False,
                "actor_name": "Julien",
                "actor_staff_id": 2,
            }
            for _ in range(p.conversations // 50)
        ]
        drafts = [
            {
                "conversation_id": cid,
                "content": "Bonjour, merci pour votre message.",
                "started_at": now - timedelta(hours=1),
                "updated_at": now - timedelta(minutes=30),
                "attachment_paths": [],
                "actor_name": "Camille",
                "actor_staff_id": 1,
            }
            for cid in rng.sample(recent, 10)
        ]
        with engine.begin() as conn:
            for table, rows in (
                (SupportCaseRow, cases),
                (CallLogRow, calls),
                (AuditRow, audit),
                (OutboxRow, sent),
                (NoteRow, notes),
                (DraftRow, drafts),
            ):
                for chunk in _chunks(rows, 20_000):
                    conn.execute(insert(_table(table)), chunk)

    def _articles(self) -> None:
        from benchmarks.bench_articles import synthetic_library

        with open_store(self.paths) as store:
            replace_articles(store, synthetic_library(self.profile.articles), SYSTEM)
        keep_articles(self.paths)

    def _checkpoint(self) -> None:
        with sqlite3.connect(self.paths.database) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()


def keep_articles(paths: DataPaths) -> None:
    """Mark the help library as indexed, so the app's start keeps the generated articles.

    At start-up ``HelpCenter.sync`` re-indexes the shipped articles when their
    fingerprint differs from the stored one; the generated library stays only while
    the stored fingerprint is current (checked again each time the cache is used).
    """
    from desktop.helpcenter.importer import FINGERPRINT_KEY
    from desktop.helpcenter.library import fingerprint
    from desktop.store.state import get_setting, set_setting

    with open_store(paths) as store:
        current = fingerprint(paths)
        if get_setting(store, FINGERPRINT_KEY) != current:
            set_setting(store, FINGERPRINT_KEY, current, SYSTEM)


def properties(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """The dataset's properties, as the sandbox describes its own."""
    return [
        {
            "id": pid,
            "name": _HOTELS[i % len(_HOTELS)][0],
            "timezone": _HOTELS[i % len(_HOTELS)][1],
            "has_access": True,
        }
        for i, pid in enumerate(manifest["property_ids"])
    ]


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def expected_guest_conversations(manifest: dict[str, Any]) -> int:
    """Guest conversations, i.e. the rows of the "All" folder."""
    folders = manifest["folders"]
    return sum(v for k, v in folders.items() if k != Folder.SUPPORT.value)
