"""References to supervision the inspector could not have seen, by meaning, for every
record set: the answer, labels, annotations, masks, boxes or references handed over, being
told (``recipes/vocabulary/leakage.yaml``).

Four kinds of evidence, each within one sentence:

- a *strong* phrase ("ground truth", "as annotated", "I was told");
- a supervision *noun* with a word of *provision* next to it ("the provided mask", "the
  reference box", "the location given", "according to the label");
- a pointing noun that *shows* something ("the mask shows", "the label says");
- a *cited source* that is none the inspector sees or knows: a citing frame ("according to",
  "going by", "as ... indicates", "with ... pointing", "... lists this part as") around a
  noun phrase whose head is not the image, the part, a defect word, a part name or the
  process ("according to the scoring rubric", "as the folder the image came from
  indicates"). This is what makes the detector one of meaning: a source it has never seen
  named is still a source.

A one-shot record may speak of "the reference image" it was shown: "reference" is
provision only next to a supervision noun. Harmless look-alikes ("a hint of rust", "given
that", "solder mask", "the label on the chip") are listed under ``allowed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from iad_data.core.reading.vocabulary import Vocabulary, load_vocabulary
from iad_data.core.reading.words import Match, PhraseIndex, index_of, sentences, tokens

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
    citing: PhraseIndex[bool]
    consulting: PhraseIndex[bool]
    telling: PhraseIndex[bool]
    showing: PhraseIndex[bool]
    """telling verbs and the verbs of showing, for a cited phrase or a source's own"""
    visible: frozenset[tuple[str, ...]]
    """noun phrases (their last words) the inspector sees or knows"""

    recording: PhraseIndex[bool] = PhraseIndex()
    """participles of writing down ("entered", "logged") ..."""
    beforehand: PhraseIndex[bool] = PhraseIndex()
    """... and the words that put it before the inspection ("beforehand", "in advance")"""
    source_labels: PhraseIndex[bool] = PhraseIndex()
    """labels that say where a finding came from ("Source:")"""

    sources: frozenset[str] = frozenset()
    """words that make a noun phrase a handed-over source ("the solution sheet")"""
    nounlike: frozenset[str] = frozenset()
    """words before a telling word that make it a noun ("a score mark": defect words)"""
    labels: frozenset[str] = frozenset()
    """one-word labels of the inspector's own ("The call: a scratch"), never a source's"""
    standards: frozenset[str] = frozenset()
    """words of a written standard ("the zone map of clause 5.1" is the standard's, not
    a source handed over)"""

    def sourced(self, words: Sequence[str]) -> frozenset[str]:
        """The words of a noun phrase that make it a source; a word that is also a part
        seen ("tip") after a participle is the part ("a mangled tip", "a bent tip")."""
        hits = self.sources.intersection(words)
        if not hits:
            return hits
        return hits - {
            word
            for before, word in zip(words, words[1:], strict=False)
            if word in hits
            and (word,) in self.visible
            and (before.endswith("ed") or before in _BROKEN)
        }

    def sees(self, words: tuple[str, ...]) -> bool:
        """Does a noun phrase end in something seen or known ("the solder mask": yes; "the
        pixel-level mask", "the solution sheet": no)?"""
        if self.sourced(words):
            return False
        # any prefix: the phrase may run on into its verb ("the process knowledge come")
        return any(
            words[:j][-n:] in self.visible
            for j in range(1, len(words) + 1)
            for n in range(1, min(4, j) + 1)
        )


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
        idx("citing"),
        idx("consulting"),
        idx("telling"),
        index_of(
            [*vocabulary.words("leakage", "telling"), *vocabulary.words("leakage", "showing")],
            True,
        ),
        _visible_heads(vocabulary),
        recording=idx("recording"),
        beforehand=idx("beforehand"),
        source_labels=idx("source_labels"),
        sources=frozenset(vocabulary.words("leakage", "source_words")),
        nounlike=_defect_words(vocabulary),
        labels=frozenset(
            label
            for key in ("labels", "sighting_labels")
            for label in vocabulary.words("language", key)
            if " " not in label
        ),
        standards=frozenset(vocabulary.words("leakage", "standards")),
    )


