"""MVTec 3D-AD's layout: ``<split>/<class>/{rgb,xyz,gt}/<stem>``, gt masks for good test images.

The ``xyz`` point clouds are stand-ins (a one-channel float TIFF): iad-data never reads
them, it only records their path.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from iad_data.ingestion.generators.core import SyntheticTree, draw_sample, save_image, save_mask
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import record

MVTEC_3D_DEFECTS: dict[str, tuple[str, ...]] = {
    "bagel": ("combined", "contamination", "crack", "hole"),
    "cable_gland": ("bent", "cut", "hole", "thread"),
    "carrot": ("combined", "contamination", "crack", "cut", "hole"),
    "cookie": ("combined", "contamination", "crack", "hole"),
    "dowel": ("bent", "combined", "contamination", "cut"),
    "foam": ("color", "combined", "contamination", "cut"),
    "peach": ("combined", "contamination", "cut", "hole"),
    "potato": ("combined", "contamination", "cut", "hole"),
    "rope": ("color", "contamination", "cut"),
    "tire": ("color", "combined", "contamination", "cut"),
}


def _save_xyz(path: Path, width: int, height: int, rng: np.random.Generator) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    depth = rng.random((height, width), dtype=np.float32)
    Image.fromarray(depth, "F").save(path, format="TIFF")


def write_mvtec_3d(
    root: Path,
    *,
    categories: list[str] | None = None,
    max_defects: int | None = 2,
    n_train: int = 3,
    n_validation: int = 1,
    n_test_good: int = 2,
    n_test_per_defect: int = 2,
    size: int = 48,
    seed: int = 0,
) -> SyntheticTree:
    tree = SyntheticTree(root, "mvtec-3d")
    for index, category in enumerate(categories or sorted(MVTEC_3D_DEFECTS)):
        rng = np.random.default_rng([seed, 6000 + index])
        part = make_part(rng, "object", gray=False)
        names = MVTEC_3D_DEFECTS[category][:max_defects]
        plan: list[tuple[str, str | None, int]] = [
            ("train", None, n_train),
            ("validation", None, n_validation),
            ("test", None, n_test_good),
        ]
        plan += [("test", name, n_test_per_defect) for name in names]
        for split, defect, count in plan:
            folder = defect or "good"
            for i in range(count):
                drawn = draw_sample(rng, part, size, size, defect)
                base = f"{category}/{split}/{folder}"
                image_rel = f"{base}/rgb/{i:03d}.png"
                save_image(drawn.image, root / image_rel)
                _save_xyz(root / f"{base}/xyz/{i:03d}.tiff", size, size, rng)
                masks = []
                if split == "test":  # gt exists for good test images too, all zero
                    mask_rel = f"{base}/gt/{i:03d}.png"
                    empty = np.zeros((size, size), dtype=bool)
                    save_mask(drawn.mask if drawn.mask is not None else empty, root / mask_rel)
                    masks = [mask_rel]
                label = "anomaly" if defect else "normal"
                record(tree, image_rel, category, split, label, folder, drawn, masks)
    return tree
