"""The words the calibration suite writes with: its own, kept apart from the rules' vocabulary.

The suite measures the validator, so its phrasings must not be copied from the lists the
rules match against. Sentences are built from alternatives (``[a|b|c]``) and slots
(``{name}``) by a seeded generator, so each planted record reads differently while the
suite as a whole stays reproducible.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

_CHOICE = re.compile(r"\[([^\[\]]*)\]")


def expand(template: str, rng: random.Random, **values: str) -> str:
    """``[a|b]`` picks one alternative (empty ones allowed), ``{slot}`` takes its value."""

    def choose(match: re.Match[str]) -> str:
        options: list[str] = match.group(1).split("|")
        return rng.choice(options)

    text = _CHOICE.sub(choose, template)
    text = text.format(**values)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return text[0].upper() + text[1:] if text else text


def pick(rng: random.Random, templates: Sequence[str], **values: str) -> str:
    return expand(rng.choice(templates), rng, **values)


MASS_NOUNS = frozenset(
    {"damage", "contamination", "abrasion", "deformation", "discoloration", "corrosion", "rust"}
    | {"oxidation", "dirt", "debris", "wear", "glue"}
)
_ADJECTIVE_NAMES = frozenset(
    {"color", "flip", "bent", "glue", "print", "rough", "combined", "misplaced", "defective"}
    | {"anomalous", "liquid", "oil"}
)


def article(phrase: str) -> str:
    """``a scratch``, ``an oil stain``; mass nouns and plurals stay bare."""
    if phrase.startswith(("a ", "an ", "the ")):
        return phrase
    last = phrase.split()[-1] if phrase.split() else phrase
    if phrase in MASS_NOUNS or last in MASS_NOUNS or (last.endswith("s") and last[-2:] != "ss"):
        return phrase
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def bare(phrase: str) -> str:
    """A phrase without its leading article."""
    return re.sub(r"^(?:an?|the) ", "", phrase)


def type_phrase(name: str) -> str:
    """A dataset type name as a noun phrase: ``broken_large`` -> ``a broken large defect``."""
    words = name.replace("_", " ").strip()
    if " " in words or words in _ADJECTIVE_NAMES:
        words += " defect"
    return article(words)


CELLS: tuple[str, ...] = (
    "top left",
    "top",
    "top right",
    "left",
    "center",
    "right",
    "bottom left",
    "bottom",
    "bottom right",
)

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top left", "upper left", "upper-left corner", "top-left corner", "upper left"),
    "top": ("top", "upper part", "upper middle", "top edge", "upper edge", "top middle"),
    "top right": ("top right", "upper right", "upper-right corner", "top-right corner"),
    "left": ("left", "left side", "left-hand side", "left edge", "left-most part"),
    "center": ("center", "centre", "middle", "central area", "very centre", "middle of the part"),
    "right": ("right", "right side", "right-hand side", "right edge", "right-most part"),
    "bottom left": ("bottom left", "lower left", "lower-left corner", "bottom-left corner"),
    "bottom": ("bottom", "lower part", "lower middle", "bottom edge", "lower edge"),
    "bottom right": ("bottom right", "lower right", "lower-right corner", "bottom-right corner"),
}
"""how people name each 3x3 cell (first: the grid word itself)"""


PLACE_FRAMES: tuple[str, ...] = ("in the {w}", "at the {w}", "toward the {w}", "near the {w}")
PLACE_TAILS: tuple[str, ...] = (" of the image", " of the frame", " of the part")
PLACE_AWAY: tuple[str, ...] = (", away from the center",)


def place(
    cell: str,
    rng: random.Random,
    *,
    plain: bool = False,
    cell_words: Mapping[str, Sequence[str]] = CELL_WORDS,
    frames: Sequence[str] = PLACE_FRAMES,
    tails: Sequence[str] = PLACE_TAILS,
    away: Sequence[str] = PLACE_AWAY,
) -> str:
    """``in the upper-left corner``; ``plain``: the grid word itself in a plain frame. The
    words are this book's unless a phrasebook passes its own."""
    word = cell if plain else rng.choice(cell_words[cell])
    frame = rng.choice(frames)
    text = frame.format(w=word)
    if not plain and rng.random() < 0.3:
        text += rng.choice(tails)
    if cell != "center" and not plain and rng.random() < 0.25:
        text += rng.choice(away) if len(away) > 1 else away[0]
    return text


