"""The rule engine, the Expert-AD rules on constructed wrong records, and ``validate_path``."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from expert_ad_faults import ANOMALY_KINDS, EXPECTED_RULE, NORMAL_KINDS, corrupt, offline_workspace

from iad_data.core.rules import Rule, ValidationReport, flat_findings, run_rules
from iad_data.errors import InputError
from iad_data.ingestion.generators import SyntheticTree
from iad_data.tasks.expert_ad.record import (
    ExpertAdRecord,
    build_record,
    one_shot_variant,
    render_trace,
)
from iad_data.tasks.expert_ad.rules import RULES, RuleConfig, box_iou, grid_words_in, make_rules
from iad_data.tasks.expert_ad.synthesize import read_records, validate_record
from iad_data.tasks.validate import validate_path


@pytest.fixture(scope="module")
def records(
    mvtec_tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory
) -> list[ExpertAdRecord]:
    ws = offline_workspace(mvtec_tree, tmp_path_factory.mktemp("val") / "ws")
    return list(read_records(ws / "records" / "expert_ad.parquet").values())


def test_rules_run_by_name_and_report_counts_every_rule() -> None:
    rules: list[Rule[int, int]] = [
        Rule("positive", "value > 0", lambda v, t: [] if v > 0 else [f"{v} <= 0"]),
        Rule("below", "value < truth", lambda v, t: [] if v < t else [f"{v} >= {t}"]),
    ]
    assert run_rules(rules, 1, 5) == {}
    assert run_rules(rules, -7, -9) == {"positive": ["-7 <= 0"], "below": ["-7 >= -9"]}
    assert flat_findings({"below": ["a", "b"]}) == ["below: a", "below: b"]
    report = ValidationReport(rules=[r.name for r in rules])
    for value in (1, -1, 9):
        report.add(f"r{value}", run_rules(rules, value, 5), scores={"v": value}, group="g")
    assert (report.records, report.passed, report.failed, report.ok) == (3, 1, 2, False)
    assert report.table() == [("positive", 1), ("below", 1)]
    assert report.examples["below"] == ["r9: 9 >= 5"]
    assert report.scores == {"v": 3.0}
    assert report.groups["g"] == {"records": 3, "passed": 1, "v": 3.0}


def test_offline_records_pass_every_rule_with_perfect_scores(records: list[ExpertAdRecord]) -> None:
    assert len(records) == 36
    for record in records:
        assert run_rules(RULES, record, record.truth) == {}
        assert record.scores["format"] == 1.0 and record.scores["verdict"] == 1.0
        if record.truth.anomalous:
            assert record.scores["accuracy"] == 2.0 and record.scores["box_iou"] == 1.0
            assert record.text.endswith("<answer>Yes</answer>")
        else:
            assert record.scores["accuracy"] == 1.0
            assert record.text.endswith("</think><answer>No</answer>")


@pytest.mark.parametrize("kind", sorted(EXPECTED_RULE))
def test_each_kind_of_wrong_trace_is_caught_and_only_by_design(
    records: list[ExpertAdRecord], kind: str
) -> None:
    caught = 0
    tried = 0
    for record in records:
        kinds = ANOMALY_KINDS if record.truth.anomalous else NORMAL_KINDS
        if kind not in kinds or (kind == "type" and record.truth.canonical_type is None):
            continue
        wrong = corrupt(record.trace, record.truth, kind)
        rebuilt = build_record(wrong, record.sample_id, record.truth, record.provenance)
        _, findings = validate_record(rebuilt)
        tried += 1
        caught += EXPECTED_RULE[kind] in findings
    assert tried > 0 and caught == tried


def test_format_rule_catches_edited_text(records: list[ExpertAdRecord]) -> None:
    record = next(r for r in records if r.truth.anomalous)
    swapped = record.text.replace("<location>", "<loc>").replace("</location>", "</loc>")
    bad = record.model_copy(update={"text": swapped})
    findings = run_rules(RULES, bad, bad.truth)
    assert "format" in findings and "schema" in findings  # text is no longer the rendering


def test_thresholds_are_settings(records: list[ExpertAdRecord]) -> None:
    record = next(r for r in records if r.truth.anomalous and r.truth.canonical_type == "damage")
    hole = record.trace.model_copy(
        update={"answer": record.trace.answer.model_copy(update={"defect_type": "hole"})}
    )
    steps = [s.model_copy(update={"text": s.text.replace("damage", "hole")}) for s in hole.steps]
    hole = hole.model_copy(update={"steps": steps})
    rebuilt = build_record(hole, record.sample_id, record.truth, record.provenance)
    assert "type" in run_rules(RULES, rebuilt, rebuilt.truth)  # same group only: 0.3
    lenient = make_rules(RuleConfig(type_threshold=0.3))
    assert "type" not in run_rules(lenient, rebuilt, rebuilt.truth)


def test_helpers() -> None:
    assert grid_words_in("a crack in the top left, not the top") == ["top left"]  # negated
    assert grid_words_in("in the upper-left corner, then the centre") == ["top left", "center"]
    assert grid_words_in("in the middle") == ["center"]
    assert grid_words_in("at the top centre of the image") == ["top"]
    assert grid_words_in("the lower part") == []  # a row, not a cell


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        ("As given, the bottle is broken.", True),
        ("The ground-truth says a crack.", True),
        ("According to the mask the defect is small.", True),
        ("The hint says top left.", True),
        ("Following the hint, I look at the rim.", True),
        ("There is a faint hint of rust near the rim.", False),
        ("The label on the chip is printed cleanly.", False),
        ("The label says scratch.", True),
    ],
)
def test_leakage_phrases(records: list[ExpertAdRecord], text: str, leaks: bool) -> None:
    from iad_data.tasks.expert_ad.rules import check_leakage

    record = records[0]
    steps = [
        s.model_copy(update={"text": text}) if s.kind == "observation" else s
        for s in record.trace.steps
    ]
    trace = record.trace.model_copy(update={"steps": steps})
    rebuilt = build_record(trace, record.sample_id, record.truth, record.provenance)
    assert bool(check_leakage(rebuilt, rebuilt.truth)) is leaks
    assert box_iou([[0, 0, 0.5, 0.5]], [[0, 0, 0.5, 0.5]]) == 1.0
    assert box_iou([[0.5, 0.5, 1, 1]], [[0, 0, 0.5, 0.5]]) == 0.0
    assert box_iou([], [[0, 0, 1, 1]]) is None


def test_validate_path_reads_parquet_and_jsonl(
    records: list[ExpertAdRecord], tmp_path: Path
) -> None:
    from iad_data.core.table import to_frame

    parquet = tmp_path / "r.parquet"
    to_frame(ExpertAdRecord, records).write_parquet(parquet)
    report = validate_path(parquet)
    assert report.ok and report.records == 36 and report.config == "expert_ad"
    assert report.table()[0] == ("schema", 0) and len(report.table()) == 10
    assert set(report.groups) == {"mvtec_ad/bottle", "mvtec_ad/grid", "mvtec_ad/wood"}
    assert report.groups["mvtec_ad/wood"]["verdict"] == 1.0

    jsonl = tmp_path / "r.jsonl"
    rows = [r.model_dump(mode="json") for r in records]
    rows[0]["trace"]["answer"]["boxes"] = "not a list"  # schema
    rows[1]["text"] = rows[1]["text"].replace("<think>", "<think>As given, ", 1)
    del rows[2]["truth"]
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = validate_path(jsonl)
    assert report.records == 36 and report.failed == 3
    assert report.rule_failures["schema"] == 3  # the edited text no longer renders the trace
    assert report.rule_failures["leakage"] == 1
    assert any("truth" in line for line in report.examples["schema"])


def test_validate_path_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        validate_path(tmp_path / "none.parquet")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"config": "expert_ad"}\nnot json\n')
    with pytest.raises(InputError, match="line 2 is not JSON"):
        validate_path(bad)
    other = tmp_path / "other.jsonl"
    other.write_text('{"config": "nonsense"}\n')
    with pytest.raises(InputError, match="no schema or rules for record config 'nonsense'"):
        validate_path(other)
    empty = tmp_path / "empty.parquet"
    pl.DataFrame({"config": []}, schema={"config": pl.String}).write_parquet(empty)
    with pytest.raises(InputError, match="holds no records"):
        validate_path(empty)


def test_render_is_stable(records: list[ExpertAdRecord]) -> None:
    for record in records:
        assert render_trace(record.trace) == record.text == record.messages[-1].content
        assert record.solution == record.truth.solution()


def test_one_shot_variant_puts_the_reference_first(records: list[ExpertAdRecord]) -> None:
    record = records[0]
    shot = one_shot_variant(record, "ref.id")
    assert shot.images == ["ref.id", record.sample_id]
    assert shot.messages[0].content.count("<image>") == 2
    assert shot.text == record.text and shot.record_id.endswith(".1shot")
    assert run_rules(RULES, shot, shot.truth) == {}
