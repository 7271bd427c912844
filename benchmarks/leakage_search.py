"""Leakage candidate search: the multi-index hash against the pairwise comparison of splits.

Synthetic 256-bit hashes stand in for the perceptual hashes of a benchmark (the search only
sees the hashes): ``--near`` of them are copies of another hash with 0-8 bits flipped (the
re-encoded and re-lit duplicates the check exists for), the rest are random; each is put in
train, validation or test. For each size the index (``release.hash_index.near_pairs``) is
timed and its peak memory measured (tracemalloc: numpy's allocations included); the
pairwise search (``brute_pairs``, what ``find_leaks`` ran before) is timed where it
finishes in ``--brute-limit`` seconds' worth of pairs, and projected (pairs / measured rate)
beyond. At the sizes both run, their pairs are checked to be the same. From
``SEARCH_SPREAD_FROM`` hashes the search ``find_leaks`` runs is also timed spread over
``--workers`` pool processes (one bit-chunk per task, the hashes in a memory-mapped file),
its pairs checked against the single-process index's.

    python benchmarks/leakage_search.py [--sizes 10000 100000 1000000] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from iad_data.release import leakage
from iad_data.release.hash_index import brute_pairs, near_pairs
from iad_data.release.options import NEAR_THRESHOLD


def synthetic(n: int, near: float, seed: int) -> tuple[NDArray[np.uint64], NDArray[np.int32]]:
    rng = np.random.default_rng(seed)
    words = rng.integers(0, 2**63, (n, 4), dtype=np.uint64) * np.uint64(2)
    words |= rng.integers(0, 2, (n, 4), dtype=np.uint64)
    copies = rng.choice(n, size=int(n * near), replace=False)
    sources = rng.integers(0, n, len(copies))
    words[copies] = words[sources]
    flips = rng.integers(0, 9, len(copies))
    for row, count in zip(copies, flips, strict=True):
        for bit in rng.choice(256, size=int(count), replace=False):
            words[row, bit // 64] ^= np.uint64(1) << np.uint64(63 - bit % 64)
    group = rng.choice(3, size=n, p=[0.7, 0.1, 0.2]).astype(np.int32)
    return words, group


def measure(fn: Any, *args: Any) -> tuple[Any, float, int]:
    """Result, seconds (untraced) and peak traced bytes (a second, traced call)."""
    start = time.perf_counter()
    out = fn(*args)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return out, seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--near", type=float, default=0.05)
    parser.add_argument("--threshold", type=int, default=NEAR_THRESHOLD)
    parser.add_argument("--brute-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    rate: float | None = None  # pairs a second of the pairwise search, once measured
    for n in args.sizes:
        words, group = synthetic(n, args.near, seed=n)
        found, seconds, peak = measure(near_pairs, words, group, args.threshold)
        counts = np.bincount(group, minlength=3).astype(np.int64)
        cross_pairs = int(counts[0] * counts[1] + counts[0] * counts[2] + counts[1] * counts[2])
        row: dict[str, Any] = {
            "hashes": n,
            "index_s": round(seconds, 3),
            "index_peak_mib": round(peak / 2**20, 1),
            "pairs_found": len(found[0]),
            "cross_split_pairs": cross_pairs,
            "load_avg_1m": round(os.getloadavg()[0], 2),
        }
        if rate is None or cross_pairs / rate <= args.brute_limit:
            reference, brute_s, brute_peak = measure(brute_pairs, words, group, args.threshold)
            rate = cross_pairs / brute_s
            same = {tuple(map(int, t)) for t in zip(*found, strict=True)} == {
                tuple(map(int, t)) for t in zip(*reference, strict=True)
            }
            row.update(
                brute_s=round(brute_s, 3),
                brute_peak_mib=round(brute_peak / 2**20, 1),
                same_pairs=same,
            )
        else:
            row["brute_s_projected"] = round(cross_pairs / rate, 1)
        spread = ""
        if n >= leakage.SEARCH_SPREAD_FROM and args.workers > 1:
            names = [("train", "validation", "test")[g] for g in group]
            with tempfile.TemporaryDirectory() as tmp:
                start = time.perf_counter()
                pairs = leakage.candidate_pairs(
                    words, names, args.threshold, scratch=Path(tmp), workers=args.workers
                )
                row["spread_s"] = round(time.perf_counter() - start, 3)
            row["spread_same_pairs"] = {(min(i, j), max(i, j), d) for i, j, d, _, _ in pairs} == {
                tuple(map(int, t)) for t in zip(*found, strict=True)
            }
            spread = (
                f"; spread over {args.workers} workers {row['spread_s']:.2f} s, same pairs: "
                f"{row['spread_same_pairs']}"
            )
        rows.append(row)
        brute = (
            f"pairwise {row['brute_s']:.2f} s ({row['brute_peak_mib']} MiB), same pairs: "
            f"{row['same_pairs']}"
            if "brute_s" in row
            else f"pairwise projected {row['brute_s_projected']:.0f} s"
        )
        print(
            f"{n:>9,} hashes: index {row['index_s']:.2f} s, peak {row['index_peak_mib']} MiB, "
            f"{row['pairs_found']:,} near pairs; {brute}{spread}; load {row['load_avg_1m']}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps({"threshold": args.threshold, "runs": rows}, indent=2))


if __name__ == "__main__":
    main()
