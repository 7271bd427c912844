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
- ``steps``: every step read against the truth and its own claims (``tasks.checks``): the
  verdict it states or implies (negation understood), the types and places it names, the
  process steps it names or cites; a failure quotes the step;
- ``leakage``: no wording refers to supervision the inspector could not see (the shared
  detector, ``core.reading.leakage``);
- ``repetition``: no sentence said twice, no n-gram filler;
- ``bounds``: length of the reasoning in characters and of the whole text in tokens (IAD-R1
  trains with ``max_completion_length`` 512), each step, and English text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from iad_data.core.defect_types import TypeTable, load_type_table, normalise_text, readable
from iad_data.core.options import TeacherStageOptions
from iad_data.core.reading import (
    Lexicon,
    count_tokens,
    load_vocabulary,
    places_in,
    read,
    verdict_of,
)
from iad_data.core.reading.words import quote, tokens
from iad_data.core.rules import RecordValidator, Rule
from iad_data.core.sample import GRID_WORDS
from iad_data.tasks.checks import (
    StepTruth,
    category_lexicon,
    category_steps,
    cause_steps_of,
    check_step,
    hedged_type,
    leak_findings,
    repetition_findings,
)
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
    min_tokens: int = 40
    """least tokens of the whole assistant text (``count_tokens``)"""
    max_tokens: int = 512
    """most tokens of the whole assistant text: IAD-R1's GRPO ``max_completion_length``"""


_ENGLISH = frozenset(
    {"the", "a", "an", "is", "are", "of", "and", "in", "on", "at", "with", "to", "this"}
    | {"that", "no", "not", "there", "it", "its"}
)
_GRID_BY_LENGTH = sorted(GRID_WORDS, key=len, reverse=True)


def grid_words_in(text: str) -> list[str]:
    """Grid words of the places running text names ("upper-left" is "top left"), in order;
    a partial place ("the lower part") or a negated one ("away from the center") is left out."""
    found = []
    for place in places_in(tokens(text), load_vocabulary()):
        if place.cell is not None and not place.negated and place.cell not in found:
            found.append(place.cell)
    return found


def _lexicon(truth: ExpertAdTruth) -> Lexicon:
    names = [truth.defect_type] if truth.anomalous else []
    return category_lexicon(truth.dataset, truth.category, names)


def step_truth(truth: ExpertAdTruth) -> StepTruth:
    """What every step of a trace is checked against (the shipped process knowledge gives
    the category's steps and the defect's causes)."""
    lexicon = _lexicon(truth)
    causes = cause_steps_of(truth.dataset, truth.category, truth.defect_type)
    return StepTruth(
        anomalous=truth.anomalous,
        lexicon=lexicon,
        defect_name=truth.defect_type if truth.anomalous else None,
        canonical=truth.canonical_type,
        location=truth.location,
        steps=category_steps(truth.dataset, truth.category),
        cause_steps=causes if truth.anomalous else (),
        strict_steps=bool(causes) and truth.anomalous,
    )


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


def type_answer_problems(words: str, truth: ExpertAdTruth) -> list[str]:
    """What is wrong with an answered type beyond its score: a hedge between types, a part
    of the product named as the type, a sibling type of the category named instead."""
    if hedged_type(words):
        return [f"defect type {words!r} hedges between alternatives; name one type"]
    lexicon = _lexicon(truth)
    key = tuple(tokens(words))
    term = lexicon.terms.get(key)
    # the screw's "thread" is a part (a stray thread is the carpet's defect, not the screw's)
    own = term is not None and (term.name is not None or step_truth(truth).type_fits(words))
    if key in lexicon.parts and not own:
        return [f"defect type {words!r} is a part of the {truth.category}, not a defect"]
    sense = lexicon.sense_of(words)
    if sense is not None and sense.name is not None and sense.name != truth.defect_type:
        return [
            f"defect type {words!r} is the category's {sense.name!r}, not "
            f"{readable(truth.defect_type)!r}"
        ]
    return []


