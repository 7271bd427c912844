"""Phrasebook ``fresh44``: written blind, for one measurement of the validator only.

Worded without sight of the validator or of any other book. Voices: a hard-boiled noir
detective narrating, a Singaporean-English speaker (Singlish particles and turns of phrase),
a surgeon dictating operative notes, and a model that numbers observations O1, O2 and draws
inferences I1, I2 from them.
"""

from __future__ import annotations

# ------------------------------------------------------------------ error tables

DISMISSALS: tuple[str, ...] = (
    (
        "Something caught the light {place}. I leaned in close: just a fleck of dust riding "
        "the lens, [kid|pal], and the {product} itself was clean there."
    ),
    (
        "There was a shadow {place}, and it tried to sell me a story. It was glare off the "
        "lamp, nothing more, "
        "[and I don't buy it as damage|and I've been lied to by better shadows]."
    ),
    (
        "Got one small mark {place} lah, but that one is dust on the camera only, not "
        "defect [one|lor]."
    ),
    (
        "Wah, {place} a bit shiny leh, but is reflection from the light only, the {product} "
        "there no problem one."
    ),
    (
        "Opacity noted {place}; on closer review it is [lint on the optics|debris on the lens], "
        "not a true lesion of the {product}. Disregarded."
    ),
    "Bright focus {place}: specular artefact from the lighting [only|alone]. Not pathological.",
    (
        "O2: a dark speck {place}. I2: the speck is sensor dust, not a defect of the {product}, "
        "so it is set aside."
    ),
    (
        "O1: a bright streak {place}. I1: [that|this] is glare from the lamp, not damage; it "
        "carries no weight in the verdict."
    ),
)

SIGHTINGS: tuple[str, ...] = (
    (
        "Then I saw it: {kind} {place}, [sitting there|bold as brass] on the {product} like "
        "it owned the joint."
    ),
    "The {product} had a secret, and the secret was {kind} {place}.",
    "Eh, got {kind} {place} on the {product} leh, can see clearly one.",
    "Findings: {kind} on the {product}, {place}, [well demarcated|clearly visualised].",
    "O3: {kind} is visible on the {product} {place}.",
    "{kind} {place} there, confirm is real damage on the {product} lah.",
    "I2: the {product} carries {kind} {place}; that is damage, not noise.",
)

WRONG_PLACES: tuple[str, ...] = (
    "I found the damage where trouble always hides: {place}.",
    "The trail of damage ended {place}.",
    "The defect is {place} lah.",
    "The spoilt part stay {place} one.",
    "Lesion localised {place}.",
    "Site of the lesion: {place}.",
    "O2: the anomaly lies {place}.",
    "I2: the defect is located {place}.",
)

HEDGES: tuple[str, ...] = (
    "Could be {a_kind}, could be {a_other}; in this town you never know which.",
    ("My gut said {a_kind}. My other gut said {a_other}. Neither one would sign a statement."),
    "Is {a_kind} or {a_other} ah? I also cannot confirm leh.",
    "Maybe {a_kind}, maybe {a_other} lor, I also not sure.",
    "Differential: {a_kind} versus {a_other}; unable to discriminate on current imaging.",
    "Impression: ?{a_kind}, ?{a_other}. Undetermined at this time.",
    "I2: the mark is either {a_kind} or {a_other}; the observations do not settle which.",
    "I1: {a_kind} and {a_other} remain equally likely.",
)

HEDGED_TAGS: tuple[str, ...] = (
    "{kind} or {other}",
    "{kind}, maybe {other} lah",
    "{kind} vs {other}",
    "?{kind} / ?{other}",
    "either {kind} or {other}",
    "{kind} (or possibly {other})",
    "{kind}-or-{other}, undecided",
)

