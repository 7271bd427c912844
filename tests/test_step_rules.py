"""Every step read, on both record sets: each class of wrong step fails the rule that owns it
with the step and its words quoted, and natural paraphrases of right steps pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rule_records import conversation, template, trace_record, with_answer, with_step, with_type

from iad_data.core.options import TeacherStageOptions
from iad_data.core.rules import run_rules
from iad_data.tasks.expert_ad.record import ExpertAdRecord, ExpertAdTrace, ReasoningStep
from iad_data.tasks.expert_ad.rules import RULES
from iad_data.tasks.instruct_iad.record import InstructRecord
from iad_data.tasks.instruct_iad.rules import check_record


def trace_findings(record: ExpertAdRecord) -> dict[str, list[str]]:
    return run_rules(RULES, record, record.truth)


def talk_findings(record: InstructRecord) -> dict[str, list[str]]:
    return check_record(record, record.truth)


def test_valid_records_of_both_sets_pass() -> None:
    for defect in ("broken_small", "broken_large", "contamination", "good"):
        record = trace_record(defect)
        assert trace_findings(record) == {}, defect
        talk = conversation(defect)
        assert talk_findings(talk) == {}, defect


# ---------------------------------------------------------------- expert_ad: every step


@pytest.mark.parametrize(
    ("kind", "text", "rule"),
    [
        ("comparison", "That dark mark on the rim is only dust, not a defect.", "steps"),
        ("comparison", "The glass bottle is flawless, exactly like a good one.", "steps"),
        ("observation", "This bottle passes inspection as it stands.", "steps"),
        ("localisation", "The chipped area is in the upper right corner of the image.", "steps"),
        ("localisation", "The damage sits right in the centre of the image.", "steps"),
        ("characterisation", "It might be a chip, or possibly a stain on the glass.", "steps"),
        ("characterisation", "The region shows a clear scratch across the glass.", "steps"),
        ("characterisation", "This is a contamination defect: a dirty smear.", "steps"),
        ("comparison", "The annotation marks an area near the rim.", "leakage"),
        ("comparison", "As the reference box shows, the rim is damaged.", "leakage"),
        ("comparison", "I was told to look at the rim, which is chipped.", "leakage"),
        ("comparison", "The mechanism is clear: poor gob feeding and annealing.", "steps"),
        ("comparison", "The chip comes from compression and embossing of the tablet.", "steps"),
    ],
)
def test_wrong_anomalous_steps_fail_with_the_step_quoted(kind: str, text: str, rule: str) -> None:
    record = with_step(trace_record("broken_small"), kind, text)
    found = trace_findings(record)
    assert rule in found, found
    index = [str(s.kind) for s in record.trace.steps].index(kind) + 1
    assert any(f"step {index} ({kind})" in m for m in found[rule]), found[rule]
    if rule == "steps":
        assert any(repr(" ".join(text.split())) in m for m in found[rule]) or any(
            "step" in m for m in found[rule]
        )


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("comparison", "Unlike a good bottle, the rim here has a visible crack."),
        ("localisation", "A scratch runs across the glass in the top left."),
        ("characterisation", "The part shows a dent, so it is not defect-free."),
        ("comparison", "The bottle is far from flawless."),
    ],
)
def test_a_normal_trace_that_describes_a_defect_fails(kind: str, text: str) -> None:
    record = with_step(trace_record("good"), kind, text)
    found = trace_findings(record)
    assert "steps" in found, found


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            "comparison",
            "Compared with a good bottle, the rim is not defect-free: a notch breaks it.",
        ),
        ("localisation", "The notch lies in the lower left, well away from the centre."),
        ("localisation", "The chipped rim sits at the lower-left corner of the frame."),
        ("characterisation", "It is a chipped rim: a small nick in the finish."),
        ("characterisation", "The rim has a small chip, a kind of damage."),
        ("comparison", "Most of the glass is clean, but one spot on the rim is chipped."),
        ("comparison", "There is a hint of dust elsewhere, nothing more."),
        ("comparison", "The rest of the ring is intact; only one part of it is broken off."),
    ],
)
def test_natural_paraphrases_of_a_right_trace_pass(kind: str, text: str) -> None:
    record = with_step(trace_record("broken_small"), kind, text)
    assert trace_findings(record) == {}


@pytest.mark.parametrize(
    "text",
    [
        "In conclusion, the bottle passes inspection; no defect is visible.",
        "The part is not defective and can ship.",
        "Verdict: fine, nothing wrong anywhere.",
    ],
)
def test_normal_conclusions_in_other_words_pass(text: str) -> None:
    assert trace_findings(with_step(trace_record("good"), "conclusion", text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "In conclusion the bottle is not free of defects, with a chip in the bottom left.",
        "Therefore the glass bottle is far from flawless: a chipped rim at the lower left.",
        "The bottle fails inspection because of a small chip at the bottom-left corner.",
    ],
)
def test_anomalous_conclusions_with_negation_pass(text: str) -> None:
    record = with_step(trace_record("broken_small"), "conclusion", text)
    record = with_type(record, "chipped rim")
    assert trace_findings(record) == {}


@pytest.mark.parametrize(
    ("words", "passes"),
    [
        ("chipped rim", True),
        ("damage", True),
        ("broken small", True),
        ("scratch or chip", False),
        ("possibly damage", False),
        ("chip/stain", False),
        ("broken large", False),  # the category's sibling type
        ("rim", False),  # a part of the bottle
        ("contamination", False),
    ],
)
def test_type_answers(words: str, passes: bool) -> None:
    record = trace_record("broken_small")
    steps = [
        s.model_copy(
            update={"text": f"In conclusion, the bottle shows {words} at the bottom left."}
        )
        if s.kind == "conclusion"
        else s
        for s in record.trace.steps
    ]
    rebuilt = with_type(
        record.model_copy(update={"trace": ExpertAdTrace(steps=steps, answer=record.trace.answer)}),
        words,
    )
    assert ("type" not in trace_findings(rebuilt)) is passes, trace_findings(rebuilt)


def test_step_claims_are_checked_against_truth_and_words() -> None:
    from iad_data.core.reading.claims import StepClaims

    record = trace_record("broken_small")
    steps = list(record.trace.steps)
    loc = next(i for i, s in enumerate(steps) if s.kind == "localisation")
    steps[loc] = ReasoningStep(
        kind="localisation",
        text=steps[loc].text,
        claims=StepClaims(verdict="anomaly", location="top right"),
    )
    wrong = record.model_copy(
        update={"trace": ExpertAdTrace(steps=steps, answer=record.trace.answer)}
    )
    found = trace_findings(wrong)
    assert any("claims location 'top right'" in m for m in found["steps"])
    steps[loc] = ReasoningStep(
        kind="localisation",
        text="The chip lies in the top right of the image.",
        claims=StepClaims(verdict="anomaly", location="bottom left"),
    )
    said = record.model_copy(
        update={"trace": ExpertAdTrace(steps=steps, answer=record.trace.answer)}
    )
    assert any("its words say" in m for m in trace_findings(said)["steps"])


def test_repetition_and_token_bounds() -> None:
    record = trace_record("broken_small")
    obs = record.trace.steps[0].text
    padded = with_step(record, "comparison", obs)
    assert "repetition" in trace_findings(padded)
    long = with_step(record, "comparison", "The glass rim shows a chip. " + "Very " * 600)
    found = trace_findings(long)
    assert any("tokens" in m for m in found["bounds"])
    from iad_data.tasks.expert_ad.rules import rules_for

    tight = rules_for(TeacherStageOptions(max_text_tokens=60))
    assert "bounds" in run_rules(tight, record, record.truth)


# ---------------------------------------------------------------- instruct_iad: every answer


@pytest.mark.parametrize(
    ("index", "text", "rule"),
    [
        (
            0,
            "The bottle is far from flawless; there is a broken small defect at the bottom left.",
            None,
        ),
        (0, "The bottle passes inspection; it is in perfect condition.", "verdict"),
        (0, "Looking closely, this bottle is defect-free.", "verdict"),
        (0, "Yes. It might be a broken small defect, or possibly contamination.", "turns"),
        (0, "Yes. The broken small defect sits in the top right of the image.", "turns"),
        (0, "Yes. The label says broken small, at the bottom left.", "no_hint_leakage"),
        (
            0,
            "Yes. According to the provided mask the rim is chipped at the bottom left.",
            "no_hint_leakage",
        ),
        (1, "A broken small defect points to annealing in the lehr, which leaves stress.", "turns"),
        (1, "A broken small defect comes from compression and embossing.", "turns"),
        (
            1,
            "The chip comes from knocks while conveying [step:conveying_inspection]. "
            "The chip comes from knocks while conveying [step:conveying_inspection].",
            "repetition",
        ),
    ],
)
def test_wrong_answers_of_a_conversation_fail(index: int, text: str, rule: str | None) -> None:
    record = with_answer(conversation("broken_small"), index, text)
    found = talk_findings(record)
    if rule is None:
        assert found == {}, found
    else:
        assert rule in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Yes. The rim is chipped in the upper left of the image.",
        "Yes. There is a chipped rim in the lower part, away from the center.",
    ],
)
def test_places_in_natural_words(text: str) -> None:
    record = with_answer(conversation("broken_small"), 0, text)
    found = talk_findings(record)
    if "upper left" in text:
        assert "turns" in found  # the defect is at the bottom left
    else:
        assert "turns" not in found, found


def test_instruct_answers_may_use_canonical_types_and_place_variants() -> None:
    record = template("classification")
    canonical = with_answer(record, 0, "The glass bottle shows damage: a chipped rim.")
    canonical = canonical.model_copy(
        update={"claims": canonical.claims.model_copy(update={"defect_type": "damage"})}
    )
    assert talk_findings(canonical) == {}
    place = template("localisation")
    for words in ("lower left", "lower-left corner", "bottom-left region"):
        text = f"The defect is in the {words} of the image, bounding box [6, 40, 19, 49]."
        assert talk_findings(with_answer(place, 0, text)) == {}, words
    wrong = with_answer(place, 0, "The defect is in the upper right, box [6, 40, 19, 49].")
    assert "location" in talk_findings(wrong)


def test_instruct_sibling_types_and_normal_answers() -> None:
    sibling = with_answer(template("classification"), 0, "It is a broken large defect.")
    assert "defect_type" in talk_findings(sibling) or "turns" in talk_findings(sibling)
    normal = template("discrimination", "good")
    ok = with_answer(normal, 0, "No. The bottle is not defective and passes inspection.")
    assert talk_findings(ok) == {}
    flipped = with_answer(normal, 0, "The bottle is far from flawless.")
    assert {"verdict", "turns"} & set(talk_findings(flipped))


def test_instruct_token_bound_is_an_option() -> None:
    from iad_data.tasks.instruct_iad.rules import rules_for

    record = conversation("broken_small")
    rules = rules_for(TeacherStageOptions(max_text_tokens=20))
    assert "bounds" in run_rules(rules, record, record.truth)


def test_rejects_keep_the_quoted_step(tmp_path: Path) -> None:
    """A teacher answer with a dismissing middle step lands in rejects/ with its words."""
    from iad_data.tasks.store import write_rejects

    record = with_step(trace_record("broken_small"), "comparison", "It is only dust, not a defect.")
    found = trace_findings(record)
    path = tmp_path / "rejects.jsonl"
    write_rejects(path, [{"record_id": record.record_id, "findings": found}], set())
    row = json.loads(path.read_text().splitlines()[0])
    assert any("step 2 (comparison)" in m and "only dust" in m for m in row["findings"]["steps"])


# ---------------------------------------------------------------- classes added with the reader


@pytest.mark.parametrize(
    ("index", "text", "rule"),
    [
        # a part of the product named as the defect's type
        (0, "Yes. The glass bottle has a neck defect at the bottom left.", "turns"),
        # a specific type of another canonical type: a bottle's chip is not a dent
        (0, "Yes. The glass bottle has a dent at the bottom left.", "turns"),
        # IAD-R1's grid: "the left side" is the middle-left cell, not the bottom left
        (0, "Yes. The glass bottle shows a chipped rim on the left side.", "turns"),
        (0, "Yes. The glass bottle shows a chipped rim in the lower-left corner.", None),
        # a one-word step of another category in a sentence about causes
        (1, "The chip most likely goes back to tufting.", "turns"),
        # an umbrella word fits: a chip is damage
        (0, "Yes. The glass bottle is damaged at the bottom left: a chipped rim.", None),
        # a step of another category named by its operation
        (1, "The chip is attributed to an irregularity in the tufting operation.", "turns"),
        # a stray word given as the type after the type's own clause
        (0, "Yes. The glass bottle is defective; the type I would give is neckband.", "turns"),
    ],
)
def test_parts_types_grid_cells_and_foreign_steps(index: int, text: str, rule: str | None) -> None:
    record = with_answer(conversation("broken_small"), index, text)
    found = talk_findings(record)
    if rule is None:
        assert found == {}, found
    else:
        assert rule in found, found


def test_a_hedged_type_claim_fails_in_both_sets() -> None:
    talk = template("classification")
    hedged = talk.model_copy(
        update={"claims": talk.claims.model_copy(update={"defect_type": "chip (possibly stain)"})}
    )
    assert "defect_type" in talk_findings(hedged)
    record = with_type(trace_record("broken_small"), "chip or stain")
    assert "type" in trace_findings(record)


@pytest.mark.parametrize(
    "text",
    [
        "Defect type: damage.",  # the canonical type, as a label
        "Defect type: broken small.",
    ],
)
def test_a_labelled_type_names_the_defect(text: str) -> None:
    record = template("classification")
    record = with_answer(record, 0, text)
    assert "defect_type" not in talk_findings(record), talk_findings(record)


def test_a_finding_quotes_the_steps_own_words() -> None:
    # step names are masked while reading ("annealing" is no defect word), never in the quote
    text = "It might be a chip from annealing, or possibly a stain left by the coating."
    found = trace_findings(with_step(trace_record("broken_small"), "characterisation", text))
    quoted = [m for m in found["steps"] if "hedges" in m]
    assert quoted and all("from annealing" in m and "the step" not in m for m in quoted), found


def test_a_part_of_the_product_is_no_type_even_inside_the_defect_name() -> None:
    """The screw's "thread" is a part (a stray thread is the carpet's defect), though the
    truth is called thread_top; "thread top" itself is the type."""
    record = trace_record("thread_top", "screw")
    assert "type" in trace_findings(with_type(record, "thread")), trace_findings(record)
    assert "type" not in trace_findings(with_type(record, "thread top"))


def test_an_arrow_in_the_reasoning_is_no_tag() -> None:
    """IAD-R1's layout breaks on a tag in the reasoning, not on an arrow or a comparison."""
    record = trace_record("broken_small")
    arrow = "Rim checked -> a chip is visible at the bottom left, depth < 1 mm."
    assert "bounds" not in trace_findings(with_step(record, "observation", arrow))
    tagged = "The rim shows a chip <answer>Yes</answer> at the bottom left."
    assert "bounds" in trace_findings(with_step(record, "observation", tagged))


