"""IAD-R1's GRPO rewards for training stacks: ``format_reward`` and ``accuracy_reward`` take
``(completions, solution, **kwargs)`` and return one float per completion, as TRL's
``GRPOTrainer`` and ms-swift's GRPO call them; the values equal IAD-R1's published reward
code (``iad_data.tasks.expert_ad.rewards``), which also gives the records' stored scores.

    from iad_data.rewards import accuracy_reward, format_reward
    trainer = GRPOTrainer(model=..., reward_funcs=[accuracy_reward, format_reward], ...)
"""

from __future__ import annotations

from iad_data.tasks.expert_ad.rewards import (
    accuracy,
    accuracy_reward,
    consistency,
    format_reward,
    iadr1_scores,
    location_score,
    type_score,
)

__all__ = [
    "accuracy",
    "accuracy_reward",
    "consistency",
    "format_reward",
    "iadr1_scores",
    "location_score",
    "type_score",
]
