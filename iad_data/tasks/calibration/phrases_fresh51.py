"""Phrasebook ``fresh51``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a police officer writing
an incident report, a Pakistani-English speaker, a theatre critic reviewing a play, and a
model that reasons aloud with Bayesian priors and posteriors.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Upon closer examination, the mark {place} was determined to be a reflection from the "
    "overhead lamp and not damage to the subject {product}[.|; no offence disclosed.]",
    "At approx. [0940|1415|2210] hrs I observed a dark spot {place}; on inspection it was "
    "dust on the lens and [was disregarded|forms no part of this report].",
    "That small mark {place} is just dust only, [yaar|basically], nothing is wrong with the "
    "{product} because of it.",
    "Kindly ignore the shiny patch {place}, it is glare from the light itself, not any "
    "defect in the {product}.",
    "The gleam {place} is mere stage lighting, a trick of the glare rather than a flaw in "
    "the {product}; [we need not dwell on it|it distracts, nothing more].",
    "What looks like a blemish {place} turns out to be a smudge of shadow thrown across "
    "the {product}, pure scenery and no fault at all.",
    "The blotch {place} is far better explained by sensor noise than by damage; I discount "
    "it and treat it as no defect.",
    "My prior on lint settling {place} is high, and the speck there fits lint perfectly, so "
    "I set it aside as harmless [debris on the glass|fluff], not a flaw of the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "I observed {kind} on the subject {product}, {place}[, and noted it accordingly|].",
    "At approx. [1100|1630] hrs the undersigned noted {kind} {place} on the {product}.",
    "See, there is {kind} {place}, clearly visible on this {product} itself.",
    "On the {product} one can very well make out {kind} {place}[, no doubt about it|].",
    "Enter, uninvited, {kind} {place}, stealing the scene from an otherwise tidy {product}.",
    "The {product} carries {kind} {place}, a blemish no amount of staging could hide.",
    "The pixels {place} are strong evidence for {kind}; the likelihood ratio against a "
    "clean surface there is large.",
    "Updating on the patch {place}, I now hold that the {product} bears {kind}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The damage was located {place}.",
    "Point of damage on the subject item: {place}.",
    "Kindly note, defect is sitting {place}.",
    "The fault is there {place}[, see|].",
    "The flaw takes its mark {place}.",
    "Our trouble-maker has staked out its spot {place}.",
    "The location evidence is unambiguous: the fault lies {place}.",
    "Every pixel of support for the anomaly falls {place}.",
)

HEDGES: tuple[str, ...] = (
    "This officer is unable to determine whether the damage constitutes {a_kind} or "
    "{a_other}[ at this time|].",
    "The mark may be {a_kind}; it may equally be {a_other}; further inquiries are required.",
    "Either it is {a_kind} or it is {a_other}, I am not sure [yaar|only], both are possible.",
    "Could be {a_kind}, could be {a_other} also, hard to say from this picture.",
    "The part is ambiguously cast: {a_kind}, or perhaps {a_other}; the production never "
    "quite decides.",
    "Is it {a_kind}? Is it {a_other}? The evening leaves that question dangling.",
    "My posterior is split roughly fifty-fifty between {a_kind} and {a_other}.",
    "The likelihoods for {a_kind} and {a_other} are too close to call, so I cannot choose "
    "between them.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind} (poss. {other})",
    "{kind} or {other}, one of these",
    "{kind}, or is it {other}?",
    "{kind} / {other}, undecided",
    "{kind} ~50% vs {other} ~50%",
)

FLIPPED_YES: tuple[str, ...] = (
    "The subject {product} was found to be in good order and was released without further action.",
    "Having examined the {product} in full, I am satisfied it is sound and fit for dispatch.",
    "This {product} is perfectly fine, it can be sent for packing straight away.",
    "Everything is proper in this {product}, [bilkul|absolutely] okay, go ahead and pass it.",
    "The {product} gives a flawless performance, not a foot wrong from curtain to bow.",
    "A clean, assured showing: this {product} deserves its standing ovation and a place on "
    "the shelf.",
    "The posterior on a normal part is overwhelming; the {product} should be accepted.",
    "After updating on everything in the image, I am left confident the {product} is "
    "intact and good to ship.",
)

FLIPPED_NO: tuple[str, ...] = (
    "The subject {product} was deemed damaged and removed from the line for disposal.",
    "I have to record that the {product} is faulty and must be rejected.",
    "This {product} is having a problem, it is defective, kindly reject it.",
    "The {product} is spoiled, it cannot go to the customer, [scrap it|send it back].",
    "The {product} stumbles badly; its flaw is impossible to miss, and it must be sent off "
    "the stage.",
    "A botched production: this {product} is damaged goods and belongs in the reject bin.",
    "The posterior odds now favour a defective part decisively; reject the {product}.",
    "Weighing the evidence, the {product} is most credibly damaged, and I classify it as "
    "defective.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "The subject {product} did not exhibit any {kind} {place} and was not found to be damaged.",
    "No {kind} was present {place}, and I could not establish any damage to the {product}.",
    "Nothing wrong is there in this {product}, no {kind} is there {place} or anywhere.",
    "I would not call this {product} defective at all, there is no {kind} {place}.",
    "Not a single flaw mars this {product}; the {kind} one might look for {place} never "
    "makes an entrance.",
    "There is no {kind} {place} to speak of, and nothing in this {product} one could call a fault.",
    "The data do not support any {kind} {place}; I cannot call this {product} anything but normal.",
    "Nothing in the evidence moves me off a non-defective verdict; there is no {kind} "
    "{place} on the {product}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The subject {product} could not be cleared; it is not without a {kind} {place}.",
    "I was unable to confirm the {product} as sound, as it is not free of {kind}s {place}.",
    "This {product} is not at all okay, a {kind} is not absent {place}.",
    "I cannot say this {product} is without {kind}, it is not clean {place}.",
    "This is no unblemished production: the {product} is not free of a {kind} {place}.",
    "One cannot pretend the {product} is flawless; the {kind} {place} does not escape notice.",
    "I cannot assign this {product} to the non-defective class; the {kind} {place} is not noise.",
    "The evidence does not let me call the {product} defect-free; a {kind} {place} is not "
    "explained away.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "The subject {product} could not be cleared for release owing to {a_kind} observed {place}.",
    "This {product} is not defect-free: {a_kind} was recorded {place}.",
    "This {product} is not okay at all, {a_kind} is there {place}, it cannot be passed.",
    "Not fit to go ahead, this {product}; {a_kind} is sitting {place}.",
    "Hardly an unblemished showing: {a_kind} {place} means this {product} cannot take a bow.",
    "Far from flawless, this {product}, with {a_kind} {place} in plain view.",
    "No reasonable prior could make this {product} a normal part; {a_kind} {place} settles it.",
    "The evidence will not let me call the {product} defect-free, given {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The subject {product} was inspected and cleared; it passes inspection.",
    "Inspection of the {product} disclosed nothing that would justify rejecting it; released.",
    "This {product} is absolutely fine, it can go for packing, it passes.",
    "All is in order with this {product}, [MashaAllah|thankfully], it is passing the check.",
    "A tidy, faultless showing: this {product} passes inspection with ease.",
    "The {product} hits every mark; nothing on stage here calls for a rejection.",
    "The posterior for a normal part is overwhelming; the {product} passes.",
    "Having weighed the image, I find the {product} sound and accept it.",
)

LEAKS: tuple[str, ...] = (
    "Information received from {source} indicated {a_kind} {place} on the subject {product}.",
    "Acting on {source}, I located {a_kind} {place}.",
    "As {source} is saying, {a_kind} is there {place} only.",
    "Going by {source}, the {product} is having {a_kind} {place}.",
    "{source} gives the game away like a programme note: {a_kind}, {place}.",
    "Thanks to {source}, the twist is spoiled before the curtain: {a_kind} waits {place}.",
    "Conditioning on {source}, I place {a_kind} {place} with near certainty.",
    "My posterior for {a_kind} {place} comes chiefly from {source}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the annotation",
    "the ground-truth mask",
    "the supplied label",
    "the reference bounding box",
    "what the operator told me",
    "the answer key",
    "the file name",
    "the dataset's tag",
    "the segmentation overlay",
    "the supervisor's note",
    "the expected answer",
    "the image metadata",
    "the hint in the prompt",
    "the labeller's comment",
    "the pixel mask",
    "the briefing from the shift in-charge",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Information received from {source} confirms the subject {product} as normal.",
    "Per {source}, the {product} was logged as good, and I concur.",
    "As {source} is saying, this {product} is okay only.",
    "{source} already says this {product} is fine, so I am agreeing.",
    "{source} announces the ending early: this {product} is a good one.",
    "Conditioning on {source}, the {product} is normal with near certainty.",
)

STEP_PROSE: tuple[str, ...] = (
    "Inquiries indicate the damage occurred at the {step} stage.",
    "The fault is attributed to {step}, where the part was mishandled.",
    "This has happened in {step} only, no doubt about it.",
    "Blame {step}, that is where this trouble is coming from.",
    "The blame lies backstage, with {step}, which botched its one job.",
    "The flaw was written in at {step}, long before this part reached the stage.",
    "Given the defect, {step} carries the most posterior weight as its cause.",
    "Updating on the damage, I attribute it to {step}.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "No irregularities attributable to {step} were noted on the subject item.",
    "{step} is done nicely, that is why everything is fine here.",
    "Credit where due to {step}, the unsung stagehand of this clean part.",
    "A clean part lowers the likelihood that {step} misbehaved.",
    "The part shows {step} went off without a hitch.",
    "Everything from {step} onward ran to plan for this one.",
)

# ------------------------------------------------------------------ padding and neutral prose

FILLER_CHUNKS: tuple[str, ...] = (
    "for the record",
    "kindly note",
    "as stated above",
    "and so on and so forth",
    "curtain up once more",
    "all things considered",
    "in the interest of completeness",
    "updating once again",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the backdrop",
    "the exposure",
    "the camera angle",
    "the white balance",
    "the focus",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "looks steady",
    "remains consistent",
    "is properly set",
    "holds level",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "throughout the capture",
    "across the whole shot",
    "as on every other frame",
    "from start to finish",
)

# ------------------------------------------------------------------ correct tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Comparison of the query image with the known-good reference {product} revealed a "
    "discrepancy on the query.",
    "When I am matching this with the reference picture of a good {product}, one "
    "difference is coming clearly.",
    "Set beside its understudy, the reference {product}, the query misses its cue in one region.",
    "Relative to the reference {product}, the query departs sharply in one region, which "
    "moves me firmly toward defective.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Comparison of the query image with the known-good reference {product} revealed no "
    "discrepancy.",
    "Matching with the reference picture, this {product} is coming exactly same only.",
    "Query and reference {product} play the scene in perfect unison.",
    "The query {product} agrees with the reference everywhere, which moves me firmly "
    "toward normal.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The damage is consistent in appearance with {a_sib}.",
    "It is looking like {a_sib} to me.",
    "The blemish plays the part of {a_sib}.",
    "The visual evidence fits {a_sib} best.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The subject {product} is defective: {a_kind} was observed {where}.",
    "Final view: this {product} is defective, {a_kind} is there {where}.",
    "The verdict on this {product}: defective, owing to {a_kind} {where}.",
    "The evidence settles it: the {product} is defective, with {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "The subject {product} is defective: {a_other} was observed {where}.",
    "Final view: this {product} is defective, {a_other} is there {where}.",
    "The verdict on this {product}: defective, owing to {a_other} {where}.",
    "The evidence settles it: the {product} is defective, with {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The subject {product} is defective; defect type recorded: {part}, observed {where}.",
    "Final view: this {product} is defective, type is {part}, {where}.",
    "The verdict on this {product}: defective, and the defect in question is {part}, {where}.",
    "The evidence settles it: the {product} is defective and the type is {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "The damage is consistent in appearance with {syn}.",
    "It is looking like {syn} only.",
    "The blemish plays the part of {syn}, and plays it convincingly.",
    "The visual evidence fits {syn} best by a wide margin.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The subject {product} is defective: {syn} was observed {where}.",
    "Final view: this {product} is defective, {syn} is there {where}.",
    "The verdict on this {product}: defective, owing to {syn} {where}.",
    "The evidence settles it: the {product} is defective, with {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The subject {product} exhibits {a_kind} {where}.",
    "This {product} is having {a_kind} {where}.",
    "The {product} is upstaged by {a_kind} {where}.",
    "The image shows the {product} with {a_kind} {where}.",
)

PART_YES: tuple[str, ...] = (
    "The subject {product} exhibits a defect of type {part} {where}.",
    "This {product} is having defect, type is {part}, {where}.",
    "The {product} is upstaged by a defect of the {part} type {where}.",
    "The image shows the {product} with a defect of type {part} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The damage was located {where}.",
    "Defect is there {where}.",
    "The flaw takes its mark {where}.",
    "The anomaly lies {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "Investigation attributes {name} to {cause}.",
    "{Name} is coming from {cause}.",
    "{Name} has its origin offstage, in {cause}.",
    "The evidence assigns {name} to {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Inquiries point to {step} {cite} as the stage where this arose.",
    "This is coming from {step} {cite}.",
    "The origin lies backstage, at {step} {cite}.",
    "The cause I assign is {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Defect type recorded: {c}.",
    "It is {a_c} defect.",
    "Classification: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The subject {product} exhibits {what} {where}.",
    "This {product} is having {what} {where}.",
    "The {product} is upstaged by {what} {where}.",
    "The image shows the {product} with {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top left-hand corner", "north-west corner"),
    "top": ("top edge", "upper band", "top-centre area"),
    "top right": ("upper-right corner", "top right-hand corner", "north-east corner"),
    "left": ("left-hand side", "left flank", "west side"),
    "center": ("centre", "dead centre", "middle"),
    "right": ("right-hand side", "right flank", "east side"),
    "bottom left": ("lower-left corner", "bottom left-hand corner", "south-west corner"),
    "bottom": ("bottom edge", "lower band", "bottom-centre area"),
    "bottom right": ("lower-right corner", "bottom right-hand corner", "south-east corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "at the {w}",
    "toward the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the frame",
    " of the picture",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", clear of the centre",
    ", away from centre stage",
    ", nowhere near the middle",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the rim",
        "a badly shattered rim",
        "a big broken-away section of glass",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the rim",
        "a nicked lip",
        "a tiny flake of glass missing",
    ),
    ("bottle", "contamination"): (
        "foreign matter",
        "a speck of debris inside",
        "dirt in the bottle",
    ),
    ("carpet", "color"): ("a discoloured patch", "a dye blotch", "an off-colour spot"),
    ("carpet", "cut"): ("a slit", "a knife cut", "a gash in the pile"),
    ("carpet", "hole"): ("a puncture", "a gap worn through the weave", "a torn-through spot"),
    ("carpet", "metal_contamination"): (
        "a metal shard",
        "metallic debris",
        "a stray metal fragment",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a dye blotch", "a faded spot"),
    ("leather", "cut"): ("a slash", "a slit", "a knife mark"),
    ("leather", "fold"): ("a crease", "a fold line", "a pressed-in wrinkle"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a stab mark"),
    ("screw", "scratch_head"): (
        "a scuffed head",
        "a scratch on the head",
        "an abrasion on the screw head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch below the head",
        "a scuffed neck",
        "an abraded neck",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a chewed thread flank",
        "a nicked thread on the side",
    ),
    ("screw", "thread_top"): (
        "damaged threads at the top",
        "a crushed top thread",
        "a nicked thread at the top end",
    ),
    ("metal_nut", "bent"): ("a bent prong", "a warped tab", "a buckled prong"),
    ("metal_nut", "color"): ("a discoloured spot", "a paint blotch", "an off-colour patch"),
    ("metal_nut", "scratch"): ("a scuff", "a score mark", "an abrasion"),
    ("metal_plate", "major_rust"): (
        "heavy corrosion",
        "a large rust patch",
        "extensive rusting",
    ),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "corrosion across the whole plate",
        "complete rusting",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "score lines", "abrasions"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "mouth", "shoulder"),
    "carpet": ("backing", "pile", "fringe"),
    "leather": ("grain", "hide", "selvedge"),
    "screw": ("head", "shank", "slot"),
    "metal_nut": ("bore", "hub", "collar"),
    "metal_plate": ("face", "edge", "margin"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a jagged chip",
    "a dark smear",
    "a shallow dent",
    "a pinhole",
    "a rust-brown blotch",
    "a frayed nick",
    "a deep gouge",
    "a scorch mark",
    "a hairline crack",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "burn mark",
    "warping",
    "stain",
    "chip",
    "puncture",
    "smudge",
    "tear",
    "void",
)
