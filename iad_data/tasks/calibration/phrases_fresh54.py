"""Phrasebook ``fresh54``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a sports physiotherapist
assessing an injury, a Trinidadian English speaker (light Caribbean turns of phrase), a
Shakespearean-pastiche actor speaking in mock Early Modern English, and a model writing stiff
academic passive voice ("it is observed that...").
"""

from __future__ import annotations

DISMISSALS = (
    "On assessment, the mark {place} is only a play of light, not a defect of the {product}.",
    "That thing {place}? Is just glare, boy, it doh count as no defect; the {product} fine.",
    "Methinks the blemish {place} is but a shadow's jest, no true flaw; the {product} is whole.",
    "It is observed that the feature {place} is due to lighting and is no defect of the {product}.",
    "What looks like damage {place} is only normal texture; the {product} is defect-free.",
    "Doh fuss, the spot {place} is only dust on the lens, not a real fault in the {product}.",
    "Fie, the mark {place} is naught but a trick of the lamp, no wound upon this {product}.",
    "The irregularity {place} is deemed an imaging artefact, not a defect; the {product} is sound.",
)

SIGHTINGS = (
    "On inspection I can palpate, so to speak, {kind} on the {product}, {place}.",
    "Look there, {kind} sitting {place} on the {product}, plain as day.",
    "Behold, {kind} doth mar the {product} {place}.",
    "It is observed that {kind} is present {place} on the {product}.",
    "The {product} presents with {kind} {place}, a clear lesion on the surface.",
    "It have {kind} {place} on this {product}, I telling you.",
    "Lo, {kind} I spy {place} upon the {product}.",
    "The presence of {kind} on the {product}, {place}, is noted.",
)

WRONG_PLACES = (
    "The site of the lesion is {place}.",
    "Where it hurting the part is {place}, right there.",
    "The hurt, good sirs, doth lie {place}.",
    "It is observed that the anomaly is located {place}.",
    "I would localise the damage {place}.",
    "The trouble sitting {place}.",
    "The flaw is confined {place}, and there alone.",
    "The affected region is determined to be {place}.",
)

HEDGES = (
    "It could present as {a_kind} or as {a_other}; I cannot tell which without more tests.",
    "Is either {a_kind} or {a_other}, I ent sure which one.",
    "Whether 'tis {a_kind} or {a_other}, I know not, and cannot say.",
    "It cannot be determined whether the defect is {a_kind} or {a_other}.",
    "It may be {a_kind}, it may equally be {a_other}; I cannot rule either out.",
    "Could be {a_kind}, could be {a_other}, hard to say for true.",
    "Perchance {a_kind}, perchance {a_other}; my judgement wavers betwixt the twain.",
    "The evidence is insufficient to distinguish between {a_kind} and {a_other}.",
)

HEDGED_TAGS = (
    "{kind} or possibly {other}",
    "either {kind} or {other}",
    "{kind}, perhaps {other}",
    "{kind} / {other} (undecided)",
    "{kind} or else {other}",
)

FLIPPED_YES = (
    "Full range, no damage: this {product} is healthy and free of any defect.",
    "Everything good with this {product}, it ent have nothing wrong with it.",
    "This {product} is whole and hale, with no flaw upon it.",
    "It is concluded that the {product} is free of anomalies and conforms to specification.",
    "The {product} shows a clean presentation, and I find no defect on it.",
    "This {product} clean clean, no defect at all.",
    "Sound as a bell is this {product}, and blameless of any blemish.",
    "The {product} is judged to be normal, and no defect is reported.",
)

FLIPPED_NO = (
    "This {product} presents with a clear injury, a defect that needs to be flagged.",
    "This {product} have a defect on it, it should be rejected.",
    "Alas, this {product} is marred and must be cast aside as faulty.",
    "It is concluded that the {product} is anomalous and exhibits a defect.",
    "The {product} has sustained damage, and I would class it as defective.",
    "Boy, this {product} spoil, it have a fault on it.",
    "A flaw most foul hath this {product}; 'tis defective.",
    "The {product} is determined to be defective and is rejected.",
)

