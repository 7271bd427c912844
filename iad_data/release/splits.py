"""Train/validation/test splits of the samples table, deterministic from a seed.

Every protocol assigns whole groups (``Sample.group_id``: the views of one physical part
in Real-IAD, one image elsewhere), so no part is seen in training and again at test time.
A group's stratum is its dataset, category and label (``anomaly`` if any view is
anomalous). The order inside a stratum comes from ``sha256(seed, group_id)``, so the same
seed gives the same split on every machine, whatever order the samples were ingested in.

The result is ``WORKSPACE/splits.parquet`` (``sample_id``, ``split``) and
``WORKSPACE/reports/splits.json``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from iad_data.core.lock import workspace_lock
from iad_data.core.options import make_options
from iad_data.core.workspace import Workspace, atomic_write, write_json
from iad_data.errors import InputError, WorkspaceError
from iad_data.release.options import PROTOCOLS, SplitOptions
from iad_data.review.decisions import load_state

SPLITS: tuple[str, ...] = ("train", "validation", "test")


@dataclass
class SplitResult:
    protocol: str
    seed: int
    path: Path
    counts: dict[str, int]
    """rows per split"""
    by_stratum: dict[str, dict[str, int]] = field(default_factory=dict)
    """``dataset/category/label`` -> split -> rows"""
    options: dict[str, Any] = field(default_factory=dict)
    leakage: dict[str, Any] = field(default_factory=dict)
    """``LeakageReport.summary()`` when leaks were checked"""
    held_out: list[str] = field(default_factory=list)
    """samples left out because a reviewer flagged their ground truth (``iad-data review``)"""

    def summary(self) -> dict[str, Any]:
        out = {
            "protocol": self.protocol,
            "seed": self.seed,
            "options": self.options,
            "path": str(self.path),
            "counts": self.counts,
            "by_stratum": self.by_stratum,
            "leakage": self.leakage,
        }
        if self.held_out:
            out["held_out_flagged"] = self.held_out
        return out


def _order_key(seed: int, group_id: str) -> str:
    return hashlib.sha256(f"{seed}\x00{group_id}".encode()).hexdigest()


def _assign_shares(groups: list[str], seed: int, test: float, val: float) -> dict[str, str]:
    """Split ``groups`` (one stratum) by position in the seeded order: test, validation, train.

    Group ``i`` of ``n`` goes by the midpoint ``(i + 0.5) / n`` of its slot, so shares are
    met as closely as whole groups allow and a stratum of one group goes to train.
    """
    ordered = sorted(groups, key=lambda g: _order_key(seed, g))
    n = len(ordered)
    out = {}
    for i, group in enumerate(ordered):
        pos = (i + 0.5) / n
        out[group] = "test" if pos < test else "validation" if pos < test + val else "train"
    return out


def _group_table(frame: pl.DataFrame) -> pl.DataFrame:
    """One row per group: its stratum and the benchmark split of its first sample."""
    return (
        frame.sort("sample_id")
        .group_by("group_id", maintain_order=True)
        .agg(
            pl.col("dataset").first(),
            pl.col("category").first(),
            pl.col("source_split").first(),
            (pl.col("label") == "anomaly").any().alias("anomalous"),
            pl.col("label").first().alias("first_label"),
        )
        .with_columns(
            pl.when(pl.col("anomalous"))
            .then(pl.lit("anomaly"))
            .otherwise(pl.col("first_label"))
            .alias("label")
        )
    )


def _stratified(groups: pl.DataFrame, seed: int, test: float, val: float) -> dict[str, str]:
    out: dict[str, str] = {}
    for _, part in groups.group_by(["dataset", "category", "label"], maintain_order=True):
        out.update(_assign_shares(part["group_id"].to_list(), seed, test, val))
    return out


def _carve_validation(
    groups: pl.DataFrame, fixed: dict[str, str], seed: int, val: float
) -> dict[str, str]:
    """Move ``val`` of each stratum's train groups to validation (protocols with a fixed test)."""
    train = groups.filter(pl.col("group_id").is_in([g for g, s in fixed.items() if s == "train"]))
    out = dict(fixed)
    out.update(_stratified(train, seed, 0.0, val))
    return out


