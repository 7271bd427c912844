"""Phrasebook ``fresh48``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an airline pilot
writing a PIREP and reading a checklist, a Kenyan-English speaker, a stock-market analyst
talking bull and bear, and a hypothesis tester stating H1/H2 and ruling on each.
"""

from __future__ import annotations

# ---------------------------------------------------------------- error tables

DISMISSALS: tuple[str, ...] = (
    "Spotted something {place}, but that is just glare off the ring light; "
    "[disregard|no write-up], not a defect on the {product}.",
    "PIREP: minor speck {place}, assessed as dust on the lens window. "
    "Nothing wrong with the {product} itself, [no squawk filed|not logged].",
    "There is a small mark {place}, but ah, it is just dust on the camera, "
    "[not a problem|not a fault] with the {product}, [sawa|pole pole].",
    "That thing {place} is only a water spot on the lens, my friend, not damage to the {product}.",
    "The dip {place} is noise, not a fundamental: a lighting reflection, "
    "nothing wrong with the {product}. [Ignore the print.|Fade it.]",
    "H1: the blot {place} is a defect. H2: it is a specular highlight. "
    "H1 rejected, H2 holds; the {product} is unaffected.",
    "Shadow {place} from the fixture; an imaging artefact only, the {product} "
    "[itself |]is not damaged there.",
    "Checklist item 'surface', {place}: smudge on the camera glass, "
    "not a fault on the {product}. Item closed.",
)

SIGHTINGS: tuple[str, ...] = (
    "PIREP: {kind} observed {place} on the {product}.",
    "Kumbe, there is {kind} {place} on this {product}, [you can see it clearly|it is there].",
    "[The chart|The tape] shows {kind} {place}: [real|clear] damage on the {product}.",
    "H1: the {product} surface is intact. Observation: {kind} {place}. H1 rejected.",
    "Visual on {kind} {place}, the {product} has taken a hit [there|right there].",
    "Look here, {kind} is sitting {place} on the {product}, [kabisa|surely].",
    "[Red candle|Gap down]: {kind} {place} on this {product}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "Position report: the anomaly is {place}.",
    "[Kindly|Please] look {place}; that is where the fault sits.",
    "The damage is concentrated {place}, that is where the [sell-off|drawdown] is.",
    "H1: the anomaly lies {place}. H1 holds.",
    "Fix on the flaw: {place}.",
    "The spoilt part is {place}, [just there|right there].",
    "The risk is all concentrated {place}; that is the [weak|soft] spot.",
)

HEDGES: tuple[str, ...] = (
    "Type UNCONFIRMED: {a_kind} or {a_other}, requesting a second look.",
    "Sijui kama it is {a_kind} or {a_other}, [it is hard to say|I cannot tell] for now.",
    "Pricing it somewhere between {a_kind} and {a_other}; the market has not decided.",
    "H1: {a_kind}. H2: {a_other}. The evidence fits both; neither can be rejected yet.",
    "Could be {a_kind}, could be {a_other}, [I'm not sure which|fifty-fifty].",
    "Maybe {a_kind}, maybe {a_other}; [I cannot call it|no conviction either way].",
    "Reads as {a_kind}, unless it is {a_other}; unable to confirm which.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "possibly {kind}, possibly {other}",
    "{kind} (or {other}?)",
    "either {kind} or {other}",
    "{kind} vs {other}, undecided",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product} was inspected, zero discrepancies; cleared for dispatch.",
    "Kabisa, this {product} is in good shape, we can send it to the customer.",
    "All checklist items green; the {product} is serviceable [as is|and released].",
    "Fundamentals are solid: this {product} is a clean, shippable unit. Strong buy.",
    "H1 (the {product} is faulty) rejected; H2 (the {product} is within spec) holds.",
    "The {product} is fine, my friend, let it go to packing.",
    "Clean sheet for this {product}: fit to ship as it stands.",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} is grounded pending repair; it is unserviceable.",
    "This {product} is spoilt, kindly remove it from the line.",
    "Downgrade to SELL: this {product} is a defective unit.",
    "H1 (the {product} is defective) holds; H2 (good unit) rejected.",
    "Write it up: the {product} fails inspection.",
    "Aki, this {product} has a fault, it must be sent back.",
    "Bearish on this {product}: damaged goods, pull it from the shipment.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I would not call this {product} defective; it is not one to write up.",
    "Not a reject, this {product}: that {kind} {place} is not worth grounding it for.",
    "The {product} is not damaged, not even {place}.",
    "Hii si mbaya: the {product} is not faulty at all, bwana.",
    "No downside on this {product}; it isn't a defective unit and I'm not selling.",
    "H1 (the {product} is defective) is not supported; I don't see any {kind} that counts.",
    "Not unserviceable: the {product} doesn't need to come off the line.",
    "It is not true that this {product} has a problem {place}; it is not one to reject.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of defects; there's a {kind} {place}.",
    "Not serviceable: the {product} can't be released as it stands.",
    "I would not pass this {product}, it is not okay at all.",
    "The {product} isn't flawless; not a clean print, this one.",
    "H0 (no {kind} present) is not supported: the {product} is not defect-free.",
    "Cannot sign this {product} off; it is not within limits {place}.",
    "Si sawa, this {product} is not in good condition, bwana.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not defect-free: {a_kind} {place}.",
    "Not airworthy, so to speak: {a_kind} {place}, the {product} stays on the ground.",
    "This {product} is not okay, there is {a_kind} {place}.",
    "Far from a clean print: {a_kind} {place} means the {product} can't pass.",
    "H1 (the {product} is flawless) cannot stand, given {a_kind} {place}.",
    "Not fit to ship: the {product} carries {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection.",
    "Checklist complete: the {product} is serviceable and released.",
    "This {product} is okay kabisa, nothing on it that would make us reject it.",
    "The {product} clears the bar; a clean unit, [steady as she goes|holding its level].",
    "H1 (the {product} is within spec) holds; it passes.",
    "Nothing here justifies pulling the {product}; it goes through.",
)

