"""The ``fresh7`` phrasebook: written blind, after all the other books, for one measurement.

Its author saw only the interface (names, counts, slots) and how the planters fill each
table, never another book's words. The voices are mixed on purpose: a chatty assistant, a
clipped shop-floor inspector, a formal metrology report and a writer fond of questions and
idioms.
"""

from __future__ import annotations

DISMISSALS: tuple[str, ...] = (
    "What first looks like damage {place} turns out, on a second look, to be glare from the "
    "ring light; the {product} itself is intact there, so that is not a defect.",
    "Mark {place} = dust on the lens, not on the {product}. Disregard, not a flaw.",
    "Is that spot {place} a flaw? Hardly. It is a shadow thrown across the {product} by the "
    "fixture, and a shadow is not damage.",
    "The irregularity observed {place} is attributable to a specular reflection from the "
    "fixture and does not constitute a defect of the {product}.",
    "Honestly, I wouldn't worry about the bit {place} at all; that's just the ordinary surface "
    "texture you'd expect on any {product}, nothing is actually wrong with it.",
    "The apparent anomaly {place} is a compression artefact of the image file, not a genuine "
    "feature of the {product}; it should be disregarded.",
    "Nothing to see {place}, really... just a trick of the light on the {product}, which "
    "any second photo would make vanish. Not a real fault.",
)
"""plants a middle step explaining the defect away while the answer says Yes"""

SIGHTINGS: tuple[str, ...] = (
    "There is {kind} {place} on the {product}.",
    "Spotted {kind} {place}; the {product} is clearly damaged there.",
    "Look {place}: isn't that {kind}? It certainly is, and it stands out against the rest of "
    "the {product}.",
    "Observed: {kind} {place}, breaking up the otherwise even surface of the {product}.",
    "On closer inspection the {product} carries {kind} {place}, which the rest of the part "
    "does not share.",
)
"""plants a defect ({kind}) described in the reasoning of a normal image"""

WRONG_PLACES: tuple[str, ...] = (
    "The anomaly is located {place}.",
    "Loc.: affected region lies {place}.",
    "Where exactly does it sit? Squarely {place}.",
    "Mapped onto the 3x3 grid, the deviating area falls {place}.",
    "I'd pin the defective spot {place}, and nowhere else on the part.",
)
"""plants a localisation step naming a cell: a wrong one, or the true one (paraphrase)"""

HEDGES: tuple[str, ...] = (
    "It could be {a_kind}, though {a_other} would fit the appearance just as well.",
    "Type unclear: {a_kind}? {a_other}? Can't tell from this shot.",
    "Whether this is {a_kind} or {a_other} is hard to say; both remain plausible.",
    "The feature is consistent with either {a_kind} or {a_other}, and the present image does "
    "not allow the two to be distinguished.",
    "Is it {a_kind}, or might it be {a_other}? Six of one, half a dozen of the other, frankly.",
)
"""plants hedging between the true type and an unrelated one in the prose"""

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "either {kind} or {other}",
    "{kind} (possibly {other})",
    "{kind} or maybe {other}",
)
"""plants a type tag hedging between the true type and an unrelated one"""

FLIPPED_YES: tuple[str, ...] = (
    "All things considered, this {product} is in perfectly good condition and shows no defect.",
    "Verdict: {product} OK, nothing to reject, passes QC.",
    "Would I pass this {product}? Without hesitation; it is a clean, defect-free part.",
    "The {product} conforms to specification in all inspected respects; no anomaly is present.",
    "Honestly, there's nothing wrong with this {product} at all; it looks just like a good one "
    "should.",
)
"""plants prose saying the defective product is fine (no leading Yes/No)"""

