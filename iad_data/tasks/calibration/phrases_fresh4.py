"""The ``fresh4`` phrasebook: wording written blind, after the other books, for one measure.

Every table below has the shape of the other books' (the same names, types and ``{slots}``),
but its sentences were written without reading theirs: the way an inspector's log or a
teacher model's chain of thought might put the same errors and the same correct paraphrases.
Templates may hold ``[a|b]`` alternatives, drawn when a sentence is expanded.
"""

from __future__ import annotations

# ------------------------------------------------------------------ planted errors

DISMISSALS: tuple[str, ...] = (
    "There is a bright streak {place}, but it is only glare off the [lamp|ring light|diffuser], "
    "so I am not counting it against the {product}.",
    "[Admittedly|Granted|True], something shows {place}; it reads as [a shadow cast by the "
    "fixture|a reflection off the stage|a smudge that would wipe straight off] rather than real "
    "damage to the {product}.",
    "That spot {place}? [Most likely|Probably just|Almost certainly] dust on the lens; the "
    "{product} itself is [fine|unaffected|sound].",
    "There is a mark {place}. I first took it for a flaw, but on reflection it is ordinary "
    "surface texture for a {product} and can be [disregarded|set aside].",
    "Whatever shows {place}, it falls well within the cosmetic tolerance for a {product}, hence "
    "[not a reject|nothing to flag|no cause for concern].",
    "Mark {place}: [compression artefact|sensor noise|a JPEG artifact] from the camera, not a "
    "property of the {product} - ignore.",
    "As for the irregularity {place}: it is part of the {product}'s normal design ([a deliberate "
    "feature|a normal seam line|a mark every unit carries], I'd say), so it is not to be "
    "treated as a defect.",
)
"""a middle step explains the true defect away (the answer still says Yes)"""

SIGHTINGS: tuple[str, ...] = (
    "Looking at the {product}, I [make out|notice|pick up] {kind} {place}.",
    "There is {kind} {place}, [clearly|plainly] visible against the rest of the {product}.",
    "{place}, a close look at the {product} reveals {kind}.",
    "Close inspection turns up {kind} {place}; the surface of the {product} is otherwise even.",
    "Noted: {kind} {place}, on the {product}'s visible face.",
)
"""a normal record describes a defect before it answers No (``kind`` is a sighting)"""

WRONG_PLACES: tuple[str, ...] = (
    "The irregular region is located {place}.",
    "[Scanning the part cell by cell|Going over the grid], the anomaly turns up {place}.",
    "Location of the flaw: {place}.",
    "Everything else looks regular; the one area that deviates lies {place}.",
    "I would put the affected patch {place}.",
)
"""a localisation step (the wrong cell for errors, the true one for correct paraphrases)"""

HEDGES: tuple[str, ...] = (
    "It might be {a_kind}, though it could [just as well|also] be {a_other}.",
    "I'm torn: {a_kind}, or {a_other}?",
    "[Hard to say|I'm not sure|I can't decide] whether this is {a_kind} or {a_other}; "
    "[either|both] would fit what I see.",
    "Possibly {a_kind} - or maybe {a_other}, I can't quite tell from this image.",
    "Either {a_kind} or {a_other}; the picture does not settle which.",
)
"""hedging between the true type and an unrelated one (``a_`` slots carry articles)"""

HEDGED_TAGS: tuple[str, ...] = (
    "[{other}/{kind}|{kind}-or-{other}]",
    "{kind} - possibly {other}",
    "possibly {kind}, possibly {other}",
    "{kind} (maybe {other})",
    "{kind}, or else {other}",
)
"""a type tag hedging between two types (lowercased when planted)"""

FLIPPED_YES: tuple[str, ...] = (
    "All things considered, the {product} is fit to [ship|use].",
    "I would release this {product} as a conforming part.",
    "The {product} comes through the check clean [and can go on|and is accepted].",
    "Nothing here would keep the {product} from being passed.",
    "In short: a good {product}, free of anything worth rejecting.",
)
"""prose wrongly calling a defective part good (the true answer is Yes)"""

FLIPPED_NO: tuple[str, ...] = (
    "The {product} has to be pulled from the line as defective.",
    "This {product} fails inspection.",
    "So the {product} is faulty and I would [scrap|reject] it.",
    "Verdict for the {product}: reject, it is damaged.",
    "Put plainly, the {product} is flawed and should not be shipped.",
)
"""prose wrongly calling a good part defective (the true answer is No)"""

