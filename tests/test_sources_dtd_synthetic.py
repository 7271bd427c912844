"""DTD-Synthetic: MVTec AD's layout over textures, ``test/bad`` with ``_mask`` masks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from source_checks import assert_matches_tree, label_counts, problem_set, run

from iad_data.ingestion.build import IngestResult
from iad_data.ingestion.generators import SyntheticTree, generate

TEXTURES = ["Blotchy_099", "Woven_001"]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    root = tmp_path_factory.mktemp("dtd") / "DTD-Synthetic"
    return generate("dtd", root, categories=TEXTURES, n_train=3, n_test_good=2, n_test_bad=2)


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("dtd", tree.root, tmp_path_factory.mktemp("ws-dtd"))


def test_every_image_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.dataset == "dtd_synthetic"
    assert ingested.categories == TEXTURES
    got = assert_matches_tree(ingested, tree, "dtd_synthetic", "unknown")
    bad = got["Woven_001/test/bad/000.png"]
    assert bad.defect_type == "bad"
    assert bad.mask_paths == ["Woven_001/ground_truth/bad/000_mask.png"]


def test_counts(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    assert counts[("Woven_001", "train", "good")] == 3
    assert counts[("Woven_001", "test", "good")] == 2
    assert counts[("Blotchy_099", "test", "bad")] == 2
    assert ingested.count_diffs == []  # no published per-texture counts to compare with


def test_stable_ids_and_mask_without_suffix(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "dtd"
    shutil.copytree(tree.root, root)
    gt = root / "Blotchy_099/ground_truth/bad"
    (gt / "000_mask.png").rename(gt / "000.png")  # a copy that dropped the suffix
    (gt / "001_mask.png").unlink()
    result = run("dtd", root, tmp_path / "ws")
    assert problem_set(result) == {("missing_mask", "Blotchy_099/test/bad/001.png")}
    ids = dict(zip(result.samples["image_path"], result.samples["sample_id"], strict=True))
    first = run("dtd", tree.root, tmp_path / "ws2")
    for path, sid in zip(first.samples["image_path"], first.samples["sample_id"], strict=True):
        if path in ids:
            assert ids[path] == sid
