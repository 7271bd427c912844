"""Phrasebook ``fresh16``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a wine critic,
an aviation maintenance log (FAA-style), a cautious teaching assistant grading
homework, and a multilingual model whose English shows Spanish and French word order.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "There is a faint shimmer {place}, but like candlelight on a glass of Riesling "
    "it is only glare, not a defect in the {product}.",
    "A darker note lingers {place}; on reflection it is merely [shadow|a shadow from "
    "the lamp], a flourish of the lighting rather than any fault of the {product}.",
    "Indication noted {place}. Determined to be dust on the lens. Not a defect. "
    "Surface of {product} acceptable at this location.",
    "DISCREPANCY CHECK: mark observed {place} traced to a reflection from shop "
    "lighting. No damage to the {product}; item not written up.",
    "I'd be careful not to over-read the spot {place}; looking twice, it's just a "
    "speck of dust sitting on the {product}, not an actual defect.",
    "The bright patch {place} might tempt a student to mark it, but it is only a "
    "camera artefact, so I would not count it as a defect on the {product}.",
    "The mark {place}, it is only a reflection of the light, not a defect of the "
    "{product}, so I continue.",
    "I see {place} a small thing dark, but is only the shadow of the camera, "
    "nothing real on the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "On close tasting, a clear {kind} announces itself {place}, as unmistakable as "
    "cork taint in an otherwise polished {product}.",
    "The surface opens with a distinct {kind} {place}, a real blemish that no amount "
    "of swirling could disguise on this {product}.",
    "FINDING: {kind} confirmed {place} on the {product}. Verified under "
    "magnification; damage is real, not an imaging artefact.",
    "Visual inspection of the {product} reveals {kind} {place}. Discrepancy "
    "[recorded|entered in log] for corrective action.",
    "Having checked this carefully, I can confirm the {product} really does show a "
    "{kind} {place}; it is not the lighting.",
    "Let me be precise: there is a genuine {kind} {place} on this {product}, and it "
    "would have to be marked as a defect.",
    "On the {product} there is, {place}, a {kind} very visible, and it is real, not a reflection.",
    "I observe {place} a {kind} clearly present in the surface of the {product}, a true defect.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The flaw sits {place}, where the eye lands first, like sediment settling in the glass.",
    "All the interest of this piece is concentrated {place}, where the defect lives.",
    "Defect location: {place}.",
    "Damage located {place}; area marked for repair.",
    "For the location, the answer is clear: the defect is {place}.",
    "I'd mark the defect as being {place}, and only there.",
    "The defect, it is located {place}.",
    "Is {place} that the defect is found.",
)

HEDGES: tuple[str, ...] = (
    "Is it {a_kind} or {a_other}? The profile sits between the two, and I cannot yet say which.",
    "The character wavers between {a_kind} and {a_other}; I would not commit to "
    "either on this tasting.",
    "Damage type undetermined: possibly {a_kind}, possibly {a_other}. Unable to classify.",
    "Indication consistent with {a_kind} or {a_other}; classification deferred.",
    "Honestly this could be {a_kind}, but it could just as well be {a_other}, and I "
    "can't decide between them.",
    "I'm torn: it reads partly as {a_kind} and partly as {a_other}, so I'll leave the type open.",
    "Maybe is {a_kind}, maybe is {a_other}, I am not sure which one of the two.",
    "It resembles at the same time {a_kind} and {a_other}; I cannot decide which.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind}, with a hint of {other} - hard to call",
    "{kind}/{other} - TBD",
    "{kind}? or {other}? undecided",
    "{kind} or else {other}, I don't know which",
    "either {kind} or {other}",
    "{kind} (could also be {other})",
)

FLIPPED_YES: tuple[str, ...] = (
    "A clean, balanced {product} from start to finish; nothing here to fault.",
    "This {product} is immaculate, all poise and polish, and I would pass it without hesitation.",
    "Inspected {product} IAW standard procedure. Condition satisfactory. Approved "
    "for return to service.",
    "Item found serviceable: the {product} meets all inspection criteria with nothing to write up.",
    "After checking every area, I'm satisfied that this {product} is a good part and should pass.",
    "I looked for anything wrong and found nothing; the {product} is in perfect condition.",
    "The {product}, it is in good state, all normal, nothing wrong in it.",
    "Is a perfectly normal piece, this {product}; I find it good for to pass.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} is flawed; something has gone off in it, and I would send it back.",
    "A disappointing {product}: a clear fault spoils it, and it cannot be recommended.",
    "Inspection of {product} reveals damage. Item unserviceable; remove from service.",
    "Discrepancy found on the {product}. Part rejected pending repair.",
    "I'm sorry to say it, but this {product} is defective and has to fail.",
    "Checking it carefully, I have to mark this {product} as damaged; it does not pass.",
    "The {product}, it has a defect, so it is a part to reject.",
    "Is defective, this {product}; it must go to the reject.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}, not a hint of it; the {product} is not flawed in any way.",
    "Nothing unpleasant {place}: no {kind}, no off-note, and the {product} is not "
    "lacking anything.",
    "No {kind} found {place}; the {product} is not damaged. No discrepancy.",
    "Inspected {place} for {kind}: none found. The {product} does not require "
    "repair and is not rejected.",
    "I don't see any {kind} {place}, and I wouldn't call this {product} defective.",
    "There isn't a {kind} {place} after all, so the {product} should not be failed.",
    "There is not {kind} {place}, and the {product} is not defective, no.",
    "I find no {kind} {place}; the {product} has not any problem.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of {kind}; the fault is unmistakable on the palate.",
    "I cannot call this {product} {kind}-free; it does not have the clean finish it should.",
    "The {product} is not {kind}-free. Item not airworthy; not approved for return to service.",
    "Cannot sign off: the {product} is not free of {kind} {place}.",
    "I can't in good conscience say this {product} is {kind}-free; it does not pass.",
    "This one isn't clean: the {product} is not without {kind}, so it can't be accepted.",
    "The {product}, it is not free of {kind}, no; it is not a good part.",
    "Is not possible to say that the {product} is without {kind}; it does not pass the control.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place}, and I take that as the final "
    "word on this {product}.",
    "As {source} makes plain, this {product} carries {a_kind} {place}; I simply "
    "follow that tasting note.",
    "Per {source}: {a_kind} {place} on the {product}. Finding accepted as documented.",
    "Defect {place} confirmed by {source}; {product} written up for {a_kind}.",
    "I checked {source}, and it shows {a_kind} {place} on the {product}, so I'll go with that.",
    "Since {source} marks {a_kind} {place}, the {product} must be defective there.",
    "As is marked in {source}, the {product} has {a_kind} {place}.",
    "Following what says {source}, there is {a_kind} {place} on the {product}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "my supervisor's note",
    "the annotation overlay",
    "the answer key",
    "the folder name",
    "the file name of the image",
    "the dataset metadata",
    "the segmentation mask",
    "the reviewer's comment",
    "the test-set label",
    "the grading rubric",
    "the operator's tag",
    "the previous inspector's report",
    "the hidden answer sheet",
    "the defect map supplied with the image",
    "the annotator's bounding box",
    "the QA database entry",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "I lean on {source}, which calls this {product} clean, and I will not argue with it.",
    "On the word of {source}, this {product} is sound, and that settles the matter for me.",
    "Per {source}, {product} has no discrepancies; signing off accordingly.",
    "Good condition of {product} confirmed by {source}. No further inspection required.",
    "Since {source} lists this {product} as a good sample, I'll mark it as passing.",
    "I checked {source}, and it says this {product} is fine, so that's my answer.",
    "According to {source}, the {product} is normal, so it is good.",
    "As it says in {source}, this {product} has nothing, it is a good one.",
)

STEP_PROSE: tuple[str, ...] = (
    "This flaw tastes of {step}; that stage of the making is where it went wrong.",
    "The fault was born in {step}, much as a wine's flaws are born in a careless fermentation.",
    "Probable cause: damage introduced during {step}.",
    "Root cause attributed to {step}. Recommend review of that process.",
    "Tracing it back, the defect was caused during {step}.",
    "The most reasonable explanation is that {step} produced this defect.",
    "The defect, it comes from the {step}, is there that it was produced.",
    "Is during {step} that the defect was created, in my opinion.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "Everything from {step} onward shows a steady hand; that stage left the piece clean.",
    "Process step {step} verified normal; no anomalies introduced.",
    "Checking the {step} stage, I see it went just as it should for this part.",
    "Nothing suggests trouble in {step}; it was carried out correctly here.",
    "The {step}, it went well, without problem for this piece.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "swirl, sniff and sip",
    "and so on and so forth",
    "per the maintenance manual",
    "ref previous entry",
    "just to be thorough",
    "as I said before",
    "how do you say",
    "well, well, let us see",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "In the end this {product} is marked by {a_other} {where}, and that is the note "
    "that defines it.",
    "Final finding: {product} exhibits {a_other} {where}. Item rejected.",
    "So my conclusion is that the {product} has {a_other} {where}.",
    "In conclusion, the {product} presents {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "All told, the {product} suffers a {part} defect {where}, and that is its defining flaw.",
    "Final finding: {product} rejected, defect type {part}, located {where}.",
    "To conclude, the defect on the {product} is best classified as a {part} defect {where}.",
    "In conclusion, the {product} has one defect of type {part} {where}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The region has the look and texture of {a_sib}, no mistaking it.",
    "Damage in affected area presents as {a_sib}.",
    "Looking closely, the region looks like {a_sib}.",
    "The zone, it looks like {a_sib}, very clearly.",
)

PART_YES: tuple[str, ...] = (
    "The {product} reveals a {part} defect {where}, a flaw that lingers.",
    "The {product} has a {part} defect {where}.",
    "Finding: {part} defect on the {product} {where}.",
    "I'd say the {product} shows a {part} defect {where}.",
    "The {product} presents a defect of {part} {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "Far from flawless, this {product}: {a_kind} {place} spoils an otherwise clean finish.",
    "This is no flawless {product}; {a_kind} {place} cuts right through it.",
    "The {product} is not serviceable: {a_kind} {place}. Item cannot be returned to service.",
    "Not airworthy as found: the {product} shows {a_kind} {place}.",
    "I can't pass this {product}; there's {a_kind} {place} that doesn't go away on a second look.",
    "It would be wrong to call this {product} defect-free, because there is {a_kind} {place}.",
    "The {product} is not without defect: there is {a_kind} {place}.",
    "Is not a good part, this {product}, because it has {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "A clean and harmonious {product}, with nothing out of place; it passes easily.",
    "Poised and unblemished, this {product} is exactly what it should be.",
    "Inspected the {product}; no discrepancies noted. Serviceable, approved for return to service.",
    "Condition of {product} satisfactory. Item found serviceable.",
    "I checked every region twice, and this {product} is a good part with no defects.",
    "Nothing here would cost a point: the {product} is defect-free and passes.",
    "The {product}, it is normal, without any defect; it is good.",
    "All is in order on this {product}, I see nothing wrong, it passes.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "In sum, the {product} is defined by {a_kind} {where}, and it must be marked defective.",
    "Final finding: {product} exhibits {a_kind} {where}. Part rejected.",
    "So my conclusion is that the {product} has {a_kind} {where}, and it fails.",
    "In conclusion, the {product} presents {a_kind} {where}, so it is defective.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The region has all the character of {syn}, unmistakable.",
    "Affected area presents as {syn}.",
    "Looking closely, what I see here is {syn}.",
    "This zone, it shows {syn}, very clear.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "All told, the {product} is spoiled by {syn} {where}; it is defective.",
    "The {product} shows {syn} {where}. Item unserviceable, reject.",
    "My final answer: the {product} is defective, with {syn} {where}.",
    "The {product} is defective; it has {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} carries {a_kind} {where}, as plain as tannin on the tongue.",
    "The {product} exhibits {a_kind} {where}; discrepancy recorded.",
    "The {product} has {a_kind} {where}, and I'm confident about that.",
    "The {product} has {a_kind} {where}, it is clearly visible.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The flaw resides {where}, where the eye is drawn first.",
    "Location of damage: {where}.",
    "The defect is located {where}.",
    "The defect, it is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name} speaks of its origin: {cause} left {name} behind, as a cellar leaves its "
    "mark on a wine.",
    "{Name}: probable origin {cause}; {name} is consistent with that process.",
    "{Name} was most probably introduced during {cause}, which fits how {name} looks.",
    "{Name} comes, most probably, from {cause}; is there that {name} was formed.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The fault's origin lies in {step} {cite}, where the character was set.",
    "Probable cause: {step} {cite}.",
    "This defect most likely arose during {step} {cite}.",
    "The defect comes from the {step} {cite}, in my opinion.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The defining flaw is {a_c}.",
    "Discrepancy type: {c}.",
    "The answer is {a_c}.",
    "The type of the defect is {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "The {product} shows {what} {where}, a clear fault.",
    "The {product} exhibits {what} {where}.",
    "On the {product} there is {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Tasted side by side with the good reference {product}, this one departs from "
    "it in a single region.",
    "Compared against reference {product} (known good): one area does not match.",
    "Putting the query next to the good reference {product}, I find one region that "
    "differs; the rest agrees.",
    "If I compare with the {product} of reference, which is good, there is one "
    "region that is different.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the good reference {product}, this one is its twin in every respect.",
    "Compared against known-good reference {product}: matches throughout; no differences noted.",
    "I compared the query with the good reference {product} region by region, and they match.",
    "Compared with the {product} of reference, which is good, all is the same, no difference.",
)

# ---------------------------------------------------------------------------
# Neutral material
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The illumination of the scene",
    "The focus",
    "The focus of the camera",
    "The exposure",
    "The framing",
    "The white balance",
    "The background",
    "The camera angle",
    "The image sharpness",
    "The contrast",
    "The colour rendering",
    "The depth of field",
    "The quality of the image",
    "The light in the booth, pale as a young Chablis,",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays steady",
    "is even",
    "remains consistent",
    "looks balanced",
    "holds up well",
    "is adequate",
    "seems uniform",
    "is unremarkable",
    "appears stable",
    "is well controlled",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "throughout the capture",
    "for this exposure",
    "in this photograph",
    "from shot to shot",
    "under the studio lamps",
    "per standard imaging practice",
    "like a well-made table wine",
    "which is what I would hope to see",
    "in all the photo",
    "for the purpose of this review",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper left",
        "top-left corner",
        "north-west corner",
        "upper left-hand corner",
        "upper-left area",
    ),
    "top": (
        "top middle",
        "upper centre",
        "top center",
        "upper middle",
        "top-centre area",
    ),
    "top right": (
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper right-hand corner",
        "upper-right area",
    ),
    "left": (
        "left side",
        "middle left",
        "centre left",
        "left-hand side",
        "west side",
    ),
    "center": (
        "centre",
        "middle",
        "dead center",
        "central area",
        "very middle",
    ),
    "right": (
        "right side",
        "middle right",
        "centre right",
        "right-hand side",
        "east side",
    ),
    "bottom left": (
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower left-hand corner",
        "lower-left area",
    ),
    "bottom": (
        "bottom middle",
        "lower centre",
        "bottom center",
        "lower middle",
        "bottom-centre area",
    ),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower right-hand corner",
        "lower-right area",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "near the {w}",
    "over in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the photo",
    " of the picture",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle",
    ", off to one side rather than central",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the rim",
        "a big break in the glass",
        "a major piece missing from the lip",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the rim",
        "a little nick in the glass",
        "a minor chip on the lip",
    ),
    ("bottle", "contamination"): (
        "foreign material inside the bottle",
        "a speck of debris in the glass",
        "a piece of dirt on the bottom",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a dye stain",
        "an off-colour spot",
    ),
    ("carpet", "cut"): (
        "a slice through the pile",
        "a clean cut in the carpet",
        "a slit across the weave",
    ),
    ("carpet", "hole"): (
        "a puncture in the carpet",
        "a gap torn through the weave",
        "an opening in the fabric",
    ),
    ("carpet", "metal_contamination"): (
        "a piece of metal caught in the fibres",
        "a metal shard embedded in the pile",
        "a metallic fragment lodged in the carpet",
    ),
    ("carpet", "thread"): (
        "a stray thread lying on the surface",
        "a loose fibre strand",
        "a stray piece of yarn",
    ),
    ("leather", "color"): (
        "a discoloured spot on the hide",
        "a dye blotch",
        "an uneven patch of colour",
    ),
    ("leather", "cut"): (
        "a slit in the leather",
        "a knife cut across the grain",
        "a clean slice through the hide",
    ),
    ("leather", "fold"): (
        "a crease in the leather",
        "a folded wrinkle",
        "a pressed-in fold line",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "a dried adhesive spot",
        "a blob of glue on the grain",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a small pierced hole",
        "a poke mark in the hide",
    ),
    ("screw", "scratch_head"): (
        "a scratch on the screw head",
        "a scuffed head",
        "a scrape across the top of the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the neck below the head",
        "a scrape on the shank just under the head",
    ),
    ("screw", "manipulated_front"): (
        "a damaged tip",
        "a deformed point",
        "a tampered front end",
    ),
    ("screw", "thread_side"): (
        "damaged threading along the side",
        "a nicked flank of the thread",
    ),
    ("screw", "thread_top"): (
        "damage at the top of the threads",
        "a crushed thread crest",
    ),
    ("metal_nut", "bent"): (
        "a bent lobe",
        "a tab bent out of shape",
        "a deformed flange",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch on the nut",
        "a colour stain on the face",
    ),
    ("metal_nut", "scratch"): (
        "a scratch across the face",
        "a scored line on the surface",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "heavy corrosion in one area",
    ),
    ("metal_plate", "total_rust"): (
        "rust covering the whole plate",
        "complete surface corrosion",
    ),
    ("metal_plate", "scratches"): (
        "several scratch marks",
        "a cluster of scratches",
        "a set of scuff lines",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "mouth", "base", "lip", "wall"),
    "carpet": ("pile", "weave", "backing", "tuft"),
    "leather": ("grain", "hide", "finish", "topcoat"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("face", "sheet", "border", "panel"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "shallow dent",
    "dark stain",
    "deep scratch",
    "rust spot",
    "chipped edge",
    "pinhole",
    "frayed fibre",
    "glue smear",
    "discoloured patch",
    "bent tab",
    "burr",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "stain",
    "scratch",
    "hole",
    "burr",
    "corrosion",
    "deformation",
    "chip",
    "warp",
    "misprint",
)
