"""``synthesize_cot``: the offline flow, resuming, sample choice, blind mode, and a real SDK
against the fake API answering wrong traces at known rates (every one caught, repaired)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from expert_ad_faults import EXPECTED_RULE, WrongAnswers
from fakes.fake_llm import FakeLLM

from iad_data.core.prompts import load_template
from iad_data.core.rules import run_rules
from iad_data.core.sample import Sample
from iad_data.core.table import from_frame
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.tasks.expert_ad.record import truth_of
from iad_data.tasks.expert_ad.rules import RULES
from iad_data.tasks.expert_ad.synthesize import (
    Mode,
    _process_text,
    build_request,
    read_records,
    select_samples,
    synthesize_cot,
)
from iad_data.tasks.validate import validate_path
from iad_data.teach.requests import Teacher


@pytest.fixture(scope="module")
def ingested(mvtec_tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("cot") / "ws"
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    return ws


@pytest.fixture
def ws(ingested: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "ws"
    shutil.copytree(ingested, dest)
    return dest


def _samples(ws: Path) -> list[Sample]:
    return from_frame(Sample, Workspace(ws).read_samples())


def test_offline_flow_passes_every_rule_and_resumes(ws: Path) -> None:
    result = synthesize_cot(ws, progress=False, teacher="offline")
    assert (result.samples, result.written, result.rejected, result.sent) == (36, 36, 0, 36)
    assert result.rule_failures == {}
    records = read_records(ws / "records" / "expert_ad.parquet")
    assert len(records) == 36
    labels = Counter(r.truth.label for r in records.values())
    assert labels == {"anomaly": 18, "normal": 18}
    for record in records.values():
        assert run_rules(RULES, record, record.truth) == {}
        assert record.provenance.template_id == "expert_ad/grounded.v1"
        assert record.provenance.template_hash == load_template("expert_ad/grounded.v1").hash
        assert record.provenance.attempts == 1 and len(record.provenance.ledger_keys) == 1
        assert record.provenance.teacher == "offline:ground-truth"
        assert record.messages[0].content == "<image>\nAre there any defects in the query image?"
    assert (ws / "rejects" / "expert_ad.jsonl").read_text() == ""
    texts = {r.text for r in records.values() if r.truth.anomalous}
    assert len(texts) == 18  # phrasing varies with the sample
    before = (ws / "records" / "expert_ad.parquet").read_bytes()
    again = synthesize_cot(ws, progress=False, teacher="offline")
    assert (again.cached, again.sent, again.written) == (36, 0, 36)
    assert (ws / "records" / "expert_ad.parquet").read_bytes() == before
    assert validate_path(ws / "records" / "expert_ad.parquet").ok


def _age_ledger(ws: Path, seconds: float) -> None:
    """Move every answer of the ledger back in time (the test's own file)."""
    db = sqlite3.connect(ws / "ledger.sqlite")
    with db:
        db.execute("UPDATE requests SET updated_at = ?", (seconds,))
    db.close()


def test_rebuild_from_ledger_is_byte_identical(ws: Path) -> None:
    synthesize_cot(ws, limit=6, progress=False, teacher="offline")
    _age_ledger(ws, 1_000_000_000.0)
    path = ws / "records" / "expert_ad.parquet"
    path.unlink()
    first = synthesize_cot(ws, limit=6, progress=False, teacher="offline")
    assert (first.sent, first.cached) == (0, 6)
    stamps = {r.provenance.created_at for r in read_records(path).values()}
    assert stamps == {"2001-09-09T01:46:40+00:00"}  # when the ledger stored the answer
    before = path.read_bytes()
    path.unlink()
    again = synthesize_cot(ws, limit=6, progress=False, teacher="offline")
    assert (again.sent, again.cached, again.written) == (0, 6, 6)
    assert path.read_bytes() == before


def test_sample_choice_ratio_limit_and_categories(ws: Path) -> None:
    samples = _samples(ws)
    chosen, skipped = select_samples(samples, categories=None, limit=None, normal_ratio=0.5)
    assert Counter(s.label.value for s in chosen) == {"anomaly": 18, "normal": 9}
    assert skipped == {"normal_over_ratio": 9}
    chosen, _ = select_samples(samples, categories=["wood"], limit=None, normal_ratio=0.0)
    assert {s.category for s in chosen} == {"wood"} and len(chosen) == 6
    chosen, skipped = select_samples(samples, categories=None, limit=10, normal_ratio=1.0)
    assert len(chosen) == 10 and skipped["over_limit"] == 26
    again, _ = select_samples(samples, categories=None, limit=10, normal_ratio=1.0)
    assert [s.sample_id for s in again] == [s.sample_id for s in chosen]
    with pytest.raises(InputError, match="no labelled samples of categories nope"):
        select_samples(samples, categories=["nope"], limit=None, normal_ratio=1.0)
    with pytest.raises(InputError, match="--normal-ratio"):
        select_samples(samples, categories=None, limit=None, normal_ratio=-1)
    result = synthesize_cot(
        ws, normal_ratio=0.0, categories=["grid"], progress=False, teacher="offline"
    )
    assert result.written == 6 and result.extra["skipped"] == {"normal_over_ratio": 6}


def test_requests_carry_reference_process_and_ground_truth(ws: Path) -> None:
    samples = _samples(ws)
    anomaly = next(s for s in samples if s.label.value == "anomaly" and s.category == "bottle")
    result = synthesize_cot(
        ws, reference=True, categories=["bottle"], progress=False, teacher="offline"
    )
    assert result.written == 12
    record = read_records(ws / "records" / "expert_ad.parquet")[f"expert_ad.{anomaly.sample_id}"]
    normals = {s.sample_id for s in samples if s.label.value == "normal"}
    assert record.reference_id in normals and record.images == [anomaly.sample_id]
    truth = truth_of(anomaly)
    product, process = _process_text(anomaly, truth, "grounded", ws / "processes", {})
    assert process.startswith(f"The following is the production process of the {product}")
    request = build_request(
        anomaly,
        truth,
        load_template("expert_ad/grounded.v1"),
        Path("q.png"),
        mode="grounded",
        product=product,
        process_summary=process,
    )
    assert f"- grid word: {anomaly.location}" in request.user_text
    # the first bottle anomaly is broken_large: IAD-R1's canonical type for it is damage
    assert (anomaly.defect_type, truth.canonical_type) == ("broken_large", "damage")
    assert "- defect type: broken large (canonical type: damage)\n" in request.user_text
    assert "canonical type: contamination" not in request.user_text
    blind = build_request(
        anomaly,
        truth,
        load_template("expert_ad/blind.v1"),
        Path("q.png"),
        mode="blind",
        product=product,
        process_summary=process,
    )
    assert anomaly.location is not None
    assert "grid word" not in blind.user_text and anomaly.location not in blind.user_text
    assert blind.key("openai", "gpt-4.1") != request.key("openai", "gpt-4.1")
    unknown = anomaly.model_copy(update={"dataset": "custom_line"})
    product, note = _process_text(unknown, truth, "grounded", ws / "processes", {})
    assert product == "bottle" and note.startswith("No production process description")


def test_one_shot_forms_put_a_normal_reference_first(ws: Path) -> None:
    result = synthesize_cot(
        ws, one_shot=True, categories=["bottle"], progress=False, teacher="offline"
    )
    assert (result.sent, result.written) == (12, 24)  # no extra teacher call
    records = read_records(ws / "records" / "expert_ad.parquet")
    normals = {s.sample_id for s in _samples(ws) if s.label.value == "normal"}
    shots = [r for r in records.values() if r.record_id.endswith(".1shot")]
    assert len(shots) == 12
    for shot in shots:
        plain = records[shot.record_id.removesuffix(".1shot")]
        assert shot.images == [shot.reference_id, shot.sample_id]
        assert shot.reference_id in normals and shot.reference_id != shot.sample_id
        assert shot.messages[0].content.count("<image>") == 2
        assert shot.text == plain.text and shot.solution == plain.solution
    assert validate_path(ws / "records" / "expert_ad.parquet").ok


def test_changing_a_prompt_changes_exactly_its_keys(ws: Path, tmp_path: Path) -> None:
    from iad_data.core.prompts import prompts_root

    anomaly = next(s for s in _samples(ws) if s.label.value == "anomaly")
    truth = truth_of(anomaly)
    copy = tmp_path / "prompts"
    shutil.copytree(prompts_root(), copy)

    def key(name: str, root: Path | None, mode: Mode = "grounded") -> str:
        request = build_request(
            anomaly,
            truth,
            load_template(name, root),
            Path("q.png"),
            mode=mode,
            product="bottle",
            process_summary="p",
        )
        return request.key("openai", "gpt-4.1")

    grounded, blind = "expert_ad/grounded.v1", "expert_ad/blind.v1"
    assert key(grounded, copy) == key(grounded, None)  # same content, same key
    path = copy / f"{grounded}.yaml"
    path.write_text(path.read_text() + "\n# reviewed\n")  # the text sent is unchanged
    assert load_template(grounded, copy).hash != load_template(grounded).hash
    assert key(grounded, copy) != key(grounded, None)  # the hash alone re-sends it
    assert key(blind, copy, "blind") == key(blind, None, "blind")  # others stay cached


def test_batch_and_max_cost_reach_the_engine(ws: Path) -> None:
    with FakeLLM(batch_delay_s=0.0) as fake:
        result = synthesize_cot(
            ws,
            teacher=_openai(fake),
            batch=True,
            limit=4,
            max_attempts=1,
            progress=False,
        )
        assert fake.stats["batches"] == 1 and fake.generation_calls() == 0
        assert result.sent == 4 and result.written + result.rejected == 4
        stopped = synthesize_cot(
            ws,
            teacher=_openai(fake),
            max_cost_usd=0.0,
            limit=8,
            progress=False,
        )
        assert stopped.stopped and stopped.sent == 0 and stopped.cached == 4
        assert fake.generation_calls() == 0


def test_blind_run_reports_accuracy_per_category(ws: Path) -> None:
    result = synthesize_cot(ws, blind=True, max_attempts=3, progress=False, teacher="offline")
    assert result.config == "expert_ad_blind" and result.written == 36
    assert not (ws / "records" / "expert_ad.parquet").exists()
    accuracy = result.extra["accuracy_by_category"]
    assert accuracy["mvtec_ad/wood"] == {"records": 12, "accuracy": 1.0, "balanced_accuracy": 1.0}
    report = validate_path(ws / "records" / "expert_ad_blind.parquet")
    assert report.groups["mvtec_ad/grid"]["verdict"] == 1.0


def _openai(fake: FakeLLM) -> Teacher:
    from iad_data.teach.providers.openai import OpenAITeacher

    return OpenAITeacher(
        "gpt-4.1", api_key=fake.api_key, base_url=fake.openai_base_url, timeout_s=5.0
    )


def _anthropic(fake: FakeLLM) -> Teacher:
    from iad_data.teach.providers.anthropic import AnthropicTeacher

    return AnthropicTeacher(
        "claude-haiku-4-5", api_key=fake.api_key, base_url=fake.anthropic_base_url, timeout_s=5.0
    )


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_wrong_answers_from_the_api_are_all_caught(ws: Path, provider: str) -> None:
    wrong = WrongAnswers()
    with FakeLLM(responder=wrong) as fake:
        teacher = _openai(fake) if provider == "openai" else _anthropic(fake)
        result = synthesize_cot(ws, teacher=teacher, max_attempts=1, concurrency=1, progress=False)
    kinds = Counter(kind for kind, _ in wrong.injected)
    assert set(kinds) == {"ok", *EXPECTED_RULE}  # every kind was injected
    assert result.sent == 36 and result.written == kinds["ok"]
    assert result.rejected == 36 - kinds["ok"]
    rejects = [
        json.loads(line) for line in (ws / "rejects/expert_ad.jsonl").read_text().splitlines()
    ]
    records = read_records(ws / "records" / "expert_ad.parquet")
    caught: Counter[str] = Counter()
    for kind, answer in wrong.injected:
        if kind == "ok":
            assert any(r.trace.model_dump(mode="json") == answer for r in records.values())
            continue
        match = [r for r in rejects if r["answer"] == answer]
        assert match, kind
        caught[kind] += all(EXPECTED_RULE[kind] in r["findings"] for r in match)
    assert caught == {k: n for k, n in kinds.items() if k != "ok"}  # 100% per kind
    name = "openai:gpt-4.1" if provider == "openai" else "anthropic:claude-haiku-4-5"
    for record in records.values():
        assert record.provenance.teacher == name


def test_repairs_fix_wrong_answers_and_a_rerun_sends_nothing(ws: Path) -> None:
    wrong = WrongAnswers(repair_correctly=True)
    with FakeLLM(responder=wrong) as fake:
        teacher = _openai(fake)
        result = synthesize_cot(ws, teacher=teacher, max_attempts=2, concurrency=4, progress=False)
        injected = sum(1 for kind, _ in wrong.injected if kind != "ok")
        assert result.written == 36 and result.rejected == 0
        assert result.extra["repaired"] == injected and result.sent == 36 + injected
        repaired = [
            r
            for r in read_records(ws / "records/expert_ad.parquet").values()
            if r.provenance.attempts == 2
        ]
        assert len(repaired) == injected and all(
            len(r.provenance.ledger_keys) == 2 for r in repaired
        )
        calls = fake.generation_calls()
        again = synthesize_cot(ws, teacher=_openai(fake), max_attempts=2, progress=False)
        assert again.sent == 0 and again.cached == 36 + injected
        assert fake.generation_calls() == calls
    assert any("Your previous answer" in c.user_text for c in fake.calls)


def test_dry_run_estimates_and_writes_nothing(ws: Path) -> None:
    with FakeLLM() as fake:
        result = synthesize_cot(ws, teacher=_openai(fake), dry_run=True, progress=False)
        assert fake.generation_calls() == 0
    assert result.dry_run and (result.estimated_cost_usd or 0) > 0 and result.requests == 36
    assert not (ws / "records").exists()


def test_prompts_readme_shows_the_current_template_and_a_valid_record() -> None:
    from iad_data.tasks.validate import validate_rows

    readme = Path(__file__).resolve().parent.parent / "recipes" / "prompts" / "README.md"
    text = readme.read_text(encoding="utf-8")
    template = load_template("expert_ad/grounded.v1")
    assert template.hash in text, "recipes/prompts/README.md is stale: regenerate its example"
    assert (
        template.render(
            product="x",
            category="x",
            images_note="",
            process_summary="",
            ground_truth="",
            feedback="",
        )[0].strip()
        in text
    )
    record = json.loads(text.rsplit("```json\n", 1)[1].split("\n```", 1)[0])
    assert validate_rows([("README", record)]).ok


def test_length_bounds_of_the_stage_options_apply(ws: Path) -> None:
    """--max-text-tokens reaches the rules: traces over the bound are rejected by length."""
    result = synthesize_cot(
        ws, progress=False, teacher="offline", limit=4, max_attempts=1, max_text_tokens=20
    )
    assert (result.written, result.rejected, result.rule_failures) == (0, 4, {"bounds": 4})
