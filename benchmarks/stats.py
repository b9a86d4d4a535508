"""Summaries of repeated timings: median, 95th percentile, max."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (nearest rank on the sorted values, as bench_articles)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(values: Sequence[float], digits: int = 2) -> dict[str, float | int]:
    """``{"n", "median", "p95", "max", "min"}`` of ``values``."""
    return {
        "n": len(values),
        "median": round(statistics.median(values), digits),
        "p95": round(percentile(values, 0.95), digits),
        "max": round(max(values), digits),
        "min": round(min(values), digits),
    }


def by_generation(pauses: Mapping[str, Sequence[float]]) -> dict[str, dict[str, float | int]]:
    """The collector's pauses (ms, by generation) as a summary per generation."""
    return {f"generation {k}": summary(v, 2) if v else {"n": 0} for k, v in pauses.items()}
