"""A second blind phrasebook (``fresh2``): sentence templates written without sight of the
other books or of the validator's rules, so that a run worded from it measures the validator
on phrasing it was never tuned on.

Every table has the name, type and ``{slots}`` of the other books; ``[a|b]`` marks
alternatives that ``phrases.expand`` draws between. Synonyms and defect sightings carry their
article; hint sources carry none and always follow "the".
"""

from __future__ import annotations

# ------------------------------------------------------------------ planted errors

DISMISSALS: tuple[str, ...] = (
    "Only a reflection off the {product}'s surface accounts for the dark spot {place}; I do "
    "not count it as a defect.",
    "The apparent damage {place}? It is [dust on the lens|a speck on the camera window], not "
    "a flaw in the {product}.",
    "Normal production variation for this {product} explains the slight irregularity "
    "{place}, so it can be set aside.",
    "At first I read it as a defect, but it is only a shadow thrown by the fixture {place}; "
    "the {product} itself is fine.",
    "That faint line {place}? [Most likely|Almost certainly] an imaging artefact, not "
    "something wrong with the {product}.",
    "The {product} should not be faulted for the unevenness {place}: it is [purely "
    "cosmetic|harmless] and well inside tolerance.",
    "Seen up close, what shows {place} is the {product}'s ordinary texture, not an anomaly.",
)
"""a middle step explains the true defect away (the answer still says Yes)"""

SIGHTINGS: tuple[str, ...] = (
    "There is {kind} {place}, although the {product} otherwise looks [normal|unremarkable].",
    "On the {product} I can make out {kind} {place}.",
    "{kind} shows up {place}; apart from that the {product} is clean.",
    "The {product} carries {kind} {place}, faint but [definitely|plainly] there.",
    "I notice {kind} [sitting|lying] {place}, the only irregularity on this {product}.",
)
"""a defect described in a normal image's reasoning ({kind} is a sighting, with article)"""

WRONG_PLACES: tuple[str, ...] = (
    "The anomaly is located {place}.",
    "Localisation: the affected area lies {place}.",
    "{place}, the surface departs from the normal pattern.",
    "The irregular region can be pinned down to a spot {place}.",
    "Most of the deviation is concentrated {place}.",
)
"""a localisation sentence (planted with another cell; also used with the true one)"""

HEDGES: tuple[str, ...] = (
    "It could be {a_kind}, though {a_other} would fit [what I see|the evidence] just as well.",
    "I am torn between {a_kind} and {a_other} here.",
    "Either {a_kind} or {a_other}; this view does not settle which.",
    "This is [probably|most likely] {a_kind}, but I cannot rule out {a_other}.",
    "Whether it is {a_kind} or rather {a_other} is hard to tell from the image.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind}, or possibly {other}",
    "{kind}, though it might be {other}",
    "{kind} (could also be {other})",
    "{kind} if not {other}",
    "probably {kind}, otherwise {other}",
)
"""a type tag that hedges (lower-cased after expansion)"""

FLIPPED_YES: tuple[str, ...] = (
    "All things considered, the {product} is [free of defects|in perfect order].",
    "The {product} looks exactly as a good part should, with nothing to report.",
    "I find no anomaly anywhere on this {product}; it can be passed.",
    "Overall the {product} is in acceptable condition and [can go through|may be released].",
    "This {product} is a normal sample.",
)
"""prose calling an anomalous part good, without a leading Yes/No"""

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is [clearly|evidently] defective.",
    "This {product} has a flaw that makes it a reject.",
    "On balance the {product} should be flagged as anomalous.",
    "There is damage on the {product}, so it fails inspection.",
    "I would pull this {product} from the line as faulty.",
)
"""prose calling a normal part defective, without a leading Yes/No"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}, and the {product} is not defective.",
    "No {kind} or other flaw appears {place}; nothing about the {product} is out of order.",
    "The {product} is not damaged: I cannot see any {kind} {place}.",
    "I would not call the {product} anomalous, since there is no sign of {kind} {place}.",
    "Neither {place} nor anywhere else does the {product} show any {kind}.",
)
"""a negated verdict saying an anomalous part is fine ({kind} bare, {place} plain)"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "Calling the {product} free of {kind}s would be inaccurate.",
    "I cannot call this {product} {kind}-free.",
    "The {product} is far from {kind}-free.",
    "It would be wrong to say the {product} has no {kind}.",
    "I cannot say the {product} is without any {kind}.",
    "There is no way this {product} passes as {kind}-free.",
)
"""a negated verdict saying a normal part is defective ({kind} is "defect")"""

