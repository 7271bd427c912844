"""Phrasebook ``fresh9``: written blind, for one measurement of the validator only.

Its author saw neither the validator's rules nor any other book's wording, only the
interface of the tables and the planters that fill them. The templates mix four voices
within every table: a dry British lab technician ("a touch of", "not ideal", British
spelling), a verbose academic reviewer of long Latinate sentences ("upon examination",
"the specimen"), a friendly chat assistant (contractions, exclamations, "you've got") and a
forensic, step-numbered reporter in the passive ("Observation 1:", "Finding:",
"Conclusion —").
"""

from __future__ import annotations

# ------------------------------------------------------------------ errors

DISMISSALS = (
    "There's a mark {place}, but it's only a bit of dust on the lens, I should say, "
    "rather than anything wrong with the {product} itself.",
    "Upon closer examination, the apparent irregularity, visible {place}, is "
    "evidently an artefact of the illumination, and it does not constitute a genuine flaw "
    "in the {product}.",
    "Oh, don't worry about that spot {place}! It's just a reflection off the lamp, so your "
    "{product} isn't actually damaged there.",
    "Observation 2: a feature was noted {place}; it was determined to be glare from the "
    "light source, and no damage to the {product} is attributed to it.",
    "It's only the camera's own shadow, whatever's showing {place}. Not a fault in the "
    "{product}, so I'd not lose sleep over it.",
    "The discontinuity which one perceives {place}, when it is considered in relation to "
    "the remainder of the {product}, is attributable merely to the natural texture of the "
    "material and is therefore not to be counted as a defect.",
    "Finding — on re-examination, ordinary variation of the {product} was recorded for the "
    "region {place}; it is not regarded as damage.",
)

SIGHTINGS = (
    "Observation 1: {kind} was noted on the {product}, {place}.",
    "Heads up: you've got {kind} on this {product}, sitting {place}!",
    "Spotted {kind} on the {product} {place}. Not ideal, that.",
    "Upon examination of the specimen it is evident that the surface of the {product} "
    "bears {kind}, situated {place}.",
    "A touch of damage, I'm afraid: {kind}, {place}, plain to see on the {product}.",
)

WRONG_PLACES = (
    "Localisation: the anomaly was found {place}.",
    "You'll find the problem {place}!",
    "The irregularity, upon inspection, is confined to the area {place}.",
    "Only the one blemish, and it sits {place}.",
    "Step 3 (localisation) — defect position recorded {place}.",
)

HEDGES = (
    "Could be {a_kind}, could equally be {a_other}; I'd not like to commit either way.",
    "It is not possible, upon the evidence that the photograph affords, to determine "
    "whether the specimen exhibits {a_kind} or {a_other}.",
    "Hmm, honestly it might be {a_kind}... or maybe {a_other}? Tough call!",
    "Finding: the anomaly is consistent with either {a_kind} or {a_other}; the type was "
    "left unresolved.",
    "Somewhere between {a_kind} and {a_other}, I reckon. Hard to tell which, frankly.",
)

HEDGED_TAGS = (
    "{kind} or maybe {other}",
    "either {kind} or {other}",
    "{kind} / {other} (unsure)",
    "probably {kind}, possibly {other}",
    "{kind} (or {other}?)",
)

FLIPPED_YES = (
    "All told, the {product} is in perfectly good nick; I can't find a thing wrong with it.",
    "Upon examination it is evident that the {product} conforms in every respect to the "
    "standard one would expect of a defect-free specimen.",
    "Good news! Your {product} looks totally flawless, so there's nothing to fix here.",
    "Conclusion — the {product} was judged free of defects and is to be accepted.",
    "Clean as a whistle, this {product}. It passes.",
)

FLIPPED_NO = (
    "Oh dear, your {product} is definitely damaged, I'm afraid! It'll have to go back.",
    "Afraid this {product} is faulty. Into the reject bin it goes.",
    "It is evident, upon examination, that the {product} exhibits a defect of sufficient "
    "severity to warrant its rejection.",
    "Conclusion — the {product} was found to be defective and has been rejected.",
    "Rather clearly, the {product} is defective and won't pass.",
)

