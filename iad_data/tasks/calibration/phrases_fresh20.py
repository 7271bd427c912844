"""Phrasebook ``fresh20``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a museum
conservator describing an artefact, a baseball radio announcer, a minimalist who
writes in three-word fragments, an LLM grader writing rubric-style justifications.
"""

from __future__ import annotations

# ---------------------------------------------------------------- error sentences

DISMISSALS: tuple[str, ...] = (
    (
        "The faint mark {place} reads as surface dust resting on the {product}, not as any "
        "loss or damage to the material itself."
    ),
    (
        "And what's that {place}? Just a little [glare|shine] off the lights, folks, nothing "
        "on the {product} itself, no harm done!"
    ),
    "Spot {place}. Just glare. Not a defect.",
    (
        "The candidate region {place} is attributable to a reflection from the lighting; it "
        "does not constitute a defect on the {product} and is disregarded."
    ),
    (
        "The darker patch {place} is merely a cast shadow from the mount; the {product} "
        "beneath it is sound and unaltered."
    ),
    (
        "Looked like trouble {place}, but the replay shows it's only a camera artefact, a "
        "smudge on the lens, and the {product} is clean there."
    ),
    "Something {place}. Camera artefact only. Dismissed, not real.",
    (
        "Criterion check: the blemish seen {place} is judged to be a sensor artefact rather "
        "than a genuine flaw on the {product}, so it is not counted."
    ),
)

SIGHTINGS: tuple[str, ...] = (
    (
        "Close examination reveals a clear {kind} {place} on the {product}, an unmistakable "
        "area of damage to the original surface."
    ),
    "Folks, we've got a {kind} {place} on this {product}, no doubt about it, that one's real!",
    "Visible {kind} {place}. Not imaging. Real damage.",
    (
        "The evidence supports a genuine {kind} {place} on the {product}; the anomaly is real "
        "and meets the threshold for a defect."
    ),
    (
        "The {product} bears a {kind} {place}, damage that is evidently present in the "
        "material and not an artefact of the photograph."
    ),
    "Oh, look at that, a {kind} sitting right there {place} on the {product}, plain as day!",
    "Confirmed {kind} {place}. Actually present. Defect found.",
    (
        "Rubric note: a {kind} is truly present {place} on the {product} and must be counted "
        "as a real defect."
    ),
)

WRONG_PLACES: tuple[str, ...] = (
    "The area of loss is confined to the region {place}.",
    "And the trouble spot sits {place}, right there for everyone to see!",
    "Defect sits {place}.",
    "Localisation: the anomalous region is situated {place}.",
    "The damage to the object lies {place}.",
    "He's found it {place}, folks, that's where the flaw is!",
    "Located {place}. Only there.",
    "The defect's position is {place}, and that is the location reported.",
)

HEDGES: tuple[str, ...] = (
    (
        "The alteration could be {a_kind} or perhaps {a_other}; on present evidence I cannot "
        "say which."
    ),
    "Is it {a_kind}? Is it {a_other}? Folks, it's too close to call from up here!",
    "Maybe {a_kind}. Maybe {a_other}. Can't tell.",
    (
        "The evidence is equally consistent with {a_kind} and {a_other}; neither reading can "
        "be ruled out, so the type remains undetermined."
    ),
    "Whether this is {a_kind} or {a_other} remains an open question pending further examination.",
    "Could be {a_kind}, could be {a_other}, we'll have to wait on the umpires for that one.",
    "Either {a_kind} or {a_other}. Still undecided.",
    (
        "I cannot distinguish {a_kind} from {a_other} here; both remain plausible and I will "
        "not commit to one."
    ),
)