FLIPPED_YES: tuple[str, ...] = (
    "The {product} walks. Clean as a choirboy's conscience, and I'm letting it go.",
    "Nothing on this {product} worth a second look. Ship it.",
    "This {product} okay one lah, can pass, send out already.",
    "Steady, the {product} all good, don't need to reject.",
    "The {product} is unremarkable. Cleared for release.",
    "Impression: healthy {product}, within normal limits. Discharge.",
    "I3: the {product} is sound and fit to ship.",
    "I2: every observation fits a flawless {product}; it passes.",
)

FLIPPED_NO: tuple[str, ...] = (
    "This {product} is damaged goods, and damaged goods go in the bin.",
    "The {product} is dirty. I could smell it from the doorway. Reject.",
    "This {product} spoil already lah, must reject.",
    "Aiyo, the {product} got damage, throw away lor.",
    "The {product} is pathological; defect present. Reject specimen.",
    "Impression: damaged {product}. Fails release.",
    "I3: the {product} is defective and must be rejected.",
    "I2: the observations add up to a faulty {product}; it fails.",
)

NEGATED_YES_WRONG: tuple[str, ...] = (
    "I've got no {kind} {place} and no case. This {product} is not defective.",
    "There's no {kind} on this {product}, not {place}, not anywhere.",
    "Where got {kind}? Look {place} also don't have, the {product} not spoil one.",
    "Don't have any {kind} lah, the {product} not defective.",
    "No {kind} identified {place}. The {product} is not abnormal.",
    "Negative for {kind}; the {product} shows no lesion {place}.",
    "I1: there is no {kind} {place}, so the {product} is not defective.",
    "I3: no {kind} is present {place}; the {product} is not faulty.",
)

NEGATED_NO_WRONG: tuple[str, ...] = (
    "This {product} is not clean. Not by a long shot; there's a {kind} {place}.",
    "I couldn't call this {product} {kind}-free if you paid me double.",
    "Cannot say the {product} got no {kind} lah, {place} got problem.",
    "This {product} not free from {kind} one leh.",
    "{product}: not unremarkable; a {kind} is not absent {place}.",
    "Specimen is not within normal limits; the {product} does not pass.",
    "I2: the {product} is not {kind}-free; the area {place} is not clear.",
    "I1: it is false that the {product} lacks a {kind}.",
)

NEGATED_YES_OK: tuple[str, ...] = (
    "This {product} is no innocent; {a_kind} sits {place}.",
    "I couldn't let this {product} walk, not with {a_kind} {place}.",
    "Cannot pass this {product} lah, got {a_kind} {place}.",
    "The {product} not okay one, {a_kind} {place} there.",
    "{product} not within normal limits: {a_kind} {place}.",
    "Not unremarkable; {a_kind} noted {place}; the {product} does not clear inspection.",
    "I2: the {product} is not defect-free; {a_kind} lies {place}.",
    "I1: this {product} cannot pass, because {a_kind} is present {place}.",
)

PASSES_NO_OK: tuple[str, ...] = (
    "The {product} came up clean. I've got nothing on it, and it walks.",
    "Clean {product}, clean record. It passes.",
    "This {product} can pass lah, nothing wrong one.",
    "Okay already, the {product} steady, pass.",
    "The {product} is unremarkable; passes inspection.",
    "No abnormality detected. The {product} is cleared.",
    "I1: the {product} is free of defects and passes inspection.",
    "I2: nothing observed justifies rejecting the {product}; it passes.",
)

LEAKS: tuple[str, ...] = (
    "{source} had already fingered the culprit: {a_kind} {place}. I just went along.",
    ("I didn't have to look hard; {source} put {a_kind} {place} before I'd even opened my eyes."),
    "According to {source}, got {a_kind} {place} lah, so I follow.",
    "{source} say {a_kind} {place} already, so confirm lor.",
    "Per {source}: {a_kind} on the {product} {place}; concur.",
    "{a_kind} {place}, as documented in {source}.",
    "O1: {source} places {a_kind} {place}. I1: the {product} is therefore defective.",
    "I2: {source} confirms {a_kind} {place}, so the finding stands.",
)