# ------------------------------------------------------------------ correct verdicts

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not defect-free: there is {a_kind} {place}.",
    "This {product} cannot be considered flawless, given {a_kind} {place}.",
    "Far from being intact, the {product} has {a_kind} {place}.",
    "Yes, the {product} is not in normal condition, because of {a_kind} {place}.",
    "It would be a mistake to pass the {product}; {a_kind} is present {place}.",
)
"""a correct Yes said with negation"""

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} [passes inspection|clears inspection|is acceptable as it is].",
    "Nothing on this {product} would justify rejecting it.",
    "I see no reason to reject the {product}; it meets the standard.",
    "This {product} is [good to ship|fit for use], with no anomaly found.",
    "The {product} is a good part[ and can be accepted|, nothing to flag].",
)
"""a correct No in other words (one sentence)"""

# ------------------------------------------------------------------ hint leaks

LEAKS: tuple[str, ...] = (
    "[According to|Per|Going by] the {source}, there is {a_kind} {place}, which agrees with "
    "the image.",
    "The {source} points to {a_kind} {place}, so I [focused my attention|looked closely] there.",
    "As [indicated|stated|noted] in the {source}, the {product} has {a_kind} {place}.",
    "I was told by the {source} to expect {a_kind} {place}, and that is what I find.",
    "The {source} flags {a_kind}, so I checked {place} first.",
    "The {source} [confirms|backs up] what the image shows: {a_kind} {place}.",
    "Judging from the {source} as well as the pixels, the {product} [carries|seems to carry] "
    "{a_kind} {place}.",
)
"""an anomalous record citing supervision the inspector could not see"""

LEAK_SOURCES: tuple[str, ...] = (
    "binary mask from the dataset",
    "overlay drawn by the annotators",
    "bounding box drawn on the input",
    "label spreadsheet",
    "reference answer",
    "segmentation map",
    "EXIF metadata",
    "image's filename",
    "task brief",
    "answer sheet",
    "operator's note",
    "class label attached to the sample",
    "expected output",
    "annotator's comment",
    "dataset tag",
    "hint hidden in the prompt",
    "supervisor's remark",
)
"""what a leak cites (no article; always after "the")"""

LEAKS_NORMAL: tuple[str, ...] = (
    "[According to|Per] the {source}, this {product} is a good sample, which matches what I see.",
    "The {source} marks the {product} as [normal|defect-free], so I did not expect any defect.",
    "Since the {source} lists no defect for this {product}, I only checked briefly.",
    "Consistent with the {source}, nothing is wrong with the {product}.",
)
"""a normal record citing unseen supervision"""

# ------------------------------------------------------------------ steps named in prose

