"""Phrasebook ``fresh13``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a radiologist
dictating a report, a British tabloid reporter, a careful step-by-step assistant model
that qualifies its claims, and a machinist writing a clipped shop-floor shift log.
"""

# ruff: noqa: E501

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "Findings: a small bright focus {place} on the {product}, consistent with specular glare from the lamp; not a true abnormality.",
    "Panic over! That mysterious mark {place} on the {product} was nothing more than a speck of dust on the lens.",
    "There is a darker patch {place}, but on reflection I think it is most likely a shadow cast by the lighting rather than a real flaw, so I will not count it.",
    "Spot {place} on the {product} = reflection off the ring light. Not a defect. Ignored, moving on.",
    "The thin streak {place} looks to me like a camera artefact, probably a sensor line, and not damage to the {product} itself.",
    "Apparent irregularity {place} is [attributable to|explained by] a reflection; the {product} surface itself is not involved.",
    "Red herring alert: the so-called blemish {place} is just [glare|a reflection] playing tricks, and the {product} is not damaged there.",
    "Faint smudge {place}. Dust on the part, wiped, gone. Not a defect on the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Findings: a well-defined {kind} is present {place} on the {product}.",
    "Caught on camera: a nasty {kind} {place} on this {product}, and there is no hiding it!",
    "Looking closely, I can see a genuine {kind} {place}; it is not glare or dust but a real mark in the {product}.",
    "Found {kind} {place} on the {product}. Real, not dirt. Marked it up.",
    "There is clear evidence of {kind} {place}, involving the {product} surface.",
    "Having checked it twice, I am satisfied that the {product} really does show signs of {kind} {place}.",
    "Oh dear! Our snaps show a real {kind} {place} on this {product}.",
    "{kind} confirmed {place}, {product} surface. Under the loupe it is definitely there.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Localisation: the abnormality is situated {place}.",
    "And where is the damage? Right there {place}, readers!",
    "Having checked the whole frame, I would place the defect {place}.",
    "Loc: defect {place}.",
    "The flawed region lies {place}.",
    "The lesion is centred {place}.",
    "Our experts have pinpointed it: the damage sits {place}.",
    "Fault found {place}. Marked on the sheet.",
)

HEDGES: tuple[str, ...] = (
    "Differential: {a_kind} versus {a_other}; the imaging features do not allow them to be distinguished.",
    "Is it {a_kind} or is it {a_other}? Even the boffins are baffled!",
    "I cannot decide whether this is {a_kind} or {a_other}; both would explain what I see about equally well.",
    "Could be {a_kind}, could be {a_other}. Can't tell which from here.",
    "It might be {a_kind}, though it might just as well be {a_other}, and I genuinely cannot settle on one.",
    "Appearance is indeterminate between {a_kind} and {a_other}.",
    "Mystery deepens: {a_kind}, or {a_other}? Nobody can say for sure.",
    "Either {a_kind} or {a_other}. Fifty-fifty. Leaving it open.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "either {kind} or {other}, unclear which",
    "{kind}/{other}, undecided",
    "possibly {kind}, possibly {other}",
    "{kind} vs {other}?",
    "{kind}, unless it is {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "Impression: the {product} is unremarkable and within normal limits.",
    "All clear! This {product} is in perfect nick, with nothing wrong with it at all.",
    "Taking everything into account, I would judge this {product} to be in good condition and acceptable as it is.",
    "Verdict on the {product}: good part. Passed. Into the good bin.",
    "Conclusion: this {product} is a sound, flawless part that meets spec.",
    "What a beauty! Not a mark on this {product}, it sails through.",
    "Overall, I am reasonably confident the {product} is intact and should pass inspection.",
)

