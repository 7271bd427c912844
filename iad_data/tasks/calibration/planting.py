"""Planting: one error (or one correct paraphrase) into a correct record of either record set.

Each planter takes a correct record written by the offline teacher, the facts of its
category (``Facts``) and a seeded generator, and returns the changed record and the words it
planted, or None where the class does not apply to that record (a sibling type for a
category with one defect type). Structured fields (the answer, the claims) keep the truth
unless the class is about them; the planted error lives in the prose, where the rules must
read it. Records are re-rendered the way the record set renders them, so no unrelated check
(the rendering, the tags) can catch a planted record by accident.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from iad_data.core.defect_types import readable
from iad_data.core.records import RecordBase
from iad_data.knowledge.process import ProcessKnowledge
from iad_data.tasks.calibration import phrases as ph
from iad_data.tasks.calibration.books import Phrasebook, phrasebook
from iad_data.tasks.expert_ad.record import ExpertAdRecord, render_trace
from iad_data.tasks.instruct_iad.record import InstructRecord, display_name


@dataclass(frozen=True)
class Facts:
    """What planters know of a record's category beyond the record itself."""

    product: str
    knowledge: ProcessKnowledge | None
    defect_types: tuple[str, ...]
    """the category's defect types in the benchmark"""
    canonical: dict[str, str | None] = field(default_factory=dict)
    """dataset type -> IAD-R1 canonical type"""
    foreign_steps: tuple[str, ...] = ()
    """step names of other categories' processes"""
    book: Phrasebook = field(default_factory=phrasebook)
    """the words planters write with (``main`` unless a run chooses another book)"""

    def step_names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.knowledge.steps} if self.knowledge else {}

    def cause_steps(self, defect_type: str) -> list[str]:
        if self.knowledge is None:
            return []
        key = self.knowledge.find_defect(defect_type)
        return list(self.knowledge.defects[key].cause_steps) if key else []


Planted = tuple[RecordBase, str]
Planter = Callable[[Any, Facts, random.Random], Planted | None]
"""(a correct record of its record set, its category's facts, the generator) -> planted"""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _kind(
    book: Phrasebook, truth_type: str, canonical: str | None, category: str, rng: random.Random
) -> str:
    """A natural name of the true defect, with its article: the dataset's, the canonical one,
    or a synonym of the category."""
    options = [ph.type_phrase(truth_type)]
    if canonical:
        options.append(ph.article(canonical))
    options += list(book.synonyms.get((category, truth_type), ()))
    return rng.choice(options)


def _natural_names(
    facts: Facts, category: str, defect_type: str, canonical: str | None
) -> tuple[str, ...]:
    """The book's natural names of the truth and of every defect of the category sharing its
    canonical type: a word the book calls right for one scratch ("fine abrasion" of a scratched
    neck) cannot be planted as wrong for another (a scratched head)."""
    names = [defect_type, *(n for n, c in facts.canonical.items() if canonical and c == canonical)]
    return tuple(
        w for n in dict.fromkeys(names) for w in facts.book.synonyms.get((category, n), ())
    )


def _other_type(
    book: Phrasebook,
    avoid: set[str],
    rng: random.Random,
    canonical: str | None = None,
    natural: Sequence[str] = (),
) -> str:
    """An unrelated defect type: not in ``avoid`` nor made of its words, not of the truth's
    canonical type and, given the truth's ``natural`` names, a type that none of them says
    in its words (abrasion is not a wrong name for scratches the book itself calls "abrasion
    marks") and that IAD-R1's type table knows (a type of no known canonical class cannot be
    called unrelated)."""
    from iad_data.core.defect_types import load_type_table

    table = load_type_table()
    said = {w for name in natural for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 3}
    # "contamination" is no wrong name for metal_contamination: the truth's own words
    own = {w for name in avoid for w in name.split() if len(w) > 3}
    options = [
        t
        for t in book.other_types
        if t not in avoid
        and not own & set(t.split())
        and (canonical is None or table.best_match(t)[0] != canonical)
        and not (natural and (table.best_match(t)[0] is None or said & set(t.split())))
    ]
    return rng.choice(options)


