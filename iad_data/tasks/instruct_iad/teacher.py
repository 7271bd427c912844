"""Teacher-written CoT-M conversations: the request and the record built from the answer.

The teacher sees the image, the ground truth and the category's process knowledge (steps
with ids, and for the defect its cause steps, mechanism, look and line checks) and writes a
multi-turn conversation citing steps as ``[step:<id>]``. The toolkit puts the image token
and Triad's process text in front of the first question, so every record shows the model
the process it reasons over. The offline answerer (``offline.py``) writes a valid
conversation from the request's ``context`` alone, so ``--teacher offline`` needs no key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from iad_data.core.prompts import PromptTemplate, load_template
from iad_data.core.records import Message, Provenance
from iad_data.core.sample import Sample
from iad_data.knowledge.process import ProcessKnowledge
from iad_data.tasks.instruct_iad.offline import TEACHER_TASK
from iad_data.tasks.instruct_iad.record import (
    CONFIG,
    InstructClaims,
    InstructConversation,
    InstructRecord,
    InstructTruth,
)
from iad_data.tasks.instruct_iad.roi import RoiBox
from iad_data.tasks.instruct_iad.rules import MAX_MESSAGES, MIN_TEACHER_MESSAGES
from iad_data.tasks.instruct_iad.text import process_text, product_name
from iad_data.teach.requests import ImageRef, SamplingParams, TeacherRequest

TASK = TEACHER_TASK.name
TEMPLATE = "instruct/cot_m.v1"

TOPICS = {
    "discrimination": "whether the part is defective",
    "classification": "which type of defect it is",
    "localisation": "where the defect is, as one of the nine grid words",
    "description": "what the defect or the part looks like",
    "cause": "which manufacturing step causes it and by what mechanism, citing steps",
    "remedy": "what to check or adjust on the line, citing steps",
}
NORMAL_TOPICS = {
    "discrimination": "whether the part is defective",
    "description": "what a good part looks like and what was checked, citing the steps whose "
    "faults would show in each area",
}


@cache
def cot_template() -> PromptTemplate:
    """The CoT-M prompt, read once per process."""
    return load_template(TEMPLATE)


def _knowledge_context(knowledge: ProcessKnowledge, truth: InstructTruth) -> dict[str, Any]:
    """The part of the knowledge file the conversation may use (and the offline teacher reads)."""
    data: dict[str, Any] = {
        "product": knowledge.product,
        "normal_appearance": knowledge.normal_appearance.strip(),
        "steps": {s.id: s.name for s in knowledge.steps},
    }
    if truth.label == "anomaly" and truth.defect_names:
        entry = knowledge.defects[truth.defect_names[0]]
        data["defect"] = {
            "name": truth.defect_names[0],
            "cause_steps": list(entry.cause_steps),
            "mechanism": entry.mechanism.strip(),
            "basis": entry.basis,
            "visual_signature": entry.visual_signature.strip(),
            "line_checks": list(entry.line_checks),
        }
    else:
        data["inspection_hints"] = [h.model_dump(mode="json") for h in knowledge.inspection_hints]
    return data


def _truth_text(truth: InstructTruth) -> str:
    if truth.label == "normal":
        return "The part is normal (defect-free)."
    boxes = ", ".join(f"[{a}, {b}, {c}, {d}]" for a, b, c, d in truth.boxes) or "none"
    return (
        f"The part is defective. Defect type: {truth.defect_names[0]}. "
        f"Location: {truth.location or 'unknown'}. Mask boxes (x1, y1, x2, y2, pixels, image "
        f"{truth.width}x{truth.height}): {boxes}."
    )


def _knowledge_text(context: dict[str, Any]) -> str:
    if "defect" in context:
        d = context["defect"]
        checks = "\n".join(f"  - {c}" for c in d["line_checks"])
        basis = (
            "documented by the maker"
            if d.get("basis") == "documented"
            else "plausible: a likely cause, not a record of how this defect arose"
        )
        return (
            f"Cause steps of {d['name']} (cite only these): {', '.join(d['cause_steps'])}\n"
            f"Mechanism ({basis}): {d['mechanism']}\nVisual signature: {d['visual_signature']}\n"
            f"Line checks:\n{checks}"
        )
    hints = "\n".join(
        f"  - {h['area']}: {h['look_for']} (steps: {', '.join(h['steps']) or 'none'})"
        for h in context.get("inspection_hints", [])
    )
    return f"Normal appearance: {context['normal_appearance']}\nInspection areas:\n{hints}"


def topics_for(tasks: Sequence[str], truth: InstructTruth) -> list[str]:
    table = TOPICS if truth.label == "anomaly" else NORMAL_TOPICS
    chosen = [t for t in tasks if t in table]
    return chosen or ["discrimination"]


def teacher_request(
    sample: Sample,
    truth: InstructTruth,
    knowledge: ProcessKnowledge,
    image_file: Path,
    tasks: Sequence[str],
    *,
    attempt: int = 1,
    feedback: Sequence[str] = (),
) -> TeacherRequest:
    """The request for one CoT-M conversation; ``feedback`` lists the last attempt's faults."""
    template = cot_template()
    context = _knowledge_context(knowledge, truth)
    topics = topics_for(tasks, truth)
    table = TOPICS if truth.label == "anomaly" else NORMAL_TOPICS
    note = ""
    if feedback:
        note = (
            "\nYour previous conversation for this image was rejected:\n"
            + "\n".join(f"- {f}" for f in feedback)
            + "\nWrite a corrected conversation."
        )
    system, user = template.render(
        product=product_name(sample, knowledge),
        category=sample.category,
        steps="\n".join(f"- {s.id}: {s.name} - {s.description.strip()}" for s in knowledge.steps),
        truth=_truth_text(truth),
        knowledge=_knowledge_text(context),
        topics="; ".join(table[t] for t in topics),
        min_turns=MIN_TEACHER_MESSAGES,
        max_turns=MAX_MESSAGES,
        feedback=note,
    )
    return TeacherRequest(
        task=TASK,
        sample_id=sample.sample_id,
        template_id=template.template_id,
        template_hash=template.hash,
        system=system,
        user_text=user,
        images=[ImageRef(path=str(image_file), sha256=sample.image_sha256, role="query")],
        response_model=TEACHER_TASK.response_model,
        answer_offline=TEACHER_TASK.answer_offline,
        params=SamplingParams(temperature=0.7, max_tokens=2000),
        context={"truth": truth.model_dump(mode="json"), "knowledge": context, "topics": topics},
        attempt=attempt,
    )


