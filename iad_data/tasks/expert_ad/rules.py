"""Validation rules for Expert-AD traces, and the scores IAD-R1's rewards give them.

Each rule reads an ``ExpertAdRecord`` and its ``ExpertAdTruth`` and returns one message per
problem. Rules, in report order:

- ``schema``: steps in order (observation -> conclusion), the answer's fields fit its verdict,
  boxes follow the convention, and the text, messages and solution are what the trace renders;
- ``format``: IAD-R1's structure rule on the text (each tag once, in order, nothing else);
- ``accuracy``: Yes/No matches the label;
- ``type``: the type's IAD-R1 score against the dataset's name or its canonical type reaches
  the threshold (same canonical type passes by default; same group does not);
- ``location``: the word names the ground truth's grid cell; each box reaches the IoU threshold;
- ``consistency``: the conclusion in ``<think>`` states the same verdict, type and place;
- ``leakage``: the text does not cite the hint ("as given", "ground truth", "the mask", ...);
- ``bounds``: length of the reasoning and of each step, and English text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from iad_data.core.defect_types import TypeTable, load_type_table, normalise_text, readable
from iad_data.core.rules import RecordValidator, Rule
from iad_data.core.sample import GRID_WORDS
from iad_data.tasks.expert_ad import text as iadr1
from iad_data.tasks.expert_ad.record import (
    CONFIG,
    STEP_KINDS,
    ExpertAdRecord,
    ExpertAdTruth,
    render_trace,
    think_text,
    type_text,
)
from iad_data.tasks.expert_ad.rewards import iadr1_scores

ExpertAdRule = Rule[ExpertAdRecord, ExpertAdTruth]
RuleCheck = Callable[[ExpertAdRecord, ExpertAdTruth], list[str]]


@dataclass(frozen=True)
class RuleConfig:
    """Thresholds of the Expert-AD rules."""

    type_threshold: float = 0.6
    """least IAD-R1 type score that passes: 0.6 = same canonical type, 0.3 = same group"""
    iou_threshold: float = 0.5
    """least IoU of each answered box with its best ground-truth box"""
    min_think_chars: int = 120
    max_think_chars: int = 4000
    min_step_chars: int = 15
    max_steps: int = 12
    max_type_chars: int = 40


LEAK_PATTERNS: tuple[str, ...] = (
    r"\bas given\b",
    r"\bas stated\b",
    r"\bas (?:i was|we were|i am|we are) told\b",
    r"\b(?:i was|we were|i am|we are|i've been|we've been) told\b",
    r"\bground[- ]truth\b",
    r"\bthe (?:segmentation |binary |defect )?masks?\b",
    r"\bannotat(?:ion|ions|ed|or)\b",
    r"\bthe (?:given|provided|expected|reference) (?:answer|label|solution|type|location)\b",
    r"\bthe labels? (?:says?|indicates?|states?|shows?)\b",
    r"\b(?:the|a|this) hint\b(?! of)",
    r"\bhints? (?:says?|given|provided|states?)\b",
    r"\bbounding box(?:es)?\b",
    r"\bthe prompt\b",
)
"""Phrases that cite the ground truth the grounded prompt gives instead of the image."""
_LEAK_RE = re.compile("|".join(LEAK_PATTERNS), re.IGNORECASE)

NO_DEFECT_RE = re.compile(
    r"\b(?:no|not any|without(?: any)?|free of(?: any)?|zero)\s+(?:\w+\s+){0,2}"
    r"(?:defects?|anomal(?:y|ies)|flaws?|damage|irregularit(?:y|ies))\b"
    r"|\bdefect[- ]free\b|\bflawless\b|\bis normal\b|\bappears normal\b",
    re.IGNORECASE,
)
"""How a conclusion says a part is fine."""
DEFECT_RE = re.compile(r"\b(?:defect\w*|anomal\w*|flaw\w*)\b", re.IGNORECASE)

_ENGLISH = frozenset(
    {"the", "a", "an", "is", "are", "of", "and", "in", "on", "at", "with", "to", "this"}
    | {"that", "no", "not", "there", "it", "its"}
)
_GRID_BY_LENGTH = sorted(GRID_WORDS, key=len, reverse=True)


def grid_words_in(text: str) -> list[str]:
    """Grid location words in running text, longest first ("top left" is not also "top")."""
    rest = f" {normalise_text(text).replace('-', ' ')} "
    rest = rest.replace(" centre ", " center ").replace(" upper ", " top ")
    rest = rest.replace(" lower ", " bottom ").replace(" middle ", " center ")
    found = []
    for word in _GRID_BY_LENGTH:
        padded = f" {word} "
        if padded in rest:
            found.append(word)
            rest = rest.replace(padded, " | ")
    return found


def iou(a: list[float], b: list[float]) -> float:
    """Intersection over union of two ``[x1, y1, x2, y2]`` boxes (x2, y2 exclusive)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def box_iou(boxes: list[list[float]], truth: list[list[float]]) -> float | None:
    """Least, over answered boxes, of the best IoU with a ground-truth box; None if no boxes."""
    if not boxes or not truth:
        return None
    valid = [b for b in boxes if len(b) == 4]
    if not valid:
        return 0.0
    return min(max(iou(b, t) for t in truth) for b in valid)


