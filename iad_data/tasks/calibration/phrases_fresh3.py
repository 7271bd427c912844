"""The ``fresh3`` phrasebook: a third blind wording of every planted class.

Written without reading the other books, the validator's rules or their misses, so that the
suite can measure the validator on wording it was never tuned on. The tables have the same
names, types and ``{slots}`` as every other book (see ``books.Phrasebook``); templates may
hold ``[a|b]`` alternatives, which ``phrases.expand`` draws from.
"""

from __future__ import annotations

# ------------------------------------------------------------------ errors planted in prose

DISMISSALS: tuple[str, ...] = (
    "The bright mark {place} is [most likely|probably|almost certainly] [glare|a specular "
    "reflection] from the [lighting|ring light|lamp], rather than a real flaw in the {product}.",
    "[On a second look|Looking more closely], what shows up {place} is only dust sitting on the "
    "[lens|camera window|cover glass], not damage to the {product}.",
    "The variation {place} is part of the natural [grain|texture|surface character] of the "
    "{product} and can [safely|reasonably] be [ignored|disregarded].",
    "{place} there is a faint irregularity, but it [stays well within tolerance|is inside the "
    "usual tolerances] and is [purely cosmetic|cosmetic only|of no functional consequence].",
    "I would [put|chalk] the spot {place} down to a [compression artefact|sensor artifact|shadow "
    "from the fixture|focus blur]; it is not a defect of the {product}.",
    "What [looks like|resembles] a blemish {place} is just a shadow cast across the {product}; "
    "the material [itself is unaffected|is intact there|has no real fault].",
    "Any unevenness {place} reflects ordinary [manufacturing|batch|process] variation for the "
    "{product}, so I [do not count it as|would not treat it as|don't consider it] a fault.",
)
"""anomalous record: a middle step explains the visible mark away"""

SIGHTINGS: tuple[str, ...] = (
    "There is {kind} {place} on the {product}[| that stands out from the surrounding surface].",
    "{place}, the {product} [carries|shows|has] {kind}.",
    "I [notice|can make out|spot] {kind} {place}, [although|though] it is [small|faint|minor].",
    "The {product} is marked by {kind} {place}[| which catches the light].",
    "Looking [across|over] the {product}, {kind} [appears|is visible] {place}.",
)
"""normal record: the reasoning describes a defect (``kind`` with its article)"""

WRONG_PLACES: tuple[str, ...] = (
    "The anomaly is [concentrated|confined|located] {place}.",
    "[Its position|The affected area]: {place}.",
    "The irregular region [sits|lies] {place}[| and nowhere else].",
    "{place} is where the [departure from normal|irregularity] [shows|can be seen].",
    "I [localise|localize|place] the defect {place}.",
)
"""the localisation step, naming the cell given as ``place``"""

HEDGES: tuple[str, ...] = (
    "It is [hard|difficult] to tell whether this is {a_kind} or {a_other}.",
    "This could be {a_kind}, [although|though] {a_other} cannot be ruled out.",
    "{a_kind} seems [likely|plausible], but it [might|may] equally be {a_other}.",
    "I am [torn|undecided] between {a_other} and {a_kind} here.",
    "Either {a_kind} or {a_other} would fit; the image does not settle which.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} (or else {other})",
    "{kind} versus {other}",
    "probably {kind}, could be {other}",
    "{other} or perhaps {kind}",
    "{kind} or conceivably {other}",
)
"""type tags hedging between the true type and another (lower-cased when planted)"""

