"""Options of ``synthesize_cot``: the library keywords, ``tasks.expert_ad`` in a recipe and
the flags of ``iad-data synthesize-cot`` all come from this one model.
"""

from __future__ import annotations

from pydantic import Field

from iad_data.core.options import TeacherStageOptions


class ExpertAdOptions(TeacherStageOptions):
    """IAD-R1 / Expert-AD chain-of-thought traces (``synthesize_cot``)."""

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
