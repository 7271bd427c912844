"""What a sentence states: a verdict (with negation and its scope), defect types, places.

``read`` splits a text into sentences and each sentence into clauses (at ; : and at "but",
"however", or a comma or "and" that starts a new clause). Inside a clause a negator flips
what follows it, and keeps flipping the next words of the same kind in a list ("no
scratches, stains or holes"); two negators cancel ("not free of defects" is a defect). A
clause that talks about a case rather than this part ("where defects usually appear", "a
good bottle looks ...") is *generic* and states nothing. Normal words count only as
predicates ("the part is normal", not "the normal appearance"). A negated generic defect
noun dismisses the sentence's findings ("only dust, not a defect").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from iad_data.core.reading.lexicon import Lexicon, Sense, build_lexicon
from iad_data.core.reading.places import Place, read_place
from iad_data.core.reading.vocabulary import Vocabulary, load_vocabulary
from iad_data.core.reading.words import Match, PhraseIndex, index_of, sentences, tokens

Stance = Literal["anomaly", "normal"]
_BUT_JOINS = frozenset({"anything", "nothing", "all", "everything"})
"""words that make "but" part of one phrase ("anything but sound"), not a new clause"""
_SUBJECTS = frozenset(
    {"i", "we", "it", "this", "that", "part", "product", "item", "sample", "nothing", "none"}
)
"""subjects of a "would" clause that speak of this part ("I would reject it", "nothing here
would justify rejecting it")"""
_DEFECT_NOUNS = frozenset({"defect", "fault", "flaw", "anomaly"})
"""singular: "a head defect" names a type, "the tube defects are ..." speaks of the product"""
_PLACE_PARTS = frozenset({"surface", "edge", "edges", "area", "region", "side", "corner"})
"""parts that say where, not what ("a surface defect" names no type)"""
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "shows", "show", "showed", "looks",
     "look", "appears", "appear", "seems", "seem", "remains", "remain", "stays", "lies",
     "sits", "runs", "covers", "can", "could", "will", "would", "may", "might", "must",
     "should", "s", "does", "do", "did", "passes", "fails", "see", "found", "contains",
     "got"}
)  # fmt: skip
"""finite verbs: a comma before a clause that holds one starts a new statement"""
_VERBS = _FINITE - {"s"}
"""finite verbs that are words ("s" is also a possessive)"""
_RELATIVE = frozenset({"where", "which", "whose", "when", "that"})
_COUNTED_NOUNS = frozenset(
    (w,) for w in ("tear", "cut", "split", "burn", "melt", "bend", "twist", "warp", "fold",
                   "streak", "break", "bubble", "pore", "void", "cavity", "inclusion", "crumb",
                   "fragment", "leak")
)  # fmt: skip
"""ambiguous words that, counted ("a tear", "one split", "a bubble"), name a defect, not an
action or a feature"""
_SIZES = frozenset(
    {"small", "tiny", "little", "large", "big", "huge", "minor", "major", "clear", "deep",
     "shallow", "round", "single", "fresh", "distinct", "sharp", "narrow", "wide", "odd",
     "stray", "obvious", "visible", "noticeable", "proper", "real", "nasty", "faint", "slight"}
)  # fmt: skip
"""adjectives that may stand between an article and the noun it counts ("a small hole")"""


_SPECIMENS = frozenset(
    {"part", "piece", "sample", "one", "example", "specimen", "unit", "product", "item"}
)


def _names_a_specimen(part: list[str], at: int, lexicon: Lexicon | None) -> bool:
    """Does the noun at ``at`` name a part or product ("a good bottle", "a sound part"), so
    that "a good ..." speaks of such parts in general?"""
    if part[at : at + 1] and part[at] in _SPECIMENS:
        return True
    if lexicon is None:
        return True
    # "a sound bottle" names the glass bottle as well
    return lexicon.parts.at(part, at) is not None or any(
        part[at : at + 1] and part[at] in name for name in lexicon.whole
    )


def _verdict_fragment(part: list[str], at: int, lexicon: Lexicon | None) -> bool:
    """Does the product's name at ``at`` end the clause's noun phrase with no verb after it
    ("A flawless glass bottle, through and through."): a verdict, not parts in general?"""
    for name in lexicon.whole if lexicon is not None else ():
        if tuple(part[at : at + len(name)]) == name:
            after = at + len(name)
            # "a conforming nut that passes": a relative clause that passes it says so too
            relative = part[after : after + 1] in (["that"], ["which"]) and any(
                t in _VERBAL_NORMAL for t in part[after + 1 : after + 3]
            )
            return after >= len(part) or part[after] in (",", "!", ".", ";", ":") or relative
    return False


