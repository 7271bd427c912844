"""``--limit``: a stratified sample of the images, so a cheap run keeps the full run's mix.

Strata are dataset x category x label. Each gets its proportional share of the limit,
rounded by largest remainder (ties to the larger stratum, then by name), and inside a
stratum images are taken in an order fixed by hashing the seed with the sample id: the same
data, limit and seed always give the same images, and a larger limit keeps every image a
smaller one chose in each stratum that keeps its share.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from iad_data.evaluation.data import EvalItem

Stratum = tuple[str, str, str]


def _rank(seed: int, sample_id: str) -> str:
    return hashlib.sha256(f"{seed}\x00{sample_id}".encode()).hexdigest()


def allocate(sizes: dict[Stratum, int], limit: int) -> dict[Stratum, int]:
    """How many of ``limit`` each stratum gets: proportional, largest remainder."""
    total = sum(sizes.values())
    if limit >= total:
        return dict(sizes)
    quota = {s: limit * n / total for s, n in sizes.items()}
    share = {s: int(q) for s, q in quota.items()}
    left = limit - sum(share.values())
    order = sorted(sizes, key=lambda s: (-(quota[s] - share[s]), -sizes[s], s))
    for s in order[:left]:
        share[s] += 1
    return share


def stratified_sample(items: Sequence[EvalItem], limit: int | None, seed: int) -> list[EvalItem]:
    """At most ``limit`` of ``items``, stratified by dataset x category x label (sorted by id)."""
    if limit is None or limit >= len(items):
        return sorted(items, key=lambda i: i.sample_id)
    strata: dict[Stratum, list[EvalItem]] = {}
    for item in items:
        strata.setdefault((item.dataset, item.category, item.label), []).append(item)
    share = allocate({s: len(group) for s, group in strata.items()}, limit)
    chosen: list[EvalItem] = []
    for stratum, group in strata.items():
        ranked = sorted(group, key=lambda i: _rank(seed, i.sample_id))
        chosen += ranked[: share[stratum]]
    return sorted(chosen, key=lambda i: i.sample_id)


__all__ = ["allocate", "stratified_sample"]
