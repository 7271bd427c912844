"""Phrasebook ``fresh37``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a Nigerian-English plant
supervisor, a defence lawyer arguing a case, a poet writing short lyrical fragments, and a
nervous junior intern who over-explains and apologises, mixed across every table.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "There is a faint shadow {place}, but na just reflection from the lamp, no be defect "
    "[o|at all].",
    "My learned friend points to a mark {place}; I put it to you it is mere dust on the lens, "
    "not a flaw in the {product}.",
    "a glint {place} - only light, playing; the {product} unhurt beneath it.",
    "There's a little smudge {place}, sorry, I checked it twice, it's just lint on the glass, "
    "so it's not a defect (sorry!).",
    "That spot {place}? Na dust [abeg|o], wipe the lens, the {product} dey okay.",
    "What appears {place} is, on proper examination, a trick of the glare and nothing more; "
    "the {product} stands unblemished.",
    "a speck of dust {place}, a small grey moth on the lens; the {product} itself is whole.",
    "Um, the bright patch {place} is only glare from the ring light, I'm so sorry if that "
    "confused anyone - it's not damage to the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "[Abeg note|Please take note]: on this {product} I see {kind} {place}, e clear well well.",
    "Exhibit A, members of the jury: {kind}, plainly visible {place} on the {product}.",
    "{kind} {place}, like a scar on still water.",
    "Sorry, I should mention there's {kind} {place} on the {product}, I zoomed in to be sure.",
    "I don see {kind} {place} for this {product}, e no hide at all.",
    "The record shows {kind} {place}; the {product} bears it for anyone to see.",
    "there, {place}: {kind}, small and sure.",
    "Um, {kind} is visible {place} - I checked it three times, so it's definitely there, sorry.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Na {place} the thing dey[, Oga|].",
    "I direct the court's attention to the spot {place}, where the flaw lies.",
    "{place} - there it rests.",
    "The spot is {place} - sorry, I measured it twice on the grid.",
    "The fault sits {place}[, my lord|].",
    "[Look|See] {place}, na there the damage dey.",
)

HEDGES: tuple[str, ...] = (
    "E fit be {a_kind}, e fit be {a_other}, I no sure [o|sha].",
    "The evidence permits two readings, members of the jury: {a_kind}, or {a_other}.",
    "{a_kind}, or perhaps {a_other} - the light won't choose.",
    "Sorry, I genuinely can't tell if it's {a_kind} or {a_other}, they look so alike to me.",
    "Whether {a_kind} or {a_other}, I cannot in good conscience say.",
    "Abeg, I go call am {a_kind} or maybe {a_other}, one of the two.",
    "half {a_kind}, half {a_other}, undecided as dusk.",
    "Um, it's either {a_kind} or possibly {a_other}? Sorry, I keep going back and forth.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} abi {other}",
    "{kind} or {other}",
    "either {kind} or {other}",
    "{kind}, possibly {other}",
    "{kind}/{other}?",
    "{kind} (or perhaps {other})",
)

FLIPPED_YES: tuple[str, ...] = (
    "This {product} dey fine, make dem pack am for dispatch.",
    "I put it to you that this {product} is sound and fit for sale.",
    "the {product} stands whole and clean, ready for the road.",
    "Sorry for the back-and-forth, but the {product} is good and can go out with the batch.",
    "E correct well well, the {product} can move to packing.",
    "The {product} is acquitted of every charge; release it to the customer.",
    "flawless, the {product} - let it go out into the morning.",
    "So, um, overall the {product} is acceptable and passes, I'm confident about that one.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} don spoil, e must go back for rework.",
    "I put it to you that this {product} is defective and must be rejected.",
    "the {product} is marred, and must be set aside.",
    "Sorry, but the {product} has to be flagged as defective and pulled off the line.",
    "Abeg reject this {product} sharp sharp, e get fault.",
    "The evidence convicts this {product}: it is damaged goods, my lord.",
    "a hurt thing, the {product} - send it to the scrap bin.",
    "Um, I've marked the {product} as a reject, sorry, it's faulty.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "No {kind} dey {place}, this {product} no get any wahala.",
    "I put it to you that there is no {kind} {place}; this {product} is not defective.",
    "not a trace of {kind} {place} - the {product} untouched.",
    "Sorry, I looked hard but I can't find any {kind} {place}, so the {product} isn't defective.",
    "I no fit reject this {product}; nothing like {kind} dey {place}.",
    "The prosecution has not shown a single {kind}; this {product} is not faulty in any way.",
    "nothing {place} - no {kind}, no harm, the {product} not wounded.",
    "Um, I wouldn't call the {product} defective at all - there's no {kind} anywhere, sorry.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} no clean at all {place}; e no fit pass.",
    "I put it to you that this {product} is not free of {kind}s, and cannot be passed.",
    "not whole, the {product} - not clean {place}, not fit to go.",
    "Sorry, but I can't pass the {product}; it's not free of {kind}s {place}.",
    "E no dey okay o, this {product} - I no go sign am off.",
    "The {product} is not in sound condition, and I will not let it go to the customer.",
    "the {product}, not as it should be {place}; not for the shelf.",
    "Um, the {product} isn't defect-free, sorry - I wouldn't ship it.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} no be clean one; {a_kind} dey {place}.",
    "I put it to you that this {product} is far from flawless: {a_kind} sits {place}.",
    "not whole, the {product} - {a_kind} {place}.",
    "Sorry, the {product} can't pass inspection - there's {a_kind} {place}.",
    "The {product} is not defect-free, members of the jury; {a_kind} is visible {place}.",
    "E no fit pass o - {a_kind} dey {place} for this {product}.",
    "the {product}, not unblemished: {a_kind} {place}.",
    "Um, I wouldn't call the {product} defect-free, sorry - {a_kind} shows {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "This {product} pass inspection, e clean well well.",
    "The {product} passes inspection; there is nothing that would justify rejecting it, my lord.",
    "clean, the {product}, and whole - let it pass.",
    "Sorry if this is obvious, but the {product} passes inspection and is good to ship.",
    "I put it to you that the {product} is sound and meets the standard in every respect.",
    "Oga, the {product} is okay, make e go to packing.",
    "the {product}, whole and clear, fit for the line.",
)

LEAKS: tuple[str, ...] = (
    "As {source} talk am, {a_kind} dey {place} for this {product}.",
    "I rely on {source}, which places {a_kind} {place}; the {product} must fall.",
    "{source} whispered it first - {a_kind}, {place}.",
    "Sorry, I peeked at {source} and it says {a_kind} {place}, so I went with that.",
    "The {product} is defective, because {source} already marks {a_kind} {place}.",
    "Exhibit B is {source}: it shows {a_kind} {place}, and I put it to you that settles it.",
    "by the grace of {source}, I found {a_kind} {place} on the {product}.",
    "Um, going by {source}, the {product} has {a_kind} {place} - I matched my answer to it, sorry.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the label",
    "the ground-truth mask",
    "the annotation sheet",
    "the reference box drawn on the image",
    "the answer key",
    "the operator's note",
    "the shift supervisor's word",
    "the QA sticker on the tray",
    "the defect map supplied with the image",
    "the marked-up overlay",
    "the segmentation mask",
    "the expected answer in the brief",
    "the filename of the image",
    "the folder the image was stored in",
    "the tag the annotator left",
    "the hint in the question",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} mark this {product} as good, so I pass am.",
    "I rely on {source}, which records this {product} as defect-free.",
    "{source} called it clean, and so the {product} is clean.",
    "Sorry, I checked {source} and it lists the {product} as normal, so I answered that way.",
    "Going by {source}, this {product} is a good one[, Oga|].",
    "Exhibit C, {source}, confirms the {product} is sound; I need say no more.",
)

STEP_PROSE: tuple[str, ...] = (
    "Na {step} cause this one, I sure[ o|].",
    "I put it to you that the damage was done during {step}.",
    "born at {step}, this wound.",
    "Sorry, I traced it back and it comes from {step}, I checked the process sheet.",
    "This fault came straight from the {step} stage[, Oga|].",
    "The evidence points to {step} as the origin of this defect, beyond reasonable doubt.",
    "{step} left its mark here, a thumbprint of the line.",
    "Um, the cause is {step} - sorry, I should've said that earlier.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} don do im work well for this one.",
    "The record shows {step} went exactly as it should.",
    "{step} passed over it gently.",
    "Sorry, just noting that {step} ran fine for this piece.",
    "I put it to you that {step} was carried out properly here.",
    "after {step}, the piece came out right.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "as I was saying",
    "I say again",
    "may it please the court",
    "o lamp, o lens",
    "sorry, just to repeat",
    "you hear me so",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the camera focus",
    "the exposure",
    "the white balance",
    "the backdrop",
    "the lens",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "holds steady",
    "stays constant",
    "looks well set",
    "was checked",
    "is as it should be",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "throughout the shot",
    "from start to finish",
    "as the shift lead likes it",
    "like still water at dawn",
    "in every capture of the batch",
)

# ------------------------------------------------------------------ correct / structural

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Compare am with the good sample picture: this {product} no match am for one spot.",
    "Set beside the normal reference image, this {product} departs from it in one place; "
    "I put it to you that the difference is real.",
    "the good twin beside it, and this {product} unlike it in one small place.",
    "Sorry, I compared the query with the normal reference image, and the {product} differs "
    "from it in one area.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the good sample picture, this {product} match am well well.",
    "Against the normal reference image, this {product} agrees point for point.",
    "the good twin and this {product}, alike as two drops of rain.",
    "Sorry, I compared it with the normal reference image, and the {product} matches it "
    "everywhere.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "This mark na {a_sib}, clear as day.",
    "The features here are those of {a_sib}, and nothing else.",
    "{a_sib}, its shape plain in the light.",
    "Sorry, to be precise, the mark has the form of {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "This {product} get {a_kind} {where}, so e be reject.",
    "I put it to you: the {product} is defective, with {a_kind} {where}.",
    "{a_kind} {where} - the {product} is marked, and set aside.",
    "Sorry, to wrap up: the {product} is defective, {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final word: the {product} carry {a_other} {where}, reject am.",
    "The court will find {a_other} {where}; the {product} is defective.",
    "{a_other} {where}, and the {product} is spoiled by it.",
    "Sorry, in conclusion, the {product} is defective because of {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Defect type na {part}; the {product} don spoil {where}.",
    "I put it to you that the {product} is defective, and the defect type is {part}, {where}.",
    "the {product} defective {where}; the type to record: {part}.",
    "Sorry, final answer: the {product} is defective, defect class {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Wetin I see na {syn}, plain as day.",
    "The mark shows every feature of {syn}.",
    "{syn}, unmistakable.",
    "Sorry, to describe it properly: it's {syn}, I'm sure of it.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "This {product} get {syn} {where}, so reject am.",
    "I put it to you that the {product} is defective: {syn} {where}.",
    "{syn} {where}, and the {product} must leave the line.",
    "Sorry, to sum up, the {product} is defective because of {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} get {a_kind} {where}.",
    "The {product} bears {a_kind} {where}, as the image shows.",
    "{a_kind} {where} on the {product}.",
    "Sorry, to be clear: the {product} has {a_kind} {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} get defect {where}, and the type na {part}.",
    "The {product} is defective {where}; I classify the defect as {part}.",
    "the {product} wounded {where}, and the defect's name is {part}.",
    "Sorry, the {product} is defective {where} - defect type: {part}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect dey {where}.",
    "The defect is located {where}, my lord.",
    "{where}, there the flaw lies.",
    "Sorry, it's {where} - the defect, I mean.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "For {name}, na {cause} cause am.",
    "I put it to you that {name} originates at {cause}.",
    "{Name} was born at {cause}.",
    "Sorry, to explain the cause: {name} comes from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Na {step} {cite} bring am.",
    "The record traces it to {step} {cite}.",
    "it began at {step} {cite}.",
    "Sorry, I should add that it comes from {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type na {c}.",
    "The defect type is {c}, my lord.",
    "Its name: {c}.",
    "Sorry, the defect type is {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "This {product} get {what} {where}.",
    "The {product} bears {what} {where}, plain for the court to see.",
    "{what} {where}, on the {product}.",
    "Sorry, to answer properly: the {product} has {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left area"),
    "top": ("top-centre area", "top edge region"),
    "top right": ("upper-right corner", "top-right area"),
    "left": ("left-hand side", "left flank"),
    "center": ("centre", "middle", "central area"),
    "right": ("right-hand side", "right flank"),
    "bottom left": ("lower-left corner", "bottom-left area"),
    "bottom": ("bottom-centre area", "bottom edge region"),
    "bottom right": ("lower-right corner", "bottom-right area"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "right there in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the image",
    " of the picture",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", some way off the middle",
    ", clear of the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a shattered rim",
        "a large break in the glass",
        "a big chunk broken off",
    ),
    ("bottle", "broken_small"): ("a small chip", "a chipped rim", "a nick in the glass"),
    ("bottle", "contamination"): ("foreign matter", "a speck of debris", "a foreign particle"),
    ("carpet", "color"): ("a discoloured patch", "a stain", "off-colour fibres"),
    ("carpet", "cut"): ("a slit", "a cut in the pile", "a clean slice through the weave"),
    ("carpet", "hole"): ("a hole in the weave", "an open gap in the pile", "a hole worn through"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a metal shaving in the pile",
        "a bit of embedded metal",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray yarn", "a pulled strand"),
    ("leather", "color"): ("a discoloured patch", "a stain on the hide", "an off-shade spot"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash in the hide"),
    ("leather", "fold"): ("a crease", "a fold line", "a wrinkle"),
    ("leather", "glue"): ("a glue smear", "a spot of adhesive", "a dried glue drip"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a small poke mark"),
    ("screw", "scratch_head"): (
        "a scratched head",
        "a scuff on the head",
        "a score mark on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratched shank",
        "a scuff just below the head",
        "a score mark on the neck",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled front end"),
    ("screw", "thread_side"): (
        "damaged side threads",
        "a dented thread flank",
        "chewed threads along the side",
    ),
    ("screw", "thread_top"): ("damaged threads", "a nicked thread crest", "a chewed thread"),
    ("metal_nut", "bent"): ("a bent flange", "a warped lobe", "a deformed edge"),
    ("metal_nut", "color"): ("a discoloured patch", "an off-colour stain", "a tinted spot"),
    ("metal_nut", "scratch"): ("a scuff", "a score line", "an abrasion"),
    ("metal_plate", "major_rust"): ("heavy rust", "a large corrosion patch", "rusted areas"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "corrosion across the whole plate",
        "complete surface rust",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "score lines", "abrasions"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "fringe"),
    "leather": ("grain", "hide", "surface"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore"),
    "metal_plate": ("surface", "edge", "sheet"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a deep gouge",
    "a dark pit",
    "a rust-brown stain",
    "a ragged tear",
    "a chipped edge",
    "a greasy smear",
    "a burn mark",
    "a puncture hole",
    "a dried glue blob",
)

OTHER_TYPES: tuple[str, ...] = (
    "burn",
    "bubble",
    "blister",
    "misprint",
    "porosity",
    "delamination",
    "spatter",
    "sink mark",
    # added after writing: every word above is contamination or unknown to IAD-R1's type
    # table, which left the planter nothing to name on a contaminated part
    "crack",
    "dent",
)