def make_check_type(config: RuleConfig, table: TypeTable | None = None) -> RuleCheck:
    def check_type(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
        answer = record.trace.answer
        if not truth.anomalous or not answer.is_anomalous:
            return []
        words = type_text(answer) or ""
        problems = type_answer_problems(words, truth)
        if problems:
            return problems
        if step_truth(truth).type_fits(words):
            return []  # a synonym of the category's name or of its canonical type
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
        lexicon = _lexicon(truth)
        said = verdict_of(text, lexicon)
        readings = read(text, lexicon)
        out = []
        if any(r.hedged and r.stance is not None for r in readings):
            out.append(f"the conclusion hedges: {quote(text)}")
        if not answer.is_anomalous:
            if said != "normal":
                out.append(f"the answer is No but the conclusion does not say so: {quote(text)}")
            return out
        if said == "normal":
            out.append(f"the answer is Yes but the conclusion says the part is fine: {quote(text)}")
        elif said is None:
            out.append(f"the conclusion does not state a defect: {quote(text)}")
        words = type_text(answer) or ""
        answered = lexicon.sense_of(words)
        mentions = [t for r in readings for t in r.types if not (t.negated or t.dismissed)]
        named = normalise_text(words) in normalise_text(text)
        if not named and not any(
            answered is not None and lexicon.compatible(t.sense, answered) for t in mentions
        ):
            out.append(f"the conclusion does not name the answered type {words!r}: {quote(text)}")
        places = [p for r in readings for p in (*r.places, *r.loose_places)]
        if answer.location is not None:
            if not any(p.fits(answer.location, grid=True) and not p.negated for p in places):
                out.append(
                    f"the conclusion does not place the defect at {answer.location!r}: "
                    f"{quote(text)}"
                )
            # a negated place ("clear of the central cell") fits every cell but its own; a
            # place stated in the answer's cell makes a described one ("a crest near the top,
            # toward the bottom left") a place on the part
            stated = [p for r in readings for p in r.places]
            if any(p.fits(answer.location, grid=True) and not p.negated for p in stated):
                places = stated
            others = [p.words for p in places if not p.fits(answer.location, grid=True)]
            if others:
                out.append(f"the conclusion also names {', '.join(others)}: {quote(text)}")
        return out

    return check_consistency


def check_steps(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
    """Every step read against the truth and its claims (``tasks.checks.check_step``)."""
    facts = step_truth(truth)
    out: list[str] = []
    for index, step in enumerate(record.trace.steps, start=1):
        out += check_step(
            f"step {index} ({step.kind})",
            step.text,
            facts,
            claims=step.claims,
            localising=step.kind == "localisation",
            strict_types=step.kind in ("characterisation", "conclusion"),
        )
    return list(dict.fromkeys(out))


def check_repetition(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
    return repetition_findings([s.text for s in record.trace.steps])


def check_leakage(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
    texts = [(f"step {i} ({s.kind})", s.text) for i, s in enumerate(record.trace.steps, start=1)]
    think = iadr1.parse(record.text).think or ""
    if think != think_text(record.trace):
        texts.append(("the text", think))
    return leak_findings(texts)


def make_check_bounds(config: RuleConfig) -> RuleCheck:
    def check_bounds(record: ExpertAdRecord, truth: ExpertAdTruth) -> list[str]:
        out = []
        think = think_text(record.trace)
        if not config.min_think_chars <= len(think) <= config.max_think_chars:
            out.append(
                f"the reasoning has {len(think)} characters; allowed {config.min_think_chars} "
                f"to {config.max_think_chars}"
            )
        size = count_tokens(record.text)
        if not config.min_tokens <= size <= config.max_tokens:
            out.append(
                f"the text has about {size} tokens; allowed {config.min_tokens} to "
                f"{config.max_tokens}"
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
        # a tag in the reasoning breaks IAD-R1's layout; an arrow ("defect -> yes") does not
        tag = _TAG_LIKE.search(think)
        if tag:
            out.append(f"the reasoning contains {tag.group(0)!r}, a tag; write it in words")
        return out

    return check_bounds


_TAG_LIKE = re.compile(r"</?[A-Za-z_][\w-]*\s*/?>")
"""what IAD-R1's parser would take for a tag ("<answer>", "</think>", "<br/>")"""


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
        Rule("steps", "every step agrees with the truth and its claims", check_steps),
        Rule("leakage", "no reference to supervision the inspector could not see", check_leakage),
        Rule("repetition", "no repeated sentences or filler", check_repetition),
        Rule("bounds", "length and language bounds", make_check_bounds(config)),
    ]


RULES: list[ExpertAdRule] = make_rules()
"""The default Expert-AD rules."""


def rules_for(options: TeacherStageOptions) -> list[ExpertAdRule]:
    """The rules with the length bounds a stage's options set."""
    return make_rules(
        RuleConfig(min_tokens=options.min_text_tokens, max_tokens=options.max_text_tokens)
    )


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
    "RULES",
    "RuleConfig",
    "box_iou",
    "check_accuracy",
    "check_format",
    "check_leakage",
    "check_schema",
    "check_steps",
    "step_truth",
    "grid_words_in",
    "iou",
    "make_rules",
    "rules_for",
    "score_record",
    "type_match",
]
