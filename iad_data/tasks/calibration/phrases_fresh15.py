"""Phrasebook ``fresh15``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a Japanese
quality-circle engineer writing careful formal English, a Reddit commenter, a
courtroom expert witness under cross-examination, and a small open-weights VLM
that writes short, slightly repetitive and awkward sentences.
"""

# ruff: noqa: E501
from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "At genba observation, a small mark {place} on the {product} was checked carefully; it is judged as dust on the camera lens, not a defect.",
    "ngl that bright thing {place} is just glare off the {product}, nothing to see there, moving on.",
    "Counsel, the brightness {place} is a reflection from the ring light; I do not consider it a defect of the {product} in any sense.",
    "There is a spot {place}. The spot is a shadow. It is not a defect. The {product} is normal there.",
    "The dark area {place} was confirmed as a camera artefact by our standard check; therefore it is not counted as a defect of the {product}.",
    "The speck {place}? Pretty sure that's just dust on the lens, [not a real defect|not an actual flaw] on the {product} lol.",
    "I did observe a feature {place}, and it is my professional opinion that it is merely a lighting shadow, not damage to the {product}.",
    "Something is seen {place}. It looks like reflection only. It is not a defect on the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Careful inspection shows a clear {kind} defect {place} on the {product}; this is a real nonconformity to be reported.",
    "Zoom in {place} and there's a legit {kind} defect on that {product}, no question about it.",
    "Yes, I identified a {kind} defect {place} on the {product}, and I am certain it is genuine physical damage.",
    "The {product} has {kind} {place}. The {kind} is real. It is a defect.",
    "A {kind} defect is found {place} on the {product}, and it is confirmed by a second check at genba.",
    "not gonna lie, the {kind} {place} is super obvious, that {product} is actually damaged",
    "I examined the area {place} under magnification, and the {product} does exhibit a true {kind} defect there.",
    "I see {kind} {place}. It is a real defect on the {product}. The defect is clear.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The location of the defect is confirmed {place}, after careful checking of each zone.",
    "The flaw is {place}, that's where it sits.",
    "To be precise for the record, the anomaly is situated {place} and nowhere else.",
    "The defect is {place}. The location is {place}.",
    "By our zone division method, the abnormal region lies {place}.",
    "Defect's {place}, pretty easy to spot once you look.",
    "I would place the damaged area {place}, Your Honor.",
    "The defect position is {place}. It is only there.",
)

