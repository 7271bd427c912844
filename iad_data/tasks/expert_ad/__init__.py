"""The ``expert_ad`` record set: IAD-R1 / Expert-AD chain-of-thought traces.

``record`` (the teacher's structured trace and the record it becomes), ``rules`` (validation
and IAD-R1's scores), ``offline`` (the ground-truth answerer), ``synthesize`` (the stage),
``text`` (IAD-R1's tag format and rewards), ``options`` (the stage options), ``record_set``
(its registry entry).
"""
