"""The ``fresh5`` phrasebook: sentences planted by the calibration suite, written blind.

It was worded after the other books without reading them and is for one measurement only:
the planted errors and the correct paraphrases say the same things as the other books'
tables, in words of its own.
"""

from __future__ import annotations

# ------------------------------------------------------------------ planted errors

DISMISSALS: tuple[str, ...] = (
    "There is a darker patch {place}, but it is only a shadow thrown by the fixture and "
    "not damage to the {product}.",
    "Something catches the eye {place}; on reflection it is [just glare|merely a specular "
    "highlight] and the {product} itself is unharmed.",
    "What looks irregular {place} falls within the ordinary variation of the {product}'s "
    "surface, so I [discount|disregard] it.",
    "I wondered about the mark {place}, but it is [dust on the lens|a speck on the camera "
    "window], not a fault in the {product}.",
    "The {product} might seem marked {place}; in fact that is its natural texture and "
    "nothing to worry about.",
    "Is the spot {place} a real defect? Hardly - it is an imaging artefact, and the "
    "{product} is fine there.",
    "(Apparent blemish {place}: a compression artefact, not counted against the {product}.)",
)
"""a middle step explaining the true defect at its place away as harmless"""

SIGHTINGS: tuple[str, ...] = (
    "There is {kind} {place}, which [looks like|reads as] genuine damage to the {product}.",
    "Looking closely, I [notice|can make out] {kind} on the {product}, {place}.",
    "On inspection the {product} shows {kind} {place}.",
    "The {product} carries {kind} {place}; it is small but [clearly there|unmistakable].",
    "Obs.: {kind} spotted on the {product}, {place}.",
)
"""a defect described on a normal part before it is answered No"""

WRONG_PLACES: tuple[str, ...] = (
    "The anomaly is located {place}.",
    "Localising it, the affected area lies {place}.",
    "Position of the defect: {place}.",
    "On the 3x3 grid, the flaw sits {place}.",
    "I would place the defect {place}, where the surface is visibly disrupted.",
)
"""a localisation sentence (wrong with another cell, correct with the true one)"""

HEDGES: tuple[str, ...] = (
    "It could be {a_kind}, though {a_other} cannot be ruled out.",
    "I am torn between {a_kind} and {a_other} here.",
    "Whether this is {a_kind} or {a_other} is hard to say from a single image.",
    "Possibly {a_kind}; possibly {a_other} - the evidence fits both.",
    "The defect reads as either {a_kind} or, just as plausibly, {a_other}.",
)
"""hedging in prose between the true type and an unrelated one"""

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "{kind} (possibly {other})",
    "either {kind} or {other}",
    "{kind}, perhaps {other}",
)
"""a type tag hedging between the true type and an unrelated one"""

FLIPPED_YES: tuple[str, ...] = (
    "All things considered, the {product} is in good condition and should pass.",
    "The {product} looks sound, and I see nothing that would justify rejecting it.",
    "Overall verdict: an acceptable {product}, free of defects.",
    "I would class this {product} as a normal, [conforming|in-spec] sample.",
    "On the whole the {product} meets the standard, so it can be [released|shipped] as good.",
)
"""prose calling a defective part good, with no leading Yes/No"""

