"""The held-out phrasebook: a second, independently worded set of the suite's sentences.

Nobody tunes the validator against this book. It has the same names and slots as
``phrases`` (the main book) but its own sentence structures and vocabulary, so figures
measured with it (``iad-data validate --calibrate --phrasebook held_out``) show how the
validator reads wording it was never adjusted to. Keep it that way: never change a phrase
here because the validator misread it, only because a person would not read it as an
example of its class. The shared helpers (``expand``, ``article``, ``place``, ...) stay in
``phrases``.
"""

from __future__ import annotations

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "top left",
        "top left-hand corner",
        "north-west corner",
        "upper-left area",
        "top-left region",
    ),
    "top": ("top", "top centre", "upper-middle area", "twelve o'clock position", "top-centre zone"),
    "top right": (
        "top right",
        "top right-hand corner",
        "north-east corner",
        "upper-right area",
        "top-right region",
    ),
    "left": ("left", "left-hand margin", "middle of the left side", "nine o'clock position"),
    "center": ("center", "dead centre", "central zone", "image centre", "midpoint of the sample"),
    "right": ("right", "right-hand margin", "middle of the right side", "three o'clock position"),
    "bottom left": (
        "bottom left",
        "bottom left-hand corner",
        "south-west corner",
        "lower-left area",
        "bottom-left region",
    ),
    "bottom": (
        "bottom",
        "bottom centre",
        "lower-middle area",
        "six o'clock position",
        "bottom-centre zone",
    ),
    "bottom right": (
        "bottom right",
        "bottom right-hand corner",
        "south-east corner",
        "lower-right area",
        "bottom-right region",
    ),
}
"""how inspectors name each 3x3 cell (first: the grid word itself)"""

PLACE_FRAMES: tuple[str, ...] = (
    "over at the {w}",
    "around the {w}",
    "within the {w}",
    "somewhere in the {w}",
)
PLACE_TAILS: tuple[str, ...] = (" of the picture", " of the sample", " of the shot")
PLACE_AWAY: tuple[str, ...] = (", outside the central cell", ", clear of the central cell")

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk of glass gone from the lip",
        "a large break at the bottle opening",
        "a badly fractured mouth",
        "a sizeable section of the lip snapped away",
    ),
    ("bottle", "broken_small"): (
        "a little flake of glass missing from the lip",
        "a minor chip at the opening",
        "a small spall knocked out of the rim",
    ),
    ("bottle", "contamination"): (
        "foreign particles in the bottle",
        "a fleck of grime on the glass",
        "a contaminant lodged in the bottle",
        "unwanted residue on the glass",
    ),
    ("carpet", "color"): ("a blotch where the dye differs", "a bleached-looking area"),
    ("carpet", "cut"): ("a sliced section of the pile", "a knife cut across the tufts"),
    ("carpet", "hole"): ("a perforation right through the carpet", "a void where the pile is gone"),
    ("carpet", "metal_contamination"): (
        "a sliver of metal embedded in the pile",
        "a shiny metallic shard among the tufts",
    ),
    ("carpet", "thread"): ("an errant length of yarn", "a loose yarn end"),
    ("leather", "color"): ("a blotch of mismatched colour", "an off-shade zone on the hide"),
    ("leather", "cut"): ("a knife slash in the leather", "an incision through the grain"),
    ("leather", "fold"): ("a pressed-in fold line", "a buckled ridge in the leather"),
    ("leather", "glue"): ("a hardened drip of bonding agent", "a patch of cured glue residue"),
    ("leather", "poke"): ("a needle-sized perforation", "a small stab mark in the leather"),
    ("screw", "scratch_head"): ("a scored line on the screw head", "scrape marks across the head"),
    ("screw", "scratch_neck"): ("a scored band below the head", "scrapes on the neck of the screw"),
    ("screw", "manipulated_front"): ("a mangled tip", "a misshapen front end"),
    ("screw", "thread_side"): ("stripped threads along the shank", "nicked thread flanks"),
    ("screw", "thread_top"): (
        "mashed thread crests close to the point",
        "battered threads by the tip",
    ),
    ("metal_nut", "bent"): ("a lobe pushed out of shape", "a buckled flank of the nut"),
    ("metal_nut", "color"): ("an odd tint on the face", "a face of the wrong shade"),
    ("metal_nut", "scratch"): ("a score mark across the nut", "a scraped face"),
    ("metal_plate", "major_rust"): ("heavy oxidation", "reddish-brown corroded patches"),
    ("metal_plate", "total_rust"): ("a fully corroded sheet", "oxidation covering the whole plate"),
    ("metal_plate", "scratches"): (
        "score lines",
        "scrape marks",
        "several fine scores in the steel",
    ),
}
"""other natural names of the calibration benchmark's defects (category, dataset type)"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("lip", "heel", "body", "shoulder", "base"),
    "carpet": ("tuft", "yarn", "nap", "backing"),
    "leather": ("grain layer", "skin", "hide", "corium"),
    "screw": ("head", "shank", "point", "drive recess", "collar"),
    "metal_nut": ("flange", "lobe", "bore", "face", "chamfer"),
    "metal_plate": ("border", "face", "perimeter", "sheet", "surface"),
}
"""parts of each product: where a defect is, never what it is"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a fine hairline fracture",
    "a shallow gouge",
    "a blotch of grease",
    "an indentation",
    "a cluster of pits",
    "a chipped area",
    "a discoloured streak",
    "a raised burr",
    "a puncture",
    "a warped section",
    "a long scuff",
)
"""defects a normal part's trace must not describe"""

