"""Phrasebook ``fresh31``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a barrister
cross-examining a witness, an Irish grandmother telling a story, an exasperated Reddit
poster, and a model that writes YAML-like ``key: value`` lines, mixed across every table.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Witness, you saw a mark {place}, did you not? And you [accept|concede] it was nothing "
    "but a reflection off the lamp, not a flaw in the {product} at all.",
    "Ah, there was a wee dark smudge {place}, but sure that was only dust on the camera lens, "
    "God love it, and no fault of the {product} whatsoever.",
    "OK before anyone @'s me: the blob {place} is literally just glare. Not a defect. "
    "The {product} is fine, the lighting is the problem, [as usual|like always].",
    "mark_seen: true; position: {place}; cause: sensor dust; counts_as_defect: false",
    "The so-called blemish {place}, I put it to you, was a trick of the light and no more; "
    "the {product} itself bears no defect there.",
    "There's a little speckle {place}, [a stór|pet], but that's only a hair that landed on it, "
    "it'd brush off with your sleeve, and there's no harm in the {product}.",
    "Zoomed in on the thing {place} and [lol|smh], it's a compression artifact. "
    "JPEG gonna JPEG. Not an actual flaw on the {product}.",
    "spot: {place}; explanation: specular highlight from the ring light; real_damage: none",
    "Counsel notes the shading {place} and submits it is a water droplet on the housing "
    "window, [not damage to|not a defect of] the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Let the record show there is {kind} {place} on this {product}, plain as day.",
    "And would you believe it, on that {product} there was {kind} {place}, "
    "as clear as the nose on your face.",
    "Am I the only one seeing {kind} {place}?? Because it's [definitely|100%] there on this "
    "{product}.",
    "defect_observed: {kind}; located: {place}; item: {product}",
    "You will agree, witness, that the {product} carries {kind} {place}? Thank you.",
    "I looked at the {product} and says I, there's {kind} {place}, as sure as I'm sitting here.",
    "PSA: there is {kind} {place}. I checked it twice. This {product} has a genuine flaw.",
    "anomaly: present  # {kind} {place} of the {product}",
)

WRONG_PLACES: tuple[str, ...] = (
    "The anomaly, counsel will note, is confined to the area {place}.",
    "And the bother sits {place}, that's where it is, [a stór|pet].",
    "Location-wise it's {place}. That's the spot, [for anyone keeping score|fwiw].",
    "region: {place}",
    "It lies {place}, members of the jury, and only there.",
    "Found the culprit: it's {place}.",
    "defect_region: {place}  # confirmed on a second pass",
)

HEDGES: tuple[str, ...] = (
    "Is it {a_kind}, or is it {a_other}? The witness cannot say, and neither, frankly, can I.",
    "Whether that's {a_kind} or {a_other} I couldn't tell you, pet, and I've seen a few.",
    "Honestly could be {a_kind}, could be {a_other}, idk, flip a coin.",
    "type_guess: {a_kind} OR {a_other}  # undecided",
    "I'd not swear to it either way: {a_kind}, or perhaps {a_other}.",
    "It's {a_kind}, unless it's {a_other}, which tbh it [might|may well] be.",
    "candidates: {a_kind}, {a_other}; chosen: unsure",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "{kind} (or possibly {other})",
    "either {kind} or {other}",
    "{kind}? {other}?",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product}, members of the jury, is sound in every particular and fit for sale.",
    "Ah, sure that {product} is grand altogether, there's nothing wrong with it at all.",
    "This {product} is totally fine lol, ship it.",
    "verdict: acceptable; disposition: release the {product} to packing",
    "I submit the {product} is flawless, and the defence rests.",
    "Good as the day it was made, that {product}, not a bother on it.",
    "status: PASS; {product}_condition: pristine",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is, I put it to you, damaged goods and must be rejected.",
    "Oh that {product} is in a bad way, pet, it'll have to go back where it came from.",
    "This {product} is busted, straight to the reject bin.",
    "verdict: reject; reason: the {product} is defective",
    "Defective, members of the jury. The {product} fails.",
    "status: FAIL; action: scrap the {product}",
    "Ugh, another faulty {product}. Reject, obviously.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I would not, on my oath, call this {product} defective; there is no real {kind} {place}.",
    "There isn't a thing wrong with that {product}, not a trace of any {kind}, {place} "
    "or anywhere else.",
    "Not seeing any actual {kind} {place}, tbh. Not defective.",
    "defective: not at all; {kind} {place}: not real",
    "The {product} is not faulty, and I won't have anyone say otherwise.",
    "Can't call this {product} a reject; there's no genuine {kind} {place}.",
    "Nothing {place} that I'd call any {kind}, so no, the {product} isn't bad.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "I cannot, in good conscience, call this {product} free of {kind}s.",
    "Ah, that {product} is not what it should be, there's a {kind} {place} you couldn't miss.",
    "This {product} is not OK. Not even close. There's a {kind} {place}.",
    "defect_free: false; passes_inspection: not with the {kind} {place}",
    "The {product} is not without fault, members of the jury; far from it.",
    "Can't pass this {product}, there's no way it's {kind}-free.",
    "I'd not let that {product} out of the house, not with a {kind} {place} on it.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not defect-free, members of the jury: there is {a_kind} {place}.",
    "That {product} is far from flawless, God help us, with {a_kind} {place}.",
    "This {product} can't pass QC, {a_kind} {place} [kills it|rules it out].",
    "defect_free: false; finding: {a_kind} {place}",
    "I cannot let this {product} through, not with {a_kind} {place}.",
    "There's no calling that {product} sound, pet, not with {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection; I find nothing, members of the jury, that would "
    "justify rejecting it.",
    "That {product} is sound as a bell, pet, and it'll go out with the rest.",
    "Passes QC. Nothing on this {product} worth flagging, moving on.",
    "inspection_result: pass; {product}: acceptable for release",
    "A perfectly sound {product}, the kind you'd be proud to sell.",
    "The {product} meets the standard in every respect, as the court can plainly see.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place} of the {product}, and I accept that.",
    "The witness will confirm that {source} put {a_kind} {place}; I rely on it entirely.",
    "Well {source} says it's {a_kind} {place}, and who am I to argue with that, pet.",
    "Ngl I only found {a_kind} {place} because {source} pointed straight at it.",
    "evidence: {source}; finding: {a_kind} {place}",
    "Going off {source}, the {product} has {a_kind} {place}.",
    "{source} flags {a_kind} {place}, so that's what I'm reporting for this {product}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the provided label",
    "the annotation",
    "the ground-truth mask",
    "the reference box",
    "what the operator told me",
    "the answer key",
    "the bounding box I was handed",
    "the segmentation overlay",
    "the dataset's own tag",
    "the note from the line supervisor",
    "the expected answer",
    "the name of the folder the image came from",
    "the filename",
    "the hint in the prompt",
    "the pixel mask",
    "what the foreman whispered to me",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Per {source}, this {product} is a good one, and I'm going with that.",
    "Sure, {source} says the {product} is grand, and that's good enough for me.",
    "Checked {source} and it lists the {product} as normal, so, normal.",
    "basis: {source}; {product}_status: normal",
    "I rely, members of the jury, on {source}, which records this {product} as defect-free.",
    "Going by {source}, there's nothing to find on this {product}.",
)

STEP_PROSE: tuple[str, ...] = (
    "I put it to you that this damage was done during {step}, and at no other stage.",
    "Sure it was {step} that did it, you can always tell, the same as in my cousin's day.",
    "Calling it now: {step} botched this one. Classic.",
    "root_cause: {step}",
    "The fault originates, members of the jury, with {step}.",
    "That's {step} gone wrong, as plain as day, love.",
    "Someone at {step} was asleep at the wheel, that's where this came from.",
    "origin_stage: {step}  # line issue",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The evidence shows {step} performed exactly as it should on this part.",
    "{step} did a lovely job on this one, I'll give it that.",
    "Shoutout to whoever runs {step}, zero complaints.",
    "process_check: {step} nominal",
    "I find no fault, members of the jury, with {step} here.",
    "Whatever they do at {step}, they did it well this time, pet.",
)

# ------------------------------------------------------------------ padding and imaging

FILLER_CHUNKS: tuple[str, ...] = (
    "let the record reflect",
    "as I was saying",
    "for what it's worth",
    "and so on and so forth",
    "note: see above",
    "anyway, moving along",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the exposure",
    "the white balance",
    "the camera mount",
    "the lens focus",
    "the backdrop",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is steady",
    "holds stable",
    "stays consistent",
    "was set with care",
    "behaves itself",
    "is even",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "across the whole capture",
    "as the court will note",
    "God love it",
    "for once, lol",
    "# imaging only",
)

# ------------------------------------------------------------------ correct and type tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set beside the normal reference image, the query {product} departs from it in one "
    "clear respect, and that departure is the defect.",
    "I put the reference picture next to this {product}, and this one has a mark the "
    "reference hasn't got, pet.",
    "Diffed the query against the reference {product}: the query has something the "
    "reference lacks. That's the anomaly.",
    "comparison: query vs normal reference {product}; result: query deviates from reference",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the reference image of a normal {product}, the query matches it in every "
    "material respect.",
    "I had the reference {product} and this one together, and the pair of them are as alike "
    "as two peas in a pod.",
    "Query vs reference {product}: identical for all practical purposes. Nothing extra in "
    "the query.",
    "comparison: query vs normal reference {product}; result: match; deviations: none",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "What we have here, members of the jury, is {a_sib}.",
    "It's {a_sib}, pet, I'd know one anywhere.",
    "Characterisation: {a_sib}. Textbook example.",
    "character: {a_sib}",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "I therefore conclude that the {product} is defective, bearing {a_kind} {where}.",
    "So there you have it, the {product} has {a_kind} {where}, and it's a reject.",
    "Final answer: defective {product}, {a_kind} {where}.",
    "conclusion: defective; defect: {a_kind}; location: {where}",
    "The {product} fails on account of {a_kind} {where}, and that is my case.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "I therefore conclude the {product} is defective by reason of {a_other} {where}.",
    "And that's the {product} for you, {a_other} {where}, so back it goes.",
    "Final answer: {a_other} {where}. The {product} is a reject.",
    "conclusion: defective; defect: {a_other}; location: {where}",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "I conclude the {product} is defective, the defect being a {part} defect {where}.",
    "defect_type: {part}; location: {where}; verdict: defective",
    "It's a {part} defect on the {product}, {where}, and that's that, pet.",
    "Final answer: {product} rejected, defect type {part}, found {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The mark, on close examination, is {syn}.",
    "It's {syn}, pet, as plain as day.",
    "Zoomed in: yep, that's {syn}.",
    "character: {syn}",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "I conclude the {product} is defective: {syn} {where}.",
    "That {product} has {syn} {where}, so it's going back, pet.",
    "Verdict: defective {product}. Reason: {syn} {where}.",
    "verdict: defective; finding: {syn}; where: {where}",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} bears {a_kind} {where}, as the image plainly shows.",
    "There's {a_kind} {where} on that {product}, sure you can see it yourself.",
    "{a_kind} {where}, clear as anything on this {product}.",
    "finding: {a_kind} {where}",
    "The {product} has {a_kind} {where}; I invite the jury to look for themselves.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "defect_type: {part}; location: {where}",
    "There's a {part} fault on that {product}, {where}, pet.",
    "Defect category, for the record: {part}. Found {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect lies {where}, members of the jury.",
    "It's {where}, love.",
    "{where}. That's where it is.",
    "location: {where}",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} is traced, I put it to you, to {cause}.",
    "Now {name} like that, pet, comes from {cause}, as sure as rain.",
    "TL;DR {name} = {cause}. Here's why:",
    "defect: {name}; origin: {cause}; mechanism:",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The origin, members of the jury, is {step} {cite}.",
    "It's {step} {cite} you'd blame for that, pet.",
    "Root cause = {step} {cite}, full stop.",
    "cause_step: {step} {cite}",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Defect type, for the record: {c}.",
    "It's {a_c}, pet.",
    "defect_type: {c}",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} carries {what} {where}, and I shall describe it for the court.",
    "There's {what} {where} on that {product}, and here's how it looks, pet.",
    "{what} {where} on this {product}. Details:",
    "finding: {what}; location: {where}; description:",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top left-hand corner", "top-left quadrant"),
    "top": ("top edge", "upper band", "top strip"),
    "top right": ("upper-right corner", "top right-hand corner", "top-right quadrant"),
    "left": ("left-hand side", "left flank", "left margin"),
    "center": ("centre", "dead middle", "very centre"),
    "right": ("right-hand side", "right flank", "right margin"),
    "bottom left": ("lower-left corner", "bottom left-hand corner", "bottom-left quadrant"),
    "bottom": ("bottom edge", "lower band", "bottom strip"),
    "bottom right": ("lower-right corner", "bottom right-hand corner", "bottom-right quadrant"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "over by the {w}",
    "at the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the frame",
    " of the picture",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", off-centre",
    ", well away from the middle",
    ", clear of the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large fracture",
        "a big break in the glass",
        "a badly shattered rim",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nick in the glass", "a tiny fracture"),
    ("bottle", "contamination"): ("foreign matter", "a speck of debris", "foreign particles"),
    ("carpet", "color"): ("a discoloured patch", "a stain", "a dye blotch"),
    ("carpet", "cut"): ("a slit", "a gash", "a knife cut"),
    ("carpet", "hole"): ("a hole worn through", "a puncture", "a gap in the weave"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "metal shavings",
        "a stray piece of metal",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a stain", "a dye mark"),
    ("leather", "cut"): ("a slit", "a gash", "a knife cut"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a folded-over ridge"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick", "a small stab hole"),
    ("screw", "scratch_head"): ("a scuffed head", "a scratch on the head", "abrasion on the head"),
    ("screw", "scratch_neck"): (
        "a scratch on the shank",
        "a scuffed neck",
        "abrasion just below the head",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled front end"),
    ("screw", "thread_side"): ("damaged threads", "a nicked thread flank", "a stripped thread"),
    ("screw", "thread_top"): (
        "a damaged thread crest",
        "flattened threads",
        "a chipped thread tip",
    ),
    ("metal_nut", "bent"): ("a bent tab", "a deformed tab", "a buckled lobe"),
    ("metal_nut", "color"): ("a discoloured patch", "a stain", "paint discolouration"),
    ("metal_nut", "scratch"): ("a scratch mark", "a scuff", "surface abrasion"),
    ("metal_plate", "major_rust"): ("heavy rust spots", "corrosion", "a rusty patch"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "widespread corrosion",
        "a fully rusted surface",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "abrasions", "surface scratches"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "mouth", "base", "lip"),
    "carpet": ("pile", "backing", "fringe"),
    "leather": ("grain", "panel", "hide"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("prong", "lobe", "hub", "bore"),
    "metal_plate": ("face", "sheet", "panel"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline fracture",
    "a jagged chip",
    "a dark stain",
    "a shallow dent",
    "a ragged tear",
    "a rust-coloured blotch",
    "a deep gouge",
    "a puncture mark",
    "a raised burr",
    "a smear of grease",
)

OTHER_TYPES: tuple[str, ...] = (
    "bubble",
    "burr",
    "blister",
    "dent",
    "pinhole",
    "porosity",
    "delamination",
    "misalignment",
    "spatter",
    "warping",
    "missing part",
    "peeling",
)
