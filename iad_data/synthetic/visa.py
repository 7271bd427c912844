"""VisA's raw layout: ``Data/Images/{Normal,Anomaly}``, class-id masks, CRLF ``1cls.csv``."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from .core import GeneratedImage, SyntheticTree, draw_sample, save_image, save_mask
from .draw import make_part

# Per-category defect classes; pcb1's ids follow spot-diff's utils/id2class.py.
VISA_DEFECTS: dict[str, tuple[str, ...]] = {
    "candle": ("chunk of wax missing", "foreign particals on candle", "weird candle wick"),
    "capsules": ("bubble", "discolor", "scratch"),
    "cashew": ("burnt", "crack", "stuck together"),
    "chewinggum": ("chunk of gum missing", "scratches", "small cracks"),
    "fryum": ("burnt", "fryum stuck together", "small scratches"),
    "macaroni1": ("chip around edge and corner", "middle breakage", "small scratches"),
    "macaroni2": ("breakage down the middle", "color spot similar to the object", "small chip"),
    "pcb1": ("bent", "melt", "scratch", "missing"),
    "pcb2": ("bent", "melt", "scratch", "missing"),
    "pcb3": ("bent", "melt", "scratch", "missing"),
    "pcb4": ("burnt", "dirt", "extra", "missing"),
    "pipe_fryum": ("burnt", "crack", "stuck together"),
}
FOUR_DIGIT_NORMALS = frozenset({"candle", "macaroni1", "macaroni2", "pcb1", "pcb2", "pcb3", "pcb4"})


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
    for cat_index, category in enumerate(categories or sorted(VISA_DEFECTS)):
        names = VISA_DEFECTS[category][:max_defects] if max_defects else VISA_DEFECTS[category]
        rng = np.random.default_rng([seed, 1000 + cat_index])
        part = make_part(rng, "object", gray=False)
        width, height = size + size // 2, size  # VisA images are landscape
        digits = 4 if category in FOUR_DIGIT_NORMALS else 3
        anno_rows: list[list[str]] = []
        normal_index = 0
        for split, count in (("train", n_train), ("test", n_test_good)):
            for _ in range(count):
                drawn = draw_sample(rng, part, width, height, None)
                image_rel = f"{category}/Data/Images/Normal/{normal_index:0{digits}d}.JPG"
                normal_index += 1
                save_image(drawn.image, root / image_rel)
                split_rows.append([category, split, "normal", image_rel, ""])
                anno_rows.append([image_rel, "normal", ""])
                tree.images.append(GeneratedImage(image_rel, category, split, "normal", "good"))
        anomaly_index = 0
        for class_id, name in enumerate(names, start=1):
            for _ in range(n_test_per_defect):
                drawn = draw_sample(rng, part, width, height, name)
                stem = f"{anomaly_index:03d}"
                anomaly_index += 1
                image_rel = f"{category}/Data/Images/Anomaly/{stem}.JPG"
                mask_rel = f"{category}/Data/Masks/Anomaly/{stem}.png"
                save_image(drawn.image, root / image_rel)
                assert drawn.mask is not None
                save_mask(drawn.mask, root / mask_rel, value=class_id)
                label = name
                if combined_every and anomaly_index % combined_every == 0:
                    label = f"{name}, {names[0] if name != names[0] else names[-1]}"
                split_rows.append([category, "test", "anomaly", image_rel, mask_rel])
                anno_rows.append([image_rel, label, mask_rel])
                tree.images.append(
                    GeneratedImage(
                        image_rel,
                        category,
                        "test",
                        "anomaly",
                        "combined" if "," in label else name,
                        [mask_rel],
                        drawn.boxes,
                        drawn.location,
                    )
                )
        _write_csv(root / category / "image_anno.csv", ["image", "label", "mask"], anno_rows)
    _write_csv(
        root / "split_csv" / "1cls.csv", ["object", "split", "label", "image", "mask"], split_rows
    )
    return tree


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """CSV with CRLF line endings, as the release ships them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