FLIPPED_NO: tuple[str, ...] = (
    "This {product} is defective and has to be rejected.",
    "The {product} fails inspection because of a flaw on its surface.",
    "Verdict: anomalous {product}, [pull it from the line|flag it for removal].",
    "I would mark the {product} as damaged; it falls short of the standard.",
    "There is a genuine fault on this {product}, so it should be [scrapped|set aside].",
)
"""prose calling a normal part defective, with no leading Yes/No"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}, and the {product} is not defective.",
    "I do not see any {kind} {place}; the {product} is not anomalous.",
    "Not a trace of {kind} {place}, so I would not reject the {product}.",
    "The {product} isn't damaged: nothing resembling {kind} shows up {place}.",
    "With no {kind} {place} or anywhere else, the {product} cannot be called faulty.",
)
"""a negated verdict saying a defective part is sound"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not {kind}-free.",
    "This {product} is not without a {kind}, and it does not pass.",
    "I cannot call the {product} free of every {kind}, so it is not acceptable.",
    "The {product} is far from flawless and does not meet the standard.",
    "The {product} cannot be passed, as it is not in {kind}-free condition.",
    "Sadly this {product} isn't intact - there's a {kind} I can't overlook.",
)
"""a negated verdict saying a normal part is defective"""

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not defect-free: there is {a_kind} {place}.",
    "Far from flawless, this {product} has {a_kind} {place}.",
    "I would not pass the {product}; {a_kind} is visible {place}.",
    "This {product} can't be called intact, given {a_kind} {place}.",
    "Not acceptable - the {product} carries {a_kind} {place}.",
)
"""a correct Yes said with negation"""

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection.",
    "There is nothing here to reject the {product} for.",
    "The {product} is within specification and can ship as good.",
    "Good part: this {product} conforms to the standard.",
    "I'd accept the {product} as it stands, a normal sample.",
)
"""a correct No said in other words"""

LEAKS: tuple[str, ...] = (
    "According to {source}, the {product} has {a_kind} {place}.",
    "This matches {source}, which marks {a_kind} {place}.",
    "I checked against {source}: it flags {a_kind} on the {product}, {place}.",
    "Going by {source}, {a_kind} sits {place}, so the {product} is defective.",
    "As {source} confirms, there is {a_kind} {place}.",
    "The location agrees with {source}, which puts {a_kind} {place}.",
    "(Consistent with {source}, which shows {a_kind} on the {product}, {place}.)",
)
"""a defective part's reasoning citing supervision the inspector could not see"""

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the annotation file",
    "the provided defect label",
    "the bounding box that came with the image",
    "the segmentation map",
    "the dataset's label for this image",
    "the file name",
    "the folder this image was stored in",
    "the mask overlay",
    "the answer key",
    "the hint in the prompt",
    "the reviewer's note",
    "the pixel-level annotation",
    "the image metadata",
    "the test-split label",
    "the labelled crop I was given",
    "the supplied anomaly heatmap",
)
"""supervision an inspector of the image alone cannot see"""

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is a good sample.",
    "That fits {source}, which lists the {product} as normal.",
    "I confirmed with {source} that the {product} carries no defect.",
    "Going by {source}, there is nothing wrong with this {product}.",
)
"""a normal part's reasoning citing supervision the inspector could not see"""