FLIPPED_YES: tuple[str, ...] = (
    "[Overall|All told|Taken together], the {product} is in good condition and free of defects.",
    "I find nothing wrong with the {product}; it [should|can] be accepted.",
    "The {product} looks [entirely|perfectly|completely] normal[| to me].",
    "There is no anomaly [on|anywhere on] this {product}, so it passes.",
    "This {product} [can go through|may be released] as a good part.",
)
"""anomalous record: the prose says the part is good, without a leading Yes/No"""

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is [clearly|evidently] defective and should be [rejected|pulled from the line].",
    "There is a flaw on this {product} that makes it a reject.",
    "This {product} fails inspection because of a visible anomaly.",
    "I'd [reject|scrap|quarantine] the {product}: something is wrong with its surface.",
    "[In summary|To sum up], the {product} shows a defect and is not acceptable.",
)
"""normal record: the prose says the part is defective, without a leading Yes/No"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I do not see any {kind} {place}; the {product} is not defective.",
    "It is not the case that the {product} is damaged: there is no {kind} {place}.",
    "No sign of {kind} {place}, and nothing else [suggests|indicates] the {product} is anomalous.",
    "Far from being faulty, the {product} shows no {kind} {place} and need not be rejected.",
    "There is nothing resembling {kind} {place}, so I would not [call|class] the {product} "
    "defective.",
)
"""anomalous record: a negated sentence that means No (``kind`` without its article)"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not {kind}-free.",
    "It would be wrong to call this {product} free of any {kind}.",
    "I cannot say that the {product} is without a {kind}.",
    "There is no way this {product} comes through {kind}-free.",
    "This {product} is not without a {kind}[|, I'm afraid].",
    "I would not describe the {product} as [flawless|clean]; it does not escape a {kind}.",
)
"""normal record: a negated sentence that means Yes (``kind`` is "defect")"""

# ------------------------------------------------------------------ correct paraphrases

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not free of defects: {a_kind} [sits|is present|can be seen] {place}.",
    "This {product} is far from [flawless|perfect], with {a_kind} {place}.",
    "I cannot pass the {product}; there is {a_kind} {place}.",
    "Not defect-free[|, unfortunately]: the {product} has {a_kind} {place}.",
    "There's no way the {product} is acceptable[ as it stands|], given {a_kind} {place}.",
)
"""anomalous record: Yes said with a negation (correct)"""

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection[| without reservation].",
    "I see nothing to reject the {product} for[|; it can be released].",
    "The {product} meets [the specification|spec] and [can ship|is fine to release].",
    "No fault found: the {product} is acceptable [as is|in its current state].",
    "This {product} [is a good part|comes out clean] and [should be accepted|is cleared].",
)
"""normal record: No said in other words (correct)"""

# ------------------------------------------------------------------ hint leaks

LEAKS: tuple[str, ...] = (
    "According to the {source}, there is {a_kind} {place}, which [agrees with|matches] what I "
    "see on the {product}.",
    "The {source} [marks|flags|points to] {a_kind} {place}, so I [focused on|looked closely at] "
    "that part of the {product}.",
    "I was [told|informed] via the {source} that the {product} has {a_kind} {place}.",
    "Going by the {source}, {a_kind} should be present {place}, and the {product} does show it.",
    "{a_kind} {place}, as recorded in the {source}, confirms that the {product} is defective.",
    "Since the {source} already [lists|records|notes] {a_kind} {place}, the {product} must be "
    "anomalous.",
    "[Cross-checking|Checking] against the {source}: it confirms {a_kind} {place} on the "
    "{product}.",
)
"""anomalous record: the reasoning cites supervision it could not see (``the {source}``)"""

LEAK_SOURCES: tuple[str, ...] = (
    "defect mask shipped alongside the picture",
    "polygon the annotator drew",
    "bounding box in the metadata",
    "label field",
    "name of the image file",
    "folder the image was stored in",
    "solution sheet",
    "grading rubric",
    "answer the grader expects",
    "brief I was given",
    "shift lead's comment",
    "heatmap overlay that came with it",
    "class tag in the dataset",
    "clue in the question wording",
    "embedded image metadata",
    "QA engineer's remark",
    "evaluation script's expected output",
)
"""things an inspector never sees, each read after "the" """

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} lists this {product} as a good sample, which agrees with my reading.",
    "Per the {source}, the {product} is defect-free, so I expected a clean image.",
    "Nothing is flagged in the {source} for this {product}[|, and I found nothing either].",
    "Because the {source} [says|indicates] the {product} is normal, I did not look further.",
)
"""normal record: the reasoning cites supervision it could not see"""

# ------------------------------------------------------------------ process steps

