"""What one step of a trace, or one answer of a conversation, claims: the structure a
teacher is asked to return beside each step's text, so every step can be checked twice:
its claims against the truth, its words against its claims."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from iad_data.core.sample import LocationWord


class StepClaims(BaseModel):
    """The claims of one reasoning step or answer; null or empty where it claims nothing."""

    model_config = ConfigDict(extra="forbid")

    verdict: Literal["anomaly", "normal"] | None = Field(
        default=None, description="what this step says of the part, or null if it says neither"
    )
    defect_type: str | None = Field(
        default=None, description="the defect type this step names, or null"
    )
    location: LocationWord | None = Field(
        default=None, description="the 3x3 grid word this step places the defect at, or null"
    )
    cited_steps: list[str] = Field(
        default_factory=list, description="ids of the process steps this step cites"
    )


__all__ = ["StepClaims"]
