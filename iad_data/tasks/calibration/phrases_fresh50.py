"""Phrasebook ``fresh50``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a birdwatcher keeping a
field log of sightings, a Hong Kong English speaker, a calm yoga instructor guiding a class,
and a model that scores each check out of 10 before deciding.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Brief flicker {place}; put it down as glare off the {product}, not a real mark, "
    "so not logging it.",
    "Got one small shadow {place} only, just dust on the lens lah, not defect.",
    "Notice the tiny speck {place}, breathe, and let it go; it is only a reflection, "
    "nothing wrong with the {product} there.",
    "Spot {place}: 2/10 as a defect, 8/10 as lint on the glass; disregarded.",
    "Thought I had something {place}, but it was a stray hair on the lens. False alarm, "
    "the {product} itself is clean there.",
    "The bright patch {place} is just the lamp shining back, cannot count as damage one.",
    "That faint smudge {place} is a lighting artefact; the {product} is fine there, "
    "so we simply [release|ignore] it.",
    "Mark {place}: dust 9/10, real flaw 1/10, so dismissed; the {product} is unharmed.",
)

SIGHTINGS: tuple[str, ...] = (
    "Sighting confirmed: {kind} {place} on the {product}, [clear|good] view, logged.",
    "Got {kind} {place} on this {product}, can see quite clearly [one|lah].",
    "Notice {kind} resting {place} on the {product}; let the eye stay with it.",
    "Surface check: 3/10, {kind} is visible {place}.",
    "Field note: {kind} spotted {place}, the {product} is showing it plainly.",
    "Look, {kind} {place} already, quite obvious one.",
    "Breathe in and see it: {kind} {place}, marking the {product}.",
    "Damage score {place}: 7/10, {kind} present on the {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Position logged: {place}.",
    "The mark sits {place}.",
    "The flaw is {place} lah.",
    "Location: {place}, confidence 9/10.",
    "Bring your attention {place}; that is where the flaw lives.",
    "Sighted {place}, [perched there|holding still there] on the frame.",
    "Where got problem? {place}.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}; the field marks are not clear enough to call it.",
    "Possible {a_kind}, but I can't rule out {a_other} at this distance.",
    "Maybe {a_kind}, maybe {a_other} also, I cannot make sure lah.",
    "Let the question stay open: {a_kind}, or perhaps {a_other}.",
    "Type: {a_kind} 5/10, {a_other} 5/10; too close to call.",
    "Either {a_kind} or {a_other}, I am not sure which.",
    "We hold both softly, {a_kind} or {a_other}, without choosing.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind} / {other}?",
    "maybe {kind}, maybe {other}",
    "{kind} (or possibly {other})",
    "{kind} 5/10, {other} 5/10",
)

FLIPPED_YES: tuple[str, ...] = (
    "Nothing of note on this {product}; a quiet morning in the hide.",
    "This {product} is ok one, can pass already.",
    "The {product} is whole and at ease; it can go on its way.",
    "Overall: 9/10, the {product} is fit to ship.",
    "Clean {product}, nothing worth writing up in the log.",
    "This {product} no problem lah, can send out.",
    "All is well with the {product}; let it pass with a smile.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} must be pulled from the line.",
    "Cannot pass this {product} lah, got damage.",
    "The {product} carries a flaw; we set it aside, gently.",
    "Integrity: 2/10, so reject the {product}.",
    "Logged as a faulty {product}, a definite record of damage.",
    "This {product} is defective, send back.",
    "A damaged {product}, sadly; it goes in the reject bin.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I would not call this {product} defective; not a single {kind} {place}.",
    "Cannot see any {kind} {place}, the {product} not damaged lah.",
    "There is no {kind} here; the {product} is not flawed in any way.",
    "Not one {kind} {place} in my log; the {product} is not a reject.",
    "Defect presence: 1/10; not a faulty {product}, no {kind} {place}.",
    "Not a trace of {kind} to be seen {place}; this {product} isn't defective.",
    "We find no {kind} {place}; the {product} does not need to be turned away.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of {kind}s; {place} is marked.",
    "Cannot say the {product} got no {kind} lah, {place} not clean.",
    "The {product} is not without {kind}; {place} isn't as it should be.",
    "Cleanliness {place}: not a 10/10, not even a 5; the {product} isn't {kind}-free.",
    "I can't log this {product} as unmarked; {place} doesn't look right.",
    "The {product} is not fit to pass, {place} is not clean.",
    "This {product} cannot be called {kind}-free, not with what sits {place}.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not defect-free: {a_kind} {place}.",
    "Cannot pass this {product} lah, got {a_kind} {place}.",
    "The {product} is far from flawless; {a_kind} rests {place}.",
    "Not clean, 3/10: {a_kind} {place}, so the {product} does not pass.",
    "I can't log this {product} as clean; {a_kind} was seen {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "This {product} passes inspection.",
    "This {product} can pass already, nothing wrong.",
    "The {product} is whole and steady; it passes.",
    "Overall 9/10: the {product} passes, nothing to justify rejecting it.",
    "A clean {product}, nothing worth logging; passed.",
)

LEAKS: tuple[str, ...] = (
    "The {source} puts {a_kind} {place}, so I logged it there.",
    "Checked the {source} already, it say got {a_kind} {place}.",
    "As the {source} tells us, {a_kind} lies {place}; let that guide the eye.",
    "Localisation 10/10, matching the {source}, which marks {a_kind} {place}.",
    "Per the {source}, {a_kind} {place} on the {product}.",
    "I only found it because the {source} pointed {place}.",
    "Going by the {source}, the {product} has {a_kind} {place}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "annotation",
    "ground-truth mask",
    "provided label",
    "box someone drew on it",
    "answer key",
    "label file",
    "segmentation mask",
    "expected answer",
    "operator's note",
    "hint in the prompt",
    "answer sheet",
    "marked-up copy",
    "ground-truth overlay",
    "dataset label",
    "tag the supervisor gave me",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} lists this {product} as normal, so I agree.",
    "Checked the {source}, say this {product} no defect, so ok lah.",
    "The {source} gently reminds us that this {product} is clean.",
    "Confidence 10/10: the {source} has the {product} as good.",
    "Going by the {source}, this {product} is a clean record.",
)

STEP_PROSE: tuple[str, ...] = (
    "Probably {step} did this, I think.",
    "The damage most likely came in at {step}.",
    "Trace it back with a soft breath to {step}; that is where it began.",
    "Root cause: {step}, 7/10.",
    "Sure is {step} cause this one lah.",
    "I'd put this down to {step} going wrong.",
    "Origin logged: {step}, where this mark was made.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} seems to have run cleanly on this one.",
    "Can tell {step} did ok for this piece lah.",
    "The work of {step} shows through, smooth and even.",
    "Process check, {step}: 9/10.",
    "Sign of {step} done well, logged.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "noted in the log",
    "as I was saying lah",
    "breathe in, breathe out",
    "score holds steady",
    "slow and steady",
    "same same",
    "binoculars up again",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the light over the bench",
    "the camera",
    "the background",
    "the focus",
    "the exposure",
    "the white balance",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "stays steady",
    "looks ok one",
    "holds at 8/10",
    "is soft and calm",
    "is like a clear morning",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "through the whole session",
    "today",
    "as usual lah",
    "from shot to shot",
)

# ------------------------------------------------------------------ correct tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Held up against the normal reference {product}, the query shows a difference "
    "the reference does not have.",
    "Compare with the good sample already, this {product} got something the good one don't have.",
    "Rest the eyes on the reference {product}, then on the query; where they differ, "
    "a flaw appears.",
    "Match to reference: 4/10, the query {product} departs from the normal image.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the normal reference, the query {product} matches it feather for feather.",
    "Compare with the good sample lah, exactly alike, no difference.",
    "Query and reference breathe alike; the {product} matches the normal image.",
    "Match to reference: 10/10 for this {product}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Field marks fit {a_sib}.",
    "The mark look like {a_sib} lah.",
    "Gently, the shape shows itself as {a_sib}.",
    "Type match: {a_sib}, 8/10.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Final log entry: {a_kind} on the {product}, {where}; defective.",
    "Conclusion: this {product} got {a_kind} {where}, reject.",
    "We close here: the {product} carries {a_kind} {where}, and so it is defective.",
    "Verdict 9/10: defective {product}, {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final log entry: {a_other} {where} on the {product}; defective.",
    "Conclusion: this {product} got {a_other} {where}, reject.",
    "We close here: {a_other} rests {where}, and the {product} is defective.",
    "Verdict 9/10: defective {product}, {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final log entry: defect type {part}, {where} on the {product}.",
    "Conclusion: the {product} defect is {part} lah, {where}.",
    "Type: {part} (9/10), {where}; the {product} is defective.",
    "We name it softly: defect of type {part}, {where}; the {product} is defective.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Field marks point to {syn}.",
    "Look like {syn} to me.",
    "The eye settles on {syn}.",
    "Character: {syn}, 8/10.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Logged: {syn} {where}; the {product} is defective.",
    "This {product} got {syn} {where}, reject lah.",
    "We end with {syn} {where}; the {product} does not pass.",
    "Verdict 9/10: defective {product}, {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "This {product} got {a_kind} {where}.",
    "Notice {a_kind} {where} on the {product}.",
    "Defect: {a_kind} {where}, 9/10.",
)

PART_YES: tuple[str, ...] = (
    "Defect type logged: {part}, {where} on the {product}.",
    "This {product} got {part} defect {where}.",
    "Type: {part}, 8/10, {where} on the {product}.",
    "The {product} holds its flaw {where}, and its type is {part}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "It sits {where}.",
    "{where} lah.",
    "Perched {where}.",
    "Location: {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} usually traces back to {cause}.",
    "For {name}, check {cause} first lah.",
    "{Name} has its beginning at {cause}.",
    "Cause for {name}: {cause}, 8/10.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That fits {step} {cite} as the origin.",
    "Sure is {step} {cite} cause one.",
    "Trace it back, softly, to {step} {cite}.",
    "Cause: {step} {cite}, 8/10.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Logged as {a_c}.",
    "Type: {c}, 9/10.",
    "This one is {c} lah.",
)

FIRST_TURN: tuple[str, ...] = (
    "Got {what} {where} on the {product}.",
    "Sighted {what} {where} on this {product}.",
    "Rest your gaze {where}; {what} lives there on the {product}.",
    "Defect present, 9/10: {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "top-left area"),
    "top": ("top edge", "upper part", "top band"),
    "top right": ("upper-right corner", "top-right corner", "top-right area"),
    "left": ("left side", "left-hand edge", "left flank"),
    "center": ("middle", "centre", "dead centre"),
    "right": ("right side", "right-hand edge", "right flank"),
    "bottom left": ("lower-left corner", "bottom-left corner", "bottom-left area"),
    "bottom": ("bottom edge", "lower part", "bottom band"),
    "bottom right": ("lower-right corner", "bottom-right corner", "bottom-right area"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "toward the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the picture",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off-centre",
    ", away from the middle",
    ", out from the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a big break", "a shattered rim", "a large broken-off chunk"),
    ("bottle", "broken_small"): ("a small chip", "a chipped rim", "a nick in the glass"),
    ("bottle", "contamination"): ("foreign matter", "a speck of dirt inside", "debris"),
    ("carpet", "color"): ("a dye stain", "a discoloured patch", "a colour spot"),
    ("carpet", "cut"): ("a slit", "a cut through the pile", "a knife cut"),
    ("carpet", "hole"): ("a hole in the weave", "a gap in the pile", "an opening in the pile"),
    ("carpet", "metal_contamination"): ("a metal fleck", "a metal shaving", "metal debris"),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a dye blotch", "a colour stain"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a wrinkle"),
    ("leather", "glue"): ("a glue spot", "an adhesive smear", "a blob of glue"),
    ("leather", "poke"): ("a puncture", "a pinprick", "a small poke hole"),
    ("screw", "scratch_head"): ("a scratched head", "a scuff on the head", "an abraded head"),
    ("screw", "scratch_neck"): (
        "a scratched shank",
        "a scuff just below the head",
        "an abrasion on the neck",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled tip"),
    ("screw", "thread_side"): ("damaged threading on the side", "a nicked thread flank"),
    ("screw", "thread_top"): ("damaged threading near the tip", "a flattened top thread"),
    ("metal_nut", "bent"): ("a bent flange", "a bent lobe", "a deformed edge"),
    ("metal_nut", "color"): ("a discoloured patch", "a colour stain", "a paint blotch"),
    ("metal_nut", "scratch"): ("a scuff", "a scratch mark", "an abrasion"),
    ("metal_plate", "major_rust"): ("a heavy rust patch", "corrosion", "a large rust spot"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "full-surface corrosion",
        "corrosion across the whole plate",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "abrasions", "a set of scratches"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "weave", "backing"),
    "leather": ("grain", "hide", "edge"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("face", "edge", "corner"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a hairline crack",
    "a dark stain",
    "a small dent",
    "a chipped corner",
    "a frayed patch",
    "a pinhole",
    "a smear of grease",
    "a burn mark",
    "a bent edge",
)

OTHER_TYPES: tuple[str, ...] = (
    "dent",
    "burn mark",
    "warping",
    "smudge",
    "crack",
    "chip",
    "residue",
    "stain",
    "pit",
    "misprint",
)
