"""Options of ``evaluate``: the library keywords and the flags of ``iad-data eval`` come from
this one model."""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import Field

from iad_data.core.options import Flag, StageOptions

Protocol = Literal["iad-r1", "mmad"]
PROTOCOL_NAMES: tuple[str, ...] = get_args(Protocol)


class EvalOptions(StageOptions):
    """What to evaluate on what, and how (``evaluate``, ``iad-data eval``)."""

    model: Annotated[str | None, Flag("--model", "-m")] = Field(
        default=None,
        description="Required: the model under test, any teacher spec: "
        "openai-compatible:MODEL@BASE_URL (vLLM, SGLang, Ollama), gpt-4.1, claude-sonnet-4-5, "
        "or offline (the oracle: answers from the ground truth).",
    )
    data: Annotated[str | None, Flag("--data", "-d")] = Field(
        default=None,
        description="What to evaluate on: a folder written by `iad-data publish`, a Hub "
        "dataset ORG/NAME@TAG, or a workspace folder (default: the workspace itself).",
    )
    revision: str | None = Field(
        default=None,
        description="Hub data: the tag or commit to read (instead of ORG/NAME@TAG).",
    )
    split: str = Field(default="test", description="The split to evaluate on.")
    protocol: Annotated[Protocol, Flag("--protocol", "-p")] = Field(
        default="iad-r1",
        description="iad-r1 (IAD-R1's query, tag format and rewards) or mmad (MMAD's "
        "multiple-choice questions and scoring).",
    )
    shots: int | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Normal reference images shown before the query: 0 or 1 (default: the "
        "protocol's own, iad-r1 0, mmad 1).",
    )
    limit: Annotated[int | None, Flag("--limit", "-n")] = Field(
        default=None,
        ge=1,
        description="At most this many images, sampled stratified by dataset x category x label.",
    )
    seed: int = Field(default=0, description="Seed of the stratified sample (with --limit).")
    categories: Annotated[list[str] | None, Flag("--categories", "-c")] = Field(
        default=None, description="Only these categories (repeat or comma-separate)."
    )
    format_hint: bool = Field(
        default=False,
        description="iad-r1: tell the model IAD-R1's tag format in a system prompt (for "
        "zero-shot models never trained on it; a fine-tuned model gets the exact query).",
    )
    temperature: float = Field(default=0.0, ge=0.0, description="Sampling temperature.")
    max_tokens: int | None = Field(
        default=None,
        ge=1,
        description="Longest answer (default: the protocol's, iad-r1 512, mmad 128).",
    )
    longest_side: int = Field(
        default=768, ge=16, description="Images are shrunk to this longest side before sending."
    )
    concurrency: int = Field(default=8, ge=1, description="Requests in flight at once.")
    batch: bool = Field(default=False, description="Use the provider's batch API where it has one.")
    max_cost_usd: Annotated[float | None, Flag("--max-cost")] = Field(
        default=None, ge=0.0, description="Stop before spending more (USD)."
    )
    timeout_s: Annotated[float, Flag("--timeout")] = Field(
        default=120.0, gt=0.0, description="Seconds one request may take, its whole answer read."
    )


__all__ = ["PROTOCOL_NAMES", "EvalOptions", "Protocol"]
