"""The benchmark harness works: ``python -m benchmarks run --size small`` produces every
measurement with sane numbers. The floors are NOT asserted here: they are defined for the
large profile and checked by ``python -m benchmarks run`` (see docs/benchmarks.md)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from benchmarks import datagen
from benchmarks.cli import GROUPS
from desktop.store import open_store
from desktop.store.messages import get_thread
from desktop.store.summary import refresh
from desktop.store.tables import ConversationRow

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EVERY = {name for group in GROUPS for name in group.measurements}
TINY = datagen.Profile("tiny", 2, 300, 2_400, 10, 30, 30, 5, 2, 100)


@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "results.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "run",
            "--size",
            "small",
            "--cache",
            str(folder / "cache"),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    return json.loads(out.read_text("utf-8")), done.stdout


def test_every_measurement_is_produced(small_run: tuple[dict[str, Any], str]) -> None:
    report, stdout = small_run
    assert set(report["measurements"]) == EVERY
    assert not report["errors"]
    for m in report["measurements"].values():
        assert m["title"] in stdout
    assert "floors:" in stdout
    assert report["machine"]["nproc"] >= 1
    assert report["machine"]["sqlite"]


def test_numbers_are_sane(small_run: tuple[dict[str, Any], str]) -> None:
    measurements = small_run[0]["measurements"]
    for name, m in measurements.items():
        stats = m["stats"]
        assert stats["n"] >= 1, name
        assert 0 <= stats["median"] <= stats["p95"] <= stats["max"], name
        assert m["floors"] or name in ("inbox_search", "ingest_throughput"), name
    cold = measurements["cold_start"]
    assert cold["reference"]["median"] > 0
    assert cold["stats"]["median"] > cold["reference"]["median"]  # the app does more
    assert cold["info"]["rows_painted"] > 0
    assert 50 < cold["stats"]["median"] < 30_000
    search = measurements["message_search"]
    assert search["reference"]["median"] > 0
    assert search["info"]["with_results"] >= len(search["info"]["hits"]) - 5
    assert 0 < search["stats"]["median"] < 5_000
    assert 0 < measurements["article_search"]["stats"]["median"] < 1_000
    scroll = measurements["scroll_list"]
    assert scroll["info"]["rows"] == scroll["info"]["expected_rows"] > 100
    assert scroll["stats"]["n"] > 10
    opened = measurements["open_conversation"]
    assert opened["info"]["messages"] == datagen.LONG_THREAD
    assert 0 < opened["stats"]["median"] < 10_000
    assert 50 < measurements["memory"]["stats"]["max"] < 4_000
    sync = measurements["sync_throughput"]
    assert sync["info"]["new_messages"] == sync["info"]["world_messages"] > 0
    assert sync["info"]["overall_messages_per_s"] > 10
    latency = measurements["sync_gui_latency"]
    assert latency["info"]["sync_finished"]
    assert latency["stats"]["n"] > 20
    assert measurements["ingest_throughput"]["info"]["messages"] > 0
    assert 100 < measurements["database_size"]["stats"]["median"] < 10_000


def test_the_generator_writes_what_the_product_would(tmp_path: Path) -> None:
    data = datagen.dataset(TINY, tmp_path, log=lambda _: None)
    assert data.manifest["messages"] == TINY.messages
    assert data.manifest["conversations"] == TINY.conversations
    with sqlite3.connect(data.database) as conn:
        conn.execute("INSERT INTO fts_messages(fts_messages) VALUES ('integrity-check')")
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        indexed = conn.execute(
            "SELECT count(*) FROM fts_messages WHERE fts_messages MATCH 'parking'"
        ).fetchone()[0]
    conn.close()
    assert "fts_messages_ai" in triggers
    assert indexed > 0
    with open_store(data.paths) as store:
        for cid in data.long_threads:
            assert len(get_thread(store, cid)) == datagen.LONG_THREAD
        with store.read() as session:
            rows = session.scalars(select(ConversationRow)).all()
            columns = (
                "folder",
                "activity_at",
                "last_message_at",
                "last_message_snippet",
                "last_sender",
                "last_guest_message_at",
                "unread_count",
            )
            stored = [tuple(getattr(r, c) for c in columns) for r in rows]
            for row in rows:  # the product's own computation, in memory only
                refresh(session, row)
            assert stored == [tuple(getattr(r, c) for c in columns) for r in rows]
            session.rollback()
    again = datagen.dataset(TINY, tmp_path, log=lambda _: None)
    assert again.manifest["cached"] is True


def test_unknown_benchmark_is_a_usage_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "run", "--size", "small", "--only", "nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "nope" in done.stderr