STEP_PROSE: tuple[str, ...] = (
    "This kind of damage most likely arose during {step}.",
    "I would trace the defect back to {step}.",
    "A fault at the {step} stage is the probable origin.",
    "It looks as though something went wrong in {step}.",
    "Probable root cause: {step}.",
)
"""a defect blamed in prose on a step that is not its cause"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The even finish suggests {step} went as intended.",
    "There is no sign of trouble from {step}.",
    "Evidently {step} was carried out correctly on this part.",
)
"""a process step named in the prose of a normal part"""

FILLER_CHUNKS: tuple[str, ...] = (
    "nothing else stands out",
    "the texture stays consistent",
    "the colour is uniform throughout",
    "the outline matches the usual shape",
    "going over every region",
    "it all seems in order",
)
"""clauses repeated into n-gram filler"""

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the glare level",
    "the lens distortion",
    "the shutter timing",
    "the sensor gain",
    "the backlight",
    "the diffuser output",
    "the ring light",
    "the fixture position",
    "the tonal range",
    "the histogram",
    "the image compression",
    "the crop",
    "the viewpoint",
    "the shadow softness",
    "the grey balance",
)
"""subjects of the content-free sentences that pad a record past its budget"""

NEUTRAL_VERBS: tuple[str, ...] = (
    "remains consistent",
    "looks routine",
    "gives no trouble",
    "is within tolerance",
    "behaves as expected",
    "looks nominal",
    "is set correctly",
    "raises no concern",
    "is unremarkable",
    "stays in range",
)
"""predicates of the padding sentences"""

NEUTRAL_TAILS: tuple[str, ...] = (
    "over the full capture",
    "for this kind of check",
    "from edge to edge",
    "for a fair assessment",
    "during acquisition",
    "for spotting fine features",
    "per the station setup",
    "so the surface reads clearly",
    "at this working distance",
    "between successive shots",
)
"""endings of the padding sentences"""

# ------------------------------------------------------------------ correct paraphrases

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set against the defect-free reference, the test {product} departs from it in one area.",
    "Side by side with the normal reference image, this {product} shows a deviation the "
    "reference does not have.",
    "The reference shows a clean {product}; the query image differs from it, which points "
    "to an anomaly.",
)
"""a one-shot comparison of a defective part with its normal reference"""

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "The test {product} matches the normal reference image closely.",
    "Compared with the reference sample, this {product} shows no meaningful difference.",
)
"""a one-shot comparison of a normal part with its normal reference"""

SIBLING_LOOKS: tuple[str, ...] = (
    "The damage has the [appearance|hallmarks] of {a_sib}.",
    "In character it is most consistent with {a_sib}.",
)
"""a characterisation naming a type (a sibling of the truth when planted as an error)"""

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product} is defective, with {a_kind} {where}.",
    "Verdict: anomalous {product} - {a_kind} {where}.",
    "In conclusion, {a_kind} is present on the {product}, {where}.",
)
"""a conclusion naming a type and a place (sibling type, or the truth in other words)"""

CONCLUDE_OTHER: tuple[str, ...] = (
    "The {product} is defective; the flaw {where} is {a_other}.",
    "So the {product} fails, and what I see {where} is best described as {a_other}.",
)
"""a conclusion naming an unrelated defect type"""

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product} is defective - defect type: {part}, found {where}.",
    "Result: anomalous {product}; I classify the defect as {part}, {where}.",
)
"""a conclusion naming a part of the product as the defect type"""

SYNONYM_LOOKS: tuple[str, ...] = (
    "What I see here reads as {syn}.",
    "The appearance is that of {syn}.",
    "Characteristics: consistent with {syn}.",
)
"""a characterisation naming the true defect in the category's own words"""

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is defective because of {syn} {where}.",
    "Final call: reject the {product}; it shows {syn} {where}.",
    "In short, {syn} {where} makes this {product} anomalous.",
)
"""a conclusion naming the true defect in the category's own words"""

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}.",
    "I can see {a_kind} on the {product}, {where}.",
    "There is {a_kind} {where}, so the {product} is defective.",
)
"""what follows a Yes: a type and a place"""

PART_YES: tuple[str, ...] = (
    "The {product} has a defect of type {part} {where}.",
    "The defect on the {product} is the {part}, {where}.",
)
"""what follows a Yes when a part of the product is named as the type"""

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is {where}.",
    "It is located {where}.",
    "You will find the anomaly {where}.",
)
"""an answer to where the defect is"""

CAUSE_LEADS: tuple[str, ...] = (
    "{Name}: most likely introduced at {cause}.",
    "The probable origin of {name} is {cause}.",
    "As for the cause, I would trace {name} to {cause}.",
)
"""the opening of a cause answer pointing to the listed cause steps"""

CAUSE_PROSE: tuple[str, ...] = (
    "The most likely origin is {step} {cite}.",
    "That points back to {step} {cite} in the process chain.",
)
"""a listed cause step named in prose beside its citation"""

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The defect is {a_c}.",
    "Classified as {c}.",
)
"""a classification answer naming the canonical type"""