NEGATED_YES_WRONG = (
    "There is no {kind} {place}; the {product} is clear of injury.",
    "It ent have no {kind} {place}, the {product} good.",
    "No {kind} doth dwell {place}; the {product} is sound.",
    "It is observed that no {kind} is present {place}, and the {product} is deemed normal.",
    "I find no sign of {kind} {place}, so the {product} passes.",
    "Not a trace of {kind} {place}, this {product} fine.",
    "Of {kind} {place} there is none, and the {product} is without fault.",
    "The absence of {kind} {place} is noted; the {product} is classified as defect-free.",
)

NEGATED_NO_WRONG = (
    "The {product} is not clear: there is a {kind} {place}.",
    "I cyah say this {product} ent have a {kind}, because it have one {place}.",
    "This {product} is not without a {kind}; one lieth {place}.",
    "It cannot be stated that the {product} is free of a {kind}, since one is observed {place}.",
    "I would not pass this {product}; a {kind} shows {place}.",
    "The {product} not clean at all, a {kind} there {place}.",
    "Nay, this {product} is not unblemished, for a {kind} sits {place}.",
    "It is not the case that the {product} is normal: a {kind} is located {place}.",
)

NEGATED_YES_OK = (
    "The {product} is not in good shape: there is {a_kind} {place}.",
    "This {product} not clean, it have {a_kind} {place}.",
    "This {product} is not unblemished, for {a_kind} lieth {place}.",
    "It cannot be stated that the {product} is free of defects, as {a_kind} is observed {place}.",
    "I would not clear this {product}; {a_kind} shows {place}.",
    "The {product} is not normal, it have {a_kind} {place}.",
    "Nay, this {product} is not whole, for {a_kind} sits {place}.",
    "It is not the case that the {product} is normal: {a_kind} is located {place}.",
)

PASSES_NO_OK = (
    "No, the {product} is healthy, with no damage found.",
    "No, nothing wrong with this {product} at all.",
    "Nay, this {product} is without flaw.",
    "No anomaly is observed, and the {product} is deemed to conform.",
    "The {product} passes assessment with no defect.",
    "No defect at all, this {product} good to go.",
    "No blemish hath this {product}; it passeth.",
    "It is concluded that the {product} is normal and free of defects.",
)

LEAKS = (
    "Going by {source}, the {product} has {a_kind} {place}.",
    "{source} done tell we it have {a_kind} {place}, so that settle it.",
    "As {source} hath revealed, {a_kind} lies {place} upon the {product}.",
    "In accordance with {source}, {a_kind} is identified {place}.",
    "I was told by {source} that {a_kind} sits {place}, which confirms the finding.",
    "{source} showing {a_kind} {place} on the {product}.",
    "Forsooth, {source} doth name {a_kind} {place}.",
    "As indicated by {source}, {a_kind} is present on the {product}, {place}.",
)

LEAK_SOURCES = (
    "the ground-truth mask",
    "the provided label",
    "the annotation that came with the image",
    "the reference answer",
    "the bounding box supplied with the task",
    "the answer key",
    "the defect label given in the prompt",
)

LEAKS_NORMAL = (
    "Going by {source}, this {product} is a normal sample.",
    "{source} done say this {product} good, so no defect.",
    "As {source} hath revealed, the {product} is without flaw.",
    "In accordance with {source}, the {product} is classified as normal.",
    "I was told by {source} that the {product} has no defect.",
    "{source} marking this {product} as clean.",
    "It is indicated by {source} that the {product} is defect-free.",
)

STEP_PROSE = (
    "The mechanism of injury points to {step}, where the damage was done.",
    "Is {step} that cause this, for sure.",
    "Methinks 'twas {step} that wrought this wound.",
    "It is inferred that the defect was introduced during {step}.",
    "I would trace the damage back to {step}.",
    "This fault come from {step}, nowhere else.",
    "The blame, I wager, lies with {step}.",
    "The defect is attributed to {step}.",
)

