"""Expert-AD reasoning traces (IAD-R1): the teacher's structured answer and the record it becomes.

The teacher answers with ``ExpertAdTrace``: ordered reasoning steps (observation, comparison
with normal appearance, localisation, characterisation, conclusion) and an ``Answer``
(``is_anomalous``, ``defect_type``, a 3x3 location word, boxes). The toolkit, not the
teacher, renders IAD-R1's exact training text from it, so the tags are always well formed;
the validator then checks the text, the structured answer and the ground truth agree.

Box convention: ``[x1, y1, x2, y2]`` as fractions of the image width and height, origin at
the top left, ``x2``/``y2`` exclusive -- the samples table's ``Region.bbox_norm``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from iad_data.core.defect_types import TypeTable, load_type_table, readable
from iad_data.core.reading.claims import StepClaims
from iad_data.core.records import Message, Provenance, RecordBase
from iad_data.core.sample import Label, LocationWord, Sample
from iad_data.tasks.expert_ad import text as iadr1

CONFIG = "expert_ad"
TASK = "expert_ad"

StepKind = Literal["observation", "comparison", "localisation", "characterisation", "conclusion"]
STEP_KINDS: tuple[str, ...] = (
    "observation",
    "comparison",
    "localisation",
    "characterisation",
    "conclusion",
)
"""The order reasoning steps must follow (a kind may repeat; conclusion comes last)."""

BOX_CONVENTION = (
    "[x1, y1, x2, y2] as fractions of image width and height, origin top left, x2 and y2 exclusive"
)


class ReasoningStep(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: StepKind
    text: str = Field(description="one or two sentences of visual reasoning")
    claims: StepClaims | None = Field(
        default=None,
        description="what this step states: verdict, defect type, grid word and cited "
        "process step ids (null where it states nothing of that kind)",
    )


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    is_anomalous: bool
    defect_type: str | None = Field(description="short defect type name; null for a normal part")
    location: LocationWord | None = Field(
        description="3x3 grid cell holding most of the defect; null for a normal part"
    )
    boxes: list[list[float]] = Field(
        description=f"defect boxes, each {BOX_CONVENTION}; empty for a normal part"
    )


class ExpertAdTrace(BaseModel):
    """What the teacher returns (the response model of every expert_ad request)."""

    model_config = ConfigDict(extra="forbid")

    steps: list[ReasoningStep] = Field(
        description="observation, comparison, localisation, characterisation, conclusion"
    )
    answer: Answer


class ExpertAdTruth(BaseModel):
    """The ground truth a trace is checked against, carried in the record itself."""

    model_config = ConfigDict(extra="forbid")

    dataset: str
    category: str
    label: Literal["normal", "anomaly"]
    defect_type: str = Field(description="the dataset's own name, snake_case; 'good' if normal")
    canonical_type: str | None = Field(
        description="IAD-R1 canonical type from recipes/defect_types.yaml; null if none applies"
    )
    type_group: str | None = None
    location: LocationWord | None = None
    boxes: list[list[float]] = Field(
        default_factory=list, description=f"mask region boxes, each {BOX_CONVENTION}"
    )
    type_table_hash: str = ""

    @property
    def anomalous(self) -> bool:
        return self.label == Label.ANOMALY.value

    @property
    def type_text(self) -> str:
        """The type the ground-truth solution names: canonical where known, else the name."""
        return self.canonical_type or readable(self.defect_type)

    def solution(self) -> str:
        """IAD-R1's GRPO ``solution`` for this ground truth."""
        return iadr1.answer_part(self.anomalous, self.location, self.type_text)


class ExpertAdRecord(RecordBase):
    """One IAD-R1 training trace: text, structured trace, ground truth, scores, provenance."""

    config: str = CONFIG
    mode: Literal["grounded", "blind"] = "grounded"
    reference_id: str | None = Field(
        default=None, description="normal sample shown to the teacher as reference, if any"
    )
    text: str = Field(description="the assistant text in IAD-R1's exact format")
    trace: ExpertAdTrace
    truth: ExpertAdTruth