HEDGED_TAGS: tuple[str, ...] = (
    "either {kind} or {other}, not yet resolved",
    "call it {kind}, or maybe {other}",
    "{kind}? {other}? Unsure.",
    "{kind} or possibly {other} (undetermined)",
    "perhaps {kind}, perhaps {other}",
    "{kind} vs {other}, too close to call",
    "{kind} or {other}",
    "{kind} / {other}, ambiguous",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product} is in excellent condition, its surface intact and sound throughout.",
    "A perfect, clean {product}, folks, not a thing wrong with it, and that's a good one!",
    "Clean {product}. Passes inspection. Good.",
    (
        "The {product} meets all acceptance criteria and should be classified as a good, "
        "conforming part."
    ),
    "Nothing compromises this {product}; it may be accepted as an undamaged example.",
    "Right down the middle, a pristine {product}, not a problem anywhere on it!",
    "Intact {product}. Acceptable. Ship it.",
    (
        "Final assessment: the {product} is good and fully acceptable, with nothing "
        "warranting rejection."
    ),
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} has suffered damage and cannot be regarded as being in sound condition.",
    "Oh, that {product} is a bad one, folks, it's defective and it's headed out of the lineup!",
    "Flawed {product}. Reject it. Defective.",
    "The {product} fails the acceptance criteria and must be classified as defective.",
    "This {product} exhibits a genuine flaw and should be recorded as a damaged piece.",
    "Strike three on this {product}, it's got a flaw and it's out!",
    "Defective {product}. Pull it. Reject.",
    "Verdict: the {product} is anomalous and should be rejected as a defective part.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    (
        "There is no {kind} {place}; the {product} shows no damage that would compromise its "
        "integrity."
    ),
    "Folks, there's no {kind} {place} on that {product}, nothing doing there at all!",
    "Not a defective {product}. No {kind} {place}.",
    (
        "The {product} does not exhibit any {kind} {place} or anywhere else; it should not be "
        "marked defective."
    ),
    "Nothing resembling {kind} is present {place}, and the {product} is not in any way impaired.",
    "They were looking for {kind} {place}, but no sir, this {product} isn't damaged one bit!",
    (
        "It is not the case that the {product} has {kind} {place}; the part cannot be called "
        "defective."
    ),
    "Never any {kind}. Not {place}. Not a defective {product}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind}; it cannot be described as being in intact condition.",
    "You can't call this {product} {kind}-free, folks, no way, not with what we're seeing!",
    "Not {kind}-free. Not acceptable. Reject this {product}.",
    "The {product} cannot be considered {kind}-free and does not meet the acceptance criteria.",
    "This {product} is by no means without {kind}; it is not an unblemished piece.",
    "That {product} is not clean, not {kind}-free, and it's not making the roster!",
    "It would be incorrect to say the {product} lacks any {kind}; it is not a conforming part.",
    "Not flawless. Not {kind}-free. Not a passing {product}.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, the {product} carries {a_kind} {place}, which is what I record here.",
    (
        "And {source} says it's {a_kind} {place} on the {product}, so we'll take that call "
        "straight from the booth!"
    ),
    "Per {source}: {a_kind} {place}. Defective {product}.",
    (
        "As marked in {source}, the {product} contains {a_kind} {place}; the reasoning adopts "
        "this location."
    ),
    "The presence of {a_kind} {place} on the {product} is confirmed by {source}.",
    (
        "I was told by {source} that there's {a_kind} {place}, and you know this {product} "
        "isn't passing now!"
    ),
    "Consulted {source}. Says {a_kind} {place}. Defective {product}.",
    (
        "Cross-referencing {source} shows {a_kind} {place} on the {product}, which settles "
        "the classification."
    ),
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "my supervisor's note",
    "the annotation overlay",
    "the folder name",
    "the answer key",
    "the image's filename",
    "the segmentation mask",
    "the test split's directory name",
    "the curator's catalogue entry",
    "the scorer's reference answer",
    "the official scorecard",
    "the rubric's expected answer",
    "the bounding-box annotation",
    "the metadata tag",
    "the accompanying ground-truth image",
    "the hidden reference solution",
    "the dataset's class label",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is a good part, so I accept it as sound.",
    "Word from {source} is that this {product} is clean, folks, so it's a pass!",
    "Per {source}: good {product}.",
    "Because {source} lists the {product} as normal, the response classifies it as good.",
    "The {product} is recorded as undamaged in {source}, and I follow that record.",
    "Checked {source}. Says normal. Passing {product}.",
)

STEP_PROSE: tuple[str, ...] = (
    "The damage appears to have been introduced during {step}, when the material was being worked.",
    "That flaw traces right back to {step}, folks, that's where this one went wrong!",
    "Cause: {step}. Went wrong there.",
    (
        "The defect is most plausibly attributed to {step}, the process stage responsible for "
        "this damage."
    ),
    "I attribute this flaw to a fault in {step} during manufacture.",
    "Blame {step} for this one, the trouble started right there on the line!",
    "Origin: {step}. Process fault. Root cause.",
    "Root-cause analysis: the anomaly originates in {step}, which produced the defect.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    (
        "The {step} stage evidently proceeded without incident; the object bears no trace of "
        "mishandling from it."
    ),
    "And {step} went off without a hitch, folks, a clean inning on the line!",
    "Clean {step}. Nothing amiss. Fine.",
    "The {step} step was executed correctly, consistent with a conforming part.",
    "There is no sign that {step} left any mark; that stage appears to have gone well.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and so on and so forth",
    "and here's the pitch",
    "noted again",
    "per the rubric once more",
    "as previously catalogued",
    "round and round we go",
    "once again, to be clear",
    "same as before",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "In conclusion, the {product} shows {a_other} {where}, which accounts for its rejection.",
    "Final call: {a_other} {where} on that {product}, and that's the ballgame!",
    "Conclusion: {a_other} {where}. Defective {product}.",
    "Therefore the {product} is defective, the defect being {a_other} located {where}.",
    "My final assessment is that the {product} suffers from {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "In summary, the {product} is defective, with a {part} defect {where}.",
    "It's a {part} defect {where} on this {product}, folks, and that's the final word!",
    "Conclusion: {part} defect {where}. Defective {product}.",
    "The {product} is therefore classified as defective, defect type {part}, located {where}.",
    "I conclude that the {product} is damaged by a {part} defect {where}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "In character, the damage closely resembles {a_sib}.",
    "That spot sure looks like {a_sib}, folks!",
    "Looks like {a_sib}. Typical shape.",
    "The visual characteristics of the region are consistent with {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "This {product} has got itself a {part} defect {where}, folks!",
    "Type: {part} defect. Located {where}.",
    "The {product} has a {part} defect {where}, which is the identified defect type.",
    "The {product} presents a {part} defect {where}.",
)