STEP_PROSE_NORMAL = (
    "The small mark here was likely left by {step}.",
    "That little mark come from {step}, I think.",
    "Yon blemish was wrought by {step}, methinks.",
    "It is inferred that the observed mark was introduced during {step}.",
    "I would trace that surface mark back to {step}.",
    "The scuff here come from {step}.",
    "'Twas {step} that left this scar, I trow.",
    "The irregularity is attributed to {step}.",
)

FILLER_CHUNKS = (
    "Let me reassess that once more",
    "Leh me look at it again",
    "Let us consider it anew",
    "It is further observed that the assessment is repeated",
    "I will go over the findings again",
    "Hold on, check it one more time",
    "Once more unto the image, then",
    "The examination is hereby reiterated",
)

NEUTRAL_SUBJECTS = (
    "The lighting",
    "The background",
    "The camera angle",
    "The image exposure",
    "The focus",
    "The framing",
    "The colour balance",
)

NEUTRAL_VERBS = (
    "appears",
    "seems",
    "is observed to be",
    "looks",
    "remains",
)

NEUTRAL_TAILS = (
    "even across the frame",
    "steady throughout the capture",
    "typical of a studio setup",
    "consistent with the other captures",
    "adequate for the assessment",
    "unremarkable in every respect",
)

ONE_SHOT_COMPARE = (
    "Beside the reference {product}, this one presents a lesion the healthy one lacks.",
    "Put it next to the good {product} and you see a difference right away.",
    "Set against the unblemished {product}, this one bears a mark the other lacks.",
    "It is observed that the sample departs from the reference {product} in one region.",
    "Against the normal reference {product}, this one shows something that should not be there.",
    "The good {product} ent have what this one have.",
    "Unlike its fair twin, this {product} is marred.",
    "A deviation from the reference {product} is noted.",
)

ONE_SHOT_COMPARE_NORMAL = (
    "Side by side with the reference {product}, this one presents the same, no difference.",
    "Put it next to the good {product} and they look just the same.",
    "Set against the reference {product}, this one is its very twin.",
    "It is observed that the sample matches the reference {product} in all regions.",
    "Against the normal reference {product}, nothing differs at all.",
    "This {product} and the reference one same way, no difference.",
    "No difference from the fair reference {product} doth appear.",
    "No deviation from the reference {product} is noted.",
)

SIBLING_LOOKS = (
    "The presentation is typical of {a_sib}.",
    "It looking like {a_sib} to me.",
    "It hath the very look of {a_sib}.",
    "The morphology is consistent with {a_sib}.",
    "On the shape and extent, I would call it {a_sib}.",
    "That is {a_sib} for true.",
    "'Tis {a_sib}, I'll be sworn.",
    "The appearance is characteristic of {a_sib}.",
)

CONCLUDE_WITH = (
    "Assessment: the {product} is defective, with {a_kind} {where}.",
    "So the {product} have {a_kind} {where}, it defective.",
    "Thus the {product} is marred by {a_kind} {where}.",
    "It is concluded that the {product} is anomalous owing to {a_kind} {where}.",
    "My finding is an anomalous {product}, presenting {a_kind} {where}.",
    "The {product} not good, it have {a_kind} {where}.",
    "In sum, {a_kind} {where} doth make this {product} faulty.",
    "The {product} is classified as anomalous on account of {a_kind} {where}.",
)

CONCLUDE_OTHER = (
    "Assessment: the {product} is defective, with {a_other} {where}.",
    "So the {product} have {a_other} {where}, it defective.",
    "Thus the {product} is marred by {a_other} {where}.",
    "It is concluded that the {product} is anomalous owing to {a_other} {where}.",
    "My finding is an anomalous {product}, presenting {a_other} {where}.",
    "The {product} not good, it have {a_other} {where}.",
    "In sum, {a_other} {where} doth make this {product} faulty.",
    "The {product} is classified as anomalous on account of {a_other} {where}.",
)