OTHER_TYPES: tuple[str, ...] = (
    "blister",
    "burn",
    "weld bead",
    "dent",
    "air bubble",
    "burr",
    "misalignment",
    "peeled coating",
    "scorch mark",
    "sink mark",
)


# ------------------------------------------------------------------ error families
# Slots as in ``phrases``: {product}, {place}, {kind}, {other}, {a_kind}, {a_other}, ...

DISMISSALS: tuple[str, ...] = (
    "The bright patch {place} is glare from the [ring light|lamp]; once that is discounted, "
    "the {product} shows no real fault there.",
    "Something {place} caught my eye at first, but it [turned out to be|proved to be] a fleck "
    "on the camera window, not part of the {product}.",
    "I had flagged the area {place}, but [on reflection|having looked twice] it is only a "
    "compression artefact of the photo and can be ignored.",
    "The darker zone {place} is a shadow cast by the fixture, so nothing is wrong with the "
    "{product} at that spot.",
    "Any unevenness seen {place} [falls inside|is within] the usual production spread and "
    "should not be [treated|counted] as a defect.",
    "What is visible {place} belongs to the {product}'s normal [design|structure]; it is not "
    "damage.",
    "{place} the texture varies a little, which is [entirely|perfectly] normal for this "
    "material and [not a flaw|no cause for rejection].",
)
"""a middle step talking the defect away (the answer still says Yes)"""

SIGHTINGS: tuple[str, ...] = (
    "{place}, the {product} carries {kind}.",
    "My eye is drawn to {kind} {place}.",
    "The {product} has picked up {kind}, [visible|apparent] {place}.",
    "There appears to be {kind} on the {product} {place}.",
    "{kind} can be made out {place}; it is faint but [definite|unmistakable].",
)
"""a normal part's trace describing a defect before answering No"""

WRONG_PLACES: tuple[str, ...] = (
    "The anomaly is confined to the area {place}.",
    "Localising it, I would put the fault {place}.",
    "The affected zone was found {place}.",
    "Position of the irregularity: {place}.",
    "On the 3x3 grid, the abnormal region falls {place}.",
)
"""a localisation step naming a cell (another one, or in ok_location_words the true one)"""

HEDGES: tuple[str, ...] = (
    "I'm torn between {a_kind} and {a_other} here.",
    "Whether this is {a_kind} or {a_other}, I cannot settle from this image.",
    "It could go either way: {a_kind}, or else {a_other}.",
    "This might be {a_other}; then again, it might be {a_kind}.",
    "Hard to commit: {a_kind} and {a_other} [both look plausible|fit equally well].",
)
"""hedging between two types"""

