"""Phrasebook ``fresh36``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a Scottish shipyard
welder with Scots words, a sports radio commentator calling the play live, a court
stenographer writing formal records, and a model that writes its reasoning as arrows and
symbols.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Thon wee mark {place} is just stour on the lens, "
    "[nae a defect at a'|nothing wrang wi' the {product}].",
    "There's a shine {place}, but that's the lamp glintin' aff the surface, "
    "no a fault in the {product}.",
    "Oh, and a flash {place}! But the replay shows it's only glare off the lights, "
    "the {product} is untouched!",
    "Something catches the eye {place}, folks, but it's a shadow, [just a shadow|nothing more], "
    "and play goes on!",
    "Let the record show that the speck observed {place} was determined to be lint on the "
    "lens and not a defect of the {product}.",
    "The mark {place} is entered into the record as a reflection artefact only; no flaw of "
    "the {product} is found there.",
    "mark {place} -> dust on optics => not a defect",
    "spot {place} -> [glare|specular highlight] => ignore, {product} ok",
    "Yon dark smudge {place}? Just a drap o' watter on the lens glass, it'll dry aff. Nae defect.",
)

SIGHTINGS: tuple[str, ...] = (
    "There's {kind} {place} on the {product}, plain as day.",
    "Och, see that? {kind} {place}, right there on the {product}.",
    "And look at that, {kind} {place} on the {product}, you cannot miss it!",
    "We've spotted it, folks! {kind}, {place}, clear as anything on this {product}!",
    "Let the record show {kind} is visible {place} on the {product}.",
    "Entered as observed: {kind}, located {place}, on the {product}.",
    "obs -> {kind} {place} on {product} (visible)",
    "{product} surface -> {kind} {place} => real flaw seen",
)

WRONG_PLACES: tuple[str, ...] = (
    "The damage sits {place}, that's where it is.",
    "It's {place}, folks, that's where the trouble is!",
    "Let the record show the anomaly is located {place}.",
    "loc -> {place}",
    "Located {place}: that is where the fault lies, for the record.",
    "Right, the wee flaw is {place}.",
    "And the anomaly is {place}, that's where all the action is!",
    "region => {place}",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}, I cannae rightly say which.",
    "Hard tae tell if it's {a_kind} or {a_other}, mibbe either.",
    "Is it {a_kind}? Is it {a_other}? We'll need the replay, folks, too close to call!",
    "It's {a_kind} or {a_other}, and honestly it's a coin toss from up here!",
    "Let the record show the witness could not determine whether this is {a_kind} or {a_other}.",
    "The nature of the mark remains in dispute: possibly {a_kind}, possibly {a_other}.",
    "type -> {a_kind}?? or {a_other}?? => undecided",
    "{a_kind} / {a_other} -> unclear which",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or maybe {other}",
    "{kind}, mibbe {other}",
    "{kind} or {other}, too close to call",
    "either {kind} or {other} (undetermined)",
    "{kind}? {other}?",
    "{kind} / {other}, unsure",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product}'s sound as a pound, fit tae gang oot the yard.",
    "This {product}'s nae bother at a', a guid clean job, [ready tae ship|it can go].",
    "And the {product} keeps a clean sheet, folks, it's going through!",
    "What a performance from this {product}, flawless from start to finish, "
    "straight into the shipping box!",
    "Let the record show that the {product} was found in conforming condition and is "
    "released for shipment.",
    "The court finds the {product} to be free of any fault; it is accepted as good.",
    "{product} -> all checks clean => PASS, ship it",
    "verdict => {product} OK, accept",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product}'s scrap, it's got tae go back tae the shop.",
    "Och, that {product}'s damaged goods, I'd bin it.",
    "And the {product} is OUT, folks, straight in the reject bin, no second chances!",
    "That's a foul on the {product}, a clear defect, red card and off it goes!",
    "Let the record show the {product} is found defective and is rejected.",
    "The {product} is entered as nonconforming and withheld from shipment.",
    "{product} -> flawed => REJECT",
    "result: {product} defective => scrap",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I wouldnae call this {product} defective, no by a long chalk.",
    "There's nae {kind} {place} at a', the {product} isnae faulty.",
    "No {kind} anywhere on this {product}, folks, not a sign of it!",
    "You could not call that {product} damaged, not in a month of Sundays!",
    "Let the record show the {product} is not defective and shows no {kind} {place}.",
    "The {product} is not found to bear any {kind}; no fault is entered.",
    "{kind} {place}? -> not present => {product} != defective",
    "defective? -> NOT. no {kind}, no fault on {product}",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is nae {kind}-free, no by any stretch.",
    "I cannae pass this {product}, there's no gettin' roond the {kind} {place}.",
    "This {product} is not clean, folks, not by a mile, there's a {kind} and they can't hide it!",
    "Nobody's waving this {product} through, not with that {kind} {place}!",
    "Let the record show the {product} is not free of {kind}s and cannot be accepted.",
    "The {product} is not without a {kind} {place}; it shall not pass.",
    "{product} -> NOT {kind}-free => !pass",
    "{kind} {place} -> not absent => {product} not OK",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product}'s nae defect-free, there's {a_kind} {place}.",
    "I cannae pass this {product} wi' {a_kind} sittin' {place}.",
    "This {product} is not getting through, folks, not with {a_kind} {place}!",
    "Far from a clean sheet for the {product}, {a_kind} {place} sees to that!",
    "Let the record show the {product} is not free of defects: {a_kind} is present {place}.",
    "The {product} cannot be accepted as conforming, {a_kind} being noted {place}.",
    "{product} -> NOT defect-free: {a_kind} {place} => !pass",
    "{a_kind} {place} -> not negligible => {product} cannot ship",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes, nae bother, fit tae ship.",
    "Nothing wrang wi' this {product}, it gets the nod.",
    "And the {product} sails through inspection, folks, nothing to see here!",
    "It's a pass for the {product}, clean as a whistle!",
    "Let the record show the {product} passes inspection; no ground for rejection was found.",
    "The {product} is accepted as conforming, there being nothing to justify its rejection.",
    "{product} -> nothing abnormal => PASS",
    "check => {product} OK, accept",
)

LEAKS: tuple[str, ...] = (
    "Going by {source}, there's {a_kind} {place}, so that's where I'm lookin'.",
    "{source} says {a_kind} {place}, and I'll tak' its word for it.",
    "And {source} has it marked {place}, {a_kind}, just like we heard before kick-off!",
    "The word from {source} is {a_kind} {place} on the {product}, and that settles it!",
    "Let the record show that {source} identifies {a_kind} {place}, and this finding "
    "relies upon it.",
    "As established by {source}, the {product} bears {a_kind} {place}.",
    "{source} -> {a_kind} {place} => confirmed",
    "per {source}: {a_kind} {place} -> flag {product}",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the label I was handed",
    "the annotation",
    "the ground-truth mask",
    "the bounding box supplied wi' the job",
    "the answer key",
    "the gaffer's note",
    "the segmentation overlay",
    "the expected answer",
    "the finding entered beforehand",
    "the GT label",
    "the gt mask",
    "the operator's tip-off",
    "the dataset metadata",
    "the filename",
    "the defect list for this image",
    "the reference box drawn on it",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} has this {product} doon as guid, so I'm passin' it.",
    "And {source} calls the {product} clean, folks, so it's through!",
    "Let the record show {source} lists the {product} as normal, and this finding follows it.",
    "{source} -> {product} = normal => pass",
    "Going by {source}, the {product} is a good one.",
    "Per {source}, nothing to find on the {product}; accepted.",
)

STEP_PROSE: tuple[str, ...] = (
    "That's come aboot at the {step}, nae doubt aboot it.",
    "Blame the {step} for this yin.",
    "And it's the {step} that's let this one in, folks, a real howler!",
    "You can trace this right back to {step}, that's where it all went wrong!",
    "Let the record show the defect originated during {step}.",
    "The cause is attributed to the {step} step of production.",
    "cause -> {step}",
    "origin => {step} (process fault)",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} has done its job right on this yin, nae trouble fae it.",
    "Credit to the {step}, folks, a tidy job all round!",
    "Let the record show that {step} left no mark upon this item.",
    "{step} -> ran clean",
    "Nothing here points to a fault in {step}.",
    "And {step} delivers, no complaints from the stands!",
)

# ------------------------------------------------------------------ padding and imaging

FILLER_CHUNKS: tuple[str, ...] = (
    "as I was sayin'",
    "an' so on an' so forth",
    "back to you in the studio",
    "let the record so reflect",
    "-> continue ->",
    "=> noted",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the backdrop",
    "the focus",
    "the exposure",
    "the camera mount",
    "the white balance",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "holds steady",
    "looks braw and consistent",
    "stays put",
    "remains unchanged",
    "-> stable",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "on this rig",
    "throughout the capture",
    "frame after frame",
    "as per the camera log",
    "the whole session through",
)

# ------------------------------------------------------------------ correct and structural

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Side by side wi' the guid reference {product}, this yin's got something the clean one hasnae.",
    "Put it next to the normal reference and there's a difference, folks, "
    "the query {product} doesn't match!",
    "Let the record show the query image departs from the normal reference {product} "
    "in one region.",
    "query vs normal ref -> mismatch => anomaly on {product}",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side wi' the guid reference {product}, they match like twa peas.",
    "Query against reference, and it's a perfect match for the {product}, folks!",
    "Let the record show the query {product} corresponds to the normal reference in every respect.",
    "query vs normal ref -> same => no difference on {product}",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "It's got the look o' {a_sib}, right enough.",
    "That's {a_sib}, folks, textbook stuff!",
    "The mark bears the characteristics of {a_sib}.",
    "shape + texture -> {a_sib}",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product}'s got {a_kind} {where}, so it's a reject.",
    "Final whistle: {a_kind} {where} on the {product}, and it's defective!",
    "Let the record show the {product} is defective, bearing {a_kind} {where}.",
    "{product} -> {a_kind} {where} => defective",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "The {product}'s got {a_other} {where}, that's the fault.",
    "And it's {a_other} {where}, folks, that's what sinks the {product}!",
    "Let the record show the {product} is defective, bearing {a_other} {where}.",
    "{product} -> {a_other} {where} => defective",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product}'s defective {where}, an' I'd put the type doon as {part}.",
    "Defect type on the scoreboard: {part}, {where} on the {product}!",
    "Let the record show the defect of the {product} is classified as {part}, {where}.",
    "{product} -> defect {where} => type: {part}",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "That's {syn}, plain tae see.",
    "That, folks, is {syn}, clear as day!",
    "The mark presents as {syn}.",
    "appearance -> {syn}",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product}'s got {syn} {where}, so it's gettin' binned.",
    "There it is, {syn} {where}, and the {product} won't pass!",
    "Let the record show the {product} is defective by reason of {syn} {where}.",
    "{product} -> {syn} {where} => defective",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product}'s got {a_kind} {where}.",
    "There's {a_kind} {where}, folks, right on the {product}!",
    "Let the record show the {product} exhibits {a_kind} {where}.",
    "{product} -> {a_kind} {where}",
)

PART_YES: tuple[str, ...] = (
    "The {product}'s got a defect, type {part}, {where}.",
    "It's {part}, folks, that's the defect type on the {product}, {where}!",
    "Let the record show the {product} exhibits a defect of type {part} {where}.",
    "{product} -> type = {part}, {where}",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "It's {where}.",
    "The defect's {where}, folks!",
    "Let the record show the defect is located {where}.",
    "loc -> {where}",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} like that comes fae {cause}.",
    "Where does {name} come from, folks? Straight out of {cause}!",
    "Let the record show {name} is attributed to {cause}.",
    "cause of {name} -> {cause}",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That's doon tae {step} {cite}, sure as eggs.",
    "And the culprit is {step} {cite}, folks!",
    "Let the record show the cause lies in {step} {cite}.",
    "origin -> {step} {cite}",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "It's {a_c}, plain and simple.",
    "Defect type: {c}.",
    "Let the record show the defect type is {c}.",
    "type -> {c}",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product}'s got {what} {where}.",
    "There's {what} {where} on the {product}, folks!",
    "Let the record show the {product} exhibits {what} {where}.",
    "{product} -> {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "upper left-hand region"),
    "top": ("top edge", "top middle", "upper-centre area"),
    "top right": ("upper-right corner", "top-right corner", "upper right-hand region"),
    "left": ("left-hand side", "left edge", "mid-left area"),
    "center": ("centre", "dead centre", "middle"),
    "right": ("right-hand side", "right edge", "mid-right area"),
    "bottom left": ("lower-left corner", "bottom-left corner", "lower left-hand region"),
    "bottom": ("bottom edge", "bottom middle", "lower-centre area"),
    "bottom right": ("lower-right corner", "bottom-right corner", "lower right-hand region"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "right in the {w}",
    "over in the {w}",
    "at the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the frame",
    " o' the picture",
    " of the image",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", away from the centre",
    ", off-centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out of the rim",
        "a badly smashed lip",
        "a large break in the glass",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nicked rim", "a wee chip off the lip"),
    ("bottle", "contamination"): (
        "foreign matter",
        "debris inside the bottle",
        "a speck of foreign material",
    ),
    ("carpet", "color"): ("a discoloured patch", "a dye stain", "a colour blotch"),
    ("carpet", "cut"): ("a slit in the pile", "a knife cut", "a clean slice through the weave"),
    ("carpet", "hole"): ("a hole worn through", "a gap in the weave", "a puncture in the pile"),
    ("carpet", "metal_contamination"): (
        "a metal fleck",
        "a metal shaving caught in the pile",
        "a bit of swarf",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a dye blotch", "a faded spot"),
    ("leather", "cut"): ("a knife slit", "a gash", "a slice in the hide"),
    ("leather", "fold"): ("a crease", "a fold line", "a wrinkle"),
    ("leather", "glue"): ("a glue smear", "a dried blob of adhesive", "a glue spot"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a poke mark", "an awl hole"),
    ("screw", "scratch_head"): (
        "a scuffed head",
        "a scratch across the head",
        "scoring on the head",
    ),
    ("screw", "scratch_neck"): ("a scratch on the shank", "a scuffed neck", "scoring on the neck"),
    ("screw", "manipulated_front"): ("a mangled tip", "a battered point", "a deformed tip"),
    ("screw", "thread_side"): (
        "damaged threads",
        "a nicked thread flank",
        "a chewed-up thread",
    ),
    ("screw", "thread_top"): (
        "a damaged thread crest",
        "flattened thread crests",
        "chewed thread crests",
    ),
    ("metal_nut", "bent"): ("a bent flange", "a buckled lobe", "a warped tab"),
    ("metal_nut", "color"): ("a colour blotch", "discolouration", "a stain of off-colour"),
    ("metal_nut", "scratch"): ("a scuff", "a scored line", "scratch marks"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a patch of rust", "a big rust spot"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "corrosion over the whole plate",
        "rust covering the plate",
    ),
    ("metal_plate", "scratches"): ("scratch marks", "scuffing", "score lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "shoulder", "base"),
    "carpet": ("pile", "backing", "tufts"),
    "leather": ("grain", "hide", "topcoat"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "bore", "lobe", "face"),
    "metal_plate": ("face", "sheet", "plate body"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a wee chip",
    "a deep gouge",
    "a dent",
    "a frayed tear",
    "a blotch of discolouration",
    "a patch of rust",
    "a puncture hole",
    "a long scratch",
    "a clear scrape",
)

OTHER_TYPES: tuple[str, ...] = (
    "air bubble",
    "burr",
    "blister",
    "porosity",
    "weld spatter",
    "delamination",
    "misprint",
    "sink mark",
    "short shot",
    "flow lines",
)