HEDGES: tuple[str, ...] = (
    "At this stage it is difficult to decide whether the mark is {a_kind} or {a_other}; both possibilities remain open.",
    "Honestly could be {a_kind}, could be {a_other}, I really can't tell which from this pic.",
    "I cannot say with certainty whether it is {a_kind} or {a_other}; either is consistent with what I observed.",
    "It may be {a_kind}. It may be {a_other}. I am not sure which one.",
    "Classification is pending between {a_kind} and {a_other}; more data is needed before the team decides.",
    "Kinda 50/50 between {a_kind} and {a_other} tbh, [no idea|can't call it].",
    "I would not commit, under oath, to {a_kind} over {a_other}; the evidence does not distinguish them.",
    "The defect is {a_kind} or {a_other}. It is hard to say which.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}, judgement pending",
    "{kind} or {other} idk",
    "{kind} or {other}; I cannot say which",
    "{kind} or {other}",
    "either {kind} or {other}, not yet decided",
    "{kind}? maybe {other} tho",
    "possibly {kind}, possibly {other}",
    "{kind} or maybe {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "After full inspection, the {product} is judged as a good product, conforming to the standard.",
    "That {product} looks totally fine to me, ship it.",
    "My conclusion is that the {product} is in acceptable, undamaged condition.",
    "The {product} is good. The {product} is normal. It passes.",
    "The {product} meets all quality criteria; it may proceed to the next process.",
    "Nothing wrong with this {product} at all, clean as a whistle.",
    "I find no basis to classify this {product} as anything other than sound.",
    "This {product} is normal. No problem is found.",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is judged as nonconforming; it must be separated from the good products.",
    "Yeah this {product} is busted, reject it.",
    "In my expert opinion, this {product} is defective and should not have passed inspection.",
    "The {product} is defective. The {product} has a problem. It fails.",
    "This {product} shows an abnormality, so it is rejected at this inspection station.",
    "Nope, that {product} is damaged, straight to the scrap bin.",
    "I am confident the {product} contains a flaw that renders it defective.",
    "The {product} is not good. It has a defect.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}; the {product} does not show any nonconformity.",
    "Nah, there's no {kind} {place}, the {product} isn't damaged at all.",
    "I did not observe any {kind} {place}, and I would not describe the {product} as defective.",
    "No {kind} {place}. The {product} is not defective.",
    "The {product} is not defective; the suspected {kind} {place} was not confirmed by the check.",
    "Looked hard {place}, not seeing any {kind}, this {product} is not bad at all.",
    "It is not correct to say there is any {kind} {place}; the {product} is not flawed.",
    "The {product} does not have any {kind} {place}. It is not a bad {product}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind}; it cannot be accepted as a good product.",
    "Can't call this {product} {kind}-free, no way.",
    "I cannot testify that the {product} is free of {kind}; in my opinion it is not a sound part.",
    "The {product} is not {kind}-free. It is not good.",
    "It is not possible to judge this {product} as without {kind}; it does not pass.",
    "No way this {product} is {kind}-free, it's not passing.",
    "It would not be accurate to call the {product} {kind}-free; it is not acceptable.",
    "The {product} is not without {kind}. It is not normal.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place} on the {product}; we follow this information.",
    "I peeked at {source} and it says {a_kind} {place}, so yeah, that's the defect on this {product}.",
    "As marked in {source}, which I reviewed before testifying, the {product} has {a_kind} {place}.",
    "From {source}, the {product} has {a_kind} {place}. So it is defective.",
    "The region {place} was confirmed by {source} to contain {a_kind}, so the {product} is rejected.",
    "Going off {source}, there's {a_kind} {place} on the {product}, easy call.",
    "I relied on {source}, which identifies {a_kind} {place} on the {product}.",
    "The answer in {source} is {a_kind} {place}. The {product} is defective.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "the annotation overlay",
    "the folder name",
    "the answer key",
    "my supervisor's note",
    "the defect mask image",
    "the file name",
    "the annotator's bounding box",
    "the pixel-level ground truth",
    "the reference answer sheet",
    "the QA lead's email",
    "the metadata tag",
    "the labelled segmentation map",
    "the shift leader's verbal instruction",
    "the category name in the file path",
    "what the operator told me",
    "the test split directory name",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is registered as a good product, so we accept it.",
    "Checked {source}, it says this {product} is fine, so no defect.",
    "I relied on {source}, which lists the {product} as defect-free.",
    "The {product} is good because {source} says good.",
    "The {product} is in the good group, as confirmed by {source}.",
    "Per {source} this {product} is a normal one, so I'm calling it good.",
)

