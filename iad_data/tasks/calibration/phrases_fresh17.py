"""Phrasebook ``fresh17``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an insurance loss
adjuster, a stand-up comedian, a metrology lab technician quoting tolerances, and a
chatbot that answers in bullet-like fragments with emoji-free shorthand.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences: the validator must REJECT the record they are planted in.
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "On review, the mark {place} does not constitute damage to the {product}; it is a "
    "[lighting reflection|glare spot] and I am not counting it as a defect.",
    "That dark thing {place}? Relax, folks, it's a speck of dust on the lens, not a defect. "
    "The {product} is innocent on that count.",
    "Indication {place}: amplitude inside the sensor noise floor, attributable to specular "
    "glare; not a defect of the {product}, excluded from evaluation.",
    "- spot {place}: [shadow|glare|camera artefact] - not a defect - ignore for {product}",
    "The apparent irregularity {place} is, in my assessment, a shadow cast by the fixture "
    "rather than genuine loss to the {product}, so I discount it entirely.",
    "I almost called the bright patch {place} a flaw, but it's just the ring light showing "
    "off. The {product} didn't actually do anything wrong there.",
    "The feature {place} repeats at a fixed pixel offset across frames, so it is a sensor "
    "artefact, not a surface deviation of the {product}; disregarded.",
    "Region {place} checked. Cause: dust on the optics. Not part of the {product}. Not a "
    "defect. Moving on.",
)

SIGHTINGS: tuple[str, ...] = (
    "I have documented genuine physical damage on the {product}: {kind}, located {place}, "
    "and it is real rather than a photographic effect.",
    "So the {product} walks in looking all innocent, but {place} there's {kind}, plain as "
    "day. Busted.",
    "Surface deviation {place} exceeds tolerance by roughly 0.3 mm and is classified as "
    "{kind} on the {product}.",
    "- found: {kind} - location: {place} - real defect on the {product}, not noise",
    "Inspection confirms a defect of the {kind} variety {place}; the {product} has "
    "sustained actual damage there.",
    "Look {place}. That is {kind}, an actual defect. I don't make the rules, the {product} "
    "just has it.",
    "The measured profile {place} shows a departure consistent with {kind}, well outside "
    "the 0.05 mm band allowed for this {product}.",
    "Defect present. Type: {kind}. Position: {place}. The {product} is damaged there.",
)

WRONG_PLACES: tuple[str, ...] = (
    "For the record, the damage is confined to the area {place}.",
    "If you're looking for the flaw, look {place}. That's its whole neighbourhood.",
    "Defect centroid located {place}, position uncertainty about plus or minus 2 px.",
    "- defect location: {place}",
    "The affected area, as I have assessed it, lies {place}.",
    "The whole show is happening {place}, folks. That's where the problem lives.",
    "The anomalous region lies {place}; no other region deviates from nominal.",
    "Anomaly localised {place}. Single region.",
)

HEDGES: tuple[str, ...] = (
    "I cannot determine at this stage whether the loss is {a_kind} or {a_other}; both "
    "remain open in my report.",
    "Is it {a_kind}? Is it {a_other}? Honestly, folks, it could go either way, and I'm not "
    "picking.",
    "The measurement does not discriminate between {a_kind} and {a_other}; classification "
    "left unresolved within the stated uncertainty.",
    "- type: {a_kind} or maybe {a_other} - can't tell which - undecided",
    "The evidence is equally consistent with {a_kind} and with {a_other}, and I am not in a "
    "position to choose between them.",
    "It's either {a_kind} or {a_other}, and the coin I flipped in my head is still spinning.",
    "The profile is compatible with {a_kind} as well as {a_other}; no decision is possible "
    "at the current resolution.",
    "Could be {a_kind}. Could be {a_other}. 50/50. No final call.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}, pending further review",
    "{kind}? {other}? who knows",
    "{kind} or {other}, not separable within uncertainty",
    "{kind} / {other} - unsure",
    "either {kind} or {other}, undetermined",
    "maybe {kind}, maybe {other}",
    "{kind}, unless it turns out to be {other}",
    "{kind} or {other}, can't say which",
)

FLIPPED_YES: tuple[str, ...] = (
    "Having reviewed the images, I find the {product} undamaged, and there is no loss to record.",
    "This {product} is perfect. Boring, flawless, nothing to roast. Next!",
    "All measured features of the {product} fall within tolerance; the part conforms and passes.",
    "- {product}: good - conforming - pass",
    "The {product} is in sound condition, so no claim is warranted.",
    "I searched this {product} from every angle for something to complain about and came up "
    "empty. It's fine.",
    "The {product} is within specification on every checked dimension; accept.",
    "Verdict: {product} in good order. Nothing wrong. Accept.",
)

FLIPPED_NO: tuple[str, ...] = (
    "My determination is that the {product} is damaged, and it is to be treated as a faulty unit.",
    "This {product} is a lemon. Defective. Send it back to the factory with a strongly "
    "worded note.",
    "The {product} is out of tolerance at one location; the part is nonconforming and rejected.",
    "- {product}: defective - reject",
    "The {product} exhibits damage sufficient to classify it as a defective unit.",
    "Bad news for this {product}: it's got a flaw, and not the charming kind.",
    "The deviation on the {product} exceeds the permitted limit; status: rejected as defective.",
    "Verdict: faulty {product}. Fails inspection.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}, and I find no damage anywhere else on the {product}; "
    "nothing to claim.",
    "You think there's {kind} {place}? Nope. Not there. The {product} is clean, I checked twice.",
    "No {kind} detected {place}; the {product} does not deviate from nominal at any "
    "measured point.",
    "- {kind} {place}: not present - {product} not defective",
    "I am not able to substantiate any {kind} {place}; the {product} is not damaged.",
    "The {product} has no {kind} {place}, no nothing. It's not broken, it's just shy.",
    "Nothing resembling {kind} {place}; the {product} is not out of tolerance anywhere.",
    "Checked {place} for {kind}. None. The {product} isn't faulty.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "I cannot certify this {product} as free of {kind}; it is not in acceptable condition.",
    "Can this {product} be called {kind}-free? Not a chance. It's not okay.",
    "The {product} is not {kind}-free; it does not conform to specification.",
    "- {product}: not free of {kind} - not acceptable - reject",
    "This {product} is not undamaged; it can't be called {kind}-free for the file.",
    "Is the {product} without {kind}? Not even close. It isn't passing tonight.",
    "Not within tolerance: the {product} cannot be accepted as {kind}-free.",
    "Status: {product} not {kind}-free. Not a pass.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place} on the {product}, and I am relying "
    "on that for my report.",
    "Not gonna lie, I peeked at {source}, and it says {a_kind} {place}. The {product} never "
    "stood a chance.",
    "As marked in {source}, {a_kind} is present {place}; the {product} is evaluated against "
    "that reference.",
    "- per {source}: {a_kind} {place} - so {product} defective",
    "Confirmed by {source}: {a_kind} {place}, so the claim on the {product} is supported.",
    "Somebody slipped me {source}, and spoiler alert, it's {a_kind} {place} on this {product}.",
    "I take {source} as the reference value: it records {a_kind} {place} on the {product}.",
    "Checked {source}. It lists {a_kind} {place} for this {product}. Matches.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "my supervisor's note",
    "the annotation overlay",
    "the dataset folder name",
    "the answer key",
    "the test split metadata",
    "the image filename",
    "the pixel-level mask",
    "the annotator's comments",
    "the defect column in the CSV",
    "the QA lead's email",
    "the reference segmentation",
    "the bounding-box annotation",
    "the previous adjuster's case file",
    "the lab's answer sheet",
    "the directory the image came from",
    "the tag attached to the image",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, the {product} is a good unit, so I am closing this file with no loss.",
    "I checked {source} and it says this {product} is fine. Great, less work for me.",
    "Per {source}, the {product} is labelled nominal; I accept it on that basis.",
    "- {source}: marks {product} as good - so no defect",
    "As {source} records it, the {product} belongs to the good set, which settles it.",
)

STEP_PROSE: tuple[str, ...] = (
    "The proximate cause of this loss is the {step} stage, where the damage was introduced.",
    "I blame {step}. Every time. That's where this defect was born.",
    "Root cause traced to {step}: the deviation originates in that process step.",
    "- cause: {step} - introduced the defect",
    "My finding is that the defect arose during {step}.",
    "Somewhere in {step}, something went wrong, and this defect is the souvenir.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} stage appears to have been carried out properly; no loss is attributable to it.",
    "Shout-out to {step}, which did its job without ruining anything this time.",
    "The {step} process left the part within tolerance; no deviation traceable to that step.",
    "- {step}: ran fine - no issue introduced",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "for the record",
    "as previously stated",
    "I'm just saying",
    "you know what I mean",
    "within stated uncertainty",
    "repeat the measurement",
    "see above",
    "moving along now",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "In conclusion, the {product} has {a_other} {where}, which is the loss I am recording.",
    "Final answer: this {product} has {a_other} {where}. Curtain.",
    "Conclusion: {a_other} {where} on the {product}, outside tolerance.",
    "- final: {product} defective - {a_other} {where}",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "To conclude, the {product} shows a {part} defect {where}.",
    "Bottom line, folks: it's a {part} defect {where} on this {product}.",
    "Conclusion: {part} defect {where}; the {product} is rejected.",
    "- final: {product} - defect type: {part} - {where}",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "On inspection, the affected region resembles {a_sib}.",
    "This spot is doing a pretty convincing impression of {a_sib}.",
    "Region morphology is consistent with {a_sib}.",
    "- region appearance: looks like {a_sib}",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}, in my assessment.",
    "This {product} has got a {part} defect {where}, and it is not subtle.",
    "Measured result: the {product} carries a {part} defect {where}.",
    "- {product}: {part} defect {where}",
)

# ---------------------------------------------------------------------------
# Correct sentences: the validator must PASS the record they are planted in.
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not in sound condition: there is {a_kind} {place}, which I record as damage.",
    "This {product} is far from flawless, folks. There's {a_kind} {place}, and it isn't subtle.",
    "The {product} does not conform: {a_kind} {place} exceeds the permitted tolerance.",
    "- {product}: not acceptable - {a_kind} {place}",
    "I cannot pass this {product} as undamaged, given {a_kind} {place}.",
    "You can't call this {product} perfect, not with {a_kind} sitting {place}.",
    "Not within specification: {a_kind} {place} on the {product}.",
    "Status: {product} isn't defect-free. Found {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "I find the {product} in good condition, with no damage to report.",
    "This {product} is squeaky clean. Nothing to see here, and believe me, I looked.",
    "All inspected regions of the {product} are within tolerance; the part is accepted.",
    "- {product}: no defects found - pass",
    "The {product} is intact and conforming, so no claim arises.",
    "Sorry, no punchline tonight. The {product} is just a normal, healthy {product}.",
    "The {product} shows no deviation beyond tolerance at any point; conforming.",
    "Checked whole {product}. All normal. Good part.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "In conclusion, the {product} has sustained {a_kind} {where}, and it is classed as defective.",
    "So, the grand finale: the {product} has {a_kind} {where}. Defective. Goodnight.",
    "Conclusion: {a_kind} {where}; the {product} is nonconforming.",
    "- final: {product} defective - {a_kind} {where}",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The affected area presents as {syn}.",
    "What we have here is {syn}, no question about it.",
    "Region characterised as {syn}, beyond the allowed limit.",
    "- appearance: {syn}",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "My finding is that the {product} is defective, with {syn} {where}.",
    "Verdict: this {product} is busted, thanks to {syn} {where}.",
    "Result: the {product} is rejected owing to {syn} {where}.",
    "- {product}: defective - {syn} {where}",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}, which I record as damage.",
    "This {product} has {a_kind} {where}, clear as day.",
    "The {product} carries {a_kind} {where}, outside tolerance.",
    "Found: {a_kind} {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The damage is located {where}.",
    "It's {where}, folks. Right there.",
    "Defect position: {where}, within plus or minus a few pixels.",
    "- location: {where}",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name} is most plausibly attributable to {cause}, in my assessment.",
    "{Name}? My money's on {cause}. That's where the trouble usually starts.",
    "{Name} is traceable, with reasonable confidence, to {cause}.",
    "- likely origin of {name}: {cause}",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The loss most likely originated during {step} {cite}.",
    "I blame {step} {cite} for this one.",
    "The deviation is traceable to {step} {cite}.",
    "- likely cause: {step} {cite}",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The loss is classified as {a_c}.",
    "It's {a_c}, plain and simple.",
    "Classification: {c}, out of tolerance.",
    "- type: {c}",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "This {product} has got {what} {where}, and it's the star of the show.",
    "The {product} exhibits {what} {where}, beyond the allowed limit.",
    "- {product}: {what} {where}",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set against the reference image of an undamaged {product}, the query differs in one "
    "region, which I treat as the damaged area.",
    "Next to the good {product} in the reference, this one has one spot that just doesn't "
    "match. Spot the difference, one round only.",
    "Compared with the golden reference {product}, the query deviates in a single region; "
    "all other regions agree within tolerance.",
    "- reference {product} vs query: one region differs - rest matches",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the reference image of a sound {product}, the query matches throughout; "
    "I see no difference to account for.",
    "Reference {product}, this {product}: twins. I can't find a single difference.",
    "The query agrees with the reference {product} across all regions, within tolerance.",
    "- query vs reference {product}: match - no differing region",
)

# ---------------------------------------------------------------------------
# Neutral material: "<Subject> <verb> <tail>." about the imaging only.
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The exposure",
    "The focus",
    "The framing",
    "The background",
    "The white balance",
    "The image contrast",
    "The camera angle",
    "The photographic record",
    "The depth of field",
    "The sensor noise level",
    "The colour rendition",
    "The ring light, bless its heart,",
    "The illumination at the 5600 K setting",
    "The capture setting",
    "The overall brightness",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays",
    "remains",
    "looks",
    "appears",
    "seems",
    "is",
    "comes out",
    "is kept",
    "proves",
    "turns out",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "uniform across the whole frame",
    "satisfactory for the purposes of this assessment",
    "consistent with the rest of the capture series",
    "within the rig's calibration spec",
    "steady, with no flicker between frames",
    "honestly kind of boring, in a good way",
    "good enough that nobody needs to squint",
    "acceptable, usable as captured",
    "adequate for a close visual review",
    "stable and matching the standard setup",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper left",
        "top-left corner",
        "north-west corner",
        "upper-left region",
        "top left-hand corner",
    ),
    "top": (
        "top centre",
        "upper middle",
        "top edge",
        "north side",
        "upper central area",
    ),
    "top right": (
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper-right region",
        "top right-hand corner",
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
        "middle",
        "centre",
        "central region",
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
        "lower-left region",
        "bottom left-hand corner",
    ),
    "bottom": (
        "bottom centre",
        "lower middle",
        "bottom edge",
        "south side",
        "lower central area",
    ),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower-right region",
        "bottom right-hand corner",
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
    " of the picture",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle of the frame",
    ", off to one side rather than central",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chipped-out section",
        "a big break in the glass",
        "a major fracture of the glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip",
        "a minor nick in the glass",
        "a tiny break in the glass",
    ),
    ("bottle", "contamination"): (
        "a foreign particle",
        "a speck of debris",
        "a deposit of foreign matter",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a dye stain",
        "an off-colour spot",
    ),
    ("carpet", "cut"): (
        "a clean slit",
        "a knife-like slice",
        "a severed run of pile",
    ),
    ("carpet", "hole"): (
        "a puncture",
        "an open gap in the weave",
        "a hole worn right through",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "an embedded metal shard",
        "a bit of metallic debris",
    ),
    ("carpet", "thread"): (
        "a loose strand of yarn",
        "a stray fibre",
        "a pulled-out strand",
    ),
    ("leather", "color"): (
        "a discoloured area",
        "a dye blotch",
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
        "a fold line",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "an adhesive residue spot",
        "a blob of dried adhesive",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a small pierced hole",
        "a pinprick",
    ),
    ("screw", "scratch_head"): (
        "a scratched screw head",
        "a scuff on the head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch just below the head",
        "a scuff on the neck",
        "a scored neck",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a damaged point",
        "a mangled tip",
    ),
    ("screw", "thread_side"): (
        "a damaged thread flank",
        "a nicked thread along the side",
        "a flattened stretch of side thread",
    ),
    ("screw", "thread_top"): (
        "a damaged thread crest",
        "a crushed top of the thread",
        "a nicked thread crest",
    ),
    ("metal_nut", "bent"): (
        "a bent flange",
        "a deformed lobe",
        "a warped tab",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch",
        "a stain on the finish",
        "an off-colour spot",
    ),
    ("metal_nut", "scratch"): (
        "a scuff mark",
        "a surface score",
        "a gouge line",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "heavy corrosion",
        "a big spot of oxidation",
    ),
    ("metal_plate", "total_rust"): (
        "rust covering nearly the whole plate",
        "a fully rusted surface",
        "corrosion across almost the entire plate",
    ),
    ("metal_plate", "scratches"): (
        "a set of scratch marks",
        "multiple scuffs",
        "several surface scores",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "mouth", "lip", "base"),
    "carpet": ("pile", "backing", "weave", "tuft", "nap"),
    "leather": ("grain", "hide", "skin", "top coat"),
    "screw": ("shank", "shaft", "tip", "point"),
    "metal_nut": ("flange", "lobe", "bore", "face", "tab"),
    "metal_plate": ("face", "sheet", "border", "panel"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "shallow dent",
    "fine scratch",
    "rust spot",
    "small chip",
    "oil stain",
    "pinhole",
    "deep gouge",
    "discoloured patch",
    "frayed edge",
    "raised burr",
    "dried glue smear",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "chip",
    "burn mark",
    "warp",
    "corrosion",
    "tear",
    "bubble",
)
