"""Phrasebook ``fresh21``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a pharmaceutical
GMP deviation-report writer, a field service engineer texting from a phone, an academic
peer reviewer, and a VLM writing long step-by-step reasoning (First/Next/Finally).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "The observation {place} on the {product} was assessed and attributed to "
    "surface dust on the lens; it is not classified as a defect.",
    "ok that mark {place} is just glare off the [lamp|ring light], not a defect, moving on",
    "The feature {place} is, in my reading, merely a specular reflection and should "
    "not be counted as damage to the {product}.",
    "Next, I examine the darker spot {place}; it is only a shadow cast by the fixture, "
    "so it is not a defect on the {product}.",
    "The speck {place} is a camera sensor artefact rather than anything on the "
    "{product} itself, and was therefore disregarded.",
    "First, the bright streak {place} is simply a lighting reflection; there is "
    "nothing wrong with the {product} there.",
    "saw something {place} but its prob dust on the glass, {product} itself is fine there",
    "I would caution against reading the blemish {place} as a flaw; it is a "
    "compression artefact, not a defect of the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "A {kind} was observed on the {product} {place} and is recorded as a confirmed nonconformance.",
    "yep theres a {kind} {place}, clear as day on this {product}",
    "The image plainly shows a {kind} {place}, which a sound {product} would not have.",
    "Next, I notice a distinct {kind} on the {product} {place}; this is a genuine flaw.",
    "First, looking closely {place}, I can see a real {kind} on the surface of the {product}.",
    "Visual inspection confirmed a clear instance of {kind} {place} on the {product}.",
    "The {product} unmistakably carries a {kind} {place}; it is not an imaging effect.",
    "found a {kind} {place} on the {product}, def real not a reflection",
)

WRONG_PLACES: tuple[str, ...] = (
    "Location of the nonconformity: {place}.",
    "damage sits {place}, thats where to look",
    "The anomalous region lies {place}, and nowhere else in the frame.",
    "Next, I localise the defect: it is {place}.",
    "Finally, the flaw is confined to the area {place}.",
    "The defect was found {place}.",
    "its {place}, cant miss it",
    "The affected region is situated {place}, as the image makes evident.",
)

HEDGES: tuple[str, ...] = (
    "The feature cannot be conclusively classified; it may be {a_kind} or {a_other}, "
    "and further review is required.",
    "honestly cant tell if its {a_kind} or {a_other}, could be either",
    "The evidence does not allow one to decide between {a_kind} and {a_other}; both "
    "readings remain open.",
    "Next, I try to classify it, but it could be {a_kind} just as well as {a_other}; "
    "I remain unsure.",
    "Finally, I am torn between {a_kind} and {a_other} and cannot settle on either.",
    "Classification pending: the finding is either {a_kind} or {a_other}; neither "
    "can be excluded at this stage.",
    "maybe {a_kind}, maybe {a_other}, 50/50 honestly",
    "Whether this is {a_kind} or rather {a_other} is, to my mind, left unresolved.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind} / {other}, unclear which",
    "either {kind} or {other}",
    "{kind}, possibly {other}",
    "{kind} or maybe {other}, undecided",
    "{other} or {kind}, cannot say",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product} meets all acceptance criteria and is released as conforming.",
    "this {product} looks good to go, nothing wrong with it",
    "On careful examination, the {product} appears entirely intact and acceptable.",
    "Finally, putting everything together, the {product} is in good condition and "
    "should pass inspection.",
    "The {product} is clean and sound; I would pass it.",
    "all good on this {product}, ship it",
    "I see no grounds to reject the {product}; it looks like a normal, healthy sample.",
    "Disposition: the {product} is accepted, with no anomalies noted.",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} fails to meet acceptance criteria and is rejected as nonconforming.",
    "this {product} is bad, pulling it from the line",
    "The {product} clearly exhibits a flaw and cannot be regarded as acceptable.",
    "Finally, based on the above, the {product} is defective and should be rejected.",
    "The {product} is damaged and must be scrapped.",
    "{product} is a reject, something is wrong with it for sure",
    "In my assessment the {product} is faulty; I would not accept it.",
    "Disposition: the {product} is quarantined as defective.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "No {kind} was observed {place}; the {product} is not considered nonconforming.",
    "theres no {kind} {place}, {product} isnt damaged at all",
    "I do not see any {kind} {place}, and nothing suggests the {product} is anything "
    "other than sound.",
    "Next, I check {place} for a {kind}, but there is none there, so the {product} "
    "is not defective.",
    "Finally, the {product} shows no {kind} {place} and nothing else is wrong; it is "
    "not defective.",
    "The {product} is not damaged: no {kind} can be found {place} or anywhere else.",
    "nothing like a {kind} {place}, no issue w this {product}",
    "The claim of a {kind} {place} is not supported; the {product} is not flawed.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind} and cannot be released.",
    "cant call this {product} {kind}-free, not passing it",
    "The {product} cannot be described as {kind}-free; it is not acceptable.",
    "Finally, the {product} is not without {kind}, so it does not pass inspection.",
    "It is not true that the {product} is free of any {kind}; it is not a good part.",
    "{product} is not {kind}-free, no way it passes",
    "Next, I conclude that the {product} is not {kind}-free and should not be accepted.",
    "The {product} cannot be certified as {kind}-free and is not releasable.",
)

LEAKS: tuple[str, ...] = (
    "Per {source}, {a_kind} is present {place} on the {product}.",
    "{source} says {a_kind} {place}, so thats it",
    "As marked in {source}, the {product} carries {a_kind} {place}.",
    "Next, I consult {source}, which confirms {a_kind} {place} on the {product}.",
    "I was told via {source} that the {product} has {a_kind} {place}, and I go with that.",
    "Finally, {source} lists {a_kind} {place}, so the {product} is defective.",
    "The location {place} matches {source}, which flags {a_kind} on the {product}.",
    "going by {source} its {a_kind} {place} on the {product}",
    "Consistent with {source}, the finding is recorded as {a_kind} {place} on the {product}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "my supervisor's note",
    "the annotation overlay",
    "the folder name",
    "the answer key",
    "the dataset metadata",
    "the image filename",
    "the QA lead's message",
    "the pixel mask supplied with the image",
    "the training labels",
    "the segmentation annotation",
    "the reference answer sheet",
    "the test-split directory path",
    "the annotator's bounding box",
    "the hidden defect map",
    "the colleague who labelled the set",
    "the benchmark's category tag",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, the {product} is a good sample, so I pass it.",
    "{source} marks this {product} as fine, good enough for me",
    "The {product} is listed as normal in {source}, which settles the question.",
    "First, I check {source}: it records the {product} as defect-free.",
    "Finally, since {source} confirms nothing is wrong, the {product} passes.",
    "Acceptance is based on {source}, which classifies the {product} as conforming.",
)

STEP_PROSE: tuple[str, ...] = (
    "The root cause is attributed to {step}, which introduced the defect.",
    "pretty sure {step} did this, thats where it came from",
    "The defect most plausibly originates in {step}.",
    "Next, I trace the cause: the flaw was produced during {step}.",
    "Finally, {step} is the process step responsible for this damage.",
    "Investigation points to {step} as the origin of the nonconformance.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} step was executed within specification and left no mark on the part.",
    "looks like {step} went fine on this one",
    "Next, I consider {step}: it appears to have proceeded without problems.",
    "There is no indication that {step} caused any issue here.",
    "Records suggest {step} ran normally for this unit.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "so on and so forth",
    "and so on",
    "as noted above",
    "again and again",
    "same as before",
    "more of the same",
    "and the like",
    "over and over",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "In conclusion, the {product} has {a_other} {where}.",
    "Finally, the {product} is defective, with {a_other} {where}.",
    "bottom line: {a_other} {where} on the {product}",
    "The deviation is classified as {a_other} {where} on the {product}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "In conclusion, the {product} has a {part} defect {where}.",
    "Conclusion: defect type identified as {part} on the {product}, {where}.",
    "so its a {part} defect on the {product}, {where}",
    "Finally, I classify the anomaly on the {product} as a {part} defect {where}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Next, the region looks like {a_sib}.",
    "The affected area resembles {a_sib} in shape and texture.",
    "looks like {a_sib} to me",
    "Morphologically, the finding is most consistent with {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "Finally, the {product} shows a {part} defect {where}.",
    "A {part} defect is recorded on the {product} {where}.",
    "got a {part} defect on the {product} {where}",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is far from flawless: {a_kind} is visible {place}.",
    "The {product} cannot be released as conforming, owing to {a_kind} {place}.",
    "not a good part, theres {a_kind} {place} on this {product}",
    "It would be wrong to call the {product} intact, given {a_kind} {place}.",
    "Finally, the {product} is not acceptable because of {a_kind} {place}.",
    "Next, I note that the {product} is not defect-free; there is {a_kind} {place}.",
    "{product} isnt passing, {a_kind} {place}",
    "The {product} does not meet specification, since {a_kind} was found {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} conforms to specification; no nonconformance was observed.",
    "this {product} is clean, passing it",
    "I find no evidence of any anomaly; the {product} appears normal.",
    "Finally, the {product} shows nothing out of the ordinary, so it is a good part.",
    "The {product} is intact and acceptable.",
    "{product} checks out fine, no issues",
    "Next, having reviewed the whole image, I judge the {product} to be free of defects.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "In conclusion, the {product} is defective, showing {a_kind} {where}.",
    "Finally, the {product} has {a_kind} {where}, so it fails inspection.",
    "The deviation is confirmed as {a_kind} {where} on the {product}.",
    "so yeah {a_kind} {where}, this {product} is a reject",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Next, the region looks like {syn}.",
    "The feature is consistent with {syn}.",
    "looks like {syn} to me",
    "The observed feature is best described as {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Finally, the {product} is defective because of {syn} {where}.",
    "The {product} is rejected owing to {syn} {where}.",
    "this {product} fails, {syn} {where}",
    "In sum, the {product} exhibits {syn} {where} and is therefore defective.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "There is {a_kind} on the {product} {where}.",
    "got {a_kind} {where} on this {product}",
    "The image of the {product} reveals {a_kind} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is located {where}.",
    "its {where}",
    "The anomaly can be found {where}.",
    "Finally, the flaw sits {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name} is attributed to {cause}.",
    "The probable origin of {name} is {cause}.",
    "Next, {name} can be traced back to {cause}.",
    "{Name} prob came from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The root cause is most likely {step} {cite}.",
    "Next, I trace this back to {step} {cite}, where the damage was probably introduced.",
    "this came from {step} {cite} id say",
    "The defect is most plausibly introduced during {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The defect is {a_c}.",
    "type: {c}",
    "Finally, I classify it as {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "There is {what} on the {product} {where}.",
    "The {product} shows {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Compared with the good reference {product}, the query image differs in one region.",
    "vs the reference {product} pic, one spot doesnt match",
    "Relative to the defect-free reference {product}, the query deviates in a single "
    "localised region.",
    "First, I compare the query with the reference image of a good {product}; they "
    "differ in one area.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the good reference {product}, the query image matches throughout.",
    "query looks same as the reference {product}, no differences",
    "First, I compare the query against the good reference {product}; I find no "
    "region where they differ.",
    "Relative to the defect-free reference {product}, the query shows no deviation.",
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
    "The image resolution",
    "The camera angle",
    "The illumination",
    "The contrast",
    "The depth of field",
    "The colour rendering",
    "The image sharpness",
    "The crop",
    "The noise level",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays",
    "is",
    "remains",
    "looks",
    "appears",
    "seems",
    "is generally",
    "is broadly",
    "is mostly",
    "is largely",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "steady throughout the shot",
    "even across the frame",
    "consistent with the other captures",
    "adequate for a visual check",
    "uniform over the whole picture",
    "unremarkable for this setup",
    "within the usual range",
    "stable between captures",
    "typical of this camera rig",
    "suitable for a close look",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper left",
        "top-left corner",
        "north-west corner",
        "upper-left area",
        "top left quadrant",
    ),
    "top": (
        "top",
        "upper middle",
        "top centre",
        "upper edge",
        "north side",
    ),
    "top right": (
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper-right area",
        "top right quadrant",
    ),
    "left": (
        "left side",
        "middle left",
        "left edge",
        "west side",
        "centre left",
    ),
    "center": (
        "center",
        "centre",
        "middle",
        "central area",
        "dead centre",
    ),
    "right": (
        "right side",
        "middle right",
        "right edge",
        "east side",
        "centre right",
    ),
    "bottom left": (
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower-left area",
        "bottom left quadrant",
    ),
    "bottom": (
        "bottom",
        "lower middle",
        "bottom centre",
        "lower edge",
        "south side",
    ),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower-right area",
        "bottom right quadrant",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "near the {w}",
    "over at the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the picture",
    " of the photo",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle",
    ", not in the centre of the frame",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the glass",
        "a major break in the glass",
        "a big missing piece of glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the glass",
        "a minor nick in the glass",
        "a tiny broken-off fragment",
    ),
    ("bottle", "contamination"): (
        "foreign matter",
        "a piece of debris",
        "some foreign material inside the bottle",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a dye stain",
        "an off-colour spot",
    ),
    ("carpet", "cut"): (
        "a slit in the pile",
        "a clean cut through the fibres",
        "a knife slash",
    ),
    ("carpet", "hole"): (
        "a puncture through the fabric",
        "an opening in the weave",
        "a gap where the fabric is missing",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "embedded metal debris",
        "a shard of metal",
    ),
    ("carpet", "thread"): (
        "a loose thread",
        "a stray fibre",
        "a pulled yarn",
    ),
    ("leather", "color"): (
        "a discoloured spot",
        "a colour stain",
        "an off-colour patch",
    ),
    ("leather", "cut"): (
        "a slit in the hide",
        "a knife cut",
        "a gash",
    ),
    ("leather", "fold"): (
        "a crease",
        "a wrinkle",
        "a folded-over area",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "adhesive residue",
        "a dried glue drop",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a small pierced hole",
        "a prick mark",
    ),
    ("screw", "scratch_head"): (
        "a scratch on the screw head",
        "a scuff on the head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the neck below the head",
        "a scuff on the neck",
        "a score mark on the neck",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a damaged point",
        "a mangled front end",
    ),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a flattened thread flank",
        "a nicked thread on the side",
    ),
    ("screw", "thread_top"): (
        "damaged threads at the top end",
        "a worn top thread",
        "a crushed thread near the end",
    ),
    ("metal_nut", "bent"): (
        "a bent flange",
        "a deformed lobe",
        "a warped tab",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch",
        "a colour stain",
        "an off-colour blotch",
    ),
    ("metal_nut", "scratch"): (
        "a scuff mark",
        "a surface score",
        "a scrape",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "heavy corrosion",
        "an extensive corrosion spot",
    ),
    ("metal_plate", "total_rust"): (
        "rust over the whole surface",
        "complete corrosion",
        "rust covering the entire plate",
    ),
    ("metal_plate", "scratches"): (
        "multiple scuff marks",
        "a set of score lines",
        "several scrapes",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "mouth", "lip", "shoulder"),
    "carpet": ("pile", "backing", "weave", "tuft"),
    "leather": ("grain", "hide", "panel", "finish"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "face", "hub"),
    "metal_plate": ("panel", "plate face", "mounting tab", "sheet"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "dent",
    "chipped corner",
    "rust spot",
    "stain",
    "small hole",
    "frayed patch",
    "burr",
    "pit mark",
    "bent tab",
    "tear",
    "discoloured blotch",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "tear",
    "burr",
    "corrosion",
    "deformation",
    "chip",
    "contamination",
)
