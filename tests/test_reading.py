"""The reader of natural wording (iad_data.core.reading) on natural sentences: negation and
its scope, hedges, dismissals, verdict words, places, defect words, leakage, repetition."""

from __future__ import annotations

from pathlib import Path

import pytest

from iad_data.core.reading import (
    build_lexicon,
    count_tokens,
    filler,
    find_leaks,
    load_vocabulary,
    places_in,
    read,
    read_sentence,
    repeated_sentences,
    step_index,
    steps_named,
    verdict_of,
)
from iad_data.core.reading.words import sentences, tokens
from iad_data.errors import InputError

BOTTLE = build_lexicon(
    "mvtec_ad", "bottle", ["broken_large", "broken_small", "contamination"], parts=["glass bottle"]
)
SCREW = build_lexicon(
    "mvtec_ad",
    "screw",
    ["manipulated_front", "scratch_head", "scratch_neck", "thread_side", "thread_top"],
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The bottle is not free of defects.", "anomaly"),
        ("This part is far from flawless.", "anomaly"),
        ("It is not defect-free.", "anomaly"),
        ("The rim is not without flaws.", "anomaly"),
        ("The part does not look normal.", "anomaly"),
        ("This bottle fails inspection.", "anomaly"),
        ("The part is not acceptable.", "anomaly"),
        ("There are no scratches, stains, holes or dents anywhere.", "normal"),
        ("I cannot see any defect on this bottle.", "normal"),
        ("Nothing is wrong with the part.", "normal"),
        ("The bottle passes inspection.", "normal"),
        ("Verdict: defect-free.", "normal"),
        ("The surface is scratch-free and clean.", "normal"),
        ("No crack, chip or stain is visible; the part is fine.", "normal"),
        ("The bottle is not defective.", "normal"),
        ("There is no scratch, but a dent is visible at the top.", "anomaly"),
        ("It is not only scratched but also dented.", "anomaly"),
        ("A crack runs across the rim.", "anomaly"),
    ],
)
def test_verdicts_with_negation_and_its_scope(text: str, verdict: str) -> None:
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "I checked where defects of this product usually appear: the rim and the neck.",
        "A good bottle looks even and regular.",
        "Cracks would show as bright lines if there were any.",
        "Check the starwheels to prevent chipped rims.",
        "Compared with the normal appearance of a bottle, the glass looks thick.",
    ],
)
def test_generic_and_attributive_wording_states_no_verdict(text: str) -> None:
    assert read_sentence(text, BOTTLE).stance is None


@pytest.mark.parametrize(
    "text",
    [
        "That mark is only dust, not a defect.",
        "The bright spot is just a reflection.",
        "What looks like a line is merely glare on the glass.",
    ],
)
def test_dismissals(text: str) -> None:
    reading = read_sentence(text, BOTTLE)
    assert reading.dismissal and reading.stance == "normal"
    assert not reading.asserted_types


def test_restricted_normal_statements_are_not_verdicts() -> None:
    assert read_sentence("The rest of the surface is clean.", BOTTLE).restricted
    assert read_sentence("Apart from this area the glass is intact.", BOTTLE).restricted
    assert not read_sentence("The bottle is clean.", BOTTLE).restricted
    assert verdict_of("Apart from the chip, everything else looks fine.", BOTTLE) is None


@pytest.mark.parametrize(
    "text",
    [
        "It might be a scratch, or possibly a crack.",
        "This is either a dent or a hole.",
        "Perhaps a stain, maybe a chip.",
        "I am not sure whether it is a scuff or a fracture.",
        # two kinds of one canonical type (contamination): a burn is no residue
        "Whether this is unwanted residue on the glass or a scorch mark, I cannot settle.",
    ],
)
def test_hedges_between_types(text: str) -> None:
    assert read_sentence(text, BOTTLE).alternatives


def test_kinds_of_one_type_in_a_hedge_are_one_type() -> None:
    assert not read_sentence("It might be dirt or debris on the glass.", BOTTLE).alternatives
    assert not read_sentence("Perhaps a scuff or a scrape.", BOTTLE).alternatives


def test_one_type_or_negated_lists_are_not_alternatives() -> None:
    assert not read_sentence("It is a small chip or nick in the rim.", BOTTLE).alternatives
    assert not read_sentence("There may be no scratch or dent at all.", BOTTLE).alternatives


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("in the upper left corner", "top left"),
        ("at the top-left", "top left"),
        ("in the upper-left area of the frame", "top left"),
        ("toward the lower right", "bottom right"),
        ("in the centre", "center"),
        ("right in the middle of the image", "center"),
        ("at the top centre", "top"),
        ("in the middle of the left side", "left"),
        ("in the centre-left region", "left"),
        ("at the left-most edge, halfway down", None),
        ("in the north-west corner", "top left"),
        ("at the bottom of the image", None),
    ],
)
def test_place_words_and_variants(text: str, cell: str | None) -> None:
    (place,) = places_in(tokens(text), load_vocabulary())
    assert place.cell == cell


def test_partial_and_negated_places() -> None:
    vocab = load_vocabulary()
    (lower,) = places_in(tokens("the lower part"), vocab)
    assert (lower.row, lower.col) == (2, None)
    assert lower.fits("bottom left") and lower.fits("bottom") and not lower.fits("top left")
    (away,) = places_in(tokens("well away from the center"), vocab)
    assert away.negated and away.fits("top left") and not away.fits("center")
    (edge,) = places_in(tokens("on the leftmost edge"), vocab)
    assert edge.col == 0 and edge.fits("top left") and not edge.fits("right")


@pytest.mark.parametrize(
    "text",
    [
        "Nothing is left of the old coating.",
        "The rim has the right shape.",
        "Dirt collects at the bottom of the opening.",
        "It lies on top of the glass.",
        "The wick at the top end of the candle is bent.",
    ],
)
def test_words_that_are_not_places(text: str) -> None:
    lexicon = build_lexicon("mvtec_ad", "bottle", parts=["wick"])
    reading = read_sentence(text, lexicon)
    assert not reading.places


@pytest.mark.parametrize(
    ("text", "canonical", "name"),
    [
        ("There is a crease in the glass.", "deformation", None),
        ("The rim shows corrosion.", "contamination", None),
        ("This is a chipped rim.", None, "broken_small"),
        ("The glass is smeared with grease.", "contamination", None),
        ("I see a gouge across the wall.", "scratch", None),
        ("A large break is visible in the finish.", None, "broken_large"),
    ],
)
def test_defect_words_and_synonyms(text: str, canonical: str | None, name: str | None) -> None:
    mentions = read_sentence(text, BOTTLE).asserted_types
    assert mentions
    for mention in mentions:
        if name:
            assert mention.sense.name == name
        else:
            assert mention.sense.canonical == canonical


def test_part_names_and_collisions_are_not_types() -> None:
    # the screw's thread is a part; "thread top" is one of its defect names
    assert not read_sentence("The thread of the screw is even.", SCREW).types
    (top,) = read_sentence("It is a thread top defect.", SCREW).asserted_types
    assert top.sense.name == "thread_top"
    carpet = build_lexicon("mvtec_ad", "carpet", ["thread", "color", "cut", "hole"])
    (thread,) = read_sentence("A loose thread lies on the carpet.", carpet).asserted_types
    assert thread.sense.name == "thread"
    assert not read_sentence("The opening of the bottle is round.", BOTTLE).types
    pcb = build_lexicon("visa", "pcb1", ["bent", "melt", "scratch", "missing"])
    assert not read_sentence("The chip on the board is seated.", pcb).types


