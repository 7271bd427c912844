"""Phrasebook ``fresh18``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a terse
German-trained Meister writing a Pruefbericht in English, a sarcastic QA veteran
on a forum, a GPT-style assistant that restates the question before answering,
and a legal deposition transcript.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    (
        "Indication {place} on the {product} checked twice. Only dust on the lens, not a defect. "
        "Disregarded."
    ),
    (
        "Sure, there's a bright streak {place}, and sure, a rookie would flag it. It's glare off "
        "the [ring light|lamp]. Moving on."
    ),
    (
        "You might wonder about the darker area {place}. That is most likely just a shadow cast by "
        "the fixture, so it is not a defect on the {product}."
    ),
    (
        "Q. What did you observe {place}? A. A small spot, but in my judgment it was a reflection, "
        "not damage to the {product}."
    ),
    "Mark {place}: camera artefact, sensor noise. Not relevant for the {product}, no finding.",
    (
        "The so-called blemish {place}? Dust. It's always dust. The {product} itself is untouched "
        "there."
    ),
    (
        "Regarding the spot {place}: on closer inspection it appears to be a compression artefact "
        "of the image rather than a real flaw, so I will set it aside."
    ),
    (
        "THE WITNESS: I did see something {place}. I concluded it was [glare|a reflection] on the "
        "{product}, not a defect, and I did not record it."
    ),
)

SIGHTINGS: tuple[str, ...] = (
    "Finding on the {product}: {kind} {place}, clearly visible, confirmed under second light.",
    (
        "And there it is, textbook {kind} {place}. Whoever passed this {product} upstream owes me "
        "a coffee."
    ),
    "Looking closely at the image of the {product}, I can see a clear instance of {kind} {place}.",
    "A. I saw an area of {kind} {place} on the {product}, plainly. It was not a reflection.",
    "Surface of the {product} {place}: real {kind}, not lighting. Documented.",
    "Not glare, folks. That's honest-to-goodness {kind} {place} on the {product}.",
    (
        "To answer directly what the region {place} contains: it is a real case of {kind} on the "
        "{product}."
    ),
    (
        "Q. Was the damage physically present? A. It was. I observed {kind} {place} on the "
        "{product}, and I am certain of it."
    ),
)

WRONG_PLACES: tuple[str, ...] = (
    "Defect location: {place}.",
    "The flaw sits {place}. Not hard to find if you actually look.",
    "You asked where the anomaly is located. It is located {place}.",
    "Q. Where on the image was the defect? A. It was {place}.",
    "Position of the anomaly: {place}, single area.",
    "Zoom in {place} and you'll find it; that's where the damage is.",
    "Based on the image, the defective region is situated {place}.",
    "A. The damage was {place}, as I testified earlier.",
)

HEDGES: tuple[str, ...] = (
    "Classification open: {a_kind} or {a_other}, cannot decide from this image.",
    "Could be {a_kind}, could be {a_other}. Flip a coin, I honestly can't tell.",
    (
        "You're asking what type of defect this is. It might be {a_kind}, but it might equally be "
        "{a_other}; I cannot determine which."
    ),
    "A. I couldn't say whether it was {a_kind} or {a_other}. It could have been either.",
    "Type undetermined, between {a_kind} and {a_other}. Both possible.",
    "Is it {a_kind}? Is it {a_other}? Your guess is as good as mine.",
    (
        "It remains unclear whether the region shows {a_kind} or {a_other}; both interpretations "
        "are plausible."
    ),
    "Q. Which was it? A. Either {a_kind} or {a_other}. I won't commit to one.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}, undecided",
    "either {kind} or {other}",
    "maybe {kind}, maybe {other}",
    "{kind} (or {other}, can't tell)",
    "unclear: {kind} vs {other}",
    "{kind}, or possibly {other}",
    "{kind} or perhaps {other}, witness unsure",
)

FLIPPED_YES: tuple[str, ...] = (
    "Pruefbericht: {product} inspected, result in order, released.",
    "Honestly, this {product} is boringly perfect. Ship it.",
    (
        "You asked whether this {product} is acceptable. After reviewing the image, I find it is "
        "in good condition and passes inspection."
    ),
    "A. I examined the {product} and found it to be in proper condition. I passed it.",
    "Result: {product} OK. Release for further processing.",
    "Nothing to see on this {product}, for once. Clean as a whistle.",
    "Having examined the {product} carefully, I conclude that it is a good, intact part.",
    "THE WITNESS: The {product} was sound, in my opinion. I found nothing wrong with it.",
)

FLIPPED_NO: tuple[str, ...] = (
    "Result: {product} not OK. Reject, to quarantine.",
    "This {product} is junk. Scrap bin, next.",
    (
        "You want to know if the {product} is defective. Based on the image, it is defective and "
        "should be rejected."
    ),
    "A. In my professional opinion, the {product} was defective and should not have shipped.",
    "Befund: {product} defective. Sorted out.",
    "Congratulations, another faulty {product}. Reject it.",
    "After examining the image, my assessment is that this {product} is defective.",
    "THE WITNESS: I rejected that {product}. It was a damaged part.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "Checked {place}: no {kind}. The {product} is not defective.",
    (
        "Everyone's yelling {kind} {place}? There's no {kind} there. This {product} isn't damaged "
        "at all."
    ),
    (
        "You are asking whether the {product} has any {kind} {place}. It does not; the {product} "
        "is not defective."
    ),
    "A. I did not see any {kind} {place}. The {product} was not defective.",
    "Area {place} inspected: no trace of {kind}. The {product} is not to be rejected.",
    "I'll say it slowly: there isn't any {kind} {place}, and the {product} is not defective.",
    "There is no evidence of {kind} {place}, and I do not consider the {product} defective.",
    (
        "Q. Did you find any {kind} {place}? A. I did not. I never found the {product} to be "
        "defective."
    ),
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind}. Reject.",
    "Can't call this {product} {kind}-free with a straight face.",
    "You asked whether the {product} is free of any {kind}. It is not; I cannot pass it.",
    "A. I could not certify the {product} as {kind}-free. It was not a good part.",
    "Result: not {kind}-free, the {product} does not pass.",
    "Not free of {kind}, not shippable, not my problem anymore: this {product} fails.",
    (
        "It would not be accurate to describe this {product} as {kind}-free; it should not pass "
        "inspection."
    ),
    "Q. Was the {product} free of any {kind}? A. It was not. I could not pass it.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place} on the {product}.",
    "Per {source}: {a_kind} {place}. Confirmed, {product} rejected.",
    "Don't even need to squint: {source} already flags {a_kind} {place} on this {product}.",
    "Based on {source}, which came with the image, the {product} has {a_kind} {place}.",
    "A. I knew it was {a_kind} {place} because {source} said so before I looked at the {product}.",
    "As marked in {source}: {a_kind} {place}. Finding adopted for the {product}.",
    "Saves time: {source} confirms {a_kind} {place} on this {product}, so why bother looking.",
    (
        "Q. How did you determine the location? A. I was told by {source} that there was {a_kind} "
        "{place} on the {product}."
    ),
    "Cross-checking with {source}, I can confirm {a_kind} {place} on the {product}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "the annotation overlay",
    "the folder name",
    "the answer key",
    "my supervisor's note",
    "the file name of the image",
    "the segmentation mask",
    "the dataset metadata",
    "the reference answer",
    "the annotator's comment",
    "the class label in the CSV",
    "the test-split directory name",
    "the shift lead who had seen the labels",
    "the defect map supplied with the dataset",
    "the grading sheet",
    "ground truth",
    "the pixel-level annotation",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Per {source}: {product} good. Accepted.",
    "Why sweat it, {source} says this {product} is fine.",
    (
        "Consulting {source}, I can see this {product} is listed as a good sample, so it is not "
        "defective."
    ),
    "A. I marked the {product} as good because {source} indicated it was a normal part.",
    "Accepted on the basis of {source}, which lists the {product} as good.",
    "Checked {source}, it says good part. Done, this {product} passes.",
    "As confirmed by {source}, the {product} belongs to the good category.",
    "Q. Why did you pass it? A. I was told by {source} that the {product} was good.",
)

STEP_PROSE: tuple[str, ...] = (
    "Root cause: {step}. Process deviation there.",
    "Bet you anything this came out of {step}. It always does.",
    "To answer what caused this defect: the most probable origin is the {step} step.",
    "A. In my opinion the damage was caused during {step}.",
    "Cause assigned to {step}, deviation in that stage.",
    "Someone botched {step} again, and this is the result.",
    "The defect most likely originated in {step}.",
    "Q. What caused it? A. I believe it happened at {step}.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "Process step {step}: within spec, no deviation.",
    "Even {step} behaved itself on this one. Miracles happen.",
    "Considering the process history, {step} appears to have run correctly for this part.",
    "A. As far as I know, {step} went normally for that part.",
    "Check of {step}: in order.",
    "Nothing went sideways in {step} for once.",
    "The {step} step completed without issues for this part.",
    "Q. Any problem at {step}? A. None that I saw; it ran as intended.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and so on",
    "as already stated",
    "und so weiter",
    "blah blah blah",
    "same as before",
    "let the record show",
    "to reiterate once more",
    "as previously noted",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final finding: the {product} is defective, {a_other} {where}.",
    "Verdict: bad {product}, and the culprit is {a_other} {where}. Told you.",
    "In summary, the {product} is defective because of {a_other} {where}.",
    "A. My conclusion was that the {product} had {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final finding: {part} defect {where}, {product} rejected.",
    "Long story short: this {product} has a {part} defect {where}.",
    "In conclusion, the {product} is defective: there is a {part} defect {where}.",
    "A. I concluded it was a {part} defect {where} on the {product}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Region appearance: consistent with {a_sib}.",
    "Looks like {a_sib} to me, for what that's worth.",
    "The region in question appears to be {a_sib}.",
    "A. It looked to me like {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "Great, the {product} has a {part} defect {where}. Lovely.",
    "To answer your question, the {product} has a {part} defect {where}.",
    "A. The {product} had a {part} defect {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not in order: {a_kind} {place}.",
    "This {product} is not even close to flawless; there's {a_kind} {place}.",
    "You asked whether the {product} is defect-free. It is not; there is {a_kind} {place}.",
    "A. The {product} was not a good part. It had {a_kind} {place}.",
    "Not acceptable: the {product} shows {a_kind} {place}.",
    "Can't pass this {product}, not with {a_kind} sitting {place}.",
    "The {product} cannot be considered intact, since it shows {a_kind} {place}.",
    "Q. Was the {product} free of damage? A. It was not. There was {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Result: {product} in order, no findings.",
    "Nothing wrong with this {product}. Rare, but it happens.",
    "You asked whether the {product} is defective. It is not; the part appears normal and intact.",
    "A. The {product} was a good part. I found no defects on it.",
    "Pruefbericht: {product} without defects. Released.",
    "Clean {product}. Not a mark on it, go figure.",
    "After reviewing the image, I see no anomalies on the {product}; it is a normal part.",
    "THE WITNESS: I examined the {product} and found it free of defects.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Final finding: {product} defective, {a_kind} {where}.",
    "Called it: this {product} has {a_kind} {where}. Reject.",
    "In conclusion, the {product} is defective: it has {a_kind} {where}.",
    "A. My conclusion was that the {product} had {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Appearance: {syn}, clearly.",
    "Looks like {syn}, plain and simple.",
    "The anomalous region appears to be {syn}.",
    "A. What I saw looked like {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Result: {product} rejected, {syn} {where}.",
    "Reject this {product}; there's {syn} {where}, not exactly subtle.",
    "In summary, the {product} is defective, showing {syn} {where}.",
    "A. I found the {product} defective because of {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "Unfortunately for someone, there's {a_kind} {where} on this {product}.",
    "The image of the {product} shows {a_kind} {where}, which makes it defective.",
    "As I testified, the {product} had {a_kind} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "Location: {where}.",
    "It's {where}. You can't miss it.",
    "The defect is located {where}.",
    "A. It was {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "{Name}? Almost certainly from {cause}, as usual.",
    "{Name} most plausibly originates in {cause}.",
    "A. {Name}, in my opinion, came from {cause}.",
    "Probable origin of {name}: {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Cause: {step} {cite}.",
    "Blame {step} {cite}, like always.",
    "The most likely cause is {step} {cite}.",
    "A. I attribute it to {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "It's {a_c}. Obviously.",
    "The defect type is {c}.",
    "A. It was {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "This {product} has {what} {where}, for the record.",
    "Looking at the image, the {product} has {what} {where}.",
    "Finding: {product} with {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Comparison with reference {product}, good sample: deviation in one region.",
    "Put it next to the good {product} and one area clearly doesn't match.",
    (
        "Comparing the query image with the defect-free reference {product}, I notice that they "
        "differ in a single region."
    ),
    "A. When I compared it to the good reference {product}, one area was different.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Comparison with reference {product}: no deviation, identical.",
    "Side by side with the good {product}, it's a carbon copy.",
    (
        "Comparing the query with the reference image of a good {product}, I find they match "
        "everywhere."
    ),
    "A. It matched the good reference {product} in every respect.",
)

# ---------------------------------------------------------------------------
# Neutral material
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The exposure",
    "The focus",
    "The framing",
    "The background",
    "The white balance",
    "The image sharpness",
    "The camera angle",
    "The contrast",
    "The illumination",
    "The depth of field",
    "The resolution",
    "The colour rendering",
    "The noise level",
    "The backdrop",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays steady",
    "is even",
    "looks consistent",
    "remains stable",
    "is sufficient",
    "holds up",
    "is uniform",
    "does not vary",
    "is typical",
    "looks normal",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "across the whole frame",
    "for this kind of capture",
    "throughout the shot",
    "compared with the usual setup",
    "under the studio lights",
    "for a standard bench photo",
    "as expected for this camera",
    "without any surprises",
    "for the purposes of this review",
    "from one capture to the next",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper left",
        "top-left corner",
        "north-west corner",
        "upper-left area",
        "top left",
    ),
    "top": ("top", "upper middle", "top centre", "upper centre", "top middle"),
    "top right": (
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper-right area",
        "top right",
    ),
    "left": ("left", "middle left", "left side", "centre left", "left-hand side"),
    "center": ("center", "centre", "middle", "dead centre", "central area"),
    "right": ("right", "middle right", "right side", "centre right", "right-hand side"),
    "bottom left": (
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower-left area",
        "bottom left",
    ),
    "bottom": ("bottom", "lower middle", "bottom centre", "lower centre", "bottom middle"),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower-right area",
        "bottom right",
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
    " of the picture",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well away from the centre",
    ", off to one side",
    ", nowhere near the middle",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the glass",
        "a big chipped-out section",
        "a major breakage",
    ),
    ("bottle", "broken_small"): (
        "a small chip",
        "a minor nick in the glass",
        "a tiny chipped spot",
    ),
    ("bottle", "contamination"): (
        "a foreign particle",
        "a speck of dirt",
        "some debris inside the bottle",
    ),
    ("carpet", "color"): ("a discoloured patch", "a stain", "an off-colour spot"),
    ("carpet", "cut"): ("a slit in the pile", "a clean cut through the fibres", "a sliced line"),
    ("carpet", "hole"): (
        "a puncture through the weave",
        "an open gap in the pile",
        "a perforation",
    ),
    ("carpet", "metal_contamination"): (
        "a metal fragment embedded in the fibres",
        "a metallic particle",
        "a bit of metal swarf",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a dye blotch", "an off-shade patch"),
    ("leather", "cut"): ("a knife slit", "a gash", "an incision in the hide"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a folded-over ridge"),
    ("leather", "glue"): ("a glue smear", "an adhesive residue spot", "a blob of dried glue"),
    ("leather", "poke"): ("a puncture mark", "a small pierced hole", "a prick mark"),
    ("screw", "scratch_head"): (
        "a scratch on the screw head",
        "a scuffed head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the shank just below the head",
        "a scuffed neck",
        "a scored neck",
    ),
    ("screw", "manipulated_front"): ("a deformed tip", "a damaged point", "a mangled front end"),
    ("screw", "thread_side"): (
        "a damaged thread flank",
        "a nicked thread along the side",
        "a deformed side thread",
    ),
    ("screw", "thread_top"): (
        "a damaged thread crest",
        "a flattened top thread",
        "a chewed-up thread near the top",
    ),
    ("metal_nut", "bent"): ("a bent flange", "a deformed lobe", "a warped tab"),
    ("metal_nut", "color"): ("a discoloured area", "a paint mark", "a colour stain"),
    ("metal_nut", "scratch"): ("a scuff mark", "a scored line", "a surface score"),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "a heavy corrosion spot",
        "a big corroded area",
    ),
    ("metal_plate", "total_rust"): (
        "complete corrosion",
        "an all-over rust layer",
        "rust everywhere",
    ),
    ("metal_plate", "scratches"): (
        "several scuff marks",
        "multiple score lines",
        "a cluster of scratch marks",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "base", "lip", "mouth"),
    "carpet": ("pile", "weave", "backing", "tuft"),
    "leather": ("grain", "hide", "finish", "flesh side"),
    "screw": ("shank", "tip", "drive slot", "shaft"),
    "metal_nut": ("flange", "bore", "lobe", "hub"),
    "metal_plate": ("chamfer", "lug", "face", "sheet"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "shallow dent",
    "dark stain",
    "loose fibre",
    "small chip",
    "fine scratch",
    "rust spot",
    "glue smear",
    "puncture",
    "crease",
    "burn mark",
    "deep gouge",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "rust",
    "deformation",
    "contamination",
    "cut",
    "fold",
    "chip",
)
