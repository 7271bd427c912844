"""What a protocol is: how it asks (prompt, questions per image, references shown), how it
reads an answer, and what its tables hold. ``PROTOCOLS`` maps each name to its protocol
(``iadr1.IadR1``, ``mmad.Mmad``).

A question's ``oracle`` is what a model that knows the ground truth answers: the offline
teacher (``--model offline``) answers it, so the oracle scores every metric's maximum.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from iad_data.evaluation.data import EvalData, EvalItem
from iad_data.evaluation.model import ModelAnswer
from iad_data.evaluation.stats import Cell
from iad_data.teach.requests import TeacherRequest, TeacherTask


@dataclass(frozen=True)
class Prompt:
    """A protocol's prompt as sent: its id and the texts whose hash keys the ledger."""

    template_id: str
    system: str
    parts: tuple[str, ...]
    """the fixed texts the user turn is built from"""

    @property
    def hash(self) -> str:
        text = json.dumps([self.template_id, self.system, *self.parts], ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Question:
    """One request: a question about one image, with what a right answer is."""

    qid: str
    """unique in a run: the sample id, ``/`` and the question's index for MMAD"""
    item: EvalItem
    question_type: str
    system: str
    user_text: str
    references: tuple[EvalItem, ...]
    """normal images shown before the query (1-shot)"""
    correct: str
    """``yes`` / ``no`` (iad-r1) or the right option's letter (mmad)"""
    oracle: str
    """the answer text of a model that knows the ground truth"""
    options: dict[str, str] = field(default_factory=dict)
    solution: str = ""
    """iad-r1: IAD-R1's ground-truth answer part, what its rewards score against"""


@dataclass(frozen=True)
class Score:
    """What an answer is worth. ``reason`` says why it did not parse (then it is wrong)."""

    answer: str | None
    correct: bool
    reason: str | None = None
    how: str | None = None
    """how the answer was read (``tag``, ``bare``, ``letter``, ``closest option``)"""
    scores: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Row:
    """A scored question as the tables read it."""

    item: EvalItem
    question_type: str
    correct: bool
    scores: dict[str, float]


def answer_oracle(request: TeacherRequest) -> ModelAnswer:
    """The oracle's answer: the ground-truth answer the request carries."""
    return ModelAnswer(text=str(request.context["oracle"]))


def references_for(item: EvalItem, data: EvalData, shots: int) -> tuple[EvalItem, ...]:
    """The normal images shown before ``item``: the reference split's normals of its
    category, in an order fixed by hashing the query's and each candidate's sample id (the
    order of the MMAD export's ``random_templates``, so MMAD's default 1-shot run shows the
    same image)."""
    if shots <= 0:
        return ()
    pool = [n for n in data.normals.get(item.group, []) if n.sample_id != item.sample_id]
    pool.sort(key=lambda n: hashlib.sha256(f"{item.sample_id}\x00{n.sample_id}".encode()).digest())
    return tuple(pool[:shots])


class EvalProtocol(ABC):
    """One way to ask and to score (see ``iadr1`` and ``mmad``)."""

    name: str
    task: TeacherTask
    """the ledger's task name of its requests and their answer model"""
    default_shots: int
    default_max_tokens: int
    metrics: tuple[str, ...]
    """the table's columns for one group of questions, in order"""
    primary: str
    """the metric ``compare`` shows unless asked for another"""
    shares: frozenset[str]
    """metrics that are shares (printed in percent); the others are graded means"""

    @abstractmethod
    def prompt(self, *, shots: int, format_hint: bool) -> Prompt: ...

    @abstractmethod
    def questions(
        self, item: EvalItem, references: tuple[EvalItem, ...], data: EvalData, prompt: Prompt
    ) -> list[Question]: ...

    @abstractmethod
    def score(self, question: Question, text: str | None) -> Score:
        """The answer ``text`` (None: no answer) scored against ``question``."""

    @abstractmethod
    def table(self, rows: Sequence[Row]) -> dict[str, Cell]:
        """The metrics of one group of scored questions (a category, a dataset, all)."""

    def columns(self, rows: Sequence[Row]) -> tuple[str, ...]:
        """The metrics a result's tables show (a protocol may leave out ones it has no
        questions for)."""
        return self.metrics

    def config(self) -> dict[str, Any]:
        return {"name": self.name, "task": self.task.name}


def get_protocol(name: str) -> EvalProtocol:
    """The protocol called ``name`` (``iad-r1``, ``mmad``)."""
    from iad_data.errors import InputError
    from iad_data.evaluation.iadr1 import IadR1
    from iad_data.evaluation.mmad import Mmad

    known: dict[str, type[EvalProtocol]] = {"iad-r1": IadR1, "mmad": Mmad}
    if name not in known:
        raise InputError(f"unknown protocol {name!r}; choose {' or '.join(known)}.")
    return known[name]()


__all__ = [
    "EvalProtocol",
    "Prompt",
    "Question",
    "Row",
    "Score",
    "answer_oracle",
    "get_protocol",
    "references_for",
]