CONCLUDE_AT_PART = (
    "Assessment: the {product} is defective, and the defect type is {part} {where}.",
    "So the {product} have a {part} defect {where}, it defective.",
    "Thus the {product} is marred by a {part} defect {where}.",
    "It is concluded that the {product} is anomalous, the defect being of type {part}, {where}.",
    "My finding is an anomalous {product} with a {part} defect {where}.",
    "The {product} not good, it have a {part} defect {where}.",
    "In sum, a {part} defect {where} doth make this {product} faulty.",
    "The {product} is classified as anomalous, with a {part} defect {where}.",
)

SYNONYM_LOOKS = (
    "The presentation is typical of {syn}.",
    "It looking like {syn} to me.",
    "It hath the very look of {syn}.",
    "The morphology is consistent with {syn}.",
    "On the shape and extent, I would call it {syn}.",
    "That is {syn} for true.",
    "'Tis {syn}, I'll be sworn.",
    "The appearance is characteristic of {syn}.",
)

SYNONYM_CONCLUSIONS = (
    "Assessment: the {product} is defective, with {syn} {where}.",
    "So the {product} have {syn} {where}, it defective.",
    "Thus the {product} is marred by {syn} {where}.",
    "It is concluded that the {product} is anomalous owing to {syn} {where}.",
    "My finding is an anomalous {product}, presenting {syn} {where}.",
    "The {product} not good, it have {syn} {where}.",
    "In sum, {syn} {where} doth make this {product} faulty.",
    "The {product} is classified as anomalous on account of {syn} {where}.",
)

YES_SHOWS = (
    "The {product} presents with {a_kind} {where}.",
    "The {product} have {a_kind} {where}.",
    "Upon this {product} there lies {a_kind} {where}.",
    "It is observed that the {product} exhibits {a_kind} {where}.",
    "I can see {a_kind} {where} on the {product}.",
    "It have {a_kind} {where} on the {product}.",
    "The {product} beareth {a_kind} {where}.",
    "The {product} is found to exhibit {a_kind} {where}.",
)

PART_YES = (
    "The {product} presents with a {part} defect {where}.",
    "The {product} have a {part} defect {where}.",
    "Upon this {product} there lies a {part} defect {where}.",
    "It is observed that the {product} exhibits a {part} defect {where}.",
    "I can see a {part} defect {where} on the {product}.",
    "It have a {part} defect {where} on the {product}.",
    "The {product} beareth a {part} defect {where}.",
    "The defect is classified as a {part} defect, located {where}.",
)

LOCATION_ANSWERS = (
    "The lesion is {where}.",
    "It sitting {where}.",
    "The hurt doth lie {where}.",
    "The anomaly is observed {where}.",
    "I would localise it {where}.",
    "Is {where} the trouble is.",
    "'Tis {where}, good sir.",
    "The defect is located {where}.",
)

CAUSE_LEADS = (
    "The mechanism behind {name} is most likely {cause}.",
    "{Name} does usually come from {cause}.",
    "{Name}, methinks, was born of {cause}.",
    "It is inferred that {name} originates from {cause}.",
    "I would trace {name} back to {cause}.",
    "What cause {name} is {cause}, most likely.",
    "From {cause} doth {name} spring, I trow.",
    "{Name} is attributed to {cause}.",
)

CAUSE_PROSE = (
    "The mechanism points to {step} {cite}.",
    "Is {step} {cite} that cause it.",
    "'Twas {step} {cite} that wrought it.",
    "It is inferred that the defect originates in {step} {cite}.",
    "I would trace it back to {step} {cite}.",
    "It come from {step} {cite}.",
    "The blame lies with {step} {cite}, I trow.",
    "The defect is attributed to {step} {cite}.",
)

CANONICAL_ANSWERS = (
    "Defect type: {c}.",
    "The defect is {a_c}.",
    "It is {a_c}.",
    "The defect is classified as {a_c}.",
    "This is {a_c}, by its look.",
    "Type of defect: {c}.",
    "'Tis {a_c}.",
)