def type_match(predicted: str | None, truth: ExpertAdTruth, table: TypeTable) -> float:
    """IAD-R1's type score of an answer against the dataset name or the canonical type."""
    if not predicted or not truth.anomalous:
        return 0.0
    name = readable(truth.defect_type)
    if truth.canonical_type is None:
        if normalise_text(predicted) == name:
            return 1.0
        return 0.6 if table.best_match(predicted)[0] is not None else 0.0
    return max(
        iadr1.rich_type_score(predicted, name, table),
        iadr1.rich_type_score(predicted, truth.canonical_type, table),
    )


# ------------------------------------------------------------------ rules


def check_schema(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
    out: list[str] = []
    steps = record.trace.steps
    kinds = [s.kind for s in steps]
    missing = [k for k in STEP_KINDS if k not in kinds]
    if missing:
        out.append(
            f"reasoning steps lack {', '.join(missing)}; give all of {', '.join(STEP_KINDS)}"
        )
    order = [STEP_KINDS.index(k) for k in kinds]
    if order != sorted(order):
        out.append(f"reasoning steps are out of order ({' -> '.join(kinds)}); follow {STEP_KINDS}")
    elif kinds and kinds[-1] != "conclusion":
        out.append("the last reasoning step must be the conclusion")
    for index, step in enumerate(steps):
        if not step.text.strip():
            out.append(f"step {index + 1} ({step.kind}) is empty")
    answer = record.trace.answer
    if answer.is_anomalous:
        if not (answer.defect_type or "").strip():
            out.append("an anomalous answer needs a defect_type")
        if answer.location is None:
            out.append("an anomalous answer needs a location word")
    else:
        if answer.defect_type or answer.location or answer.boxes:
            out.append("a normal answer must have defect_type null, location null and no boxes")
    for index, box in enumerate(answer.boxes):
        if len(box) != 4:
            out.append(f"box {index + 1} has {len(box)} numbers; give [x1, y1, x2, y2]")
        elif not all(0.0 <= v <= 1.0 for v in box) or box[0] >= box[2] or box[1] >= box[3]:
            out.append(
                f"box {index + 1} {box} is not [x1, y1, x2, y2] fractions in [0, 1] with "
                "x1 < x2 and y1 < y2"
            )
    if record.text != render_trace(record.trace):
        out.append("text is not the IAD-R1 rendering of the trace")
    if not record.messages or record.messages[-1].content != record.text:
        out.append("the last message is not the record's text")
    if record.solution != truth.solution():
        out.append(f"solution {record.solution!r} is not the ground truth's {truth.solution()!r}")
    if record.sample_id not in record.images:
        out.append("images do not list the record's sample")
    return out


def check_format(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
    return list(iadr1.parse(record.text).problems)


def check_accuracy(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
    said = iadr1.parse(record.text).answer
    if said is None:
        return ["no answer to compare with the label"]
    expected = "Yes" if truth.anomalous else "No"
    if said.strip() != expected:
        return [f"the answer is {said.strip()!r} but the image is {truth.label}: answer {expected}"]
    return []


def make_check_type(config: RuleConfig, table: TypeTable | None = None) -> RuleCheck:
    def check_type(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
        answer = record.trace.answer
        if not truth.anomalous or not answer.is_anomalous:
            return []
        words = type_text(answer)
        score = type_match(words, truth, table or load_type_table())
        if score < config.type_threshold:
            wanted = readable(truth.defect_type)
            if truth.canonical_type:
                wanted += f" (canonical type: {truth.canonical_type})"
            return [
                f"defect type {words!r} scores {score:.2f} against {wanted}, below "
                f"{config.type_threshold:.2f}"
            ]
        return []

    return check_type


def make_check_location(config: RuleConfig) -> RuleCheck:
    def check_location(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
        answer = record.trace.answer
        if not truth.anomalous or not answer.is_anomalous:
            return []
        out = []
        said = iadr1.parse(record.text).location or answer.location or ""
        if truth.location is not None and iadr1.grid_word_of(said) != truth.location:
            out.append(f"location {said!r} is not the defect's grid cell {truth.location!r}")
        overlap = box_iou(answer.boxes, truth.boxes)
        if overlap is not None and overlap < config.iou_threshold:
            out.append(
                f"a box overlaps the defect with IoU {overlap:.2f}, below "
                f"{config.iou_threshold:.2f}; boxes are {answer.boxes}"
            )
        return out

    return check_location


def make_check_consistency(table: TypeTable | None = None) -> RuleCheck:
    def check_consistency(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
        conclusions = [s.text for s in record.trace.steps if s.kind == "conclusion"]
        if not conclusions:
            return ["no conclusion step to compare with the answer"]
        text = conclusions[-1]
        answer = record.trace.answer
        says_fine = bool(NO_DEFECT_RE.search(text))
        if not answer.is_anomalous:
            out = []
            if not says_fine:
                out.append(f"the answer is No but the conclusion does not say so: {text!r}")
            return out
        out = []
        if says_fine:
            out.append(f"the answer is Yes but the conclusion says the part is fine: {text!r}")
        words = type_text(answer) or ""
        types = table or load_type_table()
        named = normalise_text(words) in normalise_text(text)
        canonical = types.best_match(words)[0]
        if not named and (canonical is None or canonical not in types.mentions(text)):
            out.append(f"the conclusion does not name the answered type {words!r}: {text!r}")
        if not named and not DEFECT_RE.search(text) and canonical is None:
            out.append(f"the conclusion does not state a defect: {text!r}")
        places = grid_words_in(text)
        if answer.location not in places:
            out.append(f"the conclusion does not place the defect at {answer.location!r}: {text!r}")
        elif len(places) > 1:
            others = [p for p in places if p != answer.location]
            out.append(f"the conclusion also names {', '.join(others)}: {text!r}")
        return out

    return check_consistency


def check_leakage(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
    text = think_text(record.trace) + "\n" + (iadr1.parse(record.text).think or "")
    found = sorted({m.group(0).lower() for m in _LEAK_RE.finditer(text)})
    if found:
        return [
            f"the reasoning cites the hint ({', '.join(repr(f) for f in found)}); reason from "
            "what the image shows"
        ]
    return []


def make_check_bounds(config: RuleConfig) -> RuleCheck:
    def check_bounds(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
        out = []
        think = think_text(record.trace)
        if not config.min_think_chars <= len(think) <= config.max_think_chars:
            out.append(
                f"the reasoning has {len(think)} characters; allowed {config.min_think_chars} "
                f"to {config.max_think_chars}"
            )
        if len(record.trace.steps) > config.max_steps:
            out.append(f"{len(record.trace.steps)} steps; at most {config.max_steps}")
        for index, step in enumerate(record.trace.steps):
            if 0 < len(step.text.strip()) < config.min_step_chars:
                out.append(
                    f"step {index + 1} ({step.kind}) is shorter than {config.min_step_chars}"
                )
        words = type_text(record.trace.answer) or ""
        if len(words) > config.max_type_chars:
            out.append(f"defect type has {len(words)} characters; at most {config.max_type_chars}")
        letters = [c for c in think if c.isalpha()]
        foreign = sum(1 for c in letters if not c.isascii())
        if letters and foreign / len(letters) > 0.02:
            out.append(f"{foreign} of {len(letters)} letters are not English; write in English")
        tokens = re.findall(r"[a-z]+", think.lower())
        if sum(1 for t in tokens if t in _ENGLISH) < 3:
            out.append("the reasoning does not read as English prose")
        if "<" in think or ">" in think:
            out.append("the reasoning contains '<' or '>', which would break the tags")
        return out

    return check_bounds


def make_rules(
    config: RuleConfig | None = None, table: TypeTable | None = None
) -> list[ExpertAdRule]:
    """The Expert-AD rules with the given thresholds, in report order."""
    config = config or RuleConfig()
    return [
        Rule("schema", "trace structure, answer fields, boxes and rendering", check_schema),
        Rule("format", "IAD-R1 tag structure: each tag once, in order", check_format),
        Rule("accuracy", "Yes/No matches the label", check_accuracy),
        Rule("type", "type score reaches the threshold", make_check_type(config, table)),
        Rule("location", "grid word and box IoU match the defect", make_check_location(config)),
        Rule("consistency", "conclusion agrees with the answer", make_check_consistency(table)),
        Rule("leakage", "no citing of the hint", check_leakage),
        Rule("bounds", "length and language bounds", make_check_bounds(config)),
    ]


RULES: list[ExpertAdRule] = make_rules()
"""The default Expert-AD rules."""


def score_record(record: ExpertAdRecord, table: TypeTable | None = None) -> dict[str, float]:
    """IAD-R1's rewards of the record's text against its ground truth, plus diagnostics.

    ``format``, ``accuracy`` and (anomalous truth) ``type``, ``location``: exactly what
    IAD-R1's reward code gives this text (``rewards.iadr1_scores``: what a policy writing it
    would earn); ``verdict``: 1 when Yes/No is right; ``type_match``: the type rule's richer
    score (synonyms per category); ``box_iou``: the location rule's IoU (absent without boxes).
    """
    table = table or load_type_table()
    truth = record.truth
    scores = iadr1_scores(record.text, truth.solution())
    said = (iadr1.parse(record.text).answer or "").strip()
    scores["verdict"] = 1.0 if said == ("Yes" if truth.anomalous else "No") else 0.0
    if truth.anomalous:
        scores["type_match"] = round(type_match(type_text(record.trace.answer), truth, table), 4)
        overlap = box_iou(record.trace.answer.boxes, truth.boxes)
        if overlap is not None:
            scores["box_iou"] = round(overlap, 4)
    return scores


VALIDATOR = RecordValidator(
    config=CONFIG,
    model=ExpertAdRecord,
    rules=RULES,
    truth=lambda record: record.truth,
    scores=score_record,
    group=lambda record: f"{record.truth.dataset}/{record.truth.category}",
)
"""how ``iad-data validate`` and the registry check this record set"""


__all__ = [
    "LEAK_PATTERNS",
    "RULES",
    "RuleConfig",
    "box_iou",
    "check_accuracy",
    "check_format",
    "check_leakage",
    "check_schema",
    "grid_words_in",
    "iou",
    "make_rules",
    "score_record",
    "type_match",
]
