"""IAD-R1's rewards as its published reward code computes them (Yanhui-Lee/IAD-R1 @ 625b936,
``train/stage_rl/reward.py`` and ``reward_process/``): every expected value below is what that
code returns for the case, read and run from its source; the quirks are the contract."""

from __future__ import annotations

import pytest

from iad_data.tasks.expert_ad.rewards import (
    accuracy,
    accuracy_reward,
    consistency,
    format_reward,
    location_score,
    type_score,
)

S_Y = "<location>top left</location><type>scratch</type><answer>Yes</answer>"
S_C = "<location>center</location><type>Contamination</type><answer>Yes</answer>"
S_N = "<answer>No</answer>"
T = "<think>t</think>"


def _yes(location: str = "top left", kind: str = "scratch", answer: str = "yes") -> str:
    return f"{T}<location>{location}</location><type>{kind}</type><answer>{answer}</answer>"


CASES = [
    # completion, solution, accuracy, format
    (_yes(), S_Y, 2.0, 1.0),
    (_yes("upper-left corner", "Scratch", "Yes"), S_Y, 2.0, 1.0),
    (_yes("leftmost top", "scratch mark"), S_Y, 1.925, 1.0),
    (_yes("bottom right"), S_Y, 1.5, 1.0),
    (_yes(kind="hole"), S_Y, 1.5, 1.0),
    (_yes(kind="stain"), S_Y, 1.65, 1.0),
    (_yes(kind="surface anomaly"), S_Y, 1.65, 1.0),
    (f"{T}<location>top left</location><answer>yes</answer>", S_Y, 1.5, 0.0),
    (f"{T}<answer>yes</answer>", S_Y, 1.0, 0.0),
    (f"{T}<answer>no</answer>", S_Y, 0.0, 0.0),
    (_yes(answer="no"), S_Y, 1.0, 1.0),
    (_yes(answer="Yes."), S_Y, 1.0, 1.0),
    (_yes(answer=" YES "), S_Y, 2.0, 1.0),
    (_yes(answer="\nyes\n"), S_Y, 1.0, 1.0),
    (_yes().replace("</think>", "</think> "), S_Y, 2.0, 0.0),
    (f"{T}<type>scratch</type><location>top left</location><answer>yes</answer>", S_Y, 2.0, 0.0),
    (_yes().replace("><", ">\n<"), S_Y, 2.0, 0.0),
    (_yes().replace("<think>t</think>", "<Think>t</Think>"), S_Y, 2.0, 0.0),
    (_yes("top\nleft"), S_Y, 1.5, 1.0),
    (f"{T}<answer>no</answer>", S_N, 1.0, 1.0),
    (f"{T}<answer>No</answer>", S_N, 1.0, 1.0),
    (f"{T}<answer>no.</answer>", S_N, 0.0, 1.0),
    (f"{T}<answer>yes</answer>", S_N, 0.0, 1.0),
    (f"{T}<location>none</location><type>none</type><answer>no</answer>", S_N, 1.0, 0.0),
    ("<think>t</think> <answer>no</answer>", S_N, 1.0, 0.0),
    (f"{T}<answer>no</answer> trailing", S_N, 1.0, 1.0),
    (f"prefix {T}<answer>no</answer>", S_N, 1.0, 1.0),
    ("<answer>no</answer>", S_N, 1.0, 0.0),
    ("<think>I see no <type> here</think><answer>no</answer>", S_N, 1.0, 0.0),
    ("<think>t\nmore</think><answer>no</answer>", S_N, 1.0, 1.0),
    (f"{T}<answer>no</answer>", "no", 1.0, 1.0),
    (_yes("middle", "stain"), S_C, 1.925, 1.0),
    (_yes("a bright spot near the middle", "stain"), S_C, 1.425, 1.0),
    (_yes("unknown", ""), S_C, 1.5, 1.0),
    (_yes("center", "..."), S_C, 1.925, 1.0),
    (_yes("center", "rust"), S_C, 1.5, 1.0),
    (_yes("center", "foreign object"), S_C, 1.65, 1.0),
    (
        "<think>should I write <answer>no</answer>?</think><location>center</location>"
        "<type>dirt</type><answer>yes</answer>",
        S_C,
        0.925,
        1.0,
    ),
    (_yes("center", "dirt") + "<answer>no</answer>", S_C, 1.925, 1.0),
    (_yes("center", "structural anomaly"), S_C, 1.5, 1.0),
]


