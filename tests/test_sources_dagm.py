"""DAGM 2007: ``ClassN/{Train,Test}/0001.PNG``, masks only for defects in ``Label/``."""

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
    return generate("dagm", tmp_path_factory.mktemp("dagm") / "DAGM", classes=[1, 10])


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("dagm", tree.root, tmp_path_factory.mktemp("ws-dagm"))


def test_every_image_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.categories == ["Class1", "Class10"]  # numeric order
    got = assert_matches_tree(ingested, tree, "dagm", get_source("dagm").license)
    assert all(s.mode == "L" for s in got.values())


def test_defective_train_images_are_kept_and_flagged(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    assert counts[("Class1", "train", "good")] == 4
    assert counts[("Class1", "train", "defect")] == 2
    assert counts[("Class10", "test", "defect")] == 2
    got = samples(ingested)
    flagged = [s for s in got.values() if s.extra.get("defective_in_train")]
    assert len(flagged) == 4 and all(s.source_split == "train" for s in flagged)
    assert not any(
        s.extra.get("defective_in_train") for s in got.values() if s.source_split == "test"
    )
    assert got["Class1/Train/0001.PNG"].mask_paths == ["Class1/Train/Label/0001_label.PNG"]


def test_extra_class_level_and_stable_ids(
    tree: SyntheticTree, ingested: IngestResult, tmp_path: Path
) -> None:
    root = tmp_path / "kaggle"
    shutil.copytree(tree.root / "Class1", root / "Class1" / "Class1")
    result = run("dagm", root, tmp_path / "ws")
    assert result.problems == [] and result.samples.height == 12
    assert result.samples["image_path"][0].startswith("Class1/Class1/Train/")


def test_bad_input_is_reported(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "dagm"
    shutil.copytree(tree.root, root)
    (root / "Class1/Test/Label/0001_label.PNG").unlink()  # Labels.txt still names it
    (root / "Class1/Test/Label/0005_label.PNG").write_bytes(b"x")
    (root / "Class10/Train/Label/notes.doc").write_bytes(b"x")
    (root / "Class10/Train/0003.PNG").write_bytes(b"")
    result = run("dagm", root, tmp_path / "ws")
    assert problem_set(result) == {
        ("missing_mask", "Class1/Test/0001.PNG"),
        ("corrupt_mask", "Class1/Test/Label/0005_label.PNG"),
        ("stray_file", "Class10/Train/Label/notes.doc"),
        ("unreadable_file", "Class10/Train/0003.PNG"),
    }
    again = run("dagm", tree.root, tmp_path / "ws2")
    assert set(result.samples["sample_id"]) < set(again.samples["sample_id"])


def test_unknown_class(tree: SyntheticTree) -> None:
    with pytest.raises(SourceLayoutError, match="categories Class3 not found"):
        get_source("dagm").scan(tree.root, {"Class3"})
