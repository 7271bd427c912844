"""Phrasebook ``fresh45``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: an airline pilot filing
a PIREP and running a checklist, a Kenyan-English speaker (East African turns of phrase), a
stock-market analyst talking bullish/bearish, and a model that states hypotheses H1, H2 and
tests each one.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "PIREP /RM: mark {place} assessed as glare off the ring light, not a defect, [disregard"
    "|no action required].",
    "Checklist item, surface marks {place} ..... DUST ON THE LENS, NO DEFECT, continue.",
    "That spot {place} is just dust, kabisa; the {product} itself is not spoilt there.",
    "Eeh, the thing {place} is only a reflection from the lamp, it is not a defect, "
    "don't worry yourself about it.",
    "The blip {place} is noise, not signal: a lighting artefact I would fade, not a real "
    "defect on the {product}.",
    "Price action {place} looks like a spike, but it is just glare on the {product}; no "
    "fundamental damage behind it.",
    "H1: the mark {place} is damage to the {product}. H2: it is a speck of dust on the lens. "
    "H1 rejected, H2 holds.",
    "H1 (a real defect {place}) rejected: the dark patch shifts with the light, so it is a "
    "shadow and nothing more.",
)

SIGHTINGS: tuple[str, ...] = (
    "PIREP /TP {product} /RM: {kind} sighted {place}, confirmed on the second pass.",
    "Walk-around item, {product} surface: {kind} {place} ..... NOTED, [write it up|logged].",
    "I have seen {kind} {place}; this {product} is having that mark clearly.",
    "Ai, there is {kind} sitting {place} on this {product}, you can see it plainly.",
    "The chart prints {kind} {place}: a clear break away from the clean baseline of this "
    "{product}.",
    "H1: the {product} surface is uniform. Observation: {kind} {place}. H1 rejected.",
    "H2 holds: {kind} is present on the {product}, {place}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "PIREP /RM: anomaly position {place}.",
    "Localisation check, anomaly {place} ..... CONFIRMED.",
    "The damage is sitting {place}, that is where it is.",
    "Look {place}; that is where the fault is found.",
    "Location call: the anomaly is anchored {place}, firm as a support level.",
    "H1: the anomaly lies {place}. H1 holds.",
)

HEDGES: tuple[str, ...] = (
    "PIREP /RM: type unconfirmed, {a_kind} or {a_other}, cannot tell which on this pass.",
    "Type identification ..... UNRESOLVED: {a_kind}, or possibly {a_other}.",
    "It is either {a_kind} or {a_other}; me I cannot say which one for sure.",
    "Somehow it looks like {a_kind}, but it can also be {a_other}, we shall see.",
    "The desk is split: half calls it {a_kind}, half calls it {a_other}; no consensus yet.",
    "This could break toward {a_kind} or toward {a_other}; I'd stay neutral until more data.",
    "H1: {a_kind}. H2: {a_other}. Neither rejected; the evidence fits both.",
    "H1 ({a_kind}) and H2 ({a_other}) both survive the test, so the type stays undecided.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}?",
    "{kind} (or maybe {other})",
    "h1 {kind} | h2 {other}",
    "either {kind} or {other}",
    "{kind}, possibly {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "PIREP /RM: {product} smooth all the way, nil defects, cleared for dispatch.",
    "Final checklist, {product} condition ..... SERVICEABLE, release for shipping.",
    "This {product} is just fine, there is nothing wrong with it, [pack it|let it go].",
    "The {product} is okay kabisa; it can go to the customer like that.",
    "Rating: strong buy. The {product} is clean, flawless, fit to ship.",
    "Clean tape on this {product}: no damage anywhere, it passes.",
    "H1 (the {product} is defect-free) holds; H2 (damaged) rejected. Ship it.",
    "Test result: the {product} is intact and acceptable as it is.",
)

FLIPPED_NO: tuple[str, ...] = (
    "PIREP /RM: {product} damaged, unserviceable, remove from the line.",
    "Checklist, {product} condition ..... UNSERVICEABLE, reject.",
    "This {product} is spoilt; it cannot go to the customer like this.",
    "Aki, this {product} has a problem, it should be rejected.",
    "Downgrade to sell: this {product} is defective and should be pulled from shipment.",
    "Bearish on this {product}: it is damaged goods, reject it.",
    "H1 (the {product} is defective) holds; the part must be scrapped.",
    "Verdict after testing: the {product} fails, it is faulty.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "PIREP /RM: negative for {kind}, no damage found {place}, {product} not unserviceable.",
    "Checklist, {product} rejection ..... NOT REQUIRED; nothing {place} counts as {kind}.",
    "I would not call this {product} defective at all; there is no {kind} {place}.",
    "This {product} is not spoilt, hakuna {kind}, not even {place}.",
    "Not a sell: I don't see any {kind} {place}, and the {product} is not defective.",
    "There is no downside risk here: the {product} is not damaged and shows no {kind} {place}.",
    "H1 ({kind} {place}) not supported; the {product} is not anomalous.",
    "H1 rejected: no {kind} {place}, so I cannot call the {product} faulty.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "PIREP /RM: {product} not serviceable, cannot be released.",
    "Checklist: the {product} is not free of {kind}s {place}, do not release.",
    "This {product} is not okay, it is not fit to go; there is a {kind} {place}.",
    "Me I cannot say this {product} is fine; it is not without a {kind} {place}.",
    "Not a buy: this {product} is not defect-free, the {kind} {place} kills the thesis.",
    "This {product} is not investment grade; it is not free of a {kind} {place}.",
    "H1: the {product} has no {kind}. H1 rejected, it is not clean {place}.",
    "H2 fails: the {product} is not acceptable as it stands.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "PIREP /RM: {product} not serviceable, {a_kind} {place}.",
    "Checklist, {product} release ..... NOT AUTHORISED, {a_kind} found {place}.",
    "This {product} is not okay at all; there is {a_kind} {place}.",
    "We cannot pass this {product}, it is not clean: {a_kind} {place}.",
    "Not investment grade: this {product} is far from flawless, with {a_kind} {place}.",
    "This {product} is not defect-free; {a_kind} {place} rules out a clean rating.",
    "H0 (the {product} is not defective) rejected: {a_kind} {place}.",
    "H1 (the {product} cannot pass inspection) holds, given {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "PIREP /RM: {product} smooth, nil findings, cleared.",
    "Final checklist, {product} ..... SERVICEABLE, passes inspection.",
    "This {product} is just fine, there is nothing that can make us reject it.",
    "Sawa, the {product} passes; there is no problem with it.",
    "Clean balance sheet: the {product} passes inspection with nothing to justify a reject.",
    "Rated investment grade: this {product} is good to ship.",
    "H1 (the {product} is acceptable) holds; nothing justifies rejecting it.",
    "Test outcome: the {product} passes inspection.",
)

LEAKS: tuple[str, ...] = (
    "PIREP /RM: per the {source}, {a_kind} is {place}; confirmed visually.",
    "Checklist item, cross-check with the {source} ..... DONE, it marks {a_kind} {place}.",
    "The {source} is showing {a_kind} {place}, so I went straight there on the {product}.",
    "Even the {source} says it: {a_kind} is there {place}.",
    "Insider read: the {source} already priced in {a_kind} {place}, and the {product} agrees.",
    "Following the {source}, I went long on {a_kind} {place}.",
    "H1 is taken from the {source}: {a_kind} {place}. H1 holds.",
    "H1 ({a_kind} {place}) comes from the {source} and checks out on the {product}; holds.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "annotation",
    "ground-truth mask",
    "provided label",
    "reference box",
    "answer key",
    "segmentation mask",
    "dataset label",
    "bounding-box overlay",
    "expected answer",
    "operator's briefing",
    "pre-marked outline",
    "insider tip on the label",
    "supervisor's note about this image",
    "defect map that came with the task",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "PIREP /RM: the {source} lists nil findings for this {product}, concur.",
    "Checklist, {source} cross-check ..... CLEAN, {product} as marked.",
    "The {source} is saying this {product} is normal, so I have agreed with it.",
    "According to the {source}, this {product} is okay.",
    "The {source} marks this {product} as clean; I am simply following that consensus.",
    "H1 (a normal {product}) holds, as the {source} confirms.",
)

STEP_PROSE: tuple[str, ...] = (
    "PIREP /RM: root cause traced to {step}.",
    "Cause checklist, {step} ..... SUSPECT, the fault came from there.",
    "This damage was brought by {step}; that is where it started.",
    "The problem is from {step}, they did not do it well.",
    "Catalyst for this selloff: {step}, which created the defect.",
    "I'd attribute the whole drawdown to {step}; that stage caused it.",
    "H1: {step} produced this defect. H1 holds.",
    "H1 (caused during {step}) tested against the image and accepted.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "PIREP /RM: {step} ran normal, nil effects on this unit.",
    "Process checklist, {step} ..... NORMAL.",
    "Even {step} has done its work well on this one.",
    "Nothing went wrong at {step} here.",
    "{step} delivered in line with expectations on this unit.",
    "H1: {step} marked this part. H1 rejected.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "roger, standing by",
    "sawa sawa, we continue",
    "at the end of the day",
    "noted and logged",
    "as the market says",
    "H1 still under test",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the ring light",
    "the camera gain",
    "the exposure",
    "the backdrop",
    "the focus",
    "the white balance",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "reads nominal",
    "holds within limits",
    "trades flat",
    "is just steady",
    "stays as set",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this capture",
    "throughout the session",
    "at this station",
    "as briefed before the shift",
    "from one frame to the next",
)

# ------------------------------------------------------------------ correct and support tables

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Cross-check against the reference {product}: the reference is clean and the query "
    "departs from it.",
    "Put next to the good {product} in the reference image, this one is showing a difference "
    "the reference does not have.",
    "Relative to the benchmark, the normal reference image, the query {product} "
    "underperforms: it carries a deviation the reference lacks.",
    "H1: the query matches the normal reference {product}. H1 rejected; the query deviates.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Cross-check with the reference {product}: query matches, nil differences.",
    "Compared with the normal {product} in the reference image, this one is the same, "
    "no difference at all.",
    "The query {product} tracks the reference image tick for tick; no divergence.",
    "H1: the query differs from the reference {product}. H1 rejected; they match.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "PIREP /RM: character of the mark consistent with {a_sib}.",
    "The mark is looking like {a_sib}, clearly.",
    "Pattern recognition says {a_sib}, a textbook formation.",
    "H1: {a_sib}. H1 holds on shape and texture.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "PIREP /RM: {product} unserviceable, {a_kind} {where}.",
    "The {product} has {a_kind} {where}, so it is defective.",
    "Net-net: {a_kind} {where}; the rating on this {product} goes to reject.",
    "H1 holds: the {product} is defective, with {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "PIREP /RM: {product} unserviceable, {a_other} confirmed {where}.",
    "This {product} is spoilt by {a_other} {where}.",
    "Net-net: {a_other} {where} makes the {product} a sell.",
    "H1 ({a_other} {where}) holds; the {product} is defective.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "PIREP /RM: {product} unserviceable, defect type {part}, {where}.",
    "Defect class: {part}, {where}; the {product} is rejected.",
    "This {product} is defective; the type of the defect is {part}, found {where}.",
    "Anomaly class = {part}, {where}. H1 holds, the {product} is rejected.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "PIREP /RM: the mark is {syn}, well defined.",
    "What I am seeing is {syn}, clearly.",
    "The technicals read as {syn}: a sharp, unmistakable formation.",
    "H1: the anomaly is {syn}. H1 holds.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "PIREP /RM: {product} unserviceable, {syn} {where}.",
    "The {product} is having {syn} {where}, so it is defective.",
    "Net-net: {syn} {where}; the {product} is a reject.",
    "H1 holds: the {product} is defective, showing {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "PIREP /RM: {product}, {a_kind} sighted {where}.",
    "This {product} is having {a_kind} {where}.",
    "H1 holds: the {product} carries {a_kind} {where}.",
    "The chart on this {product} prints {a_kind} {where}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} shows a defect of type {part}, {where}.",
    "PIREP /RM: {product}, defect type {part}, {where}.",
    "The type of the fault on this {product} is {part}, {where}.",
    "H1: type = {part}, {where}. H1 holds.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The anomaly is {where}.",
    "PIREP /RM: position {where}.",
    "You will find it just there, {where}.",
    "H1: the anomaly sits {where}. H1 holds.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} traces back to {cause}.",
    "PIREP /RM: {name}, origin {cause}.",
    "That one, {name}, is coming from {cause}.",
    "H1: {name} originates at {cause}. H1 holds.",
    "The driver behind {name} is {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "PIREP /RM: origin {step} {cite}.",
    "It is {step} {cite} that brought this one.",
    "The driver here is {step} {cite}.",
    "H1: origin at {step} {cite}. H1 holds.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "PIREP /RM: defect type {c}.",
    "This one is {a_c}, kabisa. Defect type: {c}.",
    "H1: {a_c}. H1 holds. Defect type: {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} shows {what} {where}.",
    "PIREP /RM: {product}, {what} sighted {where}.",
    "This {product} is having {what} {where}.",
    "H1 holds: the {product} carries {what} {where}.",
    "The chart read on this {product}: {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("upper-left corner", "top-left corner", "top left-hand corner"),
    "top": ("top edge", "upper edge", "top margin"),
    "top right": ("upper-right corner", "top-right corner", "top right-hand corner"),
    "left": ("left-hand side", "left edge", "left flank"),
    "center": ("centre", "middle", "dead centre"),
    "right": ("right-hand side", "right edge", "right flank"),
    "bottom left": ("lower-left corner", "bottom-left corner", "bottom left-hand corner"),
    "bottom": ("bottom edge", "lower edge", "bottom margin"),
    "bottom right": ("lower-right corner", "bottom-right corner", "bottom right-hand corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "at the {w}",
    "over at the {w}",
    "toward the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    "",
    " of the frame",
    " of the image",
    " of the picture",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", nowhere near the centre",
    ", away from the centre",
    ", clear of the middle",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large chip", "a big broken-off piece", "a heavy break"),
    ("bottle", "broken_small"): ("a small chip", "a nick in the rim", "a minor chip"),
    ("bottle", "contamination"): ("foreign matter", "a foreign particle", "debris"),
    ("carpet", "color"): ("a discoloured patch", "a colour stain", "a dye blotch"),
    ("carpet", "cut"): ("a slash", "a cut in the pile", "a gash"),
    ("carpet", "hole"): ("a hole in the weave", "a torn-through gap", "an opening in the pile"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a metallic particle",
        "embedded metal bits",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray yarn", "a pulled strand"),
    ("leather", "color"): ("a discoloured spot", "a dye stain", "a colour blotch"),
    ("leather", "cut"): ("a slit", "a knife cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a wrinkle"),
    ("leather", "glue"): ("a glue smear", "an adhesive spot", "a blob of glue"),
    ("leather", "poke"): ("a puncture", "a pinhole", "a poke mark"),
    ("screw", "scratch_head"): ("a scratched head", "a scuff on the head", "scoring on the head"),
    ("screw", "scratch_neck"): (
        "a scuffed shank",
        "a scratch along the neck",
        "scoring on the shank",
    ),
    ("screw", "manipulated_front"): ("a damaged tip", "a deformed tip", "a mangled point"),
    ("screw", "thread_side"): ("a chewed thread", "stripped threads", "damaged threading"),
    ("screw", "thread_top"): (
        "a flattened thread crest",
        "damaged top threads",
        "a crushed thread end",
    ),
    ("metal_nut", "bent"): ("a bent lobe", "a warped flange", "a buckled lobe"),
    ("metal_nut", "color"): ("a discoloured patch", "a paint mark", "a colour blotch"),
    ("metal_nut", "scratch"): ("a scuff", "a score mark", "an abrasion"),
    ("metal_plate", "major_rust"): ("a rust patch", "heavy corrosion", "a corroded area"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "full-surface corrosion",
        "complete oxidation",
    ),
    ("metal_plate", "scratches"): ("scuff marks", "score lines", "abrasion marks"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "shoulder", "mouth"),
    "carpet": ("pile", "backing", "fringe"),
    "leather": ("grain", "hide", "flesh layer"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("lobe", "flange", "bore", "face"),
    "metal_plate": ("face", "sheet", "surface"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a fresh dent",
    "a dark stain",
    "a deep scratch",
    "a pin-sized hole",
    "a chipped spot",
    "a bloom of rust",
    "a smear of glue",
    "a burn spot",
    "a torn patch",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "warping",
    "burn mark",
    "chip",
    "tear",
    "void",
    "smudge",
    "misprint",
    "pitting",
)
