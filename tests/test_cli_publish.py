"""`iad-data split`, `publish` and `export` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from publish_fixtures import make_workspace
from typer.testing import CliRunner

from iad_data.cli.main import app


def test_split_publish_export(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path, split=False)
    runner = CliRunner()
    r = runner.invoke(app, ["split", "-w", str(ws.path), "--protocol", "source", "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output)
    assert summary["protocol"] == "source" and summary["leakage"]["exact"] == 0

    out = tmp_path / "out"
    r = runner.invoke(
        app, ["publish", "-w", str(ws.path), "--to", str(out), "--version", "1.0.0", "--dry-run"]
    )
    assert r.exit_code == 0, r.output
    assert "dry run" in r.output and not (out / "README.md").exists()
    r = runner.invoke(app, ["publish", "-w", str(ws.path), "--to", str(out), "--version", "1.0.0"])
    assert r.exit_code == 0, r.output
    assert "v1.0.0 published" in r.output and (out / "README.md").exists()
    r = runner.invoke(app, ["publish", "-w", str(ws.path), "--to", str(out), "--version", "1.0.0"])
    assert r.exit_code == 1 and "already exists" in r.output
    r = runner.invoke(
        app, ["publish", "-w", str(ws.path), "--to", str(out), "--version", "1.0.1", "--json"]
    )
    assert r.exit_code == 0 and json.loads(r.output)["unchanged"] is True

    r = runner.invoke(
        app, ["export", "-w", str(ws.path), "--format", "trl-grpo", "--out", str(tmp_path / "x")]
    )
    assert r.exit_code == 0, r.output
    assert "expert_ad.train.jsonl" in r.stdout
    assert "export expert_ad" in r.stderr  # the progress bar
    x = ["export", "-w", str(ws.path), "--format", "llava", "--out"]
    r = runner.invoke(app, [*x, str(tmp_path / "j"), "--json"])
    assert r.exit_code == 0, r.output
    assert r.stderr == "" and json.loads(r.stdout)["skipped"] == {}
    r = runner.invoke(app, [*x, str(tmp_path / "q"), "--quiet"])
    assert r.exit_code == 0 and r.stdout == "" and r.stderr == ""
    assert (tmp_path / "q" / "expert_ad.train.json").exists()
    r = runner.invoke(
        app, ["export", "-w", str(ws.path), "--format", "nope", "--out", str(tmp_path / "x")]
    )
    assert r.exit_code == 1 and "Error:" in r.output


def test_publish_to_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fakes.fake_hub import FakeHub, hub_client

    ws = make_workspace(tmp_path, records=False)
    monkeypatch.setenv("HF_TOKEN", "fake")
    runner = CliRunner()
    args = [
        "publish",
        "-w",
        str(ws.path),
        "--repo",
        "acme/cli",
        "--version",
        "0.1.0",
        "--private",
        "--allow-template-text",
    ]
    with FakeHub() as hub, hub_client(hub.url, tmp_path / "cache"):
        r = runner.invoke(app, [*args, "--dry-run", "--json"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.output)["dry_run"] is True
        assert hub.calls("POST", "/api/repos/create") == []
        r = runner.invoke(app, [*args, "--json"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.output)["tagged"] is True
        assert "v0.1.0" in hub.repo("acme/cli").tags
        public = [
            "publish",
            "-w",
            str(ws.path),
            "--repo",
            "acme/open",
            "--version",
            "0.1.0",
            "--allow-template-text",
        ]
        r = runner.invoke(app, public)
        assert r.exit_code == 1 and "--accept-license-terms" in r.output


def test_split_shows_the_leakage_check_progress_unless_json(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path, split=False)
    runner = CliRunner()
    r = runner.invoke(app, ["split", "-w", str(ws.path)])
    assert r.exit_code == 0, r.output
    assert "leakage: hash images" in r.stderr
    (ws.path / "reports" / "leakage.json").unlink()
    (ws.path / "reports" / "phash.parquet").unlink(missing_ok=True)
    r = runner.invoke(app, ["split", "-w", str(ws.path), "--seed", "1", "--json"])
    assert r.exit_code == 0, r.output
    assert "leakage:" not in r.stderr
    summary = json.loads(r.stdout)  # stdout is the JSON summary alone
    assert summary["seed"] == 1 and summary["leakage"]["exact"] == 0
    assert (ws.path / "reports" / "leakage.json").is_file()  # the check ran again
