"""Intervals for the tables: Wilson score intervals for shares (and for means of graded
scores in [0, 1]), normal intervals for means of shares (balanced accuracy, averages over
datasets), and MOVER intervals for the difference of two results (Newcombe's hybrid score
interval when both sides are Wilson).

Every figure in a table is a ``Cell``: its value, the 95 % interval, and the counts behind it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Z95 = 1.959963984540054
"""the standard normal quantile of a two-sided 95 % interval"""
LEVEL = 0.95


@dataclass(frozen=True)
class Cell:
    """One figure of a table: ``value`` in ``[low, high]`` (95 %), from ``n`` items.

    ``k`` is the number of successes when the value is a share (a binomial proportion);
    None for means of graded scores and means of shares.
    """

    value: float | None
    low: float | None
    high: float | None
    n: int
    k: int | None = None

    def to_dict(self, digits: int = 4) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, digits)

        out: dict[str, Any] = {
            "value": r(self.value),
            "low": r(self.low),
            "high": r(self.high),
            "n": self.n,
        }
        if self.k is not None:
            out["k"] = self.k
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cell:
        return cls(data["value"], data["low"], data["high"], int(data["n"]), data.get("k"))

    def percent(self, with_interval: bool = True) -> str:
        """``87.5 [80.1, 92.4]`` (percent), or ``-`` without items."""
        if self.value is None or self.low is None or self.high is None:
            return "-"
        if not with_interval:
            return f"{100 * self.value:.1f}"
        return f"{100 * self.value:.1f} [{100 * self.low:.1f}, {100 * self.high:.1f}]"

    def plain(self, with_interval: bool = True) -> str:
        """``1.62 [1.51, 1.73]`` (the value as it is: graded scores)."""
        if self.value is None or self.low is None or self.high is None:
            return "-"
        if not with_interval:
            return f"{self.value:.2f}"
        return f"{self.value:.2f} [{self.low:.2f}, {self.high:.2f}]"


EMPTY = Cell(None, None, None, 0)


def wilson(k: int, n: int, z: float = Z95) -> Cell:
    """The share ``k / n`` with its Wilson score interval (never outside [0, 1], never of zero
    width at 0 % or 100 %, unlike the normal approximation)."""
    if n <= 0:
        return EMPTY
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low = 0.0 if k == 0 else max(0.0, centre - half)
    high = 1.0 if k == n else min(1.0, centre + half)
    return Cell(p, low, high, n, k)


def graded_share(values: Sequence[float], z: float = Z95) -> Cell:
    """The mean of graded scores in [0, 1] (IAD-R1's type score, its accuracy reward as a
    share of its maximum) with a Wilson interval at that mean: a [0, 1] score's variance is
    at most the binomial one, so the interval is conservative, and it equals Wilson's for
    scores that are all 0 or 1."""
    n = len(values)
    if n == 0:
        return EMPTY
    p = min(1.0, max(0.0, sum(values) / n))
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low = 0.0 if p == 0.0 else max(0.0, centre - half)
    high = 1.0 if p == 1.0 else min(1.0, centre + half)
    return Cell(p, low, high, n)


def mean_of(cells: Sequence[Cell], z: float = Z95) -> Cell:
    """The unweighted mean of several figures (balanced accuracy: the mean of the normal and
    the anomalous share; an average over datasets), with the interval of a mean of
    independent estimates: each one's half-width taken as ``z`` standard errors."""
    used = [
        (c.value, c.low, c.high, c.n)
        for c in cells
        if c.value is not None and c.low is not None and c.high is not None
    ]
    if not used:
        return EMPTY
    if len(used) == 1:
        value, low, high, n = used[0]
        return Cell(value, low, high, n, cells[0].k if len(cells) == 1 else None)
    m = len(used)
    mean = sum(u[0] for u in used) / m
    # a Wilson interval is not symmetric: its wider side stands for the standard error
    se2 = sum((max(high - value, value - low) / z) ** 2 for value, low, high, _ in used)
    half = z * math.sqrt(se2) / m
    floor = min(0.0, *(u[1] for u in used))
    ceil = max(1.0, *(u[2] for u in used))
    return Cell(mean, max(floor, mean - half), min(ceil, mean + half), sum(u[3] for u in used))


@dataclass(frozen=True)
class Difference:
    """``a - b`` with its 95 % interval; ``clear`` when the interval excludes 0."""

    value: float
    low: float
    high: float

    @property
    def clear(self) -> bool:
        return self.low > 0 or self.high < 0

    def to_dict(self, digits: int = 4) -> dict[str, Any]:
        return {
            "value": round(self.value, digits),
            "low": round(self.low, digits),
            "high": round(self.high, digits),
            "clear": self.clear,
        }

    def percent(self) -> str:
        mark = " *" if self.clear else ""
        return f"{100 * self.value:+.1f} [{100 * self.low:+.1f}, {100 * self.high:+.1f}]{mark}"


def difference(a: Cell, b: Cell) -> Difference | None:
    """``a - b`` by MOVER (Zou & Donner): each side's interval recovers its variance. With two
    Wilson intervals this is Newcombe's hybrid score interval for a difference of shares.
    It treats the two results as independent samples: on the same items it is conservative."""
    if None in (a.value, a.low, a.high, b.value, b.low, b.high):
        return None
    assert a.value is not None and a.low is not None and a.high is not None
    assert b.value is not None and b.low is not None and b.high is not None
    d = a.value - b.value
    low = d - math.sqrt((a.value - a.low) ** 2 + (b.high - b.value) ** 2)
    high = d + math.sqrt((a.high - a.value) ** 2 + (b.value - b.low) ** 2)
    return Difference(d, low, high)


__all__ = [
    "EMPTY",
    "LEVEL",
    "Z95",
    "Cell",
    "Difference",
    "difference",
    "graded_share",
    "mean_of",
    "wilson",
]