def _defect_phrases(vocabulary: Vocabulary) -> list[str]:
    """Every defect word of the vocabulary: the canonical types, their synonyms and kinds."""
    defects = vocabulary.defects
    phrases = [str(k) for k in defects.get("synonyms") or {}]
    for group in ("synonyms", "kinds"):
        for words in (defects.get(group) or {}).values():
            phrases += [str(w) for w in words or []]
    return phrases


def _defect_words(vocabulary: Vocabulary) -> frozenset[str]:
    """The last word of every defect word and kind ("score" of "score mark", "scratch")."""
    return frozenset(t for p in _defect_phrases(vocabulary) for t in tokens(p)[-1:])


_ADJECTIVES = frozenset(
    ["bright", "dark", "faint", "fine", "light", "small", "large", "thin", "thick", "deep",
     "shallow", "long", "short", "tiny", "slight", "odd", "clear", "round", "straight",
     "visible", "single", "main", "outer", "inner", "upper", "lower", "black", "white", "red",
     "brown", "grey", "gray", "dull", "shiny", "sharp", "soft", "wide", "narrow", "new",
     "metallic"]
)  # fmt: skip
_ADJECTIVE_ENDINGS = ("ed", "al", "ous", "ive", "ful", "ish", "less", "ular")


_AFTER_CLAUSE = frozenset([
    "from", "in", "on", "at", "with", "by", "for", "to", "already", "also", "clearly", "then",
    "it", "itself", "here", "there", "now", "still", "just", "only", "explicitly", "which",
    "that", "who",
])  # fmt: skip
"""words after which a telling word is the verb ("the folder the image came from indicates")
rather than a noun ("a score mark", "the bright mark")"""


def _visible_heads(vocabulary: Vocabulary) -> frozenset[tuple[str, ...]]:
    """Every phrase naming something seen or known: ``visible_sources``, the defect words
    of every type, kind and category, and the part and product names."""
    defects = vocabulary.defects
    phrases = [*vocabulary.words("leakage", "visible_sources"), *_defect_phrases(vocabulary)]
    phrases += [str(w) for w in (defects.get("broad") or {}).get("words") or []]
    phrases += [str(w) for w in defects.get("parts") or []]
    for key, entry in (defects.get("categories") or {}).items():
        phrases += str(key).split("/")[-1].split("_")
        phrases += [str(w) for w in (entry or {}).get("parts") or []]
        for words in ((entry or {}).get("types") or {}).values():
            phrases += [str(w) for w in words or []]
    phrases += list(vocabulary.words("language", "normal"))
    phrases += list(vocabulary.words("language", "defect"))
    return frozenset(tuple(tokens(p)) for p in phrases if tokens(p))


_DETERMINERS = frozenset([
    "the", "this", "that", "these", "those", "a", "an", "my", "our", "its", "their", "his",
    "her", "your", "any", "some",
])  # fmt: skip
_DEFINITE = frozenset(["the", "this", "that", "these", "those", "its", "their", "my", "our"])
_CLAUSE = frozenset([
    "what", "how", "which", "whether", "where", "why", "when", "who", "i", "we", "you", "they",
    "he", "she",
])  # fmt: skip
_NP_STOP = frozenset([
    "of", "in", "on", "at", "from", "for", "with", "by", "near", "around", "to", "into",
    "across", "along", "under", "over", "above", "below", "inside", "within", "about", "and",
    "or", "but", "while", "since", "because", "as", "so", "if", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "there", "here", "than", "then", "not", "no",
    ",", ".", ";", ":", "!", "?", "(", ")", "/", "through", "throughout", "off", "onto",
    "upon", "beneath", "behind", "beside", "between", "against", "among", "via", "like",
    "just", "right",
])  # fmt: skip


def _noun_phrase(
    toks: list[str],
    start: int,
    verbs: PhraseIndex[bool] | None = None,
    nouns: frozenset[str] = frozenset(),
    framed: bool = False,
) -> tuple[tuple[str, ...], int] | None:
    """The words of the noun phrase from ``start`` and where the phrase ends (at
    one of ``verbs``: "the mask marks"), or None where no noun phrase starts there
    ("judging by how it looks")."""
    k = start
    while k < len(toks) and k - start < 2 and toks[k] in _DETERMINERS:
        k += 1
    if k == start or k >= len(toks) or toks[k] in _CLAUSE or toks[k] in _NP_STOP:
        return None
    words: list[str] = []
    while k < len(toks) and len(words) < 5 and toks[k] not in _NP_STOP:
        if words and (toks[k] in _DETERMINERS or _verb_at(toks, k, verbs, nouns, framed)):
            break
        words.append(toks[k])
        k += 1
    words = [w for w in words if w != "s"]  # "the dataset's mask"
    return (tuple(words), k) if words else None


