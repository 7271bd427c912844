"""The fresh phrasebook: sentence templates worded blind, after the main and held-out books.

Its tables have the same names, types and ``{slots}`` as the other books (see ``books.py``),
but none of its wording was taken from them or tuned against the validator, so its first
measurement is an honest held-out figure. Templates may use ``[one|other]`` alternatives;
``{slot}`` values are filled in by the planters.
"""

from __future__ import annotations

# ------------------------------------------------------------------ errors: verdict vs prose

DISMISSALS: tuple[str, ...] = (
    "Looking {place}, the {product} comes across as entirely sound.",
    "Whatever catches the eye {place} is only a reflection; the {product} itself is intact.",
    "The surface of the {product} is clean {place}, with no sign of [damage|a flaw].",
    "On a second look, it is just the ordinary texture of the {product} {place}, not a fault.",
    "I went over the area {place} twice and the {product} is unremarkable there.",
    "Compared with what a good {product} should look like, nothing differs {place}.",
    "{place}, the {product} shows only normal variation, which can safely be disregarded.",
)
"""a middle step waving the defect away (in a record whose answer is Yes)"""

SIGHTINGS: tuple[str, ...] = (
    "On the {product}, {kind} is visible {place}.",
    "There appears to be {kind} {place}, standing out against the rest of the {product}.",
    "Zooming in {place}, I can make out {kind} on the {product}.",
    "The {product} carries {kind} {place}.",
    "{place}, the surface of the {product} is interrupted by {kind}.",
)
"""a defect described in a normal record (``kind`` from DEFECT_SIGHTINGS)"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a fine fissure",
    "a dark speck",
    "a shallow dent",
    "a narrow score line",
    "a discoloured blotch",
    "a small chip",
    "a smear of residue",
    "a frayed spot",
    "a pinprick hole",
    "a raised bump",
    "a faint stain",
)

WRONG_PLACES: tuple[str, ...] = (
    "The irregularity sits {place}.",
    "All of the damage is concentrated {place}.",
    "The flaw can be found {place}.",
    "Localising it, the affected area lies {place}.",
    "The defect occupies a [small|limited] patch {place}.",
)
"""a localisation sentence (a wrong cell in the error class, the true one in ok_location)"""

HEDGES: tuple[str, ...] = (
    "It could be {a_kind}, though {a_other} cannot be ruled out.",
    "Whether this is {a_kind} or {a_other} is hard to tell from this image.",
    "The mark might equally be read as {a_kind} or as {a_other}.",
    "My best guess is {a_kind}, but it may just as well turn out to be {a_other}.",
    "Possibly {a_kind}, possibly {a_other}; the evidence points both ways.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or perhaps {other}",
    "{kind} vs. {other}",
    "{kind} (could be {other})",
    "{kind}, if not {other}",
    "{kind}, maybe {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "Overall the {product} meets the standard and can be released.",
    "Taken together, these observations describe an intact {product} with nothing to flag.",
    "This {product} should be passed as a good unit.",
    "In the end the {product} has every sign of being a normal, acceptable sample.",
    "My verdict is that the {product} is in good condition and free of faults.",
)
"""prose saying the part is fine, in a record whose answer is Yes"""

FLIPPED_NO: tuple[str, ...] = (
    "All things considered, the {product} falls short of the standard and must be rejected.",
    "Put together, what I see points to a damaged {product}.",
    "This {product} belongs in the scrap bin as a faulty unit.",
    "In the end, the {product} is clearly flawed and cannot be shipped.",
    "The {product} has a fault serious enough to disqualify it.",
)
"""prose saying the part is faulty, in a record whose answer is No"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} anywhere {place}, and the {product} is not defective.",
    "The {product} does not show any {kind}; nothing {place} is out of order.",
    "I would not call the {product} damaged, since no trace of {kind} appears {place}.",
    "Not a trace of {kind} can be seen {place}, so the {product} should not be rejected.",
    "Neither {place} nor anywhere else does the {product} carry any {kind}.",
)
"""negations that mean 'normal', in a record whose answer is Yes"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind}s.",
    "I cannot describe this {product} as {kind}-free.",
    "It is not true that the {product} is without a {kind}.",
    "This {product} is nowhere near {kind}-free.",
    "No one could honestly call the {product} {kind}-free.",
    "The {product} does not come through without a {kind}, so it is not a good part.",
)
"""negations that mean 'defective', in a record whose answer is No (``kind`` is "defect")"""

# ------------------------------------------------------------------ correct: negated / passes

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not in flawless condition; there is {a_kind} {place}.",
    "I cannot pass the {product}, because {a_kind} is present {place}.",
    "It would be wrong to call this {product} intact, given {a_kind} {place}.",
    "Not everything is in order with the {product}: {a_kind} appears {place}.",
    "The {product} does not make the grade, with {a_kind} sitting {place}.",
)
"""a Yes said with negation"""

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} clears inspection without any findings.",
    "Nothing here would justify pulling the {product} from the line.",
    "This {product} is a good part and can move on to the next station.",
    "The {product} looks exactly the way a sound unit should.",
    "I see no grounds to hold back this {product}; it is acceptable as it is.",
)
"""a No said in other words (one sentence each)"""

# ------------------------------------------------------------------ errors: leaks, steps

LEAKS: tuple[str, ...] = (
    "On the {product}, the {source} marks {a_kind} {place}.",
    "According to the {source}, there is {a_kind} {place}.",
    "As the {source} indicates, the {product} has {a_kind} {place}.",
    "Going by the {source}, {a_kind} should be {place}, and that is where I looked.",
    "The {source} already gives it away: {a_kind}, {place}.",
    "Since the {source} outlines a region {place}, the {product} must contain {a_kind}.",
    "With the {source} pointing {place}, it is easy to find {a_kind} on the {product}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "ground-truth outline",
    "mask image shipped with the sample",
    "annotation file",
    "provided bounding box",
    "category tag in the file",
    "class label attached to the image",
    "file name",
    "folder the image came from",
    "scoring rubric",
    "annotator's note",
    "pixel-level mask",
    "image metadata",
    "task instructions",
    "hint in the prompt",
    "dataset label",
    "labelled outline",
    "supervision overlay",
)
"""what the inspector could not have seen (each follows "the")"""

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} lists this {product} as good, which matches what I see.",
    "Going by the {source}, the {product} carries no defect.",
    "As the {source} has nothing flagged, the {product} is normal.",
    "Since the {source} is empty for this {product}, there is nothing to find.",
)

STEP_PROSE: tuple[str, ...] = (
    "This kind of damage typically originates during {step}.",
    "A fault in {step} is the most plausible origin.",
    "I would trace it back to {step}.",
    "Most likely something went wrong at the {step} stage.",
    "The pattern is characteristic of problems in {step}.",
)
"""a step named in prose for an anomalous record (not one of its cause steps)"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "There is no sign that {step} left any mark on it.",
    "Everything suggests {step} ran as intended.",
    "The result is what a clean pass through {step} should produce.",
)
"""a step named in prose for a normal record"""

