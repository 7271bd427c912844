"""The ``instruct_iad`` record set: InstructIAD template QA and Triad-style CoT-M conversations.

``record`` (truth, claims and the record), ``rules`` (validation), ``offline`` (the
ground-truth conversation), ``synthesize`` (the stage), ``text`` (the conversation's training
text), ``options`` (the stage options), ``record_set`` (its registry entry); ``templates``
(template QA, no teacher), ``teacher`` (the CoT-M request) and ``roi`` (expert regions of
interest) are its own.
"""
