"""The task registry: a third record set is one folder's worth of objects plus one entry.

A toy record set (``toy_verdict``: one Yes/No answer per image, written by the offline
teacher through the engine and the ledger) is registered at run time and runs through
synthesize, validate, split, publish and export with no change anywhere else.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from iad_data.core.options import StageOptions, make_options
from iad_data.core.records import Message, Provenance, RecordBase
from iad_data.core.results import SynthesisResult
from iad_data.core.rules import RecordValidator, Rule
from iad_data.core.sample import Label, Sample
from iad_data.core.table import from_frame
from iad_data.core.version import __version__
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.tasks import store
from iad_data.tasks.registry import RecordSet, record_sets, response_models
from iad_data.teach.engine import run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import make_teacher
from iad_data.teach.requests import TeacherRequest, TeacherTask

NAME = "toy_verdict"


class ToyAnswer(BaseModel):
    verdict: str


class ToyRecord(RecordBase):
    label: str


class ToyOptions(StageOptions):
    teacher: str = "offline"
    limit: int | None = None


def _answer(request: TeacherRequest) -> ToyAnswer:
    return ToyAnswer(verdict="Yes" if request.context["label"] == "anomaly" else "No")


TOY_TASK = TeacherTask(NAME, ToyAnswer, _answer)


def _check_verdict(record: ToyRecord, truth: str) -> list[str]:
    said = record.messages[-1].content
    right = "Yes" if truth == "anomaly" else "No"
    return [] if said == right else [f"says {said!r}, the label is {truth}"]


def synthesize_toy(
    workspace: str | Path | Workspace,
    options: ToyOptions | None = None,
    *,
    dry_run: bool = False,
    progress: bool = True,
    **overrides: Any,
) -> SynthesisResult:
    opts = make_options(ToyOptions, options, overrides, "synthesize_toy")
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    samples = [s for s in from_frame(Sample, ws.require_samples()) if s.label != Label.UNLABELED]
    samples = samples[: opts.limit]
    requests = {
        s.sample_id: TeacherRequest(
            task=TOY_TASK.name,
            sample_id=s.sample_id,
            template_id="toy.v1",
            template_hash="t0",
            system="Answer Yes or No.",
            user_text=f"Is {s.sample_id} defective?",
            response_model=TOY_TASK.response_model,
            answer_offline=TOY_TASK.answer_offline,
            context={"label": s.label.value},
        )
        for s in samples
    }
    teacher = make_teacher(opts.teacher)
    result = SynthesisResult(config=NAME, samples=len(samples), dry_run=dry_run)
    with Ledger(ws.ledger_path, response_models()) as ledger:
        answered = run_requests(list(requests.values()), teacher, ledger, progress=False)
    result.tally(answered)
    records = {}
    for sample in samples:
        key = requests[sample.sample_id].key(teacher.provider, teacher.model)
        parsed = answered.responses[key].parsed
        assert isinstance(parsed, ToyAnswer)
        record = ToyRecord(
            record_id=f"{NAME}.{sample.sample_id}",
            config=NAME,
            sample_id=sample.sample_id,
            images=[sample.sample_id],
            messages=[
                Message(role="user", content="<image>\nIs the part defective?"),
                Message(role="assistant", content=parsed.verdict),
            ],
            solution=parsed.verdict,
            provenance=Provenance(
                teacher=teacher.name,
                template_id="toy.v1",
                template_hash="t0",
                attempts=1,
                ledger_keys=[key],
                created_at="2026-01-01T00:00:00+00:00",
                toolkit_version=__version__,
            ),
            label=sample.label.value,
        )
        records[record.record_id] = record
    result.records_path, result.rejects_path = ws.records_path(NAME), ws.rejects_path(NAME)
    result.written = store.write_records(result.records_path, ToyRecord, records, "toy")
    return result


TOY = RecordSet(
    name=NAME,
    description="Toy Yes/No verdicts, one per image.",
    record_model=ToyRecord,
    validator=RecordValidator(
        config=NAME,
        model=ToyRecord,
        rules=[Rule("verdict", "the answer matches the label", _check_verdict)],
        truth=lambda record: record.label,
    ),
    synthesize=synthesize_toy,
    options=ToyOptions,
    command="synthesize-toy",
    teacher_task=TOY_TASK,
    exports=("llava",),
)


@pytest.fixture
def toy_registered() -> Iterator[RecordSet]:
    registry = record_sets()
    registry.register(TOY)
    try:
        yield TOY
    finally:
        registry.unregister(NAME)


def test_builtin_registry_lists_both_record_sets_and_every_teacher_task() -> None:
    registry = record_sets()
    assert registry.names() == ("expert_ad", "instruct_iad")
    assert set(registry.response_models()) == {"expert_ad", "instruct_iad", "process", "judge"}
    with pytest.raises(InputError, match="unknown record set 'nope'"):
        registry.get("nope")
    with pytest.raises(InputError, match="already registered"):
        registry.register(registry.get("expert_ad"))


def test_a_toy_record_set_runs_through_every_stage(
    toy_registered: RecordSet, tmp_path: Path
) -> None:
    from publish_fixtures import make_tree

    import iad_data
    from iad_data.release.export import export
    from iad_data.release.publish import publish
    from iad_data.release.splits import make_splits
    from iad_data.tasks.validate import validate_path

    ws = Workspace(tmp_path / "ws")
    iad_data.ingest("mvtec", make_tree(tmp_path / "mvtec"), ws, progress=False, workers=1)
    assert toy_registered.options is ToyOptions
    result = toy_registered.synthesize(ws, ToyOptions(limit=12), progress=False)
    assert result.written == 12 and result.sent == 12

    again = toy_registered.synthesize(ws, limit=12, progress=False)
    assert again.sent == 0 and again.cached == 12  # the ledger knows the toy task

    report = validate_path(ws.records_path(NAME), progress=False)
    assert report.config == NAME and report.records == 12 and report.ok
    assert report.rules == ["schema", "verdict"]

    make_splits(ws, seed=0, check_leaks=False)
    published = publish(ws, to=tmp_path / "out", version="1.0.0", allow_leak=True, progress=False)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert NAME in manifest["configs"], published
    assert sum(part["rows"] for part in manifest["configs"][NAME].values()) == 12
    card = (tmp_path / "out" / "README.md").read_text()
    assert "Toy Yes/No verdicts, one per image." in card

    exported = export(ws, tmp_path / "llava", format="llava", configs=[NAME], progress=False)
    assert sum(exported.files.values()) == 12


def test_a_wrong_toy_record_fails_its_own_rule(toy_registered: RecordSet, tmp_path: Path) -> None:
    from publish_fixtures import make_tree

    import iad_data
    from iad_data.tasks.validate import validate_path

    ws = Workspace(tmp_path / "ws")
    iad_data.ingest("mvtec", make_tree(tmp_path / "mvtec"), ws, progress=False, workers=1)
    toy_registered.synthesize(ws, limit=4, progress=False)
    path = ws.records_path(NAME)
    import polars as pl

    frame = pl.read_parquet(path)
    rows = frame.to_dicts()
    flipped = {"Yes": "No", "No": "Yes"}
    rows[0]["messages"][-1]["content"] = flipped[rows[0]["messages"][-1]["content"]]
    pl.DataFrame(rows, schema=frame.schema).write_parquet(path)
    report = validate_path(path, progress=False)
    assert report.failed == 1 and report.rule_failures == {"verdict": 1}
