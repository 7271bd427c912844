"""What every training-record table shares, whatever task wrote it.

Record sets live in ``WORKSPACE/records/<config>.parquet`` (``expert_ad``,
``instruct_iad``). Each config's model subclasses ``RecordBase``, so splitting, exporting
and publishing can treat every config alike through these common columns:

- ``images``: sample ids of the images shown, in the order of the ``<image>`` tokens in the
  user turns (a one-shot record lists the normal reference first, then the query);
- ``messages``: the training conversation, user text carrying one ``<image>`` per image;
- ``solution``: the reward target for GRPO-style training, where the task has one.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["system", "user", "assistant"]
    content: str


class Provenance(BaseModel):
    """How a record was made: enough to reproduce it or to trust it."""

    model_config = ConfigDict(extra="forbid")

    teacher: str = Field(description="provider:model, e.g. openai:gpt-4.1 or offline:ground-truth")
    template_id: str
    template_hash: str
    attempts: int = Field(ge=1, description="teacher calls spent on this record, repairs included")
    ledger_keys: list[str] = Field(default_factory=list)
    created_at: str = Field(description="ISO 8601 UTC time the record was validated")
    toolkit_version: str
    edited_from: list[str] | None = Field(
        default=None,
        description="the assistant turns as the teacher wrote them, when a reviewer edited "
        "the record (iad-data review); null for an unedited record",
    )


TEMPLATE_TEACHERS_PREFIX = "offline:"
"""``provenance.teacher`` of records no model wrote (the offline teacher, template QA)."""

TEMPLATE_TEXT_NOTICE = (
    "written by iad-data's offline teacher: ground-truth templates for checking a pipeline, "
    "not visual reasoning to train on"
)


def is_template_text(teacher: str) -> bool:
    """Whether records of this ``provenance.teacher`` are template text from the ground truth
    (they never looked at the image, so they must not pass for a teacher's reasoning)."""
    return teacher.startswith(TEMPLATE_TEACHERS_PREFIX)


class RecordBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    record_id: str = Field(description="stable: derived from config, sample id and task variant")
    config: str
    sample_id: str
    images: list[str] = Field(description="sample ids in the order of the <image> tokens")
    messages: list[Message]
    solution: str | None = None
    provenance: Provenance
    scores: dict[str, float] = Field(
        default_factory=dict, description="validator scores per dimension (format, accuracy, ...)"
    )