NEGATED_YES_WRONG = (
    "Conclusion — no {kind} was detected {place}, and the {product} is not considered defective.",
    "There isn't any {kind} {place}, nor anywhere else for that matter; the {product} is "
    "not faulty.",
    "At no point, and in particular not {place}, does the {product} present any {kind} or "
    "other imperfection whatsoever.",
    "Not a single {kind} {place}, you'll be glad to hear. Your {product} isn't defective "
    "in the slightest!",
    "I shan't be calling the {product} defective: no {kind} shows {place}.",
)

NEGATED_NO_WRONG = (
    "I couldn't call this {product} free of {kind}s, I'm afraid.",
    "The {product} cannot, upon any reasonable examination, be regarded as {kind}-free.",
    "Sorry, this {product} isn't {kind}-free at all!",
    "Finding: the {product} is not without {kind}; it was not passed.",
    "Far from {kind}-free, this {product}, I'm sorry to report.",
    "Conclusion — it is not the case that the {product} is {kind}-free; a rejection is recorded.",
)

LEAK_SOURCES = (
    "ground-truth mask",
    "defect mask",
    "annotation file",
    "label file",
    "folder name",
    "file name",
    "bounding-box overlay",
    "segmentation map",
    "ground_truth directory",
    "class label",
    "answer key",
    "supervisor's brief",
    "dataset manifest",
    "test-split label",
    "annotator's note",
    "reference solution",
    "grader's hint",
)

LEAKS = (
    "Observation 4: the {source} records {a_kind} {place}, which confirms the finding on "
    "the {product}.",
    "The {source} gives it away: you've got {a_kind} on this {product}, {place}!",
    "Had a peek at the {source}; it says {a_kind} {place}, which rather settles the {product}.",
    "As is evident from the {source} accompanying the specimen, the {product} has "
    "{a_kind} {place}.",
    "Going by the {source}, the {product} has {a_kind} {place}.",
    "Finding cross-checked against the {source}: {a_kind}, {place}, on the {product}.",
    "Consultation of the {source}, which delineates {a_kind} {place}, renders the "
    "assessment of the {product} entirely straightforward.",
)

LEAKS_NORMAL = (
    "The {source} lists this {product} as a good one, which rather saves me the bother.",
    "Easy one! The {source} already says your {product} is fine.",
    "Given that the {source} designates the specimen as normal, the {product} may be "
    "presumed to be free of defects.",
    "Observation 1: the {source} was consulted, and it classes the {product} as defect-free.",
)

STEP_PROSE = (
    "The damage is evidently attributable to irregularities which arose during {step}.",
    "My money's on {step}; that's where it'll have gone wrong.",
    "Looks like something went wrong during {step}!",
    "Conclusion — the defect is traced to the {step} stage.",
    "I'd put this down to {step}, rather than anything downstream.",
)

STEP_PROSE_NORMAL = (
    "Observation 3: no irregularity attributable to {step} was noted.",
    "Looks like {step} went smoothly on this one!",
    "It is evident that the {step} stage of manufacture proceeded without incident.",
)

FILLER_CHUNKS = (
    "as I was saying",
    "to put it another way",
    "and so on and so forth",
    "by the same token",
    "it bears repeating",
    "as it were",
)

NEUTRAL_SUBJECTS = (
    "the lighting",
    "the backdrop",
    "the white balance",
    "the exposure",
    "the focus",
    "the framing",
    "the camera angle",
    "the colour rendition",
    "the contrast",
    "the depth of field",
    "the sensor noise",
    "the shadow pattern",
    "the stage height",
    "the lens distortion",
    "the overall sharpness",
)

NEUTRAL_VERBS = (
    "seems",
    "appears",
    "remains",
    "looks",
    "is",
    "stays",
    "appears to be",
    "can be described as",
    "was found to be",
    "comes across as",
)

NEUTRAL_TAILS = (
    "rather ordinary",
    "fairly uniform across the frame",
    "consistent with the earlier captures",
    "typical of this imaging rig",
    "steady from one end of the shot to the other",
    "entirely unremarkable, I should say",
    "pretty standard, honestly",
    "within the usual photographic tolerances",
    "unchanged relative to the previous exposure",
    "much the same throughout",
)