def _counted(toks: list[str], i: int, articles: tuple[str, ...]) -> bool:
    """Is the word at ``i`` counted by one of ``articles``, past adjectives of size or
    manner ("a hole", "a small hole", "a proper tear"): a thing, not the part's own feature
    ("the hole") nor a verb? Participles count as such adjectives ("a ragged tear", "a
    trapped bubble")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and (toks[j] in _SIZES or _participle(toks[j])):
        j -= 1
    return j >= 0 and toks[j] in articles


_RELEASES = frozenset(
    {"go", "proceed", "pass", "ship", "continue", "move", "leave", "enter", "join", "be"}
)  # fmt: skip
_REFUSED = frozenset(
    {"ship", "pass", "accept", "release", "approve", "sign", "sell", "clear", "call", "certify",
     "deem", "pronounce", "rate", "grade", "let", "gift", "give", "send", "wave"}
)  # fmt: skip
"""verbs of letting a part go or of naming its verdict, which "could not" refuses ("I could
not ship it", "I couldn't honestly call this plate flawless")"""
_RELEASED = frozenset(
    {"passed", "shipped", "released", "accepted", "sent", "used", "packed", "approved",
     "cleared", "forwarded"}
)  # fmt: skip


_UNCALLED: tuple[list[str], ...] = ([","], [":"], ["."], [";"], [])
"""what may follow "call it" when no call is made ("I could not call it, chip or stain")"""


def _permits(part: list[str], end: int) -> bool:
    """Is the hedge word before ``end`` a "may" of leave ("may go on to packing", "may be
    released") or a "could not" of refusal ("could not in good faith ship it"), not a
    doubt?"""
    if part[end - 1 : end] in (["could"], ["can"], ["would"]) and part[end : end + 1] == ["not"]:
        # "I could not in good faith ship this": a refusal, not a doubt
        ahead = part[end + 1 : end + 6]
        # "I could not call it, scratch or dent": a call not made is a doubt
        return any(
            t in _REFUSED
            and not (ahead[j + 1 : j + 2] == ["it"] and ahead[j + 2 : j + 3] in _UNCALLED)
            for j, t in enumerate(ahead)
        )
    if part[end - 1 : end] != ["may"]:
        return False
    ahead = [t for t in part[end : end + 3] if t not in ("now", "safely", "then", "therefore")]
    if ahead[:1] == ["be"]:
        return ahead[1:2] != [] and ahead[1] in _RELEASED
    if part[end : end + 1] == ["not"] and end + 1 == len(part):
        return True  # "May it be passed? It may not, for ...": leave refused
    # "May the bottle be passed?": the subject between
    after = part[end : end + 6]
    if any(a == "be" and b in _RELEASED for a, b in zip(after, after[1:], strict=False)):
        return True
    return ahead[:1] != [] and ahead[0] in _RELEASES


_REFUTED = frozenset({"rejected", "refuted", "discarded", "excluded", "dropped", "falsified"})


def _refuted(part: list[str]) -> bool:
    """Is the clause a hypothesis turned down ("H1 (a pulled yarn at the top) rejected"): what
    it names is not found, and its "rejected" is no verdict on the part?"""
    numbered = bool(part) and re.fullmatch(r"h\d+", part[0]) is not None
    return (numbered or part[:1] == ["hypothesis"]) and bool(_REFUTED & set(part))


_VIEWERS = frozenset({"you", "one", "we", "i"})
_LOOKING = frozenset(
    {"look", "looks", "looked", "zoom", "examine", "inspect", "study", "peer", "check",
     "glance", "observe"}
)  # fmt: skip


_HYPERBOLE = (["you", "paid"], ["my", "life"], ["they", "paid"])
"""an "if" that opens one of these is a figure of speech ("if you paid me double")"""


def _looking(part: list[str], m: Match[bool]) -> bool:
    """Is the marker an "if" of the viewer looking ("If you look closely, you will see a
    dent") or of a hyperbole ("I couldn't call it sound if you paid me"): a way of showing or
    of insisting, not a case supposed?"""
    if part[m.start : m.end] != ["if"]:
        return False
    ahead = part[m.end : m.end + 4]
    if ahead[:2] in _HYPERBOLE:
        return True
    return ahead[:1] != [] and ahead[0] in _VIEWERS and bool(_LOOKING & set(ahead[1:]))


_DESIGNED = frozenset(
    {"designed", "intended", "drilled", "machined", "punched", "bored", "threaded", "moulded",
     "molded", "formed", "planned", "specified", "stamped", "tapped", "required"}
)  # fmt: skip


_CONCORD_WORDS = frozenset({"no", "nothing", "none", "nowhere", "nobody", "no one"})
_CONCORD_VERBS = frozenset(
    {"see", "seen", "saw", "find", "found", "spot", "spotted", "notice", "noticed", "detect",
     "detected", "observe", "observed", "get", "got", "have", "has", "had", "there", "is",
     "are", "was", "were", "be", "been", "really", "actually", "even", "ever"}
)  # fmt: skip


def _concords(toks: list[str], after: int, at: int, before: str, word: str) -> bool:
    """Is the negator at ``at`` a second mark of the negation before it (negative concord:
    "I don't see no scratch", "there ain't no dent", "can't find nothing"), so the clause
    is denied once? Only a "not" or "never" with a verb of seeing or being between them;
    "I wouldn't say there's no defect" and "it isn't not defective" still cancel."""
    if before not in ("not", "never") or word not in _CONCORD_WORDS:
        return False
    between = toks[after:at]
    if not between:
        return word == "no"  # "there ain't no dent"; "not nothing" is something
    return all(t in _CONCORD_VERBS for t in between)


def _participle(word: str) -> bool:
    """An adjective made of a verb ("ragged", "trapped", "jagged"), as a count skips; not one
    of making ("any designed holes", "a drilled hole" are the part's own)."""
    return len(word) > 4 and word.endswith("ed") and word not in _DESIGNED


_AFTER_DEFECT_NOUN = frozenset(
    {"in", "at", "on", "near", "toward", "towards", "around", "over", "close", "inside",
     "along", "across", "by", "of", "from", "just", "right", "has", "have", "had", "is", "was",
     "sits", "lies", "appears", "shows", "visible", "very", "clearly", "that", "which", "with",
     "and", "or", "announces", "stands", "runs", "spans", "crosses", "there", "here",
     "signature", "signatures", "patch", "patches", "area", "spot", "zone", "region", "bloom",
     "blooms", "line", "lines", "mark", "marks", "streak", "streaks", "trace", "traces", "rests",
     "lives", "dwells", "resides", "remains"}
)  # fmt: skip
"""words that may follow a defect noun heading its phrase ("a chip at the top", "a crack
has crept in"), unlike a noun it modifies ("a cut cable")"""
_BEFORE_VERB = frozenset(
    {"to", "i", "we", "you", "they", "d", "ll", "would", "will", "can", "could", "should",
     "must", "may", "might", "shall", "i'd", "we'd", "you'd", "they'd", "i'll", "we'll",
     "you'll", "they'll"}
)  # fmt: skip
"""words after which an ambiguous word is a verb ("to spot", "I'd mark", "would split")"""
_VERB_AFTER = frozenset({"right", "through", "across", "into", "deep", "deeply", "clean"})
"""words after an ambiguous word that make it a verb ("cuts right through", "splits across")"""
_VERBAL_NORMAL = frozenset(
    {"passes", "passed", "pass", "conforms", "conform", "complies", "comply", "ships",
     "shipped", "qualifies"}
)  # fmt: skip
"""normal words that are verbs themselves ("It passes."): no copula needed"""
_UNDECIDED = frozenset(
    {"decide", "decided", "tell", "distinguish", "determine", "choose", "pick", "settle",
     "settled", "commit", "discriminate", "resolve", "resolved", "sure", "certain", "confident",
     "certainty", "whether", "separate"}
)  # fmt: skip
"""words of a choice or of certainty that a negation before them leaves open ("not fully
sure", "does not allow one to decide between", "cannot say whether"): the clause hedges, it
denies nothing"""
_IMAGES = frozenset({"image", "picture", "photo", "shot", "view", "frame"})
_PLACE_PREPOSITIONS = (
    ["in"], ["at"], ["on"], ["near"], ["around"], ["along"], ["across"], ["towards"]
)  # fmt: skip
_PUNCT = frozenset({".", ";", ":", "!", "?"})
_TURNS = frozenset({"but", "however", "although", "though", "yet", "whereas", "except", "still"})
"""words on which a sentence turns: a negation before one does not deny the sentence"""
_TOWARD = frozenset(
    {"toward", "towards", "near", "along", "by", "beside", "at", "around", "across", "over"}
)
"""prepositions that put a part as a place ("out toward the edge", "near the rim")"""
_ADVERBS = frozenset(
    {"completely", "entirely", "fully", "perfectly", "totally", "quite", "very", "otherwise",
     "clearly", "overall", "visibly", "essentially", "apparently", "all", "fairly",
     "largely", "generally", "indeed", "really", "certainly", "definitely", "also", "still",
     "therefore", "thus", "so", "hence", "then", "and", "a", "an", "the", "in", "of", "to"}
)  # fmt: skip


@dataclass(frozen=True)
class TypeMention:
    """A defect word in a sentence and what the sentence does with it."""

    words: str
    sense: Sense
    negated: bool = False
    generic: bool = False
    dismissed: bool = False
    hedged: bool = False
    named: bool = False
    """in a clause that names what the defect is ("this is a scratch")"""
    at: int = 0
    """token index in the sentence"""
    described: bool = False
    """named without a frame in a clause about this part ("a hairline crack, clear as day,
    near the rim"): it asserts nothing, but on a normal part it describes a defect"""

    @property
    def asserted(self) -> bool:
        """The sentence says this defect is present (not negated, hypothetical or dismissed)."""
        return not (self.negated or self.generic or self.dismissed)


def senses_apart(first: Sequence[Sense], second: Sequence[Sense]) -> bool:
    """Do two groups of defect words name different types: no word of one the same type as
    a word of the other (another defect name, another canonical type, or finer kinds that
    never meet: "a scorch mark" or "a drip", both contamination)? False when either group
    is empty."""
    return bool(first and second) and all(_apart(a, b) for a in first for b in second)


def _apart(a: Sense, b: Sense) -> bool:
    if a.name is not None and b.name is not None:
        return a.name != b.name
    if a.canonical is None or b.canonical is None:
        # a word shared by two names is apart from what neither of them is
        mine, theirs = a.among or {a.canonical}, b.among or {b.canonical}
        return None not in mine | theirs and not mine & theirs
    if a.canonical != b.canonical:
        return True
    return bool(a.kinds and b.kinds) and not a.kinds & b.kinds


@dataclass(frozen=True)
class Reading:
    """One sentence as the reader understands it."""

    text: str
    stance: Stance | None
    """what the sentence says of the part: a defect is present, the part is fine, or neither"""
    evidence: str = ""
    """the words that decided the stance"""
    hedged: bool = False
    restricted: bool = False
    """a normal statement limited to part of the image ("the rest is clean")"""
    dismissal: bool = False
    negation: bool = False
    """the sentence denies something and turns on nothing ("but", "however")"""
    types: tuple[TypeMention, ...] = ()
    places: tuple[Place, ...] = ()
    """places in clauses that state something ("the crack lies in the top left")"""
    loose_places: tuple[Place, ...] = ()
    """places in descriptive clauses ("a chip at the top end of the tube")"""
    part_words: tuple[str, ...] = ()
    part_types: tuple[str, ...] = ()
    """parts named as the defect's type ("a head defect")"""
    whole_named: bool = False
    """the product as a whole is named, not only a part of it ("and the screw is fine")"""

    @property
    def asserted_types(self) -> list[TypeMention]:
        return [t for t in self.types if t.asserted]

    alternative_types: bool = False
    """two different types joined by "or" or "/" ("color or scratch", "glue/hole")"""
    asked: Stance | None = None
    """what a yes/no question asks of the part, its own negation taken out ("Can it be
    called sound?" asks "normal"; "Isn't that a chip?" asks "anomaly"): the answer in the
    next sentence decides it (``read``); a question states nothing by itself"""
    asked_types: tuple[TypeMention, ...] = ()
    """defects a yes/no question asks about ("Is that a dent?"), asserted by neither"""
    rhetorical: bool = False
    """a negative question ("Isn't that a chip?"), which asserts what it asks"""
    asks_where: bool = False
    """asks where the defect is ("Where exactly does it sit?"): the next sentence's places
    answer it, as stated places"""
    unknown_types: tuple[str, ...] = ()
    """words given as the type that name no known defect ("classified as selvage")"""

    @property
    def placed_defect(self) -> list[str]:
        """Defect words placed on the part with no verb to state them, neither denied nor
        hedged ("a hairline crack, clear as day, at the top")."""
        if self.hedged or not (self.places or self.loose_places):
            return []
        return [t.words for t in self.types if t.described and not t.negated]

    @property
    def alternatives(self) -> bool:
        """Hedges between two or more different defect types ("X, or possibly Y")."""
        toks = tokens(self.text)
        ends = {t.at + len(t.words.split()) for t in self.types}
        # "a blob of adhesive" too
        ends |= {e + 1 for e in ends if e < len(toks) and toks[e] == "of"}
        # "scuff marks" is one defect named by two words, not two alternatives
        named = [t for t in self.types if not t.negated and t.at not in ends]
        apart = any(
            senses_apart([a.sense], [b.sense]) or _weighed(a, b, toks)
            for i, a in enumerate(named)
            for b in named[i + 1 :]
        )
        # "Whether this is a cut or rust remains, for me, genuinely open": a "whether ...
        # or" weighs its types whatever the sentence goes on to say
        weighs = toks[:1] == ["whether"] and "or" in toks
        # "Defect type: hole 5/10, stain 5/10": types given odds are types weighed
        scored = [t for t in named if _scored(toks, t.at + len(t.words.split()))]
        weighs = weighs or len(scored) >= 2
        return ((self.hedged or weighs) and apart) or self.alternative_types


def _scored(toks: list[str], at: int) -> bool:
    """Does a score ("5/10", "3 / 10") follow the word ending at ``at``?"""
    score = toks[at : at + 3]
    return len(score) == 3 and score[0].isdigit() and score[1] == "/" and score[2].isdigit()


_WEIGHING = frozenset({"or", "between", "either", "could", "might", "maybe", "perhaps", "possibly"})
"""words between two types that weigh one against the other ("could be X, could be Y")"""


def _weighed(a: TypeMention, b: TypeMention, toks: list[str]) -> bool:
    """Does a hedge weigh two words of one canonical type that differ in kind ("it could be
    contamination or it could be corrosion", "a gap, could be a chip")? An "or" between says
    the writer holds them apart; words of one kind ("a rust patch or corrosion") are one."""
    first, second = sorted((a, b), key=lambda t: t.at)
    between = set(toks[first.at : second.at])
    return (
        bool(_WEIGHING & between)
        and first.sense.kinds != second.sense.kinds
        and not first.sense.kinds & second.sense.kinds
        and not (first.sense.broad or second.sense.broad)
    )


@dataclass(frozen=True)
class _Words:
    negators: PhraseIndex[bool]
    contrast: PhraseIndex[bool]
    not_negators: PhraseIndex[bool]
    post: frozenset[str]
    breakers: frozenset[str]
    starters: frozenset[str]
    normal: PhraseIndex[bool]
    defect: PhraseIndex[bool]
    dismissed: frozenset[tuple[str, ...]]
    harmless: PhraseIndex[bool]
    harmless_markers: PhraseIndex[bool]
    dismissals: PhraseIndex[bool]
    generic: PhraseIndex[bool]
    restrictors: PhraseIndex[bool]
    predicative: PhraseIndex[bool]
    hedges: PhraseIndex[bool]
    frames: PhraseIndex[bool]
    naming: PhraseIndex[bool]
    labels: frozenset[tuple[str, ...]]
    generic_names: frozenset[tuple[str, ...]]
    """type names that name nothing in particular ("combined", "other")"""
    sighting_labels: frozenset[tuple[str, ...]]
    """labels whose value is what was seen ("Observed: a chip", "Spotted: ...")"""
    yes: PhraseIndex[bool]
    no: PhraseIndex[bool]
    """answers to a yes/no question ("Indeed.", "Hardly.")"""
    denying_labels: tuple[tuple[str, ...], ...]
    """labels whose value is denied ("Ruled out: glare")"""
    absent_tails: tuple[tuple[str, ...], ...]
    """tails that deny the noun phrase before them ("... isn't there")"""
    split_verdicts: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    """verb -> (particle, the verdict word it means): "throw (it) out" means reject"""


@lru_cache(maxsize=8)
def _words(vocabulary: Vocabulary) -> _Words:
    def idx(key: str) -> PhraseIndex[bool]:
        return index_of(vocabulary.words("language", key), True)

    def flat(key: str) -> frozenset[str]:
        return frozenset(vocabulary.words("language", key))

    return _Words(
        idx("negators"),
        idx("contrast"),
        idx("not_negators"),
        flat("post_negators"),
        flat("scope_breakers"),
        flat("clause_starters"),
        idx("normal"),
        idx("defect"),
        frozenset(tuple(tokens(w)) for w in vocabulary.words("language", "dismissed_nouns")),
        idx("harmless"),
        idx("harmless_markers"),
        idx("dismissals"),
        idx("generic_markers"),
        idx("restrictors"),
        idx("predicative"),
        idx("hedges"),
        idx("frames"),
        idx("naming"),
        frozenset(tuple(tokens(x)) for x in vocabulary.words("language", "labels")),
        frozenset(tuple(tokens(str(n))) for n in vocabulary.defects.get("generic_names") or []),
        frozenset(tuple(tokens(x)) for x in vocabulary.words("language", "sighting_labels")),
        idx("answers_yes"),
        idx("answers_no"),
        tuple(tuple(tokens(x)) for x in vocabulary.words("language", "denying_labels")),
        tuple(tuple(tokens(x)) for x in vocabulary.words("language", "absent_tails")),
        _split_verdicts(vocabulary),
    )


def _split_verdicts(vocabulary: Vocabulary) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for meaning, verbs in (vocabulary.language.get("split_verdicts") or {}).items():
        for verb in verbs or []:
            head, particle = str(verb).split(" ", 1)
            out.setdefault(head, []).append((particle, str(meaning)))
    return {k: tuple(v) for k, v in out.items()}


_OBJECTS = frozenset({"it", "this", "that", "the", "these", "those", "them", "one", "em"})


def _joined_verdicts(toks: list[str], w: _Words, lexicon: Lexicon | None) -> list[str]:
    """A verdict verb split by its object ("I won't write this screw up", "I'd not throw
    that bottle out") as the verdict word it means ("I will not reject this screw"). Only
    when the object is the part ("it", "this one", the product's name): "write up the
    report" is paperwork."""
    if w.split_verdicts.keys().isdisjoint(toks):
        return toks  # most sentences: nothing to join
    whole = lexicon.whole_words if lexicon is not None else frozenset()
    out = list(toks)
    for i, tok in enumerate(toks):
        for particle, meaning in w.split_verdicts.get(tok, ()):
            ahead = toks[i + 1 : i + 6]
            if ahead[:1] == [] or ahead[0] not in _OBJECTS or particle not in ahead[1:]:
                continue
            between = ahead[: ahead.index(particle, 1)]
            if any(t in _PUNCT or t == "," for t in between):
                continue
            if between in (["it"], ["them"], ["em"], ["this"], ["that"]) or set(between) & whole:
                out[i] = meaning
                out[i + 1 + len(between)] = "\u00b7"
    return [t for t in out if t != "\u00b7"]


def _finite_ahead(toks: list[str], i: int, w: _Words) -> bool:
    """Does a verb of its own follow before the next clause break? After a negation, "no
    patches, scratches, the wrong face showing" lists what is absent; ", the surface is
    clean" says something."""
    for tok in toks[i:]:
        if tok in _PUNCT or tok == "," or tok in w.breakers:
            return False
        if tok in _FINITE:
            return True
    return False


def clauses(toks: list[str], w: _Words) -> list[tuple[int, int]]:
    """(start, end) token spans of the clauses of one sentence."""
    spans = []
    start = 0
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        prev = toks[i - 1] if i > 0 else ""
        cut = (
            tok in _PUNCT
            or (tok in w.breakers and i > start and not (tok == "but" and prev in _BUT_JOINS))
            # "does not conform and is classified as anomalous": a verb of its own
            or (tok == "and" and (nxt in w.starters or nxt in _FINITE))
            # "It may not, for a scratch lies at the right": "for" gives a reason of its own
            or (tok == "," and nxt == "for" and _finite_ahead(toks, i + 2, w))
            or (
                tok == ","
                and nxt in w.starters
                and (_finite_ahead(toks, i + 1, w) or not w.negators.scan(toks[start:i]))
            )
        )
        if cut:
            if i > start:
                spans.append((start, i))
            start = i if tok in w.breakers else i + 1
    if start < len(toks):
        spans.append((start, len(toks)))
    return spans


@dataclass
class _Clause:
    generic: bool
    hedged: bool
    restricted: bool
    cue: bool
    frame: bool
    naming: bool
    denies: bool = False
    """a negator stands in it ("no dark gaps")"""
    asks: Literal["yes_no", "open"] | None = None
    """a question: "Is it sound?" (yes/no) or "What is wrong with it?" (open)"""
    rhetorical: bool = False
    predicates: list[tuple[int, str, Stance, TypeMention | None]] = field(default_factory=list)
    loose: list[TypeMention] = field(default_factory=list)
    part_places: list[Place] = field(default_factory=list)
    part_types: list[str] = field(default_factory=list)


def _restricts(part: list[str], m: Match[bool], w: _Words) -> bool:
    """Does the restrictor ``m`` set part of the product apart from a verdict?"""
    word, after = part[m.start : m.end], part[m.end : m.end + 1]
    before = part[m.start - 1 : m.start] if m.start > 0 else []
    if before in (["not"], ["nothing"]):
        return False  # "not other than a good part" affirms the whole part
    if word == ["other", "than"] and any(w.normal.at(part, k) for k in range(m.end, m.end + 3)):
        return False  # "nothing about it is anything other than sound" sets nothing apart
    if word in (["mostly"], ["largely"]) and after in _PLACE_PREPOSITIONS:
        return False  # "mostly in the west side" hedges a place, "mostly fine" restricts
    ahead = part[max(0, m.start - 2) : m.start]
    if word in (["rest"], ["remainder"], ["the", "remainder"]) and (
        ahead[-1:] in (["to"], ["with"], ["against"]) or ahead in (["to", "the"], ["with", "the"])
    ):
        return False  # "in relation to the remainder of the carpet" compares, sets nothing apart
    if word == ["otherwise"] and before and before[0] in _SAYING:
        return False  # "I won't have anyone say otherwise": the contrary, not the rest
    if word == ["remaining"] and m.start == 0 and (after in ([":"], ["after"]) or not after):
        return False  # "Ruled out: glare; remaining: a dent": what is left of the candidates
    # "here and elsewhere" takes in the rest of the part, it does not set it apart
    return not (word == ["elsewhere"] and before in (["and"], ["or"]))


_SAYING = frozenset(
    {"say", "says", "said", "saying", "think", "thinks", "claim", "claims", "suggest",
     "suggests", "argue", "argues", "tell", "believe", "prove", "proves", "show", "shows",
     "indicate", "indicates", "decide", "conclude", "rule", "ruled"}
)  # fmt: skip
"""verbs before "otherwise" that make it "the contrary" ("nothing suggests otherwise")"""


_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "can", "could", "does", "do", "did", "has", "have", "had",
     "would", "should", "will", "may", "might", "must", "shall"}
)  # fmt: skip
"""words that open a yes/no question ("Is it sound?", "Can it be called sound?")"""
_OPEN_QUESTIONS = frozenset({"what", "where", "which", "how", "why", "who"})
_ASKED_OF = frozenset({"that", "this", "it", "there", "these", "those", "they", "you"})
"""subjects between the verb and "not" of a negative question ("is that not a chip?")"""


