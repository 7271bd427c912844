"""``iad-data export`` prints the stack's files and the command that trains on the export."""

from __future__ import annotations

import json
from pathlib import Path

from publish_fixtures import make_workspace
from typer.testing import CliRunner

from iad_data.cli.main import app


def test_export_prints_the_training_command(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path)
    out = tmp_path / "lf"
    runner = CliRunner()
    r = runner.invoke(app, ["export", "-w", str(ws.path), "-f", "sharegpt", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "llamafactory_sft.yaml: LLaMA-Factory SFT recipe" in r.stdout
    assert f"llamafactory-cli train {out.resolve() / 'llamafactory_sft.yaml'}" in r.stdout
    r = runner.invoke(
        app,
        [
            "export",
            "-w",
            str(ws.path),
            "-f",
            "trl-grpo",
            "-o",
            str(tmp_path / "t"),
            "--model",
            "/models/tiny",
            "--json",
        ],
    )
    summary = json.loads(r.stdout)
    assert "--model_name_or_path /models/tiny" in summary["commands"]["grpo"]
    assert summary["stack_files"] == {"train_grpo.py": "TRL GRPO script with iad_data.rewards"}
