"""Process knowledge: every shipped file validates and maps every defect type of its release."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from iad_data.core.defect_types import defect_words
from iad_data.core.sample import normalise_defect_type
from iad_data.errors import InputError
from iad_data.ingestion.generators.mvtec import MPDD_DEFECTS, MVTEC_DEFECTS
from iad_data.ingestion.generators.visa import VISA_DEFECTS
from iad_data.ingestion.sources.visa import RELEASE_DEFECTS, _defect_name
from iad_data.knowledge.process import (
    USER_DIR_ENV,
    ProcessKnowledge,
    all_processes,
    list_processes,
    load_process,
    load_process_file,
    processes_root,
    require_process,
    summary,
)

COUNTS = Path(__file__).resolve().parent.parent / "iad_data" / "ingestion" / "sources" / "counts"

# VisA's per-image labels as the release spells them live beside the source that reads them.
VISA_RELEASE = RELEASE_DEFECTS


def _release_defects() -> dict[tuple[str, str], set[str]]:
    """(dataset, category) -> normalised defect names the sources produce for the release."""
    out: dict[tuple[str, str], set[str]] = {}
    for dataset, table in (("mvtec_ad", MVTEC_DEFECTS), ("mpdd", MPDD_DEFECTS)):
        for category, names in table.items():
            out[(dataset, category)] = {normalise_defect_type(n) for n in names}
    for category, labels in VISA_RELEASE.items():
        visa_names = {normalise_defect_type(_defect_name(label)) for label in labels}
        visa_names.add(normalise_defect_type(_defect_name(f"{labels[0]}, {labels[-1]}")))
        out[("visa", category)] = visa_names
    return out


def test_release_lists_have_the_published_sizes() -> None:
    release = _release_defects()
    per_dataset = {d: sum(1 for ds, _ in release if ds == d) for d in ("mvtec_ad", "visa", "mpdd")}
    assert per_dataset == {"mvtec_ad": 15, "visa": 12, "mpdd": 6}
    pairs = {d: sum(len(v) for (ds, _), v in release.items() if ds == d) for d in per_dataset}
    assert pairs == {"mvtec_ad": 73, "visa": 78 + 12, "mpdd": 11}  # VisA: 78 labels + combined
    assert len(set().union(*(v for (d, _), v in release.items() if d == "mvtec_ad"))) == 48
    # the folder counts shipped with the sources name the same defect folders
    for dataset in ("mvtec_ad", "mpdd"):
        counts = json.loads((COUNTS / f"{dataset}.json").read_text(encoding="utf-8"))
        for category, table in counts.items():
            if category.startswith("_"):
                continue
            folders = {k.split("/", 1)[1] for k in table if k.startswith("test/")}
            folders -= {"good", "anomaly"}
            assert folders == release[(dataset, category)], (dataset, category)


def test_every_shipped_file_validates_and_is_curated() -> None:
    shipped = all_processes()
    assert len(shipped) == 33
    for (dataset, category), knowledge in shipped.items():
        assert isinstance(knowledge, ProcessKnowledge)
        assert (knowledge.dataset, knowledge.category) == (dataset, category)
        assert knowledge.origin == "curated"
        assert 3 <= len(knowledge.steps) <= 10, knowledge.source


def test_every_release_defect_type_is_mapped_and_nothing_else() -> None:
    shipped = all_processes()
    release = _release_defects()
    assert set(shipped) == set(release)
    for key, names in release.items():
        knowledge = shipped[key]
        assert set(knowledge.defects) == names, (key, set(knowledge.defects) ^ names)


def test_synthetic_defect_names_resolve() -> None:
    """The demo data's VisA names (some aliases) find an entry too."""
    for category, names in VISA_DEFECTS.items():
        knowledge = load_process("visa", category)
        assert knowledge is not None
        for name in names:
            assert knowledge.defect_key(name) in knowledge.defects


def test_causes_reference_existing_steps() -> None:
    for knowledge in all_processes().values():
        ids = {s.id for s in knowledge.steps}
        assert len(ids) == len(knowledge.steps)
        for name, defect in knowledge.defects.items():
            assert defect.cause_steps and set(defect.cause_steps) <= ids, (knowledge.source, name)
            assert defect.causes == defect.cause_steps
        for hint in knowledge.inspection_hints:
            assert set(hint.steps) <= ids


