"""``iad-data synthesize-instruct`` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree


@pytest.fixture
def workspace(tmp_path: Path, mvtec_tree: SyntheticTree) -> Path:
    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, categories=["bottle"], progress=False, workers=1)
    return ws


def test_offline_json_then_resume(workspace: Path) -> None:
    runner = CliRunner()
    args = ["synthesize-instruct", "--teacher", "offline", "-w", str(workspace), "--json"]
    result = runner.invoke(app, [*args, "--limit", "6", "--tasks", "discrimination,cause"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["config"] == "instruct_iad" and data["rejected"] == 0
    assert data["sent"] == 6 and data["extra"]["by_task"]["cot_m"] == 6
    assert set(data["extra"]["by_task"]) <= {"discrimination", "cause", "cot_m"}
    assert Path(data["records_path"]).is_file()
    again = runner.invoke(app, [*args, "--limit", "6", "--tasks", "discrimination,cause"])
    assert json.loads(again.output)["cached"] == 6


def test_templates_only_table_output(workspace: Path) -> None:
    result = CliRunner().invoke(
        app, ["synthesize-instruct", "--templates-only", "-w", str(workspace), "-c", "bottle"]
    )
    assert result.exit_code == 0, result.output
    assert "discrimination" in result.output and "rejected" in result.output
    assert "Teacher: 0 sent, 0 cached" in result.output


def test_dry_run_and_errors(workspace: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    dry = runner.invoke(
        app, ["synthesize-instruct", "-w", str(workspace), "--dry-run", "--teacher", "offline"]
    )
    assert dry.exit_code == 0, dry.output
    assert "Dry run:" in dry.output and "nothing written" in dry.output
    assert not (workspace / "records" / "instruct_iad.parquet").exists()
    bad = runner.invoke(
        app,
        ["synthesize-instruct", "-w", str(workspace), "--tasks", "bogus", "--teacher", "offline"],
    )
    assert bad.exit_code == 1 and "unknown instruction task bogus" in bad.output
    maps = runner.invoke(
        app,
        [
            "synthesize-instruct",
            "-w",
            str(workspace),
            "--expert-maps",
            str(tmp_path / "none"),
            "--teacher",
            "offline",
        ],
    )
    assert maps.exit_code == 1 and "is not a folder" in maps.output
    empty = runner.invoke(
        app, ["synthesize-instruct", "-w", str(tmp_path / "empty"), "--teacher", "offline"]
    )
    assert empty.exit_code == 1 and "holds no samples" in empty.output
