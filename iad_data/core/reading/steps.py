"""Process step names in prose resolved to step ids: "insufficient annealing" cites
``annealing``, "during blow moulding" cites ``blow_moulding``.

A step answers to its id as words, its full name, and each part of its name split at "and",
commas and slashes when that part has two words or more (or is the whole name): "Batch
mixing and melting" answers to "batch mixing and melting", "batch melting" (its id) and
"batch mixing". Names shared by two steps resolve to neither.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from iad_data.core.reading.vocabulary import Vocabulary, load_vocabulary
from iad_data.core.reading.words import PhraseIndex, index_of, phrase, tokens

STEP_CITATION = re.compile(r"\[step:([^\]\s]*)\]")
"""Inline citation of a process step: ``[step:blow_moulding]``."""

_STOP = frozenset({"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with"})


def step_aliases(step_id: str, name: str) -> set[tuple[str, ...]]:
    out = {phrase(step_id.replace("_", " ")), phrase(name)}
    parts = [p for p in re.split(r"\band\b|,|/|\(|\)|;", name.lower()) if p.strip()]
    for part in parts:
        key = phrase(part)
        content = [t for t in key if t not in _STOP]
        if len(content) >= 2 or (len(parts) == 1 and content):
            out.add(key)
    return {a for a in out if a and any(t not in _STOP for t in a)}


def step_index(steps: Mapping[str, str]) -> PhraseIndex[str]:
    """Aliases of ``steps`` (id -> name) -> step id; an alias two steps share is left out."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for step_id, name in steps.items():
        for alias in step_aliases(step_id, name):
            owners.setdefault(alias, set()).add(step_id)
    return PhraseIndex((alias, next(iter(ids))) for alias, ids in owners.items() if len(ids) == 1)


def steps_named(text: str, index: PhraseIndex[str]) -> list[tuple[str, str]]:
    """(step id, words) for every step the prose names (citations in markup excluded)."""
    toks = tokens(text)
    return [(m.value, " ".join(toks[m.start : m.end])) for m in index.scan(toks)]


def process_talk(sentence: str, vocabulary: Vocabulary | None = None) -> bool:
    """Does a sentence speak of the process (a cause, a source, a step that went well)? Only
    there is a one-word step name of another category ("tufting") read as a step."""
    vocab = vocabulary or load_vocabulary()
    return bool(_frames(vocab).scan(tokens(sentence)))


@lru_cache(maxsize=8)
def _frames(vocabulary: Vocabulary) -> PhraseIndex[bool]:
    return index_of(vocabulary.words("language", "process_frames"), True)


def steps_cited(text: str) -> list[str]:
    """Step ids cited in markup, in order."""
    return STEP_CITATION.findall(text)


__all__ = [
    "STEP_CITATION",
    "process_talk",
    "step_aliases",
    "step_index",
    "steps_cited",
    "steps_named",
]
