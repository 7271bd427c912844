"""The calibration suite: planted records of every class, measured through the real rules,
the report file, ``iad-data validate --calibrate`` and the figures on the published card."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.core.rules import RecordValidator, Rule
from iad_data.tasks.calibration import (
    ERROR_CLASSES,
    PHRASEBOOKS,
    BaseRecords,
    build_base,
    class_names,
    measure,
    plant_cases,
    validator_version,
)
from iad_data.tasks.calibration import phrases as ph
from iad_data.tasks.expert_ad.record import render_trace
from iad_data.tasks.registry import RecordSet, record_sets


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> BaseRecords:
    return build_base(tmp_path_factory.mktemp("calibration"))


def test_every_class_is_planted_in_each_record_set_it_names(base: BaseRecords) -> None:
    cases = plant_cases(base, per_class=12)
    made = {(c.error_class, c.record_set) for c in cases}
    wanted = {(cls.name, rs) for cls in ERROR_CLASSES for rs in cls.planters}
    assert made == wanted
    assert {c.expect for c in cases if c.error_class.startswith("ok_")} == {"pass"}
    assert len(class_names()) == len(set(class_names())) >= 20
    for cls in ERROR_CLASSES:
        for record_set in cls.planters:
            group = [c for c in cases if (c.error_class, c.record_set) == (cls.name, record_set)]
            assert len(group) == 12, (cls.name, record_set)
            if cls.name == "ok_offline":
                continue
            texts = {c.record.model_dump_json(include={"messages"}) for c in group}
            assert len(texts) == len(group)  # no two cases read the same
            words = {c.planted for c in group}
            assert len(words) >= 0.6 * len(group), (cls.name, record_set, words)


def test_planting_is_seeded(base: BaseRecords) -> None:
    first = [c.planted for c in plant_cases(base, per_class=5, seed=3)]
    again = [c.planted for c in plant_cases(base, per_class=5, seed=3)]
    other = [c.planted for c in plant_cases(base, per_class=5, seed=4)]
    assert first == again and first != other


def test_planted_records_stay_well_formed(base: BaseRecords) -> None:
    """No unrelated check can catch a planted record: the text is the trace's rendering, the
    last message is the text, the ids are unique; the error sits in the words."""
    classes = [c for c in class_names() if c != "over_length"]  # measured in the next test
    cases = plant_cases(base, per_class=3, classes=classes)
    assert len({c.case_id for c in cases}) == len(cases)
    for case in cases:
        record = case.record
        assert record.record_id == case.case_id
        if case.record_set == "expert_ad":
            text = render_trace(record.trace)  # type: ignore[attr-defined]
            assert record.text == text == record.messages[-1].content  # type: ignore[attr-defined]
    report = measure(cases, per_class=3)
    for result in report.results:
        assert "schema" not in result.rules and "format" not in result.rules, result.to_dict()


def test_measure_reads_the_real_rules(base: BaseRecords) -> None:
    """Records as the offline teacher wrote them pass; reasoning thousands of words long
    fails the length bound whatever else the rules do."""
    cases = plant_cases(base, per_class=4, classes=["ok_offline", "over_length"])
    report = measure(cases, per_class=4)
    rows = {(r.error_class, r.record_set): r for r in report.results}
    assert rows[("ok_offline", "expert_ad")].rejected == 0
    assert rows[("ok_offline", "instruct_iad")].rejected == 0
    assert report.recall_by_class()["over_length"]["recall"] == 1.0
    assert report.false_reject_rate == 0.0
    assert report.validator_version == validator_version()


def test_a_rule_that_rejects_everything_shows_as_false_rejects(
    base: BaseRecords, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The measure can fail: a validator rejecting every record has 100% recall and 100%
    false rejects, and one rejecting nothing has 0% recall."""
    registry = record_sets()
    original = registry.get("expert_ad")
    cases = plant_cases(base, per_class=6, classes=["hedged_type", "ok_synonyms"])
    cases = [c for c in cases if c.record_set == "expert_ad"]

    def swap(check: Rule[object, object]) -> None:
        validator = RecordValidator(
            config=original.validator.config,
            model=original.validator.model,
            rules=[check],
            truth=original.validator.truth,
        )
        fake = RecordSet(**{**original.__dict__, "validator": validator})
        monkeypatch.setitem(registry._sets, "expert_ad", fake)

    swap(Rule("all", "rejects all", lambda r, t: ["no"]))
    everything = measure(cases, per_class=6)
    assert everything.recall_by_class()["hedged_type"]["recall"] == 1.0
    assert everything.false_reject_rate == 1.0 and not everything.meets_targets
    swap(Rule("none", "rejects none", lambda r, t: []))
    nothing = measure(cases, per_class=6)
    assert nothing.recall_by_class()["hedged_type"]["recall"] == 0.0
    assert nothing.false_reject_rate == 0.0 and not nothing.meets_targets
    assert nothing.validator_version != everything.validator_version  # rule names differ


