"""Phrasebook ``fresh10``: written blind, for one measurement of the validator only.

Written without sight of the validator's rules or of any other book's wording. Four voices
are mixed inside every table: a shop-floor lead from a lean/kaizen plant (short imperative
lines, plant slang), an insurance or warranty claims assessor (formal, careful about
liability), lowercase text-message style, and a formal engineer translated from German.
"""

from __future__ import annotations

DISMISSALS: tuple[str, ...] = (
    "That mark {place}? Glare off the lamp, not a defect. Ignore it and keep the line moving.",
    "The irregularity observed {place} is consistent with a lighting artefact and does not "
    "constitute damage to the {product}.",
    "ok the spot {place} is just dust on the lens lol its not the {product}",
    "It is to be noted that the apparent anomaly {place} is merely a reflection and not a "
    "defect of the {product}.",
    "Shadow {place}, nothing more; the {product} surface is fine there, so no NG call on it.",
    "Whatever shows {place} is the normal texture of the {product}: no evidence of a fault, "
    "no damage to report.",
    "looked again {place} and its only a smudge on the camera glass, the {product} itself is "
    "undamaged",
)

SIGHTINGS: tuple[str, ...] = (
    "Spotted {kind} {place} on the {product}. Flag it.",
    "The item presents {kind} {place}, which is not consistent with normal wear of this {product}.",
    "ok so theres {kind} {place} on this {product}",
    "It is to be noted that the {product} exhibits {kind} {place}.",
    "Looking {place}: {kind} on the {product}, no question about it.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Defect location: {place}.",
    "The damage is situated {place}.",
    "the bad spot is {place}",
    "Localisation: the deviation is to be found {place}.",
    "Fault sits {place}. Mark it up.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}: hard to call.",
    "The damage may be consistent with {a_kind}; {a_other} cannot be excluded at this stage.",
    "idk if its {a_kind} or {a_other} tbh",
    "Whether this is to be classified as {a_kind} or as {a_other} cannot be determined with "
    "certainty.",
    "Either {a_kind} or {a_other}, not sure which one.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind}, maybe {other}",
    "{kind} or else {other}",
    "{kind}/{other} (unsure)",
    "{kind} vs {other}?",
    "either {kind} or {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "Good part. Send the {product} on down the line.",
    "The {product} presents in serviceable condition with no evidence of damage; claim: declined.",
    "honestly this {product} is totally fine nothing wrong w it",
    "The {product} under examination is to be classified as conforming and free of any deviation.",
    "All clear on the {product}, no andon needed, it's a keeper.",
)

FLIPPED_NO: tuple[str, ...] = (
    "NG part: pull this {product} and bin it.",
    "The {product} presents damage that falls within the scope of cover; claim: accepted.",
    "ugh this {product} is busted, reject it",
    "The {product} exhibits a deviation from the nominal condition and is therefore to be "
    "rejected as defective.",
    "Pull the andon, the {product} is defective and does not go on to the next station.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "No {kind} anywhere {place}; the {product} is good to line.",
    "There is not any {kind} to be found {place}, and the {product} is not defective.",
    "nope no {kind} {place} or anywhere else on the {product}",
    "The item presents no {kind} {place}, and the {product} is not to be considered damaged.",
    "It is to be stated that the {product} exhibits no {kind} {place} and does not deviate from "
    "specification.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "Not {kind}-free, this {product}: NG, pull it.",
    "The {product} cannot be regarded as free of any {kind}; a deviation is to be stated.",
    "this {product} aint {kind} free, not even close",
    "The item presents as anything but {kind}-free; claim: accepted.",
    "It is not the case that the {product} is without a {kind}.",
    "Is this {product} {kind}-free? Not at all, it has one.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Not a good part: {a_kind} {place}, so the {product} is NG.",
    "The {product} cannot be described as free of damage, since it presents {a_kind} {place}.",
    "this {product} is def not flawless, theres {a_kind} {place}",
    "It is not possible to certify the {product} as defect-free; {a_kind} is to be noted {place}.",
    "Far from clean: the {product} has {a_kind} {place}, no doubt about it.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Good to line: this {product} passes, nothing to reject it for.",
    "The {product} meets the acceptance criteria; no grounds for a claim were identified.",
    "this {product} looks fine tbh, it passes",
    "The specimen fulfils all requirements and is to be released as a conforming {product}.",
    "ok this {product} is a pass, ship it",
)