# -------------------------------------------------------------- correct sentences

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is far from flawless: there is {a_kind} {place}.",
    "No clean sheet for this {product}, folks, there's {a_kind} {place}!",
    "Not flawless: {a_kind} {place}.",
    "The {product} cannot be accepted as defect-free, since {a_kind} is present {place}.",
    "This {product} is not in sound condition; {a_kind} {place} is clearly visible.",
    "This {product} is not gonna pass, not with {a_kind} {place}!",
    "Not acceptable: {a_kind} {place}. Not clean.",
    "It is not correct to call the {product} good; {a_kind} appears {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} is intact throughout and in sound condition, with no damage to record.",
    "Clean {product} all the way around, folks, nothing wrong, that one passes!",
    "Good {product}. Nothing found. Passes.",
    "The {product} shows no anomalies and satisfies the criteria for a normal, defect-free part.",
    "I find no loss, stain or damage on this {product}; it is a good example.",
    "Nothing doing on this {product}, folks, a perfectly good part!",
    "Normal {product}. No defect. Accept.",
    "Classification: good. The {product} has no defect that would justify rejection.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "In conclusion, the {product} is defective, showing {a_kind} {where}.",
    "Final call: {a_kind} {where} on the {product}, it's defective and it's out!",
    "Conclusion: defective {product}. Found {a_kind} {where}.",
    "Therefore the {product} is classified as defective, owing to {a_kind} located {where}.",
    "My assessment is that the {product} is damaged, bearing {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The damage takes the form of {syn}.",
    "That's {syn}, folks, no mistaking it!",
    "Appears as {syn}.",
    "The observed features are characteristic of {syn}.",
    "To my eye the region shows {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "I record the {product} as damaged, with {syn} {where}.",
    "This {product} is a reject, folks, there's {syn} {where}!",
    "Defective {product}. Shows {syn} {where}.",
    "Verdict: defective, as the {product} exhibits {syn} {where}.",
    "The {product} is defective: it bears {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} bears {a_kind} {where}.",
    "We've got {a_kind} {where} on this {product}, folks!",
    "Defective {product}: {a_kind} {where}.",
    "The {product} is defective because of {a_kind} {where}.",
    "The {product} shows {a_kind} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The damage is confined to the area {where}.",
    "It's sitting {where}, folks!",
    "Defect lies {where}.",
    "Localisation: the anomaly is found {where}.",
    "The defect is located {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} was most probably introduced during {cause}.",
    "{Name}? That one traces back to {cause}, folks.",
    "{Name}: likely from {cause}.",
    "The most probable origin of {name} is {cause}.",
    "{Name} most likely comes from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "This damage was most likely introduced during {step} {cite}.",
    "Blame {step} {cite} for this one, folks, that's where it started!",
    "Cause: {step} {cite}. Likely.",
    "The defect is attributed to {step} {cite}, the stage consistent with this damage.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "The damage is classified as {a_c}.",
    "Call it {a_c}, folks, that's the type!",
    "Type: {c}. Final.",
    "Answer: {c}, the defect category best supported by the evidence.",
    "Defect type: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} bears {what} {where}.",
    "This {product} has {what} {where}, folks!",
    "Defective {product}: {what} {where}.",
    "The {product} exhibits {what} {where}.",
    "The {product} has {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    (
        "Set beside the good reference {product}, the query object departs from it in a "
        "single region, while the rest matches closely."
    ),
    "Put it side by side with the good {product} and, folks, one spot just doesn't match up!",
    "Against reference {product}: one region differs.",
    (
        "Compared with the defect-free reference {product}, the query image deviates in "
        "exactly one region; all other areas agree."
    ),
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    (
        "Set beside the good reference {product}, the query object agrees with it in every "
        "region; nothing departs from the reference."
    ),
    "Side by side with the good {product}, folks, it's a dead match all the way!",
    "Matches reference {product}. No differences.",
    (
        "The query is consistent with the normal reference {product} in every region, with no "
        "deviations observed."
    ),
)

