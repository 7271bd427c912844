"""``iad-data run RECIPE``: thin over ``run_recipe``; --json, --quiet, errors as one line."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from iad_data.cli.main import app

RECIPE = {
    "name": "cli",
    "sources": [
        {
            "synthetic": {
                "layout": "mvtec",
                "categories": ["bottle"],
                "max_defects": 1,
                "n_train": 2,
                "n_test_good": 1,
                "n_test_per_defect": 2,
                "size": 64,
            }
        }
    ],
    "tasks": {"instruct_iad": {"teacher": "offline", "templates_only": True}},
    "split": {"protocol": "stratified", "val_share": 0.2, "test_share": 0.2},
}


def _recipe(tmp_path: Path, **change: object) -> Path:
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump({**RECIPE, **change}), encoding="utf-8")
    return path


def test_run_json_then_human_summary(tmp_path: Path) -> None:
    recipe, ws = _recipe(tmp_path), tmp_path / "ws"
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(recipe), "--workspace", str(ws), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["samples"] == 5
    assert data["records"]["instruct_iad"] > 0
    assert data["teacher_calls"] == 0  # template QA needs no teacher
    assert [s["status"] for s in data["stages"]] == [
        "ran",
        "not configured",
        "ran",
        "ran",
        "ran",
        "not configured",
    ]
    result = runner.invoke(app, ["run", str(recipe), "-w", str(ws)])
    assert result.exit_code == 0, result.output
    assert "[1/6] ingest: up to date, skipped" in result.stderr
    assert "Samples: 5" in result.stdout
    assert "instruct_iad: " in result.stdout and "pass rate 100.0%" in result.stdout
    assert f"Workspace: {ws}" in result.stdout
    result = runner.invoke(app, ["run", str(recipe), "-w", str(ws), "--quiet"])
    assert result.exit_code == 0 and result.output == ""


def test_run_uses_the_recipe_workspace(tmp_path: Path) -> None:
    recipe = _recipe(tmp_path, workspace=str(tmp_path / "from-recipe"))
    result = CliRunner().invoke(app, ["run", str(recipe), "--quiet"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-recipe" / "samples.parquet").is_file()


def test_run_errors_are_one_line(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(tmp_path / "missing.yaml")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: recipe {tmp_path / 'missing.yaml'} does not exist")
    bad = _recipe(tmp_path, split={"protocol": "random"})
    result = runner.invoke(app, ["run", str(bad), "-w", str(tmp_path / "ws")])
    assert result.exit_code == 1
    assert f"{bad}: split.protocol: Input should be" in result.stderr
    assert "Traceback" not in result.output


def test_json_run_with_publish_keeps_stderr_clean(tmp_path: Path) -> None:
    recipe = _recipe(tmp_path, publish={"to": "published", "version": "1.0.0"})
    result = CliRunner().invoke(app, ["run", str(recipe), "-w", str(tmp_path / "ws"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stages"][-1]["status"] == "ran"
    assert result.stderr == ""  # no progress bar from split's or publish's leakage check