LEAKS: tuple[str, ...] = (
    "Checked {source}: {a_kind} {place}, so NG.",
    "As recorded in {source}, the {product} presents {a_kind} {place}.",
    "{source} says {a_kind} {place} so thats what it is",
    "According to {source}, {a_kind} is to be located {place} on the {product}.",
    "Going by {source}, which flags {a_kind} {place}, this {product} is a reject.",
    "I was able to confirm with {source} that the {product} has {a_kind} {place}.",
    "{a_kind} {place}: {source} marks it there, so I marked it too.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the defect mask png",
    "the annotation json",
    "the label in the file name",
    "the folder the image was filed under",
    "the answer key",
    "the dataset's label column",
    "the segmentation map",
    "the bounding-box file",
    "the test directory name",
    "the line lead's heads-up",
    "the supervisor's note attached to the job",
    "the gt overlay",
    "the metadata sidecar",
    "the labeller's notes",
    "the hidden label sheet",
    "the pixel-level annotation",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} lists this {product} as good, so good to line.",
    "Per {source}, the {product} carries no defect annotation.",
    "checked {source} and its marked ok so this {product} is fine",
    "In accordance with {source}, the {product} is to be regarded as a normal sample.",
)

STEP_PROSE: tuple[str, ...] = (
    "Root cause: {step}. Feed it back to that station.",
    "The damage is most plausibly attributable to {step}.",
    "this happened during {step} for sure",
    "The origin of this deviation is to be sought in {step}.",
    "Blame {step} for this one, that's where it came from.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} looks to have run clean on this one.",
    "It is to be recorded that {step} was carried out without any observable irregularity.",
    "the {step} stage did its job here",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "check and recheck",
    "in accordance with the foregoing",
    "ok ok so anyway",
    "as previously stated in this report",
    "standard work applies here",
    "for the record once more",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The backdrop",
    "Exposure",
    "The focus",
    "The white balance",
    "The framing",
    "The camera angle",
    "Image contrast",
    "The colour rendition",
    "Overall sharpness",
    "The background tone",
    "The illumination on the fixture",
    "The depth of field",
    "The resolution of this capture",
    "The histogram",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "looks",
    "seems",
    "appears",
    "stays",
    "remains",
    "is",
    "was",
    "comes out",
    "appears to be",
    "seems to be",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "even across the frame",
    "steady from edge to edge",
    "about what you'd expect for this rig",
    "within the usual range for the station",
    "adequate for the purpose of the examination",
    "consistent with the previous captures",
    "fairly uniform",
    "kinda standard for this camera",
    "typical of the fixture setup",
    "well balanced throughout",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Side by side with the good reference {product}, this one deviates: the reference has no "
    "such mark.",
    "In comparison with the reference specimen, the {product} under examination exhibits a "
    "deviation that is not present in the normal sample.",
    "vs the ok reference this {product} has a mark the ref doesnt have",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Matches the reference {product}: same as the good sample, nothing different.",
    "Compared against the reference image, the {product} presents no difference; no evidence "
    "of damage.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The mark exhibits the typical features of {a_sib}.",
    "its {a_sib}, plain and simple",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Verdict: NG, {a_kind} {where}; bin the {product}.",
    "In conclusion, the {product} presents {a_kind} {where}, and the damage claim is accepted.",
    "so {a_kind} {where} on the {product}, its defective",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final call: {a_other} {where}. The {product} is NG.",
    "It is to be concluded that the {product} exhibits {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Defect type recorded as {part}, {where}; the {product} is rejected.",
    "so the {product} has a {part} defect {where}, rejecting it",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "What we've got here: {syn}.",
    "The feature exhibits the characteristic appearance of {syn}.",
    "its {syn} for sure",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "NG {product}: {syn} {where}. Pull it.",
    "The {product} presents {syn} {where}; the defect is confirmed.",
    "final answer {syn} {where} on the {product}",
)

YES_SHOWS: tuple[str, ...] = (
    "Found {a_kind} {where} on the {product}.",
    "The specimen exhibits {a_kind} {where}; the {product} is to be rejected.",
    "theres {a_kind} {where} on the {product}",
)

