"""KolektorSDD (v1): ``kosNN/PartK.jpg`` + ``PartK_label.bmp``; the mask decides the label."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from source_checks import assert_matches_tree, label_counts, problem_set, run, samples

from iad_data.errors import SourceLayoutError
from iad_data.ingestion.build import IngestResult
from iad_data.ingestion.generators import SyntheticTree, generate
from iad_data.ingestion.sources import get_source


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    return generate("ksdd", tmp_path_factory.mktemp("ksdd") / "KolektorSDD")


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("ksdd", tree.root, tmp_path_factory.mktemp("ws-ksdd"))


def test_every_image_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.categories == ["kolektorsdd"]
    got = assert_matches_tree(ingested, tree, "kolektorsdd", "CC-BY-NC-SA-4.0")
    assert all(s.mode == "L" for s in got.values())


def test_counts_labels_from_masks(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    assert counts == {("kolektorsdd", "test", "good"): 10, ("kolektorsdd", "test", "defect"): 2}
    diffs = {d.key: (d.found, d.expected) for d in ingested.count_diffs}
    assert diffs == {"kolektorsdd/test/good": (10, 347), "kolektorsdd/test/anomaly": (2, 52)}


def test_parts_of_one_commutator_share_a_group(ingested: IngestResult) -> None:
    got = samples(ingested)
    assert got["kos01/Part0.jpg"].group_id == got["kos01/Part3.jpg"].group_id
    assert got["kos01/Part0.jpg"].group_id != got["kos02/Part0.jpg"].group_id
    assert got["kos02/Part1.jpg"].extra["part"] == "kos02"


def test_bad_input_is_reported(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "ksdd"
    shutil.copytree(tree.root, root)
    (root / "kos01/Part2_label.bmp").unlink()
    (root / "kos02/Part9_label.bmp").write_bytes(b"x")
    (root / "kos03/Thumbs.db").write_bytes(b"x")
    (root / "kos03/Part1.jpg").write_bytes((root / "kos03/Part1.jpg").read_bytes()[:200])
    result = run("ksdd", root, tmp_path / "ws")
    assert problem_set(result) == {
        ("missing_mask", "kos01/Part2.jpg"),
        ("orphan_mask", "kos02/Part9_label.bmp"),
        ("not_an_image", "kos03/Thumbs.db"),
        ("corrupt_image", "kos03/Part1.jpg"),
    }
    again = run("ksdd", tree.root, tmp_path / "ws2")
    assert set(result.samples["sample_id"]) < set(again.samples["sample_id"])


def test_not_a_kolektor_root(tmp_path: Path) -> None:
    with pytest.raises(SourceLayoutError, match="kos01"):
        get_source("ksdd").scan(tmp_path, None)
