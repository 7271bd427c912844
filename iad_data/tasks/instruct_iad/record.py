"""The ``instruct_iad`` record set: instruction conversations about one inspected part.

A record is a conversation (``messages``, the first user turn carrying the ``<image>`` token)
plus what it was built from and what it asserts, so the validator can compare the two:

- ``truth``: the ground truth of the sample and the process knowledge it was checked against;
- ``claims``: what the answers assert (verdict, defect type, location, boxes, cited steps).

Template QA records answer one task each; teacher records (task ``cot_m``) are multi-turn
conversations whose reasoning walks through the manufacturing steps (Triad's CoT-M).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from iad_data.core.reading.claims import StepClaims
from iad_data.core.records import RecordBase
from iad_data.core.sample import NORMAL_DEFECT_TYPE, Label, LocationWord, Sample
from iad_data.knowledge.process import ProcessKnowledge
from iad_data.tasks.instruct_iad.roi import RoiBox

CONFIG = "instruct_iad"

TemplateTask = Literal[
    "discrimination", "classification", "localisation", "description", "cause", "remedy"
]
TEMPLATE_TASKS: tuple[str, ...] = get_args(TemplateTask)
"""Instruction tasks, each a template in ``recipes/prompts/instruct/<task>.v<N>.yaml``."""

NORMAL_TASKS = frozenset({"discrimination", "classification", "localisation", "description"})
"""Tasks that also make sense for a defect-free part (no cause, nothing to remedy)."""

KNOWLEDGE_TASKS = frozenset({"cause", "remedy"})
"""Tasks that need the category's process knowledge and the defect's entry in it."""

InstructTask = Literal[
    "discrimination",
    "classification",
    "localisation",
    "description",
    "cause",
    "remedy",
    "cot_m",
]
Verdict = Literal["anomaly", "normal"]


class InstructTruth(BaseModel):
    """The ground truth a record was built from, and the knowledge it cites."""

    model_config = ConfigDict(extra="forbid")

    dataset: str
    category: str
    label: Verdict
    defect_type: str = Field(description="normalised; 'good' for normal samples")
    defect_type_raw: str
    location: LocationWord | None = None
    boxes: list[tuple[int, int, int, int]] = Field(
        default_factory=list, description="mask region boxes, x1, y1, x2, y2 inclusive pixels"
    )
    width: int = Field(ge=1)
    height: int = Field(ge=1)
    knowledge_source: str | None = Field(
        default=None, description="process knowledge file the steps were checked against"
    )
    knowledge_origin: str | None = Field(default=None, description="curated or teacher:<model>")
    steps: list[str] = Field(default_factory=list, description="every step id of the category")
    step_names: list[str] = Field(
        default_factory=list, description="the name of each step in ``steps``, in its order"
    )
    cause_steps: list[str] = Field(
        default_factory=list, description="step ids listed as causes of this defect type"
    )
    defect_names: list[str] = Field(
        default_factory=list, description="names meaning this defect type (key and aliases)"
    )
    other_defect_names: list[str] = Field(
        default_factory=list, description="the category's other defect names"
    )


class InstructClaims(BaseModel):
    """What the conversation's answers assert; None where it asserts nothing of that kind."""

    model_config = ConfigDict(extra="forbid")

    verdict: Verdict | None = None
    defect_type: str | None = None
    location: LocationWord | None = None
    boxes: list[tuple[int, int, int, int]] = Field(default_factory=list)
    cited_steps: list[str] = Field(default_factory=list)


class InstructRecord(RecordBase):
    """One instruction conversation about one image (``config`` is ``instruct_iad``)."""

    task: InstructTask
    source: Literal["template", "teacher"]
    variant: int = Field(default=0, ge=0, description="phrasing index (template QA)")
    dataset: str
    category: str
    image_paths: list[str] = Field(description="image paths relative to their benchmark roots")
    truth: InstructTruth
    claims: InstructClaims
    turn_claims: list[StepClaims | None] = Field(
        default_factory=list,
        description="what each assistant turn claims, in order (empty: not given)",
    )
    roi: list[RoiBox] = Field(default_factory=list, description="expert regions of interest")


class ConversationTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str
    claims: StepClaims | None = Field(
        default=None,
        description="for an assistant turn: the verdict, defect type, grid word and step ids "
        "it states (null for a user turn)",
    )


class InstructConversation(BaseModel):
    """What the teacher returns for task ``instruct_iad``: the turns and what they assert."""

    model_config = ConfigDict(extra="forbid")

    turns: list[ConversationTurn] = Field(
        description="user/assistant turns, user first; no <image> token (the toolkit adds it)"
    )
    verdict: Verdict
    defect_type: str | None = Field(description="the defect type named, null for a normal part")
    location: LocationWord | None = Field(description="3x3 grid word of the defect, or null")
    cited_steps: list[str] = Field(description="ids of every process step the reasoning cites")


def display_name(name: str) -> str:
    """``broken_large`` -> ``broken large``: how answers write a defect type."""
    return name.replace("_", " ")


def knowledge_name(knowledge: ProcessKnowledge) -> str:
    """``mvtec_ad/bottle.yaml``: the knowledge file without the machine's folder in front."""
    return "/".join(PurePath(knowledge.source).parts[-2:])


def build_truth(
    sample: Sample,
    knowledge: ProcessKnowledge | None,
    category_types: Sequence[str] = (),
) -> InstructTruth:
    """The ground truth of ``sample`` with the steps its category's knowledge allows.

    ``category_types``: the category's defect types seen in the workspace, so a category
    without a knowledge file still knows its other defect names.
    """
    label: Verdict = "anomaly" if sample.label == Label.ANOMALY else "normal"
    names: list[str] = []
    cause_steps: list[str] = []
    keys = {t for t in category_types if t != NORMAL_DEFECT_TYPE}
    if knowledge is not None:
        keys |= set(knowledge.defects)
        if label == "anomaly":
            key = knowledge.find_defect(sample.defect_type)
            if key is not None:
                entry = knowledge.defects[key]
                names = [key, *entry.aliases]
                cause_steps = list(entry.cause_steps)
    if label == "anomaly" and not names:
        names = [sample.defect_type]
    return InstructTruth(
        dataset=sample.dataset,
        category=sample.category,
        label=label,
        defect_type=sample.defect_type,
        defect_type_raw=sample.defect_type_raw,
        location=sample.location if label == "anomaly" else None,
        boxes=[r.bbox for r in sample.regions] if label == "anomaly" else [],
        width=sample.width,
        height=sample.height,
        knowledge_source=knowledge_name(knowledge) if knowledge is not None else None,
        knowledge_origin=knowledge.origin if knowledge is not None else None,
        steps=[s.id for s in knowledge.steps] if knowledge is not None else [],
        step_names=[s.name for s in knowledge.steps] if knowledge is not None else [],
        cause_steps=cause_steps,
        defect_names=names,
        other_defect_names=sorted(keys - set(names)),
    )


__all__ = [
    "CONFIG",
    "KNOWLEDGE_TASKS",
    "NORMAL_TASKS",
    "TEMPLATE_TASKS",
    "ConversationTurn",
    "InstructClaims",
    "InstructConversation",
    "InstructRecord",
    "InstructTask",
    "InstructTruth",
    "TemplateTask",
    "Verdict",
    "build_truth",
    "display_name",
]
