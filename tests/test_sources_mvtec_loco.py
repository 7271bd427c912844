"""MVTec LOCO AD: validation split, logical vs structural, a folder of masks per image."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from source_checks import assert_matches_tree, label_counts, problem_set, run

from iad_data.errors import SourceLayoutError
from iad_data.ingestion.build import IngestResult
from iad_data.ingestion.generators import SyntheticTree, generate
from iad_data.ingestion.sources import get_source

CATEGORIES = ["juice_bottle", "screw_bag"]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    root = tmp_path_factory.mktemp("loco") / "mvtec_loco_anomaly_detection"
    return generate("mvtec_loco", root, categories=CATEGORIES)


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("mvtec-loco", tree.root, tmp_path_factory.mktemp("ws-loco"))


def test_every_image_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.categories == CATEGORIES
    assert_matches_tree(ingested, tree, "mvtec_loco", "CC-BY-NC-SA-4.0")


def test_counts_and_validation_split(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    for cat in CATEGORIES:
        assert counts[(cat, "train", "good")] == 3
        assert counts[(cat, "validation", "good")] == 2
        assert counts[(cat, "test", "good")] == 2
        assert counts[(cat, "test", "logical_anomalies")] == 2
        assert counts[(cat, "test", "structural_anomalies")] == 2
    assert any(d.key == "screw_bag/validation/good" for d in ingested.count_diffs)


def test_several_masks_merge_into_one_sample(ingested: IngestResult, tree: SyntheticTree) -> None:
    rows = {r["image_path"]: r for r in ingested.samples.to_dicts()}
    two = rows["screw_bag/test/logical_anomalies/000.png"]
    assert two["mask_paths"] == [
        "screw_bag/ground_truth/logical_anomalies/000/000.png",
        "screw_bag/ground_truth/logical_anomalies/000/001.png",
    ]
    assert len(two["regions"]) == 2  # one region per mask file, in one sample
    one = rows["screw_bag/test/structural_anomalies/001.png"]
    assert len(one["mask_paths"]) == 1 and len(one["regions"]) == 1


def test_anomaly_kind_and_mask_values_kept(ingested: IngestResult) -> None:
    from iad_data.core.sample import Sample
    from iad_data.core.table import from_frame

    by_path = {s.image_path: s for s in from_frame(Sample, ingested.samples)}
    logical = by_path["juice_bottle/test/logical_anomalies/000.png"]
    structural = by_path["juice_bottle/test/structural_anomalies/000.png"]
    assert logical.extra["anomaly_kind"] == "logical"
    assert structural.extra["anomaly_kind"] == "structural"
    assert logical.defect_type == "logical_anomalies"
    assert logical.extra["mask_values"] == [236, 245]  # read as > 0, not == 255
    assert "anomaly_kind" not in by_path["juice_bottle/test/good/000.png"].extra


def test_bad_input_is_reported(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "loco"
    shutil.copytree(tree.root, root)
    shutil.rmtree(root / "screw_bag/ground_truth/logical_anomalies/001")
    (root / "screw_bag/ground_truth/structural_anomalies/009").mkdir()
    (root / "screw_bag/ground_truth/structural_anomalies/009/000.png").write_bytes(b"x")
    (root / "juice_bottle/ground_truth/logical_anomalies/000/001.png").write_bytes(b"")
    (root / "juice_bottle/validation/readme.txt").write_text("x")
    result = run("mvtec-loco", root, tmp_path / "ws")
    assert problem_set(result) == {
        ("missing_mask", "screw_bag/test/logical_anomalies/001.png"),
        ("orphan_mask", "screw_bag/ground_truth/structural_anomalies/009"),
        ("unreadable_file", "juice_bottle/ground_truth/logical_anomalies/000/001.png"),
        ("stray_file", "juice_bottle/validation/readme.txt"),
    }
    missing = next(p for p in result.problems if p.kind == "missing_mask")
    assert "ground_truth/logical_anomalies/001/000.png" in missing.reason
    assert result.samples.height == 22 - 2


def test_stable_ids_and_subset(tree: SyntheticTree, ingested: IngestResult, tmp_path: Path) -> None:
    again = run("mvtec-loco", tree.root, tmp_path / "ws", categories=["screw_bag"])
    ids = set(ingested.samples["sample_id"])
    assert again.samples.height == 11 and set(again.samples["sample_id"]) <= ids
    with pytest.raises(SourceLayoutError, match="categories pushpins not found"):
        get_source("mvtec-loco").scan(tree.root, {"pushpins"})
