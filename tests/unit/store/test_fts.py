"""The FTS5 query builder and full-text search over messages, conversations and articles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import Article, ConversationKind, SenderKind
from desktop.paths import DataPaths
from desktop.store import Store, open_store
from desktop.store.articles import replace_articles
from desktop.store.conversations import upsert_conversation
from desktop.store.fts import build_match, fold, parse, words
from desktop.store.messages import get_thread
from desktop.store.model import HIGHLIGHT_END, HIGHLIGHT_START
from desktop.store.search import (
    article_vocabulary,
    search_articles,
    search_conversations,
    search_messages,
)

from .factories import PROPERTY, SYNC, T0, add_conversation, conversation

HOSTILE = [
    '"',
    '""',
    "*",
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "NEAR(a b",
    "-",
    ":",
    "title:",
    "^",
    "(",
    ")",
    "{a b}",
    "a AND",
    '"unclosed phrase',
    "hotel -",
    "+",
    "'",
    "\\",
    "''",
    "*brul",
    "\x00",
    "NEAR(hotel, 3)",
    "content: réservé",
]


# --------------------------------------------------------------------------- query builder


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hotel", '"hotel"*'),
        ("Réservé", '"reserve"*'),
        ("brul  late", '"brul"* AND "late"*'),
        ('"late arrival" fee', '"late arrival" AND "fee"*'),
        ('"fee"', '"fee"'),
        ("AND OR NOT", '"and"* AND "or"* AND "not"*'),
        ("NEAR(a b", '"near"* AND "a" AND "b"'),
        ("l'hôtel", '"l" AND "hotel"*'),
        ("4012345678", '"4012345678"*'),
        ("-*:^()", None),
        ("", None),
        ('"', None),
    ],
)
def test_build_match(typed: str, expected: str | None) -> None:
    assert build_match(typed) == expected


def test_any_term_joins_with_or() -> None:
    assert build_match("waive fee", any_term=True) == '"waive"* OR "fee"*'


def test_folding_and_words() -> None:
    assert fold("Hôtel Élève Ærø ß") == "hotel eleve ærø ß"
    assert words("e-mail: Zoé@Brûlé.fr") == ["e", "mail", "zoe", "brule", "fr"]
    assert len(parse("a " * 100)) == 32


# --------------------------------------------------------------------------- messages


@pytest.fixture
def mailbox(store: Store) -> Store:
    add_conversation(
        store,
        "c1",
        "Bonjour, j'ai réservé la chambre pour deux nuits.",
        "La crème brûlé était parfaite à l'Hôtel.",
        guest_name="Zoé Martin",
        reservation="4012345678",
    )
    add_conversation(
        store,
        "c2",
        "My flight is late, so my arrival is after midnight.",
        "The eleve stayed here; we reserve parking.",
        guest_name="John Smith",
        reservation="5099887766",
        start=10,
    )
    add_conversation(store, "c3", "Late arrival again", guest_name="Ana", property_id=42, start=20)
    return store


def found(store: Store, text: str, **kwargs: object) -> list[str]:
    return [hit.message_id for hit in search_messages(store, text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("reserve", ["c2-m1", "c1-m0"]),  # typed without accents: "reserve", "réservé"
        ("réservé", ["c2-m1", "c1-m0"]),  # typed with accents
        ('"réservé la chambre"', ["c1-m0"]),
        ("hotel", ["c1-m1"]),
        ("HÔTEL", ["c1-m1"]),
        ("élève", ["c2-m1"]),
        ("eleve", ["c2-m1"]),
        ("brul", ["c1-m1"]),  # prefix
        ("brûl", ["c1-m1"]),
        ('"late arrival"', ["c3-m0"]),  # phrase: words in this order, side by side
        ("late arrival", ["c3-m0", "c2-m0"]),  # words: both, anywhere
        ("arrival late", ["c3-m0", "c2-m0"]),
        ('"arrival late"', []),
        ("nothing-like-this", []),
    ],
)
def test_search_messages(mailbox: Store, typed: str, expected: list[str]) -> None:
    assert found(mailbox, typed) == expected


def test_search_messages_newest_first_and_by_property(mailbox: Store) -> None:
    assert found(mailbox, "late") == ["c3-m0", "c2-m0"]
    assert found(mailbox, "late", property_id=42) == ["c3-m0"]
    assert found(mailbox, "late", limit=1) == ["c3-m0"]


def test_search_messages_snippet_marks_matches(mailbox: Store) -> None:
    [hit] = search_messages(mailbox, "brul")
    assert hit.conversation_id == "c1"
    assert f"{HIGHLIGHT_START}brûlé{HIGHLIGHT_END}" in hit.snippet


def test_search_hits_carry_the_messages_own_fields(mailbox: Store) -> None:
    """One statement reads the hit's columns: typed as the store reads them elsewhere."""
    stored = {m.message_id: m for m in get_thread(mailbox, "c2")}
    for kwargs in ({}, {"property_id": PROPERTY}):
        hits = search_messages(mailbox, "reserve", **kwargs)  # type: ignore[arg-type]
        assert [h.message_id for h in hits] == ["c2-m1", "c1-m0"]
        hit = hits[0]
        assert hit.conversation_id == "c2"
        assert hit.created_at == stored["c2-m1"].created_at == T0 + timedelta(minutes=11)
        assert hit.created_at.tzinfo is UTC
        assert hit.sender is SenderKind.GUEST
        assert hit.snippet == (
            f"The eleve stayed here; we {HIGHLIGHT_START}reserve{HIGHLIGHT_END} parking."
        )


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_input_never_raises(mailbox: Store, typed: str) -> None:
    search_messages(mailbox, typed)
    search_conversations(mailbox, typed)
    search_articles(mailbox, typed)
    search_articles(mailbox, typed, any_term=True)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    root = tmp_path_factory.mktemp("fts")
    with open_store(DataPaths(root=root, logs=root / "logs")) as opened:
        add_conversation(opened, "c1", "Réservation à l'Hôtel, crème brûlée")
        yield opened


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(typed=st.text(alphabet=st.sampled_from("ab é\"*:-^()+NEARORAND{}\\'.,\t"), max_size=30))
def test_any_typed_text_is_a_valid_query(shared_store: Store, typed: str) -> None:
    search_messages(shared_store, typed)
    search_articles(shared_store, typed, any_term=True)


