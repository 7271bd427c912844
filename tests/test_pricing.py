from __future__ import annotations

import json
from pathlib import Path

import pytest

from iad_data.errors import InputError
from iad_data.teach.pricing import FREE, image_tokens, load_prices, price_for
from iad_data.teach.providers import Usage


def test_package_prices_and_prefix_match() -> None:
    gpt = price_for("openai", "gpt-4.1")
    assert gpt is not None and gpt.input_per_mtok == 2.0
    dated = price_for("openai", "gpt-4.1-mini-2025-04-14")
    assert dated is not None and dated.input_per_mtok == 0.4  # longest prefix, not gpt-4.1
    assert price_for("anthropic", "claude-sonnet-4-5-20250929") == price_for(
        "anthropic", "claude-sonnet-4-5"
    )
    assert price_for("openai", "gpt-99") is None
    assert price_for("offline", "ground-truth") == FREE
    assert price_for("openai-compatible", "qwen") == FREE
    usage = Usage(input_tokens=1_000_000, output_tokens=100_000)
    assert gpt.cost(usage) == pytest.approx(2.8)
    assert gpt.cost(usage, batch=True) == pytest.approx(1.4)


def test_image_token_rules() -> None:
    gpt = price_for("openai", "gpt-4o")
    mini = price_for("openai", "gpt-4.1-mini")
    claude = price_for("anthropic", "claude-opus-4-1")
    assert gpt is not None and mini is not None and claude is not None
    assert image_tokens(gpt, 256, 256) == 85 + 170
    assert image_tokens(gpt, 1024, 1024) == 85 + 170 * 4  # 768 x 768 -> 2 x 2 tiles
    assert image_tokens(gpt, 4096, 2048) == 85 + 170 * 6  # 2048x1024 -> 1536x768 -> 3 x 2
    assert image_tokens(mini, 1024, 1024) == round(1024 * 1.62 + 0.5)  # 32 x 32 patches
    assert image_tokens(mini, 4000, 4000) <= 1536 * 1.62 + 1
    assert image_tokens(claude, 1000, 1000) == 1334
    assert image_tokens(FREE, 500, 500) == 0


def test_user_price_file_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "prices.json"
    path.write_text(
        json.dumps(
            {
                "models": {
                    "gpt-4.1": {"input_per_mtok": 9, "output_per_mtok": 9},
                    "my-vlm": {"input_per_mtok": 1, "output_per_mtok": 2},
                }
            }
        )
    )
    assert load_prices(path)["gpt-4.1"].input_per_mtok == 9
    monkeypatch.setenv("IAD_DATA_PRICES", str(path))
    found = price_for("openai-compatible", "my-vlm")
    assert found is not None and found.output_per_mtok == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"models": {"x": {"input": 1}}}')
    with pytest.raises(InputError, match="bad.json"):
        load_prices(bad)
