"""Pairs of 256-bit perceptual hashes within a Hamming distance, found below n x m.

Multi-index hashing (Norouzi et al.): cut each hash into ``threshold + 1`` disjoint bit
chunks. Two hashes at most ``threshold`` bits apart differ in at most ``threshold`` chunks,
so by pigeonhole at least one chunk is equal. Each chunk is one sort of the chunk values;
the hashes that share a value in some chunk are the only candidates, and each candidate's
full distance is then counted with popcount. The result is exactly the set brute force
finds (``brute_pairs``, kept as the reference the tests compare against), at about
``n log n`` plus the candidates instead of ``n x m``: 1M random hashes in seconds.

Why not a library: faiss-cpu's ``IndexBinaryMultiHash`` does the same, but it is a large
native wheel for ~100 lines of numpy, answers per query rather than per pair of splits, and
its range search is approximate in the bucket probing it is configured with; this one is
exact by construction and has no dependency.

Aligned industrial parts make crowded buckets (many photos of the same bottle share most
chunks): those pairs are real candidates, and the fine-detail check sorts them out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
from numpy.typing import NDArray

BITS = 256
WORDS = BITS // 64
PAIR_BLOCK = 1 << 22
"""candidate pairs verified per numpy block (bounds the memory of a crowded bucket)"""


def chunk_bounds(threshold: int, bits: int = BITS) -> list[tuple[int, int]]:
    """``threshold + 1`` (start, length) bit ranges covering ``bits``, lengths within one
    (at least four, so none is longer than a 64-bit word: more chunks keep the pigeonhole)."""
    parts = min(bits, max(threshold + 1, -(-bits // 64)))
    base, extra = divmod(bits, parts)
    bounds, start = [], 0
    for i in range(parts):
        length = base + (1 if i < extra else 0)
        bounds.append((start, length))
        start += length
    return bounds


def chunk_values(words: NDArray[np.uint64], start: int, length: int) -> NDArray[np.uint64]:
    """Bits ``start .. start + length`` of each row (big-endian words) as an integer."""
    if length > 64:
        raise ValueError("a chunk is at most 64 bits")
    w, off = divmod(start, 64)
    one = np.uint64(1)
    if off + length <= 64:
        shifted = words[:, w] >> np.uint64(64 - off - length)
        mask = np.uint64((1 << length) - 1) if length < 64 else ~np.uint64(0)
        return shifted & mask
    low = off + length - 64  # bits taken from the next word
    high = words[:, w] & ((one << np.uint64(64 - off)) - one)
    return (high << np.uint64(low)) | (words[:, w + 1] >> np.uint64(64 - low))


CROWDED = 64
"""a bucket with more hashes than this is paired a block of rows at a time"""


def _chunk_pairs(
    values: NDArray[np.uint64], group: NDArray[np.int32]
) -> Iterator[NDArray[np.int64]]:
    """Keys ``i * n + j`` (i < j, different groups) of every pair of rows equal in ``values``.

    One sort; small buckets (the many of random hashes) are paired without a Python loop per
    bucket: the rows ``d`` places apart in sorted order, for d = 1, 2, ... while any such
    pair is in one bucket; crowded buckets (aligned parts) a block of rows at a time."""
    n = len(values)
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    first = np.concatenate(([True], ordered[1:] != ordered[:-1]))
    run = np.cumsum(first) - 1
    run_len = np.bincount(run)
    small = run_len[run] <= CROWDED
    for d in range(1, CROWDED):
        same = (run[:-d] == run[d:]) & small[:-d]
        if not same.any():
            break
        a, b = order[:-d][same], order[d:][same]
        keep = group[a] != group[b]
        a, b = a[keep].astype(np.int64), b[keep].astype(np.int64)
        yield np.minimum(a, b) * n + np.maximum(a, b)
    starts = np.flatnonzero(first)
    for r in np.flatnonzero(run_len > CROWDED):
        members = order[starts[r] : starts[r] + run_len[r]]
        if len(np.unique(group[members])) > 1:
            yield from _bucket_pairs(members, group)


def _bucket_pairs(
    members: NDArray[np.intp], group: NDArray[np.int32]
) -> Iterator[NDArray[np.int64]]:
    """Every pair (i < j) of ``members`` whose groups differ, as keys ``i * n + j`` (``n``
    passed in ``group``'s length), a block of rows at a time (a crowded bucket stays small)."""
    n = len(group)
    members = np.sort(members).astype(np.int64)
    rows = max(1, PAIR_BLOCK // max(1, len(members)))
    for start in range(0, len(members) - 1, rows):
        a = members[start : start + rows, None]
        b = members[None, start + 1 :]
        keep = (a < b) & (group[a] != group[b])
        a2, b2 = np.broadcast_to(a, keep.shape)[keep], np.broadcast_to(b, keep.shape)[keep]
        yield a2 * n + b2


def chunk_near_pairs(
    words: NDArray[np.uint64],
    group: NDArray[np.int32],
    threshold: int,
    parts: Sequence[int] | None = None,
) -> NDArray[np.int64]:
    """The near pairs that share a value in the bit-chunks ``parts`` (indexes into
    ``chunk_bounds(threshold)``; all when None), verified: a (3, k) array of i, j, distance,
    unique by (i, j) and sorted by it. Each part is independent of the others, so the parts
    can be searched in different workers and the union is ``near_pairs``."""
    n = len(words)
    found: list[NDArray[np.int64]] = []
    pending: list[NDArray[np.int64]] = []
    pending_size = 0

    def verify() -> None:
        nonlocal pending, pending_size
        if not pending:
            return
        keys = np.unique(np.concatenate(pending))
        pending, pending_size = [], 0
        a, b = keys // n, keys % n
        dist = np.bitwise_count(words[a] ^ words[b]).sum(-1)
        ok = dist <= threshold
        found.append(np.stack([a[ok], b[ok], dist[ok].astype(np.int64)]))

    bounds = chunk_bounds(threshold)
    for part in range(len(bounds)) if parts is None else parts:
        start, length = bounds[part]
        for keys in _chunk_pairs(chunk_values(words, start, length), group):
            pending.append(keys)
            pending_size += len(keys)
            if pending_size >= PAIR_BLOCK:
                verify()
    verify()
    return union_pairs(found, n)


def union_pairs(tables: Sequence[NDArray[np.int64]], n: int) -> NDArray[np.int64]:
    """The (3, k) tables of i, j, distance as one, each pair once, sorted by (i, j) (a pair
    found in two chunks or two verify blocks has the same distance in both)."""
    tables = [t for t in tables if t.shape[1]]
    if not tables:
        return np.zeros((3, 0), np.int64)
    table = np.concatenate(tables, axis=1)
    _, first = np.unique(table[0] * n + table[1], return_index=True)
    return table[:, first]


def near_pairs(
    words: NDArray[np.uint64], group: NDArray[np.int32], threshold: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """(i, j, distance) with i < j, ``group[i] != group[j]`` and at most ``threshold`` bits
    apart, sorted by (i, j): the pairs of rows in different groups (splits) that are near."""
    if len(words) < 2:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    table = chunk_near_pairs(words, group, threshold)
    return table[0], table[1], table[2]


def brute_pairs(
    words: NDArray[np.uint64], group: NDArray[np.int32], threshold: int, block: int = 512
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """What ``near_pairs`` returns, by comparing every row of each group with every row of
    each later group, block-wise (XOR and popcount): the n x m search ``find_leaks`` ran
    before the index, kept as the reference of tests and benchmarks."""
    rows_a: list[NDArray[np.int64]] = []
    rows_b: list[NDArray[np.int64]] = []
    dists: list[NDArray[np.int64]] = []
    members = {int(g): np.flatnonzero(group == g) for g in np.unique(group)}
    for ga in sorted(members):
        for gb in sorted(members):
            if gb <= ga:
                continue
            ia, ib = members[ga], members[gb]
            wb = words[ib]
            for start in range(0, len(ia), block):
                rows = ia[start : start + block]
                dist = np.bitwise_count(words[rows][:, None, :] ^ wb[None, :, :]).sum(-1)
                r, c = np.nonzero(dist <= threshold)
                a, b = rows[r], ib[c]
                rows_a.append(np.minimum(a, b).astype(np.int64))
                rows_b.append(np.maximum(a, b).astype(np.int64))
                dists.append(dist[r, c].astype(np.int64))
    if not rows_a:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    return np.concatenate(rows_a), np.concatenate(rows_b), np.concatenate(dists)


def as_words(raw: Sequence[bytes] | bytes, count: int) -> NDArray[np.uint64]:
    """``count`` hashes of 32 bytes each (one bytes object, or one per hash) as rows of four
    big-endian 64-bit words."""
    data = raw if isinstance(raw, bytes) else b"".join(raw)
    return np.frombuffer(data, dtype=">u8").astype(np.uint64).reshape(count, WORDS)


__all__ = [
    "as_words",
    "brute_pairs",
    "chunk_bounds",
    "chunk_near_pairs",
    "chunk_values",
    "near_pairs",
    "union_pairs",
]
