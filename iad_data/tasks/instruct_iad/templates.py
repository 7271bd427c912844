"""Template QA: instruction records from the ground truth alone, no teacher, deterministic.

Each task is a versioned template file ``recipes/prompts/instruct/<task>.v1.yaml`` loaded
through ``iad_data.core.prompts`` (its id and content hash go into every record) with extra keys:
``questions`` (phrasings of the question) and ``answers.anomaly`` / ``answers.normal``
(phrasings of the answer). Which phrasing a record gets is drawn from a hash of the seed,
the sample id and the task, so the same seed always writes the same records; ``variants``
asks for more records per sample and task, each with another phrasing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from string import Template

import yaml

from iad_data.core.prompts import PromptTemplate, load_template
from iad_data.core.reading.claims import StepClaims
from iad_data.core.records import Message, Provenance
from iad_data.core.sample import Sample
from iad_data.errors import InputError
from iad_data.knowledge.process import ProcessKnowledge
from iad_data.tasks.instruct_iad.record import (
    CONFIG,
    KNOWLEDGE_TASKS,
    NORMAL_TASKS,
    TEMPLATE_TASKS,
    InstructClaims,
    InstructRecord,
    InstructTruth,
    display_name,
)
from iad_data.tasks.instruct_iad.roi import RoiBox
from iad_data.tasks.instruct_iad.text import cause_text, process_text, product_name

TEMPLATE_VERSION = 1
TEMPLATE_TEACHER = "offline:template"
"""``provenance.teacher`` of template QA records: no model wrote them."""


@dataclass(frozen=True)
class QaTemplate:
    """One task's template file: the prompt (for id and hash) and its phrasings."""

    task: str
    prompt: PromptTemplate
    questions: tuple[str, ...]
    answers: dict[str, tuple[str, ...]]


@cache
def load_qa_template(task: str, version: int = TEMPLATE_VERSION) -> QaTemplate:
    """The template of ``task``; InputError naming the file when its phrasings are malformed."""
    if task not in TEMPLATE_TASKS:
        raise InputError(f"unknown instruction task {task!r}; known: {', '.join(TEMPLATE_TASKS)}.")
    prompt = load_template(f"instruct/{task}.v{version}")
    data = yaml.safe_load(Path(prompt.path).read_text(encoding="utf-8"))
    questions = data.get("questions")
    answers = data.get("answers")
    ok = (
        isinstance(questions, list)
        and questions
        and all(isinstance(q, str) and q for q in questions)
        and isinstance(answers, dict)
        and set(answers) == {"anomaly", "normal"}
        and all(
            isinstance(v, list) and all(isinstance(a, str) for a in v) for v in answers.values()
        )
    )
    if not ok:
        raise InputError(
            f"prompt template {prompt.path} needs `questions:` (a list of strings) and "
            f"`answers:` with lists `anomaly:` and `normal:`."
        )
    return QaTemplate(
        task=task,
        prompt=prompt,
        questions=tuple(questions),
        answers={k: tuple(v) for k, v in answers.items()},
    )


def phrasing_order(
    seed: int, sample_id: str, task: str, questions: int, answers: int
) -> list[tuple[int, int]]:
    """Every (question, answer) phrasing pair, in an order drawn from the seed, sample and task.

    The first pair is the record's phrasing; ``variants`` > 1 takes the next ones, so the
    copies of one sample never repeat a phrasing. Stable on every machine (a hash, no RNG).
    """
    pairs = [(q, a) for q in range(questions) for a in range(answers)]

    def rank(pair: tuple[int, int]) -> bytes:
        return hashlib.sha256(f"{seed}\x00{sample_id}\x00{task}\x00{pair}".encode()).digest()

    return sorted(pairs, key=rank)


def _values(
    sample: Sample, truth: InstructTruth, knowledge: ProcessKnowledge | None
) -> dict[str, str]:
    """Every variable a phrasing may use; empty where it does not apply."""
    key = truth.defect_names[0] if truth.defect_names else ""
    options = sorted({*truth.other_defect_names, *([key] if key else [])})
    entry = knowledge.defects.get(key) if knowledge is not None and key else None
    return {
        "product": product_name(sample, knowledge),
        "options": ", ".join(["none", *(display_name(o) for o in options)]),
        "defect": display_name(key),
        "location": truth.location or "",
        "boxes": " and ".join(f"[{x1}, {y1}, {x2}, {y2}]" for x1, y1, x2, y2 in truth.boxes),
        "area": f"{100 * sample.defect_area_fraction:.1f}%",
        "signature": entry.visual_signature.strip() if entry else "",
        "normal_appearance": knowledge.normal_appearance.strip() if knowledge else "",
        "process": process_text(knowledge) if knowledge is not None else "",
        "cause_steps": cause_text(knowledge, truth.cause_steps) if knowledge and entry else "",
        "mechanism": entry.mechanism.strip() if entry else "",
        "checks": "\n".join(f"- {c}" for c in entry.line_checks) if entry else "",
    }


