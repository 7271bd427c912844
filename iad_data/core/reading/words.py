"""Words and sentences as the reader sees them, and whole-word phrase lookup.

Normalisation: lower case, ``_`` and ``-`` as spaces (a dash between clauses as a colon),
"n't" as " not", "cannot" as "can not", "!=" as "is not", dialect words as standard ones
(the vocabulary's ``respellings``, Scots "cannae" as "can not"); tokens are words and the
punctuation that ends a clause. A ``PhraseIndex`` finds the longest listed phrase at each
position, so "top left corner" wins over "top".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from iad_data.core.reading.vocabulary import Vocabulary

V = TypeVar("V")

_TOKEN = re.compile(r"\d+(?:\.\d+)+|[a-z0-9]+(?:'[a-z]+)?|[.,;:!?()/]")
_SENTENCE_END = re.compile(
    r"(?<=[!?;])\s+(?!-+>|=+>|\u2192)|(?<=[^.]\.)\s+|(?<=[^.]\.\.\.)\s+(?![a-z])|\n+|(?<=[.!?])$"
    r"|(?<=\))\s+(?=[A-Z][a-z]*(?:'[a-z]+)?[\s:,])"
    # "no reason to bin it The plate looks good": a sentence typed without its full stop
    r"|(?<=[a-z])\s+(?=(?:The|This|There|These|Those|It|An)\s)"
)
"""after . ! ? ; at line breaks, and after ")" when a capitalised word follows (a sentence
appended to a list line: "... (drying [step:drying]) A bent section ..."); an ellipsis
before a lower-case word goes on ("it might be a dent... or maybe a chip?"), and a
checklist's leader dots (four or more) never end one ("Release..... NOT AUTHORISED")"""


_COMMENT_START = re.compile(r"\s+(?=#+\s+(?!\d))")
"""before a code comment's "# " ("if ok(bottle) then accept # acceptance: true"): the
comment says a sentence of its own; "# 4" is a number"""
_ABBREVIATION = re.compile(r"\b(e\.g|i\.e|etc|approx|vs|no|poss|prob)\.(?=\s)")
"""abbreviations whose full stop ends no sentence ("scratches (poss. stain)")"""
_CONTRACTED = {"ca": "can not", "wo": "will not", "sha": "shall not", "ai": "is not"}
"""contractions whose stem is not the verb ("can't" is "can not", not "ca not")"""
_UNMARKED = {
    "cant": "can not", "wont": "will not", "aint": "is not", "dont": "do not",
    "doesnt": "does not", "didnt": "did not", "isnt": "is not", "wasnt": "was not",
    "arent": "are not", "werent": "were not", "couldnt": "could not", "shouldnt": "should not",
    "wouldnt": "would not", "hasnt": "has not", "havent": "have not", "hadnt": "had not",
    "theres": "there s", "thats": "that s", "whats": "what s",
}  # fmt: skip
"""contractions typed without their apostrophe ("cant tell", "theres a crack"), as a phone
or a chat writes them; "its" stays, since it is also the possessive"""


_ITS_VERB = re.compile(
    r"\bits (?=(?:a|an|the|just|only|not|prob|probably|likely|fine|ok|okay|in|on|at|near|"
    r"clearly|def|definitely|been|got|there|here|all|obviously|definitely)\b)"
)
""""its" before an article, an adverb or a preposition is "it's" typed without its
apostrophe; the possessive stands before a noun ("its rim")"""
_UNMARKED_WORD = re.compile(r"\b(?:" + "|".join(_UNMARKED) + r")\b")

_SCOTS_STEMS = {
    **{stem: stem for stem in ("can", "do", "is", "was", "has", "have", "did", "could", "would",
                               "should", "will", "does", "had", "were", "are")},
    "wis": "was", "wid": "would",
}  # fmt: skip
_SCOTS_NOT = {
    f"{stem}{ending}": verb
    for stem, verb in _SCOTS_STEMS.items()
    for ending in ("nae", "na")
    if f"{stem}{ending}" != "arena"
}
"""the Scots "-nae" forms of auxiliaries: "cannae" is "can not", "isnae" is "is not" """
_PIDGIN_VERBS = frozenset(
    {"fit", "may", "dey", "don", "go", "be", "correct", "clear", "no", "get", "is"}
)
"""Pidgin "e" is "it" before a verb ("e fit be a dent", "e clear well well")"""
_CONTRACTED_VERBS = {"s": " s", "re": " are", "m": " am", "ve": " have"}
_CONTRACTED_VERB = re.compile(r"(?<=\w)'(s|re|m|ve)\b")
"""a verb's clitic, in one pass: "'s" stays a token of its own ("it s", "bottle s");
"you're looking at", "I'm sure", "they've" read as "you are", "I am", "they have"."""
_LEADER_DOTS = re.compile(r"\.{4,}")
_NOT_YET = re.compile(r"\bnot yet (?=(?:be|been|ruled)\b)")
_NOT_EQUAL = re.compile(r"\s*(?:!=|=/=|\u2260)\s*")
_COMMENT = re.compile(r"\s#+\s")
"""a code comment's mark between spaces; "#3" stays a number"""
_DROPPED_G = re.compile(r"(?<=[a-z]{2})in'(?=[\s.,;:!?)]|$)")
"""a participle written without its g ("sittin'", "lookin'")"""


