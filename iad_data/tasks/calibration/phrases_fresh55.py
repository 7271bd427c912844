"""Phrasebook ``fresh55``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a plumber quoting a
repair job to a customer, a Malaysian-English speaker (light Manglish particles), a 1940s
radio-drama narrator, and a model that labels each step with a confidence word
(low/medium/high).
"""

from __future__ import annotations

DISMISSALS = (
    "That mark {place} is only a bit of glare off the lamp, not a defect, so no charge for "
    "that one.",
    "The thing {place} is just shadow lah, not a defect at all, the {product} is fine.",
    "What seems a blemish {place} is, dear listeners, a mere trick of the light and no flaw "
    "whatsoever!",
    "Confidence high: the spot {place} is normal surface texture, not a defect.",
    "I had a second look at the bit {place} and it's just how the {product} is made, nothing "
    "to fix there.",
    "Don't worry about the mark {place}, it's dust on the lens only, not a real defect one.",
    "That darker patch {place}? Ordinary grain of the {product}, [not worth a repair|no fault "
    "at all], mate.",
    "Confidence medium: the feature {place} is a harmless reflection and does not count as a "
    "defect.",
)

SIGHTINGS = (
    "I can see {kind} {place}, that'll need sorting before this {product} goes anywhere.",
    "Got {kind} {place} on this {product} lah, can see clearly.",
    "And there, listeners, {place}, lurks {kind} upon the {product}!",
    "Confidence high: {kind} is visible {place} on the {product}.",
    "There's {kind} {place}, [mate|I'm afraid], that's a proper fault on the {product}.",
    "Look here, {place} got {kind} one, the {product} not clean.",
    "Confidence medium: the {product} carries {kind} {place}.",
    "Hark! {place}, the camera reveals {kind} marring the {product}.",
)

WRONG_PLACES = (
    "The fault's {place}, that's where I'd be working.",
    "The damage is {place} lah.",
    "And the flaw, listeners, lies {place}!",
    "Confidence high: the anomaly is located {place}.",
    "You'll find the problem {place}, [mate|right there].",
    "Confidence medium: the defect sits {place}.",
    "The defective area is {place}, can see one.",
    "Our trouble, it turns out, is {place}.",
)

HEDGES = (
    "Could be {a_kind}, could be {a_other}, honestly I can't tell you which until I open it up.",
    "This one {a_kind} or {a_other} ah, I also not sure which lah.",
    "Is it {a_kind}, or is it {a_other}? The answer, dear listeners, remains a mystery!",
    "Confidence low: the type is either {a_kind} or {a_other}; I cannot decide between them.",
    "Might be {a_kind}, might be {a_other}; I won't commit to one or the other.",
    "Whether it's {a_kind} or {a_other} I can't say, both fit equally lah.",
    "Confidence low on the type: {a_kind} and {a_other} are equally likely here.",
    "I'd put it at fifty-fifty between {a_kind} and {a_other}, can't pick one.",
)

HEDGED_TAGS = (
    "{kind} or {other}",
    "either {kind} or {other}",
    "{kind} or maybe {other}",
    "{kind}/{other}, unsure",
    "{kind} or {other} (undecided)",
)

FLIPPED_YES = (
    "Good news, this {product} is sound and there's no defect on it, no job to quote.",
    "This {product} okay lah, no defect at all, can pass.",
    "And so, dear listeners, the {product} stands flawless, without a single defect!",
    "Verdict, confidence high: the {product} is normal and free of defects.",
    "The {product} is in perfect order, nothing wrong with it.",
    "All clear lah, this {product} got no problem, confirm normal.",
    "Confidence medium: the {product} shows no anomaly and is acceptable.",
    "I've gone over the whole {product} and it's a clean one, nothing to repair.",
)

FLIPPED_NO = (
    "This {product} is faulty, I'm afraid, it'll need a proper repair.",
    "This {product} got defect one lah, must reject.",
    "Alas, listeners, the {product} is flawed, marked by a defect most plain!",
    "Verdict, confidence high: the {product} is defective.",
    "The {product} is damaged and should not pass inspection.",
    "Confirm got problem, this {product} is not good lah.",
    "Confidence medium: the {product} is anomalous and must be rejected.",
    "There's a fault on this {product}, that's a job that needs doing.",
)

