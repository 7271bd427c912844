"""``folder``: a layout iad-data has never seen, described by a YAML file instead of code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from source_checks import problem_set, run, samples
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.core.sample import make_sample_id
from iad_data.errors import InputError, SourceLayoutError
from iad_data.ingestion.generators import SyntheticTree

LINE3 = {
    "dataset": "line3",
    "title": "Line 3 housings",
    "license": "proprietary",
    "category": "housing",
    "split_level": 0,
    "normal": ["*/ok/*"],
    "anomaly": ["*/ng/*/*"],
    "unlabeled": ["incoming/*.png"],
    "split_names": {"incoming": "test"},
    "defect_level": -2,
    "mask": "masks/{defect}/{stem}_mask.png",
    "group": "{stem[0]}",
}


def _image(
    path: Path, box: tuple[int, int, int, int] | None = None, mask: Path | None = None
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    arr = np.full((40, 48, 3), 120, dtype=np.uint8)
    if box is not None and mask is not None:
        x1, y1, x2, y2 = box
        arr[y1 : y2 + 1, x1 : x2 + 1] = 250
        m = np.zeros((40, 48), dtype=np.uint8)
        m[y1 : y2 + 1, x1 : x2 + 1] = 255
        mask.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(m).save(mask)
    Image.fromarray(arr).save(path)


@pytest.fixture
def line3(tmp_path: Path) -> Path:
    root = tmp_path / "line3"
    _image(root / "train/ok/a1.png")
    _image(root / "train/ok/a2.jpg")
    _image(root / "test/ok/a3.png")
    _image(root / "test/ng/scratch/b1.png", (2, 3, 10, 6), root / "masks/scratch/b1_mask.png")
    _image(
        root / "test/ng/Dent Large/c2.png", (40, 30, 45, 37), root / "masks/Dent Large/c2_mask.png"
    )
    _image(root / "incoming/d1.png")
    return root


def test_factory_layout_ingests(line3: Path, tmp_path: Path) -> None:
    result = run("folder", line3, tmp_path / "ws", layout=LINE3)
    assert result.problems == []
    assert result.dataset == "line3" and result.categories == ["housing"]
    got = samples(result)
    assert sorted(got) == [
        "incoming/d1.png",
        "test/ng/Dent Large/c2.png",
        "test/ng/scratch/b1.png",
        "test/ok/a3.png",
        "train/ok/a1.png",
        "train/ok/a2.jpg",
    ]
    b1 = got["test/ng/scratch/b1.png"]
    assert (b1.label, b1.defect_type, b1.source_split) == ("anomaly", "scratch", "test")
    assert [r.bbox for r in b1.regions] == [(2, 3, 10, 6)] and b1.location == "top left"
    assert b1.mask_paths == ["masks/scratch/b1_mask.png"]
    c2 = got["test/ng/Dent Large/c2.png"]
    assert (c2.defect_type, c2.defect_type_raw) == ("dent_large", "Dent Large")
    assert c2.location == "bottom right"
    assert (
        got["train/ok/a2.jpg"].label == "normal" and got["train/ok/a1.png"].source_split == "train"
    )
    d1 = got["incoming/d1.png"]
    assert (d1.label, d1.source_split, d1.mask_paths) == ("unlabeled", "test", [])
    assert b1.license == "proprietary"
    assert b1.sample_id == make_sample_id("line3", "housing", "test/ng/scratch/b1.png")
    assert got["train/ok/a1.png"].group_id == got["train/ok/a2.jpg"].group_id
    assert got["train/ok/a1.png"].group_id != b1.group_id
    assert result.count_diffs == []


def test_mvtec_tree_described_by_a_layout(mvtec_tree: SyntheticTree, tmp_path: Path) -> None:
    layout = {
        "dataset": "mvtec_again",
        "category_level": 0,
        "split_level": 1,
        "normal": ["*/*/good/*.png"],
        "anomaly": ["*/test/[!g]*/*.png"],
        "defect_level": 2,
        "mask": "{parts[0]}/ground_truth/{defect}/{stem}_mask.png",
    }
    folder = run("folder", mvtec_tree.root, tmp_path / "ws", layout=layout, categories=["bottle"])
    bench = run("mvtec", mvtec_tree.root, tmp_path / "ws2", categories=["bottle"])
    assert folder.problems == [] and folder.categories == ["bottle"]
    keep = ["image_path", "label", "defect_type", "source_split", "mask_paths", "regions"]
    assert (
        folder.samples.select(keep)
        .sort("image_path")
        .equals(bench.samples.select(keep).sort("image_path"))
    )


def test_yaml_layout_through_the_cli(line3: Path, tmp_path: Path) -> None:
    layout = tmp_path / "line3.yaml"
    layout.write_text(
        "dataset: line3\ncategory: housing\nsplit_level: 0\nnormal: '*/ok/*'\n"
        "anomaly: ['*/ng/*/*']\ndefect_level: -2\nmask: 'masks/{defect}/{stem}_mask.png'\n"
    )
    ws = tmp_path / "ws"
    res = CliRunner().invoke(
        app,
        [
            "ingest",
            "folder",
            "--root",
            str(line3),
            "--layout",
            str(layout),
            "--workspace",
            str(ws),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["dataset"] == "line3" and summary["samples"] == 5 and summary["problems"] == 0
    res = CliRunner().invoke(app, ["ingest", "folder", "--root", str(line3), "-w", str(ws)])
    assert res.exit_code != 0 and "--layout" in res.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("normal: [unclosed\n")
    res = CliRunner().invoke(
        app, ["ingest", "folder", "--root", str(line3), "--layout", str(bad), "-w", str(ws)]
    )
    assert res.exit_code != 0 and "bad.yaml" in res.output and "not valid YAML" in res.output
    typo = tmp_path / "typo.yaml"
    typo.write_text(layout.read_text() + "defect_levle: 1\n")
    res = CliRunner().invoke(
        app, ["ingest", "folder", "--root", str(line3), "--layout", str(typo), "-w", str(ws)]
    )
    assert res.exit_code != 0 and "typo.yaml" in res.output and "defect_levle" in res.output


def test_bad_files_are_reported(line3: Path, tmp_path: Path) -> None:
    (line3 / "masks/scratch/b1_mask.png").unlink()
    (line3 / "train/ok/notes.txt").write_text("x")
    (line3 / "train/ok/.DS_Store").write_bytes(b"x")
    (line3 / "test/ok/.hidden").mkdir()
    _image(line3 / "test/ok/.hidden/x.png")
    _image(line3 / "both/ng/x/e1.png")  # matched as normal and as anomalous
    layout = {
        **LINE3,
        "normal": ["*/ok/*", "both/**/*.png"],
        "split_names": {"both": "test", "incoming": "test"},
    }
    _image(line3 / "misc/ok/f1.png")  # 'misc' is no split name
    result = run("folder", line3, tmp_path / "ws", layout=layout)
    assert problem_set(result) == {
        ("missing_mask", "test/ng/scratch/b1.png"),
        ("not_an_image", "train/ok/notes.txt"),
        ("ambiguous_label", "both/ng/x/e1.png"),
        ("bad_split", "misc/ok/f1.png"),
    }
    assert result.samples.height == 6 - 1
    reason = next(p.reason for p in result.problems if p.kind == "missing_mask")
    assert "masks/scratch/b1_mask.png" in reason


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"normall": ["*/ok/*"]}, "normall"),
        ({"normal": [], "anomaly": [], "unlabeled": []}, "names no images"),
        ({"mask": None}, "add a 'mask:' template"),
        ({"mask": "masks/{colour}/{stem}.png"}, "uses {colour}"),
        ({"mask": "{stem.__class__}.png"}, "attribute access"),
        ({"normal": ["/etc/*.png"]}, "relative to ROOT"),
        ({"normal": ["../*.png"]}, "relative to ROOT"),
        ({"dataset": "mvtec_ad"}, "is a benchmark's"),
        ({"dataset": "Line 3"}, "dataset"),
        ({"split": "holdout"}, "split"),
    ],
)
def test_layout_errors_name_the_key(
    line3: Path, tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    with pytest.raises(SourceLayoutError, match="folder") as err:
        run("folder", line3, tmp_path / "ws", layout={**LINE3, **change})
    assert message in str(err.value)


def test_patterns_matching_nothing_and_no_layout(line3: Path, tmp_path: Path) -> None:
    with pytest.raises(SourceLayoutError, match="match no file"):
        run(
            "folder",
            line3,
            tmp_path / "ws",
            layout={**LINE3, "normal": ["nope/*"], "anomaly": [], "unlabeled": []},
        )
    with pytest.raises(SourceLayoutError, match="--layout FILE"):
        run("folder", line3, tmp_path / "ws")
    with pytest.raises(InputError, match="takes no layout options"):
        run("mvtec", line3, tmp_path / "ws", layout={"normal": ["*"]})


def test_template_that_does_not_fit_a_path(line3: Path, tmp_path: Path) -> None:
    layout = {**LINE3, "mask": "masks/{parts[5]}/{stem}_mask.png"}
    result = run("folder", line3, tmp_path / "ws", layout=layout)
    kinds = {p.kind for p in result.problems}
    assert kinds == {"bad_layout"}
    assert {p.path for p in result.problems} == {
        "test/ng/scratch/b1.png",
        "test/ng/Dent Large/c2.png",
    }
    escaping = {**LINE3, "mask": "../{stem}_mask.png"}
    result = run("folder", line3, tmp_path / "ws2", layout=escaping)
    assert {p.kind for p in result.problems} == {"path_escapes_root"}


def test_images_labelled_by_their_masks(tmp_path: Path) -> None:
    """KolektorSDD-like: every image next to a mask; an empty mask means normal."""
    root = tmp_path / "strip"
    _image(root / "p1/a.png", (5, 5, 9, 9), root / "p1/a_GT.png")
    _image(root / "p1/b.png", (0, 0, 0, 0), root / "p1/b_GT.png")
    Image.fromarray(np.zeros((40, 48), dtype=np.uint8)).save(root / "p1/b_GT.png")
    _image(root / "p2/c.png")  # no mask at all: cannot be labelled
    layout = {
        "dataset": "strip",
        "images": ["*/*.png"],
        "exclude": ["**/*_GT.png"],
        "mask": "{dir}/{stem}_GT.png",
        "group": "{parts[0]}",
        "split": "train",
    }
    result = run("folder", root, tmp_path / "ws", layout=layout)
    got = samples(result)
    assert problem_set(result) == {("missing_mask", "p2/c.png")}
    assert got["p1/a.png"].label == "anomaly" and got["p1/a.png"].defect_type == "defect"
    assert got["p1/b.png"].label == "normal" and got["p1/b.png"].defect_type == "good"
    assert got["p1/a.png"].group_id == got["p1/b.png"].group_id
    assert {s.source_split for s in got.values()} == {"train"}
    assert {s.category for s in got.values()} == {"strip"}


def test_documented_layouts_are_valid() -> None:
    import re

    import yaml

    from iad_data.ingestion.sources.folder import FolderSource, parse_layout

    doc = (Path(__file__).resolve().parent.parent / "docs" / "sources.md").read_text()
    blocks = re.findall(r"```yaml\n(.*?)```", doc, re.S)
    assert len(blocks) >= 2
    example = FolderSource.layout.split("\n", 1)[1]
    for text in [*blocks, example]:
        parse_layout(yaml.safe_load(text.replace("\n  ", "\n").lstrip()))
