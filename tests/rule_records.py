"""Valid records of both record sets built in memory (no workspace), for rule tests: a glass
bottle with a small broken rim in the bottom left, and a normal one."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from iad_data.core.records import Message, Provenance
from iad_data.core.regions import regions_from_mask
from iad_data.core.sample import Label, Sample, SourceSplit
from iad_data.knowledge.process import require_process
from iad_data.tasks.expert_ad.offline import offline_trace
from iad_data.tasks.expert_ad.record import ExpertAdRecord, ExpertAdTrace, build_record, truth_of
from iad_data.tasks.instruct_iad.offline import answer_offline
from iad_data.tasks.instruct_iad.record import InstructRecord, build_truth
from iad_data.tasks.instruct_iad.teacher import conversation_record, cot_template, teacher_request
from iad_data.tasks.instruct_iad.templates import template_record

PROVENANCE = Provenance(
    teacher="offline:ground-truth",
    template_id="expert_ad/grounded.v1",
    template_hash="0" * 16,
    attempts=1,
    created_at="2026-01-01T00:00:00+00:00",
    toolkit_version="test",
)


def sample(defect: str = "broken_small", category: str = "bottle") -> Sample:
    normal = defect == "good"
    mask = np.zeros((64, 64), dtype=bool)
    mask[40:50, 6:20] = True
    return Sample(
        sample_id=f"mvtec_ad.{category}.{defect}",
        group_id=f"mvtec_ad.{category}.{defect}",
        dataset="mvtec_ad",
        category=category,
        source_split=SourceSplit.TEST,
        label=Label.NORMAL if normal else Label.ANOMALY,
        defect_type=defect,
        defect_type_raw=defect,
        image_path=f"{category}/test/{defect}/000.png",
        image_sha256="0" * 64,
        width=64,
        height=64,
        mode="RGB",
        regions=[] if normal else regions_from_mask(mask),
        location=None if normal else "bottom left",
        defect_area_fraction=0.0 if normal else float(mask.mean()),
        license="test",
    )


def trace_record(defect: str = "broken_small", category: str = "bottle") -> ExpertAdRecord:
    s = sample(defect, category)
    truth = truth_of(s)
    return build_record(
        offline_trace(truth, s.sample_id, "glass bottle"), s.sample_id, truth, PROVENANCE
    )


def with_step(record: ExpertAdRecord, kind: str, text: str) -> ExpertAdRecord:
    """The record with the step of ``kind`` rewritten (its claims kept)."""
    steps = [
        st.model_copy(update={"text": text}) if st.kind == kind else st for st in record.trace.steps
    ]
    trace = ExpertAdTrace(steps=steps, answer=record.trace.answer)
    return build_record(trace, record.sample_id, record.truth, record.provenance)


def with_type(record: ExpertAdRecord, words: str) -> ExpertAdRecord:
    answer = record.trace.answer.model_copy(update={"defect_type": words})
    trace = ExpertAdTrace(steps=record.trace.steps, answer=answer)
    return build_record(trace, record.sample_id, record.truth, record.provenance)


def conversation(defect: str = "broken_small", category: str = "bottle") -> InstructRecord:
    s = sample(defect, category)
    know = require_process("mvtec_ad", category)
    truth = build_truth(s, know, ["good", *know.defects])
    request = teacher_request(s, truth, know, Path("/x.png"), ["cause", "remedy"])
    return conversation_record(
        answer_offline(request),
        s,
        truth,
        know,
        teacher="offline:ground-truth",
        template=cot_template(),
        attempts=1,
        ledger_keys=[],
    )


def template(task: str, defect: str = "broken_small", category: str = "bottle") -> InstructRecord:
    s = sample(defect, category)
    know = require_process("mvtec_ad", category)
    truth = build_truth(s, know, ["good", *know.defects])
    record = template_record(task, s, truth, know)
    assert record is not None
    return record


def with_answer(record: InstructRecord, index: int, text: str) -> InstructRecord:
    """The record with its ``index``-th assistant turn (0-based) rewritten."""
    messages = list(record.messages)
    seen = -1
    for i, m in enumerate(messages):
        if m.role == "assistant":
            seen += 1
            if seen == index:
                messages[i] = Message(role="assistant", content=text)
    return record.model_copy(update={"messages": messages})
