"""VisA's raw layout (``Data/Images/{Normal,Anomaly}``, class-id masks, CRLF ``1cls.csv``)
and its 1-class reorganisation (``train/good``, ``test/bad``, 0/255 masks)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from iad_data.ingestion.generators.core import (
    Drawn,
    SyntheticTree,
    draw_sample,
    save_image,
    save_mask,
)
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import record

# Per-category defect classes: a few of each category's real labels, as the release spells
# them in image_anno.csv (see ``iad_data.ingestion.sources.visa.RELEASE_DEFECTS``);
# pcb1's ids follow
# spot-diff's utils/id2class.py.
VISA_DEFECTS: dict[str, tuple[str, ...]] = {
    "candle": ("chunk of wax missing", "foreign particals on candle", "weird candle wick"),
    "capsules": ("bubble", "discolor", "scratch"),
    "cashew": ("burnt", "middle breakage", "stuck together"),
    "chewinggum": ("chunk of gum missing", "scratches", "small cracks"),
    "fryum": ("burnt", "fryum stuck together", "small scratches"),
    "macaroni1": ("chip around edge and corner", "middle breakage", "small scratches"),
    "macaroni2": (
        "breakage down the middle",
        "color spot similar to the object",
        "small chip around edge",
    ),
    "pcb1": ("bent", "melt", "scratch", "missing"),
    "pcb2": ("bent", "melt", "scratch", "missing"),
    "pcb3": ("bent", "melt", "scratch", "missing"),
    "pcb4": ("burnt", "dirt", "extra", "missing"),
    "pipe_fryum": ("burnt", "small cracks", "stuck together"),
}
FOUR_DIGIT_NORMALS = frozenset({"candle", "macaroni1", "macaroni2", "pcb1", "pcb2", "pcb3", "pcb4"})


@dataclass(frozen=True)
class _VisaImage:
    category: str
    split: str
    normal: bool
    stem: str
    description: str
    """defect names as image_anno.csv gives them ("a, b" for several); "normal" for normals"""
    class_id: int
    drawn: Drawn


def _visa_images(
    categories: list[str] | None,
    max_defects: int | None,
    n_train: int,
    n_test_good: int,
    n_test_per_defect: int,
    size: int,
    seed: int,
    combined_every: int,
) -> Iterator[_VisaImage]:
    """What both VisA layouts hold, drawn once per image in a fixed order."""
    for cat_index, category in enumerate(categories or sorted(VISA_DEFECTS)):
        names = VISA_DEFECTS[category][:max_defects] if max_defects else VISA_DEFECTS[category]
        rng = np.random.default_rng([seed, 1000 + cat_index])
        part = make_part(rng, "object", gray=False)
        width, height = size + size // 2, size  # VisA images are landscape
        digits = 4 if category in FOUR_DIGIT_NORMALS else 3
        normal_index = 0
        for split, count in (("train", n_train), ("test", n_test_good)):
            for _ in range(count):
                drawn = draw_sample(rng, part, width, height, None)
                stem = f"{normal_index:0{digits}d}"
                normal_index += 1
                yield _VisaImage(category, split, True, stem, "normal", 0, drawn)
        anomaly_index = 0
        for class_id, name in enumerate(names, start=1):
            for _ in range(n_test_per_defect):
                drawn = draw_sample(rng, part, width, height, name)
                stem = f"{anomaly_index:03d}"
                anomaly_index += 1
                label = name
                if combined_every and anomaly_index % combined_every == 0:
                    label = f"{name}, {names[0] if name != names[0] else names[-1]}"
                yield _VisaImage(category, "test", False, stem, label, class_id, drawn)


def _defect(v: _VisaImage) -> str:
    """What the VisA source names the image: the defect, or ``combined`` for several."""
    return "combined" if "," in v.description else v.description


def write_visa(
    root: Path,
    *,
    categories: list[str] | None = None,
    max_defects: int | None = None,
    n_train: int = 4,
    n_test_good: int = 2,
    n_test_per_defect: int = 2,
    size: int = 96,
    seed: int = 0,
    combined_every: int = 0,
) -> SyntheticTree:
    """Writes the raw tree; ``combined_every=k`` gives every k-th anomaly two defect names."""
    tree = SyntheticTree(root, "visa")
    split_rows: list[list[str]] = []
    anno_rows: dict[str, list[list[str]]] = {}
    for v in _visa_images(
        categories,
        max_defects,
        n_train,
        n_test_good,
        n_test_per_defect,
        size,
        seed,
        combined_every,
    ):
        rows = anno_rows.setdefault(v.category, [])
        if v.normal:
            image_rel = f"{v.category}/Data/Images/Normal/{v.stem}.JPG"
            save_image(v.drawn.image, root / image_rel)
            split_rows.append([v.category, v.split, "normal", image_rel, ""])
            rows.append([image_rel, "normal", ""])
            record(tree, image_rel, v.category, v.split, "normal", "good")
            continue
        image_rel = f"{v.category}/Data/Images/Anomaly/{v.stem}.JPG"
        mask_rel = f"{v.category}/Data/Masks/Anomaly/{v.stem}.png"
        save_image(v.drawn.image, root / image_rel)
        assert v.drawn.mask is not None
        save_mask(v.drawn.mask, root / mask_rel, value=v.class_id)
        split_rows.append([v.category, "test", "anomaly", image_rel, mask_rel])
        rows.append([image_rel, v.description, mask_rel])
        record(tree, image_rel, v.category, v.split, "anomaly", _defect(v), v.drawn, [mask_rel])
    for category, rows in anno_rows.items():
        _write_csv(root / category / "image_anno.csv", ["image", "label", "mask"], rows)
    _write_csv(
        root / "split_csv" / "1cls.csv", ["object", "split", "label", "image", "mask"], split_rows
    )
    return tree


def write_visa_1cls(
    root: Path,
    *,
    categories: list[str] | None = None,
    max_defects: int | None = None,
    n_train: int = 4,
    n_test_good: int = 2,
    n_test_per_defect: int = 2,
    size: int = 96,
    seed: int = 0,
    rgb_masks: bool = False,
) -> SyntheticTree:
    """The 1-class reorganisation (spot-diff ``prepare_data.py``, MMAD, anomalib).

    ``<cat>/{train,test}/good``, ``<cat>/test/bad``, ``<cat>/ground_truth/bad/<stem>.png``
    (same stem, no ``_mask``), masks 0/255; ``rgb_masks`` writes them 3-channel as
    anomalib's cv2 rewrite does.
    """
    tree = SyntheticTree(root, "visa_1cls")
    for v in _visa_images(
        categories, max_defects, n_train, n_test_good, n_test_per_defect, size, seed, 0
    ):
        folder = "good" if v.normal else "bad"
        image_rel = f"{v.category}/{v.split}/{folder}/{v.stem}.JPG"
        save_image(v.drawn.image, root / image_rel)
        mask_rel = None
        if not v.normal:
            assert v.drawn.mask is not None
            mask_rel = f"{v.category}/ground_truth/bad/{v.stem}.png"
            if rgb_masks:
                arr = v.drawn.mask.astype(np.uint8) * np.uint8(255)
                (root / mask_rel).parent.mkdir(parents=True, exist_ok=True)
                Image.fromarray(np.stack([arr] * 3, axis=2), "RGB").save(root / mask_rel)
            else:
                save_mask(v.drawn.mask, root / mask_rel)
        label = "normal" if v.normal else "anomaly"
        masks = [mask_rel] if mask_rel else []
        record(tree, image_rel, v.category, v.split, label, folder, v.drawn, masks)
    return tree


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """CSV with CRLF line endings, as the release ships them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
