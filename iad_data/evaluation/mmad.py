"""The ``mmad`` protocol: the multiple-choice questions of the MMAD-style export, asked one
per request with a normal template image first (1-shot, MMAD's default), answers read and
tallied as MMAD's scorer reads and tallies them.

- Questions per image are those ``iad-data export --format mmad`` writes into ``mmad.json``
  (``release/export.py``; ``tests/test_eval_mmad.py`` checks they are the same): Anomaly
  Detection (A Yes / B No) for every labelled image, and for anomalies Defect Classification
  (the category's defect types, up to 4) and Defect Localization (4 of the 3x3 grid words),
  options in the export's order. The template is the export's first ``random_templates``
  entry: a train-split normal of the same category.
- The request follows MMAD's query layout: the template image(s), the query image last,
  then an instruction to answer with the option's letter, and one question with its
  lettered options. The wording is iad-data's, not MMAD's verbatim text.
- An answer is read as MMAD's ``parse_answer`` reads it: the last standalone capital
  letter A-E, else the option whose text is closest to the answer (``difflib``). MMAD's
  tally drops answers that are no letter; here they are wrong and counted by reason
  (``empty answer``, ``letter not among the options``), never dropped.
- Tables: accuracy per question type; Anomaly Detection as MMAD computes it, the mean of
  the normal and the anomalous images' accuracy; ``average`` the mean over question types,
  as MMAD's Average column.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from difflib import get_close_matches

from iad_data.core.sample import GRID_WORDS
from iad_data.evaluation.data import EvalData, EvalItem
from iad_data.evaluation.model import ModelAnswer
from iad_data.evaluation.protocols import (
    EvalProtocol,
    Prompt,
    Question,
    Row,
    Score,
    answer_oracle,
)
from iad_data.evaluation.stats import EMPTY, Cell, mean_of, wilson
from iad_data.teach.requests import TeacherTask

TASK = TeacherTask("eval_mmad", ModelAnswer, answer_oracle)
DETECTION = "Anomaly Detection"
CLASSIFICATION = "Defect Classification"
LOCALIZATION = "Defect Localization"
QUESTION_TYPES = (
    DETECTION,
    CLASSIFICATION,
    LOCALIZATION,
    "Defect Description",
    "Defect Analysis",
    "Object Classification",
    "Object Analysis",
)
"""MMAD's question types, in its tables' order"""
METRIC_OF = {q: q.lower().replace(" ", "_") for q in QUESTION_TYPES}
INSTRUCTION = (
    "You inspect industrial products in images: decide whether the query image shows a "
    "defect, and answer the question about it. Reply with the letter of one of the given "
    "options only."
)
TEMPLATE_TEXT = (
    "The first {n} image(s) show(s) a normal sample of the same product, a template to "
    "compare the query image with."
)
QUERY_TEXT = "The last image is the query image."
LETTERS = "ABCDEFGH"
_LETTER = re.compile(r"\b([A-E])\b")
"""MMAD's ``parse_answer``: a standalone capital letter A-E"""


def options_of(
    correct: str, others: Sequence[str], key: str, n: int = 4
) -> tuple[dict[str, str], str]:
    """Up to ``n`` options holding ``correct``, in the order the MMAD export fixes by hashing
    ``key`` with each option; (options by letter, the right letter)."""
    pool = [correct] + sorted({o for o in others if o != correct})[: n - 1]
    pool.sort(key=lambda o: hashlib.sha256(f"{key}\x00{o}".encode()).hexdigest())
    options = {LETTERS[i]: text for i, text in enumerate(pool)}
    return options, LETTERS[pool.index(correct)]


