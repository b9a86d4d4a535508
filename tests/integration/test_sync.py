"""The sync engine against the sandbox over real HTTP, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.booking import BookingClient
from desktop.credentials import CredentialKind, Credentials
from desktop.domain import SYSTEM, Access, Actor, OutboxState, SenderKind, utcnow
from desktop.paths import resolve
from desktop.sandbox import SandboxServer
from desktop.store import Store, open_store
from desktop.store import conversations as conv_store
from desktop.store import messages as msg_store
from desktop.store import outbox as out_store
from desktop.sync import OutboxSender, SyncEngine

pytestmark = pytest.mark.integration


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(seed=11)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(resolve(tmp_path / "data").ensure()) as opened:
        yield opened


def client_for(
    server: SandboxServer, *, timeout: float = 10.0, url: str | None = None
) -> BookingClient:
    info = server.info
    creds = Credentials(CredentialKind.TOKEN, info.client_id, info.client_secret)
    return BookingClient(
        creds, messaging_url=url or info.base_url, token_url=info.auth_url, timeout=timeout
    )


@pytest.fixture
def engine(sandbox: SandboxServer, store: Store) -> Iterator[SyncEngine]:
    with client_for(sandbox) as client:
        yield SyncEngine(store, client, list(sandbox.info.properties))


def world_message_ids(server: SandboxServer) -> set[str]:
    state = server.state
    with state.lock:
        return {
            m.message_id
            for c in state.world.conversations.values()
            if state.accessible(c.property_id)
            for m in c.messages
        }


def store_message_ids(store: Store) -> set[str]:
    from sqlalchemy import select

    from desktop.store.tables import MessageRow

    with store.read() as session:
        ids = list(session.scalars(select(MessageRow.message_id)))
    assert len(ids) == len(set(ids))
    return set(ids)


def writable_ids(server: SandboxServer) -> list[tuple[int, str]]:
    """Reservation conversations the property may still write in for at least a day."""
    state, now = server.state, utcnow()
    found = []
    with state.lock:
        for c in state.world.conversations.values():
            until = c.property_can_write_until()
            open_for_a_day = until is not None and until > now + timedelta(days=1)
            is_reservation = c.conversation_type.value == "reservation"
            if state.accessible(c.property_id) and open_for_a_day and is_reservation:
                found.append((c.property_id, c.conversation_id))
    return found


def writable_conversation(server: SandboxServer) -> tuple[int, str]:
    found = writable_ids(server)
    assert found, "the sandbox world has no writable conversation"
    return found[0]


def world_texts(server: SandboxServer, conversation_id: str) -> list[str]:
    with server.state.lock:
        for c in server.state.world.conversations.values():
            if c.conversation_id == conversation_id:
                return [m.content for m in c.messages if m.sender is SenderKind.PROPERTY]
    raise AssertionError(conversation_id)


def test_first_sync_brings_the_whole_world_and_later_syncs_stop_early(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    first = engine.sync_once()
    assert store_message_ids(store) == world_message_ids(sandbox)
    assert first.no_access == [p.property_id for p in sandbox.info.properties if not p.has_access]
    requests_before = sum(sandbox.state.requests.values())
    again = engine.sync_once()
    assert again.new_messages == 0
    assert sum(sandbox.state.requests.values()) - requests_before <= 6  # one page per property
    written = sandbox.state.tick(3)
    later = engine.sync_once()
    assert later.new_messages == len(written)
    assert store_message_ids(store) == world_message_ids(sandbox)


def test_a_reply_is_sent_once_and_comes_back_into_the_thread(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    engine.sync_once()
    _, cid = writable_conversation(sandbox)
    text = "Bonjour, votre chambre sera prête à 14 h. À bientôt !"
    entry = out_store.enqueue(store, cid, text, SYSTEM).value
    summary = engine.sync_once()
    assert summary.outbox.sent == 1
    assert world_texts(sandbox, cid).count(text) == 1
    done = out_store.get_entry(store, entry.entry_id)
    assert done is not None
    assert done.state is OutboxState.SENT
    thread = msg_store.get_thread(store, cid)
    assert [m.message_id for m in thread if m.content == text] == [done.sent_message_id]
    engine.sync_once()
    assert world_texts(sandbox, cid).count(text) == 1


def test_offline_queues_then_sends_once_when_back(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    engine.sync_once()
    _, cid = writable_conversation(sandbox)
    text = "We have a parking space for you."
    entry = out_store.enqueue(store, cid, text, SYSTEM).value
    with client_for(sandbox, url="http://127.0.0.1:9/messaging") as offline:
        report = OutboxSender(store, offline).flush()
    assert report.requeued == 1
    assert state_of(store, entry.entry_id) is OutboxState.QUEUED
    assert world_texts(sandbox, cid).count(text) == 0
    engine.sync_once()
    assert world_texts(sandbox, cid).count(text) == 1
    assert state_of(store, entry.entry_id) is OutboxState.SENT


def test_a_send_that_times_out_stays_in_doubt_until_a_person_decides(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    engine.sync_once()
    _, cid = writable_conversation(sandbox)
    text = "Late check-in is fine, see https://not-allowed.example/map for the door code."
    entry = out_store.enqueue(store, cid, text, SYSTEM).value
    set_faults(sandbox, "send:latency=1500ms@1")
    with client_for(sandbox, timeout=0.5) as impatient:
        report = OutboxSender(store, impatient).flush()
    assert report.in_doubt == 1
    engine.sync_once()  # reading the thread back finds nothing: it stays in doubt
    assert state_of(store, entry.entry_id) is OutboxState.IN_DOUBT
    assert not [t for t in world_texts(sandbox, cid) if t.startswith("Late check-in")]
    reviewer = Actor(name="Léa", staff_id=1)
    out_store.resend_after_review(store, entry.entry_id, reviewer)  # a person chose to resend
    engine.sync_once()
    assert state_of(store, entry.entry_id) is OutboxState.SENT
    sent = [t for t in world_texts(sandbox, cid) if t.startswith("Late check-in")]
    assert len(sent) == 1
    assert "not-allowed.example" not in sent[0]  # Booking.com strips links not allowed


def test_an_in_doubt_entry_whose_message_arrived_is_reconciled_despite_stripped_links(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    engine.sync_once()
    property_id, cid = writable_conversation(sandbox)
    text = "Our map: https://not-allowed.example/map — see you soon."
    entry = out_store.enqueue(store, cid, text, SYSTEM).value
    out_store.start_sending(store, entry.entry_id, SYSTEM)
    sandbox.state.send(property_id, cid, text, [])  # it reached Booking.com, then we crashed
    engine.sync_once()  # recovery: sending -> in_doubt -> read back -> sent
    done = out_store.get_entry(store, entry.entry_id)
    assert done is not None
    assert done.state is OutboxState.SENT
    assert len([t for t in world_texts(sandbox, cid) if t.startswith("Our map")]) == 1


def state_of(store: Store, entry_id: int) -> OutboxState:
    entry = out_store.get_entry(store, entry_id)
    assert entry is not None
    return entry.state


def test_a_dropped_send_stays_in_doubt_and_is_never_resent(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    engine.sync_once()
    _, cid = writable_conversation(sandbox)
    set_faults(sandbox, "send:drop@1")
    entry = out_store.enqueue(store, cid, "Breakfast is from 7 to 10.", SYSTEM).value
    engine.sync_once()
    engine.sync_once()
    assert state_of(store, entry.entry_id) is OutboxState.IN_DOUBT
    assert world_texts(sandbox, cid).count("Breakfast is from 7 to 10.") == 0


def test_read_only_conversations_refuse_sends(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    engine.sync_once()
    closed = [
        c.conversation_id
        for c in conv_store.get_conversations(store, list(conv_ids(store)))
        if c.access is Access.READ_ONLY
    ]
    assert closed, "the sample world has closed threads"
    entry = out_store.enqueue(store, closed[0], "Thanks again!", SYSTEM).value
    engine.sync_once()
    failed = out_store.get_entry(store, entry.entry_id)
    assert failed is not None
    assert failed.state is OutboxState.FAILED
    assert "read-only" in (failed.error or "")


def test_tags_changed_elsewhere_come_back_on_the_full_pass(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    engine.sync_once()
    property_id, cid = writable_conversation(sandbox)
    before = conv_store.get_conversation(store, cid)
    assert before is not None
    with client_for(sandbox) as other_desk:
        other_desk.set_no_reply_needed(property_id, cid, not before.no_reply_needed)
    engine.sync_once()  # quick pass: nothing moved, so it may not notice
    engine.sync_once(full=True)
    after = conv_store.get_conversation(store, cid)
    assert after is not None
    assert after.no_reply_needed is (not before.no_reply_needed)


def test_queue_mode_ingests_then_confirms(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    assert sandbox.state.queue_length() > 0
    summary = engine.drain_queue()
    assert summary.new_messages > 0
    assert sandbox.state.queue_length() == 0


def conv_ids(store: Store) -> list[str]:
    from desktop.store.model import ConversationQuery, Folder

    page = conv_store.page_conversation_ids(store, ConversationQuery(Folder.ALL), limit=10_000)
    return list(page.conversation_ids)


def set_faults(server: SandboxServer, spec: str) -> None:
    import httpx

    httpx.post(
        f"{server.info.admin_url}/faults", json={"spec": spec, "replace": True}
    ).raise_for_status()


@pytest.mark.parametrize("fetchers", [1, 3])
def test_pages_are_written_in_order_with_progress_and_one_audit_event_each(
    sandbox: SandboxServer, store: Store, fetchers: int
) -> None:
    from desktop.domain import AuditAction
    from desktop.store import audit

    done: list[int] = []
    with client_for(sandbox) as client:
        engine = SyncEngine(store, client, list(sandbox.info.properties), fetchers=fetchers)
        summary = engine.sync_once(lambda count, _total: done.append(count))
    assert store_message_ids(store) == world_message_ids(sandbox)
    readable = len(conv_ids(store))
    assert summary.conversations == readable
    assert done == sorted(done)
    assert done[-1] == readable
    assert len(done) == sum(-(-n // 50) for n in conversations_per_property(sandbox))
    events = audit.list_events(store, actions=[AuditAction.SYNC], target="messages", limit=1000)
    assert len(events) == len(done)  # one per page of 50 conversations, not one per thread
    assert sum(e.details["new"] for e in events) == summary.new_messages


def conversations_per_property(server: SandboxServer) -> list[int]:
    state = server.state
    with state.lock:
        return [
            sum(1 for c in state.world.conversations.values() if c.property_id == p)
            for p in server.info.property_ids
        ]


def test_a_sync_cut_short_stores_whole_conversations_only_and_the_next_one_completes(
    engine: SyncEngine, sandbox: SandboxServer, store: Store
) -> None:
    from desktop.booking import BookingError

    def fail_after_the_first_page(_done: int, _total: int | None) -> None:
        set_faults(sandbox, "conversation:400")  # every later thread read is refused

    with pytest.raises(BookingError):
        engine.sync_once(fail_after_the_first_page)
    stored = store_threads(store)
    world = world_threads(sandbox)
    assert 50 <= len(stored) < len(world)
    for cid, message_ids in stored.items():
        assert message_ids in (set(), world[cid])  # a conversation is complete or absent
    set_faults(sandbox, "")
    engine.sync_once()
    assert store_threads(store) == world


def store_threads(store: Store) -> dict[str, set[str]]:
    return {
        cid: {m.message_id for m in msg_store.get_thread(store, cid)} for cid in conv_ids(store)
    }


def world_threads(server: SandboxServer) -> dict[str, set[str]]:
    state = server.state
    with state.lock:
        return {
            c.conversation_id: {m.message_id for m in c.messages}
            for c in state.world.conversations.values()
            if state.accessible(c.property_id)
        }


def test_an_erased_guest_never_comes_back_through_sync(
    engine: SyncEngine, sandbox: SandboxServer, store: Store, tmp_path: Path
) -> None:
    from sqlalchemy import text

    from desktop.history.erasure import erase_guest
    from desktop.store import properties as prop_store

    engine.sync_once()
    property_id, cid = writable_conversation(sandbox)
    conversation = conv_store.get_conversation(store, cid)
    assert conversation is not None
    number, name = conversation.reservation_number, conversation.guest_name
    assert number is not None
    assert name
    assert prop_store.get_reservation(store, number) is not None
    paths = resolve(tmp_path / "data")
    erase_guest(store, paths, [cid], Actor(name="Léa", staff_id=1))

    sandbox.state.send(property_id, cid, "Still there?", [])  # the newest activity again
    sandbox.state.tick(5)
    engine.sync_once()  # quick pass
    engine.sync_once(full=True)  # every page again
    engine.drain_queue()  # the queue holds its messages too

    assert conv_store.get_conversation(store, cid) is None
    assert msg_store.get_thread(store, cid) == []
    assert conv_store.get_participants(store, cid) == []
    assert prop_store.get_reservation(store, number) is None
    expected = world_threads(sandbox)
    del expected[cid]
    assert store_threads(store) == expected  # every other conversation is up to date
    with store.read() as session:
        rows = [tuple(row) for row in session.execute(text("SELECT * FROM erased_conversations"))]
    assert len(rows) == 1
    assert all(clear not in str(rows) for clear in (cid, number, name))
