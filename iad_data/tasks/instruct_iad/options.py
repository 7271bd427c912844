"""Options of ``synthesize_instruct``: the library keywords, ``tasks.instruct_iad`` in a recipe
and the flags of ``iad-data synthesize-instruct`` all come from this one model.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from iad_data.core.options import Flag, PathValue, StageOptions


class InstructOptions(StageOptions):
    """Triad-style instruction conversations with CoT-M (``synthesize_instruct``)."""

    teacher: Annotated[str, Flag("--teacher", "-t")] = Field(
        default="offline",
        description="gpt-4.1, claude-sonnet-4-5, openai-compatible:MODEL@BASE_URL or offline.",
    )
    tasks: list[str] | None = Field(
        default=None,
        description="Instruction tasks, comma-separated: discrimination, classification, "
        "localisation, description, cause, remedy (default: all).",
    )
    templates_only: bool = Field(
        default=False, description="Template QA from the ground truth only; no teacher."
    )
    prompts: list[str] = Field(
        default_factory=list,
        description="Prompt template ids the records must carry (e.g. instruct/cot_m.v1); "
        "the stage stops when records were made with another version.",
    )
    max_attempts: int = Field(
        default=3, ge=1, description="Teacher attempts per conversation, repairs included."
    )
    limit: Annotated[int | None, Flag("--limit", "-n")] = Field(
        default=None, ge=1, description="At most this many samples."
    )
    categories: Annotated[list[str] | None, Flag("--categories", "-c")] = Field(
        default=None, description="Only these categories (repeat or comma-separate)."
    )
    expert_maps: Annotated[str | None, PathValue()] = Field(
        default=None,
        description="Folder of anomaly heat maps (.npy/.png, one per image) for the ROI boxes; "
        "default: boxes from the ground-truth masks.",
    )
    roi_threshold: float = Field(
        default=0.5,
        gt=0.0,
        lt=1.0,
        description="Threshold on the min-max normalised expert map.",
    )
    processes: Annotated[str | None, PathValue()] = Field(
        default=None,
        description="Process-knowledge folder laid out like recipes/processes "
        "(default: WORKSPACE/processes, then the shipped files).",
    )
    seed: int = Field(default=0, description="Chooses the template phrasings.")
    variants: int = Field(
        default=1, ge=1, description="Template QA records per sample and task (phrasings)."
    )
    concurrency: int = Field(default=8, ge=1, description="Teacher requests in flight at once.")
    batch: bool = Field(default=False, description="Use the provider's batch API where it has one.")
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
