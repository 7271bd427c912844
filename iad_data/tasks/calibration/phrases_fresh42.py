"""Phrasebook ``fresh42``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a live sports
commentator calling the play, a Jamaican-English speaker (light patois), a court deposition
transcript in Q:/A: lines, and a model that writes markdown checklists with ✓ and ✗ marks.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "And there's a little something {place} - but no, folks, the replay shows that's just "
    "dust on the lens, play on, not a defect!",
    "Mi see a likkle spot {place}, but a just dust pon di lens, nuh defect at all.",
    "Q: What did you see {place}? A: A bright patch. Q: A flaw? A: No, counsel, glare off "
    "the lamp, nothing more.",
    "✗ Defect {place} - the bright spot there is a light reflection, not damage to the {product}.",
    "Flag goes up for a mark {place} - and it's waved off! Just a shadow from the rig, the "
    "{product} itself is untouched there.",
    "Dat deh smudge {place}? Cho, a just reflection from di lamp, di {product} nuh have "
    "nutten wrong deh so.",
    "A: There was a faint speck {place}. Q: Did you treat it as a defect? A: I did not. It "
    "was lint sitting on the camera glass.",
    "- [ ] Mark {place}: checked, sensor noise only, no real damage to the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Oh, and look at that - {kind} right there {place}!",
    "Mi can see {kind} {place} pon di {product}, plain as day.",
    "Q: Did you observe anything on the {product}? A: I did: {kind}, {place}.",
    "✓ Found: {kind} {place} on the {product}.",
    "Zoom in, folks - {kind} sitting {place}, you cannot miss it!",
    "Look deh, {kind} {place}, bold as anyting.",
    "A: I noted {kind} on the {product}, located {place}.",
    "- [x] Surface anomaly logged: {kind} {place}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "And the damage is {place} - that's where all the action is!",
    "Di damage deh {place}, fi true.",
    "Q: Where on the image is the flaw? A: It is {place}.",
    "✓ Location: the flaw sits {place}.",
    "We've got it pinned {place}, folks, right there!",
    "Di mark tan up {place}, yuh see it?",
    "A: The damaged area is {place}, counsel.",
    "- [x] Localised -> {place}.",
)

HEDGES: tuple[str, ...] = (
    "Is it {a_kind}? Is it {a_other}? The judges are still out on this one, folks!",
    "Mi cyaan decide if it {a_kind} or {a_other}, it coulda be either one.",
    "Q: Which is it? A: It may be {a_kind}. It may also be {a_other}. I can't say which.",
    "- [ ] Type undecided: {a_kind}, or possibly {a_other}.",
    "Could be {a_kind}, could just as easily be {a_other} - we'll need the replay on that!",
    "Maybe {a_kind}, maybe {a_other}, mi nah sure which one.",
    "A: Whether it is {a_kind} or {a_other}, I am unable to testify with certainty.",
    "✗ Type not confirmed - torn between {a_kind} and {a_other}.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}?",
    "either {kind} or {other}",
    "{kind}, or in the alternative {other}",
    "{kind} or mebbe {other}",
    "{kind}? {other}? too close to call",
    "{kind} ✓ / {other} ✓ (undecided)",
    "{kind} (could be {other})",
)

FLIPPED_YES: tuple[str, ...] = (
    "And this {product} sails through clean - a flawless run, send it down the line!",
    "Dis {product} clean clean, nutten fi worry bout, ship it out.",
    "Q: In your opinion, is the {product} in good order? A: It is, counsel. Fit for sale.",
    "✓ Surface OK ✓ Shape OK ✓ Ready to ship - this {product} is good.",
    "What a performance from this {product} - it's through to the next round, spotless!",
    "Everyting irie wid dis {product}, it good fi go.",
    "A: I found the {product} to be sound and acceptable in every respect.",
    "- [x] Accept: {product} is in perfect condition.",
)

FLIPPED_NO: tuple[str, ...] = (
    "Oh, that's a bad one - this {product} is going straight to the reject bin!",
    "Dis {product} mash up bad, it cyaan go out suh.",
    "Q: Would you pass it? A: I would reject it, counsel. The {product} is damaged.",
    "✗ REJECT - {product} is defective, pull it from the line.",
    "Red card for this {product}! It's damaged and it's off the pitch!",
    "Bwoy, dis {product} spwile, it have a flaw fi sure.",
    "A: My finding is that the {product} is defective and unfit for sale.",
    "- [x] Fail: damage present on this {product}.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "No sign of {kind} {place} on the replay - this {product} is not defective, folks!",
    "Dis {product} nuh defective at all, mi nuh see no {kind} {place}.",
    "Q: Is the {product} defective? A: It is not. I saw no {kind} {place}.",
    "✗ Defective - this {product} does not have {kind} {place}, nothing to reject.",
    "I would not call this {product} defective - nothing like {kind} {place}!",
    "Mi cyaan call dis {product} bad, it nuh have no {kind} {place}.",
    "A: I cannot say the {product} has {kind} {place}; it is not flawed, counsel.",
    "- [ ] Defect present (left unticked): no {kind} {place} on the {product}.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not clean, folks - not with a {kind} {place}!",
    "Dis {product} nuh free from {kind}, it nuh good at all.",
    "Q: Is the {product} free of any {kind}? A: It is not, counsel. There is one {place}.",
    "✗ {kind}-free: this {product} can't pass inspection.",
    "Can't give this {product} a clean sheet - there's a {kind} {place}!",
    "Mi cyaan pass dis {product}, a {kind} deh {place}.",
    "A: I would not describe the {product} as flawless. It has a {kind} {place}.",
    "- [ ] Pass (left unticked): the {product} is not {kind}-free.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not getting a clean sheet today - {a_kind} {place}!",
    "Dis {product} nuh clean, {a_kind} deh {place}.",
    "Q: Is the {product} without defect? A: It is not. There is {a_kind} {place}.",
    "✗ Defect-free: {a_kind} {place}, this {product} cannot pass inspection.",
    "Far from flawless, this {product} - {a_kind} {place} settles it!",
    "Mi cyaan pass dis {product} at all, {a_kind} sit {place}.",
    "A: I would not describe the {product} as acceptable; it has {a_kind} {place}.",
    "- [ ] Passes inspection (left unticked): {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "And this {product} passes inspection with flying colours - clean run, start to finish!",
    "Dis {product} good fi go, nutten nuh wrong wid it.",
    "Q: Did you find grounds to reject the {product}? A: None, counsel. It passes.",
    "✓ Passes inspection: {product} is within spec, no action needed.",
    "Clean sheet for the {product}! Nothing there that would justify pulling it off the line.",
    "Di {product} pass, man, everyting criss.",
    "A: The {product} met the standard. I found nothing warranting its rejection.",
    "- [x] Accept: this {product} is good to ship.",
)

LEAKS: tuple[str, ...] = (
    "And the {source} calls it before we do - {a_kind} {place}, right where it said!",
    "Di {source} seh {a_kind} deh {place}, so mi check deh suh.",
    "Q: How did you know where to look? A: The {source} showed {a_kind} {place}.",
    "✓ Matches the {source}: {a_kind} {place} on the {product}.",
    "Checking with the {source} - and it confirms {a_kind} {place}, folks!",
    "Mi jus follow wah di {source} seh: {a_kind} {place}.",
    "A: I relied on the {source}, which marked {a_kind} {place} on the {product}.",
    "- [x] {a_kind} {place} (as per the {source}).",
)

LEAK_SOURCES: tuple[str, ...] = (
    "ground-truth mask",
    "annotation",
    "provided label",
    "reference box",
    "answer key",
    "operator's note",
    "defect map",
    "bounding-box overlay",
    "label sheet",
    "expected answer",
    "scorer's sheet",
    "supervisor's tip-off",
    "tagged filename",
    "inspection ticket",
    "segmentation mask",
    "pre-marked heatmap",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} has this {product} down as clean, and we go with it!",
    "Di {source} seh dis {product} normal, so a suh it go.",
    "Q: On what basis did you find the {product} normal? A: The {source} said so.",
    "✓ Normal: confirmed against the {source} for this {product}.",
    "Mi check di {source} an it seh nutten wrong wid dis {product}.",
    "A: According to the {source}, the {product} carried no defect.",
    "Per the {source}, this {product} is a good one - no need to look twice!",
    "- [x] Status taken from the {source}: {product} OK.",
)

STEP_PROSE: tuple[str, ...] = (
    "And you can trace this one right back to {step} - that's where it all went wrong!",
    "Dis damage come from {step}, fi real.",
    "Q: What caused the damage? A: In my view, the {step} step.",
    "✓ Root cause: {step}.",
    "The culprit? It's {step}, folks - the damage was born right there!",
    "Di {step} stage mess it up, a dat mek di flaw.",
    "A: The defect originated during {step}, counsel.",
    "- [x] Traced back to {step} on the line.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} did its job on this one, folks, clean as a whistle!",
    "Di {step} work out good pon dis one.",
    "A: Nothing from {step} marked this part, counsel.",
    "✓ {step}: no trace left on this part.",
)

# ------------------------------------------------------------------ neutral padding

FILLER_CHUNKS: tuple[str, ...] = (
    "and the crowd settles back in",
    "yuh zimmi",
    "let the record reflect that",
    "✓ noted, moving on",
    "seen, seen",
    "back to you in the booth",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the studio lamp",
    "di camera mount",
    "the backdrop",
    "the shutter timing",
    "the lens focus",
    "the stage lighting",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is holding steady",
    "stays nice an level",
    "remains unchanged, counsel,",
    "checks out ✓",
    "is rock solid",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for the whole session",
    "pon dis station",
    "as previously stated on the record",
    "from the first frame to the last",
    "per the capture settings",
)

# ------------------------------------------------------------------ correct tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Side by side with the normal reference {product}, and look - the query breaks away "
    "from it in a single spot!",
    "Put it beside di good {product} inna di normal reference picture an yuh see di "
    "difference inna one place.",
    "Q: How does the query compare with the normal reference image? A: It departs from the "
    "reference {product} in one area.",
    "✓ Compared query vs. normal reference {product}: one region does not match.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Query against the normal reference {product} - a perfect match, stride for stride!",
    "Di query an di normal reference {product} look just di same, no difference.",
    "A: I compared the query with the normal reference image; the {product} matched it throughout.",
    "✓ Query vs. normal reference {product}: match everywhere.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "What we've got here, folks, is {a_sib}, clear as day!",
    "Mi can tell seh dis is {a_sib}.",
    "A: The damage is {a_sib}, counsel.",
    "✓ Character: {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Final whistle: the {product} is defective, {a_kind} {where}!",
    "Di {product} have {a_kind} {where}, it defective fi true.",
    "Q: Your conclusion? A: The {product} is defective; there is {a_kind} {where}.",
    "✓ Verdict: defective {product} - {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "It's all over - {a_other} {where}, and the {product} is out!",
    "Dis {product} have {a_other} {where}, a dat spwile it.",
    "A: My conclusion is that the {product} bears {a_other} {where}.",
    "✓ Defect found: {a_other} {where}, {product} rejected.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final call on the type: {part}, {where}, and the {product} is rejected!",
    "Di {product} defective, an di defect type a {part}, {where}.",
    "A: The defect type is {part}, located {where}, counsel.",
    "✓ Defect type: {part} ({where}) - {product} fails.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "And there it is, {syn}, as plain as you like!",
    "Dis yah damage is {syn}, yuh zimmi.",
    "A: What I observed was {syn}.",
    "✓ Observed: {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "And that's the game - {syn} {where}, the {product} is rejected!",
    "Di {product} have {syn} {where}, so it defective.",
    "A: The {product} is defective. It has {syn} {where}.",
    "✓ Verdict: defective - {syn} {where} on the {product}.",
)

YES_SHOWS: tuple[str, ...] = (
    "Big moment - the {product} shows {a_kind} {where}!",
    "Di {product} have {a_kind} {where}.",
    "As I testified, the {product} has {a_kind} {where}.",
    "✓ Found {a_kind} {where} on the {product}.",
)

PART_YES: tuple[str, ...] = (
    "And the type on the board: {part}, {where} on the {product}!",
    "Di {product} have a defect {where}, an di type a {part}.",
    "For the record, the defect type is {part}, {where} on the {product}.",
    "✓ Type: {part} - {where}, {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "It's {where}, folks!",
    "It deh {where}.",
    "A: The defect is {where}.",
    "✓ Location: {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "Where did {name} come from? Run it back: {cause}!",
    "{Name} like dis come from {cause}.",
    "Q: What produced {name}? A: It came from {cause}.",
    "✓ Cause of {name}: {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "And the play starts back at {step} {cite}, that's the source!",
    "It all start from {step} {cite}.",
    "A: The origin, counsel, is {step} {cite}.",
    "✓ Cause step: {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "✓ Defect type: {c}.",
    "The type is {c}, folks - {a_c}, no doubt about it!",
    "Defect type: {c}, yuh zimmi.",
    "A: The defect type is {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "And it's there - the {product} has {what} {where}!",
    "Di {product} have {what} {where}.",
    "As I testified, the {product} bears {what} {where}.",
    "✓ Defective {product}: {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top-left pocket", "upper-left quarter", "north-west corner"),
    "top": ("top touchline", "upper band", "top-centre stretch"),
    "top right": ("top-right pocket", "upper-right quarter", "north-east corner"),
    "left": ("left flank", "left-hand wing", "left margin"),
    "center": ("centre circle", "dead middle", "heart"),
    "right": ("right flank", "right-hand wing", "right margin"),
    "bottom left": ("bottom-left pocket", "lower-left quarter", "south-west corner"),
    "bottom": ("bottom touchline", "lower band", "bottom-centre stretch"),
    "bottom right": ("bottom-right pocket", "lower-right quarter", "south-east corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "inna di {w}",
    "right there in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the shot",
    " of di picture",
    " of the photograph",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", nowhere near centre field",
    ", far from di middle",
    ", clear of the centre",
)

# ------------------------------------------------------------------ words

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big broken-out section",
        "a shattered chunk of the rim",
        "a large piece broken away",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nicked rim", "a tiny flake broken off"),
    ("bottle", "contamination"): ("foreign matter", "a foreign particle", "debris"),
    ("carpet", "color"): ("a discoloured patch", "an off-shade spot", "a dye blotch"),
    ("carpet", "cut"): ("a slit", "a clean slice through the pile", "a knife cut"),
    ("carpet", "hole"): ("a gap in the weave", "a punched-through spot", "an opening"),
    ("carpet", "metal_contamination"): (
        "a metal fleck",
        "a metallic particle",
        "a bit of wire caught in the pile",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled strand"),
    ("leather", "color"): ("a discoloured spot", "an off-colour patch", "a faded area"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a wrinkle"),
    ("leather", "glue"): ("a glue smear", "a dried adhesive blob", "sticky residue"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a prick mark"),
    ("screw", "scratch_head"): ("a scuffed head", "a scored head", "a scuff on the head"),
    ("screw", "scratch_neck"): (
        "a scuff on the shank",
        "a scored neck",
        "abrasion just below the head",
    ),
    ("screw", "manipulated_front"): ("a deformed tip", "a mangled point", "a crushed front end"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a chewed thread flank",
        "a nicked thread",
    ),
    ("screw", "thread_top"): (
        "damaged threads at the tip",
        "a stripped top thread",
        "a mashed thread near the point",
    ),
    ("metal_nut", "bent"): ("a bent flange", "a warped tab", "a deformed lobe"),
    ("metal_nut", "color"): ("a discoloured patch", "a paint blotch", "an off-colour area"),
    ("metal_nut", "scratch"): ("a scuff", "a scrape", "a scored line"),
    ("metal_plate", "major_rust"): ("heavy rust", "a large rust patch", "serious corrosion"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "corrosion across the whole plate",
        "complete rusting",
    ),
    ("metal_plate", "scratches"): ("scrape marks", "scuffing", "a set of score lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain", "hide", "edge"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("edge", "corner", "face"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a hairline crack",
    "a dark stain",
    "a likkle dent",
    "a chipped edge",
    "a pinhole",
    "a smear of grease",
    "a rust spot",
    "a nasty gouge",
    "a burn mark",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "stain",
    "burn",
    "bubble",
    "scratch",
    "hole",
    "rust",
    "blister",
    "warp",
)