def test_descriptive_wording_asserts_no_type() -> None:
    # a noun phrase of what a defect looks like names nothing as present
    assert not read_sentence("Fine crack lines on the surface.", BOTTLE).asserted_types
    assert read_sentence("There are fine crack lines on the surface.", BOTTLE).asserted_types


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("The annotation marks a crack.", True),
        ("The provided label reads broken large.", True),
        ("The reference box covers the rim.", True),
        ("According to the mask, the chip is small.", True),
        ("I was told the bottle is broken.", True),
        ("Someone told me to look at the rim.", True),
        ("The boxes provided mark the defect.", True),
        ("It is labelled as contamination.", True),
        ("The expected answer is Yes.", True),
        ("Per the label, this is a scratch.", True),
        ("Compared with the reference image, the rim is chipped.", False),
        ("The normal sample shows an unbroken ring.", False),
        ("There is a hint of rust near the thread.", False),
        ("Given that the ring is bright, the rim is intact.", False),
        ("The solder mask is intact.", False),
        ("The label on the chip is printed cleanly.", False),
        ("Give the region and a bounding box.", False),
    ],
)
def test_leakage_by_meaning(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak


def test_repetition_and_filler() -> None:
    same = "The rim shows a small chip at the bottom left."
    assert repeated_sentences([same, "It is a chip.", same.replace("small ", "")])
    assert not repeated_sentences(["The rim is chipped.", "The chip is small and sharp."])
    padded = "the defect is clearly visible here " * 4
    assert filler([padded])
    assert filler(["very very very very bad"])
    assert not filler(["The glass bottle shows a small chip in the rim at the bottom left."])


def test_token_counts_err_high() -> None:
    assert count_tokens("The bottle is chipped.") == 6  # "chipped": seven letters, two
    assert count_tokens("circumferential") == 3  # long words count several tokens
    assert count_tokens("[0.125, 0.5]") >= 7


def test_step_names_in_prose() -> None:
    steps = {
        "blow_moulding": "Blow moulding and finish forming",
        "annealing": "Annealing",
        "conveying_inspection": "Conveying, inspection and palletising",
    }
    index = step_index(steps)
    named = steps_named("Insufficient annealing after blow moulding left stress.", index)
    assert [s for s, _ in named] == ["annealing", "blow_moulding"]
    assert steps_named("the finish forming stage", index) == [("blow_moulding", "finish forming")]
    assert steps_named("the glass was inspected", index) == []


def test_user_vocabulary_extends_the_lists(tmp_path: Path) -> None:
    extra = tmp_path / "words.yaml"
    extra.write_text(
        "language:\n  normal: [shipshape]\ndefects:\n  synonyms:\n    scratch: [scritch]\n"
    )
    vocab = load_vocabulary(extra)
    assert "shipshape" in vocab.words("language", "normal")
    lexicon = build_lexicon("mvtec_ad", "bottle", vocabulary=vocab)
    assert verdict_of("The bottle is shipshape.", lexicon, vocab) == "normal"
    (m,) = read_sentence("There is a scritch on the glass.", lexicon, vocab).asserted_types
    assert m.sense.canonical == "scratch"
    bad = tmp_path / "bad.yaml"
    bad.write_text("colours: [red]\n")
    with pytest.raises(InputError, match="unknown sections colours"):
        load_vocabulary(bad)


def test_respellings_extend_from_the_environments_vocabulary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dialect words are respelled while tokenising, from the vocabulary the environment
    names (``IAD_DATA_VOCABULARY``), as every command reads it."""
    assert tokens("the bottle is braw") == ["the", "bottle", "is", "braw"]
    extra = tmp_path / "scots.yaml"
    extra.write_text("language:\n  respellings:\n    braw: fine\n")
    monkeypatch.setenv("IAD_DATA_VOCABULARY", str(extra))
    assert tokens("the bottle is braw") == ["the", "bottle", "is", "fine"]
    assert tokens("nae chip") == ["no", "chip"]  # the shipped ones stay


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # negating a saying verb negates what is said
        ("I can't say this bottle is flawless.", "anomaly"),
        ("I cannot say whether it is scratched.", None),
        # "would" with the inspector or the part as subject is a verdict, not a case
        ("I would reject this bottle.", "anomaly"),
        ("The glass bottle would not pass the quality check.", "anomaly"),
        ("Cracks would show up near the rim.", None),
        # double negation with "but" and "other than"
        ("The bottle is nothing but a good part.", "normal"),
        ("The bottle is not anything but sound.", "normal"),
        ("It is not other than a good part.", "normal"),
        ("Nothing about this bottle is amiss.", "normal"),
        ("The bottle is in proper condition.", "normal"),
        ("The bottle fails the check.", "anomaly"),
        # a relative clause of a denied noun is denied too
        ("There are no dents where the glass is thin.", "normal"),
        # a comma list under one negation
        ("No chips, stains, the wrong colour showing.", "normal"),
    ],
)
def test_verdicts_of_saying_verbs_would_and_double_negation(text: str, verdict: str | None) -> None:
    assert verdict_of(text, BOTTLE) == verdict


def test_a_labelled_value_names_its_type() -> None:
    reading = read_sentence("Defect type: contamination.", BOTTLE)
    assert [(t.words, t.asserted, t.named) for t in reading.types] == [
        ("contamination", True, True)
    ]
    assert read_sentence("Defect type: scratch/dent.", BOTTLE).alternatives
    assert read_sentence("Finding: a chip or a crack.", BOTTLE).alternatives


def test_compound_nouns_are_one_type_not_alternatives() -> None:
    assert not read_sentence("Scuff marks probably come from handling.", SCREW).alternatives
    assert not read_sentence("A smear of grease is likely.", BOTTLE).alternatives
    assert read_sentence("Probably a scratch, or else a dent.", SCREW).alternatives


def test_a_part_named_as_the_type() -> None:
    assert read_sentence("The screw has a head defect.", SCREW).part_types == ("head",)
    assert read_sentence("The head shows a scratch.", SCREW).part_types == ()
    assert read_sentence("A surface defect near the rim.", BOTTLE).part_types == ()


def test_umbrella_words_fit_any_structural_type_specific_words_their_own() -> None:
    damaged = read_sentence("The tip is damaged.", SCREW).types[0].sense
    crack = read_sentence("There is a crack.", SCREW).types[0].sense
    dent = read_sentence("There is a dent.", SCREW).types[0].sense
    from iad_data.core.reading import Sense

    bend = Sense("deformation")
    assert SCREW.compatible(damaged, bend)
    assert not SCREW.compatible(crack, bend)
    assert SCREW.compatible(dent, bend)


@pytest.mark.parametrize(
    ("category", "names", "truth", "text", "fits"),
    [
        ("leather", ["color", "cut", "fold", "glue", "poke"], "cut", "There is a slit.", True),
        ("leather", ["color", "cut", "fold", "glue", "poke"], "cut", "There is a hole.", False),
        ("leather", ["color", "cut", "fold", "glue", "poke"], "poke", "A puncture is seen.", True),
        ("leather", ["color", "cut", "fold", "glue", "poke"], "poke", "There is a crack.", False),
        ("leather", ["color", "cut", "fold", "glue", "poke"], "cut", "The hide is damaged.", True),
        (
            "carpet",
            ["color", "cut", "hole", "metal_contamination", "thread"],
            "thread",
            "A burn mark is visible.",
            False,
        ),
        (
            "carpet",
            ["color", "cut", "hole", "metal_contamination", "thread"],
            "thread",
            "A stray fibre lies there.",
            True,
        ),
        (
            "carpet",
            ["color", "cut", "hole", "metal_contamination", "thread"],
            "hole",
            "There is a crack.",
            False,
        ),
        ("metal_nut", ["bent", "color", "flip", "scratch"], "scratch", "There is abrasion.", True),
        ("metal_nut", ["bent", "color", "flip", "scratch"], "scratch", "A scuff is seen.", True),
        (
            "bottle",
            ["broken_large", "broken_small", "contamination"],
            "broken_large",
            "A crack runs across.",
            True,
        ),  # kind_related: a break shows cracks
        (
            "bottle",
            ["broken_large", "broken_small", "contamination"],
            "broken_small",
            "There is a hole.",
            False,
        ),
    ],
)
def test_finer_kinds_inside_a_canonical_type(
    category: str, names: list[str], truth: str, text: str, fits: bool
) -> None:
    from iad_data.core.reading import Sense

    lexicon = build_lexicon("mvtec_ad", category, names)
    said = read_sentence(text, lexicon).types[0].sense
    meant = Sense(lexicon.canonical_of[truth], truth)
    assert lexicon.compatible(said, meant) is fits


def test_a_sentence_after_a_closing_parenthesis() -> None:
    from iad_data.core.reading.words import sentences

    assert sentences("- rim: no chips (forming [step:forming]) A crack runs across it.") == [
        "- rim: no chips (forming [step:forming])",
        "A crack runs across it.",
    ]


def test_phrases_repeated_in_a_row_are_filler() -> None:
    assert filler(["Looking closely; looking closely; looking closely."]) == ["looking closely"]
    assert filler(["The rim is clean and the neck is clean and the base is clean."]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Going by the dataset's mask, the chip is on the rim.",
        "A colleague gave me a heads up about the rim.",
        "Someone pointed out to me that the rim is chipped.",
    ],
)
def test_more_references_to_supervision(text: str) -> None:
    assert find_leaks(text)


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("According to the scoring rubric, there is a crease at the left.", True),
        ("As the folder the image came from indicates, the leather has a slit.", True),
        ("The task instructions list this metal nut as good.", True),
        ("With the pixel-level mask pointing at the top, the break is easy to find.", True),
        ("Since the category tag in the file is empty, there is nothing to find.", True),
        ("Going by the spreadsheet, the nut carries no defect.", True),
        ("Based on the shape of the rim, the bottle is fine.", False),
        ("According to the manufacturing process, cracks come from cooling.", False),
        ("Judging by how it looks, it is fine.", False),
        ("As the image shows, the rim is chipped.", False),
        ("Judging from the reference, the query differs locally.", False),
        ("The scratch marks on the plate point to handling.", False),
        ("The solder mask is intact and the lobes mark the outer edge.", False),
        ("Since the discolouration indicates heat, the cause is firing.", False),
        ("The name of the image file lists this bottle as a good sample.", True),
        ("Nothing is flagged in the heatmap overlay that came with it.", True),
        ("Because the solution sheet indicates the bottle is normal, I stopped.", True),
        ("Since the folder the image was stored in already lists a chip, it is bad.", True),
        ("The task brief points to a cut at the bottom left.", True),
        ("Since the segmentation map lists no defect for this bottle, I checked briefly.", True),
        ("The operator's note flags a pinprick in the surface.", True),
        ("The likely source of a score mark across the nut is feeding.", False),
        ("The bright mark near the top is probably glare.", False),
        ("As shown in the close-up, the thread is crushed.", False),
        ("The calibration target looks appropriate given the size of the part.", False),
    ],
)
def test_a_cited_source_the_inspector_cannot_see_is_supervision(text: str, leak: bool) -> None:
    # a source never named in the vocabulary is still a source: the frame and what it cites
    assert bool(find_leaks(text)) is leak, find_leaks(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The bottle clears inspection without any findings.", "normal"),
        ("The bottle does not make the grade.", "anomaly"),
        ("Nothing here would justify pulling the bottle from the line.", "normal"),
        ("Nothing here would justify rejecting the bottle.", "normal"),
        ("Neither at the top nor anywhere else does the bottle carry any chip.", "normal"),
        ("The bottle falls short of the standard.", "anomaly"),
    ],
)
def test_verdict_idioms(text: str, verdict: str) -> None:
    assert verdict_of(text, BOTTLE) == verdict


def test_the_one_shot_reference_is_not_the_part() -> None:
    text = "Placed side by side, the reference looks clean while this bottle differs locally."
    assert verdict_of(text, BOTTLE) == "anomaly"


@pytest.mark.parametrize(
    "text", ["in the core region", "in the mid-region", "in the centremost area"]
)
def test_more_words_for_the_centre(text: str) -> None:
    (place,) = places_in(tokens(text), load_vocabulary())
    assert place.cell == "center"


def test_a_label_of_the_defect_category_names_a_type() -> None:
    reading = read_sentence("Category of defect: contamination.", BOTTLE)
    assert [t.words for t in reading.asserted_types] == ["contamination"]


def test_inflected_defect_words_are_read() -> None:
    scuffing = read_sentence("There is surface scuffing at the top.", BOTTLE).types
    assert [(t.words, t.sense.canonical) for t in scuffing] == [("scuffing", "scratch")]


def test_a_defect_is_what_its_category_words_describe() -> None:
    from iad_data.core.reading import Sense

    # a thread defect is described with crushed (deformation) words though the type table
    # says damage; its kinds are those words' (dents, nicks), never the screw's "thread" read
    # as a fibre; a hole or a bend is still another defect
    thread_side = Sense(SCREW.canonical_of["thread_side"], "thread_side")
    for text, fits in [
        ("There is a dented thread flank.", True),
        ("There is a perforation.", False),
        ("The flank is bent.", False),
    ]:
        said = read_sentence(text, SCREW).types[0].sense
        assert SCREW.compatible(said, thread_side) is fits, text
    assert "fibre" not in SCREW.kinds_of["thread_side"]


def test_a_step_word_that_names_the_categorys_own_defect_is_still_a_defect_word() -> None:
    from iad_data.tasks.checks import category_lexicon

    plate = category_lexicon("mpdd", "metal_plate")  # its step "Corrosion protection (oiling)"
    reading = read_sentence("Heavy corrosion at the left makes the plate anomalous.", plate)
    assert [t.words for t in reading.types] == ["corrosion"]


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("The defect on the bottle is classified as selvage.", ("selvage",)),
        ("The bottle has a defect whose type is hem.", ("hem",)),
        ("Defect type: stamped rim.", ("stamped rim",)),
        ("The defect is classified as a chip on the rim.", ()),
        ("Defect type: broken small.", ()),
        ("Defect type: none.", ()),
    ],
)
def test_words_given_as_the_type_that_name_no_defect(text: str, unknown: tuple[str, ...]) -> None:
    assert read_sentence(text, BOTTLE).unknown_types == unknown


def test_a_type_with_an_exception_hedges() -> None:
    from iad_data.tasks.checks import hedged_type

    assert hedged_type("fold, if not paint drip") and hedged_type("dent unless it is a bend")
    assert read_sentence("It is a chip, if not a crack.", BOTTLE).alternatives


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Calling the bottle free of defects would be inaccurate.", "anomaly"),
        ("To say the bottle is defective would be wrong.", "normal"),
        ("It would be a mistake to pass the bottle.", "anomaly"),
    ],
)
def test_a_claim_named_and_denied(text: str, verdict: str) -> None:
    assert verdict_of(text, BOTTLE) == verdict


def test_one_type_per_compound_of_defect_words() -> None:
    # "a crack line" is a crack (not a scratch's line), "a missing fragment" a missing part
    crack = read_sentence("A crack line runs across the base.", BOTTLE).types
    assert [t.words for t in crack] == ["crack"]
    missing = read_sentence("A missing fragment makes the bottle defective.", BOTTLE).types
    assert [t.sense.canonical for t in missing] == ["missing parts"]


def test_explaining_a_finding_away_as_production_variation_dismisses_it() -> None:
    text = "Normal production variation explains the slight irregularity, so it can be set aside."
    assert read_sentence(text, BOTTLE).dismissal


def test_classifying_phrases_name_a_type() -> None:
    reading = read_sentence("I'd put it down as a chip.", BOTTLE)
    assert [t.words for t in reading.asserted_types] == ["chip"]


def test_an_indefinite_phrase_after_a_citing_frame_is_evidence() -> None:
    assert not find_leaks("Its appearance is consistent with a puncture through the weave.")
    assert find_leaks("Its appearance is consistent with the grader's key.")


@pytest.mark.parametrize(
    "text",
    [
        "The speck near the rim? Probably lint on the lens.",
        "Dark area at the base: a shadow from the fixture.",
        "It looks like glare rather than actual damage to the bottle.",
        "The mark at the neck is not a property of the glass and can be set aside.",
        "Something shows largely in the lower half; it is within the cosmetic tolerance.",
    ],
)
def test_a_finding_explained_away_in_few_words(text: str) -> None:
    # a harmless noun heading a clause of its own, "rather than actual damage", "not a
    # property of"; "largely in the lower half" places, it does not restrict
    reading = next(r for r in read(text, BOTTLE) if r.dismissal)
    assert reading.stance == "normal" and not reading.restricted


def test_a_harmless_word_describing_a_defect_is_no_dismissal() -> None:
    text = "Mechanism: dust, fibres or debris get into the glass before it sets."
    assert not any(r.dismissal for r in read(text, BOTTLE))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Not at the centre but near the top left, the bottle shows a chip.", "anomaly"),
        ("Away from the middle, at the top, a close look reveals a chip.", "anomaly"),
        ("Anything but flawless \u2014 the bottle has a chip at the rim.", "anomaly"),
        ("Hardly perfect - a chip sits on the rim.", "anomaly"),
        ("The bottle does not fail: I checked the rim and elsewhere and found no chip.", "normal"),
        ("Nothing would keep this bottle from being accepted.", "normal"),
        ("In summary: a good bottle, with nothing worth rejecting.", "normal"),
        ("On balance the bottle is fit to use.", "normal"),
        ("The bottle comes through clean and can move on.", "normal"),
        ("Having looked closely, I make out a chip on the rim.", "anomaly"),
        ("There is a chip in the left part of the sample image.", "anomaly"),
    ],
)
def test_negated_places_dashes_and_more_verdict_idioms(text: str, verdict: str) -> None:
    # a negator that denies a place leaves the verdict alone; a spaced dash breaks clauses;
    # "here and elsewhere" takes in the whole part; "of the sample image" places
    assert verdict_of(text, BOTTLE) == verdict


def test_on_top_places_only_on_the_image() -> None:
    assert places_in(tokens("a loose yarn lying on top, across the pile"), load_vocabulary()) == []
    [top] = places_in(tokens("on top of the image"), load_vocabulary())
    assert top.fits("top", grid=True) and not top.fits("bottom")


def test_a_part_as_the_value_of_a_type_label() -> None:
    assert read_sentence("Defect: the neck of the bottle.", BOTTLE).part_types == ("neck",)
    assert read_sentence("Defect: a chip on the neck.", BOTTLE).part_types == ()
    assert read_sentence("Result: the neck is fine.", BOTTLE).part_types == ()


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("I checked the defect list file and it agrees: a chip.", True),
        ("This agrees with the inspection log, which lists a chip.", True),
        ("As the scoring sheet suggests, the bottle is fine.", True),
        ("A chip at the rim, exactly where the spreadsheet puts it.", True),
        ("The folder the photo was taken from lists a chip.", True),
        ("As the operator's remark says, the rim is chipped.", True),
        ("I checked the rim and it is chipped.", False),
        ("This agrees with the appearance of a chip on the rim.", False),
        ("The chip matches the rest of the damage on the rim.", False),
    ],
)
def test_sources_checked_against_or_agreed_with(text: str, leak: bool) -> None:
    # a checking or agreeing frame cites a source only when the source's words say so
    assert bool(find_leaks(text)) is leak, find_leaks(text)


def test_a_question_is_read_with_its_answer() -> None:
    """A yes/no question states nothing; the answer after it decides it, and a negative
    question asserts what it asks."""
    from iad_data.core.reading import verdict_of

    assert verdict_of("Is there anything wrong with this bottle? Nothing at all.") == "normal"
    assert verdict_of("Can this carpet be called sound? It cannot, not with a hole.") == "anomaly"
    assert verdict_of("Isn't that a small chip at the top?") == "anomaly"
    assert verdict_of("Is the bottle defective?") is None


def test_a_sighting_label_states_what_it_lists() -> None:
    from iad_data.core.reading import verdict_of

    assert verdict_of("Observed: a deep scratch in the upper left region.") == "anomaly"
    assert verdict_of("Noted: slight glare from the lamp on the left.") is None


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Status: NOK.", "anomaly"),
        ("The bottle does not conform to specification and is classified as anomalous.", "anomaly"),
        ("The carpet has no stains and looks fine.", "normal"),
        ("Nothing about this bottle is anything other than sound.", "normal"),
        ("It would be incorrect to reject the glass bottle, for no damage is present.", "normal"),
        ("It would be wrong to pass the bottle.", "anomaly"),
        ("It would be a mistake to call this bottle flawless, for a chip is present.", "anomaly"),
    ],
)
def test_verdicts_in_coordinated_and_denied_claims(text: str, verdict: str) -> None:
    """A verb of its own after "and" ends a negation's scope; "wrong to" denies the claim
    it introduces; "other than" before a verdict word sets nothing apart."""
    assert verdict_of(text, BOTTLE) == verdict


def test_fragment_questions_ask_and_hedge_between_types() -> None:
    """ "A crack?" asks what it names: with no answer it hedges, two such questions in a row
    hedge between their types, and a yes asserts the type."""
    from iad_data.tasks.checks import StepTruth, check_step

    truth = StepTruth(anomalous=True, lexicon=BOTTLE, defect_name="broken_large", location="top")
    found = check_step("step", "Type unclear: contamination? a crack? Can't tell.", truth)
    assert any("hedges between defect types" in f for f in found), found
    said = read("A crack? Yes, at the top.", BOTTLE)[0]
    assert [t.words for t in said.asserted_types] == ["crack"]
    assert read("A crack? No.", BOTTLE)[0].asserted_types == []


def test_a_word_two_names_share_still_hedges_against_a_third() -> None:
    """The screw's "damaged tip" is thread_top or manipulated_front: either way not a
    bubble, so offering both is a hedge."""
    said = read("Is it a damaged tip, or might it be a bubble?", SCREW)[0]
    assert said.alternatives


def test_the_defective_spot_is_a_place_not_a_type() -> None:
    said = read_sentence("I'd pin the defective spot in the top left region.", BOTTLE)
    assert said.stance == "anomaly" and said.types == ()
    assert [p.words for p in said.places] == ["top left region"]


def test_where_questions_are_answered_by_the_next_sentence() -> None:
    """The answer to "Where does it sit?" states its place, which a localisation check
    then holds to the truth."""
    first, answer = read("Where exactly does it sit? Squarely in the left region.", BOTTLE)
    assert first.asks_where and [p.words for p in answer.places] == ["left region"]
    alone = read_sentence("Squarely in the left region.", BOTTLE)
    assert alone.places == () and [p.words for p in alone.loose_places] == ["left region"]


def test_a_value_after_the_type_and_its_own_clause_is_read_as_the_type() -> None:
    said = read_sentence("The bottle is defective, and the type I would give is neckband.", BOTTLE)
    assert said.unknown_types == ("neckband",)
    said = read_sentence("The type I would give is a chip, at the top.", BOTTLE)
    assert said.unknown_types == ()


def test_a_sighting_label_may_name_the_part_it_was_seen_on() -> None:
    said = read_sentence("Visible on the glass bottle: a speck of debris at the top.", BOTTLE)
    assert said.stance == "anomaly" and said.asserted_types


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("As the segmentation map supplied with the image shows, the nut has a scratch.", True),
        ("As the labelling team's remark shows, the carpet has a slash.", True),
        ("I verified it with the name of the folder the image came from: fine.", True),
        ("This agrees with the name of the folder the image came from.", True),
        ("The lithium battery charger module shows a burnt defect.", False),
        ("As the image shows, the nut has a scratch.", False),
        ("As the weave pattern shows, the carpet is fine.", False),
        ("This matches the texture of the rest of the carpet.", False),
    ],
)
def test_sources_that_show_and_sources_named_by_what_they_hold(text: str, leak: bool) -> None:
    """A verb of showing tells only after a citing word ("as the map shows"); "the name of
    the folder" is a source by the folder."""
    assert bool(find_leaks(text)) is leak, find_leaks(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Would you believe it, a chip turns up at the top when the bottle is zoomed in.",
            "anomaly",
        ),
        ("Part not ok: glass bottle, a chip at the top.", "anomaly"),
        ("Obs: chip, in the right side of the glass bottle.", "anomaly"),
        ("Would a chip show here? No.", "normal"),
    ],
)
def test_idioms_of_sighting_and_plant_shorthand(text: str, verdict: str) -> None:
    """ "Would you believe it" is no hypothetical; "turns up" states a sighting; "Part not
    ok" and "Obs:" are the shop floor's labels."""
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Hardly a clean glass bottle, this: a chip at the top, which is not ideal.", "anomaly"),
        ("Not a clean bottle at all.", "anomaly"),
        ("The bottle satisfies every criterion of acceptance and is fit for release.", "normal"),
        ("Clean as a whistle, this glass bottle.", "normal"),
        ("It passes.", "normal"),
        ("There is no way this glass bottle comes through defect-free.", "anomaly"),
        ("I shan't be calling the bottle defective: no clean break shows at the top.", "normal"),
        ("verdict=normal", "normal"),
        ("One tear turns up at the top of the bottle.", "anomaly"),
    ],
)
def test_denials_through_an_article_idioms_and_defects_adjectives(text: str, verdict: str) -> None:
    """A negator may deny a verdict through an article ("hardly a clean bottle"); a normal
    word before a defect word is its adjective ("no clean break"), not a verdict; "passes"
    is a verb of its own; "comes through" carries a verdict as "is" does; "key=value" is
    read as a label; a counted "tear" is the defect, not the verb."""
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "It is not possible, upon the evidence the photograph affords, to determine whether "
        "the bottle shows contamination or a crack.",
        "Somewhere between a chip and contamination, I reckon.",
        "Defect type: probably broken large, possibly short circuit.",
        "Hmm, it might be contamination... or maybe a crack?",
    ],
)
def test_hedges_of_undecided_wording_and_other_domains_types(text: str) -> None:
    """ "Not possible to determine whether" asks, not denies; an ellipsis before a lower-case
    word goes on; a type of another domain ("short circuit") is known as a defect."""
    assert any(r.alternatives for r in read(text, BOTTLE)), read(text, BOTTLE)