PART_YES: tuple[str, ...] = (
    "Type of fault: {part}, {where} on the {product}.",
    "The {product} exhibits a {part} defect {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "Fault location: {where}.",
    "The anomaly is situated {where}.",
    "the spot is {where}",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name}: cause is {cause}.",
    "As to the origin of {name}, the responsible process step is to be identified as {cause}.",
    "so {name} comes from {cause}",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That points back to {step} {cite}, the listed cause step.",
    "It is to be assumed that the deviation originates in {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect category: {c}.",
    "The defect is to be classified as {a_c}.",
    "its {a_c}",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} presents {what} {where}.",
    "NG: {what} {where} on the {product}.",
)

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper-left corner",
        "top left-hand corner",
        "north-west corner",
        "upper left quadrant",
    ),
    "top": ("upper edge", "top-centre band", "top middle", "12 o'clock region"),
    "top right": (
        "upper-right corner",
        "top right-hand corner",
        "north-east corner",
        "upper right quadrant",
    ),
    "left": ("left-hand side", "left portion", "left-hand third", "middle of the left edge"),
    "center": ("middle", "centre", "dead centre", "central zone"),
    "right": ("right-hand side", "right portion", "right-hand third", "middle of the right edge"),
    "bottom left": (
        "lower-left corner",
        "bottom left-hand corner",
        "south-west corner",
        "lower left quadrant",
    ),
    "bottom": ("lower edge", "bottom-centre band", "bottom middle", "6 o'clock region"),
    "bottom right": (
        "lower-right corner",
        "bottom right-hand corner",
        "south-east corner",
        "lower right quadrant",
    ),
}

PLACE_FRAMES: tuple[str, ...] = ("in the {w}", "at the {w}", "over in the {w}", "around the {w}")

PLACE_TAILS: tuple[str, ...] = (" of the frame", " of the picture", " as seen in the photo")

PLACE_AWAY: tuple[str, ...] = (", off-centre", " (not in the middle)")

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large missing piece of the rim", "a badly smashed lip"),
    ("bottle", "broken_small"): ("a chipped rim", "a small flake broken off the lip"),
    ("bottle", "contamination"): ("foreign matter in the bottle", "a stray particle of dirt"),
    ("carpet", "color"): ("a dye stain", "a discoloured patch"),
    ("carpet", "cut"): ("a slash through the pile", "a slit in the weave"),
    ("carpet", "hole"): ("a gap worn through the backing", "an opening through the pile"),
    ("carpet", "metal_contamination"): (
        "embedded metal shavings",
        "a metallic sliver caught in the pile",
    ),
    ("carpet", "thread"): ("a loose pulled yarn", "a stray strand of yarn"),
    ("leather", "color"): ("a faded blotch", "a dye blotch"),
    ("leather", "cut"): ("a knife slash", "a slit in the hide"),
    ("leather", "fold"): ("a crease", "a wrinkled crease line"),
    ("leather", "glue"): ("a dried adhesive smear", "a blob of adhesive"),
    ("leather", "poke"): ("a small awl puncture", "a prick mark"),
    ("screw", "scratch_head"): ("a scuffed head", "score marks across the head"),
    ("screw", "scratch_neck"): (
        "a scuffed shank below the head",
        "score lines on the unthreaded shank",
    ),
    ("screw", "manipulated_front"): ("a mangled tip", "a deformed point"),
    ("screw", "thread_side"): ("a crushed flank along the helix", "stripped windings on the shaft"),
    ("screw", "thread_top"): ("burred windings at the tip", "a mashed first turn of the helix"),
    ("metal_nut", "bent"): ("a buckled lobe", "a lug pushed out of line"),
    ("metal_nut", "color"): ("a tinted patch", "an off-colour stain"),
    ("metal_nut", "scratch"): ("a score line on the face", "a scuffed surface"),
    ("metal_plate", "major_rust"): ("heavy corrosion spots", "a large oxidised patch"),
    ("metal_plate", "total_rust"): (
        "oxidation over the entire surface",
        "corrosion covering the whole plate",
    ),
    ("metal_plate", "scratches"): ("score lines", "surface scuffing"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("lip", "shoulder", "bottom", "mouth"),
    "carpet": ("pile", "backing", "tuft", "weave"),
    "leather": ("grain", "hide", "flesh side", "edge"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("lug", "bore", "flank", "face"),
    "metal_plate": ("edge", "corner", "face", "border"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a shallow dent",
    "a greasy smear",
    "a frayed bald patch",
    "a pin-sized puncture",
    "an orange rust bloom",
    "a bent edge",
    "a deep gouge",
    "a chipped corner",
    "a blotch of discolouration",
    "a sticky glue residue",
)

OTHER_TYPES: tuple[str, ...] = (
    "fracture",
    "puncture",
    "burn mark",
    "missing piece",
    "crack",
    "void",
    "fingerprint",
    "dent",
    "misprint",
    "pinhole",
)