NEGATED_YES_WRONG = (
    "There's no {kind} {place}, the {product} is in good nick.",
    "Don't have any {kind} {place} lah, the {product} is clean.",
    "No {kind} mars the {product} {place}, dear listeners; it is without blemish!",
    "Confidence high: no {kind} is present {place}; the {product} is defect-free.",
    "I found no sign of {kind} {place} or anywhere else, so the {product} passes.",
    "Where you'd expect {kind} {place}, there's nothing, the {product} is fine.",
    "Confidence medium: the {product} has no {kind} {place} and is normal.",
    "Not a trace of {kind} {place} lah, this {product} okay.",
)

NEGATED_NO_WRONG = (
    "I can't say this {product} is free of any {kind}, there's one {place} that wants fixing.",
    "Cannot say no {kind} lah, this {product} got one {place}.",
    "It is not true, listeners, that the {product} is without a {kind}: one lies {place}!",
    "Confidence high: the {product} is not free of a {kind}; there is one {place}.",
    "Not a clean {product}, this: there's a {kind} {place}.",
    "Don't think the {product} has no {kind}, got one {place} lah.",
    "Confidence medium: it is not the case that the {product} lacks a {kind}; it has one {place}.",
    "I wouldn't call this {product} defect-free, not with a {kind} sitting {place}.",
)

NEGATED_YES_OK = (
    "This {product} isn't sound, there's {a_kind} {place} that needs fixing.",
    "Not okay lah, this {product} got {a_kind} {place}.",
    "The {product} is not without fault, listeners: {a_kind} lies {place}!",
    "Confidence high: the {product} is not normal; it has {a_kind} {place}.",
    "I can't pass this {product}, not with {a_kind} {place}.",
    "Cannot let this {product} go lah, {a_kind} is there {place}.",
    "Confidence medium: the {product} is not defect-free, because {a_kind} sits {place}.",
    "This {product} is in no state to pass: {a_kind} shows {place}.",
)

PASSES_NO_OK = (
    "No, there's nothing wrong with this {product}, it passes as it is.",
    "No defect lah, this {product} can pass.",
    "No, dear listeners, the {product} bears no flaw and goes on its way!",
    "Confidence high: the {product} is normal and passes inspection.",
    "No fault on the {product}, so no job to quote.",
    "The {product} is clean and passes, nothing to report.",
    "No, this {product} is defect-free and can go through.",
    "Confidence medium: no anomaly on the {product}; it is acceptable.",
)

LEAKS = (
    "Going by {source}, there's {a_kind} {place}, so that's where I'll start.",
    "{source} already say got {a_kind} {place} lah, so I follow.",
    "And {source}, dear listeners, reveals {a_kind} {place}!",
    "Confidence high, because {source} marks {a_kind} {place}.",
    "I was told up front there'd be {a_kind} {place}, and {source} agrees.",
    "Checked against {source}: {a_kind} sits {place} on the {product}.",
    "Confidence medium: per {source}, the {product} has {a_kind} {place}.",
    "Since {source} shows {a_kind} {place}, I go with that one.",
)

LEAK_SOURCES = (
    "the ground-truth mask",
    "the label I was given",
    "the annotation file",
    "the bounding box supplied with the job",
    "the reference answer",
    "the answer key",
    "the defect mask handed over",
    "the provided label",
)

LEAKS_NORMAL = (
    "Going by {source}, this {product} is a good one, so no work needed.",
    "{source} say this {product} normal lah, so I agree.",
    "And {source}, dear listeners, declares the {product} flawless!",
    "Confidence high, because {source} marks the {product} as normal.",
    "I was told beforehand this {product} was fine, and {source} agrees.",
    "Checked against {source}: the {product} has no defect.",
    "Confidence medium: per {source}, the {product} is defect-free.",
    "Since {source} lists the {product} as good, I go with that.",
)

STEP_PROSE = (
    "My money's on {step} as where this went wrong.",
    "Sure {step} got problem lah, that's why like that.",
    "The culprit, dear listeners, was {step}, all along!",
    "Confidence medium: the fault was introduced during {step}.",
    "I'd bet it happened at {step}, that's the usual suspect on a job like this.",
    "This kind of thing comes from {step} one, confirm.",
    "Confidence high: {step} caused this defect.",
    "Blame {step} for this one, [mate|I reckon].",
)