LEAK_SOURCES: tuple[str, ...] = (
    "the ground-truth mask",
    "the answer key",
    "the annotator's box",
    "the label file",
    "the pixel mask",
    "the case file",
    "the line foreman's tip-off",
    "the QC auntie's note",
    "the referral letter",
    "the pathology report that came with the image",
    "the expected answer",
    "the segmentation overlay",
    "the marked-up copy",
    "the grading sheet",
    "the supervisor's hint",
    "the dataset tag",
)

LEAKS_NORMAL: tuple[str, ...] = (
    "{source} said the {product} was clean, and I took it at its word.",
    "I peeked at {source}. Nothing flagged on the {product}.",
    "{source} say this {product} okay one, so pass lor.",
    "Checked {source} already, the {product} no defect, confirm.",
    "Per {source}, the {product} is normal; concur.",
    "O1: {source} marks the {product} as normal. I1: so it is normal.",
)

STEP_PROSE: tuple[str, ...] = (
    (
        "I traced the damage back to {step}. That's where it happened, and that's where "
        "somebody got sloppy."
    ),
    "Follow the damage upstream and you end up at {step}, every time.",
    "This damage sure come from {step} one lah.",
    "Blame {step} lor, that step cause the damage.",
    "Aetiology: introduced during {step}.",
    "Mechanism of injury: {step}.",
    "I3: the defect originates in {step}.",
    "I2: the damage was introduced at {step}.",
)

STEP_PROSE_NORMAL: tuple[str, ...] = (
    "{step} did its job clean on this one; it left nothing behind.",
    "Whatever went on at {step}, it went right this time.",
    "{step} also okay one, the part come out nice.",
    "{step} uneventful; no complications.",
    "I2: {step} left the part intact.",
)

# ------------------------------------------------------------------ padding

FILLER_CHUNKS: tuple[str, ...] = (
    "as I was saying",
    "same as before lah",
    "noted for the record",
    "per protocol",
    "observation logged",
    "moving on",
)

NEUTRAL_SUBJECTS: tuple[str, ...] = (
    "the lamp over the bench",
    "the exposure",
    "the white balance",
    "the camera angle",
    "the focus",
    "the backdrop",
)

NEUTRAL_VERBS: tuple[str, ...] = (
    "holds steady",
    "is even",
    "stays constant",
    "is set as usual",
    "matches the last run",
    "is unchanged",
)

NEUTRAL_TAILS: tuple[str, ...] = (
    "for this capture",
    "across the frame",
    "under the usual setup",
    "for the whole session",
    "from start to finish",
    "at this station",
)

# ------------------------------------------------------------------ correct and slot-driven

ONE_SHOT_COMPARE: tuple[str, ...] = (
    (
        "I laid the query next to the reference shot of a clean {product}. They didn't "
        "match, and the difference is the damage."
    ),
    (
        "Compare with the good {product} in the reference picture, this one got something "
        "different lah."
    ),
    (
        "Compared against the normal reference image: the query {product} departs from "
        "normal anatomy in one region."
    ),
    "O2: the reference image shows a normal {product}; the query differs from it in one region.",
)

ONE_SHOT_COMPARE_NORMAL: tuple[str, ...] = (
    "Side by side with the reference shot, the query {product} is its twin, every hair in place.",
    "Compare with the reference {product}, same same one, no difference.",
    "Compared with the normal reference image: concordant; the query {product} matches it.",
    "O2: the query matches the reference image of a normal {product} in every region.",
)

SIBLING_LOOKS: tuple[str, ...] = (
    "The damage has the signature of {a_sib}.",
    "This one is {a_sib} lah.",
    "Lesion characterised as {a_sib}.",
    "I1: the mark is {a_sib}.",
)

CONCLUDE_WITH: tuple[str, ...] = (
    "Case closed: the {product} is damaged goods, {a_kind} {where}.",
    "Confirm defective lah, the {product} got {a_kind} {where}.",
    "Impression: defective {product}; {a_kind} {where}.",
    "I3: the {product} is defective, with {a_kind} {where}.",
)

