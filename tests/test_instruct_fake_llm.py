"""CoT-M through the real OpenAI SDK against the fake API: wrong causes never get through.

The fake teacher answers from the prompt text alone, as a model would: it reads the ground
truth, the step list and the listed cause steps, and then cites a step that is not in the
knowledge file or one that does not cause the defect. Every such conversation must be
rejected (100%); with repairs allowed, a teacher that corrects itself gets every record in.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
from fakes.fake_llm import FakeLLM, FakeRequest

from iad_data.core.table import from_frame
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.tasks.instruct_iad.record import InstructRecord
from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct
from iad_data.teach.providers import make_teacher


@pytest.fixture
def workspace(tmp_path: Path, mvtec_tree: SyntheticTree) -> Path:
    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, categories=["bottle"], progress=False, workers=1)
    return ws


def _group(pattern: str, text: str) -> str:
    """The first group of ``pattern``'s match in ``text``, which must match."""
    found = re.search(pattern, text)
    assert found is not None, f"{pattern!r} not in the prompt"
    return found.group(1)


def _answer(fake: FakeRequest, fault: str | None) -> str:
    """A conversation from the prompt; ``fault`` picks the wrong citation to make."""
    text = fake.user_text
    steps = re.findall(r"^- ([a-z][a-z0-9_]*): ", text, re.M)
    normal = "The part is normal" in text
    if normal:
        cited = [steps[0]]
        turns = [
            ("user", "Is there any defect on this part?"),
            (
                "assistant",
                f"No. The part looks as it should; the forming [step:{steps[0]}] is clean.",
            ),
            ("user", "What did you check?"),
            ("assistant", "The rim, the inner wall and the bottom are all free of marks."),
        ]
        verdict, defect, location = "normal", None, None
    else:
        defect = _group(r"Defect type: ([a-z0-9_]+)\.", text)
        location = _group(r"Location: ([a-z ]+)\.", text)
        causes = _group(r"\(cite only these\): ([a-z0-9_, ]+)", text).split(", ")
        cited = [causes[0]]
        turns = [
            ("user", "Is there any defect on this part?"),
            ("assistant", f"Yes. There is a {defect.replace('_', ' ')} defect in the {location}."),
            ("user", "Which production step explains it?"),
            ("assistant", f"It comes from [step:{causes[0]}], where the part is handled."),
        ]
        verdict = "anomaly"
    if fault == "unknown_step" or (fault and normal):
        cited = ["laser_sintering"]
    elif fault == "wrong_step":
        cited = [s for s in steps if s not in causes][:1]
    if fault:
        role, content = turns[3]
        turns[3] = (role, re.sub(r"\[step:[^\]]*\]", f"[step:{cited[0]}]", content))
        if normal:
            turns[1] = (turns[1][0], re.sub(r"\[step:[^\]]*\]", "", turns[1][1]))
    return json.dumps(
        {
            "turns": [{"role": r, "content": c} for r, c in turns],
            "verdict": verdict,
            "defect_type": defect,
            "location": location,
            "cited_steps": cited,
        }
    )


def _records(ws: Path) -> list[InstructRecord]:
    return from_frame(InstructRecord, pl.read_parquet(ws / "records" / "instruct_iad.parquet"))