def test_only_a_yes_or_no_standing_alone_opens_an_answer() -> None:
    """ "No way this bottle passes" states a defect, it does not answer No; "No." does."""
    record = conversation("broken_small")
    first = record.messages[[m.role for m in record.messages].index("assistant")].content
    rest = first.partition(". ")[2]
    said = with_answer(record, 0, f"No way this glass bottle passes. {rest}")
    assert "verdict" not in check_record(said, said.truth), check_record(said, said.truth)
    said = with_answer(record, 0, f"No. {rest}")
    assert any("opens with 'no'" in m for m in check_record(said, said.truth)["verdict"])


def test_an_umbrella_word_pointing_back_in_a_cause_sentence_names_no_type() -> None:
    """ "The damage is consistent with a slip during shearing [step:...]" explains the
    finding already named; "damage" there is no second type for a colour defect."""
    from iad_data.tasks.checks import StepTruth, category_lexicon, check_step

    carpet = category_lexicon("mvtec_ad", "carpet")
    truth = StepTruth(anomalous=True, lexicon=carpet, defect_name="color", location="top left")
    said = "The damage is consistent with a slip during shearing [step:shearing_finishing]."
    assert not [f for f in check_step("s", said, truth) if "names damage" in f]
    uncited = "The damage is consistent with a slip during shearing."
    assert [f for f in check_step("s", uncited, truth) if "names damage" in f]