def test_dismissals_through_adverbs_and_comparisons() -> None:
    said = read_sentence(
        "The apparent irregularity at the top is evidently an artefact of the illumination, "
        "and it does not constitute a genuine flaw in the bottle.",
        BOTTLE,
    )
    assert said.dismissal
    said = read_sentence(
        "The mark at the top, when it is considered in relation to the remainder of the "
        "bottle, is merely the natural texture of the glass.",
        BOTTLE,
    )
    assert said.dismissal and not said.restricted
    said = read_sentence(
        "The variation at the top is part of the natural surface character of the bottle and "
        "can reasonably be disregarded.",
        BOTTLE,
    )
    assert said.dismissal


def test_that_s_asserts_and_a_statement_after_a_label_is_no_type() -> None:
    said = read_sentence("That's contamination, plain as day.", BOTTLE)
    assert [t.words for t in said.asserted_types] == ["contamination"]
    said = read_sentence("Class -> contamination", BOTTLE)
    assert [t.words for t in said.asserted_types] == ["contamination"]
    said = read_sentence("Conclusion: the bottle was found to have oxide scale at the top.", BOTTLE)
    assert said.unknown_types == () and said.stance == "anomaly"


def test_a_claimed_place_beside_a_denied_one() -> None:
    """ "At the foot of the frame, well clear of the middle": the denied middle does not
    contradict a claimed bottom; a denied bottom does."""
    from iad_data.core.reading.claims import StepClaims
    from iad_data.tasks.checks import StepTruth, check_step

    truth = StepTruth(anomalous=True, lexicon=BOTTLE, defect_name="broken_large", location="bottom")
    claims = StepClaims(verdict="anomaly", location="bottom")
    text = "The chip sits at the foot of the frame, well clear of the middle."
    assert check_step("step", text, truth, claims=claims, localising=True) == []
    text = "The chip sits well away from the bottom, in the top of the image."
    found = check_step("step", text, truth, claims=claims, localising=True)
    assert any("its words say" in f for f in found), found


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("The grader's hint gives it away: a chip at the top of the bottle.", True),
        ("Had a peek at the segmentation map; it says a chip at the top.", True),
        ("Observation 1: the bounding-box overlay was consulted.", True),
        ("Consultation of the supervisor's brief renders the assessment straightforward.", True),
        ("The test-split label gives it away: a chip at the top.", True),
        ("There is a faint hint of contamination near the rim.", False),
        ("The colour hints at oxidation of the surface.", False),
        ("Nuts are sorted by a size grader before packing.", False),
    ],
)
def test_supervision_named_by_its_own_words(text: str, leak: bool) -> None:
    """A grader, a hint, an overlay, a segmentation map or a test split are supervision
    however they are cited; "a hint of" and "hints at" are not."""
    assert bool(find_leaks(text)) is leak, find_leaks(text)


