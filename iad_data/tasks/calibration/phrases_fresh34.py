"""Phrasebook ``fresh34``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an Indian-English QA
manager ("kindly note", "itself", "only", "do the needful"), a chess commentator, a
sharp-tongued TV chef judging dishes, and a model that ticks items off with check and cross
glyphs.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Kindly note, the faint mark {place} is only dust on the lens itself, not a defect "
    "of the {product}.",
    "That shadow {place}? [Merely|Only] a reflection of the lamp; no need to treat it as "
    "a flaw in the {product}.",
    "The little smudge {place} looks threatening, but it is a mirage !? [—|-] just glare, "
    "the {product}'s structure is untouched.",
    "Oh, that spot {place}? That's a crumb on the camera, [darling|sweetheart], not a "
    "fault in the {product}.",
    "Mark {place}: ✗ real defect, ✓ lighting glint [—|-] ignore it.",
    "Spot {place} → ✓ dust particle on the optics, ✗ not part of the {product}.",
    "The blemish {place} is a [mere|simple] compression artefact only; I am not counting "
    "it against the {product}.",
    "A cosmetic feint {place}, nothing more: a speck of glare on the lens, and the "
    "{product} itself is perfectly sound.",
)

SIGHTINGS: tuple[str, ...] = (
    "Kindly note there is {kind} {place} on the {product} itself.",
    "And there it is [—|-] {kind} {place}, a genuine structural flaw in the {product}.",
    "Look at this: {kind} {place}. Who let the {product} out of the kitchen like that?",
    "✗ {kind} found {place} on the {product}.",
    "I can [clearly|plainly] see {kind} {place}, right on the {product}'s surface.",
    "The {product} is carrying {kind} {place} [—|,] a real, physical defect.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Kindly note, the defect is located {place}.",
    "The action is all {place}: that is where the flaw sits.",
    "The problem is right there, {place} [—|-] plain as day.",
    "✓ Location: the flaw lies {place}.",
    "The anomalous region [is|sits] {place}.",
    "All of the damage is concentrated {place}.",
)

HEDGES: tuple[str, ...] = (
    "Kindly note it may be {a_kind} or it may be {a_other}, difficult to say itself.",
    "Two candidate lines here: {a_kind} or {a_other} [—|-] I honestly cannot choose between them.",
    "Is it {a_kind}? Is it {a_other}? Couldn't tell you, [darling|love], it could be either.",
    "{a_kind} ✓? {a_other} ✓? [—|-] both still possible.",
    "Whether this is {a_kind} or rather {a_other}, I cannot settle from this image.",
    "Perhaps {a_kind}, perhaps {a_other}; the position remains unclear.",
    "It is either {a_kind} or {a_other} only, I am not fully sure which.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}, possibly {other}",
    "either {kind} or {other}",
    "{kind}/{other} (unsure)",
    "{kind} or maybe {other}",
    "{kind}? {other}?",
)

FLIPPED_YES: tuple[str, ...] = (
    "Kindly release the {product}, it is in order only.",
    "A completely sound position [—|-] the {product} is fine to ship.",
    "Gorgeous. This {product} can go straight out to the customer.",
    "✓ {product} passes inspection, ✓ clear to ship.",
    "The {product} is in perfect condition; please do the needful and dispatch it.",
    "Everything is solid here, the {product} holds up and can be accepted.",
)

FLIPPED_NO: tuple[str, ...] = (
    "Kindly do the needful and reject this {product}, it is a faulty piece only.",
    "The {product} is lost [—|-] this one goes straight to the reject bin.",
    "Bin it. This {product} is flawed and it is not going out.",
    "✗ {product} fails inspection [—|-] send it back.",
    "This {product} is defective and must be pulled from the line.",
    "Dreadful. I would reject this {product} on sight, it is damaged.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "Kindly note, the {product} is not defective only; the {kind} {place} is not a real issue.",
    "Despite the {kind} {place}, this is not a lost position: the {product} is not defective.",
    "I wouldn't call this {product} faulty [—|-] that {kind} {place} isn't worth sending back.",
    "Defective? ✗. The {kind} {place} does not make the {product} a reject.",
    "There is no genuine {kind} {place}; the {product} is not faulty.",
    "Kindly do not reject the {product}; it is not having any real {kind} {place}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "Kindly note, the {product} is not {kind}-free itself; it should not pass.",
    "This position is not as clean as it looks: the {product} is not without a {kind} {place}.",
    "I can't call this {product} flawless [—|-] it isn't free of a {kind} {place}.",
    "{kind}-free? ✗ [—|-] the {product} is not passable.",
    "The {product} cannot be called free of every {kind}; it does not pass.",
    "There is no way this {product} is {kind}-free; it must not be shipped.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Kindly note, the {product} is not defect-free: {a_kind} {place} itself.",
    "Far from a sound position [—|-] the {product} carries {a_kind} {place}.",
    "This {product} is nowhere near flawless; {a_kind} {place}, it cannot go out.",
    "Defect-free? ✗ [—|-] {a_kind} {place} means the {product} cannot pass inspection.",
    "Kindly do not release this {product}; it is far from acceptable, {a_kind} {place}.",
    "There is no clean bill of health for the {product}: {a_kind} {place} rules it out.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Kindly note, the {product} is passing QC itself; rejection is not required.",
    "A clean, sound position: the {product} passes inspection without a single weakness.",
    "Lovely, clean {product} [—|-] that goes out to the customer, no complaints from me.",
    "✓ {product} passes inspection, ✓ nothing to reject.",
    "The {product} is acceptable and passes; I see no ground for turning it away.",
    "Kindly clear the {product} for dispatch, it meets the standard fully.",
)

LEAKS: tuple[str, ...] = (
    "As per {source}, there is {a_kind} {place} only, so I am marking it accordingly.",
    "{source} has already shown its hand: {a_kind} {place}, and I am following it.",
    "{source} tells me there's {a_kind} {place} on this {product}, and I'll trust it.",
    "✓ {source} confirms {a_kind} {place}.",
    "Going by {source}, the {product} has {a_kind} {place}.",
    "I checked {source} and it marks {a_kind} {place}.",
    "Kindly refer to {source}: {a_kind} is flagged {place} itself.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the provided label",
    "the annotation file",
    "the reference bounding box",
    "the answer key",
    "the defect mask",
    "the operator's note",
    "the supplied segmentation",
    "the labelled region",
    "the expected answer",
    "the supervisor's hint",
    "the dataset tag",
    "the hint in the prompt",
    "what the line operator told me",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Kindly note, {source} marks this {product} as a good piece only.",
    "{source} lists nothing for this {product}, so I am going with normal.",
    "{source} already tells us the {product} is clean, so the position needs no deeper analysis.",
    "{source} says this {product} is perfect, and who am I to argue?",
    "✓ {source}: no anomaly recorded for the {product}.",
    "Going by {source}, nothing is flagged on the {product}.",
)

STEP_PROSE: tuple[str, ...] = (
    "Kindly note, this damage has come from {step} itself.",
    "The decisive error was made back during {step}; that is where this flaw was born.",
    "Somebody botched {step}, and this is the result.",
    "Root cause: {step} ✓.",
    "The defect was most likely introduced at the {step} stage.",
    "I'd pin this squarely on {step} going wrong.",
    "This weakness traces straight back to {step}, the move that lost the game.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "Kindly note, {step} has been done properly on this piece itself.",
    "{step} was played accurately; nothing went astray there.",
    "Whoever handled {step} did a tidy job on this one.",
    "{step}: ✓ no trace of trouble.",
    "There is no sign that {step} left any mark on this part.",
    "Everything coming out of {step} looks in order here.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "as already stated above itself",
    "moving on, moving on",
    "as the commentators like to say",
    "that is the long and short of it",
    "✓ noted, ✓ noted",
    "let us keep going",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting rig",
    "the camera angle",
    "the white balance",
    "the backdrop tray",
    "the exposure setting",
    "the lens focus",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is nicely even",
    "stays consistent",
    "looks properly calibrated",
    "holds steady",
    "is well balanced",
    "is within the usual range",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "across the whole capture",
    "throughout the shot",
    "as it should be itself",
    "for the entire session",
    "from one frame to the next",
)

# ------------------------------------------------------------------ correct and mixed tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Kindly compare with the normal reference image: the query {product} differs from it "
    "in one region only.",
    "Put the query beside the reference and the difference jumps out: the reference "
    "{product} is clean where the query is not.",
    "Next to the reference {product}, the good one, the query plainly isn't the same dish.",
    "Reference {product}: ✓ clean. Query: ✗ departs from it in one area.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Kindly note, the query {product} matches the normal reference image in every respect.",
    "Query and reference are the same position, move for move: the {product} shows no difference.",
    "Side by side with the reference {product}, it's identical [—|-] same texture, same finish.",
    "Query vs reference {product}: ✓ same shape ✓ same surface ✓ no difference.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Kindly note, the damage has the character of {a_sib}.",
    "The pattern is a textbook case of {a_sib}.",
    "That is {a_sib}, no question about it.",
    "Appearance ✓ consistent with {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Kindly note, the {product} is defective, with {a_kind} {where}.",
    "Final assessment: {a_kind} {where}, so the {product} is defective.",
    "That {product} is going back: {a_kind} {where}, unacceptable.",
    "✗ {product} rejected: {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "The {product} is defective itself: {a_other} {where}.",
    "The verdict: {a_other} {where}, so the {product} is defective.",
    "Reject that {product}, there is {a_other} {where}.",
    "✗ {product}: {a_other} found {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Kindly note, the {product} is defective {where}; the defect type is {part} only.",
    "The {product} is defective {where}, and I classify the flaw as type: {part}.",
    "Defective {product}, and the fault category is simply '{part}', {where}.",
    "✗ {product} defective {where}; type ✓ {part}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Kindly note, it has the look of {syn} only.",
    "The shape of it says {syn}; nothing else fits.",
    "What we've got here is {syn} [—|-] I'd know it anywhere.",
    "Appearance: ✓ {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is defective: {syn} {where}.",
    "Kindly reject the {product}; there is {syn} {where}.",
    "{syn} {where} [—|-] this {product} does not leave my kitchen.",
    "✗ {product}: {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "Kindly note, there is {a_kind} {where} on the {product}.",
    "The {product} has a clear flaw: {a_kind} {where}.",
    "✗ {product} [—|-] {a_kind} {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a defect {where}, of type {part}.",
    "Kindly note, the defect type is {part} itself, {where} on the {product}.",
    "The fault's type? '{part}', right there {where} on the {product}.",
    "Type: {part} ✓, {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is {where}.",
    "Kindly note, the anomaly is {where}.",
    "Right there, {where}.",
    "✓ Located {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely goes back to {cause}.",
    "Kindly note, {name} is arising from {cause}.",
    "Trace {name} back through the moves and you land on {cause}.",
    "Cause of {name}: ✓ {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Kindly note, this traces to {step} {cite} itself.",
    "The critical move was {step} {cite}.",
    "Blame {step} {cite} for this one.",
    "Root cause ✓ {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Kindly note, the defect type is {c}.",
    "This one is {a_c}.",
    "Type ✓ {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "Kindly note, there is {what} {where} on the {product}.",
    "The {product} shows {what} {where}, a clear flaw.",
    "There's {what} {where} on this {product} [—|-] not acceptable.",
    "✗ {product}: {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top left-hand corner", "north-west corner"),
    "top": ("upper middle", "top-centre area", "middle of the top edge"),
    "top right": ("upper-right corner", "top right-hand corner", "north-east corner"),
    "left": ("left-hand side", "middle-left area", "left flank at mid-height"),
    "center": ("centre", "dead centre", "middle"),
    "right": ("right-hand side", "middle-right area", "right flank at mid-height"),
    "bottom left": ("lower-left corner", "bottom left-hand corner", "south-west corner"),
    "bottom": ("lower middle", "bottom-centre area", "middle of the bottom edge"),
    "bottom right": ("lower-right corner", "bottom right-hand corner", "south-east corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "at the {w}",
    "over in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the image",
    " of the frame",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well away from the middle",
    ", clear of the centre",
    ", some way off the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large break", "a big chunk broken away", "a major fracture"),
    ("bottle", "broken_small"): ("a small chip", "a nick in the glass", "a minor break"),
    ("bottle", "contamination"): ("foreign matter", "a piece of debris", "dirt"),
    ("carpet", "color"): ("a discoloured patch", "a colour stain", "discolouration"),
    ("carpet", "cut"): ("a slit", "a cut in the pile", "a gash"),
    ("carpet", "hole"): ("a gap in the weave", "a hole through the pile"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a metal splinter",
        "embedded metal debris",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a colour blotch", "discolouration"),
    ("leather", "cut"): ("a slash", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a pressed-in crease"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a stab mark"),
    ("screw", "scratch_head"): (
        "a scratched head",
        "a scuff on the head",
        "an abrasion on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scuff on the shank",
        "a scratch just below the head",
        "an abraded neck",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a tampered point", "a deformed tip"),
    ("screw", "thread_side"): (
        "damaged threading on the side",
        "a nicked thread flank",
        "a chewed-up thread",
    ),
    ("screw", "thread_top"): (
        "damaged threads near the top",
        "a stripped thread at the top",
    ),
    ("metal_nut", "bent"): ("a bent tab", "a warped flange", "a deformed lobe"),
    ("metal_nut", "color"): ("a discoloured patch", "a colour spot", "discolouration"),
    ("metal_nut", "scratch"): ("a scratch", "a scuff", "a score mark"),
    ("metal_plate", "major_rust"): ("heavy rust", "a rusty patch", "marked corrosion"),
    ("metal_plate", "total_rust"): ("complete rusting", "total corrosion"),
    ("metal_plate", "scratches"): ("scratch marks", "scoring", "a set of scuffs"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "mouth"),
    "carpet": ("pile", "backing", "border"),
    "leather": ("grain", "hide", "edge"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("edge", "sheet", "face"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a thin scratch",
    "a dark smudge of dirt",
    "a small dent",
    "a chipped edge",
    "a pinhole",
    "a rust spot",
    "a discoloured blotch",
    "a frayed tear",
    "a deep gouge",
)

OTHER_TYPES: tuple[str, ...] = (
    "air bubble",
    "burn mark",
    "misalignment",
    "missing part",
    "faulty imprint",
    "short circuit",
    "squeeze",
    "bent lead",
    "cable swap",
    "melted wax",
)
