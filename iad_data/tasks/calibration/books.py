"""Phrasebooks: the words a calibration run plants with, chosen by name.

``main`` (``phrases``) is the book the validator is developed against; ``held_out``
(``phrases_held_out``) was worded independently but has since been tuned against, and so
were ``fresh`` to ``fresh9``, ``fresh15`` to ``fresh17`` and ``fresh21`` to ``fresh49``
(``phrases_fresh*``), each written blind after the others and measured once before its
misses were read. ``fresh10`` to ``fresh14`` and ``fresh18`` to ``fresh20``, written blind,
are the books not tuned to: their figures are the held-out ones. ``fresh50`` to ``fresh52``
were measured once before their misses were read, then tuned to; ``fresh53`` to ``fresh55``,
written blind last, are measured before their misses are read. A ``Phrasebook`` holds
one book's tables; planters read it from ``Facts.book``, so a run never swaps modules or
mutates globals."""

from __future__ import annotations

import importlib
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache
from types import ModuleType

from iad_data.errors import InputError
from iad_data.tasks.calibration import phrases as ph

PHRASEBOOKS: tuple[str, ...] = (
    "main",
    "held_out",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
    "fresh52",
    "fresh53",
    "fresh54",
    "fresh55",
)
"""every book's name; the first is the default"""
DEFAULT_PHRASEBOOK = PHRASEBOOKS[0]

Templates = tuple[str, ...]


@dataclass(frozen=True)
class Phrasebook:
    """One book's tables (each field is the module name in upper case)."""

    name: str
    dismissals: Templates
    sightings: Templates
    wrong_places: Templates
    hedges: Templates
    hedged_tags: Templates
    flipped_yes: Templates
    flipped_no: Templates
    negated_yes_wrong: Templates
    negated_no_wrong: Templates
    negated_yes_ok: Templates
    passes_no_ok: Templates
    leaks: Templates
    leak_sources: tuple[str, ...]
    leaks_normal: Templates
    step_prose: Templates
    step_prose_normal: Templates
    filler_chunks: tuple[str, ...]
    neutral_subjects: tuple[str, ...]
    neutral_verbs: tuple[str, ...]
    neutral_tails: tuple[str, ...]
    one_shot_compare: Templates
    one_shot_compare_normal: Templates
    sibling_looks: Templates
    conclude_with: Templates
    conclude_other: Templates
    conclude_at_part: Templates
    synonym_looks: Templates
    synonym_conclusions: Templates
    yes_shows: Templates
    part_yes: Templates
    location_answers: Templates
    cause_leads: Templates
    cause_prose: Templates
    canonical_answers: Templates
    first_turn: Templates
    cell_words: Mapping[str, tuple[str, ...]]
    place_frames: tuple[str, ...]
    place_tails: tuple[str, ...]
    place_away: tuple[str, ...]
    synonyms: Mapping[tuple[str, str], tuple[str, ...]]
    part_names: Mapping[str, tuple[str, ...]]
    defect_sightings: tuple[str, ...]
    other_types: tuple[str, ...]

    @classmethod
    def from_module(cls, name: str, module: ModuleType) -> Phrasebook:
        table = vars(module)
        missing = [f.name.upper() for f in fields(cls) if f.name != "name"]
        missing = [n for n in missing if n not in table]
        if missing:
            raise InputError(f"phrasebook {name!r} lacks {', '.join(missing)}")
        values = {f.name: table[f.name.upper()] for f in fields(cls) if f.name != "name"}
        return cls(name=name, **values)

    def say(self, rng: random.Random, templates: Sequence[str], **values: str) -> str:
        """One template of ``templates`` expanded (a single one is used without a draw)."""
        if len(templates) == 1:
            return ph.expand(templates[0], rng, **values)
        return ph.pick(rng, templates, **values)

    def place(self, cell: str, rng: random.Random, *, plain: bool = False) -> str:
        return ph.place(
            cell,
            rng,
            plain=plain,
            cell_words=self.cell_words,
            frames=self.place_frames,
            tails=self.place_tails,
            away=self.place_away,
        )

    def filler(self, rng: random.Random) -> str:
        return ph.filler(rng, self.filler_chunks)

    def neutral_sentences(self, rng: random.Random, count: int) -> list[str]:
        return ph.neutral_sentences(
            rng,
            count,
            subjects=self.neutral_subjects,
            verbs=self.neutral_verbs,
            tails=self.neutral_tails,
        )

    def templates(self) -> set[str]:
        """Every sentence template of the book (fields holding ``{slot}`` sentences)."""
        out: set[str] = set()
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple) and any("{" in t for t in value):
                out.update(value)
        return out


def _module(name: str) -> ModuleType:
    if name == "main":
        return ph
    return importlib.import_module(f"iad_data.tasks.calibration.phrases_{name}")


@cache
def _load(name: str) -> Phrasebook:
    return Phrasebook.from_module(name, _module(name))


def phrasebook(book: str | Phrasebook = DEFAULT_PHRASEBOOK) -> Phrasebook:
    """The phrasebook of this name (a ``Phrasebook`` is returned as is)."""
    if isinstance(book, Phrasebook):
        return book
    if book not in PHRASEBOOKS:
        raise InputError(f"unknown phrasebook {book!r}; known: {', '.join(PHRASEBOOKS)}.")
    return _load(book)


__all__ = ["DEFAULT_PHRASEBOOK", "PHRASEBOOKS", "Phrasebook", "phrasebook"]
