"""The registry entry of the ``instruct_iad`` record set: what it provides, by object."""

from __future__ import annotations

from iad_data.tasks.instruct_iad.offline import TEACHER_TASK
from iad_data.tasks.instruct_iad.options import InstructOptions
from iad_data.tasks.instruct_iad.record import CONFIG, InstructRecord
from iad_data.tasks.instruct_iad.rules import VALIDATOR
from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct
from iad_data.tasks.registry import RecordSet

RECORD_SET = RecordSet(
    name=CONFIG,
    description="Instruction conversations about one part (discrimination, "
    "classification, localisation, description, cause, remedy; CoT-M over the "
    "manufacturing process, Triad style), validated against the ground truth.",
    record_model=InstructRecord,
    validator=VALIDATOR,
    synthesize=synthesize_instruct,
    options=InstructOptions,
    command="synthesize-instruct",
    teacher_task=TEACHER_TASK,
    exports=("llava", "sharegpt", "messages"),
)

__all__ = ["RECORD_SET"]