STEP_PROSE: tuple[str, ...] = (
    "This damage [most likely|probably] [arose|originated] during {step}.",
    "I'd trace the fault back to {step}.",
    "A problem in {step} is the [likeliest|most plausible] source.",
    "Given its appearance, the flaw points to {step}.",
    "Something must have gone wrong at the {step} stage.",
)
"""anomalous record: a non-causal (or another category's) step named as the cause"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "There is no trace of trouble from {step}.",
    "Everything suggests {step} went as intended.",
    "The surface shows that {step} was carried out [cleanly|properly].",
)
"""normal record: a step named in prose where none belongs"""

# ------------------------------------------------------------------ repetition, length

FILLER_CHUNKS: tuple[str, ...] = (
    "the texture reads as uniform",
    "nothing unusual stands out",
    "to repeat the point",
    "it all lines up as before",
    "same as in the previous view",
    "the outline is as it should be",
)
"""short clauses the filler repeats"""

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the shutter timing",
    "the amplifier gain",
    "the diffuser panel",
    "the camera-to-part distance",
    "the lens mount",
    "the ring light",
    "the image histogram",
    "the capture pipeline",
    "the backdrop tray",
    "the mounting fixture",
    "the polariser setting",
    "the gamma curve",
    "the sensor bit depth",
    "the pixel pitch",
    "the calibration target",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays consistent",
    "appears well tuned",
    "was set correctly",
    "behaves predictably",
    "looks appropriate",
    "is within its usual range",
    "matches the station defaults",
    "seems properly configured",
    "was left unchanged",
    "works as specified",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this kind of capture",
    "from one frame to the next",
    "during the whole session",
    "given the size of the part",
    "under these conditions",
    "as documented for the rig",
    "for close-up work",
    "in every exposure taken",
    "relative to the last calibration",
    "for the purposes of this check",
)

# ------------------------------------------------------------------ one-shot reference

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set against the reference image, the {product} departs from it in one [region|spot].",
    "Unlike the normal reference, this {product} shows a local irregularity.",
    "Compared side by side with the known-good reference, the {product} differs visibly.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the reference image, the {product} matches it closely.",
    "The {product} lines up with the good reference; I see no departure from it.",
)

# ------------------------------------------------------------------ types in conclusions

SIBLING_LOOKS: tuple[str, ...] = (
    "The feature has the look of {a_sib}.",
    "By shape and texture it resembles {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product} is defective: {a_kind} [is present|can be seen] {where}.",
    "Verdict: anomalous {product}, owing to {a_kind} {where}.",
    "On balance the {product} must be rejected for {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "I conclude that the {product} is anomalous because of {a_other} {where}.",
    "The {product} fails; the defect {where} is {a_other}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product} is defective; defect type: {part}, {where}.",
    "I classify the anomaly {where} as {part} and reject the {product}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "It reads as {syn}.",
    "The feature is {syn}[|, plainly].",
    "What I see is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is defective because of {syn} {where}.",
    "I reject the {product}: {syn} [sits|shows] {where}.",
    "There is {syn} {where}, so the {product} is anomalous.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} carries {a_kind} {where}.",
    "{a_kind} is visible {where} on the {product}.",
    "Visible {where} on this {product} is {a_kind}.",
)
"""an instruction answer's first sentence after "Yes." """

PART_YES: tuple[str, ...] = (
    "The {product} has a defect of type {part} {where}.",
    "The anomaly {where} on the {product} is classed as {part}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect [sits|lies] {where}.",
    "The anomaly can be found {where}.",
    "The position of the anomaly is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most plausibly originates in {cause}.",
    "The probable origin of {name} lies in {cause}.",
    "In my view, {name} traces back to {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That fits a fault during {step} {cite}.",
    "The root cause is most likely {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect class: {c}.",
    "The type is best described as {a_c}.",
    "I would classify it as {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "On the {product} I can make out {what} {where}.",
    "There is {what} {where} on the {product}.",
)
"""an instruction answer's first sentence after "Yes." (a visual signature follows)"""

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top-left zone", "upper-left sector", "top left-hand quarter", "top-left portion"),
    "top": ("top-middle zone", "upper centre", "middle of the upper edge", "upper central band"),
    "top right": (
        "top-right zone",
        "upper-right sector",
        "top right-hand quarter",
        "top-right portion",
    ),
    "left": ("mid-left zone", "left-hand border zone", "centre-left", "middle-left area"),
    "center": ("central region", "mid-frame region", "very middle", "innermost area"),
    "right": ("mid-right zone", "right-hand border zone", "centre-right", "middle-right area"),
    "bottom left": (
        "bottom-left zone",
        "lower-left sector",
        "bottom left-hand quarter",
        "bottom-left portion",
    ),
    "bottom": (
        "bottom-middle zone",
        "lower centre",
        "middle of the lower edge",
        "lower central band",
    ),
    "bottom right": (
        "bottom-right zone",
        "lower-right sector",
        "bottom right-hand quarter",
        "bottom-right portion",
    ),
}
"""grid cell -> everyday words for it"""

