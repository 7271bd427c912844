"""MVTec AD 2: ``test_public`` with ground truth, private test splits ingested as unlabeled."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from source_checks import assert_matches_tree, label_counts, problem_set, run, samples

from iad_data.errors import SourceLayoutError
from iad_data.ingestion.build import IngestResult
from iad_data.ingestion.generators import SyntheticTree, generate
from iad_data.ingestion.sources import get_source

CATEGORIES = ["can", "vial"]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    root = tmp_path_factory.mktemp("ad2") / "mvtec_ad_2"
    return generate("mvtec_ad2", root, categories=CATEGORIES, size=48)


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("mvtec-ad2", tree.root, tmp_path_factory.mktemp("ws-ad2"))


def test_every_image_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.categories == CATEGORIES
    assert_matches_tree(ingested, tree, "mvtec_ad2", "CC-BY-NC-SA-4.0")


def test_private_test_splits_are_unlabeled_not_normal(ingested: IngestResult) -> None:
    got = samples(ingested)
    private = [s for s in got.values() if s.extra["ad2_split"].startswith("test_private")]
    assert len(private) == 2 * 4
    for s in private:
        assert s.label == "unlabeled"
        assert s.defect_type == "unlabeled"
        assert s.source_split == "test"
        assert s.mask_paths == [] and s.regions == []
    mixed = got["vial/test_private_mixed/001_overexposed.png"]
    assert mixed.extra == {"ad2_split": "test_private_mixed", "condition": "overexposed"}


def test_counts_and_public_masks(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    assert counts[("can", "train", "good")] == 3
    assert counts[("can", "validation", "good")] == 1
    assert counts[("can", "test", "good")] == 2
    assert counts[("can", "test", "bad")] == 2
    assert counts[("can", "test", "unlabeled")] == 4
    bad = samples(ingested)["can/test_public/bad/000_regular.png"]
    assert bad.mask_paths == ["can/test_public/ground_truth/bad/000_regular_mask.png"]
    assert bad.extra["condition"] == "regular"


def test_bad_input_is_reported(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "ad2"
    shutil.copytree(tree.root, root)
    (root / "can/test_public/ground_truth/bad/001_overexposed_mask.png").unlink()
    (root / "vial/test_private/notes.txt").write_text("x")
    (root / "vial/test_private/._000_regular.png").write_bytes(b"x")
    (root / "vial/train/list.txt").write_text("x")
    orphan = root / "vial/test_public/ground_truth/bad/999_regular_mask.png"
    shutil.copy(root / "vial/test_public/ground_truth/bad/000_regular_mask.png", orphan)
    (orphan.parent / ".DS_Store").write_bytes(b"x")
    result = run("mvtec-ad2", root, tmp_path / "ws")
    assert problem_set(result) == {
        ("missing_mask", "can/test_public/bad/001_overexposed.png"),
        ("not_an_image", "vial/test_private/notes.txt"),
        ("stray_file", "vial/train/list.txt"),
        ("orphan_mask", "vial/test_public/ground_truth/bad/999_regular_mask.png"),
    }
    again = run("mvtec-ad2", tree.root, tmp_path / "ws2")
    assert set(result.samples["sample_id"]) < set(again.samples["sample_id"])


def test_wrong_root(tmp_path: Path) -> None:
    (tmp_path / "can").mkdir()
    with pytest.raises(SourceLayoutError, match="test_private"):
        get_source("mvtec-ad2").scan(tmp_path, None)
