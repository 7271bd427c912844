"""Compare an ingest with the official release counts, and say exactly what differs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True, slots=True)
class CountDiff:
    key: str
    found: int
    expected: int

    @property
    def message(self) -> str:
        noun = "image" if self.found == 1 else "images"
        if "/" not in self.key:
            return f"{self.key}: {self.found} {noun}, but the release has no such category"
        return f"{self.key}: {self.found} {noun}, the release has {self.expected}"

    def as_dict(self) -> dict[str, int | str]:
        return {
            "key": self.key,
            "found": self.found,
            "expected": self.expected,
            "message": self.message,
        }


_TOTALS = frozenset({"good", "anomaly", "unlabeled"})
"""the keys that together count every image once"""


def observed_counts(samples: pl.DataFrame) -> dict[str, Counter[str]]:
    """``{category: Counter({"train/good": n, "test/anomaly": n, "test/<defect>": n})}``."""
    out: dict[str, Counter[str]] = {}
    for row in samples.select("category", "source_split", "label", "defect_type_raw").iter_rows():
        category, split, label, raw = row
        counter = out.setdefault(category, Counter())
        if label == "normal":
            counter[f"{split}/good"] += 1
        else:  # a set: an unlabeled row's raw name is "unlabeled" too, counted once
            counter.update({f"{split}/{label}", f"{split}/{raw}"})
    return out


def compare_counts(
    samples: pl.DataFrame, official: dict[str, dict[str, int]], categories: list[str]
) -> list[CountDiff]:
    """Differences for the ingested categories, in a stable order.

    A category the release does not have (a root of another benchmark, a stray folder) is
    one difference: all its images are extra.
    """
    observed = observed_counts(samples)
    diffs = []
    for category in sorted(categories):
        expected = official.get(category)
        seen = observed.get(category, Counter())
        if official and expected is None:
            total = sum(n for key, n in seen.items() if key.split("/", 1)[1] in _TOTALS)
            diffs.append(CountDiff(category, total, 0))
            continue
        if not expected:
            continue
        for key, count in expected.items():
            if seen[key] != count:
                diffs.append(CountDiff(f"{category}/{key}", seen[key], count))
        known_defects = {k for k in expected if k.split("/")[1] not in ("good", "anomaly")}
        if known_defects:
            for key, count in sorted(seen.items()):
                split, name = key.split("/", 1)
                if name not in ("good", "anomaly", "normal") and key not in expected:
                    diffs.append(CountDiff(f"{category}/{key}", count, 0))
    return diffs
