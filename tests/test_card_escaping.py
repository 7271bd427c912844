"""The card escapes what it interpolates: a category, defect type, license, teacher or
rejection reason from the data can never become HTML, a link or a broken table in README.md."""

from __future__ import annotations

import polars as pl

from iad_data.release.card import CardInput, code, render_card, text

HOSTILE = "<svg onload=alert(1)>"


def _samples() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "dataset": ["mvtec_ad", "mvtec_ad"],
            "category": [HOSTILE, "pipe|cell"],
            "label": ["anomaly", "normal"],
            "split": ["train", "test"],
            "license": ["cc-by-nc-sa-4.0 <b>bold</b>", "cc-by-nc-sa-4.0 <b>bold</b>"],
        }
    )


def test_interpolated_strings_are_inert() -> None:
    card = render_card(
        CardInput(
            pretty_name=f"name {HOSTILE}",
            configs=[],
            samples=_samples(),
            validation={"expert_ad": {"passed": 1, "rejected": 1, "reasons": {HOSTILE: 1}}},
            provenance=[
                {
                    "config": "expert_ad",
                    "teacher": "openai:[click](http://evil.example)",
                    "template_id": "t`x`",
                    "template_hash": "ab`cd",
                    "records": 1,
                }
            ],
            split_settings={"protocol": HOSTILE, "seed": 0, "options": {"note": "`x`"}},
        )
    )
    body = card[card.index("\n---", 4) :]
    assert "<svg" not in body and "<b>" not in body
    assert "&lt;svg onload=alert(1)&gt;" in body
    assert "[click](http" not in body and "\\[click\\](http://evil.example)" in body
    for line in body.splitlines():
        if line.startswith("| mvtec_ad | pipe"):
            assert line.count(" | ") == 5, line  # the escaped pipe stays inside its cell


def test_helpers() -> None:
    assert text("a|b") == "a\\|b"
    assert text("two\nlines") == "two lines"
    assert code("ab`c") == "`` ab`c ``"
    assert code("plain") == "`plain`"
