"""Wrong Expert-AD answers of known kinds, and a fake-API responder that injects them."""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from fakes.fake_llm import FakeRequest

from iad_data.core.defect_types import readable
from iad_data.core.sample import GRID_WORDS, LocationWord
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.tasks.expert_ad.offline import offline_trace
from iad_data.tasks.expert_ad.record import Answer, ExpertAdTrace, ExpertAdTruth, ReasoningStep
from iad_data.tasks.expert_ad.synthesize import synthesize_cot

EXPECTED_RULE = {
    "verdict": "accuracy",
    "type": "type",
    "box": "location",
    "place": "location",
    "conclusion": "consistency",
    "leak": "leakage",
}
"""kind of wrong answer -> the rule that must catch it"""
ANOMALY_KINDS = ("ok", "verdict", "type", "box", "place", "conclusion", "leak")
NORMAL_KINDS = ("ok", "verdict", "conclusion", "leak")


def _grid_word(text: str) -> LocationWord:
    word = text.strip()
    assert word in GRID_WORDS, f"{word!r} is not a grid word"
    return cast(LocationWord, word)


def _other_place(location: str) -> str:
    return GRID_WORDS[(GRID_WORDS.index(location) + 4) % 9]


def _replace_step(trace: ExpertAdTrace, kind: str, text: str) -> list[ReasoningStep]:
    return [ReasoningStep(kind=s.kind, text=text) if s.kind == kind else s for s in trace.steps]


def corrupt(trace: ExpertAdTrace, truth: ExpertAdTruth, kind: str) -> ExpertAdTrace:
    """``trace`` made wrong in one way (``ok``: unchanged)."""
    a = trace.answer
    if kind == "ok":
        return trace
    if kind == "leak":
        steps = [
            ReasoningStep(kind=s.kind, text="As given in the ground truth, " + s.text)
            if s.kind == "comparison"
            else s
            for s in trace.steps
        ]
        return ExpertAdTrace(steps=steps, answer=a)
    if kind == "verdict" and truth.anomalous:
        steps = _replace_step(trace, "conclusion", "In conclusion, the part shows no defect.")
        return ExpertAdTrace(
            steps=steps,
            answer=Answer(is_anomalous=False, defect_type=None, location=None, boxes=[]),
        )
    if kind == "verdict":
        steps = _replace_step(
            trace, "conclusion", "In conclusion, the part has a scratch in the center area."
        )
        answer = Answer(
            is_anomalous=True,
            defect_type="scratch",
            location="center",
            boxes=[[0.4, 0.4, 0.6, 0.6]],
        )
        return ExpertAdTrace(steps=steps, answer=answer)
    if kind == "conclusion" and not truth.anomalous:
        steps = _replace_step(
            trace, "conclusion", "In conclusion, the part has a crack in the top left area."
        )
        return ExpertAdTrace(steps=steps, answer=a)
    assert a.location is not None and a.defect_type is not None
    if kind == "conclusion":
        place = _other_place(a.location)
        steps = _replace_step(
            trace,
            "conclusion",
            f"In conclusion, the part is defective, with a defect in the {place} area.",
        )
        return ExpertAdTrace(steps=steps, answer=a)
    if kind == "type":
        group = truth.type_group
        wrong = "scratch" if group == "structural" else "hole"
        steps = [
            ReasoningStep(kind=s.kind, text=s.text.replace(a.defect_type, wrong))
            if s.kind == "conclusion"
            else s
            for s in trace.steps
        ]
        return ExpertAdTrace(steps=steps, answer=a.model_copy(update={"defect_type": wrong}))
    if kind == "place":
        place = _other_place(a.location)
        steps = [
            ReasoningStep(kind=s.kind, text=s.text.replace(a.location, place))
            if s.kind in ("conclusion", "localisation")
            else s
            for s in trace.steps
        ]
        return ExpertAdTrace(steps=steps, answer=a.model_copy(update={"location": place}))
    if kind == "box":
        shifted = []
        for x1, y1, x2, y2 in a.boxes:
            w = x2 - x1
            nx1 = x2 + 0.01 if x2 + 0.01 + w <= 1.0 else max(0.0, x1 - w - 0.01)
            shifted.append([round(nx1, 4), y1, round(min(1.0, nx1 + w), 4), y2])
        return ExpertAdTrace(steps=trace.steps, answer=a.model_copy(update={"boxes": shifted}))
    raise ValueError(kind)


def truth_from_prompt(user_text: str) -> tuple[ExpertAdTruth, str, bool]:
    """(truth, product, is a repair) read back from a grounded prompt's facts."""
    product = re.search(r"Product: (.+?) \(category (.+?)\)", user_text)
    assert product is not None
    repair = "Your previous answer" in user_text
    if "verdict: normal" in user_text:
        truth = ExpertAdTruth(
            dataset="x",
            category=product.group(2),
            label="normal",
            defect_type="good",
            canonical_type=None,
        )
        return truth, product.group(1), repair
    kind = re.search(r"- defect type: (.+?)(?: \(canonical type: (.+?)\))?\n", user_text)
    grid = re.search(r"- grid word: (.+)\n", user_text)
    boxes = re.search(r"- boxes: (.+)\n", user_text)
    assert kind and grid and boxes
    canonical = kind.group(2)
    from iad_data.core.defect_types import GROUP_OF

    truth = ExpertAdTruth(
        dataset="x",
        category=product.group(2),
        label="anomaly",
        defect_type=kind.group(1).replace(" ", "_"),
        canonical_type=canonical,
        type_group=GROUP_OF[canonical] if canonical else None,
        location=_grid_word(grid.group(1)),
        boxes=json.loads(boxes.group(1)),
    )
    return truth, product.group(1), repair


@dataclass
class WrongAnswers:
    """A responder: the n-th first-attempt answer gets kind KINDS[n % len(KINDS)]."""

    repair_correctly: bool = True
    injected: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, fake: FakeRequest) -> str:
        truth, product, repair = truth_from_prompt(fake.user_text)
        good = offline_trace(truth, fake.user_text, product)
        if repair and self.repair_correctly:
            return good.model_dump_json()
        with self._lock:
            side = "anomaly" if truth.anomalous else "normal"
            kinds = ANOMALY_KINDS if truth.anomalous else NORMAL_KINDS
            kind = kinds[self.counts[side] % len(kinds)]
            self.counts[side] += 1
            if kind == "type" and truth.canonical_type is None:
                kind = "leak"  # any canonical type is right for a mixed defect
            answer = corrupt(good, truth, kind)
            self.injected.append((kind, answer.model_dump(mode="json")))
        return answer.model_dump_json()


def offline_workspace(tree: SyntheticTree, ws: Path, **options: Any) -> Path:
    """An ingested workspace with offline traces."""
    ingest("mvtec", tree.root, ws, workers=1, progress=False)
    synthesize_cot(ws, progress=False, **{"teacher": "offline", **options})
    return ws


__all__ = ["EXPECTED_RULE", "WrongAnswers", "corrupt", "offline_workspace", "readable"]