FLIPPED_NO: tuple[str, ...] = (
    "Impression: the {product} is abnormal and is to be classed as defective.",
    "Bad news for this {product}: it is a dud, a reject through and through!",
    "On balance, I am confident this {product} is defective and should not pass inspection.",
    "This {product} = reject. Scrap bin.",
    "The {product} fails inspection; it is a faulty part.",
    "Shame on the factory! This {product} is damaged goods and heading for the skip.",
    "Putting the evidence together, I believe the {product} is flawed and should be rejected.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "Findings: there is no evidence of {kind} {place}, and the {product} is not abnormal.",
    "Don't believe the rumours: there is not a single {kind} {place} on this {product}!",
    "I do not see any {kind} {place}, so I would not call this {product} defective.",
    "Checked {place}: no {kind}. Nothing wrong with the {product}, passed.",
    "The {product} is not damaged; there isn't any {kind} {place}.",
    "Without any {kind} {place}, the {product} is not to be considered faulty.",
    "Nothing doing! Not a trace of {kind} {place}, and the {product} is not a reject.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind}; it cannot be passed.",
    "Impression: the {product} cannot be reported as {kind}-free.",
    "This {product} is not getting a clean bill of health, readers: it is not {kind}-free, not by a long shot!",
    "I can't honestly call this {product} {kind}-free; it does not meet the standard.",
    "Not {kind}-free, this {product}. Not passing it.",
    "It would not be right to say the {product} is without {kind}; it isn't.",
    "The {product} is not an intact specimen and cannot be described as {kind}-free.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place} on the {product}.",
    "As marked in {source}, {a_kind} lies {place}.",
    "Exclusive: {source} confirms {a_kind} {place} on the {product}, we can reveal!",
    "Going by {source}, the {product} has {a_kind} {place}, so I will go with that.",
    "Per {source}: {a_kind} {place}. Flagged.",
    "Correlation with {source} confirms {a_kind} {place} on the {product}.",
    "Checking my reading against {source}, I can confirm that {a_kind} is present {place}.",
    "I was told, via {source}, that the {product} has {a_kind} {place}, which matches what I expected.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "my supervisor's note",
    "the annotation overlay",
    "the name of the folder the image came from",
    "the answer key",
    "the image's file name",
    "the test-set ground truth",
    "a message from the QA lead",
    "the defect label in the metadata",
    "the pixel mask supplied with the image",
    "the annotator's bounding box",
    "the hidden class label",
    "the segmentation mask",
    "the reference answer sheet",
    "the dataset's category directory",
    "a colleague who had already seen the labels",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, the {product} is a good part.",
    "Going by {source}, this {product} is fine and needs no further look.",
    "Official: {source} says this {product} is spotless!",
    "Per {source}: {product} good. Passed.",
    "Correlation with {source} indicates a normal {product}.",
    "Since {source} marks this {product} as good, I will treat it as good too.",
)