def normalise(text: str, respellings: _Respellings | None = None) -> str:
    found = respellings or _current()
    text = text.lower().replace("\u2019", "'").replace("_", " ")
    text = re.sub(r"\[step:[^\]]*\]", " ", text)
    # each rewrite only where its mark is: tokenising is on every rule's path
    if "=" in text or "\u2260" in text:
        text = _NOT_EQUAL.sub(" is not ", text)  # "bottle != defective"
        text = text.replace(":=", "=")  # "faulty := false", an assignment as a key's value
    if "#" in text:
        text = _COMMENT.sub(" ; ", text)  # "pass := false # a chip": a comment, a clause
    if "...." in text:
        text = _LEADER_DOTS.sub(" : ", text)  # "Release..... NOT AUTHORISED": a key's leader
    if "tip-off" in text:
        text = text.replace("tip-off", "tipoff")  # a noun, not the tip of a part and "off"
    if "in'" in text:
        text = _DROPPED_G.sub("ing", text)
    text = _respell_marked(text, found)
    text = re.sub(r"\s+(?:-{1,2}|\u2013|\u2014)\s+|\u2014", " : ", text)  # a dash between clauses
    # "Class -> contamination", "type=scratch": a key and its value, as after a colon
    text = re.sub(r"\s*(?:-+>|=+>|\u2192|(?<![<>!=])=(?!=))\s*", " : ", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    text = re.sub(r"\bcannot\b", "can not", text)
    text = re.sub(r"\b(ca|wo|sha|ai)n't\b", lambda m: _CONTRACTED[m.group(1)], text)
    text = re.sub(r"n't\b", " not", text)
    text = _UNMARKED_WORD.sub(lambda m: _UNMARKED[m.group(0)], text)
    text = _ITS_VERB.sub("it s ", text)  # "its prob dust": "it's", not the possessive
    text = _CONTRACTED_VERB.sub(lambda m: _CONTRACTED_VERBS[m.group(1)], text)
    if "not yet" in text:
        # "cannot yet be ruled out": this "yet" is no "but" that ends the negation's scope
        text = _NOT_YET.sub("not ", text)
    return text


@dataclass(frozen=True)
class _Respellings:
    """The vocabulary's ``respellings``: phrases and words written with a final apostrophe
    ("fit be", "wi'"), replaced in the text, and single words, replaced token by token."""

    marked: dict[str, str]
    marked_pattern: re.Pattern[str] | None
    words: dict[str, list[str]]
    starts: frozenset[str]
    """every token a respelling may start at (a word of ``words``, a Scots "-nae" form, the
    Pidgin "e" and "na"): a text with none of them is left as it is"""


def _current() -> _Respellings:
    """The respellings of the vocabulary that ``IAD_DATA_VOCABULARY`` extends, the one every
    command reads (tokenising takes no vocabulary of its own)."""
    from iad_data.core.reading.vocabulary import load_vocabulary

    return _respellings(load_vocabulary())


@lru_cache(maxsize=8)
def _respellings(vocabulary: Vocabulary) -> _Respellings:
    table = {
        str(k).lower(): str(v).lower()
        for k, v in (vocabulary.language.get("respellings") or {}).items()
    }
    marked = {k: v for k, v in table.items() if k.endswith("'") or len(_TOKEN.findall(k)) > 1}
    pattern = (
        re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, marked)) + r")(?![\w'])")
        if marked
        else None
    )
    words = {k: _TOKEN.findall(v) for k, v in table.items() if k not in marked}
    starts = frozenset(set(words) | set(_SCOTS_NOT) | {"e", "na"})
    return _Respellings(marked, pattern, words, starts)