SIBLING_LOOKS = (
    "It has all the look of {a_sib}.",
    "Characterisation: the feature was identified as {a_sib}.",
)

CONCLUDE_WITH = (
    "In conclusion, the {product} exhibits {a_kind} {where}.",
    "So there you go: your {product} has {a_kind} {where}.",
    "Conclusion — {a_kind} is present {where}; the {product} is rejected.",
)

CONCLUDE_OTHER = (
    "All said and done, it's {a_other} on the {product}, {where}.",
    "Conclusion — the {product} presents {a_other} {where}.",
)

CONCLUDE_AT_PART = (
    "It is evident that the {product} is defective {where}, the type of defect being {part}.",
    "Verdict time: the {product} has a defect {where}, and the type? {part}!",
)

PART_YES = (
    "Defect on the {product} {where}; type: {part}.",
    "Finding: the {product} shows {part} as its defect, {where}.",
)

# ------------------------------------------------------------------ correct paraphrases

NEGATED_YES_OK = (
    "This {product} is not in good order, I'm afraid: there's {a_kind} {place}.",
    "The {product} cannot be regarded as free of defects, since {a_kind} is evident {place}.",
    "Sorry, your {product} isn't flawless. You've got {a_kind} {place}!",
    "Finding: the {product} is not defect-free; {a_kind} was observed {place}.",
    "Hardly a clean {product}, this: {a_kind} {place}, which is not ideal.",
)

PASSES_NO_OK = (
    "The {product} passes inspection; there's nothing I'd reject it for.",
    "Upon examination, the {product} satisfies every criterion of acceptance and is "
    "accordingly deemed fit for release.",
    "Great news! Your {product} is in perfect shape and good to go.",
    "Conclusion — the {product} was cleared, and no anomaly was recorded.",
    "A sound {product}, this one. Nothing amiss.",
)

ONE_SHOT_COMPARE = (
    "When it is set beside the reference image of a normal {product}, the specimen is seen "
    "to depart visibly from that reference in one localised region.",
    "Compared with the good reference {product}, you've got a spot here that the reference "
    "just doesn't have!",
    "Comparison: the query image was set against the normal reference, and a deviation "
    "from the reference {product} was recorded.",
)

ONE_SHOT_COMPARE_NORMAL = (
    "Next to the reference {product} I can't tell the two apart; they match rather nicely.",
    "Comparison: the query and the normal reference {product} were found to correspond in "
    "every respect.",
)

SYNONYM_LOOKS = (
    "What we've got here is {syn}, simple as that.",
    "Upon examination, the defect presents itself unambiguously as {syn}.",
    "You've got {syn} here!",
)

SYNONYM_CONCLUSIONS = (
    "Conclusion — the {product} was found to have {syn} {where}.",
    "So: {syn} on the {product}, {where}. Reject it.",
    "It is therefore evident that the {product} exhibits {syn} {where}, and it must be "
    "regarded as defective.",
)

YES_SHOWS = (
    "You've got {a_kind} on the {product}, {where}.",
    "The {product} exhibits {a_kind} {where}, as is evident upon examination.",
    "Observation: {a_kind} was found on the {product} {where}.",
)

LOCATION_ANSWERS = (
    "The defect lies {where}.",
    "You'll spot it {where}!",
    "Location recorded: {where}.",
)

CAUSE_LEADS = (
    "{Name} originates in {cause}.",
    "Where does {name} come from? It goes back to {cause}.",
    "Cause: {name} was attributed to {cause}.",
    "{Name} is down to {cause}, as a rule.",
)

CAUSE_PROSE = (
    "That's down to {step} {cite}, plainly.",
    "Cause assigned: the {step} stage {cite}.",
    "It is evident that the process step responsible is {step} {cite}.",
)

CANONICAL_ANSWERS = (
    "Type of defect: {c}.",
    "That's {a_c}, plain as day.",
    "Classification — {c}.",
)

FIRST_TURN = (
    "The {product} has {what} {where}, I'm sorry to say.",
    "Observation 1: {what} was found on the {product}, {where}.",
    "Upon examination, the {product} is seen to bear {what} {where}.",
    "You've got {what} on this {product}, {where}!",
)

