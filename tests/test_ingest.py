"""``ingest``: stable ids, byte-identical re-ingest, adding benchmarks, bad input, strictness."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from PIL import Image

from iad_data.core.sample import Label, Sample, SourceSplit
from iad_data.core.table import from_frame, to_frame
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError, SourceLayoutError
from iad_data.ingestion.build import _Context, build_chunk, chunk_size, ingest
from iad_data.ingestion.generators import SyntheticTree, generate
from iad_data.ingestion.sources.base import Candidate


def test_rows_are_exactly_the_sample_model(mvtec_tree: SyntheticTree, tmp_path: Path) -> None:
    """Rows are built as dicts for speed: they must equal pydantic's own serialisation."""
    result = ingest("mvtec", mvtec_tree.root, tmp_path / "ws", workers=1, progress=False)
    samples = from_frame(Sample, result.samples)  # validates every row
    assert len(samples) == result.samples.height == len(mvtec_tree.images)
    assert to_frame(Sample, samples).equals(result.samples)
    assert Workspace(tmp_path / "ws").read_samples().equals(result.samples)


def test_ids_and_bytes_do_not_depend_on_where_the_root_is(
    mvtec_tree: SyntheticTree, tmp_path: Path
) -> None:
    here = tmp_path / "a" / "mvtec"
    there = tmp_path / "b" / "deeper" / "elsewhere" / "copy_of_mvtec"
    shutil.copytree(mvtec_tree.root, here)
    shutil.copytree(mvtec_tree.root, there)
    first = ingest("mvtec", here, tmp_path / "ws1", workers=1, progress=False)
    second = ingest("mvtec", there, tmp_path / "ws2", workers=2, progress=False)
    assert first.samples["sample_id"].to_list() == second.samples["sample_id"].to_list()
    assert first.samples.equals(second.samples)
    assert (tmp_path / "ws1/samples.parquet").read_bytes() == (
        tmp_path / "ws2/samples.parquet"
    ).read_bytes()
    report = json.loads(first.report_path.read_text())
    assert report["root"] == str(here.resolve())  # the root lives in the report, not the table