def _write(tmp_path: Path, data: dict[str, object], dataset: str = "custom") -> Path:
    path = tmp_path / dataset / f"{data['category']}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _bottle() -> dict[str, object]:
    data = yaml.safe_load((processes_root() / "mvtec_ad" / "bottle.yaml").read_text())
    assert isinstance(data, dict)
    data["dataset"] = "custom"
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["defects"]["contamination"].update(cause_steps=["glazing"]), "'glazing'"),
        (lambda d: d["steps"].append(dict(d["steps"][0])), "duplicate step ids: batch_melting"),
        (lambda d: d.update(colour="brown"), "colour"),
        (lambda d: d["defects"].update({"Broken Big": d["defects"]["broken_large"]}), "broken_big"),
        (lambda d: d["defects"].update(good=d["defects"]["broken_large"]), "'good'"),
        (lambda d: d.update(origin="teacher"), "origin"),
        (
            lambda d: d["defects"].update(combined=dict(d["defects"]["broken_large"])),
            "defects.combined needs components",
        ),
        (
            lambda d: d["defects"]["broken_large"].update(components=["dent"]),
            "components names 'dent'",
        ),
        (lambda d: d["defects"]["broken_large"].update(basis="certain"), "basis"),
    ],
)
def test_invalid_files_are_refused_naming_the_file(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], message: str
) -> None:
    data = _bottle()
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(InputError) as err:
        load_process_file(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_file_name_must_be_the_category(tmp_path: Path) -> None:
    data = _bottle()
    path = tmp_path / "custom" / "jar.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(InputError, match="named bottle.yaml"):
        load_process_file(path)


def test_load_process_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(USER_DIR_ENV, raising=False)
    assert load_process("mvtec_ad", "no_such_part") is None
    assert load_process("mvtec", "bottle") == load_process("mvtec_ad", "bottle")
    with pytest.raises(InputError, match="synthesize-process"):
        require_process("mvtec_ad", "no_such_part")
    # a factory's own file in a user folder overrides the shipped one
    data = _bottle()
    data.update(dataset="mvtec_ad", product="amber beer bottle")
    _write(tmp_path, data, dataset="mvtec_ad")
    own = load_process("mvtec_ad", "bottle", user_dir=tmp_path)
    assert own is not None and own.product == "amber beer bottle"
    monkeypatch.setenv(USER_DIR_ENV, str(tmp_path))
    env = load_process("mvtec_ad", "bottle")
    assert env is not None and env.product == "amber beer bottle"
    rows = list_processes(tmp_path)
    assert [r["where"] for r in rows if r["category"] == "bottle"] == ["user"]


def test_load_process_rejects_a_misplaced_file(tmp_path: Path) -> None:
    _write(tmp_path, _bottle(), dataset="visa")
    with pytest.raises(InputError, match="lies under visa/"):
        load_process("visa", "bottle", user_dir=tmp_path)


def test_summary() -> None:
    knowledge = load_process("mvtec_ad", "bottle")
    assert knowledge is not None
    text = summary(knowledge)
    lines = text.splitlines()
    assert lines[0] == "The following is the production process of the glass bottle:"
    assert len(lines) == 1 + len(knowledge.steps)
    assert lines[3].startswith("3. Blow moulding")
    detailed = summary(knowledge, "Broken Small", ids=True)
    assert "[step:blow_moulding]" in detailed
    assert "Defect type broken_small arises in: Conveying" in detailed
    assert "Mechanism: A glancing knock" in detailed
    with pytest.raises(InputError, match="no defect type 'melt'"):
        summary(knowledge, "melt")


def test_aliases_resolve_to_their_entry() -> None:
    tubes = load_process("mpdd", "tubes")
    assert tubes is not None
    assert tubes.defect_key("flattening") == "anomalous"
    assert [s.id for s in tubes.cause_steps("flattening")][0] == "bending"


def test_combined_entries_name_their_components_and_causes() -> None:
    """An image with several defects is explained by the defects it holds, by name."""
    seen = 0
    for knowledge in all_processes().values():
        entry = knowledge.defects.get("combined")
        if entry is None:
            continue
        seen += 1
        assert entry.components and set(entry.components) <= set(knowledge.defects)
        if knowledge.dataset != "visa":
            continue  # MVTec AD's four combined entries were specific already
        for part in entry.components:
            assert defect_words(part) in entry.mechanism, (knowledge.source, part)


def test_shipped_mechanisms_are_plausible_not_documented() -> None:
    """The benchmarks' makers produced many defects by hand: no shipped cause is a fact."""
    for knowledge in all_processes().values():
        assert {d.basis for d in knowledge.defects.values()} == {"plausible"}, knowledge.source


def test_no_two_files_are_copies() -> None:
    """Each category gets its own facts (pcb2 and pcb3 were once copies of each other)."""
    seen: dict[str, str] = {}
    for knowledge in all_processes().values():
        body = knowledge.model_dump(exclude={"dataset", "category"})
        for part in ("normal_appearance",):
            text = f"{part}: {body[part]}"
            assert text not in seen, f"{knowledge.source} repeats {part} of {seen[text]}"
            seen[text] = knowledge.source
