"""MVTec AD: the released folder layout read into samples, checked against what was drawn."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from iad_data.core.sample import Sample, make_sample_id
from iad_data.errors import SourceLayoutError
from iad_data.ingestion.build import IngestResult, ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.ingestion.sources import get_source


@pytest.fixture(scope="module")
def ingested(mvtec_tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    ws = tmp_path_factory.mktemp("ws-mvtec")
    return ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)


def _rows(result: IngestResult) -> dict[str, dict[str, Any]]:
    return {row["image_path"]: row for row in result.samples.to_dicts()}


def test_every_image_becomes_one_sample(ingested: IngestResult, mvtec_tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.dataset == "mvtec_ad"
    assert ingested.categories == ["bottle", "grid", "wood"]
    assert sorted(_rows(ingested)) == sorted(g.image_path for g in mvtec_tree.images)
    assert ingested.samples["sample_id"].n_unique() == ingested.samples.height


def test_counts_per_category_split_and_defect(ingested: IngestResult) -> None:
    counts = Counter(
        (r["category"], r["source_split"], r["defect_type"]) for r in ingested.samples.to_dicts()
    )
    assert counts[("bottle", "train", "good")] == 4
    assert counts[("bottle", "test", "good")] == 2
    for defect in ("broken_large", "broken_small", "contamination"):
        assert counts[("bottle", "test", defect)] == 2
    for defect in ("color", "combined", "hole"):
        assert counts[("wood", "test", defect)] == 2
    assert sum(counts.values()) == 3 * (4 + 2 + 3 * 2)


def test_labels_defect_types_and_fields(ingested: IngestResult, mvtec_tree: SyntheticTree) -> None:
    rows = _rows(ingested)
    for gen in mvtec_tree.images:
        row = rows[gen.image_path]
        Sample.model_validate({**row, "extra": {}})
        assert row["label"] == gen.label
        assert row["source_split"] == gen.split
        assert row["defect_type"] == gen.defect
        assert row["defect_type_raw"] == gen.defect
        assert row["license"] == "CC-BY-NC-SA-4.0"
        assert row["sample_id"] == make_sample_id("mvtec_ad", gen.category, gen.image_path)
        assert row["mask_paths"] == gen.mask_paths
        assert (row["width"], row["height"]) == (96, 96)
        assert row["mode"] == ("L" if gen.category == "grid" else "RGB")
        if gen.label == "normal":
            assert row["regions"] == [] and row["location"] is None
            assert row["defect_area_fraction"] == 0.0


def test_regions_match_the_drawn_defects(ingested: IngestResult, mvtec_tree: SyntheticTree) -> None:
    rows = _rows(ingested)
    anomalies = [g for g in mvtec_tree.images if g.label == "anomaly"]
    assert anomalies
    for gen in anomalies:
        row = rows[gen.image_path]
        assert sorted(tuple(r["bbox"]) for r in row["regions"]) == sorted(gen.boxes)
        assert row["location"] == gen.location
        mask = np.asarray(Image.open(mvtec_tree.root / gen.mask_paths[0])) > 0
        assert sum(r["area_px"] for r in row["regions"]) == int(mask.sum())
        assert row["defect_area_fraction"] == pytest.approx(mask.mean(), abs=1e-7)
    combined = [g for g in anomalies if g.defect == "combined"]
    assert combined and all(len(rows[g.image_path]["regions"]) == 2 for g in combined)


def test_layout_problems_are_collected_not_fatal(mvtec_copy: Path, tmp_path: Path) -> None:
    (mvtec_copy / "bottle/test/broken_large/notes.txt").write_text("x")
    (mvtec_copy / "bottle/train/readme.md").write_text("x")
    (mvtec_copy / "bottle/ground_truth/broken_small/001_mask.png").unlink()
    shutil.copy(
        mvtec_copy / "bottle/ground_truth/contamination/000_mask.png",
        mvtec_copy / "bottle/ground_truth/contamination/042_mask.png",
    )
    (mvtec_copy / "bottle/train/good/._000.png").write_bytes(b"AppleDouble")
    result = ingest("mvtec", mvtec_copy, tmp_path / "ws", workers=1, progress=False)
    found = {(p.kind, p.path) for p in result.problems}
    assert found == {
        ("not_an_image", "bottle/test/broken_large/notes.txt"),
        ("stray_file", "bottle/train/readme.md"),
        ("missing_mask", "bottle/test/broken_small/001.png"),
        ("orphan_mask", "bottle/ground_truth/contamination/042_mask.png"),
    }
    missing = next(p for p in result.problems if p.kind == "missing_mask")
    assert "bottle/ground_truth/broken_small/001_mask.png" in missing.reason
    assert result.samples.height == 36 - 1


def test_categories_subset_and_unknown_category(mvtec_tree: SyntheticTree) -> None:
    src = get_source("mvtec")
    scan = src.scan(mvtec_tree.root, {"wood"})
    assert scan.categories_found == ["wood"]
    assert {c.category for c in scan.candidates} == {"wood"}
    with pytest.raises(SourceLayoutError, match="categories carpet not found"):
        src.scan(mvtec_tree.root, {"carpet"})


def test_root_that_is_not_a_benchmark(tmp_path: Path) -> None:
    src = get_source("mvtec")
    with pytest.raises(SourceLayoutError, match="is not a folder"):
        src.scan(tmp_path / "nowhere", None)
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceLayoutError, match="no category folders") as err:
        src.scan(tmp_path / "empty", None)
    assert "ground_truth" in str(err.value)  # shows the expected layout