PLACE_FRAMES: tuple[str, ...] = (
    "right in the {w}",
    "somewhere within the {w}",
    "just inside the {w}",
    "in the general area of the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the captured frame",
    " of the camera view",
    " of the image area",
)

PLACE_AWAY: tuple[str, ...] = (", well off-centre", ", off to one side of centre")

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a badly shattered rim", "a large fracture in the glass"),
    ("bottle", "broken_small"): ("a tiny chip out of the rim", "a nick on the lip"),
    ("bottle", "contamination"): (
        "a deposit of foreign matter",
        "a speck of debris inside the glass",
    ),
    ("carpet", "color"): ("a dye stain", "a patch of faded dye"),
    ("carpet", "cut"): ("a sliced section of pile", "a clean cut through the tufts"),
    ("carpet", "hole"): ("a gap in the weave", "a hole worn right through"),
    ("carpet", "metal_contamination"): (
        "an embedded metal sliver",
        "a metallic particle caught in the pile",
    ),
    ("carpet", "thread"): ("a stray strand of yarn", "a loose yarn loop"),
    ("leather", "color"): ("a dye blotch", "an uneven patch of colour"),
    ("leather", "cut"): ("a blade cut", "a clean incision"),
    ("leather", "fold"): ("a pressed-in crease", "a folded wrinkle"),
    ("leather", "glue"): ("a streak of dried glue", "a blob of adhesive"),
    ("leather", "poke"): ("a needle-sized hole", "a stab mark"),
    ("screw", "scratch_head"): ("a scored head", "a scratch across the screw head"),
    ("screw", "scratch_neck"): ("a scratch on the neck", "scoring just under the head"),
    ("screw", "manipulated_front"): ("a tampered tip", "a reshaped tip"),
    ("screw", "thread_side"): ("a flattened thread flank", "a crushed section of thread"),
    ("screw", "thread_top"): ("a battered lead thread", "a deformed top thread"),
    ("metal_nut", "bent"): ("a bent prong", "a buckled arm"),
    ("metal_nut", "color"): ("a discoloured spot", "an off-colour mark"),
    ("metal_nut", "scratch"): ("a scored surface", "a fine scratch line"),
    ("metal_plate", "major_rust"): ("a patch of corrosion", "heavy rust spotting"),
    ("metal_plate", "total_rust"): (
        "a fully corroded surface",
        "corrosion across the entire plate",
    ),
    ("metal_plate", "scratches"): ("a set of scrape marks", "several surface scuffs"),
}
"""(category, dataset type) -> an engineer's names for the defect, with their article"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("finish", "pushed-up base", "body wall", "neck ring"),
    "carpet": ("latex layer", "tuft row", "binding", "edge tape"),
    "leather": ("top grain", "hide underside", "belly section", "hide edge"),
    "screw": ("unthreaded shank", "socket", "head underside", "fillet"),
    "metal_nut": ("threaded bore", "chamfered rim", "top face", "lobe tip"),
    "metal_plate": ("sheared edge", "cut corner", "main face", "border strip"),
}
"""category -> parts of the product (never defect types)"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline fracture",
    "a shallow indentation",
    "a dark smear",
    "a tiny pierced hole",
    "a frayed patch",
    "a rough gouge",
    "a blotch of discoloration",
    "a sharp burr on the edge",
    "a faint crack line",
    "a punctured spot",
    "an irregular pit",
)
"""defects a normal record's reasoning may wrongly describe, with their article"""

OTHER_TYPES: tuple[str, ...] = (
    "warp",
    "dented area",
    "breakage",
    "void",
    "cavity",
    "pinhole",
    "rust spot",
    "grease spot",
    "scuff",
    "fingerprint",
)
"""defect types unrelated to most truths (each known to the type table)"""