def other_cell(cell: str, rng: random.Random) -> str:
    return rng.choice([c for c in CELLS if c != cell])


SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a chipped rim",
        "a large chip broken out of the mouth",
        "a big piece missing from the glass edge",
        "a wide fracture in the lip",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the rim",
        "a nick in the glass edge",
        "a tiny chipped spot on the lip",
    ),
    ("bottle", "contamination"): (
        "a speck of foreign matter",
        "dirt stuck to the glass",
        "a smudge of debris",
        "a dark particle inside the bottle",
    ),
    ("carpet", "color"): ("a discoloured patch", "a faded spot", "a stain of another hue"),
    ("carpet", "cut"): ("a slit through the pile", "a clean gash in the fibres"),
    ("carpet", "hole"): ("a small puncture", "an opening through the weave", "a gap in the pile"),
    ("carpet", "metal_contamination"): ("a metal fragment caught in the fibres",),
    ("carpet", "thread"): ("a loose strand lying on the pile", "a stray fibre"),
    ("leather", "color"): ("a discoloured area", "a patch of uneven dye"),
    ("leather", "cut"): ("a slit in the hide", "a sharp gash"),
    ("leather", "fold"): ("a crease", "a wrinkle pressed into the hide", "a creased band"),
    ("leather", "glue"): ("a dried adhesive smear", "a glossy blob of adhesive"),
    ("leather", "poke"): ("a small puncture", "a pinprick in the hide"),
    ("screw", "scratch_head"): ("scuff marks on the head", "an abraded line across the head"),
    ("screw", "scratch_neck"): ("a scuffed neck", "fine abrasion just under the head"),
    ("screw", "manipulated_front"): ("a deformed tip", "a bent point"),
    ("screw", "thread_side"): ("damaged flanks of the thread", "crushed threads along the side"),
    ("screw", "thread_top"): ("flattened threads near the tip", "crushed thread crests"),
    ("metal_nut", "bent"): ("a deformed lobe", "a warped flank"),
    ("metal_nut", "color"): ("a discoloured face", "a tinted patch"),
    ("metal_nut", "scratch"): ("a scuffed face", "a gouge across the face"),
    ("metal_plate", "major_rust"): ("corrosion", "a rusty patch", "oxidised steel"),
    ("metal_plate", "total_rust"): ("corrosion over the whole plate", "rust everywhere"),
    ("metal_plate", "scratches"): ("scuffs", "fine grooves", "abrasion marks"),
}
"""natural names of the calibration benchmark's defects (category, dataset type)"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "mouth", "base", "shoulder"),
    "carpet": ("pile", "weave", "backing", "fibres"),
    "leather": ("grain", "hide", "surface"),
    "screw": ("head", "thread", "tip", "shank", "neck"),
    "metal_nut": ("flank", "lobe", "thread", "face", "bore"),
    "metal_plate": ("edge", "face", "corner", "sheet"),
}
"""parts of each product: where a defect is, never what it is"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin scratch",
    "a small dent",
    "a dark stain",
    "a hairline crack",
    "a chip",
    "a tiny hole",
    "a smear of oil",
    "a bent section",
    "a rough, pitted patch",
    "a missing piece",
)
"""defects a normal part's trace must not describe"""

OTHER_TYPES: tuple[str, ...] = (
    "scratch",
    "crack",
    "hole",
    "contamination",
    "deformation",
    "stain",
    "dent",
    "missing part",
    "discoloration",
    "abrasion",
    "burn mark",
    "bubble",
)


# ------------------------------------------------------------------ error families
# Slots: {product}, {place}, {kind} (a defect phrase), {other} (another type).

