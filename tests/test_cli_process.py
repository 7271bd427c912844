"""``iad-data synthesize-process`` and ``iad-data processes``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from iad_data.cli.main import app

runner = CliRunner()


def test_processes_lists_shipped_knowledge() -> None:
    result = runner.invoke(app, ["processes", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == 33
    bottle = next(r for r in rows if r["category"] == "bottle")
    assert bottle["dataset"] == "mvtec_ad" and bottle["origin"] == "curated"
    assert bottle["defect_types"] == ["broken_large", "broken_small", "contamination"]
    table = runner.invoke(app, ["processes"])
    assert table.exit_code == 0 and "pipe_fryum" in table.output


def test_synthesize_process_offline(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "synthesize-process",
            "--teacher",
            "offline",
            "--category",
            "hinge",
            "--defect-types",
            "scratch,Bent Leaf",
            "--defect-types",
            "rust",
            "-w",
            str(tmp_path),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["written"] == 1
    assert data["extra"]["defect_types"] == ["bent_leaf", "rust", "scratch"]
    assert Path(data["records_path"]) == tmp_path / "processes" / "custom" / "hinge.yaml"
    listed = runner.invoke(app, ["processes", "-w", str(tmp_path), "--json"])
    rows = json.loads(listed.output)
    assert {"category": "hinge", "where": "user"}.items() <= rows[0].items()
    human = runner.invoke(
        app,
        [
            "synthesize-process",
            "--category",
            "hinge",
            "--defect-types",
            "rust",
            "-w",
            str(tmp_path),
        ],
    )
    assert human.exit_code == 0 and "set `origin: curated`" in human.output


def test_synthesize_process_refuses_curated(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "synthesize-process",
            "--dataset",
            "visa",
            "--category",
            "pcb1",
            "--defect-types",
            "bent",
            "-w",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 1
    assert "visa/pcb1.yaml holds curated process knowledge" in result.output
