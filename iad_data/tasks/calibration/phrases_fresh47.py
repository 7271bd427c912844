"""Phrasebook ``fresh47``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an archaeologist writing
field notes on a dig, a Philippine-English speaker (light Taglish), a TV game-show host
building suspense, and a model that tallies evidence for and against before deciding.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Trench note: the dark fleck {place} turned out to be loose grit on the lens "
    "[cap|glass], not part of the {product} itself; struck from the finds list.",
    "Ay, that spot {place}? Reflection lang po yan from the lamp, hindi [talaga |]defect.",
    "Folks, that shimmer {place} had me on the edge of my seat, but it's just a bounce of "
    "studio light, not a flaw on the {product}!",
    "for a defect {place}: one faint mark; against: it shifts with the lighting and has no "
    "edges; tally: glare, not damage, so I set it aside.",
    "Context [07|12]: a smudge {place}, recorded and then dismissed as dust on the optics "
    "rather than damage to the {product}.",
    "Yung mark {place}, alikabok lang sa lens yan, not a real defect of the {product}, so "
    "[I'm ignoring it|dedma lang].",
    "Is it damage {place}? Nope, ladies and gentlemen, it's a speck of lint on the camera, "
    "nothing at all on the {product}!",
    "for damage {place}: a pale patch; against: it behaves like a lighting hotspot and the "
    "surface underneath is unbroken; tally: an imaging artefact, disregarded.",
)

SIGHTINGS: tuple[str, ...] = (
    "Field sketch updated: {kind} clearly exposed {place} on the {product}.",
    "Naku, I can see {kind} {place} po, [mismo|talaga] sa surface ng {product}.",
    "And look what we have here, folks: {kind}, right there {place}!",
    "for damage: {kind} visible {place}; against: nothing that explains it away; tally: "
    "that mark is real.",
    "Recorded {kind} {place}; edges crisp, clearly in the {product} surface and not on the lens.",
    "Grabe, there's {kind} {place} on this {product}, ang linaw [niya|talaga].",
    "Spotlight on the area {place}, everyone: {kind} on the {product}, plain as day!",
    "for a flaw: {kind} sitting {place}, sharp-edged and fixed; against: no sign of a "
    "camera cause; tally: a genuine mark on the {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Find spot: the anomaly lies {place}.",
    "Yung defect po is located {place}.",
    "And the anomaly is hiding... {place}!",
    "for the location: the irregular region shows up {place} and nowhere else; tally: localised.",
    "Grid reference for the find: {place}.",
    "Ang damaged area ay {place}, doon [lang|mismo] talaga.",
    "Let's reveal where it sits, folks: {place}!",
    "Localisation logged: the irregularity occupies the area {place}.",
)

HEDGES: tuple[str, ...] = (
    "Provisional identification: {a_kind}, though {a_other} cannot yet be ruled out; "
    "awaiting more context.",
    "Parang {a_kind} siya, pero baka {a_other} din, hindi ako sure.",
    "Is it {a_kind}? Or is it {a_other}? Folks, even I can't call this one!",
    "for {a_kind}: the shape fits; for {a_other}: the texture fits; tally: tied, I can't "
    "pick between them.",
    "Either {a_kind} or {a_other}; the evidence in this trench supports both readings equally.",
    "Ewan ko po, {a_kind} or {a_other}, pwede both.",
    "Could be {a_kind}, could be {a_other}, and we'll only find out after the break!",
    "for {a_kind}: 2 points; for {a_other}: 2 points; tally: undecided.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind} / maybe {other}",
    "{kind}, possibly {other}",
    "either {kind} or {other}",
    "{kind} (or {other}?)",
    "{kind} o baka {other}",
    "{kind} vs {other}, undecided",
)

FLIPPED_YES: tuple[str, ...] = (
    "Field verdict: the {product} is an intact, sound piece, fit to go on to packing.",
    "Okay na okay po ang {product}, pwede na i-ship.",
    "And the {product} is... PERFECT! Cleared for shipping, folks!",
    "for rejecting: nothing holds up; for passing: a clean surface throughout; tally: the "
    "{product} is good to ship.",
    "Catalogued as undamaged: the {product} shows a clean, unbroken surface.",
    "Ayos lang ang {product}, walang sira, pasado [na|talaga].",
    "Give it up for a flawless {product}, which sails straight through inspection!",
    "for a defect: 0; against: 4; tally: the {product} is in good condition and goes out "
    "to the customer.",
)

FLIPPED_NO: tuple[str, ...] = (
    "Field verdict: the {product} is damaged and goes to the reject tray.",
    "Sira po itong {product}, kailangan [i-reject|itapon].",
    "Oh dear, folks, this {product} is going home a reject: it's defective!",
    "for rejecting: the surface is compromised; against: very little; tally: the "
    "{product} fails inspection.",
    "Catalogued as defective: the {product} is too damaged to leave the site.",
    "Defective talaga ang {product}, bawal i-ship.",
    "And the verdict on this {product} is... DEFECTIVE! Pull it off the line!",
    "for a defect: 3; against: 1; tally: the {product} is faulty and must be scrapped.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I find no {kind} {place} or anywhere else; this {product} is not defective.",
    "Wala pong {kind} {place}, hindi defective ang {product}.",
    "Is there any {kind} {place}? There is not! This {product} is NOT defective, folks!",
    "for {kind} {place}: nothing that survives a second look; against: an unbroken "
    "surface; tally: I would not call the {product} defective.",
    "Not one trace of {kind} {place}; the {product} cannot be classed as damaged.",
    "Hindi ko po masasabing defective ang {product}; there is no {kind} {place}.",
    "Nobody leaves with a reject tonight: not a speck of {kind} {place} on this {product}!",
    "for flagging it: none; against: no {kind} {place}, no other fault; tally: the "
    "{product} isn't defective.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind}s: one sits {place}.",
    "Hindi po pasado ang {product}, it is not {kind}-free.",
    "Can this {product} pass? It can NOT, folks, there's a {kind} {place}!",
    "for passing: none; against: a {kind} {place}; tally: the {product} is not acceptable.",
    "This find is not intact: a {kind} {place} means the {product} is not fit to ship.",
    "Hindi ko ma-pass ang {product}, may {kind} {place}.",
    "Far from flawless, friends: a {kind} {place}, and this {product} is not one we can "
    "let through!",
    "for calling it clean: nothing holds; against: the {kind} {place}; tally: I cannot "
    "pass the {product}.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not defect-free: {a_kind} lies {place}.",
    "Hindi po pasado ang {product}, there's {a_kind} {place}.",
    "Can this {product} pass inspection? It cannot, folks: {a_kind} {place} settles it!",
    "for passing: nothing holds up; against: {a_kind} {place}; tally: the {product} is "
    "not acceptable.",
    "Far from an intact find: {a_kind} {place} means this {product} cannot be passed.",
    "Hindi ko po ito maipapasa: {a_kind} {place}, so the {product} is not acceptable.",
    "Flawless? Not this {product}, not tonight: there's {a_kind} {place}!",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection; the surface reads clean across every square of the grid.",
    "Pasado po ang {product}, walang dapat i-reject.",
    "And this {product} sails through inspection, folks: a clean pass!",
    "for rejecting: nothing found; for passing: uniform surface, intact edges; tally: the "
    "{product} passes.",
    "Recorded as a sound piece: the {product} passes, with nothing that would justify "
    "rejecting it.",
    "Okay po ang {product}, it passes inspection.",
    "Tonight's {product} clears inspection, no questions asked!",
    "for a reject: 0; for a pass: 3; tally: the {product} is acceptable as it is.",
)

LEAKS: tuple[str, ...] = (
    "Cross-checked with {source}: {a_kind} is recorded {place}, so I logged it there.",
    "Based po on {source}, {a_kind} is {place}.",
    "A quick peek at {source} tells me {a_kind} is waiting {place}!",
    "for {a_kind} {place}: {source} marks it there; against: none; tally: defect confirmed.",
    "Consistent with {source}, the {product} carries {a_kind} {place}.",
    "Tinignan ko po {source}, and it shows {a_kind} {place}.",
    "Folks, {source} doesn't lie: {a_kind}, {place}!",
    "for: {source} puts {a_kind} {place}; against: nothing in the image contradicts it; "
    "tally: defective.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the annotation file",
    "the provided label",
    "the reference box",
    "the answer key",
    "the operator's note",
    "the segmentation overlay",
    "the expected answer",
    "the metadata tag",
    "the filename",
    "the labeller's bounding box",
    "the solution sheet",
    "the producer's answer card",
    "the defect flag in the dataset",
    "the supervisor's briefing",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Cross-checked with {source}: the {product} is catalogued as normal, so I concur.",
    "Based on {source} po, normal ang {product}, kaya okay siya.",
    "And {source} confirms it, folks: a normal {product}!",
    "for passing: {source} lists the {product} as good; against: nothing; tally: normal.",
    "{source} records this {product} as defect-free, and my reading follows it.",
    "Checked {source} po, walang defect daw ang {product}.",
)

STEP_PROSE: tuple[str, ...] = (
    "Stratigraphically, this damage was laid down during {step}.",
    "Sa {step} po nanggaling itong defect, sigurado ako.",
    "And the culprit behind this defect is... {step}!",
    "for {step} as the cause: timing and appearance fit; against: little; tally: this "
    "defect came out of {step}.",
    "The wear pattern points back to {step}, where the damage was introduced.",
    "Kasalanan ng {step} ito, doon nagkaroon ng damage.",
    "Who's to blame for this flaw? Let's hear it for {step}!",
    "for a cause at {step}: the damage matches that stage; tally: {step} is responsible.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "Everything points to {step} having run smoothly; that stage left the piece clean.",
    "Maayos po ang {step}, walang naiwang marka.",
    "Round of applause for {step}, folks: it did its job on this one!",
    "for a fault at {step}: none; tally: {step} ran cleanly for this part.",
    "The surface shows {step} went as intended, with no trace of disturbance.",
)

# ------------------------------------------------------------------ padding and imaging

FILLER_CHUNKS: tuple[str, ...] = (
    "as the field log has it",
    "sige, tuloy lang",
    "stay with me, folks",
    "tally unchanged so far",
    "noted in the day book",
    "ayun nga",
    "back after these messages",
    "let the record show",
    "ganun talaga",
    "drumroll, please",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the exposure",
    "the backdrop",
    "the white balance",
    "the focus",
    "the camera angle",
    "the framing",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays even",
    "looks steady po",
    "holds consistent",
    "is nicely balanced",
    "reads clearly",
    "is well controlled",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this capture",
    "across the whole shot",
    "as in the earlier trays",
    "tonight in the studio",
    "sa buong frame",
    "for the photo log",
)

# ------------------------------------------------------------------ correct tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set beside the reference {product}, the query departs from it in one region that the "
    "reference does not share.",
    "Kumpara po sa reference image, may difference sa query {product} na wala sa normal.",
    "Reference first, then the query, folks: this {product} does not match its reference!",
    "for a difference: the query {product} has a local irregularity absent from the "
    "reference image; against: the rest agrees; tally: they differ.",
    "Compared with the normal reference image, the query {product} shows a localised deviation.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Set beside the reference {product}, the query matches it region for region.",
    "Pareho lang po sila: the query {product} matches the normal reference image.",
    "Reference {product}, query {product}: a perfect match, folks!",
    "for a match: texture, edges and tone agree with the reference image; tally: the "
    "query {product} matches.",
    "Compared with the normal reference image, the query {product} shows the same surface "
    "throughout.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The feature reads as {a_sib} on close inspection.",
    "Itsura niya po ay {a_sib}.",
    "What does it look like, folks? It's {a_sib}!",
    "for the character of the mark: outline and texture match {a_sib}; tally: identified.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Conclusion: the {product} is defective, with {a_kind} {where}.",
    "Defective po ang {product}: {a_kind} {where}.",
    "Final answer, locked in: this {product} is defective, {a_kind} {where}!",
    "for defective: {a_kind} {where}; tally: the {product} is rejected.",
    "Final entry for this find: the {product} carries {a_kind} {where}, so it is defective.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Conclusion: the {product} is defective, with {a_other} {where}.",
    "Defective po ang {product}: {a_other} {where}.",
    "Final answer, locked in: this {product} has {a_other} {where}!",
    "for defective: {a_other} {where}; tally: the {product} is rejected.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Conclusion: the {product} is defective; defect type: {part}, {where}.",
    "Defective po ang {product}, ang type ng defect ay {part}, {where}.",
    "And the defect type is... {part}! Found {where} on this {product}!",
    "for the type: {part}; tally: defective {product}, type {part}, located {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "On close examination the feature is {syn}.",
    "Malinaw po: this is {syn}.",
    "What do we have here, folks? It's {syn}!",
    "for the identification: outline and texture; tally: this is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Conclusion: the {product} is defective, showing {syn} {where}.",
    "Defective po ang {product}, there's {syn} {where}.",
    "Lock it in, folks: this {product} has {syn} {where}, and it's a reject!",
    "for rejecting: {syn} {where}; tally: the {product} is defective.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "The {product} po has {a_kind} {where}.",
    "And this {product} reveals {a_kind} {where}, folks!",
    "for defective: {a_kind} {where} on the {product}; tally: confirmed.",
    "Recorded on the {product}: {a_kind} {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} is defective, and the defect type is {part}, {where}.",
    "Ang defect type po ng {product} ay {part}, {where}.",
    "And the defect type on this {product} is... {part}, {where}!",
    "for the type: {part}; tally: defective {product}, type {part}, {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect is {where}.",
    "Yung defect po is {where}.",
    "The defect is hiding {where}, folks!",
    "for the location: every cue points to one spot; tally: the defect is {where}.",
    "Find spot recorded: the defect lies {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} traces back to {cause}.",
    "Galing po sa {cause} ang {name}.",
    "And the stage that produced {name} is... {cause}!",
    "for the origin of {name}: {cause}; tally: that is where it arises.",
    "Working back through the layers, {name} was introduced at {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "This defect originates at {step} {cite}.",
    "Galing po ito sa {step} {cite}.",
    "And the stage responsible is {step} {cite}, folks!",
    "for the cause: {step} {cite}; tally: that step explains it.",
    "The damage was introduced during {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Defect type: {c} po.",
    "Defect type: {c}. Final answer, locked in!",
    "Tally settled. Defect type: {c}.",
    "The find is classed as {a_c}. Defect type: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} shows {what} {where}.",
    "The {product} po has {what} {where}.",
    "This {product} reveals {what} {where}, folks!",
    "for defective: {what} {where}; tally: the {product} is defective.",
    "Recorded on the {product}: {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "north-west corner", "upper left"),
    "top": ("top edge", "upper middle", "top-centre area", "north edge"),
    "top right": ("upper-right corner", "top-right corner", "north-east corner", "upper right"),
    "left": ("left side", "left-hand edge", "west side", "left flank"),
    "center": ("centre", "middle", "dead centre", "central square"),
    "right": ("right side", "right-hand edge", "east side", "right flank"),
    "bottom left": (
        "lower-left corner",
        "bottom-left corner",
        "south-west corner",
        "lower left",
    ),
    "bottom": ("bottom edge", "lower middle", "bottom-centre area", "south edge"),
    "bottom right": (
        "lower-right corner",
        "bottom-right corner",
        "south-east corner",
        "lower right",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "at the {w}",
    "over in the {w}",
    "toward the {w}",
)

PLACE_TAILS: tuple[str, ...] = ("", " of the frame", " of the image", " of the shot")

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", away from the centre",
    ", off-centre",
    ", out toward the edge",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large break in the rim",
        "a big chunk of glass missing",
        "a badly shattered rim",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nick in the rim", "a chipped edge"),
    ("bottle", "contamination"): ("foreign matter", "debris inside", "a foreign particle"),
    ("carpet", "color"): ("a discoloured patch", "a dye blotch", "an off-colour spot"),
    ("carpet", "cut"): ("a slit", "a clean cut through the pile", "a gash"),
    ("carpet", "hole"): ("a gap in the weave", "a perforation", "a worn-through spot"),
    ("carpet", "metal_contamination"): (
        "a metal fleck",
        "embedded metal",
        "a stray metal shard",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray fibre", "a pulled yarn"),
    ("leather", "color"): ("a discoloured spot", "an uneven dye patch", "a colour blotch"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a folded ridge"),
    ("leather", "glue"): ("a glue smear", "an adhesive spot", "a dried glue blob"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a prick mark"),
    ("screw", "scratch_head"): (
        "a scratched head",
        "scuffing on the head",
        "a scrape across the head",
    ),
    ("screw", "scratch_neck"): (
        "a scuffed shank",
        "a scrape on the neck",
        "abrasion just below the head",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a damaged point",
        "a mangled front end",
    ),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a flattened thread flank",
        "a nicked thread on the side",
    ),
    ("screw", "thread_top"): (
        "a damaged thread near the tip",
        "a flattened top thread",
        "battered threads at the end",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a warped tab", "a deformed flange"),
    ("metal_nut", "color"): ("a discolouration", "a tinted blotch", "an off-colour patch"),
    ("metal_nut", "scratch"): ("a scrape", "a scuff mark", "a gouged line"),
    ("metal_plate", "major_rust"): (
        "heavy corrosion",
        "a large rust patch",
        "extensive oxidation",
    ),
    ("metal_plate", "total_rust"): (
        "corrosion across the whole plate",
        "rust over the entire surface",
        "full-surface oxidation",
    ),
    ("metal_plate", "scratches"): ("scrape marks", "surface abrasions", "score lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "tuft"),
    "leather": ("grain", "hide", "flesh side"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("face", "edge", "margin"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a hairline crack",
    "a dark stain",
    "a small dent",
    "a chipped edge",
    "a rust spot",
    "a puncture mark",
    "a smear of residue",
    "a frayed tear",
    "a deep gouge",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "burn mark",
    "misprint",
    "warp",
    "misalignment",
    "void",
    "chip",
    "scorch mark",
    "peeling",
)
