"""``iad-data demo``: recipes/demo.yaml end to end, offline, then read back with load_dataset."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.pipeline.demo import run_demo


def test_demo_end_to_end_then_everything_is_skipped(tmp_path: Path) -> None:
    ws = tmp_path / "demo"
    result = CliRunner().invoke(app, ["demo", "--workspace", str(ws), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    run = data["run"]
    assert [s["status"] for s in run["stages"]] == ["ran"] * 6
    assert run["samples"] == 36
    assert set(run["records"]) == {"expert_ad", "instruct_iad"}
    assert all(n > 0 for n in run["records"].values())
    assert run["pass_rates"] == {"expert_ad": 1.0, "instruct_iad": 1.0}
    assert run["cost_usd"] == 0.0 and run["teacher_calls"] > 0
    published = ws / "published"
    assert data["published"] == str(published) == run["output"]

    # what load_dataset returned is what the workspace holds, split by splits.parquet
    rows = data["loaded_rows"]
    assert set(rows) == {"samples", "expert_ad", "instruct_iad"}
    splits = pl.read_parquet(ws / "splits.parquet")
    assert sum(rows["samples"].values()) == 36 == splits.height
    for config in ("expert_ad", "instruct_iad"):
        assert sum(rows[config].values()) == run["records"][config]
    assert set(rows["samples"]) == set(splits["split"].unique().to_list())
    first = data["examples"]["expert_ad"][0]
    assert first["config"] == "expert_ad" and "<think>" in json.dumps(first)
    assert data["examples"]["samples"][0]["image"].startswith("<image 128x128")
    assert "offline teacher" in data["notice"] and "not visual reasoning" in data["notice"]

    # a second run skips every stage and loads the same rows
    again = run_demo(ws, progress=False)
    assert [s.status for s in again.run.stages] == ["skipped"] * 6
    assert again.loaded.rows == rows

    # the people's output (every stage skipped: fast)
    result = CliRunner().invoke(app, ["demo", "--workspace", str(ws)])
    assert result.exit_code == 0, result.output
    assert "[6/6] publish: up to date, skipped" in result.stderr
    assert f"Published: {published}" in result.stdout
    assert f"load_dataset('{published}', CONFIG):" in result.stdout
    assert "First expert_ad record (expert_ad.mvtec_ad." in result.stdout
    assert "solution: <location>" in result.stdout
    assert "Note: These records were written by iad-data's offline teacher" in result.stdout


def test_changed_split_republishes_only_under_a_new_version(tmp_path: Path) -> None:
    from iad_data.errors import PublishError
    from iad_data.pipeline.recipe import shipped_recipe
    from iad_data.pipeline.run import run_recipe

    data = yaml.safe_load(shipped_recipe("demo").read_text(encoding="utf-8"))
    data["sources"][0]["synthetic"].update(categories=["bottle"], size=64)
    data["tasks"] = {"instruct_iad": {"teacher": "offline", "templates_only": True}}
    recipe = tmp_path / "demo.yaml"
    recipe.write_text(yaml.safe_dump(data), encoding="utf-8")
    ws = tmp_path / "ws"
    run_recipe(recipe, workspace=ws, progress=False)

    data["split"]["seed"] = 7
    recipe.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(PublishError, match="stopped at stage publish: version 1.0.0 already"):
        run_recipe(recipe, workspace=ws, progress=False)

    data["publish"]["version"] = "1.1.0"
    recipe.write_text(yaml.safe_dump(data), encoding="utf-8")
    summary = run_recipe(recipe, workspace=ws, progress=False)
    assert [s.name for s in summary.stages if s.status == "ran"] == ["publish"]
    assert summary.stage("publish").summary["version"] == "1.1.0"

    # --force redoes every stage but never publishes a version twice
    forced = run_recipe(recipe, workspace=ws, progress=False, force=True)
    assert [s.status for s in forced.stages] == [
        "ran",
        "not configured",
        "ran",
        "ran",
        "ran",
        "skipped",
    ]
