"""Split protocols: deterministic, whole groups, shares, and what each protocol puts in test."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from publish_fixtures import make_tree

from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import generate
from iad_data.release.splits import make_splits, read_splits


@pytest.fixture(scope="module")
def two_datasets(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    tmp = tmp_path_factory.mktemp("splits")
    ws = Workspace(tmp / "ws")
    ingest("mvtec", make_tree(tmp / "mvtec"), ws.path, progress=False, workers=1)
    generate("real_iad", tmp / "realiad", seed=1)
    ingest("real_iad", tmp / "realiad", ws.path, progress=False, workers=1)
    return ws


def _frame(ws: Workspace) -> pl.DataFrame:
    splits = read_splits(ws)
    samples = ws.read_samples()
    return samples.with_columns(pl.col("sample_id").replace_strict(splits).alias("split"))


def test_stratified_is_deterministic_and_keeps_groups(two_datasets: Workspace) -> None:
    ws = two_datasets
    first = make_splits(ws, seed=7)
    again = (ws.path / "splits.parquet").read_bytes()
    make_splits(ws, seed=7)
    assert (ws.path / "splits.parquet").read_bytes() == again
    assert sum(first.counts.values()) == ws.read_samples().height
    frame = _frame(ws)
    per_group = frame.group_by("group_id").agg(pl.col("split").n_unique().alias("n"))
    assert per_group["n"].max() == 1  # Real-IAD's 5 views of a part stay together
    real = frame.filter(pl.col("dataset") == "real_iad")
    assert real["group_id"].n_unique() < real.height
    assert first.counts["test"] > 0 and first.counts["train"] > first.counts["test"]
    other = make_splits(ws, seed=8)
    assert other.counts != first.counts or read_splits(ws) != dict(
        zip(frame["sample_id"].to_list(), frame["split"].to_list(), strict=True)
    )


def test_stratified_shares_per_stratum(two_datasets: Workspace) -> None:
    make_splits(two_datasets, seed=0, val_share=0.25, test_share=0.25)
    frame = _frame(two_datasets).filter(pl.col("dataset") == "mvtec_ad")
    for (_, _, _), part in frame.group_by(["dataset", "category", "label"]):
        n = part.height
        n_test = part.filter(pl.col("split") == "test").height
        assert abs(n_test - n * 0.25) <= 1


def test_source_protocol_follows_the_benchmark(two_datasets: Workspace) -> None:
    make_splits(two_datasets, protocol="source", val_share=0.0)
    frame = _frame(two_datasets)
    assert (frame["split"] == frame["source_split"]).all()


def test_cross_dataset_and_leave_category_out(two_datasets: Workspace) -> None:
    result = make_splits(
        two_datasets, protocol="cross-dataset", test_datasets=["real_iad"], val_share=0.3
    )
    frame = _frame(two_datasets)
    assert set(frame.filter(pl.col("split") == "test")["dataset"].unique()) == {"real_iad"}
    assert result.counts["validation"] > 0
    make_splits(two_datasets, protocol="leave-category-out", holdout_categories=["mvtec_ad/wood"])
    frame = _frame(two_datasets)
    test = frame.filter(pl.col("split") == "test")
    assert set(test["category"].unique()) == {"wood"}
    assert frame.filter(pl.col("category") == "wood")["split"].unique().to_list() == ["test"]


def test_bad_options_are_refused(two_datasets: Workspace) -> None:
    with pytest.raises(InputError, match="protocol: Input should be 'stratified'"):
        make_splits(two_datasets, protocol="random")
    with pytest.raises(InputError, match="needs test_datasets"):
        make_splits(two_datasets, protocol="cross-dataset")
    with pytest.raises(InputError, match="visa"):
        make_splits(two_datasets, protocol="cross-dataset", test_datasets=["visa"])
    with pytest.raises(InputError, match="match nothing"):
        make_splits(two_datasets, protocol="leave-category-out", holdout_categories=["nope"])
    with pytest.raises(InputError, match="nothing for training"):
        make_splits(two_datasets, val_share=0.5, test_share=0.5)


def test_missing_splits_file_names_the_fix(tmp_path: Path) -> None:
    from iad_data.errors import WorkspaceError

    with pytest.raises(WorkspaceError, match="iad-data split"):
        read_splits(tmp_path)