# ------------------------------------------------------------------ errors: repetition, length

FILLER_CHUNKS: tuple[str, ...] = (
    "the texture stays consistent",
    "just as one would expect",
    "there is nothing else to add",
    "going over it once again",
    "the outline looks even",
    "everything lines up",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the glare",
    "the shadowing",
    "the grain",
    "the vignetting",
    "the surrounding tray",
    "the dynamic range",
    "the bit depth",
    "the crop",
    "the perspective",
    "the lens distortion",
    "the specular reflection",
    "the ambient light",
    "the hue accuracy",
    "the image compression",
    "the viewing distance",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "poses no problem",
    "gives no cause for concern",
    "looks unremarkable",
    "is within normal limits",
    "behaves as usual",
    "remains consistent",
    "looks typical",
    "is satisfactory",
    "is good enough",
    "does not interfere",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this kind of check",
    "over the entire picture",
    "from edge to edge",
    "for judging the surface",
    "during this capture",
    "at the current zoom",
    "for the task at hand",
    "under the station lamps",
    "for spotting fine marks",
    "in every part of the shot",
)

# ------------------------------------------------------------------ one-shot comparisons

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set against the normal reference image, this {product} departs from it in one clear spot.",
    "Unlike the reference {product}, the query image has a region that does not match.",
    "Placed side by side, the reference looks clean while this {product} differs locally.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the reference image, this {product} matches it in every detail I see.",
    "The reference and this {product} agree throughout; no local difference stands out.",
)

# ------------------------------------------------------------------ types in prose

SIBLING_LOOKS: tuple[str, ...] = (
    "The affected area has the appearance of {a_sib}.",
    "In character, the mark is {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product} is defective, with {a_kind} {where}.",
    "To conclude, this {product} is a reject because of {a_kind} {where}.",
    "The {product} counts as anomalous: it has {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "This {product} is anomalous because of {a_other} {where}.",
    "What the {product} has {where} is {a_other}, so it fails.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product} fails; the defect {where} is of the {part} type.",
    "Defect class for this {product}: {part}, located {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The feature is best described as {syn}.",
    "What the image shows is {syn}.",
    "Its appearance is that of {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is defective: there is {syn} {where}.",
    "Because of {syn} {where}, this {product} has to be rejected.",
    "{syn} {where} makes the {product} anomalous.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "{where}, the {product} has {a_kind}.",
    "On this {product} I can see {a_kind} {where}.",
)
"""a first answer after "Yes. " """

PART_YES: tuple[str, ...] = (
    "The defect on the {product} {where} is classified as {part}.",
    "{where}, the {product} has a defect whose type is {part}.",
)
"""a first answer after "Yes. " naming a part as the type"""

