"""``iad-data synthesize-cot`` and ``iad-data validate`` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree

runner = CliRunner()


@pytest.fixture
def ws(mvtec_tree: SyntheticTree, tmp_path: Path) -> Path:
    out = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, out, workers=1, progress=False)
    return out


def test_synthesize_then_validate(ws: Path) -> None:
    result = runner.invoke(
        app, ["synthesize-cot", "-w", str(ws), "--limit", "12", "--json", "--teacher", "offline"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["written"] == 12 and data["config"] == "expert_ad" and data["rejected"] == 0

    result = runner.invoke(
        app, ["synthesize-cot", "-w", str(ws), "--limit", "12", "--teacher", "offline"]
    )
    assert result.exit_code == 0, result.output
    assert "12 record(s) in" in result.output and "0 sent, 12 cached" in result.output

    records = ws / "records" / "expert_ad.parquet"
    result = runner.invoke(app, ["validate", str(records)])
    assert result.exit_code == 0, result.output
    assert "12 expert_ad record(s), 12 passed, 0 failed." in result.output
    for rule in ("schema", "format", "accuracy", "type", "location", "consistency", "leakage"):
        assert f"\n{rule} " in result.output
    assert "validate expert_ad.parquet: 100%" in result.stderr and "12/12" in result.stderr
    result = runner.invoke(app, ["validate", str(records), "--json"])
    assert json.loads(result.stdout)["ok"] is True
    assert "validate expert_ad.parquet" not in result.stderr  # --json keeps stderr quiet too
    result = runner.invoke(app, ["validate", str(records), "-q"])
    assert result.exit_code == 0 and result.output == ""


def test_one_shot_option_writes_both_forms(ws: Path) -> None:
    args = [
        "synthesize-cot",
        "-w",
        str(ws),
        "-c",
        "bottle",
        "--one-shot",
        "--json",
        "--teacher",
        "offline",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["written"] == 24 and data["sent"] == 12


def test_validate_fails_on_a_bad_record(ws: Path, tmp_path: Path) -> None:
    assert (
        runner.invoke(
            app, ["synthesize-cot", "-w", str(ws), "-c", "wood", "-q", "--teacher", "offline"]
        ).exit_code
        == 0
    )
    import polars as pl

    rows = pl.read_parquet(ws / "records" / "expert_ad.parquet").to_dicts()
    normal = next(r for r in rows if r["text"].endswith("<answer>No</answer>"))
    normal["text"] = normal["text"].replace("<answer>No</answer>", "<answer>Yes</answer>")
    for row in rows:
        row["scores"] = json.loads(row["scores"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "1 failed" in result.output and "accuracy" in result.output
    data = json.loads(runner.invoke(app, ["validate", str(bad), "--json"]).output)
    assert data["failed"] == 1 and data["rule_failures"]["accuracy"] == 1


def test_blind_prints_accuracy_and_errors_are_one_line(ws: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["synthesize-cot", "-w", str(ws), "--blind", "-c", "grid", "--teacher", "offline"]
    )
    assert result.exit_code == 0, result.output
    assert "balanced accuracy" in result.output and "mvtec_ad/grid" in result.output
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.parquet")])
    assert result.exit_code == 1 and "Error:" in result.output and "does not exist" in result.output
    result = runner.invoke(
        app, ["synthesize-cot", "-w", str(ws), "-c", "nope", "--teacher", "offline"]
    )
    assert result.exit_code == 1 and "no labelled samples of categories nope" in result.output
    result = runner.invoke(
        app, ["synthesize-cot", "-w", str(ws), "--dry-run", "--teacher", "offline"]
    )
    assert result.exit_code == 0 and "Dry run: 36 teacher request(s)" in result.output


def test_synthesis_needs_an_explicit_teacher(ws: Path) -> None:
    """Offline templates are never the silent default: no --teacher, no records."""
    for command in ("synthesize-cot", "synthesize-instruct"):
        result = runner.invoke(app, [command, "-w", str(ws), "--limit", "2"])
        assert result.exit_code != 0
        assert "choose a teacher" in result.output and "--teacher offline" in result.output
        assert "Traceback" not in result.output
    assert not (ws / "records").exists() or not any((ws / "records").iterdir())
