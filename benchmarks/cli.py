"""``python -m benchmarks``: run the benchmarks, print the table, write JSON, check floors.

Usage::

    .venv/bin/python -m benchmarks run [--size small|full] [--only NAME ...]
                                       [--out results.json] [--cache DIR] [--rebuild]
    .venv/bin/python -m benchmarks generate [--size small|full] [--cache DIR] [--rebuild]
    .venv/bin/python -m benchmarks list

``run`` exits 0 when every floor holds, 1 when a floor is missed (``--size full``
only: at ``--size small`` the floors are reported but never fail the run, since they
are defined for the large profile), 2 on a usage error, 3 when a benchmark crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.datagen import DEFAULT_CACHE, PROFILES
from benchmarks.harness import Context, Measurement, machine, measured, table

#: Per-size repetition counts and sizes of the benchmarks that are not the dataset.
SETTINGS: dict[str, dict[str, Any]] = {
    "small": {
        "cold_start_runs": 2,
        "search_repeat": 2,
        "articles": 100,
        "article_queries": 40,
        "threads": 2,
        "thread_repeat": 2,
        "pages_per_step": 1,
        "scroll_timeout": 120,
        "sync_conversations": 60,
        "gui_seconds": 60,
        "ingest_conversations": 100,
    },
    "full": {
        "cold_start_runs": 7,
        "search_repeat": 5,
        "articles": 1000,
        "article_queries": 200,
        "threads": 10,
        "thread_repeat": 2,
        "pages_per_step": 1,
        "scroll_timeout": 900,
        "sync_conversations": 10_000,
        "gui_seconds": 30,
        "ingest_conversations": 2_000,
    },
}

ARTICLE_P95_MS = 16.0
BYTES_PER_MESSAGE = 2048


def articles(ctx: Context) -> list[Measurement]:
    """Wraps ``benchmarks/bench_articles.py`` (its own generated library, 1,000 articles)."""
    from benchmarks import bench_articles
    from benchmarks.harness import at_most

    figures = bench_articles.run(
        articles=int(ctx.settings["articles"]), queries=int(ctx.settings["article_queries"])
    )
    m = measured("article_search", "article search as you type", "ms", [0.0])
    m.stats = {
        "n": figures["queries"],
        "median": figures["median_ms"],
        "p95": figures["p95_ms"],
        "max": figures["max_ms"],
    }
    m.info = {
        "articles": figures["articles"],
        "with_results": figures["with_results"],
        "vocabulary_ms": figures["vocabulary_ms"],
        "index_s": figures["index_s"],
        "source": "benchmarks/bench_articles.py run()",
    }
    m.floors = [
        at_most(float(figures["p95_ms"]), ARTICLE_P95_MS, f"p95 < {ARTICLE_P95_MS:g} ms", "ms")
    ]
    return [m]


def database_size(ctx: Context) -> list[Measurement]:
    """Bytes per message of the whole file (every table, index and FTS5 table)."""
    import sqlite3

    data = ctx.dataset
    database = data.database
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        messages = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            rows = conn.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
            ).fetchall()
            by_table = {str(name): int(size) for name, size in rows}
        except sqlite3.DatabaseError:
            by_table = {}
    conn.close()
    size = database.stat().st_size
    wal = database.with_name(database.name + "-wal")
    size += wal.stat().st_size if wal.exists() else 0
    per_message = size / max(messages, 1)
    fts = sum(v for k, v in by_table.items() if k.startswith("fts_messages"))
    m = measured("database_size", "database size per message", "B", [per_message], digits=0)
    m.info = {
        "file_mb": round(size / 2**20, 1),
        "messages": messages,
        "page_size": page_size,
        "fts_messages_bytes_per_message": round(fts / max(messages, 1)),
        "messages_table_bytes_per_message": round(by_table.get("messages", 0) / max(messages, 1)),
        "largest_mb": {k: round(v / 2**20, 1) for k, v in list(by_table.items())[:12]},
        "generation_s": data.manifest.get("generation_s"),
        "generation_phases_s": data.manifest.get("phases_s"),
    }
    from benchmarks.harness import at_most

    m.floors = [
        at_most(round(per_message), BYTES_PER_MESSAGE, "< 2 KB per message, FTS included", "B")
    ]
    return [m]


def _search(ctx: Context) -> list[Measurement]:
    from benchmarks import bench_search

    return bench_search.run(ctx)


def _cold_start(ctx: Context) -> list[Measurement]:
    from benchmarks import bench_gui

    return bench_gui.cold_start(ctx)


def _session(ctx: Context) -> list[Measurement]:
    from benchmarks import bench_gui

    return bench_gui.session(ctx)


def _sync(ctx: Context) -> list[Measurement]:
    from benchmarks import bench_sync

    return bench_sync.run(ctx)


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    measurements: tuple[str, ...]
    run: Callable[[Context], list[Measurement]]


GROUPS = (
    Group("size", ("database_size",), database_size),
    Group("search", ("message_search", "inbox_search"), _search),
    Group("articles", ("article_search",), articles),
    Group("startup", ("cold_start",), _cold_start),
    Group("session", ("scroll_list", "open_conversation", "memory"), _session),
    Group("sync", ("sync_throughput", "sync_gui_latency", "ingest_throughput"), _sync),
)
NAMES = tuple(name for group in GROUPS for name in (group.name, *group.measurements))


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    wanted = {n for item in args.only for n in item.split(",") if n}
    unknown = wanted - set(NAMES)
    if unknown:
        _log(f"unknown benchmark(s): {', '.join(sorted(unknown))}; see: python -m benchmarks list")
        return 2
    ctx = Context(
        size=args.size,
        profile=PROFILES[args.size],
        cache=Path(args.cache),
        settings=SETTINGS[args.size],
        log=_log,
        rebuild=args.rebuild,
    )
    started = time.perf_counter()
    load_before = _load()
    results: list[Measurement] = []
    errors: dict[str, str] = {}
    timings: dict[str, float] = {}
    if any(g.name != "articles" for g in _selected(wanted)):
        t0 = time.perf_counter()
        data = ctx.dataset
        how = "cached" if data.manifest.get("cached") else "generated"
        _log(
            f"dataset {args.size}: {data.manifest['messages']:,} messages, "
            f"{data.manifest['conversations']:,} conversations ({how}, "
            f"generation took {data.manifest['generation_s']} s) in {data.root}"
        )
        timings["dataset"] = round(time.perf_counter() - t0, 1)
    for group in _selected(wanted):
        _log(f"[{group.name}] ...")
        t0 = time.perf_counter()
        try:
            produced = group.run(ctx)
        except Exception as error:
            errors[group.name] = "".join(traceback.format_exception(error))[-4000:]
            _log(f"[{group.name}] FAILED: {error}")
            continue
        finally:
            timings[group.name] = round(time.perf_counter() - t0, 1)
        names = set(group.measurements) if not wanted or group.name in wanted else wanted
        results += [m for m in produced if m.name in names]
    print(table(results))
    load_after = _load()
    busy = max(load_before[0], load_after[0]) > 0.5 * (os.cpu_count() or 1)
    print(
        f"\nload average before / after: {load_before[0]:.2f} / {load_after[0]:.2f} "
        f"on {os.cpu_count()} cores"
        + ("  (other work was running: latencies are inflated)" if busy else "")
    )
    missed = [m for m in results if not m.ok]
    report = {
        "size": args.size,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_average": {"before": load_before, "after": load_after},
        "dataset": _dataset_info(ctx),
        "measurements": {m.name: m.as_dict() for m in results},
        "missed": [m.name for m in missed],
        "errors": errors,
        "seconds": round(time.perf_counter() - started, 1),
        "group_seconds": timings,
    }
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=1, ensure_ascii=False), "utf-8")
        _log(f"wrote {args.out}")
    if errors:
        print(f"\nbenchmarks that crashed: {', '.join(errors)}")
        return 3
    if missed:
        missed_names = ", ".join(m.name for m in missed)
        if args.size == "full":
            print(f"\nFLOORS MISSED: {missed_names}")
            return 1
        print(
            f"\n(small size: floors are only checked at --size full; missed here: {missed_names})"
        )
    else:
        print("\nevery floor holds")
    return 0


def _load() -> tuple[float, float, float]:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return (0.0, 0.0, 0.0)
    return (round(one, 2), round(five, 2), round(fifteen, 2))


def _selected(wanted: set[str]) -> list[Group]:
    if not wanted:
        return list(GROUPS)
    return [g for g in GROUPS if g.name in wanted or wanted & set(g.measurements)]


def _dataset_info(ctx: Context) -> dict[str, Any]:
    if ctx._dataset is None:
        return {}
    manifest = dict(ctx._dataset.manifest)
    manifest.pop("long_threads", None)
    manifest["root"] = str(ctx._dataset.root)
    return manifest


def generate(args: argparse.Namespace) -> int:
    from benchmarks.datagen import dataset

    data = dataset(PROFILES[args.size], Path(args.cache), rebuild=args.rebuild, log=_log)
    manifest = dict(data.manifest)
    manifest.pop("long_threads", None)
    print(json.dumps(manifest, indent=1))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "generate"):
        command = sub.add_parser(name)
        command.add_argument("--size", choices=sorted(PROFILES), default="full")
        command.add_argument(
            "--cache", default=str(DEFAULT_CACHE), help=f"dataset cache ({DEFAULT_CACHE})"
        )
        command.add_argument("--rebuild", action="store_true", help="generate the dataset again")
    run_parser = sub.choices["run"]
    run_parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="a group or measurement"
    )
    run_parser.add_argument("--out", help="write the results as JSON to this file")
    sub.add_parser("list")
    args = parser.parse_args(argv)
    if args.command == "list":
        for group in GROUPS:
            print(f"{group.name}: {', '.join(group.measurements)}")
        return 0
    if args.command == "generate":
        return generate(args)
    return run(args)
