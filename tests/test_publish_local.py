"""Publishing to a local folder: the repo tree loads with load_dataset; versions are immutable."""

from __future__ import annotations

import json
import logging
import warnings
from pathlib import Path

import datasets
import polars as pl
import pyarrow.parquet as pq
import pytest
from publish_fixtures import add_one_shot, make_workspace, write_records

from iad_data.core.workspace import Workspace
from iad_data.errors import PublishError, ValidationFailed, WorkspaceError
from iad_data.release.leakage import CROSS_SPLIT_REASON
from iad_data.release.publish import publish
from iad_data.release.splits import read_splits


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return make_workspace(tmp_path_factory.mktemp("publocal"))


def test_local_folder_loads_with_load_dataset(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = publish(ws, to=out, version="1.0.0", masks=True, max_shard_bytes=20_000)
    assert result.committed and result.previous is None
    samples = ws.read_samples()
    splits = read_splits(ws)
    loaded = datasets.load_dataset(str(out), "samples", cache_dir=str(tmp_path / "cache"))
    assert sum(loaded.num_rows.values()) == samples.height
    for split, part in loaded.items():
        assert sorted(part["sample_id"]) == sorted(s for s, v in splits.items() if v == split)
    assert isinstance(loaded["train"].features["image"], datasets.Image)
    row = loaded["test"].filter(lambda r: r["label"] == "anomaly")[0]
    src = samples.filter(pl.col("sample_id") == row["sample_id"])
    assert row["image"].size == (src["width"][0], src["height"][0])
    assert row["mask"] is not None
    shards = sorted((out / "samples").glob("train-*.parquet"))
    assert len(shards) > 1  # bounded shard size
    meta = pq.read_schema(shards[0]).metadata
    assert b"huggingface" in meta  # features travel with the shard
    records = datasets.load_dataset(str(out), "expert_ad", cache_dir=str(tmp_path / "cache"))
    first = records["train"][0]
    assert first["messages"][0]["content"].startswith("<image>")
    assert len(first["images"]) == len(first["image_ids"]) == 1
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "config_name: expert_ad" in card and "dtype: image" in card
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "1.0.0"


def test_versions_identical_and_dry_run(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(ws, to=out, version="1.0.0")
    with pytest.raises(PublishError, match="already exists"):
        publish(ws, to=out, version="1.0.0")
    same = publish(ws, to=out, version="1.0.1")
    assert same.unchanged and same.same_as == "v1.0.0" and not same.committed
    assert not (out / ".iad-versions" / "v1.0.1.json").exists()
    write_records(ws, limit=10, note="changed")  # fewer records, different text
    dry = publish(ws, to=out, version="1.1.0", dry_run=True)
    diff = dry.diff["expert_ad"]
    assert sum(d["removed"] for d in diff.values()) > 0
    assert sum(d["changed"] for d in diff.values()) > 0
    assert all(d["added"] == 0 for d in diff.values())
    assert dry.diff["samples"]["train"]["unchanged"] > 0
    assert not (out / ".iad-versions" / "v1.1.0.json").exists()
    done = publish(ws, to=out, version="1.1.0")
    assert done.committed and done.previous == "1.0.0"
    write_records(ws)


def test_refusals(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="MAJOR.MINOR.PATCH"):
        publish(ws, to=tmp_path / "o", version="one")
    bad = Workspace(tmp_path / "bad")
    bad.path.mkdir()
    for name in ("samples.parquet", "reports"):
        src = ws.path / name
        if src.is_dir():
            import shutil

            shutil.copytree(src, bad.path / name)
        else:
            (bad.path / name).write_bytes(src.read_bytes())
    with pytest.raises(WorkspaceError, match="iad-data split"):
        publish(bad, to=tmp_path / "o", version="1.0.0")
    (bad.path / "splits.parquet").write_bytes((ws.path / "splits.parquet").read_bytes())
    records = pl.read_parquet(ws.records_dir / "expert_ad.parquet")
    bad.records_dir.mkdir()
    broken = records.with_columns(
        pl.when(pl.int_range(pl.len()) == 0)
        .then(pl.lit("<answer>Maybe</answer>"))
        .otherwise(pl.col("text"))
        .alias("text")
    )
    broken.write_parquet(bad.records_dir / "expert_ad.parquet")
    with pytest.raises(ValidationFailed, match="row|fail"):
        publish(bad, to=tmp_path / "o", version="1.0.0")
    assert not (tmp_path / "o" / "README.md").exists()


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_one_shot_records_stay_in_their_split_and_recipe_travels(
    ws: Workspace, tmp_path: Path
) -> None:
    shots = add_one_shot(ws)  # every reference is a train image
    outside = sorted(r for r, s in shots.items() if s != "train")
    assert outside and any(s == "train" for s in shots.values())
    (ws.path / "recipe.yaml").write_text("name: provenance-test\n", encoding="utf-8")
    out = tmp_path / "out"
    handler = _Records()
    logger = logging.getLogger("datasets")
    logger.addHandler(handler)
    try:
        result = publish(ws, to=out, version="1.0.0", progress=False)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            loaded = {
                cfg: datasets.load_dataset(str(out), cfg, cache_dir=str(tmp_path / "cache"))
                for cfg in ("samples", "expert_ad")
            }
            builder = datasets.load_dataset_builder(
                str(out), "expert_ad", cache_dir=str(tmp_path / "cache2")
            )
    finally:
        logger.removeHandler(handler)
        (ws.path / "recipe.yaml").unlink()
        write_records(ws)
    # 1. a record goes with its sample, and one whose reference sits in another split is left
    # out, counted, and said on the card and in the report
    assert result.dropped == {"expert_ad": {CROSS_SPLIT_REASON: len(outside)}}
    assert result.leaks["records_across_splits"] == {"expert_ad": len(outside)}
    splits = read_splits(ws)
    published: set[str] = set()
    for split, part in loaded["expert_ad"].items():
        for row in part.select_columns(["record_id", "sample_id", "image_ids"]):
            assert {splits[i] for i in row["image_ids"]} == {split}, row
            published.add(row["record_id"])
    assert not published & set(outside)
    assert {r for r, s in shots.items() if s == "train"} <= published
    report = json.loads((ws.reports_dir / "leakage_records.json").read_text(encoding="utf-8"))
    assert sorted(d["record_id"] for d in report["dropped"]["expert_ad"]) == outside
    card = (out / "README.md").read_text(encoding="utf-8")
    assert f"**left out** (expert_ad: {len(outside)})" in card
    # 3. the card's dataset_info is read as it is: no "malformed splits" warning, split sizes kept
    said = handler.messages + [str(w.message) for w in caught]
    assert not [m for m in said if "malformed" in m or "Ignoring part of dataset_info" in m]
    assert builder.info.splits is not None
    assert builder.info.splits["train"].num_examples == loaded["expert_ad"]["train"].num_rows
    # 4. the recipe travels with the data
    assert (out / "recipe.yaml").read_text(encoding="utf-8") == "name: provenance-test\n"
    assert "`recipe.yaml`" in card
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert "recipe.yaml" in manifest["files"]


def test_card_says_no_record_crosses_splits(ws: Workspace, tmp_path: Path) -> None:
    result = publish(ws, to=tmp_path / "out", version="1.0.0", progress=False)
    assert result.dropped == {}
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "No record carries an image of another split" in card
    assert not (tmp_path / "out" / "recipe.yaml").exists()