def skip_reason(task: str, truth: InstructTruth) -> str | None:
    """Why ``task`` cannot be asked of this sample, or None when it can."""
    if truth.label == "normal":
        return None if task in NORMAL_TASKS else "normal_sample"
    if task in ("localisation", "description") and truth.location is None:
        return "no_mask"
    if task in KNOWLEDGE_TASKS and not truth.cause_steps:
        return "no_knowledge"
    return None


def _claims(task: str, truth: InstructTruth) -> InstructClaims:
    if truth.label == "normal":
        return InstructClaims(verdict="normal")
    key = truth.defect_names[0]
    if task == "discrimination":
        return InstructClaims(verdict="anomaly")
    if task == "classification":
        return InstructClaims(verdict="anomaly", defect_type=key)
    if task == "localisation":
        return InstructClaims(verdict="anomaly", location=truth.location, boxes=truth.boxes)
    if task == "description":
        return InstructClaims(verdict="anomaly", defect_type=key, location=truth.location)
    return InstructClaims(verdict="anomaly", defect_type=key, cited_steps=truth.cause_steps)


def template_record(
    task: str,
    sample: Sample,
    truth: InstructTruth,
    knowledge: ProcessKnowledge | None,
    *,
    seed: int = 0,
    copy: int = 0,
    roi: list[RoiBox] | None = None,
    created_at: str | None = None,
) -> InstructRecord | None:
    """The template QA record of ``task`` for ``sample`` (check ``skip_reason`` first).

    ``copy`` k > 0 is the k-th extra phrasing (record id suffix ``.k``); None when the
    template has fewer distinct phrasings than that. ``created_at`` defaults to now;
    ``synthesize_instruct`` passes the sample table's time so a rebuild is byte-identical.
    """
    from iad_data.core.version import __version__

    template = load_qa_template(task)
    answers = template.answers[truth.label]
    if not answers:
        raise InputError(f"{template.prompt.path} has no answers for a {truth.label} sample.")
    order = phrasing_order(seed, sample.sample_id, task, len(template.questions), len(answers))
    if copy >= len(order):
        return None
    qi, ai = order[copy]
    values = _values(sample, truth, knowledge)
    try:
        question = Template(template.questions[qi]).substitute(values).strip()
        answer = re.sub(r" {2,}", " ", Template(answers[ai]).substitute(values)).strip()
    except (KeyError, ValueError) as exc:
        raise InputError(
            f"prompt template {template.prompt.path} uses an unknown variable ({exc}); known: "
            f"{', '.join(sorted(values))}."
        ) from None
    claims = _claims(task, truth)
    return InstructRecord(
        record_id=f"{CONFIG}.{sample.sample_id}.{task}" + (f".{copy}" if copy else ""),
        config=CONFIG,
        sample_id=sample.sample_id,
        images=[sample.sample_id],
        messages=[
            Message(role="user", content=f"<image>\n{question}"),
            Message(role="assistant", content=answer),
        ],
        provenance=Provenance(
            teacher=TEMPLATE_TEACHER,
            template_id=template.prompt.template_id,
            template_hash=template.prompt.hash,
            attempts=1,
            created_at=created_at or datetime.now(UTC).isoformat(timespec="seconds"),
            toolkit_version=__version__,
        ),
        task=task,  # type: ignore[arg-type]
        source="template",
        variant=qi * len(answers) + ai,
        dataset=sample.dataset,
        category=sample.category,
        image_paths=[sample.image_path],
        truth=truth,
        claims=claims,
        turn_claims=[StepClaims(**claims.model_dump(exclude={"boxes"}))],
        roi=list(roi or []),
    )


__all__ = [
    "TEMPLATE_TEACHER",
    "QaTemplate",
    "load_qa_template",
    "phrasing_order",
    "process_text",
    "skip_reason",
    "template_record",
]
