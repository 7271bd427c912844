"""Validation rules for ``instruct_iad`` records, run by the rule engine of ``validation``.

A rule reads a record and the ground truth it must agree with (``InstructTruth``, built from
the sample and the category's process knowledge) and returns one message per problem; an
empty list is a pass. ``synthesize_instruct`` checks every record with freshly built truth;
``iad-data validate`` (``validation.validate_path``) checks a records file against the JSON
Schema and then these rules, with the truth each record carries.

Every assistant turn is read (``turns``, with ``tasks.checks.check_step``): the verdict it
states or implies, the types and places it names (natural wording: "upper left", "the lower
part", a synonym or the canonical type), the process steps it cites or names in prose, and
its claims. Leakage uses the detector every record set shares.
"""

from __future__ import annotations

import re

from iad_data.core.defect_types import load_type_table
from iad_data.core.options import TeacherStageOptions
from iad_data.core.reading import count_tokens, find_leaks, read, verdict_of
from iad_data.core.reading.steps import STEP_CITATION
from iad_data.core.reading.words import quote
from iad_data.core.rules import Findings, RecordValidator, Rule, run_rules
from iad_data.core.sample import normalise_defect_type
from iad_data.tasks.checks import (
    StepTruth,
    category_lexicon,
    category_steps,
    check_step,
    hedged_type,
    repetition_findings,
)
from iad_data.tasks.instruct_iad.record import KNOWLEDGE_TASKS, InstructRecord, InstructTruth

MAX_MESSAGES = 12
MIN_TEACHER_MESSAGES = 4
MAX_USER_CHARS = 600
"""a user question, without the image token and the process text in front of it"""
MAX_ASSISTANT_CHARS = 1200
MIN_TEACHER_ASSISTANT_CHARS = 20
MAX_ASSISTANT_TOKENS = 512
"""most tokens of one assistant turn (``core.reading.count_tokens``)"""

GENERIC_TYPES = frozenset({"defective", "defect", "anomalous", "anomaly", "abnormal", "bad", "ng"})
"""Defect names that say no more than the verdict (single-type categories): a question may
use the word ("if this toothbrush is defective") without giving the type away."""

_PROCESS_LINE = re.compile(r"^(the following is the production process of .*|\d+\. .*)$")


def words(text: str) -> str:
    """Lower case, ``_`` and ``-`` as spaces, one space between words: what names match on."""
    return " ".join(re.sub(r"[_\-]", " ", text.lower()).split())


def step_truth(truth: InstructTruth) -> StepTruth:
    """What every assistant turn is checked against."""
    anomalous = truth.label == "anomaly"
    names = [n for n in [truth.defect_type, *truth.defect_names, *truth.other_defect_names] if n]
    aliases = {truth.defect_names[0]: truth.defect_names[1:]} if truth.defect_names else {}
    lexicon = category_lexicon(truth.dataset, truth.category, names, aliases)
    if truth.step_names and len(truth.step_names) == len(truth.steps):
        steps = dict(zip(truth.steps, truth.step_names, strict=True))
    else:
        known = category_steps(truth.dataset, truth.category)
        steps = {s: known.get(s, s.replace("_", " ")) for s in truth.steps}
    key = truth.defect_names[0] if truth.defect_names else truth.defect_type
    canonical = (
        load_type_table().resolve(truth.dataset, truth.category, truth.defect_type).canonical
        if anomalous
        else None
    )
    return StepTruth(
        anomalous=anomalous,
        lexicon=lexicon,
        defect_name=key if anomalous else None,
        canonical=canonical,
        location=truth.location,
        steps=steps,
        cause_steps=truth.cause_steps,
        strict_steps=anomalous,
    )


def mentions(text: str, name: str) -> bool:
    """Does ``text`` name ``name`` (a defect or location name) as whole words?"""
    return re.search(r"\b" + re.escape(words(name)) + r"\b", words(text)) is not None


def question_text(content: str) -> str:
    """A user turn without the image token and the process text in front of the question."""
    lines = content.replace("<image>", "").splitlines()
    return "\n".join(line for line in lines if not _PROCESS_LINE.match(line.strip().lower()))


def _turns(record: InstructRecord, role: str) -> list[str]:
    return [m.content for m in record.messages if m.role == role]


