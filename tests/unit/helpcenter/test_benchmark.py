"""The search benchmark runs (at a small size: the real figures come from the script)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).parents[3] / "benchmarks" / "bench_articles.py"


def test_benchmark_runs_at_a_small_size() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--articles", "150", "--queries", "20"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    *table, last = done.stdout.strip().splitlines()
    figures = json.loads(last)
    assert figures["articles"] == 150
    assert figures["queries"] == 20
    assert 0 < figures["median_ms"] <= figures["p95_ms"] <= figures["max_ms"]
    assert any(line.startswith("p95 (ms)") for line in table)