# ------------------------------------------------------------------ places

CELL_WORDS = {
    "top left": ("upper left", "top-left corner", "north-west corner", "upper left-hand corner"),
    "top": ("upper band", "upper margin", "top strip", "uppermost band"),
    "top right": (
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper right-hand corner",
    ),
    "left": ("left-hand side", "west side", "left margin", "left-hand strip"),
    "center": ("centre", "middle", "dead centre", "heart"),
    "right": ("right-hand side", "east side", "right margin", "right-hand strip"),
    "bottom left": (
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower left-hand corner",
    ),
    "bottom": ("lower band", "lower margin", "foot", "bottom strip"),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower right-hand corner",
    ),
}

PLACE_FRAMES = (
    "in the {w} of the image",
    "towards the {w} of the frame",
    "at the {w} of the picture",
    "near the {w} of the shot",
)

PLACE_TAILS = (
    " in this view",
    ", as photographed",
    " as captured",
)

PLACE_AWAY = (
    ", well clear of the middle",
    " and away from the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS = {
    ("bottle", "broken_large"): ("a big chunk missing from the rim", "a shattered mouth"),
    ("bottle", "broken_small"): ("a tiny chip on the lip", "a nick in the glass rim"),
    ("bottle", "contamination"): ("debris lodged inside", "a speck of foreign material"),
    ("carpet", "color"): ("a discoloured patch", "a dye stain"),
    ("carpet", "cut"): ("a slit in the pile", "a sliced gash through the weave"),
    ("carpet", "hole"): ("a gap worn through the weave", "a punched-through opening"),
    ("carpet", "metal_contamination"): ("an embedded steel filing", "a wire fragment"),
    ("carpet", "thread"): ("a loose strand", "a pulled yarn"),
    ("leather", "color"): ("a dye blotch", "a faded patch"),
    ("leather", "cut"): ("a knife slash", "a clean slit in the hide"),
    ("leather", "fold"): ("a pressed wrinkle", "a kinked ridge in the hide"),
    ("leather", "glue"): ("an adhesive smear", "a dried blob of adhesive"),
    ("leather", "poke"): ("a puncture mark", "a pinprick perforation"),
    ("screw", "scratch_head"): ("scuffing across the crown", "abrasion on the top face"),
    ("screw", "scratch_neck"): ("a score mark on the collar", "scuffing on the shank collar"),
    ("screw", "manipulated_front"): ("a mangled tip", "a deformed point"),
    ("screw", "thread_side"): ("chewed-up flanks along the shank", "a nicked helix flank"),
    ("screw", "thread_top"): ("flattened crests on the helix", "a crushed ridge of the helix"),
    ("metal_nut", "bent"): ("a buckled flange", "a twisted tab"),
    ("metal_nut", "color"): ("a discoloured finish", "a tinted stain"),
    ("metal_nut", "scratch"): ("a score line", "surface abrasion"),
    ("metal_plate", "major_rust"): ("heavy corrosion patches", "a bloom of reddish oxide"),
    ("metal_plate", "total_rust"): ("oxide scale across the whole plate", "plate-wide oxidation"),
    ("metal_plate", "scratches"): ("score lines", "surface abrasion marks"),
}

PART_NAMES = {
    "bottle": ("rim", "neck", "base", "mouth"),
    "carpet": ("pile", "backing", "weave", "tufts"),
    "leather": ("grain", "hide", "finish", "pores"),
    "screw": ("shank", "tip", "drive recess", "head", "thread"),
    "metal_nut": ("flange", "tab", "bore", "face"),
    "metal_plate": ("face", "margin", "flat surface", "mounting hole"),
}

DEFECT_SIGHTINGS = (
    "a hairline crack",
    "a dark smudge",
    "a shallow gouge",
    "a patch of discolouration",
    "a small dent",
    "a frayed strand",
    "a pinprick puncture",
    "a rusty speck",
    "a chipped edge",
    "a streak of residue",
    "a raised blister",
)

OTHER_TYPES = (
    "crack",
    "dent",
    "burn mark",
    "air bubble",
    "missing component",
    "misalignment",
    "pinhole",
    "short circuit",
    "stain",
    "blister",
    "solder splash",
)
