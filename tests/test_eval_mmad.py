"""The ``mmad`` protocol asks what the MMAD export holds and reads answers as MMAD does; the
``iad-r1`` protocol reads answers as IAD-R1's evaluation does."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from test_export_contracts import mmad_parse_answer, mmad_parse_conversation

from iad_data.core.workspace import Workspace
from iad_data.evaluation.data import open_data
from iad_data.evaluation.iadr1 import read_answer
from iad_data.evaluation.mmad import conversation, read_letter
from iad_data.evaluation.protocols import references_for
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import generate
from iad_data.release.export import export
from iad_data.release.splits import make_splits


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    tmp = tmp_path_factory.mktemp("mmad-eval")
    ws = Workspace(tmp / "ws")
    mvtec = generate("mvtec", tmp / "mvtec", categories=["bottle", "screw"], size=64, seed=4)
    ingest("mvtec", mvtec.root, ws.path, progress=False, workers=1)
    visa = tmp / "VisA_20220922"
    generate("visa", visa, categories=["candle", "pcb1"], size=64, seed=3, n_test_good=3)
    ingest("visa", visa, ws.path, progress=False, workers=1)
    make_splits(ws, seed=0, check_leaks=False, progress=False)
    return ws


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_questions_and_templates_are_the_mmad_exports(ws: Workspace, tmp_path: Path) -> None:
    out = export(ws, tmp_path / "mmad", format="mmad", progress=False).out
    exported = json.loads((out / "mmad.json").read_text())
    data = open_data(ws.path, ws, split="test")
    by_sha = {item.image_sha256: item for item in data.items}
    seen = set()
    for key, value in exported.items():
        item = by_sha[_sha(out / key)]
        seen.add(item.sample_id)
        theirs = [
            (q["type"], q["Question"], q["Options"], q["Answer"]) for q in value["conversation"]
        ]
        assert conversation(item, data) == theirs, key
        questions, answers = mmad_parse_conversation(value)  # MMAD's relettering changes nothing
        assert answers == [q[3] for q in theirs]
        assert [q["options"] for q in questions] == [q[2] for q in theirs]
        template = references_for(item, data, 1)
        assert [_sha(out / t) for t in value["random_templates"][:1]] == [
            r.image_sha256 for r in template
        ]
    assert seen == {item.sample_id for item in data.items}


@pytest.mark.parametrize(
    "response",
    [
        "A",
        "B.",
        "Answer: C.",
        "The answer is B, not A",
        "I pick A. Final: D",
        "yes",
        "No",
        "top left",
        "broken large",
        "E",
    ],
)
def test_answers_are_read_as_mmads_parse_answer(response: str) -> None:
    options = {"A": "Yes", "B": "No", "C": "top left", "D": "broken large"}
    letter, how, why = read_letter(response, options)
    assert letter == mmad_parse_answer(response, options)[-1]
    assert how in ("letter", "closest option")
    assert (why is None) == (letter in options)


def test_an_empty_mmad_answer_is_no_answer() -> None:
    assert read_letter("", {"A": "Yes", "B": "No"}) == (None, None, "empty answer")
    assert read_letter("E", {"A": "Yes", "B": "No"})[2] == "letter not among the options"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<think>x</think><answer>Yes</answer>", ("yes", "tag", None)),
        ("<think>x</think><answer>no</answer>", ("no", "tag", None)),
        ("<answer> Yes. </answer>", ("yes", "tag", None)),
        ("<answer>Yes, a scratch</answer>", ("yes", "tag", None)),
        ("<answer>No</answer><answer>Yes</answer>", ("no", "tag", None)),  # the first wins
        ("No.", ("no", "bare", None)),
        ("  yes!  ", ("yes", "bare", None)),
        ("<answer>Maybe</answer>", (None, None, "<answer> is neither Yes nor No")),
        ("<answer></answer>", (None, None, "<answer> is empty")),
        ("There is a scratch on the left.", (None, None, "no <answer> tag")),
        ("   ", (None, None, "empty answer")),
    ],
)
def test_iadr1_answers_are_read_as_its_evaluation_reads_them(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert read_answer(text) == expected