def test_re_ingest_is_byte_identical(mvtec_tree: SyntheticTree, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    before = (ws / "samples.parquet").read_bytes()
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    assert (ws / "samples.parquet").read_bytes() == before


def test_second_benchmark_is_added_without_touching_the_first(
    mvtec_tree: SyntheticTree, tmp_path: Path
) -> None:
    ws = Workspace(tmp_path / "ws")
    mvtec = ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    mpdd_tree = generate("mpdd", tmp_path / "MPDD", categories=["connector"], size=32)
    mpdd = ingest("mpdd", mpdd_tree.root, ws, workers=1, progress=False)
    table = ws.read_samples()
    assert table.height == mvtec.samples.height + mpdd.samples.height
    assert table.filter(pl.col("dataset") == "mvtec_ad").equals(mvtec.samples)
    assert table["sample_id"].is_sorted()
    assert sorted(p.name for p in ws.reports_dir.iterdir()) == [
        "ingest-mpdd.json",
        "ingest-mvtec_ad.json",
    ]
    # re-ingesting the first benchmark replaces only its own rows
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    assert ws.read_samples().equals(table)


def test_categories_subset_replaces_only_those_categories(mvtec_copy: Path, tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    full = ingest("mvtec", mvtec_copy, ws, workers=1, progress=False)
    (mvtec_copy / "wood/train/good/000.png").unlink()
    (mvtec_copy / "bottle/train/good/000.png").unlink()  # not re-read: bottle is kept as it was
    part = ingest("mvtec", mvtec_copy, ws, categories=["wood"], workers=1, progress=False)
    assert set(part.samples["category"]) == {"wood"}
    assert part.categories == ["wood"]
    table = ws.read_samples()
    assert table.height == full.samples.height - 1
    assert "wood/train/good/000.png" not in table["image_path"].to_list()
    assert "bottle/train/good/000.png" in table["image_path"].to_list()
    report = json.loads(part.report_path.read_text())
    assert report["categories"] == ["wood"]
    assert report["categories_not_ingested"] == []


def test_fresh_subset_and_report_lists_categories_not_ingested(
    mvtec_tree: SyntheticTree, tmp_path: Path
) -> None:
    result = ingest(
        "mvtec", mvtec_tree.root, tmp_path / "ws", categories=["grid", "bottle"], progress=False
    )
    assert sorted(set(result.samples["category"])) == ["bottle", "grid"]
    full = ingest("mvtec", mvtec_tree.root, tmp_path / "ws2", workers=1, progress=False)
    report = json.loads(full.report_path.read_text())
    assert "carpet" in report["categories_not_ingested"]
    assert "wood" not in report["categories_not_ingested"]


def _damage(root: Path) -> dict[str, str]:
    """Break files of the MVTec copy in every way ingest must survive; path -> problem kind."""
    truncated = root / "bottle/train/good/000.png"
    truncated.write_bytes(truncated.read_bytes()[:300])
    (root / "bottle/train/good/001.png").write_bytes(b"not a png at all")
    (root / "bottle/train/good/002.png").write_bytes(b"")
    Image.new("L", (50, 40)).save(root / "bottle/ground_truth/broken_large/000_mask.png")
    Image.new("L", (96, 96)).save(root / "bottle/ground_truth/broken_large/001_mask.png")
    arr = np.zeros((96, 96), dtype=np.uint8)
    arr[10:20, 30:40] = 128
    arr[60:70, 60:62] = 7
    Image.fromarray(arr).save(root / "grid/ground_truth/bent/000_mask.png")  # non-binary: fine
    (root / "grid/ground_truth/bent/001_mask.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    (root / "wood/test/color/manifest.csv").write_text("x")
    (root / "wood/ground_truth/hole/000_mask.png").unlink()
    return {
        "bottle/train/good/000.png": "corrupt_image",
        "bottle/train/good/001.png": "corrupt_image",
        "bottle/train/good/002.png": "unreadable_file",
        "bottle/ground_truth/broken_large/000_mask.png": "mask_size_mismatch",
        "bottle/ground_truth/broken_large/001_mask.png": "empty_mask",
        "grid/ground_truth/bent/001_mask.png": "corrupt_mask",
        "wood/test/color/manifest.csv": "not_an_image",
        "wood/test/hole/000.png": "missing_mask",
    }


def test_bad_files_are_collected_with_file_and_reason(mvtec_copy: Path, tmp_path: Path) -> None:
    expected = _damage(mvtec_copy)
    result = ingest("mvtec", mvtec_copy, tmp_path / "ws", workers=2, progress=False)
    assert {p.path: p.kind for p in result.problems} == expected
    assert not result.ok
    by_path = {p.path: p.reason for p in result.problems}
    assert "96x96" in by_path["bottle/ground_truth/broken_large/000_mask.png"]
    assert "50x40" in by_path["bottle/ground_truth/broken_large/000_mask.png"]
    assert "truncated" in by_path["bottle/train/good/000.png"]
    assert "empty mask" in by_path["bottle/ground_truth/broken_large/001_mask.png"]
    # everything else became a sample, the non-binary mask included
    assert result.samples.height == 36 - (len(expected) - 1)
    grid = result.samples.filter(pl.col("image_path") == "grid/test/bent/000.png").to_dicts()[0]
    assert len(grid["regions"]) == 2
    assert json.loads(grid["extra"])["mask_values"] == [7, 128]
    report = json.loads(result.report_path.read_text())
    assert report["problems_by_kind"]["corrupt_image"] == 2
    assert {p["path"] for p in report["problems"]} == set(expected)
    assert all(p["reason"] for p in report["problems"])


def test_strict_raises_after_writing_everything(mvtec_copy: Path, tmp_path: Path) -> None:
    _damage(mvtec_copy)
    ws = Workspace(tmp_path / "ws")
    with pytest.raises(InputError, match=r"8 problem\(s\) while ingesting MVTec AD") as err:
        ingest("mvtec", mvtec_copy, ws, strict=True, workers=1, progress=False)
    assert "ingest-mvtec_ad.json" in str(err.value)
    assert ws.read_samples().height == 36 - 7  # the good samples were written
    assert json.loads((ws.reports_dir / "ingest-mvtec_ad.json").read_text())["problems"]


def test_strict_on_a_clean_tree_passes(mvtec_tree: SyntheticTree, tmp_path: Path) -> None:
    result = ingest("mvtec", mvtec_tree.root, tmp_path / "ws", strict=True, progress=False)
    assert result.ok and result.problems == []


def test_a_bad_root_changes_nothing_already_done(mvtec_tree: SyntheticTree, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    before = (ws / "samples.parquet").read_bytes()
    report_before = (ws / "reports/ingest-mvtec_ad.json").read_bytes()
    with pytest.raises(SourceLayoutError, match="is not a folder"):
        ingest("mvtec", tmp_path / "typo", ws, workers=1, progress=False)
    with pytest.raises(SourceLayoutError, match="categories nope not found"):
        ingest("mvtec", mvtec_tree.root, ws, categories=["nope"], workers=1, progress=False)
    with pytest.raises(InputError, match="unknown source 'mvtek'; known sources: .*mvtec"):
        ingest("mvtek", mvtec_tree.root, ws, progress=False)
    assert (ws / "samples.parquet").read_bytes() == before
    assert (ws / "reports/ingest-mvtec_ad.json").read_bytes() == report_before


def test_integrity_messages_in_result_and_report(mvtec_tree: SyntheticTree, tmp_path: Path) -> None:
    result = ingest("mvtec", mvtec_tree.root, tmp_path / "ws", workers=1, progress=False)
    messages = [d.message for d in result.count_diffs]
    assert "bottle/train/good: 4 images, the release has 209" in messages
    assert "bottle/test/broken_large: 2 images, the release has 20" in messages
    # defects of the release that the partial copy lacks are named with 0 found
    assert any(m.startswith("wood/test/scratch: 0 images, the release has") for m in messages)
    report = json.loads(result.report_path.read_text())
    assert [d["message"] for d in report["count_differences"]] == messages
    assert report["dataset"] == "mvtec_ad" and report["license"] == "CC-BY-NC-SA-4.0"
    assert result.summary()["count_differences"] == messages


def test_chunk_size_balances_workers() -> None:
    assert chunk_size(10, 2) == 1
    assert chunk_size(3200, 2) == 100
    assert chunk_size(1_000_000, 2) == 128


def test_a_file_that_breaks_the_reader_is_one_problem_not_the_end(
    mvtec_tree: SyntheticTree,
) -> None:
    """An error nobody foresaw (here a NUL byte in a name) costs that file, not the run."""
    good = next(g for g in mvtec_tree.images if g.label == "normal")
    ctx = _Context(mvtec_tree.root, "mvtec_ad", "CC-BY-NC-SA-4.0")

    def cand(path: str) -> Candidate:
        return Candidate(good.category, SourceSplit.TRAIN, Label.NORMAL, "good", path)

    columns, problems = build_chunk(ctx, [cand("bad\x00name.png"), cand(good.image_path)])
    assert columns["image_path"] == [good.image_path]
    assert [(p.kind, p.path) for p in problems] == [("internal_error", "bad\x00name.png")]
    assert "report it as a bug" in problems[0].reason


def test_chunk_of_only_problems_makes_an_empty_table(mvtec_tree: SyntheticTree) -> None:
    from iad_data.core.table import model_schema
    from iad_data.ingestion.build import columns_to_frame

    ctx = _Context(mvtec_tree.root, "mvtec_ad", "CC-BY-NC-SA-4.0")
    cand = Candidate("bottle", SourceSplit.TRAIN, Label.NORMAL, "good", "missing.png")
    columns, problems = build_chunk(ctx, [cand])
    assert [p.kind for p in problems] == ["unreadable_file"]
    frame = columns_to_frame(columns, model_schema(Sample))
    assert frame.height == 0 and frame.schema == pl.Schema(model_schema(Sample))