FIRST_TURN: tuple[str, ...] = (
    "The {product} shows {what} {where}.",
    "I can see {what} on this {product}, {where}.",
)
"""what follows the Yes of a first answer: what the defect is and where"""

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left", "top-left", "north-west", "upper left-hand"),
    "top": ("upper", "top-centre", "upper-middle", "top-central"),
    "top right": ("upper-right", "top-right", "north-east", "upper right-hand"),
    "left": ("left-hand", "middle-left", "left-central", "left-side"),
    "center": ("central", "centre", "middle", "mid-frame"),
    "right": ("right-hand", "middle-right", "right-central", "right-side"),
    "bottom left": ("lower-left", "bottom-left", "south-west", "lower left-hand"),
    "bottom": ("lower", "bottom-centre", "lower-middle", "bottom-central"),
    "bottom right": ("lower-right", "bottom-right", "south-east", "lower right-hand"),
}
"""everyday words for each grid cell"""

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w} region",
    "across the {w} area",
    "within the {w} zone",
    "over the {w} portion",
)
"""phrases that put a cell's words into a sentence"""

PLACE_TAILS: tuple[str, ...] = (
    " of the photo",
    " of the view",
    " of the sample",
)
"""endings added to a place phrase"""

PLACE_AWAY: tuple[str, ...] = (
    ", off-centre",
    ", well clear of the middle",
)
"""what may be added to a place that is not the centre"""

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large piece missing from the rim", "a big chip out of the rim"),
    ("bottle", "broken_small"): ("a small chip in the rim", "a minor nick in the glass lip"),
    ("bottle", "contamination"): ("foreign debris inside the bottle", "a speck of foreign matter"),
    ("carpet", "color"): ("a discoloured patch", "a dye stain"),
    ("carpet", "cut"): ("a slit in the pile", "a blade cut through the tufts"),
    ("carpet", "hole"): ("a puncture in the weave", "an opening worn through the carpet"),
    ("carpet", "metal_contamination"): (
        "an embedded metal fragment",
        "a metallic particle caught in the pile",
    ),
    ("carpet", "thread"): ("a stray loose yarn", "a pulled thread lying on the pile"),
    ("leather", "color"): ("an off-colour spot", "uneven dyeing"),
    ("leather", "cut"): ("a knife slit", "a gash in the hide"),
    ("leather", "fold"): ("a crease in the hide", "a pressed-in wrinkle"),
    ("leather", "glue"): ("a dried glue stain", "adhesive residue"),
    ("leather", "poke"): ("a puncture mark", "a small pierced hole"),
    ("screw", "scratch_head"): ("a scuffed head", "abrasion marks on the head"),
    ("screw", "scratch_neck"): ("an abraded neck", "a scuff mark just below the head"),
    ("screw", "manipulated_front"): ("a squashed tip", "a deformed screw point"),
    ("screw", "thread_side"): ("damaged threading along the shank", "a nicked thread flank"),
    ("screw", "thread_top"): ("a damaged thread crest", "deformed thread tops"),
    ("metal_nut", "bent"): ("a bent lobe", "a deformed flange"),
    ("metal_nut", "color"): ("an off-colour stain", "a discoloured area"),
    ("metal_nut", "scratch"): ("a scuff mark", "surface abrasion"),
    ("metal_plate", "major_rust"): ("a large rust patch", "heavy localised corrosion"),
    ("metal_plate", "total_rust"): (
        "corrosion across the whole plate",
        "rust covering the entire surface",
    ),
    ("metal_plate", "scratches"): ("surface abrasions", "a set of scuff lines"),
}
"""the category's own words for each defect type, with their articles"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "mouth", "lip"),
    "carpet": ("pile", "backing", "weave", "tufts"),
    "leather": ("grain", "hide", "edge", "top coat"),
    "screw": ("head", "thread", "tip", "shank"),
    "metal_nut": ("flange", "lobe", "bore", "chamfer"),
    "metal_plate": ("edge", "corner", "face", "border"),
}
"""names of the parts of each product"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a shallow dent",
    "a dark smear",
    "a small chip",
    "a fine scratch",
    "a pitted spot",
    "a frayed patch",
    "a blister-like bump",
    "a discoloured blotch",
    "a tiny puncture",
    "a raised burr",
)
"""defects described on a normal part"""

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "burn mark",
    "missing piece",
    "puncture",
    "fingerprint",
    "scratch",
    "tear",
    "pinhole",
    "chip",
    "oil stain",
)
"""defect types planted as unrelated to the truth"""
