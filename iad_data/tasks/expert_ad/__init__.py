"""The ``expert_ad`` record set: IAD-R1 / Expert-AD chain-of-thought traces.

``record`` (the teacher's structured trace and the record it becomes), ``rules`` (validation
and IAD-R1's scores), ``offline`` (the ground-truth answerer), ``synthesize`` (the stage),
``text`` (IAD-R1's tag format and rewards), ``options`` (the stage options).
"""

from __future__ import annotations

from iad_data.tasks.expert_ad.offline import TEACHER_TASK
from iad_data.tasks.expert_ad.options import ExpertAdOptions
from iad_data.tasks.expert_ad.record import CONFIG, ExpertAdRecord
from iad_data.tasks.expert_ad.rules import VALIDATOR
from iad_data.tasks.expert_ad.synthesize import BLIND_FILE, synthesize_cot
from iad_data.tasks.registry import RecordSet

RECORD_SET = RecordSet(
    name=CONFIG,
    description="Expert anomaly-detection chain-of-thought records (IAD-R1 style "
    "`<think>`/`<location>`/`<type>`/`<answer>`), validated against the ground truth.",
    record_model=ExpertAdRecord,
    validator=VALIDATOR,
    synthesize=synthesize_cot,
    options=ExpertAdOptions,
    command="synthesize-cot",
    teacher_task=TEACHER_TASK,
    exports=("llava", "sharegpt", "messages", "trl-grpo"),
    extra_files=(BLIND_FILE,),
)

__all__ = ["RECORD_SET"]
