"""What a request costs: the price table, the providers' image-token rules, token estimates.

Prices ship as package data (``iad_data/teach/prices.json``, USD per million tokens). A
user file with the same shape overrides or adds models: pass ``prices_path`` or set
``IAD_DATA_PRICES=FILE``. A dated model name (``gpt-4.1-2025-04-14``) takes the price of
its longest listed prefix. Offline and OpenAI-compatible teachers cost nothing unless the
user file lists their model.

Estimates (``--dry-run`` and the ``--max-cost`` guard) count text at 4 characters a token,
images by the provider's rule on the size actually sent, and output at the expected length
(the running mean of answers seen, else ``min(max_tokens, 600)``).
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from iad_data.errors import InputError
from iad_data.teach.requests import Usage

PRICES_ENV = "IAD_DATA_PRICES"
CHARS_PER_TOKEN = 4
DEFAULT_EXPECTED_OUTPUT = 600

ImageRule = Literal["openai_tiles", "openai_patches", "anthropic", "none"]


class ModelPrice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    input_per_mtok: float
    output_per_mtok: float
    batch_discount: float = 0.5
    """fraction of the price charged through the batch APIs"""
    image_rule: ImageRule = "none"
    image_base_tokens: int = 85
    image_tile_tokens: int = 170
    image_multiplier: float = 1.0

    def cost(self, usage: Usage, *, batch: bool = False) -> float:
        dollars = (
            usage.input_tokens * self.input_per_mtok + usage.output_tokens * self.output_per_mtok
        ) / 1_000_000
        return dollars * (self.batch_discount if batch else 1.0)

    def image_tokens(self, width: int, height: int) -> int:
        return image_tokens(self, width, height)


FREE = ModelPrice(input_per_mtok=0.0, output_per_mtok=0.0)


class _PriceFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = ""
    models: dict[str, ModelPrice]


def _read(path: Path | None) -> dict[str, ModelPrice]:
    try:
        if path is None:
            text = resources.files("iad_data.teach").joinpath("prices.json").read_text()
        else:
            text = path.read_text(encoding="utf-8")
        return _PriceFile.model_validate(json.loads(text)).models
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        where = path or "package prices.json"
        raise InputError(
            f"price file {where} is unreadable ({exc}); it must be "
            '{"models": {"MODEL": {"input_per_mtok": 2.0, "output_per_mtok": 8.0}}}'
        ) from exc


@lru_cache(maxsize=8)
def _table(override: str | None) -> dict[str, ModelPrice]:
    table = dict(_read(None))
    if override:
        table.update(_read(Path(override)))
    return table


def load_prices(prices_path: str | Path | None = None) -> dict[str, ModelPrice]:
    """Package prices overlaid by ``prices_path`` or ``$IAD_DATA_PRICES``."""
    override = prices_path or os.environ.get(PRICES_ENV) or None
    return dict(_table(str(override) if override else None))


def price_for(
    provider: str, model: str, prices_path: str | Path | None = None
) -> ModelPrice | None:
    """The model's price, by exact name then longest prefix; None when it is not listed."""
    if provider == "offline":
        return FREE
    table = load_prices(prices_path)
    if model in table:
        return table[model]
    prefixes = [name for name in table if model.startswith(name + "-")]
    if prefixes:
        return table[max(prefixes, key=len)]
    return FREE if provider == "openai-compatible" else None


def image_tokens(price: ModelPrice, width: int, height: int) -> int:
    """Input tokens of one image of this size under the model's rule (high detail)."""
    if width <= 0 or height <= 0:
        return 0
    if price.image_rule == "openai_tiles":
        scale = min(1.0, 2048 / max(width, height))
        w, h = width * scale, height * scale
        scale = min(1.0, 768 / min(w, h))
        w, h = w * scale, h * scale
        tiles = math.ceil(w / 512) * math.ceil(h / 512)
        return price.image_base_tokens + price.image_tile_tokens * tiles
    if price.image_rule == "openai_patches":
        patches = math.ceil(width / 32) * math.ceil(height / 32)
        if patches > 1536:
            shrink = math.sqrt(1536 * 32 * 32 / (width * height))
            patches = min(1536, math.ceil(width * shrink / 32) * math.ceil(height * shrink / 32))
        return math.ceil(patches * price.image_multiplier)
    if price.image_rule == "anthropic":
        scale = min(1.0, 1568 / max(width, height))
        return math.ceil(width * scale * height * scale / 750)
    return 0


def text_tokens(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_TOKEN)