def _question(
    toks: list[str], span: tuple[int, int]
) -> tuple[Literal["yes_no", "open"] | None, int]:
    """Is the clause a question, and where is the "not" of a negative one ("Isn't that a
    chip?" asks, and all but says, that it is one)? -1 when there is none."""
    start, end = span
    if end >= len(toks) or toks[end] != "?" or start >= end:
        return None, -1
    if toks[start] in _OPEN_QUESTIONS:
        return "open", -1
    if toks[:1] == ["you"] and "agree" in toks[1:4] and "that" in toks[:end]:
        return None, -1  # "You will agree, witness, that the plate carries a dent?" asserts it
    if toks[start] not in _AUXILIARIES:
        return "yes_no", -1  # "A crack?", "It is cracked?": asks what it names
    if toks[start + 1 : start + 2] == ["not"]:
        return "yes_no", start + 1
    if (
        toks[start + 1 : start + 2]
        and toks[start + 1] in _ASKED_OF
        and toks[start + 2 : start + 3] == ["not"]
    ):
        return "yes_no", start + 2
    return "yes_no", -1


def _read_clause(
    toks: list[str],
    span: tuple[int, int],
    w: _Words,
    lexicon: Lexicon | None,
    vocab: Vocabulary,
    sentence_cue: bool = False,
    labelled: bool = False,
    sighted: bool = False,
) -> tuple[_Clause, list[Place], list[str]]:
    """``labelled``: the clause is the value of a label ("Defect type: dent"), which names;
    ``sighted``: of a label that reports a sighting ("Observed: a small chip"), which
    states what it lists without classifying it."""
    start, end = span
    part = toks[start:end]
    # "the left edge of the sample image" places on this image; "the sample image shows"
    # speaks of the one-shot reference
    markers = [
        m
        for m in w.generic.scan(part)
        if not (m.start > 0 and part[m.start - 1] == "of" and part[m.end - 1] in _IMAGES)
        and not _looking(part, m)
    ]
    generic = bool(markers)
    if generic and all(part[m.start : m.end] == ["would"] for m in markers):
        before = set(part[: markers[0].start])
        after = part[markers[0].end : markers[0].end + 1]
        whole = lexicon.whole_words if lexicon is not None else frozenset()
        inverted = after in (["i"], ["we"], ["anyone"], ["one"]) and bool(before & _INVERTING)
        if before & (_SUBJECTS | whole) or (not before and after == ["you"]) or inverted:
            # "I would reject it", "the bottle would not pass", "would you believe it, a
            # chip turns up", "never in all my days would I call it sound"
            generic = False
    good = w.normal.at(part, 1) or w.normal.at(part, 2)
    if len(part) >= 2 and part[0] in ("a", "an") and good is not None:
        # "a good bottle looks ...": about bottles in general; "a fine scratch" is a defect,
        # "a clear instance of a chipped corner" no part in general
        described = lexicon is not None and lexicon.terms.at(part, good.end) is not None
        generic = generic or (
            not described
            and _names_a_specimen(part, good.end, lexicon)
            and not _verdict_fragment(part, good.end, lexicon)
        )
    hedged = any(not _permits(part, m.end) for m in w.hedges.scan(part))
    restricted = any(_restricts(part, m, w) for m in w.restrictors.scan(part))
    # what an inspector asks about ("a bubble?") is a defect word
    cue = sentence_cue or bool(w.defect.scan(part)) or toks[end : end + 1] == ["?"]
    if lexicon is not None and not cue:
        cue = any(
            m.value.name is not None
            or m.end - m.start > 1
            or tuple(part[m.start : m.end]) not in lexicon.ambiguous
            for m in lexicon.terms.scan(part)
        )
    frame = labelled or sighted or bool(w.frames.scan(part)) or bool(w.defect.scan(part))
    naming = labelled or bool(w.naming.scan(part))
    generic = generic and not labelled
    clause = _Clause(generic, hedged, restricted, cue, frame, naming)
    clause.asks, skip = _question(toks, span)
    clause.rhetorical = skip >= 0
    places: list[Place] = []
    part_places: list[Place] = []
    parts: list[str] = []
    typed_parts: list[str] = []  # parts not after a preposition of place
    part_end = -9
    term_end = -9  # where the last defect word ended
    part_defect = False  # the last part has a defect word on it ("a bent-up lobe")
    pending = 0
    denied_at = -9  # where the last negator ended
    denial_from = start  # where the pending run of negators began
    last_negator = ""
    contrast = False
    last: tuple[str, int] | None = None  # (class, negations) of the previous predicate
    foreign: tuple[Match[bool] | None, int] = (None, -1)  # another product's thing, its end
    i = start
    while i < end:
        if i == skip:  # "isn't that a chip?" asks whether it is one
            i += 1
            continue
        if w.not_negators.at(toks, i) is not None:
            i = w.not_negators.at(toks, i).end  # type: ignore[union-attr]
            continue
        got = read_place(toks, i, vocab)
        neg = w.negators.at(toks, i)
        term = lexicon.terms.at(toks, i) if lexicon is not None else None
        partm = lexicon.parts.at(toks, i) if lexicon is not None else None
        dm, nm = w.defect.at(toks, i), w.normal.at(toks, i)
        sizes = {
            "term": term.size if term else 0,
            "part": partm.size if partm else 0,
            "defect": dm.size if dm else 0,
            "normal": nm.size if nm else 0,
            "neg": neg.size if neg else 0,
        }
        if got is not None and got[1] <= end and got[1] - i >= max(sizes["part"], sizes["term"]):
            # "the bottom of the image" is a place, even of a bottle; "the wick at the
            # centre" places a part, not the defect
            # "the wick at the centre" places a part; "a bent-up lobe at the left" and "a
            # chip in the rim near the right" the defect on it
            in_name = _names_place(toks, start, i, got[0], lexicon)
            on_part = (i - part_end <= 3 and not part_defect) or in_name
            if in_name and len(got[0].words.split()) > 1 and toks[i + 1 : i + 2] != ["of"]:
                i += 1  # "a crushed thread crest at the top near the left": "top" is the name's
                continue
            (part_places if on_part else places).append(got[0])
            if got[0].negated and pending and i - denied_at <= 2:
                pending -= 1  # "not at the centre, a pit": the negator denied the place
            i = got[1]
            continue
        best = max(sizes.values())
        # "can't rightly say if that's a poke or a dent"
        choice = toks[i] in ("say", "know", "call") and toks[i + 1 : i + 2] in _CHOICES
        if best == 0 and pending and (toks[i] in _UNDECIDED or choice):
            # "does not allow one to decide between a scuff and corrosion", "I am not fully
            # sure": the negation is spent on the choice, which is left open
            pending = 0
            clause.hedged = True
            i += 1
            continue
        if best == 0:
            if got is not None and got[1] <= end:
                places.append(got[0])
                i = got[1]
            else:
                i += 1
            continue
        # preference on ties: the category's own names, then parts, then words
        if term is not None and term.value.name is not None and sizes["term"] == best:
            kind = "term"
        elif sizes["part"] == best and not (
            sizes["term"] == best
            and (
                _counted(toks, i, ("a", "an", "some", "any"))
                or toks[i - 1 : i] in (["be"], ["possibly"], ["maybe"], ["perhaps"])
            )
            and not (i + best < end and toks[i + best] in _DEFECT_NOUNS)
        ):  # "a hole" and "could be hole" are defects, "the hole" and "a thread defect"
            # name parts
            kind = "part"  # "the hole of the nut"; "a hole" is a defect
        elif sizes["normal"] == best:
            kind = "normal"
        elif sizes["term"] == best:
            kind = "term"
        elif sizes["defect"] == best:
            kind = "defect"
        else:
            kind = "neg"
        stop = i + best
        words = " ".join(toks[i:stop])
        if kind == "neg":
            if toks[i - 1 : i] == [","] and toks[i : i + 2] == ["not", "with"]:
                # "I cannot let it through, not with a chip at the top": the reason, asserted
                pending = 0
                i += 2
                continue
            concord = pending > 0 and _concords(toks, denied_at, i, last_negator, words)
            if pending and "," in toks[denied_at:i]:
                comma = denied_at + toks[denied_at:i].index(",")
                if _SPENT & set(toks[denied_at:comma]):
                    pending = 0  # "Don't have lah, this nut not spoil": spent on "have"
            if not (words == "nor" and "neither" in toks[start:i]) and not concord:
                if pending == 0:
                    denial_from = i
                pending += 1
            last_negator = words
            clause.denies = True
            contrast = contrast or w.contrast.at(toks, i) is not None
            i = denied_at = stop
            continue
        if kind == "part":
            if lexicon is None or tuple(toks[i:stop]) not in lexicon.whole:
                parts.append(words)  # "the rim", not "the glass bottle" as a whole
                ahead_of = [x for x in toks[max(start, i - 3) : i] if x not in _DETERMINERS]
                if not (ahead_of[-1:] and ahead_of[-1] in _TOWARD):
                    typed_parts.append(words)  # not "out toward the edge": where, not what
                part_end = stop
                part_defect = i - term_end <= 2
                whole = lexicon.whole_words if lexicon else frozenset()
                if (
                    stop < end
                    and toks[stop] in _DEFECT_NOUNS
                    and words not in _PLACE_PARTS
                    and not set(toks[i:stop]) <= whole
                ):
                    clause.part_types.append(words)  # "a thread defect": a part as the type
            i = stop
            continue
        if kind == "term" and term is not None:
            key = tuple(toks[i:stop])
            # "the defective spot" is where the defect is, not a kind of defect
            qualified = i > 0 and (toks[i - 1],) in w.defect
            ambiguous = term.value.name is None and key in lexicon.ambiguous  # type: ignore[union-attr]
            # "a tear turns up": a verb's word counted as a thing is the defect noun
            counted = key in _COUNTED_NOUNS and _counted(toks, i, ("a", "an", "one"))
            # "a missing pill": what another product lacks, a defect word there
            foreign = lexicon.foreign.at(toks, stop), stop  # type: ignore[union-attr]
            counted = counted or foreign[0] is not None
            # "easy to spot", "I'd mark it", "a defect ... cuts right through it": a verb
            verb = (i > 0 and toks[i - 1] in _BEFORE_VERB) or (
                toks[stop : stop + 1]
                and toks[stop] in _VERB_AFTER
                and toks[i - 1 : i] != ["a"]
                and not counted
            )  # "a ragged tear right there" is counted, a noun
            if ambiguous and (not (clause.cue or counted) or qualified or verb):
                if got is not None and got[1] <= end:
                    places.append(got[0])
                    i = got[1]
                else:
                    i = stop
                continue
        if kind != "normal":
            term_end = stop
        cls = "normal" if kind == "normal" else "defect"
        if (
            kind == "normal"
            and best == 1
            or (kind == "normal" and toks[i] in ("defect", "fault", "flaw", "anomaly"))
        ):
            back = [t for t in toks[max(start, i - 4) : i] if t not in _ADVERBS]
            opens = all(t in _ADVERBS for t in toks[start:i])
            lead = opens and all(t in _ADVERBS for t in toks[stop:end])
            # "Serviceable, approved for return to service.": a verdict word that opens its
            # sentence and stands alone before a comma (not "Good, now the rim": a cue word)
            lead = lead or (
                opens
                and start == 0
                and toks[stop : stop + 1] == [","]
                and toks[i] not in _CUE_WORDS
            )
            # "Overall condition: acceptable, ship as is": a label's value before a comma
            lead = lead or (labelled and opens and toks[stop : stop + 1] == [","])
            # "Verdict: acceptable unit.", "# true, clean part": a verdict word and the part
            # it judges, a clause of their own
            lead = lead or (
                (opens or toks[i - 1 : i] == [","])
                and stop < len(toks)
                and toks[stop] in _SPECIMENS
                and (stop + 1 >= end or toks[stop + 1] in _PUNCT or toks[stop + 1] == ",")
            )
            window = toks[max(start, i - 6) : i]
            # "Far from flawless: ...", "hardly a clean nut": a verdict denied, without a
            # verb, by negators that open the clause
            denied = (
                pending > 0
                and (denied_at == i or all(t in _ADVERBS for t in toks[denied_at:i]))
                and all(t in _ADVERBS for t in toks[start:denial_from])
            )
            verbal = toks[i] in _VERBAL_NORMAL and toks[i - 1 : i] not in (["the"], ["a"])
            # "no clean slit shows": the normal word is an adjective of the defect named next
            modifies = lexicon is not None and lexicon.terms.at(toks, stop) is not None
            # "consistent with a folded-over area" likens, it judges nothing
            likens = toks[i] in ("consistent", "compatible") and toks[stop : stop + 1] == ["with"]
            # "All regions normal -> glass bottle ok": a verdict word right after the
            # product's name, with no verb (attributive words stand before the noun)
            # "This metal nut not okay", "Screw, not defect-free": the name, then its denial
            named_at = i
            if pending > 0 and denied_at == i:
                named_at = denial_from - (toks[denial_from - 1 : denial_from] in ([","], ["/"]))
            # "What a performance from this tufted carpet, flawless from start to finish":
            # the name, a comma, and the verdict word in apposition
            gap = 1 if toks[named_at - 1 : named_at] == [","] else 0
            telegraphic = lexicon is not None and any(
                named_at - gap >= len(n)
                and tuple(toks[named_at - gap - len(n) : named_at - gap]) == n
                for n in lexicon.whole
            )
            # "A perfectly sound steel plate, the kind you'd be proud to sell.": a verdict
            # given as a noun phrase with no verb
            fragment = (
                toks[start] in ("a", "an")
                and all(t in _ADVERBS for t in toks[start + 1 : i])
                and _verdict_fragment(toks[start:end], stop - start, lexicon)
            )
            if (
                modifies
                or likens
                or (
                    not (lead or denied or verbal or telegraphic or fragment)
                    and not any(w.predicative.at(window, k) for k in range(len(window)))
                )
            ):
                i = stop
                continue
            del back
        negations = pending
        if pending == 0 and last is not None and last[0] == cls:
            negations = last[1]
        post = (
            stop < end and toks[stop] in w.post and not (stop + 1 < end and toks[stop + 1] == "of")
        )
        if post:  # "scratch-free": negated, but "lint-free gloves" says nothing of the part
            negations += 1
            stop += 1
        last = (cls, negations)
        pending = 0
        silent = (contrast and negations % 2 == 1) or (post and kind == "term")
        contrast = False
        flipped = negations % 2 == 1
        stance: Stance
        if cls == "normal":
            stance = "anomaly" if flipped else "normal"
        else:
            stance = "normal" if flipped else "anomaly"
        mention = None
        if kind == "term" and term is not None:
            sense = term.value
            # looked up once per term, again only when a suffix ("-free") moved its end
            other = foreign[0] if foreign[1] == stop else None
            if foreign[1] != stop and lexicon is not None:
                other = lexicon.foreign.at(toks, stop)
            if other is not None and sense.name is None and sense.canonical not in _INTRUDING:
                # "a missing pill", "a broken pin" on a bottle: a defect of another product;
                # a wire on a carpet is a foreign object, which is what it is there
                words = " ".join(toks[i : other.end])
                sense, stop = Sense(_ANOTHER_PRODUCT), other.end
            mention = TypeMention(
                words, sense, flipped, generic or not frame, False, hedged, naming, i
            )
            if not frame and not flipped:
                # describes, asserts nothing; a defect word before another noun modifies it
                # ("a cut three-core cable", "the designed hole pattern")
                nxt = toks[stop] if stop < len(toks) else "."
                head = nxt in _PUNCT or nxt in (",", "(", "/") or nxt in _AFTER_DEFECT_NOUN
                # "a chipped corner", "a bent tab": a defect word on a part of this one
                head = head or (lexicon is not None and lexicon.parts.at(toks, stop) is not None)
                # "a chipped edge in the bottom left": a participle on a region of any part
                head = head or (toks[stop - 1].endswith("ed") and nxt in _PLACE_PARTS)
                # "a shallow dent cuts into the plate": the noun, then its verb and particle
                head = head or (
                    nxt.endswith("s") and stop + 1 < len(toks) and toks[stop + 1] in _VERB_AFTER
                )
                clause.loose.append(replace(mention, described=not generic and head))
                i = stop
                continue
        if silent:
            if mention is not None:
                clause.loose.append(mention)
            i = stop
            continue
        clause.predicates.append((i, words, stance, mention))
        i = stop
    clause.part_places = part_places
    named = clause.loose or any(
        m is not None or said == "normal" for _, _, said, m in clause.predicates
    )
    if labelled and typed_parts and not named and not clause.part_types:
        clause.part_types.append(typed_parts[0])  # "Defect: head of the screw": the type
    return clause, places, parts


