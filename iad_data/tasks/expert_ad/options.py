"""Options of ``synthesize_cot``: the library keywords, ``tasks.expert_ad`` in a recipe and
the flags of ``iad-data synthesize-cot`` all come from this one model.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from iad_data.core.options import Flag, PathValue, StageOptions


class ExpertAdOptions(StageOptions):
    """IAD-R1 / Expert-AD chain-of-thought traces (``synthesize_cot``)."""

    teacher: Annotated[str, Flag("--teacher", "-t")] = Field(
        default="offline",
        description="gpt-4.1, claude-sonnet-4-5, openai-compatible:MODEL@BASE_URL or offline.",
    )
    blind: bool = Field(
        default=False,
        description="No ground truth in the prompt and no repairs: measure the teacher's own "
        "accuracy (records go to records/expert_ad_blind.parquet).",
    )
    prompts: list[str] = Field(
        default_factory=list,
        description="Prompt template ids the records must carry (e.g. expert_ad/grounded.v1); "
        "the stage stops when records were made with another version.",
    )
    max_attempts: int = Field(
        default=3, ge=1, description="Teacher attempts per trace, repairs included."
    )
    normal_ratio: float = Field(
        default=1.0, ge=0.0, description="Normal traces per anomalous trace."
    )
    reference: bool = Field(
        default=False, description="Show the teacher a normal image of the same category first."
    )
    one_shot: bool = Field(
        default=False,
        description="Also write each trace's one-shot form (a normal reference image first).",
    )
    limit: Annotated[int | None, Flag("--limit", "-n")] = Field(
        default=None, ge=1, description="At most this many samples."
    )
    categories: Annotated[list[str] | None, Flag("--categories", "-c")] = Field(
        default=None, description="Only these categories (repeat or comma-separate)."
    )
    concurrency: int = Field(default=8, ge=1, description="Teacher requests in flight at once.")
    batch: bool = Field(default=False, description="Use the provider's batch API where it has one.")
    processes: Annotated[str | None, PathValue()] = Field(
        default=None,
        description="Process-knowledge folder laid out like recipes/processes "
        "(default: WORKSPACE/processes, then the shipped files).",
    )
    max_cost_usd: Annotated[float | None, Flag("--max-cost")] = Field(
        default=None, ge=0.0, description="Stop before spending more (USD)."
    )
    timeout_s: Annotated[float, Flag("--timeout")] = Field(
        default=120.0,
        gt=0.0,
        description="Seconds one teacher request may take, its whole answer read; a slower one "
        "(a server that stalls or drips its answer) is cut off and retried.",
    )
    rebuild_ledger: bool = Field(
        default=False,
        description="Go on although the ledger is missing or empty while records/ cite its "
        "answers, buying them all again (refused otherwise: restore the ledger instead).",
    )
