"""The reader of natural wording shared by every record set (docs/validation.md).

- ``statements``: verdicts with negation and its scope, hedges, dismissals, defect types and
  places per sentence;
- ``places``: 3x3 grid words and their variants;
- ``lexicon``: defect words of a category (synonyms, part names, the category's own names);
- ``leakage``: wording that refers to supervision the inspector could not see;
- ``repetition``: repeated sentences, filler and token counts;
- ``steps``: process step names in prose resolved to step ids;
- ``claims``: the per-step claims a teacher returns.

Its words are data: ``recipes/vocabulary/*.yaml`` (``vocabulary``).
"""

from iad_data.core.reading.claims import StepClaims
from iad_data.core.reading.leakage import Leak, find_leaks
from iad_data.core.reading.lexicon import Lexicon, Sense, build_lexicon
from iad_data.core.reading.places import Place, places_in
from iad_data.core.reading.repetition import count_tokens, filler, repeated_sentences
from iad_data.core.reading.statements import Reading, TypeMention, read, read_sentence, verdict_of
from iad_data.core.reading.steps import (
    STEP_CITATION,
    process_talk,
    step_index,
    steps_cited,
    steps_named,
)
from iad_data.core.reading.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "STEP_CITATION",
    "Leak",
    "Lexicon",
    "Place",
    "Reading",
    "Sense",
    "StepClaims",
    "TypeMention",
    "Vocabulary",
    "build_lexicon",
    "count_tokens",
    "filler",
    "find_leaks",
    "load_vocabulary",
    "places_in",
    "process_talk",
    "read",
    "read_sentence",
    "repeated_sentences",
    "step_index",
    "steps_cited",
    "steps_named",
    "verdict_of",
]