def test_injected_wrong_causes_are_all_rejected(workspace: Path) -> None:
    seen: list[str] = []

    def respond(fake: FakeRequest) -> str:
        fault = "unknown_step" if len(seen) % 2 == 0 else "wrong_step"
        seen.append(fault)
        return _answer(fake, fault)

    with FakeLLM(responder=respond) as fake:
        teacher = make_teacher(
            f"openai-compatible:gpt-4.1@{fake.openai_base_url}", api_key=fake.api_key
        )
        result = synthesize_instruct(
            workspace, teacher=teacher, tasks=["discrimination"], max_attempts=1, progress=False
        )
    assert result.sent == result.samples == len(seen) > 0
    assert result.rejected == result.samples  # 100% caught
    assert "cot_m" not in result.extra["by_task"]
    assert (
        result.rule_failures.get("steps_exist", 0)
        + result.rule_failures.get("steps_cause_defect", 0)
        >= result.samples
    )
    rejects = [
        json.loads(line)
        for line in (workspace / "rejects" / "instruct_iad.jsonl").read_text().splitlines()
    ]
    assert len(rejects) == result.samples
    for reject in rejects:
        assert {"steps_exist", "steps_cause_defect"} & set(reject["findings"])
        assert reject["teacher"] == "openai-compatible:gpt-4.1" and len(reject["ledger_keys"]) == 1
    assert not [r for r in _records(workspace) if r.task == "cot_m"]


def test_repair_loop_fixes_what_the_teacher_corrects(workspace: Path) -> None:
    def respond(fake: FakeRequest) -> str:
        repaired = "was rejected" in fake.user_text
        return _answer(
            fake,
            None if repaired else "wrong_step" if "defective" in fake.user_text else "unknown_step",
        )

    with FakeLLM(responder=respond) as fake:
        teacher = make_teacher(
            f"openai-compatible:gpt-4.1@{fake.openai_base_url}", api_key=fake.api_key
        )
        result = synthesize_instruct(
            workspace, teacher=teacher, tasks=["discrimination"], max_attempts=2, progress=False
        )
        calls = [c.user_text for c in fake.calls]
    assert result.rejected == 0 and result.extra["repaired"] == result.samples
    assert result.sent == 2 * result.samples == len(calls)
    assert sum("is not listed as a cause" in c or "is not a step of" in c for c in calls) == (
        result.samples
    )
    cot = [r for r in _records(workspace) if r.task == "cot_m"]
    assert len(cot) == result.samples
    for record in cot:
        assert record.provenance.attempts == 2 and len(record.provenance.ledger_keys) == 2
        assert set(record.claims.cited_steps) <= set(record.truth.cause_steps or record.truth.steps)


def test_budget_stop_then_resume_sends_only_the_rest(workspace: Path) -> None:
    with FakeLLM(responder=lambda fake: _answer(fake, None)) as fake:
        teacher = make_teacher(
            f"openai-compatible:gpt-4.1@{fake.openai_base_url}", api_key=fake.api_key
        )
        first = synthesize_instruct(
            workspace,
            teacher=teacher,
            tasks=["discrimination"],
            max_cost_usd=0.03,
            concurrency=1,
            progress=False,
        )
        assert first.stopped and 0 < first.sent < first.samples
        assert 0 < first.cost_usd <= 0.03 and first.rejected == 0
        cot = [r for r in _records(workspace) if r.task == "cot_m"]
        assert len(cot) == first.sent  # what came back is written
        rest = synthesize_instruct(
            workspace, teacher=teacher, tasks=["discrimination"], progress=False
        )
        assert rest.stopped is None and rest.cached == first.sent
        assert rest.sent == rest.samples - first.sent == len(fake.calls) - first.sent
    assert len([r for r in _records(workspace) if r.task == "cot_m"]) == rest.samples


def test_batch_reaches_the_engine(workspace: Path) -> None:
    from iad_data.teach.providers.openai import OpenAITeacher

    with FakeLLM(responder=lambda fake: _answer(fake, None), batch_delay_s=0.0) as fake:
        teacher = OpenAITeacher(
            "gpt-4.1", api_key=fake.api_key, base_url=fake.openai_base_url, timeout_s=5.0
        )
        result = synthesize_instruct(
            workspace, teacher=teacher, tasks=["discrimination"], batch=True, progress=False
        )
        assert fake.stats["batches"] == 1 and fake.generation_calls() == 0
    assert result.rejected == 0 and result.sent == result.samples
    assert len([r for r in _records(workspace) if r.task == "cot_m"]) == result.samples
