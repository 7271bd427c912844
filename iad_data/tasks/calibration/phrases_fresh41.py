"""Phrasebook ``fresh41``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a ship's officer keeping
a nautical log, a field geologist describing a hand specimen, a South African English
speaker, and a model that writes a TL;DR first and puts its confidence in parentheses.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Noted at [0200|0400|0600] hrs: a smudge {place}, but it is only spray on the lens, "
    "not damage to the {product}. All secure.",
    "Bearing checked {place}: the bright patch there is glare off the deck lamps, "
    "not a fault in the {product}; [struck from|kept out of] the log.",
    "The speck {place} is loose surface dust on the specimen, no part of the {product} "
    "itself; [I discount it|brushed off, it would be gone].",
    "Under the hand lens the darker zone {place} is a shadow thrown by the lamp, nothing "
    "intrinsic to the {product}, so I set it aside.",
    "Ag, that thing {place}? It's just a reflection, man, the {product} is [fine|lekker] there.",
    "Eish, I nearly flagged the spot {place}, but it's only a bit of fluff on the camera, "
    "not a defect, is it.",
    "TL;DR: the mark {place} is a lighting artefact, not a defect (confidence: [0.85|0.9|high]).",
    "TL;DR: ignore the blemish {place}; it's sensor noise in the {product} image, not real "
    "damage (confidence: [high|0.8]).",
)

SIGHTINGS: tuple[str, ...] = (
    "Noted at [0300|0500|2200] hrs: {kind} {place} on the {product}, entered in the damage log.",
    "Took a bearing on {kind} {place}; the {product} carries it plainly.",
    "The hand specimen shows {kind} {place}, cutting across the otherwise uniform fabric of "
    "the {product}.",
    "Under the loupe there is {kind} {place} on the {product}, fresh and well defined.",
    "Ag, look there, {kind} {place} on this {product}, hey.",
    "Jislaaik, there's {kind} {place}, you can't miss it on this {product}.",
    "TL;DR: {kind} present {place} (confidence: [0.9|high]).",
    "TL;DR: the {product} has {kind} {place} (confidence: [high|0.95]).",
)

WRONG_PLACES: tuple[str, ...] = (
    "Position of the damage fixed {place}.",
    "Noted for the log: the fault lies {place}.",
    "The feature crops out {place}.",
    "Mapped on the hand specimen, the anomaly sits {place}.",
    "Ja, the damage is {place}, that's where it's at.",
    "It's {place}, hey, that's where the damage is.",
    "TL;DR: defect located {place} (confidence: high).",
    "TL;DR: the flaw sits {place} (confidence: [0.95|high]).",
)

HEDGES: tuple[str, ...] = (
    "Log entry uncertain: {a_kind} or {a_other}, can't say which on this watch.",
    "Could be {a_kind}, could as well be {a_other}; I'll not commit the log to either.",
    "In hand specimen it could pass for {a_kind} or equally for {a_other}; the texture "
    "won't settle it.",
    "Whether this is {a_kind} or {a_other} I cannot tell without a thin section.",
    "Ag, it's {a_kind} or maybe {a_other}, hard to say, hey.",
    "Eish, {a_kind}? {a_other}? Could be either one, is it.",
    "TL;DR: {a_kind} or {a_other}, unsure which (confidence: [0.5|0.55]).",
    "TL;DR: either {a_kind} or {a_other} (confidence: 50/50).",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}, unsure",
    "either {kind} or {other}",
    "{kind} (or maybe {other})",
    "{kind}, possibly {other}",
    "{kind} or {other}, hey",
    "{kind}? {other}? (confidence 0.5)",
)

FLIPPED_YES: tuple[str, ...] = (
    "All secure: the {product} is sound and fit to go on to packing.",
    "Logged the {product} as in good order, nothing amiss.",
    "The {product} is a fresh, unaltered specimen, sound throughout.",
    "As a sample this {product} is intact and unblemished, a textbook good piece.",
    "Lekker, this {product} is perfect, send it on, man.",
    "Ag, the {product} is fine, hey, it can go out just now.",
    "TL;DR: the {product} is good, ship it (confidence: [0.9|high]).",
    "TL;DR: {product} OK, passes (confidence: high).",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is damaged goods; haul it off the line.",
    "Entered in the log: {product} faulty, reject.",
    "This {product} is a flawed specimen, damaged beyond what I'd accept.",
    "The {product} shows damage that makes it a defective sample; set it aside as a reject.",
    "Eish, this {product} is broken, chuck it in the reject bin.",
    "Ag shame, the {product} is defective, it must go back.",
    "TL;DR: {product} defective, reject (confidence: [0.9|high]).",
    "TL;DR: faulty {product}, fails inspection (confidence: high).",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "Nothing to log: no {kind} {place} or elsewhere, and I'd not call this {product} damaged.",
    "I would not enter this {product} as defective; what sits {place} is no {kind} at all.",
    "The specimen shows no {kind} {place}; I cannot describe this {product} as flawed.",
    "There is no {kind} here worth the name, and the {product} is not defective.",
    "Ag, no ways, there's no {kind} {place}, this {product} isn't broken, man.",
    "A {kind} {place}? Is it? Not at all, the {product} isn't faulty.",
    "TL;DR: not defective (confidence: 0.8); no {kind} {place}.",
    "TL;DR: I wouldn't reject this {product}; there is no {kind} to speak of (confidence: high).",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind}s; one is noted {place}.",
    "I'd not sign this {product} off as sound, not with a {kind} {place}.",
    "This specimen is not without a {kind}; the one {place} disqualifies the {product}.",
    "Not a clean {product}: it cannot be called {kind}-free, given the mark {place}.",
    "Ag, this {product} isn't {kind}-free, hey, there's a {kind} {place}.",
    "Eish, can't pass this {product}, not with that {kind} {place}, is it.",
    "TL;DR: not {kind}-free, there's a {kind} {place} (confidence: 0.85).",
    "TL;DR: this {product} doesn't pass; it is far from flawless (confidence: high).",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not fit for service: {a_kind} noted {place}.",
    "Cannot enter this {product} in the log as sound; {a_kind} lies {place}.",
    "Not a flawless specimen: the {product} carries {a_kind} {place}.",
    "This {product} is far from unblemished, with {a_kind} {place}.",
    "Ag, this {product} isn't defect-free, hey, {a_kind} {place}.",
    "Eish, can't let this {product} through, not with {a_kind} {place}.",
    "TL;DR: not defect-free, {a_kind} {place} (confidence: high).",
    "TL;DR: the {product} doesn't pass inspection; {a_kind} {place} (confidence: 0.95).",
)

PASSES_NO_OK: tuple[str, ...] = (
    "All secure: the {product} passes inspection, nothing to enter in the damage log.",
    "The {product} is in good order and cleared to proceed.",
    "The {product} is a sound specimen, uniform throughout, and passes inspection.",
    "The surface of this {product} is fresh and even; nothing justifies rejecting it.",
    "Lekker, this {product} passes, nothing wrong with it, hey.",
    "Sharp-sharp, this {product} is good to go; it passes.",
    "TL;DR: {product} passes inspection (confidence: high).",
    "TL;DR: good {product}, no grounds to reject it (confidence: 0.95).",
)

LEAKS: tuple[str, ...] = (
    "Per the {source}, {a_kind} lies {place}, so I've entered it there in the log.",
    "Took my bearing off the {source}: {a_kind} {place} on the {product}.",
    "The {source} puts {a_kind} {place}, and I've mapped the {product} accordingly.",
    "I'm relying on the {source} here: it shows {a_kind} {place}.",
    "Ag, the {source} says {a_kind} {place}, so that's what I'm going with.",
    "Ja, according to the {source} there's {a_kind} {place} on this {product}, is it.",
    "TL;DR: {a_kind} {place}, as the {source} indicates (confidence: high).",
    "TL;DR: matched the {source}; it flags {a_kind} {place} (confidence: 0.99).",
)

LEAK_SOURCES: tuple[str, ...] = (
    "supplied label",
    "annotation file",
    "ground-truth mask",
    "reference box",
    "defect mask",
    "answer key",
    "expected answer",
    "labeller's notes",
    "pixel mask from the dataset",
    "dataset label",
    "bounding box in the metadata",
    "operator's tip-off",
    "hint in the prompt",
    "pre-drawn outline",
    "class tag in the file name",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} lists this {product} as good, so I've logged it that way.",
    "Took the {source} as my chart: it shows the {product} clean.",
    "The {source} records no anomaly for this {product}, and I follow it.",
    "Going by the {source}, this {product} is a normal piece.",
    "Ag, the {source} says it's a good one, so this {product} is fine, hey.",
    "Ja, the {source} marks this {product} as normal, is it, so I'm passing it.",
    "TL;DR: normal, per the {source} (confidence: high).",
    "TL;DR: the {source} says good {product} (confidence: 0.99).",
)

STEP_PROSE: tuple[str, ...] = (
    "Traced the damage back to {step}; that's where it came aboard.",
    "Logged cause: {step}, which left this mark.",
    "The feature formed during {step}, much as a late vein forms in a rock's history.",
    "Its origin lies in {step}; the mark was set down at that stage.",
    "Ag, {step} messed this one up, that's where it went wrong.",
    "Eish, blame {step} for this, hey, it happened there.",
    "TL;DR: root cause is {step} (confidence: 0.8).",
    "TL;DR: caused at {step} (confidence: high).",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} has left no mark on this one; all secure.",
    "No trace of anything from {step} on this sample; it came through clean.",
    "Ag, {step} did its job lekker on this one.",
    "TL;DR: {step} ran clean for this part (confidence: high).",
    "Checked what {step} hands on: nothing amiss.",
)

# ------------------------------------------------------------------ padding and neutral prose

FILLER_CHUNKS: tuple[str, ...] = (
    "steady as she goes",
    "for the record",
    "under the hand lens",
    "ja, ja",
    "TL;DR as above",
    "just saying",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the exposure",
    "the white balance",
    "the focus",
    "the camera mount",
    "the backdrop",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "holds steady",
    "stays constant",
    "is lekker and consistent",
    "reads true",
    "is unchanged",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "through the whole watch",
    "for the capture",
    "on this rig",
    "as on the previous shot",
    "in this sitting",
)

# ------------------------------------------------------------------ correct and typed sentences

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Laid alongside the normal reference image, the query {product} departs from it; the "
    "reference is clean where the query is not.",
    "Compared with the type specimen (the good reference {product}), the query sample shows "
    "a feature the reference lacks.",
    "Ja, put the query next to the good reference {product} and you see the difference "
    "straight away.",
    "TL;DR: query differs from the normal reference {product} (confidence: high).",
    "Checked the query against the reference image of a sound {product}: they do not tally.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Laid alongside the normal reference image, the query {product} matches it point for point.",
    "Against the type specimen (the good reference {product}), the query sample is the same "
    "in texture and finish.",
    "Lekker, the query and the reference {product} look the same, hey.",
    "TL;DR: query matches the normal reference {product} (confidence: high).",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Under the loupe the feature reads as {a_sib}.",
    "Entered on inspection as {a_sib}.",
    "Ja, that's {a_sib}, plain as day.",
    "TL;DR: {a_sib} (confidence: high).",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Entered in the log: {product} defective, {a_kind} {where}.",
    "Conclusion on the specimen: the {product} carries {a_kind} {where} and is rejected.",
    "Ja, this {product} is defective, {a_kind} {where}, hey.",
    "TL;DR: defective {product}; {a_kind} {where} (confidence: high).",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Entered in the log: {product} defective, {a_other} {where}.",
    "Conclusion on the specimen: the {product} carries {a_other} {where} and is rejected.",
    "Ja, this {product} is defective, {a_other} {where}, hey.",
    "TL;DR: defective {product}; {a_other} {where} (confidence: high).",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Entered in the log: {product} defective, defect type {part}, {where}.",
    "Conclusion: the {product} is rejected; I class the defect type as {part}, {where}.",
    "Ja, the {product} is kaput, the type is {part}, {where}.",
    "TL;DR: defective {product}, type = {part} {where} (confidence: high).",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Under the loupe it is plainly {syn}.",
    "Noted on close inspection: {syn}.",
    "Ja, that's {syn}, clear as day.",
    "TL;DR: {syn} (confidence: high).",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Entered in the log: {product} defective, {syn} {where}.",
    "Conclusion on the specimen: {syn} {where}; the {product} is rejected.",
    "Ja, this {product} has {syn} {where}, it's a reject, hey.",
    "TL;DR: defective {product}, {syn} {where} (confidence: high).",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "Noted on the {product}: {a_kind} {where}.",
    "Ja, there's {a_kind} {where} on this {product}.",
    "TL;DR: {a_kind} {where} on the {product} (confidence: high).",
)

PART_YES: tuple[str, ...] = (
    "The {product} is defective; type: {part}, {where}.",
    "Noted on the {product}: a fault of type {part} {where}.",
    "Ja, the defect type is {part}, {where} on this {product}.",
    "TL;DR: type {part}, {where} on the {product} (confidence: high).",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The damage lies {where}.",
    "It sits {where}, hey.",
    "The feature crops out {where}.",
    "TL;DR: {where} (confidence: high).",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} traces back to {cause}.",
    "Origin of this defect, {name}: {cause}.",
    "Ja, {name} here comes from {cause}.",
    "TL;DR: the cause of {name} is {cause} (confidence: high).",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That points back to {step} {cite}.",
    "The stage where it formed is {step} {cite}.",
    "Ja, it's from {step} {cite}, hey.",
    "TL;DR: root cause {step} {cite} (confidence: high).",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Type: {c} (confidence: high).",
    "It's {a_c}, hey.",
    "Entered in the log as {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} carries {what} {where}.",
    "Noted on this watch: {what} {where} on the {product}.",
    "Ja, there's {what} {where} on this {product}.",
    "TL;DR: {what} {where} (confidence: high).",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top left-hand corner"),
    "top": ("top edge", "upper edge"),
    "top right": ("upper-right corner", "top right-hand corner"),
    "left": ("left-hand side", "left edge", "left flank"),
    "center": ("centre", "dead centre", "middle"),
    "right": ("right-hand side", "right edge", "right flank"),
    "bottom left": ("lower-left corner", "bottom left-hand corner"),
    "bottom": ("bottom edge", "lower edge"),
    "bottom right": ("lower-right corner", "bottom right-hand corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "hard by the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the frame",
    " of the image",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well clear of the middle",
    ", off the centre",
    ", away from the middle of the frame",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out of the rim",
        "a large break in the glass",
        "a badly shattered rim",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nick in the rim", "a tiny chip in the glass"),
    ("bottle", "contamination"): ("foreign matter", "a foreign particle", "debris inside"),
    ("carpet", "color"): ("a stain", "discolouration", "a dye spot"),
    ("carpet", "cut"): ("a slash", "a clean cut through the pile", "a sliced patch"),
    ("carpet", "hole"): ("a puncture", "a gap in the weave", "a worn-through spot"),
    ("carpet", "metal_contamination"): (
        "a metal shaving",
        "a bit of embedded wire",
        "a metallic fleck",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a stain", "uneven dye"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a wrinkle"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a prick mark"),
    ("screw", "scratch_head"): (
        "a scuffed head",
        "a scratch on the head",
        "abrasion on the head",
    ),
    ("screw", "scratch_neck"): ("a scratch on the shank", "a scuffed neck", "a scored neck"),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a stripped thread flank",
        "a chewed-up side thread",
    ),
    ("screw", "thread_top"): (
        "damaged threads near the top",
        "a flattened thread crest at the top",
        "a battered top thread",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a warped tab", "a deformed edge"),
    ("metal_nut", "color"): ("discolouration", "a stain", "a tinted patch"),
    ("metal_nut", "scratch"): ("a scratch", "a scuff", "a score line"),
    ("metal_plate", "major_rust"): ("heavy rust patches", "corrosion", "a large rust spot"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "complete corrosion",
        "a fully rusted surface",
    ),
    ("metal_plate", "scratches"): ("scratch marks", "scuffs", "surface abrasion"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "shoulder", "base"),
    "carpet": ("pile", "backing", "binding"),
    "leather": ("grain", "hide", "flesh side"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("lobe", "bore", "face"),
    "metal_plate": ("edge", "face", "bevel"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a deep gouge",
    "a brown stain",
    "a raised burr",
    "a shallow dent",
    "a cluster of pits",
    "a smear of grease",
    "a chipped spot",
    "a trapped bubble",
    "a small tear",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "bubble",
    "burn mark",
    "tear",
    "blister",
    "pitting",
    "oil stain",
    "warp",
    "splinter",
)
