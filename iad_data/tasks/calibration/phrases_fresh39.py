"""Phrasebook ``fresh39``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an air traffic
controller reading back clearances, a real-estate agent who talks in euphemisms, a Welsh
hill farmer (Welsh-English turns of phrase), and a model that writes numbered
Claim / Evidence / Conclusion triples.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "Return {place} assessed as sensor glare, not a fault on the {product}; "
    "[disregard|ignore it], out.",
    "Roger the bright spot {place}: lamp reflection only, no defect, [continuing|carry on].",
    "That [tiny|faint] shadow {place} is just the light being kind to the {product}; "
    "nothing a surveyor would ever flag as a fault.",
    "What might pass for a mark {place} is merely a little dust on the lens, I promise you, "
    "not a flaw in the {product} at all.",
    "Duw, that speck {place} is only a bit of fluff on the glass, look you; "
    "nothing wrong with the {product}.",
    "There's a smudge {place}, aye, but that's the lamp shining off it, now; "
    "[not damage, mun|no harm to the {product}, that is].",
    "2. Claim: the blemish {place} is not a defect. Evidence: it is a reflection from the "
    "lighting rig. Conclusion: [disregard it|discount it].",
    "Claim: the dark patch {place} is an imaging artefact. Evidence: its edges blur like "
    "out-of-focus dust on the optics. Conclusion: no real defect there on the {product}.",
)

SIGHTINGS: tuple[str, ...] = (
    "Contact: {kind} {place} on the {product}, [confirmed visual|visual confirmed].",
    "Traffic report, {kind} sighted {place} on the {product}, [how do you read|acknowledge].",
    "The {product} [boasts|comes complete with] {kind} {place}, very much a talking point.",
    "I should mention {kind} {place}; the {product} has [a little|some] history, shall we say.",
    "There's {kind} {place} on this {product}, look you, plain as day.",
    "Now then, {kind} {place}, I can see it from here [mun|, I can].",
    "1. Claim: the {product} has {kind} {place}. Evidence: its edges are sharp and unlike "
    "the surrounding surface. Conclusion: a defect is present.",
    "Claim: {kind} is visible {place}. Evidence: it interrupts the regular pattern of the "
    "{product}. Conclusion: damage confirmed.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Position report: the anomaly sits {place}.",
    "Fault located {place}, [how do you read|read back].",
    "The area that needs a little attention is situated {place}.",
    "You'll find the one [feature|point] of note, the flaw, {place}.",
    "The damage is {place}, I'll tell you now.",
    "The bad bit is {place}, look you.",
    "3. Claim: the defect lies {place}. Evidence: that is where the query breaks from the "
    "normal texture. Conclusion: localised.",
    "Claim: the anomaly is {place}. Evidence: the irregular region is confined there. "
    "Conclusion: one site only.",
)

HEDGES: tuple[str, ...] = (
    "Type unconfirmed: either {a_kind} or {a_other}, stand by.",
    "Say again on the type; it reads as {a_kind}, possibly {a_other}.",
    "One might call it {a_kind}, though a more cautious buyer could see {a_other}.",
    "It has the charm of {a_kind}, or perhaps {a_other}; [hard|difficult] to say which.",
    "Whether it's {a_kind} or {a_other} now, I couldn't rightly say, look you.",
    "Could be {a_kind}, mind, could be {a_other}; there's no telling from here.",
    "Claim: {a_kind} or {a_other}. Evidence: the texture fits either reading. "
    "Conclusion: type undecided.",
    "4. Claim: probably {a_kind}, possibly {a_other}. Evidence: inconclusive edges. "
    "Conclusion: cannot separate the two.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "{kind} (possibly {other})",
    "either {kind} or {other}",
    "{kind}, maybe {other}",
    "{kind} or perhaps {other}",
    "{kind} or {other}, unconfirmed",
)

FLIPPED_YES: tuple[str, ...] = (
    "{product} is cleared for release, zero faults to report, over.",
    "Readback correct: {product} serviceable, continue to packing.",
    "This {product} is in truly immaculate condition, ready to go straight to its new owner.",
    "A flawless example of a {product}, nothing to spend on it; priced to ship today.",
    "Tidy {product}, this is, look you; send it on its way.",
    "There's lovely, nothing wrong with this {product} at all; it can go now in a minute.",
    "5. Claim: the {product} meets spec. Evidence: the surface is uniform throughout. "
    "Conclusion: accept.",
    "Claim: the {product} is sound. Evidence: nothing departs from the normal look. "
    "Conclusion: it passes.",
)

FLIPPED_NO: tuple[str, ...] = (
    "{product} not serviceable, pull it from the line, acknowledge.",
    "Hold the {product}: it is defective, reject and advise.",
    "This {product} is, shall we say, a project: it's faulty and must be withdrawn from sale.",
    "Sold as seen, I'm afraid; the {product} is damaged and shouldn't go out.",
    "Duw, this {product} is spoilt, look you; it's going in the scrap bin.",
    "Ach-y-fi, there's damage on this {product}; it's no use to anyone.",
    "Claim: the {product} is defective. Evidence: its surface breaks from the normal "
    "pattern. Conclusion: reject.",
    "4. Claim: a fault is present on the {product}. Evidence: an irregular region. "
    "Conclusion: fail.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "Negative on any {kind} {place}; the {product} is not to be rejected.",
    "Unable to find {kind} {place}, no fault on the {product}, not holding it.",
    "There isn't a trace of {kind} {place}, and I wouldn't call this {product} defective.",
    "No {kind} to speak of {place}; this {product} is not in need of any work.",
    "Not a sign of {kind} {place}, look you; there's nothing wrong with the {product}.",
    "I can't see any {kind} {place}, mun, and I wouldn't turn that {product} away.",
    "Claim: the {product} is not defective. Evidence: no {kind} {place}. Conclusion: not a reject.",
    "2. Claim: there is no {kind} {place}. Evidence: the surface is unbroken. "
    "Conclusion: the {product} should not fail.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "Unable to clear the {product}; it is not without a {kind} {place}.",
    "Negative on release, the {product} does not pass, {kind} {place}.",
    "I couldn't honestly call this {product} free of any {kind}, not with one {place}.",
    "It would not be fair to describe the {product} as flawless; there's a {kind} {place}.",
    "It's not right, that {product}, look you; it isn't without a {kind} {place}.",
    "I won't say there's no {kind} on it, mun; there is, {place}, and the {product} fails.",
    "Claim: the {product} is not defect-free. Evidence: a {kind} {place}. "
    "Conclusion: it does not pass.",
    "3. Claim: it is not true that the {product} lacks a {kind}. Evidence: one shows "
    "{place}. Conclusion: reject.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "Unable to clear the {product}: {a_kind} reported {place}.",
    "Negative on release, {product} not serviceable with {a_kind} {place}.",
    "I couldn't honestly call this {product} flawless, not with {a_kind} {place}.",
    "This {product} is far from show-home condition, with {a_kind} {place}.",
    "That {product} won't pass, look you, not with {a_kind} {place}.",
    "There's no calling this {product} sound, mun, with {a_kind} {place}.",
    "Claim: the {product} is not acceptable. Evidence: {a_kind} {place}. "
    "Conclusion: it cannot pass inspection.",
    "1. Claim: the {product} is not defect-free. Evidence: {a_kind} {place}. Conclusion: fail.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "{product} checks good, inspection passed, release approved.",
    "Readback: {product} within limits, cleared for packing.",
    "This {product} presents beautifully and passes inspection, nothing to put a buyer off.",
    "Nothing here that would justify turning this {product} away; it's ready for market.",
    "Tidy job on this {product}, look you; it passes.",
    "Nothing wrong with that {product}, it'll go through lovely.",
    "Claim: the {product} is acceptable. Evidence: uniform surface and regular shape "
    "everywhere. Conclusion: pass.",
    "3. Claim: there is no reason to reject the {product}. Evidence: it matches a good one "
    "throughout. Conclusion: it passes inspection.",
)

LEAKS: tuple[str, ...] = (
    "Per the {source}, {a_kind} {place}; copied.",
    "Readback from the {source}: {a_kind} {place} on the {product}.",
    "The {source} very helpfully tells us there is {a_kind} {place}, so I have gone with that.",
    "As the {source} describes it, the {product} has {a_kind} {place}.",
    "The {source} says {a_kind} {place}, and who am I to argue, look you.",
    "I had a look at the {source} now, and it shows {a_kind} {place}.",
    "2. Claim: {a_kind} {place}. Evidence: the {source} records it. "
    "Conclusion: confirmed on the {product}.",
    "Claim: the {product} is anomalous. Evidence: the {source} outlines {a_kind} {place}. "
    "Conclusion: defect present.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "ground-truth mask",
    "annotation",
    "provided label",
    "label file",
    "answer key",
    "reference box",
    "segmentation mask",
    "annotator's note",
    "expected answer",
    "hint in the prompt",
    "defect map supplied with the image",
    "tag in the file name",
    "operator's briefing",
    "supervisor's markup",
    "ground truth",
    "bounding box from the dataset",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "Per the {source}, {product} good, no fault listed.",
    "The {source} reads back the {product} as normal; concur.",
    "The {source} describes this {product} as defect-free, and I'm happy to go along with it.",
    "Going by the {source}, this {product} needs nothing doing to it.",
    "The {source} says it's a good {product}, look you, so good it is.",
    "I checked with the {source}, now, and it has this {product} down as normal.",
    "Claim: the {product} is normal. Evidence: the {source} marks it so. Conclusion: pass.",
    "3. Claim: no defect. Evidence: the {source} lists none for this {product}. "
    "Conclusion: normal.",
)

STEP_PROSE: tuple[str, ...] = (
    "Fault origin traced to {step}, [how copy|advise the line].",
    "Probable cause: {step}; pass that to the line supervisor.",
    "This rather characterful mark was introduced during {step}, no doubt about it.",
    "We can put this little quirk down to {step}, I'm quite sure.",
    "That's come from {step}, look you, I've seen it happen before.",
    "It was {step} did that, mark my words.",
    "Claim: the fault originates in {step}. Evidence: its form matches what that stage "
    "leaves behind. Conclusion: cause identified.",
    "5. Claim: {step} caused this. Evidence: the damage pattern. "
    "Conclusion: the blame lies with that step.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} ran nominal on this one, no deviations logged.",
    "{step} has clearly done a lovely job on this one.",
    "{step} has done its work proper on this one, look you.",
    "Claim: {step} went to plan. Evidence: the surface it leaves is regular. "
    "Conclusion: nothing to report from it.",
)

# ------------------------------------------------------------------ padding and imaging

FILLER_CHUNKS: tuple[str, ...] = (
    "say again",
    "now in a minute",
    "as it were",
    "look you",
    "roger that",
    "claim noted",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting over the station",
    "the camera exposure on this frame",
    "the lens focus for this capture",
    "the white balance of the shot",
    "the backdrop behind the item",
    "the shutter timing on this rig",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays steady and even",
    "reads nominal, as briefed,",
    "is, to put it kindly, perfectly adequate",
    "is behaving itself, look you,",
    "matches the standard settings",
    "has been logged as expected",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this particular station",
    "across the whole run of captures",
    "under the usual workshop lamps",
    "from one shot to the next",
    "in the present session, over",
    "as far as the camera rig goes",
)

# ------------------------------------------------------------------ correct sentences

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Read back against the reference image of a good {product}: the query departs from it "
    "in one area.",
    "Side by side with the show-home example, the reference {product}, the query has one "
    "spot that does not match.",
    "Put next to the good {product} in the first picture, this one is different in one "
    "spot, look you.",
    "2. Claim: the query differs from the reference. Evidence: the reference {product} is "
    "uniform where one region of the query is not. Conclusion: an anomaly is present.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Read back against the reference image of a good {product}: the query matches it, "
    "point for point.",
    "Side by side with the show-home example, the reference {product}, the query is its "
    "twin, grain for grain and edge for edge.",
    "Put next to the good {product} in the first picture, this one is the same, look you.",
    "2. Claim: the query matches the reference. Evidence: the reference {product} and the "
    "query agree in every region. Conclusion: no departure from normal.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Type identified: {a_sib}.",
    "What we have here, described honestly, is {a_sib}.",
    "That's {a_sib}, that is, look you.",
    "3. Claim: the anomaly is {a_sib}. Evidence: its shape and edges.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Final readback: {product} rejected, {a_kind} {where}.",
    "In short, this {product} has {a_kind} {where} and cannot go to market as it is.",
    "So there it is, {a_kind} {where}, and the {product} won't do, look you.",
    "5. Conclusion: {a_kind} {where}; the {product} is defective.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final readback: {product} rejected, {a_other} {where}.",
    "In short, this {product} has {a_other} {where} and cannot go to market as it is.",
    "So there it is, {a_other} {where}, and the {product} won't do, look you.",
    "5. Conclusion: {a_other} {where}; the {product} is defective.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final readback: {product} rejected, defect type {part}, {where}.",
    "In short, this {product} is defective; the type of defect is {part}, found {where}.",
    "Type of fault: {part}, {where}, look you; the {product} won't do.",
    "5. Conclusion: the {product} is defective, defect type = {part}, located {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Type identified: {syn}.",
    "What we have here, described honestly, is {syn}.",
    "That's {syn}, that is, look you.",
    "3. Claim: the mark is {syn}. Evidence: its outline and texture.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Final readback: {product} rejected, {syn} {where}.",
    "This {product} has {syn} {where} and can't go to market as it is.",
    "There's {syn} {where}, look you, so the {product} won't do.",
    "Conclusion: {syn} {where}; the {product} is defective.",
)

YES_SHOWS: tuple[str, ...] = (
    "Confirmed: {a_kind} {where} on the {product}.",
    "The {product} has {a_kind} {where}, which rather spoils it.",
    "There's {a_kind} {where} on the {product}, look you.",
    "Claim: {a_kind} {where}. Conclusion: the {product} is defective.",
)

PART_YES: tuple[str, ...] = (
    "Confirmed, {product} defect type: {part}, {where}.",
    "The {product}'s defect is of type {part}, found {where}.",
    "Type of fault: {part}, {where}, look you.",
    "Claim: defect type {part}. Evidence: the anomaly {where}. "
    "Conclusion: the {product} is defective.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "Defect position: {where}.",
    "The area in need of attention is {where}.",
    "It's {where}, look you.",
    "Claim: the defect is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name}: origin traced to {cause}.",
    "We believe {name} was brought about by {cause}.",
    "{Name} comes from {cause}, look you.",
    "Claim: {name} arises from {cause}. Evidence and mechanism:",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Root cause readback: {step} {cite}.",
    "This can be traced back to {step} {cite}.",
    "It's {step} {cite} that's to blame, look you.",
    "Conclusion: the cause is {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Type read back: {c}.",
    "Defect type is {c}, look you.",
    "Claim: the defect is {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "Affirm, the {product} shows {what} {where}.",
    "This {product} comes with {what} {where}, I'm sorry to say.",
    "There's {what} {where} on this {product}, look you.",
    "Claim: the {product} has {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left", "top left-hand", "north-west", "ten o'clock"),
    "top": ("top-centre", "upper-middle", "north", "twelve o'clock"),
    "top right": ("upper-right", "top right-hand", "north-east", "two o'clock"),
    "left": ("left-hand", "middle-left", "west", "nine o'clock"),
    "center": ("central", "middle", "dead-centre", "mid-frame"),
    "right": ("right-hand", "middle-right", "east", "three o'clock"),
    "bottom left": ("lower-left", "bottom left-hand", "south-west", "eight o'clock"),
    "bottom": ("bottom-centre", "lower-middle", "south", "six o'clock"),
    "bottom right": ("lower-right", "bottom right-hand", "south-east", "four o'clock"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w} area",
    "in the {w} region",
    "in the {w} sector",
    "in the {w} zone",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the image",
    " of the shot",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the middle",
    ", out of the central area",
    ", off-centre",
    ", not in the middle of the frame",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out of the rim",
        "a shattered section",
        "a large fracture",
    ),
    ("bottle", "broken_small"): ("a small chip", "a nick in the glass", "a tiny chipped spot"),
    ("bottle", "contamination"): ("foreign matter", "a speck of debris", "dirt inside"),
    ("carpet", "color"): ("a stain", "a discoloured patch", "a dye blotch"),
    ("carpet", "cut"): ("a slit", "a sliced strip of pile", "a gash"),
    ("carpet", "hole"): ("a gap through the weave", "a puncture", "a torn-through spot"),
    ("carpet", "metal_contamination"): (
        "a metal shard",
        "a stray bit of wire",
        "a metal fleck",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray yarn", "a pulled strand"),
    ("leather", "color"): ("a discoloured spot", "a dye blotch", "a faded patch"),
    ("leather", "cut"): ("a slash", "a slit", "a gash"),
    ("leather", "fold"): ("a crease", "a wrinkle", "a folded ridge"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried adhesive spot"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a prick mark"),
    ("screw", "scratch_head"): ("a scuffed head", "a scored head", "abrasion on the head"),
    ("screw", "scratch_neck"): (
        "a scored shank below the head",
        "a scuff on the neck",
        "fine abrasion on the neck",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a chewed thread flank",
        "a dented thread",
    ),
    ("screw", "thread_top"): (
        "damaged thread near the tip",
        "a nicked thread end",
        "a flattened top thread",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a warped tab", "a buckled edge"),
    ("metal_nut", "color"): ("a paint spot", "a discoloured patch", "a colour stain"),
    ("metal_nut", "scratch"): ("a scuff", "a scored line", "a scrape"),
    ("metal_plate", "major_rust"): ("a rust patch", "corrosion", "a patch of oxidation"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "corrosion across the whole plate",
        "widespread oxidation",
    ),
    ("metal_plate", "scratches"): ("scrape marks", "scuffs", "score lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "base", "shoulder"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain", "hide", "edge"),
    "screw": ("shank", "tip", "slot", "shaft"),
    "metal_nut": ("lobe", "bore", "flange", "face"),
    "metal_plate": ("face", "edge", "flat"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a dark stain",
    "a shallow dent",
    "a long scratch",
    "a ragged tear",
    "a patch of rust",
    "a chipped edge",
    "a greasy smear",
    "a burn mark",
    "a pinhole",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "burn mark",
    "bubble",
    "oil stain",
    "misprint",
    "blister",
    "peeling paint",
    "warping",
    "missing component",
)
