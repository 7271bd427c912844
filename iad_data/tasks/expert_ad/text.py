"""IAD-R1's training text: render and parse its tags; the structure (format) check.

The format (from the public training code of Yanhui-Lee/IAD-R1)::

    normal:    <think>.</think><answer>No</answer>
    anomalous: <think>.</think><location>top left</location><type>scratch</type><answer>Yes</answer>

IAD-R1's rewards themselves, exactly as its code computes them, are in ``rewards.py``; the
type rule grades types with ``rich_type_score``, IAD-R1's grading over iad-data's richer
type table (synonyms per category; underscores count as spaces, so ``broken_large`` matches
``broken large``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from iad_data.core.defect_types import (
    FUZZY_THRESHOLD,
    GROUP_OF,
    GROUP_WORDS,
    TypeTable,
    normalise_text,
)
from iad_data.core.sample import GRID_WORDS

QUESTION = "Are there any defects in the query image?"
USER_PROMPT = f"<image>\n{QUESTION}"
"""The user turn of every zero-shot IAD-R1 record (one image)."""
ONE_SHOT_PROMPT = (
    "<image>\n<image>\nThe first image shows a defect-free reference of the same product. "
    + QUESTION
)
"""The user turn of the one-shot variant: normal reference first, then the query."""

TAGS = ("think", "location", "type", "answer")

_NORMAL_RE = re.compile(r"<think>(.*?)</think><answer>(.*?)</answer>", re.DOTALL)
_ANOMALOUS_RE = re.compile(
    r"<think>(.*?)</think><location>(.*?)</location><type>(.*?)</type><answer>(.*?)</answer>",
    re.DOTALL,
)
_IADR1_NO = re.compile(
    r"^(?!.*<location>)(?!.*<type>).*<think>.*?</think><answer>.*?</answer>.*$", re.DOTALL
)
_IADR1_YES = re.compile(
    r".*<think>.*?</think><location>.*?</location><type>.*?</type><answer>.*?</answer>.*",
    re.DOTALL,
)


def render(think: str, anomalous: bool, location: str | None, defect_type: str | None) -> str:
    """The assistant text IAD-R1 trains on."""
    return f"<think>{think}</think>{answer_part(anomalous, location, defect_type)}"


def answer_part(anomalous: bool, location: str | None, defect_type: str | None) -> str:
    """The text after ``</think>``: also GRPO's ``solution``."""
    if not anomalous:
        return "<answer>No</answer>"
    return (
        f"<location>{location or ''}</location><type>{defect_type or ''}</type><answer>Yes</answer>"
    )


@dataclass(frozen=True)
class Parsed:
    """The first occurrence of each tag (None when absent) and the problems with the layout."""

    think: str | None
    location: str | None
    type: str | None
    answer: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def says_yes(self) -> bool:
        return (self.answer or "").strip().lower() == "yes"

    @property
    def solution(self) -> str | None:
        """The answer part as text, or None when the text has no answer tag."""
        if self.answer is None:
            return None
        if self.says_yes:
            return answer_part(True, self.location, self.type)
        return answer_part(False, None, None)


def _first(tag: str, text: str) -> str | None:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
    return match.group(1) if match else None


