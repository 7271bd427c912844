"""The ``fresh6`` phrasebook: calibration wording written blind, after every other book, for
one measurement of the validator.

Its author saw only the interface (table names, counts, slots) and how the planters fill
the slots, never another book's sentences. The records are imagined as written in turn by a
terse QA engineer on the line, a verbose academic and a non-native English speaker, so the
wording, spelling (British and American) and syntax shift from one template to the next.
``[a|b]`` holds alternatives drawn at expansion; ``{slot}`` takes the planter's value.
"""

from __future__ import annotations

DISMISSALS: tuple[str, ...] = (
    "The dark trace {place} is only glare off the [lamp|ring light]; nothing is wrong with "
    "the {product} there.",
    "What first looked like damage {place} turns out to be dust on the lens, not a fault of "
    "the {product}.",
    "Mark seen {place}: shadow of fixture. Not a defect. Part ({product}) OK at that spot.",
    "One might be tempted to read the irregularity {place} as a flaw; on reflection it is "
    "merely the ordinary texture of the {product} and can be disregarded.",
    "This spot {place} is just a compression artefact of the picture, the {product} itself "
    "is not damaged there.",
    "The blemish {place}: is it real? [Hardly|Not really], it is a reflection, and the "
    "{product} is sound at that point.",
    "As for the apparent anomaly {place}: it is, I would argue, a harmless [speck of lint|"
    "water droplet] resting on the {product} rather than any genuine defect.",
)
"""planted in anomalous records: a step explaining the defect away as harmless"""

SIGHTINGS: tuple[str, ...] = (
    "On the {product} I can make out {kind} {place}.",
    "Close scrutiny reveals {kind} on the {product}, located {place}.",
    "Finding: {kind} {place}.",
    "There seems to be {kind} on this {product}, it is [situated|visible] {place}.",
    "A careful reading of the surface discloses what is, in all likelihood, {kind} {place}.",
)
"""planted in normal records: reasoning that describes a defect (``kind``) somewhere"""

WRONG_PLACES: tuple[str, ...] = (
    "Localisation: the anomalous region lies {place}.",
    "The affected area is found {place}.",
    "Spatially, the irregularity is confined to a region {place}.",
    "Where it is? It is {place}, only there.",
    "The deviation [sits|is located] {place}.",
)
"""a localisation step naming ``place`` (a wrong cell as an error, the true one when correct)"""

HEDGES: tuple[str, ...] = (
    "It is hard to tell whether this is {a_kind} or {a_other}.",
    "Type uncertain: {a_kind}, possibly {a_other}.",
    "The morphology is compatible with {a_kind}, yet {a_other} cannot be excluded either.",
    "Maybe it is {a_kind}, maybe it is {a_other}, I am not sure which one.",
    "I would call it {a_kind}, or [perhaps|else] {a_other}; the image does not settle it.",
)
"""hedging in prose between the true type and an unrelated one"""

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "either {kind} or {other}",
    "{kind} (possibly {other})",
    "{kind} or maybe {other}",
)
"""a type tag hedging between the true type and an unrelated one"""

FLIPPED_YES: tuple[str, ...] = (
    "Taken as a whole, the {product} is a normal, defect-free part.",
    "Verdict for the record: the {product} [passes|is accepted] and shows no anomaly at all.",
    "My conclusion is that this {product} is in good condition, there is nothing to reject.",
    "The {product}, to my eye, is intact and should be classed as normal.",
    "After weighing all the evidence, one must regard the {product} as entirely free of defects.",
)
"""planted in anomalous records: the prose calls the product normal, no leading Yes/No"""

