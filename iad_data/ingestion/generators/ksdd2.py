"""KolektorSDD2's layout: ``{train,test}/<id>.png`` each with an ``<id>_GT.png`` mask.

Normal images have all-zero masks; images are RGB and tall (about 230 x 630 released).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from iad_data.ingestion.generators.core import SyntheticTree, draw_sample, save_image, save_mask
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import record


def write_ksdd2(
    root: Path,
    *,
    n_train_good: int = 3,
    n_train_bad: int = 2,
    n_test_good: int = 2,
    n_test_bad: int = 2,
    size: int = 32,
    seed: int = 0,
) -> SyntheticTree:
    tree = SyntheticTree(root, "ksdd2")
    rng = np.random.default_rng([seed, 9100])
    part = make_part(rng, "texture", gray=False)
    width, height = size, size * 11 // 4
    number = 10000
    for split, good, bad in (
        ("train", n_train_good, n_train_bad),
        ("test", n_test_good, n_test_bad),
    ):
        flags = [False] * good + [True] * bad
        rng.shuffle(flags)  # defective images are interleaved, not grouped
        for defective in flags:
            number += 1
            drawn = draw_sample(rng, part, width, height, "stain" if defective else None)
            image_rel = f"{split}/{number}.png"
            mask_rel = f"{split}/{number}_GT.png"
            save_image(drawn.image, root / image_rel)
            empty = np.zeros((height, width), dtype=bool)
            save_mask(drawn.mask if drawn.mask is not None else empty, root / mask_rel)
            label = "anomaly" if defective else "normal"
            record(
                tree,
                image_rel,
                "kolektorsdd2",
                split,
                label,
                "defect" if defective else "good",
                drawn,
                [mask_rel],
            )
    return tree
