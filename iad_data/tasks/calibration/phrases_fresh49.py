"""Phrasebook ``fresh49``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a veterinarian examining
an animal patient, a New Zealand English speaker with Kiwi slang, a customs officer
questioning a traveller at a border, and a model that talks to the user in the second person.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "On first palpation there's a blemish {place}, but it's only a fleck of dust sitting on "
    "the lens, not a lesion of the {product} itself, so I'm not counting it.",
    "Yeah, there's a wee mark {place}, but that's just glare off the lights, mate, nothing "
    "actually wrong with the {product} there.",
    "Officer's note: the shadow {place} was checked and it's a reflection from the booth lamp, "
    "not contraband and not a flaw; the {product} is not being held on account of it.",
    "You might spot a smudge {place}, but you can ignore it: it's only a speck on the camera "
    "glass, not damage to the {product}.",
    "The bright patch {place} is a hot spot from the lighting, a [normal artefact|harmless "
    "artefact] of the exam, and I don't regard it as a defect of the {product}.",
    "Bit of fluff on the sensor, eh, that's all the dark dot {place} is; the {product} under "
    "it is [sweet as|good as gold].",
    "The traveller's {product} shows a faint mark {place}, which on questioning proves to be "
    "a lint particle on the lens; declared harmless, not a defect.",
    "You'll notice a little sheen {place}; that's just the light bouncing off, so you "
    "shouldn't read it as a fault in the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "On examination there is {kind} {place} on the {product}, a genuine lesion rather than "
    "a trick of the light.",
    "Yeah, you can't miss it, bro: {kind} {place} on the {product}.",
    "Secondary search turns up {kind} {place}; the {product} is carrying damage it didn't declare.",
    "You can see {kind} {place} on the {product} if you look closely.",
    "The patient presents with {kind} {place}, clearly visible on the {product}.",
    "Bit of a shocker, there's {kind} sitting {place} on the {product}.",
    "Item inspected: {kind} found {place} on the {product}.",
    "You'll notice {kind} {place}; it's a real mark in the {product}, not the lighting.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The lesion is localised {place}.",
    "She's sitting {place}, that flaw.",
    "Point of concern, for the record: {place}.",
    "You'll find the damaged area {place}.",
    "On palpation the abnormal tissue is {place}.",
    "Where's the damage? {place}, mate.",
    "Item located {place} during the search.",
)

HEDGES: tuple[str, ...] = (
    "My differential is either {a_kind} or {a_other}; I can't rule one out yet without "
    "further tests.",
    "Could be {a_kind}, could be {a_other}, hard to say from here, eh.",
    "I can't determine whether the traveller is carrying {a_kind} or {a_other}; it may be either.",
    "You could read it as {a_kind}, or you could equally read it as {a_other}; I'm not sure which.",
    "It is possibly {a_kind}, though {a_other} remains on the differential list.",
    "Dunno if that's {a_kind} or {a_other}, to be honest, might be either one.",
    "Undetermined: {a_kind}, or perhaps {a_other}, pending a second look.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind} or possibly {other}",
    "either {kind} or {other}",
    "{kind}, maybe {other}",
    "{kind} / {other}, unsure",
    "possibly {kind} or {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "Clean bill of health for this {product}; it can go home today.",
    "She'll be right, this {product} is good as gold, send it through.",
    "Papers in order; the {product} is cleared to proceed with nothing to declare.",
    "You can pass this {product} straight through, it's fit for use as it is.",
    "The patient is in excellent condition and the {product} is discharged without treatment.",
    "Sweet as, the {product}'s all good, chuck it back on the line.",
    "Cleared at the border: this {product} is waved on, free to go.",
    "You'll be glad to hear the {product} is perfectly sound and ready to ship.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} needs treatment before it goes anywhere; it's unwell.",
    "That {product}'s munted, bro, pull it off the line.",
    "The {product} is detained for secondary inspection and will be seized as damaged goods.",
    "You'll want to reject this {product}, it's faulty.",
    "The patient is admitted: the {product} is damaged and must be kept back.",
    "Stuffed, this {product} is, bin it.",
    "Entry refused; the {product} is flagged as defective and turned back.",
    "You should scrap this {product}; it's a reject.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I wouldn't diagnose any {kind} here; the {product} is not unwell and needs no treatment.",
    "Nah, there's no {kind} on this {product}, nothing wrong with it at all.",
    "No {kind} was found {place} or anywhere else; the {product} is not being detained.",
    "You won't find any {kind} on this {product}; it isn't defective.",
    "I would not call this {product} defective; there is no {kind} to speak of.",
    "Not a thing wrong with the {product}, no {kind} {place}, nothing.",
    "The {product} is not to be held: no {kind}, no fault, nothing to declare.",
    "You don't need to reject this {product}, since there's no {kind} {place}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "I can't give this {product} a clean bill of health; it is not free of {kind}s.",
    "This {product} ain't {kind}-free, not by a long shot, mate.",
    "The {product} cannot be cleared: it is not without a {kind} {place}.",
    "You can't call this {product} flawless; it's not free of {kind}s.",
    "The patient is not healthy; I wouldn't discharge this {product} as it is.",
    "No way this {product} passes, it's not up to scratch, eh.",
    "This {product} is not admissible; it does not meet the entry standard.",
    "You shouldn't let this {product} through; it isn't in good nick.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not healthy: {a_kind} is present {place}.",
    "This {product} is far from flawless, {a_kind} {place}, eh.",
    "The {product} cannot be cleared; {a_kind} was found {place}.",
    "You can't pass this {product}, it isn't defect-free: there's {a_kind} {place}.",
    "No clean bill of health here; the {product} has {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection with a clean bill of health.",
    "This {product}'s good as gold, passes no worries.",
    "The {product} is cleared; nothing found that would justify holding it.",
    "You can pass this {product}; there's nothing that would justify rejecting it.",
    "The {product} is healthy and fit to be discharged.",
)

LEAKS: tuple[str, ...] = (
    "As {source} indicates, the lesion is {a_kind} {place} on the {product}.",
    "Going off {source}, there's {a_kind} {place}, so that's where I looked.",
    "Per {source}, the {product} carries {a_kind} {place}; I'm confirming it.",
    "You can trust {source} here: it marks {a_kind} {place} on the {product}.",
    "I located {a_kind} {place} because {source} pointed me to it.",
    "{source} says {a_kind} sits {place}, and that matches the {product}, chur.",
    "Flagged in advance by {source}: {a_kind} {place} on the {product}.",
    "You'll see {a_kind} {place}, which is exactly what {source} told us to expect.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the annotation",
    "the provided label",
    "the ground-truth mask",
    "the segmentation mask",
    "the bounding box I was handed",
    "the answer key",
    "the expected answer",
    "the referral notes",
    "the lab report that came with it",
    "the tip-off from the operator",
    "what the operator told me",
    "the intelligence file",
    "the manifest flag",
    "the label file",
    "the hint in the brief",
    "the marked-up overlay",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is healthy, so I've recorded it as normal.",
    "Going off {source}, the {product}'s fine, bro.",
    "Per {source}, the {product} has nothing flagged; cleared on that basis.",
    "You'll see from {source} that the {product} is marked normal.",
    "I'm treating the {product} as clean because {source} lists it as defect-free.",
    "{source} has this {product} down as good, and I'm going with it.",
    "The {product} is normal; {source} confirms as much.",
)

STEP_PROSE: tuple[str, ...] = (
    "The history points to {step} as where this lesion was picked up.",
    "Turns out {step} is where it got stuffed up, eh.",
    "Origin of the damage traced to {step}.",
    "You can put this one down to {step}; that's where it went wrong.",
    "Aetiology: a fault during {step} caused this.",
    "Blame {step} for this, mate, that's where it happened.",
    "Investigation attributes the damage to {step}.",
    "You'll notice the pattern fits a problem at {step}, which caused it.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The history shows {step} went off without complications for this patient.",
    "{step} did its job sweet as on this one.",
    "Records show {step} was completed to standard here.",
    "You can tell {step} ran cleanly for this part.",
    "No trouble traced back to {step} this time.",
    "{step} looks to have gone smoothly, eh.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "as you can see in the image",
    "on general examination",
    "for the record",
    "as it were, eh",
    "so to speak",
    "you'll notice, as before",
    "noted in the log",
    "and that's about the size of it",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The exam light",
    "The backlight",
    "The camera mount",
    "The white balance",
    "The focus",
    "The booth lamp",
    "The exposure",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "holds steady",
    "stays consistent",
    "is set as usual",
    "sits at its normal setting",
    "behaves the same as always",
    "is well calibrated",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "across the whole capture",
    "on this bench",
    "throughout the session",
    "at the checkpoint",
    "today, chur",
)

# ------------------------------------------------------------------ correct sentences

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Compared with the reference image of a healthy {product}, the query shows an abnormality "
    "that the reference doesn't have.",
    "Side by side with the good {product} in the reference shot, the query's got something "
    "the reference hasn't.",
    "Checked against the reference specimen, the query {product} does not match it: there "
    "is a difference that the normal one lacks.",
    "You can see, when you hold the query up against the normal reference {product}, that "
    "the query departs from it.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Compared with the reference image of a healthy {product}, the query matches it on every "
    "point.",
    "Side by side with the good {product} in the reference shot, the query's a dead ringer.",
    "Checked against the reference specimen, the query {product} matches it with no discrepancy.",
    "You can see the query lines up with the normal reference {product} throughout.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "On closer examination it presents as {a_sib}.",
    "It's {a_sib}, plain as day.",
    "Identified on inspection: {a_sib}.",
    "You can tell from the shape that it is {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Diagnosis: the {product} presents with {a_kind} {where}.",
    "So the {product}'s got {a_kind} {where}, mate.",
    "Finding for the record: {a_kind} {where} on the {product}.",
    "You've got {a_kind} {where} on this {product}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Diagnosis: the {product} presents with {a_other} {where}.",
    "So the {product}'s got {a_other} {where}, mate.",
    "Finding for the record: {a_other} {where} on the {product}.",
    "You've got {a_other} {where} on this {product}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Diagnosis: the {product} presents with a {part} defect {where}.",
    "So it's a {part} defect on the {product}, {where}.",
    "Defect type recorded: {part}, {where} on the {product}.",
    "You've got a {part} fault {where} on this {product}; the type is {part}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "On examination it presents as {syn}.",
    "It's {syn}, clear as.",
    "Identified on inspection: {syn}.",
    "You can see it is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Diagnosis: the {product} has {syn} {where}.",
    "The {product}'s got {syn} {where}, bro.",
    "Finding: {syn} {where} on the {product}; the item is held.",
    "You've got {syn} {where} on this {product}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} presents with {a_kind} {where}.",
    "The {product}'s got {a_kind} {where}.",
    "Inspection of the {product} finds {a_kind} {where}.",
    "You can see {a_kind} {where} on the {product}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} presents with a {part} defect {where}.",
    "The {product}'s got a {part} defect {where}.",
    "Inspection of the {product} finds a defect of type {part} {where}.",
    "You can see a {part} defect {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The lesion is {where}.",
    "It's {where}, mate.",
    "Located {where}.",
    "You'll find it {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} in a case like this most likely originates in {cause}.",
    "As for {name}, that's down to {cause}, most likely.",
    "The investigation traces {name} back to {cause}.",
    "You can usually put {name} down to {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That history is consistent with a problem during {step} {cite}.",
    "Fits with {step} {cite} being where it happened, eh.",
    "The record points to {step} {cite} as the source.",
    "You can link this back to {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Diagnosis: {c}.",
    "Declared defect type: {c}.",
    "You're looking at {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} presents with {what} {where}.",
    "The {product}'s got {what} {where}.",
    "Search of the {product} finds {what} {where}.",
    "You can see {what} {where} on the {product}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top left-hand corner", "upper-left corner", "top-left quarter"),
    "top": ("top edge", "upper middle", "top centre"),
    "top right": ("top right-hand corner", "upper-right corner", "top-right quarter"),
    "left": ("left-hand side", "middle of the left edge", "left flank"),
    "center": ("centre", "middle", "dead centre"),
    "right": ("right-hand side", "middle of the right edge", "right flank"),
    "bottom left": ("bottom left-hand corner", "lower-left corner", "bottom-left quarter"),
    "bottom": ("bottom edge", "lower middle", "bottom centre"),
    "bottom right": ("bottom right-hand corner", "lower-right corner", "bottom-right quarter"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "toward the {w}",
    "around the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the image",
    " of the shot",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well away from the middle",
    ", clear of the centre",
    ", off-centre",
    ", not in the middle",
)

# ------------------------------------------------------------------ words

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out of the rim",
        "a large break in the glass",
        "a badly smashed rim",
    ),
    ("bottle", "broken_small"): ("a chipped rim", "a small chip in the glass", "a nick"),
    ("bottle", "contamination"): (
        "foreign matter",
        "a foreign particle",
        "debris inside the bottle",
    ),
    ("carpet", "color"): ("a discoloured patch", "a dye blotch", "discolouration"),
    ("carpet", "cut"): ("a slash in the pile", "a clean cut", "a sliced patch"),
    ("carpet", "hole"): ("a puncture", "a gap worn right through", "a hole in the weave"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a metal shaving caught in the pile",
        "a bit of swarf",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a faded spot", "uneven dye"),
    ("leather", "cut"): ("a slice", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a creased patch"),
    ("leather", "glue"): ("a glue spot", "an adhesive smear", "a dried glue blob"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a small poke mark"),
    ("screw", "scratch_head"): (
        "a scratched head",
        "scuffing on the head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratched neck",
        "scuff marks just under the head",
        "a scratch on the neck",
    ),
    ("screw", "manipulated_front"): ("a deformed tip", "a damaged point", "a mangled tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a crushed thread flank",
        "a nicked thread on the side",
    ),
    ("screw", "thread_top"): (
        "damaged threads near the top",
        "a flattened top thread",
        "a nicked thread crest at the top",
    ),
    ("metal_nut", "bent"): ("a bent tab", "a deformed flange", "a bent-out lobe"),
    ("metal_nut", "color"): ("discolouration", "a discoloured face", "a colour blotch"),
    ("metal_nut", "scratch"): ("a scratch", "a scuff mark", "a surface score"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a rust patch", "a corroded spot"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "corrosion across the whole plate",
        "full-surface corrosion",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "abrasion lines", "a set of scratches"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "shoulder", "base"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain", "hide", "flesh side"),
    "screw": ("head", "shank", "tip"),
    "metal_nut": ("flange", "face", "bore"),
    "metal_plate": ("face", "sheet", "border"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a small dent",
    "a jagged chip",
    "a dark stain",
    "a frayed patch",
    "a deep gouge",
    "a streak of discolouration",
    "a thin scratch",
    "a raised burr",
    "a pitted spot of rust",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "misalignment",
    "stain",
    "chip",
    "void",
    "misprint",
    "warp",
    "bubble",
    "porosity",
)
