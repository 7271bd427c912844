"""Phrasebook ``fresh46``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a veterinarian examining
an animal patient, a New Zealand English speaker with Kiwi slang, a customs officer
questioning a traveller at a border, and a model that talks to the user in the second person.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "On closer exam the mark {place} is only a speck of dust on the lens, nothing "
    "pathological in the {product} itself.",
    "That spot {place}? Nah yeah, it's just glare off the lights, mate, not a defect.",
    "The discolouration {place} was queried and accounted for: a reflection from the "
    "lamp, not damage to the {product}.",
    "You'll notice a smudge {place}, but you can ignore it; it's a shadow, not a real flaw "
    "in the {product}.",
    "The apparent abnormality {place} is artefact, a bit of fluff on the optics, and "
    "clinically insignificant.",
    "Bit of fuzz on the camera {place}, that's all it is; the {product} underneath is sweet as.",
    "Mark {place} examined and the explanation accepted: surface dust, nothing to hold the "
    "{product} for.",
    "That bright patch you can see {place} is just the light bouncing back at you, so "
    "don't count it against the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Going over the image, I find {kind} {place} on the {product}.",
    "Got {kind} {place} on this {product}, clear as day.",
    "Search of the {product} turned up {kind} {place}.",
    "You can see {kind} {place} on the {product}.",
    "The {product} presents with {kind} {place}.",
    "There's {kind} {place} on the {product}, no two ways about it.",
    "Noted on the {product} during the search: {kind} {place}.",
    "Look {place} and you'll spot {kind} on the {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The lesion is localised {place}.",
    "It's sitting {place}, mate.",
    "Location of the item of concern: {place}.",
    "You'll find the damage {place}.",
    "The affected area lies {place}.",
    "The flaw's {place}, plain to see.",
    "Recorded position of the find: {place}.",
    "Look {place}; that's where you'll see it.",
)

HEDGES: tuple[str, ...] = (
    "The differential stays open: {a_kind} or {a_other}, and I can't rule either out yet.",
    "Could be {a_kind}, could be {a_other}; hard to tell, eh.",
    "The evidence fits {a_kind} just as well as {a_other}, and I'm not yet satisfied which it is.",
    "You might be looking at {a_kind}, or possibly {a_other}; it isn't clear which.",
    "Presentation is consistent with {a_kind}, though {a_other} remains on the differential.",
    "Dunno if it's {a_kind} or {a_other}, to be honest with you.",
    "Unable to determine at this stage whether the item is {a_kind} or {a_other}.",
    "You could read it as {a_kind} just as easily as {a_other}.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}?",
    "either {kind} or {other}",
    "{kind}, possibly {other}",
    "{kind} (or maybe {other})",
    "{kind} vs {other}, unsure",
    "ddx: {kind} or {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "Clean bill of health: this {product} is sound and fit to go home.",
    "Sweet as, this {product}'s all good, send it on through.",
    "Nothing to declare here; the {product} is cleared for entry.",
    "You can go ahead and pass this {product}; it's in perfectly good nick.",
    "Healthy specimen: the {product} needs no treatment and can be discharged.",
    "Choice, the {product} is mint, no dramas at all.",
    "Goods in order: the {product} may proceed.",
    "You'll find this {product} is fine to ship as it is.",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is in a bad way and has to come off the line.",
    "This {product}'s munted, mate, chuck it in the reject bin.",
    "The {product} is seized: it fails inspection and won't be admitted.",
    "You'll want to reject this {product}; it's damaged.",
    "Prognosis poor: this {product} is defective and goes on the cull pile.",
    "Stuffed, this {product}; it's faulty, send it back.",
    "Goods refused: the {product} is faulty and gets turned back at the border.",
    "You should flag this {product} as defective.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I wouldn't call this {product} unhealthy; there's no {kind} {place} to treat.",
    "Nah, there's no {kind} {place}, and the {product} isn't faulty.",
    "There are no grounds to detain it: the {product} shows no {kind} {place} and is not "
    "defective.",
    "You won't find any {kind} {place}; this {product} isn't defective.",
    "On examination the {product} is not abnormal, with no {kind} {place}.",
    "Can't see any {kind} {place} at all; nothing wrong with this {product}, mate.",
    "The {product} is not in breach: there is no {kind} {place}.",
    "You can't call this {product} faulty; there isn't any {kind} {place}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "I can't give this {product} a clean bill of health; it's not without a {kind} {place}.",
    "No way this {product} is {kind}-free, not with what's {place}.",
    "The {product} cannot be cleared: it is not free of a {kind} {place}.",
    "You can't pass this {product}; it isn't without a {kind} {place}.",
    "The {product} doesn't pass the exam; it's not {kind}-free {place}.",
    "Wouldn't say this {product} is all good, mate; it's not {kind}-free {place}.",
    "I'm not letting this {product} through; it's anything but {kind}-free {place}.",
    "You'd be wrong to call this {product} {kind}-free; it isn't, not {place}.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Can't give this {product} a clean bill of health: there's {a_kind} {place}.",
    "This {product} is far from mint; it's got {a_kind} {place}.",
    "The {product} cannot be cleared, since {a_kind} was found {place}.",
    "You can't pass this {product}, not with {a_kind} {place}.",
    "The {product} is not defect-free; {a_kind} is present {place}.",
    "No way this {product} passes, mate, with {a_kind} {place}.",
    "Not admissible: the {product} carries {a_kind} {place}.",
    "You won't be able to call this {product} flawless; {a_kind} shows {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Clean bill of health for this {product}: it passes inspection.",
    "Sweet as, this {product} passes; there's nothing to ping it for.",
    "Cleared: the {product} passes, and nothing here would justify holding it back.",
    "You can pass this {product}; there's nothing that would justify rejecting it.",
    "NAD, no abnormality detected: the {product} is healthy and fit to go.",
    "All good with this {product}, mate; she'll be right to ship.",
    "Goods in order, so the {product} is waved through.",
    "You'll find this {product} meets the standard and passes.",
)

LEAKS: tuple[str, ...] = (
    "Going by {source}, the {product} has {a_kind} {place}, which squares with my exam.",
    "Going off {source}, there's {a_kind} {place}, so that's that sorted.",
    "As per {source}, {a_kind} was flagged {place} before I even opened the case.",
    "You can check {source}: it marks {a_kind} {place} on the {product}.",
    "My findings agree with {source}, which records {a_kind} {place}.",
    "Cheers to {source} for pointing out {a_kind} {place} on the {product}.",
    "Acting on {source}, I went straight to {a_kind} {place}.",
    "If you go by {source}, you'll see {a_kind} {place} confirmed.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the annotation",
    "the ground-truth mask",
    "the supplied label",
    "the answer key",
    "the bounding box drawn over the image",
    "what the operator told me",
    "the tip-off from the line supervisor",
    "the manifest that came with the batch",
    "the intel sheet from the line",
    "the referral notes",
    "the pre-filled chart",
    "the expected answer",
    "the marked-up overlay",
    "the hint in the question",
    "the dataset's tag",
    "what my mate on the line said",
    "the segmentation map",
    "the reference box",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is healthy, so I've signed it off.",
    "Going off {source}, the {product}'s all good, sweet as.",
    "Cleared on the strength of {source}, which lists the {product} as normal.",
    "You can rely on {source} here: it has this {product} down as defect-free.",
    "This matches {source}, which records no findings for the {product}.",
    "Checked {source} and it's got this {product} down as fine, so no worries.",
    "Per {source}, nothing is recorded against this {product}.",
    "As {source} tells you, this {product} is normal.",
)

STEP_PROSE: tuple[str, ...] = (
    "Aetiology: this damage was picked up during {step}.",
    "It was {step} that stuffed this one up, mate.",
    "Point of origin for the damage: {step}.",
    "You can trace this fault straight back to {step}.",
    "The history points to {step} as the cause of the lesion.",
    "Blame {step} for this one; that's where it all went pear-shaped.",
    "The investigation puts the blame on {step}.",
    "What you're seeing here is what happens when {step} goes wrong.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} has clearly done its job on this one.",
    "{step} went off without a hitch here, sweet as.",
    "Route through {step} checked: nothing irregular to report.",
    "You can tell {step} ran smoothly for this part.",
    "No complications from {step} in this patient.",
)

# ------------------------------------------------------------------ neutral padding

FILLER_CHUNKS: tuple[str, ...] = (
    "as you'd expect",
    "for the record",
    "righto",
    "all things considered",
    "just so you know",
    "on the whole",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the camera angle",
    "the backdrop",
    "the exposure",
    "the focus",
    "the white balance",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is nice and even",
    "holds steady",
    "stays consistent",
    "is set the usual way",
    "is pretty choice",
    "sits where it should",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "throughout the session",
    "from shot to shot",
    "as you can see",
    "across the whole capture",
    "on every frame of the run",
)

# ------------------------------------------------------------------ correct tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Compared with the healthy reference {product}, this one presents differently: the "
    "reference is unremarkable and the query is not.",
    "Put it next to the good reference {product} and this one's not a match, mate.",
    "Checked against the known-good reference {product}, the query doesn't fit its profile.",
    "Side by side with the normal reference image, you can see the query {product} "
    "departs from it.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Against the healthy reference {product}, this one is indistinguishable, the same "
    "presentation throughout.",
    "Next to the good reference {product}, this one's a dead ringer.",
    "Compared with the known-good reference {product}, it matches the profile in every respect.",
    "Side by side with the normal reference image, you'll notice the query {product} "
    "lines up with it.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "On examination the lesion presents as {a_sib}.",
    "It's {a_sib}, plain as.",
    "Item identified as {a_sib}.",
    "You can see it's {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Diagnosis: {a_kind} {where}; the {product} is defective.",
    "So the {product}'s got {a_kind} {where}, and it's a reject, mate.",
    "Finding recorded: {a_kind} {where}. The {product} is refused as defective.",
    "You're looking at a defective {product}, with {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Diagnosis: {a_other} {where}; the {product} is defective.",
    "So the {product}'s got {a_other} {where}, and it's a reject, mate.",
    "Finding recorded: {a_other} {where}. The {product} is refused as defective.",
    "You're looking at a defective {product}, with {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Diagnosis: defect of the {part} type {where}; the {product} is defective.",
    "Verdict on the {product}, mate: defective, and the type is {part}, {where}.",
    "Defect classified as {part}, found {where} on the {product}.",
    "You'll log this {product} as defective with the type {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "On exam it presents as {syn}.",
    "It's {syn}, clear as.",
    "The search identifies {syn}.",
    "You can make out {syn} here.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Diagnosis: {syn} {where}; the {product} is defective.",
    "The {product}'s got {syn} {where}, so it's a reject.",
    "Finding: {syn} {where}. The {product} is refused as defective.",
    "You're looking at {syn} {where}, which makes this {product} defective.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} presents with {a_kind} {where}.",
    "There's {a_kind} {where} on this {product}, mate.",
    "Examination of the {product} found {a_kind} {where}.",
    "You can see {a_kind} {where} on the {product}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} presents with a defect of the {part} type {where}.",
    "Got a fault {where} on this {product}, mate, and the type is {part}.",
    "Defect on the {product} classified as {part}, located {where}.",
    "You can see the defect type is {part}, {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The lesion is {where}.",
    "It's {where}, mate.",
    "Location of the defect: {where}.",
    "You'll find the defect {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "Aetiology of {name}: {cause}.",
    "{Name} gets put there at {cause}, sure as.",
    "Origin of {name} traced to {cause}.",
    "You can trace {name} back to {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The aetiology lies in {step} {cite}.",
    "It'll have come from {step} {cite}, mate.",
    "Point of origin: {step} {cite}.",
    "You can trace this back to {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Diagnosis: {a_c}.",
    "It's {a_c}, mate.",
    "Classified as {c}.",
    "You're looking at {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} presents with {what} {where}.",
    "There's {what} {where} on this {product}, mate.",
    "On inspection the {product} carries {what} {where}.",
    "You can see {what} {where} on the {product}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top left-hand corner", "top-left area"),
    "top": ("top middle", "upper-centre area", "upper part"),
    "top right": ("upper-right corner", "top right-hand corner", "top-right area"),
    "left": ("left-hand side", "left-hand third", "left margin"),
    "center": ("centre", "middle", "central area"),
    "right": ("right-hand side", "right-hand third", "right margin"),
    "bottom left": ("lower-left corner", "bottom left-hand corner", "bottom-left area"),
    "bottom": ("bottom middle", "lower-centre area", "lower part"),
    "bottom right": ("lower-right corner", "bottom right-hand corner", "bottom-right area"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "within the {w}",
    "tucked into the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the frame",
    " of the shot",
    " of the image",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well clear of the centre",
    ", off-centre",
    ", a fair way from the middle",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk out of the rim",
        "a badly smashed rim",
        "a large break",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nick in the rim", "a chipped rim"),
    ("bottle", "contamination"): ("foreign matter", "a bit of debris", "a speck of grit"),
    ("carpet", "color"): ("a discoloured patch", "a dye stain", "a colour blotch"),
    ("carpet", "cut"): ("a slash in the pile", "a clean slice through the pile", "a cut"),
    ("carpet", "hole"): ("a hole worn through", "a gap through the backing", "a hole"),
    ("carpet", "metal_contamination"): (
        "a metal fleck",
        "a sliver of swarf",
        "a bit of wire caught in the pile",
    ),
    ("carpet", "thread"): ("a stray thread", "a loose strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a dye blotch", "an off-colour patch"),
    ("leather", "cut"): ("a slit", "a knife slash", "a cut in the hide"),
    ("leather", "fold"): ("a crease", "a fold line", "a wrinkle"),
    ("leather", "glue"): ("a glue smear", "a blob of adhesive", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a prick mark"),
    ("screw", "scratch_head"): ("a scratched head", "a scuffed head", "a gouge on the head"),
    ("screw", "scratch_neck"): (
        "a scratched neck",
        "a scuff on the neck",
        "a scratch just below the head",
    ),
    ("screw", "manipulated_front"): ("a mangled tip", "a deformed point", "a bashed-up tip"),
    ("screw", "thread_side"): (
        "damaged side threads",
        "a nicked thread along the side",
        "chewed-up threads on the flank",
    ),
    ("screw", "thread_top"): ("damaged top threads", "a nicked top thread"),
    ("metal_nut", "bent"): ("a bent lobe", "a buckled tab", "a bent-over lobe"),
    ("metal_nut", "color"): (
        "a discoloured patch",
        "an off-colour stain",
        "a patch of odd colouring",
    ),
    ("metal_nut", "scratch"): ("a scratch", "a scuff mark", "a score line"),
    ("metal_plate", "major_rust"): (
        "a heavy rust patch",
        "significant corrosion",
        "a badly rusted area",
    ),
    ("metal_plate", "total_rust"): (
        "rust across the whole plate",
        "complete corrosion",
        "wall-to-wall rust",
    ),
    ("metal_plate", "scratches"): ("scratches", "a set of scuff marks", "score marks"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "binding"),
    "leather": ("grain", "hide", "edge"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("lobe", "bore", "face"),
    "metal_plate": ("edge", "face", "underside"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a jagged chip",
    "a brownish smear",
    "a fine scuff line",
    "a pinprick hole",
    "a dark blotch",
    "a frayed tuft",
    "a shallow dent",
    "a rusty freckle",
    "a clean slice",
    "a blob of residue",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "burn mark",
    "fracture",
    "misalignment",
    "missing piece",
    "tear",
    "oil stain",
    "ding",
    "puncture",
)