def _respell_marked(text: str, found: _Respellings) -> str:
    if found.marked_pattern is None or not any(k in text for k in found.marked):
        return text
    return found.marked_pattern.sub(lambda m: found.marked[m.group(0)], text)


def _respell(toks: list[str], found: _Respellings) -> list[str]:
    """Dialect tokens as standard ones: the Scots "-nae" auxiliaries, the Pidgin "e" before a
    verb and "Na" opening a sentence ("it is"), and the vocabulary's ``respellings``."""
    if found.starts.isdisjoint(toks):
        return toks
    out: list[str] = []
    for i, tok in enumerate(toks):
        if tok in _SCOTS_NOT:
            out += [_SCOTS_NOT[tok], "not"]
        elif tok == "e" and toks[i + 1 : i + 2] and toks[i + 1] in _PIDGIN_VERBS:
            out.append("it")
        elif tok == "na" and i == 0:
            out += ["it", "is"]  # Pidgin "Na dust": "it is dust"
        elif tok in found.words:
            out += found.words[tok]
        else:
            out.append(tok)
    return out


def tokens(text: str) -> list[str]:
    """Normalised tokens of ``text`` (words, and , . ; : ! ? ( ) /)."""
    found = _current()
    return _respell(_TOKEN.findall(normalise(text, found)), found)


def phrase(text: str) -> tuple[str, ...]:
    """A listed phrase as tokens (what a ``PhraseIndex`` key is)."""
    return tuple(tokens(text))


def sentences(text: str) -> list[str]:
    """The sentences of ``text``: split after . ! ? ; and at line breaks (not in 0.5 or e.g.),
    and before a capitalised "The", "It", "There" ... that follows a word with no stop."""
    text = _ABBREVIATION.sub(lambda m: m.group(1) + "\u2024", text)
    if "#" in text:
        text = _COMMENT_START.sub("\n", text)
    out = []
    for part in _SENTENCE_END.split(text):
        part = part.replace("\u2024", ".").strip()
        if part:
            out.append(part)
    return out


@dataclass(frozen=True)
class Match(Generic[V]):
    start: int
    end: int
    value: V

    @property
    def size(self) -> int:
        return self.end - self.start


class PhraseIndex(Generic[V]):
    """Phrases (token tuples) -> a value; ``scan`` finds them longest first, not overlapping."""

    def __init__(self, items: Iterable[tuple[tuple[str, ...], V]] = ()) -> None:
        self._items: dict[tuple[str, ...], V] = {}
        self._sizes: dict[str, list[int]] = {}
        """first token -> the lengths of the phrases it starts, longest first"""
        for key, value in items:
            self.add(key, value)

    def add(self, key: tuple[str, ...], value: V) -> None:
        if key and key not in self._items:
            self._items[key] = value
            sizes = self._sizes.setdefault(key[0], [])
            if len(key) not in sizes:
                sizes.append(len(key))
                sizes.sort(reverse=True)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def get(self, key: tuple[str, ...]) -> V | None:
        return self._items.get(key)

    def items(self) -> list[tuple[tuple[str, ...], V]]:
        return list(self._items.items())

    def at(self, toks: list[str], i: int) -> Match[V] | None:
        """The longest phrase starting at token ``i``."""
        if i >= len(toks):
            return None
        for size in self._sizes.get(toks[i], ()):
            if i + size <= len(toks):
                key = tuple(toks[i : i + size])
                if key in self._items:
                    return Match(i, i + size, self._items[key])
        return None

    def scan(self, toks: list[str]) -> list[Match[V]]:
        out: list[Match[V]] = []
        i = 0
        while i < len(toks):
            found = self.at(toks, i)
            if found is None:
                i += 1
            else:
                out.append(found)
                i = found.end
        return out


def index_of(words: Iterable[str], value: V) -> PhraseIndex[V]:
    return PhraseIndex((phrase(w), value) for w in words)


def quote(text: str, limit: int = 160) -> str:
    """``text`` as a finding quotes it: one line, shortened in the middle when long."""
    one = " ".join(text.split())
    if len(one) > limit:
        one = one[: limit // 2 - 2] + " ... " + one[-(limit // 2 - 3) :]
    return repr(one)


__all__ = [
    "Match",
    "PhraseIndex",
    "index_of",
    "normalise",
    "phrase",
    "quote",
    "sentences",
    "tokens",
]
