"""Measurements, floors, the results table and the JSON file."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.datagen import Dataset, Profile
from benchmarks.stats import summary

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class Floor:
    """One floor: what it demands, what was observed, whether it holds."""

    text: str
    observed: str
    ok: bool

    def as_dict(self) -> dict[str, Any]:
        return {"floor": self.text, "observed": self.observed, "ok": self.ok}


@dataclass(slots=True)
class Measurement:
    """One measured quantity: a summary of repeated values, a reference, its floors."""

    name: str
    title: str
    unit: str
    stats: dict[str, float | int]
    reference: dict[str, float | int] | None = None
    reference_title: str = ""
    floors: list[Floor] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.floors)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "unit": self.unit,
            "stats": self.stats,
            "reference": self.reference,
            "reference_title": self.reference_title,
            "floors": [f.as_dict() for f in self.floors],
            "ok": self.ok,
            "info": self.info,
        }


def measured(
    name: str, title: str, unit: str, values: Sequence[float], digits: int = 2, **info: Any
) -> Measurement:
    if not values:
        raise RuntimeError(f"{name}: nothing was measured")
    return Measurement(name, title, unit, summary(values, digits), info=dict(info))


def at_most(value: float, limit: float, text: str, unit: str) -> Floor:
    return Floor(text, f"{value:g} {unit}".strip(), value < limit)


def at_least(value: float, limit: float, text: str, unit: str) -> Floor:
    return Floor(text, f"{value:g} {unit}".strip(), value >= limit)


def ratio_at_most(value: float, reference: float, limit: float, text: str) -> Floor:
    ratio = value / reference if reference > 0 else float("inf")
    return Floor(text, f"{ratio:.2f}x", ratio <= limit)


@dataclass
class Context:
    """What every benchmark gets: the size, the dataset, repetition counts, a logger."""

    size: str
    profile: Profile
    cache: Path
    settings: dict[str, Any]
    log: Callable[[str], None]
    rebuild: bool = False
    _dataset: Dataset | None = None

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            from benchmarks.datagen import dataset

            self._dataset = dataset(self.profile, self.cache, rebuild=self.rebuild, log=self.log)
        return self._dataset

    @property
    def full(self) -> bool:
        return self.size == "full"


def python() -> str:
    return sys.executable


def run_json(
    args: Sequence[str], *, timeout: float, env: dict[str, str] | None = None
) -> tuple[dict[str, Any], float]:
    """Run a probe process; its last stdout line (JSON) and the monotonic start time."""
    import json

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    started = time.monotonic()
    done = subprocess.run(
        [python(), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        cwd=ROOT,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(
            f"{' '.join(args[:2])} printed no result (exit {done.returncode}):\n"
            f"{done.stderr[-3000:]}"
        )
    return json.loads(lines[-1]), started


def machine() -> dict[str, Any]:
    """The machine and versions the figures come from."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    ram_gb = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    versions: dict[str, str] = {}
    for module in ("PySide6", "sqlalchemy"):
        try:
            versions[module] = str(__import__(module).__version__)
        except ImportError:
            versions[module] = "missing"
    try:
        from PySide6 import QtCore

        versions["Qt"] = QtCore.qVersion()
    except ImportError:
        versions["Qt"] = "missing"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": ram_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        **versions,
    }


def _cell(stats: dict[str, float | int] | None, key: str) -> str:
    if not stats or key not in stats:
        return ""
    value = stats[key]
    return f"{value:,.2f}" if isinstance(value, float) and value < 100 else f"{value:,.0f}"


def table(measurements: Sequence[Measurement]) -> str:
    """A readable table: one line per measurement, then one line per floor."""
    header = ("measurement", "unit", "median", "p95", "max", "n", "reference (median / p95)")
    rows = [header]
    for m in measurements:
        reference = ""
        if m.reference:
            reference = (
                f"{m.reference_title}: {_cell(m.reference, 'median')} / {_cell(m.reference, 'p95')}"
            )
        rows.append(
            (
                m.title,
                m.unit,
                _cell(m.stats, "median"),
                _cell(m.stats, "p95"),
                _cell(m.stats, "max"),
                str(m.stats.get("n", "")),
                reference,
            )
        )
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            str(c).ljust(w) if i in (0, 1, 6) else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines += ["", "floors:"]
    for m in measurements:
        for f in m.floors:
            lines.append(
                f"  {'PASS' if f.ok else 'MISS'}  {m.title}: {f.text} (observed {f.observed})"
            )
        if not m.floors:
            lines.append(f"  info  {m.title}: no floor")
    return "\n".join(lines)
