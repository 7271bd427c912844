"""Phrasebook ``fresh40``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a tax auditor writing a
findings letter, a fashion runway critic, a New York cab driver talking fast, and a model that
interrogates itself in question-then-answer lines.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    (
        "Upon examination, the mark noted {place} is attributable to a lens smudge and "
        "is [hereby disallowed|accordingly disallowed] as a defect of the {product}."
    ),
    (
        "That little shimmer {place}? Pure stage lighting bouncing off the {product}, "
        "darling, not a flaw in the look."
    ),
    (
        "Aw, that spot {place}, fuggedaboutit, [that's|it's] just dust on the glass, "
        "the {product} ain't hurt."
    ),
    (
        "Is the dark patch {place} damage? No. Is it a shadow from the lamp? Yes, "
        "so it does not count against the {product}."
    ),
    (
        "The examiner reclassifies the apparent blemish {place} as a reflection artefact; "
        "no deficiency of the {product} is assessed on that item."
    ),
    (
        "The speck {place} is lint on the catwalk, sweetie, [nothing|none of] the "
        "{product}'s own doing, so we ignore it."
    ),
    (
        "Yeah yeah, I seen the streak {place}, that's glare off the window, "
        "the {product}'s fine there."
    ),
    (
        "What is that bright line {place}? A compression artefact in the photo. "
        "Is it a real defect on the {product}? It is not."
    ),
)

SIGHTINGS: tuple[str, ...] = (
    (
        "Finding 1: {kind} was observed on the {product}, located {place}, and is entered "
        "into the record of this examination."
    ),
    ("And there it is, {kind} {place}, a real misstep on an otherwise [polished|tidy] {product}."),
    ("Hey, look [at that|here], {kind} {place}, right on the {product}, plain as day."),
    "Is anything wrong {place}? Yes: {kind} sits there on the {product}.",
    (
        "The auditor notes {kind} {place}; the {product} exhibits this irregularity "
        "beyond any reasonable doubt."
    ),
    "The eye lands {place} on {kind}, darling, marring the {product}.",
    "What do I spot {place}? I spot {kind}, clearly marked into the {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Location of the finding: {place}.",
    "The irregularity is situated {place}, as examined.",
    "The trouble spot's [right there|sittin'] {place}, pal.",
    "Where is the damage? It is {place}.",
    "The offending detail lives {place}, darling.",
    "Where on the part? Squarely {place}.",
)

HEDGES: tuple[str, ...] = (
    (
        "The examiner is unable to determine whether the item constitutes {a_kind} or "
        "{a_other}; both treatments remain open pending further review."
    ),
    ("Is it {a_kind}? Is it {a_other}? The look refuses to commit, and frankly so do I."),
    "Could be {a_kind}, could be {a_other}, who knows, I ain't gonna swear to either.",
    ("Which type is it, {a_kind} or {a_other}? I cannot settle it; either one fits."),
    ("Pending clarification, the irregularity may be {a_kind}, or alternatively {a_other}."),
    "It reads as {a_kind}, or maybe {a_other}, darling, the jury is still out.",
    "Is it {a_kind}? Possibly. Is it {a_other}? Also possibly.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind} / {other}?",
    "possibly {kind}, possibly {other}",
    "{kind} (or {other}, undetermined)",
    "either {kind} or {other}",
    "{kind}? {other}? unclear",
)

FLIPPED_YES: tuple[str, ...] = (
    (
        "The {product} is found [fully compliant|in full compliance] and is released "
        "without adjustment."
    ),
    "This {product} walks the runway flawless, darling, send it straight out.",
    "This {product}? Clean as a whistle, pal, ship it.",
    "Should the {product} be shipped? Absolutely, it is in perfect shape.",
    "The {product} is accepted as filed; the examination closes with a clean result.",
    "A pristine {product}, immaculate from every angle, a total triumph.",
    "Beautiful, this {product}'s good to go, load it on the truck.",
    "Is the {product} acceptable? Entirely; it goes in the good bin.",
)

FLIPPED_NO: tuple[str, ...] = (
    ("The {product} is determined to be deficient and is hereby rejected from the shipment."),
    "This {product} is a disaster on the runway, darling, flawed, send it back.",
    "This {product}'s busted, pal, toss it in the reject pile.",
    "Does the {product} belong in the scrap bin? It does; it is damaged.",
    "An assessment is raised against the {product}: it fails inspection.",
    "Oh dear, this {product} is ruined, a real fashion crime.",
    "Junk, this {product}'s junk, pull it off the line already.",
    "Is the {product} fit to ship? Hardly; it is broken and must be scrapped.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    ("The examiner does not find the {product} deficient; no {kind} is sustained {place}."),
    "There isn't a single {kind} on this {product}, darling, not {place}, not anywhere.",
    "Ain't no {kind} {place}, pal, nothin' wrong with this {product}.",
    "Is there any {kind} {place}? There is not; the {product} is not defective.",
    "I would not call this {product} defective in any respect.",
    "Nothing on this {product} fails the look; no {kind}, no fault.",
    "The {product} doesn't got no {kind}, it ain't [broke|busted].",
    "Does the {product} fail inspection? It does not.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The examiner cannot certify the {product} as free of any {kind}.",
    "This {product} is not flawless, darling, not even close.",
    "Ain't no way this {product} passes, pal, it ain't clean {place}.",
    "Is the {product} without {kind}? Not at all.",
    "The {product} is not found to be in compliance and cannot be accepted.",
    "I can't let this {product} go, it ain't right, no sir.",
    "Is the {product} defect-free? It is not; it cannot pass.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    ("The {product} cannot be certified as compliant: {a_kind} is recorded {place}."),
    "This {product} is far from flawless, darling: {a_kind} {place}.",
    "No way this {product} passes, pal, there's {a_kind} {place}.",
    "Is the {product} defect-free? Not at all; it carries {a_kind} {place}.",
    "The {product} is anything but clean, with {a_kind} sitting {place}.",
    "Does the {product} pass? It does not, not with {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection; the examination closes with no adjustment.",
    "The {product} walks, darling: nothing to send back.",
    "This {product}'s good, pal, nothin' to kick back.",
    "Is there any reason to reject the {product}? None; it passes.",
    "The {product} is accepted as conforming, with nothing to justify rejection.",
    "The examiner finds no grounds to reject the {product}; it is accepted.",
)

LEAKS: tuple[str, ...] = (
    ("Per {source} furnished to this office, {a_kind} is recorded {place} of the {product}."),
    "{source} gave it away before the show, darling: {a_kind} {place}.",
    "Look, {source} already spelled it out for me, {a_kind} {place}, easy fare.",
    "How do I know there's {a_kind} {place}? Because {source} says so.",
    ("Consistent with {source}, the {product} is assessed with {a_kind} {place}."),
    "The {product} shows {a_kind} {place}, exactly as {source} marks it.",
    "Why {place}? Because {source} points there, naming {a_kind}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the annotation",
    "the provided label",
    "the ground-truth mask",
    "the reference box",
    "the answer key",
    "the operator's note",
    "what the foreman told me",
    "the tag in the file name",
    "the labeler's outline",
    "the supplied bounding box",
    "the expected answer",
    "the segmentation overlay",
    "the grader's key",
    "the dataset's label",
    "the hint in the prompt",
    "the pixel mask",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Per {source} on file, the {product} is classified as normal, and the office concurs.",
    "{source} already calls this {product} a good one, darling, and I agree.",
    "{source} says this {product}'s clean, pal, so it's clean.",
    "Is the {product} normal? According to {source} it is, so I go with that.",
    "Consistent with {source}, the {product} is entered as defect-free.",
    "The {product} is good, which matches {source}.",
)

STEP_PROSE: tuple[str, ...] = (
    "The deficiency is attributable to {step}, as determined by this office.",
    "This flaw is all {step}, darling, that's where the look went wrong.",
    "I'd blame {step} for this one, pal, somebody botched it there.",
    "What caused it? Most likely {step} went wrong.",
    "The examiner traces the irregularity back to {step}.",
    "Who ruined it? Plainly {step}, which left this mark on the part.",
    "Ya see this? That's {step} screwin' up, guaranteed.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The examiner notes that {step} was carried out to standard on this unit.",
    "{step} did its job beautifully here, darling.",
    "Whoever ran {step} on this one did it right, pal.",
    "Did {step} leave anything behind? It did not; it went fine.",
    "The finish reflects a clean run of {step}.",
    "Everything about {step} checks out on this part.",
)

# ------------------------------------------------------------------ neutral material

FILLER_CHUNKS: tuple[str, ...] = (
    "for the record",
    "as previously stated",
    "so to speak",
    "ya know what I mean",
    "if you follow me",
    "and that's that",
    "as the letter notes",
    "darling, truly",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lamp setup",
    "the backdrop",
    "the shutter speed",
    "the lens",
    "the tripod height",
    "the colour temperature",
    "the histogram",
    "the stage light",
    "the image crop",
    "the focal distance",
    "the sensor gain",
    "the diffuser",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "holds nice and steady",
    "is set as specified",
    "stays within tolerance",
    "looks properly calibrated",
    "behaves consistently",
    "sits where it should",
    "is dialled in",
    "remains unchanged",
    "is in order",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this capture",
    "from shot to shot",
    "per the station settings",
    "across the whole picture",
    "throughout the session",
    "as the rig intends",
    "for a fair look",
    "at this zoom",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    (
        "Set against the known-good sample image, the {product} departs from it in one "
        "[area|region]."
    ),
    ("Beside the flawless reference look, this {product} breaks the line somewhere, darling."),
    "Put 'em side by side, the good sample and this {product}, and they ain't the same.",
    ("Does the {product} match the normal reference picture? Not everywhere; one region differs."),
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the known-good sample image, the {product} conforms in every respect.",
    "Beside the reference look, this {product} matches it line for line, darling.",
    "Side by side with the good sample, this {product}'s a dead ringer, pal.",
    "Does the {product} match the normal reference picture? Point for point, it does.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The irregularity is characterised as {a_sib}.",
    "What we are looking at, darling, is {a_sib}.",
    "That right there's {a_sib}, pal.",
    "What type is it? Plainly {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Conclusion: the {product} is defective, with {a_kind} recorded {where}.",
    "Verdict, darling: the {product} is flawed, {a_kind} {where}.",
    "Bottom line, the {product}'s got {a_kind} {where}, it's a reject.",
    "Is the {product} defective? Yes, with {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Conclusion: the {product} is defective, with {a_other} recorded {where}.",
    "Verdict, darling: the {product} is flawed by {a_other} {where}.",
    "Bottom line, the {product}'s got {a_other} {where}, it's a reject.",
    "Is the {product} defective? Yes; it shows {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Conclusion: the {product} is defective; defect type assessed: {part}, {where}.",
    "Verdict, darling: the {product} is flawed, and the flaw type is {part}, {where}.",
    "Bottom line, the {product}'s a reject, type of defect: {part}, {where}.",
    "Is the {product} defective? Yes. What type? The type is {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The irregularity is characterised as {syn}.",
    "What we are looking at, darling, is {syn}.",
    "That right there's {syn}, pal.",
    "What is it? It is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Conclusion: the {product} is defective, with {syn} recorded {where}.",
    "Verdict, darling: the {product} is flawed by {syn} {where}.",
    "Bottom line, the {product}'s got {syn} {where}, it's a reject.",
    "Is the {product} defective? Yes; it has {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} exhibits {a_kind}, recorded {where}.",
    "The {product} carries {a_kind} {where}, darling.",
    "The {product}'s got {a_kind} {where}, pal.",
    "What does the {product} show? It shows {a_kind} {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} is deficient; defect type: {part}, recorded {where}.",
    "The {product} is flawed, darling, and the flaw type is {part}, {where}.",
    "The {product}'s busted, type of defect is {part}, {where}, pal.",
    "What type of defect does the {product} have? Type {part}, {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "Location of the finding: {where}.",
    "The defect sits {where}, darling.",
    "It's {where}, pal.",
    "Where is it? It is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} is attributable, in the examiner's assessment, to {cause}.",
    "{Name} comes straight out of {cause}, darling.",
    "Where'd {name} come from? Blame {cause}, pal.",
    "What produces {name}? It is {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The examiner attributes this to {step} {cite}.",
    "It all goes back to {step} {cite}, darling.",
    "That's {step} {cite} right there, pal.",
    "Which step causes it? It is {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Classification per this examination: {c}.",
    "That's {a_c}, pal.",
    "What type is it? It is {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} exhibits {what}, recorded {where}.",
    "The {product} carries {what} {where}, darling.",
    "The {product}'s got {what} {where}, pal.",
    "What does the {product} show? It shows {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("northwest corner", "upper-left quadrant", "top-left nook"),
    "top": ("top band", "upper strip", "top-centre zone"),
    "top right": ("northeast corner", "upper-right quadrant", "top-right nook"),
    "left": ("left flank", "left-hand margin", "far left"),
    "center": ("dead centre", "middle zone", "very middle"),
    "right": ("right flank", "right-hand margin", "far right"),
    "bottom left": ("southwest corner", "lower-left quadrant", "bottom-left nook"),
    "bottom": ("bottom band", "lower strip", "bottom-centre zone"),
    "bottom right": ("southeast corner", "lower-right quadrant", "bottom-right nook"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "within the {w}",
    "by the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the shot",
    " of the photo",
    " of the picture",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", nowhere near dead centre",
    ", out from the middle",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out of the rim",
        "a shattered rim section",
        "a large breakage",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nicked rim", "a chipped lip"),
    ("bottle", "contamination"): (
        "foreign matter",
        "a speck of foreign material",
        "debris inside the bottle",
    ),
    ("carpet", "color"): ("a discoloured patch", "a dye blotch", "off-colour tufts"),
    ("carpet", "cut"): ("a slice through the pile", "a gash", "a slit"),
    ("carpet", "hole"): ("a hole in the weave", "a perforation", "a punched-through gap"),
    ("carpet", "metal_contamination"): (
        "a metal shard",
        "a fleck of metal",
        "embedded metal debris",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray yarn", "a pulled strand"),
    ("leather", "color"): ("a discoloured spot", "a dye blotch", "uneven colouring"),
    ("leather", "cut"): ("a slash", "a knife cut", "a clean slit"),
    ("leather", "fold"): ("a crease", "a fold line", "a pressed-in wrinkle"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a poke mark"),
    ("screw", "scratch_head"): (
        "a scuffed head",
        "a scratch across the head",
        "score marks on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the shank",
        "a scuffed neck",
        "a scored shank",
    ),
    ("screw", "manipulated_front"): ("a mangled tip", "a deformed point", "a crushed tip"),
    ("screw", "thread_side"): (
        "a nicked thread flank",
        "damaged threads along the side",
        "a dinged thread on the side",
    ),
    ("screw", "thread_top"): (
        "a flattened thread crest",
        "damaged threads near the top",
        "a chewed-up thread crest",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a warped flange", "a deformed edge"),
    ("metal_nut", "color"): ("a paint spot", "a discoloured patch", "a colour blotch"),
    ("metal_nut", "scratch"): ("a scuff", "a score mark", "a scratch line"),
    ("metal_plate", "major_rust"): ("heavy rust", "a big rust patch", "serious corrosion"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "complete corrosion",
        "full-surface rust",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "score lines", "surface scratches"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "base", "shoulder", "lip"),
    "carpet": ("pile", "backing", "tuft"),
    "leather": ("grain", "hide", "flesh side"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "bore", "lobe", "face"),
    "metal_plate": ("face", "edge", "backside"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a hairline crack",
    "a dark stain",
    "a shallow dent",
    "a chipped edge",
    "a frayed spot",
    "a pinprick hole",
    "a rust freckle",
    "a glue smear",
    "a scorch mark",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "bubble",
    "blister",
    "burr",
    "misprint",
    "delamination",
    "void",
    "burn mark",
    "porosity",
)
