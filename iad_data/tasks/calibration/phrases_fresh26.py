"""Phrasebook ``fresh26``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a jeweller
appraising a stone, a Canadian hockey-dad blogger, a nuclear plant operator reading a
procedure, and a compressed chain-of-thought model using arrows and plain-word
abbreviations.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "Under the loupe there is a bright fleck {place}, but it is only light bouncing off "
    "the surface, not an inclusion; I won't count it against the {product}.",
    "Saw a little dark smudge {place} on the {product}, but buddy, that's just a shadow "
    "from the shop lamp, not a real defect, so we move on.",
    "Step 3.4: indication noted {place}. Evaluated as a reflection of the light source; "
    "not a defect. No further action on the {product}.",
    "mark {place} -> dust on lens, not on {product} -> ignore.",
    "That faint haze {place} is a camera artefact, not a flaw in the {product} itself; "
    "I set it aside and keep grading.",
    "There's a shiny spot {place}, eh, but it's only glare off the {product}, nothing "
    "wrong there, no need to [panic|call the coach].",
    "Per procedure, the spot {place} is classified as loose dust resting on the "
    "{product} and is not recorded as a defect.",
    "{place}: bright streak -> glare/reflection -> not a defect -> disregard.",
)

SIGHTINGS: tuple[str, ...] = (
    "Under the loupe the {kind} {place} is unmistakable; this {product} is not a clean stone.",
    "Well, would you look at that, folks, the {product} has real {kind} showing {place}, "
    "plain as a puck on fresh ice.",
    "Step 2.1: visual check performed. Finding: {kind} present {place} on the {product}. Recorded.",
    "scan {product} -> {kind} {place} -> confirmed present, real.",
    "There is a true instance of {kind} {place}, the sort of flaw that drops the "
    "{product} a full grade.",
    "Gotta be honest, the {product} has {kind} {place}, I checked it twice between periods.",
    "Indication {place} re-examined: it is {kind} on the {product} itself, not an artefact.",
    "{product}: {kind} visible {place} -> genuine flaw, not noise.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The flaw sits {place}, right where the light catches it under the loupe.",
    "The trouble spot is {place}, that's where I'd point the kids to look.",
    "Step 5.1: record defect location. Location: {place}.",
    "loc -> defect {place}.",
    "On my sketch of the piece, the damaged area lies {place}.",
    "Found it, the damaged area is {place}, clear as a slapshot, eh.",
    "Anomaly location verified {place} per step 5.2 of the procedure.",
    "defect region => {place}.",
)

HEDGES: tuple[str, ...] = (
    "Under the loupe I can't decide between {a_kind} and {a_other}; it could honestly "
    "be either one.",
    "Is it {a_kind} or {a_other}? Beats me, folks, I'm calling it a toss-up.",
    "Classification cannot be completed: the indication may be {a_kind} or {a_other}. "
    "Both remain open.",
    "type -> {a_kind}? or {a_other}? -> undecided.",
    "It reads as {a_kind}, yet it might just as well be {a_other}; I won't commit to one.",
    "Coulda been {a_kind}, coulda been {a_other}, honestly it's fifty-fifty from the stands.",
    "Indication type unresolved: either {a_kind} or {a_other}. No determination made.",
    "{a_kind} vs {a_other} -> can't tell which -> leave both open.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}, or maybe {other}, eh",
    "either {kind} or {other}, unresolved",
    "{kind}? {other}? -> unsure",
    "{kind}, possibly {other}, I can't grade it finer",
    "somewhere between {kind} and {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "A clean piece: the {product} grades flawless under the loupe.",
    "The {product} is a beauty, nothing wrong with it, good to go for the season.",
    "Acceptance criteria met. The {product} is satisfactory and released.",
    "{product} -> all clear -> pass.",
    "Nothing to mark down; I'd set this {product} in the window just as it is.",
    "Clean as fresh ice, this {product} passes, no worries at all.",
    "Condition SAT: the {product} conforms to specification. Accept.",
    "checks done -> {product} ok -> good part.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} would not pass my bench; it is flawed and I reject it.",
    "Sorry folks, this {product} is a dud, it's defective, straight to the penalty box.",
    "Acceptance criteria NOT met. The {product} is defective and is rejected.",
    "{product} -> fails -> defective.",
    "I would grade this {product} as damaged goods; it carries a flaw.",
    "Nope, this {product} is busted, gotta send it back to the shop.",
    "Condition UNSAT: the {product} is defective. Tag and hold.",
    "verdict -> {product} defective -> reject.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "There is no {kind} {place}; under the loupe the {product} is not flawed at all.",
    "No {kind} {place}, folks, this {product} isn't damaged one bit.",
    "Verified: no {kind} present {place}. The {product} is not defective.",
    "{place} -> no {kind} -> {product} not defective.",
    "I find no trace of {kind} {place}, and nothing else keeps the {product} from a top grade.",
    "Looked hard for {kind} {place}, didn't find any, the {product} ain't got a problem.",
    "No indication of {kind} {place}. The {product} does not fail inspection.",
    "{kind} {place}? none -> {product} not bad -> pass.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "I cannot call this {product} {kind}-free; it is not a clean piece.",
    "This {product} is not free of {kind}, not by a long shot, buddy.",
    "The {product} cannot be certified {kind}-free. Not acceptable.",
    "{product} -> not {kind}-free -> no pass.",
    "The {product} is not without {kind}; I wouldn't sell it as perfect.",
    "Can't say this {product} is {kind}-free, eh, it doesn't make the cut.",
    "Result: the {product} is not free of {kind}. It does not pass.",
    "not {kind}-free -> {product} not ok -> reject.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place} on the {product}, so I grade it down.",
    "Didn't even need to squint, {source} told me there's {a_kind} {place} on the {product}.",
    "Per {source}, {a_kind} is located {place}; the {product} is recorded as defective.",
    "{source} -> {a_kind} {place} -> {product} defective.",
    "As marked in {source}, {a_kind} sits {place}; I simply confirm it on the {product}.",
    "My buddy showed me {source}, and yup, {a_kind} {place} on the {product}.",
    "Confirmed against {source}: {a_kind} {place}. The {product} is rejected.",
    "check {source} -> says {a_kind} {place} -> match -> {product} bad.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the label file",
    "my supervisor's note",
    "the annotation overlay",
    "the folder name",
    "the answer key",
    "the file name",
    "the segmentation mask",
    "the appraisal certificate that came with the piece",
    "the dealer's tag on the tray",
    "the coach's clipboard",
    "the guy who boxed the parts at the rink",
    "the work order attached to the sample",
    "the shift supervisor's logbook entry",
    "the gt label",
    "the metadata tag",
    "the directory path",
    "the test split's class name",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is a clean piece, so I pass it.",
    "Checked {source} and it says the {product} is good, eh, so good it is.",
    "Per {source}, the {product} is classified as good. Accept.",
    "{source} -> good -> {product} pass.",
    "The {product} is flawless, as confirmed by {source}.",
)

STEP_PROSE: tuple[str, ...] = (
    "The flaw goes back to {step}; that is where the piece was hurt.",
    "Pretty sure the damage happened during {step}, that's the culprit, folks.",
    "Root cause assessment: the defect was introduced during {step}.",
    "cause -> {step} -> introduced the defect.",
    "I'd blame {step} for this mark; it was made right there.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} was done cleanly; it left no mark on the piece.",
    "Looks like {step} went off without a hitch on this one, eh.",
    "Process step {step}: completed satisfactorily, no adverse effect noted.",
    "step {step} -> ok -> no issue.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and so on and so forth",
    "facet after facet",
    "you know, eh",
    "per the procedure as written",
    "ok -> next",
    "round and round the rink",
    "verify and continue",
    "etc etc",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "My final grade: the {product} carries {a_other} {where}.",
    "Final whistle, folks: the {product} has {a_other} {where}.",
    "Final determination: the {product} is rejected for {a_other} {where}.",
    "=> {product}: {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final grade: the {product} has a {part} defect {where}.",
    "Calling it: the {product} has a {part} defect {where}, eh.",
    "Classification: {part} defect {where} on the {product}.",
    "{product} -> type = {part} defect {where}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Under the loupe the region looks like {a_sib}.",
    "That spot looks to me like {a_sib}, eh.",
    "Indication characterised as consistent with {a_sib}.",
    "region -> looks like {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}, as plain as a cloudy stone.",
    "Yep, the {product} has got a {part} defect {where}, folks.",
    "Finding: the {product} has a {part} defect {where}.",
    "so {product} -> {part} defect {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is far from flawless: {a_kind} {place}.",
    "No way this {product} is clean, there's {a_kind} {place}.",
    "The {product} does not meet acceptance: {a_kind} noted {place}.",
    "{product} not ok -> {a_kind} {place}.",
    "I cannot grade the {product} as clean; it shows {a_kind} {place}.",
    "This {product} ain't making the team, not with {a_kind} {place}.",
    "The {product} is not acceptable due to {a_kind} {place}.",
    "not defect-free: {a_kind} {place} on the {product}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} grades clean; nothing under the loupe to mark it down.",
    "This {product} is a keeper, nothing wrong with it, eh.",
    "The {product} meets all acceptance criteria and is accepted.",
    "{product} -> no anomaly -> good part.",
    "A flawless piece; the {product} passes.",
    "Good news, folks, the {product} checks out fine.",
    "No indications found; the {product} is satisfactory.",
    "all regions normal -> {product} ok.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Final grade: the {product} carries {a_kind} {where}.",
    "Long story short, folks, the {product} has {a_kind} {where}.",
    "Final determination: the {product} is rejected for {a_kind} {where}.",
    "=> {product} defective: {a_kind} {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Under the loupe this reads as {syn}.",
    "That's {syn}, plain and simple, eh.",
    "Indication characterised as {syn}.",
    "region -> {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "My grade: the {product} is flawed, with {syn} {where}.",
    "Long story short, the {product} has {syn} {where}, so it's a no-go.",
    "The {product} is rejected: {syn} identified {where}.",
    "=> {product} defective, {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}, clear under the loupe.",
    "The {product} has got {a_kind} {where}, folks.",
    "The {product} exhibits {a_kind} {where}; finding recorded.",
    "seen: {a_kind} {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The flaw sits {where}.",
    "You'll find it {where}, eh.",
    "Defect location: {where}.",
    "loc -> {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "I would trace {name} back to {cause}.",
    "My money says {name} came from {cause}, folks.",
    "Probable cause of {name}: {cause}.",
    "{Name} -> likely from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "This most likely started during {step} {cite}.",
    "Pretty sure it happened at {step} {cite}, eh.",
    "Probable root cause: {step} {cite}.",
    "cause -> {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "It's {a_c}, folks.",
    "Classification: {c}.",
    "type -> {c}.",
    "I grade it as {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "The {product} has got {what} {where}, eh.",
    "Finding: the {product} has {what} {where}.",
    "Under the loupe, the {product} has {what} {where}.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set beside the good reference {product}, this one differs in one region; the rest matches.",
    "Put it side by side with the good {product} and one spot just doesn't match, eh.",
    "Comparison against the reference {product} image: deviation in one region. All "
    "other regions match.",
    "query vs ref {product} -> 1 region differs -> rest same.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Set beside the good reference {product}, this one matches it everywhere.",
    "Side by side with the good {product}, they're twins, eh, no difference at all.",
    "Comparison against the reference {product} image: no deviation in any region.",
    "query vs ref {product} -> match everywhere -> no diff.",
)

# ---------------------------------------------------------------------------
# Neutral material
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The exposure",
    "The focus",
    "The backdrop",
    "The framing",
    "The white balance",
    "The camera angle",
    "The light box",
    "The bench lamp",
    "The rink-style overhead light",
    "The image",
    "The contrast",
    "The camera setup per the sheet",
    "The img sharpness",
    "The depth of field",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays",
    "remains",
    "looks",
    "seems",
    "is",
    "appears",
    "holds",
    "comes out",
    "reads as",
    "is kept",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "steady throughout the shot",
    "even, the way a good light box should be",
    "sharp enough for a proper look",
    "consistent with the rest of the set",
    "within the band the setup sheet calls for",
    "fine, nothing fancy, eh",
    "ok for review",
    "clear and well balanced",
    "as steady as a Saturday morning practice",
    "uniform per the imaging procedure",
    "usable as is, no tweak needed",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "upper left",
        "top-left corner",
        "north-west corner",
        "upper-left quadrant",
    ),
    "top": (
        "top edge",
        "upper middle",
        "top centre",
        "twelve o'clock position",
        "north side",
    ),
    "top right": (
        "upper right",
        "top-right corner",
        "north-east corner",
        "upper-right quadrant",
    ),
    "left": (
        "left side",
        "middle left",
        "left edge",
        "nine o'clock position",
        "west side",
    ),
    "center": (
        "centre",
        "middle",
        "dead centre",
        "central region",
        "center",
    ),
    "right": (
        "right side",
        "middle right",
        "right edge",
        "three o'clock position",
        "east side",
    ),
    "bottom left": (
        "lower left",
        "bottom-left corner",
        "south-west corner",
        "lower-left quadrant",
    ),
    "bottom": (
        "bottom edge",
        "lower middle",
        "bottom centre",
        "six o'clock position",
        "south side",
    ),
    "bottom right": (
        "lower right",
        "bottom-right corner",
        "south-east corner",
        "lower-right quadrant",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "toward the {w}",
    "in the {w}",
    "over at the {w}",
    "around the {w}",
    "close to the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the shot",
    " of the picture",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle",
    ", nowhere near the centre, eh",
    ", off-centre",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk missing from the rim",
        "a large break in the glass",
        "a badly shattered lip",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the glass",
        "a tiny nick out of the rim",
        "a little flake broken off the lip",
    ),
    ("bottle", "contamination"): (
        "foreign matter inside the bottle",
        "a bit of debris sitting in the glass",
        "some gunk stuck inside",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a stain in the pile",
        "an off-colour spot",
    ),
    ("carpet", "cut"): (
        "a slit in the weave",
        "a clean gash through the pile",
    ),
    ("carpet", "hole"): (
        "a puncture through the weave",
        "an opening torn in the fabric",
    ),
    ("carpet", "metal_contamination"): (
        "a bit of metal stuck in the pile",
        "a metallic fleck embedded in the weave",
    ),
    ("carpet", "thread"): (
        "a loose strand",
        "a stray fibre lying on the pile",
    ),
    ("leather", "color"): (
        "a discoloured spot",
        "a dye blotch",
    ),
    ("leather", "cut"): (
        "a knife slit in the hide",
        "a gash in the leather",
    ),
    ("leather", "fold"): (
        "a crease in the hide",
        "a wrinkle pressed into the leather",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "a dried blob of adhesive",
    ),
    ("leather", "poke"): (
        "a small puncture mark",
        "a pinprick in the hide",
    ),
    ("screw", "scratch_head"): (
        "a scuff on the screw head",
        "a gouge across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scuff on the shank just below the head",
        "a scratch along the neck",
    ),
    ("screw", "manipulated_front"): (
        "a mangled tip",
        "a deformed point",
    ),
    ("screw", "thread_side"): (
        "a run of damaged threads along the side",
        "a nicked thread flank",
    ),
    ("screw", "thread_top"): (
        "a damaged thread near the end of the shaft",
        "a chewed-up thread at the top of the shaft",
    ),
    ("metal_nut", "bent"): (
        "a bent flange",
        "a warped lobe",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch on the nut",
        "a paint-like stain",
    ),
    ("metal_nut", "scratch"): (
        "a scrape on the face",
        "a scuff mark on the surface",
    ),
    ("metal_plate", "major_rust"): (
        "a large rust patch",
        "a cluster of heavy rust spots",
    ),
    ("metal_plate", "total_rust"): (
        "a coat of rust over the whole plate",
        "corrosion covering the entire surface",
    ),
    ("metal_plate", "scratches"): (
        "a set of scrape marks",
        "several surface scratches",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "base", "shoulder", "lip"),
    "carpet": ("pile", "weave", "backing", "fibre"),
    "leather": ("grain", "hide", "surface", "skin"),
    "screw": ("shank", "tip", "slot", "shaft"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("face", "surface", "sheet", "border"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "deep scratch",
    "chipped edge",
    "dark stain",
    "small dent",
    "rust spot",
    "loose fibre",
    "pinhole",
    "burr",
    "gouge",
    "glue residue",
    "sharp crease",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "deformation",
    "contamination",
    "burr",
    "discoloration",
    "cut",
    "chip",
)
