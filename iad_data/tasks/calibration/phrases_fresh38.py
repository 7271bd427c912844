"""Phrasebook ``fresh38``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a military radio
operator (affirmative, negative, over, procedure words), a film critic reviewing the image
as if it were a movie, an Irish grandmother telling a story, and a model that answers in
terse Markdown bullets with bold labels.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Contact {place} assessed as [dust on the lens|lens grime], not a defect, disregard, over.",
    (
        "Something glints {place}, but it is a mere flare of studio light, no flaw in the "
        "{product} itself."
    ),
    (
        "There's a wee mark {place}, but sure that's only a bit of fluff on the glass, "
        "not a fault at all."
    ),
    "- **Spot {place}:** reflection artefact, not a defect; [ignore|disregard].",
    (
        "Dark patch {place} is a false contact, shadow from the rig, no damage to the "
        "{product}, over."
    ),
    (
        "A smudge {place} tempts the eye, yet it is only a shadow cast by the set, a red "
        "herring the {product} never earned."
    ),
    (
        "That speck {place}? Ah, that's just a crumb of dust settled on it, you'd wipe it off "
        "with your sleeve, [it's no defect|there's no harm in it]."
    ),
    "**Mark {place}:** compression noise only, not a real flaw in the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Visual on {kind} on the {product}, {place}, over.",
    "The camera lingers on {kind} {place}, an unmistakable scar across the {product}.",
    (
        "And would you look, there's {kind} {place} on that {product}, plain as the nose on "
        "your face."
    ),
    "- **Observed:** {kind} {place} on the {product}.",
    "Contact: {kind} confirmed {place} on the {product}, how copy, over.",
    "The {product}'s surface [reveals|lays bare] {kind} {place}, and the eye cannot unsee it.",
    "I spotted {kind} {place} on the {product}, the poor [thing|craythur].",
    "**Finding:** {kind} clearly visible {place}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Target located {place}, over.",
    "The flaw makes its entrance {place}.",
    "Now the bother is {place}, that's where you'll find it.",
    "**Location:** {place}.",
    "Fault position {place}, how copy, over.",
    "The blemish sits {place}, framed like a [deliberate|careful] close-up.",
    "You'll find the damage {place}, just there, pet.",
    "- Anomaly region: {place}.",
)

HEDGES: tuple[str, ...] = (
    "Type unconfirmed, either {a_kind} or {a_other}, cannot resolve, over.",
    "Is it {a_kind} or {a_other}? The picture refuses to say, and so do I.",
    (
        "Well now, it could be {a_kind}, or then again it might be {a_other}, I couldn't "
        "tell you which."
    ),
    "**Type:** {a_kind}, or possibly {a_other}; unclear.",
    "Assessing {a_kind}, possibly {a_other}, stand by for confirmation, over.",
    ("The film plays coy, hovering between {a_kind} and {a_other} without committing to either."),
    "Whether it's {a_kind} or {a_other}, God only knows, I'm torn between the two.",
    "- Candidates: {a_kind} / {a_other}, undecided.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or possibly {other}",
    "unconfirmed: {kind} or {other}",
    "could be {kind}, could be {other}",
    "{kind} / {other}, undecided",
    "either {kind} or maybe {other}",
    "{kind}? {other}?",
    "{kind}, perhaps {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "All clear on the {product}, cleared for shipment, over.",
    (
        "The {product} gives a spotless performance, nothing to fault from the opening shot "
        "to the closing credits."
    ),
    "That {product} is as sound as the day it was made, you could sell it at the market.",
    "**Verdict:** pass. The {product} meets spec.",
    "The {product} can go out the door as it is, [love|pet].",
    "Status green on the {product}, good to ship, over.",
    "A flawless little picture, this {product}; I'd send it straight to release.",
    "- **Disposition:** accept; the {product} is in good order.",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is flagged reject, pull it from the line, over.",
    ("A damaged production through and through; this {product} belongs on the cutting-room floor."),
    "That {product} is ruined, God love it, it'll have to go on the scrap heap.",
    "**Verdict:** reject. The {product} is defective.",
    "Fault confirmed on the {product}, scrap it, over.",
    "This {product} is a flawed piece of work that should never reach an audience.",
    "Ah, that {product} is damaged, I'd not put it out for sale.",
    "- **Disposition:** scrap; the {product} fails inspection.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    (
        "Negative on {kind}, nothing {place} amounts to a fault, the {product} is not "
        "defective, over."
    ),
    (
        "The {product} is not the disaster it was billed as; no {kind} turns up {place}, "
        "and I would not reject it."
    ),
    (
        "Not a bit of {kind} on it, love, not {place} nor anywhere else, and I'd not throw "
        "that {product} out."
    ),
    "- **Defective:** no. There is no {kind} {place}; the {product} is not a reject.",
    "There isn't any {kind} {place}, so the {product} is not to be failed.",
    ("Be advised, {product} is not, repeat not, defective; no {kind} observed {place}, over."),
    (
        "Nothing here earns a bad review: not one frame of {kind} {place}, and the {product} "
        "is not flawed."
    ),
    "Sure the {product} isn't damaged at all, there's no {kind} {place}, none whatsoever.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "Be advised, the {product} is not {kind}-free, fault {place}, over.",
    (
        "This {product} is not the flawless picture it pretends to be; the {kind} {place} "
        "steals the scene."
    ),
    (
        "That {product} isn't right at all, pet, there's a {kind} {place} you couldn't miss, "
        "and I wouldn't let it past the door."
    ),
    "- **Pass:** not possible. The {product} is not without a {kind} {place}.",
    "I can't pass this {product}; it is not free of a {kind} {place}.",
    "Cannot clear the {product}, it is not serviceable, {kind} confirmed {place}, over.",
    (
        "Far from a faultless feature, this {product} is not one I could recommend; the "
        "{kind} {place} sees to that."
    ),
    ("Never in all my days would I call that {product} sound, not with a {kind} sitting {place}."),
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Affirmative, the {product} is not serviceable, {a_kind} confirmed {place}, over.",
    "The {product} is not fit for the shelf: {a_kind} {place} rules it out.",
    "Far from flawless, this {product}: {a_kind} {place} ruins the picture.",
    "That {product} is not right at all, there's {a_kind} {place}, God help us.",
    "**Status:** not acceptable, {a_kind} {place}.",
    "Not defect-free, not by a long shot: the {product} carries {a_kind} {place}.",
    "The {product} cannot pass inspection, repeat cannot pass, {a_kind} {place}, over.",
    "I wouldn't let that {product} out the door, not with {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Negative on defects, the {product} is cleared for shipment, over.",
    "A clean, unblemished performance from this {product}; it passes inspection with ease.",
    ("That {product} is grand altogether, there's nothing on it that would have me send it back."),
    "**Verdict:** pass. The {product} meets spec.",
    "The {product} is good to go, nothing to report, over.",
    "Every frame in order; this {product} earns its spot on the shelf.",
    "Sure there's not a thing wrong with that {product}, it can go out with the rest.",
    "- **Result:** accept, the {product} passes.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the label",
    "the annotation",
    "the ground-truth mask",
    "the segmentation mask",
    "the bounding box",
    "the reference box drawn on the image",
    "the answer key",
    "the expected answer",
    "the operator's briefing",
    "the supplied class tag",
    "the defect map that came with the file",
    "the hint in the prompt",
    "the inspector's sticky note",
    "the metadata tag",
    "the scoring sheet",
    "the file name",
)

LEAKS: tuple[str, ...] = (
    "Per {source}, {a_kind} {place}, copy, over.",
    "{source} gives away the ending: {a_kind} {place}, and the {product} plays along.",
    "Sure {source} said there'd be {a_kind} {place}, and who am I to argue.",
    "- **Basis:** {source} marks {a_kind} {place}.",
    "Confirming {a_kind} {place} against {source}, matches, over.",
    "Taking my cue from {source}, I find {a_kind} {place} on the {product}.",
    "I'd never have found it only {source} showed me {a_kind} {place}.",
    "**Source:** {source}. It places {a_kind} {place} on the {product}.",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} reads clean for the {product}, so passing it, over.",
    "{source} has already told us how this ends: the {product} is good, and I won't argue.",
    "Going by {source}, the {product} is grand, and that's good enough for me.",
    "- **Basis:** {source} lists the {product} as normal.",
    "Cross-checked with {source}: {product} marked good, over.",
    "With {source} as my script, the {product} gets a clean review.",
    "Sure {source} says there's nothing wrong with the {product}, so I'll take its word.",
    "**Per {source}:** no anomaly on this {product}.",
)

STEP_PROSE: tuple[str, ...] = (
    "Root cause assessed as {step}, over.",
    "The villain of this piece is {step}, which botched the scene.",
    "It was {step} that did this, mark my words.",
    "- **Cause:** {step}.",
    "Fault traced to {step}, how copy, over.",
    "Blame the crew at {step}; that's where this flaw was born.",
    "That damage came out of {step}, as sure as there's tea in the pot.",
    "**Origin:** {step} introduced the defect.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} ran clean on this unit, over.",
    "Credit to {step}, which delivers a finish without a flaw.",
    "Whoever minded {step} did a grand job on this one.",
    "- **Process note:** {step} left the surface as intended.",
)

# ------------------------------------------------------------------ padding and length

FILLER_CHUNKS: tuple[str, ...] = (
    "as I was saying",
    "stand by, over",
    "roll the credits",
    "God bless the mark",
    "**note:** as above",
    "and so on and so forth",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the exposure",
    "the white balance",
    "the focus",
    "the camera mount",
    "the backdrop",
    "the colour grade",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays steady",
    "holds consistent",
    "looks well judged",
    "reads nominal",
    "is grand",
    "checks out",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "across the capture",
    "from shot to shot",
    "throughout the session, over",
    "the whole way through, so it is",
)

# ------------------------------------------------------------------ expert_ad sentences

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Query {product} checked against the reference image, deviation found, over.",
    (
        "Set beside the reference shot, the query {product} tells a different story: one "
        "passage departs from the original."
    ),
    (
        "Put it next to the good one in the reference picture and you'll see this {product} "
        "isn't the same, there's a region that differs."
    ),
    "- **Reference vs query:** the {product} departs from the reference image in one region.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Query {product} checked against the reference image, no deviation, over.",
    "A faithful remake: the query {product} matches the reference shot beat for beat.",
    (
        "Lay it beside the good one in the reference picture and you'd not tell them apart, "
        "this {product}."
    ),
    "- **Reference vs query:** the {product} matches the reference image throughout.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Mark identified as {a_sib}, over.",
    "The blemish plays its part as {a_sib}, unmistakably.",
    "That's {a_sib}, as sure as I'm sitting here.",
    "- **Appearance:** {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Affirmative, {product} defective, {a_kind} {where}, over.",
    "Final verdict: the {product} is flawed, {a_kind} {where} steals the show.",
    "So the {product} is damaged, there's {a_kind} {where}, and that's the end of it.",
    "**Verdict:** defective, {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Affirmative, {product} defective, {a_other} {where}, over.",
    "Final verdict: the {product} is flawed, {a_other} {where} takes the lead role.",
    "So the {product} is spoiled, there's {a_other} {where}, and that's that.",
    "**Verdict:** defective, {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Affirmative, {product} defective, fault class {part}, located {where}, over.",
    "Final verdict: the {product} is flawed, and the defect type is {part}, {where}.",
    "So the {product} is damaged, it's a {part} defect {where}, and that's the end of it.",
    "**Verdict:** defective. **Type:** {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Mark identified as {syn}, over.",
    "The blemish plays its part as {syn}, unmistakably.",
    "That's {syn}, as sure as I'm sitting here.",
    "- **Appearance:** {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Affirmative, {product} defective, {syn} {where}, over.",
    "Final verdict: the {product} is flawed, {syn} {where} steals the show.",
    "So the {product} is damaged, there's {syn} {where}, and that's the end of it.",
    "**Verdict:** defective, {syn} {where}.",
)

# ------------------------------------------------------------------ instruct_iad sentences

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}, over.",
    "The {product} reveals {a_kind} {where}, impossible to miss.",
    "There's {a_kind} on the {product}, {where}, so there is.",
    "- **Defect:** {a_kind}, {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a fault of class {part}, located {where}, over.",
    "The {product}'s flaw is a {part} defect, playing out {where}.",
    "It's a {part} defect the {product} has, {where}.",
    "- **Defect type:** {part}, {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "Defect located {where}, over.",
    "The flaw takes the stage {where}.",
    "It's {where} you'll find it, love.",
    "**Location:** {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "Origin of {name}: {cause}, over.",
    "{Name} has its origin story in {cause}.",
    "Now {name}, that came about at {cause}, and here's the way of it.",
    "**Cause of {name}:** {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Root step confirmed: {step} {cite}, over.",
    "This flaw was scripted at {step} {cite}.",
    "It all goes back to {step} {cite}, so it does.",
    "- **Source step:** {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}, over.",
    "**Defect type:** {c}",
    "It's {a_c}, love, no doubt about it.",
    "Defect type, as cast: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "Visual on {what} on the {product}, {where}, over.",
    "The {product} stars {what}, staged {where}.",
    "The {product} has {what} on it, {where}, God help it.",
    "**Finding:** {what} on the {product}, {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left quadrant", "corner up on the left"),
    "top": ("top edge", "upper band", "twelve o'clock position"),
    "top right": ("upper-right corner", "top-right quadrant", "corner up on the right"),
    "left": ("left-hand side", "left flank", "nine o'clock position"),
    "center": ("dead centre", "middle", "very heart"),
    "right": ("right-hand side", "right flank", "three o'clock position"),
    "bottom left": ("lower-left corner", "bottom-left quadrant", "corner down on the left"),
    "bottom": ("bottom edge", "lower band", "six o'clock position"),
    "bottom right": ("lower-right corner", "bottom-right quadrant", "corner down on the right"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "smack in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the shot",
    " of the picture",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", a good way from the centre",
    ", nowhere near dead centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk knocked out of the rim",
        "a badly smashed lip",
        "a major breakage",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nick in the rim", "a chipped lip"),
    ("bottle", "contamination"): (
        "a foreign particle",
        "foreign matter",
        "a stray speck of debris",
    ),
    ("carpet", "color"): ("a discoloured patch", "a dye blotch", "an off-colour area"),
    ("carpet", "cut"): ("a slit", "a knife cut", "a slash through the pile"),
    ("carpet", "hole"): ("a puncture", "a gap torn through the weave", "a bare opening"),
    ("carpet", "metal_contamination"): (
        "a metal shard",
        "a stray metal fragment",
        "an embedded metal sliver",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a dye blotch", "a faded patch"),
    ("leather", "cut"): ("a slash", "a knife nick", "a gash"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a fold line"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick", "a small stab mark"),
    ("screw", "scratch_head"): ("a scuffed head", "a scored head", "a scrape across the head"),
    ("screw", "scratch_neck"): ("a scuffed shank", "a scored neck", "a scrape along the shank"),
    ("screw", "manipulated_front"): ("a mangled tip", "a deformed point", "a crushed tip"),
    ("screw", "thread_side"): (
        "a damaged thread flank",
        "a stripped thread",
        "a dented thread",
    ),
    ("screw", "thread_top"): (
        "a damaged thread crest",
        "a flattened thread tip",
        "a nicked top thread",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a warped tab", "a deformed flange"),
    ("metal_nut", "color"): ("an off-colour patch", "a paint blotch", "a discoloured face"),
    ("metal_nut", "scratch"): ("a scuff", "a score mark", "a scrape"),
    ("metal_plate", "major_rust"): (
        "heavy corrosion",
        "a large rust patch",
        "a wide spread of oxidation",
    ),
    ("metal_plate", "total_rust"): (
        "rust over the whole plate",
        "corrosion across the entire surface",
        "complete oxidation",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "score lines", "scrapes"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "base", "shoulder", "mouth"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain", "hide", "panel"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("lobe", "bore", "flange"),
    "metal_plate": ("face", "sheet", "margin"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a deep gouge",
    "a dark stain",
    "a jagged chip",
    "a pinhole",
    "a bent edge",
    "a blob of glue",
    "a rust-coloured blotch",
    "a frayed loose thread",
    "a clean slit",
    "a raised dent",
)

OTHER_TYPES: tuple[str, ...] = (
    "dent",
    "warping",
    "burn mark",
    "misalignment",
    "missing component",
    "void",
    "fingerprint",
    "residue",
    "bubble",
    "blister",
)