FLIPPED_NO: tuple[str, ...] = (
    "Taken as a whole, the {product} is defective and has to be rejected.",
    "For the record: this {product} fails inspection because of a visible flaw.",
    "My conclusion is that the {product} is damaged, it is an anomalous sample.",
    "The {product}, on a careful reading, carries a defect and ought to be scrapped.",
    "Result: {product} anomalous. Reject.",
)
"""planted in normal records: the prose calls the product defective, no leading Yes/No"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I cannot confirm any {kind} {place}, so the {product} is not anomalous.",
    "There is no {kind} {place}; the {product} is not defective.",
    "Not defective: no {kind} found on the {product} {place}.",
    "It would be incorrect to reject the {product}, for no {kind} is present {place}.",
    "The {product} does not have any {kind} {place}, it is not a bad part.",
)
"""planted in anomalous records: a negated verdict that means the product is fine"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not [entirely|fully] {kind}-free.",
    "It would be wrong to say that the {product} has no {kind}.",
    "I cannot sign this {product} off as being without a {kind}.",
    "Not a clean part: the {product} is anything but {kind}-free.",
    "This {product} is not without a {kind}, I am afraid.",
    "One can hardly maintain that the {product} lacks a {kind}; it does not pass.",
)
"""planted in normal records: a negated verdict that means the product is defective"""

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not defect-free: {a_kind} {place}.",
    "Far from flawless, this {product} shows {a_kind} {place}.",
    "I cannot pass the {product}; it has {a_kind} {place}.",
    "The {product} is anything but clean, I find {a_kind} {place}.",
    "Not acceptable: the {product} has {a_kind} {place}.",
)
"""a correct Yes said with negation, naming the defect and its place"""

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection; nothing on it warrants rejection.",
    "Good part: the {product} meets the standard[ and can be released|].",
    "I find no grounds to reject this {product}.",
    "This {product} conforms to specification and is fit to ship as it is.",
    "All considered, the {product} is in acceptable condition, it passes.",
)
"""a correct No said in other words"""

LEAKS: tuple[str, ...] = (
    "As {source} [shows|indicates], the {product} has {a_kind} {place}.",
    "Going by {source}, I expect {a_kind} {place}.",
    "Per {source}: {a_kind} {place}.",
    "I checked against {source}, which records {a_kind} on this {product} {place}.",
    "The finding is corroborated by {source}, namely {a_kind} {place}.",
    "Since {source} already flags this {product} as anomalous, I look for and find {a_kind} "
    "{place}.",
    "(Cross-checked with {source}: {a_kind} {place}.)",
)
"""planted in anomalous records: reasoning citing supervision it could not see"""

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the binary defect mask",
    "the annotated bounding box",
    "the class label of the sample",
    "the label attached to this image",
    "the dataset's ground truth",
    "the segmentation map supplied with the image",
    "the annotation file",
    "the answer key",
    "the defect label in the metadata",
    "the file name of the image",
    "the name of the folder the image came from",
    "the grader's notes",
    "the labelling team's remark",
    "the briefing I was given beforehand",
    "the pixel-level annotation",
    "the hidden label of the record",
)
"""supervision an inspector of the image alone could not have seen"""

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is a good sample.",
    "This agrees with {source}, which labels the {product} as normal.",
    "Per {source} the {product} carries no defect.",
    "I verified it with {source}: the {product} is flagged as defect-free.",
)
"""planted in normal records: reasoning citing supervision it could not see"""