def conversation_record(
    conversation: InstructConversation,
    sample: Sample,
    truth: InstructTruth,
    knowledge: ProcessKnowledge,
    *,
    teacher: str,
    template: PromptTemplate,
    attempts: int,
    ledger_keys: list[str],
    roi: list[RoiBox] | None = None,
) -> InstructRecord:
    """The record of a teacher conversation: image token and process text before turn one."""
    from iad_data.core.version import __version__

    messages = [Message(role=t.role, content=t.content.strip()) for t in conversation.turns]
    if messages and messages[0].role == "user":
        question = messages[0].content.replace("<image>", "").strip()
        messages[0] = Message(
            role="user", content=f"<image>\n{process_text(knowledge)}\n{question}"
        )
    return InstructRecord(
        record_id=f"{CONFIG}.{sample.sample_id}.cot_m",
        config=CONFIG,
        sample_id=sample.sample_id,
        images=[sample.sample_id],
        messages=messages,
        provenance=Provenance(
            teacher=teacher,
            template_id=template.template_id,
            template_hash=template.hash,
            attempts=attempts,
            ledger_keys=ledger_keys,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            toolkit_version=__version__,
        ),
        task="cot_m",
        source="teacher",
        dataset=sample.dataset,
        category=sample.category,
        image_paths=[sample.image_path],
        truth=truth,
        claims=InstructClaims(
            verdict=conversation.verdict,
            defect_type=conversation.defect_type,
            location=conversation.location,
            cited_steps=list(conversation.cited_steps),
        ),
        turn_claims=[t.claims for t in conversation.turns if t.role == "assistant"],
        roi=list(roi or []),
    )


__all__ = [
    "TASK",
    "TEMPLATE",
    "conversation_record",
    "cot_template",
    "teacher_request",
    "topics_for",
]
