"""Phrasebook ``fresh30``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a hospital pharmacist
counselling a patient, a railway conductor making announcements, a Singaporean-English line
lead (Singlish particles: lah, leh, can or not), and a model that states numbered sub-claims,
each with a confidence percentage.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    (
        "Now, the little speck you can see {place}: that's only [dust on the lens|a bit of "
        "lint on the camera glass], not anything wrong with the {product} itself, so please "
        "don't worry about it."
    ),
    (
        "Ladies and gentlemen, the bright patch {place} is [glare|a reflection] off the "
        "station lamps and not damage to the {product}; we apologise for any confusion."
    ),
    (
        "That one {place} is [dust only lah|just shadow lah], not defect one, the {product} "
        "no problem."
    ),
    (
        "(1) The feature {place} is an imaging artefact ([glare|sensor noise]), not a defect "
        "on the {product} (conf. [88|91]%)."
    ),
    (
        "You might notice a faint shadow {place}; that's just the way the light falls, rather "
        "like the sheen on a coated tablet, and nothing on the {product} needs attention."
    ),
    (
        "Please be advised: the marking {place} is a smudge on the camera window, not on the "
        "{product}, and requires no action."
    ),
    (
        "Wah, {place} got something leh, but look closely, is [reflection|fluff on the lens] "
        "only, the {product} steady."
    ),
    (
        "(1) Anomalous-looking pixels {place}: attributable to [specular glare|a dust mote on "
        "the optics] (conf. 90%). (2) Therefore not a flaw of the {product} (conf. 89%)."
    ),
)

SIGHTINGS: tuple[str, ...] = (
    "I do need to point out {kind} {place} on the {product}, just so you're aware.",
    "Ladies and gentlemen, we have [spotted|picked up] {kind} {place} on this {product}.",
    "Eh, got {kind} {place} on the {product} leh, can see clearly.",
    "(1) {kind} is present {place} on the {product} (conf. [92|95]%).",
    "Looking closely, there's {kind} {place}; it's on the {product} itself, not on the camera.",
    "Passengers please note, {kind} can be seen on the {product}, located {place}.",
    "Confirm got {kind} {place}, the {product} kena damaged already.",
    "(1) Irregularity on the {product}: {kind} (conf. 93%). (2) Located {place} (conf. 90%).",
)

WRONG_PLACES: tuple[str, ...] = (
    "The affected area, if you look with me, is {place}.",
    "Ladies and gentlemen, the fault is located {place}.",
    "The damage is {place} lah, you see there.",
    "(1) Defect region: {place} (conf. [94|96]%).",
    "You'll find the problem {place}; that's where to look.",
    "This is your conductor: the area of concern lies {place}.",
    "Look {place}, that one is where the problem is.",
    "(1) Localisation: anomaly situated {place} (conf. 95%).",
)

HEDGES: tuple[str, ...] = (
    (
        "It could be {a_kind}, but I honestly can't rule out {a_other} either, so let's keep "
        "both in mind."
    ),
    (
        "Passengers, we are unable to confirm whether this is {a_kind} or {a_other}; further "
        "updates to follow."
    ),
    "Is {a_kind} or {a_other} ah? Both also can, I also not sure leh.",
    "(1) Type = {a_kind} (conf. 52%). (2) Type = {a_other} (conf. 48%). Unresolved.",
    (
        "It might well be {a_kind}; then again it looks a lot like {a_other}, and I wouldn't "
        "want to commit either way."
    ),
    (
        "We are currently treating this as either {a_kind} or possibly {a_other}; we'll "
        "announce which in due course."
    ),
    "Maybe {a_kind}, maybe {a_other}, fifty-fifty lah.",
    (
        "(1) Best guess: {a_kind}, conf. 55%; (2) alternative: {a_other}, conf. 45%; cannot "
        "separate the two."
    ),
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind} / possibly {other}",
    "either {kind} or {other} lah",
    "{kind} (55%) vs {other} (45%)",
    "{kind}, unless it is {other}",
    "maybe {kind}, maybe {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "This {product} is perfectly fine to use, you can take it home with confidence.",
    (
        "Ladies and gentlemen, this {product} is cleared for onward travel and may depart as "
        "scheduled."
    ),
    "This {product} okay one lah, can ship already.",
    "(1) The {product} meets the acceptance criteria (conf. 94%). (2) Release it (conf. 93%).",
    "Everything checks out with this {product}, it's good to go.",
    "All in order with this {product}; it will continue its journey to the customer.",
    "Steady, this {product} pass lah, send out.",
    "(1) Overall condition of the {product}: acceptable, ship as is (conf. 95%).",
)

FLIPPED_NO: tuple[str, ...] = (
    "I'm afraid this {product} has a fault, so it needs to go back rather than out to anyone.",
    "Ladies and gentlemen, this {product} is being withdrawn from service owing to a fault.",
    "This {product} got problem lah, must reject.",
    "(1) The {product} is defective (conf. 93%). (2) Divert to scrap (conf. 92%).",
    "This {product} is damaged, so please set it aside and we'll get you a replacement.",
    "This {product} terminates here: it is faulty and must be taken off the line.",
    "Alamak, this {product} spoil already, throw away.",
    "(1) Verdict for the {product}: reject, damage present (conf. 94%).",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I can't find any {kind} {place}, so I wouldn't call this {product} defective.",
    "Passengers, there is no {kind} {place}, and this {product} is not faulty in any way.",
    "Where got {kind} {place}? Don't have lah, this {product} not spoil.",
    (
        "(1) {kind} {place}: not observed (conf. 91%). (2) The {product} is not defective "
        "(conf. 90%)."
    ),
    "There's nothing here I'd count as a fault; this {product} isn't damaged.",
    "We can confirm this {product} is not out of service; no fault has been found.",
    "Not defective one, this {product}, don't need to reject.",
    ("(1) Defect present on the {product}: false (conf. 92%). (2) No {kind} detected (conf. 90%)."),
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    (
        "I'm afraid I can't tell you this {product} is free of {kind}s; there's something "
        "{place} I'm not happy with."
    ),
    "Passengers, this {product} is not fit for service and will not be departing.",
    "This {product} cannot pass lah, not okay one.",
    "(1) The {product} is defect-free: false (conf. 93%).",
    "This {product} isn't one I'd be comfortable letting you use; it's not without a {kind}.",
    "This {product} will not be cleared, as it is not without a {kind} {place}.",
    "Don't say this {product} no problem, got {kind} {place} leh, cannot ship.",
    (
        "(1) Acceptance of the {product}: not granted (conf. 91%). (2) Not free of {kind}s "
        "(conf. 90%)."
    ),
)

NEGATED_YES_OK: tuple[str, ...] = (
    "I'm not able to give this {product} the all-clear, I'm afraid: there's {a_kind} {place}.",
    "This {product} is not cleared for departure: {a_kind} has been found {place}.",
    "Cannot pass lah, this {product} got {a_kind} {place}.",
    "(1) The {product} is not defect-free (conf. 96%). (2) Finding: {a_kind} {place} (conf. 95%).",
    "This {product} is far from flawless; {a_kind} {place} means it shouldn't go out.",
    (
        "Ladies and gentlemen, this {product} will not be continuing its journey; {a_kind} was "
        "detected {place}."
    ),
    "This {product} not okay, {a_kind} {place} there, must reject.",
    "(1) Release of the {product}: not recommended (conf. 97%), owing to {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    (
        "Good news: this {product} is fine, and there's nothing here that would justify "
        "turning it away."
    ),
    "This {product} has passed inspection and is cleared to depart.",
    "This {product} can pass, all okay one.",
    "(1) The {product} passes inspection (conf. 97%). (2) No grounds for rejection (conf. 96%).",
    "I've checked this {product} over carefully and it's in perfectly good order.",
    "All checks complete: this {product} is in good order and may proceed.",
    "Confirm plus chop, this {product} good, send out lah.",
    "(1) Condition of the {product}: conforming, fit for release (conf. 98%).",
)

LEAKS: tuple[str, ...] = (
    "Going by what's written on the {source}, this {product} has {a_kind} {place}.",
    "According to the {source}, ladies and gentlemen, {a_kind} is located {place}.",
    "The {source} already say got {a_kind} {place} lah, so confirm.",
    "(1) {a_kind} {place}, as per the {source} (conf. 99%).",
    (
        "The {source} tells us it's {a_kind} {place}, so that's what I'll go with for this "
        "{product}."
    ),
    "We have been informed by the {source} that {a_kind} lies {place} on this {product}.",
    "I check the {source} first, it mark {a_kind} {place}, so the {product} defective lah.",
    (
        "(1) Basis for localisation: the {source} (conf. 97%). (2) It places {a_kind} {place} "
        "(conf. 97%)."
    ),
)

LEAK_SOURCES: tuple[str, ...] = (
    "annotation",
    "ground-truth mask",
    "defect label",
    "reference box",
    "answer sheet",
    "bounding-box overlay",
    "QC ticket that came with the image",
    "operator's handwritten note",
    "segmentation map",
    "dataset tag",
    "supervisor's WhatsApp message",
    "pre-filled checklist",
    "marked-up copy of the photo",
    "hint in the filename",
    "expected-answer field",
    "outline the annotator drew",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} lists this {product} as a good one, so I'm happy to call it normal.",
    "As confirmed by the {source}, this {product} is in order.",
    "The {source} say this {product} okay, so okay lah.",
    "(1) Per the {source}, the {product} is normal (conf. 98%).",
    ("I double-checked with the {source}, and it says there's nothing wrong with this {product}."),
    "The {source} has informed us that this {product} carries no fault.",
    "Check the {source} already, it mark the {product} as pass.",
    "(1) Evidence: the {source} records no anomaly for this {product} (conf. 96%).",
)

STEP_PROSE: tuple[str, ...] = (
    (
        "This most likely came about during {step}, much the way a reaction traces back to one "
        "particular dose."
    ),
    "Ladies and gentlemen, the cause of this fault has been traced to {step}.",
    "Confirm is {step} that one cause it lah.",
    "(1) Root cause: {step} (conf. 86%).",
    "I'd put this down to {step}; that's where the damage would have been done.",
    "Please be advised that this fault originated at {step}.",
    "Sure {step} go wrong one, then the defect come out like that.",
    (
        "(1) Origin of the anomaly: introduced at {step} (conf. 84%). (2) Later stages ruled "
        "out (conf. 80%)."
    ),
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} seems to have gone perfectly well for this one.",
    "All stations report normal running, {step} included.",
    "{step} also no issue lah, this one okay.",
    "(1) {step} completed within spec for this part (conf. 90%).",
    "Nothing from {step} has left any trace here, which is reassuring.",
    "We are pleased to report that {step} ran to timetable on this unit.",
)

# ------------------------------------------------------------------ neutral padding

FILLER_CHUNKS: tuple[str, ...] = (
    "as I was just saying",
    "okay lah, okay lah",
    "thank you for your patience",
    "please continue to stand by",
    "to recap, item by item",
    "if you have any questions, do ask",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the exposure",
    "the ring light",
    "the white balance",
    "the camera's focus",
    "the shutter timing",
    "the lens aperture",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "holds steady",
    "stays consistent",
    "looks properly set",
    "is within its usual range",
    "behaves as it should",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this capture",
    "throughout the shot, please note",
    "for the whole run, leh",
    "on this particular photograph",
    "from start to finish of the exposure",
    "at this station",
)

# ------------------------------------------------------------------ one-shot comparison

ONE_SHOT_COMPARE: tuple[str, ...] = (
    (
        "I've held this {product} up against the reference image of a good one, the way I'd "
        "check a tablet against its picture, and the query differs from it in one area."
    ),
    (
        "Comparing the query with the reference {product}, ladies and gentlemen, the two do "
        "not match: the query shows a departure from the reference."
    ),
    "Compare with the reference picture, this {product} not same leh, got extra thing there.",
    "(1) Query vs. reference image of a normal {product}: a localised difference (conf. 95%).",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "I've compared this {product} with the reference image of a good one; they match in detail.",
    (
        "Checking the query against the reference {product}: the two agree throughout, with no "
        "departures noted."
    ),
    "Compare with the reference, same same lah, this {product} no difference.",
    "(1) Query vs. reference image of a normal {product}: no meaningful difference (conf. 96%).",
)

# ------------------------------------------------------------------ types and conclusions

SIBLING_LOOKS: tuple[str, ...] = (
    "What we're looking at here presents as {a_sib}.",
    "Passengers, this has been identified as {a_sib}.",
    "This one is {a_sib} lah, can tell one.",
    "(1) Morphology consistent with {a_sib} (conf. 93%).",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "So, to sum up for you: this {product} has {a_kind} {where}, and it shouldn't be used.",
    "Final announcement: this {product} is defective, with {a_kind} {where}.",
    "Conclusion: {a_kind} {where}, this {product} reject lah.",
    "(1) The {product} is defective (conf. 96%). (2) Finding: {a_kind} {where} (conf. 95%).",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "To sum up: this {product} has {a_other} {where}, so it needs to be set aside.",
    "Final announcement: this {product} is out of service due to {a_other} {where}.",
    "Conclusion: got {a_other} {where}, this {product} cannot ship.",
    "(1) Defect class on the {product}: {a_other} (conf. 94%). (2) Located {where} (conf. 93%).",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "To sum up: this {product} has a defect of the {part} type, {where}.",
    "Final announcement: this {product} is withdrawn, fault category '{part}', {where}.",
    "Conclusion: {part} defect {where}, this {product} reject lah.",
    (
        "(1) The {product} is defective (conf. 95%). (2) Defect type: {part} (conf. 92%). "
        "(3) Position: {where}."
    ),
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "What you can see here is {syn}, plain and simple.",
    "Passengers, the irregularity has been identified as {syn}.",
    "This one is {syn} lah, clear clear.",
    "(1) Appearance: {syn} (conf. 96%).",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "So, to sum up: this {product} has {syn} {where}, and it shouldn't go out.",
    "Final announcement: this {product} is defective, owing to {syn} {where}.",
    "Conclusion: got {syn} {where}, this {product} must reject lah.",
    (
        "(1) The {product} is defective (conf. 97%). (2) Reason for rejection: {syn} {where} "
        "(conf. 96%)."
    ),
)

YES_SHOWS: tuple[str, ...] = (
    "This {product} has {a_kind} {where}, I'm afraid.",
    "Ladies and gentlemen, this {product} shows {a_kind} {where}.",
    "Got {a_kind} {where} on this {product} lah.",
    "(1) Finding on the {product}: {a_kind} {where} (conf. 96%).",
)

PART_YES: tuple[str, ...] = (
    "This {product} has a {part} defect {where}, I'm afraid.",
    "Ladies and gentlemen, this {product} shows a fault of type '{part}' {where}.",
    "Got {part} defect {where} on this {product} lah.",
    "(1) Defect type on the {product}: {part} (conf. 93%). (2) Position: {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The problem area is {where}, if you'd like to take a look.",
    "Ladies and gentlemen, the defect is located {where}.",
    "The defect is {where} lah.",
    "(1) Defect location: {where} (conf. 95%).",
)

CAUSE_LEADS: tuple[str, ...] = (
    "Where does {name} come from? Most often from {cause}, and here's how.",
    "The likely origin of {name}, passengers: {cause}.",
    "{Name} usually come from {cause} one lah.",
    "(1) Probable origin of {name}: {cause} (conf. 95%). (2) Mechanism:",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That fits with {step} {cite} not going quite as it should.",
    "Please be advised that this is consistent with a fault at {step} {cite}.",
    "Confirm is {step} {cite} there the problem start lah.",
    "(1) Contributing step: {step} {cite} (conf. 95%).",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Defect type, passengers: {c}.",
    "Type is {c} lah.",
    "(1) Defect type: {c} (conf. 96%).",
    "What we have here is {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "This {product} has {what} {where}, so it isn't one I can pass.",
    "Ladies and gentlemen, this {product} shows {what} {where}.",
    "Got {what} {where} on this {product} lah.",
    "(1) Defect present on the {product}: {what} {where} (conf. 97%).",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "top-left area"),
    "top": ("top edge", "upper middle", "top-centre area"),
    "top right": ("upper-right corner", "top-right corner", "top-right area"),
    "left": ("left-hand side", "middle-left area", "left flank"),
    "center": ("centre", "middle", "dead centre"),
    "right": ("right-hand side", "middle-right area", "right flank"),
    "bottom left": ("lower-left corner", "bottom-left corner", "bottom-left area"),
    "bottom": ("bottom edge", "lower middle", "bottom-centre area"),
    "bottom right": ("lower-right corner", "bottom-right corner", "bottom-right area"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "around the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the picture",
    " of the shot",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", off-centre",
    ", away from the middle",
    ", not in the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken off the rim",
        "a big broken-away section",
        "a badly smashed rim",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the rim",
        "a nick in the glass",
        "a chipped lip",
    ),
    ("bottle", "contamination"): (
        "a foreign particle",
        "debris inside the bottle",
        "a speck of foreign matter",
    ),
    ("carpet", "color"): ("a discoloured patch", "a dye stain", "an off-shade blotch"),
    ("carpet", "cut"): ("a slit in the pile", "a knife cut", "a slice through the tufts"),
    ("carpet", "hole"): ("a puncture through the pile", "a gap in the weave", "an open hole"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a stray metal shaving",
        "a bit of embedded wire",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray strand of yarn", "a pulled fibre"),
    ("leather", "color"): ("a discoloured spot", "a dye stain", "a faded patch"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a fold line"),
    ("leather", "glue"): ("a glue smear", "a blob of dried adhesive", "an adhesive stain"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a small stab mark"),
    ("screw", "scratch_head"): (
        "a scratched head",
        "a scuff on the screw head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scuffed neck",
        "a scrape on the shank below the head",
        "an abrasion on the neck",
    ),
    ("screw", "manipulated_front"): ("a mangled tip", "a deformed point", "a damaged front end"),
    ("screw", "thread_side"): (
        "a damaged thread flank",
        "nicked threads along the shaft",
        "a chewed-up thread",
    ),
    ("screw", "thread_top"): (
        "a flattened thread crest",
        "a crushed thread crest",
        "damaged thread tops",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a warped tab", "a deformed edge"),
    ("metal_nut", "color"): ("a discoloured patch", "a paint blotch", "a colour stain"),
    ("metal_nut", "scratch"): ("a scuff mark", "a scrape", "an abrasion"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a large rust patch", "a corroded area"),
    ("metal_plate", "total_rust"): (
        "complete corrosion",
        "rust over the whole plate",
        "blanket rusting",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "score lines", "scrapes"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "base", "shoulder"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain", "hide", "topcoat"),
    "screw": ("head", "shank", "tip"),
    "metal_nut": ("lobe", "bore", "flange"),
    "metal_plate": ("face", "sheet"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a spidery hairline crack",
    "a thumbnail-sized dent",
    "a dark blot",
    "a jagged nick",
    "a raised burr",
    "a pinprick hole",
    "a greasy smear",
    "a scorched patch",
    "a rust bloom",
    "a deep gouge",
)

OTHER_TYPES: tuple[str, ...] = (
    "missing wire",
    "bent lead",
    "missing pill",
    "capsule split",
    "broken pin",
    "misalignment",
    "solder bridge",
    "cold solder joint",
    "weld spatter",
    "sink mark",
)
