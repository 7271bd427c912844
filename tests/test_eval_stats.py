"""The intervals and the stratified sample, against published worked examples."""

from __future__ import annotations

import pytest

from iad_data.evaluation.data import EvalItem
from iad_data.evaluation.sampling import allocate, stratified_sample
from iad_data.evaluation.stats import EMPTY, Cell, difference, graded_share, mean_of, wilson


def test_wilson_matches_the_textbook_values() -> None:
    # Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 -> 0.2553 to 0.3662
    cell = wilson(81, 263)
    assert cell.low == pytest.approx(0.2553, abs=1e-4)
    assert cell.high == pytest.approx(0.3662, abs=1e-4)
    zero = wilson(0, 10)  # never of zero width at 0 %
    assert zero.value == 0.0 and zero.low == 0.0 and zero.high == pytest.approx(0.2775, abs=1e-4)
    full = wilson(10, 10)
    assert full.high == 1.0 and full.low == pytest.approx(0.7225, abs=1e-4)
    assert wilson(0, 0) == EMPTY and EMPTY.percent() == "-"


def test_difference_of_two_wilson_shares_is_newcombes_hybrid_interval() -> None:
    # Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 - 48/80
    d = difference(wilson(56, 70), wilson(48, 80))
    assert d is not None
    assert d.value == pytest.approx(0.2)
    assert d.low == pytest.approx(0.0524, abs=1e-4)
    assert d.high == pytest.approx(0.3339, abs=1e-4)
    assert d.clear and d.percent().endswith("*")
    same = difference(wilson(5, 10), wilson(5, 10))
    assert same is not None and not same.clear and same.value == 0.0
    assert difference(EMPTY, wilson(1, 2)) is None


def test_means_of_scores_and_of_shares() -> None:
    graded = graded_share([0.85, 0.3, 1.0, 0.6])
    assert graded.value == pytest.approx(0.6875) and graded.k is None
    assert graded.low is not None and graded.high is not None
    assert 0.0 < graded.low < 0.6875 < graded.high < 1.0
    for values in ([1.0, 0.0, 1.0], [1.0] * 5, [0.0] * 4):  # all 0 or 1: Wilson's interval
        as_share = wilson(int(sum(values)), len(values))
        got = graded_share(values)
        assert (got.low, got.high) == pytest.approx((as_share.low, as_share.high))
    balanced = mean_of([wilson(9, 10), wilson(1, 10)])
    assert balanced.value == pytest.approx(0.5) and balanced.n == 20
    assert balanced.low is not None and balanced.high is not None
    assert 0.25 < balanced.low < 0.5 < balanced.high < 0.75
    one = mean_of([wilson(3, 4), EMPTY])  # a class without images does not count
    assert one == Cell(0.75, wilson(3, 4).low, wilson(3, 4).high, 4, None)


def _items(counts: dict[tuple[str, str, str], int]) -> list[EvalItem]:
    return [
        EvalItem(f"{d}.{c}.{label}.{i:03d}", d, c, label, "good", None, f"{i:064x}")
        for (d, c, label), n in counts.items()
        for i in range(n)
    ]


def test_limit_keeps_the_mix_of_every_stratum() -> None:
    counts = {
        ("mvtec_ad", "bottle", "normal"): 20,
        ("mvtec_ad", "bottle", "anomaly"): 63,
        ("visa", "candle", "normal"): 100,
        ("visa", "candle", "anomaly"): 17,
    }
    share = allocate(counts, 30)
    assert sum(share.values()) == 30
    # quotas 3, 9.45, 15, 2.55: the one seat left goes to the largest remainder
    assert share == {
        ("mvtec_ad", "bottle", "normal"): 3,
        ("mvtec_ad", "bottle", "anomaly"): 9,
        ("visa", "candle", "normal"): 15,
        ("visa", "candle", "anomaly"): 3,
    }
    items = _items(counts)
    chosen = stratified_sample(items, 30, seed=0)
    assert len(chosen) == 30 == len({i.sample_id for i in chosen})
    assert chosen == stratified_sample(list(reversed(items)), 30, seed=0)  # order-free
    assert chosen != stratified_sample(items, 30, seed=1)
    assert stratified_sample(items, None, 0) == sorted(items, key=lambda i: i.sample_id)
    assert len(stratified_sample(items, 10_000, 0)) == len(items)
