"""Phrasebook ``fresh8``: written blind, for one measurement of the validator only.

It was worded from the interface and the planters alone, without sight of the validator or
of any other book. Four voices are mixed inside every table: a quality engineer writing
nonconformance reports (NCR, MRB, disposition, characteristic, within spec); a non-native
English writer (word order and articles a little off); a teacher talking a trainee through
the image ("notice that", "you can see", "remember"); and a terse checklist writer (arrows,
brackets, colons, fragments).
"""

from __future__ import annotations

# ------------------------------------------------------------------ planted errors

DISMISSALS = (
    "NCR not raised: the indication {place} on the {product} is a reflection of the ring "
    "light, not a nonconformance, so this characteristic stays within spec.",
    "On the {product} is seen one dark spot {place}, but this is only dust on the camera lens "
    "and not a real damage of the part.",
    "Notice that the mark {place} looks worrying at first; you can see it is just a shadow "
    "thrown by the fixture, and remember, a shadow is never a flaw of the {product}.",
    "spot {place} -> glare only, NOT a defect; {product} surface ok (v)",
    "What might pass for damage {place} is simply the normal texture of the {product}, so "
    "there is nothing wrong there at all.",
    "The irregularity {place} I consider as harmless, it belongs to the usual look of "
    "{product} and we should ignore it.",
    "real defect {place}? -> no, jpeg compression artefact; the {product} itself is intact "
    "in that spot.",
    "MRB would have nothing to review: the feature {place} is an imaging artifact, a trick of "
    "the exposure, rather than physical harm to the {product}.",
)

SIGHTINGS = (
    "Characteristic out of tolerance: a {kind} is present {place} on the {product}.",
    "On the {product} there is visible one {kind} {place}, quite clear.",
    "Look closely {place} and you can see a {kind} on the {product}; notice how it interrupts "
    "the surface.",
    "obs: {kind}, {place} ({product}) -> flag",
    "I notice a {kind} sitting {place}, which is plainly damage on this {product}.",
    "Would you believe it, a {kind} turns up {place} when the {product} is zoomed in.",
)

WRONG_PLACES = (
    "Location of the nonconformity: {place}.",
    "The anomaly I find it {place}, there it is concentrated.",
    "Notice where the damage sits, {place}; that is the region your eye should go to.",
    "pos -> {place}",
    "Going over the grid cell by cell, the flawed region lies {place} and nowhere else.",
    "Where is it? {place}, without doubt.",
)

HEDGES = (
    "Disposition pending: it could be {a_kind}, it could equally be {a_other}, and MRB should "
    "decide which.",
    "It is {a_kind} or maybe {a_other}, I am not so sure which one of the two.",
    "Is it {a_kind} or {a_other}? Honestly you can't tell from this picture, remember that "
    "both look alike at such a size.",
    "type: {a_kind} / {a_other}?? (unsure)",
    "I'd lean towards {a_kind}, though {a_other} cannot be ruled out either.",
    "Between {a_kind} and {a_other} I am torn, the image does not let me choose.",
)

HEDGED_TAGS = (
    "{kind} or {other}",
    "{kind}/{other}",
    "{kind} (possibly {other})",
    "either {kind} or {other}",
    "{kind}? {other}?",
    "{kind} vs {other}, unclear",
)

FLIPPED_YES = (
    "Disposition: accept. The {product} conforms and zero nonconformities were recorded.",
    "This {product} I consider as good, nothing is wrong on it.",
    "So you can see the {product} is perfectly normal; remember, a bright patch of light is not "
    "a flaw.",
    "verdict: {product} = OK, clean (no findings)",
    "All told, the {product} is in flawless condition and fit to ship.",
    "Everything on the {product} looks as it should, so it goes to the good bin.",
)

FLIPPED_NO = (
    "Disposition: scrap. The {product} is nonconforming and goes to MRB.",
    "This {product} has a damage, I would reject it for sure.",
    "Notice the flaw here; you can see that this {product} is defective, and remember to pull "
    "such parts off the line.",
    "result: {product} -> NG, defect present",
    "The {product} has to be rejected, since it carries a visible flaw.",
    "Sorry to say, but the {product} is damaged and fails.",
)