def test_process_talk_in_idioms() -> None:
    from iad_data.core.reading import process_talk

    for text in (
        "Looks like annealing went smoothly on this one!",
        "My money's on annealing; that's where it'll have gone wrong.",
        "Nothing suggests any trouble at annealing.",
        "Proc check: annealing ok",
        "As far as annealing goes, all looks in order.",
    ):
        assert process_talk(text), text
    assert not process_talk("The rim is clean and the glass is clear.")


def test_contractions_keep_their_verb() -> None:
    assert tokens("I can't tell, it won't pass, shan't") == [
        "i", "can", "not", "tell", ",", "it", "will", "not", "pass", ",", "shall", "not"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("I am satisfied that this glass bottle is a sound, non-defective part.", "normal"),
        ("No way this glass bottle passes, a defect at the top is right there.", "anomaly"),
        ("You can't call this bottle perfect, not with a chip sitting at the top.", "anomaly"),
        ("Serviceable, approved for return to service.", "normal"),
        ("Good, now the rim.", None),
        ("On close tasting, a clear chip announces itself at the top of the bottle.", "anomaly"),
        ("Not within tolerance: the bottle cannot be accepted as defect-free.", "anomaly"),
        ("The bottle does not conform: a chip at the top exceeds the tolerance.", "anomaly"),
        ("Is the bottle without defect? Not even close.", "anomaly"),
        ("Off to one side rather than central, the bottle shows a chip.", "anomaly"),
        ("Poised and unblemished, this bottle is exactly what it should be.", "normal"),
    ],
)
def test_verdicts_of_trade_idioms_and_denied_dismissals(text: str, verdict: str | None) -> None:
    """ "Not with a defect" and "not within tolerance" deny, they do not dismiss; a verdict
    word alone before a comma opens a verdict ("Serviceable, ..."), a cue word does not
    ("Good, now ..."); "conform" is a verb of its own; "rather than central" denies the
    place, not the chip."""
    assert verdict_of(text, BOTTLE) == verdict
    if verdict == "anomaly":
        assert not any(r.dismissal for r in read(text, BOTTLE))


def test_undecided_wording_across_sentences() -> None:
    """A hedge that weighs a choice and names nothing ("I cannot decide which") hedges
    between the types of the sentence before it; a hedge of likelihood ("It most likely
    goes back to ...") does not; a sentence citing a step lists mechanisms, not types."""
    from iad_data.tasks.checks import StepTruth, check_step

    truth = StepTruth(anomalous=True, lexicon=BOTTLE, defect_name="broken_large", location="top")
    for text in (
        "It resembles at the same time a chip and contamination; I cannot decide which.",
        "Kinda 50/50 between a chip and contamination tbh, can't call it.",
        "The profile fits contamination as well as a crack; no decision is possible.",
    ):
        found = check_step("step", text, truth)
        assert any("hedges between defect types" in f for f in found), (text, found)
    for text in (
        "Fragments of glass or dirt get caught in the mould. It most likely goes back to forming.",
        "Likely origin: blow moulding [step:blow_moulding], where a knock chips or cracks the rim.",
    ):
        found = check_step("step", text, truth)
        assert not any("hedges" in f for f in found), (text, found)
    found = check_step("step", "It is likely chipped or contaminated at the rim.", truth)
    assert any("hedges" in f for f in found), found


def test_ambiguous_words_used_as_verbs_name_no_defect() -> None:
    for text in (
        "I'd mark the defect as being at the top, and only there.",
        "The defect is in the top, pretty easy to spot once you look.",
        "A defect over in the top cuts right through the label.",
    ):
        said = read(text, BOTTLE)
        assert all(not r.types for r in said), (text, said)
    carpet = build_lexicon("mvtec_ad", "carpet", ["cut", "hole", "thread"])
    assert read_sentence("The carpet has a tuft defect at the bottom.", carpet).part_types


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("I relied on the QA lead's email, which lists the bottle as defect-free.", True),
        ("I lean on the previous inspector's report, which calls this bottle clean.", True),
        ("Not gonna lie, I peeked at the directory the image came from.", True),
        ("Checked the QA lead's email. It lists a chip at the top.", True),
        ("Relying on the shape of the rim alone, the bottle is fine.", False),
        ("From the image alone, the rim looks chipped at the top.", False),
    ],
)
def test_supervision_leant_on_or_peeked_at(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak, find_leaks(text)


def test_a_defect_described_without_a_verb_on_a_normal_part() -> None:
    """No verb states "a hairline crack has crept in at the top", yet on a normal part it
    describes a defect; denied, hypothetical, hedged or unplaced defect words do not."""
    from iad_data.tasks.checks import StepTruth, check_step

    normal = StepTruth(anomalous=False, lexicon=BOTTLE)
    for text in (
        "A hairline crack has crept in at the top of the image.",
        "Run your eye along the top and you'll find it: a chip, small but real.",
        "Not gonna lie, the chip at the top is super obvious on this bottle.",
        "- rim: no dirt (forming [step:forming]) Observed: a dark smudge at the top.",
    ):
        found = check_step("step", text, normal)
        assert any("describes a defect" in f for f in found), (text, found)
    for text in (
        "No scratches, chips or cracks anywhere on the bottle.",
        "A crack would show as a bright line across the rim.",
        "It might be a smudge on the lens rather than on the glass; the bottle is fine.",
        "A clear bottle with a smooth rim and the designed hole pattern of its cap.",
    ):
        assert check_step("step", text, normal) == [], text


def test_a_misprint_is_no_name_for_a_stray_thread() -> None:
    from iad_data.tasks.checks import StepTruth, check_step

    carpet = build_lexicon("mvtec_ad", "carpet", ["color", "cut", "hole", "thread"])
    truth = StepTruth(
        anomalous=True, lexicon=carpet, defect_name="thread", canonical="foreign objects"
    )
    found = check_step("step", "The carpet has a misprint at the bottom.", truth)
    assert any("not the defect" in f for f in found), found


def test_a_finding_given_a_harmless_cause_is_explained_away() -> None:
    """ "Attributable to a reflection", "a trick of the backlight": the finding is given a
    harmless cause; a defect named with its cause ("a crack caused by the fixture") is not
    explained away."""
    for text in (
        "The irregularity at the top is attributable to a specular reflection from the fixture.",
        "That little shadow at the top is a trick of the backlight, nothing more.",
    ):
        assert read_sentence(text, BOTTLE).dismissal, text
    assert not read_sentence("A crack caused by the fixture runs across the top.", BOTTLE).dismissal


def test_contractions_typed_without_their_apostrophe() -> None:
    """A phone or chat writes "cant", "isnt", "theres": read as "can't", "isn't", "there's"."""
    assert tokens("cant tell, isnt, theres, doesnt")[:7] == [
        "can", "not", "tell", ",", "is", "not", ",",
    ]  # fmt: skip
    assert verdict_of("The bottle isnt passing, a chip at the top.", BOTTLE) == "anomaly"
    assert verdict_of("The bottle isnt defective.", BOTTLE) == "normal"
    assert "its" in tokens("its rim")  # the possessive stays


def test_a_place_negator_is_not_one_past_a_preposition_of_its_own() -> None:
    """ "Broken off near the left": "off" is the verb's particle; "well off the middle"
    denies the middle."""
    vocab = load_vocabulary()
    (left,) = places_in(tokens("a piece broken off near the left"), vocab)
    assert not left.negated
    (middle,) = places_in(tokens("a chip well off the middle"), vocab)
    assert middle.negated


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("And there you have it: a hole near the lower middle of the bottle.", "anomaly"),
        ("Bottom line, my bottle came with a chip toward the top right.", "anomaly"),
        ("It might be a chip at the top.", None),
        ("No chip at the top.", "normal"),
        ("A chip? Not at the top.", None),
    ],
)
def test_a_defect_placed_without_a_verb_states_the_verdict(text: str, verdict: str | None) -> None:
    assert verdict_of(text, BOTTLE) == verdict


def test_a_negation_spent_on_a_choice_leaves_it_open() -> None:
    """ "Does not allow one to decide between X and Y", "cannot say with certainty whether
    X or Y", "not fully sure": the negation denies the decision, not the types."""
    for text in (
        "The evidence does not allow one to decide between a scratch and a dent.",
        "I cannot say with certainty whether it is a scratch or a dent.",
        "Whether this is a chip or a stain, I am not fully sure.",
    ):
        reading = read_sentence(text, BOTTLE)
        assert reading.alternatives, text
        assert not any(t.negated for t in reading.types), text
    assert verdict_of("I do not know of any defect here; the bottle is fine.", BOTTLE) == "normal"


def test_a_hedge_weighs_words_of_one_type_that_differ_in_kind() -> None:
    carpet = build_lexicon("mvtec_ad", "carpet", ["color", "cut", "hole", "metal_contamination"])
    plate = build_lexicon("mpdd", "metal_plate", ["major_rust", "scratches", "total_rust"])
    for text in (
        "It could be contamination or it could be corrosion.",
        "Could be a gap in the weave, could be a chip.",
    ):
        assert read_sentence(text, carpet).alternatives, text
    assert not read_sentence("It might be a rust patch, or perhaps corrosion.", plate).alternatives


def test_likeness_and_counted_nouns() -> None:
    """ "Consistent with a fold" likens and judges nothing; "a small hole" is counted (a
    defect) where "the hole" is the nut's own; "a clear instance of" speaks of this part."""
    nut = build_lexicon("mvtec_ad", "metal_nut", ["bent", "color", "flip", "scratch"])
    assert verdict_of("The feature is consistent with a fold.", BOTTLE) != "normal"
    assert verdict_of("The nut carries a small hole at the center.", nut) == "anomaly"
    assert not read_sentence("The hole of the nut is round.", nut).types
    from iad_data.tasks.checks import StepTruth, check_step

    found = check_step(
        "step",
        "Inspection confirmed a clear instance of a chipped rim at the top.",
        StepTruth(anomalous=False, lexicon=BOTTLE),
    )
    assert any("describes a defect" in f for f in found), found
    assert read_sentence("A good bottle has an even rim.", BOTTLE).stance is None


def test_a_label_word_with_what_it_is_of() -> None:
    leather = build_lexicon("mvtec_ad", "leather", ["color", "cut", "fold", "glue", "poke"])
    reading = read_sentence("Classification of damage: hole.", leather)
    assert any(t.named and t.words == "hole" for t in reading.types)


@pytest.mark.parametrize(
    ("text", "dismissed"),
    [
        ("I note a dark area at the top; it's the shadow of the clamp.", True),
        ("The thing at the top belongs to the background.", True),
        ("The mark at the top vanishes in the next frame, so it is not on the bottle.", True),
        ("The top shows the usual grain of the glass.", True),
        ("The top left feature is by design.", True),
        ("One area departs from the regular pattern.", False),
        ("A large chip at the top, not on the label but on the bottle.", False),
    ],
)
def test_findings_put_off_the_part_or_to_its_own_character(text: str, dismissed: bool) -> None:
    assert read_sentence(text, BOTTLE).dismissal is dismissed


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("As per a message from my colleague, the bottle is good.", True),
        ("As documented in the senior inspector's comment, the rim is chipped.", True),
        ("Per the hidden defect map, a chip sits at the top.", True),
        ("Next, I consult the training labels, which confirm a chip.", True),
        ("As seen in the image, a scratch runs along the top.", False),
        ("Checking a crop of the rim, the edge is clean.", False),
        ("The crack is consistent with a blow from a tool.", False),
        ("I check the thread for damage.", False),
    ],
)
def test_sources_cited_by_their_words_or_by_an_as_participle_frame(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak, find_leaks(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The bottle does not meet acceptance: a chip at the top.", "anomaly"),
        ("The bottle tests clean.", "normal"),
        ("Nothing here to mark it down.", "normal"),
        ("Under the lamp the bottle shows nothing out of the ordinary.", "normal"),
        ("This bottle is in great shape, send it on.", "normal"),
        ("Every cell checked -> glass bottle fine.", "normal"),
        ("The glass bottle rates flawless.", "normal"),
    ],
)
def test_verdicts_of_grading_verbs_telegraphic_lines_and_idioms(text: str, verdict: str) -> None:
    """ "Grades/tests clean", "<product> ok" with no verb (an attributive word stands before
    its noun), "does not meet acceptance", "nothing to mark it down"."""
    assert verdict_of(text, BOTTLE) == verdict


