"""Issue 14, class 12: inputs and paths of a hostile or careless benchmark root.

- a symbolic link that takes an image, a mask or a whole category folder outside the root
  is a ``symlink_escapes_root`` problem row, never read, unless links are followed on
  purpose (``follow_symlinks``);
- a category name read from a file (VisA's ``split_csv``, Real-IAD's JSON file names, a
  ``folder`` layout) must be a plain name: ``..``, an absolute path or ``a/../b`` is a
  ``bad_category`` problem naming the file and row, never a category;
- rows naming a category whose folder does not exist are a ``missing_category`` problem,
  never a silent drop.

Trees come from the package's generators (``iad_data.ingestion.generators``).
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from iad_data.errors import SourceLayoutError
from iad_data.ingestion.build import IngestResult, ingest
from iad_data.ingestion.generators import generate
from iad_data.ingestion.sources import get_source

# ---------------------------------------------------------------- symbolic links


def _mvtec(root: Path) -> Path:
    generate(
        "mvtec",
        root,
        categories=["bottle", "wood"],
        max_defects=1,
        n_train=2,
        n_test_good=1,
        n_test_per_defect=1,
        size=32,
        seed=5,
    )
    return root


def _private_image(path: Path) -> Path:
    """A file of this machine outside the benchmark (what a hostile link would publish)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.full((32, 32, 3), 7, dtype=np.uint8)).save(path)
    return path


def _ingest(root: Path, ws: Path, *, follow_symlinks: bool = False) -> IngestResult:
    if follow_symlinks:
        return ingest("mvtec", root, ws, workers=1, progress=False, follow_symlinks=True)
    return ingest("mvtec", root, ws, workers=1, progress=False)


def _escapes(result: IngestResult) -> dict[str, str]:
    return {p.path: p.reason for p in result.problems if p.kind == "symlink_escapes_root"}


def test_a_linked_image_outside_the_root_is_a_problem_row(tmp_path: Path) -> None:
    root = _mvtec(tmp_path / "mvtec")
    secret = _private_image(tmp_path / "home" / "private.png")
    link = root / "bottle/train/good/099.png"
    link.symlink_to(secret)
    result = _ingest(root, tmp_path / "ws")
    assert "bottle/train/good/099.png" not in result.samples["image_path"].to_list()
    reason = _escapes(result)["bottle/train/good/099.png"]
    assert str(secret) in reason and "not read" in reason and "--follow-symlinks" in reason


def test_a_linked_category_folder_outside_the_root_is_one_problem_row(tmp_path: Path) -> None:
    root = _mvtec(tmp_path / "mvtec")
    elsewhere = tmp_path / "elsewhere" / "wood"
    shutil.move(root / "wood", elsewhere)
    (root / "wood").symlink_to(elsewhere, target_is_directory=True)
    result = _ingest(root, tmp_path / "ws")
    assert set(result.samples["category"].to_list()) == {"bottle"}
    escapes = _escapes(result)
    assert list(escapes) == ["wood"]  # one row for the link, not one per image under it
    assert str(elsewhere) in escapes["wood"] and "images read through it" in escapes["wood"]


def test_a_linked_mask_outside_the_root_drops_its_image(tmp_path: Path) -> None:
    root = _mvtec(tmp_path / "mvtec")
    mask = next((root / "bottle/ground_truth").rglob("*_mask.png"))
    outside = tmp_path / "home" / mask.name
    outside.parent.mkdir(parents=True)
    shutil.move(mask, outside)
    mask.symlink_to(outside)
    result = _ingest(root, tmp_path / "ws")
    mask_rel = mask.relative_to(root).as_posix()
    assert mask_rel in _escapes(result)
    assert all(mask_rel not in paths for paths in result.samples["mask_paths"].to_list())


def test_links_inside_the_root_are_read(tmp_path: Path) -> None:
    root = _mvtec(tmp_path / "mvtec")
    (root / "bottle/train/good/099.png").symlink_to(root / "wood/train/good/000.png")
    (root / "shared").mkdir()
    shutil.move(root / "wood/test/good", root / "shared/good")
    (root / "wood/test/good").symlink_to(Path("../../shared/good"), target_is_directory=True)
    result = _ingest(root, tmp_path / "ws")
    assert _escapes(result) == {}
    paths = result.samples["image_path"].to_list()
    assert "bottle/train/good/099.png" in paths and "wood/test/good/000.png" in paths


def test_following_links_on_purpose(tmp_path: Path) -> None:
    root = _mvtec(tmp_path / "mvtec")
    secret = _private_image(tmp_path / "mine" / "extra.png")
    (root / "bottle/train/good/099.png").symlink_to(secret)
    scan = get_source("mvtec").following_symlinks().scan(root, None)
    assert "bottle/train/good/099.png" in [c.image_path for c in scan.candidates]
    assert get_source("mvtec").follow_symlinks is False  # the registered source is unchanged


