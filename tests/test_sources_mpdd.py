"""MPDD: MVTec's folder layout over six metal parts, and integrity against the release counts."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree, generate
from iad_data.ingestion.generators.mvtec import MPDD_DEFECTS
from iad_data.ingestion.sources import get_source


@pytest.fixture(scope="module")
def mpdd_tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    return generate("mpdd", tmp_path_factory.mktemp("mpdd") / "MPDD", size=48, seed=2)


@pytest.fixture(scope="module")
def connector_release(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    """connector at the release's exact counts: 128 train, 30 test good, 14 parts_mismatch."""
    root = tmp_path_factory.mktemp("mpdd-full") / "MPDD"
    return generate(
        "mpdd",
        root,
        categories=["connector"],
        n_train=128,
        n_test_good=30,
        n_test_per_defect=14,
        size=32,
    )


def test_layout_counts_and_defect_types(mpdd_tree: SyntheticTree, tmp_path: Path) -> None:
    result = ingest("mpdd", mpdd_tree.root, tmp_path / "ws", workers=1, progress=False)
    assert result.problems == []
    assert result.dataset == "mpdd"
    assert result.categories == sorted(MPDD_DEFECTS)
    rows = {r["image_path"]: r for r in result.samples.to_dicts()}
    assert sorted(rows) == sorted(g.image_path for g in mpdd_tree.images)
    counts = Counter((r["category"], r["source_split"], r["defect_type"]) for r in rows.values())
    for category, defects in MPDD_DEFECTS.items():
        assert counts[(category, "train", "good")] == 4
        assert counts[(category, "test", "good")] == 2
        for defect in defects:
            assert counts[(category, "test", defect)] == 2
    assert counts[("tubes", "test", "anomalous")] == 2  # the archive's folder name
    for gen in mpdd_tree.images:
        row = rows[gen.image_path]
        assert row["label"] == gen.label
        assert row["license"] == "CC-BY-NC-SA-4.0"
        if gen.label == "anomaly":
            assert row["mask_paths"] == [
                f"{gen.category}/ground_truth/{gen.defect}/{Path(gen.image_path).stem}_mask.png"
            ]
            assert sorted(tuple(r["bbox"]) for r in row["regions"]) == sorted(gen.boxes)
            assert row["location"] == gen.location


def test_mpdd_ids_differ_from_mvtec_ids_for_the_same_paths(
    mpdd_tree: SyntheticTree, tmp_path: Path
) -> None:
    result = ingest(
        "mpdd", mpdd_tree.root, tmp_path / "ws", categories=["connector"], workers=1, progress=False
    )
    assert set(result.samples["dataset"]) == {"mpdd"}
    assert all(s.startswith("mpdd.connector.") for s in result.samples["sample_id"])


def test_release_counts_match_exactly(connector_release: SyntheticTree, tmp_path: Path) -> None:
    result = ingest("mpdd", connector_release.root, tmp_path / "ws", workers=1, progress=False)
    assert result.samples.height == 128 + 30 + 14
    assert result.count_diffs == []


def test_missing_and_extra_images_are_named_precisely(
    connector_release: SyntheticTree, tmp_path: Path
) -> None:
    root = tmp_path / "MPDD"
    shutil.copytree(connector_release.root, root)
    (root / "connector/test/parts_mismatch/003.png").unlink()
    (root / "connector/ground_truth/parts_mismatch/003_mask.png").unlink()
    (root / "connector/train/good/000.png").rename(root / "connector/test/good/900.png")
    result = ingest("mpdd", root, tmp_path / "ws", workers=1, progress=False)
    assert result.problems == []
    assert [d.message for d in result.count_diffs] == [
        "connector/train/good: 127 images, the release has 128",
        "connector/test/good: 31 images, the release has 30",
        "connector/test/anomaly: 13 images, the release has 14",
        "connector/test/parts_mismatch: 13 images, the release has 14",
    ]
    report = result.report_path.read_text()
    assert "connector/test/parts_mismatch: 13 images, the release has 14" in report


def test_unknown_defect_folder_is_reported_as_extra(
    connector_release: SyntheticTree, tmp_path: Path
) -> None:
    root = tmp_path / "MPDD"
    shutil.copytree(connector_release.root, root)
    (root / "connector/test/parts_mismatch").rename(root / "connector/test/bent_pin")
    (root / "connector/ground_truth/parts_mismatch").rename(
        root / "connector/ground_truth/bent_pin"
    )
    result = ingest("mpdd", root, tmp_path / "ws", workers=1, progress=False)
    assert [d.message for d in result.count_diffs] == [
        "connector/test/parts_mismatch: 0 images, the release has 14",
        "connector/test/bent_pin: 14 images, the release has 0",
    ]


def test_a_category_the_release_lacks_is_named(mpdd_tree: SyntheticTree, tmp_path: Path) -> None:
    """An MVTec AD category under an MPDD root is ingested but called out as extra."""
    generate("mvtec", tmp_path / "MPDD", categories=["bottle"], max_defects=1, size=32)
    shutil.copytree(mpdd_tree.root / "tubes", tmp_path / "MPDD" / "tubes")
    result = ingest("mpdd", tmp_path / "MPDD", tmp_path / "ws", workers=1, progress=False)
    assert result.problems == []
    assert result.count_diffs[0].message == (
        "bottle: 8 images, but the release has no such category"
    )
    assert all(d.key.startswith("tubes/") for d in result.count_diffs[1:])


def test_official_counts_cover_every_category() -> None:
    src = get_source("mpdd")
    assert sorted(src.official_counts) == sorted(src.categories) == sorted(MPDD_DEFECTS)
    for category, counts in src.official_counts.items():
        per_defect = sum(n for k, n in counts.items() if k.split("/")[1] not in ("good", "anomaly"))
        assert per_defect == counts["test/anomaly"], category
