"""Small descriptive statistics shared by `prepare`, `train` and `evaluate` (one definition each)."""

from __future__ import annotations

import statistics


def p90(values: list[float]) -> float:
    """The 90th percentile, interpolated between data points (statistics' `inclusive` method)."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=10, method="inclusive")[8]


def histogram(lengths: list[int], edges=(5, 10, 20, 40, 80, 160)) -> dict[str, int]:
    """Counts per response-length bucket, e.g. {"1-5": 40, "6-10": 61, ..., ">160": 0}."""
    counts, low = {}, 1
    for high in edges:
        counts[f"{low}-{high}"] = sum(low <= n <= high for n in lengths)
        low = high + 1
    counts[f">{edges[-1]}"] = sum(n > edges[-1] for n in lengths)
    return counts