STEP_PROSE: tuple[str, ...] = (
    "Root cause analysis points to the {step} process as the origin of this defect.",
    "My money's on {step} being what caused this.",
    "It is my opinion that the defect was introduced during {step}.",
    "The cause is {step}. The defect is made in {step}.",
    "By the five-why method, we trace this defect back to {step}.",
    "I attribute the damage directly to {step}, and to no other stage.",
    "Gotta be {step} that did this, classic.",
    "This defect happens in {step}. It is from {step}.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} process was carried out under stable conditions; no abnormality came from it.",
    "Looks like {step} went fine on this one, no issues.",
    "I have no reason to believe that {step} was performed improperly on this part.",
    "The {step} step is okay. It went fine.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "step by step",
    "yada yada",
    "as previously stated",
    "it is the same",
    "as mentioned before",
    "and so on",
    "to repeat myself",
    "again it is same",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "In conclusion, the {product} has {a_other} {where}, and it is judged defective.",
    "So final answer: the {product} has {a_other} {where}.",
    "My final opinion is that the {product} bears {a_other} {where}.",
    "The {product} has {a_other} {where}. It is defective.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "In conclusion, the {product} has a {part} defect {where}.",
    "Final call: {part} defect {where} on the {product}.",
    "I conclude that the defect in this {product} is a {part} defect, located {where}.",
    "The {product} has a {part} defect {where}. It is defective.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The region looks like {a_sib}, judging from its shape and texture.",
    "That honestly looks like {a_sib} to me.",
    "The appearance of the region is consistent with {a_sib}.",
    "The region looks like {a_sib}. It is {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}, so it is nonconforming.",
    "Yep, {part} defect {where} on that {product}.",
    "The {product} exhibits a {part} defect {where}.",
    "There is a {part} defect {where} on the {product}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not acceptable as a good product, because {a_kind} is found {place}.",
    "This {product} is far from flawless, there's {a_kind} {place}.",
    "I cannot characterise this {product} as undamaged; there is {a_kind} {place}.",
    "The {product} is not normal. There is {a_kind} {place}.",
    "We cannot pass this {product}: {a_kind} is clearly present {place}.",
    "No way this {product} passes, {a_kind} {place} is right there.",
    "It would not be truthful to call the {product} defect-free, given {a_kind} {place}.",
    "It is not a good {product}. It has {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} conforms to the standard in all inspected areas; it is judged as a good product.",
    "This {product} looks perfectly fine, nothing off about it.",
    "Having examined the entire image, I find the {product} to be free of any defect.",
    "The {product} is normal. Nothing is wrong. It is good.",
    "No abnormality is detected on the {product}; it can proceed to shipping.",
    "Clean {product}, no issues, it passes.",
    "I am satisfied that this {product} is a sound, non-defective part.",
    "This {product} looks good. No defect is seen.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "In conclusion, the {product} has {a_kind} {where}, and it is judged as nonconforming.",
    "TL;DR the {product} has {a_kind} {where}, reject it.",
    "My conclusion is that the {product} is defective, bearing {a_kind} {where}.",
    "The {product} is defective. There is {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The observed region has the appearance of {syn}.",
    "That's {syn}, pretty clearly.",
    "The region, in my professional opinion, shows {syn}.",
    "The region looks like {syn}. It is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Therefore, the {product} is rejected due to {syn} {where}.",
    "Final verdict: the {product} is defective, {syn} {where}.",
    "I conclude the {product} is defective owing to {syn} {where}.",
    "The {product} is defective. It has {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}, which is a nonconformity.",
    "There's {a_kind} {where} on this {product}.",
    "The {product} has {a_kind} {where}, as I will explain.",
    "The {product} has {a_kind} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect position is {where}.",
    "It's {where}.",
    "The defect is located {where}, to be precise.",
    "The defect is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} is most likely generated in {cause}, based on our process knowledge.",
    "{Name} probably comes from {cause}, that's my guess.",
    "{Name}, in my professional opinion, most likely originated during {cause}.",
    "{Name} most likely comes from {cause}. So {name} is from that step.",
    "We estimate that {name} most probably originates from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The root cause is estimated to be {step} {cite}, where the defect is most likely introduced.",
    "Pretty sure this happened during {step} {cite}.",
    "I attribute this defect to {step} {cite}.",
    "The cause is {step} {cite}. The defect happens there.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The defect is classified as {a_c}.",
    "It's {a_c}, type is {c}.",
    "The defect type, for the record, is {c}.",
    "Type: {c}. It is {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "On the {product}, {what} is observed {where}.",
    "Looks like the {product} has {what} {where}.",
    "The {product} exhibits {what} {where}.",
    "There is {what} {where} on the {product}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Compared with the good reference {product}, the query image differs in one local region.",
    "Side by side with the good {product} ref, one spot on this one is clearly different.",
    "When I compare the query to the known-good reference {product}, they diverge in a single region.",
    "The reference {product} is good. The query is different in one region. One region is not the same.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the good reference {product}, the query image matches in all regions.",
    "Put it next to the good {product} reference and they look identical, no differences.",
    "Comparing the query with the known-good {product}, I find no region where they differ.",
    "The query is same as the reference {product}. No difference is seen.",
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
    "The image contrast",
    "The overall brightness",
    "The camera angle",
    "The illumination",
    "The image sharpness",
    "The backdrop",
    "The field of view",
    "The colour rendering",
    "The depth of field",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays",
    "is",
    "remains",
    "looks",
    "seems",
    "appears",
    "is kept",
    "comes out",
    "is held",
    "holds",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "steady throughout the shot",
    "consistent across the whole photo",
    "within the standard condition of the station",
    "pretty much the usual, honestly",
    "as I would expect for such a setup",
    "okay in this image",
    "stable for this capture",
    "good enough for a careful look",
    "fine for this photograph",
    "typical for this camera setup",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper left", "top-left corner", "north-west corner", "upper-left area"),
    "top": ("top", "upper middle", "top centre", "top edge", "upper-central area"),
    "top right": ("upper right", "top-right corner", "north-east corner", "upper-right area"),
    "left": ("left", "middle left", "left edge", "left side", "west side"),
    "center": ("center", "centre", "middle", "central area", "dead centre"),
    "right": ("right", "middle right", "right edge", "right side", "east side"),
    "bottom left": ("lower left", "bottom-left corner", "south-west corner", "lower-left area"),
    "bottom": ("bottom", "lower middle", "bottom centre", "bottom edge", "lower-central area"),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower-right area",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "near the {w}",
    "toward the {w}",
    "over in the {w}",
    "around the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the picture",
    " of the photo",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle",
    ", not in the central area",
    ", off to one side of the image",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chipped-off section of the rim",
        "a big break in the bottle mouth",
        "a major fracture of the lip",
    ),
    ("bottle", "broken_small"): (
        "a small chip on the rim",
        "a minor nick in the lip",
        "a tiny chipped edge on the mouth",
    ),
    ("bottle", "contamination"): (
        "foreign matter inside the bottle",
        "a piece of debris",
        "a contaminating particle",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a stain",
        "a spot of off-colour fibres",
    ),
    ("carpet", "cut"): (
        "a slit in the pile",
        "a clean cut through the fibres",
        "a sliced line in the weave",
    ),
    ("carpet", "hole"): (
        "a puncture through the carpet",
        "an opening in the weave",
        "a gap worn through the pile",
    ),
    ("carpet", "metal_contamination"): (
        "an embedded metal fragment",
        "a metallic particle in the pile",
        "a piece of metal debris",
    ),
    ("carpet", "thread"): (
        "a loose stray thread",
        "a protruding yarn strand",
        "a stray fibre lying on the surface",
    ),
    ("leather", "color"): (
        "a discoloured spot",
        "a dye stain",
        "an area of uneven colour",
    ),
    ("leather", "cut"): (
        "a knife slit",
        "a sliced gash in the hide",
        "a clean cut line",
    ),
    ("leather", "fold"): (
        "a crease",
        "a wrinkle in the hide",
        "a folded ridge",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "a dried adhesive blob",
        "a spot of adhesive residue",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a small pierced hole",
        "a pinprick puncture",
    ),
    ("screw", "scratch_head"): (
        "a scratch across the screw head",
        "a scuffed head",
        "a gouge on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the shank just below the head",
        "a scuffed neck",
        "a score mark on the neck",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a mangled point",
        "a bent front end",
    ),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a nicked thread flank",
        "a chipped thread on the side",
    ),
    ("screw", "thread_top"): (
        "a damaged thread crest",
        "a flattened thread peak",
        "a worn-down top of the thread",
    ),
    ("metal_nut", "bent"): (
        "a bent flange",
        "a deformed lobe",
        "a warped tab",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch",
        "a stain of odd colour",
        "a colour spot",
    ),
    ("metal_nut", "scratch"): (
        "a scratch on the surface",
        "a scuff mark",
        "a scored line",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "heavy localised corrosion",
        "a big spot of oxidation",
    ),
    ("metal_plate", "total_rust"): (
        "corrosion over the whole plate",
        "rust covering the entire surface",
        "complete surface oxidation",
    ),
    ("metal_plate", "scratches"): (
        "several scratch marks",
        "a set of scored lines",
        "multiple surface scratches",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "mouth", "lip", "base", "shoulder"),
    "carpet": ("pile", "weave", "backing", "tuft"),
    "leather": ("hide", "grain", "skin", "finish"),
    "screw": ("head", "shank", "tip", "drive slot"),
    "metal_nut": ("lobe", "flange", "tab", "bore", "face"),
    "metal_plate": ("surface", "edge", "border", "sheet"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "dark stain",
    "small dent",
    "chipped edge",
    "rust spot",
    "loose fibre",
    "glue smear",
    "pinhole",
    "surface scuff",
    "burn mark",
    "deformation",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "burr",
    "corrosion",
    "deformation",
    "chip",
    "misprint",
    "porosity",
)