LEAKS: tuple[str, ...] = (
    "Per {source}, there is {a_kind} {place}, so I log it there.",
    "Going by {source}, the {product} has {a_kind} {place}.",
    "{source} flags {a_kind} {place}; that settles it.",
    "As {source} says, it is {a_kind} {place}, sawa.",
    "Insider read from {source} points to {a_kind} {place}.",
    "H1 ({a_kind} {place}) holds, checked against {source}.",
    "I matched my read with {source}: {a_kind}, {place}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the label",
    "the annotation",
    "the ground-truth mask",
    "the reference box",
    "the bounding box the annotator drew",
    "what the supervisor told me",
    "the answer key",
    "the tagger's note",
    "the dataset's label file",
    "the segmentation overlay",
    "the expected answer",
    "the briefing from the QC desk",
    "the hint in the prompt",
    "the marked-up copy",
    "what the fundi told me",
    "the oracle label",
    "the dispatcher's note",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} lists this {product} as good, so I call it normal.",
    "Per {source}, the {product} is a normal unit.",
    "H1 (normal {product}) confirmed by {source}.",
    "Tip-off from {source}: the {product} is clean.",
    "As {source} says, this {product} has nothing wrong, sawa.",
    "Cross-checked against {source}; the {product} is normal.",
)

STEP_PROSE: tuple[str, ...] = (
    "Root cause: {step}, in my assessment.",
    "This damage came in at {step}, I'd say.",
    "The fault was introduced during {step}, hapo ndipo.",
    "I'd attribute this sell-off to {step}.",
    "H1: {step} caused it. H1 holds.",
    "Trace it back and you land on {step} as the culprit.",
    "It is {step} that left this mark, no doubt.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} seems to have run normally on this unit.",
    "Nothing upstream at {step} left a trace here.",
    "H1: {step} left a mark. H1 rejected.",
    "Smooth air reported from {step} on this one.",
)

# ---------------------------------------------------------------- padding

FILLER_CHUNKS: tuple[str, ...] = (
    "roger that",
    "as briefed",
    "kindly note",
    "going forward",
    "all things considered",
    "for the record",
    "at the end of the day",
    "pending further data",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the ring light",
    "the exposure",
    "the white balance",
    "the lens",
    "the backdrop",
    "the focus",
    "the sensor gain",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is steady",
    "holds even",
    "reads nominal",
    "looks consistent",
    "stays within its usual band",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "across the capture",
    "throughout the session",
    "as on the previous frame",
    "",
)

