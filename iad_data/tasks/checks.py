"""The last check before records ship: every row names samples that exist and passes the
validation engine for its config.

Records in ``WORKSPACE/records/`` were validated when they were written (failures go to
``rejects/``); this guards against a hand-edited or stale table. The frames publish
already read are checked as they are: ``validation.validate_rows`` parses every row with
its config's registered model, checks its JSON Schema and runs its rules, so no file is
read or parsed twice.

It also holds the checks both record sets run on every step of a trace and every answer of
a conversation (``check_step``, ``leak_findings``, ``repetition_findings``), reading the
words with ``iad_data.core.reading``: a step that contradicts the truth, or its own claims,
fails with its index and the offending words quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import polars as pl

from iad_data.core.reading import (
    STEP_CITATION,
    Lexicon,
    Reading,
    Sense,
    StepClaims,
    build_lexicon,
    filler,
    find_leaks,
    read,
    repeated_sentences,
    step_index,
    steps_cited,
    steps_named,
)
from iad_data.core.reading.statements import TypeMention, senses_apart
from iad_data.core.reading.steps import process_talk
from iad_data.core.reading.words import PhraseIndex, normalise, quote, sentences, tokens
from iad_data.core.records import RecordBase
from iad_data.core.workspace import Workspace
from iad_data.knowledge.process import ProcessKnowledge


def _engine_failures(path: Path, config: str, frame: pl.DataFrame) -> list[str]:
    """Failures the generic validation engine reports, when it knows the config."""
    from iad_data.tasks import validate as validation
    from iad_data.tasks.registry import record_sets

    if config not in record_sets() and validation.json_schema_of(config) is None:
        return []
    rows = ((f"{path.name} row {i}", row) for i, row in enumerate(frame.iter_rows(named=True)))
    report = validation.validate_rows(rows, config=config, path=str(path))
    if report.ok:
        return []
    examples = [e for lines in report.examples.values() for e in lines]
    rules = ", ".join(f"{rule} {n}" for rule, n in sorted(report.rule_failures.items()))
    first = f" (first: {examples[0]})" if examples else ""
    return [f"{config}: {report.failed} record(s) fail rules {rules}{first}"]


def check_records(
    ws: Workspace, frames: dict[str, pl.DataFrame], samples: pl.DataFrame
) -> list[str]:
    """One message per failing record (``config row N (record_id): why``), then the
    engine's summary per config."""
    known = set(samples["sample_id"].to_list())
    failures: list[str] = []
    for config, frame in frames.items():
        path = ws.records_path(config)
        missing = sorted(set(RecordBase.model_fields) - set(frame.columns))
        if missing:
            failures.append(f"{path} lacks record columns {', '.join(missing)}")
            continue
        columns = frame.select("record_id", "config", "sample_id", "images")
        for i, row in enumerate(columns.iter_rows(named=True)):
            where = f"{path} row {i} ({row['record_id']})"
            if row["config"] != config:
                failures.append(f"{where}: config is {row['config']!r}, not {config!r}")
            names = [row["sample_id"], *(row["images"] or [])]
            unknown = [s for s in names if s not in known]
            if unknown:
                failures.append(f"{where}: names unknown sample {unknown[0]}")
        if frame.height:
            failures += _engine_failures(path, config, frame)
    return failures


@cache
def _shipped_knowledge() -> dict[tuple[str, str], tuple[dict[str, str], dict[str, list[str]], str]]:
    """(dataset, category) -> (step id -> name, defect name -> aliases, product) of the
    shipped files."""
    from iad_data.knowledge.process import all_processes

    return {
        key: (
            {s.id: s.name for s in k.steps},
            {n: list(d.aliases) for n, d in k.defects.items()},
            k.product,
        )
        for key, k in all_processes().items()
    }