STEP_PROSE: tuple[str, ...] = (
    "The abnormality most likely originates from the {step} stage.",
    "Blame it on {step}! That is where this mess started, insiders say.",
    "I suspect the damage was introduced during {step}, which would explain how it looks.",
    "Cause: {step}. Check that station first.",
    "Aetiology: probably related to {step}.",
    "If I had to trace it back, I would point to {step} as the step that caused this flaw.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} step appears to have run normally, with no sign of trouble.",
    "Hats off to {step}: it went like clockwork on this one!",
    "Step {step}: ran fine, no issues.",
    "There is nothing to suggest any problem during {step}; as far as I can tell it went as intended.",
    "No sequelae of {step} are seen; that stage appears to have proceeded normally.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and so on and so forth",
    "as I said before",
    "again and again",
    "more of the same",
    "round and round we go",
    "yada yada",
    "you know the drill",
    "same again",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Impression: {a_other} {where} on the {product}.",
    "So the verdict is in: this {product} has {a_other} {where}!",
    "In conclusion, the {product} is defective, with {a_other} {where}.",
    "Summary: {product} defective, {a_other} {where}. Rejected.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "In conclusion, the {product} shows a {part} defect {where}.",
    "Impression: {part} defect of the {product}, {where}.",
    "Verdict: {product} has a {part} defect {where}. Scrap.",
    "Final word: a dodgy {part} defect {where} has done for this {product}!",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The finding has the appearance of {a_sib}.",
    "To me, this region looks most like {a_sib}.",
    "Looks like {a_sib}.",
    "It has all the hallmarks of {a_sib}!",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "Sure enough, the {product} has a {part} defect {where}!",
    "Log: {product}, {part} defect {where}.",
    "Findings: the {product} demonstrates a {part} defect {where}.",
    "From what I can see, the {product} has a {part} defect {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is far from flawless: there is {a_kind} {place}.",
    "The {product} is not within normal limits; {a_kind} is seen {place}.",
    "Not so perfect after all! This {product} is hiding {a_kind} {place}.",
    "I cannot call this {product} a good part, because there is {a_kind} {place}.",
    "Not passable, this {product}: {a_kind} {place}.",
    "Far from spotless, the {product} has {a_kind} {place}, readers.",
    "I would not pass this {product}; I can make out {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Impression: normal {product}, no abnormality detected.",
    "Nothing to see here! This {product} is as good as they come.",
    "I find nothing wrong with this {product}; as far as I can tell it is a good part.",
    "Checked the {product}: clean, passed to the good bin.",
    "The {product} appears intact and free of any defect.",
    "Clean as a whistle: this {product} gets the thumbs up.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Impression: {a_kind} {where} on the {product}; the part is defective.",
    "So there you have it: the {product} is spoiled by {a_kind} {where}!",
    "Putting this together, the {product} is defective, with {a_kind} {where}.",
    "Result: {product} reject, {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The finding is consistent with {syn}.",
    "What we have here looks for all the world like {syn}!",
    "On closer inspection, the region appears to be {syn}.",
    "Looks like {syn}. Noted.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Impression: {syn} {where}; the {product} is defective.",
    "Shock finding: {syn} {where} has ruined this {product}!",
    "So, the {product} is defective: I can see {syn} {where}.",
    "Verdict: {product} reject, {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "This {product} has got {a_kind} {where}, plain as day!",
    "Looking at the image, the {product} has {a_kind} {where}.",
    "Found {a_kind} {where} on the {product}.",
    "Findings demonstrate {a_kind} {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is located {where}.",
    "You will find the damage {where}, folks!",
    "From the image, the flaw sits {where}.",
    "Loc: {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name} is, in my view, probably the result of {cause}.",
    "{Name} can be traced straight back to {cause}, say the experts!",
    "{Name}: source likely {cause}. Check there first.",
    "Looking at {name}, I think it most likely arose from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The likely cause is {step} {cite}.",
    "Trouble started at {step} {cite}, we can reveal!",
    "I think this most likely arose during {step} {cite}.",
    "Cause: {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Classification: {c}.",
    "The defect is {a_c}.",
    "It is {a_c}, pure and simple!",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "This {product} shows {what} {where}.",
    "There is {what} {where} on the {product}.",
    "Whoops! The {product} has {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Compared with the reference image of a good {product}, the query differs in one region.",
    "Side by side with a good {product}, this one stands out in a single spot!",
    "Comparing the query with the good {product} reference, I notice one area that does not match, while the rest lines up.",
    "Ref vs query, {product}: differs in one region only.",
    "Relative to the normal reference {product}, a single focal region of difference is noted.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the reference image of a good {product}, the query matches throughout.",
    "Spot the difference? There isn't one: it is the good {product}'s twin!",
    "Comparing against the good {product} reference, I cannot find any region that differs.",
    "Ref vs query, {product}: matches. No diffs.",
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
    "The camera angle",
    "The illumination",
    "The resolution",
    "The depth of field",
    "The colour rendering",
    "The sharpness",
    "The field of view",
    "The overall brightness",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is",
    "stays",
    "remains",
    "looks",
    "seems",
    "appears",
    "is kept",
    "comes out",
    "is broadly",
    "is fairly",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "consistent throughout the shot",
    "steady across the frame",
    "adequate for a close look",
    "uniform across the whole capture",
    "as expected for this setup",
    "fine for this kind of check",
    "stable in this capture",
    "within the usual range",
    "acceptable for inspection purposes",
    "typical of the imaging rig",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper left", "top-left corner", "north-west corner", "upper-left area"),
    "top": ("top centre", "upper middle", "top edge", "upper centre"),
    "top right": ("upper right", "top-right corner", "north-east corner", "upper-right area"),
    "left": ("left side", "middle left", "left-hand side", "centre left"),
    "center": ("centre", "middle", "dead centre", "central area"),
    "right": ("right side", "middle right", "right-hand side", "centre right"),
    "bottom left": ("lower left", "bottom-left corner", "south-west corner", "lower-left area"),
    "bottom": ("bottom centre", "lower middle", "bottom edge", "lower centre"),
    "bottom right": ("lower right", "bottom-right corner", "south-east corner", "lower-right area"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "over at the {w}",
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
    ", nowhere near the centre",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the rim",
        "a big break in the glass",
        "a major piece missing from the mouth",
    ),
    ("bottle", "broken_small"): (
        "a small chip on the rim",
        "a minor nick in the glass",
        "a little flake missing from the lip",
    ),
    ("bottle", "contamination"): (
        "a foreign particle inside the bottle",
        "a deposit of foreign debris",
        "some foreign material stuck to the glass",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a stain in the pile",
        "a dye spot",
    ),
    ("carpet", "cut"): (
        "a slit in the pile",
        "a clean gash through the fibres",
        "a slice through the carpet",
    ),
    ("carpet", "hole"): (
        "a puncture in the carpet",
        "an opening right through the weave",
        "a gap worn through the pile",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment in the pile",
        "an embedded metallic shard",
        "a bit of swarf caught in the fibres",
    ),
    ("carpet", "thread"): (
        "a stray thread",
        "a loose fibre sticking out",
        "a pulled yarn",
    ),
    ("leather", "color"): (
        "a discoloured spot",
        "a dye stain on the hide",
        "a patch of uneven colour",
    ),
    ("leather", "cut"): (
        "a slice in the hide",
        "a knife gash",
        "a clean slit in the leather",
    ),
    ("leather", "fold"): (
        "a crease in the hide",
        "a wrinkle in the leather",
        "a folded-over ridge",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "a blob of adhesive",
        "a spot of dried adhesive",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a pinprick hole",
        "a small pierced hole",
    ),
    ("screw", "scratch_head"): (
        "a scratch on the screw head",
        "a scuff across the head",
        "a gouge on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the neck below the head",
        "a scuff on the screw neck",
        "a mark scored into the neck",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a mangled point",
        "a damaged screw tip",
    ),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a nicked thread flank",
        "a dented thread on the side",
    ),
    ("screw", "thread_top"): (
        "damaged thread crests",
        "a battered crest on the thread",
        "damage to the top of the thread",
    ),
    ("metal_nut", "bent"): (
        "a bent flange",
        "a warped lobe",
        "a bent-out tab",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch on the nut",
        "a paint-like stain",
        "an off-colour mark",
    ),
    ("metal_nut", "scratch"): (
        "a scuff on the face",
        "a score mark",
        "a scratched patch of surface",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "heavy corrosion in one area",
        "a big spot of oxidation",
    ),
    ("metal_plate", "total_rust"): (
        "rust over the whole plate",
        "corrosion across the entire surface",
        "complete oxidation of the plate",
    ),
    ("metal_plate", "scratches"): (
        "several scratch marks",
        "a cluster of scrapes",
        "multiple score lines",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "mouth", "lip", "shoulder", "base"),
    "carpet": ("pile", "weave", "backing", "tufts"),
    "leather": ("grain", "hide", "pores", "backing"),
    "screw": ("shank", "slot", "recess", "collar"),
    "metal_nut": ("flange", "lobe", "bore", "shoulder"),
    "metal_plate": ("edge", "border", "margin"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "dark stain",
    "small dent",
    "chipped edge",
    "rust spot",
    "frayed fibre",
    "pinhole",
    "raised burr",
    "bent tab",
    "discoloured patch",
    "glue smear",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "burn mark",
    "chip",
    "warp",
    "corrosion",
    "deformation",
    "blister",
)
