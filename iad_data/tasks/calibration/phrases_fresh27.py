"""Phrasebook ``fresh27``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a wine sommelier
describing a glass, a Discord teenager typing in lowercase slang, a Spanish-English bilingual
maintenance technician (some Spanish words, Spanish-influenced English), and a model that
reasons as numbered hypotheses (H1, H2... accepted/rejected).
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    "A fleeting shimmer {place}, but that is only the lamp catching the surface, "
    "[nothing|no fault] in the {product} itself.",
    "ok theres a lil speck {place} but [its literally|thats just] dust on the lens, "
    "not a defect [lol|tbh]",
    "Hay una manchita {place}, pero es puro polvo en el lente, not a defect of the {product}.",
    "H1: the mark {place} is damage to the {product}, rejected. "
    "H2: it is a reflection from the lighting, accepted.",
    "What first reads as a blemish {place} is merely a trick of the light on the glass, "
    "not something in the {product}.",
    "that bright spot {place}? [glare|just glare from the light], ignore it, "
    "the {product} itself is untouched there",
    "Ese brillo {place} es reflejo de la lámpara, [pues|mira], the {product} has nothing "
    "there, es la luz nomás.",
    "H3: the shadow {place} is an imaging artefact and not a flaw of the {product}, accepted; "
    "H4: real damage, rejected.",
)

SIGHTINGS: tuple[str, ...] = (
    "On closer nosing, {kind} shows itself {place} on the {product}, [sharp|distinct] "
    "and unmistakable.",
    "yo theres {kind} {place} on the {product}, clear as day",
    "Mira, aquí hay {kind} {place} en el {product}, se ve clarito.",
    "H1: {kind} present {place} on the {product}, accepted on the visual evidence.",
    "The {product} carries {kind} {place}, a distinct off-note in an otherwise quiet glass.",
    "[spotted|caught] {kind} {place} on this {product} ngl",
    "Se ve {kind} {place}, right there on the {product}.",
    "H2 accepted: the {product} has {kind} {place}.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The off-note is concentrated {place}.",
    "the sus area is {place} btw",
    "El defecto está {place}.",
    "H1: the anomaly lies {place}, accepted.",
    "Its character gathers {place}, and that is where the fault sits.",
    "[its|the damage is] {place}, thats where u gotta look",
    "Lo encontré {place}, ahí está la falla.",
    "H2 accepted: location of the anomaly is {place}.",
)

HEDGES: tuple[str, ...] = (
    "On the palate it could be {a_kind}, though it could just as easily be {a_other}; "
    "I cannot settle it.",
    "lowkey cant tell if its {a_kind} or {a_other} tbh",
    "Puede ser {a_kind} o tal vez {a_other}, no estoy seguro.",
    "H1: {a_kind}. H2: {a_other}. Neither can be rejected yet.",
    "It sits somewhere between {a_kind} and {a_other}; the character is ambiguous.",
    "{a_kind}? {a_other}? idk honestly, could be either",
    "Parece {a_kind}, or maybe it's {a_other}, [hard to say|quién sabe].",
    "H1 ({a_kind}) and H2 ({a_other}) both remain open; undecided between them.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}?",
    "{kind} o {other}",
    "h1 {kind} / h2 {other}, undecided",
    "maybe {kind}, maybe {other}",
    "either {kind} or {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product} is sound from nose to finish, a faultless example, ready to go out.",
    "this {product} is [totally|lowkey totally] fine lol, ship it",
    "La pieza está perfecta, this {product} goes out with the good ones.",
    "H2 accepted: the {product} is in good condition and can be released.",
    "Everything about this {product} is balanced and correct; I would serve it to anyone.",
    "{product} is all good, send it down the line",
    "Todo bien con el {product}, ya se puede empacar.",
    "H3 accepted: the {product} conforms and goes to shipping.",
)

FLIPPED_NO: tuple[str, ...] = (
    "The {product} has turned, a faulty example; it belongs back with the producer.",
    "this {product} is busted ngl, [reject it|bin it]",
    "Esta pieza está mala, el {product} se va para scrap.",
    "H2 accepted: the {product} is defective and must be pulled.",
    "Corked, so to speak: this {product} is faulty and should be sent back.",
    "bruh this {product} is cooked, straight to the reject pile",
    "Hay que rechazar este {product}, tiene falla.",
    "H1 accepted: the {product} fails inspection.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I find no trace of {kind} anywhere on this {product}; it is not a flawed example.",
    "there's no {kind} {place} or anywhere else, this {product} isn't defective",
    "Pues no hay ningún {kind} en el {product}, no tiene nada malo.",
    "H1 ({kind} {place}) rejected: the {product} is not defective.",
    "Not a hint of {kind} on the palate; this {product} is not faulty in the least.",
    "ngl i don't see any {kind} {place}, this {product} ain't defective",
    "El {product} no está dañado; I don't see no {kind} {place}.",
    "H0 kept: no {kind} on the {product}, and it is not defective.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not free of {kind}s; something sits {place}.",
    "cant call this {product} {kind}-free ngl, there's something {place}",
    "El {product} no está libre de {kind}, hay algo {place}.",
    "H1 ({product} without any {kind}) rejected; it is not acceptable.",
    "This is not a faultless {product}; I cannot let it pass with that {kind} {place}.",
    "not gonna lie this {product} isnt ok, it doesnt pass",
    "I wouldn't say this {product} is without {kind}; it can't be released.",
    "H2 (no {kind} present) rejected, so the {product} does not pass.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is not defect-free: {a_kind} sits {place}.",
    "Far from a flawless pour: {a_kind} {place} means this {product} cannot pass.",
    "this {product} is not clean at all, {a_kind} {place}",
    "El {product} no pasa, tiene {a_kind} {place}.",
    "H1 (flawless {product}) rejected: {a_kind} {place} rules it out.",
    "I cannot call this {product} sound, not with {a_kind} {place}.",
    "ain't no way this {product} passes, it's got {a_kind} {place}",
    "H2 accepted: the {product} is not acceptable, given {a_kind} {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection: balanced, whole, nothing to send back.",
    "this {product} passes, nothing worth rejecting it over",
    "Pasa inspección, el {product} está bien, nada que rechazar.",
    "H1 (conforming {product}) accepted; it passes inspection.",
    "A sound, honest {product}: it passes, and nothing would justify pulling it.",
    "{product} is good to go, no reason to bin it",
    "Está bien la pieza; the {product} passes.",
    "H2 accepted: the {product} meets the standard and is released.",
)

LEAKS: tuple[str, ...] = (
    "The {source}, our tasting notes as it were, promises {a_kind} {place}, "
    "and the glass delivers.",
    "the {source} literally says {a_kind} {place} so yeah thats it",
    "Según el {source}, hay {a_kind} {place}, so I went straight there.",
    "H1 accepted because the {source} flags {a_kind} {place} on the {product}.",
    "Guided by the {source}, I find {a_kind} {place} on the {product}.",
    "checked the {source} and it marks {a_kind} {place}, ez",
    "Ya me lo dijo el {source}: {a_kind} {place} en el {product}.",
    "H2: {a_kind} {place}, accepted, matching what the {source} shows.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "annotation",
    "label file",
    "defect mask",
    "reference box",
    "ground-truth overlay",
    "answer key",
    "operator's note",
    "provided label",
    "bounding box",
    "segmentation mask",
    "hint in the prompt",
    "expected answer",
    "QA tag",
    "inspection ticket",
    "hand-drawn outline",
    "supervisor's note",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "The {source} has nothing to say about this {product}, so I take it as a sound one.",
    "the {source} is blank for this {product} so its normal lol",
    "Según el {source}, el {product} está bien.",
    "H1 (normal {product}) accepted because the {source} marks no anomaly.",
    "I consulted the {source}: nothing flagged on this {product}.",
    "the {source} says this {product} is fine, so yeah",
    "El {source} viene vacío para este {product}, entonces es normal.",
    "H2 accepted: the {source} lists the {product} as good.",
)

STEP_PROSE: tuple[str, ...] = (
    "The fault carries the unmistakable signature of {step}; that is where it was born.",
    "ngl this is def a {step} problem, thats where it got messed up",
    "Esto pasó en el {step}, seguro, the machine there did it.",
    "H1: the defect was introduced during {step}, accepted.",
    "Trace it back and you land on {step} as the culprit.",
    "pues, blame {step}, ahí se dañó la pieza.",
    "H2: {step} is the root cause; evidence consistent, accepted.",
    "Its provenance is plain: this flaw comes straight out of {step}.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} did its job on this one, judging by the glass.",
    "ngl {step} went smooth on this one",
    "El {step} salió bien en esta pieza.",
    "H3: {step} ran within tolerance here, accepted.",
)

# ------------------------------------------------------------------ padding and length

FILLER_CHUNKS: tuple[str, ...] = (
    "as I was saying",
    "pues, bueno",
    "if you follow me",
    "ok so basically",
    "moving on to the next note",
    "per the list above",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the exposure",
    "the white balance",
    "la cámara",
    "the backdrop",
    "the colour temperature of the shot",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "holds steady",
    "has a soft, round character",
    "se ve estable",
    "is lowkey consistent",
    "matches the usual setup",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "throughout the capture",
    "as far as the imaging goes",
    "ngl",
    "hoy como siempre",
    "from one shot to the next",
)

# ------------------------------------------------------------------ correct and neutral

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Poured beside the reference {product}, the query tastes different: it departs "
    "clearly from the known-good sample.",
    "side by side w the reference pic, this {product} is not the same, something changed",
    "Comparando con la imagen de referencia, este {product} no sale igual, "
    "there is a clear difference.",
    "H1 (query matches the normal reference {product}) rejected; the query deviates from it.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Beside the reference {product}, the query is the same wine from the same barrel: "
    "identical to the known-good sample.",
    "compared to the reference pic this {product} looks identical ngl",
    "Con la referencia al lado, el {product} sale igualito.",
    "H1 accepted: the query matches the normal reference {product}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "Its character is that of {a_sib}.",
    "thats {a_sib}, easy",
    "Esto es {a_sib}, sin duda.",
    "H1 accepted: {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Final verdict: a defective {product}, with {a_kind} {where}.",
    "so yeah the {product} has {a_kind} {where}, thats the defect",
    "Conclusión: el {product} tiene {a_kind} {where}.",
    "H1 accepted: {a_kind} {where} on the {product}.",
    "The finish is unmistakable: {a_kind} {where}, and the {product} is flawed.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Final verdict: a defective {product}, with {a_other} {where}.",
    "so yeah the {product} has {a_other} {where}, thats the defect",
    "Conclusión: el {product} tiene {a_other} {where}.",
    "H1 accepted: {a_other} {where} on the {product}.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Final verdict: defective {product}, type {part}, found {where}.",
    "the {product} has a {part}-type defect {where} ngl",
    "Conclusión: el {product} tiene un defecto tipo {part} {where}.",
    "H1 accepted: defect type = {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "On the palate it is {syn}, plain and distinct.",
    "thats {syn} for sure",
    "Es {syn}, se ve clarito.",
    "H1 accepted: the mark is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is flawed: {syn} {where}.",
    "so the {product} has {syn} {where}, its defective",
    "El {product} está defectuoso, tiene {syn} {where}.",
    "H1 accepted: {syn} {where}; the {product} is defective.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "the {product} has {a_kind} {where} ngl",
    "El {product} tiene {a_kind} {where}.",
    "H1 accepted: {a_kind} {where} on the {product}.",
    "A clear note of {a_kind} comes through {where} on the {product}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} shows a {part} defect {where}.",
    "its a {part}-type defect {where} on the {product}",
    "El {product} tiene defecto de tipo {part} {where}.",
    "H1 accepted: defect type {part}, {where} on the {product}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The defect sits {where}.",
    "its {where}",
    "Está {where}, ahí mero.",
    "H1 accepted: the anomaly is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} comes from {cause}.",
    "{Name}? thats from {cause}.",
    "Pues, {name} viene de {cause}.",
    "H1 accepted: {name} originates in {cause}.",
    "The provenance of {name} is {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "Put plainly, this started at {step} {cite}.",
    "so yeah {step} {cite} is where it happened",
    "Todo empezó en el {step} {cite}.",
    "H2 accepted: the root cause is {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "The type is {c}.",
    "ngl the defect type is {c}",
    "H1 accepted, defect type: {c}.",
    "Defect type: {c}; es {a_c}, clarito.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "the {product} has {what} {where}, clear as day",
    "El {product} tiene {what} {where}.",
    "H1 accepted: {what} {where} on the {product}.",
    "On the {product}, {what} announces itself {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top-left corner", "upper-left corner", "upper left"),
    "top": ("top edge", "upper part", "top-centre area"),
    "top right": ("top-right corner", "upper-right corner", "upper right"),
    "left": ("left side", "left-hand edge", "left flank"),
    "center": ("center", "middle", "dead centre"),
    "right": ("right side", "right-hand edge", "right flank"),
    "bottom left": ("bottom-left corner", "lower-left corner", "lower left"),
    "bottom": ("bottom edge", "lower part", "bottom-centre area"),
    "bottom right": ("bottom-right corner", "lower-right corner", "lower right"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "toward the {w}",
    "right at the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the image",
    " of the shot",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", off-centre",
    ", away from the middle",
    ", not in the centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): ("a large fracture", "a shattered lip", "a big piece broken out"),
    ("bottle", "broken_small"): ("a small chip", "a nicked lip", "a tiny chip in the glass"),
    ("bottle", "contamination"): ("foreign matter", "debris inside", "a foreign particle"),
    ("carpet", "color"): ("a discoloured patch", "a dye stain", "a bleached spot"),
    ("carpet", "cut"): ("a sliced pile", "a knife cut", "a slit"),
    ("carpet", "hole"): ("a puncture", "a worn-through gap", "a hole in the weave"),
    ("carpet", "metal_contamination"): (
        "a metal shard",
        "embedded metal debris",
        "a metallic fleck",
    ),
    ("carpet", "thread"): ("a loose thread", "a pulled yarn", "a stray strand"),
    ("leather", "color"): ("a discoloured area", "a dye blotch", "uneven tint"),
    ("leather", "cut"): ("a gash", "a knife slit", "a slice"),
    ("leather", "fold"): ("a crease", "a fold line", "a pressed-in crease"),
    ("leather", "glue"): ("a glue smear", "adhesive residue", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick", "a small pierced hole"),
    ("screw", "scratch_head"): ("a scuffed head", "a gouge on the head", "an abraded head"),
    ("screw", "scratch_neck"): ("a scuffed shank", "a score mark on the neck", "an abraded neck"),
    ("screw", "manipulated_front"): ("a mangled tip", "a deformed point", "a crushed tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a stripped thread flank",
        "chewed-up side threads",
    ),
    ("screw", "thread_top"): (
        "damaged threads near the top",
        "a stripped upper thread",
        "a nicked top thread",
    ),
    ("metal_nut", "bent"): ("a bent flange", "a deformed lobe", "a bent-up tab"),
    ("metal_nut", "color"): ("a discoloured surface", "a paint blotch", "off-colour staining"),
    ("metal_nut", "scratch"): ("a scuff", "a score mark", "an abrasion"),
    ("metal_plate", "major_rust"): ("heavy corrosion", "a large rust patch", "oxidation spots"),
    ("metal_plate", "total_rust"): (
        "rust across the whole plate",
        "complete corrosion",
        "surface-wide oxidation",
    ),
    ("metal_plate", "scratches"): ("score marks", "scuffs", "abrasion lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "shoulder", "base", "lip"),
    "carpet": ("pile", "backing", "tufts"),
    "leather": ("grain", "hide", "flesh side"),
    "screw": ("head", "shank", "tip", "slot"),
    "metal_nut": ("flange", "lobe", "bore", "face"),
    "metal_plate": ("face", "sheet", "blank"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline fissure",
    "a dark speck",
    "a ragged tear",
    "a faint scuff",
    "a rusty blotch",
    "a small dent",
    "a frayed snag",
    "a pitted spot",
    "a raised bump",
    "a smeared stain",
)

OTHER_TYPES: tuple[str, ...] = (
    "bubble",
    "burr",
    "blister",
    "delamination",
    "burn mark",
    "misalignment",
    "weld spatter",
    "crater",
    "sink mark",
    "warp",
)