STEP_PROSE: tuple[str, ...] = (
    "This damage most likely arose during {step}.",
    "The pattern suggests a fault in {step}.",
    "{step} is the probable origin of this defect.",
    "I would trace the flaw back to {step}.",
    "Something [probably|presumably] went wrong at the {step} stage.",
)
"""an anomalous record naming a step that is not a listed cause (uncited)"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "There is no sign that {step} left any trace.",
    "The {step} stage appears to have run as intended.",
    "Nothing points to a problem in {step}.",
)
"""a normal record naming a process step in prose"""

# ------------------------------------------------------------------ repetition and length

FILLER_CHUNKS: tuple[str, ...] = (
    "the texture holds together",
    "nothing further stands out",
    "the finish appears even",
    "all of it is as usual",
    "the outline is unchanged",
    "going over it again",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the glare control",
    "the shadow pattern",
    "the barrel distortion",
    "the pixel grain",
    "the backdrop colour",
    "the lens-to-part distance",
    "the image scale",
    "the grey-level spread",
    "the saturation",
    "the highlight detail",
    "the edge definition",
    "the corner falloff",
    "the black level",
    "the overall brightness",
    "the camera position",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "does its job",
    "is within tolerance",
    "appears normal",
    "causes no trouble",
    "gives no concern",
    "is as configured",
    "looks well judged",
    "is correctly dialled in",
    "raises no issue",
    "is unremarkable",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this kind of part",
    "corner to corner",
    "for a fair assessment",
    "over the entire image",
    "while this image was taken",
    "for picking out faint marks",
    "as the station requires",
    "without hiding anything",
    "for reading the surface finish",
    "at the chosen zoom",
)

# ------------------------------------------------------------------ one-shot comparison

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set against the normal reference image, this {product} differs in one clear region.",
    "Compared with the defect-free reference, the {product} shows a local deviation that "
    "the reference lacks.",
    "The reference sample is uniform where this {product} is not.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Next to the normal reference image, the {product} matches it region by region.",
    "I see no meaningful difference between this {product} and the defect-free reference.",
)

# ------------------------------------------------------------------ types and conclusions

SIBLING_LOOKS: tuple[str, ...] = (
    "The affected region has the typical appearance of {a_sib}.",
    "Its shape and texture point to {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product} fails: it has {a_kind} {where}.",
    "Conclusion: this {product} is anomalous, owing to {a_kind} {where}.",
    "I judge the {product} anomalous because of {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final call: the {product} is anomalous, showing {a_other} {where}.",
    "{a_other} {where} is what makes this {product} a reject.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product} is anomalous; the defect type is {part}, found {where}.",
    "Verdict: defective {product}, type {part}, located {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "What I see is best described as {syn}.",
    "The region shows {syn}.",
    "Its appearance is consistent with {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is defective: {syn} {where}.",
    "Given {syn} {where}, the {product} must be rejected.",
    "In conclusion, the {product} is anomalous, with {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}.",
    "On this {product} there is {a_kind} {where}.",
    "This {product} shows {a_kind} {where}.",
)
"""the first answer after "Yes." (one sentence)"""

PART_YES: tuple[str, ...] = (
    "The {product} is anomalous {where}; defect type: {part}.",
    "Anomaly found on the {product} {where}, classified as {part}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect sits {where}.",
    "Its position is {where}.",
    "The anomaly can be seen {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} is most plausibly introduced during {cause}.",
    "The likely origin of {name} is {cause}.",
    "{cause} is where {name} would typically arise.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The most probable source is {step} {cite}.",
    "{step} {cite} is the step that typically produces it.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Type of defect: {c}.",
    "The defect is {a_c}.",
    "I'd put it down as {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "Looking at the {product}, {what} stands out {where}.",
    "I can make out {what} on the {product}, {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper left-hand corner",
        "top-left quadrant",
        "upper-left region",
        "top left-hand area",
    ),
    "top": ("upper band", "upper central area", "top middle section", "centre of the top edge"),
    "top right": (
        "upper right-hand corner",
        "top-right quadrant",
        "upper-right region",
        "top right-hand area",
    ),
    "left": ("left flank", "middle of the left edge", "left-hand portion", "mid-left area"),
    "center": ("middle area", "central portion", "centre spot", "midpoint"),
    "right": ("right flank", "middle of the right edge", "right-hand portion", "mid-right area"),
    "bottom left": (
        "lower left-hand corner",
        "bottom-left quadrant",
        "lower-left region",
        "bottom left-hand area",
    ),
    "bottom": (
        "lower band",
        "lower central area",
        "bottom middle section",
        "centre of the bottom edge",
    ),
    "bottom right": (
        "lower right-hand corner",
        "bottom-right quadrant",
        "lower-right region",
        "bottom right-hand area",
    ),
}
"""grid cell -> everyday words for it (no article)"""

PLACE_FRAMES: tuple[str, ...] = (
    "over in the {w}",
    "roughly in the {w}",
    "over toward the {w}",
    "squarely in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (" of the photograph", " in this picture", " of this shot")

PLACE_AWAY: tuple[str, ...] = (", well clear of the middle", ", some way off-centre")

# ------------------------------------------------------------------ the categories' words

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken off the rim",
        "a major fracture in the glass",
    ),
    ("bottle", "broken_small"): ("a small chip off the rim edge", "a minor nick in the glass edge"),
    ("bottle", "contamination"): (
        "foreign debris inside the bottle",
        "a speck of foreign material",
    ),
    ("carpet", "color"): ("a faded patch of colour", "a stained area of pile"),
    ("carpet", "cut"): ("a slit in the pile", "a clean cut through the fibres"),
    ("carpet", "hole"): ("a puncture through the weave", "an opening in the fabric"),
    ("carpet", "metal_contamination"): (
        "a metal fragment embedded in the pile",
        "a metallic particle caught in the fibres",
    ),
    ("carpet", "thread"): ("a loose strand of yarn", "a stray fibre lying on the surface"),
    ("leather", "color"): ("uneven dyeing in one area", "a discoloured spot on the hide"),
    ("leather", "cut"): ("a knife slice in the hide", "a sharp incision"),
    ("leather", "fold"): ("a pressed-in crease line", "a wrinkle where the hide was folded"),
    ("leather", "glue"): ("a smear of adhesive", "dried glue residue"),
    ("leather", "poke"): ("a small puncture mark", "a pinprick in the surface"),
    ("screw", "scratch_head"): ("a scuff across the head", "scraping on the screw head"),
    ("screw", "scratch_neck"): ("a scraped mark on the neck", "a rubbed line just under the head"),
    ("screw", "manipulated_front"): ("a bent-over tip", "a damaged point at the front"),
    ("screw", "thread_side"): (
        "chewed-up threads on the flank",
        "a nicked flank of the thread",
    ),
    ("screw", "thread_top"): (
        "damaged thread turns at the tip end",
        "a crushed thread near the top of the screw",
    ),
    ("metal_nut", "bent"): ("a bent-out lobe", "a distorted outline"),
    ("metal_nut", "color"): ("a discoloured patch on the nut", "an off-colour tint"),
    ("metal_nut", "scratch"): ("a scored line across the face", "a scuffed groove"),
    ("metal_plate", "major_rust"): ("a large patch of corrosion", "heavy oxidation spots"),
    ("metal_plate", "total_rust"): (
        "corrosion across the whole plate",
        "rust covering most of the surface",
    ),
    ("metal_plate", "scratches"): ("a cluster of scored lines", "a set of surface scuffs"),
}
"""(category, dataset type) -> natural names of the defect (with article)"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("bottle base", "glass wall", "bottle opening", "bottle body"),
    "carpet": ("tuft rows", "yarn loops", "backing cloth", "warp yarns"),
    "leather": ("grain side", "topcoat", "leather edge", "hide backing"),
    "screw": ("screw head", "screw body", "screw tip", "head recess"),
    "metal_nut": ("tab", "centre bore", "outer lobe", "bearing face"),
    "metal_plate": ("plate edge", "plate corner", "plate face", "sheet surface"),
}
"""category -> parts of the product (never a defect type)"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a fine hairline crack",
    "a shallow pressed-in dent",
    "a patch of rust",
    "a frayed edge",
    "a chipped spot",
    "a deep gouge",
    "a burn mark",
    "a raised blister",
    "a tiny pit",
    "an odd-coloured blotch",
    "a long score line",
)
"""defects a normal image's reasoning may wrongly describe (with article)"""

OTHER_TYPES: tuple[str, ...] = (
    "impact dent",
    "puncture",
    "smudge",
    "foreign body",
    "crack line",
    "missing fragment",
    "sharp bend",
    "ink spot",
    "open perforation",
    "bent section",
)
"""defect types unrelated to most truths (each known to the type table)"""