def parse(text: str) -> Parsed:
    """Read a trace strictly: each tag once, IAD-R1's order, nothing outside the tags."""
    problems: list[str] = []
    for tag in TAGS:
        opened, closed = text.count(f"<{tag}>"), text.count(f"</{tag}>")
        if opened > 1 or closed > 1:
            problems.append(f"<{tag}> appears {max(opened, closed)} times; it must appear once")
        elif opened != closed:
            problems.append(f"<{tag}> is not closed" if opened else f"</{tag}> has no opening tag")
    think, answer = _first("think", text), _first("answer", text)
    location, type_ = _first("location", text), _first("type", text)
    if think is None:
        problems.append("no <think>...</think>")
    if answer is None:
        problems.append("no <answer>...</answer>")
    elif answer not in ("Yes", "No"):
        problems.append(f"<answer> is {answer!r}; it must be exactly Yes or No")
    if answer == "Yes":
        if not _ANOMALOUS_RE.fullmatch(text):
            problems.append(
                "a Yes answer must be exactly <think>..</think><location>..</location>"
                "<type>..</type><answer>Yes</answer> with nothing before, between or after"
            )
        if location is not None and location not in GRID_WORDS:
            problems.append(
                f"<location> is {location!r}; it must be one of {', '.join(GRID_WORDS)}"
            )
        if type_ is not None and not type_.strip():
            problems.append("<type> is empty")
    elif answer == "No":
        if location is not None or type_ is not None:
            problems.append("a No answer must carry no <location> or <type> tag")
        elif not _NORMAL_RE.fullmatch(text):
            problems.append(
                "a No answer must be exactly <think>..</think><answer>No</answer> with nothing "
                "before, between or after"
            )
    if think is not None and not think.strip():
        problems.append("<think> is empty")
    return Parsed(think, location, type_, answer, problems)


# ------------------------------------------------------------------ rewards


def structure_reward(text: str, truth_anomalous: bool) -> float:
    """IAD-R1's structure reward: the layout the ground truth asks for, 1 or 0."""
    pattern = _IADR1_YES if truth_anomalous else _IADR1_NO
    return 1.0 if pattern.fullmatch(text) else 0.0


_ROW_WORDS = (("top", 0), ("upper", 0), ("bottom", 2), ("lower", 2))
_COL_WORDS = (("left", 0), ("right", 2))


def location_cell(text: str) -> tuple[int, int]:
    """(row, col) of a location text by IAD-R1's keywords; no keyword means the center."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    row = next((r for w, r in _ROW_WORDS if w in words), 1)
    col = next((c for w, c in _COL_WORDS if w in words), 1)
    return row, col


def grid_word_of(text: str) -> str:
    """The canonical grid word for a location text (``upper-left`` -> ``top left``)."""
    row, col = location_cell(text)
    return GRID_WORDS[row * 3 + col]


def _group_word(text: str) -> str | None:
    return GROUP_WORDS.get(normalise_text(text))


def rich_type_score(predicted: str, truth: str, table: TypeTable) -> float:
    """IAD-R1's grading of a type text, over iad-data's type table (synonyms per category,
    ``_`` as a space): the type rule's score. Not IAD-R1's reward: see ``rewards.type_score``."""
    pred, true = normalise_text(predicted), normalise_text(truth)
    if not pred or not true:
        return 0.0
    pred_canon, pred_conf = table.best_match(predicted)
    true_canon, true_conf = table.best_match(truth)
    pred_group_word, true_group_word = _group_word(predicted), _group_word(truth)
    pred_group = pred_group_word or (GROUP_OF[pred_canon] if pred_canon else None)
    true_group = true_group_word or (GROUP_OF[true_canon] if true_canon else None)
    if pred_group and true_group and pred_group != true_group:
        return 0.0
    if pred_group_word and not true_group_word and true_group == pred_group_word:
        return 0.3
    if true_group_word and not pred_group_word and pred_group == true_group_word:
        return 0.3
    if pred == true:
        return 1.0
    if pred in true or true in pred:
        return 0.85
    if pred_canon and true_canon:
        if pred_canon == true_canon:
            return 0.6 + 0.25 * min(pred_conf, true_conf)
        if GROUP_OF[pred_canon] == GROUP_OF[true_canon]:
            return 0.3
    ratio = SequenceMatcher(None, pred, true).ratio()
    return ratio * 0.4 if ratio >= FUZZY_THRESHOLD else 0.0


__all__ = [
    "ONE_SHOT_PROMPT",
    "QUESTION",
    "USER_PROMPT",
    "Parsed",
    "answer_part",
    "grid_word_of",
    "location_cell",
    "parse",
    "render",
    "structure_reward",
    "rich_type_score",
]