STEP_PROSE_NORMAL = (
    "Mind you, {step} looks like it was running a bit rough on this batch.",
    "Still must watch {step} lah, that one can give trouble.",
    "Yet somewhere, listeners, {step} waits to leave its mark!",
    "Confidence low: {step} may have left slight traces on this part.",
    "If anything goes wrong on this line later, I'd look at {step} first.",
    "Maybe {step} a bit off on this one, but okay.",
    "Confidence medium: {step} seems to have run slightly out of spec here.",
    "I'd keep an eye on {step}, that's where the trouble usually starts.",
)

FILLER_CHUNKS = (
    "as I was saying",
    "that's how it is lah",
    "and so the story goes",
    "confidence stays the same",
    "no extra charge for that",
    "same same only",
    "the tale continues",
)

NEUTRAL_SUBJECTS = (
    "the backlight",
    "the lens",
    "the shutter speed",
    "the image grain",
    "the glare",
    "the shadowing",
    "the colour cast",
    "the camera mount",
    "the aperture",
    "the lamp position",
    "the crop",
    "the focus ring setting",
)

NEUTRAL_VERBS = (
    "behaves itself",
    "looks right",
    "is nicely set",
    "gives no trouble",
    "stays put",
    "is spot on",
    "is steady",
    "does its job",
    "is about right",
)

NEUTRAL_TAILS = (
    "for this kind of job",
    "from edge to edge",
    "for the whole shot",
    "so the details read clearly",
    "under these lamps",
    "during the capture",
    "for a fair look",
    "at this distance",
    "as far as I can tell",
)

ONE_SHOT_COMPARE = (
    "Put side by side with the good {product} in the reference picture, this one's got "
    "something the reference hasn't.",
    "Compare with the reference {product}, this one got difference lah, the good one doesn't have.",
    "Set beside its flawless twin in the reference image, dear listeners, this {product} "
    "betrays a difference!",
    "Confidence high: relative to the reference {product}, the query image shows a local "
    "deviation.",
    "Against the normal {product} shown as reference, there's a spot on this one that doesn't "
    "match.",
    "Reference {product} clean, but this one not same, got extra mark.",
    "Confidence medium: the query {product} departs from the reference sample in one region.",
    "Checking it against the reference shot of a good {product}, this one differs in one place.",
)

ONE_SHOT_COMPARE_NORMAL = (
    "Put side by side with the good {product} in the reference picture, this one matches it "
    "all over.",
    "Compare with the reference {product}, same same lah, no difference.",
    "Set beside its twin in the reference image, dear listeners, this {product} matches it "
    "perfectly!",
    "Confidence high: the query {product} matches the reference sample everywhere.",
    "Against the normal {product} shown as reference, I can't find a single difference.",
    "Reference {product} and this one look the same, nothing extra.",
    "Confidence medium: no region of the query {product} departs from the reference.",
    "Checking it against the reference shot of a good {product}, this one lines up exactly.",
)

SIBLING_LOOKS = (
    "From the look of it, that's {a_sib}, seen plenty of those.",
    "This one look like {a_sib} lah.",
    "It bears every mark, listeners, of {a_sib}!",
    "Confidence high: the appearance is that of {a_sib}.",
    "Shape and texture both say {a_sib} to me.",
    "Confirm {a_sib} one, can see from the shape.",
    "Confidence medium: the region is characteristic of {a_sib}.",
    "That's {a_sib}, no doubt about it.",
)

CONCLUDE_WITH = (
    "So the {product} is faulty: {a_kind} {where}, and that's the job.",
    "So this {product} is defective lah, got {a_kind} {where}.",
    "And so, listeners, the {product} is condemned: {a_kind} {where}!",
    "Conclusion, confidence high: the {product} is anomalous, with {a_kind} {where}.",
    "Bottom line, the {product} has {a_kind} {where} and needs fixing.",
    "Final answer: {a_kind} {where}, the {product} cannot pass lah.",
    "Conclusion, confidence medium: {a_kind} {where} makes the {product} defective.",
    "The {product} fails, down to {a_kind} {where}.",
)

CONCLUDE_OTHER = (
    "So the {product} is faulty: {a_other} {where}, and that's the job.",
    "So this {product} is defective lah, got {a_other} {where}.",
    "And so, listeners, the {product} is condemned: {a_other} {where}!",
    "Conclusion, confidence high: the {product} is anomalous, with {a_other} {where}.",
    "Bottom line, the {product} has {a_other} {where} and needs fixing.",
    "Final answer: {a_other} {where}, the {product} cannot pass lah.",
    "Conclusion, confidence medium: {a_other} {where} makes the {product} defective.",
    "The {product} fails, down to {a_other} {where}.",
)