def test_validator_version_follows_the_rule_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = validator_version()
    assert before == validator_version()
    rules = Path(
        str(record_sets().get("instruct_iad").validator.rules[0].check.__code__.co_filename)
    )
    text = rules.read_bytes()
    monkeypatch.setattr(
        Path, "read_bytes", lambda self: text + b"#" if self == rules else _read(self)
    )
    assert validator_version() != before


def _read(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read()


def test_phrases_expand_alternatives_and_slots() -> None:
    import random

    rng = random.Random(0)
    seen = {ph.expand("[a|b|c] {x}.", rng, x="y") for _ in range(40)}
    assert seen == {"A y.", "B y.", "C y."}
    assert ph.article("oil stain") == "an oil stain" and ph.article("corrosion") == "corrosion"
    assert ph.type_phrase("broken_large") == "a broken large defect"
    places = {ph.place("top left", rng) for _ in range(60)}
    assert any("upper" in p for p in places) and any("away from the center" in p for p in places)


def test_cli_calibrate_prints_the_table_and_writes_the_report(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    result = CliRunner().invoke(
        app, ["validate", "--calibrate", "--per-class", "1", "-w", str(ws)], catch_exceptions=False
    )
    data = json.loads((ws / "reports" / "calibration.json").read_text())
    assert result.exit_code == (0 if data["meets_targets"] else 1), result.output
    assert f"validator {data['validator_version']}" in result.output
    assert "recall" in result.output and "false rejects" in result.output
    assert "target >= 95%" in result.output
    for name in class_names():
        assert name in result.output
    assert set(data["recall"]) == {c.name for c in ERROR_CLASSES if c.expect == "reject"}
    for row in data["classes"]:
        assert row["records"] == 1 and 0 <= row["rejected"] <= 1
    as_json = CliRunner().invoke(
        app, ["validate", "--calibrate", "--per-class", "1", "-w", str(ws), "--json"]
    )
    assert json.loads(as_json.output)["classes"] == data["classes"]


def test_cli_calibrate_refuses_a_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "x.parquet"), "--calibrate"])
    assert result.exit_code == 2 and "give no PATH" in result.output
    result = CliRunner().invoke(app, ["validate"])
    assert result.exit_code == 2 and "--calibrate" in result.output


def test_card_states_the_measured_figures() -> None:
    import polars as pl

    from iad_data.release.card import CardInput, _calibration_section

    figures = {
        "validator_version": "9.9.9+abc",
        "seed": 0,
        "targets": {"recall": 0.95, "false_reject_rate": 0.02},
        "recall": {"hint_leak": {"records": 10, "caught": 7, "recall": 0.7}},
        "false_reject_rate": 0.125,
        "correct_records": 8,
        "meets_targets": False,
    }
    empty = pl.DataFrame({"split": []})
    text = "\n".join(
        _calibration_section(
            CardInput(pretty_name="x", configs=[], samples=empty, calibration=figures)
        )
    )
    assert "## Validator calibration" in text and "`9.9.9+abc`" in text
    assert "| hint_leak | 10 | 7 | 70.0% |" in text
    assert "12.5% of 8" in text and "(not met)" in text
    assert _calibration_section(CardInput(pretty_name="x", configs=[], samples=empty)) == []


