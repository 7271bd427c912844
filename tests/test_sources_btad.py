"""BTAD: ``ok``/``ko`` folders, mixed .bmp/.png images, masks of the same stem (.bmp for 03)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from source_checks import assert_matches_tree, label_counts, problem_set, run

from iad_data.errors import SourceLayoutError
from iad_data.ingestion.build import IngestResult
from iad_data.ingestion.generators import SyntheticTree, generate
from iad_data.ingestion.sources import get_source


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    return generate("btad", tmp_path_factory.mktemp("btad") / "BTech_Dataset_transformed")


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("btad", tree.root, tmp_path_factory.mktemp("ws-btad"))


def test_every_image_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.categories == ["01", "02", "03"]
    got = assert_matches_tree(ingested, tree, "btad", "CC-BY-NC-SA-4.0")
    assert got["03/test/ko/0000.bmp"].mask_paths == ["03/ground_truth/ko/0000.bmp"]
    assert got["02/test/ko/0000.png"].mask_paths == ["02/ground_truth/ko/0000.png"]
    assert got["01/test/ko/0000.bmp"].defect_type_raw == "ko"
    assert (got["03/train/ok/0000.bmp"].width, got["03/train/ok/0000.bmp"].height) == (85, 64)


def test_counts_labels_and_official_count_check(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    for product in ("01", "02", "03"):
        assert counts[(product, "train", "good")] == 4
        assert counts[(product, "test", "good")] == 2
        assert counts[(product, "test", "ko")] == 3
    # the tiny tree is far from the release's counts: every key is reported, by name
    keys = {d.key for d in ingested.count_diffs}
    assert {"01/train/good", "02/test/anomaly", "03/test/ko"} <= keys
    assert "the release has 400" in next(
        d.message for d in ingested.count_diffs if d.key == "01/train/good"
    )


def test_stable_ids_on_reingest(
    ingested: IngestResult, tree: SyntheticTree, tmp_path: Path
) -> None:
    again = run("btad", tree.root, tmp_path / "ws")
    assert again.samples["sample_id"].to_list() == ingested.samples["sample_id"].to_list()


def test_bad_input_is_reported(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "btad"
    shutil.copytree(tree.root, root)
    (root / "01/ground_truth/ko/0001.png").unlink()
    shutil.copy(root / "02/ground_truth/ko/0000.png", root / "02/ground_truth/ko/0099.png")
    (root / "03/test/ko/notes.txt").write_text("x")
    (root / "03/train/ok/.DS_Store").write_bytes(b"x")
    (root / "02/test/ok/0000.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    result = run("btad", root, tmp_path / "ws")
    assert problem_set(result) == {
        ("missing_mask", "01/test/ko/0001.bmp"),
        ("orphan_mask", "02/ground_truth/ko/0099.png"),
        ("not_an_image", "03/test/ko/notes.txt"),
        ("corrupt_image", "02/test/ok/0000.png"),
    }
    assert result.samples.height == 27 - 2


def test_unknown_product_and_wrong_root(tree: SyntheticTree, tmp_path: Path) -> None:
    src = get_source("btad")
    with pytest.raises(SourceLayoutError, match="categories 04 not found"):
        src.scan(tree.root, {"04"})
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceLayoutError, match="ground_truth/ko"):
        src.scan(tmp_path / "empty", None)
