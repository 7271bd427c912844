"""VisA: the raw release through ``split_csv/1cls.csv`` (class-id masks) and the 1-class layout."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from iad_data.core.sample import normalise_defect_type
from iad_data.errors import SourceLayoutError
from iad_data.ingestion.build import IngestResult, ingest
from iad_data.ingestion.generators import SyntheticTree, generate
from iad_data.ingestion.generators.visa import VISA_DEFECTS
from iad_data.ingestion.sources.visa import RELEASE_DEFECTS

CATEGORIES = ["candle", "pcb1"]


@pytest.fixture(scope="module")
def visa_tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    root = tmp_path_factory.mktemp("visa") / "VisA_20220922"
    return generate("visa", root, categories=CATEGORIES, size=64, seed=3, combined_every=3)


@pytest.fixture(scope="module")
def ingested(visa_tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return ingest("visa", visa_tree.root, tmp_path_factory.mktemp("ws"), workers=1, progress=False)


@pytest.fixture
def visa_copy(tmp_path: Path, visa_tree: SyntheticTree) -> Path:
    dest = tmp_path / "visa_copy"
    shutil.copytree(visa_tree.root, dest)
    return dest


def _rows(result: IngestResult) -> dict[str, dict[str, Any]]:
    return {row["image_path"]: row for row in result.samples.to_dicts()}


def _csv_lines(root: Path) -> list[str]:
    return (root / "split_csv/1cls.csv").read_bytes().decode().split("\r\n")


def test_release_csv_is_crlf(visa_tree: SyntheticTree) -> None:
    data = (visa_tree.root / "split_csv/1cls.csv").read_bytes()
    assert data.startswith(b"object,split,label,image,mask\r\n")


def test_counts_labels_and_splits_follow_the_csv(
    ingested: IngestResult, visa_tree: SyntheticTree
) -> None:
    assert ingested.problems == []
    assert ingested.dataset == "visa"
    assert ingested.categories == CATEGORIES
    rows = _rows(ingested)
    assert sorted(rows) == sorted(g.image_path for g in visa_tree.images)
    counts = Counter((r["category"], r["source_split"], r["label"]) for r in rows.values())
    assert counts[("pcb1", "train", "normal")] == 4
    assert counts[("pcb1", "test", "normal")] == 2
    assert counts[("pcb1", "test", "anomaly")] == 2 * len(VISA_DEFECTS["pcb1"])
    # test normals live in Data/Images/Normal like train normals: only the CSV tells them apart
    test_normals = [
        r for r in rows.values() if r["label"] == "normal" and r["source_split"] == "test"
    ]
    assert all("/Data/Images/Normal/" in r["image_path"] for r in test_normals)
    for gen in visa_tree.images:
        assert rows[gen.image_path]["source_split"] == gen.split
        assert rows[gen.image_path]["label"] == gen.label
    assert {r["license"] for r in rows.values()} == {"CC-BY-4.0"}


def test_normal_and_anomaly_with_the_same_file_name_get_different_ids(
    ingested: IngestResult,
) -> None:
    rows = _rows(ingested)
    normal = rows["pcb1/Data/Images/Normal/0000.JPG"]
    anomaly = rows["pcb1/Data/Images/Anomaly/000.JPG"]
    assert normal["sample_id"] != anomaly["sample_id"]
    assert ingested.samples["sample_id"].n_unique() == ingested.samples.height


def test_defect_types_from_image_anno(ingested: IngestResult, visa_tree: SyntheticTree) -> None:
    rows = _rows(ingested)
    for gen in visa_tree.images:
        row = rows[gen.image_path]
        if gen.label == "normal":
            assert (row["defect_type"], row["defect_type_raw"]) == ("good", "good")
            continue
        assert row["defect_type_raw"] == gen.defect
    types = {r["defect_type"] for r in rows.values() if r["category"] == "candle"}
    assert "chunk_of_wax_missing" in types and "weird_candle_wick" in types
    combined = [r for r in rows.values() if r["defect_type"] == "combined"]
    assert combined  # combined_every=3: "a, b" in image_anno.csv
    for row in combined:  # the original description is kept in extra
        assert "," in json.loads(row["extra"])["defect_description"]
    single = next(r for r in rows.values() if r["defect_type"] == "weird_candle_wick")
    assert json.loads(single["extra"])["defect_description"] == "weird candle wick"


def test_generator_uses_only_labels_of_the_release() -> None:
    """The synthetic VisA trees name defects as the release does (no invented ``crack``)."""
    assert set(VISA_DEFECTS) == set(RELEASE_DEFECTS)
    assert sum(len(v) for v in RELEASE_DEFECTS.values()) == 78
    for category, names in VISA_DEFECTS.items():
        release = {normalise_defect_type(n) for n in RELEASE_DEFECTS[category]}
        for name in names:
            assert normalise_defect_type(name) in release, (category, name)


def test_class_id_masks_are_read_as_nonzero(
    ingested: IngestResult, visa_tree: SyntheticTree
) -> None:
    """Raw VisA masks hold class ids 1..K (near-black), not 255."""
    rows = _rows(ingested)
    anomalies = [g for g in visa_tree.images if g.label == "anomaly"]
    for gen in anomalies:
        row = rows[gen.image_path]
        arr = np.asarray(Image.open(visa_tree.root / gen.mask_paths[0]))
        assert 0 < int(arr.max()) <= len(VISA_DEFECTS[gen.category])  # a class id, not 255
        assert row["regions"], gen.image_path
        assert sorted(tuple(r["bbox"]) for r in row["regions"]) == sorted(gen.boxes)
        assert row["location"] == gen.location
        assert f'"mask_values":[{int(arr.max())}]' in row["extra"]
        assert (row["width"], row["height"]) == (96, 64)  # landscape, as VisA


def test_bad_csv_rows_are_collected(visa_copy: Path, tmp_path: Path) -> None:
    lines = _csv_lines(visa_copy)
    escaping = lines.index(
        "pcb1,test,anomaly,pcb1/Data/Images/Anomaly/000.JPG,pcb1/Data/Masks/Anomaly/000.png"
    )
    lines[escaping] = "pcb1,test,anomaly,pcb1/Data/Images/Anomaly/000.JPG,../../etc/passwd"
    extra = [
        "pcb1,test,normal,pcb1/Data/Images/Normal/9999.JPG,",
        "pcb1,test,normal,../outside.JPG,",
        "pcb1,test",
        "pcb1,val,normal,pcb1/Data/Images/Normal/0000.JPG,",
        "pcb1,train,normal,pcb1/Data/Images/Normal/0001.JPG,",
        "pcb1,train,normal,pcb1/Data/notes.txt,",
    ]
    (visa_copy / "pcb1/Data/notes.txt").write_text("x")
    (visa_copy / "split_csv/1cls.csv").write_bytes("\r\n".join(lines[:-1] + extra + [""]).encode())
    (visa_copy / "pcb1/Data/Masks/Anomaly/001.png").unlink()
    result = ingest("visa", visa_copy, tmp_path / "ws", workers=1, progress=False)
    kinds = Counter(p.kind for p in result.problems)
    assert kinds == {
        "missing_file": 1,
        "path_escapes_root": 2,
        "bad_row": 2,
        "missing_mask": 1,
        "duplicate_row": 1,
        "not_an_image": 1,
    }
    for problem in result.problems:  # every reason says what to do
        assert any(w in problem.reason.lower() for w in ("restore", "drop", "fix")), problem
    duplicate = next(p for p in result.problems if p.kind == "duplicate_row")
    assert "first at row" in duplicate.reason
    escaped = [p for p in result.problems if p.kind == "path_escapes_root"]
    assert escaped[0].path == f"split_csv/1cls.csv row {escaping + 1}"
    assert "leaves the VisA root" in escaped[0].reason
    first_extra_row = len(lines)  # header is row 1, data rows follow; the "" tail was dropped
    missing = next(p for p in result.problems if p.kind == "missing_file")
    assert missing.path == f"split_csv/1cls.csv row {first_extra_row}"
    assert "pcb1/Data/Images/Normal/9999.JPG" in missing.reason
    no_mask = next(p for p in result.problems if p.kind == "missing_mask")
    assert no_mask.path == "pcb1/Data/Images/Anomaly/001.JPG"
    assert "pcb1/Data/Masks/Anomaly/001.png" in no_mask.reason
    assert not (tmp_path / "outside.JPG").exists()
    released_rows = len(lines) - 2  # less the header and the empty tail after the last CRLF
    assert result.samples.height == released_rows - 2  # the two anomalies without a usable mask


def test_wrong_csv_header_is_a_layout_error(visa_copy: Path) -> None:
    lines = _csv_lines(visa_copy)
    lines[0] = "category,split,label,path,mask"
    (visa_copy / "split_csv/1cls.csv").write_bytes("\r\n".join(lines).encode())
    with pytest.raises(SourceLayoutError, match=r"1cls\.csv has header"):
        ingest("visa", visa_copy, visa_copy.parent / "ws", workers=1, progress=False)


def test_one_class_layout(tmp_path: Path) -> None:
    tree = generate("visa_1cls", tmp_path / "visa_pytorch", categories=["pcb1"], size=64, seed=3)
    result = ingest("visa", tree.root, tmp_path / "ws", workers=1, progress=False)
    assert result.problems == []
    rows = _rows(result)
    assert sorted(rows) == sorted(g.image_path for g in tree.images)
    counts = Counter((r["source_split"], r["defect_type"]) for r in rows.values())
    assert counts == {("train", "good"): 4, ("test", "good"): 2, ("test", "bad"): 8}
    for gen in tree.images:
        if gen.label == "anomaly":
            assert gen.mask_paths[0].endswith(Path(gen.image_path).stem + ".png")  # no _mask
            assert sorted(tuple(r["bbox"]) for r in rows[gen.image_path]["regions"]) == sorted(
                gen.boxes
            )


def test_one_class_layout_with_rgb_masks(tmp_path: Path) -> None:
    tree = generate(
        "visa_1cls", tmp_path / "v", categories=["candle"], size=64, seed=4, rgb_masks=True
    )
    mask = Image.open(tree.root / next(g for g in tree.images if g.mask_paths).mask_paths[0])
    assert mask.mode == "RGB"
    result = ingest("visa", tree.root, tmp_path / "ws", workers=1, progress=False)
    assert result.problems == []
    anomalies = [r for r in result.samples.to_dicts() if r["label"] == "anomaly"]
    assert anomalies and all(r["regions"] for r in anomalies)


def test_no_csv_and_no_class_folders(tmp_path: Path) -> None:
    (tmp_path / "candle/Data/Images/Normal").mkdir(parents=True)
    with pytest.raises(SourceLayoutError, match="split_csv/1cls.csv"):
        ingest("visa", tmp_path, tmp_path / "ws", workers=1, progress=False)


def test_image_anno_paths_written_another_way_still_match(visa_copy: Path, tmp_path: Path) -> None:
    """image_anno.csv rows are matched by file, not by the exact text of the path."""
    anno = visa_copy / "candle/image_anno.csv"
    anno.write_bytes(anno.read_bytes().replace(b"candle/Data/", b"candle\\Data/./"))
    result = ingest(
        "visa", visa_copy, tmp_path / "ws", categories=["candle"], workers=1, progress=False
    )
    types = {r["defect_type"] for r in result.samples.to_dicts()}
    assert {"chunk_of_wax_missing", "weird_candle_wick"} <= types and "anomaly" not in types
