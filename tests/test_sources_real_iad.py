"""Real-IAD: JSON rows, five views per physical sample grouped by ``group_id``."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from source_checks import assert_matches_tree, label_counts, problem_set, run, samples

from iad_data.errors import InputError, SourceLayoutError
from iad_data.ingestion.build import IngestResult
from iad_data.ingestion.generators import SyntheticTree, generate
from iad_data.ingestion.sources import get_source


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    return generate("real_iad", tmp_path_factory.mktemp("riad") / "Real-IAD", size=32)


@pytest.fixture(scope="module")
def ingested(tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    return run("real-iad", tree.root, tmp_path_factory.mktemp("ws-riad"))


def test_every_view_matches_what_was_drawn(ingested: IngestResult, tree: SyntheticTree) -> None:
    assert ingested.problems == []
    assert ingested.categories == ["audiojack", "pcb"]
    assert_matches_tree(ingested, tree, "real_iad", "CC-BY-NC-SA-4.0")


def test_counts_and_defect_names(ingested: IngestResult) -> None:
    counts = label_counts(ingested)
    assert counts[("pcb", "train", "good")] == 2 * 5
    # 1 OK sample + the views of 2 NG samples that do not show the defect (C4, C5)
    assert counts[("pcb", "test", "good")] == 5 + 2 * 2
    assert counts[("pcb", "test", "pit")] == 3
    assert counts[("pcb", "test", "deformation")] == 3


def test_views_of_one_physical_sample_share_a_group(ingested: IngestResult) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for s in samples(ingested).values():
        groups[s.group_id].append(s.extra["camera_view"])
        assert s.extra["physical_sample"] in s.image_path
    assert len(groups) == 2 * (2 + 1 + 2)  # physical samples per category x 2 categories
    assert all(sorted(views) == ["C1", "C2", "C3", "C4", "C5"] for views in groups.values())
    got = samples(ingested)
    ng = got["realiad_1024/audiojack/NG/BX/S0002/audiojack__0002_NG_BX_C1_20231023110201.jpg"]
    assert ng.extra["anomaly_class"] == "BX" and ng.defect_type == "deformation"
    assert ng.extra["physical_sample"] == "NG/BX/S0002/audiojack__0002_NG_BX"
    hidden = got["realiad_1024/audiojack/NG/BX/S0002/audiojack__0002_NG_BX_C4_20231023110204.jpg"]
    assert hidden.label == "normal" and hidden.extra["view_without_mask"] is True
    assert hidden.group_id == ng.group_id


def test_nested_jsons_options_and_stable_ids(ingested: IngestResult, tmp_path: Path) -> None:
    tree = generate(
        "real_iad",
        tmp_path / "r",
        categories=["pcb"],
        size=32,
        nested_jsons=True,
        resolution="256",
    )
    result = run("real-iad", tree.root, tmp_path / "ws", layout={"resolution": 256})
    assert result.problems == [] and result.samples.height == 25
    assert set(result.samples["sample_id"]).isdisjoint(ingested.samples["sample_id"])
    with pytest.raises(SourceLayoutError, match="realiad_1024"):
        run("real-iad", tree.root, tmp_path / "ws2", layout={"resolution": "1024"})
    with pytest.raises(SourceLayoutError, match="unknown layout option"):
        run("real-iad", tree.root, tmp_path / "ws3", layout={"resolutoin": "256"})
    with pytest.raises(SourceLayoutError, match="realiad_jsons_sv"):
        run("real-iad", tree.root, tmp_path / "ws4", layout={"jsons": "realiad_jsons_sv"})
    with pytest.raises(SourceLayoutError, match="must be a folder name"):
        run("real-iad", tree.root, tmp_path / "ws5", layout={"jsons": "../elsewhere"})


def test_bad_input_is_reported(tree: SyntheticTree, tmp_path: Path) -> None:
    root = tmp_path / "riad"
    shutil.copytree(tree.root, root)
    path = root / "realiad_jsons/pcb.json"
    data = json.loads(path.read_text())
    data["train"][0]["image_path"] = "OK/S0001/gone.jpg"
    data["train"][1]["image_path"] = "../../../etc/passwd.jpg"
    data["train"].append(dict(data["train"][2]))
    data["train"].append({"image": "x.jpg"})
    mask = root / "realiad_1024/pcb" / data["test"][5]["mask_path"]
    mask.unlink()
    path.write_text(json.dumps(data))
    (root / "realiad_jsons/audiojack.json").write_text("{not json")
    result = run("real-iad", root, tmp_path / "ws")
    kinds = sorted(p.kind for p in result.problems)
    assert kinds == [
        "bad_json",
        "bad_row",
        "duplicate_row",
        "missing_file",
        "missing_mask",
        "path_escapes_root",
    ]
    assert ("bad_json", "realiad_jsons/audiojack.json") in problem_set(result)
    assert result.samples.height == 25 - 3


def test_no_json_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="realiad_jsons.zip"):
        get_source("real-iad").scan(tmp_path, None)


def test_splits_never_separate_the_views_of_one_sample(tree: SyntheticTree, tmp_path: Path) -> None:
    import polars as pl

    from iad_data.release.splits import make_splits

    result = run("real-iad", tree.root, tmp_path / "ws")
    groups: dict[str, set[str]] = defaultdict(set)
    for seed in range(3):
        make_splits(tmp_path / "ws", seed=seed, val_share=0.3, test_share=0.3)
        table = pl.read_parquet(tmp_path / "ws" / "splits.parquet")
        assigned = dict(zip(table["sample_id"], table["split"], strict=True))
        for sid, gid in zip(result.samples["sample_id"], result.samples["group_id"], strict=True):
            groups[f"{seed}/{gid}"].add(assigned[sid])
    assert all(len(splits) == 1 for splits in groups.values())
    assert {s for splits in groups.values() for s in splits} == {"train", "validation", "test"}
