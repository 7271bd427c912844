"""IAD-R1's text format and rewards: exact rendering, strict parsing, reward values."""

from __future__ import annotations

import pytest

from iad_data.core.defect_types import load_type_table
from iad_data.tasks.expert_ad import text as iadr1

TABLE = load_type_table()
YES = (
    "<think>a scratch</think><location>top left</location><type>scratch</type><answer>Yes</answer>"
)
NO = "<think>all fine</think><answer>No</answer>"


def test_render_is_iad_r1_text_exactly() -> None:
    assert iadr1.render("a scratch", True, "top left", "scratch") == YES
    assert iadr1.render("all fine", False, None, None) == NO
    assert iadr1.answer_part(True, "top", "hole") == (
        "<location>top</location><type>hole</type><answer>Yes</answer>"
    )
    assert iadr1.USER_PROMPT == "<image>\nAre there any defects in the query image?"


def test_parse_reads_both_layouts_without_problems() -> None:
    yes = iadr1.parse(YES)
    assert (yes.think, yes.location, yes.type, yes.answer, yes.problems) == (
        "a scratch",
        "top left",
        "scratch",
        "Yes",
        [],
    )
    assert yes.solution == iadr1.answer_part(True, "top left", "scratch")
    no = iadr1.parse(NO)
    assert no.problems == [] and no.solution == "<answer>No</answer>" and not no.says_yes


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "<think>x</think><type>scratch</type><location>top</location><answer>Yes</answer>",
            "a Yes answer must be exactly",
        ),
        ("<think>x</think><location>top</location><answer>No</answer>", "a No answer must carry"),
        ("<think>x</think><answer>yes</answer>", "must be exactly Yes or No"),
        ("<think>x</think><think>y</think><answer>No</answer>", "<think> appears 2 times"),
        ("<think>x</think><answer>No</answer> trailing", "with nothing before"),
        ("<think>x<answer>No</answer>", "<think> is not closed"),
        (
            "<think>x</think><location>middle</location><type>a</type><answer>Yes</answer>",
            "must be one of top left",
        ),
        ("<think> </think><answer>No</answer>", "<think> is empty"),
        ("no tags", "no <answer>"),
    ],
)
def test_parse_names_each_layout_problem(text: str, problem: str) -> None:
    problems = iadr1.parse(text).problems
    assert any(problem in p for p in problems), problems


def test_structure_reward_follows_the_ground_truth() -> None:
    assert iadr1.structure_reward(YES, truth_anomalous=True) == 1.0
    assert iadr1.structure_reward(NO, truth_anomalous=True) == 0.0
    assert iadr1.structure_reward(NO, truth_anomalous=False) == 1.0
    assert iadr1.structure_reward(YES, truth_anomalous=False) == 0.0


def test_location_words_map_to_cells_by_keyword() -> None:
    assert iadr1.location_cell("upper-left corner") == (0, 0)
    assert iadr1.location_cell("lower right") == (2, 2)
    assert iadr1.location_cell("somewhere") == (1, 1)
    assert iadr1.grid_word_of("Upper Left") == "top left"
    assert iadr1.grid_word_of("lower right") == "bottom right"


def test_rich_type_score_grades_like_iad_r1_over_the_richer_table() -> None:
    assert iadr1.rich_type_score("scratch", "scratch", TABLE) == 1.0
    assert iadr1.rich_type_score("broken large", "broken_large", TABLE) == 1.0  # _ as space
    assert iadr1.rich_type_score("scratch", "scratches on the surface", TABLE) == 0.85  # contained
    same = iadr1.rich_type_score("crack", "damage", TABLE)
    assert 0.6 <= same <= 0.85  # same canonical type
    assert iadr1.rich_type_score("hole", "damage", TABLE) == 0.3  # same group
    assert iadr1.rich_type_score("scratch", "damage", TABLE) == 0.0  # other group
    assert iadr1.rich_type_score("surface anomaly", "stain", TABLE) == 0.3
    assert iadr1.rich_type_score("", "stain", TABLE) == 0.0
