"""IAD-R1's GRPO rewards, as its published reward code computes them, and in the signatures
TRL's ``GRPOTrainer`` and ms-swift's GRPO call.

The contract is IAD-R1's code (Yanhui-Lee/IAD-R1, ``train/stage_rl/reward.py`` and
``train/stage_rl/reward_process/{type,location}_reward.py``), not a summary of it, so its
quirks are kept on purpose: tags must be adjacent, location keywords match as substrings
(``leftmost`` is left, ``bright`` is right), unknown places are the centre, the type table
has no synonyms beyond its own keywords (``crack`` scores 0 against ``damage``), the first
``<answer>`` wins and no tag content spans a line. ``tests/test_rewards.py`` runs cases taken
from that code's behaviour. The validator's richer type and location checks (synonyms per
category, whole-word grid words) live in ``rules.py`` under their own names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache
from typing import Any

from iad_data.tasks.expert_ad.text import structure_reward

TYPES: dict[str, tuple[str, ...]] = {
    "Contamination": ("surface contamination", "stain", "dirt", "impurity", "color anomaly"),
    "Presence of foreign objects": (
        "foreign object",
        "foreign body",
        "debris",
        "contaminant object",
        "extraneous material",
        "foreign element",
        "foreign matter",
        "unwanted object",
    ),
    "Scratch": (
        "surface scratch",
        "scratch mark",
        "linear scratch",
        "score mark",
        "linear anomaly",
    ),
    "Missing parts": (
        "missing part",
        "surface notch",
        "notch",
        "gap",
        "chip",
        "surface discontinuity",
    ),
    "Deformation": (
        "shape distortion",
        "warping",
        "bending",
        "twisting",
        "shape deviation",
        "geometric distortion",
        "irregularity",
        "bent component",
    ),
    "Hole": (
        "opening",
        "perforation",
        "puncture",
        "cavity",
        "void",
        "aperture",
        "penetration defect",
        "through-hole",
    ),
    "Damage": (
        "structural damage",
        "breakage",
        "fracture",
        "rupture",
        "deterioration",
        "material damage",
        "surface damage",
    ),
    "Abrasion": ("wear", "grinding damage", "surface erosion", "wear mark", "surface wear"),
}
"""IAD-R1's eight anomaly categories and their keywords, in the order its lookups use"""
GROUPS: dict[str, tuple[str, ...]] = {
    "Surface Anomalies": (
        "Contamination",
        "Presence of foreign objects",
        "Scratch",
        "Missing parts",
    ),
    "Structural Anomalies": ("Deformation", "Hole", "Damage", "Abrasion"),
}
GROUP_TERMS = {
    "surface anomalies": "Surface Anomalies",
    "surface anomaly": "Surface Anomalies",
    "structural anomalies": "Structural Anomalies",
    "structural anomaly": "Structural Anomalies",
}
EXACT, CONTAINED, SAME_CATEGORY, FUZZY, SAME_GROUP = 1.0, 0.85, 0.6, 0.4, 0.3
FUZZY_THRESHOLD = 0.7

_ANSWER = re.compile(r"<answer>(.*?)</answer>")
_TYPE = re.compile(r"<type>(.*?)</type>")
_LOCATION = re.compile(r"<location>(.*?)</location>")


def _normalise(text: str) -> str:
    text = re.sub(r"\s+", " ", text.lower().strip())
    return re.sub(r"[^\w\s-]", "", text)


@cache
def _keyword_table() -> dict[str, str]:
    """normalised category name or keyword -> category, category name first, table order"""
    table: dict[str, str] = {}
    for category, keywords in TYPES.items():
        table.setdefault(_normalise(category), category)
        for keyword in keywords:
            table.setdefault(_normalise(keyword), category)
    return table


def _group_of_category(category: str | None) -> str | None:
    return next((g for g, cats in GROUPS.items() if category in cats), None)


def _best_category(norm: str) -> tuple[str | None, float]:
    """IAD-R1's lookup: exact key, then the most overlapping containment, then fuzzy."""
    table = _keyword_table()
    if norm in table:
        return table[norm], 1.0
    best: tuple[str | None, float] = (None, 0.0)
    for key, category in table.items():
        if norm in key or key in norm:
            shorter, longer = sorted((len(norm), len(key)))
            confidence = shorter / longer if longer else 0.0
            if confidence > best[1]:
                best = (category, confidence)
    if best[0] is not None:
        return best
    for key, category in table.items():
        ratio = SequenceMatcher(None, norm, key).ratio()
        if ratio >= FUZZY_THRESHOLD and ratio > best[1]:
            best = (category, ratio)
    return best