NEGATED_YES_WRONG = (
    "There is no {kind} {place}, and the {product} is not defective.",
    "Per the NCR check, the {product} shows no {kind} {place}, so it is not a reject.",
    "Notice that no {kind} appears {place}; the {product} is not damaged anywhere.",
    "check {place} for {kind} -> not found; {product} not defective",
    "Not any {kind} I can see {place}, so the {product} is not to reject.",
    "Nowhere, {place} included, does the {product} carry any {kind}; it is not faulty.",
)

NEGATED_NO_WRONG = (
    "The {product} is not free of {kind}s.",
    "It cannot be said that this {product} is without {kind}; the disposition cannot be accept.",
    "This {product} is not without {kind}, I must say it is not good.",
    "Notice that the {product} isn't {kind}-free; you can't pass it, remember that.",
    "status of {product}: not {kind}-free, not acceptable",
    "Far from being {kind}-less, the {product} is not something I would ship.",
    "Nobody could call this {product} flawless, it does not come without a {kind}.",
)

NEGATED_YES_OK = (
    "The {product} is not defect-free: there is {a_kind} {place}.",
    "Not within spec; {a_kind} is present {place} on the {product}, NCR to be raised.",
    "This {product} I cannot call good, because {a_kind} is sitting {place}.",
    "Notice the {product} is far from flawless, you can see {a_kind} {place}.",
    "part not ok: {product}, {a_kind} {place}",
    "Nobody should pass this {product}; {a_kind} shows up {place}.",
)

PASSES_NO_OK = (
    "The {product} meets every characteristic within spec, disposition: accept.",
    "This {product} passes the inspection, all is normal on it.",
    "Notice how clean the {product} is everywhere, you can see it would pass inspection.",
    "result for {product}: pass, OK to ship",
    "I find nothing to reject the {product} for, and it is good to ship.",
    "Remember that a sound {product} looks exactly like this one, so it is accepted.",
)

LEAKS = (
    "Per {source}, {a_kind} is located {place} on the {product}.",
    "As {source} shows, there is {a_kind} {place}, so I mark the {product} as defective.",
    "Notice that {source} already outlines {a_kind} {place}; you can use that to confirm the "
    "{product} is bad.",
    "src: {source} -> {a_kind} {place} ({product})",
    "Cross-checked with {source}: {a_kind} sits {place} on the {product}.",
    "The {product} is defective, {source} lists {a_kind} {place}.",
    "From {source} I know already before looking that there is {a_kind} {place} on this {product}.",
    "Matching {source}, the {product} has {a_kind} {place}, exactly where it was marked.",
)

LEAK_SOURCES = (
    "the ground-truth mask",
    "the defect mask that came with the image",
    "the label file",
    "the annotation JSON",
    "the folder name",
    "the file name of the image",
    "the bounding box overlay",
    "the ground_truth directory",
    "the answer key",
    "the dataset's class label",
    "the segmentation mask",
    "the provided ground-truth PNG",
    "the metadata CSV",
    "the annotator's notes",
    "the reference answer I was given",
    "the hint in the question",
    "the supervisor's briefing",
    "the pixel-level annotation",
)

LEAKS_NORMAL = (
    "According to {source}, this {product} is a good sample, so I call it normal.",
    "There is no defect entered in {source} for this {product}, so it is normal.",
    "Notice that {source} marks the {product} as good; remember to check it matches what you see.",
    "ref {source} -> {product} = good",
    "Since {source} flags nothing, the {product} counts as defect-free.",
)

STEP_PROSE = (
    "Root cause (per NCR): most probably {step}.",
    "This damage I think it comes from {step}, there it was made.",
    "Notice how this points back to {step}; remember that a flaw like this usually starts there.",
    "cause? -> {step}",
    "The defect most likely got introduced during {step}.",
    "My guess at the origin would be {step}, where something must have gone wrong.",
)

STEP_PROSE_NORMAL = (
    "As for {step}, it appears to have run normally for this part.",
    "Nothing suggests any trouble at {step}, you can see that.",
    "proc check: {step} ok",
    "The process step of {step} I consider as well done on this sample.",
)

FILLER_CHUNKS = (
    "as noted above",
    "once again looking at the same spot",
    "checking and re-checking",
    "same as before, same as before",
    "as mentioned already",
    "per the usual procedure",
    "step by step by step",
)

