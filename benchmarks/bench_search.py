"""Message search on the large profile, against the raw FTS5 query on the same file.

Product: :func:`desktop.store.search.search_messages` (what the user typed -> the
accent-folded prefix ``MATCH`` of ``desktop.store.fts.build_match`` -> the newest 50
matching messages with their snippets, as domain objects).

Reference, in the same run on the same database: the raw FTS5 statement on a plain
``sqlite3`` connection, with the same ``MATCH`` expression, the same snippet and the
same order and limit (``ORDER BY rowid DESC LIMIT 50``), all rows fetched. The ratio
is the cost of everything the product adds around SQLite.

Queries: words of the six languages as staff type them, with and without accents
(``petit-déjeuner`` / ``petit dejeuner``, ``Frühstück`` / ``fruhstuck``), two-word
queries, short prefixes, names and rare tokens; one warm-up pass, then every query
``repeat`` times, raw and product interleaved.

Also measured, without a floor: the inbox's search list (``InboxService.list_ids``
with a search: conversations whose name, reservation or messages match, 200 at most,
plus the message snippets), what the database worker runs while the user types.
"""

from __future__ import annotations

import sqlite3
import time

from benchmarks.harness import Context, Measurement, at_most, measured, ratio_at_most

FLOOR_P95_MS = 50.0
FLOOR_RATIO = 1.5
LIMIT = 50

QUERIES = (
    "parking",
    "petit-déjeuner",
    "petit dejeuner",
    "Frühstück",
    "fruhstuck",
    "aéroport",
    "aeroport navette",
    "allergique",
    "glutenfrei",
    "sin gluten",
    "culla",
    "Kinderbett",
    "bagages",
    "equipaje",
    "Gepäck",
    "gepack",
    "facture société",
    "Rechnung",
    "factura",
    "fattura",
    "factuur",
    "navetta",
    "Flughafen",
    "aparcamiento",
    "parcheggio",
    "électrique",
    "electrique",
    "taxi",
    "chaise haute",
    "lit bébé",
    "vlucht",
    "colazione",
    "desayuno",
    "ontbijt",
    "cuna",
    "Parkplatz",
    "boîte à clés",
    "early check",
    "par",
    "ré",
    "Dubois",
    "García",
    "AF12",
)


def _raw_sql() -> str:
    return (
        "SELECT rowid, snippet(fts_messages, 0, char(2), char(3), '…', 16) FROM fts_messages"
        " WHERE fts_messages MATCH ? ORDER BY rowid DESC LIMIT ?"
    )


def run(ctx: Context) -> list[Measurement]:
    from desktop.domain import Actor
    from desktop.services.inbox import InboxService
    from desktop.services.model import ListQuery
    from desktop.store import open_store
    from desktop.store.fts import build_match
    from desktop.store.search import search_messages

    data = ctx.dataset
    repeat = int(ctx.settings["search_repeat"])
    raw = sqlite3.connect(f"file:{data.database}?mode=ro", uri=True, check_same_thread=False)
    store = open_store(data.paths)
    product_ms: list[float] = []
    raw_ms: list[float] = []
    inbox_ms: list[float] = []
    hits: dict[str, int] = {}
    try:
        sql = _raw_sql()
        desk = Actor(name="Reception")
        service = InboxService(store, None, lambda: desk)
        for rep in range(repeat + 1):
            for text in QUERIES:
                match = build_match(text)
                t0 = time.perf_counter()
                rows = raw.execute(sql, (match, LIMIT)).fetchall()
                t1 = time.perf_counter()
                found = search_messages(store, text, limit=LIMIT)
                t2 = time.perf_counter()
                if rep == 0:  # warm-up pass: not timed
                    hits[text] = len(found)
                    if len(rows) != len(found):
                        raise AssertionError(
                            f"{text!r}: raw {len(rows)} rows, product {len(found)}"
                        )
                    continue
                raw_ms.append((t1 - t0) * 1000)
                product_ms.append((t2 - t1) * 1000)
        for rep in range(max(1, repeat // 2) + 1):
            for text in QUERIES:
                t0 = time.perf_counter()
                service.list_ids(ListQuery(search=text))
                if rep:
                    inbox_ms.append((time.perf_counter() - t0) * 1000)
    finally:
        store.close()
        raw.close()

    product = measured(
        "message_search",
        "message search, newest 50 (search_messages)",
        "ms",
        product_ms,
        queries=len(QUERIES),
        repeat=repeat,
        with_results=sum(1 for n in hits.values() if n),
        hits=hits,
    )
    reference = measured("raw", "raw FTS5", "ms", raw_ms)
    product.reference = reference.stats
    product.reference_title = "raw FTS5 query"
    product.info["ratio_median"] = round(
        float(product.stats["median"]) / max(float(reference.stats["median"]), 1e-9), 2
    )
    product.floors = [
        at_most(float(product.stats["p95"]), FLOOR_P95_MS, f"p95 < {FLOOR_P95_MS:g} ms", "ms"),
        ratio_at_most(
            float(product.stats["p95"]),
            float(reference.stats["p95"]),
            FLOOR_RATIO,
            f"p95 <= {FLOOR_RATIO:g}x the raw FTS5 query's p95",
        ),
    ]
    inbox = measured(
        "inbox_search",
        "inbox search list (list_ids, 200 max)",
        "ms",
        inbox_ms,
        note="informational: the database worker's job while the user types",
    )
    return [product, inbox]
