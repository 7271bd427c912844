"""Place words on IAD-R1's 3x3 grid: "upper left corner", "the lower part", "centre-left",
"middle of the left side", "left-most", "away from the center".

A ``Place`` fixes a row, a column, or both; a partial place ("the lower part") is
compatible with every cell of its row. Words that name a part ("the bottom of the opening"),
a verb ("nothing is left") or a judgement ("the right shape") are not places.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from iad_data.core.reading.vocabulary import Vocabulary
from iad_data.core.reading.words import Match, PhraseIndex, index_of, phrase
from iad_data.core.sample import GRID_WORDS


@dataclass(frozen=True)
class Place:
    """A place named in text; ``negated``: the text says the defect is *not* there."""

    words: str
    row: int | None
    col: int | None
    negated: bool = False

    @property
    def cell(self) -> str | None:
        """The grid word when both row and column are fixed."""
        if self.row is None or self.col is None:
            return None
        return GRID_WORDS[self.row * 3 + self.col]

    def fits(self, cell: str, *, grid: bool = False) -> bool:
        """Is the defect at grid ``cell`` compatible with what this place says? ``grid``: read
        the words as IAD-R1's 3x3 grid does, a missing row or column being the middle one
        ("the left side" is the middle-left cell, not the top left); else a coarse word fits
        every cell of its row or column."""
        index = GRID_WORDS.index(cell)
        row, col = divmod(index, 3)
        if grid and (self.row is not None or self.col is not None):
            same = (1 if self.row is None else self.row) == row and (
                1 if self.col is None else self.col
            ) == col
        else:
            same = (self.row is None or self.row == row) and (self.col is None or self.col == col)
        return not same if self.negated else same


@dataclass(frozen=True)
class _PlaceWords:
    words: PhraseIndex[tuple[str, int]]
    joiners: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    not_after: frozenset[str]
    not_before: PhraseIndex[bool]
    nouns: frozenset[str]
    negators: PhraseIndex[bool]


@lru_cache(maxsize=8)
def _place_words(vocabulary: Vocabulary) -> _PlaceWords:
    data = vocabulary.language.get("places") or {}
    words: PhraseIndex[tuple[str, int]] = PhraseIndex()
    for name, value in (("top", 0), ("bottom", 2)):
        for w in (data.get("rows") or {}).get(name) or []:
            words.add(phrase(str(w)), ("row", value))
    for name, value in (("left", 0), ("right", 2)):
        for w in (data.get("columns") or {}).get(name) or []:
            words.add(phrase(str(w)), ("col", value))
    for w in data.get("centre") or []:
        words.add(phrase(str(w)), ("centre", 1))
    for w, pair in (data.get("compass") or {}).items():
        row, col = pair
        words.add(
            phrase(str(w)), ("compass", (0 if row == "top" else 2) * 3 + (col == "right") * 2)
        )

    for w, cell in (data.get("clock") or {}).items():
        words.add(phrase(str(w)), ("compass", GRID_WORDS.index(str(cell))))

    def flat(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(key) or [])

    return _PlaceWords(
        words,
        flat("joiners"),
        flat("context_before"),
        flat("context_after"),
        flat("not_after"),
        index_of((str(w) for w in data.get("not_before") or []), True),
        flat("place_nouns"),
        index_of((str(w) for w in data.get("negators") or []), True),
    )


_WEAK = frozenset({"left", "right", "top", "bottom", "upper", "lower", "middle", "north", "south",
                   "east", "west", "center", "centre", "central"})  # fmt: skip


def read_place(toks: list[str], i: int, vocabulary: Vocabulary) -> tuple[Place, int] | None:
    """The place phrase starting at token ``i`` and the index after it, or None."""
    pw = _place_words(vocabulary)
    first = pw.words.at(toks, i)
    if first is None:
        return None
    before = toks[i - 1] if i > 0 else ""
    if before in pw.not_after or _blocked_after(toks, first, pw):
        return None  # "nothing is left", "right in the middle", "lower than"
    if before == "on" and toks[i : i + 1] == ["top"] and _noun_of(toks, first.end) not in pw.nouns:
        return None  # "a yarn lying on top" (of the pile), unlike "on top of the image"
    found = [first]
    j = first.end
    while j < len(toks) and j - found[-1].end <= 3:
        nxt = pw.words.at(toks, j)
        if nxt is not None and nxt.value[0] == "centre" and _blocked_after(toks, nxt, pw):
            break  # "the left flank at mid-height": a height, no centre
        if nxt is not None:
            kinds = {m.value[0] for m in found}
            if nxt.value[0] in kinds and nxt.value[0] != "centre":
                break  # "top and bottom": two places
            found.append(nxt)
            j = nxt.end
        elif toks[j] in pw.joiners:
            j += 1
        else:
            break
    end = found[-1].end
    # trailing joiners that belong to the phrase ("corner", "side")
    while (
        end < len(toks)
        and toks[end] in pw.joiners
        and toks[end] not in ("of", "the", "and", "in", "at", "on", "near", "towards", "toward")
    ):
        end += 1
    if len(found) == 1:
        word = toks[first.start : first.end]
        prev = toks[i - 1] if i > 0 else ""
        after = toks[first.end] if first.end < len(toks) else ""
        if prev in pw.not_after or _blocked_after(toks, first, pw):
            return None
        if len(word) == 1 and word[0] in _WEAK:
            if prev not in pw.before and after not in pw.after:
                return None
            # "the bottom of the opening" names a part, "the top of the image" a place
            noun = _noun_of(toks, first.end)
            if noun is not None and noun not in pw.nouns:
                return None
    row = col = None
    centre = False
    for m in found:
        kind, value = m.value
        if kind == "row":
            row = value
        elif kind == "col":
            col = value
        elif kind == "centre":
            centre = True
        else:
            row, col = divmod(value, 3)
    if centre:
        if row is None and col is None:
            row = col = 1
        elif row is None:
            row = 1
        elif col is None:
            col = 1
    negated = any(toks[k] in ("not", "never", "nowhere") for k in range(max(0, i - 3), i))
    # a negator of several words may open further back ("a good way from the centre")
    negated = negated or any(_denies_here(toks, k, i, pw) for k in range(max(0, i - 5), i))
    return Place(" ".join(toks[i:end]), row, col, negated), end


_VIEW = frozenset({"view", "sight"})
_ROW_PREPOSITIONS = frozenset({"in", "at", "by", "over", "under", "beside", "next", "behind"})
"""words after a place word that make "right" an adverb and "left" a verb ("right in the
middle", "left at that"), never a row word a noun ("near the bottom in the image")"""


def _blocked_after(toks: list[str], first: Match[tuple[str, int]], pw: _PlaceWords) -> bool:
    """Does what follows the place word at ``first`` make it no place?"""
    m = pw.not_before.at(toks, first.end)
    if m is None:
        return False
    if toks[m.start] in ("there", "here") and first.value[0] == "centre":
        return False  # "a hole toward the center there" ("left there" is a verb)
    if toks[m.start] == "in" and _VIEW & set(toks[m.end : m.end + 2]):
        return False  # "a cut at the right in plain view": the place, then how it is seen
    row = first.value[0] == "row"
    # "near the bottom in the image"; "the bottom in the right" stays the bottle's bottom
    imaged = toks[m.end : m.end + 1] == ["the"] and any(
        toks[m.end + 1 : m.end + 2] == [n] for n in pw.nouns
    )
    return not (row and m.end - m.start == 1 and toks[m.start] in _ROW_PREPOSITIONS and imaged)


_PREPOSITIONS = frozenset(
    {"near", "at", "in", "on", "toward", "towards", "around", "by", "over", "along", "across",
     "inside", "close", "to"}
)  # fmt: skip


def _denies_here(toks: list[str], k: int, i: int, pw: _PlaceWords) -> bool:
    """Does a place negator at ``k`` deny the place at ``i``? Not past a preposition of its
    own: in "a piece broken off near the left", "off" is the verb's ("well off the middle"
    denies)."""
    m = pw.negators.at(toks, k)
    if m is None:
        return False
    return m.end <= i and not _PREPOSITIONS & set(toks[m.end : i])


def _noun_of(toks: list[str], k: int) -> str | None:
    """The noun of an "of the <noun>" phrase at ``k``, or None where none follows."""
    if toks[k : k + 1] != ["of"]:
        return None
    k += 1
    while k < len(toks) and toks[k] in ("the", "a", "an", "this", "its"):
        k += 1
    return toks[k] if k < len(toks) else None


def places_in(toks: list[str], vocabulary: Vocabulary) -> list[Place]:
    out = []
    i = 0
    while i < len(toks):
        got = read_place(toks, i, vocabulary)
        if got is None:
            i += 1
        else:
            out.append(got[0])
            i = got[1]
    return out


__all__ = ["Place", "places_in", "read_place"]
