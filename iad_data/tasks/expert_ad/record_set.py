"""The registry entry of the ``expert_ad`` record set: what it provides, by object."""

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
    exports=("llava", "sharegpt", "messages", "trl-grpo", "iadr1-rl"),
    extra_files=(BLIND_FILE,),
)

__all__ = ["RECORD_SET"]
