"""``iad-data ingest``, ``info`` and ``sources`` through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.ingestion.generators import SyntheticTree

runner = CliRunner()


def test_ingest_json(mvtec_tree: SyntheticTree, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    result = runner.invoke(
        app,
        ["ingest", "mvtec", "--root", str(mvtec_tree.root), "--workspace", str(ws), "--json"],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["dataset"] == "mvtec_ad"
    assert summary["samples"] == len(mvtec_tree.images)
    assert summary["problems"] == 0
    assert summary["categories"] == ["bottle", "grid", "wood"]
    assert "bottle/train/good: 4 images, the release has 209" in summary["count_differences"]
    assert Path(summary["report"]) == ws / "reports" / "ingest-mvtec_ad.json"
    assert (ws / "samples.parquet").is_file()


def test_ingest_text_subset_and_problems_table(mvtec_copy: Path, tmp_path: Path) -> None:
    (mvtec_copy / "grid/train/good/000.png").write_bytes(b"garbage")
    args = ["ingest", "mvtec", "-r", str(mvtec_copy), "-w", str(tmp_path / "ws")]
    result = runner.invoke(app, [*args, "-c", "grid,wood", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "23 samples from 2 categories of mvtec_ad" in result.stdout
    assert "1 problem(s):" in result.stdout
    assert "corrupt_image" in result.stdout
    assert "grid/train/good/000.png" in result.stdout
    assert "Against the official release" in result.stdout
    assert "Report:" in result.stdout
    strict = runner.invoke(app, [*args, "--categories", "grid", "--strict", "--quiet"])
    assert strict.exit_code == 1
    assert "1 problem(s) under --strict" in strict.stderr
    assert strict.stdout == ""


def test_ingest_bad_root_is_one_error_line(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", "visa", "--root", str(tmp_path / "missing"), "-w", str(tmp_path / "ws")]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: VisA: root ")
    assert "is not a folder" in result.stderr
    assert "Traceback" not in result.output
    unknown = runner.invoke(app, ["ingest", "mvtek", "--root", str(tmp_path)])
    assert unknown.exit_code == 1
    assert "unknown source 'mvtek'" in unknown.stderr


def test_info_table_and_json(mvtec_tree: SyntheticTree, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    done = runner.invoke(
        app,
        ["ingest", "mvtec", "-r", str(mvtec_tree.root), "-w", str(ws), "--quiet", "--workers", "1"],
    )
    assert done.exit_code == 0, done.output
    assert done.stdout == ""
    table = runner.invoke(app, ["info", "-w", str(ws)])
    assert table.exit_code == 0, table.output
    header = table.stdout.splitlines()[0].split()
    assert header == ["dataset", "category", "source_split", "label", "defect_type", "images"]
    assert ["mvtec_ad", "bottle", "train", "normal", "good", "4"] in [
        line.split() for line in table.stdout.splitlines()
    ]
    assert f"{len(mvtec_tree.images)} images" in table.stdout
    as_json = runner.invoke(app, ["info", "-w", str(ws), "--json"])
    data = json.loads(as_json.stdout)
    assert data["images"] == len(mvtec_tree.images)
    assert data["datasets"] == {"mvtec_ad": len(mvtec_tree.images)}
    rows = {(r["category"], r["source_split"], r["defect_type"]): r["images"] for r in data["rows"]}
    assert rows[("wood", "test", "combined")] == 2
    assert rows[("grid", "train", "good")] == 4


def test_info_on_an_empty_workspace(tmp_path: Path) -> None:
    result = runner.invoke(app, ["info", "-w", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert "holds no samples" in result.stderr
    assert "iad-data ingest SOURCE --root PATH" in result.stderr


def test_sources_json_and_text() -> None:
    result = runner.invoke(app, ["sources", "--json"])
    assert result.exit_code == 0, result.output
    by_name = {s["name"]: s for s in json.loads(result.stdout)}
    assert {"mvtec", "visa", "mpdd"} <= set(by_name)
    assert by_name["visa"]["license"] == "CC-BY-4.0"
    assert by_name["mvtec"]["dataset"] == "mvtec_ad"
    assert "split_csv/1cls.csv" in by_name["visa"]["layout"]
    assert len(by_name["mpdd"]["categories"]) == 6
    text = runner.invoke(app, ["sources"])
    assert text.exit_code == 0
    assert "mvtec  (MVTec AD, CC-BY-NC-SA-4.0)" in text.stdout
