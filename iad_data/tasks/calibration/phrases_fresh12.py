"""Phrasebook ``fresh12``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a customer-support
chat agent, an ISO 9001 auditor writing audit findings, a terse non-native speaker
(German-influenced English), a general-purpose chat LLM answering in short plain paragraphs.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences (the validator must REJECT the record they are planted in)
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "I did spot a little mark {place}, but don't worry - that's just dust on the lens, "
    "not something wrong with your {product}.",
    "Observation: an apparent irregularity {place} was reviewed and attributed to surface "
    "glare; it is not recorded as a nonconformity of the {product}.",
    "There is something bright {place}, but this is only [reflection|a reflection] from the "
    "lamp, not a defect on the {product}.",
    "The darker patch {place} is most likely just a shadow cast by the lighting rather than "
    "actual damage to the {product}, so I will set it aside.",
    "The spot you may notice {place} is only a camera artefact, so there's nothing to worry "
    "about - the {product} itself isn't affected.",
    "The indication {place} was evaluated as a reflection artefact of the imaging setup and "
    "classified as not a defect; no action on the {product} is required.",
    "Small dot {place} I see, but is only dust lying on top, the {product} is okay there.",
    "At first glance there seems to be a flaw {place}, but on closer inspection it is only "
    "glare on the {product}, not a real defect.",
)

SIGHTINGS: tuple[str, ...] = (
    "On your {product} I can clearly see {kind} {place} - that's a genuine flaw, I'm afraid.",
    "Finding: objective evidence of {kind} was observed {place} on the {product}; this "
    "constitutes a nonconformity.",
    "Here is {kind} {place}, clearly visible, the {product} has this damage [really|for sure].",
    "Looking closely, the {product} shows signs of {kind} {place}, and it is a real "
    "feature of the part, not an imaging effect.",
    "Just so you know, the {product} has actual {kind} {place}; it isn't a trick of the light.",
    "The {product} exhibits {kind} {place}, confirmed on close review of the image.",
    "I find {kind} {place}, is real, not shadow. The {product} is damaged there.",
    "There is a genuine instance of {kind} {place} on the {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The damage is located {place}.",
    "Location of the nonconformity: {place}.",
    "Defect is {place}, only there.",
    "The anomalous region is {place}.",
    "You'll find the problem area {place}.",
    "The affected area was localised {place}.",
    "Position of damage: {place}.",
    "The flaw sits {place} and nowhere else.",
)

HEDGES: tuple[str, ...] = (
    "Honestly, I can't tell yet whether this is {a_kind} or {a_other} - it could be either.",
    "The indication could not be conclusively classified; it may be {a_kind} or {a_other}.",
    "Maybe it is {a_kind}, maybe {a_other}, I cannot decide.",
    "It is hard to say whether this is {a_kind} or {a_other}; both fit what I see equally well.",
    "It looks like {a_kind}, but it might just as well be {a_other}, so I'm not sure which.",
    "Classification remains open between {a_kind} and {a_other} pending further evidence.",
    "Either {a_kind} or {a_other}, both is possible here.",
    "This could be {a_kind}, though {a_other} is an equally plausible reading.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "either {kind} or {other}",
    "{kind}, maybe {other}",
    "{kind} (or possibly {other})",
    "not sure: {kind} or {other}",
    "{kind}/{other}, undecided",
)

FLIPPED_YES: tuple[str, ...] = (
    "Good news - your {product} looks perfectly fine and is ready to go.",
    "The {product} conforms to the specified requirements and is accepted.",
    "The {product} is good, all okay, can be used.",
    "Overall, the {product} appears to be in good condition and passes inspection.",
    "Everything checks out on this {product}, so you can keep using it with confidence.",
    "Conclusion: the {product} meets the acceptance criteria; release is approved.",
    "I find all in order with this {product}, it is a good part.",
)

FLIPPED_NO: tuple[str, ...] = (
    "I'm sorry, but this {product} is defective and shouldn't be used.",
    "The {product} does not conform to requirements and is rejected as defective.",
    "This {product} is faulty, it must go to scrap.",
    "The {product} has a flaw and should be classified as defective.",
    "Unfortunately this {product} fails inspection, so we'll need to treat it as faulty.",
    "Finding: the {product} is nonconforming and must be segregated from good stock.",
    "The {product} has damage, is not good part.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There's no {kind} {place} - your {product} is fine.",
    "No evidence of {kind} was found {place}; the {product} is acceptable.",
    "I see not any {kind} {place}, the {product} is not damaged.",
    "Contrary to first impressions, there isn't any {kind} {place}, and the {product} "
    "doesn't have a defect.",
    "Nothing like {kind} shows up {place}, so the {product} isn't faulty.",
    "The {product} does not exhibit {kind} {place} and is not to be rejected.",
    "No {kind} {place}, nothing wrong with the {product}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "I'm afraid this {product} isn't free of {kind}.",
    "The {product} cannot be declared {kind}-free and is not accepted.",
    "This {product} is not without {kind}, I cannot pass it.",
    "I can't call this {product} {kind}-free; it does not pass.",
    "Unfortunately the {product} doesn't come out {kind}-free, so it can't be approved.",
    "The {product} is not free from {kind} and does not meet the acceptance criteria.",
    "Not {kind}-free, this {product}. Cannot say it is good.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, your {product} has {a_kind} {place}.",
    "As marked in {source}, the {product} exhibits {a_kind} {place}.",
    "I was told from {source} there is {a_kind} {place}, so I look there on the {product}.",
    "This is confirmed by {source}, which shows {a_kind} {place} on the {product}.",
    "I checked {source} and it lists {a_kind} {place} for this {product}.",
    "Per {source}, {a_kind} is recorded {place} on the {product}.",
    "In {source} stands {a_kind} {place}, so the {product} is defective.",
    "Going by {source}, the {product} should have {a_kind} {place}, and that is where I focused.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "the annotation layer",
    "the folder name",
    "the answer key",
    "the dataset metadata",
    "the image's file name",
    "the segmentation mask that came with the image",
    "my supervisor's note",
    "the reference label",
    "the bounding-box annotation",
    "the test-split label",
    "the operator's handwritten tag",
    "the QA database entry",
    "the directory path",
    "the hidden ground truth",
    "what the annotator told me",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "I double-checked {source}, and it says this {product} is fine.",
    "Per {source}, the {product} is recorded as a good part.",
    "In {source} is written the {product} is good, so I accept.",
    "According to {source}, this {product} is defect-free, which matches my expectation.",
    "As confirmed by {source}, the {product} has no defect.",
)

STEP_PROSE: tuple[str, ...] = (
    "This most likely happened during {step}, which is where this kind of damage "
    "usually comes from.",
    "Root cause is attributed to the {step} process step.",
    "Damage comes from {step}, I think, there it goes wrong.",
    "The most probable cause is the {step} step of manufacturing.",
    "Probable root cause: inadequate process control at {step}.",
    "It looks like something went wrong in {step}, and that caused the flaw.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "It looks like {step} went smoothly for this one.",
    "No deviations attributable to {step} were identified; the step performed as intended.",
    "The {step} was done correct, no problem from there.",
    "There is no sign that {step} caused any trouble here; that stage appears to have gone fine.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and so on and so forth",
    "more or less",
    "as it were",
    "you know",
    "so to speak",
    "na ja, anyway",
    "for what it's worth",
    "if you will",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "So the bottom line is, your {product} has {a_other} {where}.",
    "Conclusion: the {product} is nonconforming due to {a_other} {where}.",
    "Result: the {product} has {a_other} {where}, so defective.",
    "In summary, the {product} is defective, showing {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "To sum up, your {product} has a {part} defect {where}.",
    "Conclusion: the {product} is rejected; defect category recorded as {part} defect, "
    "located {where}.",
    "Final: the {product} is defective, it is {part} defect {where}.",
    "The {product} is defective, and the type of defect is {part} damage {where}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "To me this area looks a lot like {a_sib}.",
    "The indication is characteristic of {a_sib}.",
    "This region looks like {a_sib} for me.",
    "The texture of the region resembles {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "I found a {part} defect on your {product}, {where}.",
    "The {product} has {part} defect {where}, clearly.",
    "Nonconformity: {part} defect on the {product}, {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences (the validator must PASS the record they are planted in)
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "I'm sorry, but your {product} is far from flawless: there's {a_kind} {place}.",
    "The {product} cannot be accepted as conforming, owing to {a_kind} {place}.",
    "The {product} is not okay, there is {a_kind} {place}.",
    "This {product} is not defect-free; it has {a_kind} {place}.",
    "Unfortunately I can't give this {product} a pass, because of {a_kind} {place}.",
    "The {product} does not meet requirements: {a_kind} was identified {place}.",
    "Not good part, this {product}: {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Good news, your {product} looks great and passes the check.",
    "The {product} was found conforming; no nonconformities were identified.",
    "All fine with the {product}, nothing wrong I find.",
    "The {product} appears normal, with no visible defects.",
    "The {product} meets the acceptance criteria and is released.",
    "Good part. The {product} has no damage.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "So, to wrap up: your {product} has {a_kind} {where}.",
    "Conclusion: the {product} is nonconforming due to {a_kind} {where}.",
    "Result: the {product} has {a_kind} {where}, it is defective.",
    "In conclusion, the {product} is defective, with {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "From what I can see, this is {syn}.",
    "The indication is consistent with {syn}.",
    "This is {syn}, I am quite sure.",
    "The region looks like {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "So your {product} is defective - there's {syn} {where}.",
    "The {product} is rejected on the basis of {syn} {where}.",
    "The {product} is defective, has {syn} {where}.",
    "Overall, the {product} is defective because of {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "Your {product} has {a_kind} {where}.",
    "The {product} exhibits {a_kind} {where}.",
    "There is {a_kind} {where} on the {product}.",
    "The {product} shows {a_kind} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "You'll find it {where}.",
    "The nonconformity is located {where}.",
    "It is {where}, the defect.",
    "The defect sits {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name} was probably introduced during {cause}.",
    "{Name} is attributed, with reasonable confidence, to {cause}.",
    "I think {name} comes from {cause}.",
    "The most plausible origin of {name} is {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "This kind of damage usually goes back to {step} {cite}.",
    "Probable root cause: {step} {cite}.",
    "Comes from {step} {cite}, I think.",
    "The most likely source is the {step} {cite} stage.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The type of defect here is {c}.",
    "Nonconformity category: {c}.",
    "It is {a_c}.",
    "This is best classified as {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "Your {product} shows {what} {where}.",
    "The {product} exhibits {what} {where}.",
    "On the {product} there is {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "When I put it next to the good reference {product}, one area clearly doesn't match.",
    "Comparison against the conforming reference image of the {product} revealed a "
    "deviation confined to a single region.",
    "Compared with good {product} picture, one region is different, the rest same.",
    "Compared with the reference image of a good {product}, the query differs in one "
    "localized region while everything else matches.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "I compared it with the good reference {product}, and they match everywhere.",
    "Comparison with the conforming reference image of the {product} showed no deviations.",
    "Same like the good {product} picture, I find no difference.",
    "Side by side with the good reference {product}, the query matches it in every region.",
)

# ---------------------------------------------------------------------------
# Neutral material (no slots)
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The focus",
    "The framing",
    "The exposure",
    "The white balance",
    "The overall brightness",
    "The image sharpness",
    "The background",
    "The illumination",
    "The camera angle",
    "The depth of field",
    "The image quality",
    "The shot composition",
    "The sensor noise level",
    "The lamp setup",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "stays consistent",
    "looks fine",
    "is adequate",
    "remains stable",
    "is acceptable",
    "seems uniform",
    "is good enough",
    "holds steady",
    "looks normal",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "across the whole frame",
    "throughout the shot",
    "for this kind of inspection",
    "in this capture",
    "as far as I can tell",
    "for a standard bench photo",
    "under the current setup",
    "for our purposes",
    "compared with the usual setup",
    "in this photograph",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "top left",
        "upper left",
        "top-left corner",
        "north-west corner",
        "upper-left area",
    ),
    "top": ("top", "top middle", "upper centre", "top center", "upper middle"),
    "top right": (
        "top right",
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper-right area",
    ),
    "left": ("left", "left side", "middle left", "centre left", "left-hand side"),
    "center": ("center", "centre", "middle", "central area", "dead centre"),
    "right": ("right", "right side", "middle right", "centre right", "right-hand side"),
    "bottom left": (
        "bottom left",
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower-left area",
    ),
    "bottom": ("bottom", "bottom middle", "lower centre", "bottom center", "lower middle"),
    "bottom right": (
        "bottom right",
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower-right area",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "over in the {w}",
    "around the {w}",
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
    ", not in the central area",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the glass",
        "a big break in the glass",
        "a large missing piece of glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the glass",
        "a tiny nick in the glass",
        "a small chipped-off piece",
    ),
    ("bottle", "contamination"): (
        "foreign matter inside the bottle",
        "a stray particle of debris",
        "a foreign particle",
    ),
    ("carpet", "color"): ("a discoloured patch", "a stain", "an off-colour spot"),
    ("carpet", "cut"): ("a slice through the pile", "a clean cut in the fabric", "a knife cut"),
    ("carpet", "hole"): (
        "a puncture in the carpet",
        "a gap in the weave",
        "an opening in the fabric",
    ),
    ("carpet", "metal_contamination"): (
        "a metal shaving embedded in the pile",
        "a metallic fragment",
        "a piece of metal stuck in the fibres",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre sticking out", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a dye stain", "an uneven tint"),
    ("leather", "cut"): ("a slit in the hide", "a knife cut", "a gash in the leather"),
    ("leather", "fold"): ("a crease", "a wrinkle in the hide", "a folded-over ridge"),
    ("leather", "glue"): ("a glue smear", "a blob of adhesive", "a dried adhesive spot"),
    ("leather", "poke"): ("a puncture mark", "a small pierced hole", "a needle prick"),
    ("screw", "scratch_head"): ("a scuff on the screw head", "a scratch across the head"),
    ("screw", "scratch_neck"): (
        "a scratch on the shank just under the head",
        "a scuff on the neck of the screw",
    ),
    ("screw", "manipulated_front"): ("a deformed tip", "a damaged point", "a tampered front end"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a flattened thread flank",
        "a nicked thread on the side of the shank",
    ),
    ("screw", "thread_top"): ("a damaged thread crest", "a thread with a flattened top"),
    ("metal_nut", "bent"): ("a bent lobe", "a warped flange", "a deformed tab"),
    ("metal_nut", "color"): (
        "a discoloured area",
        "a colour stain on the surface",
        "a tinted patch",
    ),
    ("metal_nut", "scratch"): ("a scratch mark", "a scuff on the surface", "a surface score"),
    ("metal_plate", "major_rust"): ("a large rust patch", "heavy corrosion in one area"),
    ("metal_plate", "total_rust"): (
        "extensive rusting",
        "heavy widespread corrosion",
        "rust covering most of the plate",
    ),
    ("metal_plate", "scratches"): (
        "several scratch marks",
        "multiple surface scratches",
        "a set of scores",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "base", "mouth", "lip"),
    "carpet": ("pile", "weave", "backing", "fibre"),
    "leather": ("grain", "hide", "top layer"),
    "screw": ("shank", "tip", "slot", "shaft"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("face", "panel", "sheet", "mounting face"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "small dent",
    "dark stain",
    "rust spot",
    "loose fibre",
    "glue residue",
    "puncture",
    "crease",
    "burr",
    "discoloured patch",
    "missing chunk",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "burn mark",
    "warp",
    "contamination",
    "corrosion",
    "cut",
    "misprint",
)