_FALSE_VALUES = frozenset(
    {("false",), ("no",), ("n",), ("none",), ("nil",), ("negative",), ("nope",), ("never",),
     ("not",), ("not", "at", "all"), ("absolutely", "not"), ("certainly", "not"), ("0",),
     ("zero",), ("not", "really"), ("not", "real"), ("not", "true"), ("untrue",),
     ("unticked",), ("unchecked",), ("not", "ticked"), ("not", "checked"), ("not", "found"),
     ("not", "seen"), ("not", "detected"), ("not", "observed"), ("not", "present"),
     ("not", "required"), ("not", "needed"), ("not", "authorised"), ("not", "authorized"),
     ("not", "approved"), ("not", "granted")}
)  # fmt: skip
"""values that deny the key before their colon ("Defect present: no", "is_defect_free: false",
"deviations: none", "Defective: not at all", "Release..... NOT AUTHORISED")"""
_EMPTY_VALUES = frozenset(
    {("nothing",), ("nothing", "found"), ("none", "found"), ("nothing", "seen"),
     ("nothing", "noted")}
)  # fmt: skip
"""values that say nothing was found: they deny a key of a defect ("For rejecting: nothing
found"), not one of a pass ("Passes inspection (ticked): nothing found")"""
_VALUE_ENDS = frozenset({"(", ",", ")"})
_UNTICKED = frozenset({"unticked", "unchecked", "untick", "uncheck", "blank", "unmarked"})