# ------------------------------------------------------------------ expert_ad


def _ea_index(record: ExpertAdRecord, kind: str) -> int:
    kinds = [s.kind for s in record.trace.steps]
    return kinds.index(kind) if kind in kinds else len(kinds) - 1


def _ea_retrace(
    record: ExpertAdRecord,
    texts: dict[str, str],
    answer: Mapping[str, object] | None = None,
) -> ExpertAdRecord:
    """The record with step texts (by kind) and answer fields replaced, re-rendered."""
    steps = [
        s.model_copy(update={"text": texts[s.kind]}) if s.kind in texts else s
        for s in record.trace.steps
    ]
    new_answer = record.trace.answer.model_copy(update=dict(answer or {}))
    trace = record.trace.model_copy(update={"steps": steps, "answer": new_answer})
    text = render_trace(trace)
    messages = [*record.messages[:-1], record.messages[-1].model_copy(update={"content": text})]
    return record.model_copy(
        update={"trace": trace, "text": text, "messages": messages, "scores": {}}
    )


def _ea_step(record: ExpertAdRecord, kind: str) -> str:
    return record.trace.steps[_ea_index(record, kind)].text


def _ea_add(record: ExpertAdRecord, kind: str, sentence: str, rng: random.Random) -> str:
    """A step's text with ``sentence`` added before or after it."""
    old = _ea_step(record, kind)
    return f"{old} {sentence}" if rng.random() < 0.6 else f"{sentence} {old}"


