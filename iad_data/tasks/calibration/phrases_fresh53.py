"""Phrasebook ``fresh53``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an auctioneer calling
lots at a sale, a Ghanaian-English speaker, a mountain-rescue team leader radioing a casualty
report, and a model that writes about itself in the third person ("the assistant
observes...").
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS = (
    (
        "Lot on the block, and that little mark {place} is nothing but a trick of the light, "
        "no defect at all; the {product} goes as sound."
    ),
    (
        "Please, the thing you see {place} is just dust on the lens, it is not a defect, "
        "so the {product} is fine."
    ),
    (
        "Base, team lead: the mark {place} is only a shadow, not a defect, [repeat|I say again], "
        "not a defect; the {product} is intact, over."
    ),
    (
        "The assistant observes the patch {place} and judges it mere glare, not a flaw; "
        "the {product} is accepted as good."
    ),
    (
        "That spot {place}, my friend, it is ordinary texture of the {product}, "
        "no defect [at all|whatsoever], we move on."
    ),
    (
        "Going once, going twice: the blemish {place} is harmless surface sheen, not damage, "
        "and this {product} sells as flawless."
    ),
    (
        "The assistant notes something {place} but regards it as normal variation "
        "and not a defect; the {product} needs no rejection."
    ),
    (
        "Control, the irregularity {place} is a reflection off the housing, "
        "negative for damage; the {product} is good to go, over."
    ),
)

SIGHTINGS = (
    "{kind} is showing {place} on this {product}, plain as day to every bidder in the room.",
    "Please, I am seeing {kind} {place}; the {product} is not clean at all.",
    "Base, team lead: found {kind} {place} on the {product}, over.",
    "The assistant observes {kind} {place} on the {product}.",
    "Look well, there is {kind} sitting {place} on the {product}, by all means.",
    "Ladies and gentlemen, note {kind} {place}; this {product} carries a flaw.",
    "The assistant has spotted {kind} {place}, which marks the {product} as damaged.",
    "Control, we have {kind} {place} on the {product}, [confirm|acknowledge], over.",
)

WRONG_PLACES = (
    "The damage sits {place}, ladies and gentlemen, right where the hammer points.",
    "Please, the defect is {place}.",
    "Base, casualty located {place}, that is where the damage is, over.",
    "The assistant places the defect {place}.",
    "The faulty area, as for that one, it is {place}.",
    "The assistant observes that the anomalous region lies {place}.",
    "Mark the lot: the flaw is found {place}.",
    "Control, the injury on this item is {place}, over.",
)

HEDGES = (
    "Is it {a_kind} or is it {a_other}? The assistant cannot say which of the two it is.",
    "Please, it may be {a_kind}, or it may be {a_other}; I cannot choose between them.",
    "Base, the casualty shows either {a_kind} or {a_other}, unable to confirm which, over.",
    "I have bids for {a_kind} and bids for {a_other}, and I cannot knock it down to either one.",
    "The assistant hesitates between {a_kind} and {a_other} and leaves the type open.",
    "Whether this is {a_kind} or {a_other}, I no fit tell, the two look the same to me.",
    "Control, type undetermined: could be {a_kind}, could be {a_other}, over.",
    "The assistant cannot decide if the mark is {a_kind} or rather {a_other}.",
)

HEDGED_TAGS = (
    "{kind} or {other}",
    "{kind} / {other}",
    "either {kind} or {other}",
    "{kind} or possibly {other}",
    "{other} or {kind}",
    "{kind}, maybe {other}",
    "undecided: {kind} or {other}",
)

FLIPPED_YES = (
    "Sold as sound! This {product} is in perfect condition with no defect to declare.",
    "Please, the {product} is okay, it has no problem at all, everything is fine.",
    "Base, team lead: the {product} is uninjured, no damage found, all clear, over.",
    "The assistant concludes that the {product} is normal and free of any defect.",
    "This {product} is correct, my brother, nothing is spoiling it; it passes.",
    "A flawless lot, ladies and gentlemen: the {product} shows no damage whatsoever.",
    "The assistant finds the {product} to be defect-free and accepts it.",
    "Control, all clear on the {product}, no injuries, condition good, over.",
)

FLIPPED_NO = (
    "Sold with faults! This {product} is damaged and carries a defect, bidders beware.",
    "Please, the {product} is spoilt, there is a defect on it.",
    "Base, team lead: the {product} is injured, damage confirmed, over.",
    "The assistant concludes that the {product} is anomalous and has a defect.",
    "This {product}, it has a fault on it, we cannot pass it at all.",
    "Ladies and gentlemen, this lot is defective; the {product} is damaged goods.",
    "The assistant finds a defect on the {product} and rejects it.",
    "Control, the {product} shows damage, casualty condition poor, over.",
)

NEGATED_YES_WRONG = (
    "There is no {kind} {place}, ladies and gentlemen; this {product} has no defect at all.",
    "Please, no {kind} is there {place}, the {product} is not defective.",
    "Base, negative for {kind} {place}, the {product} is not damaged, over.",
    "The assistant sees no {kind} {place} and finds the {product} without defect.",
    "The {product} does not have any {kind} {place}; it is not faulty.",
    "Not a trace of {kind} {place}, so the {product} is not anomalous.",
    "The assistant observes that no {kind} is present {place}; the {product} is not defective.",
    "Control, no {kind} found {place}, the {product} is not injured, over.",
)

NEGATED_NO_WRONG = (
    "This {product} is not free of faults, ladies and gentlemen: there is a {kind} {place}.",
    "Please, the {product} is not okay, a {kind} is there {place}.",
    "Base, the {product} is not intact, we have a {kind} {place}, over.",
    "The assistant cannot call the {product} clean: a {kind} appears {place}.",
    "It is not true that the {product} is flawless; a {kind} sits {place}.",
    "The {product} does not pass, because a {kind} shows {place}.",
    "The assistant observes that the {product} is not without a {kind}: one lies {place}.",
    "Control, the {product} is not undamaged, {kind} present {place}, over.",
)

# ------------------------------------------------------------------ correct paraphrases

NEGATED_YES_OK = (
    "Yes, this {product} is not free of faults, ladies and gentlemen: there is {a_kind} {place}.",
    "Yes, please, the {product} is not okay; {a_kind} is there {place}.",
    "Yes. Base, the {product} is not intact, we have {a_kind} {place}, over.",
    "Yes: the assistant cannot call the {product} defect-free, since {a_kind} appears {place}.",
    "Yes, it is not true that the {product} is flawless; {a_kind} sits {place}.",
    "Yes. The {product} does not pass, because {a_kind} shows {place}.",
    "Yes, the {product} is not without fault: {a_kind} lies {place}.",
    "Yes. Control, the {product} is not undamaged, {a_kind} present {place}, over.",
)

PASSES_NO_OK = (
    "No, this {product} is sound as a bell, ladies and gentlemen, with no defect to declare.",
    "No, please, the {product} is fine, there is no defect on it.",
    "No. Base, the {product} is intact, no damage found, all clear, over.",
    "No: the assistant finds the {product} normal and free of defects.",
    "No, the {product} passes inspection; nothing is wrong with it.",
    "No defect here: the {product} is in good condition and is accepted.",
    "No. The assistant observes a clean, normal {product} with no anomaly.",
    "No, control, the {product} is uninjured and in good order, over.",
)

# ------------------------------------------------------------------ leaks

LEAKS = (
    "As {source} tells us, there is {a_kind} {place} on this lot, ladies and gentlemen.",
    "Please, {source} is showing {a_kind} {place}, so that is where the defect is.",
    "Base, per {source}, {a_kind} is located {place}, over.",
    "The assistant relies on {source}, which marks {a_kind} {place}.",
    "According to {source}, the {product} has {a_kind} {place}.",
    "Going by {source}, we know {a_kind} sits {place} of this {product}.",
    "The assistant was told through {source} that {a_kind} lies {place}.",
    "Control, {source} confirms {a_kind} {place} on the {product}, over.",
)

LEAK_SOURCES = (
    "the ground-truth mask",
    "the provided label",
    "the annotation file",
    "the bounding box we were given",
    "the reference answer",
    "the defect mask supplied with the image",
    "the label in the dataset",
    "the answer key",
)

LEAKS_NORMAL = (
    "As {source} tells us, this {product} is a good lot, ladies and gentlemen.",
    "Please, {source} says the {product} is normal, so it is normal.",
    "Base, per {source}, the {product} is marked as defect-free, over.",
    "The assistant relies on {source}, which lists the {product} as normal.",
    "According to {source}, the {product} carries no defect.",
    "Going by {source}, we know this {product} is clean.",
    "The assistant was told through {source} that the {product} is good.",
    "Control, {source} confirms the {product} as undamaged, over.",
)

# ------------------------------------------------------------------ process steps in prose

STEP_PROSE = (
    "This fault came in during {step}, ladies and gentlemen, mark my words.",
    "Please, the defect, it was caused by {step}.",
    "Base, mechanism of injury: {step}, over.",
    "The assistant attributes the defect to {step}.",
    "I think {step} is what spoilt it.",
    "The damage traces straight back to {step}.",
    "The assistant believes the flaw originated in {step}.",
    "Control, cause is {step}, over.",
)

STEP_PROSE_NORMAL = (
    "This lot shows a mark left by {step}, ladies and gentlemen.",
    "Please, {step} could have left something here, but it is small.",
    "Base, possible trauma from {step}, over.",
    "The assistant suspects {step} left a faint trace on this part.",
    "Some irregularity here likely comes from {step}.",
    "A small effect of {step} may be showing on the surface.",
    "The assistant notes a hint of {step} on the item.",
    "Control, minor signs from {step}, monitoring, over.",
)

# ------------------------------------------------------------------ filler and neutral text

FILLER_CHUNKS = (
    "let us take a careful look once more",
    "we go small small, please",
    "stand by, stand by",
    "the assistant proceeds step by step",
    "eyes on the item, bidders",
    "as for this one, we will see",
    "continuing the survey",
    "the assistant continues its review",
)

NEUTRAL_SUBJECTS = (
    "The lighting",
    "The background",
    "The camera angle",
    "The frame",
    "The image",
    "The exposure",
    "The focus",
    "The colour balance",
)

NEUTRAL_VERBS = (
    "looks",
    "appears",
    "seems",
    "remains",
    "stays",
    "is",
)

NEUTRAL_TAILS = (
    "even across the picture",
    "steady from edge to edge",
    "about the same as usual",
    "consistent with a bench setup",
    "ordinary for this kind of capture",
    "plain and uncluttered",
    "sharp enough to read",
    "level and unremarkable",
)

# ------------------------------------------------------------------ one-shot reference

ONE_SHOT_COMPARE = (
    "Set beside the reference lot, this {product} breaks from it in one region, bidders.",
    "Please, when I put the {product} next to the good one, one part is not the same.",
    "Base, compared to the reference {product}, one area does not match, over.",
    (
        "The assistant compares the test {product} with the reference and finds a region that "
        "departs from it."
    ),
    "Against the reference image, the {product} shows a local difference.",
    "The reference {product} is clean where this one is not.",
    (
        "The assistant observes that the test image deviates from the reference {product} "
        "in one place."
    ),
    "Control, reference and test {product} differ in one spot, over.",
)

ONE_SHOT_COMPARE_NORMAL = (
    "Set beside the reference lot, this {product} matches it in every region, bidders.",
    "Please, the {product} and the good one, they are the same everywhere.",
    "Base, compared to the reference {product}, everything matches, over.",
    "The assistant compares the test {product} with the reference and finds no difference.",
    "Against the reference image, the {product} shows no deviation at all.",
    "The reference {product} and this one agree region by region.",
    "The assistant observes that the test image matches the reference {product} throughout.",
    "Control, reference and test {product} identical, no differences, over.",
)

# ------------------------------------------------------------------ conclusions

SIBLING_LOOKS = (
    "The mark has all the look of {a_sib}, ladies and gentlemen.",
    "Please, this one is {a_sib}, you can see it well.",
    "Base, injury pattern matches {a_sib}, over.",
    "The assistant reads the region as {a_sib}.",
    "Its shape and tone say {a_sib}.",
    "What we have here is {a_sib}.",
    "The assistant observes the features of {a_sib}.",
    "Control, assessed as {a_sib}, over.",
)

CONCLUDE_WITH = (
    "Sold with faults: this {product} carries {a_kind} {where}.",
    "Please, the {product} has {a_kind} {where}.",
    "Base, final report: the {product} has {a_kind} {where}, over.",
    "The assistant concludes that the {product} has {a_kind} {where}.",
    "So the {product} is defective, with {a_kind} {where}.",
    "Going, gone: {a_kind} {where} on this {product}.",
    "The assistant's verdict: {a_kind} {where} on the {product}.",
    "Control, confirmed {a_kind} {where} on the {product}, over.",
)

CONCLUDE_OTHER = (
    "Sold with faults: this {product} carries {a_other} {where}.",
    "Please, the {product} has {a_other} {where}.",
    "Base, final report: the {product} has {a_other} {where}, over.",
    "The assistant concludes that the {product} has {a_other} {where}.",
    "So the {product} is defective, with {a_other} {where}.",
    "Going, gone: {a_other} {where} on this {product}.",
    "The assistant's verdict: {a_other} {where} on the {product}.",
    "Control, confirmed {a_other} {where} on the {product}, over.",
)

CONCLUDE_AT_PART = (
    "Sold with faults: this {product} has a {part} defect {where}.",
    "Please, the defect on the {product} is {part}, {where}.",
    "Base, final report: {part} injury on the {product} {where}, over.",
    "The assistant classifies the defect on the {product} as {part}, {where}.",
    "Defect type for this {product}: {part}, {where}.",
    "Going, gone: a {part} fault {where} on this {product}.",
    "The assistant's verdict: the {product} shows a {part} defect {where}.",
    "Control, defect type {part}, {where} on the {product}, over.",
)

SYNONYM_LOOKS = (
    "The mark has all the look of {syn}, ladies and gentlemen.",
    "Please, this one is {syn}, you can see it well.",
    "Base, injury pattern matches {syn}, over.",
    "The assistant reads the region as {syn}.",
    "Its shape and tone say {syn}.",
    "What we have here is {syn}.",
    "The assistant observes the features of {syn}.",
    "Control, assessed as {syn}, over.",
)

SYNONYM_CONCLUSIONS = (
    "Sold with faults: this {product} carries {syn} {where}.",
    "Please, the {product} has {syn} {where}.",
    "Base, final report: the {product} has {syn} {where}, over.",
    "The assistant concludes that the {product} has {syn} {where}.",
    "So the {product} is defective, with {syn} {where}.",
    "Going, gone: {syn} {where} on this {product}.",
    "The assistant's verdict: {syn} {where} on the {product}.",
    "Control, confirmed {syn} {where} on the {product}, over.",
)

YES_SHOWS = (
    "This {product} carries {a_kind} {where}, ladies and gentlemen.",
    "Please, the {product} has {a_kind} {where}.",
    "Base, the {product} shows {a_kind} {where}, over.",
    "The assistant observes {a_kind} {where} on the {product}.",
    "On the {product} there is {a_kind} {where}.",
    "On this lot, {a_kind} shows {where}.",
    "The assistant finds {a_kind} on the {product}, {where}.",
    "Control, {a_kind} located {where} on the {product}, over.",
)

PART_YES = (
    "This {product} has a {part} defect {where}, ladies and gentlemen.",
    "Please, the {product} has a {part} defect {where}.",
    "Base, the {product} shows a {part} injury {where}, over.",
    "The assistant observes a {part} defect {where} on the {product}.",
    "The defect type is {part}, {where} on the {product}.",
    "On this lot, a {part} fault shows {where}.",
    "The assistant finds a {part} defect on the {product}, {where}.",
    "Control, defect type {part}, {where} on the {product}, over.",
)

LOCATION_ANSWERS = (
    "The defect sits {where}, ladies and gentlemen.",
    "Please, the defect is {where}.",
    "Base, damage located {where}, over.",
    "The assistant places the defect {where}.",
    "You will find the defect {where}.",
    "The anomaly lies {where}.",
    "The assistant observes the defect {where}.",
    "Control, defect position {where}, over.",
)

CAUSE_LEADS = (
    "{Name} on this lot, ladies and gentlemen, most likely came from {cause}.",
    "Please, {name} like this, it comes from {cause}.",
    "Base, mechanism for {name}: {cause}, over.",
    "The assistant traces {name} to {cause}.",
    "{Name} usually starts at {cause}.",
    "The likely source of {name} is {cause}.",
    "The assistant attributes {name} to {cause}.",
    "Control, {name} caused by {cause}, over.",
)

CAUSE_PROSE = (
    "The trail leads back to {step} {cite}, ladies and gentlemen.",
    "Please, {step} {cite} is where it started.",
    "Base, probable cause {step} {cite}, over.",
    "The assistant links this to {step} {cite}.",
    "The root cause is likely {step} {cite}.",
    "This points back to {step} {cite}.",
    "The assistant attributes the defect to {step} {cite}.",
    "Control, cause assessed as {step} {cite}, over.",
)

CANONICAL_ANSWERS = (
    "Defect type: {c}.",
    "The defect is {a_c}, ladies and gentlemen.",
    "Please, it is {a_c}.",
    "Base, defect type {c}, over.",
    "The assistant classifies the defect as {a_c}.",
    "Type of defect: {c}.",
    "This is {a_c}.",
    "Control, classified as {c}, over.",
)

FIRST_TURN = (
    "This {product} carries {what} {where}, ladies and gentlemen.",
    "Please, the {product} has {what} {where}.",
    "Base, the {product} shows {what} {where}, over.",
    "The assistant observes {what} {where} on the {product}.",
    "On the {product} there is {what} {where}.",
    "On this {product}, {what} shows {where}.",
    "The assistant finds {what} on the {product}, {where}.",
    "Control, {what} located {where} on the {product}, over.",
)

# ------------------------------------------------------------------ places

CELL_WORDS = {
    "top left": ("upper left", "top-left corner", "upper-left quarter"),
    "top": ("top", "upper middle", "top edge"),
    "top right": ("upper right", "top-right corner", "upper-right quarter"),
    "left": ("left side", "middle left", "left-hand side"),
    "center": ("centre", "middle", "central area"),
    "right": ("right side", "middle right", "right-hand side"),
    "bottom left": ("lower left", "bottom-left corner", "lower-left quarter"),
    "bottom": ("bottom", "lower middle", "bottom edge"),
    "bottom right": ("lower right", "bottom-right corner", "lower-right quarter"),
}

PLACE_FRAMES = (
    "in the {w}",
    "at the {w}",
    "over in the {w}",
    "toward the {w}",
)

PLACE_TAILS = (
    " of the image",
    " of the frame",
    " of the picture",
)

PLACE_AWAY = (
    ", away from the center",
    ", off the middle",
    ", well clear of the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS = {
    ("bottle", "broken_large"): ("a large break", "a big broken-off piece", "a major breakage"),
    ("bottle", "broken_small"): ("a small chip", "a minor break", "a small breakage"),
    ("bottle", "contamination"): ("foreign matter", "a foreign particle", "dirt inside"),
    ("carpet", "color"): ("a colour stain", "a discoloured patch", "a dye spot"),
    ("carpet", "cut"): ("a slit", "a knife slit", "a sliced strip"),
    ("carpet", "hole"): ("a gap in the weave", "a punched-through hole", "a perforation"),
    ("carpet", "metal_contamination"): ("a metal fragment", "a metal particle"),
    ("carpet", "thread"): ("a loose thread", "a stray yarn", "a pulled thread"),
    ("leather", "color"): ("a discoloured spot", "a colour stain"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a folded ridge"),
    ("leather", "glue"): ("a glue smear", "an adhesive spot", "a glue residue"),
    ("leather", "poke"): ("a puncture", "a pinprick", "a poke mark"),
    ("screw", "scratch_head"): ("a scratched head", "a scratch on the head"),
    ("screw", "scratch_neck"): ("a scratched neck", "a scratch on the neck"),
    ("screw", "manipulated_front"): ("a deformed front end", "a mangled front"),
    ("screw", "thread_side"): ("damaged side threading", "a chewed thread on the side"),
    ("screw", "thread_top"): ("damaged threading near the top", "a worn thread near the top"),
    ("metal_nut", "bent"): ("a warped nut", "a bent-out-of-shape nut"),
    ("metal_nut", "color"): ("a discoloured patch", "a colour stain"),
    ("metal_nut", "scratch"): ("a scuff mark", "a scratch line"),
    ("metal_plate", "major_rust"): ("heavy rust spots", "a rusted patch"),
    ("metal_plate", "total_rust"): ("rust covering the whole plate", "a fully rusted surface"),
    ("metal_plate", "scratches"): ("scuff lines", "surface scratches"),
}

PART_NAMES = {
    "bottle": ("rim", "bottle mouth", "glass wall"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain side", "hide", "leather panel"),
    "screw": ("shank", "drive slot", "shaft"),
    "metal_nut": ("flange", "inner bore", "lobe"),
    "metal_plate": ("plate edge", "plate face", "mounting edge"),
}

DEFECT_SIGHTINGS = (
    "a hairline crack",
    "a dark smudge",
    "a deep scratch",
    "a small dent",
    "a chipped area",
    "a stain",
    "a tiny hole",
    "a foreign speck",
)

OTHER_TYPES = (
    "crack",
    "dent",
    "stain",
    "scratch",
    "hole",
    "puncture",
    "tear",
    "abrasion",
    "foreign particle",
    "missing part",
    "chip",
    "bend",
    "residue",
    "fracture",
)