def _verb_at(
    toks: list[str],
    k: int,
    verbs: PhraseIndex[bool] | None,
    nouns: frozenset[str] = frozenset(),
    framed: bool = False,
) -> bool:
    """Is a telling word at ``k`` a verb ("the mask marks a neck") rather than the phrase's
    own noun ("its designed outline, tabs and holes", "the bright mark near the top")? A verb
    has words after it, and a noun before it (one of ``nouns``) rather than an adjective;
    in a framed phrase ("as the file suggests,") a verb form may end its clause."""
    found = verbs.at(toks, k) if verbs is not None else None
    if found is None:
        return False
    if toks[found.end - 1] in _ONLY_VERBS or (found.end - k > 1 and toks[k] in _AUXILIARIES):
        return True  # "what my mate on the line said", "the box doesn't lie": no noun
    if k > 0 and toks[k - 1] in _AFTER_CLAUSE:
        return True  # "... the image came from indicates, ..."
    after = toks[found.end : found.end + 1]
    if not after or after[0] in (",", ".", ";", ":", "and", "or", ")", "!", "?", "of"):
        # "as the comment says," / "as the comment is saying,"
        progressive = toks[k - 1 : k] in (["is"], ["are"], ["was"], ["were"])
        verb_form = toks[found.end - 1].endswith(("s", "ed")) or progressive
        verb_form = verb_form and after[:1] != ["of"]
        return framed and verb_form and not _modified(toks, k, nouns)
    if found.end - k > 1 or k == 0:
        return True
    # a noun after a modifier: a defect word ("a score mark"), an adjective ("the bright
    # mark", "its designed outline"); a verb after anything else ("the task brief points")
    return not _modified(toks, k, nouns)


_BROKEN = frozenset({"bent", "broken", "torn", "worn", "split", "burnt", "cut"})
"""participles that do not end in -ed"""
_PRONOUN_VERBS = frozenset(
    {"fits", "fit", "comes", "come", "came", "matches", "match", "suits", "sounds", "looks",
     "goes", "went", "traces", "is", "was", "s"}
)  # fmt: skip
"""verbs after which "that" or "this" was a pronoun, not the determiner of a source"""
_ONLY_VERBS = frozenset({"said", "told", "wrote"})
"""telling words that are never a noun"""
_AUXILIARIES = frozenset({"does", "do", "did", "never", "can", "will"})
"""first words of a telling phrase that make it a verb ("does not lie")"""


def _modified(toks: list[str], k: int, nouns: frozenset[str]) -> bool:
    """Is the word at ``k`` after a modifier (a defect word or an adjective)?"""
    prev = toks[k - 1] if k > 0 else ""
    if prev in _NP_STOP:
        return False  # "the operator's tip off says": a particle ends no defect word here
    return prev in nouns or prev in _ADJECTIVES or prev.endswith(_ADJECTIVE_ENDINGS)


def _of_standard(toks: list[str], end: int, w: _LeakWords) -> bool:
    """Does the phrase ending at ``end`` belong to a written standard ("per the zone map of
    clause 5.1", "the chart in section 3")? The inspector is meant to know the standard."""
    after = toks[end : end + 3]
    return after[:1] in (["of"], ["in"], ["under"]) and bool(set(after[1:]) & w.standards)


