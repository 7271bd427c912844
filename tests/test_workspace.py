"""The workspace folder: reading the table, finding images through the ingest reports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest

from iad_data.core.workspace import Workspace, atomic_write
from iad_data.errors import WorkspaceError
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree


def test_empty_workspace_reads_as_an_empty_table(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    frame = ws.read_samples()
    assert frame.is_empty() and "sample_id" in frame.columns
    with pytest.raises(WorkspaceError, match="holds no samples"):
        ws.require_samples()
    assert not (tmp_path / "ws").exists()  # reading creates nothing


def test_corrupt_or_old_table_is_a_clear_error(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    ws.samples_path.write_bytes(b"PAR1 not really")
    with pytest.raises(WorkspaceError, match="cannot be read.*ingest` again"):
        ws.read_samples()
    pl.DataFrame({"sample_id": ["a"]}).write_parquet(ws.samples_path)
    with pytest.raises(WorkspaceError, match="lacks columns .*dataset"):
        ws.read_samples()


def test_atomic_write_leaves_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    target.write_text("old")

    def fail(tmp: Path) -> None:
        tmp.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]


def test_images_are_found_through_the_ingest_report(
    mvtec_tree: SyntheticTree, tmp_path: Path
) -> None:
    root = tmp_path / "data"
    shutil.copytree(mvtec_tree.root, root)
    ws = Workspace(tmp_path / "ws")
    ingest("mvtec", root, ws, workers=1, progress=False)
    assert ws.dataset_roots() == {"mvtec_ad": root.resolve()}
    path = ws.image_file("mvtec_ad", "bottle/train/good/000.png")
    assert path == root.resolve() / "bottle/train/good/000.png" and path.is_file()
    with pytest.raises(WorkspaceError, match="no ingest report for dataset 'visa'"):
        ws.image_file("visa", "x.png")
    root.rename(tmp_path / "moved")
    with pytest.raises(WorkspaceError, match="moved or changed.*--root NEW_ROOT"):
        ws.image_file("mvtec_ad", "bottle/train/good/000.png")
    report = ws.reports_dir / "ingest-mvtec_ad.json"
    data = json.loads(report.read_text())
    report.write_text(json.dumps({**data, "root": str(tmp_path / "moved")}))
    assert ws.image_file("mvtec_ad", "bottle/train/good/000.png").is_file()
    report.write_text("{broken")
    with pytest.raises(WorkspaceError, match="ingest-mvtec_ad.json cannot be read"):
        ws.dataset_roots()