NEGATED_YES_WRONG: tuple[str, ...] = (
    "No {kind} shows {place}, and the {product} is not defective.",
    "I cannot find any {kind} {place}; the {product} is not anomalous.",
    "The {product} is not faulty: there is no sign of {kind} {place} or anywhere else.",
    "Without any {kind} {place}, this {product} cannot be called defective.",
    "The {product} does not fail: I looked {place} and elsewhere and found no {kind}.",
)
"""a negated verdict saying the defective part is fine (``kind`` is the bare true type)"""

NEGATED_NO_WRONG: tuple[str, ...] = (
    "Unfortunately, the {product} is not {kind}-free.",
    "I can't say this {product} is free of every {kind}.",
    "This {product} is far from {kind}-free.",
    "It would be wrong to call the {product} {kind}-free.",
    "The {product} is anything but free of {kind}s.",
    "I would not describe the {product} as [being |]without a {kind}.",
)
"""a negated verdict saying the good part is defective (``kind`` is "defect")"""

# ------------------------------------------------------------------ correct paraphrases

NEGATED_YES_OK: tuple[str, ...] = (
    "The {product} is not free of defects: there is {a_kind} {place}.",
    "This {product} is not defect-free; {a_kind} can be seen {place}.",
    "I would not pass this {product}, given {a_kind} {place}.",
    "Far from flawless - the {product} carries {a_kind} {place}.",
    "The {product} isn't in acceptable condition, with {a_kind} {place}.",
)
"""a Yes said with negation, in words only"""

PASSES_NO_OK: tuple[str, ...] = (
    "On inspection, the {product} is [fine|in order].",
    "This {product} is good to go.",
    "There is nothing to reject the {product} for.",
    "The {product} meets the visual standard [in full|throughout].",
    "Accepted: the {product} is within spec.",
)
"""a No said in other words, in words only"""

# ------------------------------------------------------------------ hint leaks

LEAKS: tuple[str, ...] = (
    "[According to|Per] the {source}, the {product} has {a_kind} {place}.",
    "The {source} marks {a_kind} {place}, which matches what I see.",
    "{a_kind} {place}, exactly where the {source} puts it.",
    "I checked the {source} and it confirms {a_kind} {place}.",
    "Going by the {source}, this {product} is defective.",
    "The {source} already flags the region {place}, so that is where I looked.",
    "(This agrees with the {source}, which lists {a_kind} for this {product}.)",
)
"""a defective record citing supervision the inspector could not have seen"""

LEAK_SOURCES: tuple[str, ...] = (
    "GT mask overlay",
    "annotator's polygon",
    "bounding-box file",
    "model answer",
    "marking sheet",
    "defect tag on this image",
    "image's file name",
    "folder the image was loaded from",
    "dataset metadata",
    "test-split listing",
    "grader's notes",
    "brief for this task",
    "system prompt",
    "segmentation map supplied with the sample",
    "operator's remark in the log",
    "target output",
    "labelling team's worksheet",
)
"""where a leak says its knowledge came from (no article: it follows "the")"""

LEAKS_NORMAL: tuple[str, ...] = (
    "According to the {source}, this {product} is a good sample.",
    "The {source} lists the {product} as normal, and I agree.",
    "As the {source} suggests, no defect is present on the {product}.",
    "I double-checked against the {source}: the {product} is flagged defect-free.",
)
"""a normal record citing supervision it could not have seen"""

# ------------------------------------------------------------------ steps in prose

STEP_PROSE: tuple[str, ...] = (
    "This kind of flaw typically originates in {step}.",
    "I suspect {step} as the source of it.",
    "The likely culprit is {step}.",
    "If I had to point at one stage, it would be {step}.",
    "A fault during {step} would explain what I am seeing.",
)
"""an uncited, non-causal (or another category's) step named for a defect"""

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "There is no trace of anything going wrong during {step}.",
    "No evidence suggests a slip in {step}.",
    "The outcome of {step} looks clean on this part.",
)
"""a step named in prose for a normal part"""

# ------------------------------------------------------------------ repetition and length

FILLER_CHUNKS: tuple[str, ...] = (
    "the texture holds steady",
    "just as it should be",
    "which matches the reference",
    "looking over it again",
    "with no change in tone",
    "once more to be sure",
)
"""chunks repeated into n-gram filler"""

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the backlight",
    "the image noise",
    "the shutter speed setting",
    "the optical distortion",
    "the glare suppression",
    "the grey-value distribution",
    "the stage position",
    "the stand-off distance",
    "the room lighting",
    "the histogram",
    "the shadow detail",
    "the edge contrast",
    "the analogue gain",
    "the capture geometry",
    "the sampling density",
)
"""subjects of neutral sentences about the capture (over-length padding)"""

