"""Cold start, scrolling, opening a conversation and memory: the window in fresh processes.

Every figure comes from :mod:`benchmarks.gui_probe` run as a new process on the
offscreen platform, the app put together as ``ui.app.run`` does it (session, task
runner, sync controller, inbox window, docked help; the sync it starts with fails at
once: its URLs are a closed local port). The database file is in the OS cache: a
warm-disk, cold-process start, what a desk sees when Frontdesk is started again.

- ``cold_start``: process start -> the first paint of the conversation list showing
  rows with data (not the "…" placeholders), on the large profile. Reference in the
  same run: a bare PySide6 window (``QMainWindow`` + a label), process start -> its
  first paint. Runs alternate between the two.
- ``scroll_list``: the "All" folder (every guest conversation) scrolled from top to
  bottom one page per event-loop turn, each page painted, the list fetching its
  keyset pages and row batches through the window's task runner as it does for a
  person scrolling. A 1 ms precise QTimer on the GUI thread marks every turn of the
  event loop; a gap between two ticks is a GUI-thread stall.
- ``open_conversation``: ``InboxWindow.show_conversation`` of a 200-message thread
  until the thread view shows it and has painted (database worker + render), after
  another conversation; also its two halves (``load_thread``, ``show_thread``).
- ``memory``: the peak resident set (``ru_maxrss``) of that session process, after the
  whole list was scrolled, the long threads opened and a few searches run.
"""

from __future__ import annotations

import json
from typing import Any

from benchmarks.datagen import expected_guest_conversations, properties
from benchmarks.harness import (
    ROOT,
    Context,
    Floor,
    Measurement,
    at_most,
    measured,
    ratio_at_most,
    run_json,
)
from benchmarks.stats import by_generation, summary

PROBE = str(ROOT / "benchmarks" / "gui_probe.py")
COLD_START_MS = 1500.0
COLD_START_RATIO = 3.0
STALL_MS = 50.0
OPEN_MS = 50.0
PEAK_RSS_MB = 300.0
SESSION_SEARCHES = ("parking", "petit dejeuner", "Frühstück")
#: The app's Booking.com URLs in these runs: a closed port on this machine, so the sync
#: the app starts with fails at once (a desk whose network is down).
OFFLINE = {"base_url": "http://127.0.0.1:9/messaging", "auth_url": "http://127.0.0.1:9/token"}


def server(ctx: Context) -> str:
    """The ``--server`` JSON of the probe: the dataset's properties, offline URLs."""
    return json.dumps({**OFFLINE, "properties": properties(ctx.dataset.manifest)})


def cold_start(ctx: Context) -> list[Measurement]:
    data = ctx.dataset.paths.root
    runs = int(ctx.settings["cold_start_runs"])
    app_ms: list[float] = []
    bare_ms: list[float] = []
    phases: dict[str, list[float]] = {}
    rows = 0
    rss: list[float] = []
    gaps: list[float] = []
    app_args = [PROBE, "app", "--data", str(data), "--server", server(ctx)]
    run_json(app_args, timeout=120)  # warm the OS file cache
    for _ in range(runs):
        bare, started = run_json([PROBE, "bare"], timeout=60)
        bare_ms.append((bare["painted_at"] - started) * 1000)
        app, started = run_json(app_args, timeout=120)
        if "populated_painted_at" not in app:
            raise RuntimeError(f"the inbox never painted its rows: {app}")
        app_ms.append((app["populated_painted_at"] - started) * 1000)
        rows = int(app.get("rows", 0))
        rss.append(float(app.get("rss_at_paint_mb", 0)))
        gaps.append(max(app.get("gaps_until_built_ms") or [0.0]))
        for key, value in app.items():
            if key.endswith("_at"):
                phases.setdefault(key[:-3], []).append(round((value - started) * 1000, 1))
    m = measured(
        "cold_start",
        "cold start to populated inbox",
        "ms",
        app_ms,
        digits=1,
        rows_painted=rows,
        rss_at_paint_mb=summary(rss, 1),
        phases_ms_median={k: summary(v, 1)["median"] for k, v in phases.items()},
        max_gui_gap_until_built_ms=summary(gaps, 1),
        note=(
            "from process start; phases: ms after process start (median); built: the "
            "service attached and the first sync queued; max GUI gap from the first "
            "populated paint until built (1 ms timer)"
        ),
    )
    reference = summary(bare_ms, 1)
    m.reference, m.reference_title = reference, "bare PySide6 window"
    m.info["ratio_median"] = round(float(m.stats["median"]) / float(reference["median"]), 2)
    m.floors = [
        at_most(float(m.stats["p95"]), COLD_START_MS, f"p95 < {COLD_START_MS:g} ms", "ms"),
        ratio_at_most(
            float(m.stats["median"]),
            float(reference["median"]),
            COLD_START_RATIO,
            f"median <= {COLD_START_RATIO:g}x a bare PySide6 window's (same run)",
        ),
    ]
    return [m]


