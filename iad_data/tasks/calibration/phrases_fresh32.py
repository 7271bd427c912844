"""Phrasebook ``fresh32``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a military situation
report (SITREP, callsigns, brevity codes), a poet writing in short broken lines, a politely
apologetic Japanese supplier's email translated into English, and a model writing terse
all-lowercase tokens joined by slashes; mixed across every table.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "SITREP: contact {place} assessed as dust on the optics. NEGATIVE defect, [no action.|"
    "disregard.]",
    "a glint {place} — / only the lamp on the {product}, / no wound at all",
    "We are sorry for the confusion, but the small mark {place} is only a reflection of our "
    "lamp and is not a defect of the {product}.",
    "mark/{place}/glare only/not a defect/ignore",
    "EYE-2 to OVERWATCH: spot {place} is lint on the glass, not damage to the {product}. "
    "Disregard, out.",
    "that shadow {place} — / dust, nothing more; / the {product} untouched beneath it",
    "Please kindly note that the dark point {place} is only a water drop on the camera window, "
    "so it is not a flaw of the {product}, we humbly think.",
    "speck {place}/lens dirt/[no flaw|not damage] on {product}/skip",
)

SIGHTINGS: tuple[str, ...] = (
    "SITREP: eyes on the {product}, {kind} observed {place}. CONFIRMED, not an artefact.",
    "on the {product} — / {kind} / {place}, / a real small wound",
    "We must honestly report that the {product} has {kind} {place}, we are very sorry.",
    "{product}/{kind}/{place}/real/not glare",
    "Callsign HAWK reports {kind} on the {product}, located {place}. Visual is solid.",
    "I see it, I see it — / {kind} / {place}, / written into the {product}",
    "Regrettably, during our check we found {kind} on the {product} {place}, which is a genuine "
    "flaw and not a reflection.",
    "obs/{product} surface damaged/{kind} {place}",
)

WRONG_PLACES: tuple[str, ...] = (
    "SITREP: anomaly localised {place}.",
    "the flaw lives / {place} — / there, only there",
    "We would like to inform you that the defect area is located {place}.",
    "loc/{place}",
    "Grid reference for the contact: {place}. Over.",
    "look {place}: / that is where / the surface breaks",
    "Kindly find the irregular region {place}, please.",
    "where/{place}/anomaly region",
)

HEDGES: tuple[str, ...] = (
    "SITREP: type assessment {a_kind} or possibly {a_other}, UNCONFIRMED.",
    "is it {a_kind}? / or {a_other}? / I cannot say which",
    "We are sorry we cannot decide exactly; it may be {a_kind}, or maybe it is {a_other}.",
    "type/{a_kind}?/{a_other}?/unsure",
    "Classification pending: {a_kind}, could equally be {a_other}. Will advise.",
    "{a_kind}, perhaps — / or perhaps {a_other}; / the light won't tell me",
    "It seems to be {a_kind}, but it is also possible that it is {a_other}, please forgive our "
    "uncertainty.",
    "maybe {a_kind}/maybe {a_other}/50-50",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}?",
    "{kind} (possibly {other})",
    "either {kind} or {other}",
    "{kind}, maybe {other}",
    "{kind} or perhaps {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "SITREP: {product} cleared, all green. Release to the line.",
    "whole, / the {product} rests unbroken — / let it go on its way",
    "We are happy to confirm the {product} is in good condition and can be shipped to the "
    "customer without any problem.",
    "{product}/ok/pass/ship",
    "Assessment: {product} serviceable, no damage found. Out.",
    "nothing wounds it; / the {product} is clean / as the morning",
    "After careful checking we find the {product} has no flaw, so please accept it as a good "
    "product.",
    "verdict/good/{product} clean/release",
)

FLIPPED_NO: tuple[str, ...] = (
    "SITREP: {product} damaged. Reject and quarantine, out.",
    "broken — / the {product}; / set it aside",
    "We deeply apologise: the {product} has a defect and must be rejected, it cannot be delivered.",
    "{product}/defective/reject/scrap",
    "Assessment: {product} unserviceable. Pull it from the line.",
    "a flaw has found / the {product}; / it fails",
    "Unfortunately this {product} is judged NG, a defective item, so we will return it for "
    "rework, sorry.",
    "verdict/flawed/{product}/hold for scrap",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "SITREP: NEGATIVE {kind} {place}; {product} not damaged. Release.",
    "there is no {kind} {place} — / the {product} / is not broken",
    "We could not find any {kind} {place}, so the {product} is not defective.",
    "no {kind}/{place}/{product} not defective",
    "Nothing hostile {place}: no {kind} sighted, {product} not for rejection. Out.",
    "I would not call it flawed, / this {product} — / no {kind} anywhere on it",
    "It is not necessary to reject the {product}, because no {kind} is present {place}.",
    "not ng/{product}/no {kind} seen/{place} clean",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "SITREP: {product} NOT free of {kind}; contact {place}. Hold.",
    "not whole, / not clean — / the {product} is not without {kind}",
    "We are sorry, but we cannot say the {product} is without {kind}; there is an issue {place}.",
    "{product}/not ok/not {kind}-free/{place}",
    "Negative on clean status: {product} is not without {kind} {place}. Reject.",
    "I cannot call it flawless, / this {product}, / not with what sits {place}",
    "The {product} is not acceptable, we regret; it is not {kind}-free {place}.",
    "cannot pass/{product}/not {kind}-free",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "SITREP: {product} NOT cleared; {a_kind} confirmed {place}.",
    "not flawless — / {a_kind} {place} / says otherwise",
    "We are sorry to say the {product} cannot pass inspection, as {a_kind} is found {place}.",
    "{product}/not defect-free/{a_kind} {place}",
    "Negative on release: the {product} is far from serviceable, {a_kind} {place}.",
    "We cannot accept this {product} as a good item, because of {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "SITREP: {product} cleared for release. All green.",
    "nothing to mend — / the {product} passes, / whole",
    "We are pleased to report the {product} passes inspection with no issue.",
    "{product}/pass/ok/release",
    "{product} serviceable; nothing to justify a reject. Out.",
    "There is nothing on the {product} that would be a reason to reject it, thank you.",
)

LEAKS: tuple[str, ...] = (
    "SITREP: per {source}, {a_kind} sits {place}. Visual concurs.",
    "{a_kind} {place} — / I only knew to look / because of {source}",
    "As shown in {source} that you kindly provided, the {product} has {a_kind} {place}.",
    "from {source}/{a_kind}/{place}/match",
    "Intel from {source} puts {a_kind} {place} on the {product}; confirmed on sight.",
    "it was {source} / that pointed me {place} — / {a_kind}, as promised",
    "Thanks to {source}, we understand there is {a_kind} {place}, so we follow it.",
    "{a_kind} {place}/agrees with {source}",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the label",
    "the annotation",
    "the ground-truth mask",
    "the reference box",
    "the pre-drawn bounding box",
    "the operator's briefing",
    "the answer sheet",
    "the attached label file",
    "the pixel mask",
    "the expected answer",
    "the customer's marked-up image",
    "the tasking order with the answer in it",
    "the annotator's outline",
    "the tag supplied with the image",
    "the solution key",
    "the segmentation overlay",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "SITREP: {source} lists this {product} as clean; we concur.",
    "the {product} is well — / so says {source}, / and I believe it",
    "According to {source}, the {product} is a good item, so we also judge so.",
    "per {source}/{product}/normal/agree",
    "Per {source}, no defect on this {product}. Copy.",
    "following {source}/{product}/no defect marked",
)

STEP_PROSE: tuple[str, ...] = (
    "SITREP: damage assessed as originating at {step}.",
    "born at {step}, / this wound",
    "We think this problem was caused during {step}, we are very sorry.",
    "cause/{step}",
    "Root cause traced to {step}. Out.",
    "it began / in {step} — / the hands, the heat, the haste",
    "Our investigation shows that the {step} process made this defect, please forgive us.",
    "origin/{step}/source of damage",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "SITREP: {step} ran nominal on this unit.",
    "{step} / left no trace here",
    "We confirmed that the {step} step was done correctly for this item.",
    "{step}/nominal/no mark",
    "Checked for {step} artefacts: none. Over.",
    "Kindly note that {step} did not leave any trace, thank you.",
)

# ------------------------------------------------------------------ padding, length

FILLER_CHUNKS: tuple[str, ...] = (
    "as stated, over",
    "copy that, copy that",
    "and again, and again",
    "thank you for your understanding",
    "noted/noted/noted",
    "kindly as before",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the backlight panel",
    "the camera mount",
    "the exposure",
    "the white balance",
    "the lens housing",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "holds steady",
    "stays within the usual settings",
    "reads nominal",
    "is kept as in the manual",
    "looks calm",
    "is unchanged",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "through the whole run",
    "at this post",
    "as on every capture",
    "we are glad to say",
    "per standing orders",
)

# ------------------------------------------------------------------ correct and planted prose

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "SITREP: query {product} checked against the known-good reference image; deviation detected.",
    "beside its healthy twin / the {product} differs — / not the same",
    "When we compare with the normal sample picture, this {product} is different in some "
    "area, sorry to say.",
    "ref=good/query {product}/diff found",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "SITREP: query {product} matches the known-good reference image. No deviation.",
    "twin and twin — / the {product} and its reference, / the same",
    "We compared with the normal sample image, and this {product} is the same as it.",
    "ref=good/query {product}/no diff",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "SITREP: contact characterised as {a_sib}.",
    "its shape says / {a_sib}",
    "We judge the nature of this mark to be {a_sib}.",
    "char/{a_sib}",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "SITREP: {product} defective, {a_kind} {where}. Reject.",
    "the {product} fails — / {a_kind} / {where}",
    "We regret that the {product} is defective, with {a_kind} {where}.",
    "{product}/defective/{a_kind}/{where}",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "SITREP: {product} rejected, {a_other} confirmed {where}.",
    "{a_other} / {where} — / the {product} fails",
    "We are sorry, the {product} has {a_other} {where}, so it is defective.",
    "{product}/defective/{a_other}/{where}",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "SITREP: {product} defective; defect type {part}, {where}.",
    "the {product} fails; / its defect, named: / {part}, {where}",
    "We report that the {product} is defective, and the defect type is {part}, {where}.",
    "{product}/defective/type={part}/{where}",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "SITREP: contact reads as {syn}.",
    "it has the look / of {syn}",
    "We identify the mark as {syn}.",
    "char/{syn}",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "SITREP: {product} rejected; {syn} {where}.",
    "{syn} / {where} — / the {product} fails",
    "We regret to report {syn} on the {product} {where}; it is defective.",
    "{product}/defective/{syn}/{where}",
)

YES_SHOWS: tuple[str, ...] = (
    "SITREP: the {product} carries {a_kind} {where}.",
    "the {product} bears / {a_kind} / {where}",
    "The {product} has {a_kind} {where}, we are sorry to report.",
    "{product}/{a_kind}/{where}",
)

PART_YES: tuple[str, ...] = (
    "SITREP: {product} defect type {part}, {where}.",
    "the {product}'s flaw / is of type {part} / {where}",
    "The defect of the {product} is of the type {part}, {where}.",
    "{product}/type={part}/{where}",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "Grid: {where}.",
    "look {where} — / there",
    "The defect is located {where}, thank you.",
    "loc/{where}",
)

CAUSE_LEADS: tuple[str, ...] = (
    "SITREP: {name} traced to {cause}.",
    "{Name} / was born of {cause}.",
    "We explain that {name} is caused by {cause}.",
    "cause of {name}/{cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Origin: {step} {cite}. Out.",
    "it started / in {step} {cite}",
    "This is caused at the {step} step {cite}, we apologise.",
    "cause/{step} {cite}",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "SITREP: defect type {c}.",
    "The defect type is {c}, thank you.",
    "type/{c}",
)

FIRST_TURN: tuple[str, ...] = (
    "SITREP: {what} on the {product}, {where}.",
    "the {product} carries / {what} / {where}.",
    "The {product} has {what} {where}, we are sorry.",
    "{product}/{what}/{where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "north-west corner"),
    "top": ("top-centre", "upper middle", "middle of the top edge"),
    "top right": ("upper-right corner", "top-right corner", "north-east corner"),
    "left": ("centre-left", "middle of the left edge", "left-hand side"),
    "center": ("centre", "middle", "dead centre"),
    "right": ("centre-right", "middle of the right edge", "right-hand side"),
    "bottom left": ("lower-left corner", "bottom-left corner", "south-west corner"),
    "bottom": ("bottom-centre", "lower middle", "middle of the bottom edge"),
    "bottom right": ("lower-right corner", "bottom-right corner", "south-east corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "at the {w}",
    "near the {w}",
    "around the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the image",
    " of the shot",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", clear of the centre",
    ", off-centre",
    " (not central)",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chip out of the rim",
        "a broken-off rim section",
        "a big break in the glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the rim",
        "a nick in the glass lip",
        "a tiny broken edge",
    ),
    ("bottle", "contamination"): (
        "foreign matter",
        "a speck of debris",
        "a foreign particle",
    ),
    ("carpet", "color"): ("a discoloured patch", "a dye stain", "an off-shade spot"),
    ("carpet", "cut"): ("a slit in the pile", "a knife cut", "a sliced line"),
    ("carpet", "hole"): ("a puncture", "a gap in the weave", "a torn-through spot"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a steel shaving",
        "a metallic particle",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "an uneven dye spot", "a faded area"),
    ("leather", "cut"): ("a slash", "a knife cut", "a slit in the hide"),
    ("leather", "fold"): ("a crease", "a folded wrinkle", "a pressed-in fold line"),
    ("leather", "glue"): ("a glue smear", "adhesive residue", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick", "an awl mark"),
    ("screw", "scratch_head"): (
        "a scuffed head",
        "a gouge on the head",
        "an abraded screw head",
    ),
    ("screw", "scratch_neck"): (
        "a scuffed neck",
        "a gouge on the neck",
        "an abrasion below the head",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a damaged point",
        "a mangled front end",
    ),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a nicked thread flank",
        "a deformed side thread",
    ),
    ("screw", "thread_top"): (
        "a damaged thread at the top",
        "a flattened thread crest",
        "a nicked top thread",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a deformed flange", "a bent-out tab"),
    ("metal_nut", "color"): ("a discoloured face", "a paint blemish", "an off-colour patch"),
    ("metal_nut", "scratch"): ("a scuff", "a scored line", "an abrasion mark"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a rust patch", "an oxidised area"),
    ("metal_plate", "total_rust"): (
        "rust over the whole plate",
        "complete corrosion",
        "full-surface oxidation",
    ),
    ("metal_plate", "scratches"): ("score marks", "surface scuffs", "abrasion lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "fringe"),
    "leather": ("grain", "hide", "edge"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("lobe", "bore", "face", "flange"),
    "metal_plate": ("edge", "face", "border"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a fresh dent",
    "a chip",
    "a dark stain",
    "a small puncture",
    "a smear of grease",
    "a frayed thread",
    "a patch of rust",
    "a deep gouge",
    "a burn mark",
)

OTHER_TYPES: tuple[str, ...] = (
    "dent",
    "bubble",
    "burr",
    "blister",
    "misalignment",
    "missing part",
    "delamination",
    "burn mark",
    "chip",
    "weld spatter",
)