def test_place_labels_state_their_place() -> None:
    """ "Defect location: at the right" states where the defect is, as "lies at" would."""
    from iad_data.tasks.checks import StepTruth, check_step

    truth = StepTruth(anomalous=True, lexicon=BOTTLE, defect_name="broken_small", location="left")
    for text in ("Defect location: at the right.", "Location of the anomaly: toward the right."):
        assert any("places the defect" in f for f in check_step("s", text, truth)), text
    assert not check_step("s", "Defect location: at the left.", truth)


def test_a_row_word_before_in_the_image_is_a_place() -> None:
    """ "in"/"at" after "right" or "left" make an adverb or a verb ("right in the middle");
    after a row word they do not ("near the bottom in the image")."""
    vocab = load_vocabulary()
    found = places_in(tokens("The dent sits near the bottom in the image."), vocab)
    assert [p.words for p in found] == ["bottom"]
    assert [p.words for p in places_in(tokens("It is right in the middle."), vocab)] == ["middle"]


def test_a_place_word_inside_a_type_name_and_a_defect_on_a_part() -> None:
    """ "A nicked thread at the top" is the screw's thread_top wherever it lies in the image;
    "a bent lobe at the right" places the defect, the lobe being the defect's part."""
    from iad_data.tasks.checks import StepTruth, category_lexicon, check_step

    screw = StepTruth(
        anomalous=True, lexicon=SCREW, defect_name="thread_top", location="bottom left"
    )
    assert not check_step(
        "s", "The screw has a nicked thread at the top, at the bottom left.", screw
    )
    assert check_step("s", "The nicked thread lies at the top.", screw)
    nut = StepTruth(
        anomalous=True,
        lexicon=category_lexicon("mvtec_ad", "metal_nut"),
        defect_name="bent",
        location="left",
    )
    assert any(
        "places the defect" in f
        for f in check_step("s", "The nut shows a bent lobe at the right.", nut)
    )


def test_whether_or_weighs_and_a_bare_part_after_a_hedge_is_a_type() -> None:
    nut = build_lexicon("mvtec_ad", "metal_nut", ["bent", "color", "flip", "scratch"])
    assert read_sentence(
        "Whether this is a dent or a stain stays, to my mind, open.", nut
    ).alternatives
    reading = read_sentence("Defect type: could be color, could be hole.", nut)
    assert reading.alternatives
    assert not read_sentence("The hole of the nut is round.", nut).types


def test_naming_verbs_name_the_type() -> None:
    for text in ("I would label this region as a scratch.", "I name it a scratch."):
        reading = read_sentence(text, SCREW)
        assert any(t.named and t.words == "scratch" for t in reading.types), text


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("My attention confirms a chip at the top.", False),
        ("My gut says the rim is chipped.", False),
        ("The call: a chip at the top, and the bottle fails.", False),
        ("My supervisor says the bottle is fine.", True),
        ("The foreman's clipboard -> chipped -> bottle rejected.", True),
        ("Cross-referenced with the shift log: a chip at the top.", True),
        ("My mate showed me the job sheet, and yes, a chip at the top.", True),
        ("First I went to the operator's memo, which lists the bottle as good.", True),
        ("Next I turn to the rim, which shows a chip.", False),
        ("The job sheet lists this bottle as good, which matches what I see.", True),
    ],
)
def test_the_inspectors_own_faculties_and_sources_as_labels(text: str, leak: bool) -> None:
    """ "My attention", "my gut" are the inspector's own; "my supervisor", a source's name
    opening the sentence as its label, or a cross-reference are handed-over supervision."""
    assert bool(find_leaks(text)) is leak, find_leaks(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Beside the reference, the query differs, as far as I can see, in no respect.", "normal"),
        ("The bottle differs in no way, as far as I can judge.", "normal"),
        ("In no way is the bottle sound.", "anomaly"),
    ],
)
def test_a_trailing_in_no_respect_denies_what_came_before(text: str, verdict: str) -> None:
    assert verdict_of(text, BOTTLE) == verdict


CARPET = build_lexicon(
    "mvtec_ad", "carpet", ["color", "cut", "hole", "metal_contamination", "thread"]
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The bottle may go on to packing.", "normal"),
        ("The bottle may be released.", "normal"),
        ("May the bottle be passed? It may not, for a chip lies at the top.", "anomaly"),
        ("The bottle is in showroom condition.", "normal"),
        ("Ship it.", "normal"),
        ("This bottle is a lemon.", "anomaly"),
        ("Straight to the fix it table with this one.", "anomaly"),
    ],
)
def test_a_may_of_leave_and_idioms_of_the_line(text: str, verdict: str) -> None:
    """ "May go on", "may be released" grant leave rather than doubt; "It may not" refuses it;
    the line's idioms ("showroom condition", "a lemon") judge the part."""
    assert verdict_of(text, BOTTLE) == verdict


def test_a_participle_counts_as_an_adjective_and_looking_is_no_supposition() -> None:
    """ "A ragged tear" is a thing counted past its participle; "If you look closely, you
    will see a dent" shows a dent rather than supposing one."""
    assert read_sentence("There is a ragged cut in the pile.", CARPET).stance == "anomaly"
    reading = read_sentence("If you look closely, you will see a hole at the top.", CARPET)
    assert reading.stance == "anomaly" and [t.words for t in reading.asserted_types] == ["hole"]
    assert read_sentence("If a hole were there, it would show.", CARPET).stance is None


@pytest.mark.parametrize(
    "text",
    [
        "H1 accepted, defect type: hole.",
        "The defect type is hole.",
        "Defect type on the tufted carpet: hole, located at the top.",
    ],
)
def test_a_label_after_a_comma_or_given_by_a_copula_names_the_type(text: str) -> None:
    reading = read_sentence(text, CARPET)
    assert any(t.named and t.words == "hole" for t in reading.types), reading.types


def test_a_label_value_ends_where_its_place_begins() -> None:
    """ "Defect type on the carpet: fringe, located at the top" gives the type "fringe", a
    word of no type, which the type rule then rejects."""
    from iad_data.tasks.checks import StepTruth, check_step

    truth = StepTruth(anomalous=True, lexicon=CARPET, defect_name="hole", location="top")
    found = check_step("s", "Defect type on the carpet: fringe, located at the top.", truth)
    assert any("fringe" in f for f in found), found


def test_a_type_asked_and_answered_in_a_dialogue() -> None:
    """ "Q: Type? A: hole." is the label "Type: hole."; "A:" opens an answer."""
    said = read("Q: Is the carpet flawed? A: It is. Q: Type? A: hole.", CARPET)
    assert any(t.named and t.words == "hole" for r in said for t in r.types)
    assert said[0].stance == "anomaly"


def test_a_hypothesis_rejected_names_nothing_found() -> None:
    """ "H1 (a cut at the top) rejected": the cut is not found, and "rejected" judges the
    hypothesis, not the part."""
    reading = read_sentence("H1 (a cut at the top) rejected.", CARPET)
    assert reading.stance is None and not reading.asserted_types


def test_a_sentence_run_on_without_its_stop() -> None:
    """ "the carpet is fine The pile is even": a capitalised The after a lowercase word with
    no stop opens a new sentence."""
    assert len(sentences("I checked the carpet closely the carpet is fine The pile is even.")) == 2


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Location: at the top, per the zone map of clause 5.1.", False),
        ("Location: at the top, per the zone map of the dataset.", True),
        ("The QA tag promises a clean carpet.", True),
    ],
)
def test_a_standards_own_map_is_no_source(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak, find_leaks(text)


def test_hedges_of_even_odds_and_a_harmless_trick_of_the_light() -> None:
    assert read_sentence("A cut and a hole are roughly equal in likelihood.", CARPET).hedged
    assert read_sentence("I am unable to say whether it is a cut or a hole.", CARPET).hedged
    reading = read_sentence("The shine is nothing worse than a trick of the light.", CARPET)
    assert reading.dismissal and reading.stance == "normal"


def test_a_dialogue_hedging_between_types_over_four_sentences() -> None:
    """ "Q: Is it a cut? A: Perhaps. Q: Or a hole? A: Just as possibly." hedges between two
    types across untyped answers, as one sentence would."""
    from iad_data.tasks.checks import StepTruth, check_step

    truth = StepTruth(anomalous=True, lexicon=CARPET, defect_name="hole", location="top")
    text = "Q: Might it be a cut? A: Perhaps. Q: Or might it be a hole? A: Just as possibly."
    assert any("hedges between" in f for f in check_step("s", text, truth))
    assert not check_step("s", "Q: Is it a hole? A: Yes. Q: Where? A: At the top.", truth)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("I don't see no scratch on the head.", "normal"),
        ("There ain't no scratch on it.", "normal"),
        ("I can't find nothing wrong with this screw.", "normal"),
        ("It isn't not defective.", "anomaly"),
        ("I wouldn't say there's no defect.", "anomaly"),
    ],
)
def test_negative_concord_denies_once(text: str, verdict: str) -> None:
    """ "I don't see no scratch" (negative concord) denies the scratch once; two negators
    with a verb of saying or a predicate between them still cancel."""
    assert verdict_of(text, SCREW) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Defect present: no.", "normal"),
        ("Defect-free: false (confidence 0.9).", "anomaly"),
        ("Anomalies found: none.", "normal"),
        ("Passes inspection: false.", "anomaly"),
        ("Defective: not at all.", "normal"),
        ("Defect present: yes.", "anomaly"),
        ("Defect-free: true.", "normal"),
    ],
)
def test_a_key_given_a_false_value_is_denied(text: str, verdict: str) -> None:
    """ "Defect present: no" and "is_defect_free: false" deny their key, as a structured
    answer writes a boolean; a true value states it."""
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "This glass bottle not okay, a chip at the top.",
        "Glass bottle, not acceptable.",
        "Glass bottle/not defect-free/a chip at the rim",
    ],
)
def test_the_products_name_then_its_denied_verdict(text: str) -> None:
    """With no verb, "This bottle not okay" is "this bottle is not okay"; the denial is spent
    on the verdict and does not deny the chip named after it."""
    reading = read_sentence(text, BOTTLE)
    assert reading.stance == "anomaly", reading
    assert not any(t.negated for t in reading.types)


def test_a_defect_word_before_a_slash_is_placed() -> None:
    """A slash ends a noun phrase as a comma does ("On the glass bottle / a chip / near the
    rim"): the chip is placed on the part."""
    assert read_sentence("On the glass bottle / a chip / near the top", BOTTLE).placed_defect == [
        "chip"
    ]


@pytest.mark.parametrize("text", ["Defect type, to be precise: hole.", "Report: defect type hole."])
def test_a_label_interrupted_by_an_aside_or_given_no_colon(text: str) -> None:
    reading = read_sentence(text, CARPET)
    assert any(t.named and t.words == "hole" and t.asserted for t in reading.types), reading


def test_say_otherwise_is_the_contrary_not_the_rest() -> None:
    reading = read_sentence(
        "The glass bottle is not defective, whatever they say otherwise.", BOTTLE
    )
    assert reading.stance == "normal" and not reading.restricted


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("A flawless glass bottle, through and through.", "normal"),
        ("A good glass bottle has an even rim.", None),
    ],
)
def test_a_verdict_given_as_a_noun_phrase(text: str, verdict: str | None) -> None:
    """ "A flawless glass bottle, through and through." judges this bottle; "A good glass
    bottle has ..." speaks of bottles in general."""
    assert verdict_of(text, BOTTLE) == verdict