STEP_PROSE: tuple[str, ...] = (
    "This flaw most probably arose during {step}.",
    "Likely origin: {step}.",
    "I suspect that {step} is where this went wrong.",
    "One may plausibly attribute the damage to {step}, given its morphology.",
    "It comes probably from {step}, in my opinion.",
)
"""planted in anomalous records: a non-causal or foreign process step named as the origin"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "There is no sign that {step} left any mark.",
    "Nothing points to a problem in {step}.",
    "As far as {step} goes, all looks in order.",
)
"""planted in normal records: a process step named in prose"""

FILLER_CHUNKS: tuple[str, ...] = (
    "going over the image once again",
    "the view stays the same",
    "taking one more look",
    "the same region was checked",
    "as already noted above",
    "the picture is unchanged",
)
"""clauses repeated as n-gram padding"""

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the ring light",
    "the backdrop",
    "the lens focus",
    "the shutter timing",
    "the image histogram",
    "the glare level",
    "the sensor gain",
    "the working distance",
    "the tilt of the camera",
    "the grey level of the backdrop",
    "the diffuse illumination",
    "the crop",
    "the colour rendition",
    "the pixel noise",
    "the shadow pattern",
)
"""subjects of imaging sentences that say nothing of defects or places"""

NEUTRAL_VERBS: tuple[str, ...] = (
    "remains consistent",
    "is within its normal range",
    "looks unremarkable",
    "was kept fixed",
    "appears correctly set",
    "is satisfactory",
    "behaves as expected",
    "is unchanged",
    "is typical",
    "seems well chosen",
)
"""predicates of imaging sentences"""

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this camera station",
    "over the entire picture",
    "during the acquisition",
    "for the purposes of this check",
    "compared with earlier captures",
    "under the current settings",
    "as configured by the line",
    "for judging fine texture",
    "at the chosen zoom",
    "by the usual standard",
)
"""endings of imaging sentences"""

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set beside the normal reference image, the query {product} departs from it in one region.",
    "Against the defect-free reference, this {product} shows a difference the reference "
    "does not have.",
    "Reference vs query: reference {product} clean, query {product} deviates locally.",
)
"""one-shot comparison of an anomalous query with its normal reference"""

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the reference image, the query {product} matches it closely, without deviation.",
    "The query {product} and the normal reference look alike in every respect I can check.",
)
"""one-shot comparison of a normal query with its normal reference"""

SIBLING_LOOKS: tuple[str, ...] = (
    "The anomaly has the character of {a_sib}.",
    "Judged by shape and texture, what we see is {a_sib}.",
)
"""a characterisation naming another defect type of the same category"""

CONCLUDE_WITH: tuple[str, ...] = (
    "Conclusion: the {product} is defective, with {a_kind} {where}.",
    "I conclude that the {product} is anomalous, showing {a_kind} {where}.",
    "In sum, the evidence supports rejecting the {product} on account of {a_kind} {where}.",
)
"""a conclusion naming a type and place (a sibling type as an error, the truth when
correct)"""

CONCLUDE_OTHER: tuple[str, ...] = (
    "Conclusion: the {product} is defective, with {a_other} {where}.",
    "Final assessment — the {product} shows {a_other} {where} and is rejected.",
)
"""planted: a conclusion naming an unrelated defect type"""

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final call: the {product} has a {part} defect {where}.",
    "The {product} must be rejected; the defect type is {part}, found {where}.",
)
"""planted: a conclusion naming a part of the product as the defect type"""

SYNONYM_LOOKS: tuple[str, ...] = (
    "What is visible reads as {syn}.",
    "Characterisation: {syn}.",
    "In character I would describe this as {syn}.",
)
"""a characterisation in the category's own words for the true type"""

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is rejected for {syn} {where}.",
    "To conclude, the {product} is defective: {syn} {where}.",
    "Outcome: defective {product}; finding, {syn} {where}.",
)
"""a correct conclusion in the category's own words for the true type"""

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}.",
    "I find {a_kind} on the {product}, {where}.",
    "Visible on the {product}: {a_kind} {where}.",
)
"""the first answer after "Yes.": a type and a place (wrong ones as errors)"""

PART_YES: tuple[str, ...] = (
    "The {product} carries a {part} defect {where}.",
    "Defect on the {product}, of type {part}, {where}.",
)
"""planted after "Yes.": a part of the product named as the defect type"""

LOCATION_ANSWERS: tuple[str, ...] = (
    "The anomalous region lies {where}.",
    "Location: {where}.",
    "You will find the defect {where}.",
)
"""a localisation answer (a wrong cell as an error, the true one when correct)"""

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most plausibly originates in {cause}.",
    "The likely source of {name} is {cause}.",
    "Probable root cause: {cause}, which is known to produce {name}.",
)
"""the start of a correct cause answer: the type's name and its cited cause steps"""

CAUSE_PROSE: tuple[str, ...] = (
    "I would trace it back to {step} {cite}.",
    "The listed cause, {step} {cite}, fits what is seen here.",
)
"""a listed cause step named in prose beside its citation (correct)"""