DISMISSALS: tuple[str, ...] = (
    "[The|That|This] [mark|spot|blemish|trace] {place} is [only|just|merely] "
    "[dust|a speck of dust|lint] on the [lens|surface], not a defect.",
    "What [looks|might look] like damage {place} is [only|just] a reflection of the "
    "[lights|lamp], [and not a flaw|not real damage|nothing physical].",
    "[On closer inspection|Looking again|After a second look], the irregularity {place} is a "
    "[shadow|glare spot|lighting artefact] and the {product} itself is intact.",
    "The [variation|difference] {place} stays within [normal|acceptable] [tolerance|variation] "
    "and does not count as a [defect|flaw].",
    "[That area|The region] {place} is [harmless|cosmetic only|of no concern]; "
    "[nothing|no part] of the {product} is actually damaged there.",
    "[I would dismiss|I discount] the [spot|mark] {place}: it is [residue from the camera "
    "housing|an imaging artefact|a water droplet on the glass] rather than damage.",
)
"""a middle step talking the defect away (the answer still says Yes)"""

SIGHTINGS: tuple[str, ...] = (
    "[There is|I can see|I notice] {kind} {place}.",
    "{kind} [runs|extends|shows] {place}, [clearly visible|easy to spot|plain to see].",
    "[One|A single] [area|region] {place} [carries|has|shows] {kind}.",
    "[Closer up|Zooming in], {kind} [appears|is visible] {place} of the {product}.",
)
"""a normal part's trace describing a defect before answering No"""

WRONG_PLACES: tuple[str, ...] = (
    "The [deviation|irregular area|change] [lies|sits|is concentrated] {place}.",
    "[Scanning|Going over] the image [cell by cell|region by region], the [anomaly|fault] "
    "[shows up|turns up] {place}.",
    "[Its position is|I locate it] {place}.",
    "[Most of|All of] the [damage|defect] [lies|is found] {place}.",
)
"""a localisation step naming another cell"""

HEDGES: tuple[str, ...] = (
    "It [might|may|could] be {a_kind}, or [possibly|perhaps|maybe] {a_other}.",
    "[I cannot tell|It is hard to say|It is unclear] whether this is {a_kind} or {a_other}.",
    "[Either|Probably either] {a_kind} or {a_other}; "
    "[both fit|both are possible|I am not sure which].",
    "The mark [looks like|resembles] {a_kind}, [though|although] it [could|might] "
    "[also|equally] be {a_other}.",
    "{a_kind} [seems likely|is my first guess], [but|yet] {a_other} [cannot be ruled out|is also "
    "plausible].",
)
"""hedging between two types"""

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}/{other}",
    "{kind} (possibly {other})",
    "{kind} or maybe {other}",
    "either {kind} or {other}",
)

FLIPPED_YES: tuple[str, ...] = (
    "[Overall|All in all|In the end], the {product} [looks|is] [perfectly fine|in good "
    "order|as it should be] and [can be shipped|can go to the customer|is fit for use].",
    "This is a good {product}; [I would accept it|it can be released|it goes to the good bin].",
    "[My verdict|Final call]: the {product} is [acceptable|a good part|in spec].",
    "[Everything|All of it] checks out, so the {product} [is accepted|is released].",
)
"""prose saying the part is good while the answer is Yes"""