def _unticked(toks: list[str], key: tuple[int, int]) -> bool:
    """A checklist key marked as not ticked before its colon ("Defect present (left
    unticked): none seen") is denied whatever its value says."""
    start, end = key
    if end - start < 3 or toks[end - 1] != ")":
        return False
    opened = next((j for j in range(end - 2, start - 1, -1) if toks[j] == "("), None)
    return opened is not None and any(t in _UNTICKED for t in toks[opened:end])


def _deny_keys_valued_false(
    toks: list[str],
    spans: list[tuple[int, int]],
    read: Sequence[tuple[_Clause, list[Place], list[str]]],
) -> None:
    """A key given a false value ("Defect free: false (conf. 93%)", "Defect present: no")
    states the opposite of the key: its predicates are denied, its defect words negated."""
    for k in range(1, len(spans)):
        start, end = spans[k]
        if toks[start - 1] != ":" or spans[k - 1][1] != start - 1:
            continue
        value = toks[start:end]
        cut = next((j for j, t in enumerate(value) if t in _VALUE_ENDS), len(value))
        key = read[k - 1][0]
        given = tuple(value[:cut])
        if given in _EMPTY_VALUES:
            if any(said == "normal" for _, _, said, _ in key.predicates):
                continue
        elif given not in _FALSE_VALUES and not _unticked(toks, spans[k - 1]):
            continue
        key.predicates = [
            (at, words, "normal" if said == "anomaly" else "anomaly",
             None if m is None else replace(m, negated=not m.negated))
            for at, words, said, m in key.predicates
        ]  # fmt: skip
        key.loose = [replace(m, negated=not m.negated) for m in key.loose]


_INTRUDING = frozenset({"foreign objects", "contamination"})
"""canonical types whose word names what intrudes ("a metal wire" on a carpet), not damage
done to a thing"""
_ANOTHER_PRODUCT = "another product's defect"

_GRID_NAMES = frozenset(
    {"top", "bottom", "left", "right", "center", "centre", "middle", "upper", "lower"}
)
"""place words a defect type's name may hold ("thread_top"); not "side", which is a part"""


_RESPECTS = frozenset({"respect", "respects", "way", "regard", "detail", "details"})


def _deny_before_no_respect(
    toks: list[str], read: Sequence[tuple[_Clause, list[Place], list[str]]]
) -> None:
    """ "The query differs, so far as I can tell, in no respect at all": a trailing "in no
    respect/way" denies the predicates of the last clause before it that has any."""
    at = next(
        (
            k
            for k in range(len(toks) - 2)
            if toks[k : k + 2] == ["in", "no"] and toks[k + 2] in _RESPECTS
        ),
        None,
    )
    if at is None:
        return
    for clause, _, _ in reversed(read):
        said = [p for p in clause.predicates if p[0] < at]
        if not said:
            continue
        flipped: list[tuple[int, str, Stance, TypeMention | None]] = []
        for k, words, stance, mention in clause.predicates:
            if k < at:
                stance = "normal" if stance == "anomaly" else "anomaly"
                mention = replace(mention, negated=not mention.negated) if mention else None
            flipped.append((k, words, stance, mention))
        clause.predicates[:] = flipped
        return


def _names_place(
    toks: list[str], start: int, i: int, place: Place, lexicon: Lexicon | None
) -> bool:
    """Is the place at ``i`` part of the name of the type just before it ("a damaged thread
    at the top" is the screw's ``thread_top``, wherever on the image it lies)?"""
    if lexicon is None:
        return False
    words = set(place.words.split()) & _GRID_NAMES
    for j in range(max(start, i - 6), i):
        if lexicon.terms.at(toks, j) is None:
            continue
        between = set(toks[j:i])
        if between & _FINITE or between & {",", ";", ":"}:
            continue  # "a damaged thread sits at the top" places it
        own = lexicon.terms.at(toks, j)
        # the word before the preposition is the name's: "a nicked thread at the top", not
        # "a flattened thread flank in the top area"
        k = i - 1
        while k > j and toks[k] in ("at", "on", "in", "of", "the", "its", "near"):
            k -= 1
        said = words | between
        own_words = _name_words(toks[k])
        for name in lexicon.names:
            parts = set(name.split("_"))
            if own is not None and own.value.name not in (None, name):
                continue  # "a thread side defect within the top-centre zone"
            if len(parts) > 1 and parts & words and parts <= said | own_words and parts & own_words:
                return True
    return False


def _name_words(word: str) -> set[str]:
    """what a word before a place may contribute to a type's name: itself, its singular
    ("damaged threads near the top"), a thread's crest ("a flattened thread crest at the
    top" is ``thread_top``)"""
    if word in ("crest", "crests"):
        return {"thread"}
    return {word, word[:-1]} if word.endswith("s") else {word}


def read_sentence(
    text: str, lexicon: Lexicon | None = None, vocab: Vocabulary | None = None
) -> Reading:
    """The reading of one sentence (remembered: rules read the same sentences often)."""
    vocab = vocab or load_vocabulary()
    lexicon = lexicon or build_lexicon("", "", vocabulary=vocab)
    key = (text, id(lexicon), id(vocab))
    hit = _READINGS.get(key)
    if hit is not None and hit[0] is lexicon and hit[1] is vocab:
        return hit[2]
    if len(_READINGS) > 50_000:
        _READINGS.clear()
    reading = _read_sentence(text, lexicon, vocab)
    _READINGS[key] = (lexicon, vocab, reading)
    return reading


_READINGS: dict[tuple[str, int, int], tuple[Lexicon, Vocabulary, Reading]] = {}


_OR_WORDS = frozenset({"or", "/", "and"})
"""what may stand between two alternatives ("or", "/", "and/or")"""


def _names_whole(toks: list[str], lexicon: Lexicon) -> bool:
    """Is the product named as a whole ("the screw is not faulty"; not "the screw's head")?"""
    for name in lexicon.whole:
        size = len(name)
        for i in range(len(toks) - size + 1):
            if tuple(toks[i : i + size]) == name and toks[i + size : i + size + 1] != ["s"]:
                return True
    return False


def _kind_of(mention: TypeMention) -> str | None:
    """What a hedge weighs: related types are still two ("a cut or abrasion")."""
    return mention.sense.name or mention.sense.canonical


_ON = frozenset({("on",), ("in",), ("at",), ("across",)})


def _labelled(
    toks: list[str], spans: list[tuple[int, int]], k: int, w: _Words, sighting: bool = False
) -> bool:
    """Is clause ``k`` the value after a label and a colon ("Defect type: dent")?
    ``sighting``: after a label of what was seen ("Observed: a chip"), not a naming one."""
    labels = w.sighting_labels if sighting else w.labels
    if k == 0 or spans[k][0] == 0 or toks[spans[k][0] - 1] != ":":
        return False
    start, end = spans[k - 1]
    # "H1 accepted, defect type: dent": the label is what follows the clause's last comma;
    # "Defect type, for the record: dent": what comes before an aside
    commas = [j for j in range(start, end) if toks[j] == ","]
    if not commas:
        return _is_label(toks[start:end], labels, sighting)
    return _is_label(toks[commas[-1] + 1 : end], labels, sighting) or _is_label(
        toks[start : commas[0]], labels, sighting
    )


_LABEL_OF = frozenset({("of",), ("for",), ("on",), ("in",), ("per",), ("after",), ("from",)})
"""what a label word may be of ("Classification per this examination:")"""
_LABEL_GIVEN = frozenset(
    {("read", "back"), ("as", "read", "back"), ("confirmed",), ("as", "logged"), ("logged",),
     ("recorded",), ("as", "recorded"), ("assigned",), ("entered",), ("called",), ("given",),
     ("noted",), ("as", "noted"), ("stated",), ("reported",), ("decided",), ("settled",)}
)  # fmt: skip
"""how a label's value was given ("Type read back:", "Defect type as logged:")"""


def _is_label(words: list[str], labels: frozenset[tuple[str, ...]], sighting: bool = False) -> bool:
    label = tuple(t for t in words if t not in ("a", "an", "the", "my", "our"))
    # "Overall verdict:", "QC final call:": a label word after up to two qualifiers (not
    # "Position of the defect:", a label of the place)
    if len(label) <= 4 and any(
        label[j:] in labels and (j == 0 or label[j - 1] not in ("of", "for", "about"))
        for j in range(min(3, len(label)))
    ):
        return True
    # "Classification of damage:", "Type of the defect:", "Defect type on the tufted
    # carpet:": a label word with what it is of or on
    # "Overall condition of the glass bottle:": after one qualifier too
    if any(
        label[j : j + k] in labels
        and label[j + k : j + k + 1] in _LABEL_OF
        and len(label) - j - k <= 4
        for k in (1, 2)
        for j in (0, 1)
    ):
        return True
    # "Type read back:", "Defect type as logged:": a label word and how it was given
    if len(label) <= 4 and any(
        label[:k] in labels and label[k:] in _LABEL_GIVEN for k in (1, 2, 3)
    ):
        return True
    # "Visible on the tufted carpet:": a sighting label with the part it was seen on
    return sighting and label[:1] in labels and label[1:2] in _ON


_INVERTING = frozenset({"never", "nor", "hardly", "seldom", "rarely", "no", "not"})
"""negators that put "would" before its subject ("never would I pass it")"""
_LABEL_COPULAS = frozenset({"is", "was", "="})
_SAYING = frozenset(
    {"show", "shows", "say", "says", "note", "notes", "state", "states", "confirm", "confirms",
     "report", "reports", "reflect", "reflects", "record", "records", "that", "certify"}
)  # fmt: skip
"""the last word of a lead-in before a label's value ("let the record show ...")"""