def type_score(predicted: str, truth: str) -> float:
    """IAD-R1's graded type reward of a ``<type>`` text against the ground truth's, 0..1."""
    if not predicted or not truth:
        return 0.0
    pred, true = _normalise(predicted), _normalise(truth)
    pred_cat, pred_conf = _best_category(pred)
    true_cat, true_conf = _best_category(true)
    pred_term, true_term = GROUP_TERMS.get(pred), GROUP_TERMS.get(true)
    pred_group = pred_term or _group_of_category(pred_cat)
    true_group = true_term or _group_of_category(true_cat)
    if pred_group and true_group and pred_group != true_group:
        return 0.0
    if pred_term and not true_term and true_group == pred_term:
        return SAME_GROUP
    if true_term and not pred_term and pred_group == true_term:
        return SAME_GROUP
    if pred == true:
        return EXACT
    if pred in true or true in pred:
        return CONTAINED
    if pred_cat is None or true_cat is None:
        ratio = SequenceMatcher(None, pred, true).ratio()
        return ratio * FUZZY if ratio >= FUZZY_THRESHOLD else 0.0
    if pred_cat == true_cat:
        return SAME_CATEGORY + (CONTAINED - SAME_CATEGORY) * min(pred_conf, true_conf)
    if _group_of_category(pred_cat) == _group_of_category(true_cat):
        return SAME_GROUP
    ratio = SequenceMatcher(None, pred, true).ratio()
    return ratio * FUZZY if ratio >= FUZZY_THRESHOLD else 0.0


def keypad_cell(text: str) -> int:
    """IAD-R1's 3x3 cell (1..9, row-major) of a location text: substring keywords, else 5."""
    text = text.lower().strip()
    cell = 5
    if "left" in text:
        cell -= 1
    elif "right" in text:
        cell += 1
    if "top" in text or "upper" in text:
        cell -= 3
    elif "bottom" in text or "lower" in text:
        cell += 3
    return min(max(cell, 1), 9)


def location_score(predicted: str, truth: str) -> float:
    """1 when both texts fall in the same cell of IAD-R1's grid, else 0 (no partial credit)."""
    return 1.0 if keypad_cell(predicted) == keypad_cell(truth) else 0.0


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(1).strip().lower() if found else None


def truth_answer(solution: str) -> str:
    """The ground truth's yes/no: its first ``<answer>``, or the whole solution without one."""
    found = _ANSWER.search(solution)
    return (found.group(1) if found else solution).strip().lower()


def consistency(text: str, solution: str) -> float:
    """IAD-R1's ``format`` (consistency) reward: the tag layout the ground truth asks for.

    IAD-R1 appends nothing for a solution that is neither yes nor no (its list comes back
    short); here that scores 0, the only case where the two differ, and one that records
    made by iad-data never have.
    """
    gt = truth_answer(solution)
    if gt not in ("yes", "no"):
        return 0.0
    return structure_reward(text, gt == "yes")


def accuracy(text: str, solution: str) -> float:
    """IAD-R1's ``accuracy`` reward: normal 0/1 on the answer; anomalous (type + location)/2
    plus 1 for a Yes (0..2). Type and location count even when the answer is No."""
    gt = truth_answer(solution)
    answer = _first(_ANSWER, text)
    if gt == "no":
        return 1.0 if answer == "no" else 0.0
    if gt != "yes":
        return 0.0
    return sum(iadr1_parts(text, solution)) / 2 + (1.0 if answer == "yes" else 0.0)


def iadr1_parts(text: str, solution: str) -> tuple[float, float]:
    """(type, location) parts of the accuracy of an anomalous ground truth."""
    pred_type, true_type = _first(_TYPE, text), _first(_TYPE, solution)
    pred_loc, true_loc = _first(_LOCATION, text), _first(_LOCATION, solution)
    kind = type_score(pred_type, true_type) if pred_type is not None and true_type else 0.0
    place = (
        location_score(pred_loc, true_loc) if pred_loc is not None and true_loc is not None else 0.0
    )
    return kind, place


def iadr1_scores(text: str, solution: str) -> dict[str, float]:
    """The scores named after IAD-R1's rewards: ``format``, ``accuracy`` and, for an
    anomalous ground truth, its ``type`` and ``location`` parts."""
    scores = {"format": consistency(text, solution), "accuracy": accuracy(text, solution)}
    if truth_answer(solution) == "yes":
        scores["type"], scores["location"] = iadr1_parts(text, solution)
    return {name: round(value, 6) for name, value in scores.items()}


# ---------------------------------------------------------------- trainer signatures


def completion_text(completion: Any) -> str:
    """A completion as TRL or ms-swift hands it to a reward: plain text, or a conversation
    (a list of ``{"role", "content"}`` messages, content text or parts) whose last message
    is the model's."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        completion = [completion]
    if isinstance(completion, Sequence) and completion:
        content = completion[-1].get("content", "") if isinstance(completion[-1], dict) else ""
        if isinstance(content, str):
            return content
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def format_reward(completions: Sequence[Any], solution: Sequence[str], **_: Any) -> list[float]:
    """IAD-R1's format (consistency) reward, one float per completion (TRL / ms-swift)."""
    return [consistency(completion_text(c), s) for c, s in zip(completions, solution, strict=True)]


def accuracy_reward(completions: Sequence[Any], solution: Sequence[str], **_: Any) -> list[float]:
    """IAD-R1's accuracy reward, one float per completion (TRL / ms-swift)."""
    return [accuracy(completion_text(c), s) for c, s in zip(completions, solution, strict=True)]


__all__ = [
    "GROUPS",
    "TYPES",
    "accuracy",
    "accuracy_reward",
    "completion_text",
    "consistency",
    "format_reward",
    "iadr1_parts",
    "iadr1_scores",
    "keypad_cell",
    "location_score",
    "truth_answer",
    "type_score",
]