CONCLUDE_OTHER: tuple[str, ...] = (
    "The verdict's in: {a_other} {where}, and the {product} takes the fall.",
    "The {product} got {a_other} {where}, reject lah.",
    "Diagnosis: {a_other} {where}; {product} rejected.",
    "I3: the defect is {a_other} {where}; the {product} fails.",
)

CONCLUDE_AT_PART: tuple[str, ...] = (
    "Case closed. The defect goes by the name of {part}, and it sits {where} on the {product}.",
    "Defect type is {part} lah, {where}, the {product} reject.",
    "Diagnosis: {part} defect {where}; {product} rejected.",
    "I3: the {product} is defective; defect type: {part}, {where}.",
)

SYNONYM_LOOKS: tuple[str, ...] = (
    "Take away the shadows and what's left is {syn}.",
    "This one is {syn} lah, confirm.",
    "Morphology: {syn}.",
    "I1: the mark is {syn}.",
)

SYNONYM_CONCLUSIONS: tuple[str, ...] = (
    "The {product} is guilty: {syn} {where}. Case closed.",
    "Reject this {product} lah, got {syn} {where}.",
    "Impression: {syn} {where}; the {product} is defective.",
    "I3: {syn} {where} makes the {product} defective.",
)

YES_SHOWS: tuple[str, ...] = (
    "The {product} has {a_kind} {where}, bold as you like.",
    "The {product} got {a_kind} {where} lah.",
    "Finding: {a_kind} {where} on the {product}.",
    "O1: {a_kind} is present {where} on the {product}.",
)

PART_YES: tuple[str, ...] = (
    "The {product} has {part} damage {where}; that's the type, plain as a bullet hole.",
    "Got {part} defect {where} on the {product} lah.",
    "{part} lesion of the {product}, {where}.",
    "O1: the {product} shows a defect of type {part} {where}.",
)

LOCATION_ANSWERS: tuple[str, ...] = (
    "{where}. That's where the damage is hiding.",
    "The defect is {where} lah.",
    "Site: {where}.",
    "O1: the defect is {where}.",
)

CAUSE_LEADS: tuple[str, ...] = (
    "{Name} has a history, and it starts at {cause}.",
    "{Name} come from {cause} one.",
    "Aetiology of {name}: {cause}.",
    "I1: {name} arises from {cause}.",
)

CAUSE_PROSE: tuple[str, ...] = (
    "The trail leads back to {step} {cite}.",
    "Problem start from {step} {cite} lah.",
    "Aetiology: {step} {cite}.",
    "I2: the defect is caused by {step} {cite}.",
)

CANONICAL_ANSWERS: tuple[str, ...] = (
    "Defect type: {c}.[ Case closed.| Confirm lah.|]",
    "The type is {c} lah.",
    "Dx: {c}.",
    "I1: defect type = {c}.",
    "It's {a_c}, plain and simple.",
)

FIRST_TURN: tuple[str, ...] = (
    "The {product} has {what} {where}; I'd know that look anywhere.",
    "This {product} got {what} {where} lah.",
    "Findings: {what} {where} on the {product}.",
    "O1: the {product} shows {what} {where}.",
)

# ------------------------------------------------------------------ places

CELL_WORDS: dict[str, tuple[str, ...]] = {
    "top left": ("top-left corner", "upper-left corner", "northwest corner"),
    "top": ("top band", "upper band", "top-centre"),
    "top right": ("top-right corner", "upper-right corner", "northeast corner"),
    "left": ("left side", "left-hand side", "left flank"),
    "center": ("centre", "middle", "dead centre"),
    "right": ("right side", "right-hand side", "right flank"),
    "bottom left": ("bottom-left corner", "lower-left corner", "southwest corner"),
    "bottom": ("bottom band", "lower band", "bottom-centre"),
    "bottom right": ("bottom-right corner", "lower-right corner", "southeast corner"),
}

