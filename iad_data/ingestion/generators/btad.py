"""BTAD's layout: ``<product>/{train,test}/{ok,ko}``, masks of the same stem in ``ground_truth/ko``.

Product 01 and 03 images are ``.bmp`` and 02's are ``.png``; masks are ``.png`` except
product 03's, which are ``.bmp`` (as released, before anomalib converts them).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from iad_data.ingestion.generators.core import SyntheticTree, draw_sample
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import write_drawn

PRODUCTS: dict[str, tuple[str, str, float]] = {
    "01": (".bmp", ".png", 1.0),
    "02": (".png", ".png", 1.0),
    "03": (".bmp", ".bmp", 4 / 3),
}
"""product -> (image extension, mask extension, width / height)"""


def write_btad(
    root: Path,
    *,
    categories: list[str] | None = None,
    n_train: int = 4,
    n_test_good: int = 2,
    n_test_bad: int = 3,
    size: int = 64,
    seed: int = 0,
) -> SyntheticTree:
    tree = SyntheticTree(root, "btad")
    for index, product in enumerate(categories or sorted(PRODUCTS)):
        image_ext, mask_ext, aspect = PRODUCTS[product]
        rng = np.random.default_rng([seed, 4000 + index])
        part = make_part(rng, "texture" if product == "03" else "object", gray=False)
        width, height = int(size * aspect), size
        plan = [("train", "ok", n_train), ("test", "ok", n_test_good), ("test", "ko", n_test_bad)]
        for split, folder, count in plan:
            for i in range(count):
                drawn = draw_sample(rng, part, width, height, "scratch" if folder == "ko" else None)
                write_drawn(
                    tree,
                    drawn,
                    f"{product}/{split}/{folder}/{i:04d}{image_ext}",
                    f"{product}/ground_truth/ko/{i:04d}{mask_ext}",
                    product,
                    split,
                    "anomaly" if folder == "ko" else "normal",
                    folder,
                )
    return tree