def session(ctx: Context) -> list[Measurement]:
    data = ctx.dataset
    expect = expected_guest_conversations(data.manifest)
    threads = data.long_threads[: int(ctx.settings["threads"])]
    args = [
        PROBE,
        "session",
        "--data",
        str(data.paths.root),
        "--server",
        server(ctx),
        "--expect",
        str(expect),
        "--pages-per-step",
        str(ctx.settings["pages_per_step"]),
        "--scroll-timeout",
        str(ctx.settings["scroll_timeout"]),
        "--thread-repeat",
        str(ctx.settings["thread_repeat"]),
        "--threads",
        *threads,
        "--search",
        *SESSION_SEARCHES,
    ]
    result, _ = run_json(args, timeout=float(ctx.settings["scroll_timeout"]) + 300)
    if "error" in result:
        raise RuntimeError(f"session probe: {result['error']}")
    scroll: dict[str, Any] = result["scroll"]
    gaps = scroll["gaps_ms"]
    scrolled = measured(
        "scroll_list",
        f"scroll all {scroll['rows']:,} rows: GUI-thread gaps",
        "ms",
        gaps,
        rows=scroll["rows"],
        expected_rows=scroll["expected_rows"],
        seconds=scroll["seconds"],
        pages=scroll["steps"],
        page_step_ms=summary(scroll["step_ms"]) if scroll["step_ms"] else {},
        gaps_over_16ms=sum(1 for g in gaps if g > 16),
        gaps_over_50ms=sum(1 for g in gaps if g > STALL_MS),
        slowest_steps=sorted(
            ((round(ms, 1), i) for i, ms in enumerate(scroll["step_ms"])), reverse=True
        )[:5],
        slowest_gaps=sorted(((round(ms, 1), i) for i, ms in enumerate(gaps)), reverse=True)[:5],
        row_height_px=scroll["row_height_px"],
        viewport_px=scroll["viewport_px"],
        gc_pauses_ms=by_generation(scroll.get("gc_pauses_ms", {})),
    )
    complete = scroll["rows"] >= scroll["expected_rows"]
    scrolled.floors = [
        at_most(float(scrolled.stats["max"]), STALL_MS, f"no stall >= {STALL_MS:g} ms", "ms"),
        Floor("every row reached", f"{scroll['rows']:,}/{scroll['expected_rows']:,}", complete),
    ]
    threads_result = result["threads"]
    opened = measured(
        "open_conversation",
        f"open a {threads_result['messages']}-message conversation",
        "ms",
        threads_result["opened_ms"],
        load_ms=summary(threads_result["load_ms"]),
        render_ms=summary(threads_result["render_ms"]),
        messages=threads_result["messages"],
        note="show_conversation -> thread painted; load = database worker, render = GUI",
    )
    opened.floors = [at_most(float(opened.stats["p95"]), OPEN_MS, f"p95 < {OPEN_MS:g} ms", "ms")]
    peak = float(result["peak_rss_mb"])
    memory = measured(
        "memory",
        "peak RSS, large profile open and used",
        "MB",
        [peak],
        digits=1,
        rss_after_scroll_mb=result["rss_after_scroll_mb"],
        searches_ms=[round(s, 1) for s in result["searches_ms"]],
        note="one session: first paint, whole list scrolled, long threads opened, searches",
    )
    memory.floors = [at_most(peak, PEAK_RSS_MB, f"peak RSS < {PEAK_RSS_MB:g} MB", "MB")]
    return [scrolled, opened, memory]