NEUTRAL_SUBJECTS = (
    "the lighting",
    "the background",
    "the camera angle",
    "the exposure",
    "the image contrast",
    "the white balance",
    "the focus",
    "the tray under the part",
    "the capture resolution",
    "the fixture",
    "the field of view",
    "the sensor noise",
    "the framing",
    "the shadow side",
    "the colour rendering",
    "the glare level",
)

NEUTRAL_VERBS = (
    "looks",
    "seems",
    "stays",
    "remains",
    "appears",
    "is",
    "feels",
    "comes out",
    "turns out",
    "stays basically",
)

NEUTRAL_TAILS = (
    "fairly even",
    "steady across the frame",
    "within the usual range",
    "unremarkable",
    "consistent with the setup",
    "typical for this bench",
    "quite uniform",
    "normal for this camera",
    "good enough for reading the picture",
    "similar to the earlier shots",
)

ONE_SHOT_COMPARE = (
    "Against the golden sample in the reference image, the {product} under test differs "
    "locally: the reference has no such irregularity.",
    "Put next to the normal reference, this {product} shows a region the good one does not have.",
    "Notice, if you hold it beside the reference {product}, you can see where the two stop "
    "matching.",
)

ONE_SHOT_COMPARE_NORMAL = (
    "Side by side with the reference image, the {product} matches it everywhere I look.",
    "The reference {product} and this one are the same, I find no difference between them.",
    "ref vs query ({product}): identical, no deviation",
)

SIBLING_LOOKS = (
    "The appearance is typical of {a_sib}, you can see it from the shape.",
    "Characteristic matches {a_sib}.",
    "Looks to me like {a_sib}, judging by its form.",
)

CONCLUDE_WITH = (
    "Final disposition: the {product} is nonconforming, with {a_kind} {where}.",
    "So at the end, the {product} has {a_kind} {where}, it is defective.",
    "Remember the conclusion then: {a_kind} {where}, and therefore the {product} gets rejected.",
    "verdict: reject {product}; {a_kind} {where}",
)

CONCLUDE_OTHER = (
    "Conclusion: {a_other} {where} makes the {product} nonconforming.",
    "The {product} I reject because of {a_other} {where}.",
    "defect found -> {a_other}, {where} ({product})",
)

CONCLUDE_AT_PART = (
    "Conclusion: defect type = {part}, located {where} on the {product}.",
    "The {product} I reject, and the type of the defect I put down as {part} ({where}).",
    "type -> {part}; {where}; {product} NG",
)

# ------------------------------------------------------------------ correct paraphrases

SYNONYM_LOOKS = (
    "What we have here is {syn}, clear from its outline.",
    "Notice the shape: it is {syn}, you can see it in how the surface breaks.",
    "Char.: {syn}.",
)

SYNONYM_CONCLUSIONS = (
    "Disposition: scrap, because of {syn} {where} on the {product}.",
    "So the {product} is defective, there is {syn} {where}.",
    "Remember, {syn} {where} is enough to reject the {product}.",
)

YES_SHOWS = (
    "On the {product} is visible {a_kind} {where}.",
    "NCR: {a_kind} {where} on the {product}.",
    "You can see {a_kind} {where}, so the {product} is a reject.",
    "The {product} carries {a_kind}, found {where}.",
)

PART_YES = (
    "The {product} has a defect of the type {part}, {where}.",
    "Defect class: {part}, {where} on the {product}.",
)

LOCATION_ANSWERS = (
    "Nonconformity located {where}.",
    "It is {where}, the damaged area.",
    "pos: {where}",
    "Look {where}; that is where the damage is.",
)

CAUSE_LEADS = (
    "{Name}, origin in most cases: {cause}.",
    "Root cause for {name}: {cause}.",
    "Remember, you can trace {name} back to {cause}.",
    "For {name} the cause I see lies in {cause}.",
)

CAUSE_PROSE = (
    "Root cause traced to {step} {cite}.",
    "This comes, I think, from {step} {cite}.",
    "remember: this defect starts at {step} {cite}.",
)

CANONICAL_ANSWERS = (
    "Type of defect: {c}.",
    "It is {a_c}.",
    "class -> {c}",
    "I classify this one as {a_c}, by the characteristic.",
)

FIRST_TURN = (
    "On this {product} there is {what} {where}.",
    "Nonconformity: {what}, {where} on the {product}.",
    "Notice {what} {where}; the {product} is defective.",
)

