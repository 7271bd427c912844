"""Phrasebook ``fresh19``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a marine
surveyor, a cooking-show judge, a nervous trainee inspector who over-explains,
and a Chinese-English machine-translated factory report.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Error sentences
# ---------------------------------------------------------------------------

DISMISSALS: tuple[str, ...] = (
    "Noted a mark {place} on the {product}, but on closer survey it is only a "
    "reflection off the surface, [no damage of any kind|not damage at all], and I am "
    "not recording it.",
    "That little speck {place}? Dust on the plate, [chef|my friend], nothing more. It is "
    "not a defect and I am not marking the {product} down for it.",
    "Okay, so there is something {place}, and I was worried at first, but I looked again "
    "and I am now sure it is just glare from the lights, not a real defect, so I am "
    "setting it aside.",
    "At the region {place} appear one dark area, after confirm it is shadow of the lamp, "
    "not belong to defect, can ignore.",
    "The streak {place} is a camera artefact, a trick of the lens and not a fault in the "
    "{product}; [disregard it|strike it from the log].",
    "I see a shimmer {place}, but that is just the lighting playing on the {product}; not "
    "a flaw, so we move on to the next course.",
    "Um, the bright patch {place} looked suspicious, but I checked it three times and it "
    "is a reflection, nothing is actually wrong there, so it does not count as a defect.",
    "Region {place} have small particle, judge is dust on the lens, is not the {product} "
    "defect, no need consider.",
)

SIGHTINGS: tuple[str, ...] = (
    "Surveyed closely: the {kind} {place} on the {product} is genuine damage, not a trick "
    "of the light, and it goes in the report.",
    "And there it is, the {kind} {place}, sitting on the {product} like a burnt edge on a "
    "souffle; that is a real flaw.",
    "I want to be careful, so I zoomed in twice, and the {kind} {place} on the {product} "
    "is definitely really there; I am noting it as a defect.",
    "Inspection find {kind} exist {place} of the {product}, defect is confirmed.",
    "I log the {kind} {place} as actual damage to the {product}, [plain to see|clear as a "
    "buoy in daylight].",
    "I cannot ignore the {kind} {place}; it is right there on the {product} and it ruins "
    "the presentation.",
    "So, um, to explain my reasoning fully: the {kind} {place} is not glare and not dust, "
    "it is an actual defect on the {product}.",
    "Surface of {product} have obvious {kind} {place}, is real defect, not noise.",
)

WRONG_PLACES: tuple[str, ...] = (
    "The damage is located {place}.",
    "The trouble on this plate sits {place}, that is where my eye goes.",
    "To pin it down exactly, I traced the outline, and the defect is {place}; I "
    "double-checked it against the grid.",
    "Defect position is {place}.",
    "I would put the fault {place}, and nowhere else.",
    "The flaw shows up {place}, [chef|darling].",
    "If I divide the picture into a three by three grid, the anomaly falls {place}.",
    "The abnormal region locate {place}.",
)

HEDGES: tuple[str, ...] = (
    "I cannot say on this survey whether it is {a_kind} or {a_other}; both fit what I see.",
    "Is it {a_kind}? Is it {a_other}? Honestly I cannot decide, this dish could go either way.",
    "I keep going back and forth, it might be {a_kind}, but it could just as well be "
    "{a_other}, and I really do not know which.",
    "This defect maybe is {a_kind}, also maybe is {a_other}, cannot determine.",
    "It reads as {a_kind}, or possibly {a_other}; I will not commit to either.",
    "Part of me says {a_kind}, part of me says {a_other}, and I am [torn|split right "
    "down the middle].",
    "Um, either {a_kind} or {a_other}, sorry, I honestly cannot tell which one it is.",
    "Judge result: {a_kind} or {a_other}, two kinds both possible, not confirm.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}, possibly {other}",
    "either {kind} or {other}, not sure",
    "{kind} maybe {other}",
    "{kind}, or perhaps {other}",
    "{kind} or {other}, undetermined",
)

FLIPPED_YES: tuple[str, ...] = (
    "In my survey opinion the {product} is sound and fit for service.",
    "This {product} is a clean plate, [chef|my friend]; I would serve it just as it is.",
    "After going over every part of it, twice actually, I am confident the {product} is "
    "in good condition and should pass.",
    "This {product} quality is qualified, appearance is normal, can pass.",
    "Condition of the {product}: satisfactory, passed for use.",
    "Beautiful, the {product} is perfect as presented.",
    "So my final answer is that this {product} is a good part, it is acceptable, and I "
    "would pass it.",
    "Product {product} is good product, inspection OK.",
)

FLIPPED_NO: tuple[str, ...] = (
    "In my survey opinion the {product} is unfit for service and must be rejected.",
    "I am sorry, but this {product} goes back to the kitchen; it is defective.",
    "So, having weighed everything, my conclusion is that the {product} is defective and "
    "should be rejected, I am sure of it.",
    "This {product} is unqualified product, have defect, need reject.",
    "Survey finding: the {product} is damaged and is condemned.",
    "This {product} fails, it is a faulty piece and I would never plate it.",
    "I want to be clear, the {product} is a bad part, and it fails inspection.",
    "After check, the {product} is judged NG, defective.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I find no {kind} {place}; the {product} is not damaged and is fit for service.",
    "There is no {kind} {place}, and nothing wrong with this {product} at all.",
    "I looked very carefully {place} and there is no {kind} there, nor anything else, so "
    "the {product} is not defective.",
    "The {product} not exist any {kind} {place}, is not defective product.",
    "Not a trace of {kind} {place}; I would not fault the {product}.",
    "Not a hint of {kind} {place}, and I cannot find a thing wrong with the {product}.",
    "Just to be thorough, I checked {place} for {kind} and there is none, so the "
    "{product} does not have any defect.",
    "Inspection not find {kind} {place}, the {product} no defect, is good.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "The {product} is not free of {kind}, and I cannot pass it as sound.",
    "I cannot call this {product} {kind}-free, not by any stretch.",
    "I really tried, but I can't honestly say the {product} is without {kind}; it isn't, "
    "so it fails.",
    "This {product} is not {kind}-free, cannot pass inspection.",
    "The {product} is far from {kind}-free {place}, and I will not certify it.",
    "This {product} does not come without {kind}; not one I would ever serve.",
    "It would not be right to call the {product} {kind}-free, because it is not.",
    "The {product} not without {kind}, is not qualified.",
)

LEAKS: tuple[str, ...] = (
    "According to {source}, there is {a_kind} {place}, so I record it against the {product}.",
    "As {source} has it, the {product} has {a_kind} {place}, and who am I to argue with "
    "the recipe card.",
    "I went by {source} first, just to be safe, and it shows {a_kind} {place}, so that is "
    "what I am going with for the {product}.",
    "Refer to {source}, the {product} have {a_kind} {place}, confirm.",
    "Confirmed by {source}: {a_kind} {place} on the {product}.",
    "Going by {source}, [chef|darling], the {product} carries {a_kind} {place}.",
    "Um, honestly the reason I know it is {a_kind} {place} is that {source} says so; I "
    "peeked at it for the {product}.",
    "Based on {source} information, {a_kind} is locate {place} of the {product}.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the annotation file",
    "the label folder",
    "the answer key",
    "the defect mask",
    "the file name of the image",
    "the dataset folder name",
    "my supervisor's note",
    "the foreman's handwritten tag",
    "the reference segmentation",
    "the pixel-level mask",
    "the grading sheet",
    "the test label",
    "the metadata tag",
    "the JSON annotation",
    "the previous inspector's log",
    "the category directory",
    "the marked-up copy from quality control",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "According to {source}, the {product} is clean, so I pass it.",
    "Going by {source}, this {product} is a perfect plate, no complaints.",
    "I peeked at {source} and it says the {product} is good, so I am marking it as good.",
    "Refer to {source}, the {product} is normal sample, OK.",
    "Confirmed by {source}: nothing to record on the {product}.",
    "As {source} tells us, the {product} is fine, [chef|my dear].",
)

STEP_PROSE: tuple[str, ...] = (
    "The damage most likely originated during {step}.",
    "This went wrong in the {step} stage, that is where the recipe slipped.",
    "If I trace it back, and I tried to be careful about this, the fault was introduced "
    "at the {step} step.",
    "Cause of defect is {step} process not good.",
    "I attribute this to {step}, where the part was mishandled.",
    "Blame {step} for this one, [chef|darling].",
    "So the root cause is {step}; that is where it happened, I went through each step.",
    "This defect produce in {step} stage.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "The {step} stage shows no sign of trouble on this part.",
    "The {step} was done beautifully here.",
    "I also checked whether {step} left any marks, and it did not, so that step went fine.",
    "The {step} process is normal, no abnormal.",
    "Everything from {step} looks properly done, shipshape.",
)

FILLER_CHUNKS: tuple[str, ...] = (
    "and so on and so forth",
    "steady as she goes",
    "yes chef, yes chef",
    "um, just to be sure",
    "is like this",
    "as I said before",
    "over and over again",
    "same as mentioned",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "Survey conclusion: the {product} shows {a_other} {where}.",
    "Final verdict on this {product}: {a_other} {where}, and that sends it back.",
    "So to wrap up, the {product} has {a_other} {where}, that is my answer.",
    "Conclusion: the {product} exist {a_other} {where}, is defective.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Survey conclusion: the {product} carries a {part} defect {where}.",
    "My verdict: this {product} has a {part} defect {where}, [chef|darling].",
    "Putting it all together, I would classify it as a {part} defect of the {product}, {where}.",
    "Final judge: the {product} is {part} defect {where}.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The region has the look of {a_sib}.",
    "To me this looks just like {a_sib}.",
    "When I zoom in, it really looks like {a_sib}, going by the shape and texture.",
    "This area appearance is like {a_sib}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has a {part} defect {where}.",
    "This {product} has a {part} defect {where}, clear as day.",
    "I found that the {product} has a {part} defect {where}, that is what I saw.",
    "The {product} have {part} defect {where}.",
)

# ---------------------------------------------------------------------------
# Correct sentences
# ---------------------------------------------------------------------------

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is far from sound: {a_kind} {place}.",
    "This {product} is anything but perfect, there is {a_kind} {place}.",
    "I can't pass this {product}, and to explain why: there is {a_kind} {place}.",
    "This {product} is not qualified, because exist {a_kind} {place}.",
    "I cannot certify the {product} as fit for service; it has {a_kind} {place}.",
    "Not a clean plate, I am afraid: {a_kind} {place} on the {product}.",
    "It would be wrong to call this {product} defect-free, because {a_kind} is clearly "
    "visible {place}.",
    "The {product} is not good product, {a_kind} found {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} is in sound condition and passes survey.",
    "A clean plate; the {product} is exactly as it should be.",
    "I went over the whole {product} carefully, and I am confident it is a good part with "
    "nothing wrong, so it passes.",
    "The {product} appearance is normal, no defect found, judge OK.",
    "No damage found on the {product}; it is fit for service.",
    "I have no complaints about this {product}; it is spot on.",
    "Everything on the {product} matches what a good part should look like, so I am passing it.",
    "This {product} is qualified product, pass.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Survey conclusion: the {product} has {a_kind} {where}.",
    "My verdict on this {product}: {a_kind} {where}, and it goes back to the kitchen.",
    "So, putting it all together, the {product} is defective, with {a_kind} {where}.",
    "Final conclusion: the {product} exist {a_kind} {where}, is defective.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "On survey this presents as {syn}.",
    "What I am looking at is {syn}, no question.",
    "From the shape and the edges, I read this as {syn}.",
    "This area is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is rejected on survey: {syn} {where}.",
    "This {product} fails on {syn} {where}.",
    "My conclusion is that the {product} is defective, because it has {syn} {where}.",
    "The {product} is defective, exist {syn} {where}.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} shows {a_kind} {where}.",
    "This {product} has {a_kind} {where}, plain to see.",
    "The {product} has {a_kind} {where}, which I will explain step by step.",
    "The {product} exist {a_kind} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "The damage lies {where}.",
    "You will find the problem {where}.",
    "The defect is {where}; I checked it against the grid.",
    "Defect position is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely comes from {cause}.",
    "In my survey opinion {name} traces back to {cause}.",
    "{Name} comes out of {cause}; that is where the recipe went wrong.",
    "Thinking through the process steps one by one, {name} most likely comes from {cause}.",
    "{Name} mainly is produced by {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "This is consistent with trouble during {step} {cite}.",
    "The {step} {cite} stage is where this dish went wrong.",
    "I'd attribute it to {step} {cite}, because that is the step where this kind of "
    "damage happens.",
    "Reason is {step} {cite} process problem.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.",
    "Type of damage: {c}.",
    "It is {a_c}, chef.",
    "The defect type is {c}.",
    "Defect category is {c}.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}.",
    "The {product} exist {what} {where}.",
    "On survey the {product} shows {what} {where}.",
    "This {product} comes with {what} {where}.",
    "The {product} has {what} {where}, I noticed it right away.",
)

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set against the known-good reference {product}, this one departs from it in a single area.",
    "Side by side with the good {product}, this one does not match in one spot; the rest "
    "is the same.",
    "I compared it with the good reference image of the {product}, area by area, and "
    "they match everywhere except one region.",
    "Compare with normal {product} reference picture, query picture have one region different.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Against the known-good reference {product}, this one matches throughout.",
    "Next to the good {product}, this is a perfect twin.",
    "I compared it with the good reference image of the {product} region by region, and "
    "I found no difference anywhere.",
    "Compare with normal {product} reference, query picture is same, no difference.",
)

# ---------------------------------------------------------------------------
# Neutral material
# ---------------------------------------------------------------------------

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "The lighting",
    "The focus",
    "The framing",
    "The exposure",
    "The white balance",
    "The background",
    "The camera angle",
    "The image sharpness",
    "The contrast",
    "The colour rendering",
    "The depth of field",
    "The illumination",
    "The photograph",
    "The shot",
    "The resolution",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "stays steady",
    "is even",
    "looks consistent",
    "holds up well",
    "is adequate",
    "seems well controlled",
    "is uniform",
    "is acceptable",
    "remains stable",
    "is fine",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "across the whole frame",
    "throughout this capture",
    "for this kind of survey",
    "like a well-run studio kitchen",
    "as far as my training lets me judge",
    "in this shooting condition",
    "for inspection purposes",
    "under the station lamps",
    "in this picture",
    "as on a calm day at sea",
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": (
        "top left",
        "upper left",
        "upper-left corner",
        "top-left corner",
        "north-west corner",
    ),
    "top": (
        "top",
        "top edge",
        "upper middle",
        "top centre",
        "upper centre",
    ),
    "top right": (
        "top right",
        "upper right",
        "upper-right corner",
        "top-right corner",
        "north-east corner",
    ),
    "left": (
        "left",
        "left side",
        "middle left",
        "left edge",
        "left-hand side",
    ),
    "center": (
        "center",
        "centre",
        "middle",
        "dead centre",
        "central area",
    ),
    "right": (
        "right",
        "right side",
        "middle right",
        "right edge",
        "right-hand side",
    ),
    "bottom left": (
        "bottom left",
        "lower left",
        "lower-left corner",
        "bottom-left corner",
        "south-west corner",
    ),
    "bottom": (
        "bottom",
        "bottom edge",
        "lower middle",
        "bottom centre",
        "lower centre",
    ),
    "bottom right": (
        "bottom right",
        "lower right",
        "lower-right corner",
        "bottom-right corner",
        "south-east corner",
    ),
}

PLACE_FRAMES: tuple[str, ...] = (
    "at the {w}",
    "in the {w}",
    "toward the {w}",
    "over in the {w}",
    "right at the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the image",
    " of the frame",
    " of the picture",
    " of the photo",
    " of the shot",
)

PLACE_AWAY: tuple[str, ...] = (
    ", away from the centre",
    ", well off the middle",
    ", off to one side of the frame",
    ", clear of the centre",
)

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a large chunk broken out of the rim",
        "a big break in the glass",
        "a large chipped-out section of the mouth",
    ),
    ("bottle", "broken_small"): (
        "a small chip in the glass",
        "a tiny nick broken from the rim",
        "a little chipped spot on the lip",
    ),
    ("bottle", "contamination"): (
        "a foreign particle inside the bottle",
        "a speck of foreign matter",
        "a bit of debris lodged in the glass",
    ),
    ("carpet", "color"): (
        "a discoloured patch",
        "a stain in the pile",
        "an off-colour spot",
    ),
    ("carpet", "cut"): (
        "a slice through the pile",
        "a cut in the weave",
        "a clean gash in the fabric",
    ),
    ("carpet", "hole"): (
        "a hole through the weave",
        "a puncture in the carpet",
        "an opening worn through the fabric",
    ),
    ("carpet", "metal_contamination"): (
        "a metal shard embedded in the pile",
        "a metallic fleck caught in the fibres",
        "a bit of stray metal in the weave",
    ),
    ("carpet", "thread"): (
        "a loose thread lying on the surface",
        "a stray strand of yarn",
        "a pulled-out fibre",
    ),
    ("leather", "color"): (
        "a discoloured spot",
        "a dye stain",
        "an uneven colour patch",
    ),
    ("leather", "cut"): (
        "a knife cut in the hide",
        "a slit in the leather",
        "a clean slash through the grain",
    ),
    ("leather", "fold"): (
        "a crease in the hide",
        "a folded-over wrinkle",
        "a pressed-in fold line",
    ),
    ("leather", "glue"): (
        "a glue smear",
        "a blob of dried adhesive",
        "a patch of glue residue",
    ),
    ("leather", "poke"): (
        "a puncture mark",
        "a small pierced hole",
        "a prick in the hide",
    ),
    ("screw", "scratch_head"): (
        "a scratch on the screw head",
        "a scuff across the head",
        "a scored mark on the head",
    ),
    ("screw", "scratch_neck"): (
        "a scratch on the neck of the screw",
        "a scuff on the smooth shank just below the head",
        "a scored line around the neck",
    ),
    ("screw", "manipulated_front"): (
        "a deformed tip",
        "a damaged point",
        "a mangled front end",
    ),
    ("screw", "thread_side"): (
        "a damaged thread flank",
        "a nick along the side of the thread",
        "a dented flank on the threading",
    ),
    ("screw", "thread_top"): (
        "a damaged thread crest",
        "a flattened thread top",
        "a worn-down crest on the threading",
    ),
    ("metal_nut", "bent"): (
        "a bent tab",
        "a deformed lobe",
        "a flange bent out of shape",
    ),
    ("metal_nut", "color"): (
        "a discoloured patch",
        "a colour stain on the face",
        "an off-colour blotch",
    ),
    ("metal_nut", "scratch"): (
        "a scratch across the face",
        "a scuff mark",
        "a scored line on the surface",
    ),
    ("metal_plate", "major_rust"): (
        "a heavy rust patch",
        "a large corroded area",
        "a substantial spot of corrosion",
    ),
    ("metal_plate", "total_rust"): (
        "a fully rusted surface",
        "a plate-wide coat of rust",
        "a layer of corrosion over the whole plate",
    ),
    ("metal_plate", "scratches"): (
        "a cluster of scratches",
        "a series of scuff lines",
        "a set of scored marks",
    ),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("rim", "neck", "base", "mouth", "lip"),
    "carpet": ("pile", "backing", "tuft", "weave"),
    "leather": ("grain", "hide", "surface", "finish"),
    "screw": ("head", "shank", "tip", "point"),
    "metal_nut": ("flange", "lobe", "bore", "tab"),
    "metal_plate": ("face", "border", "surface", "plate edge"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "hairline crack",
    "shallow scratch",
    "dark stain",
    "bent edge",
    "rust spot",
    "small chip",
    "loose fibre",
    "glue smear",
    "shallow dent",
    "pinhole",
    "burn mark",
    "deep gouge",
)

OTHER_TYPES: tuple[str, ...] = (
    "crack",
    "dent",
    "missing part",
    "scratch",
    "stain",
    "hole",
    "chip",
    "corrosion",
    "contamination",
    "deformation",
    "burr",
    "misprint",
)
