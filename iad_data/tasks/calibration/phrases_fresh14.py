"""Phrasebook ``fresh14``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a patent examiner,
a car-magazine reviewer, a six-sigma engineer using DMAIC vocabulary, and a
vision-language model emitting terse numbered reasoning steps.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "The bright feature observed {place} is deemed a specular reflection of the lamp and "
    "is not regarded as a defect of the {product}.",
    "That glint {place}? Just the studio lights bouncing off the {product} - "
    "[nothing to worry about|no flaw at all], not a defect.",
    "Measure: the signal {place} is attributed to sensor noise, a camera artefact; it is "
    "classified as non-defect for this {product}.",
    "Step 3: Mark {place} = shadow cast by the fixture. Not a defect on the {product}. Ignore.",
    "What looks like a spot {place} is merely dust sitting on the lens, and the examiner "
    "does not consider it a feature of the {product} itself.",
    "Sure, there's a smudge {place}, but it's [glare|a reflection] off the glossy "
    "{product}, not real damage - move along.",
    "Analyze: the dark patch {place} fails the repeatability check, so it is a lighting "
    "shadow, not a defect in the {product}.",
    "4. Blob {place}: dust particle on the optics. Not part of the {product}. No defect.",
)

SIGHTINGS: tuple[str, ...] = (
    "The {product} unmistakably exhibits the {kind} {place}, a real departure from the "
    "reference condition.",
    "Look {place} and the {kind} jumps right out at you - this {product} has genuinely "
    "been damaged there.",
    "Measure: clear evidence of {kind} confirmed {place} on the {product}; logged as one "
    "real nonconformity.",
    "Step 3: Region {place}: {kind} present on the {product}. Confidence high.",
    "There is the {kind} {place}; it is a true feature of the {product}, not an artefact "
    "of the imaging.",
    "Analyze: the {kind} {place} is real and reproducible across the {product} surface data.",
    "Sadly the {product} carries signs of {kind} {place}, and no amount of squinting "
    "makes it go away.",
    "2) Detected: {kind} {place}. Real defect on the {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The irregularity is situated {place}.",
    "Look {place} - that's exactly where the damage sits.",
    "Measure: defect location recorded {place}.",
    "Step 4: Localize -> defect {place}.",
    "The anomalous region is found {place}, and nowhere else on the specimen.",
    "You'll find the flaw {place}.",
    "Analyze: the affected area lies {place}.",
    "3. Location: {place}.",
)

HEDGES: tuple[str, ...] = (
    "The feature may equally be construed as {a_kind} or as {a_other}; the evidence of "
    "record does not permit a determination between them.",
    "Is it {a_kind}? Is it {a_other}? Honestly, we couldn't call it either way.",
    "Analyze: classification is inconclusive between {a_kind} and {a_other}; both "
    "hypotheses remain open.",
    "Step 5: Type = {a_kind} OR {a_other}? Undetermined.",
    "It could be {a_kind}, though it might just as well be {a_other} - I can't settle on one.",
    "No finding is made as to whether this is {a_kind} or {a_other}; either reading "
    "remains plausible.",
    "Measure: the data fit {a_kind} and {a_other} about equally well, so the defect type "
    "stays unresolved.",
    "5) Candidates: {a_kind}, {a_other}. Cannot choose between them.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or, alternatively, {other}",
    "{kind}, or maybe {other}",
    "{kind} / {other}, classification unresolved",
    "{kind} OR {other}?",
    "either {kind} or {other}",
    "{kind} - possibly {other}, hard to say",
    "undecided: {kind} vs {other}",
    "{kind} or {other}, not determined",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product} as examined conforms in all respects to the reference specimen and is "
    "found acceptable.",
    "This {product} is showroom-fresh, [flawless|spotless] from every angle, and it gets "
    "our full recommendation.",
    "Control: the {product} is within spec on every CTQ; disposition is pass.",
    "Step 6: Verdict: {product} good. Accept.",
    "Nothing is wrong with the {product}; it is a normal, good part.",
    "The {product} is in perfect order and passes inspection.",
    "Improve is not needed: this {product} meets all requirements and ships as a good unit.",
    "7. {product}: normal, passes.",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} under examination is held to be defective and is accordingly rejected.",
    "Sorry, this {product} is a dud - it's damaged and goes straight back to the factory.",
    "Control: the {product} is nonconforming; disposition is reject and quarantine.",
    "Step 6: Verdict: {product} defective. Reject.",
    "The {product} is faulty and should not pass inspection.",
    "This {product} fails; it is a defective part.",
    "Analyze complete: the {product} is a defective unit and is scrapped.",
    "7. {product}: anomalous, fails.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "No {kind} is found {place}, and the {product} is not considered defective.",
    "Not a hint of {kind} {place} - this {product} has nothing wrong with it.",
    "Measure: zero occurrences of {kind} {place}; the {product} does not fail any CTQ.",
    "Step 4: Checked {place}: no {kind}. The {product} is not defective.",
    "There is no {kind} {place}, so the {product} is not a reject.",
    "We went looking for {kind} {place} and didn't find any; this {product} isn't damaged.",
    "The {product} does not exhibit {kind} {place} and cannot be said to be defective.",
    "5) {place}: {kind} absent. {product} not anomalous.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} cannot be held to be free of {kind}, and is therefore not acceptable.",
    "Don't be fooled - this {product} is not {kind}-free, not by a long shot.",
    "Analyze: the {product} does not meet the zero-{kind} requirement; it is not a "
    "conforming unit.",
    "Step 5: {product} NOT {kind}-free. Not acceptable.",
    "The {product} is not free of {kind}.",
    "This {product} can't be called {kind}-free; it does not pass.",
    "It is not possible to regard the {product} as being without {kind} {place}.",
    "6. {product}: not {kind}-free. Does not pass.",
)

LEAKS: tuple[str, ...] = (
    "As indicated in {source}, the {product} bears {a_kind} {place}, which the examiner "
    "adopts as the finding.",
    "We'll be honest: {source} tipped us off to {a_kind} {place} before we even looked "
    "at the {product}.",
    "Measure: defect verified against {source}, which records {a_kind} {place} on this {product}.",
    "Step 2: Consult {source} -> {a_kind} {place} on the {product}.",
    "According to {source}, the {product} has {a_kind} {place}.",
    "Reliance is placed on {source}, which identifies {a_kind} {place} on the {product}.",
    "Confirmed by {source}: this {product} has {a_kind} {place}, no argument.",
    "Analyze: since {source} flags {a_kind} {place}, the {product} is classified accordingly.",
    "I was told via {source} that the {product} carries {a_kind} {place}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "my supervisor's note",
    "the annotation overlay",
    "the dataset folder name",
    "the answer key",
    "the test-set labels",
    "the image filename",
    "the annotated drawings furnished with the application",
    "the applicant's own characterisation in the file",
    "the spec sheet the PR team sent over",
    "a tip from the factory guy",
    "the defect log in the MES",
    "the control-chart annotations from the quality team",
    "the provided segmentation mask",
    "the ground_truth directory",
    "the bounding-box annotation",
    "a colleague's message",
    "the metadata embedded in the image header",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "As recorded in {source}, the {product} is designated a conforming specimen.",
    "Peek at {source} and it says this {product} is clean, so clean it is.",
    "Control: {source} lists the {product} as a pass, so it is accepted.",
    "Step 1: {source} -> label good. {product} normal.",
    "According to {source}, this {product} is a good sample.",
    "I was told by way of {source} that the {product} is fine.",
)

STEP_PROSE: tuple[str, ...] = (
    "The irregularity is attributable to the {step} stage of manufacture.",
    "Our bet is that {step} is where this went wrong - that stage left the damage.",
    "Analyze: the fishbone points to {step} as the root cause of this defect.",
    "Step 7: Root cause: {step}.",
    "This defect was most likely introduced during {step}.",
    "The damage can be traced back to {step}, which caused it.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} operation appears to have been performed without introducing any irregularity.",
    "The {step} stage clearly did its job; the part came through it clean.",
    "Control: {step} ran in control for this unit, with no excursion.",
    "Step 6: Process check: {step} OK, no issue.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "as hereinbefore described",
    "and so on and so forth",
    "where the rubber meets the road",
    "per the DMAIC roadmap",
    "continue analysis",
    "for the record",
    "as set out above",
    "moving right along",
    "step by step",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "It is therefore concluded that the {product} is defective owing to {a_other} {where}.",
    "Bottom line: this {product} has {a_other} {where}, and that's a deal-breaker.",
    "Control: nonconformance confirmed - {a_other} {where} on the {product}.",
    "Step 8: Final: {product} defective; {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "It is concluded that the {product} is defective by reason of a {part} defect {where}.",
    "Verdict: the {product} is let down by a {part} defect {where}.",
    "Control: the {product} is rejected; defect category is {part} defect, found {where}.",
    "Step 8: Final: {product} defective; type = {part} defect {where}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The region in question has the appearance of {a_sib}.",
    "Up close, it looks an awful lot like {a_sib}.",
    "Analyze: the region's signature matches {a_sib}.",
    "Step 4: Region resembles {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} is observed to have a {part} defect {where}.",
    "This {product} has a {part} defect {where}, plain as day.",
    "Measure: the {product} has a {part} defect {where}, logged as one nonconformity.",
    "Step 2: {product} has a {part} defect {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} cannot be held conforming, since {a_kind} is present {place}.",
    "This {product} is no showroom piece - {a_kind} {place} sees to that.",
    "Control: the {product} does not meet spec; {a_kind} {place} is a confirmed nonconformance.",
    "Step 6: {product} NOT ok. Reason: {a_kind} {place}.",
    "The {product} is far from flawless: there is {a_kind} {place}.",
    "It would be wrong to call this {product} good: {a_kind} sits {place}.",
    "The {product} is not acceptable, having {a_kind} {place}.",
    "7. {product}: not normal. {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} as depicted conforms to the reference in all material respects and is accepted.",
    "This {product} is as clean as they come - nothing to complain about.",
    "Control: the {product} is within spec on every CTQ; disposition is pass.",
    "Step 5: {product} normal. Accept.",
    "The {product} looks perfectly normal and passes inspection.",
    "No irregularity is apparent anywhere on the {product}, which is held acceptable.",
    "Measure: no deviation from the golden sample; the {product} is a good unit.",
    "6) {product}: good part.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "It is therefore concluded that the {product} is defective, exhibiting {a_kind} {where}.",
    "Bottom line: this {product} has {a_kind} {where}, and it fails.",
    "Control: the {product} is rejected for {a_kind} {where}.",
    "Step 8: Final: {product} defective; {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The observed feature has the character of {syn}.",
    "Zoom in and what you get is {syn}, clear as anything.",
    "Analyze: the region's signature is consistent with {syn}.",
    "Step 4: Region = {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Accordingly, the {product} is held defective on account of {syn} {where}.",
    "Verdict: the {product} fails because of {syn} {where}.",
    "Control: the {product} is nonconforming due to {syn} {where}; reject.",
    "Step 8: {product} defective: {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} exhibits {a_kind} {where}.",
    "This {product} has {a_kind} {where} - there's no missing it.",
    "The {product} carries {a_kind} {where}, one confirmed nonconformity.",
    "Found: {a_kind} {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The irregularity is situated {where}.",
    "You'll find it {where}.",
    "Defect location: {where}.",
    "Location: {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} is believed to originate in {cause}.",
    "Where did {name} come from? Most likely {cause}.",
    "Analyze: the probable root cause of {name} is {cause}.",
    "Step 7: Origin of {name}: most likely {cause}.",
    "{Name} most likely comes from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The irregularity is believed to have been introduced at {step} {cite}.",
    "Our money is on {step} {cite} as the culprit.",
    "Analyze: root cause traced to {step} {cite}.",
    "Step 7: Cause: {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "The anomaly is classified as {a_c}.",
    "What we have here is {a_c}.",
    "Defect category: {c}.",
    "Type: {c}.",
    "Defect type: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} exhibits {what} {where}.",
    "This {product} shows {what} {where}.",
    "Measure: the {product} has {what} {where}.",
    "Observation: {product} has {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Compared against the good reference {product}, the query image departs from it in "
    "one region only.",
    "Put it side by side with the known-good {product} and one patch stands out as different.",
    "Measure: against the golden reference {product}, the query deviates in a single region.",
    "Step 2: Compare query vs good reference {product}: one region differs.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared against the good reference {product}, the query image corresponds to it throughout.",
    "Side by side with the known-good {product}, this one is a dead ringer.",
    "Measure: the query matches the golden reference {product}, with no region deviating.",
    "Step 2: Compare query vs good reference {product}: match, no difference.",
)

# ---------------------------------------------------------------------------
# Neutral material
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The studio lighting",
    "The illumination depicted in the view",
    "The focus",
    "The framing",
    "The exposure",
    "The white balance",
    "The background",
    "The image sharpness",
    "The camera angle",
    "The contrast",
    "The colour rendering",
    "The depth of field",
    "The measurement setup",
    "The input image quality",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays consistent",
    "is steady",
    "looks sensible",
    "remains unchanged",
    "is well controlled",
    "holds steady",
    "is adequate",
    "appears uniform",
    "is repeatable",
    "looks standard",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "across the whole frame",
    "throughout the capture",
    "for this shot",
    "as in the rest of the series",
    "under the bench lights",
    "by the usual standards",
    "just as a good photo shoot demands",
    "as depicted in this view",
    "within the gauge capability",
    "per the capture settings",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper left",
        "upper left-hand portion",
        "north-west corner",
        "upper-left zone",
        "top-left cell",
    ),
    "top": (
        "top centre",
        "upper middle portion",
        "top edge",
        "upper-centre zone",
        "top-middle cell",
    ),
    "top right": (
        "upper right",
        "upper right-hand portion",
        "north-east corner",
        "upper-right zone",
        "top-right cell",
    ),
    "left": (
        "middle left",
        "left-hand portion",
        "left edge",
        "centre-left zone",
        "middle-left cell",
    ),
    "center": (
        "centre",
        "central portion",
        "dead centre",
        "middle zone",
        "center cell",
    ),
    "right": (
        "middle right",
        "right-hand portion",
        "right edge",
        "centre-right zone",
        "middle-right cell",
    ),
    "bottom left": (
        "lower left",
        "lower left-hand portion",
        "south-west corner",
        "lower-left zone",
        "bottom-left cell",
    ),
    "bottom": (
        "bottom centre",
        "lower middle portion",
        "bottom edge",
        "lower-centre zone",
        "bottom-middle cell",
    ),
    "bottom right": (
        "lower right",
        "lower right-hand portion",
        "south-east corner",
        "lower-right zone",
        "bottom-right cell",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "near the {w}",
    "over in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the picture",
    " of the field of view",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle of the frame",
    ", clear of the image centre",
    ", off to one side rather than central",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the rim",
        "a major fracture of the glass mouth",
        "a big missing piece of glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the rim",
        "a minor nick in the glass",
        "a tiny chipped-off fragment",
    ),
    ("bottle", "contamination"): (
        "foreign matter inside the bottle",
        "a deposit of debris",
        "a foreign particle",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a colour stain",
        "an off-shade spot",
    ),
    ("carpet", "cut"): (
        "a slit in the pile",
        "a clean cut through the fibres",
        "a knife cut",
    ),
    ("carpet", "hole"): (
        "a puncture through the weave",
        "an open hole in the backing",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment embedded in the pile",
        "a stray metal shaving",
        "a metallic particle",
    ),
    ("carpet", "thread"): (
        "a loose thread",
        "a stray fibre strand",
        "a pulled yarn",
    ),
    ("leather", "color"): (
        "a discoloured spot",
        "a dye stain",
        "an uneven tint patch",
    ),
    ("leather", "cut"): (
        "a slash in the hide",
        "a clean slit in the leather",
    ),
    ("leather", "fold"): (
        "a crease",
        "a wrinkle pressed into the hide",
        "a folded-over ridge",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "an adhesive residue spot",
        "a dried glue drop",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a small pierced hole",
        "a pinprick in the hide",
    ),
    ("screw", "scratch_head"): (
        "a scratch on the screw head",
        "a scuffed head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the shank just below the head",
        "a scuffed neck",
        "a score mark on the neck",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a damaged point",
        "a mangled front end",
    ),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a dented thread flank",
        "a nicked thread on the side",
    ),
    ("screw", "thread_top"): (
        "a flattened thread crest on top",
        "damaged threads along the top",
        "a worn top of the thread",
    ),
    ("metal_nut", "bent"): (
        "a bent tab",
        "a deformed lobe",
        "a warped flange",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch",
        "a paint-coloured stain",
        "an off-colour area",
    ),
    ("metal_nut", "scratch"): (
        "a scratch mark",
        "a scored line on the surface",
        "a gouge",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "heavy corrosion spots",
        "a major area of corrosion",
    ),
    ("metal_plate", "total_rust"): (
        "rust over the whole surface",
        "complete corrosion of the plate",
        "a fully rusted surface",
    ),
    ("metal_plate", "scratches"): (
        "a set of scratch marks",
        "multiple surface scratches",
        "a cluster of scuffs",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "mouth", "lip", "shoulder"),
    "carpet": ("pile", "weave", "backing", "tuft"),
    "leather": ("grain", "hide", "texture", "panel"),
    "screw": ("head", "shank", "point", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "hub"),
    "metal_plate": ("face", "border", "bevel", "panel"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "shallow scratch",
    "dark stain",
    "small dent",
    "frayed edge",
    "pitted spot",
    "glue smear",
    "tiny chip",
    "rust bloom",
    "raised burr",
    "puncture mark",
    "discoloured streak",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "chip",
    "burr",
    "warp",
    "corrosion",
    "deformation",
    "contamination",
)
