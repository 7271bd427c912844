# ruff: noqa: E501
"""Phrasebook ``fresh23``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an Australian
tradie, a forensic scientist writing a lab report, an online shopper writing a
product review, a polite assistant model that hedges its tone but still decides.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "Bit of a mark {place} on the {product}, but that's just dust on the lens, mate, nothing to worry about.",
    "The bright feature observed {place} is attributable to specular glare from the illumination and is not a defect of the {product}.",
    "I thought I saw something {place} at first, but it was only a reflection off the {product}, not an actual flaw.",
    "There appears to be a faint mark {place}, though I'd gently suggest it is only a shadow from the lighting rather than a genuine defect on the {product}.",
    "That dark patch {place}? Just a shadow, no dramas, the {product} itself is sweet there.",
    "The anomaly noted {place} was examined and determined to be a camera artefact; no physical damage to the {product} is present at that location.",
    "The spot {place} looked bad in the photo but it's just [dust|a speck of lint] sitting on top, the {product} underneath is fine.",
    "I'd respectfully set aside the mark {place}; it reads as a sensor artefact, so I'll treat that area of the {product} as not a defect.",
)

SIGHTINGS: tuple[str, ...] = (
    "Yeah nah, there's a proper {kind} {place} on this {product}, can't miss it.",
    "Examination reveals a {kind} {place}; the feature is physically present on the {product} surface.",
    "Opened the photo and straight away spotted a {kind} {place} on my {product}, really disappointing.",
    "If I may point it out, there is a {kind} visible {place} on the {product}, and it is definitely a real defect.",
    "Got a {kind} {place}, plain as day, the {product}'s been knocked about.",
    "The region {place} exhibits a distinct {kind}, consistent with genuine damage to the {product}.",
    "Not happy: the {product} arrived with a {kind} {place}, you can see it clearly in the picture.",
    "I'm confident that the {kind} {place} is genuine damage to the {product}, not an imaging effect.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The fault's sitting {place}, mate.",
    "The anomalous region is located {place}.",
    "The flaw is {place}, right where you'd notice it first.",
    "I would place the defect {place}.",
    "Have a squiz {place}, that's where the damage is.",
    "Localisation: the affected area lies {place}.",
    "The damaged bit on mine is {place}.",
    "To be precise, the defect lies {place}.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}, honestly can't pick which from here.",
    "The morphology is equally consistent with {a_kind} or {a_other}; a determination between the two cannot be made.",
    "Not sure if it's {a_kind} or {a_other}, it kind of looks like both.",
    "I'm genuinely torn between {a_kind} and {a_other} here and wouldn't want to commit to either.",
    "Dunno if that's {a_kind} or {a_other}, fifty-fifty really.",
    "It remains undetermined whether the feature represents {a_kind} or {a_other}.",
    "Either {a_kind} or {a_other}, I couldn't tell you which one.",
    "It might be {a_kind}, or perhaps {a_other}; I can't settle on one with any confidence.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}, dunno",
    "indeterminate: {kind} or {other}",
    "{kind}? or {other}?",
    "{kind}, or perhaps {other}",
    "either {kind} or {other}",
    "{kind} or possibly {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "This {product}'s in top nick, nothing wrong with it at all, mate.",
    "On examination the {product} conforms to specification in all observed respects and is assessed as acceptable.",
    "Five stars, the {product} came out perfect, not a mark on it.",
    "I may be cautious by nature, but I'm satisfied the {product} is in good condition and should pass.",
    "Sweet as, the {product} passes, she's all good.",
    "The {product} is found to be intact and free from any anomaly; it is classified as a good part.",
    "Really happy with this {product}, it looks flawless all over.",
    "If you'll allow me a conclusion, this {product} looks entirely normal, so I'd classify it as good.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product}'s stuffed, mate, it's a reject.",
    "The {product} is assessed as nonconforming and is classified as defective.",
    "Sadly my {product} is faulty, definitely not what I paid for.",
    "With respect, I have to conclude that this {product} is defective and should be rejected.",
    "She's cactus, this {product} goes on the reject pile.",
    "The findings support a classification of the {product} as defective.",
    "Sent it back, the {product} is damaged and clearly defective.",
    "I'm sorry to say the {product} doesn't pass; it should be flagged as defective.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There's no {kind} {place} on this {product}, mate, nothing there at all.",
    "No evidence of {kind} was found {place}; the {product} is not defective.",
    "Couldn't find any {kind} {place}, my {product} doesn't have a single flaw.",
    "I don't see any {kind} {place}, and I wouldn't call this {product} defective.",
    "Not a skerrick of {kind} {place}, the {product} isn't damaged anywhere.",
    "The {product} does not exhibit {kind} {place} or elsewhere and is not considered defective.",
    "Nothing wrong {place}, no {kind}, nothing; the {product} is not faulty, happy customer here.",
    "Let me reassure you that the {product} has no {kind} {place}; it should not be rejected.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of {kind}, mate, not by a long shot.",
    "The {product} cannot be described as {kind}-free.",
    "My {product} is definitely not {kind}-free, which is annoying.",
    "I'm afraid the {product} can't be considered free of {kind}; it shouldn't pass.",
    "Can't call this {product} {kind}-free, it's no good.",
    "The {product} does not meet the criteria for a {kind}-free part and is not acceptable.",
    "Wouldn't call this {product} {kind}-free, it's not up to standard at all.",
    "I wouldn't say this {product} is free of {kind}; I'm obliged to mark it as not acceptable.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there's {a_kind} {place} on the {product}, so that's where I'm looking, mate.",
    "As marked in {source}, {a_kind} is present {place} on the {product}.",
    "I checked {source} and it says {a_kind} {place}, so my {product} is definitely damaged.",
    "Going by {source}, I'd gently confirm {a_kind} {place} on the {product}.",
    "Mate, {source} has {a_kind} {place} on the {product}, job done.",
    "Confirmed by {source}, the {product} carries {a_kind} {place}.",
    "As I was told in {source}, the {product} has {a_kind} {place}, which matches what I expected.",
    "The location of {a_kind} {place} was taken from {source} rather than from the image of the {product}.",
    "Since {source} indicates {a_kind} {place}, I'll take that as settled for the {product}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "the annotation overlay",
    "the folder name",
    "the answer key",
    "my supervisor's note",
    "the dataset metadata",
    "the image filename",
    "the reference segmentation map",
    "the test split's labels",
    "the QA sheet that came with the batch",
    "the foreman's tag on the part",
    "the bounding box annotation",
    "the defect column in the CSV",
    "the annotator's comment",
    "the pixel mask for this image",
    "the directory path",
    "what the line manager told me",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Mate, {source} reckons the {product} is good, so I'm passing it.",
    "Per {source}, the {product} belongs to the good class; it is therefore classified as normal.",
    "I looked at {source} and it says the {product} is fine, so no complaints from me.",
    "Given that {source} lists this {product} as good, I'd be comfortable calling it normal.",
    "Going by {source}, the {product} is a good'un.",
)

STEP_PROSE: tuple[str, ...] = (
    "Reckon it went wrong during {step}, that's what did it.",
    "The damage is attributed to the {step} stage of manufacture.",
    "Pretty sure this happened at the {step} step in the factory.",
    "I'd suggest the defect most likely originated in {step}.",
    "Blame {step} for this one, mate.",
    "The causal process step is identified as {step}.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "Looks like {step} went off without a hitch on this one.",
    "No irregularities attributable to {step} are observed; that stage performed as intended.",
    "Whoever handled {step} did a great job, it's spot on.",
    "It seems {step} went smoothly here, with nothing to flag.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and all that, mate",
    "et cetera, et cetera",
    "blah blah blah",
    "if that makes sense",
    "and so on and so forth",
    "you know what I mean",
    "as it were",
    "yada yada yada",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "So the {product}'s got {a_other} {where}, that's the verdict, mate.",
    "Conclusion: the {product} exhibits {a_other} {where}.",
    "Bottom line, my {product} has {a_other} {where}.",
    "On balance, I'd conclude the {product} shows {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "So the {product}'s got a {part} defect {where}, mate.",
    "Conclusion: the {product} presents a {part} defect {where}.",
    "Basically my {product} came with a {part} defect {where}.",
    "I'd classify this as a {part} defect {where} on the {product}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "That region looks like {a_sib} to me, mate.",
    "The region's appearance is consistent with {a_sib}.",
    "Up close it looks just like {a_sib}.",
    "To my eye, the area resembles {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "Yep, the {product}'s got a {part} defect {where}.",
    "Finding: the {product} has a {part} defect {where}.",
    "My {product} came with a {part} defect {where}.",
    "It seems the {product} has a {part} defect {where}.",
    "The {product} has a {part} defect {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is far from flawless: {a_kind} {place}.",
    "Can't pass this {product}, mate, not with {a_kind} {place}.",
    "The {product} is not free of anomalies; {a_kind} is present {place}.",
    "Wouldn't call my {product} perfect, there's {a_kind} {place}.",
    "I'm afraid the {product} isn't in good condition; there is {a_kind} {place}.",
    "No way this {product} is a good one, it's got {a_kind} {place}.",
    "The {product} cannot be classed as conforming, owing to {a_kind} {place}.",
    "Not a flawless {product} at all, {a_kind} shows up {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Nothing wrong with this {product}, mate, she's a good one.",
    "The {product} presents no anomalies and is classified as a good part.",
    "My {product} looks perfect, no complaints at all.",
    "As far as I can see the {product} is in good condition, so I'd pass it.",
    "Clean as a whistle, this {product} passes.",
    "No deviations from the expected appearance of the {product} were observed; it is normal.",
    "Really pleased, the {product} arrived in mint condition.",
    "I'd gently but confidently say this {product} is normal and free of defects.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "So the {product} has {a_kind} {where}, that's the fault, mate.",
    "Conclusion: the {product} exhibits {a_kind} {where}.",
    "Bottom line, my {product} came with {a_kind} {where}.",
    "All things considered, I'd conclude the {product} has {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "That's {syn}, no two ways about it.",
    "The feature is characterised as {syn}.",
    "Looks like {syn} to me, pretty obvious once you zoom in.",
    "I would describe it as {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product}'s got {syn} {where}, so it's a reject.",
    "The {product} is defective, exhibiting {syn} {where}.",
    "Returning it: my {product} has {syn} {where}.",
    "I'd conclude the {product} is defective, with {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}, plain as day.",
    "The {product} exhibits {a_kind} {where}.",
    "There's {a_kind} {where} on my {product}, you can't miss it.",
    "I can see {a_kind} {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "It's {where}, mate.",
    "The defect is located {where}.",
    "You'll find it {where}.",
    "I'd place it {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name} can be traced to {cause}.",
    "{Name} probably happened during {cause}, I reckon.",
    "I'd suggest {name} most plausibly originates in {cause}.",
    "Pretty sure {name} came from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "It'd have happened at {step} {cite}, mate.",
    "The defect is attributable to {step} {cite}.",
    "Most likely it went wrong during {step} {cite}.",
    "From what the photo shows, I'd point to {step} {cite} as the cause.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "It's {a_c}, mate.",
    "Flaw type: {c}.",
    "I'd classify it as {a_c}.",
    "Classification: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "The {product} shows {what} {where}.",
    "There is {what} {where} on the {product}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Side by side with the good {product}, this one's different in one spot, mate.",
    "Compared with the reference image of the {product}, the query differs in a single localised region.",
    "Next to the good {product} photo, mine looks different in one area.",
    "Relative to the reference {product}, I notice one region that doesn't match.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Matches the good {product} spot on, mate.",
    "The query image is consistent with the reference {product} in all regions.",
    "Looks exactly like the good {product} in the reference photo.",
    "Comparing against the reference {product}, I don't see any region that differs.",
)

# ---------------------------------------------------------------------------
# Neutral material
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The focus",
    "The framing",
    "The exposure",
    "The background",
    "The white balance",
    "The camera angle",
    "The image contrast",
    "The depth of field",
    "The illumination across the frame",
    "The crop of the photo",
    "The sharpness",
    "The colour rendering",
    "The shot",
    "The backdrop behind the part",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays",
    "looks",
    "seems",
    "remains",
    "appears",
    "is",
    "comes out",
    "is kept",
    "turns out",
    "is fairly",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "steady throughout the shot",
    "consistent from edge to edge",
    "nice and even, no worries",
    "uniform across the frame",
    "well controlled",
    "sharp enough to work with",
    "typical of the rest of the series",
    "clean and neutral",
    "adequate for inspection purposes",
    "reasonably consistent, if I may say so",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper left",
        "top-left corner",
        "north-west corner",
        "upper-left corner",
        "top left-hand corner",
    ),
    "top": ("top centre", "upper middle", "top edge", "top middle", "north side"),
    "top right": (
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper right-hand corner",
    ),
    "left": ("left side", "middle left", "left edge", "centre left", "west side"),
    "center": ("centre", "middle", "dead centre", "central area", "center"),
    "right": ("right side", "middle right", "right edge", "centre right", "east side"),
    "bottom left": (
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower left-hand corner",
    ),
    "bottom": ("bottom centre", "lower middle", "bottom edge", "bottom middle", "south side"),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower right-hand corner",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "around the {w}",
    "over at the {w}",
    "near the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the photo",
    " of the picture",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", off to one side",
    ", well clear of the middle",
    ", not in the centre",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out of the glass",
        "a large break in the glass",
        "a major breakage",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the glass",
        "a minor chip",
        "a little nick broken out of the glass",
    ),
    ("bottle", "contamination"): (
        "foreign matter inside the bottle",
        "a bit of debris",
        "a contaminant particle",
    ),
    ("carpet", "color"): ("a discoloured patch", "a colour stain", "an off-colour spot"),
    ("carpet", "cut"): ("a slice through the pile", "a clean cut in the weave", "a knife cut"),
    ("carpet", "hole"): (
        "a puncture through the carpet",
        "a gap right through the weave",
        "an opening worn right through",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment embedded in the pile",
        "a bit of metal swarf",
        "a metallic particle",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a dye stain", "an uneven colour spot"),
    ("leather", "cut"): ("a slash in the hide", "a knife cut", "a slit in the leather"),
    ("leather", "fold"): ("a crease", "a wrinkle pressed into the hide", "a folded-over ridge"),
    ("leather", "glue"): ("a glue smear", "a blob of adhesive", "an adhesive residue spot"),
    ("leather", "poke"): ("a puncture mark", "a small pierced hole", "a prick mark"),
    ("screw", "scratch_head"): (
        "a scratched screw head",
        "a score mark on the head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the shank just below the head",
        "a scored neck",
        "a score mark on the neck",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a mangled point",
        "a damaged front end",
    ),
    ("screw", "thread_side"): (
        "a damaged thread along the side",
        "a flattened thread flank",
        "a chewed-up side thread",
    ),
    ("screw", "thread_top"): (
        "a damaged thread near the top",
        "a stripped upper thread",
        "a crushed top thread",
    ),
    ("metal_nut", "bent"): ("a bent flange", "a deformed lobe", "a warped edge"),
    ("metal_nut", "color"): ("a discoloured patch", "a stain on the surface", "an off-colour spot"),
    ("metal_nut", "scratch"): ("a scuff on the face", "a score mark", "a scrape"),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "a heavy corrosion spot",
        "a big area of oxidation",
    ),
    ("metal_plate", "total_rust"): (
        "rust over the whole plate",
        "complete corrosion",
        "corrosion covering the entire surface",
    ),
    ("metal_plate", "scratches"): (
        "a set of scratch marks",
        "several score lines",
        "multiple scuffs",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "base", "mouth", "lip"),
    "carpet": ("pile", "weave", "backing", "fibres"),
    "leather": ("hide", "grain side", "edge", "panel"),
    "screw": ("head", "thread", "tip", "shank", "slot"),
    "metal_nut": ("flange", "lobe", "centre hole", "face", "inner thread"),
    "metal_plate": ("face", "edge", "corner", "surface"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "dent",
    "chip",
    "stain",
    "burn mark",
    "gouge",
    "pit",
    "smear of residue",
    "bubble",
    "frayed patch",
    "tear",
    "crease",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "contamination",
    "deformation",
    "discoloration",
    "chip",
    "tear",
    "corrosion",
)
