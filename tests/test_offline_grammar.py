"""The offline teacher's text is what every newcomer reads first: for every defect name the
releases use, articles agree, no label is doubled ("a defective defect"), and the releases'
misspelt labels are mended in prose (the type tag keeps the label as released)."""

from __future__ import annotations

import re

import pytest

from iad_data.core.defect_types import a_defect, defect_words, load_type_table
from iad_data.tasks.expert_ad.offline import offline_trace
from iad_data.tasks.expert_ad.record import ExpertAdTruth

TABLE = load_type_table()
NAMES = sorted({(ds.split("/")[0], name) for ds, names in TABLE.datasets.items() for name in names})
BAD = [
    (re.compile(r"\ba [aeiou]", re.I), "'a' before a vowel"),
    (re.compile(r"\ban [^aeiou\W]", re.I), "'an' before a consonant"),
    (re.compile(r"\b(defect|defective|anomalous|bad|ko) defect\b", re.I), "a label doubled"),
    (re.compile(r"particals|melded"), "a misspelt label in prose"),
    (re.compile(r"\bwith (scratch|hole) in\b"), "a countable type without its article"),
]


def _problems(text: str) -> list[str]:
    return [f"{why}: {m.group(0)!r}" for rx, why in BAD for m in [rx.search(text)] if m]


@pytest.mark.parametrize(("dataset", "name"), NAMES)
def test_every_label_reads_as_english(dataset: str, name: str) -> None:
    mapping = TABLE.resolve(dataset, "part", name)
    truth = ExpertAdTruth(
        dataset=dataset,
        category="part",
        label="anomaly",
        defect_type=name,
        canonical_type=mapping.canonical,
        type_group=mapping.group,
        location="top left",
    )
    texts: set[str] = set()
    for seed in range(12):  # the phrasings drawn for twelve sample ids
        trace = offline_trace(truth, f"s{seed}", "metal part")
        texts.update(step.text for step in trace.steps)
    problems = sorted({p for t in texts for p in _problems(t)})
    assert problems == [], texts


def test_noun_phrases() -> None:
    assert a_defect("oil") == "an oil defect"
    assert a_defect("scratch") == "a scratch defect"
    assert a_defect("defective") == "a defect" and a_defect("ko") == "a defect"
    assert a_defect("combined") == "several defects (combined)"
    assert defect_words("foreign_particals_on_candle") == "foreign particles on candle"
    assert defect_words("wax_melded_out_of_the_candle") == "wax melted out of the candle"