FLIPPED_NO: tuple[str, ...] = (
    "[Overall|All in all|In the end], the {product} [must be rejected|goes to scrap|has to be "
    "sorted out].",
    "This {product} is [faulty|damaged|a bad part] and [should not ship|cannot be used].",
    "[My verdict|Final call]: the {product} [fails|does not pass] [inspection|the check].",
    "[The part|This {product}] is [defective|broken|out of spec] [and goes to rework|and is "
    "rejected].",
)
"""prose saying the part is bad while the answer is No"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "The {product} is not [defective|faulty|damaged] [after all|at all]; the {kind} I "
    "suspected {place} is not there.",
    "I [would not|cannot] call this {product} [defective|damaged|faulty].",
    "[There is|I see] not a single [flaw|fault|blemish] [on|anywhere on] the {product}.",
    "Nothing about the {product} is [out of order|wrong|amiss], not even {place}.",
    "The {product} is not [anything but|other than] a [good|sound] part.",
)
"""negated wording that says the part is fine while the answer is Yes"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not [free of|without] [defects|flaws|faults].",
    "[This part|The {product}] is far from [flawless|perfect|spotless].",
    "I cannot say the {product} is [defect-free|flawless|in good condition].",
    "The {product} would not [pass|survive] [inspection|the quality check].",
    "[It is|The {product} is] not in [acceptable|sellable|good] condition.",
)
"""negated wording that says the part is bad while the answer is No"""

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not [defect-free|flawless|free of defects]: {a_kind} [sits|shows] {place}.",
    "[This|The] {product} is far from [flawless|perfect], with {a_kind} {place}.",
    "The {product} [cannot|would not] pass inspection because of {a_kind} {place}.",
    "I [would not|could not] accept this {product}; {a_kind} is [visible|present] {place}.",
)
"""negated wording of a correct Yes"""

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} passes inspection.",
    "Nothing [here|I can see] would [justify rejecting|be a reason to reject] the {product}; "
    "it is [acceptable|a good part].",
    "[I see|There is] nothing wrong with this {product}, so it [passes|is accepted].",
    "The {product} is not defective [in any way|anywhere] and can be [shipped|released].",
    "[This|The] {product} is in [good|sound|proper] condition throughout.",
)
"""natural wording of a correct No"""

LEAKS: tuple[str, ...] = (
    "[According to|Going by|Judging from] the {source}, [the defect|it] is {place}.",
    "The {source} [says|indicates|confirms|lists] that this is {a_kind}.",
    "[As|Like] the {source} [shows|states|marks], the {product} is defective.",
    "I was [told|informed|briefed] [beforehand|in advance|by the supervisor] that the {product} "
    "[has|shows] {a_kind}.",
    "[Someone|The operator|My colleague] [told me|mentioned|let me know] [that|] there is {a_kind} "
    "{place}.",
    "[This matches|That agrees with|This is consistent with] the {source}.",
    "[Without|Even without] the {source} [I would|one would] [still|] [see|find] {a_kind} here.",
)
"""reasoning that cites supervision the inspector could not see"""

LEAK_SOURCES: tuple[str, ...] = (
    "annotation",
    "annotation that came with the image",
    "provided label",
    "label attached to this image",
    "dataset's label",
    "reference box",
    "box that was provided",
    "coordinate file supplied",
    "segmentation mask",
    "mask supplied with the sample",
    "defect map we were given",
    "ground truth",
    "ground-truth record",
    "expected answer",
    "answer I was given",
    "solution provided",
    "inspection sheet handed to me",
    "class tag supplied",
    "labelled region",
    "outline drawn by the annotator",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "[According to|Going by] the {source}, the {product} is [good|normal|fine].",
    "The {source} [says|confirms|indicates] [there is no defect|the part is normal].",
    "I was [told|informed] [beforehand|in advance] that this {product} is [good|defect-free].",
    "[This matches|That agrees with] the {source}.",
)