FLIPPED_NO: tuple[str, ...] = (
    "Taken together, this {product} is defective and should be rejected.",
    "Call: NOK. The {product} goes in the reject bin.",
    "Could this {product} ship? Not a chance; it carries a clear defect.",
    "The {product} does not conform to specification and is classified as anomalous.",
    "I'm afraid this {product} is faulty: there's a genuine defect on it, so it fails inspection.",
)
"""plants prose saying the normal product is defective (no leading Yes/No)"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}, and the {product} is not defective.",
    "Not a trace of any {kind} {place}; nothing about this {product} is anything other than sound.",
    "Any {kind} {place}? None whatsoever. The {product} is not faulty.",
    "The {product} cannot be said to exhibit any {kind} {place}; it is not nonconforming.",
    "I don't see any {kind} {place}, so I wouldn't call this {product} defective in the slightest.",
)
"""plants a negated verdict meaning "no defect" for a defective product"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not {kind}-free.",
    "Far from flawless: the {product} is not without a {kind}.",
    "One cannot call this {product} free of any {kind}; it is not acceptable.",
    "The {product} isn't {kind}-free, so it doesn't pass.",
    "Is this {product} without a {kind}? Not at all, and so it does not pass inspection.",
    "No way is this {product} {kind}-free; it isn't fit to ship.",
)
"""plants a negated verdict meaning "defective" for a normal product ({kind} is "defect")"""

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not defect-free: there is {a_kind} {place}.",
    "Far from flawless, this {product} does not pass, because {a_kind} sits {place}.",
    "It would be wrong to call this {product} acceptable; {a_kind} is present {place}.",
    "Not an acceptable part: the {product} has {a_kind} {place}.",
    "Can this {product} be called sound? It cannot, not with {a_kind} {place}.",
)
"""plants a correct Yes said with negation (must pass)"""

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection.",
    "There is nothing here to reject the {product} for.",
    "This {product} meets the acceptance criteria; no anomaly was observed.",
    "OK part. The {product} is clean and good to go.",
    "Is there anything wrong with this {product}? Nothing at all; it is a good part.",
)
"""plants a correct No said in other words (must pass)"""

LEAKS: tuple[str, ...] = (
    "According to the {source}, there is {a_kind} {place} on the {product}.",
    "The {source} already marks {a_kind} {place}, which settles it for this {product}.",
    "Per the {source}: {a_kind}, located {place}. Confirmed on the {product}.",
    "Since the {source} flags {a_kind} {place}, the {product} must be defective.",
    "Cross-checking against the {source}, the {product} has {a_kind} {place}, exactly as it says.",
    "Why look any harder? The {source} tells us there's {a_kind} {place} on this {product}.",
    "As indicated in the {source}, the {product} exhibits {a_kind} {place}.",
)
"""plants reasoning citing supervision the inspector could not see, defective product"""

LEAK_SOURCES: tuple[str, ...] = (
    "ground-truth mask",
    "annotation file",
    "defect label",
    "bounding-box annotation",
    "segmentation mask",
    "label supplied with the image",
    "answer key",
    "dataset's folder name",
    "operator's note in the prompt",
    "hint in the instructions",
    "metadata tag",
    "ground-truth label",
    "pixel-level annotation",
    "annotation overlay",
    "image filename",
    "QC label sheet",
    "test split's label",
)
"""names of supervision the inspector could not have seen"""

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} lists this {product} as a good sample.",
    "Per the {source}: no defect on this {product}.",
    "Going by the {source}, the {product} is normal, so there is nothing to find.",
    "Since the {source} records no anomaly for this {product}, it can be passed.",
)
"""plants reasoning that cites unseen supervision ({source}) for a normal product"""