def truth_of(sample: Sample, table: TypeTable | None = None) -> ExpertAdTruth:
    """Ground truth of a labelled sample (unlabelled samples have none)."""
    table = table or load_type_table()
    if sample.label == Label.UNLABELED:
        raise ValueError(f"sample {sample.sample_id} is unlabelled")
    if sample.label == Label.NORMAL:
        return ExpertAdTruth(
            dataset=sample.dataset,
            category=sample.category,
            label="normal",
            defect_type=sample.defect_type,
            canonical_type=None,
            type_table_hash=table.hash,
        )
    mapping = table.resolve(sample.dataset, sample.category, sample.defect_type)
    return ExpertAdTruth(
        dataset=sample.dataset,
        category=sample.category,
        label="anomaly",
        defect_type=sample.defect_type,
        canonical_type=mapping.canonical,
        type_group=mapping.group,
        location=sample.location,
        boxes=[[round(v, 4) for v in r.bbox_norm] for r in sample.regions],
        type_table_hash=table.hash,
    )


def think_text(trace: ExpertAdTrace) -> str:
    """The ``<think>`` content: the steps' texts in order, one per line."""
    return "\n".join(" ".join(step.text.split()) for step in trace.steps)


def type_text(answer: Answer) -> str | None:
    """The answer's type as written into ``<type>``: words, lower case, single spaces."""
    if answer.defect_type is None:
        return None
    return " ".join(answer.defect_type.replace("_", " ").lower().split())


def render_trace(trace: ExpertAdTrace) -> str:
    """IAD-R1's training text for a structured trace."""
    answer = trace.answer
    return iadr1.render(think_text(trace), answer.is_anomalous, answer.location, type_text(answer))


def build_record(
    trace: ExpertAdTrace,
    sample_id: str,
    truth: ExpertAdTruth,
    provenance: Provenance,
    *,
    mode: Literal["grounded", "blind"] = "grounded",
    reference_id: str | None = None,
) -> ExpertAdRecord:
    """The record for a teacher's trace (scores are filled by the validator).

    ``solution`` is the ground truth's answer part (GRPO's reward target), whatever the
    teacher said; a validated trace's own answer agrees with it.
    """
    text = render_trace(trace)
    return ExpertAdRecord(
        record_id=f"{CONFIG}.{sample_id}" + (".blind" if mode == "blind" else ""),
        sample_id=sample_id,
        images=[sample_id],
        messages=[
            Message(role="user", content=iadr1.USER_PROMPT),
            Message(role="assistant", content=text),
        ],
        solution=truth.solution(),
        provenance=provenance,
        mode=mode,
        reference_id=reference_id,
        text=text,
        trace=trace,
        truth=truth,
    )


def one_shot_variant(record: ExpertAdRecord, reference_id: str) -> ExpertAdRecord:
    """IAD-R1's one-shot SFT form: a normal reference image first, then the query.

    Same trace and solution; the user turn carries two ``<image>`` tokens. The record id gets
    ``.1shot`` so both forms can live in one table.
    """
    return record.model_copy(
        update={
            "record_id": f"{record.record_id}.1shot",
            "images": [reference_id, record.sample_id],
            "messages": [
                Message(role="user", content=iadr1.ONE_SHOT_PROMPT),
                Message(role="assistant", content=record.text),
            ],
            "reference_id": reference_id,
        }
    )


__all__ = [
    "BOX_CONVENTION",
    "CONFIG",
    "STEP_KINDS",
    "TASK",
    "Answer",
    "ExpertAdRecord",
    "ExpertAdTrace",
    "ExpertAdTruth",
    "ReasoningStep",
    "build_record",
    "one_shot_variant",
    "render_trace",
    "think_text",
    "truth_of",
    "type_text",
]