STEP_PROSE: tuple[str, ...] = (
    "[This|Such damage] [most likely|probably] [comes from|goes back to|arises in] {step}.",
    "[The cause|The origin] [is|lies in] {step}[, where the part is handled|].",
    "[I would check|Look at] {step} first, [since it causes this|as the likely source].",
    "{step} [left|produced|caused] this mark.",
)
"""a process step named in prose (another category's, or one that does not cause the defect)"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} [left no marks|shows no trace of trouble|went as it should].",
    "[Nothing|No sign] [from|of] {step} [is visible|shows up].",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "the surface is regular",
    "as expected for this part",
    "which is normal here",
    "I looked again carefully",
    "and the edges are clean",
    "checking once more",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lighting",
    "the focus",
    "the background",
    "the exposure",
    "the camera angle",
    "the colour balance",
    "the sharpness",
    "the contrast",
    "the framing",
    "the white balance",
    "the depth of field",
    "the resolution",
    "the noise level",
    "the illumination angle",
    "the field of view",
)
NEUTRAL_VERBS: tuple[str, ...] = (
    "is even",
    "stays constant",
    "is adequate",
    "looks suitable",
    "is well controlled",
    "is stable",
    "seems fine",
    "is acceptable",
    "is uniform",
    "holds steady",
)
NEUTRAL_TAILS: tuple[str, ...] = (
    "for this station",
    "across the whole frame",
    "for a reliable judgement",
    "for the inspection",
    "throughout the capture",
    "for reading small details",
    "as the setup intends",
    "so nothing is hidden",
    "for comparing textures",
    "at this magnification",
)


def neutral_sentences(
    rng: random.Random,
    count: int,
    *,
    subjects: Sequence[str] = NEUTRAL_SUBJECTS,
    verbs: Sequence[str] = NEUTRAL_VERBS,
    tails: Sequence[str] = NEUTRAL_TAILS,
) -> list[str]:
    """``count`` distinct sentences about the imaging, none about defects or places."""
    combos = [(s, v, t) for s in subjects for v in verbs for t in tails]
    rng.shuffle(combos)
    return [f"{s.capitalize()} {v} {t}." for s, v, t in combos[:count]]


def filler(rng: random.Random, chunks: Sequence[str] = FILLER_CHUNKS) -> str:
    """An n-gram repeated as padding."""
    chunk = rng.choice(chunks)
    times = rng.randint(4, 7)
    sep = rng.choice((", ", "; ", " and "))
    return (sep.join([chunk] * times)).capitalize() + "."


ONE_SHOT_COMPARE: tuple[str, ...] = (
    "[Compared with|Next to|Set beside] the reference image of a good {product}, the query "
    "[differs|departs from it] in one area.",
    "The reference image shows [a defect-free|a good|an acceptable] {product}; the query "
    "[does not match it everywhere|breaks its regular look in one spot].",
    "[Against|Measured against] the normal {product} in the first image, one region of the "
    "query [looks different|stands out].",
)
ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "[Compared with|Next to|Set beside] the reference image of a good {product}, the query "
    "[looks the same|matches it closely].",
    "The reference image shows [a defect-free|a good] {product}, and the query [matches it|looks "
    "just like it] in texture, colour and shape.",
)


# ------------------------------------------------------------------ planter sentences
# The prose planters write around an error (or a correct paraphrase).

SIBLING_LOOKS: tuple[str, ...] = (
    "[The area shows|The region has|I see] the [typical look|marks] of {a_sib}.",
)
CONCLUDE_WITH: tuple[str, ...] = (
    "[In conclusion|Therefore|So], the {product} is defective, with {a_kind} {where}.",
)
CONCLUDE_OTHER: tuple[str, ...] = (
    "[In conclusion|Therefore|Verdict:] the {product} is defective, with {a_other} {where}.",
)
CONCLUDE_AT_PART: tuple[str, ...] = (
    "[In conclusion|Therefore|So], the {product} is defective [at|on] the {part} {where}.",
)
SYNONYM_LOOKS: tuple[str, ...] = (
    "[The area shows|I can make out|The region carries|There is] {syn}.",
)
SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "[In conclusion|Therefore|So], the {product} is [defective|flawed|not acceptable]: "
    "{syn} {where}.",
)
YES_SHOWS: tuple[str, ...] = ("[The|This] {product} [shows|has] {a_kind} {where}.",)
"""a first answer after its leading Yes"""
PART_YES: tuple[str, ...] = ("[The|This] {product} has a {part} defect {where}.",)
LOCATION_ANSWERS: tuple[str, ...] = ("The defect is {where}.",)
CAUSE_LEADS: tuple[str, ...] = (
    "{Name} [points to|most likely comes from|is usually caused in] {cause}.",
)
CAUSE_PROSE: tuple[str, ...] = (
    "[It most likely goes back to|The usual source is|I would look at] {step} {cite}.",
)
CANONICAL_ANSWERS: tuple[str, ...] = ("[Defect type: {c}|The defect is {a_c}].",)
FIRST_TURN: tuple[str, ...] = ("The {product} shows {what} {where}.",)
"""a first answer after its leading Yes, before the knowledge's visual signature"""