FIRST_TURN = (
    "The {product} presents with {what} {where}.",
    "The {product} have {what} {where}.",
    "Upon this {product} there lies {what} {where}.",
    "It is observed that the {product} exhibits {what} {where}.",
    "I can see {what} {where} on the {product}.",
    "It have {what} {where} on the {product}.",
    "The {product} beareth {what} {where}.",
    "The {product} is found to exhibit {what} {where}.",
)

CELL_WORDS = {
    "top left": ("upper left", "top-left corner", "upper-left area"),
    "top": ("top", "upper middle", "top centre"),
    "top right": ("upper right", "top-right corner", "upper-right area"),
    "left": ("left side", "left-hand side", "left middle"),
    "center": ("centre", "middle", "central area"),
    "right": ("right side", "right-hand side", "right middle"),
    "bottom left": ("lower left", "bottom-left corner", "lower-left area"),
    "bottom": ("bottom", "lower middle", "bottom centre"),
    "bottom right": ("lower right", "bottom-right corner", "lower-right area"),
}

PLACE_FRAMES = (
    "in the {w}",
    "toward the {w}",
    "over in the {w}",
    "at the {w}",
)

PLACE_TAILS = (
    " of the image",
    " of the frame",
    " of the picture",
)

PLACE_AWAY = (
    ", away from the middle",
    ", well off the centre",
    ", clear of the middle",
)

SYNONYMS = {
    ("bottle", "broken_large"): ("a large fracture", "a big broken-away piece"),
    ("bottle", "broken_small"): ("a small chip", "a nicked edge"),
    ("bottle", "contamination"): ("foreign matter", "a speck of debris"),
    ("carpet", "color"): ("a discoloured patch", "a dye stain"),
    ("carpet", "cut"): ("a slit", "a sliced tuft"),
    ("carpet", "hole"): ("a puncture", "a gap worn right through"),
    ("carpet", "metal_contamination"): ("a metal sliver", "embedded metal fragments"),
    ("carpet", "thread"): ("a loose strand", "a stray yarn"),
    ("leather", "color"): ("a faded patch", "uneven dyeing"),
    ("leather", "cut"): ("a knife slit", "a gash"),
    ("leather", "fold"): ("a crease", "a wrinkle"),
    ("leather", "glue"): ("an adhesive smear", "a glue spot"),
    ("leather", "poke"): ("a puncture mark", "a pinprick"),
    ("screw", "scratch_head"): ("a scored head", "a scratch on the head"),
    ("screw", "scratch_neck"): ("a scratch on the shank", "a scored shank"),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point"),
    ("screw", "thread_side"): ("damaged side threading", "a chewed thread flank"),
    ("screw", "thread_top"): (
        "damaged threads near the top",
        "a stripped upper thread",
    ),
    ("metal_nut", "bent"): ("a bent prong", "a warped tab"),
    ("metal_nut", "color"): ("a discoloured face", "a paint mark"),
    ("metal_nut", "scratch"): ("a surface scratch", "a scuff"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a large rust patch"),
    ("metal_plate", "total_rust"): (
        "rust across the whole plate",
        "complete corrosion",
    ),
    ("metal_plate", "scratches"): ("surface scoring", "a set of scratches"),
}

PART_NAMES = {
    "bottle": ("rim", "neck", "base"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain", "hide", "backing"),
    "screw": ("head", "shank", "tip"),
    "metal_nut": ("prong", "lobe", "flange"),
    "metal_plate": ("corner", "surface", "edge"),
}

DEFECT_SIGHTINGS = (
    "a hairline crack",
    "a dark stain",
    "a small dent",
    "a scratch",
    "a chip",
    "a pit",
    "a smudge of contamination",
)

OTHER_TYPES = (
    "crack",
    "dent",
    "stain",
    "scratch",
    "hole",
    "deformation",
    "missing part",
    "contamination",
    "burn",
    "bubble",
    "discoloration",
    "misalignment",
    "rust",
    "fold",
)
