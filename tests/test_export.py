"""Export formats: field names as the training stacks read them, images beside them
(relative paths where the stack takes a base folder, absolute where it has none)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from publish_fixtures import add_one_shot, make_workspace, write_records

from iad_data.core.workspace import Workspace
from iad_data.errors import InputError, WorkspaceError
from iad_data.release.export import NO_SOLUTION, export
from iad_data.release.leakage import CROSS_SPLIT_REASON


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return make_workspace(tmp_path_factory.mktemp("export"))


def _paths_exist(out: Path, paths: list[str], absolute: bool = False) -> None:
    for p in paths:
        assert Path(p).is_absolute() == absolute
        assert (out / p).is_file(), p


def test_llava(ws: Workspace, tmp_path: Path) -> None:
    result = export(ws, tmp_path, format="llava")
    assert set(result.files) == {f"expert_ad.{s}.json" for s in ("train", "validation", "test")}
    items = json.loads((tmp_path / "expert_ad.test.json").read_text())
    item = items[0]
    assert set(item) >= {"id", "image", "conversations"}
    assert [t["from"] for t in item["conversations"]] == ["human", "gpt"]
    assert item["conversations"][0]["value"].startswith("<image>")
    _paths_exist(tmp_path, [i["image"] for i in items] + [i["mask"] for i in items if "mask" in i])
    assert any("mask" in i for i in items)


def test_sharegpt_messages_grpo(ws: Workspace, tmp_path: Path) -> None:
    export(ws, tmp_path / "sg", format="sharegpt")
    items = json.loads((tmp_path / "sg" / "expert_ad.train.json").read_text())
    assert set(items[0]) == {"id", "images", "messages"}
    assert items[0]["messages"][1]["role"] == "assistant"
    assert "<answer>" in items[0]["messages"][1]["content"]
    info = json.loads((tmp_path / "sg" / "dataset_info.json").read_text())
    assert info["expert_ad.train"]["formatting"] == "sharegpt"
    _paths_exist(tmp_path / "sg", [p for i in items for p in i["images"]])

    export(ws, tmp_path / "ms", format="messages")
    lines = (tmp_path / "ms" / "expert_ad.train.jsonl").read_text().splitlines()
    row = json.loads(lines[0])
    assert set(row) == {"id", "messages", "images", "solution"}

    export(ws, tmp_path / "rl", format="trl-grpo")
    rows = [
        json.loads(x)
        for x in (tmp_path / "rl" / "expert_ad.test.jsonl").read_text().split("\n")
        if x
    ]
    assert set(rows[0]) == {"id", "prompt", "image", "solution"}
    assert all(
        r["solution"].endswith(("<answer>Yes</answer>", "<answer>No</answer>")) for r in rows
    )
    assert all("<image>" not in r["prompt"][0]["content"] for r in rows)
    _paths_exist(tmp_path / "rl", [r["image"] for r in rows], absolute=True)
    _paths_exist(tmp_path / "ms", [p for r in [row] for p in r["images"]], absolute=True)

    export(ws, tmp_path / "iadr1", format="iadr1-rl")
    items = json.loads((tmp_path / "iadr1" / "expert_ad.test.json").read_text())
    assert set(items[0]) == {"id", "image", "problem", "solution"}
    assert all("<image>" not in i["problem"] for i in items)
    _paths_exist(tmp_path / "iadr1", [i["image"] for i in items])


def test_mmad(ws: Workspace, tmp_path: Path) -> None:
    result = export(ws, tmp_path, format="mmad")
    data = json.loads((tmp_path / "mmad.json").read_text())
    assert len(data) == result.files["mmad.json"] > 0
    _paths_exist(tmp_path, list(data))
    anomalous = [v for v in data.values() if v["conversation"][0]["Answer"] == "A"]
    assert anomalous
    for value in data.values():
        first = value["conversation"][0]
        assert first["type"] == "Anomaly Detection" and first["Options"] == {"A": "Yes", "B": "No"}
        for q in value["conversation"]:
            assert q["Answer"] in q["Options"]
        if value["mask_path"]:
            _paths_exist(tmp_path, [value["mask_path"]])
        _paths_exist(tmp_path, value["similar_templates"] + value["random_templates"])
    assert any(len(v["conversation"]) == 3 for v in anomalous)


def test_export_errors(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="llava"):
        export(ws, tmp_path, format="alpaca")
    with pytest.raises(WorkspaceError, match="no records"):
        export(ws, tmp_path, format="llava", configs=["instruct_iad"])


def test_one_shot_records(ws: Workspace, tmp_path: Path) -> None:
    shots = add_one_shot(ws)
    outside = {r for r, s in shots.items() if s != "train"}
    try:
        rl = export(ws, tmp_path / "rl", format="trl-grpo", progress=False)
        sg = export(ws, tmp_path / "sg", format="sharegpt", progress=False)
    finally:
        write_records(ws)
    # trl-grpo: one-shot records (two images) go to their own file, as an `images` list
    single = [json.loads(x) for x in (tmp_path / "rl" / "expert_ad.train.jsonl").open()]
    multi = [json.loads(x) for x in (tmp_path / "rl" / "expert_ad.multi.train.jsonl").open()]
    assert single and not [r for r in single if r["id"].endswith(".1shot")]
    assert all(isinstance(r["image"], str) for r in single)
    assert len(multi) == len(shots) - len(outside)
    assert all(len(r["images"]) == 2 and r["id"].endswith(".1shot") for r in multi)
    assert rl.skipped == {CROSS_SPLIT_REASON: len(outside)}
    # sharegpt keeps one-shot records of one split: [reference, query], both in that split
    assert sg.skipped == {CROSS_SPLIT_REASON: len(outside)}
    items = json.loads((tmp_path / "sg" / "expert_ad.train.json").read_text())
    one_shot = [i for i in items if i["id"].endswith(".1shot")]
    assert len(one_shot) == len(shots) - len(outside)
    assert all(
        len(i["images"]) == 2 == i["messages"][0]["content"].count("<image>") for i in one_shot
    )
    for split in ("validation", "test"):
        ids = {
            i["id"] for i in json.loads((tmp_path / "sg" / f"expert_ad.{split}.json").read_text())
        }
        assert not ids & outside


def test_grpo_formats_skip_records_without_a_solution(ws: Workspace, tmp_path: Path) -> None:
    import polars as pl

    path = ws.records_path("expert_ad")
    frame = pl.read_parquet(path)
    try:
        frame.with_columns(pl.lit(None, pl.String).alias("solution")).head(3).vstack(
            frame.slice(3)
        ).write_parquet(path)
        result = export(ws, tmp_path, format="iadr1-rl", progress=False)
    finally:
        write_records(ws)
    assert result.skipped[NO_SOLUTION] == 3


def test_progress_bar_on_stderr(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(ws, tmp_path / "a", format="llava")
    err = capsys.readouterr().err
    assert "export expert_ad" in err and "record" in err
    export(ws, tmp_path / "b", format="mmad")
    assert "export mmad" in capsys.readouterr().err
    export(ws, tmp_path / "c", format="llava", progress=False)
    assert capsys.readouterr().err == ""