PLACE_FRAMES: tuple[str, ...] = (
    "in the {w}",
    "over in the {w}",
    "toward the {w}",
)

PLACE_TAILS: tuple[str, ...] = (
    " of the frame",
    " of the picture",
    " of the shot",
    "",
)

PLACE_AWAY: tuple[str, ...] = (
    ", well off the middle",
    ", away from the centre",
    ", off-centre",
)

# ------------------------------------------------------------------ names

SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bottle", "broken_large"): (
        "a big chunk broken out of the rim",
        "a large break in the lip",
        "a shattered mouth",
    ),
    ("bottle", "broken_small"): ("a small chip on the rim", "a nick in the lip", "a chipped rim"),
    ("bottle", "contamination"): ("foreign matter", "a speck of dirt", "a foreign particle"),
    ("carpet", "color"): ("a discoloured patch", "a stain", "a dye spot"),
    ("carpet", "cut"): ("a slit", "a knife cut", "a gash"),
    ("carpet", "hole"): ("a gap in the weave", "a worn-through spot", "an opening in the weave"),
    ("carpet", "metal_contamination"): (
        "a metal fragment",
        "a metal shaving caught in the fibres",
        "a metallic speck",
    ),
    ("carpet", "thread"): ("a loose thread", "a stray strand", "a pulled yarn"),
    ("leather", "color"): ("a discoloured patch", "a dye blotch", "a colour stain"),
    ("leather", "cut"): ("a knife slit", "a cut", "a gash"),
    ("leather", "fold"): ("a crease", "a fold line", "a wrinkle"),
    ("leather", "glue"): ("a glue smear", "an adhesive blob", "a dried glue spot"),
    ("leather", "poke"): ("a puncture", "a pinprick hole", "a poke mark"),
    ("screw", "scratch_head"): ("a scratched head", "a scuff on the head", "scoring on the head"),
    ("screw", "scratch_neck"): (
        "a scratched neck",
        "a scuff just below the head",
        "scoring on the neck",
    ),
    ("screw", "manipulated_front"): ("a mangled tip", "a deformed point", "a crushed tip"),
    ("screw", "thread_side"): (
        "damaged threads along the side",
        "a dinged thread flank",
        "a chewed-up thread",
    ),
    ("screw", "thread_top"): (
        "damaged threads near the tip",
        "a flattened top thread",
        "a chewed thread at the top",
    ),
    ("metal_nut", "bent"): ("a bent-over tab", "a deformed tab", "a buckled tab"),
    ("metal_nut", "color"): ("a discoloured spot", "a paint blotch", "a colour stain"),
    ("metal_nut", "scratch"): ("a scratch", "a scuff mark", "an abrasion"),
    ("metal_plate", "major_rust"): ("a rust patch", "heavy corrosion", "a corroded patch"),
    ("metal_plate", "total_rust"): (
        "rust all over",
        "corrosion across the whole plate",
        "full-surface rust",
    ),
    ("metal_plate", "scratches"): ("scratch marks", "scuffing", "score lines"),
}

PART_NAMES: dict[str, tuple[str, ...]] = {
    "bottle": ("neck", "base", "shoulder"),
    "carpet": ("backing", "fringe", "border"),
    "leather": ("grain", "edge", "backing"),
    "screw": ("head", "shank", "point"),
    "metal_nut": ("bore", "face", "lobe"),
    "metal_plate": ("edge", "face", "surface"),
}

DEFECT_SIGHTINGS: tuple[str, ...] = (
    "a hairline crack",
    "a thin scratch",
    "a dark pit",
    "a chipped edge",
    "a rust bloom",
    "a greasy smear",
    "a pinhole puncture",
    "a frayed strand",
    "a shallow dent",
    "a discoloured blotch",
)

OTHER_TYPES: tuple[str, ...] = (
    "dent",
    "warping",
    "misalignment",
    "burn mark",
    "oil stain",
    "missing part",
    "splinter",
    "blister",
    "air bubble",
    "weld spatter",
)
