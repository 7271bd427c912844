"""MVTec LOCO AD's layout: a ``validation`` split, and a folder of masks per anomalous image.

Every other anomalous image gets two defects saved as two mask files
(``ground_truth/<type>/<stem>/000.png`` and ``001.png``) with values below 255 (236, 245),
as screw_bag's are; ``defects_config.json`` maps those values to defect names.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from iad_data.ingestion.generators.core import SyntheticTree, draw_sample, save_image, save_mask
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import per_box, record
from iad_data.ingestion.sources.mvtec_loco import MVTecLOCO

LOCO_CATEGORIES = MVTecLOCO.categories
ANOMALY_TYPES = ("logical_anomalies", "structural_anomalies")
MASK_VALUES = (236, 245)
"""pixel values of the first and second mask file of an image (screw_bag ranges 236..255)"""


def write_mvtec_loco(
    root: Path,
    *,
    categories: list[str] | None = None,
    n_train: int = 3,
    n_validation: int = 2,
    n_test_good: int = 2,
    n_test_per_type: int = 2,
    size: int = 64,
    seed: int = 0,
) -> SyntheticTree:
    tree = SyntheticTree(root, "mvtec-loco")
    for index, category in enumerate(categories or list(LOCO_CATEGORIES)):
        rng = np.random.default_rng([seed, 5000 + index])
        part = make_part(rng, "object", gray=False)
        width, height = size + size // 4, size  # LOCO images are landscape
        plan = [("train", n_train), ("validation", n_validation), ("test", n_test_good)]
        for split, count in plan:
            for i in range(count):
                drawn = draw_sample(rng, part, width, height, None)
                image_rel = f"{category}/{split}/good/{i:03d}.png"
                save_image(drawn.image, root / image_rel)
                record(tree, image_rel, category, split, "normal", "good")
        for kind in ANOMALY_TYPES:
            for i in range(n_test_per_type):
                defect = "combined" if i % 2 == 0 else "missing"
                drawn = draw_sample(rng, part, width, height, defect)
                image_rel = f"{category}/test/{kind}/{i:03d}.png"
                save_image(drawn.image, root / image_rel)
                masks = []
                for n, mask in enumerate(per_box(drawn)):
                    mask_rel = f"{category}/ground_truth/{kind}/{i:03d}/{n:03d}.png"
                    save_mask(mask, root / mask_rel, value=MASK_VALUES[n % len(MASK_VALUES)])
                    masks.append(mask_rel)
                record(tree, image_rel, category, "test", "anomaly", kind, drawn, masks)
        config = [
            {
                "defect_name": f"defect_{n}",
                "pixel_value": value,
                "saturation_threshold": 1,
                "relative_saturation": True,
            }
            for n, value in enumerate(MASK_VALUES)
        ]
        (root / category / "defects_config.json").write_text(json.dumps(config, indent=2) + "\n")
    return tree
