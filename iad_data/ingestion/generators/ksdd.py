"""KolektorSDD (v1)'s layout: ``kosNN/PartK.jpg`` with ``PartK_label.bmp``, grayscale, tall.

Every image has a mask; defect-free ones are all zero. One image of every part but the
last is defective.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from iad_data.ingestion.generators.core import SyntheticTree, draw_sample, save_image, save_mask
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import record


def write_ksdd(
    root: Path,
    *,
    n_parts: int = 3,
    images_per_part: int = 4,
    size: int = 40,
    seed: int = 0,
) -> SyntheticTree:
    tree = SyntheticTree(root, "ksdd")
    rng = np.random.default_rng([seed, 9000])
    part = make_part(rng, "texture", gray=True)
    width, height = size, size * 5 // 2  # about 500 x 1250 in the release
    for p in range(1, n_parts + 1):
        folder = f"kos{p:02d}"
        defective = (p - 1) % images_per_part if p < n_parts else -1
        for k in range(images_per_part):
            drawn = draw_sample(rng, part, width, height, "crack" if k == defective else None)
            image_rel = f"{folder}/Part{k}.jpg"
            mask_rel = f"{folder}/Part{k}_label.bmp"
            save_image(drawn.image, root / image_rel)
            empty = np.zeros((height, width), dtype=bool)
            save_mask(drawn.mask if drawn.mask is not None else empty, root / mask_rel)
            label = "anomaly" if k == defective else "normal"
            defect = "defect" if k == defective else "good"
            record(tree, image_rel, "kolektorsdd", "test", label, defect, drawn, [mask_rel])
    return tree