NEUTRAL_VERBS: tuple[str, ...] = (
    "reads as consistent",
    "stays in range",
    "presents no difficulty",
    "is set correctly",
    "is entirely ordinary",
    "behaves as expected",
    "raises no concern",
    "is under control",
    "appears nominal",
    "is suitably tuned",
)
"""verbs of neutral sentences"""

NEUTRAL_TAILS: tuple[str, ...] = (
    "for a part of this type",
    "over the whole picture",
    "for judging fine marks",
    "from one side to the other",
    "at this working distance",
    "in every region of the photo",
    "for a fair comparison",
    "as specified for the rig",
    "without hiding any detail",
    "during the whole exposure",
)
"""tails of neutral sentences"""

# ------------------------------------------------------------------ one-shot comparison

ONE_SHOT_COMPARE: tuple[str, ...] = (
    "Set beside the defect-free reference, this {product} departs from it in one area.",
    "Against the known-good sample, the {product} shows a local difference the reference "
    "does not have.",
    "Compared with the normal reference image, one region of the {product} no longer matches.",
)
"""a one-shot comparison of a defective part with the normal reference"""

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the good reference, the {product} matches it everywhere.",
    "The {product} lines up with the reference sample in surface, outline and colour.",
)
"""a one-shot comparison of a good part with the normal reference"""

# ------------------------------------------------------------------ conclusions

SIBLING_LOOKS: tuple[str, ...] = (
    "The damaged zone takes on the appearance of {a_sib}.",
    "What I see here is consistent with {a_sib}.",
)
"""a characterisation naming another type of the category"""

CONCLUDE_WITH: tuple[str, ...] = (
    "Overall the {product} is defective, showing {a_kind} {where}.",
    "My conclusion: {a_kind} {where} makes this {product} anomalous.",
    "So the {product} fails, on account of {a_kind} {where}.",
)
"""a conclusion naming a type and a place"""

CONCLUDE_OTHER: tuple[str, ...] = (
    "All in all the {product} is defective: it carries {a_other} {where}.",
    "The {product} should be rejected for {a_other} {where}.",
)
"""a conclusion naming an unrelated type"""

CONCLUDE_AT_PART: tuple[str, ...] = (
    "The {product} is defective, and I classify the defect as {part} ({where}).",
    "Conclusion: defect type {part}, found {where}; the {product} is anomalous.",
)
"""a conclusion naming a part of the product as the defect type"""

SYNONYM_LOOKS: tuple[str, ...] = (
    "It has the look of {syn}.",
    "Up close, the region reads as {syn}.",
    "This is best described as {syn}.",
)
"""a characterisation in the category's own words"""

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is therefore defective, with {syn} {where}.",
    "This {product} is anomalous: {syn} {where}.",
    "I'd reject the {product} for {syn} {where}.",
)
"""a conclusion in the category's own words"""

YES_SHOWS: tuple[str, ...] = (
    "The {product} exhibits {a_kind} {where}.",
    "There is {a_kind} on the {product}, {where}.",
    "I can see {a_kind} {where} on the {product}.",
)
"""a first answer after "Yes. " naming a type and a place"""

PART_YES: tuple[str, ...] = (
    "The {product} is defective; defect: {part}, {where}.",
    "The {product} has a defect {where}, of the {part} kind.",
)
"""a first answer after "Yes. " naming a part as the type"""

LOCATION_ANSWERS: tuple[str, ...] = (
    "You will find the defect {where}.",
    "Defect location: {where}.",
    "The flaw lies {where}.",
)
"""a localisation answer"""

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} most likely traces back to {cause}.",
    "The most probable origin of {name} is {cause}.",
    "{Name} is best explained by {cause}.",
)
"""the lead of a cause answer (``cause`` holds the cited steps)"""

CAUSE_PROSE: tuple[str, ...] = (
    "That fits a problem in {step} {cite}.",
    "The most plausible root cause is {step} {cite}.",
)
"""a listed cause step named in prose beside its citation"""

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Classified as {c}.",
    "The anomaly is {a_c}.",
    "Defect category: {c}.",
)
"""a classification answer naming the canonical type"""

FIRST_TURN: tuple[str, ...] = (
    "The {product} presents {what} {where}.",
    "I see {what} on the {product}, {where}.",
)
"""a first answer after "Yes. " (the visual signature follows)"""

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top-left area", "northwest corner", "upper-left zone", "top-left patch"),
    "top": ("upper strip", "upper central region", "top-middle band", "top-centre stretch"),
    "top right": (
        "top-right area",
        "northeast corner",
        "upper-right zone",
        "top-right patch",
    ),
    "left": ("left-hand edge region", "left third", "west side", "left border strip"),
    "center": ("midsection", "central part", "middle portion", "middle zone"),
    "right": ("right-hand edge region", "right third", "east side", "right border strip"),
    "bottom left": (
        "bottom-left area",
        "southwest corner",
        "lower-left zone",
        "bottom-left patch",
    ),
    "bottom": (
        "lower strip",
        "lower central region",
        "bottom-middle band",
        "bottom-centre stretch",
    ),
    "bottom right": (
        "bottom-right area",
        "southeast corner",
        "lower-right zone",
        "bottom-right patch",
    ),
}
"""grid cell -> everyday words for it"""