def test_a_defect_of_another_product_is_no_type_of_this_one() -> None:
    """ "A bent pin" names a defect of a product with pins, not of a bottle; a metal wire in a
    carpet is the foreign object it is, and a chipped rim the bottle's own."""
    from iad_data.tasks.checks import StepTruth, check_step

    truth = StepTruth(anomalous=True, lexicon=BOTTLE, defect_name="broken_small", location="top")
    found = check_step("s", "The glass bottle has a broken pin at the top.", truth)
    assert any("broken pin" in f for f in found), found
    assert not check_step("s", "The glass bottle has a chipped rim at the top.", truth)
    wire = read_sentence("A metal wire lies in the pile at the top.", CARPET)
    assert not any(t.sense.canonical == "another product's defect" for t in wire.types)


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("I only looked at the rim because of the pre-drawn bounding box.", True),
        ("Thanks to the pre-drawn bounding box, I checked the neck first.", True),
        ("The plate is sound, so says the inspection ticket.", True),
        ("Evidence: what the foreman whispered to me.", True),
        ("The crack formed because of thermal stress during annealing.", False),
        ("Thanks to the even lighting, the rim is easy to read.", False),
        ("Because of its position, the scratch is on the head.", False),
    ],
)
def test_leakage_cited_by_cause_or_inverted_telling(text: str, leak: bool) -> None:
    """ "because of"/"thanks to" cite a source only when the phrase holds a source's word
    (a box, a note, a ticket); "so says the ticket" and "what the supervisor whispered"
    tell, whatever the frame; a cause or the lighting is no source."""
    assert bool(find_leaks(text)) is leak


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("A dark blot is present at the top of the glass bottle.", "anomaly"),
        ("I must point out a scorched patch near the rim.", "anomaly"),
        ("You will agree that the glass bottle carries a chip at the top? Thank you.", "anomaly"),
        ("Would you agree that the glass bottle is fine?", None),
        ("There's no harm in the glass bottle.", "normal"),
        ("Glass bottle cleared, all green.", "normal"),
        ("Overall condition of the glass bottle: acceptable, ship as is.", "normal"),
        ("The glass bottle will not be cleared, as it is not without a defect.", "anomaly"),
        ("This glass bottle spoilt already, throw away.", "anomaly"),
    ],
)
def test_sightings_verdicts_and_leading_questions(text: str, verdict: str | None) -> None:
    """A patch or blot that is present or pointed out is a defect seen; "You will agree that
    ..." asserts what it asks; "cleared" passes and "not be cleared" spends its "not"; a
    label of condition gives the verdict as its value."""
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Speck near the rim/lens dirt/no flaw on the glass bottle/skip",
        "There's a speck at the top, but it would brush off with a cloth.",
    ],
)
def test_dismissals_in_a_slash_list_or_by_wiping_off(text: str) -> None:
    assert read_sentence(text, BOTTLE).dismissal


@pytest.mark.parametrize(
    ("text", "verdict", "dismissal"),
    [
        ("Ruled out: artefacts; remaining: a chip at the top of the glass bottle.", "anomaly",
         False),
        ("Ruled out: a clean glass bottle; remaining: damage at the left.", "anomaly", False),
        ("Ruled out: every defect hypothesis; remaining: a sound glass bottle, fit to ship.",
         "normal", False),
        ("Ruled out: every fault hypothesis; remaining: a conforming glass bottle that passes.",
         "normal", False),
        ("Ruled out: damage at the top; remaining: a lighting reflection, which is not a defect.",
         "normal", True),
    ],
)  # fmt: skip
def test_an_eliminating_label_denies_what_it_lists(
    text: str, verdict: str, dismissal: bool
) -> None:
    """ "Ruled out: X" denies X: glare ruled out explains nothing away, a clean bottle ruled
    out is a defective one; "remaining: ..." lists what is left, it restricts nothing."""
    readings = read(text, BOTTLE)
    assert verdict_of(text, BOTTLE) == verdict
    assert any(r.dismissal for r in readings) is dismissal
    assert not any(r.restricted for r in readings)


@pytest.mark.parametrize(
    "text",
    [
        "The apparent deviation at the top is to be attributed to lint on the optics and is "
        "herewith disregarded.",
        "The scuff at the top does not make the glass bottle a reject.",
    ],
)
def test_a_finding_put_on_the_optics_or_denied_as_a_reject_is_dismissed(text: str) -> None:
    reading = read_sentence(text, BOTTLE)
    assert reading.dismissal and reading.stance == "normal"


def test_a_finding_with_its_own_type_is_not_put_on_the_optics() -> None:
    """A scratch caused by the fixture is a scratch; only what sits on the lens is not."""
    assert not read_sentence("A scratch at the top, caused by the fixture.", BOTTLE).dismissal


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Reference glass bottle: clean. Query: departs from it in one area.", "anomaly"),
        ("Defective? \u2717. The glass bottle is clean.", "normal"),
        ("Defect-free? \u2717 - the glass bottle is not passable.", "anomaly"),
        ("Defective? \u2713 a chip at the top.", "anomaly"),
        ("Nothing crook with this glass bottle, mate, ship it.", "normal"),
        ("This glass bottle's stuffed, mate, bin it.", "anomaly"),
        ("Nothing on this glass bottle that'd give a man cause to cull it.", "normal"),
        ("This glass bottle is GO for shipment, all systems nominal.", "normal"),
        ("Gorgeous. This glass bottle can go straight out to the customer.", "normal"),
        ("The glass bottle is passing QC itself; rejection is not required.", "normal"),
        ("Negative on the contamination, nothing off-nominal at the left.", "normal"),
    ],
)
def test_references_ticks_crosses_and_plain_verdicts(text: str, verdict: str) -> None:
    """What a "Reference X:" label says is of the reference; a tick or cross answers the
    question before it; slang and flight-deck verdicts are verdicts."""
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("I could not in good faith ship this glass bottle, there's a chip at the top.", False),
        ("Can't rightly say if that's a chip or a stain.", True),
        ("Remaining: a chip and a stain, no way to separate them.", True),
        ("Bit of a toss-up: a chip or maybe a blowhole, can't pick it from here.", True),
    ],
)
def test_refusals_are_no_hedges_an_open_choice_is_one(text: str, hedged: bool) -> None:
    reading = read_sentence(text, BOTTLE)
    assert reading.hedged is hedged
    if hedged:
        assert reading.alternatives


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Log: the glass bottle shows a pulled loop at the top.", "foreign objects"),
        ("Obs. note: a hairline crack resolved in the centre, on the glass bottle.", "damage"),
        ("A blowhole is recorded on the glass bottle at the top.", "hole"),
        ("Got eyes on a glob of glue in the middle of the glass bottle.", "contamination"),
        ("Marked it down: a rusty freckle toward the top-right corner.", "contamination"),
        ("Copy, classifying as contamination.", "contamination"),
    ],
)
def test_logged_and_resolved_sightings_assert_their_defect(text: str, canonical: str) -> None:
    reading = read_sentence(text, BOTTLE) if "Obs." not in text else read(text, BOTTLE)[-1]
    assert reading.stance == "anomaly", reading
    assert canonical in {t.sense.canonical for t in reading.asserted_types}


def test_melt_and_warpage_are_kinds_of_their_own() -> None:
    """Melt damage is heat damage, no cut; a warpage is a bend, no dent."""
    leather = build_lexicon("mvtec_ad", "leather", ["cut", "poke", "fold"])
    melt = read_sentence("The leather exhibits melt damage at the left.", leather).types[0]
    assert melt.sense.canonical == "damage" and "burn" in (_kind_names(melt))
    nut = build_lexicon("mvtec_ad", "metal_nut", ["bent", "color", "flip", "scratch"])
    warp = read_sentence("The nut shows a warpage at the top.", nut).types[0]
    assert "bend" in _kind_names(warp)


def _kind_names(mention: object) -> set[str]:
    from iad_data.core.reading.statements import TypeMention

    assert isinstance(mention, TypeMention)
    return set(mention.sense.kinds)


@pytest.mark.parametrize(
    ("text", "column"),
    [("A chip in the left flank at mid-height.", 0), ("A chip at the right, at mid-height.", 2)],
)
def test_mid_height_qualifies_a_side_it_is_no_centre(text: str, column: int) -> None:
    reading = read_sentence(text, BOTTLE)
    places = [*reading.places, *reading.loose_places]
    assert [(p.row, p.col) for p in places] == [(None, column)]


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Had a squiz at the label: the glass bottle is marked normal.", True),
        ("In accordance with the QC ticket that came with the image, it is normal.", True),
        ("Using the label as the tie-breaker, a scuff at the top is what is left.", True),
        ("With the label saying normal, the elimination leaves a sound glass bottle.", True),
        ("Copy, the operator's tip-off calls out a scratch at the lower-right corner.", True),
        ("Log: verdict aligned with the QC ticket, which classes the bottle as good.", True),
        ("Using the reference image, the scratch stands out.", False),
        ("In accordance with the process knowledge, the cause is rolling.", False),
        ("Aligned with the rest of the weave, the loop is regular.", False),
    ],
)
def test_leakage_by_accordance_use_or_a_saying_source(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak


@pytest.mark.parametrize(
    ("text", "verdict", "dismissal"),
    [
        ("The chip I half expected at the top isn't there.", "normal", False),
        ("The rim is not there to be judged.", None, False),
        ("Despite the chip at the top, the glass bottle is not defective.", "normal", True),
        ("Despite the glare, a chip is visible at the top.", "anomaly", False),
    ],
)
def test_a_denying_tail_and_a_conceded_finding(
    text: str, verdict: str | None, dismissal: bool
) -> None:
    """ "the chip ... isn't there" denies the chip; "Despite the chip, the bottle is not
    defective" concedes the finding and passes the part, which explains it away."""
    reading = read_sentence(text, BOTTLE)
    assert reading.stance == verdict
    assert reading.dismissal is dismissal


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("Log: a chip on the glass bottle, in the right flank, out from the middle.",
         [("right flank", False), ("middle", True)]),
        ("Remaining after elimination: in the middle.", [("middle", False)]),
    ],
)  # fmt: skip
def test_logged_places_and_what_an_elimination_leaves(
    text: str, cells: list[tuple[str, bool]]
) -> None:
    reading = read_sentence(text, BOTTLE)
    assert [(p.words, p.negated) for p in reading.places] == cells
    assert not reading.unknown_types


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Don't have lah, this glass bottle not spoil.", "normal"),
        ("Whole, / the glass bottle rests unbroken / let it go on its way", "normal"),
        ("The glass bottle is not chipped, not stained.", "normal"),
        ("I was unable to find any defect on the glass bottle.", "normal"),
    ],
)
def test_a_negation_spent_before_a_comma_and_resting_verdicts(text: str, verdict: str) -> None:
    """A negator after a comma starts its own denial: "Don't have lah, this bottle not spoil"
    denies the spoiling once, it does not deny it twice."""
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "We are unable to confirm whether this is score lines or a misalignment.",
        "Defect type: chip (55%) vs sink mark (45%).",
        "It could be a chip, but I can't rule out a cold solder joint either.",
    ],
)
def test_hedges_against_sink_marks_solder_joints_and_unconfirmed_choices(text: str) -> None:
    reading = read_sentence(text, BOTTLE)
    assert reading.hedged and reading.alternatives


def test_lint_on_the_glass_not_damage_to_the_part_is_dismissed() -> None:
    text = "Spot at the top is lint on the glass, not damage to the glass bottle. Disregard, out."
    assert read(text, BOTTLE)[0].dismissal


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Going by what's written on the QC ticket, this bottle has a chip at the top.", True),
        ("I double-checked with the pre-filled checklist: nothing wrong with this bottle.", True),
        ("The lettering written on the glass bottle is crisp.", False),
        ("I double-checked with a second look at the rim.", False),
    ],
)
def test_leakage_by_what_is_written_on_a_source(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak


@pytest.mark.parametrize(
    "text",
    [
        "I cannot let this glass bottle through, not with a chip at the top.",
        "This glass bottle ain't no keeper, not with a chip sittin' at the top.",
        "I cannot, in good conscience, call this glass bottle free of defects.",
    ],
)
def test_not_with_gives_the_reason_and_a_negation_runs_on_to_its_verb(text: str) -> None:
    """ ", not with a chip" gives the reason for a refusal, it denies no chip; "cannot, in
    good conscience, call ... free of defects" denies the freedom (its verb is past the
    comma), while "Don't have lah, this nut not spoil" spends "don't" on "have"."""
    assert verdict_of(text, BOTTLE) == "anomaly"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("I cannae pass this glass bottle wi' a chip sittin' at the top.", "anomaly"),
        ("There's nae chip at a', the glass bottle isnae faulty.", "normal"),
        ("Nothing wrang wi' this glass bottle, it gets the nod.", "normal"),
        ("This glass bottle dey fine, make dem pack am for dispatch.", "normal"),
        ("E correct well well, the glass bottle can move to packing.", "normal"),
    ],
)
def test_scots_and_pidgin_words_are_read_as_their_standard_ones(text: str, verdict: str) -> None:
    assert verdict_of(text, BOTTLE) == verdict


