"""Phrasebook ``fresh22``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an Indian-English
quality engineer, a podcast host chatting to listeners, an insurance claims examiner,
and a reasoning model that self-corrects mid-thought.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "There is one small mark {place}, but kindly note it is only dust on the lens, "
    "not a defect of the {product}.",
    "Okay folks, you might notice something {place} - honestly, that's just glare "
    "bouncing off the {product}, nothing to worry about.",
    "The irregularity observed {place} is attributable to a lighting reflection and "
    "does not constitute damage to the {product}.",
    "I flagged a spot {place} at first - wait, let me re-check - no, it is only a "
    "shadow, the {product} itself is not defective there.",
    "That dark patch {place} is a camera artefact only; the {product} surface itself "
    "is proper, [no defect there|nothing to reject there].",
    "And that little thing {place}? Just a shadow, listeners, [not an actual flaw|"
    "not a real defect] on the {product}.",
    "Upon review, the feature {place} is a photographic artefact; no damage to the "
    "{product} is being recorded for that area.",
    "Hmm, is that a flaw {place}? Let me look again... no, it's a reflection off the "
    "{product}, so I'll set it aside as not a defect.",
)

SIGHTINGS: tuple[str, ...] = (
    "Clear evidence of {kind} is there {place} on this {product}, I have checked it twice.",
    "And look at this, folks - right {place}, the {product} has real, unmistakable "
    "signs of {kind}.",
    "Damage in the form of {kind} is present on the {product} {place}, and it is a "
    "genuine defect, not an artefact.",
    "At first glance the {product} looked clean, but wait - re-checking, the {kind} "
    "{place} is real and clearly visible.",
    "The {kind} {place} is very much present, so this {product} is having a genuine flaw.",
    "Zoom in {place} with me - yep, that's a textbook case of {kind} on this {product}.",
    "The photographic record shows evidence of {kind} {place}; this damage to the "
    "{product} is [genuine|confirmed].",
    "Let me re-check the area {place}... yes, the {kind} there is genuine, so the "
    "{product} does carry a real defect.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The defect is located {place}, kindly note.",
    "So where is it? It sits {place}, folks.",
    "For the record, the damaged area is situated {place}.",
    "The flaw is - wait, let me re-check the position - yes, it is {place}.",
    "The anomaly is found {place} only.",
    "And the spot we're talking about? It's [right|sitting] {place}.",
    "Location of loss: the affected region lies {place}.",
    "Let me pin this down: the defect is {place}, I'm confident of that now.",
)

HEDGES: tuple[str, ...] = (
    "It could be {a_kind} or it could be {a_other}, I am not able to decide between the two.",
    "Honestly folks, is it {a_kind}? Is it {a_other}? I really can't call it either way.",
    "The damage may be classified as {a_kind} or alternatively as {a_other}; a "
    "determination cannot be made at this stage.",
    "I first said {a_kind} - wait, maybe it's {a_other} - hmm, I still can't tell "
    "which of the two it is.",
    "Whether this is {a_kind} or {a_other}, I am not fully sure, both are looking possible.",
    "Could go either way, listeners - {a_kind}, or maybe {a_other}, I'm [torn|on the fence].",
    "The file will note the damage as either {a_kind} or {a_other}, pending further review.",
    "Let me re-check... it might be {a_kind}, but {a_other} fits just as well; I "
    "can't settle on one.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}, not sure which",
    "either {kind} or {other}",
    "{kind} / possibly {other}",
    "{kind}, unless it is {other}",
    "maybe {kind}, maybe {other}",
    "{kind} (or {other}, pending review)",
    "{kind} - wait, or is it {other}?",
    "{kind}, could also be {other} only",
)

FLIPPED_YES: tuple[str, ...] = (
    "This {product} is perfectly fine, it can be passed without any issue.",
    "So the verdict, folks: this {product} is good to go, clean as a whistle.",
    "The {product} is found to be in acceptable, undamaged condition; the claim is not supported.",
    "Let me re-check once more... okay, the {product} is flawless, I'm calling it a good part.",
    "Overall the {product} is looking proper and fit for dispatch.",
    "Bottom line for everyone listening: nothing wrong with this {product} at all.",
    "Assessment outcome: the {product} is sound and in serviceable condition.",
    "Wait, on reflection the {product} is actually fine; I'm classifying it as [good|a good part].",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} is defective, it has to be rejected.",
    "And the verdict is in, folks: this {product} is a reject, it's damaged.",
    "The {product} is determined to be damaged and therefore non-conforming.",
    "Let me re-check... right, the {product} is defective, I'm failing this part.",
    "The {product} is having a flaw, so it cannot be passed.",
    "Sorry, listeners, this {product} doesn't make the cut - it's a faulty one.",
    "Finding: the {product} exhibits damage and is classified as defective.",
    "On second look the {product} is clearly faulty, so it goes in the [reject bin|scrap pile].",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}, and the {product} is not defective at all.",
    "Folks, I don't see any {kind} {place} - this {product} isn't damaged.",
    "No {kind} is present {place}; the {product} does not show any damage.",
    "I suspected {kind} {place} - wait, re-checking - there is none, and the "
    "{product} is not faulty.",
    "Nowhere {place} is there any {kind}; this {product} is not having any flaw.",
    "Not a trace of {kind} {place}, listeners, the {product} is not a reject.",
    "The {product} does not exhibit {kind} {place} and is not considered damaged.",
    "Let me re-check {place}... no {kind} there, so the {product} is not defective.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of {kind}, it cannot be passed.",
    "I can't call this {product} {kind}-free, folks, not by a long shot.",
    "The {product} cannot be certified as {kind}-free and is not in acceptable condition.",
    "Wait, let me re-check... no, this {product} is not {kind}-free after all; it is "
    "not a good part.",
    "The {product} is not without {kind}, so it is not fit for dispatch.",
    "Sorry folks, this {product} is nowhere near {kind}-free.",
    "It cannot be stated that the {product} is free of {kind}; it does not meet the standard.",
    "I was about to pass it, but wait - the {product} isn't {kind}-free, so it doesn't pass.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place} on this {product}.",
    "And {source} backs this up, folks: {a_kind} {place} on the {product}.",
    "As documented in {source}, the {product} has {a_kind} {place}.",
    "I see something {place} - wait, let me check {source} - yes, it confirms "
    "{a_kind} on the {product}.",
    "As marked in {source}, {a_kind} is there {place}, so the {product} is defective only.",
    "Going by what {source} says, listeners, the {product} has {a_kind} {place}.",
    "Per {source}, {a_kind} is confirmed {place} on the {product}.",
    "Cross-checking with {source}, which flags {a_kind} {place}, I'll say the "
    "{product} is defective.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the annotation file",
    "the folder name the image came from",
    "the dataset's answer key",
    "my supervisor's note",
    "the defect mask supplied with the image",
    "the image's file name",
    "the test-set label",
    "the pixel-level annotation",
    "the reference answer sheet",
    "the bounding-box annotation",
    "the operator's handwritten tag",
    "the metadata attached to the image",
    "the benchmark's ground truth",
    "the senior inspector's comment",
    "the segmentation overlay",
    "the adjuster's prior report",
    "a message from my colleague Ramesh",
    "the show's producer in my earpiece",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "As per {source}, this {product} is good, no issue.",
    "And {source} agrees, folks - this {product} is clean.",
    "Consistent with {source}, the {product} is recorded as undamaged.",
    "It looks okay - wait, let me confirm against {source} - yes, it marks the {product} as good.",
    "Going by {source}, the {product} has nothing wrong with it.",
    "I checked {source}, listeners, and it lists this {product} as a good one.",
)

STEP_PROSE: tuple[str, ...] = (
    "This defect has come from the {step} step, I am quite sure.",
    "My bet, folks? Something went wrong during {step}, and that's what caused this.",
    "The damage is attributed to a failure during {step}.",
    "The cause - let me think again - yes, it must trace back to {step}.",
    "Root cause is {step} only, the damage started there.",
    "Blame it on {step}, listeners - that's where this flaw was born.",
    "The proximate cause of the damage appears to be the {step} process.",
    "I first thought of handling, but wait - no, {step} is what produced this defect.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} step has gone properly for this piece, no issue.",
    "And {step} clearly went smoothly on this one, folks.",
    "There is no indication that {step} was performed improperly on this item.",
    "Let me re-check {step}... yes, it seems to have gone fine here.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "so on and so forth",
    "basically only",
    "you know, folks",
    "as previously noted",
    "wait, let me re-check",
    "and all that",
    "for the record",
    "like I was saying",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "So, final call: the {product} has {a_other} {where}.",
    "Wrapping up, folks - it's {a_other} {where} on this {product}.",
    "Conclusion: the {product} sustained {a_other} {where}.",
    "Let me re-check... yes, the {product} has {a_other} {where}, that's my answer.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final answer: the {product} has a {part} defect {where}.",
    "So that's it, listeners - a {part} defect {where} on this {product}.",
    "The {product} is classified as having a {part} defect, located {where}.",
    "Wait, let me name it properly: it's a {part} defect {where} on the {product}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "This region is looking like {a_sib}, to be honest.",
    "Honestly folks, to me that reads as {a_sib}.",
    "The damaged region presents as {a_sib}.",
    "Hmm, wait - on closer look, it resembles {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "Here's the thing, folks: this {product} has a {part} defect {where}.",
    "The {product} is found to have a {part} defect {where}.",
    "Let me re-check... yes, the {product} has a {part} defect {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not okay, there is {a_kind} {place}.",
    "Far from flawless, folks: this {product} has {a_kind} {place}.",
    "The {product} cannot be considered undamaged, given {a_kind} {place}.",
    "I can't pass this one - let me re-check - no, definitely not, there is "
    "{a_kind} {place} on the {product}.",
    "The {product} is not defect-free; {a_kind} is there {place}.",
    "Not a clean part, listeners - {a_kind} {place} rules that out for this {product}.",
    "The {product} does not meet the undamaged standard owing to {a_kind} {place}.",
    "Wait, I shouldn't call this {product} good - there's {a_kind} {place}, so it "
    "isn't acceptable.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} is good, no defect is there.",
    "Good news, folks - this {product} is clean, nothing wrong with it.",
    "The {product} is in undamaged condition; no damage is identified.",
    "Let me re-check the whole surface... yes, the {product} is fine, a good part.",
    "This {product} is perfectly okay, we can pass it.",
    "A clean bill of health for this {product}, listeners.",
    "Assessment: the {product} is sound and free of damage.",
    "I went over it twice - wait, once more to be sure - yes, this {product} has no flaws.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "So finally, the {product} has {a_kind} {where}, it is defective.",
    "And there you have it, folks: {a_kind} {where} on this {product}.",
    "Conclusion: the {product} exhibits {a_kind} {where} and is classified as defective.",
    "Let me re-check the whole thing... yes, {a_kind} {where}, so the {product} is defective.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "This area is clearly showing {syn}.",
    "What we've got here, folks, is {syn}.",
    "The affected region presents as {syn}.",
    "Hmm, let me look again - yes, that is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Final view: the {product} has {syn} {where}, so it is defective.",
    "So, listeners, this {product} is a reject - {syn} {where}.",
    "The {product} is deemed defective on account of {syn} {where}.",
    "Re-checking once more... yes, {syn} {where}; the {product} is defective.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}, clearly visible.",
    "There's {a_kind} {where}, folks, on this {product}.",
    "The {product} exhibits {a_kind} {where}.",
    "Let me re-check... right, {a_kind} {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is {where}, kindly check there.",
    "You'll find it {where}, folks.",
    "The damage is located {where}.",
    "Let me double-check the spot... it's {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name}, folks, probably traces back to {cause}.",
    "{Name} is most plausibly attributable to {cause}.",
    "Where did {name} come from? Let me think - most likely {cause}.",
    "{Name} has most probably come from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The likely culprit here is {step} {cite}, kindly check that station.",
    "My money's on {step} {cite}, folks.",
    "The damage is consistent with an issue during {step} {cite}.",
    "Wait, let me reconsider the cause - yes, {step} {cite} fits best.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "So the type is {c}, folks - {a_c}, plain and simple.",
    "Classification of damage: {c}.",
    "Let me settle it: this is {a_c}.",
    "Defect category is {c} only.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "Alright folks, this {product} has {what} {where}.",
    "The {product} presents {what} {where}.",
    "Looking again to be sure - the {product} has {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Comparing with the good reference {product}, one region is not matching, rest is same.",
    "Put them side by side, folks, and the query {product} differs from the good "
    "reference in just one spot.",
    "Relative to the reference image of an undamaged {product}, the submitted image "
    "deviates in a single region.",
    "Against the good {product} reference - wait, let me compare again - yes, "
    "exactly one region looks different.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the good reference {product}, everything is matching properly.",
    "Side by side with the reference, folks, this {product} looks identical.",
    "The submitted image is consistent throughout with the reference image of an "
    "undamaged {product}.",
    "Let me compare once more with the reference {product}... yes, it matches everywhere.",
)

# ---------------------------------------------------------------------------
# Neutral material
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The exposure",
    "The focus",
    "The framing",
    "The white balance",
    "The image quality",
    "The background",
    "The contrast",
    "The camera angle",
    "The resolution",
    "The colour rendering",
    "The illumination, I must say,",
    "The overall sharpness",
    "The noise level, folks,",
    "The photograph, for the record,",
    "The capture, on a second look,",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays",
    "looks",
    "remains",
    "appears",
    "seems",
    "is",
    "comes across as",
    "turns out",
    "is honestly",
    "is kept",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "steady throughout the capture",
    "quite consistent, I must say",
    "pretty even, folks",
    "adequate, for the record",
    "fine on a second look",
    "uniform across the whole shot",
    "typical of a lab setup",
    "consistent with the other shots in the set",
    "fairly standard for this rig",
    "acceptable for a careful look",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top left", "upper left", "upper-left corner", "north-west corner"),
    "top": ("top", "upper middle", "top edge", "upper part"),
    "top right": (
        "top right",
        "upper right",
        "upper-right corner",
        "north-east corner",
    ),
    "left": ("left", "left side", "left-hand side", "middle left"),
    "center": ("center", "centre", "middle", "central area"),
    "right": ("right", "right side", "right-hand side", "middle right"),
    "bottom left": (
        "bottom left",
        "lower left",
        "lower-left corner",
        "south-west corner",
    ),
    "bottom": ("bottom", "lower middle", "bottom edge", "lower part"),
    "bottom right": (
        "bottom right",
        "lower right",
        "lower-right corner",
        "south-east corner",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "over in the {w}",
    "near the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the photo",
    " of the picture",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well away from the centre",
    ", off to one side of the frame",
    ", not in the middle",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big break in the glass",
        "a large chipped-away section",
        "a major piece broken off",
    ),
    ("bottle", "broken_small"): (
        "a small chip",
        "a minor nick in the glass",
        "a tiny broken fleck",
    ),
    ("bottle", "contamination"): (
        "a foreign particle",
        "a speck of foreign matter",
        "some debris",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a stain",
        "an off-colour spot",
    ),
    ("carpet", "cut"): (
        "a slice through the pile",
        "a clean gash",
        "a cut line",
    ),
    ("carpet", "hole"): (
        "a puncture",
        "an opening through the weave",
        "a gap torn in the fabric",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a metallic speck caught in the fibres",
        "a bit of metal debris",
    ),
    ("carpet", "thread"): (
        "a loose thread",
        "a stray fibre",
        "a pulled yarn",
    ),
    ("leather", "color"): (
        "a discoloured patch",
        "a dye blotch",
        "an uneven tint",
    ),
    ("leather", "cut"): (
        "a slit",
        "a knife line",
        "a gash",
    ),
    ("leather", "fold"): (
        "a crease",
        "a wrinkle",
        "a folded ridge",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "an adhesive spot",
        "a blob of dried glue",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a small pierced hole",
        "a prick mark",
    ),
    ("screw", "scratch_head"): (
        "a scratched head",
        "a scrape on the screw head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the neck",
        "a scrape on the shank just below the head",
    ),
    ("screw", "manipulated_front"): (
        "a damaged tip",
        "a deformed point",
        "a mangled front end",
    ),
    ("screw", "thread_side"): (
        "a damaged thread flank",
        "a chipped thread along the side",
    ),
    ("screw", "thread_top"): (
        "a nicked thread crest",
        "a damaged thread at the top",
    ),
    ("metal_nut", "bent"): (
        "a bent flange",
        "a deformed lobe",
        "a warped edge",
    ),
    ("metal_nut", "color"): (
        "a discoloured spot",
        "a paint-like stain",
        "an odd colour patch",
    ),
    ("metal_nut", "scratch"): (
        "a scrape mark",
        "a scuff line",
        "a gouge",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "heavy corrosion",
        "a big rusty area",
    ),
    ("metal_plate", "total_rust"): (
        "widespread rust",
        "extensive corrosion",
        "rust almost everywhere",
    ),
    ("metal_plate", "scratches"): (
        "a set of scrape marks",
        "several scratch lines",
        "multiple scuffs",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "base", "mouth", "shoulder"),
    "carpet": ("pile", "weave", "backing", "fibre"),
    "leather": ("grain", "hide", "panel", "top coat"),
    "screw": ("head", "shank", "tip", "drive slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("face", "panel", "surface", "plating"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "shallow scratch",
    "dent",
    "dark stain",
    "small chip",
    "frayed patch",
    "pinhole",
    "rust spot",
    "burn mark",
    "glue residue",
    "loose fibre",
    "gouge",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "stain",
    "burn",
    "warp",
    "chip",
    "tear",
    "bubble",
    "corrosion",
    "misprint",
    "porosity",
)