STEP_PROSE: tuple[str, ...] = (
    "This most likely originated during {step}.",
    "Probable cause: {step}.",
    "The damage points to a fault at the {step} stage.",
    "My bet is that something went wrong in {step}; that's where this sort of thing creeps in.",
    "The defect is attributed to an irregularity in the {step} operation.",
)
"""plants a non-causal or foreign process step named in prose as the cause"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} stage evidently ran cleanly for this part.",
    "No sign of trouble from {step}.",
    "Whatever happened during {step}, it left no trace here; good.",
)
"""plants a process step ({step}) named in the prose of a normal image"""

FILLER_CHUNKS: tuple[str, ...] = (
    "Looking again",
    "as noted before",
    "same as above",
    "checking once more",
    "to reiterate",
    "over and over",
)
"""short chunks repeated into n-gram filler"""

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The background",
    "The exposure",
    "The focus",
    "The white balance",
    "The camera angle",
    "The framing",
    "The contrast",
    "The image sharpness",
    "The backdrop colour",
    "The sensor noise level",
    "The depth of field",
    "The overall brightness",
    "The colour rendering",
    "The field of view",
)
"""subjects of neutral sentences about the capture, padded into over-long reasoning"""

NEUTRAL_VERBS: tuple[str, ...] = (
    "appears",
    "seems",
    "looks",
    "is",
    "remains",
    "stays",
    "was",
    "is broadly",
    "is, on the whole,",
    "looked",
)
"""verbs of the neutral sentences"""

NEUTRAL_TAILS: tuple[str, ...] = (
    "fairly even across the frame",
    "consistent with a fixed bench camera",
    "unremarkable for a capture like this",
    "within the usual range for this station",
    "steady from one edge to the other",
    "typical of diffuse overhead lighting",
    "as one would expect",
    "neither too harsh nor too flat",
    "about the same as in other captures",
    "adequate for a visual check",
)
"""endings of the neutral sentences"""

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set side by side with the normal reference {product}, the query image departs from it in "
    "one local region.",
    "Ref (good {product}) vs query: query differs locally, the rest matches.",
    "Against the defect-free reference, does the query {product} match everywhere? Not quite; "
    "one area deviates from the reference.",
)
"""plants a correct one-shot comparison with the reference, defective query (must pass)"""

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the normal reference {product}, the query image matches it throughout; no "
    "region departs from the reference.",
    "Ref vs query ({product}): same surface, same structure, no local difference.",
)
"""plants a correct one-shot comparison with the reference, normal query (must pass)"""

SIBLING_LOOKS: tuple[str, ...] = (
    "The damage has every hallmark of {a_sib}.",
    "Character: {a_sib}, judging by its shape and edges.",
)
"""plants a characterisation naming another defect type of the category ({a_sib})"""

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product} is defective, with {a_kind} {where}.",
    "Conclusion: anomalous {product}; {a_kind} found {where}.",
    "In summary, the {product} must be rejected on account of {a_kind} {where}.",
)
"""plants a conclusion naming a type and place: a sibling type, or the truth (paraphrase)"""

CONCLUDE_OTHER: tuple[str, ...] = (
    "The {product} is anomalous: the defect {where} is {a_other}.",
    "Final call: {a_other} {where}, so the {product} fails.",
)
"""plants a conclusion naming an unrelated defect type ({a_other})"""

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Defect type: {part}, {where}; the {product} is rejected.",
    "The {product} fails inspection; I would record the defect type as {part}, located {where}.",
)
"""plants a conclusion naming a part of the product ({part}) as the defect type"""

SYNONYM_LOOKS: tuple[str, ...] = (
    "The feature is best described as {syn}.",
    "Looks like {syn}; the edges and shading are typical of it.",
    "Its appearance is characteristic of {syn}.",
)
"""plants a characterisation naming the defect by a synonym (must pass)"""

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is defective: {syn} is present {where}.",
    "Verdict NOK: {syn} {where} on the {product}.",
    "The answer is {syn} {where}, which makes the {product} a reject.",
)
"""plants a conclusion naming the defect by a synonym, at the true place (must pass)"""

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "There is {a_kind} {where}, so this {product} is not acceptable.",
    "Inspection finds {a_kind} on the {product}, located {where}.",
)
"""plants, after "Yes.", a type and a place; error classes fill one of them wrongly"""

PART_YES: tuple[str, ...] = (
    "The {product} is defective, and the type I would give is {part}, {where}.",
    "Defect on the {product}: {part}, sitting {where}.",
)
"""plants, after "Yes.", a part of the product ({part}) named as the defect type"""

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is {where}.",
    "It is located {where}.",
    "Location: {where}.",
)
"""plants a localisation answer ({where}): a wrong cell, or the true one in other words"""

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "Root cause of {name}: {cause}.",
    "What produces {name}? In this process, {cause}.",
)
"""plants the lead of a correct cause answer ({cause}: the listed steps, cited; must pass)"""

CAUSE_PROSE: tuple[str, ...] = (
    "This ties back to {step} {cite}.",
    "The responsible step is {step} {cite}, as listed for this defect.",
)
"""plants a listed cause step named in prose beside its citation (must pass)"""

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The defect is {a_c}.",
    "It is classified as {a_c}.",
)
"""plants a classification answer naming the canonical type (must pass)"""

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "Inspection of the {product} reveals {what} {where}.",
)
"""plants, after "Yes.", a correct first answer ({what}: the defect in some words; must pass)"""

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper left", "top-left corner", "upper-left corner", "top left-hand corner"),
    "top": ("top centre", "upper middle", "top-middle", "upper centre"),
    "top right": ("upper right", "top-right corner", "upper-right corner", "top right-hand corner"),
    "left": ("middle left", "centre-left", "mid-left", "left-hand middle"),
    "center": ("centre", "middle", "center", "very centre"),
    "right": ("middle right", "centre-right", "mid-right", "right-hand middle"),
    "bottom left": (
        "lower left",
        "bottom-left corner",
        "lower-left corner",
        "bottom left-hand corner",
    ),
    "bottom": ("bottom centre", "lower middle", "bottom-middle", "lower centre"),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "lower-right corner",
        "bottom right-hand corner",
    ),
}
"""everyday words for each grid cell"""

PLACE_FRAMES: tuple[str, ...] = (
    "toward the {w}",
    "at the {w}",
    "in the {w} area",
    "in the {w} region",
)
"""phrases placing a cell's words ({w})"""

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the picture",
)
"""endings added to a placed cell"""