PLACE_FRAMES: tuple[str, ...] = (
    "in the vicinity of the {w}",
    "in the region of the {w}",
    "mostly in the {w}",
    "in the neighbourhood of the {w}",
)
"""prepositions around a cell's words"""

PLACE_TAILS: tuple[str, ...] = (
    " of the inspected surface",
    " of the field shown",
    " of the sample image",
)
"""what a place may be of"""

PLACE_AWAY: tuple[str, ...] = (", not at the centre", ", some distance from the middle")
"""a tail for a cell away from the centre"""

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a shattered section of the rim",
        "a large chunk of glass broken away",
    ),
    ("bottle", "broken_small"): ("a small chip in the lip", "a nicked spot on the mouth"),
    ("bottle", "contamination"): (
        "a foreign particle inside the bottle",
        "some dirt lodged inside",
    ),
    ("carpet", "color"): ("a blotchy off-colour area", "a spot of off-shade dye"),
    ("carpet", "cut"): ("a clean slit through the pile", "a sliced strip of tufts"),
    ("carpet", "hole"): ("an open gap in the tufting", "a bald opening in the pile"),
    ("carpet", "metal_contamination"): ("a metal fragment in the pile", "a shiny metal shard"),
    ("carpet", "thread"): ("a dangling yarn end", "a stray yarn lying on top"),
    ("leather", "color"): ("an off-tone blotch", "an uneven dye mark"),
    ("leather", "cut"): ("a blade cut through the grain", "a sharp slice in the hide"),
    ("leather", "fold"): ("a creased area", "a pressed-in wrinkle"),
    ("leather", "glue"): ("a hardened blob of adhesive", "a smear of glue residue"),
    ("leather", "poke"): ("a pinprick", "a pierced spot"),
    ("screw", "scratch_head"): ("a scuffed head", "scoring on the screw head"),
    ("screw", "scratch_neck"): ("a scraped shank below the head", "fine score marks on the neck"),
    ("screw", "manipulated_front"): ("a flattened tip", "a deformed point"),
    ("screw", "thread_side"): ("stripped threads along the side", "a damaged thread flank"),
    ("screw", "thread_top"): ("mangled threads near the tip", "a crushed thread end"),
    ("metal_nut", "bent"): ("a lobe bent out of shape", "a distorted flank"),
    ("metal_nut", "color"): ("an oddly tinted face", "an off-colour stain"),
    ("metal_nut", "scratch"): ("score marks on the face", "a scuff line"),
    ("metal_plate", "major_rust"): ("a large rust patch", "heavy corrosion spots"),
    ("metal_plate", "total_rust"): ("rust over the entire plate", "corrosion covering the surface"),
    ("metal_plate", "scratches"): ("several scrape lines", "surface scoring"),
}
"""(category, defect type) -> the category's own words for it, with their articles"""

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("mouth finish", "bottle heel", "glass neck", "side wall"),
    "carpet": ("face yarn", "rows of tufts", "primary backing", "loop pile"),
    "leather": ("grain face", "hide surface", "flesh underside", "topcoat layer"),
    "screw": ("threaded shaft", "head of the screw", "pointed end", "slotted drive"),
    "metal_nut": ("hex flats", "inner threading", "washer face", "outer lobes"),
    "metal_plate": ("cut edge", "broad face", "corner of the plate", "sheared side"),
}
"""category -> parts of the product (planted as if they were defect types)"""

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a thin crack line",
    "a dark pit",
    "a sharp burr sticking out",
    "a greasy smudge",
    "a chipped corner",
    "a gouged groove",
    "a rust-coloured blotch",
    "a frayed spot of fibres",
    "a pinhole",
    "a kinked edge",
    "an irregular dent",
)
"""defects a normal record's reasoning wrongly sees (with articles)"""

OTHER_TYPES: tuple[str, ...] = (
    "dent mark",
    "split",
    "puncture hole",
    "tar spot",
    "twist",
    "ink stain",
    "rupture",
    "fracture line",
    "stray fibre",
    "paint splash",
)
"""defect types unrelated to most trues (filtered per record by canonical class)"""