def test_dialect_respelling_leaves_ordinary_words_alone() -> None:
    assert tokens("I wasna sure, the arena is lit") == ["i", "was", "not", "sure", ",", "the",
                                                        "arena", "is", "lit"]  # fmt: skip
    assert tokens("Defect type: chip abi stain.")[3:6] == ["chip", "or", "stain"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Chip at the rim? -> not present => glass bottle != defective", "normal"),
        ("Chip at the rim? -> present => glass bottle defective", "anomaly"),
        ("Glass bottle != free of defects", "anomaly"),
    ],
)
def test_a_question_answered_after_an_arrow_and_not_equal(text: str, verdict: str) -> None:
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Let the record show the defect type is contamination.",
        "I can confirm that the defect type is contamination.",
        "Glass bottle -> contamination at the top => defective",
    ],
)
def test_a_type_given_after_a_lead_in_or_the_products_name_is_stated(text: str) -> None:
    reading = read_sentence(text, BOTTLE)
    assert [t.words for t in reading.asserted_types] == ["contamination"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Never in all my days would I call that glass bottle sound, not with a chip.", "anomaly"),
        ("I won't write this glass bottle up.", "normal"),
        ("I'd not throw that glass bottle out.", "normal"),
        ("Throw it out.", "anomaly"),
        ("I will write up the report.", None),
        ("What a performance from this glass bottle, flawless from start to finish!", "normal"),
        ("The glass bottle is not, repeat not, defective.", "normal"),
        ("Status green on the glass bottle, good to ship, over.", "normal"),
    ],
)
def test_inverted_would_split_verdict_verbs_and_appositions(text: str, verdict: str | None) -> None:
    """ "never would I" states what follows; "write this bottle up" is "reject this bottle"
    only when its object is the part; "the bottle, flawless" is a verdict in apposition."""
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("The chip sits in the corner down on the left.", [("bottom left", False)]),
        ("A chip in the bottom-left quadrant, a good way from the centre.",
         [("bottom left", False), ("center", True)]),
        ("The chip is in the very heart of the picture.", [("center", False)]),
    ],
)  # fmt: skip
def test_corners_by_direction_distant_centres_and_hearts(
    text: str, cells: list[tuple[str, bool]]
) -> None:
    reading = read_sentence(text, BOTTLE)
    places = [*reading.places, *reading.loose_places]
    assert [(p.cell, p.negated) for p in places] == cells


@pytest.mark.parametrize(
    "text", ["In the top, there the flaw lies.", "Over in the left - that's where it sits."]
)
def test_a_sentence_that_points_back_at_its_place_states_it(text: str) -> None:
    reading = read_sentence(text, BOTTLE)
    assert reading.places and not reading.loose_places


@pytest.mark.parametrize(
    "text",
    [
        "A ragged tear right there in the upper-right corner, like a scar on still water.",
        "A chipped edge in the bottom-left area.",
    ],
)
def test_defects_placed_without_a_verb_are_described(text: str) -> None:
    """ "a ragged tear right there" counts the tear, it is no verb; a participle on an edge
    names a defect on it."""
    assert any(r.placed_defect for r in read(text, BOTTLE))


def test_a_sentence_after_a_bracket_may_open_with_a_contraction() -> None:
    text = "- rim: no chips (blow moulding [step:blow_moulding]) There's a crack at the top."
    assert sentences(text)[-1] == "There's a crack at the top."
    assert verdict_of(text, BOTTLE) == "anomaly"


@pytest.mark.parametrize(
    "text",
    [
        "Defect type: contamination, mibbe flow lines.",
        "It's a chip or flow lines, and honestly it's a coin toss from up here!",
        "The evidence permits two readings, members of the jury: a chip, or a stain.",
    ],
)
def test_hedges_in_new_words_and_moulding_marks_as_a_kind(text: str) -> None:
    readings = read(text, BOTTLE)
    assert any(r.alternatives for r in readings) or (
        any(r.hedged for r in readings) and len({t.words for r in readings for t in r.types}) > 1
    )


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("The operator's tip-off says a chip at the top.", True),
        ("The finding entered beforehand says a chip at the top.", True),
        ("**Source:** the scoring sheet.", True),
        ("Exhibit C, the operator's note, confirms the glass bottle is sound.", True),
        ("Per the defect list for this image: a chip at the top.", True),
        ("There is a chip at the top, and I'll tak' its word for it.", True),
        ("By the grace of the QA sticker on the tray, I found a chip.", True),
        ("Cross-checked with the label: glass bottle marked good, over.", True),
        ("The chip noted earlier sits at the rim.", False),
        ("Let the record show a chip at the top of the glass bottle.", False),
        ("I cleaned the lens beforehand; a chip sits at the top.", False),
    ],
)
def test_leakage_by_tip_offs_findings_entered_beforehand_and_source_labels(
    text: str, leak: bool
) -> None:
    assert bool(find_leaks(text)) is leak


def test_a_decimal_is_one_token_and_a_confidence_of_point_nine_denies_nothing() -> None:
    """ "(confidence: 0.95)" once split into "0", ".", "95": the "0" read as a key's false
    value and denied the sentence's defect."""
    assert tokens("a chip (confidence: 0.95).") == [
        "a",
        "chip",
        "(",
        "confidence",
        ":",
        "0.95",
        ")",
        ".",
    ]
    assert (
        verdict_of("The glass bottle has a chip at the top (confidence: 0.95).", BOTTLE)
        == "anomaly"
    )
    assert (
        verdict_of("TL;DR: the glass bottle is good, ship it (confidence: 0.9).", BOTTLE)
        == "normal"
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("This glass bottle is in truly immaculate condition.", "normal"),
        ("A flawless example of a glass bottle, nothing to spend on it.", "normal"),
        ("This glass bottle is far from show-home condition, with a chip at the top.", "anomaly"),
        ("Unable to clear the glass bottle: a chip reported at the top.", "anomaly"),
        ("Negative on release, glass bottle not serviceable with a chip at the top.", "anomaly"),
        ("Nothing here that would justify turning this glass bottle away.", "normal"),
        ("This glass bottle is not in need of any work.", "normal"),
        ("The glass bottle is a fresh, unaltered specimen, sound throughout.", "normal"),
        ("Oh dear, this glass bottle is ruined, a real fashion crime.", "anomaly"),
        ("The examiner does not find the glass bottle deficient.", "normal"),
    ],
)
def test_verdicts_of_condition_release_and_repair(text: str, verdict: str) -> None:
    assert verdict_of(text, BOTTLE) == verdict


def test_a_verdict_that_could_not_be_given_is_a_refusal_but_a_call_not_made_is_a_doubt() -> None:
    refused = read_sentence("I couldn't honestly call this glass bottle flawless.", BOTTLE)
    assert refused.stance == "anomaly" and not refused.hedged
    assert read_sentence("I could not call it, chip or stain.", BOTTLE).hedged


@pytest.mark.parametrize(
    "text",
    [
        "Hey, look here, a chip by the bottom-centre zone, right on the glass bottle.",
        "Took a bearing on a chip hard by the upper-right corner of the image.",
        "Traffic report, a chip sighted in the left region of the frame.",
        "The eye lands in the left-hand margin on a chip, darling, marring the glass bottle.",
    ],
)
def test_sightings_without_a_verb_of_their_own(text: str) -> None:
    reading = read_sentence(text, BOTTLE)
    assert reading.stance == "anomaly" and reading.places and not reading.loose_places


@pytest.mark.parametrize(
    "text",
    [
        "The speck at the right edge is loose surface dust, no part of the glass bottle itself;"
        " brushed off, it would be gone.",
        "The mark in the right flank is attributable to a lens smudge and is accordingly"
        " disallowed as a defect of the glass bottle.",
        "The speck in the lower strip is lint on the catwalk, none of the glass bottle's own"
        " doing, so we ignore it.",
    ],
)
def test_dismissals_by_ownership_and_disallowing(text: str) -> None:
    assert any(r.dismissal for r in read(text, BOTTLE))


@pytest.mark.parametrize(
    "text",
    [
        "Type read back: contamination.",
        "Classification per this examination: contamination.",
        "Entered in the log as contamination.",
    ],
)
def test_type_labels_with_how_the_type_was_given(text: str) -> None:
    reading = read_sentence(text, BOTTLE)
    assert [t.words for t in reading.asserted_types] == ["contamination"]


def test_a_conclusions_value_of_no_type_is_no_unknown_type_and_a_part_after_a_label_is() -> None:
    assert read_sentence("Conclusion: localised.", BOTTLE).unknown_types == ()
    assert read_sentence("Conclusion: one site only.", BOTTLE).unknown_types == ()
    assert read_sentence("Claim: defect type rim.", BOTTLE).part_types == ("rim",)
    assert read_sentence("Type neck, in the left.", BOTTLE).part_types == ("neck",)


def test_out_of_the_centre_denies_it_and_a_thread_crest_at_the_top_is_thread_top() -> None:
    reading = read_sentence(
        "The chip is in the eight o'clock sector, out of the central area.", BOTTLE
    )
    assert [(p.cell, p.negated) for p in reading.places] == [
        ("bottom left", False),
        ("center", True),
    ]
    crest = read_sentence("It is plainly a flattened thread crest at the top.", SCREW)
    assert not crest.places and crest.types[0].sense.name == "thread_top"


def test_pitting_is_a_kind_of_its_own() -> None:
    pits = read_sentence("The glass bottle shows a pitting at the bottom.", BOTTLE).types[0]
    assert _kind_names(pits) == {"pit"}


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("The glass bottle is good, which matches the labeler's outline.", True),
        ("Took my bearing off the operator's tip-off: a chip at the top.", True),
        ("A chip recorded in the lower-right quadrant of the glass bottle.", False),
        ("I took a bearing off the rim of the glass bottle.", False),
    ],
)
def test_leakage_by_labelers_and_bearings_taken_off_a_source(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak


def test_a_show_home_example_is_a_reference_not_a_verdict() -> None:
    text = "Side by side with the show-home example, the query has one spot that does not match."
    assert read_sentence(text, BOTTLE).stance != "normal"


def test_a_carpets_gap_in_the_weave_is_a_hole_of_the_hole_kind_only() -> None:
    """A name's kinds are those of its words: a torn-through spot listed under the carpet's
    hole once gave the hole the cut kind, and "contamination" for a hole passed."""
    from iad_data.tasks.checks import category_lexicon

    carpet = category_lexicon("mvtec_ad", "carpet")
    gap = read_sentence("A gap in the weave at the top.", carpet).types[0]
    assert gap.sense.name == "hole" and _kind_names(gap) == {"hole"}
    assert carpet.terms.get(("hole",)).kinds == {"hole"}  # type: ignore[union-attr]


def test_a_finding_one_is_begged_to_think_no_more_of_is_dismissed() -> None:
    text = "The blot, Sir, I attribute to a drop of moisture on the lens; think no more of it."
    assert any(r.dismissal for r in read(text, BOTTLE))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Jamaican English, respelled before reading (negative concord kept single)
        ("Dis glass bottle nuh defective at all, mi nuh see no chip inna di left.", "normal"),
        ("Dis glass bottle good fi go, nutten nuh wrong wid it.", "normal"),
        ("Mi cyaan pass dis glass bottle at all, a chip sit inna di right.", "anomaly"),
        # a checklist key left unticked, and an assignment to false in pseudo-code
        ("- Defect present (left unticked): no chip at the bottom.", "normal"),
        ("- Passes inspection (left unticked): a chip at the top.", "anomaly"),
        ("- Passes inspection (ticked): nothing found.", "normal"),
        ("faulty := NOT true # glass bottle not defective", "normal"),
        ("pass_ok := NOT true # glass bottle not free of defect", "anomaly"),
        # "free from", "it is false that", a hyperbole's "if"
        ("This glass bottle is not free from defects.", "anomaly"),
        ("It is false that the glass bottle lacks a defect.", "anomaly"),
        ("I couldn't call this glass bottle flawless if you paid me double.", "anomaly"),
        ("I couldn't let this glass bottle walk, not with a chip at the top.", "anomaly"),
        # verdicts of coming up clean, of normal limits, of guilt
        ("The glass bottle came up clean.", "normal"),
        ("Impression: healthy glass bottle, within normal limits.", "normal"),
        ("That glass bottle is grand, so it is.", "normal"),
        ("The glass bottle is guilty: a chip toward the bottom.", "anomaly"),
    ],
)
def test_dialects_checklists_assignments_and_verdict_idioms(text: str, verdict: str) -> None:
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("The chip is in the northern strip of the frame.", "top"),
        ("The chip sits in the southern strip.", "bottom"),
        ("The chip is on the western side.", "left"),
        ("The chip is on the eastern side.", "right"),
        ("The chip is in the north-west corner.", "top left"),
        ("The chip is in the dead middle.", "center"),
        ("The glass bottle not okay one, a chip toward the center there.", "center"),
    ],
)
def test_compass_words_and_the_dead_middle_are_grid_cells(text: str, cell: str) -> None:
    found = [p for r in read(text, BOTTLE) for p in (*r.places, *r.loose_places)]
    assert len(found) == 1 and found[0].fits(cell, grid=True)


