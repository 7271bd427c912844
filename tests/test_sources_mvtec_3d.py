"""MVTec 3D-AD (RGB): ``<split>/<class>/{rgb,xyz,gt}``, gt for good too, xyz path in extra."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from source_checks import assert_matches_tree, label_counts, problem_set, run, samples

from iad_data.ingestion.build import IngestResult
from iad_data.ingestion.generators import SyntheticTree, generate

CATEGORIES = ["bagel", "foam"]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    root = tmp_path_factory.mktemp("m3d") / "mvtec_3d_anomaly_detection"
    return generate("mvtec_3d", root, categories=CATEGORIES, size=40)


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("mvtec-3d", tree.root, tmp_path_factory.mktemp("ws-m3d"))


def test_every_image_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.categories == CATEGORIES
    assert_matches_tree(ingested, tree, "mvtec_3d", "CC-BY-NC-SA-4.0")


def test_counts_and_defect_types(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    assert counts[("bagel", "train", "good")] == 3
    assert counts[("bagel", "validation", "good")] == 1
    assert counts[("bagel", "test", "good")] == 2
    assert counts[("bagel", "test", "combined")] == 2
    assert counts[("foam", "test", "color")] == 2
    assert sum(counts.values()) == 2 * (3 + 1 + 2 + 2 * 2)


def test_xyz_path_kept_and_good_test_masks_read(ingested: IngestResult) -> None:
    got = samples(ingested)
    crack = got["bagel/test/combined/rgb/000.png"]
    assert crack.extra["xyz_path"] == "bagel/test/combined/xyz/000.tiff"
    assert len(crack.regions) == 2
    good = got["bagel/test/good/rgb/001.png"]
    assert good.label == "normal" and good.mask_paths == ["bagel/test/good/gt/001.png"]
    assert got["foam/train/good/rgb/000.png"].extra["xyz_path"] == "foam/train/good/xyz/000.tiff"


def test_bad_input_is_reported(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "m3d"
    shutil.copytree(tree.root, root)
    (root / "bagel/test/crack").mkdir()
    (root / "bagel/test/crack/000.png").write_bytes(b"x")  # no rgb/ level
    (root / "bagel/test/combined/gt/001.png").unlink()
    (root / "bagel/test/combined/gt/007.png").write_bytes(b"x")
    marked = np.zeros((40, 40), dtype=np.uint8)
    marked[5:9, 5:9] = 255
    Image.fromarray(marked).save(root / "foam/test/good/gt/000.png")
    (root / "foam/train/good/xyz/000.tiff").unlink()  # the cloud is optional
    result = run("mvtec-3d", root, tmp_path / "ws")
    assert problem_set(result) == {
        ("stray_file", "bagel/test/crack"),
        ("missing_mask", "bagel/test/combined/rgb/001.png"),
        ("orphan_mask", "bagel/test/combined/gt/007.png"),
        ("mask_on_normal", "foam/test/good/gt/000.png"),
    }
    got = samples(result)
    assert "xyz_path" not in got["foam/train/good/rgb/000.png"].extra
    assert result.samples.height == 20 - 2
