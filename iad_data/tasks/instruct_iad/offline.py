"""The offline teacher's CoT-M answer: a conversation written from the ground truth and the
category's process knowledge in the request's context, no model (``--teacher offline``).
"""

from __future__ import annotations

from typing import Any

from iad_data.core.defect_types import a_defect
from iad_data.core.reading.claims import StepClaims
from iad_data.tasks.instruct_iad.record import (
    CONFIG,
    ConversationTurn,
    InstructConversation,
    InstructTruth,
)
from iad_data.teach.requests import TeacherRequest, TeacherTask


def answer_offline(request: TeacherRequest) -> InstructConversation:
    """A valid CoT-M conversation written from the request's ground truth and knowledge."""
    truth = InstructTruth.model_validate(request.context["truth"])
    know: dict[str, Any] = request.context["knowledge"]
    topics: list[str] = list(request.context["topics"])
    product = know["product"]
    steps: dict[str, str] = know["steps"]
    turns: list[ConversationTurn] = []

    def ask(question: str, answer: str, claims: StepClaims | None = None) -> None:
        turns.append(ConversationTurn(role="user", content=question))
        turns.append(ConversationTurn(role="assistant", content=answer, claims=claims))

    if truth.label == "normal":
        ask(
            f"Is there any defect on this {product}?",
            f"No. The {product} looks as a good part should. {know['normal_appearance']}"[:1000],
            StepClaims(verdict="normal"),
        )
        hints = [h for h in know.get("inspection_hints", []) if h["steps"]][:3]
        lines = [
            f"- {h['area']}: no {h['look_for']} ({steps[h['steps'][0]].lower()} "
            f"[step:{h['steps'][0]}])"
            for h in hints
        ]
        ask(
            "Which areas did you check, and which production steps would show there?",
            "I checked:\n" + "\n".join(lines) if lines else "The whole part, evenly lit.",
            StepClaims(cited_steps=list(dict.fromkeys(h["steps"][0] for h in hints))),
        )
        return InstructConversation(
            turns=turns,
            verdict="normal",
            defect_type=None,
            location=None,
            cited_steps=list(dict.fromkeys(h["steps"][0] for h in hints)),
        )
    defect = know["defect"]
    a_name = a_defect(defect["name"])
    where = f" in the {truth.location} of the image" if truth.location else ""
    ask(
        f"Is there any defect on this {product}?",
        f"Yes. The {product} shows {a_name}{where}. {defect['visual_signature']}"[:1000],
        StepClaims(verdict="anomaly", defect_type=defect["name"], location=truth.location),
    )
    cause = " or ".join(f"{steps[s].lower()} [step:{s}]" for s in defect["cause_steps"])
    ask(
        "Which step of the production process most likely caused it, and how?",
        f"{a_name.capitalize()} points to {cause}. Plausibly: {defect['mechanism']}"[:1100],
        StepClaims(defect_type=defect["name"], cited_steps=list(defect["cause_steps"])),
    )
    if "remedy" in topics:
        checks = "\n".join(f"- {c}" for c in defect["line_checks"])
        first = defect["cause_steps"][0]
        ask(
            "What should be checked on the line?",
            f"Start at {steps[first].lower()} [step:{first}]:\n{checks}"[:1100],
            StepClaims(cited_steps=[first]),
        )
    return InstructConversation(
        turns=turns,
        verdict="anomaly",
        defect_type=defect["name"],
        location=truth.location,
        cited_steps=list(defect["cause_steps"]),
    )


TEACHER_TASK = TeacherTask(CONFIG, InstructConversation, answer_offline)
"""the teacher request of a CoT-M conversation: ledger name, answer model, offline answerer"""
