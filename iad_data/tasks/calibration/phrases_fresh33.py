"""Phrasebook ``fresh33``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a beekeeper writing a
hive-inspection diary, a space flight controller calling go/no-go on the loop, a Texan
cattle rancher, and a model that writes its reasoning as terse key=value pairs in prose.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Spotted a [dark |]speck {place}, but that's only dust sittin' on the lens, "
    "not a defect on the {product}.",
    "Copy, that bright blip {place} is just glare off the lamps; disregard, "
    "it is not an anomaly on the {product}.",
    "Diary: a little fleck {place} turned out to be pollen on the camera glass, "
    "nothing wrong with the {product} itself.",
    "That mark {place}? Shoot, that's nothin' but a shadow, ain't a lick wrong with the {product}.",
    "mark {place}: cause=reflection; on_part=false; defect=false; ignore=true.",
    "Say again on that streak {place}... confirmed lighting artefact, not part "
    "of the {product}, [scratch that from the log|disregard].",
    "The shiny patch {place} is just the lamp bouncin' off it like sun off a "
    "stock tank; the {product} is sound.",
    "Smudge noted {place}, but it wipes off the lens, not the {product}, so it "
    "goes in the diary as a dirty lens and nothing more.",
)

SIGHTINGS: tuple[str, ...] = (
    "Found {kind} {place} on the {product}.",
    "Copy, we have visual on {kind} {place} of the {product}.",
    "Diary: {kind} {place} on this {product}, plain to see once the smoke cleared.",
    "obs={kind}; loc: {place}; item={product}.",
    "Well I'll be, there's {kind} {place} on that {product}.",
    "Got eyes on {kind} {place}, FLIGHT, on the {product}.",
    "Marked it down: {kind} {place}, same as a spotty brood pattern on a frame.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The anomaly sits {place}.",
    "Copy, localising the anomaly {place}.",
    "Diary: the trouble is {place}.",
    "where={place}",
    "She's {place}, partner, that's where the mischief is.",
    "Located it {place}, [roger|copy that].",
    "Tracked the flaw down {place}, like finding the queen on a crowded frame.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}; I'll check again next visit.",
    "Can't rightly say if that's {a_kind} or {a_other}.",
    "Say again, GNC: is that {a_kind} or {a_other}? Can't call it from here.",
    "type={a_kind} or {a_other}; decided=false.",
    "Either {a_kind} or {a_other}, [hard to tell which|I can't pick between 'em].",
    "Might be {a_kind}; might just as well be {a_other}.",
    "Torn between {a_kind} and {a_other}, like telling a drone from a worker at dusk.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}?",
    "maybe {kind}, maybe {other}",
    "{kind} (or {other})",
    "either {kind} or {other}",
    "{kind} vs {other}, unsure",
)

FLIPPED_YES: tuple[str, ...] = (
    "This {product} is GO for shipment, all systems nominal.",
    "Good to go, this {product}; ship it.",
    "Diary: the {product} is healthy as a strong colony, fit for market.",
    "verdict=pass; ship=true; item={product}.",
    "That {product}'s sound as a dollar, load her on the truck.",
    "FLIGHT, the {product} checks out clean, go for release.",
    "Put the {product} in the keeper pile; she'll sell just fine.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} is a NO-GO, scrub it from the line.",
    "Diary: pulled this {product} like a bad frame, marked for culling.",
    "verdict=fail; reject=true; item={product}.",
    "That {product} is sorry as a three-legged mule, cull it.",
    "Call it: the {product} fails inspection, reject.",
    "FLIGHT, we have an off-nominal {product}; recommend reject.",
    "Send the {product} to the scrap heap, it's defective.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "Ain't no {kind} {place} that'd make me cull this {product}.",
    "Negative on the {kind}, FLIGHT: nothing off-nominal {place}, the {product} is not a no-go.",
    "Diary: I won't write this {product} up; the {kind} I half expected {place} isn't there.",
    "defective=false; {kind}=absent {place}; reject=not warranted.",
    "I can't in good conscience call this {product} bad; there's no {kind} {place}.",
    "Not a thing wrong with this {product}, not even {place} where I went lookin' for any {kind}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} ain't fit to sell, not with that {kind} {place}.",
    "Can't give a GO on this {product}; it is not nominal {place}.",
    "Not a clean comb: this {product} is not without a {kind} {place}.",
    "defect_free=false; this {product} is not passable.",
    "I would not let this {product} leave the barn, it's no good {place}.",
    "Far from flawless, this {product}; I can't pass it.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Can't call this {product} nominal: {a_kind} {place}, so that's a NO-GO.",
    "This {product} ain't no keeper, not with {a_kind} sittin' {place}.",
    "Not a clean frame by any stretch; {a_kind} {place} means this {product} does not pass.",
    "defect_free=false; {product} not passable; found={a_kind} {place}.",
    "I could not in good faith ship this {product}, there's {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "Copy, this {product} is GO for shipping, nothing to reject.",
    "Clean as a whistle, this {product} passes muster.",
    "Diary: {product} checked over frame by frame, healthy throughout, passes inspection.",
    "verdict=pass; {product}=normal; reject=none.",
    "Nothing on this {product} that'd give a man cause to cull it.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there's {a_kind} {place}, so I'll mark this {product} accordingly.",
    "Copy, {source} calls out {a_kind} {place}; going with that.",
    "Diary: checked {source} before I looked, it said {a_kind} {place}, and so it is.",
    "src={source}; says {a_kind} {place}; trusting src.",
    "Well, {source} done told me there's {a_kind} {place} on this {product}.",
    "Going by {source}, the {product} has {a_kind} {place}, roger.",
    "Per {source}: {a_kind}, {place}. Confirming on that basis.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the label",
    "the annotation",
    "the ground-truth mask",
    "the reference box",
    "the operator's tip-off",
    "the answer key",
    "the tag on the file",
    "the bounding box I was handed",
    "the expected answer",
    "the foreman's say-so",
    "the segmentation overlay",
    "the supplied verdict",
    "the hint in the instructions",
    "the filename",
    "the grader's crib sheet",
    "the pixel mask",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, this {product} is a good one, so that settles it.",
    "Copy, {source} flags nothing on this {product}; calling it clean on that basis.",
    "src={source}; status=normal; following src.",
    "Diary: peeked at {source}, no trouble flagged for this {product}.",
    "Well, {source} says this {product} is fine, and I ain't one to argue.",
    "Per {source}, the {product} is normal, roger.",
)

STEP_PROSE: tuple[str, ...] = (
    "I'd bet the ranch {step} is what done this.",
    "Root cause, FLIGHT: {step}. That's where this anomaly came from.",
    "Diary: blame {step}, that's where this trouble started.",
    "cause={step}; confidence=high.",
    "Traces straight back to {step}, plain as day.",
    "This flaw came in at {step}, no two ways about it.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "Whatever {step} did to this one, it did proper.",
    "Nominal out of {step}, nothing to flag.",
    "{step} turned her out clean, like a fresh-drawn comb.",
    "upstream={step}; effect=none.",
    "Looks like {step} done its job on this one.",
    "Copy, {step} shows no sign of trouble on this unit.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "copy all, standing by",
    "smoker's lit and the girls are calm",
    "status=holding",
    "well, tell you what",
    "loop is quiet",
    "step=next",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the exposure",
    "the backdrop",
    "the camera mount",
    "the white balance",
    "the focus",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "holds steady",
    "stays even",
    "reads consistent",
    "is dialled in",
    "sits plumb",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "all through the pass",
    "like a calm morning at the apiary",
    "on this here rig",
    "per the camera log",
)

# ------------------------------------------------------------------ correct tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Copy, held the query {product} against the known-good reference image; they "
    "don't match, the query shows something the reference lacks.",
    "Laid this {product} next to the good one in the reference photo, like comparing "
    "two brood frames: the reference is clean, this one ain't.",
    "ref=normal {product}; query vs ref: match=false; the query departs from the reference.",
    "Next to the reference picture of a sound {product}, the query has a difference "
    "the good one doesn't.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Next to the reference image of a sound {product}, the query lines up with no differences.",
    "ref=good {product}; query vs ref: match=true; delta=none.",
    "Roger, query and reference read the same, a clean match.",
    "Laid her beside the good {product} in the reference picture and they're like "
    "two peas in a pod.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "That's {a_sib}, sure as shootin'.",
    "Characterising as {a_sib}, copy.",
    "Diary: the mark is {a_sib}, no mistaking it.",
    "character={a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Final call: NO-GO on this {product}, {a_kind} {where}.",
    "This {product}'s got {a_kind} {where}, and that's a cull.",
    "Entry closed: {product} defective, {a_kind} found {where}.",
    "verdict=defective; type={a_kind}; where={where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final call: NO-GO on this {product}, {a_other} {where}.",
    "This {product}'s got {a_other} {where}, and that's a cull.",
    "Entry closed: {product} defective, {a_other} found {where}.",
    "verdict=defective; type={a_other}; where={where}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final call: NO-GO on this {product}, defect type {part}, {where}.",
    "I'm callin' the type {part}: this {product} has a {part} defect {where}.",
    "Entry closed: {product} defective, kind of defect: {part}, {where}.",
    "verdict=defective; type={part}; where={where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "It's {syn}, clear as day.",
    "char={syn}.",
    "Diary: {syn} on this one, no mistaking it.",
    "Copy, characterising as {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Final call: NO-GO, {syn} on the {product}, {where}.",
    "This {product}'s got {syn} {where}, and that's a cull.",
    "Entry closed: {product} defective with {syn} {where}.",
    "verdict=defective; finding={syn}; where={where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "This {product} has got {a_kind} {where}.",
    "Copy, {a_kind} on the {product}, {where}; that's a NO-GO.",
    "found={a_kind}; loc: {where}; {product} fails.",
    "Diary: {a_kind} {where} on this {product}.",
)

PART_YES: tuple[str, ...] = (
    "This {product} has got a {part} defect {where}.",
    "Copy, {part} defect on the {product}, {where}; type {part}.",
    "type={part}; loc: {where}; {product} fails.",
    "Diary: a {part} defect {where} on this {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect sits {where}.",
    "Roger, the anomaly is located {where}.",
    "Found it {where}, partner.",
    "location: {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} comes straight outta {cause}, no two ways about it.",
    "Copy, {name} traces to {cause}.",
    "Diary: {Name}, caused at {cause}.",
    "cause_of {name} = {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That traces back to {step} {cite}.",
    "Root cause, FLIGHT: {step} {cite}.",
    "cause={step} {cite}.",
    "Diary: the fault began at {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Copy, classifying as {c}.",
    "type={c}.",
    "That there's {a_c}, plain as day.",
)

FIRST_TURN: tuple[str, ...] = (
    "This {product} shows {what} {where}.",
    "Copy, we have {what} on the {product}, {where}.",
    "Diary: {what} {where} on today's {product}.",
    "finding={what}; loc: {where}; item={product}.",
    "Got {what} {where} on this {product}, sure as sunrise.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "northwest corner"),
    "top": ("top middle", "upper middle", "middle of the top edge"),
    "top right": ("upper-right corner", "top-right corner", "northeast corner"),
    "left": ("left-hand side", "middle of the left edge", "west side"),
    "center": ("dead center", "middle", "center"),
    "right": ("right-hand side", "middle of the right edge", "east side"),
    "bottom left": ("lower-left corner", "bottom-left corner", "southwest corner"),
    "bottom": ("bottom middle", "lower middle", "middle of the bottom edge"),
    "bottom right": ("lower-right corner", "bottom-right corner", "southeast corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "at the {w}",
    "over in the {w}",
    "toward the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the shot",
    " of the picture",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off-center",
    ", nowhere near dead center",
    ", away from the center",
    ", off toward the border",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big broken-out chunk",
        "a badly busted rim",
        "a large break in the glass",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nicked rim", "a little chipped spot"),
    ("bottle", "contamination"): ("foreign matter", "debris", "a dirty speck"),
    ("carpet", "color"): ("a discoloured patch", "a stain", "an off-colour spot"),
    ("carpet", "cut"): ("a slit", "a gash", "a knife slice"),
    ("carpet", "hole"): ("a puncture", "a gap in the weave", "a worn-through spot"),
    ("carpet", "metal_contamination"): ("a metal shard", "a bit of wire", "a metal fleck"),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured blotch", "an off-shade patch", "a colour stain"),
    ("leather", "cut"): ("a slash", "a slit", "a knife nick"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a folded-over ridge"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried-glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick", "a poke hole"),
    ("screw", "scratch_head"): ("a scuffed head", "a scraped head", "a scored screw head"),
    ("screw", "scratch_neck"): ("a scuffed neck", "a scraped neck", "a scored neck"),
    ("screw", "manipulated_front"): ("a mangled tip", "a bent-over point", "a damaged tip"),
    ("screw", "thread_side"): (
        "damaged side threads",
        "a chewed-up thread flank",
        "a dinged thread along the shank",
    ),
    ("screw", "thread_top"): (
        "damaged top threads",
        "a stripped thread at the top",
        "a dinged upper thread",
    ),
    ("metal_nut", "bent"): ("a bent tab", "a bent-out prong", "a deformed lobe"),
    ("metal_nut", "color"): ("a discoloured patch", "a colour stain", "an off-colour spot"),
    ("metal_nut", "scratch"): ("a scrape", "a scuff mark", "a scored line"),
    ("metal_plate", "major_rust"): ("heavy rust", "a rusty patch", "corrosion"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "complete corrosion",
        "rust from end to end",
    ),
    ("metal_plate", "scratches"): ("scrapes", "scuff marks", "score lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "shoulder", "base", "mouth"),
    "carpet": ("pile", "backing", "tuft"),
    "leather": ("grain", "hide", "backing"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("tab", "bore", "face", "lobe"),
    "metal_plate": ("panel", "face", "sheet"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a deep gouge",
    "a dark blotch",
    "a chipped spot",
    "a frayed tear",
    "a dent",
    "a glob of glue",
    "a pinhole",
    "a burn mark",
    "a rusty freckle",
)

OTHER_TYPES: tuple[str, ...] = (
    "misalignment",
    "warping",
    "missing part",
    "missing component",
    "delamination",
    "void",
    "oil",
    "melt",
    "dent",
)
