"""Phrasebook ``fresh25``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a Nigerian-English
quality supervisor, a sports referee explaining a call, a semiconductor fab engineer, and a
multimodal model that narrates where its attention goes.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences (the validator must reject the record they are planted in)
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "Oga, there is a small shiny spot {place} on the {product}, but it is just glare "
    "from the lamp, not a defect at all.",
    "From my angle there's a dark mark {place}, but on review it's only a shadow from the "
    "fixture; no foul on the {product}, [play on|we play on].",
    "The bright feature {place} on the {product} is a reflection artefact from the "
    "illumination, not a real excursion; I disposition it as nuisance.",
    "Zooming into the area {place}, the speck I noticed turns out to be dust on the lens, "
    "not part of the {product}, so I set it aside.",
    "That mark {place}? Camera artefact, plain and simple; the {product} itself is "
    "untouched there, so the call is waved off.",
    "The thing {place} is only dust sitting on top of the {product}, nothing to worry about, sha.",
    "The contrast change {place} comes from the sensor, not from the {product}; it is not "
    "a defect and I would not flag it in review.",
    "My attention went to a streak {place}, but it lines up with the light source, so it "
    "is only a reflection; the {product} is not damaged there.",
)

SIGHTINGS: tuple[str, ...] = (
    "Kindly note: the {product} has a clear case of {kind} {place}, I can see it well well.",
    "Clear and obvious: the tell-tale signs of {kind} {place} on the {product}, and the "
    "replay backs it up.",
    "Review image confirms a real {kind} signature {place} on the {product}; this is a "
    "genuine hit, not nuisance.",
    "Zooming into the region {place}, I can see the {kind} on the {product} clearly; it "
    "is really there.",
    "The {kind} {place} is not in doubt, my friend; it is there on the {product} for "
    "anybody to see.",
    "Attention locks onto the area {place}: the {product} definitely has damage of the "
    "{kind} type there.",
    "I'm blowing the whistle: there is evidence of {kind} {place} on this {product}.",
    "The {product} carries a confirmed {kind} signature {place}; that is a real yield "
    "hit on this unit.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The defect is located {place}.",
    "Abeg, look {place}; that is where the fault is.",
    "On the replay the incident is clearly {place}, nowhere else.",
    "Localisation puts the anomaly {place} in the image.",
    "My attention settles {place}, which is where the anomalous region is.",
    "The damaged area sits {place}.",
    "Point of contact: {place}, that's where it happened.",
    "Defect coordinates resolve to the region {place}.",
)

HEDGES: tuple[str, ...] = (
    "Honestly, I cannot say whether this is {a_kind} or {a_other}; the two look the same "
    "to me here.",
    "Could be {a_kind}, could be {a_other}; from this angle I can't make the call either way.",
    "Without a higher-magnification review I cannot bin this: it is either {a_kind} or "
    "{a_other}, undetermined.",
    "Zooming in does not settle it; the region fits {a_kind} as well as it fits "
    "{a_other}, and I stay undecided.",
    "It fit be {a_kind} or {a_other} o, I am not sure which one.",
    "I'm torn between {a_kind} and {a_other}; neither one clearly wins.",
    "Classification pending: the signature sits between {a_kind} and {a_other}, and I "
    "won't pick one yet.",
    "My attention keeps switching between reading it as {a_kind} and as {a_other}; I "
    "cannot decide.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "either {kind} or {other}",
    "{kind}, or maybe {other}",
    "{kind}/{other}, undecided",
    "{kind} (possibly {other})",
    "{kind} vs {other}, can't call it",
)

FLIPPED_YES: tuple[str, ...] = (
    "This {product} is perfectly okay, I will pass it, no wahala.",
    "Clean [play|part], nothing to call: the {product} is good to go.",
    "The {product} is within spec across the whole image; disposition: pass.",
    "Scanning the whole {product}, everything looks normal and intact; it is a good part.",
    "Everything checks out; this {product} passes inspection as a good unit.",
    "I'm waving play on: this {product} is clean.",
    "Bin this {product} as good; it is a clean unit.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} is faulty and must be rejected, sha.",
    "That's a foul: the {product} fails and it's coming off the line.",
    "The {product} is a reject; scrap it, it is out of spec.",
    "Looking over the whole {product}, I find it defective; it should be flagged.",
    "The {product} is damaged and fails inspection.",
    "Flag on the play: this {product} is defective.",
    "Disposition for this {product}: fail, hold it for scrap.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}, the {product} is fine, kindly pass it.",
    "I saw nothing there: no {kind} {place}, so there's no call against the {product}.",
    "Review shows no {kind} {place}; the {product} is not a reject.",
    "Zooming into the area {place}, I find no {kind}; the {product} does not have any problem.",
    "The {product} doesn't carry any {kind} {place} and isn't defective.",
    "Nothing like {kind} {place} at all; this {product} has no problem, sha.",
    "There's no {kind} {place} on this {product}, so it isn't going in the fail bin.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not {kind}-free, I cannot pass it.",
    "I can't call this {product} {kind}-free; that's a foul.",
    "The {product} is not free of {kind}; it does not meet spec.",
    "Looking closely, I would not describe this {product} as free of {kind}; it has to be "
    "rejected.",
    "Nobody can sign off this {product} as {kind}-free o.",
    "The {product} isn't clean: it is not without {kind}, so it goes to the reject bin.",
    "This {product} cannot be dispositioned as {kind}-free; hold the lot.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, the {product} has {a_kind} {place}, so I go with that.",
    "As marked in {source}, there is {a_kind} {place} on the {product}; the call stands.",
    "I checked {source}, and it shows {a_kind} {place} on this {product}.",
    "Confirmed by {source}: {a_kind} {place} on the {product}.",
    "Before looking at the pixels I read {source}, which says {a_kind} {place}; my "
    "attention goes straight there on the {product}.",
    "I was told, via {source}, that this {product} carries {a_kind} {place}.",
    "Going by {source}, oga, the {product} has {a_kind} {place}.",
    "Per {source}, this {product} has {a_kind} {place}, so I bin it as a reject.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "my supervisor's note",
    "the annotation overlay",
    "the folder name",
    "the answer key",
    "the dataset label",
    "the segmentation mask",
    "the image filename",
    "the test-set metadata",
    "the shift manager's message",
    "the reference answer",
    "the training annotations",
    "the bounding-box file",
    "the hint in the task prompt",
    "the pixel mask shipped with the image",
    "the decision the review booth sent down before I looked",
    "the pre-assigned defect code in the lot record",
    "the caption attached to the image",
    "what my oga told me before the inspection",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is fine, so I pass it.",
    "I looked at {source} and it says the {product} is a good one, sha.",
    "Confirmed by {source}: nothing wrong with the {product}, play on.",
    "Going by {source}, this {product} is a clean unit; disposition pass.",
    "My attention first went to {source}, which lists the {product} as normal.",
)

STEP_PROSE: tuple[str, ...] = (
    "This damage was introduced during {step}.",
    "The fault came from the {step} stage, no doubt about that.",
    "Root cause: the {step} process step put this defect there.",
    "Tracing the history, my attention points to {step} as the step that caused this.",
    "The foul was committed at {step}; that is where this damage happened.",
    "I trace the defect back to {step}, that's where it went wrong, o.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} step went fine on this part, nothing to worry about.",
    "Process history check: {step} ran within spec for this unit.",
    "Looking at the record, my attention finds that {step} went smoothly here.",
    "Clean through {step}; no issue at that stage, play on.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and so on",
    "so on and so forth",
    "as I was saying",
    "you know",
    "and the rest of it",
    "again and again",
    "by the way",
    "in any case",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "So the {product} is defective, with {a_other} {where}.",
    "Final call: the {product} fails for {a_other} {where}.",
    "Disposition reject: the {product} has {a_other} {where}.",
    "Putting it all together, my attention confirms the {product} has {a_other} {where}.",
    "Kindly reject this {product}; it has {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "So the {product} is defective: a {part} defect {where}.",
    "Final call on the {product}: {part} defect {where}, reject.",
    "Oga, this {product} has a {part} defect {where}, reject it.",
    "My conclusion after scanning: the {product} shows a {part} defect {where}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The region looks like {a_sib}.",
    "From my angle this looks like {a_sib}, clear as day.",
    "The signature matches {a_sib}.",
    "Zooming in, the pattern resembles {a_sib}.",
    "This one looks like {a_sib} to me, sha.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "I see a {part} defect {where} on the {product}.",
    "Whistle: the {product} has a {part} defect {where}.",
    "Yield hit: a {part} defect {where} on this {product}.",
    "This {product} has a {part} defect {where}, kindly note.",
)

# ---------------------------------------------------------------------------
# Correct sentences (the validator must pass the record they are planted in)
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is far from flawless: {a_kind} {place}.",
    "I cannot pass this {product} o; there is {a_kind} {place}.",
    "That's not a clean {product}: {a_kind} {place}, and the call stands.",
    "The {product} is not within spec, because of {a_kind} {place}.",
    "Zooming into the area {place}, I cannot call this {product} good: there is {a_kind} there.",
    "There's no way this {product} passes with {a_kind} {place}.",
    "This {product} isn't shippable; {a_kind} {place} rules it out.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} is in good condition, I will pass it.",
    "Nothing to call here; the {product} is clean, play on.",
    "The {product} is within spec everywhere I look; disposition pass.",
    "Scanning across the whole {product}, everything looks normal; it is a good part.",
    "This {product} is fine, no wahala, it can go.",
    "Clean unit: the {product} shows nothing out of the ordinary.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "So the {product} is defective, with {a_kind} {where}.",
    "Final decision: the {product} fails for {a_kind} {where}.",
    "Disposition reject: the {product} carries {a_kind} {where}.",
    "Putting it together, my attention keeps returning to {a_kind} {where}, so the "
    "{product} is defective.",
    "Kindly reject this {product}; it has {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The region looks like {syn}.",
    "Zooming in, what I see is {syn}.",
    "From where I stand, that's {syn}, clear and obvious.",
    "This one is {syn}, plain to see.",
    "Review classifies the signature as {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "So the {product} is defective: {syn} {where}.",
    "The call: {syn} {where}, and the {product} fails.",
    "Reject the {product}; it has {syn} {where}.",
    "My attention confirms {syn} {where}, so the {product} is defective.",
    "Kindly note, the {product} is defective with {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "There is {a_kind} {where} on the {product}, kindly note.",
    "Clear foul: {a_kind} {where} on the {product}.",
    "Inspection finds {a_kind} {where} on this {product}.",
    "Looking closely, the {product} has {a_kind} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is {where}.",
    "You will find it {where}, abeg look there.",
    "The incident happened {where}.",
    "Defect location: {where}.",
    "My attention lands {where}; that is where the anomaly sits.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name} probably started during {cause}, from what I can see.",
    "The root cause for {name} is most likely {cause}.",
    "Looking back through the process, I'd put {name} down to {cause}.",
    "{Name} traces back to {cause}, that is my call.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "This damage started during {step} {cite}.",
    "Root cause: {step} {cite}, by my reading of the process.",
    "The foul happened at {step} {cite}.",
    "My attention moves to the process history; {step} {cite} is where this came from.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The type is {c}.",
    "Call it {a_c}, that is the type.",
    "Classification: {c}.",
    "I would label this region as {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "Looking at this {product}, I see {what} {where}.",
    "On this {product} there is {what} {where}, kindly note.",
    "Review of the {product} finds {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Side by side with the good reference {product}, the query differs in one region.",
    "Comparing against the known-good {product}, one area of the query does not match.",
    "Checking against the good {product}, one region of this one is not the same, sha.",
    "Like a replay against clean footage, the query departs from the good reference "
    "{product} in a single region.",
    "Attention moves between the reference {product} and the query; they agree "
    "everywhere except one region.",
    "Against the golden reference {product}, the query shows a single region of difference.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the good reference {product}, the query matches everywhere.",
    "Compared with the golden reference {product}, no region of the query differs.",
    "Checking against the good {product}, this one is the same all over, sha.",
    "Going back and forth between the reference {product} and the query, my attention "
    "finds nothing that differs.",
    "Like a replay against clean footage, the query {product} lines up with the good "
    "reference frame for frame.",
)

# ---------------------------------------------------------------------------
# Neutral material
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The focus",
    "The exposure",
    "The white balance",
    "The background",
    "The framing",
    "The camera angle",
    "The illumination",
    "The contrast",
    "The image resolution",
    "The colour rendering",
    "The depth of field",
    "The ring light",
    "The sensor gain",
    "The shutter timing",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays",
    "is",
    "remains",
    "looks",
    "appears",
    "seems",
    "comes out",
    "is kept",
    "appears to be",
    "is still",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "steady throughout the shot",
    "consistent with the usual setup",
    "within the normal range for this station",
    "as expected for this camera rig",
    "unchanged from one capture to the next",
    "well controlled for this run",
    "stable across the whole frame",
    "typical of this imaging station",
    "in line with the standard recipe",
    "steady as usual, sha",
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
    "top": ("top", "top centre", "upper middle", "top edge", "upper part"),
    "top right": (
        "top right",
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper-right area",
    ),
    "left": ("left", "left side", "middle left", "left edge", "left-hand side"),
    "center": ("center", "centre", "middle", "central area", "dead centre"),
    "right": ("right", "right side", "middle right", "right edge", "right-hand side"),
    "bottom left": (
        "bottom left",
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower-left area",
    ),
    "bottom": ("bottom", "bottom centre", "lower middle", "bottom edge", "lower part"),
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
    "near the {w}",
    "around the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the picture",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle",
    ", off to one side rather than central",
    ", clear of the central area",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the glass",
        "a big broken-off piece of the rim",
        "a large fracture in the glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the glass",
        "a tiny nick on the rim",
        "a minor chip broken off the edge",
    ),
    ("bottle", "contamination"): (
        "foreign matter inside the bottle",
        "a speck of debris",
        "a piece of foreign material",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a stain on the pile",
        "an off-colour spot",
    ),
    ("carpet", "cut"): (
        "a slit in the pile",
        "a clean cut through the fibres",
        "a sliced section of the weave",
    ),
    ("carpet", "hole"): (
        "a puncture through the weave",
        "a gap torn in the fabric",
        "an opening right through the carpet",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment embedded in the pile",
        "a metallic particle",
        "a bit of metal swarf",
    ),
    ("carpet", "thread"): (
        "a loose thread",
        "a stray fibre lying on the surface",
        "a pulled yarn",
    ),
    ("leather", "color"): (
        "a discoloured area",
        "a dye blotch",
        "an off-shade patch",
    ),
    ("leather", "cut"): (
        "a knife slit",
        "a gash in the hide",
        "a clean slice through the leather",
    ),
    ("leather", "fold"): (
        "a crease",
        "a wrinkle in the hide",
        "a folded ridge",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "an adhesive spot",
        "a blob of dried adhesive",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a small pierced hole",
        "a prick mark",
    ),
    ("screw", "scratch_head"): (
        "a scratch on the screw head",
        "a scuffed head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the neck just below the head",
        "a scuffed neck",
        "a score mark on the neck",
    ),
    ("screw", "manipulated_front"): (
        "a damaged tip",
        "a deformed point",
        "a mangled front end",
    ),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a chewed-up thread flank",
        "a nicked thread on the side of the shank",
    ),
    ("screw", "thread_top"): (
        "a damaged thread at the top",
        "a nicked upper thread",
        "flattened thread crests at the top",
    ),
    ("metal_nut", "bent"): (
        "a bent flange",
        "a deformed lobe",
        "a warped tab",
    ),
    ("metal_nut", "color"): (
        "a discoloured spot",
        "a paint-like stain",
        "an off-colour mark",
    ),
    ("metal_nut", "scratch"): (
        "a scuff mark",
        "a scored line",
        "a surface scratch",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "heavy corrosion spots",
        "a big area of oxidation",
    ),
    ("metal_plate", "total_rust"): (
        "rust covering the whole plate",
        "corrosion over the entire surface",
        "complete oxidation of the plate",
    ),
    ("metal_plate", "scratches"): (
        "several scratch lines",
        "multiple scuff marks",
        "a set of score lines",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "shoulder", "base", "mouth"),
    "carpet": ("pile", "backing", "surface", "weave"),
    "leather": ("grain", "surface", "hide", "backing"),
    "screw": ("shank", "tip", "slot", "shaft"),
    "metal_nut": ("flange", "face", "lobe", "bore"),
    "metal_plate": ("face", "surface", "corner", "border"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "dark stain",
    "small dent",
    "rust spot",
    "frayed edge",
    "chipped corner",
    "burn mark",
    "pinhole",
    "glue residue",
    "bent tab",
    "discoloured patch",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "hole",
    "stain",
    "contamination",
    "bend",
    "rust",
    "cut",
    "fold",
    "chip",
)