def cited_steps(record: InstructRecord) -> list[str]:
    """Steps the record cites: its claims and every inline ``[step:id]``, in order, once."""
    found = list(record.claims.cited_steps)
    for text in _turns(record, "assistant") + _turns(record, "user"):
        found.extend(STEP_CITATION.findall(text))
    return list(dict.fromkeys(found))


def check_conversation(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """Roles alternate user/assistant (after an optional system turn); image tokens fit."""
    out: list[str] = []
    if record.config != "instruct_iad":
        out.append(f"config is {record.config!r}, not 'instruct_iad'")
    turns = [m for m in record.messages if m.role != "system"]
    if any(m.role == "system" for m in record.messages[1:]):
        out.append("a system turn may only come first")
    if len(turns) < 2:
        out.append(f"{len(turns)} user/assistant turns; a conversation needs at least 2")
    for i, message in enumerate(turns):
        want = "user" if i % 2 == 0 else "assistant"
        if message.role != want:
            out.append(f"turn {i + 1} is {message.role}, expected {want} (roles alternate)")
            break
    if turns and turns[-1].role != "assistant":
        out.append("the last turn must be the assistant's")
    if not record.images:
        out.append("no image referenced")
    if len(record.image_paths) != len(record.images):
        out.append(f"{len(record.image_paths)} image paths for {len(record.images)} images")
    tokens = [m.content.count("<image>") for m in turns]
    if tokens and tokens[0] != len(record.images):
        out.append(
            f"first user turn has {tokens[0]} <image> tokens for {len(record.images)} images"
        )
    if any(tokens[1:]):
        out.append("<image> tokens appear after the first user turn")
    if record.task in KNOWLEDGE_TASKS and truth.label == "normal":
        out.append(f"task {record.task} needs a defect, but the sample is normal")
    if record.sample_id not in record.images:
        out.append(f"images does not list the sample {record.sample_id}")
    return out


def check_verdict(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """The verdict claimed (and a leading Yes/No in the first answer) is the label's."""
    out: list[str] = []
    claimed = record.claims.verdict
    if claimed is None and record.source == "teacher":
        out.append("the conversation states no verdict")
    elif claimed is not None and claimed != truth.label:
        out.append(f"verdict {claimed!r} contradicts the ground truth {truth.label!r}")
    answers = _turns(record, "assistant")
    if answers:
        # "Yes." / "No," open an answer; "No way this passes" or "No defects" is a statement
        lead = re.match(r"\s*(yes|no)\b(?=\s*(?:[.,;:!\-\u2013\u2014]|$))", answers[0].lower())
        if lead:
            said = "anomaly" if lead.group(1) == "yes" else "normal"
            if said != truth.label:
                out.append(f"first answer opens with {lead.group(1)!r} for a {truth.label} part")
        stated = verdict_of(answers[0], step_truth(truth).lexicon)
        if stated is not None and stated != truth.label and not lead:
            out.append(f"the first answer says the part is {stated}: {quote(answers[0])}")
    return out


def check_defect_type(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """The type claimed is the ground truth's (or an alias); the answers name it."""
    out: list[str] = []
    claimed = record.claims.defect_type
    text = " ".join(_turns(record, "assistant"))
    if truth.label == "normal":
        if claimed is not None and normalise_defect_type(claimed) not in ("good", "none"):
            out.append(f"defect type {claimed!r} claimed for a normal part")
        return out
    names = truth.defect_names or [truth.defect_type]
    if claimed is None:
        if record.source == "teacher" or record.task in ("classification", "cause", "remedy"):
            out.append("no defect type stated")
        return out
    if hedged_type(claimed):
        return [f"defect type {claimed!r} hedges between alternatives; name one type"]
    facts = step_truth(truth)
    if normalise_defect_type(claimed) not in names and facts.type_fits(claimed) is not True:
        out.append(f"defect type {claimed!r} contradicts the ground truth {truth.defect_type!r}")
    # a defect placed without a verb ("Yes. A score mark on the neck, in the right.") names
    # its type as a stated one does
    readings = read(text, facts.lexicon)
    said = [t for r in readings for t in r.asserted_types]
    for r in readings:
        placed = r.placed_defect
        said += [t for t in r.types if t.words in placed]
    named = facts.defect_name in facts.lexicon.names  # "other", "combined" name nothing
    if named and not any(mentions(text, n) for n in names) and not any(facts.fits(t) for t in said):
        wrong = [n for n in truth.other_defect_names if mentions(text, n)]
        extra = f" (names {', '.join(wrong)} instead)" if wrong else ""
        out.append(f"no answer names the defect type {truth.defect_type!r}{extra}")
    return out


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ix = min(a[2], b[2]) - max(a[0], b[0]) + 1
    iy = min(a[3], b[3]) - max(a[1], b[1]) + 1
    if ix <= 0 or iy <= 0:
        return 0.0
    inter = ix * iy
    area_a = (a[2] - a[0] + 1) * (a[3] - a[1] + 1)
    area_b = (b[2] - b[0] + 1) * (b[3] - b[1] + 1)
    return inter / (area_a + area_b - inter)


def check_location(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """Grid word claimed is the ground truth's and appears in the answers; boxes overlap."""
    out: list[str] = []
    claims = record.claims
    if truth.label == "normal":
        if claims.location is not None or claims.boxes:
            out.append("a location is claimed for a normal part")
        return out
    if claims.location is None:
        if record.task == "localisation" or (record.source == "teacher" and truth.location):
            out.append("no location stated")
    elif truth.location is not None and claims.location != truth.location:
        out.append(f"location {claims.location!r} contradicts the ground truth {truth.location!r}")
    elif claims.location is not None:
        facts = step_truth(truth)
        places = [
            p
            for a in _turns(record, "assistant")
            for r in read(a, facts.lexicon)
            for p in (*r.places, *r.loose_places)
        ]
        if not any(p.fits(claims.location) and not p.negated for p in places):
            out.append(f"no answer says the location {claims.location!r} in words")
    for box in claims.boxes:
        best = max((_iou(box, t) for t in truth.boxes), default=0.0)
        if best < 0.5:
            out.append(f"box {list(box)} matches no ground-truth region (best IoU {best:.2f})")
    return out


def check_steps_exist(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """Every cited step is a step of this category's knowledge file."""
    known = set(truth.steps)
    where = truth.knowledge_source or f"no knowledge file for {truth.dataset}/{truth.category}"
    return [
        f"cites step {step!r}, which is not a step of {truth.category} ({where})"
        for step in cited_steps(record)
        if step not in known
    ]


def check_steps_cause_defect(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """For a defect, cited steps are among its listed causes; cause tasks cite at least one."""
    if truth.label == "normal":
        return []
    cited = cited_steps(record)
    out = [
        f"cites step {step!r}, which is not listed as a cause of {truth.defect_type} "
        f"(causes: {', '.join(truth.cause_steps) or 'none known'})"
        for step in cited
        if step in truth.steps and step not in truth.cause_steps
    ]
    needs = record.task in KNOWLEDGE_TASKS or record.source == "teacher"
    if needs and not any(step in truth.cause_steps for step in cited):
        out.append(f"names no cause step of {truth.defect_type} as [step:<id>]")
    return out


def check_no_hint_leakage(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """Questions do not give away the answer; no turn says the answer was handed over."""
    out: list[str] = []
    for i, message in enumerate(record.messages, start=1):
        text = question_text(message.content) if message.role == "user" else message.content
        for leak in find_leaks(text):
            out.append(
                f"turn {i} ({message.role}) refers to supervision the inspector could not see "
                f"({leak.words!r}): {quote(leak.sentence)}"
            )
    if truth.label == "normal":
        return out
    for message in record.messages:
        if message.role != "user":
            continue
        question = question_text(message.content)
        names = truth.defect_names or [truth.defect_type]
        named = [n for n in names if mentions(question, n) and n not in GENERIC_TYPES]
        offered_all = mentions(question, "none") and all(
            mentions(question, n) for n in truth.other_defect_names
        )
        if named and not offered_all:
            out.append(f"a question names the defect type {named[0]!r}")
        unnamed = words(question)
        for name in [*names, *truth.other_defect_names]:  # "thread top" is a type, not a place
            unnamed = re.sub(r"\b" + re.escape(words(name)) + r"\b", " ", unnamed)
        if truth.location and mentions(unnamed, truth.location):
            out.append(f"a question names the location {truth.location!r}")
        if STEP_CITATION.search(question):
            out.append("a question cites a process step")
    return out


def check_turns(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """Every assistant turn read against the truth and its claims."""
    facts = step_truth(truth)
    claims = list(record.turn_claims)
    out: list[str] = []
    turns = [m for m in record.messages if m.role != "system"]
    answer = 0
    for i, message in enumerate(turns, start=1):
        if message.role != "assistant":
            continue
        claim = claims[answer] if answer < len(claims) else None
        answer += 1
        out += check_step(
            f"answer {answer} (turn {i})",
            message.content,
            facts,
            claims=claim,
            localising=record.task == "localisation",
        )
    return list(dict.fromkeys(out))


def check_repetition(record: InstructRecord, truth: InstructTruth) -> list[str]:
    """No assistant sentence said twice, no filler."""
    return repetition_findings(_turns(record, "assistant"))


def check_bounds(
    record: InstructRecord, truth: InstructTruth, max_tokens: int = MAX_ASSISTANT_TOKENS
) -> list[str]:
    """Turn count and turn lengths inside the limits that keep records trainable."""
    out: list[str] = []
    turns = [m for m in record.messages if m.role != "system"]
    low = MIN_TEACHER_MESSAGES if record.source == "teacher" else 2
    if not low <= len(turns) <= MAX_MESSAGES:
        out.append(f"{len(turns)} turns; allowed {low} to {MAX_MESSAGES}")
    for i, message in enumerate(turns, start=1):
        if message.role == "user":
            size = len(question_text(message.content).strip())
            if size == 0 or size > MAX_USER_CHARS:
                out.append(f"turn {i} (user) has {size} characters; allowed 1 to {MAX_USER_CHARS}")
        else:
            size = len(message.content.strip())
            least = MIN_TEACHER_ASSISTANT_CHARS if record.source == "teacher" else 1
            if not least <= size <= MAX_ASSISTANT_CHARS:
                out.append(
                    f"turn {i} (assistant) has {size} characters; allowed {least} to "
                    f"{MAX_ASSISTANT_CHARS}"
                )
            tokens = count_tokens(message.content)
            if tokens > max_tokens:
                out.append(f"turn {i} (assistant) has about {tokens} tokens; at most {max_tokens}")
    return out


INSTRUCT_RULES: tuple[Rule[InstructRecord, InstructTruth], ...] = (
    Rule(
        "conversation", "roles alternate, image tokens fit, task fits the label", check_conversation
    ),
    Rule("verdict", "the verdict is the ground-truth label", check_verdict),
    Rule("defect_type", "the type named is the ground-truth type (or an alias)", check_defect_type),
    Rule("location", "grid word and boxes agree with the mask", check_location),
    Rule("steps_exist", "cited steps are steps of the category's knowledge", check_steps_exist),
    Rule(
        "steps_cause_defect",
        "cited steps are listed causes of the defect; cause answers cite one",
        check_steps_cause_defect,
    ),
    Rule("turns", "every answer agrees with the truth and its claims", check_turns),
    Rule(
        "no_hint_leakage",
        "questions do not give the answer away; no reference to supervision",
        check_no_hint_leakage,
    ),
    Rule("repetition", "no repeated sentences or filler", check_repetition),
    Rule("bounds", "turn count and turn lengths within limits", check_bounds),
)
"""Every rule an ``instruct_iad`` record must pass (after its JSON Schema), in report order."""


def rules_for(options: TeacherStageOptions) -> tuple[Rule[InstructRecord, InstructTruth], ...]:
    """The rules with the length bound a stage's options set."""
    limit = options.max_text_tokens

    def bounds(record: InstructRecord, truth: InstructTruth) -> list[str]:
        return check_bounds(record, truth, limit)

    return tuple(
        Rule(r.name, r.description, bounds) if r.name == "bounds" else r for r in INSTRUCT_RULES
    )


def check_record(
    record: InstructRecord, truth: InstructTruth, options: TeacherStageOptions | None = None
) -> Findings:
    """Findings per failed rule name; an empty dict is a valid record."""
    return run_rules(rules_for(options) if options else INSTRUCT_RULES, record, truth)


VALIDATOR = RecordValidator(
    config="instruct_iad",
    model=InstructRecord,
    rules=INSTRUCT_RULES,
    truth=lambda record: record.truth,
    group=lambda record: f"{record.dataset}/{record.category}",
)
"""how ``iad-data validate`` and the registry check this record set"""


__all__ = [
    "GENERIC_TYPES",
    "INSTRUCT_RULES",
    "STEP_CITATION",
    "check_record",
    "cited_steps",
    "mentions",
    "question_text",
    "rules_for",
    "step_truth",
]