PLACE_AWAY: tuple[str, ...] = (
    " (away from the centre)",
    " (well off-center)",
)
"""additions saying an outer cell is off the centre"""

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large break in the rim", "a big chunk missing from the lip"),
    ("bottle", "broken_small"): ("a small chip on the rim", "a minor nick in the lip"),
    ("bottle", "contamination"): ("a foreign particle", "a speck of debris"),
    ("carpet", "color"): ("a discoloured patch", "an off-colour spot"),
    ("carpet", "cut"): ("a slit in the pile", "a clean cut through the fibres"),
    ("carpet", "hole"): ("a puncture in the weave", "an opening right through the carpet"),
    ("carpet", "metal_contamination"): ("a metal fragment in the pile", "an embedded metal shard"),
    ("carpet", "thread"): ("a loose strand of yarn", "a stray fibre"),
    ("leather", "color"): ("a discoloured area", "an uneven dye patch"),
    ("leather", "cut"): ("a knife slit", "a gash in the hide"),
    ("leather", "fold"): ("a crease", "a fold line"),
    ("leather", "glue"): ("an adhesive smear", "a glue residue spot"),
    ("leather", "poke"): ("a puncture mark", "a small pinhole"),
    ("screw", "scratch_head"): ("a scored screw head", "an abrasion on the head"),
    ("screw", "scratch_neck"): ("a scuffed neck below the head", "an abrasion on the neck"),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point"),
    ("screw", "thread_side"): ("a flattened thread flank", "a nick in the side threading"),
    ("screw", "thread_top"): ("a damaged top thread", "a marred thread crest near the top"),
    ("metal_nut", "bent"): ("a bent lobe", "a warped tab"),
    ("metal_nut", "color"): ("a discoloured patch", "an off-colour area"),
    ("metal_nut", "scratch"): ("a surface score", "a scuff mark"),
    ("metal_plate", "major_rust"): ("a large rust patch", "a heavily corroded area"),
    ("metal_plate", "total_rust"): ("a plate-wide layer of rust", "a fully corroded surface"),
    ("metal_plate", "scratches"): ("a set of scuff marks", "a series of surface scores"),
}
"""the category's own words for each defect type, with their article"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "weave", "tufts"),
    "leather": ("grain", "hide", "flesh side", "top coat"),
    "screw": ("head", "shank", "tip", "thread"),
    "metal_nut": ("flange", "thread", "bore", "lobe"),
    "metal_plate": ("border", "corner", "mounting hole", "plate face"),
}
"""names of parts of each product"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a dark smudge",
    "a shallow dent",
    "a frayed patch",
    "a small chip",
    "an orange-brown rust spot",
    "a pitted area",
    "a streak of discolouration",
    "a raised burr",
    "a torn section",
    "a deep gouge",
)
"""defects described in the reasoning of normal images"""

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "hole",
    "scratch",
    "contamination",
    "deformation",
    "missing part",
    "burn mark",
    "bubble",
    "misprint",
)
"""defect types to plant as unrelated to the truth"""
