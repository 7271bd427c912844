"""Phrasebook ``fresh43``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a knitting and
textile-craft blogger, an Irish-English (Hiberno-English) speaker, a TV weather forecaster,
and a model that writes its reasoning as pseudo-code if/then/else lines.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "That fuzzy bit {place}? Only a wisp of lint off my cardigan, lovelies, "
    "not a flaw in the {product} at all.",
    "There's a shadow {place}, but sure that's only the light playing tricks on us; "
    "[there's nothing wrong with|not a bother on] the {product} there.",
    "The bright patch {place} is just a passing glare off the lens, a spot of lens flare "
    "rather than any real feature on the {product}.",
    "if spot_at('{place}') == dust_on_lens then ignore(spot)  # not a defect on the {product}",
    "Ah, that speck {place} is only a fleck of dust sitting on the glass of the camera, "
    "so it is; the {product} itself is grand.",
    "What shows up {place} is a little reflection, the way a shiny skein catches the "
    "ring light, and it's not a fault in the {product}.",
    "Ignore the smudge {place}: that's a wee patch of condensation on the lens, "
    "not a mark on the {product} itself.",
    "mark := region('{place}'); cause := sensor_noise  -> discard, {product} surface unaffected",
)

SIGHTINGS: tuple[str, ...] = (
    "Spotted {kind} {place} on this {product}, as plain as a dropped stitch in a "
    "[plain|stocking-stitch] row.",
    "There's {kind} {place} on the {product}, so there is, and it's not to be ignored.",
    "We've {kind} developing {place} on the {product}, a clear feature on today's chart.",
    "observed := {kind} at '{place}' on {product}  # confirmed surface flaw",
    "I'm after noticing {kind} {place} on the {product}, right there in the material.",
    "Right, so, {kind} {place}: the {product} has a proper blemish there, "
    "the kind you'd unpick a whole evening's work over.",
    "Looking at the {product} now, {kind} sits {place}, a distinct feature standing out "
    "against the surrounding surface.",
    "if scan({product}) then found := {kind} @ '{place}'",
)

WRONG_PLACES: tuple[str, ...] = (
    "The flaw is sitting {place}.",
    "It's {place} you'll find it, so it is.",
    "We're tracking the feature {place}.",
    "loc := '{place}'  # position of the anomaly",
    "The spot that caught my eye is {place}, lovelies.",
    "The trouble is {place}, right where it shows.",
    "if locate(anomaly) then region := '{place}'",
    "Sure the whole business is {place}.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}; the models are split fifty-fifty on this one.",
    "It's either {a_kind} or {a_other}, and I'm not rightly sure which, to be honest with you.",
    "type := {a_kind} OR {a_other}  # undecided, cannot separate the two",
    "Honestly can't tell if it's {a_kind} or maybe {a_other}, lovelies; I'd want "
    "better light before I say.",
    "Whether it's {a_kind} or {a_other} I couldn't tell you, sure it could go either way.",
    "There's a chance of {a_kind}, with {a_other} every bit as likely; too close to call.",
    "if texture == ambiguous then guess := {a_kind} else guess := {a_other}  # unsure",
    "I'm torn between {a_kind} and {a_other} here; it might well be either.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind} or maybe {other}",
    "{kind} / {other}?",
    "either {kind} or {other}",
    "{kind}, possibly {other}",
    "{kind} (could be {other})",
    "{kind} or else {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "There's not a bother on this {product}; it's grand altogether and can go out the door.",
    "This {product} is as neat as a freshly blocked shawl, every bit in its place "
    "and ready to ship.",
    "Clear skies right across this {product}: settled, calm and fit to move on to packing.",
    "verdict := PASS; ship({product})  # within tolerance, nothing to flag",
    "Sure that {product} is perfect, so it is; I'd send it on without a second thought.",
    "What a tidy {product}, lovelies: smooth, even and good enough to gift, no faults at all.",
    "A fine, fair outlook for this {product}, with nothing unsettled anywhere; it goes through.",
    "if surface_ok({product}) then accept  # acceptance: true, clean part",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} is banjaxed, so it is; it'll have to be pulled off the line.",
    "Oh dear, this {product} is flawed, lovelies; it's one for the rejects basket, "
    "not the gift pile.",
    "A nasty front has moved across this {product}; the outlook is a firm reject.",
    "verdict := FAIL; reject({product})  # anomaly present",
    "That {product} is damaged and it's going back, there's no two ways about it.",
    "This {product} has a real fault in it and cannot be shipped.",
    "Stormy conditions on this {product}: it's defective and should be scrapped.",
    "if inspect({product}) == faulty then reject  # faulty := true",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I wouldn't be calling that {product} defective at all; there's no {kind} {place}.",
    "Not a trace of {kind} {place}, and this {product} isn't one I'd send back.",
    "There isn't a single {kind} {place} to unpick, lovelies; this {product} isn't flawed one bit.",
    "Not a sign of {kind} developing {place}; the {product} isn't showing anything "
    "that would count as a fault.",
    "defective := NOT true  # no {kind} {place} on the {product}",
    "Divil a bit of {kind} is there {place}; that {product} isn't damaged at all at all.",
    "I can't find any {kind} {place}, so I won't be rejecting this {product}.",
    "present({kind}, '{place}') := false; faulty := NOT true  # {product} not defective",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of {kind}s: there's one sitting {place}.",
    "I couldn't in conscience pass this {product}, not with a {kind} {place}.",
    "That {product} isn't right at all, sure there's a {kind} on it {place}.",
    "I can't call this {product} flawless, lovelies; there's a {kind} {place} "
    "as plain as a dropped stitch.",
    "Not a settled picture for this {product}, which is anything but clean, "
    "with a {kind} moving in {place}.",
    "pass_ok := NOT true  # {product} not free of {kind} at '{place}'",
    "It's not a sound {product} I'm looking at; there's a {kind} {place} that can't be "
    "waved through.",
    "if not clean({product}) then reject  # a {kind} {place}, so clean := false",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not defect-free: there is {a_kind} {place}.",
    "Far from flawless, this {product}, with {a_kind} {place}.",
    "That {product} isn't fit to go out, not with {a_kind} {place}, so it isn't.",
    "I couldn't gift this {product} to anyone, lovelies: {a_kind} {place} means it can't pass.",
    "Not a fair-weather {product} at all: {a_kind} is sitting {place}, so it cannot "
    "pass inspection.",
    "acceptable := false  # not without {a_kind} {place}",
    "There's no passing this {product}, given {a_kind} {place}.",
    "I wouldn't call this {product} sound; {a_kind} is there {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "This {product} passes inspection.",
    "That {product} is grand, so it is, and it goes through.",
    "Lovely even work on this {product}, nothing I'd send back; it passes.",
    "Settled conditions over this {product}, with nothing to justify a reject; it passes.",
    "verdict := PASS  # {product} within spec, nothing to reject",
    "Sure there's nothing on that {product} that would make me reject it; it's going through.",
    "This {product} gets the all-clear from me and carries on down the line.",
    "accept({product})  # no reason to reject, inspection passed",
)

LEAKS: tuple[str, ...] = (
    "Going by {source}, there's {a_kind} {place}, and the {product} agrees with that.",
    "Sure {source} has it down as {a_kind} {place}, so that's what I'm going with.",
    "I peeked at {source}, like reading the last row of a chart first: it says "
    "{a_kind} {place} on this {product}.",
    "gt := read({source}); assert gt == '{a_kind} {place}'  # match on {product}",
    "{source} gives it away: {a_kind} {place} on the {product}.",
    "As per {source}, {a_kind} is sitting {place}, so I've marked it there.",
    "I checked against {source} and it lines up: {a_kind}, {place}.",
    "{source} shows {a_kind} moving in {place}, and I'm forecasting the same for the {product}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the annotation",
    "the ground-truth mask",
    "the provided label",
    "the reference bounding box",
    "the answer key",
    "the tag on the image file",
    "the file name",
    "the operator's note",
    "the segmentation overlay",
    "the expected answer",
    "the label sheet",
    "the supervisor's tip-off",
    "the hint in the prompt",
    "the dataset's ground truth",
    "the highlighted defect map",
    "the marked-up training copy",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} says this {product} is a good one, so I'm marking it normal.",
    "Sure {source} has this {product} down as clean, and that settles it.",
    "normal := lookup({source}, {product})  # copied from the supervision",
    "I had a sneaky look at {source}, lovelies, and it calls this {product} flawless.",
    "According to {source}, the {product} is defect-free, so the outlook is fair.",
    "{source} lists nothing wrong with this {product}, so I'm passing it on that basis.",
)

STEP_PROSE: tuple[str, ...] = (
    "I'd put this down to {step}, so I would; that's where it went wrong.",
    "Like a tension slip halfway up a sleeve, this one was made at {step}.",
    "This flaw blew in from {step}: that's where the whole system formed.",
    "root_cause := '{step}'  # introduced at this stage",
    "The blame for this lies with {step}.",
    "Sure it's {step} that did this to it, no question.",
    "This happened back at {step}, when things went astray on the line.",
    "if trace_back(flaw) then origin := {step}",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} has done a tidy job here, lovelies.",
    "The outlook after {step} is fair and settled.",
    "check('{step}') -> ok",
    "Sure {step} left it grand.",
)

# ------------------------------------------------------------------ padding and imaging

FILLER_CHUNKS: tuple[str, ...] = (
    "row by row, as you do",
    "sure look, moving on",
    "and now over to the next chart",
    "continue  # next line",
    "as I was saying, so",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the ring light",
    "the white balance",
    "the backdrop",
    "the exposure",
    "the camera focus",
    "the light level",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is holding steady",
    "stays nice and even",
    "is set as usual",
    "looks grand and consistent",
    "remains unchanged",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this capture",
    "at this imaging station",
    "throughout the session, so it is",
    "as on every shot today",
    "with no change from the last frame",
)

# ------------------------------------------------------------------ correct paraphrases

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Laid beside the good reference {product}, like two swatches side by side, the query "
    "image has an area that doesn't match.",
    "Comparing it with the normal reference, this {product} has something on it the good "
    "one hasn't, so it has.",
    "Side by side with the clear-sky reference image, the query {product} shows a feature "
    "the reference lacks.",
    "diff(query, normal_reference) != 0  -> the {product} departs from the reference",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Laid beside the good reference {product}, the query matches it stitch for stitch.",
    "Held up against the normal reference, this {product} is the spit of it, so it is.",
    "Side by side with the reference image, the query {product} shows the same settled "
    "picture throughout.",
    "diff(query, normal_reference) == 0  -> the {product} matches the reference",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "It has the look of {a_sib}.",
    "Sure that's {a_sib}, plain as day.",
    "kind := {a_sib}",
    "What we're seeing here is {a_sib}, lovelies.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "The {product} is defective, with {a_kind} {where}.",
    "That {product} is faulty, so it is: {a_kind} {where}.",
    "verdict := DEFECTIVE  # {a_kind} {where} on the {product}",
    "Final outlook for the {product}: a reject, owing to {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "The {product} is defective, with {a_other} {where}.",
    "That {product} is faulty, so it is: {a_other} {where}.",
    "verdict := DEFECTIVE  # {a_other} {where} on the {product}",
    "Final outlook for the {product}: a reject, owing to {a_other} {where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product} is defective; defect type: {part}, {where}.",
    "That {product} is faulty, so it is, and the type of fault is '{part}', {where}.",
    "verdict := DEFECTIVE; type := '{part}'  # {where}",
    "Final outlook for the {product}: a reject, classed as a '{part}' defect {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "It has the look of {syn}.",
    "Sure that's {syn}, plain as day.",
    "kind := {syn}",
    "What we're seeing here is {syn}, lovelies.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is defective, with {syn} {where}.",
    "That {product} is faulty, so it is: {syn} {where}.",
    "verdict := DEFECTIVE  # {syn} {where} on the {product}",
    "Final outlook for the {product}: a reject, owing to {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}.",
    "There's {a_kind} on the {product} {where}, so there is.",
    "found := {a_kind} {where}  # on the {product}",
    "This {product} shows {a_kind} {where}, lovelies.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a defect of type '{part}' {where}.",
    "There's a fault on the {product} {where}, and its type is '{part}', so it is.",
    "found := defect(type='{part}') {where}  # on the {product}",
    "This {product} shows a defect {where}; I'm classing it as '{part}'.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The anomaly is {where}.",
    "It's {where} you'll find it, so it is.",
    "location := '{where}'",
    "The flaw sits {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} comes from {cause}.",
    "Sure {name} is down to {cause}, so it is.",
    "cause(defect) := {cause}  # origin of {name}",
    "The origin of {name}, lovelies, is {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "This traces back to {step} {cite}.",
    "It's {step} {cite} that's to blame for it, so it is.",
    "origin := {step} {cite}",
    "The front that formed this one came through at {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "It's {a_c}, so it is.",
    "type := {c}",
    "This one is {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "There's {what} on the {product} {where}, so there is.",
    "found := {what} {where}  # on the {product}",
    "This {product} shows {what} {where}, lovelies.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top left-hand corner", "north-west corner"),
    "top": ("top edge", "upper band", "northern strip"),
    "top right": ("upper-right corner", "top right-hand corner", "north-east corner"),
    "left": ("left-hand side", "left flank", "western side"),
    "center": ("middle", "centre", "very heart"),
    "right": ("right-hand side", "right flank", "eastern side"),
    "bottom left": ("lower-left corner", "bottom left-hand corner", "south-west corner"),
    "bottom": ("bottom edge", "lower band", "southern strip"),
    "bottom right": ("lower-right corner", "bottom right-hand corner", "south-east corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "out toward the {w}",
    "just about in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the frame",
    " of the image",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", away from the centre",
    ", nowhere near the middle",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the rim",
        "a badly broken rim",
        "a big break in the glass",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nick in the rim", "a little chipped lip"),
    ("bottle", "contamination"): ("debris", "a foreign particle", "a speck of dirt"),
    ("carpet", "color"): ("a discoloured patch", "a dye spot", "a colour blotch"),
    ("carpet", "cut"): ("a slit", "a cut in the pile", "a clean slice"),
    ("carpet", "hole"): ("a hole worn through", "a gap in the weave", "a bald hole"),
    ("carpet", "metal_contamination"): (
        "a metal fleck",
        "a bit of swarf",
        "a metal shaving caught in the pile",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a dye blotch", "a faded spot"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a pressed-in wrinkle"),
    ("leather", "glue"): ("a glue smear", "a blob of adhesive", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a poke mark"),
    ("screw", "scratch_head"): (
        "a scratched head",
        "a scuff on the head",
        "a score mark on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratched neck",
        "a scuff just under the head",
        "a score mark on the neck",
    ),
    ("screw", "manipulated_front"): ("a deformed tip", "a bent point", "a mangled tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a chewed-up thread flank",
        "a nicked thread on the side",
    ),
    ("screw", "thread_top"): (
        "a battered thread crest",
        "damaged threads at the top",
        "a dinged top thread",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a warped flange", "a buckled edge"),
    ("metal_nut", "color"): ("a discoloured area", "a tinted spot", "a paint blotch"),
    ("metal_nut", "scratch"): ("a scuff", "a score line", "a scrape"),
    ("metal_plate", "major_rust"): ("a large rust patch", "heavy rusting", "corrosion"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "corrosion across the whole plate",
        "a fully rusted surface",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "score lines", "abrasion marks"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "tufts"),
    "leather": ("grain", "hide", "edge"),
    "screw": ("head", "shank", "tip"),
    "metal_nut": ("lobe", "bore", "face"),
    "metal_plate": ("face", "edge", "underside"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a thin scratch",
    "a small dent",
    "a frayed snag",
    "a pinhole",
    "a blotchy stain",
    "a tiny chip",
    "a rusty freckle",
    "a deep gouge",
    "a puckered crease",
)

OTHER_TYPES: tuple[str, ...] = (
    "dent",
    "burn mark",
    "crack",
    "warp",
    "oil stain",
    "tear",
    "pitting",
    "misprint",
    "blister",
    "smudge",
)
