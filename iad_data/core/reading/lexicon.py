"""Defect words of one category: which canonical type (and which of the category's own
defect names) a word means, and which words are names of the part itself.

Built from the type table (``recipes/defect_types.yaml``), the vocabulary's synonyms and
per-category entries (``recipes/vocabulary/defects.yaml``) and the category's defect names
(from its process knowledge, passed in by the record set). Part names and ambiguous words
("line", "opening") are known so that "the thread of the screw" is not read as a type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from iad_data.core.defect_types import TypeTable, defect_words, load_type_table, readable
from iad_data.core.reading.vocabulary import Vocabulary, load_vocabulary
from iad_data.core.reading.words import PhraseIndex, phrase


@dataclass(frozen=True)
class Sense:
    """What a defect word means: a canonical type, and the category's defect name if it is
    one of them (``None``: any defect of that canonical type)."""

    canonical: str | None
    name: str | None = None
    broad: bool = False
    """an umbrella word ("damaged"): fits every type of the vocabulary's ``broad.fits``"""


@dataclass(frozen=True)
class Lexicon:
    """The defect words of one (dataset, category)."""

    dataset: str
    category: str
    names: tuple[str, ...]
    """the category's defect names (snake_case), truth included"""
    terms: PhraseIndex[Sense]
    parts: PhraseIndex[bool]
    ambiguous: frozenset[tuple[str, ...]]
    canonical_of: dict[str, str | None] = field(default_factory=dict)
    """defect name -> its canonical type"""
    related: dict[str, frozenset[str]] = field(default_factory=dict)
    """canonical type -> the types prose may name for it (``related`` in defects.yaml)"""
    whole: frozenset[tuple[str, ...]] = frozenset()
    """names of the product as a whole (``parts`` given to ``build_lexicon``): not a part of it"""
    broad_fits: frozenset[str] = frozenset()
    """canonical types an umbrella word fits"""

    def compatible(self, said: Sense, meant: Sense) -> bool:
        """May words of sense ``said`` describe a defect of sense ``meant``?"""
        if said.name is not None and meant.name is not None:
            return said.name == meant.name
        if said.canonical is None or meant.canonical is None:
            return True
        if said.broad and meant.canonical in self.broad_fits:
            return True
        return said.canonical == meant.canonical or said.canonical in self.related.get(
            meant.canonical, frozenset()
        )

    def sense_of(self, text: str) -> Sense | None:
        """The sense of a whole type text ("chipped rim", "broken_large"), or None."""
        key = phrase(text)
        sense = self.terms.get(key)
        if sense is not None:
            return sense
        found = [m.value for m in self.terms.scan(list(key))]
        names = {s.name for s in found if s.name}
        canon = {s.canonical for s in found if s.canonical}
        if len(names) == 1 and len(canon) <= 1:
            return next(s for s in found if s.name)
        if len(canon) == 1:
            return Sense(next(iter(canon)))
        return None


def build_lexicon(
    dataset: str,
    category: str,
    names: Iterable[str] = (),
    aliases: Mapping[str, Iterable[str]] | None = None,
    *,
    parts: Iterable[str] = (),
    table: TypeTable | None = None,
    vocabulary: Vocabulary | None = None,
) -> Lexicon:
    """The lexicon of a category whose defect names are ``names`` (``aliases``: other names
    per defect name, from the process knowledge)."""
    table = table or load_type_table()
    vocabulary = vocabulary or load_vocabulary()
    key = (
        dataset,
        category,
        tuple(sorted(set(names))),
        tuple(sorted((k, tuple(v)) for k, v in (aliases or {}).items())),
        tuple(sorted(set(parts))),
        table.hash,
        vocabulary.digest,
    )
    if key not in _CACHE:
        if len(_CACHE) > 512:
            _CACHE.clear()
        _CACHE[key] = _build(*key[:5], table, vocabulary)
    return _CACHE[key]


_CACHE: dict[tuple[object, ...], Lexicon] = {}


def _build(
    dataset: str,
    category: str,
    names: tuple[str, ...],
    aliases: tuple[tuple[str, tuple[str, ...]], ...],
    extra_parts: tuple[str, ...],
    table: TypeTable,
    vocabulary: Vocabulary,
) -> Lexicon:
    entry = (vocabulary.defects.get("categories") or {}).get(f"{dataset}/{category}") or {}
    terms: PhraseIndex[Sense] = PhraseIndex()
    canonical_of: dict[str, str | None] = {}
    generic = {phrase(str(n)) for n in vocabulary.defects.get("generic_names") or []}
    names = tuple(n for n in names if phrase(readable(n)) not in generic)
    aliases = tuple((n, a) for n, a in aliases if n in names)
    for name in names:
        canonical_of[name] = table.resolve(dataset, category, name).canonical
    # the category's own names first: "thread top" is the screw's defect, not a thread
    for name in names:
        # the name as released and as prose mends it ("wax melded" -> "wax melted")
        for own in dict.fromkeys((phrase(readable(name)), phrase(defect_words(name)))):
            terms.add(own, Sense(canonical_of[name], name))
            for noun in ("defect", "defects", "damage", "fault", "flaw"):
                # "a color defect" is the carpet's color, before the synonym "color defect"
                terms.add((*own, noun), Sense(canonical_of[name], name))
    for name, extra in aliases:
        for alias in extra:
            terms.add(phrase(readable(alias)), Sense(canonical_of.get(name), name))
    shared: dict[tuple[str, ...], set[str]] = {}
    for name, words in (entry.get("types") or {}).items():
        if name in canonical_of:
            for word in words or []:
                shared.setdefault(phrase(str(word)), set()).add(name)
    for key, owners in shared.items():
        if len(owners) == 1:
            name = next(iter(owners))
            terms.add(key, Sense(canonical_of[name], name))
        else:  # a word two of the category's names share means either: only their canonical
            kinds = {canonical_of[n] for n in owners}
            terms.add(key, Sense(next(iter(kinds)) if len(kinds) == 1 else None))
    broad = vocabulary.defects.get("broad") or {}
    for word in broad.get("words") or []:  # before the synonyms: "damaged" is an umbrella
        terms.add(phrase(str(word)), Sense("damage", None, True))
    for canonical, words in (vocabulary.defects.get("synonyms") or {}).items():
        terms.add(phrase(canonical), Sense(canonical))
        for word in words or []:
            terms.add(phrase(str(word)), Sense(canonical))
    for term, canonical in table.vocabulary.items():
        terms.add(phrase(term), Sense(canonical))
    listed = [*(entry.get("parts") or []), *(vocabulary.defects.get("parts") or []), *extra_parts]
    parts: PhraseIndex[bool] = PhraseIndex((phrase(str(p)), True) for p in listed)
    ambiguous = frozenset(phrase(str(w)) for w in vocabulary.defects.get("ambiguous") or [])
    related = {
        str(k): frozenset(str(x) for x in v or [])
        for k, v in (vocabulary.defects.get("related") or {}).items()
    }
    whole = frozenset(phrase(p) for p in extra_parts)
    fits = frozenset(str(x) for x in broad.get("fits") or [])
    return Lexicon(
        dataset, category, names, terms, parts, ambiguous, canonical_of, related, whole, fits
    )


__all__ = ["Lexicon", "Sense", "build_lexicon"]
