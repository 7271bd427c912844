"""Validation rules for ``instruct_iad`` records, run by the rule engine of ``validation``.

A rule reads a record and the ground truth it must agree with (``InstructTruth``, built from
the sample and the category's process knowledge) and returns one message per problem; an
empty list is a pass. ``synthesize_instruct`` checks every record with freshly built truth;
``iad-data validate`` (``validation.validate_path``) checks a records file against the JSON
Schema and then these rules, with the truth each record carries.
"""

from __future__ import annotations

import re

from iad_data.core.rules import Findings, RecordValidator, Rule, run_rules
from iad_data.core.sample import GRID_WORDS, normalise_defect_type
from iad_data.tasks.instruct_iad.record import KNOWLEDGE_TASKS, InstructRecord, InstructTruth

MAX_MESSAGES = 12
MIN_TEACHER_MESSAGES = 4
MAX_USER_CHARS = 600
"""a user question, without the image token and the process text in front of it"""
MAX_ASSISTANT_CHARS = 1200
MIN_TEACHER_ASSISTANT_CHARS = 20

STEP_CITATION = re.compile(r"\[step:([^\]\s]*)\]")
"""Inline citation of a process step in a turn: ``[step:blow_moulding]``."""

HINT_PHRASES = (
    "ground truth",
    "ground-truth",
    "annotation",
    "annotations",
    "annotated",
    "segmentation mask",
    "defect mask",
    "labelled as",
    "labeled as",
    "i was told",
    "i am told",
    "according to the provided",
    "the given answer",
)
"""Words that give away that the answer was handed over rather than seen."""

GENERIC_TYPES = frozenset({"defective", "defect", "anomalous", "anomaly", "abnormal", "bad", "ng"})
"""Defect names that say no more than the verdict (single-type categories): a question may
use the word ("if this toothbrush is defective") without giving the type away."""

_PROCESS_LINE = re.compile(r"^(the following is the production process of .*|\d+\. .*)$")
_LOCATIONS = sorted(GRID_WORDS, key=len, reverse=True)
_LOCATION_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in _LOCATIONS) + r")\b")


def words(text: str) -> str:
    """Lower case, ``_`` and ``-`` as spaces, one space between words: what names match on."""
    return " ".join(re.sub(r"[_\-]", " ", text.lower()).split())


_HINT_RE = re.compile(
    r"\b("
    + "|".join(sorted({re.escape(words(p)) for p in HINT_PHRASES}, key=len, reverse=True))
    + r")\b"
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
        lead = re.match(r"\s*(yes|no)\b", answers[0].lower())
        if lead:
            said = "anomaly" if lead.group(1) == "yes" else "normal"
            if said != truth.label:
                out.append(f"first answer opens with {lead.group(1)!r} for a {truth.label} part")
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
    if normalise_defect_type(claimed) not in names:
        out.append(f"defect type {claimed!r} contradicts the ground truth {truth.defect_type!r}")
    if not any(mentions(text, name) for name in names):
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
        said = set(_LOCATION_RE.findall(words(" ".join(_turns(record, "assistant")))))
        if claims.location not in said:
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
    for message in record.messages:
        for phrase in dict.fromkeys(_HINT_RE.findall(words(message.content))):
            out.append(f"{message.role} turn says {phrase!r}")
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


def check_bounds(record: InstructRecord, truth: InstructTruth) -> list[str]:
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
    Rule("no_hint_leakage", "questions do not give the answer away", check_no_hint_leakage),
    Rule("bounds", "turn count and turn lengths within limits", check_bounds),
)
"""Every rule an ``instruct_iad`` record must pass (after its JSON Schema), in report order."""


def check_record(record: InstructRecord, truth: InstructTruth) -> Findings:
    """Findings per failed rule name; an empty dict is a valid record."""
    return run_rules(INSTRUCT_RULES, record, truth)


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
    "HINT_PHRASES",
    "INSTRUCT_RULES",
    "STEP_CITATION",
    "check_record",
    "cited_steps",
    "mentions",
    "question_text",
]
