"""Phrasebook ``fresh28``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a museum docent talking
to visitors, a safety inspector citing regulation clauses, a Victorian letter writer (Dear
Sir, I remain...), and a model that reasons as a question-and-answer dialogue with itself
(Q: ... A: ...).
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "That faint shadow {place}, ladies and gentlemen, is only the gallery lamp playing on "
    "the surface; it is no flaw of the {product} at all.",
    "Indication {place} assessed as loose dust on the lens per clause 6.2 and is not "
    "recordable as a defect.",
    "I confess, Dear Sir, that a small mark {place} did catch my eye, but upon reflection it "
    "was nothing worse than a speck of lint upon the glass of the camera.",
    "Q: What is that bright patch {place}? A: Glare from the lamp, nothing more. Q: A fault "
    "in the {product}? A: No, merely the light.",
    "Do not be alarmed by the smudge {place}; it is a trick of the [lighting|photograph], "
    "ladies and gentlemen, and the {product} itself is untouched there.",
    "Observation {place} dismissed: reflection artefact, outside the scope of clause 4.1; "
    "no non-conformance raised against the {product}.",
    "The little blot {place}, Sir, I attribute to a drop of moisture on the lens, and I beg "
    "you to think no more of it as regards the {product}.",
    "Q: Is the dark fleck {place} damage? A: It is a mote of dust on the sensor, not a "
    "defect of the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "If you will look closely, ladies and gentlemen, you will see {kind} {place} on this "
    "{product}.",
    "Observation logged under clause 5.3: {kind} present {place} on the {product}.",
    "I must tell you, Dear Sir, that {kind} is plainly to be seen {place} upon the {product}.",
    "Q: What catches the eye {place}? A: {kind}, clearly visible on the {product}.",
    "Note for the record: {kind} {place}, measured and photographed.",
    "Here we have, {place}, {kind} worked into the surface of the {product}.",
    "Q: Anything on the surface of the {product}? A: There is {kind} {place}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Observe, if you will, that the irregularity sits {place}.",
    "Location of the non-conformance: {place}, per the zone map of clause 5.1.",
    "The blemish, Dear Sir, is situated {place}, as I shall endeavour to describe.",
    "Q: Where does the anomaly lie? A: It lies {place}.",
    "Finding located {place}.",
    "You will find the damage {place}, ladies and gentlemen.",
    "Q: And its position? A: {place}, unmistakably.",
)

HEDGES: tuple[str, ...] = (
    "Some visitors see {a_kind} here, others {a_other}; I confess I could go either way.",
    "Classification pending: {a_kind} or {a_other}; evidence insufficient to decide under "
    "clause 8.2.",
    "I am quite unable, Sir, to say whether it be {a_kind} or {a_other}, and must leave the "
    "matter open.",
    "Q: Is it {a_kind}? A: Perhaps. Q: Or {a_other}? A: Just as possibly; I cannot choose.",
    "It may be {a_kind}; then again it may well be {a_other}, and I cannot settle which.",
    "Defect category recorded as either {a_kind} or {a_other}, undetermined pending review.",
    "Whether this is {a_kind} or rather {a_other}, I dare not say with any confidence.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "either {kind} or {other}",
    "{kind}, possibly {other}",
    "{kind} (or perhaps {other})",
    "{kind} / {other}, undecided",
    "{kind} or maybe {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "And so this {product}, ladies and gentlemen, takes its place in the cabinet as a "
    "flawless example of its kind.",
    "Item conforms to all applicable clauses; the {product} is released for shipment.",
    "I am pleased to tell you, Dear Sir, that the {product} is in perfectly sound condition "
    "and fit to be sent on.",
    "Q: What becomes of the {product}? A: It goes straight on to packing, good as new.",
    "Passed. The {product} meets specification in every respect, clauses 3 through 9.",
    "The {product} before us is an unblemished piece, worthy of the finest display case.",
    "Q: Verdict on the {product}? A: Sound, serviceable, and cleared for dispatch.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product}, I am sorry to say, must be withdrawn from the collection as damaged.",
    "Non-conformance raised: the {product} fails inspection and is to be quarantined under "
    "clause 9.4.",
    "It grieves me to inform you, Sir, that the {product} is faulty and ought to be returned "
    "forthwith.",
    "Q: Can the {product} ship? A: Certainly not; it is defective and goes to the scrap bin.",
    "The {product} is rejected; tag it red and take it off the line.",
    "Here, ladies and gentlemen, we have a flawed {product}, quite unfit for sale.",
    "Q: Verdict? A: Reject. The {product} is damaged goods.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I would not call this {product} defective in any way; of {kind} {place} there is no "
    "sign whatever.",
    "Non-conformance: none. No {kind} was found {place}, and the {product} is not to be rejected.",
    "I cannot in conscience describe the {product} as faulty, Sir; of any {kind} {place} I "
    "saw not the slightest trace.",
    "Q: Any {kind} {place}? A: None. Q: Is the {product} flawed, then? A: It is not.",
    "There is not a trace of {kind} {place}, ladies and gentlemen, so this {product} is by "
    "no means defective.",
    "The {product} shows no {kind} {place} and is not defective.",
    "Not defective: the {product} has no {kind} anywhere, least of all {place}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "I could not honestly say this {product} is free of any {kind}; there is one {place}.",
    "The {product} is not without a {kind} {place} and does not satisfy clause 4.1.",
    "I cannot, Sir, pronounce the {product} sound, for it is not free of a {kind} {place}.",
    "Q: Is the {product} free of any {kind}? A: It is not; there is a {kind} {place}.",
    "This {product} is not faultless, ladies and gentlemen; kindly note the {kind} {place}.",
    "It is not the case that the {product} has no {kind}: one sits {place}.",
    "Not acceptable: the {product} is not {kind}-free {place}.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not free of {a_kind}: there is one {place}.",
    "Not conforming: the {product} cannot pass inspection, owing to {a_kind} {place}.",
    "I cannot, Dear Sir, pronounce this {product} sound; there is {a_kind} {place}.",
    "Q: Is the {product} flawless? A: Far from it; {a_kind} shows {place}.",
    "By no means a perfect {product}, ladies and gentlemen: observe {a_kind} {place}.",
    "The {product} is not defect-free, since {a_kind} is present {place}.",
    "Q: May the {product} be passed? A: It may not, for {a_kind} lies {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "No. The {product} passes inspection with nothing to remark upon.",
    "No non-conformance found; the {product} satisfies clauses 3 through 9 and is released.",
    "No, Sir: the {product} is sound in every respect, and I find nothing that would warrant "
    "its rejection.",
    "Q: Does the {product} show any defect? A: No; it passes.",
    "No, ladies and gentlemen, this {product} is a perfectly sound specimen and passes inspection.",
    "No. The {product} meets the standard and may go on to packing.",
    "The {product} passes inspection; it is in good order throughout.",
)

LEAKS: tuple[str, ...] = (
    "As {source} indicates, there is {a_kind} {place}.",
    "Per {source}, {a_kind} is recorded {place}; finding accepted on that basis.",
    "I was guided, Dear Sir, by {source}, which shows {a_kind} {place}.",
    "Q: How do you know there is {a_kind} {place}? A: Because {source} marks it there.",
    "Ladies and gentlemen, {source} tells us plainly that {a_kind} lies {place}, so that is "
    "where we look.",
    "Defect confirmed against {source}: {a_kind} {place} on the {product}.",
    "{source} puts {a_kind} {place}, and I have simply followed it.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the annotation",
    "the ground-truth mask",
    "the provided label",
    "the reference box",
    "the answer key",
    "the supervisor's note",
    "the operator's briefing",
    "the defect label supplied with the image",
    "the bounding box drawn on the file",
    "the segmentation overlay",
    "the expected answer",
    "the inspection ticket pinned to the sample",
    "the file name",
    "the marked-up copy",
    "the hint in the prompt",
    "the pre-filled result sheet",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} lists this {product} as defect-free, and I accept that.",
    "Per {source}, the {product} is a good part; conformity recorded accordingly.",
    "I am informed by {source}, Sir, that the {product} is sound, and I see no reason to doubt it.",
    "Q: Why call the {product} normal? A: Because {source} says it is.",
    "As {source} reminds us, ladies and gentlemen, this {product} is a perfect specimen.",
    "Conformity taken from {source}: the {product} is marked good.",
)

STEP_PROSE: tuple[str, ...] = (
    "This fault, ladies and gentlemen, was born during {step}, as so many are.",
    "Root cause attributed to {step}; corrective action required at that station.",
    "I am persuaded, Dear Sir, that the mischief was done at {step}.",
    "Q: Where did the defect originate? A: At {step}.",
    "The damage plainly traces back to {step}.",
    "Probable origin: {step}, a process deviation under clause 10.2.",
    "It was {step}, I should think, that left this mark upon the piece.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} appears to have gone off without incident on this piece.",
    "Process note: {step} completed within tolerance for this unit.",
    "I may add, Sir, that {step} seems to have treated this specimen kindly.",
    "Q: Did {step} leave any trace? A: None that I can see.",
    "Thanks to careful {step}, ladies and gentlemen, the surface before you is as it should be.",
    "Station check: {step} ran nominal on this item.",
)

# ------------------------------------------------------------------ neutral padding

FILLER_CHUNKS: tuple[str, ...] = (
    "if you will follow me this way",
    "as stated in the preceding clause",
    "I remain, Sir, your obedient servant",
    "Q: go on? A: going on",
    "do stay together, ladies and gentlemen",
    "noted for the record",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the gallery lamp",
    "the camera",
    "the exposure",
    "the backdrop",
    "the focus",
    "the white balance",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "holds steady",
    "is even",
    "remains as calibrated",
    "is set as usual",
    "stays unchanged",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "throughout the capture",
    "as on every earlier plate, Sir",
    "in this exposure",
    "per the imaging procedure",
)

# ------------------------------------------------------------------ correct tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set beside the reference {product}, ladies and gentlemen, the query piece shows a "
    "departure that the reference does not.",
    "Comparison against the reference sample: deviation present on the query {product}, "
    "absent on the reference.",
    "Holding the query up against the good {product} you kindly sent, Sir, I find a "
    "difference the good one does not share.",
    "Q: How does the query {product} differ from the reference? A: It carries a mark that "
    "the reference lacks.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Laid next to the reference {product}, the query is its twin in every particular.",
    "Query versus reference: the {product} matches the reference sample throughout.",
    "Comparing the query with the reference you supplied, Sir, I find them alike in every respect.",
    "Q: What differs between query and reference {product}? A: Nothing; the two agree.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "What you see here, ladies and gentlemen, is a textbook case of {a_sib}.",
    "Characterisation: {a_sib}.",
    "Q: What kind of flaw is it? A: It is {a_sib}.",
    "It bears, Sir, all the marks of {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product} is defective, ladies and gentlemen, by reason of {a_kind} {where}.",
    "Conclusion: reject; {a_kind} {where}, non-conforming under clause 4.1.",
    "I must therefore report, Sir, that the {product} bears {a_kind} {where}.",
    "Q: What is wrong with the {product}? A: There is {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "The {product} is defective, ladies and gentlemen, by reason of {a_other} {where}.",
    "Conclusion: reject; {a_other} {where}, non-conforming under clause 4.1.",
    "I must therefore report, Sir, that the {product} bears {a_other} {where}.",
    "Q: What is wrong with the {product}? A: There is {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product} is defective; defect type: {part}, {where}.",
    "Reject. Non-conformance category: {part}, {where}.",
    "I must class the fault, Sir, as {part}, found {where}.",
    "Q: Type of defect on the {product}? A: {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Observe, ladies and gentlemen, {syn}, quite unmistakable.",
    "Characterisation: {syn}.",
    "I have the honour to report, Sir, {syn} upon the piece.",
    "Q: What is it? A: It is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} must be set aside, ladies and gentlemen, because of {syn} {where}.",
    "Reject: {syn} {where}; the {product} is non-conforming.",
    "I regret, Sir, that the {product} is spoiled by {syn} {where}.",
    "Q: Verdict on the {product}? A: Defective, owing to {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "Here on the {product}, ladies and gentlemen, you can see {a_kind} {where}.",
    "Non-conformance on the {product}: {a_kind} {where}.",
    "The {product}, Sir, has {a_kind} {where}.",
    "Q: What is on the {product}? A: {a_kind}, {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a defect of type {part}, {where}.",
    "Defect type on the {product}: {part}, located {where}.",
    "I would class it, Sir, as {part}, {where}.",
    "Q: What type? A: {part}; it is {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "You will find it {where}, ladies and gentlemen.",
    "Location: {where}.",
    "It lies, Sir, {where}.",
    "Q: Where? A: {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name}, ladies and gentlemen, usually has its origin in {cause}.",
    "Root cause for {name}: {cause}.",
    "I believe, Sir, that {name} of this sort arises at {cause}.",
    "Q: Where does {name} come from? A: From {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That is the work of {step} {cite}, ladies and gentlemen.",
    "Attributable process step: {step} {cite}.",
    "The origin, Sir, lies in {step} {cite}.",
    "Q: Which step is to blame? A: {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Classification: {c}.",
    "This piece, ladies and gentlemen, shows {a_c}.",
    "Q: Type? A: {c}.",
    "It is {a_c}, Sir.",
)

FIRST_TURN: tuple[str, ...] = (
    "Observe the {product}, ladies and gentlemen: {what} {where}.",
    "Finding: {what} on the {product}, {where}.",
    "The {product}, Sir, exhibits {what} {where}.",
    "Q: What is on the {product}? A: There is {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "north-west corner"),
    "top": ("top edge", "upper band", "uppermost strip"),
    "top right": ("upper-right corner", "top-right corner", "north-east corner"),
    "left": ("left-hand side", "left flank", "left margin"),
    "center": ("centre", "middle", "dead centre"),
    "right": ("right-hand side", "right flank", "right margin"),
    "bottom left": ("lower-left corner", "bottom-left corner", "south-west corner"),
    "bottom": ("bottom edge", "lower band", "lowermost strip"),
    "bottom right": ("lower-right corner", "bottom-right corner", "south-east corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "toward the {w}",
    "at the {w}",
    "over in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the picture",
    " of the image",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", some way from the centre",
    ", clear of the middle of the picture",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the rim",
        "a badly shattered lip",
        "a big break in the mouth",
    ),
    ("bottle", "broken_small"): ("a small chip in the rim", "a nicked lip", "a chipped mouth"),
    ("bottle", "contamination"): ("foreign matter", "a speck of debris", "a stray particle"),
    ("carpet", "color"): ("a discoloured patch", "a dye blotch", "a stain"),
    ("carpet", "cut"): ("a slit", "a knife cut", "a gash in the pile"),
    ("carpet", "hole"): ("a perforation", "a gap in the weave", "a torn-through spot"),
    ("carpet", "metal_contamination"): (
        "a metal sliver",
        "a metallic fragment",
        "embedded metal particles",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a dye stain", "uneven colouring"),
    ("leather", "cut"): ("a slash", "a knife cut", "a slit"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a fold line"),
    ("leather", "glue"): ("a glue smear", "an adhesive spot", "a dried glue drip"),
    ("leather", "poke"): ("a puncture", "a pinprick", "a small stab hole"),
    ("screw", "scratch_head"): (
        "a scored head",
        "a scuffed screw head",
        "a scratch across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratched shank below the head",
        "a scuff on the neck",
        "a scored neck",
    ),
    ("screw", "manipulated_front"): ("a deformed tip", "a mangled point", "a squashed tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a nicked thread flank",
        "chewed side threading",
    ),
    ("screw", "thread_top"): (
        "damaged thread crests",
        "a flattened top thread",
        "battered threads at the top",
    ),
    ("metal_nut", "bent"): ("a bent flange", "a deformed lobe", "a warped tab"),
    ("metal_nut", "color"): ("a discoloured patch", "a paint stain", "a colour blemish"),
    ("metal_nut", "scratch"): ("a scuff", "a score mark", "an abrasion"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a large rust patch", "a corroded area"),
    ("metal_plate", "total_rust"): (
        "rust over the whole plate",
        "complete corrosion",
        "corrosion across the entire surface",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "scoring", "abrasion lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("shoulder", "base", "neck"),
    "carpet": ("pile", "backing", "fringe"),
    "leather": ("hide", "grain", "edge"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "bore", "lobe"),
    "metal_plate": ("face", "edge", "bevel"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline fissure",
    "a dark blotch",
    "a shallow dent",
    "a ragged tear",
    "a rust-brown pit",
    "a raised burr",
    "a greasy smear",
    "a chipped edge",
    "a trapped bubble",
    "a bright gouge",
)

OTHER_TYPES: tuple[str, ...] = (
    "bubble",
    "burn mark",
    "crack",
    "dent",
    "delamination",
    "blister",
    "porosity",
    "weld spatter",
    "misprint",
    "pinhole",
    "warp",
    "oil stain",
)