def test_publish_states_calibration_measured_for_this_validator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from publish_fixtures import make_workspace

    from iad_data.core.workspace import Workspace
    from iad_data.release.publish import publish
    from iad_data.tasks.calibration import suite

    monkeypatch.setenv("IAD_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(suite, "PUBLISH_PER_CLASS", 2)
    ws = make_workspace(tmp_path)
    stale = {"validator_version": "0.0.0+old", "suite_version": suite.suite_version()}
    ws.reports_dir.mkdir(parents=True, exist_ok=True)
    ws.calibration_report_path.write_text(json.dumps(stale))
    publish(Workspace(ws.path), to=tmp_path / "out", version="1.0.0")
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    figures = json.loads(ws.calibration_report_path.read_text())
    assert figures["validator_version"] == validator_version() != "0.0.0+old"
    assert f"Validator `{figures['validator_version']}`" in card
    for name, row in figures["recall"].items():
        assert f"| {name} | {row['records']} | {row['caught']} |" in card
    assert f"{100 * figures['false_reject_rate']:.1f}% of {figures['correct_records']}" in card

    def no_second_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("the report of this validator is read, not measured again")

    assert list((tmp_path / "cache" / "calibration").glob("*.json"))
    monkeypatch.setattr(suite, "_MEMO", {})
    monkeypatch.setattr(suite, "run_calibration", no_second_run)
    monkeypatch.setenv("IAD_DATA_CACHE", str(tmp_path / "empty"))  # only the report can answer
    publish(Workspace(ws.path), to=tmp_path / "out2", version="1.0.1")
    assert f"Validator `{figures['validator_version']}`" in (
        tmp_path / "out2" / "README.md"
    ).read_text(encoding="utf-8")
    ws.calibration_report_path.unlink()  # no report: the user's cache holds this validator's
    monkeypatch.setenv("IAD_DATA_CACHE", str(tmp_path / "cache"))
    publish(Workspace(ws.path), to=tmp_path / "out3", version="1.0.2")
    assert json.loads(ws.calibration_report_path.read_text()) == figures


# ------------------------------------------------------------------ the held-out phrasebook


@pytest.mark.parametrize("book", list(PHRASEBOOKS[1:]))
def test_other_books_plant_every_class_in_both_record_sets(base: BaseRecords, book: str) -> None:
    cases = plant_cases(base, per_class=3, phrasebook=book)
    made = {(c.error_class, c.record_set) for c in cases}
    assert made == {(cls.name, rs) for cls in ERROR_CLASSES for rs in cls.planters}
    assert {c.record_set for c in cases} == {"expert_ad", "instruct_iad"}
    main = {c.planted for c in plant_cases(base, per_class=3)}
    held = {c.planted for c in cases if not c.error_class.startswith(("ok_offline", "over_"))}
    assert held - main  # other words, not the main book's


@pytest.mark.parametrize(
    ("book", "other"),
    [(book, other) for k, book in enumerate(PHRASEBOOKS) for other in PHRASEBOOKS[:k]],
)
def test_books_are_worded_apart(book: str, other: str) -> None:
    """Each book is mostly its own words. Books written blind by different authors share a
    few short forms ("{kind} or {other}", "centre"), so the bound is a share, not none; the
    six books written before fresh5 share nothing; fresh5 onwards were written blind by
    helpers who could not see the others."""
    from dataclasses import fields

    from iad_data.tasks.calibration import Phrasebook, phrasebook

    main, held = phrasebook(other), phrasebook(book)
    assert held.name == book and phrasebook(held) is held
    assert main.templates() and held.templates()
    blind = set(PHRASEBOOKS[PHRASEBOOKS.index("fresh5") :])  # written by helpers, blind
    blind_pair = {book, other} & blind
    bound = 0.15 if blind_pair else 0.0
    shared = main.templates() & held.templates()
    assert len(shared) <= bound * len(held.templates()), shared
    for f in fields(Phrasebook):  # same names, filled, the same keys
        if f.name == "name":
            continue
        value = getattr(held, f.name)
        assert value, f.name
        if isinstance(value, dict):
            assert set(value) == set(getattr(main, f.name)), f.name
    assert held.synonyms.keys() == main.synonyms.keys()
    names = [(key, n) for key, ns in held.synonyms.items() for n in ns]
    same = [(key, n) for key, n in names if n in main.synonyms[key]]
    # a real synonym is one of few: two blind authors reach for "a crease" alike, so up to
    # half of a blind book's synonyms may be another's; its sentences stay its own
    assert len(same) <= (0.5 if blind_pair else 0.0) * len(names), same
    assert set(held.cell_words) == set(ph.CELLS)
    words = [(cell, w) for cell, ws in held.cell_words.items() for w in set(ws) - {cell}]
    common = [(cell, w) for cell, w in words if w in main.cell_words[cell]]
    # a grid cell has few names ("upper left", "top-left corner"): two blind authors may
    # share all of them, so only the sentences around them are held apart
    if not blind_pair:
        assert not common, common
    assert held.part_names.keys() == main.part_names.keys()


PROVIDED_SLOTS: dict[str, set[str]] = {
    "dismissals": {"place", "product"},
    "sightings": {"kind", "place", "product"},
    "wrong_places": {"place"},
    "hedges": {"a_kind", "a_other"},
    "hedged_tags": {"kind", "other"},
    "flipped_yes": {"product"},
    "flipped_no": {"product"},
    "negated_yes_wrong": {"product", "kind", "place"},
    "negated_no_wrong": {"product", "kind", "place"},
    "negated_yes_ok": {"product", "a_kind", "place"},
    "passes_no_ok": {"product"},
    "leaks": {"source", "place", "a_kind", "product"},
    "leaks_normal": {"source", "product"},
    "step_prose": {"step"},
    "step_prose_normal": {"step"},
    "one_shot_compare": {"product"},
    "one_shot_compare_normal": {"product"},
    "sibling_looks": {"a_sib"},
    "conclude_with": {"product", "a_kind", "where"},
    "conclude_other": {"product", "a_other", "where"},
    "conclude_at_part": {"product", "part", "where"},
    "synonym_looks": {"syn"},
    "synonym_conclusions": {"product", "syn", "where"},
    "yes_shows": {"product", "a_kind", "where"},
    "part_yes": {"product", "part", "where"},
    "location_answers": {"where"},
    "cause_leads": {"Name", "name", "cause"},
    "cause_prose": {"step", "cite"},
    "canonical_answers": {"c", "a_c"},
    "first_turn": {"product", "what", "where"},
    "place_frames": {"w"},
}
"""the slots the planters fill, per template table"""


@pytest.mark.parametrize("book", list(PHRASEBOOKS))
def test_every_template_uses_only_the_slots_its_planter_fills(book: str) -> None:
    import string

    from iad_data.tasks.calibration import phrasebook

    words = phrasebook(book)
    assert set(PROVIDED_SLOTS) >= {
        n for n in vars(words) if any("{" in t for t in getattr(words, n) if isinstance(t, str))
    }
    for name, provided in PROVIDED_SLOTS.items():
        for template in getattr(words, name):
            used = {n for _, n, _, _ in string.Formatter().parse(template) if n}
            assert used <= provided, (name, template)


@pytest.mark.parametrize("book", list(PHRASEBOOKS[1:]))
def test_other_books_cases_are_seeded(base: BaseRecords, book: str) -> None:
    def planted(seed: int) -> list[str]:
        return [c.planted for c in plant_cases(base, per_class=2, seed=seed, phrasebook=book)]

    assert planted(5) == planted(5) != planted(6)


def test_unknown_phrasebook_is_refused(base: BaseRecords) -> None:
    from iad_data.errors import InputError

    with pytest.raises(InputError, match="held_out"):
        plant_cases(base, per_class=1, phrasebook="nope")


def test_report_names_its_book_and_keeps_its_figures_apart(
    base: BaseRecords, tmp_path: Path
) -> None:
    from iad_data.core.workspace import Workspace
    from iad_data.tasks.calibration import report_path, suite_version

    cases = plant_cases(base, per_class=1, classes=["ok_passes_inspection"], phrasebook="held_out")
    report = measure(cases, per_class=1, phrasebook="held_out")
    assert report.phrasebook == "held_out" and "phrasebook held_out" in report.render()
    data = report.to_dict()
    assert data["phrasebook"] == "held_out"
    assert data["suite_version"] == suite_version("held_out") != suite_version()
    main = measure(plant_cases(base, per_class=1, classes=["ok_passes_inspection"]), per_class=1)
    assert main.to_dict()["phrasebook"] == "main" and "phrasebook main" in main.render()
    ws = Workspace(tmp_path / "ws")
    assert report_path(ws) == ws.calibration_report_path
    assert report_path(ws, phrasebook="held_out").name == "calibration-held_out.json"
    assert report_path(ws, judge=True, phrasebook="held_out").name == (
        "calibration-judge-held_out.json"
    )


def test_calibration_figures_never_confuse_two_books(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iad_data.core.workspace import Workspace
    from iad_data.tasks.calibration import suite

    runs: list[str] = []

    def fake_run(workspace: object, *, per_class: int, phrasebook: str) -> object:
        runs.append(phrasebook)

        class Report:
            def to_dict(self) -> dict[str, object]:
                return {
                    "validator_version": suite.validator_version(),
                    "suite_version": suite.suite_version(phrasebook),
                    "phrasebook": phrasebook,
                    "judge": None,
                }

        return Report()

    monkeypatch.setenv("IAD_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(suite, "_MEMO", {})
    monkeypatch.setattr(suite, "run_calibration", fake_run)
    ws = Workspace(tmp_path / "ws")
    main = suite.calibration_figures(ws, per_class=1)
    held = suite.calibration_figures(ws, per_class=1, phrasebook="held_out")
    assert (main["phrasebook"], held["phrasebook"]) == ("main", "held_out") and runs == [
        "main",
        "held_out",
    ]
    assert json.loads(ws.calibration_report_path.read_text())["phrasebook"] == "main"
    assert suite.calibration_figures(ws, per_class=1)["phrasebook"] == "main"
    assert suite.calibration_figures(ws, per_class=1, phrasebook="held_out") == held
    assert runs == ["main", "held_out"]  # each read back, neither measured again
    assert len(list((tmp_path / "cache" / "calibration").glob("*.json"))) == 2


def test_cli_calibrate_with_the_held_out_book(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    args = ["validate", "--calibrate", "--per-class", "1", "-w", str(ws)]
    result = CliRunner().invoke(app, [*args, "--phrasebook", "held_out"], catch_exceptions=False)
    data = json.loads((ws / "reports" / "calibration-held_out.json").read_text())
    assert result.exit_code == (0 if data["meets_targets"] else 1), result.output
    assert data["phrasebook"] == "held_out" and "phrasebook held_out" in result.output
    assert not (ws / "reports" / "calibration.json").exists()  # the card's report untouched
    bad = CliRunner().invoke(app, [*args, "--phrasebook", "nope"])
    assert bad.exit_code == 2 and "held_out" in bad.output
    alone = CliRunner().invoke(app, ["validate", str(tmp_path / "x.jsonl"), "--phrasebook", "x"])
    assert alone.exit_code == 2 and "--calibrate" in alone.output


def test_a_wrong_type_is_never_made_of_the_truths_own_words() -> None:
    """Planting "contamination" as the wrong type of metal_contamination would count a
    correct record as an error caught."""
    import random

    from iad_data.tasks.calibration import phrasebook
    from iad_data.tasks.calibration.planting import _other_type

    book = phrasebook("main")
    drawn = {_other_type(book, {"metal contamination"}, random.Random(k)) for k in range(200)}
    assert drawn and not any("contamination" in t.split() for t in drawn), drawn
