"""MVTec AD 2's layout: ``test_public`` with its own ``ground_truth``, flat private test splits.

File names are a three-digit number and a lighting condition (``000_regular.png``). The
private splits mix normal and anomalous images, as released, with no ground truth at all.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from iad_data.ingestion.generators.core import SyntheticTree, draw_sample, save_image
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import record, write_drawn
from iad_data.ingestion.sources.mvtec_ad2 import MVTecAD2

AD2_CATEGORIES = MVTecAD2.categories
CONDITIONS = ("regular", "overexposed", "underexposed", "shift_1")


def write_mvtec_ad2(
    root: Path,
    *,
    categories: list[str] | None = None,
    n_train: int = 3,
    n_validation: int = 1,
    n_test_good: int = 2,
    n_test_bad: int = 2,
    n_private: int = 2,
    n_private_mixed: int = 2,
    size: int = 64,
    seed: int = 0,
) -> SyntheticTree:
    tree = SyntheticTree(root, "mvtec-ad2")
    for index, category in enumerate(categories or list(AD2_CATEGORIES)):
        rng = np.random.default_rng([seed, 7000 + index])
        part = make_part(rng, "texture" if category == "fabric" else "object", gray=False)
        plan = [
            ("train", "train/good", n_train, False),
            ("validation", "validation/good", n_validation, False),
            ("test", "test_public/good", n_test_good, False),
            ("test", "test_public/bad", n_test_bad, True),
        ]
        for split, folder, count, bad in plan:
            for i in range(count):
                stem = f"{i:03d}_{CONDITIONS[i % len(CONDITIONS)]}"
                drawn = draw_sample(rng, part, size, size, "scratch" if bad else None)
                write_drawn(
                    tree,
                    drawn,
                    f"{category}/{folder}/{stem}.png",
                    f"{category}/test_public/ground_truth/bad/{stem}_mask.png",
                    category,
                    split,
                    "anomaly" if bad else "normal",
                    "bad" if bad else "good",
                )
        for folder, count in (("test_private", n_private), ("test_private_mixed", n_private_mixed)):
            for i in range(count):
                stem = f"{i:03d}_{CONDITIONS[i % len(CONDITIONS)]}"
                drawn = draw_sample(rng, part, size, size, "hole" if i % 2 else None)
                image_rel = f"{category}/{folder}/{stem}.png"
                save_image(drawn.image, root / image_rel)
                record(tree, image_rel, category, "test", "unlabeled", "unlabeled")
    return tree