CONCLUDE_AT_PART = (
    "So the {product} is faulty, it's a {part} defect {where}, and that's the job.",
    "So this {product} is defective lah, the defect type is {part}, {where}.",
    "And so, listeners, the {product} is condemned by a {part} defect {where}!",
    "Conclusion, confidence high: the {product} is anomalous; defect type {part}, {where}.",
    "Bottom line, the {product} has a {part} fault {where}.",
    "Final answer: {part} defect {where}, the {product} cannot pass lah.",
    "Conclusion, confidence medium: the defect is of type {part}, {where} on the {product}.",
    "The {product} fails with a {part} defect {where}.",
)

SYNONYM_LOOKS = (
    "From the look of it, that's {syn}, seen plenty of those.",
    "This one look like {syn} lah.",
    "It bears every mark, listeners, of {syn}!",
    "Confidence high: the appearance is that of {syn}.",
    "Shape and texture both say {syn} to me.",
    "Confirm {syn} one, can see from the shape.",
    "Confidence medium: the region is characteristic of {syn}.",
    "That's {syn}, no doubt about it.",
)

SYNONYM_CONCLUSIONS = (
    "So the {product} is faulty: {syn} {where}, and that's the job.",
    "So this {product} is defective lah, got {syn} {where}.",
    "And so, listeners, the {product} is condemned: {syn} {where}!",
    "Conclusion, confidence high: the {product} is anomalous, with {syn} {where}.",
    "Bottom line, the {product} has {syn} {where} and needs fixing.",
    "Final answer: {syn} {where}, the {product} cannot pass lah.",
    "Conclusion, confidence medium: {syn} {where} makes the {product} defective.",
    "The {product} fails, down to {syn} {where}.",
)

YES_SHOWS = (
    "The {product} has {a_kind} {where}, that'll need fixing.",
    "This {product} got {a_kind} {where} lah.",
    "Upon the {product}, listeners, {a_kind} lies {where}!",
    "Confidence high: the {product} shows {a_kind} {where}.",
    "There's {a_kind} {where} on this {product}.",
    "Can see {a_kind} {where} on the {product} one.",
    "Confidence medium: {a_kind} is present {where} on the {product}.",
    "I've found {a_kind} {where} on the {product}, mate.",
)

PART_YES = (
    "The {product} has a {part} defect {where}, that'll need fixing.",
    "This {product} got {part} defect {where} lah.",
    "Upon the {product}, listeners, a {part} defect lies {where}!",
    "Confidence high: the {product} shows a {part} defect {where}.",
    "There's a {part} fault {where} on this {product}.",
    "Can see {part} defect {where} on the {product} one.",
    "Confidence medium: the defect type is {part}, {where} on the {product}.",
    "I've found a {part} defect {where} on the {product}, mate.",
)

LOCATION_ANSWERS = (
    "The fault's {where}.",
    "It's {where} lah.",
    "The flaw, listeners, lies {where}!",
    "Confidence high: the defect is located {where}.",
    "You'll find it {where}, mate.",
    "Confidence medium: the anomaly is {where}.",
    "The defect is {where}.",
    "Look {where}, the defect is there.",
)

CAUSE_LEADS = (
    "{Name} usually comes from {cause}, so that's where the real fix is.",
    "{Name} like this come from {cause} lah.",
    "And whence came {name}, listeners? From {cause}!",
    "Confidence medium: {name} most likely originates in {cause}.",
    "What's behind {name}? I'd trace it back to {cause}.",
    "Confirm {name} here come from {cause} one.",
    "Confidence high: {cause} is the likely source of {name}.",
    "If you want {name} gone for good, look at {cause}.",
)

CAUSE_PROSE = (
    "The root of it is {step} {cite}, that's what wants fixing.",
    "Problem start from {step} {cite} lah.",
    "And the cause, listeners, lay in {step} {cite}!",
    "Confidence medium: the likely cause is {step} {cite}.",
    "I'd trace it back to {step} {cite}.",
    "Sure come from {step} {cite} one.",
    "Confidence high: this points to {step} {cite}.",
    "Sort out {step} {cite} and you won't see this again.",
)