def conversation(item: EvalItem, data: EvalData) -> list[tuple[str, str, dict[str, str], str]]:
    """(question type, question, options, right letter) for ``item``: the export's."""
    out = [
        (
            DETECTION,
            "Is there any defect in the object?",
            {"A": "Yes", "B": "No"},
            "A" if item.anomalous else "B",
        )
    ]
    if not item.anomalous:
        return out
    kind = item.defect_type.replace("_", " ")
    known = [t.replace("_", " ") for t in data.defect_types.get(item.group, [])]
    options, answer = options_of(kind, known, item.sample_id)
    if len(options) > 1:
        out.append(
            (
                CLASSIFICATION,
                "There is a defect in the object. What is the type of the defect?",
                options,
                answer,
            )
        )
    if item.location:
        options, answer = options_of(item.location, list(GRID_WORDS), item.sample_id + "L")
        out.append(
            (LOCALIZATION, "There is a defect in the object. Where is the defect?", options, answer)
        )
    return out


def read_letter(text: str, options: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    """(letter or None, how it was read, why not): MMAD's reading of an answer."""
    letters = _LETTER.findall(text)
    if letters:
        letter, how = letters[-1], "letter"
    elif text.strip() and options:
        closest = get_close_matches(text, list(options.values()), n=1, cutoff=0.0)
        if not closest:
            return None, None, "no option letter"
        letter = next(k for k, v in options.items() if v == closest[0])
        how = "closest option"
    else:
        return None, None, "empty answer"
    if letter not in options:
        return letter, how, "letter not among the options"
    return letter, how, None


class Mmad(EvalProtocol):
    name = "mmad"
    task = TASK
    default_shots = 1
    default_max_tokens = 128
    metrics = (*(METRIC_OF[q] for q in QUESTION_TYPES), "average")
    primary = "average"
    shares = frozenset(metrics)

    def prompt(self, *, shots: int, format_hint: bool) -> Prompt:
        parts = [INSTRUCTION]
        if shots:
            parts.append(TEMPLATE_TEXT.format(n=shots))
        parts.append(QUERY_TEXT)
        return Prompt(template_id=f"eval/mmad/{shots}shot.v1", system="", parts=tuple(parts))

    def questions(
        self, item: EvalItem, references: tuple[EvalItem, ...], data: EvalData, prompt: Prompt
    ) -> list[Question]:
        head = "\n".join(prompt.parts)
        out = []
        for n, (kind, text, options, answer) in enumerate(conversation(item, data)):
            lines = "".join(f"{letter}. {value}\n" for letter, value in options.items())
            out.append(
                Question(
                    qid=f"{item.sample_id}/{n}",
                    item=item,
                    question_type=kind,
                    system=prompt.system,
                    user_text=f"{head}\nQuestion: {text}\n{lines}",
                    references=references,
                    correct=answer,
                    oracle=answer,
                    options=options,
                )
            )
        return out

    def score(self, question: Question, text: str | None) -> Score:
        if text is None:
            return Score(None, False, "no answer")
        letter, how, why = read_letter(text, question.options)
        return Score(letter, why is None and letter == question.correct, why, how)

    def table(self, rows: Sequence[Row]) -> dict[str, Cell]:
        out: dict[str, Cell] = {}
        for kind in QUESTION_TYPES:
            asked = [r for r in rows if r.question_type == kind]
            if kind == DETECTION:
                normal = [r for r in asked if not r.item.anomalous]
                anomalous = [r for r in asked if r.item.anomalous]
                out[METRIC_OF[kind]] = mean_of(
                    [
                        wilson(sum(r.correct for r in normal), len(normal)),
                        wilson(sum(r.correct for r in anomalous), len(anomalous)),
                    ]
                )
            else:
                out[METRIC_OF[kind]] = wilson(sum(r.correct for r in asked), len(asked))
        out["average"] = mean_of([c for c in out.values() if c is not EMPTY and c.n])
        return out

    def columns(self, rows: Sequence[Row]) -> tuple[str, ...]:
        asked = {r.question_type for r in rows}
        return (*(METRIC_OF[q] for q in QUESTION_TYPES if q in asked), "average")


__all__ = ["QUESTION_TYPES", "TASK", "Mmad", "conversation", "options_of", "read_letter"]
