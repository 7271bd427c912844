"""Stage 3, answers -> validated records: one folder per record set, and the registry naming them.

Every record set folder holds the same files: ``record.py`` (the record model), ``rules.py``
(its validation rules), ``offline.py`` (the ground-truth answerer), ``synthesize.py`` (the
stage function), ``text.py`` (the training text format) and ``options.py`` (the stage
options). ``registry.py`` lists them; ``store.py`` reads and writes records and rejects.
"""
