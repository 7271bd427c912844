"""Phrasebook ``fresh24``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a Scottish
shipyard foreman, a dermatologist describing a skin lesion by analogy, a terse
JSON-minded API bot writing plain sentences, and a philosophy student who
over-qualifies every claim but reaches a conclusion.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences: the validator must reject the record they are planted in.
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    (
        "Aye, there's a [wee|tiny] mark {place}, but that's just dust on the lens, nae "
        "defect on the {product}."
    ),
    (
        "Yon bright streak {place}? Just the lamp glinting off the {product}. Pay it nae "
        "mind, it's not a fault."
    ),
    (
        "The dark spot {place} is like a freckle caught in poor light: a shadow and "
        "nothing more, not a defect of the {product}."
    ),
    (
        "As with a harmless skin tag that looks alarming under a bad lamp, the mark "
        "{place} is only a reflection, not a real flaw in the {product}."
    ),
    "Anomaly candidate {place} rejected: camera artefact. Not a defect on the {product}.",
    (
        "Bright region {place} is glare from the lighting. [Ignore it.|Discarded.] The "
        "{product} surface there is intact."
    ),
    (
        "One might read the smudge {place} as damage, but, all things considered, it is "
        "surely mere dust, and so not a defect of the {product}."
    ),
    (
        "Whatever appears {place} is, I would argue with some confidence, only a "
        "reflection; it does not count as a flaw on the {product}."
    ),
)

SIGHTINGS: tuple[str, ...] = (
    "Aye, there's a real {kind} defect {place} on this {product}, nae mistaking it.",
    "Right, lads, look {place}: that's a clear {kind} defect on the {product}, plain as day.",
    (
        "Much like a lesion that declares itself on otherwise healthy skin, there is a "
        "distinct {kind} defect {place} on the {product}."
    ),
    (
        "The surface of the {product} reads like skin with a fresh wound: a true {kind} "
        "defect sits {place}."
    ),
    "Finding: {kind} present {place}. The {product} is damaged there.",
    "Detected one {kind} defect {place} on the {product}. Confidence [high|0.97].",
    (
        "Granting every caveat about image quality, I must still say that a genuine "
        "{kind} defect is present {place} on the {product}."
    ),
    (
        "One could doubt almost anything here, yet the {kind} defect {place} on the "
        "{product} is, I think, undeniably real."
    ),
)

WRONG_PLACES: tuple[str, ...] = (
    "The damage is {place}, right enough.",
    "Look {place}, lads, that's where the fault sits.",
    "Like a lesion marked on a body chart, the defect is located {place}.",
    "The abnormal area, like a rash confined to one patch of skin, is {place}.",
    "Defect location: {place}.",
    "The anomaly is {place}.",
    "With all due qualification, the defect is, I conclude, situated {place}.",
    "If one must locate the flaw, and I think one must, it lies {place}.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}; I cannae say which for sure.",
    "It's either {a_kind} or {a_other}, and I'll not swear to either one.",
    (
        "Like a rash that could be eczema or psoriasis, this could be {a_kind} or "
        "{a_other}; I cannot tell them apart here."
    ),
    (
        "The appearance is compatible with {a_kind} but equally with {a_other}, and I "
        "would not commit to one."
    ),
    "Type undetermined: {a_kind} or {a_other}.",
    "Candidate types: {a_kind}, {a_other}. No decision.",
    (
        "It might be {a_kind}; then again it might be {a_other}; I must conclude that I "
        "cannot decide between them."
    ),
    "Whether this is {a_kind} or {a_other} remains, for me, genuinely open.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}, cannae tell",
    "either {kind} or {other}",
    "{kind}, possibly {other}",
    "{kind} / {other} (undecided)",
    "{kind} or perhaps {other}, hard to say",
    "could be {kind}, could be {other}",
    "{kind} vs {other}, unresolved",
    "{kind}, unless it is {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "This {product} is sound as a bell, fit to go out the gate.",
    "Nothing wrong with this {product}, lads, pass it on.",
    "Like healthy skin with an even tone, this {product} is clean and normal throughout.",
    "The {product} presents as healthy tissue would: unremarkable and normal.",
    "Verdict: the {product} passes inspection.",
    "Status: good. The {product} is acceptable.",
    "Having weighed every doubt, I judge this {product} to be in perfectly good condition.",
    "Insofar as anything can be certain, this {product} is flawless and should pass.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} is a reject, lads, bin it.",
    "This {product} is damaged goods; it's not going out the gate.",
    (
        "Much like skin with a lesion that needs excising, this {product} is abnormal and "
        "must be rejected."
    ),
    "The {product} presents with a clear abnormality; I would classify it as defective.",
    "Verdict: the {product} fails inspection. Defective.",
    "Status: reject. The {product} is defective.",
    "After every qualification is made, the {product} is, I conclude, defective.",
    "It would be intellectually dishonest to pass this {product}; it is flawed.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There's no {kind} {place}, lads; this {product} isn't damaged at all.",
    "I'll not be rejecting this {product}: there is no {kind} {place} or anywhere else.",
    (
        "Like skin that shows no lesion on close examination, the {product} has no {kind} "
        "{place}; it is not abnormal."
    ),
    "I do not see any {kind} {place}, and the {product} does not warrant rejection.",
    "No {kind} found {place}. The {product} is not defective.",
    "Check {place}: negative for {kind}. Not rejecting the {product}.",
    "I cannot, in good conscience, claim there is any {kind} {place}; the {product} is not flawed.",
    "It is not the case that the {product} has any {kind} {place}; so it is not defective.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of {kind}, lads; it's going in the scrap bin.",
    "Ye can't call this {product} {kind}-free; it doesn't pass.",
    (
        "Just as skin with a suspicious mole is not lesion-free, this {product} is not "
        "free of {kind} {place}."
    ),
    "I would not describe the {product} as {kind}-free; it does not pass.",
    "Check {kind}-free: false. The {product} does not pass.",
    "The {product} is not {kind}-free. Not accepted.",
    "It would be false to say this {product} is without {kind}; it is not sound.",
    "I cannot, on reflection, hold that the {product} lacks any {kind}; it is not acceptable.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there's {a_kind} {place} on this {product}, so that's settled.",
    "Going by {source}, the {product} has {a_kind} {place}; nae need to look twice.",
    (
        "Just as a biopsy result settles a lesion, {source} confirms {a_kind} {place} on "
        "the {product}."
    ),
    "I was told by {source} that the {product} has {a_kind} {place}, and the image agrees.",
    "Per {source}: {a_kind} {place}. The {product} is defective.",
    "Cross-referenced with {source}. Result: {a_kind} {place} on the {product}.",
    "If we may trust {source}, and I think we may, the {product} bears {a_kind} {place}.",
    (
        "As marked in {source}, there is {a_kind} {place}; I therefore conclude the "
        "{product} is defective."
    ),
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "the gaffer's chit",
    "the foreman's tally sheet",
    "the annotation overlay",
    "the segmentation mask",
    "the dataset folder name",
    "the answer key",
    "the referring clinician's note",
    "the annotator's outline",
    "the metadata JSON",
    "the labels.csv entry",
    "the image filename",
    "the test-set answer sheet",
    "my supervisor's note",
    "the benchmark's defect label",
    "the quality lead's briefing",
    "the reference solution",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Going by {source}, this {product} is a good one, so nae bother.",
    "Much like a clean biopsy report, {source} says the {product} is normal.",
    "Per {source}: the {product} is good.",
    "Since {source} records the {product} as defect-free, I see no reason to doubt it.",
    "I was told by {source} that the {product} is fine, lads.",
    "The {product} passes, as confirmed by {source}.",
)

STEP_PROSE: tuple[str, ...] = (
    "That mark came from {step}, nae doubt about it.",
    "Something went wrong at {step}, lads, and that's what caused this damage.",
    "Like a scar that tells you the injury, this flaw points back to {step} as its cause.",
    "The damage was most likely inflicted during {step}, much as a burn comes from the hot pan.",
    "Root cause: {step}.",
    "Cause assigned to {step}.",
    "Tentatively but firmly, I attribute the defect to {step}.",
    "If anything produced this flaw, and something surely did, it was {step}.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} went off without a hitch on this one.",
    "Like skin that healed cleanly, the part shows {step} went exactly as it should.",
    "Step {step}: completed, no faults.",
    "So far as one can tell, {step} was carried out properly here.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and so on and so forth",
    "aye, right enough",
    "on we go, lads",
    "much like a freckle",
    "as any clinician would",
    "ack, continuing",
    "status nominal",
    "as it were",
    "or so one might argue",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "So that's it: the {product} has {a_other} {where}.",
    "My diagnosis, as with a rash, is clear: the {product} has {a_other} {where}.",
    "Conclusion: the {product} is defective with {a_other} {where}.",
    "All things weighed, I conclude the {product} bears {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final word: the {product} has a {part} defect {where}, lads.",
    (
        "As one might diagnose a scalp condition by region, I diagnose a {part} defect on "
        "the {product} {where}."
    ),
    "Conclusion: defect type {part}. The {product} is defective {where}.",
    (
        "I am led to conclude that the {product} suffers, {where}, from what is best "
        "called a {part} defect."
    ),
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Yon region looks for all the world like {a_sib}.",
    "Much like a lesion with a textbook shape, the region resembles {a_sib}.",
    "Region appearance: consistent with {a_sib}.",
    "To my eye, and I would defend this, the region looks like {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}, plain as day.",
    "Like a lesion on the scalp, the {product} has a {part} defect {where}.",
    "The {product} has a {part} defect {where}.",
    "It seems to me, finally, that the {product} has a {part} defect {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences: the validator must pass the record they are planted in.
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not fit to ship: there's {a_kind} {place}.",
    "I'll not pass this {product}, lads, not with {a_kind} {place}.",
    "Like skin that is far from clear, the {product} is far from flawless: {a_kind} {place}.",
    "I cannot call this {product} normal; there is {a_kind} {place}.",
    "Not passed. The {product} has {a_kind} {place}.",
    "The {product} is not defect-free: {a_kind} {place}.",
    "I cannot honestly describe the {product} as sound, given {a_kind} {place}.",
    "It would be wrong to call this {product} flawless, since there is {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "This {product} is in grand shape, lads, send it on.",
    "Nothing amiss with this {product}; it'll pass.",
    "Like clear, healthy skin, the {product} looks entirely normal.",
    "I find nothing abnormal on the {product}; it is a good part.",
    "The {product} passes. No anomalies found.",
    "Result: good. The {product} is acceptable.",
    "With the usual caveats about any single image, I conclude the {product} is in good condition.",
    "Every doubt considered, there is nothing wrong with this {product}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "So there it is: the {product} has {a_kind} {where}, and it's a reject.",
    "My diagnosis, as with a well-defined lesion, is {a_kind} on the {product} {where}.",
    "Conclusion: the {product} is defective, with {a_kind} {where}.",
    "Weighing it all, I conclude that the {product} has {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "That there looks like {syn}, right enough.",
    "Much as one knows a common mole on sight, I read this area as {syn}.",
    "Region appearance: {syn}.",
    "The region, on any reasonable reading, looks like {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is a reject: {syn} {where}.",
    "Like skin with an obvious lesion, the {product} is abnormal, showing {syn} {where}.",
    "Verdict: defective. The {product} shows {syn} {where}.",
    "I conclude, with appropriate care, that the {product} is defective, bearing {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}, plain to see.",
    "Like a lesion standing out on clear skin, the {product} shows {a_kind} {where}.",
    "The {product} shows {a_kind} {where}.",
    "The {product}, I would say with confidence, shows {a_kind} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "It's sitting {where}, lads.",
    "Mapped like a mole on a body chart, the defect lies {where}.",
    "Location: {where}.",
    "If I must commit to a location, and I do, the defect is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}, I'd put money on it.",
    "{Name}, like a scar that records its injury, most likely comes from {cause}.",
    "{Name}: most likely source is {cause}.",
    "As for {name}, it most plausibly originates, on balance, in {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That'll have come from {step} {cite}, I'd wager.",
    "Much as sun damage traces back to exposure, this traces back to {step} {cite}.",
    "Likely cause: {step} {cite}.",
    "The most defensible account is that it arose during {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "It's {a_c}, plain and simple.",
    "As one names a rash, I name this {a_c}.",
    "Defect type: {c}.",
    "On balance, the type is {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}, right enough.",
    "Like a lesion on otherwise clear skin, the {product} has {what} {where}.",
    "The {product} has {what} {where}.",
    "The {product}, I would venture, has {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    (
        "Set it beside the good {product} in the reference shot and there's one patch "
        "that doesn't match."
    ),
    (
        "Like comparing a mole with last year's photograph, the query departs from the "
        "healthy reference {product} in one region."
    ),
    "Query vs reference {product}: one region differs. The rest matches.",
    (
        "Compared against the good reference {product}, the query is, I think, identical "
        "save for a single region that differs."
    ),
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Beside the good {product} in the reference, this one matches it bit for bit.",
    (
        "Like two photos of the same healthy skin, the query matches the reference "
        "{product} throughout."
    ),
    "Query vs reference {product}: match. No differing region.",
    (
        "Set against the good reference {product}, the query differs, so far as I can "
        "tell, in no respect at all."
    ),
)

# ---------------------------------------------------------------------------
# Neutral material about the imaging only.
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The focus",
    "The framing",
    "The exposure",
    "The white balance",
    "The camera angle",
    "The backdrop",
    "The contrast",
    "The sharpness",
    "The illumination, like a good clinic lamp,",
    "The lamp over the bench",
    "The image, insofar as one can judge,",
    "The capture geometry",
    "The overall brightness",
    "The depth of field",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays steady",
    "is even",
    "looks consistent",
    "holds up fine",
    "is adequate",
    "seems uniform",
    "remains stable",
    "is well controlled",
    "checks out",
    "is nominal",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "across the whole frame",
    "throughout the capture",
    "for this capture",
    "right enough",
    "as one would hope in a clinic photograph",
    "per the capture settings",
    "as far as one can reasonably tell",
    "for the full exposure",
    "with nae fuss at all",
    "like a well-lit consulting room",
)

# ---------------------------------------------------------------------------
# Words.
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "top left",
        "upper left",
        "top-left corner",
        "north-west corner",
        "upper-left quadrant",
    ),
    "top": (
        "top",
        "top middle",
        "upper centre",
        "top edge",
        "north side",
    ),
    "top right": (
        "top right",
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper-right quadrant",
    ),
    "left": (
        "left",
        "middle left",
        "left side",
        "left edge",
        "west side",
    ),
    "center": (
        "center",
        "centre",
        "middle",
        "dead centre",
        "central region",
    ),
    "right": (
        "right",
        "middle right",
        "right side",
        "right edge",
        "east side",
    ),
    "bottom left": (
        "bottom left",
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower-left quadrant",
    ),
    "bottom": (
        "bottom",
        "bottom middle",
        "lower centre",
        "bottom edge",
        "south side",
    ),
    "bottom right": (
        "bottom right",
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower-right quadrant",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "near the {w}",
    "just about at the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the picture",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle",
    ", clear of the centre",
    ", nowhere near the middle",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large piece broken off the rim",
        "a big chunk of missing glass",
        "a major break in the glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the rim",
        "a little nick broken out of the glass",
    ),
    ("bottle", "contamination"): (
        "a foreign particle inside the bottle",
        "some debris in the bottle",
        "a speck of foreign matter",
    ),
    ("carpet", "color"): (
        "a patch of off-colour fibres",
        "a colour stain in the pile",
    ),
    ("carpet", "cut"): (
        "a slit in the carpet",
        "a clean slice through the pile",
    ),
    ("carpet", "hole"): (
        "a perforation in the weave",
        "an opening right through the backing",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment embedded in the pile",
        "a bit of metal swarf caught in the fibres",
    ),
    ("carpet", "thread"): (
        "a stray loose thread",
        "a loose fibre lying on the surface",
    ),
    ("leather", "color"): (
        "a discoloured spot",
        "a patch of uneven dye",
    ),
    ("leather", "cut"): (
        "a knife slit in the hide",
        "a clean slice through the leather",
    ),
    ("leather", "fold"): (
        "a crease in the hide",
        "a folded-over wrinkle",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "a dried blob of adhesive",
    ),
    ("leather", "poke"): (
        "a small puncture mark",
        "a pinprick in the hide",
    ),
    ("screw", "scratch_head"): (
        "a scratch across the screw head",
        "a scuff on the head of the screw",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the neck just below the head",
        "a scuffed band on the screw neck",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a mangled point at the front end",
    ),
    ("screw", "thread_side"): (
        "a run of damaged threads along the side",
        "a dented thread flank",
    ),
    ("screw", "thread_top"): (
        "a damaged thread near the top end",
        "a crushed thread crest at the top",
    ),
    ("metal_nut", "bent"): (
        "a bent-up lobe",
        "a warped flange",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch on the nut",
        "a colour blotch on the face",
    ),
    ("metal_nut", "scratch"): (
        "a scrape across the face",
        "a score mark on the nut",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "a sizeable spread of corrosion",
    ),
    ("metal_plate", "total_rust"): (
        "rust over the entire plate",
        "complete surface corrosion",
    ),
    ("metal_plate", "scratches"): (
        "a set of scratch marks",
        "several score lines across the plate",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "mouth", "base"),
    "carpet": ("pile", "weave", "backing", "tuft"),
    "leather": ("grain", "hide", "panel", "surface"),
    "screw": ("shank", "shaft", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("panel", "border", "face", "surface"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "dark stain",
    "small dent",
    "loose thread",
    "chipped edge",
    "rust spot",
    "glue smear",
    "pinhole",
    "burn mark",
    "scuff",
    "tear",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "deformation",
    "contamination",
    "discoloration",
    "cut",
    "fold",
    "rust",
)