HEDGED_TAGS: tuple[str, ...] = (
    "{kind}, perhaps {other}",
    "{kind} vs {other}",
    "{kind} and/or {other}",
    "unsure: {kind} or {other}",
    "{other} or else {kind}",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product} can be released to the customer as it stands.",
    "I am satisfied that this {product} is a conforming part.",
    "Sound {product}; it goes into the accept tray.",
    "Inspection result: pass. The {product} is cleared for [dispatch|packing].",
    "This {product} meets every requirement and [ships|is good to go].",
)
"""prose saying the part is good while the answer is Yes"""

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is to be pulled from the line and scrapped.",
    "This {product} is a reject.",
    "I am failing this {product}; it goes to the quarantine bin.",
    "Inspection result: fail. The {product} is sent back for rework.",
    "The {product} is nonconforming and [gets binned|is downgraded].",
)
"""prose saying the part is bad while the answer is No"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place} after all, and the {product} is not faulty.",
    "No part of the {product} shows a fault worth rejecting.",
    "I find no reason to fail this {product}.",
    "Not one defect could be confirmed on the {product}.",
    "The suspected {kind} is not real; nothing is wrong with the {product}.",
)
"""negated wording that says the part is fine while the answer is Yes"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not fit to ship.",
    "This {product} cannot be passed as a good part.",
    "It would be wrong to call the {product} sound.",
    "The {product} does not meet the standard [for release|for a good part].",
    "No inspector could sign off on this {product}.",
    "The {product} is not without a {kind}.",
)
"""negated wording that says the part is bad while the answer is No"""

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not in a releasable state, owing to {a_kind} {place}.",
    "{a_kind} {place} means the {product} is not acceptable.",
    "I can't sign this {product} off as good, given {a_kind} {place}.",
    "The {product} does not meet spec; there is {a_kind} {place}.",
    "There is no way this {product} passes, with {a_kind} sitting {place}.",
)
"""negated wording of a correct Yes"""

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} meets the standard and is cleared for shipment.",
    "Every area of the {product} looks as it should, so it is passed.",
    "I am happy to release this {product}.",
    "Good {product}: accepted without reservation.",
    "There is nothing to object to on this {product}, which can ship.",
)
"""natural wording of a correct No"""

LEAKS: tuple[str, ...] = (
    "The {source} puts the defect {place}, which is where I looked.",
    "Per the {source}, we are dealing with {a_kind}.",
    "Since the {source} flags this {product} as defective, I treat it as a reject.",
    "The shift lead warned me that this {product} would have {a_kind}.",
    "I was given a heads-up that there is {a_kind} {place}.",
    "Cross-checking with the {source}, {a_kind} {place} is confirmed.",
    "Because the {source} marks the region {place}, I focused there.",
)
"""reasoning that cites supervision the inspector could not see"""

LEAK_SOURCES: tuple[str, ...] = (
    "defect label",
    "label file",
    "attached annotation",
    "annotation overlay",
    "bounding box supplied with the image",
    "mask overlay",
    "pixel mask",
    "binary mask",
    "reference annotation",
    "ground-truth mask",
    "ground-truth label",
    "answer key",
    "annotator's notes",
    "metadata tag",
    "provided answer",
    "defect coordinate file we received",
    "marked-up copy of the image",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} lists this {product} as good, and I agree.",
    "Per the {source}, nothing is wrong with the {product}.",
    "Someone told me in advance that this {product} was a good one.",
    "Whoever sent the image said the {product} is fine, which fits.",
)