def _ea_type_words(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> str:
    truth = record.truth
    return _kind(facts.book, truth.defect_type, truth.canonical_type, truth.category, rng)


def ea_dismissed(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not record.truth.anomalous:
        return None
    where = facts.book.place(record.truth.location or "center", rng)
    said = ph.pick(rng, facts.book.dismissals, place=where, product=facts.product)
    kind = rng.choice(("comparison", "characterisation", "localisation"))
    text = said if rng.random() < 0.5 else _ea_add(record, kind, said, rng)
    return _ea_retrace(record, {kind: text}), said


def ea_normal_described(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if record.truth.anomalous:
        return None
    said = ph.pick(
        rng,
        facts.book.sightings,
        kind=rng.choice(facts.book.defect_sightings),
        place=facts.book.place(rng.choice(ph.CELLS), rng),
        product=facts.product,
    )
    kind = rng.choice(("comparison", "localisation", "characterisation"))
    text = said if rng.random() < 0.5 else _ea_add(record, kind, said, rng)
    return _ea_retrace(record, {kind: text}), said


def ea_wrong_cell(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not record.truth.anomalous or record.truth.location is None:
        return None
    wrong = ph.other_cell(record.truth.location, rng)
    said = ph.pick(
        rng, facts.book.wrong_places, place=facts.book.place(wrong, rng, plain=rng.random() < 0.4)
    )
    return _ea_retrace(record, {"localisation": said}), said


def ea_hedged(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    if not truth.anomalous:
        return None
    kind = _ea_type_words(record, facts, rng)
    other = _other_type(facts.book, {ph.bare(kind)}, rng, truth.canonical_type)
    if rng.random() < 0.4:
        tag = ph.expand(
            rng.choice(facts.book.hedged_tags), rng, kind=truth.type_text, other=other
        ).lower()
        return _ea_retrace(record, {}, {"defect_type": tag}), f"<type>{tag}</type>"
    said = ph.pick(rng, facts.book.hedges, a_kind=kind, a_other=ph.article(other))
    step = rng.choice(("characterisation", "conclusion"))
    return _ea_retrace(record, {step: _ea_add(record, step, said, rng)}), said


def ea_flipped(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    families = facts.book.flipped_yes if record.truth.anomalous else facts.book.flipped_no
    said = ph.pick(rng, families, product=facts.product)
    roll = rng.random()
    if roll < 0.4:
        return _ea_retrace(record, {"conclusion": said}), said
    step = "conclusion" if roll < 0.7 else "characterisation"
    return _ea_retrace(record, {step: f"{_ea_step(record, step)} {said}"}), said


def _step_in_prose(
    facts: Facts, defect_type: str | None, rng: random.Random
) -> tuple[str, bool] | None:
    """(a step name that must not be cited, whether it is another category's)."""
    names = facts.step_names()
    causes = set(facts.cause_steps(defect_type)) if defect_type else set()
    own = [n for sid, n in names.items() if sid not in causes] if defect_type else []
    if own and (not facts.foreign_steps or rng.random() < 0.5):
        return rng.choice(own), False
    if facts.foreign_steps:
        return rng.choice(facts.foreign_steps), True
    return None


def ea_steps_in_prose(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    found = _step_in_prose(facts, truth.defect_type if truth.anomalous else None, rng)
    if found is None:
        return None
    step = _lower_first(found[0])
    if truth.anomalous:
        said = ph.pick(rng, facts.book.step_prose, step=step)
        kind = "characterisation"
    else:
        said = ph.pick(rng, facts.book.step_prose_normal, step=step)
        kind = rng.choice(("comparison", "localisation"))
    return _ea_retrace(record, {kind: _ea_add(record, kind, said, rng)}), said


def ea_repetition(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    roll = rng.random()
    kind = rng.choice(("observation", "comparison", "characterisation"))
    old = _ea_step(record, kind)
    if roll < 0.35:
        times = rng.randint(2, 4)
        return _ea_retrace(record, {kind: " ".join([old] * times)}), f"{old} (x{times})"
    if roll < 0.6:
        target = rng.choice(
            [k for k in ("comparison", "localisation") if k != kind] or ["comparison"]
        )
        text = f"{_ea_step(record, target)} {old}"
        return _ea_retrace(record, {target: text}), f"{old} (copied into {target})"
    said = facts.book.filler(rng)
    return _ea_retrace(record, {kind: f"{old} {said}"}), said


def ea_over_length(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    target_words = rng.randint(1300, 2400)
    sentences = facts.book.neutral_sentences(rng, target_words // 7 + 1)
    half = len(sentences) // 2
    texts = {
        "observation": " ".join([_ea_step(record, "observation"), *sentences[:half]]),
        "comparison": " ".join([_ea_step(record, "comparison"), *sentences[half:]]),
    }
    planted = _ea_retrace(record, texts)
    return planted, f"{len(planted.text.split())} words of reasoning"


def _leak_said(
    rng: random.Random,
    facts: Facts,
    anomalous: bool,
    location: str | None,
    kind_words: Callable[[], str],
) -> str:
    """A sentence citing supervision the inspector could not see, in either record set."""
    source = rng.choice(facts.book.leak_sources)
    if not anomalous:
        return ph.pick(rng, facts.book.leaks_normal, source=source, product=facts.product)
    place = facts.book.place(location or "center", rng)
    return ph.pick(
        rng,
        facts.book.leaks,
        source=source,
        place=place,
        a_kind=kind_words(),
        product=facts.product,
    )


def ea_leak(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    said = _leak_said(
        rng,
        facts,
        record.truth.anomalous,
        record.truth.location,
        lambda: _ea_type_words(record, facts, rng),
    )
    kind = rng.choice(
        ("observation", "comparison", "localisation", "characterisation", "conclusion")
    )
    return _ea_retrace(record, {kind: _ea_add(record, kind, said, rng)}), said


def ea_sibling(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    siblings = [t for t in facts.defect_types if t != truth.defect_type and t != "combined"]
    if not truth.anomalous or not siblings:
        return None
    sibling = readable(rng.choice(siblings))
    where = facts.book.place(truth.location or "center", rng, plain=True)
    character = facts.book.say(rng, facts.book.sibling_looks, a_sib=ph.type_phrase(sibling))
    conclusion = facts.book.say(
        rng,
        facts.book.conclude_with,
        product=facts.product,
        a_kind=ph.type_phrase(sibling),
        where=where,
    )
    texts = {"characterisation": character, "conclusion": conclusion}
    answer = {"defect_type": sibling} if rng.random() < 0.6 else None
    return _ea_retrace(record, texts, answer), conclusion


def ea_part_as_type(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    parts = facts.book.part_names.get(truth.category)
    if not truth.anomalous or not parts:
        return None
    part = rng.choice(parts)
    where = facts.book.place(truth.location or "center", rng, plain=True)
    conclusion = facts.book.say(
        rng,
        facts.book.conclude_at_part,
        product=facts.product,
        part=part,
        where=where,
    )
    return _ea_retrace(record, {"conclusion": conclusion}, {"defect_type": part}), (
        f"<type>{part}</type>"
    )


def ea_negated(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    families = facts.book.negated_yes_wrong if truth.anomalous else facts.book.negated_no_wrong
    said = ph.pick(
        rng,
        families,
        product=facts.product,
        kind=ph.bare(_ea_type_words(record, facts, rng)) if truth.anomalous else "defect",
        place=facts.book.place(truth.location or "center", rng, plain=True),
    )
    return _ea_retrace(record, {"conclusion": said}), said


def ea_prose_type(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    if not truth.anomalous:
        return None
    natural = _natural_names(facts, truth.category, truth.defect_type, truth.canonical_type)
    other = _other_type(
        facts.book, {readable(truth.defect_type)}, rng, truth.canonical_type, natural
    )
    said = facts.book.say(
        rng,
        facts.book.conclude_other,
        product=facts.product,
        a_other=ph.article(other),
        where=facts.book.place(truth.location or "center", rng, plain=True),
    )
    return _ea_retrace(record, {"conclusion": said}), said


# correct paraphrases


def ea_ok_offline(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    return record, "(unchanged offline record)"


def ea_ok_synonyms(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    names = facts.book.synonyms.get((truth.category, truth.defect_type))
    if not truth.anomalous or not names:
        return None
    syn = rng.choice(names)
    where = facts.book.place(truth.location or "center", rng, plain=True)
    character = facts.book.say(rng, facts.book.synonym_looks, syn=syn)
    conclusion = facts.book.say(
        rng,
        facts.book.synonym_conclusions,
        product=facts.product,
        syn=syn,
        where=where,
    )
    return _ea_retrace(record, {"characterisation": character, "conclusion": conclusion}), (
        conclusion
    )


def ea_ok_negated_yes(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    if not truth.anomalous:
        return None
    said = ph.pick(
        rng,
        facts.book.negated_yes_ok,
        product=facts.product,
        a_kind=ph.article(truth.type_text),
        place=facts.book.place(truth.location or "center", rng, plain=True),
    )
    return _ea_retrace(record, {"conclusion": said}), said


def ea_ok_passes(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if record.truth.anomalous:
        return None
    said = ph.pick(rng, facts.book.passes_no_ok, product=facts.product)
    return _ea_retrace(record, {"conclusion": said}), said


def ea_ok_location(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    if not truth.anomalous or truth.location is None:
        return None
    locate = ph.pick(rng, facts.book.wrong_places, place=facts.book.place(truth.location, rng))
    conclusion = facts.book.say(
        rng,
        facts.book.conclude_with,
        product=facts.product,
        a_kind=ph.article(truth.type_text),
        where=facts.book.place(truth.location, rng),
    )
    return _ea_retrace(record, {"localisation": locate, "conclusion": conclusion}), conclusion


def ea_ok_one_shot(record: ExpertAdRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if record.reference_id is None or len(record.images) < 2:
        return None
    families = (
        facts.book.one_shot_compare
        if record.truth.anomalous
        else facts.book.one_shot_compare_normal
    )
    said = ph.pick(rng, families, product=facts.product)
    return _ea_retrace(record, {"comparison": said}), said


# ------------------------------------------------------------------ instruct_iad


def _answers(record: InstructRecord) -> list[int]:
    return [i for i, m in enumerate(record.messages) if m.role == "assistant"]


def _in_replace(
    record: InstructRecord,
    texts: dict[int, str],
    claims: Mapping[str, object] | None = None,
    extra: list[tuple[str, str]] | None = None,
) -> InstructRecord:
    """The record with assistant turns (by their order, 0 = first answer) replaced."""
    where = _answers(record)
    messages = list(record.messages)
    for n, text in texts.items():
        at = where[n]
        messages[at] = messages[at].model_copy(update={"content": text})
    for role, content in extra or []:
        messages.append(record.messages[0].model_copy(update={"role": role, "content": content}))
    return record.model_copy(
        update={
            "messages": messages,
            "claims": record.claims.model_copy(update=dict(claims or {})),
            "scores": {},
        }
    )


def _in_answer(record: InstructRecord, n: int) -> str:
    where = _answers(record)
    return record.messages[where[n]].content if n < len(where) else ""


def _in_add(record: InstructRecord, n: int, sentence: str, rng: random.Random) -> str:
    old = _in_answer(record, n)
    head, dot, tail = old.partition(". ")
    if dot and rng.random() < 0.5:  # after the first sentence, where a verdict usually sits
        return f"{head}. {sentence} {tail}"
    return f"{old.rstrip()} {sentence}"


def _in_relead(record: InstructRecord, sentence: str) -> str:
    """The first answer with its leading Yes/No replaced by ``sentence``."""
    first = _in_answer(record, 0)
    rest = re.sub(r"^\s*(?:yes|no)\b[.,!]?\s*", "", first, flags=re.IGNORECASE)
    return f"{sentence} {rest}".strip()


def _in_name(record: InstructRecord, facts: Facts, rng: random.Random) -> str:
    truth = record.truth
    return _kind(
        facts.book, truth.defect_type, facts.canonical.get(truth.defect_type), truth.category, rng
    )


def _cot(record: InstructRecord) -> bool:
    return record.task == "cot_m"


def _anomalous(record: InstructRecord) -> bool:
    return record.truth.label == "anomaly"


def in_dismissed(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not _cot(record) or not _anomalous(record):
        return None
    where = facts.book.place(record.truth.location or "center", rng)
    said = ph.pick(rng, facts.book.dismissals, place=where, product=facts.product)
    n = rng.choice([0, 1])
    return _in_replace(record, {n: _in_add(record, n, said, rng)}), said


def in_normal_described(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if _anomalous(record) or record.task not in ("cot_m", "description", "discrimination"):
        return None
    said = ph.pick(
        rng,
        facts.book.sightings,
        kind=rng.choice(facts.book.defect_sightings),
        place=facts.book.place(rng.choice(ph.CELLS), rng),
        product=facts.product,
    )
    n = rng.randrange(len(_answers(record)))
    return _in_replace(record, {n: _in_add(record, n, said, rng)}), said


def in_wrong_cell(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    if not _anomalous(record) or truth.location is None:
        return None
    wrong = facts.book.place(ph.other_cell(truth.location, rng), rng, plain=rng.random() < 0.4)
    if _cot(record):
        rest = _in_answer(record, 0).partition(". ")[2].partition(". ")[2]
        said = "Yes. " + facts.book.say(
            rng,
            facts.book.yes_shows,
            product=facts.product,
            a_kind=_in_name(record, facts, rng),
            where=wrong,
        )
        return _in_replace(record, {0: f"{said} {rest}".strip()}), said
    if record.task == "localisation" and record.claims.location is not None:
        said = facts.book.say(rng, facts.book.location_answers, where=wrong)
        return _in_replace(record, {0: said}), said
    return None


def in_hedged(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not _anomalous(record) or record.task not in ("cot_m", "classification"):
        return None
    kind = _in_name(record, facts, rng)
    other = _other_type(
        facts.book, {ph.bare(kind)}, rng, facts.canonical.get(record.truth.defect_type)
    )
    if record.task == "classification" or rng.random() < 0.3:
        name = display_name(record.truth.defect_type)
        tag = ph.expand(rng.choice(facts.book.hedged_tags), rng, kind=name, other=other).lower()
        if record.task == "classification":
            said = f"Defect type: {tag}."
            return _in_replace(record, {0: said}), said
        return _in_replace(record, {}, {"defect_type": tag}), f"defect_type {tag!r}"
    said = ph.pick(rng, facts.book.hedges, a_kind=kind, a_other=ph.article(other))
    return _in_replace(record, {0: _in_add(record, 0, said, rng)}), said


def in_flipped(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if record.task not in ("cot_m", "discrimination"):
        return None
    families = facts.book.flipped_yes if _anomalous(record) else facts.book.flipped_no
    said = ph.pick(rng, families, product=facts.product)
    if record.task == "discrimination":
        return _in_replace(record, {0: said}), said
    if rng.random() < 0.5:
        return _in_replace(record, {0: _in_relead(record, said)}), said
    return _in_replace(record, {1: f"{_in_answer(record, 1)} {said}"}), said


def in_steps_in_prose(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not _cot(record):
        return None
    truth = record.truth
    found = _step_in_prose(facts, truth.defect_type if _anomalous(record) else None, rng)
    if found is None:
        return None
    step = _lower_first(found[0])
    if _anomalous(record):
        said = ph.pick(rng, facts.book.step_prose, step=step)
        text = said if rng.random() < 0.5 else _in_add(record, 1, said, rng)
        return _in_replace(record, {1: text}), said
    said = ph.pick(rng, facts.book.step_prose_normal, step=step)
    return _in_replace(record, {1: _in_add(record, 1, said, rng)}), said


def in_repetition(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not _cot(record):
        return None
    n = rng.randrange(len(_answers(record)))
    old = _in_answer(record, n)
    roll = rng.random()
    if roll < 0.4:
        sentences = [x.strip() for x in re.split(r"(?<=\.)\s+", old) if len(x.split()) >= 5]
        sentence = rng.choice(sentences) if sentences else facts.book.filler(rng)
        times = rng.randint(3, 4)
        return _in_replace(record, {n: f"{old} {' '.join([sentence] * times)}"}), (
            f"{sentence} (x{times})"
        )
    if roll < 0.6 and n > 0:
        return _in_replace(record, {n: f"{old} {_in_answer(record, 0)}"}), "first answer repeated"
    said = facts.book.filler(rng)
    return _in_replace(record, {n: f"{old} {said}"}), said


def in_over_length(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not _cot(record):
        return None
    sentences = facts.book.neutral_sentences(rng, rng.randint(150, 260))
    if rng.random() < 0.3:  # one long answer
        text = " ".join([_in_answer(record, 0), *sentences])
        return _in_replace(record, {0: text}), f"{len(text.split())} words in one answer"
    room = max(1, (12 - len(record.messages)) // 2)
    extra: list[tuple[str, str]] = []
    questions = (
        "Describe the imaging conditions in detail.",
        "What else did you notice about the capture?",
        "Go through the setup once more.",
        "Anything further about the photograph?",
        "Add any remaining observations.",
    )
    chunk = max(1, len(sentences) // room)
    for i in range(room):
        part = sentences[i * chunk : (i + 1) * chunk]
        extra += [("user", questions[i % len(questions)]), ("assistant", " ".join(part))]
    planted = _in_replace(record, {}, extra=extra)
    words = sum(len(m.content.split()) for m in planted.messages if m.role == "assistant")
    return planted, f"{words} words over {len(_answers(planted))} answers"


def in_leak(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if record.task not in ("cot_m", "description", "classification", "localisation"):
        return None
    said = _leak_said(
        rng,
        facts,
        _anomalous(record),
        record.truth.location,
        lambda: _in_name(record, facts, rng),
    )
    n = rng.randrange(len(_answers(record)))
    return _in_replace(record, {n: _in_add(record, n, said, rng)}), said


def in_sibling(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    names = set(truth.defect_names) | {truth.defect_type}
    siblings = [t for t in facts.defect_types if t not in names and t != "combined"]
    if not _anomalous(record) or not siblings or record.task not in ("cot_m", "classification"):
        return None
    sibling = rng.choice(siblings)
    if record.task == "classification":
        said = f"Defect type: {display_name(sibling)}."
        claims = {"defect_type": sibling} if rng.random() < 0.5 else None
        return _in_replace(record, {0: said}, claims), said
    said = "Yes. " + facts.book.say(
        rng,
        facts.book.yes_shows,
        product=facts.product,
        a_kind=ph.type_phrase(sibling),
        where=facts.book.place(truth.location or "center", rng, plain=True),
    )
    texts = {0: said}
    claims = {"defect_type": sibling} if rng.random() < 0.4 else None
    second = _in_answer(record, 1)
    for name in names:
        second = re.sub(re.escape(display_name(name)), display_name(sibling), second)
    texts[1] = second
    return _in_replace(record, texts, claims), said


def in_part_as_type(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    parts = facts.book.part_names.get(truth.category)
    if not _anomalous(record) or not parts or record.task not in ("cot_m", "classification"):
        return None
    part = rng.choice(parts)
    if record.task == "classification":
        said = f"Defect type: {part}."
        return _in_replace(record, {0: said}, {"defect_type": part}), said
    names = " ".join(display_name(n) for n in {*truth.defect_names, truth.defect_type})
    if part in names.split():  # "a thread defect" for thread_top: a part, but also the type
        part = rng.choice([p for p in parts if p not in names.split()] or [part])
    said = "Yes. " + facts.book.say(
        rng,
        facts.book.part_yes,
        product=facts.product,
        part=part,
        where=facts.book.place(truth.location or "center", rng, plain=True),
    )
    second = _in_answer(record, 1)
    for name in set(truth.defect_names) | {truth.defect_type}:
        second = second.replace(display_name(name), part)
    claims = {"defect_type": part} if rng.random() < 0.5 else None
    return _in_replace(record, {0: said, 1: second}, claims), said


def in_negated(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if record.task not in ("cot_m", "discrimination"):
        return None
    anomalous = _anomalous(record)
    families = facts.book.negated_yes_wrong if anomalous else facts.book.negated_no_wrong
    said = ph.pick(
        rng,
        families,
        product=facts.product,
        kind=ph.bare(_in_name(record, facts, rng)) if anomalous else "defect",
        place=facts.book.place(record.truth.location or "center", rng, plain=True),
    )
    if _cot(record):
        return _in_replace(record, {0: _in_relead(record, said)}), said
    return _in_replace(record, {0: said}), said


def in_prose_type(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    if not _anomalous(record) or not _cot(record):
        return None
    canonical = facts.canonical.get(truth.defect_type)
    natural = _natural_names(facts, truth.category, truth.defect_type, canonical)
    other = _other_type(facts.book, {display_name(truth.defect_type)}, rng, canonical, natural)
    said = "Yes. " + facts.book.say(
        rng,
        facts.book.yes_shows,
        product=facts.product,
        a_kind=ph.article(other),
        where=facts.book.place(truth.location or "center", rng, plain=True),
    )
    second = _in_answer(record, 1)
    for name in set(truth.defect_names) | {truth.defect_type}:
        second = second.replace(display_name(name), other)
    return _in_replace(record, {0: said, 1: second}), said


# correct paraphrases


def _cause_turn(record: InstructRecord, facts: Facts, name: str, rng: random.Random) -> str | None:
    """A cause answer written afresh: ``name`` points to the listed cause steps, cited."""
    know = facts.knowledge
    if know is None:
        return None
    key = know.find_defect(record.truth.defect_type)
    if key is None:
        return None
    entry = know.defects[key]
    steps = facts.step_names()
    cause = " or ".join(f"{_lower_first(steps[s])} [step:{s}]" for s in entry.cause_steps)
    lead = facts.book.say(
        rng,
        facts.book.cause_leads,
        Name=name[:1].upper() + name[1:],
        name=name,
        cause=cause,
    )
    return f"{lead} {entry.mechanism.strip()}"[:1100]


def _first_turn(
    record: InstructRecord, facts: Facts, what: str, where: str, rng: random.Random
) -> str:
    know = facts.knowledge
    key = know.find_defect(record.truth.defect_type) if know else None
    look = know.defects[key].visual_signature.strip() if know and key else ""
    said = facts.book.say(rng, facts.book.first_turn, product=facts.product, what=what, where=where)
    return f"Yes. {said} {look}".strip()[:1000]


def in_ok_offline(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    return record, "(unchanged offline record)"


def in_ok_synonyms(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    names = facts.book.synonyms.get((truth.category, truth.defect_type))
    if not _anomalous(record) or not names or not _cot(record):
        return None
    syn = rng.choice(names)
    where = facts.book.place(truth.location or "center", rng, plain=True)
    first = _first_turn(record, facts, syn, where, rng)
    cause = _cause_turn(record, facts, syn, rng)
    if cause is None:
        return None
    return _in_replace(record, {0: first, 1: cause}), first


def in_ok_canonical(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    canonical = facts.canonical.get(truth.defect_type)
    if not _anomalous(record) or not canonical or canonical == display_name(truth.defect_type):
        return None
    if record.task == "classification":
        said = facts.book.say(
            rng, facts.book.canonical_answers, c=canonical, a_c=ph.article(canonical)
        )
        return _in_replace(record, {0: said}), said
    if not _cot(record):
        return None
    where = facts.book.place(truth.location or "center", rng, plain=True)
    first = _first_turn(record, facts, f"{ph.article(canonical)} defect", where, rng)
    cause = _cause_turn(record, facts, f"the {canonical}", rng)
    if cause is None:
        return None
    return _in_replace(record, {0: first, 1: cause}), first


def in_ok_location(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    truth = record.truth
    if not _anomalous(record) or truth.location is None:
        return None
    where = facts.book.place(truth.location, rng)
    if record.task == "localisation" and record.claims.location is not None:
        said = facts.book.say(rng, facts.book.location_answers, where=where)
        return _in_replace(record, {0: said}), said
    if not _cot(record):
        return None
    name = display_name(truth.defect_names[0] if truth.defect_names else truth.defect_type)
    first = _first_turn(record, facts, ph.type_phrase(name), where, rng)
    return _in_replace(record, {0: first}), first


def in_ok_negated_yes(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not _anomalous(record) or record.task != "discrimination":
        return None
    said = ph.pick(
        rng,
        facts.book.negated_yes_ok,
        product=facts.product,
        a_kind="a defect",
        place=facts.book.place(record.truth.location or "center", rng, plain=True),
    )
    return _in_replace(record, {0: said}), said


def in_ok_passes(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if _anomalous(record) or record.task not in ("discrimination", "cot_m"):
        return None
    said = ph.pick(rng, facts.book.passes_no_ok, product=facts.product)
    if _cot(record):
        return _in_replace(record, {0: f"{said} {_in_answer(record, 0).partition('. ')[2]}"}), said
    return _in_replace(record, {0: said}), said


def in_ok_cause_prose(record: InstructRecord, facts: Facts, rng: random.Random) -> Planted | None:
    if not _anomalous(record) or not _cot(record):
        return None
    causes = facts.cause_steps(record.truth.defect_type)
    names = facts.step_names()
    if not causes:
        return None
    step = _lower_first(names[causes[0]])
    said = facts.book.say(
        rng,
        facts.book.cause_prose,
        step=step,
        cite=f"[step:{causes[0]}]",
    )
    return _in_replace(record, {1: f"{_in_answer(record, 1)} {said}"}), said


__all__ = ["Facts", "Planted", "Planter"]
