"""The ``iad-r1`` protocol: IAD-R1's question about each image, answered in its tag format,
scored with its rewards and by the Yes/No answer, as its tables report.

- The query is IAD-R1's own (``tasks/expert_ad/text.py``): the image, then "Are there any
  defects in the query image?"; 1-shot shows a normal image of the same category first and
  says so, as IAD-R1's one-shot records do. No system prompt (IAD-R1 trains and runs without
  one); ``format_hint`` adds one stating the tag format, for zero-shot models never trained
  on it.
- The answer is read as IAD-R1's evaluation reads it: the first ``<answer>...</answer>``,
  lower case, matched to yes / no (exactly, else by containment); a bare ``Yes`` / ``No``
  (what IAD-R1 asked the commercial models for) counts too. Anything else does not parse:
  it is wrong, and counted by its reason.
- Scores: ``accuracy`` (the Yes/No answer right), ``balanced_accuracy`` (the mean of the
  normal and the anomalous images' accuracy: MMAD's Anomaly Detection column, which IAD-R1's
  tables report), and IAD-R1's rewards computed by ``iad_data.rewards`` (the code the
  validator scores records with): ``format`` (its consistency reward), ``reward`` (its
  accuracy reward, 0..2), and, on anomalous images, ``type`` and ``location``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from iad_data.core.defect_types import TypeTable, load_type_table, readable
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
from iad_data.evaluation.stats import Cell, graded_share, mean_of, wilson
from iad_data.tasks.expert_ad.rewards import iadr1_scores
from iad_data.tasks.expert_ad.text import ONE_SHOT_PROMPT, USER_PROMPT, answer_part, render
from iad_data.teach.requests import TeacherTask

TASK = TeacherTask("eval_iad_r1", ModelAnswer, answer_oracle)
QUESTION_TYPE = "Anomaly Detection"
FORMAT_HINT = (
    "Inspect the industrial part in the query image. Reason inside <think></think>. If it "
    "has a defect, then give where it is inside <location></location> (one of: "
    + ", ".join(GRID_WORDS)
    + ") and what it is inside <type></type>, then <answer>Yes</answer>; if it has none, "
    "give <answer>No</answer> right after </think>. Write nothing outside these tags."
)
ORACLE_THINK = "The answer is written from the ground truth."
_IMAGE_TOKEN = re.compile(r"[ \t]*<image>[ \t]*\n?")
_ANSWER_TAG = re.compile(r"<answer>(.*?)</answer>")
"""IAD-R1's reading of the answer (no tag content spans a line)"""


def query_text(prompt: str) -> str:
    """IAD-R1's user turn as an API sends it: the images go as image parts, so no
    ``<image>`` token is left in the text (as ``export``'s ``without_image_tokens``)."""
    return _IMAGE_TOKEN.sub("", prompt).strip()


def truth_type(item: EvalItem, table: TypeTable) -> str:
    """The type IAD-R1's solution names: the canonical type where the table knows one, else
    the dataset's name as words (``ExpertAdTruth.type_text``)."""
    mapping = table.resolve(item.dataset, item.category, item.defect_type)
    return mapping.canonical or readable(item.defect_type)


def read_answer(text: str) -> tuple[str | None, str | None, str | None]:
    """(``yes`` / ``no`` or None, how it was read, why not): IAD-R1's reading of an answer."""
    found = _ANSWER_TAG.search(text)
    if found is not None:
        said = found.group(1).strip().lower().strip(".!").strip()
        if not said:
            return None, None, "<answer> is empty"
        for option in ("yes", "no"):
            if said == option:
                return option, "tag", None
        for option in ("yes", "no"):
            if option in said or said in option:
                return option, "tag", None
        return None, None, "<answer> is neither Yes nor No"
    bare = text.strip().lower().rstrip(".!").strip()
    if bare in ("yes", "no"):
        return bare, "bare", None
    if not text.strip():
        return None, None, "empty answer"
    return None, None, "no <answer> tag"


class IadR1(EvalProtocol):
    name = "iad-r1"
    task = TASK
    default_shots = 0
    default_max_tokens = 512
    metrics = ("accuracy", "balanced_accuracy", "format", "reward", "type", "location")
    primary = "accuracy"
    shares = frozenset(metrics)

    def __init__(self) -> None:
        self.types = load_type_table()

    def prompt(self, *, shots: int, format_hint: bool) -> Prompt:
        text = query_text(ONE_SHOT_PROMPT if shots else USER_PROMPT)
        hint = "+format" if format_hint else ""
        return Prompt(
            template_id=f"eval/iad-r1/{shots}shot{hint}.v1",
            system=FORMAT_HINT if format_hint else "",
            parts=(text,),
        )

    def questions(
        self, item: EvalItem, references: tuple[EvalItem, ...], data: EvalData, prompt: Prompt
    ) -> list[Question]:
        kind = truth_type(item, self.types) if item.anomalous else None
        solution = answer_part(item.anomalous, item.location, kind)
        return [
            Question(
                qid=item.sample_id,
                item=item,
                question_type=QUESTION_TYPE,
                system=prompt.system,
                user_text=prompt.parts[0],
                references=references,
                correct="yes" if item.anomalous else "no",
                oracle=render(ORACLE_THINK, item.anomalous, item.location, kind),
                solution=solution,
            )
        ]

    def score(self, question: Question, text: str | None) -> Score:
        scores = iadr1_scores(text or "", question.solution)
        if text is None:
            return Score(None, False, "no answer", None, scores)
        answer, how, why = read_answer(text)
        return Score(answer, answer == question.correct, why, how, scores)

    def table(self, rows: Sequence[Row]) -> dict[str, Cell]:
        normal = [r for r in rows if not r.item.anomalous]
        anomalous = [r for r in rows if r.item.anomalous]
        right = sum(r.correct for r in rows)
        return {
            "accuracy": wilson(right, len(rows)),
            "balanced_accuracy": mean_of(
                [
                    wilson(sum(r.correct for r in normal), len(normal)),
                    wilson(sum(r.correct for r in anomalous), len(anomalous)),
                ]
            ),
            "format": wilson(sum(r.scores.get("format", 0.0) >= 1.0 for r in rows), len(rows)),
            "reward": graded_share(
                [r.scores.get("accuracy", 0.0) / (2.0 if r.item.anomalous else 1.0) for r in rows]
            ),
            "type": graded_share([r.scores.get("type", 0.0) for r in anomalous]),
            "location": wilson(
                sum(r.scores.get("location", 0.0) >= 1.0 for r in anomalous), len(anomalous)
            ),
        }


__all__ = ["FORMAT_HINT", "TASK", "IadR1", "read_answer", "truth_type"]
