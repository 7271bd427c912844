"""Phrasebook ``fresh11``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Four voices are mixed inside
every table: a live play-by-play commentator, a legal / contract-drafting voice, an old
craftsman judging by feel and eye, and a data scientist writing log lines and key=value
pairs.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error sentences

DISMISSALS: tuple[str, ...] = (
    "And what's that {place}? Oh, just a speck of dust on the lens, folks, "
    "the {product} itself is spotless!",
    "The irregularity appearing {place} shall be deemed a reflection of the lamp and not a "
    "defect of the {product}, and is hereinafter disregarded.",
    "That little shadow {place}, the {product} tells me it's only the light playing games; "
    "underneath she's sound as a bell.",
    "region {place} -> flagged, then discarded: imaging artefact, not damage; {product} surface ok",
    "Something {place} caught my eye at first, but it is merely glare on the {product} and "
    "nothing that counts as a flaw.",
    "Notwithstanding the mark visible {place}, said mark is a smudge on the camera glass and "
    "forms no part of any defect of the {product}.",
    "I looked twice at the spot {place}; it's a trick of the backlight, nothing more, and "
    "I'd not hold it against the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "And there it is! A {kind} {place} on the {product}, clear as day!",
    "The {product} exhibits a {kind} {place}, which shall constitute a defect for the "
    "purposes of this report.",
    "Run your eye {place} and you'll find it: a {kind}, small but real, on this {product}.",
    "obs: {kind} detected {place} | obj={product} | conf: high",
    "A {kind} has crept in {place}; the {product} carries it plainly.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The anomaly is located {place}.",
    "loc -> {place} (anomalous region)",
    "We move across the frame and, yes, the damaged area sits {place}.",
    "The affected region (hereinafter the Region) lies {place}.",
    "Where's the trouble? Right there, {place}, that's where the eye lands.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}: honestly too close to call from here!",
    "The mark shall be classed as either {a_kind} or {a_other}, the parties being unable to "
    "determine which.",
    "It feels like {a_kind} to me, though it might just as well be {a_other}; I can't swear "
    "to either.",
    "type candidates: {a_kind} | {a_other} (no clear winner, p~0.5 each)",
    "Is it {a_kind}? Perhaps {a_other}? Hard to say which one we have.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "either {kind} or {other}",
    "{kind} (possibly {other})",
    "{other} or maybe {kind}",
)

FLIPPED_YES: tuple[str, ...] = (
    "What a clean finish on this {product}, nothing to fault anywhere!",
    "The {product} shall be deemed free of defects and fit for acceptance.",
    "Sound as a bell, this {product}; I'd pass it without a second look.",
    "verdict=normal, {product} anomaly-free",
    "All told, the {product} is in perfect order and goes straight through.",
)

FLIPPED_NO: tuple[str, ...] = (
    "Oh, and that's a defect on this {product}, it has to come off the line!",
    "The {product} is hereby found defective and shall be rejected.",
    "This {product} has a wound in it; I wouldn't let it go out the door.",
    "pred=anomaly for the {product}, damage present",
    "Sadly the {product} is flawed and fails the inspection.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "No {kind} anywhere, not even {place}: this {product} isn't defective at all!",
    "There is not any {kind} {place}, and the {product} shall not be deemed faulty.",
    "No trace of {kind} {place} or anywhere else; the {product} is not damaged.",
    "{kind} {place}: absent; {product} not anomalous",
    "Not a single {kind} to be found {place}, so the {product} is not flawed.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of a {kind}, I'm afraid!",
    "The {product} cannot be certified {kind}-free.",
    "I wouldn't call this {product} {kind}-free, not by a long way.",
    "{product}: not {kind}-free (flag raised)",
    "Far from {kind}-free, this {product}.",
    "It is not the case that the {product} is without {kind}.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Far from flawless, this {product}: there's {a_kind} {place}!",
    "The {product} is not free of defects, there being {a_kind} {place}.",
    "She's not sound, this {product}; {a_kind} sits {place}.",
    "{product} not defect-free -> {a_kind} found {place}",
    "One can't pass this {product}: it carries {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection, clean from edge to edge!",
    "The {product} is accepted as conforming in every respect.",
    "A good honest {product}, this; nothing to reject it for.",
    "status=pass; {product} looks normal throughout",
    "This {product} meets the standard and can ship as it is.",
)

LEAKS: tuple[str, ...] = (
    "And {source} confirms it: {a_kind} {place} on the {product}!",
    "As set out in {source}, the {product} bears {a_kind} {place}.",
    "I only knew where to look because {source} showed {a_kind} {place} on the {product}.",
    "src={source} -> {a_kind} {place} ({product}), matches",
    "Going by {source}, there's {a_kind} {place} on this {product}.",
    "The {product} has {a_kind} {place}, exactly as {source} marks it.",
    "Checked against {source}: {a_kind} {place}, so the {product} is defective.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the annotation file",
    "the defect label",
    "the folder name",
    "the bounding box in the labels",
    "the gt_mask.png next to the image",
    "the file path (test/<defect>/)",
    "what the operator told me",
    "the answer key",
    "the segmentation overlay",
    "the label csv",
    "the supplied annotations",
    "the hint in the brief",
    "the mask file",
    "the directory the image came from",
    "the ground truth",
    "the label I was given",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "And {source} calls this {product} good, so we're clean!",
    "Per {source}, the {product} is designated normal.",
    "{source} says good for this {product}; label=normal, so no defect",
    "I trust {source} here: it says the {product} is a good one.",
)

STEP_PROSE: tuple[str, ...] = (
    "This most likely went wrong during {step}.",
    "The defect shall be attributed to {step}.",
    "You can feel it: {step} is where this damage was done.",
    "root_cause -> {step}",
    "Trace it back and the fault was introduced at {step}.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} seems to have run cleanly on this one.",
    "Nothing points to any slip during {step} here.",
    "process note: {step} ok",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "so on and so forth",
    "as it were, as it were",
    "basically, when you look at it",
    "all things considered, more or less",
    "so to speak, in a manner of speaking",
    "etc etc, moving on",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The backdrop",
    "The camera angle",
    "The exposure",
    "The white balance",
    "The framing",
    "The focus",
    "The shadow on the table",
    "The image border",
    "The colour of the background",
    "The sharpness",
    "The contrast",
    "The field of view",
    "The resolution",
    "The grey tone of the backing",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays",
    "remains",
    "looks",
    "seems",
    "holds",
    "appears",
    "reads",
    "comes across",
    "keeps",
    "sits",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "steady across the whole shot",
    "even from one side to the other",
    "much as in the other captures",
    "unremarkable for a bench photograph",
    "the same as in the earlier frames",
    "consistent with the usual setup",
    "fairly ordinary under the lamp",
    "about what you'd expect in the lab",
    "level and calm throughout",
    "plain for this kind of picture",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Put it next to the reference {product} and there's the difference, one patch that "
    "the good sample doesn't have!",
    "Compared with the normal reference, this {product} departs from it in one region.",
    "ref vs query ({product}): mismatch in one area, rest aligned",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Set beside the good reference, this {product} matches it line for line.",
    "diff(query, ref) for the {product}: nothing beyond lighting noise",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "It has every mark of {a_sib}, plain to the eye.",
    "character -> {a_sib}",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "Final call: {a_kind} on the {product}, {where}.",
    "The {product} shall be deemed defective by reason of {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "So there we have it, {a_other} on the {product}, {where}!",
    "result: {a_other} | obj={product} | loc={where}",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "defect_type={part}, {product}, {where}",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "What we see here is {syn}.",
    "To my eye it's {syn}, no mistaking it.",
    "appearance -> {syn}",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is defective: {syn} {where}.",
    "And that's {syn} on the {product}, {where}!",
    "The {product} is rejected on account of {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} carries {a_kind} {where}.",
    "There's {a_kind} on this {product}, {where}.",
    "found: {a_kind} on the {product}, {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "There's a {part} fault on the {product}, {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is {where}.",
    "loc={where}",
    "You'll find the flaw {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "The {name} is attributable to {cause}.",
    "cause({name}) -> {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That points back to {step} {cite}.",
    "origin: {step} {cite}",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "It is {a_c}.",
    "type={c}",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "There's {what} on the {product}, {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper left", "top-left corner", "upper-left quadrant", "northwest corner"),
    "top": ("upper middle", "top edge", "upper centre", "top-centre band"),
    "top right": ("upper right", "top-right corner", "upper-right quadrant", "northeast corner"),
    "left": ("left side", "middle left", "left-hand flank", "left edge"),
    "center": ("centre", "middle", "dead centre", "central zone"),
    "right": ("right side", "middle right", "right-hand flank", "right edge"),
    "bottom left": ("lower left", "bottom-left corner", "lower-left quadrant", "southwest corner"),
    "bottom": ("lower middle", "bottom edge", "lower centre", "bottom-centre band"),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "lower-right quadrant",
        "southeast corner",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "toward the {w}",
    "at the {w}",
    "over at the {w}",
    "around the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the image",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the middle",
    ", well off-centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a shattered rim", "a big chunk missing from the mouth"),
    ("bottle", "broken_small"): ("a small chip in the lip", "a nicked rim"),
    ("bottle", "contamination"): ("foreign debris inside", "a stray particle on the base"),
    ("carpet", "color"): ("a dye stain", "a discoloured patch"),
    ("carpet", "cut"): ("a slit through the pile", "a knife gash"),
    ("carpet", "hole"): ("a gap torn through the weave", "a perforation"),
    ("carpet", "metal_contamination"): ("a metal shard in the pile", "embedded metallic debris"),
    ("carpet", "thread"): ("a loose strand", "a stray yarn sticking out"),
    ("leather", "color"): ("a discoloured blotch", "an uneven dye patch"),
    ("leather", "cut"): ("a slit in the hide", "a blade gash"),
    ("leather", "fold"): ("a crease", "a wrinkle pressed into the hide"),
    ("leather", "glue"): ("an adhesive smear", "a dried blob of adhesive"),
    ("leather", "poke"): ("a puncture mark", "an awl prick"),
    ("screw", "scratch_head"): ("a scuff on the head", "scoring across the head"),
    ("screw", "scratch_neck"): ("a scuff just below the head", "scoring on the neck"),
    ("screw", "manipulated_front"): ("a deformed tip", "a mangled point"),
    ("screw", "thread_side"): ("chewed windings along the shank", "damaged flanks on the side"),
    ("screw", "thread_top"): ("crushed crests on the top windings", "a flattened crest up top"),
    ("metal_nut", "bent"): ("a buckled lobe", "a deformed tab"),
    ("metal_nut", "color"): ("a discoloured patch", "a tinted stain on the face"),
    ("metal_nut", "scratch"): ("a gouge on the face", "scuff marks"),
    ("metal_plate", "major_rust"): ("heavy corrosion patches", "a large oxidised area"),
    ("metal_plate", "total_rust"): (
        "corrosion over the entire plate",
        "oxidation covering the whole surface",
    ),
    ("metal_plate", "scratches"): ("scoring lines", "abrasion marks"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "base", "mouth"),
    "carpet": ("pile", "backing", "tuft", "weave"),
    "leather": ("grain", "hide", "top coat", "edge"),
    "screw": ("head", "shank", "tip", "drive slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("plate face", "edge", "corner", "border"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "dent",
    "dark stain",
    "fine scratch",
    "chip",
    "burn mark",
    "pit",
    "smear of grease",
    "tear",
    "bubble",
    "rust spot",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "stain",
    "hole",
    "rust",
    "bubble",
    "burn",
    "scratch",
    "deformation",
    "missing part",
)
