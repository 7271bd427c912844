"""The training text of instruct_iad records: the product's name and Triad's process text put
before the first question, and cause sentences that cite process steps as ``[step:<id>]``.
"""

from __future__ import annotations

from iad_data.core.sample import Sample
from iad_data.knowledge.process import ProcessKnowledge, summary
from iad_data.tasks.instruct_iad.record import display_name


def product_name(sample: Sample, knowledge: ProcessKnowledge | None) -> str:
    return knowledge.product if knowledge is not None else display_name(sample.category)


def process_text(knowledge: ProcessKnowledge) -> str:
    """Triad's process text put before questions: a header, then one numbered line per step."""
    return summary(knowledge)


def cause_text(knowledge: ProcessKnowledge, steps: list[str]) -> str:
    """``Blow moulding [step:blow_moulding] or Annealing [step:annealing]``."""
    return " or ".join(f"{knowledge.step(s).name.lower()} [step:{s}]" for s in steps)
