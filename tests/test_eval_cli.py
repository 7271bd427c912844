"""``iad-data eval`` end to end: the folder ``iad-data demo`` publishes, evaluated with the
oracle, a coin-flipping and an always-No model; ``eval compare``; the report's section; a
Hub repo at a tag read through ``datasets``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes.fake_hub import FakeHub, hub_client
from test_eval_fakes import AlwaysNo, Coin, serving, truths
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.core.workspace import Workspace
from iad_data.evaluation.run import evaluate
from iad_data.pipeline.demo import run_demo

runner = CliRunner()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workspace ``iad-data demo`` builds; its published folder is ``published/``."""
    ws = tmp_path_factory.mktemp("demo") / "iad-demo"
    run_demo(ws, progress=False)
    assert (ws / "published" / "manifest.json").is_file()
    return ws


def _eval(*args: str) -> dict[str, object]:
    result = runner.invoke(app, ["eval", *args, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_the_demo_folder_evaluates_end_to_end_with_the_oracle(demo: Path, tmp_path: Path) -> None:
    ws, published = tmp_path / "ws", demo / "published"
    out = _eval("-w", str(ws), "-d", str(published), "-m", "offline")
    assert out["questions"] == 6 and out["complete"] is True  # the demo's test split
    tables = out["tables"]
    assert isinstance(tables, dict)
    assert tables["all"]["accuracy"]["value"] == 1.0
    assert tables["all"]["format"]["value"] == 1.0
    provenance = out["provenance"]
    assert isinstance(provenance, dict)
    manifest = json.loads((published / "manifest.json").read_text())
    assert provenance["data"]["content_sha256"] == manifest["content_sha256"]
    assert provenance["data"]["tag"] == "v1.0.0" and provenance["data"]["kind"] == "folder"
    mmad = _eval("-w", str(ws), "-d", str(published), "-m", "offline", "-p", "mmad")
    assert mmad["shots"] == 1 and mmad["tables"]["all"]["average"]["value"] == 1.0  # type: ignore[index]
    people = runner.invoke(app, ["eval", "-w", str(ws), "-d", str(published), "-m", "offline"])
    assert people.exit_code == 0, people.output
    assert "accuracy" in people.output and "100.0 [" in people.output
    assert "0 sent, 6 from the ledger" in people.output  # a re-run costs nothing


def test_three_models_side_by_side_and_in_the_report(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    published = demo / "published"
    known = truths(Workspace(demo).read_samples())
    paths = [_eval("-w", str(demo), "-d", str(published), "-m", "offline")["path"]]
    for model in (Coin(known), AlwaysNo(known)):
        with serving(model, monkeypatch) as (_, spec):
            paths.append(_eval("-w", str(demo), "-d", str(published), "-m", spec)["path"])
    shown = runner.invoke(app, ["eval", "compare", *map(str, paths)])
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    assert lines[0] == "accuracy [95% CI]"
    assert any(line.startswith("mvtec_ad") for line in lines)
    assert sum("local-vlm" in part for part in lines[2].split("  ")) >= 2
    data = json.loads(runner.invoke(app, ["eval", "compare", *map(str, paths), "--json"]).stdout)
    values = [v["value"] for v in data["groups"]["all"]["values"]]
    assert values[0] == 1.0 and values[2] == 0.5  # the demo's test split is half normal
    report = runner.invoke(app, ["report", "-w", str(demo)])
    assert report.exit_code == 0, report.output
    page = (demo / "report.html").read_text()
    assert "<h2>Evaluations</h2>" in page and page.count("iad-r1 0-shot on v1.0.0") == 3


def test_compare_refuses_results_of_different_protocols(demo: Path, tmp_path: Path) -> None:
    ws, published = tmp_path / "ws", str(demo / "published")
    a = _eval("-w", str(ws), "-d", published, "-m", "offline")["path"]
    b = _eval("-w", str(ws), "-d", published, "-m", "offline", "-p", "mmad")["path"]
    refused = runner.invoke(app, ["eval", "compare", str(a), str(b)])
    assert refused.exit_code == 1
    assert "cannot be compared" in refused.output and "Traceback" not in refused.output


def test_dry_run_prints_the_estimate(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-not-used-0123456789")
    ws = tmp_path / "ws"
    shown = runner.invoke(
        app, ["eval", "-w", str(ws), "-d", str(demo / "published"), "-m", "gpt-4.1", "--dry-run"]
    )
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("Dry run, iad-r1 0-shot, gpt-4.1: 6 question(s)")
    assert "nothing sent or written" in shown.stdout and not ws.exists()


def test_a_missing_model_is_an_error_that_says_what_to_pass(tmp_path: Path) -> None:
    shown = runner.invoke(app, ["eval", "-w", str(tmp_path)])
    assert shown.exit_code == 1 and "choose the model under test" in shown.output


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[FakeHub]:
    with FakeHub() as server, hub_client(server.url, tmp_path / "cache"):
        yield server


def test_a_hub_repo_at_a_tag_evaluates(hub: FakeHub, demo: Path, tmp_path: Path) -> None:
    """The demo's published folder as a Hub repo (uploaded as it is, tagged v1.0.0)."""
    from huggingface_hub import HfApi

    api = HfApi(endpoint=hub.url, token="t")
    api.create_repo("acme/eval", repo_type="dataset", private=True)
    published = demo / "published"
    api.upload_folder(
        repo_id="acme/eval",
        folder_path=str(published),
        repo_type="dataset",
        ignore_patterns=[".iad-versions/*"],
    )
    api.create_tag("acme/eval", tag="v1.0.0", repo_type="dataset")
    result = evaluate(tmp_path / "ev", model="offline", data="acme/eval@v1.0.0", progress=False)
    data = result.provenance["data"]
    assert (data["kind"], data["tag"], data["source"]) == ("hub", "v1.0.0", "acme/eval@v1.0.0")
    manifest = json.loads((published / "manifest.json").read_text())
    assert data["content_sha256"] == manifest["content_sha256"] and data["revision"]
    assert result.tables is not None and result.tables.overall["accuracy"].value == 1.0
    folder = evaluate(tmp_path / "ev", model="offline", data=str(published), progress=False)
    same = folder.provenance["selection"]["questions_sha256"]
    assert result.provenance["selection"]["questions_sha256"] == same
    images = list((tmp_path / "ev" / "evals" / "images").rglob("*.png"))
    assert len(images) == result.images == 6
