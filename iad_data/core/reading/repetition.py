"""Filler: sentences said twice, word sequences said over and over, and the length of a text
in tokens.

``count_tokens`` estimates what a BPE tokenizer of a vision-language model counts: words of
up to six letters are one token, longer words one token per six letters, numbers one per
three digits, each punctuation mark one. It errs high on plain English, so a bound set in
tokens is a safe bound for a trainer's completion budget.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from iad_data.core.reading.words import sentences, tokens

_PIECE = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")

MIN_SENTENCE_WORDS = 5
"""sentences shorter than this may repeat ("No.", "Yes, it is.")"""
NEAR_DUPLICATE = 0.9
"""similarity (difflib ratio of the words) at which two sentences count as one said twice"""


def count_tokens(text: str) -> int:
    """An estimate of the tokens of ``text`` (see the module docstring)."""
    total = 0
    for piece in _PIECE.findall(text):
        if piece.isalpha():
            total += max(1, -(-len(piece) // 6))
        elif piece.isdigit():
            total += max(1, -(-len(piece) // 3))
        else:
            total += 1
    return total


def repeated_sentences(texts: Sequence[str]) -> list[str]:
    """Sentences (MIN_SENTENCE_WORDS words or more) said twice or nearly so, in ``texts``."""
    seen: list[list[str]] = []
    out: list[str] = []
    for text in texts:
        for sentence in sentences(text):
            words = [t for t in tokens(sentence) if t.isalnum()]
            if len(words) < MIN_SENTENCE_WORDS:
                continue
            for other in seen:
                if words == other or _similar(words, other):
                    out.append(sentence)
                    break
            seen.append(words)
    return list(dict.fromkeys(out))


def _similar(a: list[str], b: list[str]) -> bool:
    if min(len(a), len(b)) / max(len(a), len(b)) < NEAR_DUPLICATE:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= NEAR_DUPLICATE and matcher.ratio() >= NEAR_DUPLICATE


def filler(texts: Sequence[str], n: int = 8, times: int = 3) -> list[str]:
    """Word sequences of ``n`` words said ``times`` times or more, a word said four times in
    a row, or a phrase of two to six words said three times in a row: what a model pads a
    budget with."""
    words = [t for text in texts for t in tokens(text) if t.isalnum()]
    out = []
    for i in range(len(words) - 3):
        if len(set(words[i : i + 4])) == 1:
            out.append(" ".join(words[i : i + 4]))
            break
    for size in range(2, 7):  # "checking once more; checking once more; checking ..."
        hit = next(
            (
                i
                for i in range(len(words) - 3 * size + 1)
                if words[i : i + size]
                == words[i + size : i + 2 * size]
                == words[i + 2 * size : i + 3 * size]
            ),
            None,
        )
        if hit is not None:
            out.append(" ".join(words[hit : hit + size]))
            break
    grams = Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    out += [" ".join(g) for g, count in grams.most_common(3) if count >= times]
    return out


__all__ = ["count_tokens", "filler", "repeated_sentences"]