def _cited_sources(toks: list[str], w: _LeakWords) -> list[str]:
    """Noun phrases cited as a source that the inspector could not see (see the module)."""
    found = []
    # a citing frame cites any phrase the inspector does not see; a checking or agreeing
    # frame ("I checked the test-split listing", "this agrees with the marking sheet") only
    # one whose words say it is a source (checking the thread is inspection)
    frames = [(m, False) for m in w.citing.scan(toks)]
    frames += [(m, True) for m in w.consulting.scan(toks)]
    frames += [(m, False) for m in _participle_frames(toks)]
    for m, by_its_words in frames:
        start = m.end - 1 if toks[m.end - 1] in _DETERMINERS else m.end
        # "consistent with a puncture" cites evidence; "a message from my colleague" is a
        # source handed over by its words, definite or not
        definite = not toks[start : start + 1] or toks[start] in _DEFINITE
        np = _noun_phrase(toks, start, w.telling, w.nounlike)
        if np is None:
            continue
        if toks[np[1] : np[1] + 1] in (["of"], ["from"], ["by"]):  # "the name of the folder"
            inner = _noun_phrase(toks, np[1] + 1, w.telling, w.nounlike)
            if inner is not None:
                np = (np[0] + inner[0], inner[1])
        if _of_standard(toks, np[1], w):
            continue
        if w.sourced(np[0]) if by_its_words or not definite else not w.sees(np[0]):
            found.append(" ".join(toks[m.start : np[1]]))
    for k, word in enumerate(toks):
        # a source handed over is a definite one ("the mask marks"); "a scuffed face points
        # to the coating" is evidence on the part
        if word not in _DEFINITE:
            continue
        if word in ("that", "this") and toks[k + 1 : k + 2] and toks[k + 1] in _PRONOUN_VERBS:
            continue  # "that fits pointing as the origin": a pronoun, then its verb
        governed = k > 0 and toks[k - 1] in ("of", "to", "from")
        framed = k > 0 and toks[k - 1] in _FRAMING
        np = _noun_phrase(toks, k, w.showing if framed else w.telling, w.nounlike, framed)
        if not framed and np is not None and w.sourced(np[0]):
            # "the label sheet shows a scratch": a source's own phrase ends at a verb of
            # showing too, where another phrase ("the module shows") runs on; that phrase is
            # a prefix of this one, so only a phrase holding a source's word is parsed again
            shown = _noun_phrase(toks, k, w.showing, w.nounlike)
            if shown is not None and w.sourced(shown[0]) and not w.sees(shown[0]):
                np = shown
        if np is None or w.sees(np[0]):
            continue
        sourced = w.sourced(np[0])
        if (word in ("my", "our") or governed) and not sourced:
            continue  # "my attention confirms", "my money says": the inspector's own
        end = np[1]
        # "the category tag in the file marks ...", "the folder the image came from
        # indicates ...", "the overlay that came with it marks ...": the telling verb a few
        # words after the phrase, past its own modifiers
        at = end  # where the window opens
        window = toks[at : at + 8]
        stop = next((i for i, t in enumerate(window) if t in (",", ".", ";", ":")), len(window))
        told_after = w.showing.at(window, 1) if sourced and window[:1] == [","] else None
        if told_after is not None:
            # "Exhibit C, the operator's note, confirms the carpet is sound": an apposition
            found.append(" ".join(toks[k : at + told_after.end]))
            continue
        if sourced and stop == 0 and window[:2] in ([",", "which"], [",", "that"]):
            # "the shift manager's message, which lists the screw as normal"
            at += stop + 1
            window = toks[at : at + 8]
            stop = next((i for i, t in enumerate(window) if t in (",", ".", ";")), len(window))
        if k == 0 and sourced and window[stop : stop + 1] == [":"] and np[0][-1] not in w.labels:
            # "The coach's clipboard -> good": a source opening the sentence as its label
            found.append(" ".join(toks[k : at + stop]))
            continue
        # a phrase that holds a source's own word ("the folder", "the log") is a source
        # whatever follows it: the telling verb may come past a relative clause ("the
        # folder the image was loaded from lists")
        trails = (window[:1] and window[0] in _TRAILING) or sourced
        verbs = w.showing if framed or sourced else w.telling
        if sourced and toks[k - 1 : k] == ["what"]:
            verbs = w.telling  # "(going by) what the foreman whispered to me"
        for i in range(stop):
            told = verbs.at(window, i)
            if told is None:
                continue
            if i > 0 and not _verb_at(toks, at + i, verbs, w.nounlike, framed):
                continue  # "the likely source of a score mark": a noun, not a telling verb
            if i == 0 or framed or trails:
                found.append(" ".join(toks[k : at + told.end]))
                break
        else:
            if toks[k - 1 : k] == ["with"] and "pointing" in window[:stop]:
                found.append(" ".join(toks[k - 1 : at + window.index("pointing") + 1]))
    return found


