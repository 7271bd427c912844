"""Records follow their samples and their teacher (issue 14, class 8).

An image removed from the benchmark and ingested again leaves records that name a sample the
table no longer has: synthesis (and ``iad-data prune``) moves them to the rejects file with
the reason, so publish works again. After a teacher change the card and the recipe copy say
which teacher wrote which records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml
from expert_ad_faults import truth_from_prompt
from fakes.fake_llm import FakeLLM, FakeRequest
from publish_fixtures import make_tree
from typer.testing import CliRunner

import iad_data
from iad_data.cli.main import app
from iad_data.core.records import Message, Provenance, RecordBase
from iad_data.core.workspace import Workspace
from iad_data.errors import ValidationFailed
from iad_data.ingestion.build import ingest
from iad_data.pipeline.recipe import load_recipe
from iad_data.pipeline.run import pass_rates, read_marker, run_recipe
from iad_data.release.publish import publish
from iad_data.release.splits import make_splits
from iad_data.tasks.expert_ad.offline import offline_trace
from iad_data.tasks.expert_ad.synthesize import synthesize_cot
from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct
from iad_data.tasks.store import STALE_REASON, STALE_RULE, read_rejects, save_records

runner = CliRunner()
REMOVED = "bottle/test/broken_large/000.png"
REMOVED_MASK = "bottle/ground_truth/broken_large/000_mask.png"


def _built(tmp_path: Path) -> tuple[Path, Workspace]:
    """A tree, ingested, with expert_ad and instruct_iad records and a split."""
    root = make_tree(tmp_path / "mvtec_anomaly_detection")
    ws = Workspace(tmp_path / "ws")
    ingest("mvtec", root, ws, workers=1, progress=False)
    synthesize_cot(ws, progress=False, teacher="offline")
    synthesize_instruct(ws, templates_only=True, progress=False)
    make_splits(ws, seed=0)
    return root, ws


def _remove_image_and_ingest_again(root: Path, ws: Workspace) -> str:
    """The sample id of the image removed from the benchmark."""
    frame = ws.read_samples()
    sample_id = str(frame.filter(pl.col("image_path") == REMOVED)["sample_id"].item())
    (root / REMOVED).unlink()
    (root / REMOVED_MASK).unlink()
    ingest("mvtec", root, ws, workers=1, progress=False)
    assert sample_id not in ws.read_samples()["sample_id"].to_list()
    return sample_id


def _record_ids(path: Path) -> list[str]:
    return pl.read_parquet(path, columns=["record_id"])["record_id"].to_list()


def _samples_of(path: Path) -> set[str]:
    return set(pl.read_parquet(path, columns=["sample_id"])["sample_id"].to_list())


def test_synthesis_moves_stale_records_to_rejects_and_publish_works(tmp_path: Path) -> None:
    root, ws = _built(tmp_path)
    gone = _remove_image_and_ingest_again(root, ws)
    make_splits(ws, seed=0)
    with pytest.raises(ValidationFailed, match=f"names unknown sample {gone}"):
        publish(ws, version="1.0.0", to=str(tmp_path / "out"), progress=False)

    # re-running synthesis, as publish's message says, now helps
    cot = synthesize_cot(ws, progress=False, teacher="offline")
    records = ws.records_path("expert_ad")
    assert gone not in _samples_of(records)
    assert (cot.sent, cot.extra["stale"]) == (0, 1)  # nothing bought again
    rejects = [r for r in read_rejects(ws.rejects_path("expert_ad")) if r["sample_id"] == gone]
    assert len(rejects) == 1
    row = rejects[0]
    assert row["record_id"] == f"expert_ad.{gone}" and row["stale"] == STALE_REASON
    assert list(row["findings"]) == [STALE_RULE]
    assert f"sample {gone} no longer in {ws.samples_path}" in row["findings"][STALE_RULE][0]
    assert row["record"]["record_id"] == row["record_id"]  # the record itself is kept
    assert row["teacher"] == "offline:ground-truth" and row["ledger_keys"]
    assert pass_rates(ws, ["expert_ad"]) == {"expert_ad": 1.0}  # stale is no failure

    instruct = synthesize_instruct(ws, templates_only=True, progress=False)
    assert instruct.extra["stale"] > 0
    assert gone not in _samples_of(ws.records_path("instruct_iad"))
    moved = [r for r in read_rejects(ws.rejects_path("instruct_iad")) if r["sample_id"] == gone]
    assert len(moved) == instruct.extra["stale"] and all(r["stale"] for r in moved)

    again = synthesize_cot(
        ws, progress=False, teacher="offline"
    )  # nothing stale is left: nothing moves
    assert again.extra["stale"] == 0
    assert len(read_rejects(ws.rejects_path("expert_ad"))) == 1

    result = publish(ws, version="1.0.0", to=str(tmp_path / "out"), progress=False)
    assert result.files > 0
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert STALE_RULE in card  # the card says why records were left out


def test_prune_command_moves_stale_records(tmp_path: Path) -> None:
    root, ws = _built(tmp_path)
    rejects = ws.rejects_path("expert_ad")
    frame = ws.read_samples()
    gone = str(frame.filter(pl.col("image_path") == REMOVED)["sample_id"].item())
    earlier = {"record_id": f"expert_ad.{gone}.old", "sample_id": gone, "findings": {"x": []}}
    rejects.write_text(json.dumps(earlier) + "\n", encoding="utf-8")
    _remove_image_and_ingest_again(root, ws)
    files = [ws.records_path("expert_ad"), ws.records_path("instruct_iad"), rejects]
    before = [p.read_bytes() for p in files]

    dry = runner.invoke(app, ["prune", "-w", str(ws.path), "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.output
    counted = json.loads(dry.output)
    assert counted["dry_run"] and counted["files"]["expert_ad"]["stale"] == 1
    assert counted["files"]["expert_ad"]["stale_rejects"] == 1
    stale_instruct = counted["files"]["instruct_iad"]["stale"]
    assert stale_instruct > 0
    assert [p.read_bytes() for p in files] == before

    done = runner.invoke(app, ["prune", "-w", str(ws.path), "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["stale"] == 1 + stale_instruct
    assert gone not in _samples_of(ws.records_path("expert_ad"))
    assert gone not in _samples_of(ws.records_path("instruct_iad"))
    rows = {r["record_id"]: r for r in read_rejects(rejects)}
    assert rows[f"expert_ad.{gone}.old"]["stale"] == STALE_REASON  # marked, findings kept
    assert rows[f"expert_ad.{gone}.old"]["findings"] == {"x": []}
    assert rows[f"expert_ad.{gone}"]["findings"].keys() == {STALE_RULE}

    after = [p.read_bytes() for p in files]
    human = runner.invoke(app, ["prune", "-w", str(ws.path)])
    assert human.exit_code == 0 and "0 stale record(s) moved" in human.output
    assert [p.read_bytes() for p in files] == after  # nothing stale: files untouched
    assert iad_data.prune(ws).stale == 0


def _record(rid: str, images: list[str]) -> RecordBase:
    return RecordBase(
        record_id=rid,
        config="demo",
        sample_id=rid,
        images=images,
        messages=[
            Message(role="user", content="<image>" * len(images) + "\nq"),
            Message(role="assistant", content="a"),
        ],
        provenance=Provenance(
            teacher="t",
            template_id="x",
            template_hash="h",
            attempts=1,
            created_at="2026-01-01T00:00:00+00:00",
            toolkit_version="0",
        ),
    )


def test_a_record_whose_reference_image_left_is_stale_too(tmp_path: Path) -> None:
    records, rejects = tmp_path / "records.parquet", tmp_path / "rejects.jsonl"
    new = {"a": _record("a", ["ref", "a"]), "b": _record("b", ["b"])}
    saved = save_records(
        records,
        rejects,
        RecordBase,
        new,
        [],
        known={"a", "b"},
        samples_path=tmp_path / "samples.parquet",
        command="cmd",
    )
    assert (saved.written, saved.stale) == (1, 1) and _record_ids(records) == ["b"]
    (row,) = read_rejects(rejects)
    assert row["record_id"] == "a" and "ref" in row["findings"][STALE_RULE][0]


SMALL = {
    "layout": "mvtec",
    "categories": ["bottle", "carpet"],
    "max_defects": 1,
    "n_train": 2,
    "n_test_good": 1,
    "n_test_per_defect": 2,
    "size": 64,
    "seed": 3,
}


def _recipe(folder: Path, teacher: str, version: str, **task: Any) -> Path:
    data = {
        "name": "teachers",
        "sources": [{"synthetic": SMALL}],
        "tasks": {"expert_ad": {"teacher": teacher, "max_attempts": 1, **task}},
        "split": {"protocol": "stratified", "seed": 0},
        "publish": {"to": "published", "version": version},
    }
    path = folder / "recipe.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _right_answer(fake: FakeRequest) -> str:
    truth, product, _ = truth_from_prompt(fake.user_text)
    return offline_trace(truth, fake.user_text, product).model_dump_json()


def test_after_a_teacher_change_card_and_recipe_copy_name_both_teachers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = tmp_path / "ws"
    run_recipe(_recipe(tmp_path, "offline", "1.0.0"), workspace=ws, progress=False)
    with FakeLLM(responder=_right_answer) as fake:
        monkeypatch.setenv("OPENAI_API_KEY", fake.api_key)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.openai_base_url)
        recipe = _recipe(tmp_path, "gpt-4.1", "1.0.1", categories=["bottle"])
        run_recipe(recipe, workspace=ws, progress=False)
    frame = pl.read_parquet(ws / "records" / "expert_ad.parquet")
    teachers = {
        json.loads(p)["teacher"] if isinstance(p, str) else p["teacher"]
        for p in frame["provenance"].to_list()
    }
    assert teachers == {"offline:ground-truth", "openai:gpt-4.1"}
    used = read_marker(Workspace(ws), "synthesize_cot")
    assert used is not None
    counts = used["summary"]["teachers_used"]
    assert set(counts) == teachers and sum(counts.values()) == frame.height

    copy = (ws / "recipe.yaml").read_text(encoding="utf-8")
    note = (
        f"#   expert_ad: offline:ground-truth ({counts['offline:ground-truth']}), "
        f"openai:gpt-4.1 ({counts['openai:gpt-4.1']})"
    )
    assert note in copy.splitlines()
    assert load_recipe(ws / "recipe.yaml").name == "teachers"  # the copy is still a recipe
    assert yaml.safe_load(copy)["tasks"]["expert_ad"]["teacher"] == "gpt-4.1"

    published = ws / "published"
    assert note in (published / "recipe.yaml").read_text(encoding="utf-8").splitlines()
    card = (published / "README.md").read_text(encoding="utf-8")
    rows = [  # the provenance table: config, teacher, template, template hash, records
        cells
        for line in card.splitlines()
        if len(cells := [c.strip() for c in line.strip("|").split("|")]) == 5
        and cells[0] == "expert_ad"
        and cells[2] == "expert_ad/grounded.v1"
    ]
    by_teacher = {cells[1]: cells[4] for cells in rows}
    assert set(by_teacher) == teachers  # one provenance row per teacher
    assert by_teacher == {teacher: str(n) for teacher, n in counts.items()}
