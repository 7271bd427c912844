"""The multi-index hash finds exactly the pairs the pairwise comparison of splits finds.

The reference is the search ``find_leaks`` ran before the index (every pair of splits,
block-wise XOR and popcount), kept here verbatim; the index must return the same candidates
in the same order, on random and on clustered hashes (aligned parts: crowded buckets), and
``find_leaks`` must report the same leaks on generated trees with planted copies.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray
from publish_fixtures import make_tree, plant_near_duplicate

from iad_data.core.workspace import Workspace
from iad_data.ingestion.build import ingest
from iad_data.release import leakage
from iad_data.release.hash_index import brute_pairs, chunk_bounds, chunk_values, near_pairs
from iad_data.release.leakage import candidate_pairs, find_leaks
from iad_data.release.splits import make_splits, read_splits


def pairwise_candidates(
    words: NDArray[np.uint64], split_of: list[str], threshold: int, **_: Any
) -> list[tuple[int, int, int, str, str]]:
    """The search of ``find_leaks`` before the index, as it was (O(n x m))."""
    by_split: dict[str, list[int]] = {}
    for i, split in enumerate(split_of):
        by_split.setdefault(split, []).append(i)
    candidates: list[tuple[int, int, int, str, str]] = []
    for sa, sb in combinations(sorted(by_split), 2):
        ia, ib = np.array(by_split[sa]), np.array(by_split[sb])
        wb = words[ib]
        for start in range(0, len(ia), 512):
            block = ia[start : start + 512]
            dist = np.bitwise_count(words[block][:, None, :] ^ wb[None, :, :]).sum(-1)
            for r, c in zip(*np.nonzero(dist <= threshold), strict=True):
                candidates.append((int(block[r]), int(ib[c]), int(dist[r, c]), sa, sb))
    return candidates


def clustered_hashes(n: int, centres: int, max_flips: int, seed: int) -> NDArray[np.uint64]:
    """``n`` hashes around ``centres`` random ones, each 0..max_flips bits away from its
    centre: many near pairs, crowded chunk buckets, exact copies."""
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 2**63, (centres, 4), dtype=np.uint64) * np.uint64(2)
    words = base[rng.integers(0, centres, n)].copy()
    for row in range(n):
        for bit in rng.choice(256, size=int(rng.integers(0, max_flips + 1)), replace=False):
            words[row, bit // 64] ^= np.uint64(1) << np.uint64(63 - bit % 64)
    return words


@pytest.mark.parametrize("threshold", [0, 3, 12])
def test_index_equals_the_pairwise_search(threshold: int) -> None:
    rng = np.random.default_rng(threshold)
    for words in (
        clustered_hashes(1500, 40, 2 * threshold + 2, seed=threshold),
        rng.integers(0, 2**63, (800, 4), dtype=np.uint64),
    ):
        split_of = [str(s) for s in rng.choice(["train", "test", "validation"], len(words))]
        expected = pairwise_candidates(words, split_of, threshold)
        assert candidate_pairs(words, split_of, threshold) == expected
    assert len(expected) < 50 or threshold > 0  # the clustered set is the one with pairs


@pytest.mark.parametrize("threshold", [3, 12])
def test_the_search_spread_over_workers_finds_the_same_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threshold: int
) -> None:
    """One bit-chunk per task in a real pool of two processes, the hashes shared through a
    memory-mapped file in the scratch folder, which is left as it was."""
    monkeypatch.setattr(leakage, "SEARCH_SPREAD_FROM", 0)
    words = clustered_hashes(1200, 30, 2 * threshold + 2, seed=threshold)
    rng = np.random.default_rng(threshold)
    split_of = [str(s) for s in rng.choice(["train", "test", "validation"], len(words))]
    expected = pairwise_candidates(words, split_of, threshold)
    spread = candidate_pairs(words, split_of, threshold, scratch=tmp_path, workers=2)
    assert len(expected) > 100 and spread == expected
    assert list(tmp_path.iterdir()) == []


def test_index_equals_brute_force_in_crowded_buckets() -> None:
    words = clustered_hashes(600, 3, 6, seed=7)  # ~200 near-copies of each of 3 parts
    group = np.arange(600, dtype=np.int32) % 2
    found = near_pairs(words, group, 12)
    reference = brute_pairs(words, group, 12)
    assert len(found[0]) > 20_000
    assert {tuple(map(int, t)) for t in zip(*found, strict=True)} == {
        tuple(map(int, t)) for t in zip(*reference, strict=True)
    }


@pytest.mark.parametrize("threshold", [1, 3, 12, 30])
def test_pairs_exactly_threshold_apart_with_the_bits_spread_are_found(threshold: int) -> None:
    """The pigeonhole's worst case: ``threshold`` flipped bits spread evenly over the hash
    (one in each of ``threshold`` equal chunks) and, beyond it, one bit more."""
    rng = np.random.default_rng(threshold)
    base = rng.integers(0, 2**63, (40, 4), dtype=np.uint64)
    rows = [base]
    for flips in (threshold, threshold + 1):
        for offset in range(0, 256 // flips, max(1, 256 // flips // 5)):
            copy = base.copy()
            for k in range(flips):
                bit = (offset + k * 256 // flips) % 256
                copy[:, bit // 64] ^= np.uint64(1) << np.uint64(63 - bit % 64)
            rows.append(copy)
    words = np.concatenate(rows)
    split_of = ["train"] * 40 + ["test"] * (len(words) - 40)
    expected = pairwise_candidates(words, split_of, threshold)
    assert len(expected) >= 40 * 5 // 2
    assert candidate_pairs(words, split_of, threshold) == expected


def test_chunks_cover_every_bit_once_and_read_across_words() -> None:
    bounds = chunk_bounds(12)
    assert len(bounds) == 13 and sum(length for _, length in bounds) == 256
    assert [s for s, _ in bounds] == [sum(n for _, n in bounds[:i]) for i in range(13)]
    words = np.array([[0, 0b110, 1 << 63, 0]], dtype=np.uint64)
    assert int(chunk_values(words, 125, 4)[0]) == 0b1101  # bits 125..128 span two words


def test_find_leaks_reports_what_the_pairwise_search_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_tree(tmp_path / "mvtec")
    ws = Workspace(tmp_path / "ws")
    ingest("mvtec", root, ws.path, progress=False, workers=1)
    plant_near_duplicate(ws, root)
    ingest("mvtec", root, ws.path, progress=False, workers=1)
    make_splits(ws, protocol="source", val_share=0.0, check_leaks=False)
    splits = read_splits(ws)
    for threshold in (12, 40):  # 40: many candidates, most rejected by the fine detail
        indexed = find_leaks(ws, splits, near_threshold=threshold)
        ws.leakage_report_path.unlink()
        (ws.path / "near_pairs.parquet").unlink(missing_ok=True)
        with monkeypatch.context() as patch:
            patch.setattr(leakage, "candidate_pairs", pairwise_candidates)
            reference = find_leaks(ws, splits, near_threshold=threshold)
        ws.leakage_report_path.unlink()
        assert indexed.leaks == reference.leaks
        assert indexed.exact == 1 and indexed.near >= 1
    assert not list(ws.path.glob(".leakage-details-*"))  # the on-disk vectors are removed