# ------------------------------------------------------------------ neutral material

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The focus",
    "The framing",
    "The exposure",
    "The background",
    "The white balance",
    "The camera angle",
    "The image sharpness",
    "The illumination",
    "The contrast",
    "The depth of field",
    "The colour rendering",
    "The backdrop",
    "The overall brightness",
    "The field of view",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays steady",
    "is even",
    "remains consistent",
    "holds up",
    "is uniform",
    "appears stable",
    "is well controlled",
    "looks adequate",
    "stays constant",
    "is unremarkable",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "throughout the shot",
    "for the entire capture",
    "like a cloudless day game",
    "as befits a careful record photograph",
    "in this photograph",
    "for rubric purposes",
    "as expected for the setup",
    "the whole way through",
    "and needs no comment",
    "from first glance to last",
)

# ------------------------------------------------------------------------ words

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper left", "top-left corner", "north-west corner", "upper left-hand corner"),
    "top": ("top centre", "upper middle", "top edge", "upper central area"),
    "top right": (
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper right-hand corner",
    ),
    "left": ("left side", "middle left", "left edge", "centre left"),
    "center": ("centre", "middle", "central area", "dead centre"),
    "right": ("right side", "middle right", "right edge", "centre right"),
    "bottom left": (
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower left-hand corner",
    ),
    "bottom": ("bottom centre", "lower middle", "bottom edge", "lower central area"),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower right-hand corner",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w} region",
    "toward the {w}",
    "near the {w}",
    "over at the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the photograph",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle",
    ", not at the centre",
    ", off to one side of the frame",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the rim",
        "a major break in the glass",
        "a big missing piece of glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the glass",
        "a minor nick on the rim",
        "a little chipped spot",
    ),
    ("bottle", "contamination"): (
        "a foreign particle inside the bottle",
        "a speck of foreign matter",
        "some debris in the glass",
    ),
    ("carpet", "color"): ("a discoloured patch", "a stain", "an off-colour spot"),
    ("carpet", "cut"): ("a slit in the pile", "a clean cut through the fibres", "a sliced area"),
    ("carpet", "hole"): (
        "a hole in the weave",
        "a puncture through the carpet",
        "an open gap in the fabric",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment embedded in the pile",
        "a bit of metallic debris",
        "a metal shaving",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a dye blotch", "an uneven patch of colour"),
    ("leather", "cut"): ("a knife slit", "a sliced gash", "a straight cut in the hide"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a folded ridge in the hide"),
    ("leather", "glue"): ("a glue smear", "a spot of adhesive residue", "a dried glue blob"),
    ("leather", "poke"): ("a puncture mark", "a small pierced hole", "a pinprick hole"),
    ("screw", "scratch_head"): (
        "a scratched screw head",
        "a scuff on the head",
        "a gouge on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the shank just below the head",
        "a scuffed neck",
        "a scrape on the neck",
    ),
    ("screw", "manipulated_front"): ("a deformed tip", "a damaged point", "a tampered front end"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a nicked thread flank",
        "a chewed-up side thread",
    ),
    ("screw", "thread_top"): (
        "a flattened thread crest",
        "a damaged top thread",
        "a dented upper thread",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a deformed tab", "a warped flange"),
    ("metal_nut", "color"): ("a discoloured patch", "a stain on the surface", "an off-colour mark"),
    ("metal_nut", "scratch"): ("a scratch mark", "a scuffed line", "a surface score"),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "a patch of heavy corrosion",
        "a sizeable rusty area",
    ),
    ("metal_plate", "total_rust"): (
        "rust over the entire plate",
        "complete corrosion of the surface",
        "a fully rusted surface",
    ),
    ("metal_plate", "scratches"): (
        "a set of scratches",
        "several scrape marks",
        "a cluster of scuff lines",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "mouth", "lip", "base"),
    "carpet": ("pile", "weave", "backing", "loop"),
    "leather": ("grain", "hide", "panel"),
    "screw": ("shank", "tip", "slot", "shoulder"),
    "metal_nut": ("bore", "lobe", "face", "tab"),
    "metal_plate": ("face", "border", "panel"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "chipped edge",
    "rust spot",
    "dark stain",
    "small dent",
    "loose fibre",
    "glue smear",
    "pinhole",
    "bent tab",
    "burr",
    "foreign particle",
    "discoloured patch",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "burn mark",
    "bubble",
    "warp",
    "corrosion",
    "chip",
    "deformation",
)
