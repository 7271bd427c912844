"""KolektorSDD2: ``{train,test}/<id>.png`` + ``<id>_GT.png``; all-zero masks are normal."""

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
    return generate("ksdd2", tmp_path_factory.mktemp("ksdd2") / "KSDD2")


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("ksdd2", tree.root, tmp_path_factory.mktemp("ws-ksdd2"))


def test_every_image_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.categories == ["kolektorsdd2"]
    got = assert_matches_tree(ingested, tree, "kolektorsdd2", "CC-BY-NC-SA-4.0")
    assert all(s.mode == "RGB" and s.group_id == s.sample_id for s in got.values())


def test_counts_and_official_check(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    assert counts[("kolektorsdd2", "train", "good")] == 3
    assert counts[("kolektorsdd2", "train", "defect")] == 2
    assert counts[("kolektorsdd2", "test", "good")] == 2
    assert counts[("kolektorsdd2", "test", "defect")] == 2
    assert ("kolektorsdd2/train/anomaly", 2, 246) in {
        (d.key, d.found, d.expected) for d in ingested.count_diffs
    }


def test_bad_input_is_reported(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "ksdd2"
    shutil.copytree(tree.root, root)
    (root / "train/10001_GT.png").unlink()
    (root / "test/29999_GT.png").write_bytes(b"x")
    (root / "test/split_50.pyb").write_bytes(b"x")
    result = run("ksdd2", root, tmp_path / "ws")
    assert problem_set(result) == {
        ("missing_mask", "train/10001.png"),
        ("orphan_mask", "test/29999_GT.png"),
        ("not_an_image", "test/split_50.pyb"),
    }
    assert result.samples.height == 8
    again = run("ksdd2", tree.root, tmp_path / "ws2")
    assert set(result.samples["sample_id"]) < set(again.samples["sample_id"])


def test_not_a_ksdd2_root(tmp_path: Path) -> None:
    with pytest.raises(SourceLayoutError, match="_GT.png"):
        get_source("ksdd2").scan(tmp_path, None)