def cause_steps_of(dataset: str, category: str, defect_type: str) -> list[str]:
    """The cause steps the shipped knowledge lists for a defect (empty when unknown)."""
    from iad_data.knowledge.process import all_processes

    knowledge = _all_knowledge(all_processes).get((dataset, category))
    key = knowledge.find_defect(defect_type) if knowledge is not None else None
    return list(knowledge.defects[key].cause_steps) if knowledge is not None and key else []


@cache
def _all_knowledge(
    load: Callable[[], dict[tuple[str, str], ProcessKnowledge]],
) -> dict[tuple[str, str], ProcessKnowledge]:
    return load()


def category_lexicon(
    dataset: str,
    category: str,
    names: Iterable[str] = (),
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> Lexicon:
    """The defect words of a category: the shipped knowledge's names and aliases, ``names``
    and ``aliases`` (a record's own knowledge), its product's name as a part."""
    steps, shipped, product = _shipped_knowledge().get((dataset, category), ({}, {}, ""))
    aliases = {**shipped, **(aliases or {})}
    parts = [product, *_PARENS.findall(product)] if product else []
    known = _knowledge_words(dataset, category)
    lexicon = build_lexicon(
        dataset, category, [*aliases, *names], aliases, parts=parts, known=known
    )
    # a word of the category's own step names ("Tanning, splitting and shaving") is the
    # step, not a defect ("shaving" is a foreign object elsewhere), unless it names a kind
    # of defect the category has ("corrosion" of a plate that rusts, whatever its
    # "Corrosion protection" step)
    own = {lexicon.canonical_of.get(n) for n in lexicon.names} - {None}
    step_words = sorted(
        {
            t
            for name in steps.values()
            for t in tokens(name)
            if (sense := lexicon.terms.get((t,))) is not None
            and (t,) not in lexicon.parts
            and sense.canonical not in own
        }
    )
    if step_words:
        lexicon = build_lexicon(
            dataset, category, [*aliases, *names], aliases, parts=[*parts, *step_words], known=known
        )
    return lexicon


_PARENS = re.compile(r"\(([^)]*)\)")


def category_steps(dataset: str, category: str) -> dict[str, str]:
    """Step id -> name of a category's shipped knowledge (empty when none is shipped)."""
    return dict(_shipped_knowledge().get((dataset, category), ({}, {}, ""))[0])


@cache
def _foreign_steps(
    dataset: str, category: str, own: tuple[tuple[str, str], ...], single: bool = False
) -> PhraseIndex[str]:
    """Multi-word names of other categories' steps that this category has no step for;
    ``single``: their one-word names instead ("tufting", "pointing"), which the rules read
    only in a sentence about the process, since many are ordinary words elsewhere."""
    mine = step_index(dict(own))
    own_words = {t for _, name in own for t in tokens(name)}
    out: PhraseIndex[str] = PhraseIndex()
    for (d, c), (steps, _, _) in sorted(_shipped_knowledge().items()):
        if (d, c) == (dataset, category):
            continue
        index = step_index(steps)
        for step_id, name in steps.items():
            from iad_data.core.reading.steps import step_aliases

            for alias in step_aliases(step_id, name):
                content = [t for t in alias if t not in ("the", "and", "of", "a")]
                if set(content) <= own_words:
                    continue  # "handling and packing" of a category with handling and packing
                if single and (
                    len(content) != 1 or content[0] in _knowledge_words(dataset, category)
                ):
                    continue
                if (
                    (len(content) == 1) == single
                    and alias not in mine
                    and index.get(alias) == step_id
                ):
                    out.add(alias, f"{d}/{c}:{step_id}")
    return out


_ALTERNATIVE = re.compile(
    r"\bor\b|/|\\|\band/or\b|\beither\b|\bpossibl\w*|\bmaybe\b|\bperhaps\b|\bprobabl\w*|\?"
    r"|\bvs\b\.?|\bversus\b|\bif not\b|\bunless\b|\bor else\b|\botherwise\b"
    r"|\bcould\b|\bmight\b|\bmay be\b|\bhint of\b|\bunsure\b|\bunclear\b|\bnot sure\b|\|"
)


def hedged_type(words: str) -> bool:
    """Does a type answer or claim weigh alternatives ("hole (possibly bubble)", "cut/dent",
    "h1 dent | h2 chip")? Read as written and, unless it is a snake_case name
    ("corner_or_edge_breakage"), respelled ("dent o baka chip" is "dent or maybe chip")."""
    spelled = words if "_" in words else normalise(words)
    return bool(_ALTERNATIVE.search(words) or _ALTERNATIVE.search(spelled)) or "," in words


@cache
def _knowledge_words(dataset: str, category: str) -> frozenset[str]:
    """Every word of a category's shipped knowledge (steps, mechanisms, checks): a word it
    uses itself ("mending or cutting") is not another category's step there."""
    from iad_data.knowledge.process import all_processes

    knowledge = _all_knowledge(all_processes).get((dataset, category))
    return frozenset(tokens(knowledge.model_dump_json())) if knowledge is not None else frozenset()


@dataclass(frozen=True)
class StepTruth:
    """What every step of one record is checked against, whatever the record set."""

    anomalous: bool
    lexicon: Lexicon
    defect_name: str | None = None
    """the category's defect name (snake_case) of the truth, or None for a normal part"""
    canonical: str | None = None
    location: str | None = None
    steps: Mapping[str, str] = field(default_factory=dict)
    """step id -> name of the category's process (empty: steps are not checked)"""
    cause_steps: Sequence[str] = ()
    strict_steps: bool = True
    """anomalous: only cause steps may be cited or named (instruct); False: any own step"""

    def fits(self, mention: TypeMention) -> bool:
        """Is a named type compatible with the truth (its name, a synonym, its canonical type
        or one prose may use for it)?"""
        return self.lexicon.compatible(mention.sense, self.sense)

    @property
    def sense(self) -> Sense:
        if self.defect_name and self.defect_name not in self.lexicon.names:
            return Sense(None)  # "defective", "combined": any type fits
        name = self.defect_name if self.defect_name in self.lexicon.names else None
        return Sense(self.canonical or self.lexicon.canonical_of.get(self.defect_name or ""), name)

    def type_fits(self, text: str) -> bool | None:
        """Is a type text (an answer's or a claim's) the truth's? None when unreadable. Strict:
        a related canonical type is not the truth's type."""
        sense = self.lexicon.sense_of(text)
        if sense is None:
            return None
        mine = self.sense
        if sense.name is not None and mine.name is not None:
            return sense.name == mine.name
        return (
            sense.canonical is None or mine.canonical is None or sense.canonical == mine.canonical
        ) and self.lexicon.kinds_meet(sense, mine)


_CHOOSING = frozenset(
    {"which", "either", "two", "decide", "call", "commit", "choose", "pick", "tell", "idea",
     "knows", "sure", "unsure", "undecided", "open", "pending", "separable", "between",
     "decision", "discriminate", "unresolved", "determine", "distinguish", "apart"}
)  # fmt: skip
"""words of a hedge that weighs a choice ("I cannot decide which"), not a likelihood"""


def _split_hedges(where: str, readings: Sequence[Reading]) -> list[str]:
    """Two hedged sentences naming different types ("This might be a scorch mark; then
    again, it might be glue") hedge between them as one sentence would, in a row or with
    only sentences that name no type between them ("Q: Is it a chip? A: Perhaps. Q: Or a
    dent? A: Just as possibly.")."""
    out = []
    for k, b in enumerate(readings):
        # "It resembles a cut and a dent at once; I cannot decide which.": a hedge of its
        # own, naming nothing, weighs the types of the sentence before it, or of the two
        # before it ("For a dent: 2 points; for a chip: 2 points; tally: undecided.")
        if k == 0 or not (b.hedged and not b.types) or not readings[k - 1].types:
            continue
        weighed = [r for r in readings[max(0, k - 2) : k] if r.types]
        if any(r.alternatives for r in weighed) or not _CHOOSING & set(tokens(b.text)):
            continue
        said = [t for r in weighed for t in r.types if not t.negated]
        senses = [t.sense for t in said]
        if any(senses_apart([x], [y]) for i, x in enumerate(senses) for y in senses[i + 1 :]):
            text = " ".join(r.text for r in weighed)
            out.append(_hedge_finding(where, said, f"{text} {b.text}"))
    typed = [k for k, r in enumerate(readings) if r.types]
    for j, k in zip(typed, typed[1:], strict=False):
        a, b = readings[j], readings[k]
        if k - j > 3 or not (a.hedged and b.hedged) or a.alternatives or b.alternatives:
            continue
        said_a = [t.sense for t in a.types if not t.negated]
        said_b = [t.sense for t in b.types if not t.negated]
        if senses_apart(said_a, said_b):
            out.append(_hedge_finding(where, (*a.types, *b.types), f"{a.text} {b.text}"))
    return out


def _hedge_finding(where: str, types: Iterable[TypeMention], text: str) -> str:
    words = sorted({t.words for t in types if not t.negated})
    return f"{where} hedges between defect types ({', '.join(words)}): {quote(text)}"


def _type_problems(where: str, reading: Reading, truth: StepTruth, strict: bool) -> list[str]:
    said = [t for t in reading.asserted_types if strict or t.named]
    if STEP_CITATION.search(reading.text):
        # "The damage is consistent with an issue during tufting [step:tufting]": an
        # umbrella word with a definite article points back at the finding as it explains it
        toks = tokens(reading.text)
        said = [
            t
            for t in said
            if not (t.sense.broad and t.at > 0 and toks[t.at - 1] in ("the", "this", "that"))
        ]
    out: list[str] = []
    # a sentence citing a step is about causes: "bent or crushed by impacts" lists how the
    # defect comes about, it does not weigh two types
    if reading.alternatives and not STEP_CITATION.search(reading.text):
        out.append(_hedge_finding(where, reading.types, reading.text))
    if truth.anomalous and reading.part_types:
        own = set((truth.defect_name or "").split("_"))
        wrong = [p for p in reading.part_types if not set(p.split()) <= own]
        if wrong:
            out.append(
                f"{where} names the part ({', '.join(wrong)}) as the defect type: "
                f"{quote(reading.text)}"
            )
    if truth.anomalous and reading.unknown_types:
        out.append(
            f"{where} gives {', '.join(repr(t) for t in reading.unknown_types)} as the defect "
            f"type, which names no defect: {quote(reading.text)}"
        )
    if not truth.anomalous or not said:
        return out
    if not any(truth.fits(t) for t in said):
        named = ", ".join(dict.fromkeys(t.words for t in said))
        wanted = (truth.defect_name or "").replace("_", " ")
        out.append(f"{where} names {named}, not the defect ({wanted}): {quote(reading.text)}")
    return out


def _place_problems(where: str, reading: Reading, truth: StepTruth, localising: bool) -> list[str]:
    if not truth.anomalous or truth.location is None or not reading.places:
        return []
    if reading.stance == "normal" or (reading.stance is None and not localising):
        return []
    if any(p.fits(truth.location, grid=True) for p in reading.places):
        spans = {"from", "to", "across", "between", "extends", "spans", "runs", "towards",
                 "toward", "along", "through", "stretches", "reaching", "reaches"}  # fmt: skip
        if spans & set(tokens(reading.text)):
            return []
    wrong = [p for p in reading.places if not p.fits(truth.location, grid=True)]
    if not wrong:
        return []
    words = ", ".join(("not " if p.negated else "") + p.words for p in wrong)
    return [
        f"{where} places the defect at {words}, but it is at the {truth.location}: "
        f"{quote(reading.text)}"
    ]


def _verdict_problems(where: str, reading: Reading, truth: StepTruth) -> list[str]:
    if truth.anomalous and reading.stance == "normal":
        if reading.dismissal:
            if reading.restricted:
                return []  # "a hint of dust elsewhere, nothing more"
            about_other = reading.places and not any(
                p.fits(truth.location) for p in reading.places if truth.location
            )
            about_truth = any(truth.fits(t) for t in reading.types)
            if about_other and not about_truth:
                return []
            return [f"{where} dismisses the defect: {quote(reading.text)}"]
        if reading.restricted or (reading.part_words and not reading.whole_named):
            return []  # "the head is fine" says nothing of the thread
        if reading.places and truth.location:
            if any(p.fits(truth.location) and not p.negated for p in reading.places):
                return [f"{where} says the defect's place is fine: {quote(reading.text)}"]
            return []
        return [f"{where} says the part is fine, but it is defective: {quote(reading.text)}"]
    if not truth.anomalous and reading.stance == "anomaly":
        return [
            f"{where} describes a defect ({reading.evidence}) on a normal part: "
            f"{quote(reading.text)}"
        ]
    # "a hairline crack, clear as day, at the top": no verb states it, but a defect placed
    # on this part, not denied, hedged or asked about, is one it does not have ("the
    # designed hole pattern" of a good bracket is placed nowhere)
    # "it might be a smudge at the top" states nothing (``Reading.placed_defect``)
    described = reading.placed_defect
    if not truth.anomalous and reading.stance is None and described:
        return [
            f"{where} describes a defect ({', '.join(described)}) on a normal part: "
            f"{quote(reading.text)}"
        ]
    return []


def _step_problems(where: str, text: str, truth: StepTruth, cited: Sequence[str]) -> list[str]:
    if not truth.steps:
        return []
    out = []
    named = [(s, f"[step:{s}]") for s in cited]
    named += steps_named(text, step_index(dict(truth.steps)))
    for step, words in dict.fromkeys(named):
        if step not in truth.steps:
            out.append(
                f"{where} cites step {step!r}, which is not a step of this category "
                f"({', '.join(truth.steps)})"
            )
        elif truth.anomalous and truth.strict_steps and step not in truth.cause_steps:
            out.append(
                f"{where} names step {step!r} ({words!r}), which is not a cause of the defect "
                f"(causes: {', '.join(truth.cause_steps) or 'none known'})"
            )
    own = tuple(sorted(truth.steps.items()))
    foreign = _foreign_steps(truth.lexicon.dataset, truth.lexicon.category, own)
    named_foreign = steps_named(text, foreign)
    single = _foreign_steps(truth.lexicon.dataset, truth.lexicon.category, own, single=True)
    for sentence in sentences(text):
        if process_talk(sentence):
            named_foreign += steps_named(sentence, single)
    for owner, words in dict.fromkeys(named_foreign):
        out.append(f"{where} names {words!r}, a step of {owner.split(':')[0]}, not of this one")
    return out


def check_step(
    where: str,
    text: str,
    truth: StepTruth,
    *,
    claims: StepClaims | None = None,
    localising: bool = False,
    check_places: bool = True,
    strict_types: bool = False,
) -> list[str]:
    """Every problem of one step or answer: what its sentences state against the truth, its
    claims against the truth, and its words against its claims. ``where`` names the step
    ("step 2 (comparison)") in the messages. ``strict_types``: every type the step asserts
    must be the truth's (a characterisation), not only those it names as the defect."""
    out: list[str] = []
    readings = _read_masked(text, truth)
    out += _split_hedges(where, readings)
    for reading in readings:
        out += _verdict_problems(where, reading, truth)
        out += _type_problems(where, reading, truth, strict_types)
        if check_places:
            out += _place_problems(where, reading, truth, localising)
    cited = [*steps_cited(text), *(claims.cited_steps if claims else [])]
    out += _step_problems(where, text, truth, cited)
    if claims is None:
        return out
    wanted = "anomaly" if truth.anomalous else "normal"
    if claims.verdict is not None and claims.verdict != wanted:
        out.append(f"{where} claims the verdict {claims.verdict!r}; the part is {wanted}")
    stances = {r.stance for r in readings if not (r.stance == "normal" and r.restricted)}
    if claims.verdict == "anomaly" and stances == {"normal"}:
        out.append(f"{where} claims a defect but its words say the part is fine: {quote(text)}")
    if claims.verdict == "normal" and "anomaly" in stances:
        out.append(f"{where} claims a normal part but its words describe a defect: {quote(text)}")
    if claims.defect_type is not None:
        if not truth.anomalous:
            out.append(f"{where} claims defect type {claims.defect_type!r} for a normal part")
        elif truth.type_fits(claims.defect_type) is False:
            out.append(f"{where} claims defect type {claims.defect_type!r}, not the defect's")
        said = [t for r in readings for t in r.asserted_types]
        claimed = truth.lexicon.sense_of(claims.defect_type)
        if (
            claimed is not None
            and said
            and not any(truth.lexicon.compatible(t.sense, claimed) for t in said)
        ):
            out.append(
                f"{where} claims defect type {claims.defect_type!r} but names "
                f"{', '.join(t.words for t in said)}"
            )
    if claims.location is not None:
        if truth.anomalous and truth.location and claims.location != truth.location:
            out.append(
                f"{where} claims location {claims.location!r}; the defect is at {truth.location!r}"
            )
        places = [p for r in readings for p in (*r.places, *r.loose_places)]
        stated = [p for p in places if not p.negated]
        # "at the foot of the frame, well clear of the middle": a place denied is no claim
        denied = [p for p in places if p.negated and not p.fits(claims.location, grid=True)]
        if (stated and not any(p.fits(claims.location) for p in stated)) or denied:
            out.append(
                f"{where} claims location {claims.location!r} but its words say "
                f"{', '.join(p.words for p in places)}"
            )
    return out


def _read_masked(text: str, truth: StepTruth) -> list[Reading]:
    """The readings of ``text`` with its step names masked, each quoting its own words (a
    finding quotes what the record says, not "the step")."""
    masked = mask_steps(text, truth.steps)
    readings = read(masked, truth.lexicon)
    if masked == text:
        return readings
    own = dict(zip(sentences(masked), sentences(text), strict=False))
    return [replace(r, text=own.get(r.text, r.text)) for r in readings]


def mask_steps(text: str, steps: Mapping[str, str]) -> str:
    """``text`` with the process steps it names replaced by "the step", so "through-hole
    assembly" is not read as a hole."""
    if not steps:
        return text
    return _step_pattern(tuple(sorted(steps.items()))).sub("the step", text)


@cache
def _step_pattern(steps: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    from iad_data.core.reading.steps import step_aliases

    aliases = {a for step_id, name in steps for a in step_aliases(step_id, name)}
    parts = sorted(
        (r"[\s,\-]+".join(re.escape(t) for t in alias) for alias in aliases if alias),
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


def leak_findings(texts: Sequence[tuple[str, str]]) -> list[str]:
    """One message per reference to supervision in (where, text) pairs."""
    out = []
    for where, text in texts:
        for leak in find_leaks(text):
            out.append(
                f"{where} refers to supervision the inspector could not see "
                f"({leak.words!r}): {quote(leak.sentence)}"
            )
    return out


def repetition_findings(texts: Sequence[str]) -> list[str]:
    """Sentences said twice and word sequences used as filler."""
    out = [f"repeats the sentence {quote(s)}" for s in repeated_sentences(texts)]
    out += [f"repeats {quote(g)} as filler" for g in filler(texts)]
    return out


__all__ = [
    "StepTruth",
    "category_lexicon",
    "category_steps",
    "cause_steps_of",
    "check_records",
    "check_step",
    "leak_findings",
    "repetition_findings",
]
