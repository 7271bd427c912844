"""References to supervision the inspector could not have seen, by meaning, for every
record set: the answer, labels, annotations, masks, boxes or references handed over, being
told (``recipes/vocabulary/leakage.yaml``).

Three kinds of evidence, each within one sentence:

- a *strong* phrase ("ground truth", "as annotated", "I was told");
- a supervision *noun* with a word of *provision* next to it ("the provided mask", "the
  reference box", "the location given", "according to the label");
- a pointing noun that *shows* something ("the mask shows", "the label says").

A one-shot record may speak of "the reference image" it was shown: "reference" is
provision only next to a supervision noun. Harmless look-alikes ("a hint of rust", "given
that", "solder mask", "the label on the chip") are listed under ``allowed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from iad_data.core.reading.vocabulary import Vocabulary, load_vocabulary
from iad_data.core.reading.words import PhraseIndex, index_of, sentences, tokens

_ADJECTIVAL = frozenset(
    {"given", "provided", "supplied", "expected", "reference", "correct", "labelled", "labeled"}
)
"""provision words that qualify a noun only right before it ("the provided mask")"""


@dataclass(frozen=True)
class Leak:
    words: str
    sentence: str


@dataclass(frozen=True)
class _LeakWords:
    strong: PhraseIndex[bool]
    nouns: PhraseIndex[bool]
    provision: PhraseIndex[bool]
    allowed: PhraseIndex[bool]
    pointing: PhraseIndex[bool]
    pointing_nouns: PhraseIndex[bool]


@lru_cache(maxsize=8)
def _leak_words(vocabulary: Vocabulary) -> _LeakWords:
    def idx(key: str) -> PhraseIndex[bool]:
        return index_of(vocabulary.words("leakage", key), True)

    return _LeakWords(
        idx("strong"),
        idx("nouns"),
        idx("provision"),
        idx("allowed"),
        idx("pointing"),
        idx("pointing_nouns"),
    )


def _leaks_in(toks: list[str], w: _LeakWords) -> list[str]:
    for m in w.allowed.scan(toks):
        for k in range(m.start, m.end):
            toks[k] = "\u00b7"
    found = [" ".join(toks[m.start : m.end]) for m in w.strong.scan(toks)]
    for m in w.nouns.scan(toks):
        before = toks[max(0, m.start - 3) : m.start]
        after = toks[m.end : m.end + 4]
        hit = None
        for k in range(len(before)):
            p = w.provision.at(before, k)
            if p is None:
                continue
            words = " ".join(before[p.start : p.end])
            near = p.end == len(before) or (p.end == len(before) - 1 and before[-1] == "defect")
            if words in _ADJECTIVAL and not near:
                continue
            hit = " ".join([*before[k:], *toks[m.start : m.end]])
        for k in range(min(3, len(after))):
            p = w.provision.at(after, k)
            if p is not None and hit is None:
                hit = " ".join([*toks[m.start : m.end], *after[: p.end]])
        pointed = toks[m.start - 1 : m.start] in (["the"], ["this"])
        noun = w.pointing_nouns.at(toks, m.start) is not None
        if hit is None and pointed and noun and w.pointing.at(toks, m.end) is not None:
            hit = " ".join(toks[m.start - 1 : m.end + 1])
        if hit is not None:
            found.append(hit)
    return list(dict.fromkeys(found))


def find_leaks(text: str, vocabulary: Vocabulary | None = None) -> list[Leak]:
    """Every reference to supervision in ``text``, with the sentence it is in."""
    w = _leak_words(vocabulary or load_vocabulary())
    out = []
    for sentence in sentences(text):
        for words in _leaks_in(tokens(sentence), w):
            out.append(Leak(words, sentence))
    return out


__all__ = ["Leak", "find_leaks"]