def _label_subject(toks: list[str], span: tuple[int, int], w: _Words) -> bool:
    """Does the clause give a label's value by a copula ("the defect type is damage", "ngl
    the defect class is a delamination"), as "Defect type: damage" does after a colon? Not
    when it says something else of the label ("this defect type is usually ...")."""
    start, end = span
    part = toks[start:end]
    at = next((j for j, t in enumerate(part[:8]) if t in _LABEL_COPULAS), None)
    if at is None or at + 1 >= len(part):
        return False
    head = [t for t in part[:at] if t not in ("a", "an", "the", "my", "our", "its")]
    found = next(
        (n for n in range(min(4, len(head)), 0, -1) if tuple(head[len(head) - n :]) in w.labels),
        None,
    )
    if found is None:
        return False
    lead = head[: len(head) - found]
    # "Let the record show the defect type is damage", "I can confirm that the defect type
    # is a dent": a lead-in that says it, however long, ends in a verb of saying or "that"
    if len(lead) > 2 and not (lead[-1] in _SAYING and len(lead) <= 6):
        return False
    if head[len(head) - found - 1 : len(head) - found] in (["of"], ["for"], ["about"]):
        return False
    rest = part[at + 1 :]
    return not w.generic.scan(rest) and not w.hedges.scan(rest)


def _label_then_type(
    toks: list[str], span: tuple[int, int], w: _Words, lexicon: Lexicon | None
) -> bool:
    """Does the clause open with a type's label and its value, with neither colon nor
    copula ("SITREP: defect type contamination")?"""
    if lexicon is None:
        return False
    start, end = span
    at = start + (toks[start : start + 1] in (["the"], ["a"]))
    for size in (3, 2, 1):
        label = tuple(toks[at : at + size])
        if len(label) == size and label in w.labels and label[-1] in _TYPE_LABELS:
            term = lexicon.terms.at(toks, at + size) if at + size < end else None
            # a part given as the value ("Claim: defect type edge") is a label too, so the
            # part is read as the type it wrongly names
            part = lexicon.parts.at(toks, at + size) if at + size < end else None
            value_end = next((m.end for m in (term, part) if m is not None), None)
            # a value, perhaps placed ("defect type dent near the rim"); not a statement
            # about the type ("the defect type cut is common")
            return value_end is not None and (
                value_end >= end
                or toks[value_end] in (",", "(")
                or [toks[value_end]] in _PLACE_PREPOSITIONS
            )
    return False


_RESTING = frozenset(
    {"lies", "rests", "sits", "is", "lie", "rest", "sit", "stays", "hides", "be", "find"}
)  # fmt: skip


def _points_there(toks: list[str]) -> bool:
    """Does the sentence point back at the place it named ("there it rests", "there the
    flaw lies", "that's where you'll find it")?"""
    for i, tok in enumerate(toks):
        if tok == "there" and _RESTING & set(toks[i + 1 : i + 5]) and toks[i + 1 : i + 2] != ["is"]:
            return True
        if tok == "where" and toks[i - 2 : i] in (["that", "s"], ["that", "is"], ["is"]):
            return True
    return False


def _after_product(
    toks: list[str], spans: list[tuple[int, int]], k: int, lexicon: Lexicon | None
) -> bool:
    """Is clause ``k`` what follows the product's name and a colon or arrow ("Steel plate ->
    flow lines at the right"), which reports what was seen on it as a sighting label does?"""
    if lexicon is None or k == 0 or spans[k][0] == 0 or toks[spans[k][0] - 1] != ":":
        return False
    start, end = spans[k - 1]
    named = tuple(t for t in toks[start:end] if t not in ("a", "an", "the", "this"))
    return named in lexicon.whole


def _is_labelled(
    toks: list[str], spans: list[tuple[int, int]], k: int, w: _Words, lexicon: Lexicon | None
) -> bool:
    return (
        _labelled(toks, spans, k, w)
        or _label_subject(toks, spans[k], w)
        or _label_then_type(toks, spans[k], w, lexicon)
    )


def _read_sentence(text: str, lexicon: Lexicon, vocab: Vocabulary) -> Reading:
    w = _words(vocab)
    toks = tokens(text)
    # "Ruled out: glare, dust": a label that denies what it lists, read as "not glare, dust"
    denial = next((len(d) + 1 for d in w.denying_labels if toks[: len(d) + 1] == [*d, ":"]), 0)
    if denial:
        toks = ["not", *toks[denial:]]
    toks = _absent_said_first(toks, w.absent_tails)
    toks = _joined_verdicts(toks, w, lexicon)
    # a defect word anywhere in the sentence makes its ambiguous words defect words too
    # ("damage is my first guess, yet a bubble ...")
    terms = lexicon.terms.scan(toks)
    cue = bool(w.defect.scan(toks)) or any(
        m.value.name is not None
        or m.end - m.start > 1
        or tuple(toks[m.start : m.end]) not in lexicon.ambiguous
        for m in terms
    )
    spans = clauses(toks, w)
    labels = [_is_labelled(toks, spans, k, w, lexicon) for k in range(len(spans))]
    read = [
        _read_clause(
            toks,
            span,
            w,
            lexicon,
            vocab,
            cue,
            labels[k],
            _labelled(toks, spans, k, w, sighting=True) or _after_product(toks, spans, k, lexicon),
        )
        for k, span in enumerate(spans)
    ]
    _deny_before_no_respect(toks, read)
    _deny_keys_valued_false(toks, spans, read)
    if _of_the_reference(toks, lexicon):
        for clause, _, _ in read:
            clause.generic = True
    for k, (start, end) in enumerate(spans):
        if _refuted(toks[start:end]):
            read[k][0].generic = True
    for k in range(1, len(read)):
        # "no gaps where tufts are missing": a relative clause of a denied noun is denied too
        if toks[spans[k][0]] in _RELATIVE and read[k - 1][0].denies:
            read[k][0].generic = True
    dismissal = False
    # "not within tolerance" denies the dismissal it would otherwise be
    harmless = any(
        toks[m.start - 1 : m.start] not in (["not"], ["never"], ["hardly"])
        for m in w.dismissals.scan(toks)
    )
    for m in w.harmless.scan(toks):
        before = [t for t in toks[max(0, m.start - 4) : m.start] if t not in _HEDGING_ADVERBS]
        if w.harmless_markers.scan(toks) or before[-1:] in _COPULAS:
            harmless = True  # "only dust", "it's the shadow of the clamp", "reads as glare"
        elif toks[m.start - 1 : m.start] and toks[m.start - 1] in _USUAL:
            # "it is the normal texture of the leather", "its usual grain"; "departs from the
            # regular pattern", "compared with the normal texture" set a finding against it
            lead = [t for t in toks[max(0, m.start - 4) : m.start - 1] if t not in _DETERMINERS]
            harmless = harmless or not (lead[-1:] and lead[-1] in _SET_AGAINST)
        elif _heads_verbless_clause(toks, spans, m.start, m.end):
            harmless = True  # "Mark at the top: sensor noise from the camera"
        elif _attributed(toks, m.start) and not _names_a_defect(toks, terms, lexicon):
            harmless = True  # "the irregularity is attributable to a reflection"
        elif _set_against_a_defect(toks, m.end, w):
            harmless = True  # "tally: glare, not damage", "DUST ON THE LENS, NO DEFECT"
    for clause, _, _ in read:
        for at, words, said_here, mention in clause.predicates:
            if mention is None and said_here == "normal" and tuple(words.split()) in w.dismissed:
                before = [t for t in toks[max(0, at - 4) : at] if t not in _GENUINE]
                # "not a defect", "not really an issue", "not a genuine flaw": a finding
                # dismissed; "no other defect", "not with a defect sitting there" are not
                lead = before[:-1]
                denied = "not" in lead and not _NOT_DISMISSING & set(
                    lead[len(lead) - lead[::-1].index("not") :]
                )
                if before[-1:] in (["a"], ["an"]) and denied:
                    dismissal = True
    # a harmless cause that is ruled out explains nothing away
    dismissal = dismissal or (harmless and not denial) or _off_the_part(toks, lexicon)
    dismissal = dismissal or _not_enough_to_reject(toks) or _conceded(toks, read)
    dismissal = dismissal or _trifle_then_fine(toks, spans, read, lexicon)
    stance: Stance | None = None
    evidence = ""
    hedged = restricted = False
    mentions: list[TypeMention] = []
    places: list[Place] = []
    parts: list[str] = []
    loose: list[Place] = []
    asked: Stance | None = None
    asked_types: list[TypeMention] = []
    for clause, clause_places, clause_parts in read:
        (places if clause.frame else loose).extend(clause_places)
        loose.extend(clause.part_places)
        parts += clause_parts
        if clause.asks is not None:  # a question states nothing; an answer may (``read``)
            asked_types += (replace(m, generic=True) for m in clause.loose)
            for _, _said_words, said, mention in clause.predicates:
                if mention is not None:
                    asked_types.append(replace(mention, generic=True))
                if clause.asks == "yes_no" and asked != "anomaly":
                    asked = said
            continue
        mentions += (
            replace(m, described=False) if clause.generic or dismissal else m for m in clause.loose
        )
        for _, words, said, mention in clause.predicates:
            if mention is not None:
                mentions.append(
                    TypeMention(
                        mention.words,
                        mention.sense,
                        mention.negated,
                        mention.generic or clause.generic,
                        dismissal and not mention.negated,
                        mention.hedged,
                        mention.named,
                        mention.at,
                    )
                )
            if clause.generic:
                continue
            if said == "anomaly" and not dismissal:
                if stance != "anomaly":
                    stance, evidence, hedged = "anomaly", words, clause.hedged
            elif stance is None:
                stance, evidence, hedged = "normal", words, clause.hedged
                restricted = clause.restricted
    if not places and loose and _points_there(toks):
        # "In the top, there the flaw lies", "Over in the left - that's where it sits": the
        # sentence puts the defect at the place it named
        places, loose = loose, []
    if stance is not None and _falsified(toks):
        # "calling the nut free of defects would be inaccurate": the claim named is denied
        stance = "anomaly" if stance == "normal" else "normal"
        evidence = f"{evidence} (denied)"
    if stance == "normal":
        restricted = restricted or any(c.restricted for c, _, _ in read)
    if dismissal and stance is None:
        stance, evidence = "normal", "dismissed"
    sentence_hedged = hedged or any(c.hedged for c, _, _ in read)
    negation = bool(w.negators.scan(toks)) and not _TURNS & set(toks)
    joined = sorted((t for t in mentions if not t.negated), key=lambda t: t.at)
    # "color or scratch" as a short statement; in a long description ("a puncture or
    # dent") "or" lists what a defect may look like
    labelled = any(labels)
    alternative_types = (
        len(toks) <= 12
        and (labelled or bool(w.naming.scan(toks)))
        and any(
            _kind_of(a) != _kind_of(b)
            and {"or", "/"} & set(toks[a.at : b.at])
            and not ({".", ";", ":", "and", ","} & set(toks[a.at + 1 : b.at]) - _OR_WORDS)
            for a, b in zip(joined, joined[1:], strict=False)
        )
    )
    return Reading(
        asked=asked,
        asked_types=tuple(asked_types),
        rhetorical=any(c.rhetorical for c, _, _ in read),
        asks_where=toks[:1] == ["where"] and toks[-1:] == ["?"],
        alternative_types=alternative_types,
        negation=negation,
        text=text,
        stance=stance,
        evidence=evidence,
        hedged=sentence_hedged,
        restricted=restricted,
        dismissal=dismissal,
        types=tuple(_compounds(mentions)),
        places=tuple(places),
        loose_places=tuple(loose),
        part_words=tuple(parts),
        part_types=tuple(t for c, _, _ in read if not c.generic for t in c.part_types),
        whole_named=_names_whole(toks, lexicon),
        unknown_types=_unknown_types(toks, spans, w, lexicon),
    )