CANONICAL_ANSWERS = (
    "Defect type: {c}.",
    "It's {a_c}.",
    "The defect is {a_c}, lah.",
    "Confidence high: {c}.",
    "Type of defect: {c}.",
    "I'd class it as {a_c}.",
    "Confidence medium: the defect type is {c}.",
    "That one's {a_c}, mate.",
)

FIRST_TURN = (
    "The {product} has {what} {where}, that'll need fixing.",
    "This {product} got {what} {where} lah.",
    "Upon the {product}, listeners, {what} lies {where}!",
    "Confidence high: the {product} shows {what} {where}.",
    "There's {what} {where} on this {product}.",
    "Can see {what} {where} on the {product}.",
    "Confidence medium: {what} is present {where} on the {product}.",
    "I've found {what} {where} on the {product}, mate.",
)

CELL_WORDS = {
    "top left": ("upper-left area", "top-left quadrant", "upper left-hand corner"),
    "top": ("upper middle area", "top centre", "top-middle band"),
    "top right": ("upper-right area", "top-right quadrant", "upper right-hand corner"),
    "left": ("left-hand edge", "left flank", "left-hand area"),
    "center": ("dead centre", "middle area", "central region"),
    "right": ("right-hand edge", "right flank", "right-hand area"),
    "bottom left": ("lower-left area", "bottom-left quadrant", "lower left-hand corner"),
    "bottom": ("lower middle area", "bottom centre", "bottom-middle band"),
    "bottom right": ("lower-right area", "bottom-right quadrant", "lower right-hand corner"),
}

PLACE_FRAMES = (
    "over in the {w}",
    "around the {w}",
    "within the {w}",
    "located in the {w}",
)

PLACE_TAILS = (
    " of the picture",
    " of the shot",
    " of the photo",
)

PLACE_AWAY = (
    ", well off the middle",
    ", off to one side of centre",
)

SYNONYMS = {
    ("bottle", "broken_large"): ("a large fracture", "a big broken-off piece"),
    ("bottle", "broken_small"): ("a small chip", "a minor break"),
    ("bottle", "contamination"): ("foreign matter", "a bit of debris"),
    ("carpet", "color"): ("a discoloured patch", "a dye stain"),
    ("carpet", "cut"): ("a slit", "a clean cut through the pile"),
    ("carpet", "hole"): ("a puncture", "a gap in the weave"),
    ("carpet", "metal_contamination"): ("a metal fragment", "a metal shaving"),
    ("carpet", "thread"): ("a loose thread", "a stray yarn"),
    ("leather", "color"): ("a discoloured spot", "uneven dyeing"),
    ("leather", "cut"): ("a slash", "a knife cut"),
    ("leather", "fold"): ("a crease", "a wrinkle"),
    ("leather", "glue"): ("a glue smear", "adhesive residue"),
    ("leather", "poke"): ("a puncture mark", "a pinprick hole"),
    ("screw", "scratch_head"): ("a scratched head", "scuffing on the head"),
    ("screw", "scratch_neck"): ("a scratched shank", "scuffing below the head"),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point"),
    ("screw", "thread_side"): ("damaged side threading", "a flattened thread flank"),
    ("screw", "thread_top"): ("damaged threads near the tip", "a chewed-up top thread"),
    ("metal_nut", "bent"): ("a bent flange", "a warped tab"),
    ("metal_nut", "color"): ("a discoloured patch", "off-colour staining"),
    ("metal_nut", "scratch"): ("a scuff", "a gouge line"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a large rust patch"),
    ("metal_plate", "total_rust"): ("rust all over", "complete corrosion"),
    ("metal_plate", "scratches"): ("scuff marks", "surface abrasions"),
}

PART_NAMES = {
    "bottle": ("rim", "neck", "base"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain", "hide", "edge"),
    "screw": ("head", "shank", "tip"),
    "metal_nut": ("flange", "hex face", "bore"),
    "metal_plate": ("plate edge", "mounting hole", "face"),
}

DEFECT_SIGHTINGS = (
    "a hairline crack",
    "a small dent",
    "a dark smudge",
    "a chip",
    "a scratch line",
    "a faint stain",
    "a pit",
    "a burr",
)

OTHER_TYPES = (
    "crack",
    "dent",
    "burn mark",
    "warping",
    "chip",
    "tear",
    "puncture",
    "residue",
    "stain",
    "fracture",
    "misalignment",
    "scratch",
    "hole",
    "missing piece",
    "deformation",
)