CANONICAL_ANSWERS: tuple[str, ...] = (
    "This is {a_c}.",
    "Type of defect: {c}.",
    "The defect is classed as {a_c}.",
)
"""a classification answer naming the canonical type (correct)"""

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "I see {what} on this {product}, {where}.",
)
"""a correct first answer after "Yes.": what the defect is and where"""

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper left-hand corner", "top-left region", "upper-left area", "top-left cell"),
    "top": ("upper middle", "top centre", "upper-central region", "top-middle cell"),
    "top right": (
        "upper right-hand corner",
        "top-right region",
        "upper-right area",
        "top-right cell",
    ),
    "left": ("left-hand side", "middle-left area", "centre-left region", "left-middle cell"),
    "center": ("central cell", "middle", "centre", "central region"),
    "right": ("right-hand side", "middle-right area", "center-right region", "right-middle cell"),
    "bottom left": (
        "lower left-hand corner",
        "bottom-left region",
        "lower-left area",
        "bottom-left cell",
    ),
    "bottom": ("lower middle", "bottom center", "lower-central region", "bottom-middle cell"),
    "bottom right": (
        "lower right-hand corner",
        "bottom-right region",
        "lower-right area",
        "bottom-right cell",
    ),
}
"""everyday words for each cell of the 3x3 grid"""

PLACE_FRAMES: tuple[str, ...] = ("within the {w}", "in the {w}", "inside the {w}", "around the {w}")
"""prepositional frames around a cell's words"""

PLACE_TAILS: tuple[str, ...] = (" of the picture", " of the photograph", " of the inspected area")
"""optional endings after a cell's words"""

PLACE_AWAY: tuple[str, ...] = (", well off-centre", ", not in the central cell")
"""optional remarks for a cell off the centre"""

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large chipped-off section", "a heavily broken rim"),
    ("bottle", "broken_small"): ("a small chip", "a minor nick in the rim"),
    ("bottle", "contamination"): ("foreign matter", "a foreign deposit"),
    ("carpet", "color"): ("a discoloured patch", "a colour stain"),
    ("carpet", "cut"): ("a slash", "a slit"),
    ("carpet", "hole"): ("a perforation", "a gap in the weave"),
    ("carpet", "metal_contamination"): ("a metal fragment", "embedded metal particles"),
    ("carpet", "thread"): ("a stray thread", "a loose strand of yarn"),
    ("leather", "color"): ("a discoloration", "a dye blotch"),
    ("leather", "cut"): ("a slash", "an incision"),
    ("leather", "fold"): ("a crease", "a wrinkle"),
    ("leather", "glue"): ("adhesive residue", "a glue smear"),
    ("leather", "poke"): ("a puncture", "a pinprick hole"),
    ("screw", "scratch_head"): ("a scratched head", "scoring on the head"),
    ("screw", "scratch_neck"): ("a scuffed neck", "scoring on the neck"),
    ("screw", "manipulated_front"): ("a deformed tip", "a damaged point"),
    ("screw", "thread_side"): ("damaged thread flanks", "a nicked thread profile"),
    ("screw", "thread_top"): ("damaged thread crests", "a flattened thread top"),
    ("metal_nut", "bent"): ("a bent lobe", "a deformed tab"),
    ("metal_nut", "color"): ("a discoloration", "a stained patch"),
    ("metal_nut", "scratch"): ("a scratch mark", "surface scoring"),
    ("metal_plate", "major_rust"): ("a large rust patch", "substantial corrosion"),
    ("metal_plate", "total_rust"): ("rust over the whole plate", "complete corrosion"),
    ("metal_plate", "scratches"): ("surface scoring", "scratch marks"),
}
"""the category's own words for each defect type (correct names)"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "shoulder", "base"),
    "carpet": ("pile", "backing", "yarn", "tuft"),
    "leather": ("grain", "hide", "surface", "flesh side"),
    "screw": ("head", "shank", "tip", "drive slot"),
    "metal_nut": ("flange", "lobe", "bore", "tab"),
    "metal_plate": ("border", "face", "surface", "perimeter"),
}
"""names of parts of each product (planted as if they were defect types)"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a dark blotch",
    "a shallow dent",
    "a frayed patch",
    "a pitted spot",
    "an irregular smear",
    "a fine gouge",
    "a small puncture",
    "a discoloured streak",
    "a raised burr",
    "a foreign speck",
)
"""defects a reasoning describes in a normal image"""

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "burn mark",
    "hole",
    "scratch",
    "oil stain",
    "rust",
    "missing piece",
    "contamination",
    "crease",
)
"""defect types unrelated to the truth (planted as wrong names)"""