def _source(groups: pl.DataFrame, seed: int, val: float, **_: Any) -> dict[str, str]:
    fixed = dict(zip(groups["group_id"].to_list(), groups["source_split"].to_list(), strict=True))
    if any(s == "validation" for s in fixed.values()):
        return fixed  # the benchmark has its own validation split: keep it
    return _carve_validation(groups, fixed, seed, val)


def _cross_dataset(
    groups: pl.DataFrame, seed: int, val: float, test_datasets: Sequence[str] | None, **_: Any
) -> dict[str, str]:
    if not test_datasets:
        raise InputError(
            "the cross-dataset protocol needs the benchmarks to test on: pass "
            "test_datasets=['visa'] (CLI: --test-datasets visa)."
        )
    present = set(groups["dataset"].to_list())
    unknown = sorted(set(test_datasets) - present)
    if unknown:
        raise InputError(
            f"test dataset(s) {', '.join(unknown)} are not in the workspace (it holds "
            f"{', '.join(sorted(present))}); ingest them or fix --test-datasets."
        )
    if present <= set(test_datasets):
        raise InputError(
            "cross-dataset needs at least one dataset left for training; every ingested "
            "dataset was named in --test-datasets."
        )
    fixed = {
        g: "test" if d in test_datasets else "train"
        for g, d in zip(groups["group_id"].to_list(), groups["dataset"].to_list(), strict=True)
    }
    return _carve_validation(groups, fixed, seed, val)


def _leave_category_out(
    groups: pl.DataFrame,
    seed: int,
    val: float,
    holdout_categories: Sequence[str] | None,
    **_: Any,
) -> dict[str, str]:
    """``holdout_categories``: ``category`` (in every dataset) or ``dataset/category``."""
    if not holdout_categories:
        raise InputError(
            "the leave-category-out protocol needs categories to hold out: pass "
            "holdout_categories=['bottle'] or ['mvtec_ad/bottle'] (CLI: --holdout bottle)."
        )
    pairs = set(zip(groups["dataset"].to_list(), groups["category"].to_list(), strict=True))
    wanted = set(holdout_categories)
    matched = {h for h in wanted for d, c in pairs if h in (c, f"{d}/{c}")}
    missing = sorted(wanted - matched)
    if missing:
        raise InputError(
            f"held-out categor(ies) {', '.join(missing)} match nothing in the workspace; "
            f"name them as CATEGORY or DATASET/CATEGORY."
        )
    fixed = {
        g: "test" if (c in wanted or f"{d}/{c}" in wanted) else "train"
        for g, d, c in zip(
            groups["group_id"].to_list(),
            groups["dataset"].to_list(),
            groups["category"].to_list(),
            strict=True,
        )
    }
    return _carve_validation(groups, fixed, seed, val)


def _stratified_protocol(
    groups: pl.DataFrame, seed: int, val: float, test: float, **_: Any
) -> dict[str, str]:
    return _stratified(groups, seed, test, val)


ASSIGNERS: dict[str, Callable[..., dict[str, str]]] = {
    "stratified": _stratified_protocol,
    "source": _source,
    "cross-dataset": _cross_dataset,
    "leave-category-out": _leave_category_out,
}