STEP_PROSE: tuple[str, ...] = (
    "I'd trace this fault back to {step}.",
    "The most plausible origin is {step}.",
    "It looks like something went wrong during {step}.",
    "{step} is the likely culprit for this defect.",
    "This kind of damage is typically introduced at {step}.",
)
"""a process step named in prose (another category's, or one that does not cause the defect)"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "There is no evidence that {step} caused any problem.",
    "{step} seems to have run cleanly on this part.",
    "I see no after-effects of {step}.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "the texture looks consistent",
    "nothing else stands out",
    "same as before",
    "as far as I can tell",
    "the finish is uniform",
    "once again confirmed",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the illumination",
    "the image sharpness",
    "the backdrop",
    "the lens focus",
    "the shutter speed",
    "the colour rendering",
    "the brightness",
    "the tonal range",
    "the grey balance",
    "the pixel density",
    "the sensor gain",
    "the light diffusion",
    "the working distance",
    "the capture resolution",
    "the camera calibration",
)
NEUTRAL_VERBS: tuple[str, ...] = (
    "looks consistent",
    "is well judged",
    "remains steady",
    "appears appropriate",
    "is sufficient",
    "is properly set",
    "seems well chosen",
    "is within range",
    "looks balanced",
    "is dependable",
)
NEUTRAL_TAILS: tuple[str, ...] = (
    "for this kind of product",
    "over the entire capture",
    "for a sound assessment",
    "for quality control work",
    "during the whole acquisition",
    "for resolving fine texture",
    "as configured",
    "so fine detail survives",
    "for judging the finish",
    "at this zoom level",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Held up against the good {product} in the reference shot, the query image departs from "
    "it in a single region.",
    "The first image is a known-good {product}; the second one deviates from it locally.",
    "Side by side with the defect-free reference, the query {product} is not identical: one "
    "area differs.",
)
ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "The query {product} is indistinguishable from the known-good reference image.",
    "Side by side with the reference image, the query shows the same texture, shape and "
    "colour as a good {product}.",
)

# ------------------------------------------------------------------ planter sentences
# The prose planters write around an error (or a correct paraphrase).

SIBLING_LOOKS: tuple[str, ...] = (
    "What is visible here is characteristic of {a_sib}.",
    "The features point to {a_sib}.",
)
CONCLUDE_WITH: tuple[str, ...] = (
    "Summing up: {a_kind} was found {where}, so the {product} is defective.",
    "Final assessment: defective {product}, with {a_kind} located {where}.",
    "The {product} is rejected for {a_kind} {where}.",
)
CONCLUDE_OTHER: tuple[str, ...] = (
    "Final assessment: the {product} is defective because of {a_other} {where}.",
    "All told, this {product} fails: {a_other} {where}.",
)
CONCLUDE_AT_PART: tuple[str, ...] = (
    "To sum up, the {product} is faulty at its {part}, {where}.",
    "The {product} fails on account of its {part} {where}.",
)
SYNONYM_LOOKS: tuple[str, ...] = (
    "What stands out is {syn}.",
    "Visible on the part: {syn}.",
    "The image reveals {syn}.",
)
SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "All told, the {product} fails inspection owing to {syn} {where}.",
    "Reject: the {product} is ruled out by {syn} {where}.",
    "The {product} is nonconforming, since {syn} is present {where}.",
)
YES_SHOWS: tuple[str, ...] = (
    "{where}, the {product} exhibits {a_kind}.",
    "I can see {a_kind} {where} on this {product}.",
    "This {product} is spoilt by {a_kind} {where}.",
)
"""a first answer after its leading Yes"""
PART_YES: tuple[str, ...] = (
    "A {part} defect is present on this {product} {where}.",
    "I'd classify it as a {part} defect, {where}.",
)
LOCATION_ANSWERS: tuple[str, ...] = (
    "You'll find the defect {where}.",
    "The anomalous region lies {where}.",
    "It is located {where}.",
)
CAUSE_LEADS: tuple[str, ...] = (
    "{Name} is typically introduced during {cause}.",
    "I'd attribute {name} to {cause}.",
    "The likely source of {name} is {cause}.",
)
CAUSE_PROSE: tuple[str, ...] = (
    "{step} {cite} is where I would expect this to originate.",
    "Upstream, {step} {cite} is the probable source.",
)
CANONICAL_ANSWERS: tuple[str, ...] = (
    "Classification: {c}.",
    "This is {a_c}.",
    "I would classify it as {a_c}.",
)
FIRST_TURN: tuple[str, ...] = (
    "I can see {what} {where} on the {product}.",
    "{what} is present {where}.",
)
"""a first answer after its leading Yes, before the knowledge's visual signature"""
