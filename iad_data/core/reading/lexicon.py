"""Defect words of one category: which canonical type (and which of the category's own
defect names) a word means, and which words are names of the part itself.

Built from the type table (``recipes/defect_types.yaml``), the vocabulary's synonyms and
per-category entries (``recipes/vocabulary/defects.yaml``) and the category's defect names
(from its process knowledge, passed in by the record set). Part names and ambiguous words
("line", "opening") are known so that "the thread of the screw" is not read as a type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field
from functools import cached_property

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
    kinds: frozenset[str] = frozenset()
    """the word's finer kinds (``kinds`` in defects.yaml: a crack, a cut, a burn); empty: any"""
    among: frozenset[str] = frozenset()
    """for a word two of the category's names share with different canonical types ("damaged
    tip": the screw's thread_top or manipulated_front), the types it may mean"""


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
    kinds_of: dict[str, frozenset[str]] = field(default_factory=dict)
    """defect name -> its finer kinds (those of its own words and its ``types`` words)"""
    kind_related: dict[str, frozenset[str]] = field(default_factory=dict)
    described_as: dict[str, frozenset[str]] = field(default_factory=dict)
    """defect name -> the canonical types of the words describing it (``types`` words and
    aliases: the screw's crushed threads are a deformation, whatever the table calls them)"""

    @cached_property
    def whole_words(self) -> frozenset[str]:
        """every word of the product's names ("glass", "bottle"), which several readings test
        a sentence's words against"""
        return frozenset(t for name in self.whole for t in name)

    foreign: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    """other products and their components ("pill", "pin", "wire" for a bottle): a defect word
    on one of them ("a missing pill") names another product's defect"""

    def compatible(self, said: Sense, meant: Sense) -> bool:
        """May words of sense ``said`` describe a defect of sense ``meant``?"""
        if said.name is not None and meant.name is not None:
            return said.name == meant.name
        if said.canonical is None or meant.canonical is None:
            return True
        if said.broad and meant.canonical in self.broad_fits:
            return True
        return (
            said.canonical == meant.canonical
            or said.canonical in self.related.get(meant.canonical, frozenset())
            or said.canonical in self.described_as.get(meant.name or "", frozenset())
        ) and self.kinds_meet(said, meant)

    def kinds_meet(self, said: Sense, meant: Sense) -> bool:
        """Do the finer kinds agree (a crack is no cut, though both are damage)? True when
        either side has none."""
        mine = meant.kinds or self.kinds_of.get(meant.name or "", frozenset())
        if not said.kinds or not mine:
            return True
        near = set(mine).union(*(self.kind_related.get(k, frozenset()) for k in mine))
        return bool(said.kinds & near)

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
    known: frozenset[str] = frozenset(),
    table: TypeTable | None = None,
    vocabulary: Vocabulary | None = None,
) -> Lexicon:
    """The lexicon of a category whose defect names are ``names`` (``aliases``: other names
    per defect name, from the process knowledge; ``known``: every word that knowledge uses,
    none of which is another product's thing here)."""
    table = table or load_type_table()
    vocabulary = vocabulary or load_vocabulary()
    key = (
        dataset,
        category,
        tuple(sorted(set(names))),
        tuple(sorted((k, tuple(v)) for k, v in (aliases or {}).items())),
        tuple(sorted(set(parts))),
        known,
        table.hash,
        vocabulary.digest,
    )
    if key not in _CACHE:
        if len(_CACHE) > 512:
            _CACHE.clear()
        _CACHE[key] = _build(*key[:5], known, table, vocabulary)
    return _CACHE[key]


_CACHE: dict[tuple[object, ...], Lexicon] = {}