def test_search_follows_updates_and_deletes(store: Store) -> None:
    add_conversation(store, "c1", "hello", guest_name="Old Name")
    assert [c.conversation_id for c in search_conversations(store, "old")] == ["c1"]
    upsert_conversation(store, conversation("c1", guest_name="New Name"), SYNC)
    assert search_conversations(store, "old") == []
    assert [c.conversation_id for c in search_conversations(store, "new")] == ["c1"]


# --------------------------------------------------------------------------- conversations


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zoe", ["c1"]),  # guest name, accent folded
        ("smith", ["c2"]),
        ("4012", ["c1"]),  # reservation number prefix
        ("5099887766", ["c2"]),
        ("midnight", ["c2"]),  # message text
        ("late", ["c3", "c2"]),  # most recent activity first
        ("zoe nuits", []),  # every word within one field group
    ],
)
def test_search_conversations(mailbox: Store, typed: str, expected: list[str]) -> None:
    assert [c.conversation_id for c in search_conversations(mailbox, typed)] == expected


def test_search_conversations_by_property(mailbox: Store) -> None:
    hits = search_conversations(mailbox, "late", property_id=42)
    assert [(c.conversation_id, c.kind) for c in hits] == [("c3", ConversationKind.GUEST)]


# --------------------------------------------------------------------------- articles


def article(slug: str, language: str, title: str, body: str, *keywords: str) -> Article:
    return Article(
        article_id=f"{slug}-{language}",
        translation_id=slug,
        language=language,
        title=title,
        theme="reservations" if "cancel" in slug else "rates",
        body_markdown=body,
        updated=date(2025, 1, 1),
        keywords=keywords,
    )


LIBRARY = [
    article(
        "cancel-free",
        "en",
        "Waive a cancellation fee",
        "When a guest asks, you can waive the fee from the reservation page.",
        "refund",
        "no-show",
    ),
    article(
        "minimum-stay",
        "en",
        "Set a minimum stay",
        "A restriction on rates; a cancellation rule is different. Cancellation cancellation.",
        "length of stay",
    ),
    article(
        "cancel-free",
        "fr",
        "Annuler sans frais",
        "Vous pouvez annuler la réservation et rembourser le client.",
        "annulation",
        "remboursement",
    ),
]


@pytest.fixture
def library(store: Store) -> Store:
    replace_articles(store, LIBRARY, SYNC)
    return store


def test_articles_rank_title_and_keywords_above_body(library: Store) -> None:
    hits = search_articles(library, "cancellation")
    assert [h.article_id for h in hits] == ["cancel-free-en", "minimum-stay-en"]
    assert hits[0].score < hits[1].score  # bm25: lower is better
    assert hits[0].title == f"Waive a {HIGHLIGHT_START}cancellation{HIGHLIGHT_END} fee"


def test_articles_keywords_match(library: Store) -> None:
    assert [h.article_id for h in search_articles(library, "refund")] == ["cancel-free-en"]


def test_articles_by_language_and_theme(library: Store) -> None:
    assert [h.article_id for h in search_articles(library, "reservation", language="fr")] == [
        "cancel-free-fr"
    ]
    assert search_articles(library, "stay", theme="reservations") == []
    hit = search_articles(library, "stay", theme="rates")[0]
    assert (hit.article_id, hit.translation_id, hit.language) == (
        "minimum-stay-en",
        "minimum-stay",
        "en",
    )
    [hit] = search_articles(library, "restriction")
    assert hit.snippet.startswith(f"A {HIGHLIGHT_START}restriction{HIGHLIGHT_END} on rates")


def test_articles_all_or_any_terms(library: Store) -> None:
    assert search_articles(library, "waive restriction") == []
    hits = search_articles(library, "waive restriction", any_term=True)
    assert {h.article_id for h in hits} == {"cancel-free-en", "minimum-stay-en"}


def test_article_vocabulary(library: Store) -> None:
    everything = article_vocabulary(library)
    assert everything["cancellation"] == 2
    assert everything["reservation"] == 2  # "réservation" (fr) folded, and "reservation" (en)
    french = article_vocabulary(library, "fr")
    assert french["reservation"] == 1
    assert "waive" not in french


def test_replacing_the_library_reindexes_it(library: Store) -> None:
    replace_articles(library, LIBRARY[:1], SYNC)
    assert search_articles(library, "minimum") == []
    assert "minimum" not in article_vocabulary(library)
    changed = article("cancel-free", "en", "Refund a guest", "Body.", "refund")
    replace_articles(library, [changed], SYNC)
    assert search_articles(library, "waive") == []
    assert [h.article_id for h in search_articles(library, "refund")] == ["cancel-free-en"]