def test_ingest_follows_links_with_the_option(tmp_path: Path) -> None:
    """``follow_symlinks`` (``--follow-symlinks``, a recipe's ``follow_symlinks: true``)."""
    root = _mvtec(tmp_path / "mvtec")
    secret = _private_image(tmp_path / "mine" / "extra.png")
    (root / "bottle/train/good/099.png").symlink_to(secret)
    result = _ingest(root, tmp_path / "ws", follow_symlinks=True)
    assert _escapes(result) == {}
    assert "bottle/train/good/099.png" in result.samples["image_path"].to_list()


# ---------------------------------------------------------------- categories from files


@pytest.fixture
def visa_root(tmp_path: Path) -> Path:
    root = tmp_path / "VisA"
    generate("visa", root, categories=["candle"], max_defects=1, n_train=2, size=32, seed=4)
    return root


def _append_rows(root: Path, rows: list[str]) -> int:
    """Add rows to ``split_csv/1cls.csv``; returns the row number of the first one."""
    path = root / "split_csv/1cls.csv"
    lines = path.read_bytes().decode().split("\r\n")[:-1]
    path.write_bytes("\r\n".join([*lines, *rows, ""]).encode())
    return len(lines) + 1


@pytest.mark.parametrize("name", ["..", "ABSOLUTE", "candle/../candle", "candle/Data", "."])
def test_visa_category_names_must_be_plain(visa_root: Path, tmp_path: Path, name: str) -> None:
    if name == "ABSOLUTE":
        name = str(visa_root)  # an absolute folder that exists
    image = "candle/Data/Images/Normal/0000.JPG"
    row = _append_rows(visa_root, [f"{name},train,normal,{image},"])
    result = ingest("visa", visa_root, tmp_path / "ws", workers=1, progress=False)
    assert result.categories == ["candle"]
    assert set(result.samples["category"].to_list()) == {"candle"}
    bad = [p for p in result.problems if p.kind == "bad_category"]
    assert [p.path for p in bad] == [f"split_csv/1cls.csv row {row}"]
    assert repr(name) in bad[0].reason and "plain folder name" in bad[0].reason


def test_visa_rows_of_a_category_without_its_folder_are_a_problem(
    visa_root: Path, tmp_path: Path
) -> None:
    row = _append_rows(
        visa_root,
        [
            "pcb1,train,normal,pcb1/Data/Images/Normal/0000.JPG,",
            "pcb1,test,normal,pcb1/Data/Images/Normal/0001.JPG,",
        ],
    )
    result = ingest("visa", visa_root, tmp_path / "ws", workers=1, progress=False)
    missing = [p for p in result.problems if p.kind == "missing_category"]
    assert [p.path for p in missing] == [f"split_csv/1cls.csv row {row}"]
    assert "'pcb1' and 1 more row(s)" in missing[0].reason
    assert str(visa_root / "pcb1") in missing[0].reason and "--categories" in missing[0].reason
    # asking for the categories one has is the way to read a partial release quietly
    chosen = ingest(
        "visa", visa_root, tmp_path / "ws2", workers=1, progress=False, categories=["candle"]
    )
    assert not [p for p in chosen.problems if p.kind == "missing_category"]


def _real_iad(tmp_path: Path) -> Path:
    root = tmp_path / "riad"
    generate("real_iad", root, categories=["audiojack", "pcb"], n_train=1, n_test_ng=1, size=24)
    return root


def test_real_iad_category_file_names_must_be_plain(tmp_path: Path) -> None:
    root = _real_iad(tmp_path)
    jsons = root / "realiad_jsons"
    shutil.copyfile(jsons / "pcb.json", jsons / "pcb:1.json")
    result = ingest("real-iad", root, tmp_path / "ws", workers=1, progress=False)
    assert sorted(set(result.samples["category"].to_list())) == ["audiojack", "pcb"]
    bad = [p for p in result.problems if p.kind == "bad_category"]
    assert [p.path for p in bad] == ["realiad_jsons/pcb:1.json"]


def test_real_iad_category_without_its_folder_is_one_problem(tmp_path: Path) -> None:
    root = _real_iad(tmp_path)
    shutil.rmtree(root / "realiad_1024/pcb")
    result = ingest("real-iad", root, tmp_path / "ws", workers=1, progress=False)
    kinds = Counter(p.kind for p in result.problems)
    assert kinds == {"missing_category": 1}
    problem = result.problems[0]
    assert problem.path == "realiad_jsons/pcb.json" and "realiad_1024/pcb/" in problem.reason


@pytest.mark.parametrize("name", ["..", "/etc", "a/../b", "line3/ok"])
def test_folder_layout_category_must_be_plain(tmp_path: Path, name: str) -> None:
    root = tmp_path / "line3"
    _private_image(root / "ok" / "a.png")
    layout = {"dataset": "line3", "normal": ["ok/*.png"], "category": name}
    with pytest.raises(SourceLayoutError, match="plain folder name"):
        ingest("folder", root, tmp_path / "ws", workers=1, progress=False, layout=layout)
    assert not os.path.exists(tmp_path / "ws" / "samples.parquet")