def _build(
    dataset: str,
    category: str,
    names: tuple[str, ...],
    aliases: tuple[tuple[str, tuple[str, ...]], ...],
    extra_parts: tuple[str, ...],
    known: frozenset[str],
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
    kind_of = _kind_index(vocabulary)
    own_parts = {phrase(str(p)) for p in entry.get("parts") or []}
    described = {  # the words that describe each name: its ``types`` words and aliases
        name: [
            *(str(w) for w in (entry.get("types") or {}).get(name) or []),
            *(a for n, extra in aliases if n == name for a in extra),
        ]
        for name in names
    }
    # a name's kinds are those of its own words, not counting the category's part names
    # (the screw's "thread" is no fibre), and of its descriptions (the screw's crushed or
    # nicked threads are dents and breaks, not holes or bends)
    kinds_of = {
        name: _found_in(kind_of, [readable(name), defect_words(name), *described[name]], own_parts)
        for name in names
    }
    # the category's own names first: "thread top" is the screw's defect, not a thread
    for name in names:
        # the name as released and as prose mends it ("wax melded" -> "wax melted")
        for own in dict.fromkeys((phrase(readable(name)), phrase(defect_words(name)))):
            terms.add(own, Sense(canonical_of[name], name, kinds=kinds_of[name]))
            for noun in ("defect", "defects", "damage", "fault", "flaw"):
                # "a color defect" is the carpet's color, before the synonym "color defect"
                terms.add((*own, noun), Sense(canonical_of[name], name, kinds=kinds_of[name]))
    for name, extra in aliases:
        for alias in extra:
            terms.add(
                phrase(readable(alias)), Sense(canonical_of.get(name), name, kinds=kinds_of[name])
            )
    shared: dict[tuple[str, ...], set[str]] = {}
    for name, words in (entry.get("types") or {}).items():
        if name in canonical_of:
            for word in words or []:
                shared.setdefault(phrase(str(word)), set()).add(name)
    for key, owners in shared.items():
        if len(owners) == 1:
            name = next(iter(owners))
            terms.add(key, Sense(canonical_of[name], name, kinds=kinds_of[name]))
        else:  # a word two of the category's names share means either: only their canonical
            kinds = {canonical_of[n] for n in owners}
            one = next(iter(kinds)) if len(kinds) == 1 else None
            terms.add(key, Sense(one, among=frozenset(k for k in kinds if k and not one)))
    broad = vocabulary.defects.get("broad") or {}
    for word in broad.get("words") or []:  # before the synonyms: "damaged" is an umbrella
        terms.add(phrase(str(word)), Sense("damage", None, True))
    for canonical, words in (vocabulary.defects.get("synonyms") or {}).items():
        terms.add(phrase(canonical), Sense(canonical, kinds=kind_of.get(phrase(canonical), _NONE)))
        for word in words or []:
            key = phrase(str(word))
            terms.add(key, Sense(canonical, kinds=kind_of.get(key, _NONE)))
    for term, canonical in table.vocabulary.items():
        key = phrase(term)
        terms.add(key, Sense(canonical, kinds=kind_of.get(key, _NONE)))
    listed = [*(entry.get("parts") or []), *(vocabulary.defects.get("parts") or []), *extra_parts]
    ambiguous = frozenset(phrase(str(w)) for w in vocabulary.defects.get("ambiguous") or [])
    _add_inflections(terms, {phrase(str(p)) for p in listed} | ambiguous)
    parts: PhraseIndex[bool] = PhraseIndex((phrase(str(p)), True) for p in listed)
    related = {
        str(k): frozenset(str(x) for x in v or [])
        for k, v in (vocabulary.defects.get("related") or {}).items()
    }
    whole = frozenset(phrase(p) for p in extra_parts)
    fits = frozenset(str(x) for x in broad.get("fits") or [])
    kind_related = {
        str(k): frozenset(str(x) for x in v or [])
        for k, v in (vocabulary.defects.get("kind_related") or {}).items()
    }
    generic_terms: dict[tuple[str, ...], frozenset[str]] = {}
    for canonical, words in (vocabulary.defects.get("synonyms") or {}).items():
        for word in [canonical, *(words or [])]:
            generic_terms[phrase(str(word))] = frozenset({str(canonical)})
    for term, canonical in table.vocabulary.items():
        generic_terms.setdefault(phrase(term), frozenset({canonical}))
    described_as = {name: _found_in(generic_terms, described[name], own_parts) for name in names}
    own_words = {*whole, *((k,) for k in known)}
    this = f"{dataset}/{category}"
    foreign = _foreign_things(vocabulary, this, terms, parts, ambiguous, own_words)
    return Lexicon(
        dataset,
        category,
        names,
        terms,
        parts,
        ambiguous,
        canonical_of,
        related,
        whole,
        fits,
        kinds_of,
        kind_related,
        described_as,
        foreign,
    )


def _foreign_things(
    vocabulary: Vocabulary,
    own: str,
    terms: PhraseIndex[Sense],
    parts: PhraseIndex[bool],
    ambiguous: Set[tuple[str, ...]],
    whole: Set[tuple[str, ...]],
) -> PhraseIndex[bool]:
    """Other categories' products and components that are none of this one's parts, no
    region of any object (``regions``), no defect word and share no word with ``whole``
    (this product's names and its knowledge's words: a zipper's tape is woven from yarn,
    so "broken yarn" is the zipper's own defect)."""
    categories = vocabulary.defects.get("categories") or {}
    regions = {phrase(str(w)) for w in vocabulary.defects.get("regions") or []}
    found: set[tuple[str, ...]] = set()
    for key, entry in categories.items():
        if key == own:
            continue
        found.add(phrase(readable(str(key).split("/")[-1].rstrip("0123456789"))))
        found.update(phrase(str(p)) for p in (entry or {}).get("parts") or [])
    mine = {t for name in whole for t in name}
    keep = [
        f
        for f in found
        if f
        and f not in regions
        and f not in ambiguous
        and f not in terms
        and parts.get(f) is None
        and not set(f) & mine
        and not any(t.isdigit() for t in f)
    ]
    return PhraseIndex((f, True) for f in keep)


_NONE: frozenset[str] = frozenset()


def _kind_index(vocabulary: Vocabulary) -> dict[tuple[str, ...], frozenset[str]]:
    """word (as a phrase) -> the finer kinds listing it"""
    index: dict[tuple[str, ...], set[str]] = {}
    for kind, words in (vocabulary.defects.get("kinds") or {}).items():
        for word in words or []:
            index.setdefault(phrase(str(word)), set()).add(str(kind))
    return {k: frozenset(v) for k, v in index.items()}


def _inflections(word: str) -> list[str]:
    """Regular inflections of a defect word ("scuff" -> "scuffing", "scuffed", "scuffs")."""
    if word.endswith(("ed", "ing", "s")):  # forms of forms guess wrong: "chewed" -> "chewing"
        return []
    stem = word[:-1] if word.endswith("e") else word
    return [word + "s", word + "es", stem + "ed", stem + "ing"]


def _add_inflections(terms: PhraseIndex[Sense], skip: Set[tuple[str, ...]]) -> None:
    """Every one-word defect term of four letters or more answers to its regular
    inflections too, unless that form is a term, a part or an ambiguous word already."""
    for key, sense in list(terms.items()):
        if len(key) != 1 or len(key[0]) < 4 or key in skip or sense.name is not None:
            continue
        forms = _inflections(key[0])
        if any((form,) in skip for form in forms):
            continue  # "ridges" are a part of the snack: "ridged" describes it
        for form in forms:
            if (form,) not in terms:
                terms.add((form,), sense)


def _found_in(
    index: Mapping[tuple[str, ...], frozenset[str]],
    texts: Iterable[str],
    skip: Set[tuple[str, ...]] = frozenset(),
) -> frozenset[str]:
    """The values (kinds, canonical types) ``index`` gives every word or phrase of up to
    three words inside ``texts``, but ``skip``."""
    found: set[str] = set()
    for text in texts:
        words = phrase(text)
        for size in (1, 2, 3):
            for start in range(len(words) - size + 1):
                key = words[start : start + size]
                if key not in skip:
                    found |= index.get(key, frozenset())
    return frozenset(found)


__all__ = ["Lexicon", "Sense", "build_lexicon"]