_CLAIMING = frozenset(["calling", "saying", "declaring", "labelling", "labeling", "deeming"])
_FALSE = frozenset(
    ["inaccurate", "incorrect", "wrong", "mistaken", "false", "untrue", "misleading", "unjustified"]
)


_COPULAS = (["is"], ["are"], ["was"], ["as"], ["like"], ["s"])


def _set_against_a_defect(toks: list[str], end: int, w: _Words) -> bool:
    """Is a harmless cause set against a defect right after it ("glare, not damage", "dust
    on the lens, no defect")? The mark is explained away by name."""
    after = toks[end : end + 4]
    if after[:1] != [","] or after[1:2] not in (["not"], ["no"]):
        return False
    rest = after[3:4] if after[2:3] in (["a"], ["an"]) else after[2:3]
    return bool(rest) and (rest[0],) in w.dismissed


_HEDGING_ADVERBS = frozenset(
    {"a", "an", "the", "evidently", "clearly", "obviously", "apparently", "plainly", "simply",
     "surely", "probably", "actually", "really", "undoubtedly", "likely", "most", "prob",
     "prolly", "def", "definitely", "just", "only"}
)  # fmt: skip
"""words between a copula and a harmless noun ("is evidently an artefact")"""
_USUAL = frozenset({"usual", "natural", "ordinary", "typical", "expected", "inherent", "normal"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her"})
_SET_AGAINST = frozenset(
    {"from", "breaks", "break", "disrupts", "disrupt", "interrupts", "interrupt", "unlike",
     "against", "than", "with", "to", "versus", "vs", "of"}
)  # fmt: skip
"""words before "the usual grain" that set a finding against it, not explain it"""
"""words before a harmless noun that make it the part's own ("the usual grain")"""
_CUE_WORDS = frozenset({"good", "fine", "ok", "okay", "right", "correct", "perfect", "great"})
"""verdict words that also open a sentence as a cue ("Good, now the rim")"""
_NOT_DISMISSING = frozenset({"with", "without", "for", "from", "by", "in", "on", "at", "of"})
"""words between "not" and a noun's article that make the noun no dismissed finding ("not
with a defect sitting there"; "does not constitute a defect" dismisses)"""
_GENUINE = frozenset(
    {"genuine", "real", "actual", "true", "proper", "serious", "significant", "bona", "fide"}
)
"""adjectives of a dismissed noun ("not a genuine flaw")"""
_LEADS = frozenset(
    {"a", "an", "the", "some", "probably", "likely", "most", "almost", "certainly", "surely",
     "presumably", "just", "only", "merely", "simply", "mere", "more", "again"}
)  # fmt: skip
"""words that may stand before a harmless noun that heads its clause ("almost certainly dust")"""
_SOURCE_PREPOSITIONS = frozenset({"on", "from", "off", "in", "at", "by", "near", "under", "of"})
"""words after a harmless noun that say where it comes from ("dust on the lens")"""


_ATTRIBUTING = (
    ("attributable", "to"), ("attributed", "to"), ("due", "to"), ("owing", "to"),
    ("caused", "by"), ("explained", "by"), ("comes", "from"), ("come", "from"),
    ("stems", "from"), ("trick", "of"), ("effect", "of"), ("product", "of"),
    ("result", "of"), ("consequence", "of"), ("down", "to"), ("thanks", "to"),
    ("belongs", "to"), ("belong", "to"), ("part", "of"), ("attribute", "to"),
    ("ascribe", "to"), ("ascribed", "to"),
)  # fmt: skip
"""frames that give a finding's cause ("is attributable to", "a trick of")"""


def _absent_said_first(toks: list[str], tails: Sequence[tuple[str, ...]]) -> list[str]:
    """ "the chip I half expected at the top isn't there" as "no chip I half expected at
    the top": a noun phrase denied by its tail, the denial moved before it, where the reader
    scopes negation."""
    out: list[str] = []
    start = 0
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k] not in (",", ";", ":", ".", "!", "?"):
            continue
        segment = toks[start:k]
        tail = next((t for t in tails if tuple(segment[-len(t) :]) == t), None)
        if tail is not None and len(segment) > len(tail) + 1 and segment[0] in _DETERMINERS:
            segment = ["no", *segment[1 : -len(tail)]]
        out += segment
        out += toks[k : k + 1]
        start = k + 1
    return out


def _of_the_reference(toks: list[str], lexicon: Lexicon) -> bool:
    """Does the sentence open by naming the one-shot reference as its label ("Reference
    screw: clean.")? What it says is of the reference, not of the query."""
    if not toks or toks[0] not in ("reference", "ref", "template", "golden"):
        return False
    at = 1 + (toks[1:2] in (["good"], ["normal"], ["sample"], ["image"]))
    return any(
        tuple(toks[at : at + len(n)]) == n and toks[at + len(n) : at + len(n) + 1] == [":"]
        for n in lexicon.whole
    )


_TRIFLING = frozenset({"just", "only", "merely", "simply"})


def _trifle_then_fine(
    toks: list[str],
    spans: Sequence[tuple[int, int]],
    read: list[tuple[_Clause, list[Place], list[str]]],
    lexicon: Lexicon,
) -> bool:
    """Does the sentence make light of a finding and pass the whole part in the same breath
    ("Just some noise at the left, a speck of lint, nothing wrong with the leather")? The
    finding is explained away; "nothing wrong with the rest" passes only the rest."""
    if not toks or toks[0] not in _TRIFLING or _TURNS & set(toks):
        return False
    return any(
        said == "normal" and not clause.generic and not clause.restricted
        and _names_whole(toks[start:end], lexicon)
        for (clause, _, _), (start, end) in zip(read, spans, strict=True)
        for _, _, said, _ in clause.predicates
    )  # fmt: skip


def _conceded(toks: list[str], read: list[tuple[_Clause, list[Place], list[str]]]) -> bool:
    """Does the sentence concede a finding and pass the part all the same ("Despite the
    chip at the top, the bottle is not defective")? That explains the finding away."""
    if not (toks[:1] in (["despite"], ["notwithstanding"]) or toks[:3] == ["in", "spite", "of"]):
        return False
    said = [s for clause, _, _ in read[1:] for _, _, s, _ in clause.predicates]
    return "normal" in said and "anomaly" not in said


_CHOICES = (["if"], ["whether"], ["which"])
_SPENT = frozenset({"have", "has", "had", "got", "see", "find", "know", "mind"})
"""verbs a negation is spent on before a comma ("Don't have lah, ..."): it does not carry on"""
_REJECT_WORDS = frozenset({"reject", "defective", "scrap", "failure", "unacceptable"})


def _not_enough_to_reject(toks: list[str]) -> bool:
    """Does the sentence deny that what it saw makes the part a reject ("the scuff does not
    make the screw a reject")? It then explains the finding away."""
    for k in range(len(toks) - 2):
        if toks[k] in ("not", "never") and toks[k + 1] in ("make", "makes", "render", "renders"):
            window = toks[k + 2 : k + 8]
            if any(t in _REJECT_WORDS for t in window):
                return True
    return False


def _off_the_part(toks: list[str], lexicon: Lexicon) -> bool:
    """Does the sentence put what it saw off the part ("so it is not on the bottle", "not
    part of the nut itself")? The finding is then explained away."""
    whole = {t for name in lexicon.whole for t in name} | {"part", "product", "piece", "sample"}
    for k in range(len(toks) - 3):
        if toks[k] != "not":
            continue
        if toks[k + 1 : k + 3] == ["part", "of"]:
            at = k + 3
        elif toks[k + 1] in ("on", "in", "of", "from"):
            at = k + 2
        else:
            continue
        rest = [t for t in toks[at : at + 3] if t not in ("the", "this", "that", "itself")]
        if rest[:1] and rest[0] in whole:
            return True
    return False


def _attributed(toks: list[str], at: int) -> bool:
    """Is the harmless thing at ``at`` given as a finding's cause ("attributable to a
    reflection from the fixture", "a trick of the backlight")? Up to four words between."""
    window = toks[max(0, at - 6) : at]
    return any(tuple(window[k : k + 2]) in _ATTRIBUTING for k in range(len(window) - 1))


def _names_a_defect(toks: list[str], terms: list[Match[Sense]], lexicon: Lexicon) -> bool:
    """Do the sentence's ``terms`` name a defect type of its own ("a scratch caused by the
    fixture" explains a defect; "the irregularity ... due to glare" explains one away)?"""
    return any(
        tuple(toks[m.start : m.end]) not in lexicon.ambiguous
        and not m.value.broad
        and not _on_the_optics(toks, m.end)
        for m in terms
    )


_OPTICS = frozenset({"optics", "lens", "lenses", "camera", "objective", "sensor", "window"})


def _on_the_optics(toks: list[str], end: int) -> bool:
    """Does the defect word ending at ``end`` sit on the camera ("lint on the optics", "dust
    on the lens")? That explains a finding away, it names no defect of the part."""
    after = [t for t in toks[end : end + 4] if t not in ("the", "our", "my", "camera")]
    return toks[end : end + 1] in (["on"], ["in"]) and (
        after[1:2] != [] and after[1] in _OPTICS or toks[end + 1 : end + 3] == ["the", "camera"]
    )


def _heads_verbless_clause(
    toks: list[str], spans: list[tuple[int, int]], at: int, end: int
) -> bool:
    """Does a harmless noun head a clause with no verb of its own ("That spot? Almost
    certainly dust on the lens"; "Mark at the top: sensor noise from the camera")? Such a
    clause says what the finding is; "dust particles are embedded" describes a defect."""
    for start, stop in spans:
        if start <= at < stop:
            lead = toks[start:at]
            rest = toks[end:stop]
            # "Speck near the rim/lens dirt/no flaw": a slash bounds a verbless segment
            lead = lead[len(lead) - lead[::-1].index("/") :] if "/" in lead else lead
            rest = rest[: rest.index("/")] if "/" in rest else rest
            tail = not rest or rest[0] in _SOURCE_PREPOSITIONS  # "dust on the lens"
            return all(t in _LEADS for t in lead) and tail and not _FINITE & set(rest)
    return False


def _falsified(toks: list[str]) -> bool:
    """Does the sentence name a claim and call it false ("Calling the part flawless would be
    wrong", "To say it is defective is incorrect")?"""
    words = [t for t in toks if t.isalpha()]
    opens = words[:1] and (
        words[0] in _CLAIMING or (words[:2] in (["to", "call"], ["to", "say"], ["to", "declare"]))
    )
    return bool(opens) and bool(set(words[-3:]) & _FALSE)


_SHAPE_NOUNS = frozenset(
    ["line", "lines", "mark", "marks", "spot", "spots", "patch", "patches", "area", "streak"]
)
"""nouns of shape a compound's type word qualifies ("a crack line" is a crack)"""
_LACKING = frozenset(["missing", "absent", "lost", "gone"])
"""a compound "missing X" names a missing part, whatever X is ("a missing fragment")"""


def _compounds(mentions: list[TypeMention]) -> list[TypeMention]:
    """One type per compound of two defect words: "a crack line" is a crack, "a missing
    fragment" a missing part; other compounds ("a paint drip") keep both words."""
    by_at = sorted(mentions, key=lambda t: t.at)
    drop: set[int] = set()
    for a, b in zip(by_at, by_at[1:], strict=False):
        if b.at != a.at + len(a.words.split()) or a.negated != b.negated:
            continue
        if b.words in _SHAPE_NOUNS or a.words in _LACKING:
            drop.add(id(b))
    return [t for t in mentions if id(t) not in drop]


_CLASSIFYING = (
    ("classified", "as"),
    ("classed", "as"),
    ("categorised", "as"),
    ("categorized", "as"),
    ("whose", "type", "is"),
    ("the", "type", "is"),
    ("its", "type", "is"),
    ("classify", "the", "defect", "as"),
    ("classify", "it", "as"),
    ("class", "it", "as"),
    ("file", "it", "under"),
    ("log", "it", "as"),
)
"""frames after which the words are the type itself ("is classified as a dent")"""
_TYPE_LABELS = frozenset(
    {"type", "class", "kind", "category", "classification", "sort", "nature", "family"}
)
_LABEL_VALUE_END = frozenset({",", ";", "(", ")"})
"""where a type label's value ends ("Defect type: fringe, located at the top")"""
_NOT_A_TYPE = frozenset(
    {"none", "good", "normal", "n", "na", "nothing", "ok", "okay", "unknown", "not", "no", "yes",
     "localised", "localized", "isolated", "single", "one", "two", "three", "several", "confirmed",
     "present", "visible", "found"}
)  # fmt: skip
"""first words of a label's value that give no type ("Answer: yes", "Severity: not negligible",
"Conclusion: localised", "Conclusion: one site only")"""


def _unknown_types(
    toks: list[str], spans: list[tuple[int, int]], w: _Words, lexicon: Lexicon
) -> tuple[str, ...]:
    """Words given as the defect type ("classified as selvage", "Defect type: hem") that name
    no defect this reader knows: a part or a stray word in the type's place. Generic names
    ("combined", "other") are types that name nothing in particular, not unknown ones."""
    values: list[tuple[str, ...]] = []
    for k, (start, end) in enumerate(spans):
        # "Conclusion: the plate was found to have oxide scale" is a statement, not a type
        if _labelled(toks, spans, k, w) and not set(toks[start:end]) & _VERBS:
            # "Defect type: fringe, located at the top": a type label's value ends where
            # its place begins; "Answer: yes, ..." gives no type
            typed = _TYPE_LABELS & set(toks[spans[k - 1][0] : spans[k - 1][1]])
            given = toks[start:end]
            cut = next((j for j, t in enumerate(given) if t in _LABEL_VALUE_END), len(given))
            values.append(tuple(given[:cut] if typed else given))
    for i in range(len(toks)):
        for frame in _CLASSIFYING:
            if tuple(toks[i : i + len(frame)]) == frame:
                values.append(_value_after(toks, i + len(frame)))
        if toks[i] == "type" and toks[i - 1 : i] == ["the"]:
            # "the type I would give is top coat": the type's own clause, then its value
            is_at = next((j for j in range(i + 2, min(i + 7, len(toks))) if toks[j] == "is"), 0)
            if is_at and not _PUNCT.intersection(toks[i:is_at]) and "," not in toks[i:is_at]:
                values.append(_value_after(toks, is_at + 1))
    out = []
    for value in values:
        words = [t for t in value if t not in ("a", "an", "the", "some")]
        if not words or words[0] in _NOT_A_TYPE or not all(t.isalpha() for t in words):
            continue
        if tuple(words) in w.generic_names:
            continue
        said = list(value)  # as written: "wax melded out of the candle" is a name
        if lexicon.terms.scan(said) or w.defect.scan(said) or w.normal.scan(said):
            continue
        out.append(" ".join(words))
    return tuple(out)


def _value_after(toks: list[str], at: int) -> tuple[str, ...]:
    """The words given as a type from ``at`` up to where the value ends (five at most)."""
    rest = toks[at:]
    cut = next((j for j, t in enumerate(rest) if t in _VALUE_END), len(rest))
    return tuple(rest[:cut][:5])


_VALUE_END = frozenset([
    ",", ".", ";", ":", "(", ")", "in", "at", "on", "near", "toward", "towards", "and", "or",
    "but", "with", "because", "since", "which", "that", "inside", "around", "close", "out",
])  # fmt: skip
"""where the value given as a type ends ("classified as a dent near the rim")"""


def read(
    text: str, lexicon: Lexicon | None = None, vocab: Vocabulary | None = None
) -> list[Reading]:
    """The readings of every sentence of ``text``, a yes/no question read with its answer."""
    vocab = vocab or load_vocabulary()
    split = [part for s in sentences(text) for part in _arrow_answered(s, _words(vocab))]
    said = [read_sentence(s, lexicon, vocab) for s in _labels_asked(split, vocab)]
    for k in range(1, len(said)):
        if said[k - 1].asks_where and not said[k].places:  # "Where? Squarely in the left."
            said[k] = replace(said[k], places=said[k].loose_places, loose_places=())
        elif said[k - 1].loose_places and not said[k].places and _there_it_is(said[k].text):
            # "Eyes toward the top; that is where the flaw lives": the place named before
            before = said[k - 1]
            said[k - 1] = replace(before, places=before.loose_places, loose_places=())
    return [
        _answered(r, said[k + 1] if k + 1 < len(said) else None, vocab) for k, r in enumerate(said)
    ]


_THERE_IT_IS = re.compile(r"^(?:that|this|there|here) (?:is|s) where\b")


def _there_it_is(sentence: str) -> bool:
    return _THERE_IT_IS.match(" ".join(tokens(sentence))) is not None


_ARROW_ANSWER = re.compile(r"^(.*\?)\s*(?:-+>|=+>|\u2192)\s*(\S.*)$")


def _arrow_answered(sentence: str, w: _Words) -> list[str]:
    """A question answered after an arrow ("Crack at the rim? -> not present => bottle fine")
    as the question and its answer, which ``_answered`` reads together; an arrow after a
    question that gives no yes or no ("Type? -> dent") keeps the sentence whole."""
    m = _ARROW_ANSWER.match(sentence)
    if m is None or _reply(m.group(2), w) is None:
        return [sentence]
    return [m.group(1), m.group(2)]


_ASKERS = frozenset({"q", "question"})
_ANSWERERS = frozenset({"a", "answer", "reply"})


def _after_speaker(toks: list[str], speakers: frozenset[str]) -> list[str]:
    """``toks`` past a dialogue's speaker label ("Q:", "A:", "Answer:"), if it opens them."""
    return toks[2:] if _speaks(toks, speakers) else toks


def _speaks(toks: list[str], speakers: frozenset[str]) -> bool:
    return toks[1:2] == [":"] and bool(toks) and toks[0] in speakers


def _labels_asked(said: list[str], vocab: Vocabulary) -> list[str]:
    """A label asked and answered ("Q: Type? A: damage.", "Position? Top left.") as the
    label with its value ("Type: damage."), which names what it gives."""
    w = _words(vocab)
    out: list[str] = []
    k = 0
    while k < len(said):
        # only a question can be a label asked: other sentences are not tokenised here
        asked = k + 1 < len(said) and said[k].rstrip().endswith("?")
        toks = _after_speaker(tokens(said[k]), _ASKERS) if asked else []
        label = [t for t in toks[:-1] if t not in ("and", "the", "its", "a", "an", "so")]
        if (
            asked
            and 0 < len(label) <= 4
            and (tuple(label) in w.labels or tuple(label) in w.sighting_labels)
        ):
            answer = said[k + 1]
            if _speaks(tokens(answer)[:2], _ANSWERERS):
                answer = answer.split(":", 1)[1].strip()
            out.append(f"{' '.join(label).capitalize()}: {answer}")
            k += 2
            continue
        out.append(said[k])
        k += 1
    return out


_GLYPHS: dict[str, Literal["yes", "no"]] = {
    "\u2713": "yes", "\u2714": "yes", "\u2611": "yes", "\u2705": "yes",
    "\u2717": "no", "\u2718": "no", "\u274c": "no", "\u2716": "no", "\u2612": "no",
}  # fmt: skip
"""ticks and crosses, which answer a yes/no question right after it"""


def _reply(text: str, w: _Words) -> Literal["yes", "no"] | None:
    """Does ``text`` open with an answer to a yes/no question ("No.", "Hardly;", "It
    cannot, not with ...", "It certainly is, and ...")? Only a whole clause answers: "No
    scratches are visible" states something of its own."""
    glyph = text.lstrip()[:1]
    if glyph in _GLYPHS:  # "Defective? ✗." answers with a tick or a cross
        return _GLYPHS[glyph]
    toks = tokens(text)
    toks = _after_speaker(toks, _ANSWERERS)  # "Q: Is it flawed? A: It is not."
    for reply, index in (("yes", w.yes), ("no", w.no)):
        m = index.at(toks, 0)
        if m is not None and (m.end == len(toks) or toks[m.end] in _PUNCT | {","}):
            return reply  # type: ignore[return-value]
    return None


def _answered(question: Reading, answer: Reading | None, vocab: Vocabulary) -> Reading:
    """A yes/no question as its answer decides it ("Is there anything wrong with it?
    Nothing at all." is a normal verdict); unanswered, it asks and hedges, unless it is a
    negative question, which asserts ("Isn't that a chip?")."""
    if question.asked is None and not question.asked_types:
        return question
    reply = _reply(answer.text, _words(vocab)) if answer is not None else None
    if reply is None and question.rhetorical:
        reply = "yes"
    if reply is None:
        hedged = question.hedged or bool(question.asked_types)
        return replace(question, types=question.types + question.asked_types, hedged=hedged)
    said = [replace(t, generic=False, negated=reply == "no") for t in question.asked_types]
    stance = question.asked
    if stance is not None and reply == "no":
        stance = "normal" if stance == "anomaly" else "anomaly"
    if stance is None or question.stance == "anomaly":
        return replace(question, types=question.types + tuple(said), negation=False)
    return replace(
        question,
        stance=stance,
        evidence=f"{question.asked} asked, answered {reply}",
        types=question.types + tuple(said),
        negation=False,
    )


def verdict_of(
    text: str, lexicon: Lexicon | None = None, vocab: Vocabulary | None = None
) -> Stance | None:
    """The text's verdict: a defect stated anywhere unrestricted wins, else normal, else None.
    A defect placed on the part with no verb ("And there you have it: a hole near the lower
    middle") states one, as it describes one on a normal part (``checks``)."""
    readings = read(text, lexicon, vocab)
    stances = [r.stance for r in readings if not (r.stance == "normal" and r.restricted)]
    if "anomaly" in stances or any(r.placed_defect for r in readings if r.stance is None):
        return "anomaly"
    return "normal" if "normal" in stances else None


__all__ = ["Reading", "Stance", "TypeMention", "clauses", "read", "read_sentence", "verdict_of"]
