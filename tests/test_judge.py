"""The judge rule through the real OpenAI SDK against the fake API: a judge that fails
records, one that passes them, malformed answers, re-runs from the ledger, the CLI, cost."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from fakes.fake_llm import FakeLLM, FakeRequest, Faults
from publish_fixtures import make_workspace
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.tasks.judge import (
    RUBRIC,
    estimate_judge_cost,
    judge_path,
    judge_request,
    make_judge,
)
from iad_data.tasks.validate import read_rows
from iad_data.teach.providers import make_teacher
from iad_data.teach.requests import Teacher

FAIL_REASON = "verdict: the glass bottle is said to be {what}"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path, split=False)


def _teacher(fake: FakeLLM) -> Teacher:
    return make_teacher(
        f"openai-compatible:gpt-4.1-mini@{fake.openai_base_url}", api_key=fake.api_key
    )


def _bottles_fail(fake: FakeRequest) -> str:
    """Fails the bottle records (quoting them), passes the rest."""
    assert "Ground truth (JSON)" in fake.user_text and "\nASSISTANT: " in fake.user_text
    if '"category": "bottle"' in fake.user_text:
        what = "defective" if '"label": "anomaly"' in fake.user_text else "normal"
        return json.dumps({"verdict": "fail", "reasons": [FAIL_REASON.format(what=what)]})
    return json.dumps({"verdict": "pass", "reasons": []})


def _count(ws: Workspace, category: str | None = None) -> int:
    frame = pl.read_parquet(ws.records_path("expert_ad"))
    if category is None:
        return frame.height
    return sum(
        1
        for _, row in read_rows(ws.records_path("expert_ad"))
        if f".{category}." in row["record_id"]
    )


def test_a_failing_judge_moves_records_to_rejects_with_its_reasons(ws: Workspace) -> None:
    total, bottles = _count(ws), _count(ws, "bottle")
    assert 0 < bottles < total
    with FakeLLM(responder=_bottles_fail) as fake:
        judged = judge_path(ws.records_path("expert_ad"), _teacher(fake), workspace=ws.path)
        assert len(fake.calls) == total
        assert all(c.model == "gpt-4.1-mini" and c.images == [] for c in fake.calls)
    report = judged.report
    assert report.rules[-1] == "judge" and report.rule_failures == {"judge": bottles}
    assert report.passed == total - bottles
    assert judged.judge.sent == total and judged.judge.cost_usd > 0
    assert sorted(judged.moved) == sorted(r for r in judged.judge.verdicts if ".bottle." in r)
    assert _count(ws) == total - bottles and _count(ws, "bottle") == 0
    rejects = [json.loads(line) for line in ws.rejects_path("expert_ad").read_text().splitlines()]
    assert len(rejects) == bottles
    for row in rejects:
        assert row["judge"] == "openai-compatible:gpt-4.1-mini" and row["rubric"] == RUBRIC
        (reason,) = row["findings"]["judge"]
        assert reason.startswith("verdict: the glass bottle is said to be")
        assert row["answer"]["record_id"] == row["record_id"]


def test_a_passing_judge_changes_nothing_and_a_rerun_costs_nothing(ws: Workspace) -> None:
    before = ws.records_path("expert_ad").read_bytes()
    passing = lambda fake: json.dumps({"verdict": "pass", "reasons": []})  # noqa: E731
    with FakeLLM(responder=passing) as fake:
        first = judge_path(ws.records_path("expert_ad"), _teacher(fake), workspace=ws.path)
        calls = fake.generation_calls()
        again = judge_path(ws.records_path("expert_ad"), _teacher(fake), workspace=ws.path)
        assert fake.generation_calls() == calls  # every answer came from the ledger
    assert first.report.ok and first.moved == [] and first.rejects_path is None
    assert again.judge.sent == 0 and again.judge.cached == first.judge.sent > 0
    assert again.judge.cost_usd == 0.0
    assert ws.records_path("expert_ad").read_bytes() == before
    assert not ws.rejects_path("expert_ad").exists()


def test_a_malformed_answer_is_asked_again_with_the_reason(ws: Workspace) -> None:
    total = _count(ws)
    with FakeLLM(responder=_bottles_fail) as fake:
        fake.queue_faults(["malformed"] * 3)
        judged = judge_path(ws.records_path("expert_ad"), _teacher(fake), workspace=ws.path)
        asked_again = [c for c in fake.calls if "could not be used" in c.user_text]
    assert len(asked_again) == 3 and "unparseable" in asked_again[0].user_text
    assert len(judged.judge.verdicts) == total  # every record got its verdict in the end
    assert judged.report.rule_failures == {"judge": _count(ws, "bottle") + len(judged.moved)}


def test_a_judge_that_never_answers_fails_the_records_saying_so(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path, split=False)
    copy = tmp_path / "elsewhere" / "expert_ad.parquet"
    copy.parent.mkdir()
    copy.write_bytes(ws.records_path("expert_ad").read_bytes())
    with FakeLLM(faults=Faults(malformed=1.0)) as fake:
        judged = judge_path(copy, _teacher(fake), workspace=ws.path)
    assert judged.report.failed == judged.report.records > 0
    example = judged.report.examples["judge"][0]
    assert "the judge gave no usable verdict in 2 attempts (unparseable" in example
    assert judged.moved == [] and copy.read_bytes() == ws.records_path("expert_ad").read_bytes()


def test_judge_needs_a_model_and_a_ledger(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="the offline teacher only restates the ground truth"):
        make_judge("offline", tmp_path / "ledger.sqlite")
    stray = tmp_path / "records.jsonl"
    stray.write_text("{}\n")
    with pytest.raises(InputError, match="give -w WORKSPACE"):
        judge_path(stray, "offline")


def test_the_rubric_is_versioned_in_the_request(ws: Workspace) -> None:
    (_, row), *_ = read_rows(ws.records_path("expert_ad"))
    from iad_data.tasks.expert_ad.record import ExpertAdRecord

    record = ExpertAdRecord.model_validate(
        {k: json.loads(v) if k == "scores" and isinstance(v, str) else v for k, v in row.items()}
    )
    request = judge_request(record)
    assert request.template_id == RUBRIC and len(request.template_hash) == 16
    assert request.images == [] and "leakage" in request.system
    assert record.truth.category in request.user_text and "<image>" not in request.user_text
    assert judge_request(record).key("openai", "m") == request.key("openai", "m")
    assert judge_request(record, attempt=2, problem="x").key("openai", "m") != request.key(
        "openai", "m"
    )


def test_cli_validate_with_judge(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    bottles = _count(ws, "bottle")
    with FakeLLM(responder=_bottles_fail) as fake:
        monkeypatch.setenv("IAD_DATA_COMPATIBLE_API_KEY", fake.api_key)
        spec = f"openai-compatible:gpt-4.1-mini@{fake.openai_base_url}"
        path = str(ws.records_path("expert_ad"))
        result = CliRunner().invoke(app, ["validate", path, "--judge", spec, "--json"])
        again = CliRunner().invoke(app, ["validate", path, "--judge", spec])
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    assert data["rule_failures"]["judge"] == bottles
    assert data["judge"]["moved_to_rejects"] == bottles and data["judge"]["rubric"] == RUBRIC
    assert again.exit_code == 0, again.output  # the failing records are in rejects now
    assert "judge openai-compatible:gpt-4.1-mini: 0 sent" in again.output
    offline = CliRunner().invoke(app, ["validate", path, "--judge", "offline"])
    assert offline.exit_code == 1 and "cannot judge" in offline.output


def test_calibration_with_a_judge_counts_its_rule(ws: Workspace, tmp_path: Path) -> None:
    from iad_data.tasks.calibration import build_base, measure, plant_cases

    base = build_base(tmp_path / "calibration")
    cases = plant_cases(base, per_class=3, classes=["ok_offline", "dismissed_defect"])
    fails_all = lambda fake: json.dumps({"verdict": "fail", "reasons": ["verdict: x"]})  # noqa: E731
    with FakeLLM(responder=fails_all) as fake:
        judge = make_judge(_teacher(fake), ws.ledger_path)
        report = measure(cases, per_class=3, judge=judge)
    assert report.judge == "openai-compatible:gpt-4.1-mini"
    assert all(r.rejected == r.records for r in report.results)
    assert {r.rules.get("judge") for r in report.correct()} == {3}  # the rules pass them
    assert report.false_reject_rate == 1.0


def test_judge_cost_estimate_is_the_dry_run_at_list_price(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iad_data.tasks.expert_ad.synthesize import read_records
    from iad_data.teach.pricing import price_for
    from iad_data.teach.requests import Usage

    monkeypatch.setenv("OPENAI_API_KEY", "sk-dry-run")
    records = list(read_records(ws.records_path("expert_ad")).values())
    online = estimate_judge_cost(records, "gpt-4.1-mini")
    batch = estimate_judge_cost(records, "gpt-4.1-mini", batch=True)
    price = price_for("openai", "gpt-4.1-mini")
    assert price is not None
    usage = Usage(input_tokens=online.input_tokens, output_tokens=online.output_tokens)
    assert online.cost_usd == pytest.approx(price.cost(usage)) and online.cost_usd > 0
    assert batch.cost_usd == pytest.approx(online.cost_usd / 2)
    assert online.per_thousand() == pytest.approx(online.cost_usd * 1000 / len(records))
    assert online.output_tokens <= 400 * len(records)


def test_synthesis_with_a_judge_sends_its_fails_to_rejects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iad_data.tasks.expert_ad.synthesize import read_records, synthesize_cot
    from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct

    ws = make_workspace(tmp_path, records=False, split=False)
    with FakeLLM(responder=_bottles_fail) as fake:
        monkeypatch.setenv("IAD_DATA_COMPATIBLE_API_KEY", fake.api_key)
        judge = f"openai-compatible:gpt-4.1-mini@{fake.openai_base_url}"
        cot = synthesize_cot(ws.path, teacher="offline", judge=judge, progress=False)
        instruct = synthesize_instruct(
            ws.path,
            teacher="offline",
            judge=judge,
            tasks=["discrimination"],
            progress=False,
        )
        calls = fake.generation_calls()
        again = synthesize_cot(ws.path, teacher="offline", judge=judge, progress=False)
        assert fake.generation_calls() == calls  # the judge's answers are in the ledger
    for result in (cot, instruct, again):
        judged = result.extra["judge"]
        assert judged["teacher"] == "openai-compatible:gpt-4.1-mini" and judged["rubric"] == RUBRIC
        assert judged["rejected"] == result.rule_failures["judge"] > 0
    assert cot.extra["judge"]["cost_usd"] > 0 and again.extra["judge"]["sent"] == 0
    kept = read_records(ws.records_path("expert_ad"))
    assert kept and not [r for r in kept if ".bottle." in r]
    for name in ("expert_ad", "instruct_iad"):
        rows = [json.loads(line) for line in ws.rejects_path(name).read_text().splitlines()]
        judged_rows = [r for r in rows if "judge" in r["findings"]]
        assert judged_rows and all(".bottle." in r["record_id"] for r in judged_rows)
