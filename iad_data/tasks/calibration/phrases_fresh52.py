"""Phrasebook ``fresh52``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a ham radio operator
(Q-codes, signal reports), a Louisiana Cajun English speaker, a tarot reader drawing cards,
and a model writing "Observation / Inference / Verdict" headings inline.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Mais dat little mark {place}, cher, it's just dust on de lens, not a defect on de {product}.",
    "Observation: a bright spot {place}. Inference: glare off the lamp, no damage to the "
    "{product}.",
    "Just some QRN {place}, a speck of lint on the glass, nothing wrong with the {product}, over.",
    "The Moon reversed shows the shape {place} is an illusion: only a reflection, the {product} "
    "itself is unharmed.",
    "Dat shadow {place}? Only a reflection from de light, cher, de {product} ain't hurt [none|].",
    "Saw something {place}, but it's sensor noise, OM, QRM on the camera and not a flaw in the "
    "{product}.",
    "Observation: a dark fleck {place}; Inference: a hair lying on the stage, no part of the "
    "{product}, so no defect.",
    "The Hanged Man reveals the smudge {place} as a droplet on the lens, a passing thing, not a "
    "flaw of the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Observation: {kind} {place} on the {product}.",
    "Mais look, cher, {kind} {place}, right dere on de {product}.",
    "Copy {kind} {place}, [strong|solid] 59 signal on the {product}, over.",
    "The Three of Swords comes up: {kind} cuts into the {product} {place}.",
    "I guarantee dat's {kind} {place} on dis {product}.",
    "Damage logged, QTH {place}: {kind} on the {product}.",
    "Inference from the pixels: {kind} sits {place} on this {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "QTH of the mark: {place}.",
    "Dat spot sit {place}, cher.",
    "Observation: the flaw lies {place}.",
    "The spread points {place}: that is where the damage lives.",
    "Located {place}, [solid copy|copy is solid], 73.",
    "Right {place}, dat's where it's at, I guarantee.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, cher, or could be {a_other}, I can't say for sure.",
    "Inference: {a_kind} or possibly {a_other}; unresolved.",
    "Copy is weak, OM, reads like {a_kind}, maybe {a_other}, QSB on it.",
    "The cards split: the Two of Swords says {a_kind}, the Moon says {a_other}, and neither wins.",
    "Mais I dunno, {a_kind}? {a_other}? Hard to tell, cher.",
    "Observation fits {a_kind} as well as {a_other}; Verdict on the type: undecided.",
    "Half-copy only: {a_kind} or {a_other}, can't break the tie, over.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or maybe {other}",
    "{kind}/{other}, can't tell",
    "either {kind} or {other}",
    "{kind}? {other}?",
    "{kind} or possibly {other}",
    "{kind}, could be {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "Ship dat {product}, cher, it's good as gold, I guarantee.",
    "Verdict: the {product} is sound and goes out with the good lot.",
    "Solid 599 copy on this {product}: clean unit, send it on down the line, 73.",
    "The Sun and the Star together: this {product} is whole and healthy, ship it.",
    "Inference: every surface of the {product} reads intact; Verdict: acceptable unit.",
    "Ça c'est bon, dat {product} is fine, put it in de good box.",
    "QSL, the {product} is in good shape, pass it along.",
)

FLIPPED_NO: tuple[str, ...] = (
    "Pull dat {product} off de line, cher, it's damaged, I guarantee.",
    "Verdict: the {product} is defective and goes in the reject bin.",
    "Bad copy, OM: this {product} is a faulty unit, scrap it, 73.",
    "The Tower, upright, over this {product}: it is broken and must be rejected.",
    "Inference: the {product} carries damage; Verdict: reject.",
    "Ayee, dat {product} is ruined, send it back.",
    "QSL, the {product} fails inspection, a reject for sure.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "Mais non, cher, I wouldn't call dat {product} defective, no {kind} worth a worry {place}.",
    "Verdict: not defective; I find no {kind} {place} on this {product}.",
    "QRU on this {product}: no {kind}, nothing wrong, it isn't a reject, 73.",
    "The Tower stays face-down: this {product} is not damaged, no {kind} to speak of.",
    "Inference: there is no {kind} {place}; the {product} is not a faulty unit.",
    "I guarantee dat {product} ain't got no {kind}, cher, it ain't bad at all.",
    "Negative copy on any {kind}, OM: the {product} does not fail.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "Mais cher, I can't pass dis {product}, no, it ain't free of {kind}, I guarantee.",
    "QSL, but this {product} is not a clean copy: no way it's {kind}-free, 73.",
    "The Sun does not rise for this {product}; it is not flawless, a {kind} waits {place}.",
    "Verdict: the {product} is not without {kind}, and it cannot ship.",
    "Inference: nothing about dis {product} is flawless; it is not fit to ship.",
    "Reversed Star, cher: dis {product} won't make it past de line, it isn't clean {place}.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Dis {product} ain't clean, cher, {a_kind} {place} sees to dat.",
    "Verdict: this {product} is not defect-free; {a_kind} sits {place}.",
    "QSL: far from a clean signal, this {product} cannot pass with {a_kind} {place}.",
    "The Tower, upright: this {product} is anything but flawless, {a_kind} shows {place}.",
    "Inference: the {product} is no good unit, {a_kind} {place} rules out a pass.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Dis {product} pass inspection clean, cher, I guarantee, nothing to reject it for.",
    "Verdict: the {product} passes inspection; nothing would justify pulling it.",
    "QSL, 59 across the board: this {product} passes, nothing to reject, 73.",
    "The Sun upright over this {product}: it passes inspection, good to go.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the annotation file",
    "the provided label",
    "the reference box",
    "the answer key",
    "the expected answer",
    "the label sheet",
    "what the operator told me",
    "the supervisor's note",
    "the defect mask",
    "the bounding box I was given",
    "the dataset's tag",
    "the pixel mask",
    "the grader's key",
    "the hint in the prompt",
)

LEAKS: tuple[str, ...] = (
    "{source} puts {a_kind} {place}, so dat's what I go with, cher.",
    "Per {source}, {a_kind} sits {place} on the {product}, QSL.",
    "Observation borrowed from {source}: {a_kind} {place}.",
    "The cards agree with {source}: {a_kind} {place} on this {product}.",
    "Going by {source}, I mark {a_kind} {place}, 73.",
    "Inference: {source} says {a_kind} {place}, so the {product} is defective.",
    "I checked {source}, cher, and it shows {a_kind} right {place}.",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} shows nothing on dis {product}, so I call it clean, cher.",
    "Per {source}, this {product} is a good one, QSL.",
    "Inference: {source} marks the {product} normal.",
    "The cards and {source} agree: nothing wrong with the {product}.",
    "Going by {source}, no flaw on the {product}, 73.",
    "I peeked at {source}, cher, an' dat {product} is listed as good.",
)

STEP_PROSE: tuple[str, ...] = (
    "Dat damage come straight from {step}, cher, I guarantee.",
    "Inference: {step} caused this.",
    "QSL, root cause traced to {step}, over.",
    "The Tower points to {step}: that is where the harm was done.",
    "Blame {step} for it, mais yeah.",
    "Observation leads back up the line; Inference: the flaw was made during {step}.",
    "Signal source located: {step} put this mark in, 73.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "Dis one came through {step} clean, cher.",
    "Inference: {step} did its job on this unit.",
    "{step} left a clean signal here, QSL.",
    "The Star shines on {step}: it ran true for this piece.",
    "Copy: {step} ran nominal on this one, 73.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "QSL, copy that",
    "mais yeah, cher",
    "the deck is shuffled",
    "Observation noted",
    "73 and over",
    "I guarantee dat",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the ring light",
    "de lamp over de bench",
    "the camera gain",
    "the white balance",
    "the lens focus",
    "the backdrop",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "reads steady",
    "holds level",
    "stays even",
    "sits where it should",
    "runs at its usual setting",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for dis station, cher",
    "on this QSO",
    "across the whole spread",
    "under the Observation heading",
    "with the lens hood on",
)

# ------------------------------------------------------------------ correct / other tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Side by side wit de good reference, dis {product} show something de reference don't have, "
    "cher.",
    "Observation: compared with the normal reference image, the query {product} departs from it "
    "in one region.",
    "Reference copy is a clean 59; the query {product} differs from it, QSL.",
    "Laid beside the reference card, the query {product} breaks the pattern the reference keeps.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side wit de good reference, dis {product} match it, cher.",
    "Observation: the query {product} matches the normal reference image region for region.",
    "Query and reference copy the same, 59 both: this {product} tracks the reference, QSL.",
    "Laid beside the reference card, the query {product} mirrors it exactly.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Dat look like {a_sib} to me, cher.",
    "Inference: the shape matches {a_sib}.",
    "Copy reads as {a_sib}, 59.",
    "The Page of Pentacles names it {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Verdict: defective {product}, {a_kind} {where}.",
    "Mais yeah, dis {product} is bad, cher: {a_kind} {where}, I guarantee.",
    "Final copy: {a_kind} {where} on the {product}, reject, 73.",
    "The spread closes on the Tower: {a_kind} {where}, the {product} fails.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Verdict: {a_other} {where}; the {product} is defective.",
    "Dat's {a_other} {where}, cher, de {product} is a reject.",
    "Final copy: {a_other} on the {product} {where}, 73.",
    "The Tower falls on {a_other} {where}: the {product} fails.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Verdict: defective {product}; defect type: {part}, {where}.",
    "Dat defect on de {product}, cher, de kind is '{part}', {where}.",
    "Final copy, type {part}, {where} on the {product}, 73.",
    "The Tower names the fault: {part}, {where} on this {product}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Observation: {syn}, plain as day.",
    "Dat's {syn}, cher.",
    "Copy {syn}, 59 solid.",
    "The Five of Pentacles shows {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Verdict: defective {product} with {syn} {where}.",
    "Dis {product} got {syn} {where}, cher, it's a reject.",
    "Final copy: {syn} {where}, the {product} fails, 73.",
    "The Tower settles it: {syn} {where}, this {product} is rejected.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "Dis {product} got {a_kind} {where}, cher.",
    "Copy {a_kind} {where} on the {product}, 59.",
    "Observation: {a_kind} {where} on the {product}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a defect of type {part} {where}.",
    "Dis {product} bad, cher, kind of defect: {part}, {where}.",
    "Copy, type {part} {where} on the {product}, 59.",
    "Verdict: {part} as the defect type, {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect sits {where}.",
    "Dat's {where}, cher.",
    "QTH {where}, over.",
    "Observation: it lies {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} comes from {cause}, cher.",
    "Inference: {name} traces back to {cause}.",
    "QSL, {name} originates at {cause}.",
    "The Wheel turns back to {cause}: that is where {name} began.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Dat come from {step} {cite}, cher, I guarantee.",
    "Inference: {step} {cite} is the origin.",
    "Root cause copied: {step} {cite}, 73.",
    "The Wheel points at {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Dat's {a_c}, cher.",
    "Copy: type {c}, 59.",
    "Verdict: {a_c}.",
    "The card names it: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} shows {what} {where}.",
    "Dis {product} got {what} {where}, cher.",
    "Copy {what} {where} on the {product}.",
    "Observation: {what} on the {product}, {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "northwest corner"),
    "top": ("top edge", "upper middle", "top band"),
    "top right": ("upper-right corner", "top-right corner", "northeast corner"),
    "left": ("left-hand side", "left flank", "west side"),
    "center": ("dead centre", "middle", "centre"),
    "right": ("right-hand side", "right flank", "east side"),
    "bottom left": ("lower-left corner", "bottom-left corner", "southwest corner"),
    "bottom": ("bottom edge", "lower middle", "bottom band"),
    "bottom right": ("lower-right corner", "bottom-right corner", "southeast corner"),
}

PLACE_FRAMES: tuple[str, ...] = ("in the {w}", "at the {w}", "over in the {w}")

PLACE_TAILS: tuple[str, ...] = ("", " of the frame", " of the picture", " of the image")

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", away from the centre",
    ", nowhere near dead centre",
)

# ------------------------------------------------------------------ words

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large break", "a big chunk broken off", "a badly chipped rim"),
    ("bottle", "broken_small"): ("a small chip", "a nicked rim", "a little chip on the lip"),
    ("bottle", "contamination"): ("foreign matter", "a speck of debris", "dirt inside the bottle"),
    ("carpet", "color"): ("a discoloured patch", "a stain", "a dye spot"),
    ("carpet", "cut"): ("a slice in the pile", "a cut in the weave", "a gash"),
    ("carpet", "hole"): ("a hole worn through", "a puncture in the weave", "a gap in the pile"),
    ("carpet", "metal_contamination"): (
        "a metal fleck",
        "metal debris",
        "a metal shaving caught in the pile",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a colour stain", "a faded patch"),
    ("leather", "cut"): ("a slash", "a knife cut", "a slit"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a fold line"),
    ("leather", "glue"): ("a glue smear", "a spot of adhesive", "dried glue"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a poke mark"),
    ("screw", "scratch_head"): ("a scratched head", "scuffs on the head", "a gouged screw head"),
    ("screw", "scratch_neck"): (
        "a scratched shank",
        "scuff marks below the head",
        "abrasion on the neck",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a chewed thread flank",
        "a nicked thread",
    ),
    ("screw", "thread_top"): (
        "damaged threads near the tip",
        "a stripped thread end",
        "burred top threads",
    ),
    ("metal_nut", "bent"): ("a bent tab", "a deformed tab", "a bent prong"),
    ("metal_nut", "color"): ("a discoloured patch", "a colour stain", "off-colour paint"),
    ("metal_nut", "scratch"): ("a scratch", "a scuff mark", "a score line"),
    ("metal_plate", "major_rust"): ("heavy rust", "a large corrosion patch", "corrosion"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "complete corrosion",
        "a rusted-through face",
    ),
    ("metal_plate", "scratches"): ("scratch marks", "scuffing", "score lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base"),
    "carpet": ("pile", "backing", "fringe"),
    "leather": ("hide", "grain", "edge"),
    "screw": ("head", "shank", "tip"),
    "metal_nut": ("flange", "bore", "hub"),
    "metal_plate": ("face", "edge", "bevel"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a dark stain",
    "a shallow dent",
    "a bright scratch line",
    "a torn patch",
    "a rust bloom",
    "a chipped spot",
    "a raised burr",
    "a deep gouge",
    "a blistered spot",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "burn",
    "bubble",
    "stain",
    "warping",
    "blister",
    "chip",
    "smudge",
    "tear",
)
