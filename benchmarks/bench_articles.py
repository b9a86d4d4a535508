"""Search-as-you-type latency of the help library on a large synthetic library.

Generates ``--articles`` articles (1,000 by default) by varying the shipped ones
(paragraphs shuffled, sentences dropped, titles and slugs numbered), indexes them into
a temporary store, then times ``HelpCenter.search`` on ~200 queries *as they are
typed*: every prefix (two characters or more) of the relevance queries in
``tests/data/relevance``, sampled with a fixed seed. The spelling vocabulary is built
once before timing (it is cached per language) and reported separately.

Run::

    .venv/bin/python benchmarks/bench_articles.py            # table, then JSON
    .venv/bin/python benchmarks/bench_articles.py --json     # JSON only

The target is a p95 under 16 ms at 1,000 articles (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tomllib
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.domain import SYSTEM, Article  # noqa: E402
from desktop.helpcenter import HelpCenter  # noqa: E402
from desktop.helpcenter.library import load_library  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.store import Store, open_store  # noqa: E402
from desktop.store.articles import replace_articles  # noqa: E402

QUERY_FILES = sorted((ROOT / "tests" / "data" / "relevance").glob("queries_*.toml"))
TARGET_P95_MS = 16.0


def vary(article: Article, copy: int, rng: random.Random) -> Article:
    """A different article built from ``article``: copy 0 is the article itself."""
    if copy == 0:
        return article
    slug = f"{article.translation_id}-v{copy}"
    paragraphs = article.body_markdown.split("\n\n")
    rng.shuffle(paragraphs)
    kept = [p for p in paragraphs if rng.random() > 0.2] or paragraphs[:1]
    body = "\n\n".join(kept)
    for related in article.related:
        body = body.replace(f"article:{related})", f"article:{related}-v{copy})")
    return replace(
        article,
        article_id=f"{slug}-{article.language}",
        translation_id=slug,
        title=f"{article.title} ({copy})",
        body_markdown=body,
        updated=article.updated - timedelta(days=copy),
        related=tuple(f"{related}-v{copy}" for related in article.related),
    )


def synthetic_library(count: int, seed: int = 7) -> list[Article]:
    """``count`` articles made from the shipped ones (120), half English, half French."""
    rng = random.Random(seed)
    paths = DataPaths(root=Path(tempfile.gettempdir()) / "none", logs=Path("none"))
    shipped = sorted(load_library(paths).articles, key=lambda a: a.article_id)
    return [vary(shipped[i % len(shipped)], i // len(shipped), rng) for i in range(count)]


def typed_queries(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """``(language, text)`` for ``count`` prefixes of the relevance queries, as typed."""
    prefixes: list[tuple[str, str]] = []
    for path in QUERY_FILES:
        for query in tomllib.loads(path.read_text("utf-8"))["query"]:
            text = query["q"]
            prefixes += [(query["lang"], text[:end]) for end in range(2, len(text) + 1)]
    rng = random.Random(seed)
    return rng.sample(prefixes, min(count, len(prefixes)))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def build_store(root: Path, count: int) -> tuple[Store, DataPaths, float]:
    paths = DataPaths(root=root / "data", logs=root / "logs")
    store = open_store(paths)
    started = time.perf_counter()
    replace_articles(store, synthetic_library(count), SYSTEM)
    return store, paths, time.perf_counter() - started


def run(articles: int = 1000, queries: int = 200) -> dict[str, float | int]:
    """Build the library, time the typed queries, return the figures (milliseconds)."""
    with tempfile.TemporaryDirectory(prefix="bench-articles-") as folder:
        store, paths, index_s = build_store(Path(folder), articles)
        try:
            center = HelpCenter(store, paths)
            started = time.perf_counter()
            for language in ("en", "fr"):
                center.speller(language)
            vocabulary_ms = (time.perf_counter() - started) * 1000
            timings: list[float] = []
            found = 0
            for language, text in typed_queries(queries):
                started = time.perf_counter()
                results = center.search(text, language=language, limit=20)
                timings.append((time.perf_counter() - started) * 1000)
                found += bool(results.hits)
        finally:
            store.close()
    return {
        "articles": articles,
        "queries": len(timings),
        "with_results": found,
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "max_ms": round(max(timings), 2),
        "vocabulary_ms": round(vocabulary_ms, 1),
        "index_s": round(index_s, 2),
        "target_p95_ms": TARGET_P95_MS,
    }


def table(figures: dict[str, float | int]) -> str:
    rows = [
        ("articles", figures["articles"]),
        ("typed queries", figures["queries"]),
        ("queries with results", figures["with_results"]),
        ("median (ms)", figures["median_ms"]),
        ("p95 (ms)", f"{figures['p95_ms']}  (target < {TARGET_P95_MS})"),
        ("max (ms)", figures["max_ms"]),
        ("vocabulary, once (ms)", figures["vocabulary_ms"]),
        ("indexing (s)", figures["index_s"]),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="library size (1000)")
    parser.add_argument("--queries", type=int, default=200, help="typed queries (200)")
    parser.add_argument("--json", action="store_true", help="print the JSON line only")
    args = parser.parse_args(argv)
    figures = run(articles=args.articles, queries=args.queries)
    if not args.json:
        print(table(figures))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