_IRREGULAR = frozenset({"shown", "written", "given", "told", "set", "laid", "put", "drawn"})
"""participles of a citing "as ... in" frame that do not end in "ed" ("as written in")"""


def _participle_frames(toks: list[str]) -> list[Match[bool]]:
    """Citing frames of the shape "as <participle> in/by" ("as documented in", "as
    described by"), named by no list: what follows is cited as a source."""
    out = []
    for k in range(len(toks) - 2):
        word = toks[k + 1]
        if (
            toks[k] == "as"
            and (word.endswith("ed") or word in _IRREGULAR)
            and toks[k + 2] in ("in", "by")
        ):
            out.append(Match(k, k + 3, True))
    return out


_PASSIVE = (["was"], ["were"], ["been"], ["am"], ["is"], ["are"], ["being"])
"""words before "given" that make it a participle ("I was given"), not 'given that'"""
_FRAMING = frozenset(
    {"as", "since", "because", "with", "while", "once", "given", "if", "where", "what"}
)
"""words before a cited phrase whose telling verb may come a few words later"""
_TRAILING = frozenset(
    ["of", "in", "from", "for", "that", "which", "attached", "supplied", "provided", "shipped"]
)
"""words that continue a subject phrase up to its verb ("the name of the file lists")"""


def _leaks_in(toks: list[str], w: _LeakWords) -> list[str]:
    for m in w.allowed.scan(toks):
        if toks[m.start] == "given" and toks[m.start - 1 : m.start] in _PASSIVE:
            continue  # "the crop I was given that ...": handed over, not "given that"
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
            prepositional = after[p.end : p.end + 1] in (["the"], ["that"], ["its"]) if p else False
            # "reference" qualifies the word after it: "the region that the reference does
            # not share" (a verb after it) names a one-shot record's reference image, "the
            # mask as the reference value" a value handed over
            referring = (
                p is not None
                and after[p.start : p.end] == ["reference"]
                and _the_reference_image(toks[m.end + p.end : m.end + p.end + 1])
            )
            if p is not None and hit is None and not prepositional and not referring:
                hit = " ".join([*toks[m.start : m.end], *after[: p.end]])
        pointed = toks[m.start - 1 : m.start] in (["the"], ["this"])
        noun = w.pointing_nouns.at(toks, m.start) is not None
        if hit is None and pointed and noun and w.pointing.at(toks, m.end) is not None:
            hit = " ".join(toks[m.start - 1 : m.end + 1])
        if hit is not None:
            found.append(hit)
    found += _cited_sources(toks, w)
    found += _prepared_before(toks, w)
    if toks[1:2] == [":"] and w.source_labels.at(toks, 0) is not None:
        # "Source: the scoring sheet.": a label that names where the finding came from
        np = _noun_phrase(toks, 2, w.telling, w.nounlike)
        if np is not None and w.sourced(np[0]):
            found.append(" ".join(toks[: np[1]]))
    return list(dict.fromkeys(found))


_VERB_AFTER_REFERENCE = frozenset(
    {"does", "do", "did", "is", "was", "has", "shows", "looks", "lacks", "shares"}
)
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", ")"})


def _the_reference_image(after: list[str]) -> bool:
    """Is "reference" followed by what makes it the reference image itself, a verb or the
    end of its clause ("the region that the reference does not share", "matches the
    reference.")? Before a noun it qualifies that noun ("the reference value", "the box in
    the reference image" stay provision)."""
    return not after or after[0] in _VERB_AFTER_REFERENCE or after[0] in _CLAUSE_ENDS


def _prepared_before(toks: list[str], w: _LeakWords) -> list[str]:
    """A finding recorded before the inspection ("the finding entered beforehand", "the
    defect logged in advance"): what was written down before the inspector looked."""
    out = []
    for m in w.recording.scan(toks):
        ahead = w.beforehand.at(toks, m.end)
        if ahead is not None:
            out.append(" ".join(toks[m.start : ahead.end]))
    return out


def find_leaks(text: str, vocabulary: Vocabulary | None = None) -> list[Leak]:
    """Every reference to supervision in ``text``, with the sentence it is in."""
    w = _leak_words(vocabulary or load_vocabulary())
    out = []
    for sentence in sentences(text):
        for words in _leaks_in(tokens(sentence), w):
            out.append(Leak(words, sentence))
    return out


__all__ = ["Leak", "find_leaks"]
