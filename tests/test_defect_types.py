"""The defect type table: every dataset name maps to a canonical type; bad tables are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from iad_data.core.defect_types import CANONICAL_TYPES, GROUP_OF, load_type_table
from iad_data.core.sample import normalise_defect_type
from iad_data.errors import InputError
from iad_data.ingestion.generators.mvtec import MPDD_DEFECTS, MVTEC_DEFECTS
from iad_data.ingestion.generators.visa import VISA_DEFECTS
from iad_data.ingestion.sources.real_iad import DEFECT_CODES

TABLE = load_type_table()


def test_eight_canonical_types_in_two_groups() -> None:
    assert len(CANONICAL_TYPES) == 8
    assert sorted(set(GROUP_OF.values())) == ["structural", "surface"]
    assert [t for t in CANONICAL_TYPES if GROUP_OF[t] == "surface"] == [
        "contamination",
        "foreign objects",
        "scratch",
        "missing parts",
    ]


def test_every_mvtec_defect_resolves_from_the_table() -> None:
    for category, defects in MVTEC_DEFECTS.items():
        for defect in defects:
            mapping = TABLE.resolve("mvtec_ad", category, defect)
            if defect == "combined":
                assert mapping.canonical is None and mapping.source == "none"
            else:
                assert mapping.canonical in CANONICAL_TYPES, (category, defect)
                assert mapping.source in ("dataset", "category")


@pytest.mark.parametrize(
    ("dataset", "table"),
    [
        ("visa", VISA_DEFECTS),
        ("mpdd", MPDD_DEFECTS),
        ("real_iad", {"any": tuple(DEFECT_CODES.values())}),
    ],
)
def test_every_visa_mpdd_and_real_iad_defect_is_listed(
    dataset: str, table: dict[str, tuple[str, ...]]
) -> None:
    for category, defects in table.items():
        for defect in defects:
            mapping = TABLE.resolve(dataset, category, normalise_defect_type(defect))
            assert mapping.source == "dataset" and mapping.canonical in CANONICAL_TYPES, defect


@pytest.mark.parametrize(
    ("dataset", "category", "name", "canonical", "source"),
    [
        ("mvtec_ad", "bottle", "broken_large", "damage", "dataset"),
        ("mvtec_ad", "carpet", "thread", "foreign objects", "category"),
        ("mvtec_ad", "screw", "thread_top", "damage", "dataset"),
        ("visa", "candle", "chunk_of_wax_missing", "missing parts", "dataset"),
        ("visa", "pcb1", "bent", "deformation", "dataset"),
        ("mpdd", "metal_plate", "major_rust", "contamination", "dataset"),
        ("mpdd", "tubes", "anomalous", "deformation", "dataset"),
        ("custom", "widget", "deep_scratch_mark", "scratch", "keyword"),
        ("btad", "01", "ko", None, "none"),
        ("custom", "widget", "mystery", None, "none"),
    ],
)
def test_resolve_order(
    dataset: str, category: str, name: str, canonical: str | None, source: str
) -> None:
    mapping = TABLE.resolve(dataset, category, name)
    assert (mapping.canonical, mapping.source) == (canonical, source)
    assert mapping.group == (GROUP_OF[canonical] if canonical else None)


def test_free_text_lookup_and_mentions() -> None:
    assert TABLE.best_match("Scratches") == ("scratch", 1.0)
    assert TABLE.best_match("a deep crack")[0] == "damage"
    assert TABLE.best_match("zzz") == (None, 0.0)
    assert TABLE.mentions("a crack and a small stain") == {"damage", "contamination"}


def test_a_bad_table_is_refused_with_its_key(tmp_path: Path) -> None:
    bad = tmp_path / "types.yaml"
    bad.write_text("canonical:\n  surface:\n    rust: [x]\n")
    with pytest.raises(InputError, match="canonical.surface.rust is not one of"):
        load_type_table(bad)
    text = Path(TABLE.path).read_text().replace("bent: deformation", "bent: bendy", 1)
    bad.write_text(text)
    with pytest.raises(InputError, match="maps to 'bendy'"):
        load_type_table(bad)
    with pytest.raises(InputError, match="cannot read"):
        load_type_table(tmp_path / "missing.yaml")


def test_the_table_hash_changes_with_the_file(tmp_path: Path) -> None:
    copy = tmp_path / "types.yaml"
    copy.write_text(Path(TABLE.path).read_text() + "\n# reviewed\n")
    assert load_type_table(copy).hash != TABLE.hash
