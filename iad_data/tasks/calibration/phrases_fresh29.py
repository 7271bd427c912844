"""Phrasebook ``fresh29``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a car reviewer on a
motoring show, a kindergarten teacher explaining to children, a statistician speaking in
likelihoods and confidence, and a model that writes terse markdown bullets (- **Obs:** ...).
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "There's a glint {place}, but that's just the studio lights bouncing off the {product}"
    " - not a flaw[, trust me|].",
    "See that little speck {place}? That's only fluff on the camera, [sweethearts|friends],"
    " not a boo-boo on the {product}.",
    "The bright blob {place} is consistent with sensor noise at [high|very high] confidence;"
    " it is not a defect.",
    "- **Obs:** mark {place} -> lens dust, not a defect.",
    "A smudge shows up {place}, but it's a reflection off the bodywork, nothing more[.|;"
    " move along.]",
    "That dark bit {place} is just a shadow, [boys and girls|everyone] - the {product}"
    " underneath is perfectly fine.",
    "The deviation {place} sits inside the ordinary noise band, so I discount it as an"
    " imaging artefact.",
    "- **Note:** spot {place} = glare artefact[; ignore|, disregard].",
    "Something catches the eye {place}, but it wipes off - dust on the lens, not damage to"
    " the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Hang on - there's {kind} {place}, and that's not something you want on a brand-new {product}.",
    "Look, [everyone|boys and girls]: this {product} has {kind} {place}!",
    "The image shows {kind} {place}, detected with [high|overwhelming] confidence.",
    "- **Obs:** {kind} {place}.",
    "Can you see it, [friends|little ones]? There's {kind} {place}, just there.",
    "The residual {place} is unmistakably {kind}[, well outside normal variation|].",
    "- **Finding:** {kind} visible {place} on the {product}.",
    "Cast your eye over the {product} and you'll catch {kind} {place}[ - shame|].",
)

WRONG_PLACES: tuple[str, ...] = (
    "You'll find the problem {place}, and it's hard to miss.",
    "It's hiding {place}, [children|friends] - can you point to it?",
    "The anomalous region is localised {place}, with tight spatial confidence.",
    "- **Loc:** {place}.",
    "Look {place}: that's where the damage is.",
    "Spatially, the deviation concentrates {place}.",
    "- **Where:** {place}",
    "The bit that lets the side down sits {place}.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could just as easily be {a_other} - too close to call.",
    "Hmm, is it {a_kind} or is it {a_other}? Teacher isn't sure yet!",
    "The likelihoods for {a_kind} and {a_other} are roughly equal; I can't separate them at"
    " any useful confidence.",
    "- **Char:** {a_kind}? {a_other}? undecided.",
    "Honestly it's a coin toss between {a_kind} and {a_other}.",
    "It might be {a_kind}, or it might be {a_other}; we'll have to guess, friends.",
    "Posterior odds between {a_kind} and {a_other} sit near 1:1.",
    "- **Type:** {a_kind}, or possibly {a_other}",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "{kind}, maybe {other}",
    "either {kind} or {other}",
    "{kind} (or {other}?)",
    "{kind} vs {other}, undecided",
    "{kind} ~50% / {other} ~50%",
)

FLIPPED_YES: tuple[str, ...] = (
    "Lovely thing, this {product} - showroom condition, I'd sign for it today.",
    "This {product} is in perfect shape, everyone, nothing wrong with it at all!",
    "On the evidence, the {product} is conforming; I'd accept it.",
    "- **Verdict:** {product} OK - ship it.",
    "Tidy, solid, nothing to report: this {product} goes straight through to the customer.",
    "What a good {product}! It gets a gold star and goes in the happy box.",
    "The data fit the normal model comfortably, so this {product} should be accepted.",
    "- **Result:** pass; {product} conforms.",
)

FLIPPED_NO: tuple[str, ...] = (
    "Oh dear, this {product} is a proper lemon - send it back to the factory.",
    "Uh-oh, this {product} is poorly and can't go home with the others.",
    "The {product} falls outside the normal population; reject it.",
    "- **Verdict:** {product} defective - reject.",
    "I'd leave this {product} on the forecourt; it's faulty, plain and simple.",
    "This {product} has a boo-boo, so it goes to the fix-it table.",
    "The anomaly score is well into the tail; this {product} is defective.",
    "- **Result:** fail; {product} to the scrap bin.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I wouldn't call this {product} defective - not by any stretch.",
    "That {kind} {place}? It's not a real fault, and the {product} isn't defective.",
    "There isn't a single thing wrong with this {product}, boys and girls.",
    "We fail to reject normality: this {product} is not anomalous.",
    "- **Verdict:** not defective; no {kind} {place}.",
    "Not a mark on it, this {product} - no {kind}, nothing {place}.",
    "This {product} isn't poorly at all; there's no {kind} anywhere.",
    "The {product} is not anomalous at any sensible confidence level.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "I can't call this {product} {kind}-free, I'm afraid.",
    "This {product} isn't well at all, children - it's not {kind}-free.",
    "We cannot treat this {product} as {kind}-free; that hypothesis is rejected.",
    "- **Verdict:** not {kind}-free.",
    "Not one I'd buy: this {product} is not without a {kind} {place}.",
    "This {product} is nowhere near flawless.",
    "The {product} is not within tolerance, not even close.",
    "- **Status:** not acceptable - {product} not {kind}-free",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there's {a_kind} {place}, so that's where I looked on this {product}.",
    "{source} gave the game away - {a_kind} {place} - and I'll not argue with it.",
    "Teacher peeked at {source}, and it says {a_kind} is hiding {place}!",
    "Conditioning on {source}, the location {place} and the class ({a_kind}) follow with"
    " certainty.",
    "- **Src:** {source} -> {a_kind} {place}.",
    "I checked {source} first: it marks {a_kind} {place} on the {product}.",
    "Because {source} points {place}, I'm confident it's {a_kind}.",
    "- **Basis:** {source} says {a_kind}, {place}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the supplied label",
    "the annotation file",
    "the bounding box I was handed",
    "the answer key",
    "the pixel-level mask",
    "the dataset's label",
    "the expected answer",
    "what the operator told me",
    "the hint tucked into the prompt",
    "the reference box",
    "the segmentation overlay",
    "the class tag in the file name",
    "the grader's notes",
    "the line supervisor's word",
    "the answer sheet",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} lists this {product} as good, so normal it is.",
    "Going by {source}, the {product} is a clean one.",
    "{source} says this {product} is a good one, so it gets a sticker!",
    "Since {source} marks the {product} normal, the posterior is trivially normal too.",
    "- **Src:** {source} -> normal {product}.",
    "I leaned on {source}, which has this {product} down as defect-free.",
)

STEP_PROSE: tuple[str, ...] = (
    "My money's on the {step} stage - that's where this one went wrong.",
    "Blame {step}, frankly; the build quality slipped there.",
    "This got hurt during {step}, boys and girls, when someone wasn't careful.",
    "The most plausible origin, by a wide margin, is {step}.",
    "Attribution analysis puts the cause squarely at {step}.",
    "- **Cause:** {step}.",
    "- **Root cause:** the {step} step",
    "It happened at {step}, when the machine was a bit too rough.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "Whoever ran {step} on this one deserves a pat on the back.",
    "The {step} helpers did a super job with this one!",
    "Nothing attributable to {step} shows up in the data.",
    "- **Process:** {step} nominal.",
    "{step} has done its job properly here.",
    "Good work from the {step} stage, honestly.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "for the record",
    "all else being equal",
    "sit tight, friends",
    "- **Note:** n/a",
    "same capture settings as before",
    "and so on, as they say on the telly",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the white balance",
    "the camera mount",
    "the exposure",
    "the focus",
    "the backdrop",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is steady",
    "stays consistent",
    "holds nicely",
    "looks well matched",
    "remains stable",
    "behaves predictably",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "throughout the session",
    "from shot to shot",
    "under the studio lamps",
    "like a freshly serviced engine",
    "within one standard deviation",
)

# ------------------------------------------------------------------ correct tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Park it next to the reference and the difference jumps straight out at you.",
    "Let's play spot-the-difference with the good picture - and this {product} has one!",
    "Against the reference image, the query {product} departs from normal variation by a"
    " wide margin.",
    "- **Cmp:** query vs. reference -> clear local deviation.",
    "Compared with the known-good reference shot, this {product} differs in one distinct region.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Line it up against the reference and they're a matched pair.",
    "This {product} looks just like the good picture - twins!",
    "The query and reference images agree within normal variation everywhere.",
    "- **Cmp:** query ~ reference; no deviation.",
    "Set beside the known-good reference, this {product} matches it point for point.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not fit to ship: there's {a_kind} {place}.",
    "Not one I'd put my name to - {a_kind} {place} rules this {product} out.",
    "This {product} isn't all better yet, friends; it has {a_kind} {place}.",
    "The {product} is not within tolerance: {a_kind} {place}, at p < 0.001.",
    "- **Verdict:** not acceptable - {a_kind} {place}.",
    "Far from showroom-perfect, this {product}: {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "This {product} gets a clean bill of health - nothing that would justify rejecting it.",
    "Passes its inspection with flying colours, this {product}.",
    "Good job, {product}! You passed your check-up and go in the happy box.",
    "The {product} sits comfortably inside the normal range; it passes inspection.",
    "- **Verdict:** pass - normal {product}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "It's got all the hallmarks of {a_sib}.",
    "See? This is what {a_sib} looks like, friends.",
    "The features fit {a_sib} far better than anything else.",
    "- **Char:** {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Verdict: this {product} is faulty, with {a_kind} {where}.",
    "So our {product} needs the fix-it table: it has {a_kind} {where}.",
    "Conclusion, beyond reasonable doubt: anomalous {product}, {a_kind} {where}.",
    "- **Verdict:** defective {product}; {a_kind} {where}.",
    "Summing up, {a_kind} {where} makes this {product} a reject.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Verdict: this {product} is faulty, with {a_other} {where}.",
    "So this {product} has {a_other} {where}, poor thing.",
    "Conclusion: anomalous {product}; the defect class is {a_other}, {where}.",
    "- **Verdict:** defective {product}; {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Verdict: defective {product}, and the defect type is {part}, {where}.",
    "What sort of boo-boo is it? It's the kind called {part}, {where}!",
    "Class assignment: {part}, on the {product}, {where}.",
    "- **Type:** {part} ({where}).",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "What we've got here is {syn}, plain as day.",
    "Look closely, friends - that's {syn}!",
    "The features point decisively to {syn}.",
    "- **Char:** {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "So there it is: {syn} {where}, and this {product} is a reject.",
    "This {product} has {syn} {where}, so it goes to the fix-it table.",
    "Conclusion: defective {product}; {syn} {where}, p < 0.001.",
    "- **Verdict:** defective {product} - {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}, no two ways about it.",
    "This {product} has {a_kind} {where} - can you spot it?",
    "The image contains {a_kind} {where}, well beyond chance.",
    "- **Obs:** {a_kind} {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product}'s defect type is {part}, found {where}.",
    "The kind of boo-boo is called {part}, and it's {where}.",
    "Assigned class: {part}, {where}.",
    "- **Type:** {part} - {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "You'll find it {where}.",
    "It's {where}, children.",
    "Location: {where}, to within one grid cell.",
    "- **Loc:** {where}",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} goes back down the line to {cause}.",
    "Where does {name} come from? From {cause}.",
    "Causal attribution for {name}: {cause}.",
    "- **Cause:** {name} <- {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The culprit is {step} {cite}.",
    "It happened during {step} {cite}.",
    "Attribution: {step} {cite}.",
    "- **Cause:** {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "It's {a_c}.",
    "Class: {c}.",
    "- **Type:** {c}",
)

FIRST_TURN: tuple[str, ...] = (
    "This {product} has {what} {where}, clear as day.",
    "Look, this {product} has {what} {where}!",
    "The image shows {what} {where}, well beyond chance.",
    "- **Obs:** {what} {where} on the {product}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "upper-left area"),
    "top": ("top-centre area", "upper middle", "top edge"),
    "top right": ("upper-right corner", "top-right corner", "upper-right area"),
    "left": ("left-hand side", "left flank", "left-middle area"),
    "center": ("centre", "middle", "dead centre", "central area"),
    "right": ("right-hand side", "right flank", "right-middle area"),
    "bottom left": ("lower-left corner", "bottom-left corner", "lower-left area"),
    "bottom": ("bottom-centre area", "lower middle", "bottom edge"),
    "bottom right": ("lower-right corner", "bottom-right corner", "lower-right area"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "around the {w}",
    "toward the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the shot",
    " of the picture",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", off-centre",
    ", well away from the dead centre",
    ", not in the central cell",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out",
        "a large fracture",
        "a badly smashed section",
    ),
    ("bottle", "broken_small"): ("a small chip", "a chipped edge", "a nick in the glass"),
    ("bottle", "contamination"): ("foreign matter", "a foreign particle", "debris"),
    ("carpet", "color"): ("a discoloured patch", "a dye blotch", "a stain"),
    ("carpet", "cut"): ("a slit", "a cut in the pile", "a gash"),
    ("carpet", "hole"): ("a puncture", "a gap through the weave", "an opening in the backing"),
    ("carpet", "metal_contamination"): ("a metal shard", "a metal fragment", "embedded metal"),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "a dye mark", "uneven colouring"),
    ("leather", "cut"): ("a slice", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a fold line"),
    ("leather", "glue"): ("a glue spot", "an adhesive smear", "a dried glue blob"),
    ("leather", "poke"): ("a puncture", "a pinprick", "a stab mark"),
    ("screw", "scratch_head"): (
        "a scuffed head",
        "a scratch on the head",
        "scoring on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the shank",
        "a scuffed neck",
        "scoring along the shank",
    ),
    ("screw", "manipulated_front"): ("a deformed tip", "a damaged point", "a mangled tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a crushed thread flank",
        "stripped side threads",
    ),
    ("screw", "thread_top"): (
        "damaged threads at the tip end",
        "a flattened thread crest near the end",
        "crushed threads at the top",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a deformed tab", "a bent edge"),
    ("metal_nut", "color"): ("a discoloured area", "a tinted spot", "off-colour finish"),
    ("metal_nut", "scratch"): ("a scratch mark", "a scuff", "a score line"),
    ("metal_plate", "major_rust"): ("heavy rust patches", "corrosion", "a large rust patch"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "full-surface corrosion",
        "complete oxidation",
    ),
    ("metal_plate", "scratches"): ("scratch marks", "scuffing", "score lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "weave", "tuft"),
    "leather": ("grain", "hide", "flesh side"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("lobe", "flange", "bore", "face"),
    "metal_plate": ("face", "edge", "sheet"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a thin scratch",
    "a dark stain",
    "a small dent",
    "a chipped spot",
    "a loose fibre",
    "a rust speck",
    "a pinhole",
    "a smear of glue",
    "a bent edge",
)

OTHER_TYPES: tuple[str, ...] = (
    "bubble",
    "blister",
    "burn",
    "delamination",
    "porosity",
    "misprint",
    "weld spatter",
    "peeling",
    "misalignment",
    "short shot",
)