@pytest.mark.parametrize(("text", "solution", "acc", "fmt"), CASES)
def test_rewards_equal_iad_r1s_code(text: str, solution: str, acc: float, fmt: float) -> None:
    assert accuracy(text, solution) == pytest.approx(acc, abs=1e-6)
    assert consistency(text, solution) == fmt


TYPE_CASES = [
    ("scratch", "scratch", 1.0),
    ("scratch!", "scratch", 1.0),
    ("surface  scratch", "surface scratch", 1.0),
    ("scratch mark", "scratch", 0.85),
    ("linear anomaly", "scratch", 0.85),
    ("scratches", "scratch", 0.85),
    ("stain", "contamination", 0.85),
    ("fracture", "damage", 0.85),
    ("missing", "missing parts", 0.85),
    ("bent", "deformation", 0.671429),
    ("color", "contamination", 0.696154),
    ("scrach", "scratch", 0.830769),
    ("stian", "contamination", 0.8),
    ("contaminated", "contamination", 0.8),
    ("crak", "crack", 0.355556),
    ("crack", "crack", 1.0),
    ("surface anomalies", "surface anomaly", 0.789655),
    ("structural anomalies", "structural anomaly", 0.8),
    ("stain", "scratch", 0.3),
    ("abrasion", "damage", 0.3),
    ("surface anomaly", "scratch", 0.3),
    ("scratch", "surface anomalies", 0.3),
    ("hole", "scratch", 0.0),
    ("gap", "hole", 0.0),
    ("surface damage", "scratch", 0.0),
    ("missing component", "missing parts", 0.0),
    ("print defect", "contamination", 0.0),
    ("deformed", "deformation", 0.0),
    ("crack", "damage", 0.0),
    ("rust", "contamination", 0.0),
    ("-", "scratch", 0.0),
    ("", "scratch", 0.0),
]


@pytest.mark.parametrize(("pred", "truth", "score"), TYPE_CASES)
def test_type_score_equals_iad_r1s(pred: str, truth: str, score: float) -> None:
    assert type_score(pred, truth) == pytest.approx(score, abs=1e-5)


LOCATION_CASES = [
    ("top left", "top left", 1.0),
    ("upper-left", "top left", 1.0),
    ("Top Left", "top left", 1.0),
    ("lower right", "bottom-right", 1.0),
    ("leftmost", "left", 1.0),
    ("cleft", "left", 1.0),
    ("stop", "top", 1.0),
    ("flower", "bottom", 1.0),
    ("center", "middle", 1.0),
    ("whole image", "center", 1.0),
    ("bright spot", "center", 0.0),
    ("upright", "right", 1.0),
    ("right and left", "right", 0.0),
    ("top left", "top", 0.0),
    ("right side", "left side", 0.0),
]


@pytest.mark.parametrize(("pred", "truth", "score"), LOCATION_CASES)
def test_location_score_equals_iad_r1s(pred: str, truth: str, score: float) -> None:
    assert location_score(pred, truth) == score


def test_trainer_signatures_take_text_or_conversations() -> None:
    """TRL passes conversational completions and repeated columns; ms-swift plain strings."""
    texts = [f"{T}<answer>no</answer>", f"{T}<answer>yes</answer>"]
    conversations = [[{"role": "assistant", "content": t}] for t in texts]
    parts = [[{"role": "assistant", "content": [{"type": "text", "text": t}]}] for t in texts]
    for completions in (texts, conversations, parts):
        assert accuracy_reward(completions, [S_N, S_N], id=["a", "a"]) == [1.0, 0.0]
        assert format_reward(completions, solution=[S_N, S_N], prompts=[0, 0]) == [1.0, 1.0]