def make_splits(
    workspace: str | Path | Workspace,
    options: SplitOptions | None = None,
    *,
    progress: bool = False,
    wait: bool = False,
    **overrides: Any,
) -> SplitResult:
    """Assign every sample to train, validation or test and write ``splits.parquet``.

    ``stratified``: per dataset x category x label, ``test_share`` and ``val_share`` of the
    groups. ``source``: the benchmark's own splits (``val_share`` of train carved out when
    it has no validation split). ``cross-dataset``: ``test_datasets`` are test, the rest
    train/validation. ``leave-category-out``: ``holdout_categories`` are test.
    ``check_leaks`` also runs the leakage check (filling the hash cache publish reuses).
    ``options`` or its fields as keywords are the stage's ``SplitOptions``. The workspace's
    lock is held while it works (``iad_data.core.lock``; ``wait`` waits for another writer).
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    with workspace_lock(ws, "split", wait=wait):
        return _make_splits(ws, options, progress=progress, overrides=overrides)


def _make_splits(
    ws: Workspace,
    options: SplitOptions | None,
    *,
    progress: bool,
    overrides: dict[str, Any],
) -> SplitResult:
    opts = make_options(SplitOptions, options, overrides, "make_splits")
    protocol, seed, val_share, test_share = (
        opts.protocol,
        opts.seed,
        opts.val_share,
        opts.test_share,
    )
    test_datasets, holdout_categories = opts.test_datasets, opts.holdout_categories
    check_leaks = opts.check_leaks
    assign = ASSIGNERS[protocol]
    frame = ws.require_samples()
    held_out = sorted(load_state(ws).flags)
    if held_out:  # a flagged ground truth stays out of every split until it is resolved
        frame = frame.filter(~pl.col("sample_id").is_in(held_out))
    groups = _group_table(frame)
    by_group = assign(
        groups,
        seed=seed,
        val=val_share,
        test=test_share,
        test_datasets=test_datasets,
        holdout_categories=holdout_categories,
    )
    table = (
        frame.select("sample_id", "group_id", "dataset", "category", "label")
        .with_columns(pl.col("group_id").replace_strict(by_group).alias("split"))
        .sort("sample_id")
    )
    out = table.select("sample_id", "split")

    def write(tmp: Path) -> None:
        out.write_parquet(tmp, compression="zstd", statistics=False)

    path = ws.splits_path
    atomic_write(path, write)
    counts = Counter(out["split"].to_list())
    strata: dict[str, dict[str, int]] = {}
    for row in table.group_by(["dataset", "category", "label", "split"]).len().iter_rows():
        strata.setdefault(f"{row[0]}/{row[1]}/{row[2]}", {})[row[3]] = row[4]
    settings: dict[str, Any] = {"val_share": val_share, "test_share": test_share}
    if test_datasets:
        settings["test_datasets"] = list(test_datasets)
    if holdout_categories:
        settings["holdout_categories"] = list(holdout_categories)
    result = SplitResult(
        protocol=protocol,
        seed=seed,
        path=path,
        counts={s: counts.get(s, 0) for s in SPLITS},
        by_stratum=dict(sorted(strata.items())),
        options=settings,
        held_out=held_out,
    )
    if check_leaks:
        from iad_data.release.leakage import find_leaks

        splits = dict(zip(out["sample_id"].to_list(), out["split"].to_list(), strict=True))
        report = find_leaks(ws, splits, samples=frame, progress=progress, engine=opts.mapper())
        result.leakage = report.summary(limit=20)
    write_json(ws.splits_report_path, result.summary())
    return result


def read_splits(workspace: str | Path | Workspace) -> dict[str, str]:
    """``sample_id -> split`` from ``splits.parquet``; WorkspaceError naming the fix if absent."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    path = ws.splits_path
    if not path.exists():
        raise WorkspaceError(
            f"{path} does not exist: run `iad-data split --workspace {ws.path}` first."
        )
    frame = pl.read_parquet(path)
    return dict(zip(frame["sample_id"].to_list(), frame["split"].to_list(), strict=True))


def split_settings(workspace: str | Path | Workspace) -> dict[str, Any]:
    """What ``reports/splits.json`` says about the protocol (for the dataset card)."""
    import json

    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    path = ws.splits_report_path
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


__all__ = [
    "PROTOCOLS",
    "SPLITS",
    "SplitOptions",
    "SplitResult",
    "make_splits",
    "read_splits",
    "split_settings",
]