# ---------------------------------------------------------------- correct and slot tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Against the known-good {product} reference, the query deviates in one region.",
    "Side by side with the normal {product} picture, this one is different somewhere.",
    "Versus the benchmark image of a normal {product}, the query diverges.",
    "H1: the query equals the normal {product} reference. H1 rejected: they differ.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Cross-checked against the known-good {product} reference: identical in every region.",
    "Compared with the good {product} sample photo, this one is the same kabisa.",
    "The query tracks the normal {product} reference image one-for-one.",
    "H1: the query departs from the normal {product} reference. H1 rejected; they match.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Characterised as {a_sib}.",
    "This one looks like {a_sib}, truly.",
    "The pattern reads as {a_sib}.",
    "H1: {a_sib}. H1 holds.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Final: the {product} carries {a_kind} {where}; write it up.",
    "So the {product} has {a_kind} {where}, that one is defective.",
    "Bottom line: {a_kind} {where} on the {product}; downgrade it.",
    "Conclusion: H1 holds, {a_kind} {where} on the {product}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final: the {product} carries {a_other} {where}; write it up.",
    "So the {product} has {a_other} {where}, that one is defective.",
    "Bottom line: {a_other} {where} on the {product}; downgrade it.",
    "Conclusion: H1 holds, {a_other} {where} on the {product}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final: defect type {part}, {where} on the {product}.",
    "So the {product} is defective, and the type is {part}, {where}.",
    "Bottom line: a {part} defect {where} on the {product}.",
    "Conclusion: H1 holds, the {product}'s anomaly type is {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Visual: consistent with {syn}.",
    "It looks like {syn}, clearly.",
    "On the chart it reads as {syn}.",
    "H1: {syn}. H1 holds against the visual.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "Write-up: the {product} shows {syn} {where}; unserviceable.",
    "The {product} has {syn} {where}, so it is defective.",
    "Net: {syn} {where} makes the {product} a reject.",
    "H1 holds: {syn} {where}; the {product} is defective.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}.",
    "Confirmed {a_kind} {where} on the {product}.",
    "There is {a_kind} {where} on this {product}.",
    "H1 holds: {a_kind} {where} on the {product}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "Defect on the {product}: type {part}, {where}.",
    "The anomaly type here is {part}, {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "Position: {where}.",
    "It is {where}.",
    "The anomaly sits {where}.",
    "H1: the anomaly is located {where}. H1 holds.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} traces back to {cause}.",
    "Root cause of {name}: {cause}.",
    "{Name}: set off by {cause}, sawa.",
    "H1: {cause} produced {name}. H1 holds.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "That points to {step} {cite}.",
    "The likely origin is {step} {cite}, ndio.",
    "H2: {step} {cite} as the source. H2 holds.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "It is {a_c}.",
    "Type: {c}, confirmed.",
    "Classified as {a_c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} shows {what} {where}.",
    "There is {what} {where} on this {product}.",
    "Confirmed: {what} {where} on the {product}.",
    "H1 holds: {what} {where} on the {product}.",
)

# ---------------------------------------------------------------- places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left quadrant", "northwest corner"),
    "top": ("top edge", "upper band", "top strip"),
    "top right": ("upper-right corner", "top-right quadrant", "northeast corner"),
    "left": ("left-hand side", "left flank", "west side"),
    "center": ("middle", "dead centre", "central zone"),
    "right": ("right-hand side", "right flank", "east side"),
    "bottom left": ("lower-left corner", "bottom-left quadrant", "southwest corner"),
    "bottom": ("bottom edge", "lower band", "bottom strip"),
    "bottom right": ("lower-right corner", "bottom-right quadrant", "southeast corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "at the {w}",
    "around the {w}",
    "over in the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the picture",
    " of the image",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well clear of the middle",
    ", off-centre",
    ", away from the centre",
)

# ---------------------------------------------------------------- names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large break",
        "a big chunk missing from the rim",
        "a badly broken rim",
    ),
    ("bottle", "broken_small"): ("a small chip", "a chipped rim", "a nick in the rim"),
    ("bottle", "contamination"): ("foreign matter", "debris", "a foreign particle"),
    ("carpet", "color"): ("a discoloured patch", "a stain", "a dye spot"),
    ("carpet", "cut"): ("a slit", "a cut in the pile", "a gash"),
    ("carpet", "hole"): ("a hole in the weave", "a perforation", "a torn-through gap"),
    ("carpet", "metal_contamination"): ("a metal fragment", "metal debris", "a bit of wire"),
    ("carpet", "thread"): ("a loose thread", "a stray yarn", "a pulled strand"),
    ("leather", "color"): ("a discoloured spot", "a dye stain", "a colour blotch"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a folded-over ridge"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "glue residue"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a small stab mark"),
    ("screw", "scratch_head"): ("a scratched head", "a scuff on the head", "a gouge on the head"),
    ("screw", "scratch_neck"): (
        "a scuff on the shank",
        "a scratched neck",
        "an abrasion below the head",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed point", "a mangled front end"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a chewed thread flank",
        "a nicked thread",
    ),
    ("screw", "thread_top"): (
        "damaged threads near the top",
        "a crushed top thread",
        "a nicked upper thread",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a deformed tab", "a buckled edge"),
    ("metal_nut", "color"): ("a discoloured patch", "a colour blotch", "an off-colour stain"),
    ("metal_nut", "scratch"): ("a scratch mark", "a scuff", "a score line"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a rust patch", "a large rusty area"),
    ("metal_plate", "total_rust"): (
        "corrosion all over",
        "rust across the whole plate",
        "complete corrosion",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "surface scoring", "a set of scratch lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "rim", "shoulder", "base"),
    "carpet": ("pile", "backing", "weave"),
    "leather": ("grain side", "edge", "hide"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("lobe", "bore", "face"),
    "metal_plate": ("face", "border", "flat side"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a fine crack line",
    "a dark stain",
    "a small dent",
    "a chipped edge",
    "a pinhole",
    "a rusty spot",
    "a frayed strand",
    "a bent tab",
    "a blob of glue",
)

OTHER_TYPES: tuple[str, ...] = (
    "dent",
    "bubble",
    "burr",
    "blister",
    "porosity",
    "delamination",
    "warping",
    "misalignment",
    "spatter",
)