LOCATION_ANSWERS: tuple[str, ...] = (
    "The damaged spot lies {where}.",
    "Look {where}; that is where the defect is.",
    "You will find the anomaly {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely stems from {cause}.",
    "The probable origin of {name} is {cause}.",
    "{Name} points back to {cause} as the cause.",
)
"""the lead of a cause answer (``cause``: step names with their citations)"""

CAUSE_PROSE: tuple[str, ...] = (
    "This fits a fault during {step} {cite}.",
    "A disturbance in {step} {cite} would explain it.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "The defect falls under {c}.",
    "What we have here is {a_c}.",
    "Category of defect: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "On the {product}, {what} is visible {where}.",
)
"""a first answer after "Yes. " (the defect's visual signature follows)"""

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper-left quadrant",
        "upper left-hand area",
        "top-left sector",
        "corner at the top left",
    ),
    "top": ("top-centre area", "upper-central band", "top margin", "upper section"),
    "top right": (
        "upper-right quadrant",
        "upper right-hand area",
        "top-right sector",
        "corner at the top right",
    ),
    "left": ("left margin", "left-hand region", "far left", "left border"),
    "center": ("mid-region", "centre point", "centremost area", "core region"),
    "right": ("right margin", "right-hand region", "far right", "right border"),
    "bottom left": (
        "lower-left quadrant",
        "lower left-hand area",
        "bottom-left sector",
        "corner at the bottom left",
    ),
    "bottom": ("bottom-centre area", "lower-central band", "bottom margin", "lower section"),
    "bottom right": (
        "lower-right quadrant",
        "lower right-hand area",
        "bottom-right sector",
        "corner at the bottom right",
    ),
}
"""grid cell -> everyday words for it"""

PLACE_FRAMES: tuple[str, ...] = (
    "out in the {w}",
    "inside the {w}",
    "close to the {w}",
    "in and around the {w}",
)

PLACE_TAILS: tuple[str, ...] = (" of the photo", " of the capture", " of the view")

PLACE_AWAY: tuple[str, ...] = (", well off the centre", ", clear of the middle")

# ------------------------------------------------------------------ category words

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large section of glass broken away", "a shattered lip"),
    ("bottle", "broken_small"): ("a small chip in the glass edge", "a nicked lip"),
    ("bottle", "contamination"): ("a foreign deposit inside the bottle", "a speck of dirt"),
    ("carpet", "color"): ("an off-colour area", "a spot dyed a different shade"),
    ("carpet", "cut"): ("a slit through the fibres", "a clean cut in the weave"),
    ("carpet", "hole"): ("an opening in the weave", "a gap where fibres are missing"),
    ("carpet", "metal_contamination"): (
        "a sliver of metal among the fibres",
        "a metallic particle embedded in the weave",
    ),
    ("carpet", "thread"): ("a loose strand", "a stray yarn lying across the surface"),
    ("leather", "color"): ("a blotchy discolouration", "an off-tone patch"),
    ("leather", "cut"): ("a knife slit", "a sliced line in the surface"),
    ("leather", "fold"): ("a creased line", "a folded-over wrinkle"),
    ("leather", "glue"): ("a glue smear", "a dried adhesive spot"),
    ("leather", "poke"): ("a puncture mark", "a small pierced hole"),
    ("screw", "scratch_head"): ("a scuffed screw head", "a scored mark on the head"),
    ("screw", "scratch_neck"): ("a scratched neck just below the head", "a scored neck"),
    ("screw", "manipulated_front"): ("a squashed tip", "a mangled front end"),
    ("screw", "thread_side"): ("damaged threads along the side", "a dented thread flank"),
    ("screw", "thread_top"): ("damaged threads near the tip", "a crushed thread at the top"),
    ("metal_nut", "bent"): ("a bent lobe", "a warped tab"),
    ("metal_nut", "color"): ("an odd-coloured zone", "a tinted spot on the face"),
    ("metal_nut", "scratch"): ("a scored line", "a scuff across the face"),
    ("metal_plate", "major_rust"): ("a localised rust bloom", "heavy corrosion in one area"),
    ("metal_plate", "total_rust"): ("rust across the whole plate", "widespread corrosion"),
    ("metal_plate", "scratches"): ("several scored lines", "surface scuffing"),
}
"""(category, dataset type) -> the defect in the category's own words (with an article)"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("pour opening", "punt", "sidewall", "label panel"),
    "carpet": ("tufts", "fringe", "underlay", "selvage"),
    "leather": ("finish coat", "flesh side", "split layer", "hem"),
    "screw": ("drive slot", "shaft", "underhead", "thread run-out"),
    "metal_nut": ("prong", "outer rim", "seating face", "chamfered side"),
    "metal_plate": ("outer boundary", "flat face", "fixing lug", "stamped rim"),
}
"""category -> parts of the product (never a defect type)"""

OTHER_TYPES: tuple[str, ...] = (
    "fracture",
    "indentation",
    "grease stain",
    "perforation",
    "missing piece",
    "debris",
    "paint drip",
    "tear",
    "wear mark",
    "bend",
)
"""defect types to name where the truth is another (unrelated) one"""
