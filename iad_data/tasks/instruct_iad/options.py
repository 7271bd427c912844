"""Options of ``synthesize_instruct``: the library keywords, ``tasks.instruct_iad`` in a recipe
and the flags of ``iad-data synthesize-instruct`` all come from this one model.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from iad_data.core.options import PathValue, TeacherStageOptions


class InstructOptions(TeacherStageOptions):
    """Triad-style instruction conversations with CoT-M (``synthesize_instruct``)."""

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
    seed: int = Field(default=0, description="Chooses the template phrasings.")
    variants: int = Field(
        default=1, ge=1, description="Template QA records per sample and task (phrasings)."
    )