@pytest.mark.parametrize(
    "text",
    [
        "Zoom in, folks - a chip sitting in the top-right pocket, you cannot miss it!",
        "I'm after noticing a chip in the southern strip on the glass bottle.",
        "Then I saw it: a chip toward the southwest corner.",
    ],
)
def test_sightings_that_cannot_be_missed_or_were_just_noticed(text: str) -> None:
    assert verdict_of(text, BOTTLE) == "anomaly"


def test_lens_condensation_and_lighting_artefacts_are_dismissed() -> None:
    glare = "Bright focus in the right side: specular artefact from the lighting alone."
    lens = "Ignore the smudge at the top: condensation on the lens, not a mark on the glass bottle."
    assert any(r.dismissal for r in read(glare, BOTTLE))
    assert any(r.dismissal for r in read(lens, BOTTLE))


def test_a_hedge_in_the_alternative() -> None:
    assert read_sentence("Defect type: chip, or in the alternative a stain.", BOTTLE).hedged


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("The label sheet shows a chip in the lower-right corner.", True),
        ("The inspection ticket has this glass bottle down as clean.", True),
        ("The marked-up training copy gives it away: a chip at the top.", True),
        ("I had a sneaky look at the operator's note, and it calls this bottle flawless.", True),
        ("The steel sheet shows a scratch in the corner.", False),
        ("The rim has this chip down as a deep one, I think.", False),
        ("Reading the surface, I see a chip at the top.", False),
    ],
)
def test_sources_that_show_or_have_a_part_down_as_something(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Checklist, glass bottle release..... NOT AUTHORISED, a chip found at the top.",
            "anomaly",
        ),
        ("Checklist, glass bottle rejection..... NOT REQUIRED.", "normal"),
        ("For rejecting: nothing found; tally: the glass bottle passes.", "normal"),
        ("- Passes inspection (ticked): nothing found.", "normal"),
        ("PIREP /RM: glass bottle smooth, nil findings, cleared.", "normal"),
        ("Pasado po ang glass bottle, walang dapat i-reject.", "normal"),
        ("Sira po itong glass bottle, kailangan itapon.", "anomaly"),
        ("Ayos lang ang glass bottle, walang sira, pasado na.", "normal"),
        ("Healthy specimen: the glass bottle needs no treatment and can be discharged.", "normal"),
        ("This glass bottle needs treatment before it goes anywhere; it's unwell.", "anomaly"),
        ("Sweet as, the glass bottle's all good, chuck it back on the line.", "normal"),
        ("The glass bottle clears the bar; a clean unit, steady as she goes.", "normal"),
        ("This glass bottle is not admissible; it does not meet the entry standard.", "anomaly"),
        ("I can't say this bottle is flawless.", "anomaly"),
    ],
)
def test_leader_dots_empty_values_taglish_and_plain_spoken_verdicts(
    text: str, verdict: str
) -> None:
    assert verdict_of(text, BOTTLE) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Tally: glare, not damage, so I set it aside.",
        "Checklist item, marks at the top..... DUST ON THE LENS, NO DEFECT, continue.",
        "Bit of fuzz on the camera in the lower part of the frame, that's all it is.",
        "That bright patch at the top is just the light bouncing back at you, so don't count it"
        " against the glass bottle.",
        "Mark at the top examined and the explanation accepted: surface dust, nothing to hold"
        " the glass bottle for.",
        "Reflection lang po yan from the lamp, hindi talaga defect.",
    ],
)
def test_a_harmless_cause_set_against_a_defect_or_explained_away(text: str) -> None:
    assert any(r.dismissal for r in read(text, BOTTLE)), read(text, BOTTLE)


@pytest.mark.parametrize(
    "text",
    [
        "For a chip: 2 points; for a stain: 2 points; tally: undecided.",
        "For a crack: the shape fits; for a stain: the texture fits; tally: tied, I can't pick"
        " between them.",
    ],
)
def test_a_tally_left_undecided_hedges_between_the_two_sentences_before_it(text: str) -> None:
    from iad_data.tasks.checks import StepTruth, check_step

    truth = StepTruth(anomalous=True, lexicon=BOTTLE, defect_name="broken_large", location="top")
    found = check_step("step", text, truth)
    assert any("hedges between defect types" in f for f in found), found
    # one type weighed alone is no hedge between types
    alone = check_step("step", "For a crack: 2 points; tally: undecided.", truth)
    assert not any("hedges between defect types" in f for f in alone), alone


def test_hedges_that_rule_nothing_out_yet_and_contracted_verbs() -> None:
    said = read_sentence("Provisional: a crack, though a stain cannot yet be ruled out.", BOTTLE)
    assert said.hedged and said.alternatives
    assert [
        t.words for t in read_sentence("You're looking at a crack.", BOTTLE).asserted_types
    ] == ["crack"]
    assert read_sentence("Type UNCONFIRMED: a crack or a stain.", BOTTLE).hedged


def test_type_answers_with_a_bar_or_a_respelled_alternative_hedge() -> None:
    from iad_data.tasks.checks import hedged_type

    assert hedged_type("h1 scratch neck | h2 void")
    assert hedged_type("contamination o baka scorch mark")
    assert not hedged_type("corner_or_edge_breakage")  # a snake_case name is one type
    assert not hedged_type("broken small")


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Acting on the bounding box drawn over the image, I went straight to a cut.", True),
        ("If you go by the referral notes, you'll see damage at the bottom left.", True),
        ("Folks, the labeller's bounding box doesn't lie: a scrape on the neck!", True),
        ("Checked what my mate on the line said: this bottle is fine.", True),
        ("Cleared on the strength of the pre-filled chart, which lists it as normal.", True),
        ("I matched my read with the tagger's note: a nicked thread at the centre.", True),
        ("Based po on the operator's note, a chip is at the top.", True),
        (
            "Set beside the reference bottle, the query departs from it in one region that the"
            " reference does not share.",
            False,
        ),
        ("The search identifies a small chip.", False),
        ("I take the pixel-level mask as the reference value: it records a chip.", True),
        ("The region matches the reference.", False),
        ("The lighting doesn't lie: a chip at the top.", False),
    ],
)
def test_sources_acted_on_gone_by_or_that_do_not_lie(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak, find_leaks(text)


def test_a_part_after_a_preposition_of_place_is_where_not_what() -> None:
    leather = build_lexicon("mvtec_ad", "leather", ["color", "cut", "fold", "glue", "poke"])
    toward = "The defect is toward the lower left, out toward the edge."
    assert read_sentence(toward, leather).part_types == ()
    assert read_sentence("Defect: edge of the leather.", leather).part_types == ("edge",)


def test_types_given_odds_are_weighed_against_each_other() -> None:
    assert read_sentence("Type: crack 6/10, stain 4/10.", BOTTLE).alternatives
    assert not read_sentence("Type: crack 9/10.", BOTTLE).alternatives
    # an abbreviated hedge keeps its sentence: "poss." ends none
    assert sentences("Type: crack (poss. stain). Done.") == ["Type: crack (poss. stain).", "Done."]
    assert read_sentence("Type: crack (poss. stain).", BOTTLE).alternatives


def test_a_trifle_then_the_whole_part_passed_explains_the_finding_away() -> None:
    text = "Only a fleck of lint near the top, nothing wrong with the glass bottle."
    said = read_sentence(text, BOTTLE)
    assert said.dismissal and said.stance == "normal"
    rest = read_sentence("Only a chip at the top, nothing wrong with the rest of it.", BOTTLE)
    assert not rest.dismissal and rest.stance == "anomaly"
    # a finding set aside in a word of its own
    assert read("A speck at the top; disregarded.", BOTTLE)[1].dismissal
    assert read_sentence("The bottle is unharmed.", BOTTLE).stance == "normal"


def test_a_place_named_before_that_is_where_is_stated() -> None:
    said = read("Look to the upper left; that is where the crack sits.", BOTTLE)
    assert [p.cell for p in said[0].places] == ["top left"]
    alone = read("Look to the upper left; the crack is deep.", BOTTLE)
    assert not alone[0].places


def test_a_defect_noun_before_its_verb_or_a_head_noun_is_described() -> None:
    for text in ("A shallow dent eats into the bottle at the top.", "A rust bloom near the top."):
        said = read_sentence(text, BOTTLE)
        assert said.placed_defect, text
    assert not read_sentence("A rust test near the top.", BOTTLE).placed_defect


def test_verdict_labels_reference_copies_and_naming_labels() -> None:
    assert read_sentence("Verdict: acceptable unit.", BOTTLE).stance == "normal"
    assert read_sentence("Verdict: acceptable unit, ship it.", BOTTLE).stance == "normal"
    said = read("Reference copy is clean; the query bottle differs from it.", BOTTLE)
    assert said[0].stance is None and said[1].stance == "anomaly"
    assert [t.words for t in read_sentence("The tally names it: a crack.", BOTTLE).types] == [
        "crack"
    ]
    assert read_sentence("The tally names it: a crack.", BOTTLE).asserted_types
    assert read_sentence("This bottle is having a crack at the top.", BOTTLE).asserted_types


def test_idioms_that_hide_a_defect_word_or_a_place() -> None:
    tied = read_sentence("A crack or a stain, and I can't break the tie.", BOTTLE)
    assert tied.hedged and tied.alternatives and not any(t.negated for t in tied.types)
    unsure = read("I don't know, a crack? a stain? Hard to say.", BOTTLE)
    assert not any(t.negated for r in unsure for t in r.types)
    seen = read_sentence("A crack at the right in plain view.", BOTTLE)
    assert [p.col for p in seen.places + seen.loose_places] == [2]


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("The shape fits a crushed tip best by a wide margin.", False),
        ("Rejected, owing to a mangled tip at the left.", False),
        ("Acting on a tip, I looked at the top.", True),
        ("That fits pointing as the origin.", False),
        ("As the label is saying, a crack at the top.", True),
        ("The box someone drew has the bottle as good.", True),
    ],
)
def test_a_part_called_tip_pronouns_and_progressive_telling(text: str, leak: bool) -> None:
    assert bool(find_leaks(text)) is leak, find_leaks(text)


def test_a_code_comment_is_a_sentence_of_its_own() -> None:
    text = "if ok(bottle) then accept # verdict: true, sound part"
    assert sentences(text) == ["if ok(bottle) then accept", "# verdict: true, sound part"]
    assert sentences("Item # 4 is fine.") == ["Item # 4 is fine."]  # a number, no comment
    assert verdict_of(text, BOTTLE) == "normal"
    # "pass" of a look is no verdict: "# confirmed on a second pass" says nothing of the part
    assert read_sentence("# confirmed on a second pass", BOTTLE).stance is None
    assert read_sentence("It passes on a second pass.", BOTTLE).stance == "normal"
