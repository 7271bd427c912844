"""Phrasebook ``fresh35``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an Australian tradie
with broad slang, an astronomer keeping an observing log, a German engineer writing stiff
formal English, and a model reasoning by elimination ("ruled out: ...; remaining: ...").
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "That mark {place}? [Just|Only] a bit of dust on the lens, mate, not a fault in the {product}.",
    "Nah, the smudge {place} is [only|just] a shadow off the jig, nothing wrong with the "
    "{product} there.",
    "Obs. note: the bright feature {place} is a reflection off the {product}, instrumental, "
    "not a real defect.",
    "Log entry: blob {place} flagged, then identified as a [cosmic-ray hit|hot pixel] on the "
    "sensor; not on the {product} itself.",
    "It is to be noted that the indication {place} is merely a glare artefact of the "
    "illumination and does not constitute a defect of the {product}.",
    "Upon closer examination, the apparent deviation {place} is to be attributed to "
    "[lint|a dust particle] on the optics and is herewith disregarded.",
    "Candidates for the mark {place}: defect, dust, glare. Ruled out: defect; remaining: "
    "[glare|dust] on the glass, so the {product} is not at fault there.",
    "Ruled out: damage to the {product} {place}; remaining: a lighting reflection, which is "
    "not a defect.",
)

SIGHTINGS: tuple[str, ...] = (
    "[Strewth|Crikey], there's {kind} {place} on this {product}, mate.",
    "Got {kind} {place} on the {product}, [plain as day|clear as anything].",
    "Obs. note: {kind} resolved {place}, on the {product} surface; persists across frames.",
    "Log: the {product} shows {kind} {place}, well above the noise.",
    "It is to be noted that {kind} is present {place} on the {product}.",
    "The inspection of the {product} has revealed {kind} {place}, which is hereby recorded.",
    "Ruled out: glare, dust; remaining: {kind} {place} on the {product}.",
    "Ruled out: imaging artefact; remaining: {kind} {place}, a genuine mark on the {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Found the dodgy bit {place}, mate.",
    "The fault's sitting {place}, no two ways about it.",
    "Obs. note: anomaly centroid measured {place}.",
    "Log: feature position {place}, confirmed on re-examination.",
    "It is to be noted that the deviation is situated {place}.",
    "The affected region has been determined to lie {place}.",
    "Ruled out: every other region; remaining: the area {place}.",
    "Position by elimination: the anomaly lies {place}.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}, [hard to say|dunno], mate.",
    "Bit of a toss-up: {a_kind} or maybe {a_other}, can't pick it from here.",
    "Obs. note: morphology ambiguous; {a_kind} or possibly {a_other}, classification deferred.",
    "Log: type uncertain, either {a_kind} or {a_other}; needs better seeing.",
    "It cannot at present be decided whether the deviation is {a_kind} or {a_other}.",
    "It is to be noted that the feature may be {a_kind}; {a_other} is, however, equally possible.",
    "Ruled out: nothing yet; remaining: {a_kind} and {a_other}, no way to separate them.",
    "Ruled out: artefact; remaining: {a_kind} or {a_other}, undecided between the two.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "either {kind} or {other}",
    "{kind}, possibly {other}",
    "{kind} (or maybe {other})",
    "{other} or {kind}",
)

FLIPPED_YES: tuple[str, ...] = (
    "She'll be right, this {product}'s good to go.",
    "Nothing crook with this {product}, mate, ship it.",
    "Log: {product} nominal across the whole field; accepted for the batch.",
    "Obs. note: the {product} is clean, fit for dispatch.",
    "It is to be noted that the {product} fulfils all requirements and is herewith released "
    "for delivery.",
    "The {product} is in proper condition and may be forwarded to packaging.",
    "Ruled out: every defect hypothesis; remaining: a sound {product}, fit to ship.",
    "After elimination, what is left is a good {product} that can go out as is.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product}'s stuffed, mate, bin it.",
    "This {product} is dodgy as, it's going in the reject pile.",
    "Log: {product} anomalous, flagged for rejection.",
    "Obs. note: the {product} fails; pull it from the batch.",
    "It is to be noted that the {product} is defective and must be rejected.",
    "The {product} does not meet the acceptance criteria and is herewith scrapped.",
    "Ruled out: a conforming part; remaining: a faulty {product} to be rejected.",
    "By elimination the only verdict left is a defective {product}, headed for scrap.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There's no {kind} {place}, mate, nothing wrong with this {product}.",
    "Not a trace of {kind} {place}; I wouldn't call this {product} faulty.",
    "Obs. note: no {kind} detected {place}; the {product} is not anomalous.",
    "Log: searched for {kind} {place}, found none; the {product} is not defective.",
    "It is to be noted that no {kind} is present {place}; the {product} is not to be rejected.",
    "The {product} shows no {kind} {place} and does not fail the inspection.",
    "Ruled out: {kind} {place}; remaining: a {product} that is not defective.",
    "Ruled out: any fault; there is no {kind} {place}, so the {product} is not a reject.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "Can't call this {product} clean, mate, not with that {kind} {place}.",
    "This {product} is no good, there's a {kind} {place}.",
    "Log: the {product} is not free of {kind}s; one sits {place}.",
    "Obs. note: the {product} is not nominal; a {kind} persists {place}.",
    "It cannot be stated that the {product} is without {kind}; a {kind} is present {place}.",
    "The {product} is not in conforming condition and cannot be released.",
    "Ruled out: a {kind}-free {product}; remaining: a reject.",
    "Ruled out: passing the {product}; it is not {kind}-free {place}.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Can't pass this {product}, mate, not with {a_kind} {place}.",
    "This {product} is no good, there's {a_kind} {place}.",
    "Obs. note: the {product} is no clean specimen; {a_kind} sits {place}.",
    "Log: {product} not nominal, {a_kind} recorded {place}.",
    "It is to be noted that the {product} is not free of defects: {a_kind} is present {place}.",
    "The {product} cannot be released, since {a_kind} is present {place}.",
    "Ruled out: a clean {product}; remaining: {a_kind} {place}.",
    "Ruled out: passing it; the {product} is far from flawless, with {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "This {product}'s good as gold, mate, it passes.",
    "No worries with this {product}, it's a keeper.",
    "Log: {product} nominal, accepted.",
    "Obs. note: the {product} is clean across the whole field; passes.",
    "It is to be noted that the {product} satisfies all acceptance criteria and is released.",
    "The {product} is in conforming condition; there is nothing that would justify a rejection.",
    "Ruled out: every fault hypothesis; remaining: a conforming {product} that passes.",
    "Elimination leaves only one verdict: the {product} passes inspection.",
)

LEAKS: tuple[str, ...] = (
    "Going by {source}, there's {a_kind} {place}, so that's sorted, mate.",
    "Had a squiz at {source} and it puts {a_kind} {place} on the {product}.",
    "Obs. note: position taken from {source}; {a_kind} {place}.",
    "Log: cross-checked against {source}, which confirms {a_kind} {place} on the {product}.",
    "According to {source}, {a_kind} is situated {place} on the {product}.",
    "It is to be noted that, in accordance with {source}, the {product} exhibits {a_kind} {place}.",
    "Ruled out, per {source}: every region but one; remaining: {a_kind} {place}.",
    "Using {source} as the tie-breaker, {a_kind} {place} is what is left.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the label",
    "the annotation",
    "the ground-truth mask",
    "the reference box",
    "the supplied bounding box",
    "the pixel mask overlay",
    "the answer key",
    "the expected answer",
    "the QC ticket that came with the image",
    "the foreman's word",
    "what the operator told me",
    "the catalogue entry for this frame",
    "the provided segmentation",
    "the dataset's label file",
    "the hint in the prompt",
    "the pre-marked overlay",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Going by {source}, this {product} is a good one, mate.",
    "Had a squiz at {source}: the {product} is marked normal, so no fault.",
    "Obs. note: {source} lists the {product} as nominal; concurred.",
    "Log: verdict aligned with {source}, which classes the {product} as good.",
    "According to {source}, the {product} is free of defects.",
    "It is to be noted that, in accordance with {source}, the {product} is to be classed as "
    "normal.",
    "Ruled out, via {source}: any defect; remaining: a good {product}.",
    "With {source} saying normal, the elimination leaves a sound {product}.",
)

STEP_PROSE: tuple[str, ...] = (
    "This one came out of {step}, mate, no doubt.",
    "Blame {step} for this, it's had a bad day.",
    "Obs. note: damage introduced during {step}.",
    "Log: cause assigned to {step}.",
    "It is to be noted that the defect originates in {step}.",
    "The deviation is to be attributed to a malfunction during {step}.",
    "Ruled out: the other stages; remaining: {step} as the origin.",
    "Ruled out: handling and storage; remaining: {step} as the cause.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} did its job on this one, mate.",
    "Obs. note: no residue from {step} visible.",
    "It is to be noted that {step} has proceeded without irregularity.",
    "Ruled out: trouble from {step}; remaining: a clean run.",
    "Log: {step} left the part as intended.",
    "Evidently {step} was carried out in accordance with the specification.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "as it were",
    "for the log",
    "it is to be noted",
    "fair dinkum",
    "all else being equal",
    "noted once more",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the exposure",
    "the backdrop",
    "the white balance",
    "the camera mount",
    "the focus",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "holds steady",
    "stays consistent",
    "is right as rain",
    "remains within tolerance",
    "is nominal",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "throughout the session",
    "on this bench",
    "tonight",
    "for this capture",
    "as configured",
)

# ------------------------------------------------------------------ correct / structural

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Chuck the {product} beside the good reference and the difference jumps out, mate.",
    "Obs. note: blinked against the normal reference frame; the query {product} departs from it.",
    "Compared with the normal reference specimen, the {product} under test exhibits a deviation.",
    "Ruled out: a match with the normal reference; remaining: a real difference on the {product}.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the good reference, this {product} matches, mate.",
    "Obs. note: blink comparison with the reference frame; the {product} agrees with it.",
    "It is to be noted that the {product} is in agreement with the normal reference specimen.",
    "Ruled out: any difference from the reference; remaining: a {product} matching it.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "That's {a_sib}, plain as day, mate.",
    "Obs. note: feature classified as {a_sib}.",
    "The feature is to be classified as {a_sib}.",
    "Ruled out: artefacts; remaining: {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product}'s got {a_kind} {where}, mate.",
    "Log: {a_kind} on the {product}, {where}.",
    "It is to be noted that the {product} exhibits {a_kind} {where}.",
    "Ruled out: artefacts; remaining: {a_kind} {where} on the {product}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "The {product}'s got {a_other} {where}, mate.",
    "Log: {a_other} on the {product}, {where}.",
    "It is to be noted that the {product} exhibits {a_other} {where}.",
    "Ruled out: artefacts; remaining: {a_other} {where} on the {product}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Fault type on the {product}: {part}, {where}, mate.",
    "Log: defect class {part}, {where} on the {product}.",
    "It is to be noted that the {product} exhibits a defect of type {part} {where}.",
    "Ruled out: artefacts; remaining: type {part}, {where} on the {product}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "That's {syn}, plain as day, mate.",
    "Obs. note: feature identified as {syn}.",
    "The feature is to be identified as {syn}.",
    "Ruled out: imaging artefact, reflection; remaining: {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product}'s got {syn} {where}, mate.",
    "Log: {syn} on the {product}, {where}.",
    "It is to be noted that the {product} exhibits {syn} {where}.",
    "Ruled out: artefacts; remaining: {syn} {where} on the {product}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product}'s got {a_kind} {where}, mate.",
    "Log: {a_kind} recorded on the {product}, {where}.",
    "The {product} exhibits {a_kind} {where}.",
    "Remaining after elimination: {a_kind} {where} on the {product}.",
)

PART_YES: tuple[str, ...] = (
    "Type of fault on the {product}: {part}, {where}, mate.",
    "Log: defect class {part}, {where} on the {product}.",
    "The {product} exhibits a defect of type {part} {where}.",
    "Remaining after elimination: type {part}, {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "It's {where}, mate.",
    "Position: {where}.",
    "The deviation is situated {where}.",
    "Remaining after elimination: {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} comes out of {cause}, mate.",
    "Log: origin of {name} traced to {cause}.",
    "It is to be noted that {name} originates from {cause}.",
    "Ruled out: the other stages; remaining: {cause} as the origin of {name}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That points straight back to {step} {cite}, mate.",
    "Log: origin logged as {step} {cite}.",
    "It is to be noted that {step} {cite} is the originating step.",
    "Ruled out: the other stages; remaining: {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "It's {a_c}, mate.",
    "Log: type {c}.",
    "The defect is to be classified as {a_c}.",
    "Remaining after elimination: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product}'s got {what} {where}, mate.",
    "Log: {what} on the {product}, {where}.",
    "It is to be noted that the {product} exhibits {what} {where}.",
    "Remaining after elimination: {what} {where} on the {product}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top-left corner", "upper-left quadrant", "top left-hand corner"),
    "top": ("top strip", "upper edge region", "twelve o'clock sector"),
    "top right": ("top-right corner", "upper-right quadrant", "top right-hand corner"),
    "left": ("left-hand side", "left flank", "nine o'clock sector"),
    "center": ("centre", "middle", "dead centre", "central region"),
    "right": ("right-hand side", "right flank", "three o'clock sector"),
    "bottom left": ("bottom-left corner", "lower-left quadrant", "bottom left-hand corner"),
    "bottom": ("bottom strip", "lower edge region", "six o'clock sector"),
    "bottom right": ("bottom-right corner", "lower-right quadrant", "bottom right-hand corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "smack in the {w}",
    "within the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the image",
    " of the field",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off-centre",
    ", out from the middle",
    ", clear of the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out of the rim",
        "a badly smashed rim",
        "a large break in the glass",
    ),
    ("bottle", "broken_small"): ("a chipped rim", "a small chip", "a nick in the glass"),
    ("bottle", "contamination"): ("foreign matter", "a speck of debris", "foreign particles"),
    ("carpet", "color"): ("a discoloured patch", "a colour stain", "discolouration"),
    ("carpet", "cut"): ("a slit", "a cut in the pile", "a gash"),
    ("carpet", "hole"): ("a puncture", "a hole in the weave", "a gap torn through the pile"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a metal shaving",
        "embedded metal swarf",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a colour blotch", "uneven dyeing"),
    ("leather", "cut"): ("a knife slit", "a gash", "a slice in the hide"),
    ("leather", "fold"): ("a crease", "a folded-over ridge", "a wrinkle line"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "adhesive residue"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a poke mark"),
    ("screw", "scratch_head"): (
        "a scored head",
        "a scuff on the head",
        "abrasion marks on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scuffed shank",
        "a score mark just below the head",
        "abrasion on the neck",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled tip"),
    ("screw", "thread_side"): (
        "a damaged thread flank",
        "dinged threads along the side",
        "stripped threads on the side",
    ),
    ("screw", "thread_top"): (
        "damaged thread crests",
        "a flattened thread crest",
        "battered crests on the thread",
    ),
    ("metal_nut", "bent"): ("a bent tab", "a deformed lobe", "a buckled edge"),
    ("metal_nut", "color"): ("discolouration", "a colour blotch", "a discoloured spot"),
    ("metal_nut", "scratch"): ("a score mark", "a scuff", "a gouge line"),
    ("metal_plate", "major_rust"): (
        "heavy corrosion",
        "a large rust patch",
        "extensive rusting",
    ),
    ("metal_plate", "total_rust"): (
        "corrosion over the whole plate",
        "rust across the entire surface",
        "full-surface corrosion",
    ),
    ("metal_plate", "scratches"): ("score marks", "scuffing", "abrasion lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "shoulder", "base"),
    "carpet": ("backing", "pile", "tuft"),
    "leather": ("grain", "flesh side", "edge"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "bore", "lobe"),
    "metal_plate": ("edge", "face", "underside"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a hairline crack",
    "a dark blotch",
    "a small dent",
    "a pulled loop",
    "a pinprick hole",
    "a rust freckle",
    "a chipped edge",
    "a smear of glue",
    "a gouge",
)

OTHER_TYPES: tuple[str, ...] = (
    "dent",
    "fracture",
    "puncture",
    "misalignment",
    "warpage",
    "twist",
    "melt damage",
    "blowhole",
    "fingerprint",
)
