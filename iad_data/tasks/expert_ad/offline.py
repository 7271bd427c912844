"""The offline teacher's Expert-AD answer: a trace written from the ground truth, no model.

It lets ``synthesize-cot --teacher offline`` run the whole flow without keys, and its traces
pass every rule. Phrasing varies by sample (a generator seeded by the sample id), so a
dataset made offline is not one sentence repeated; it is still a template, not a teacher.
"""

from __future__ import annotations

import hashlib
import random
from typing import Literal

from iad_data.core.defect_types import a_defect, readable
from iad_data.core.reading.claims import StepClaims
from iad_data.tasks.expert_ad.record import (
    TASK,
    Answer,
    ExpertAdTrace,
    ExpertAdTruth,
    ReasoningStep,
)
from iad_data.teach.requests import TeacherRequest, TeacherTask

_OBSERVATION = (
    "The image shows a {product} photographed under even lighting, with its surface, "
    "edges and texture clearly visible.",
    "This is a close view of a {product}; the outline and the surface are in focus.",
    "The {product} fills most of the frame, so its colour, texture and shape can be inspected.",
)
_COMPARE_DEFECT = (
    "Compared with the normal appearance of a {product}{reference}, the surface is not "
    "uniform everywhere: one area departs from the regular pattern.",
    "A defect-free {product}{reference} looks even and regular; here one region breaks that "
    "regularity.",
    "Most of the part matches a good {product}{reference}, but one area looks different "
    "from the rest.",
)
_COMPARE_NORMAL = (
    "Compared with the normal appearance of a {product}{reference}, the texture, colour "
    "and outline look regular throughout.",
    "The part matches what a good {product}{reference} looks like: even surface, clean "
    "edges and the expected shape.",
    "Nothing departs from the usual look of a {product}{reference}; the pattern is regular "
    "across the whole part.",
)
_LOCATE_DEFECT = (
    "The irregular area lies in the {location} part of the image.",
    "The deviation sits in the {location} region of the image.",
    "Scanning the image cell by cell, the change is concentrated in the {location} area.",
)
_LOCATE_NORMAL = (
    "I checked the places where defects of this product usually appear, the edges, the "
    "corners and the middle of the surface, and each looks as expected.",
    "The edges, corners and central surface, where defects of this product tend to appear, "
    "all look intact.",
    "Looking closely at the borders and the middle of the part, where flaws usually show, "
    "I find nothing out of place.",
)
_CHARACTERISE_DEFECT = (
    "The area shows the typical appearance of {a_name}{canonical}.",
    "Its shape and texture match {a_name}{canonical}, unlike anything on a good part.",
    "The region carries the marks of {a_name}{canonical}, with a visible change in "
    "surface and shape.",
)
_CHARACTERISE_NORMAL = (
    "The surface texture and colour are consistent, with no scratches, stains, holes or "
    "deformation.",
    "There is no sign of scratches, contamination, cracks or missing material anywhere.",
    "Colour, texture and geometry are uniform, and the part is complete.",
)
_CONCLUDE_DEFECT = (
    "In conclusion, the {product} is defective, with {type} in the {location} area.",
    "Verdict: the {product} is defective, showing {type} at the {location} of the image.",
    "Therefore this {product} is anomalous, with {type} in the {location} region.",
)
_CONCLUDE_NORMAL = (
    "In conclusion, the {product} shows no defect and is acceptable.",
    "Verdict: no visible defects; this {product} is normal.",
    "Therefore the {product} is defect-free.",
)


_CANONICAL_PHRASES = {"scratch": "a scratch", "hole": "a hole"}
"""canonical types that are countable nouns; the others read as mass nouns (contamination)"""


def type_phrase(truth: ExpertAdTruth) -> str:
    """The type the solution names, as a noun phrase for prose: ``a scratch``,
    ``contamination``, ``a broken large defect`` (a dataset name without a canonical type)."""
    if truth.canonical_type:
        return _CANONICAL_PHRASES.get(truth.canonical_type, truth.canonical_type)
    return a_defect(truth.defect_type)


def _rng(sample_id: str) -> random.Random:
    return random.Random(int(hashlib.sha256(sample_id.encode()).hexdigest()[:12], 16))


def offline_trace(
    truth: ExpertAdTruth, sample_id: str, product: str, reference: bool = False
) -> ExpertAdTrace:
    """A trace that states the ground truth in varied words."""
    rng = _rng(sample_id)
    ref = " (as in the reference image)" if reference else ""

    def pick(options: tuple[str, ...], **values: str) -> str:
        return rng.choice(options).format(product=product, reference=ref, **values)

    if not truth.anomalous:
        texts = [
            pick(_OBSERVATION),
            pick(_COMPARE_NORMAL),
            pick(_LOCATE_NORMAL),
            pick(_CHARACTERISE_NORMAL),
            pick(_CONCLUDE_NORMAL),
        ]
        answer = Answer(is_anomalous=False, defect_type=None, location=None, boxes=[])
    else:
        name = readable(truth.defect_type)
        type_ = truth.type_text
        canonical = f", a kind of {truth.canonical_type}" if truth.canonical_type else ""
        if truth.canonical_type == name:
            canonical = ""
        location = truth.location or "center"
        texts = [
            pick(_OBSERVATION),
            pick(_COMPARE_DEFECT),
            pick(_LOCATE_DEFECT, location=location),
            pick(_CHARACTERISE_DEFECT, a_name=a_defect(truth.defect_type), canonical=canonical),
            pick(_CONCLUDE_DEFECT, type=type_phrase(truth), location=location),
        ]
        answer = Answer(
            is_anomalous=True,
            defect_type=type_,
            location=truth.location,
            boxes=[list(b) for b in truth.boxes],
        )
    kinds = ("observation", "comparison", "localisation", "characterisation", "conclusion")
    steps = [
        ReasoningStep(kind=k, text=t, claims=_claims(k, truth, answer))  # type: ignore[arg-type]
        for k, t in zip(kinds, texts, strict=True)
    ]
    return ExpertAdTrace(steps=steps, answer=answer)


def _claims(kind: str, truth: ExpertAdTruth, answer: Answer) -> StepClaims | None:
    """What each offline step states (the observation states nothing)."""
    if kind == "observation":
        return None
    verdict: Literal["anomaly", "normal"] = "anomaly" if truth.anomalous else "normal"
    if not truth.anomalous or kind == "comparison":
        return StepClaims(verdict=verdict)
    return StepClaims(
        verdict=verdict,
        defect_type=answer.defect_type if kind in ("characterisation", "conclusion") else None,
        location=answer.location if kind in ("localisation", "conclusion") else None,
    )


def answer_offline(request: TeacherRequest) -> ExpertAdTrace:
    """What the offline teacher answers to an expert_ad request, from its context."""
    context = request.context
    truth = ExpertAdTruth.model_validate(context["truth"])
    return offline_trace(
        truth,
        str(context.get("sample_id") or request.sample_id or ""),
        str(context.get("product") or truth.category),
        bool(context.get("reference")),
    )


__all__ = ["answer_offline", "offline_trace"]


TEACHER_TASK = TeacherTask(TASK, ExpertAdTrace, answer_offline)
"""the teacher request of a trace: ledger name, answer model, offline answerer"""