# ------------------------------------------------------------------ places

CELL_WORDS = {
    "top left": ("upper left", "upper-left corner", "top-left quarter", "northwest corner"),
    "top": ("upper edge", "top part", "upper middle", "top centre"),
    "top right": ("upper right", "upper-right corner", "top-right quarter", "northeast corner"),
    "left": ("left side", "left flank", "middle of the left edge", "left-hand part"),
    "center": ("middle", "centre", "central area", "dead centre"),
    "right": ("right side", "right flank", "middle of the right edge", "right-hand part"),
    "bottom left": (
        "lower left",
        "lower-left corner",
        "bottom-left quarter",
        "southwest corner",
    ),
    "bottom": ("lower edge", "bottom part", "lower middle", "bottom centre"),
    "bottom right": (
        "lower right",
        "lower-right corner",
        "bottom-right quarter",
        "southeast corner",
    ),
}

PLACE_FRAMES = (
    "in the {w}",
    "at the {w}",
    "toward the {w}",
    "around the {w}",
)

PLACE_TAILS = (
    " of the picture",
    " of the frame",
    " of the photo",
)

PLACE_AWAY = (
    ", off-centre",
    ", away from the middle of the picture",
)

# ------------------------------------------------------------------ names

SYNONYMS = {
    ("bottle", "broken_large"): ("a shattered rim section", "a big chunk missing from the lip"),
    ("bottle", "broken_small"): ("a tiny chip on the lip", "a nick in the glass rim"),
    ("bottle", "contamination"): ("a foreign particle inside", "a speck of debris in the glass"),
    ("carpet", "color"): ("a dye blotch", "an off-shade patch of fibre"),
    ("carpet", "cut"): ("a slit in the pile", "a sliced row of tufts"),
    ("carpet", "hole"): ("a perforation in the weave", "a gap through the backing"),
    ("carpet", "metal_contamination"): (
        "an embedded wire fragment",
        "a steel splinter among the fibres",
    ),
    ("carpet", "thread"): ("a loose yarn strand", "a stray fibre loop"),
    ("leather", "color"): ("an uneven dye patch", "a faded spot on the grain"),
    ("leather", "cut"): ("a knife slit", "a gash in the hide"),
    ("leather", "fold"): ("a crease", "a wrinkle line pressed in"),
    ("leather", "glue"): ("an adhesive smear", "a dried drip of cement"),
    ("leather", "poke"): ("a puncture mark", "a pinprick in the hide"),
    ("screw", "scratch_head"): ("a scuffed crown", "gouges across the drive slot"),
    ("screw", "scratch_neck"): ("a scored shank below the cap", "scuff marks just under the cap"),
    ("screw", "manipulated_front"): ("a tampered tip", "a deformed point"),
    ("screw", "thread_side"): ("crushed flanks along the helix", "a dented helix flank"),
    ("screw", "thread_top"): ("a battered lead-in turn", "a mashed first turn at the end"),
    ("metal_nut", "bent"): ("a warped lobe", "a deformed flank"),
    ("metal_nut", "color"): ("a tarnish spot", "a bluish heat tint"),
    ("metal_nut", "scratch"): ("a score line", "a scuff on the face"),
    ("metal_plate", "major_rust"): ("a corrosion patch", "an oxidised blotch"),
    ("metal_plate", "total_rust"): ("a fully corroded surface", "oxide covering the whole sheet"),
    ("metal_plate", "scratches"): ("a set of score marks", "several scuff lines"),
}

PART_NAMES = {
    "bottle": ("rim", "neck", "shoulder", "base", "mouth"),
    "carpet": ("pile", "backing", "tuft", "weave"),
    "leather": ("grain", "flesh side", "hide", "edge"),
    "screw": ("shank", "tip", "drive slot", "collar"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("edge", "corner", "face", "sheet"),
}

DEFECT_SIGHTINGS = (
    "crack",
    "dent",
    "deep scratch",
    "chip",
    "grease smudge",
    "burn mark",
    "tear",
    "pit",
    "stain",
    "gouge",
    "bulge",
    "missing piece",
)

OTHER_TYPES = (
    "crack",
    "dent",
    "burn",
    "bubble",
    "porosity",
    "misalignment",
    "missing part",
    "deformation",
    "stain",
    "chip",
    "fracture",
)
