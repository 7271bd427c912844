"""Real-IAD's layout: per-category JSON files and five camera views per physical sample.

``realiad_<res>/<cat>/OK/S0001/<cat>_0001_OK_C1_<ts>.jpg`` for good samples,
``realiad_<res>/<cat>/NG/<CODE>/S0001/<cat>__0001_NG_<CODE>_C1_<ts>.jpg`` (note the double
underscore) with a same-stem ``.png`` mask for defective ones, and
``realiad_jsons/<cat>.json`` (or the nested ``realiad_jsons/realiad_jsons/``) whose rows
hold exactly ``category``, ``anomaly_class``, ``image_path`` and ``mask_path``. In each
defective sample, view C4 has no mask (``mask_path: null``) and view C5 an all-zero one:
the two ways a view that does not show the defect appears in the release.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from iad_data.ingestion.generators.core import SyntheticTree, draw_sample, save_image, save_mask
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import record

REAL_IAD_CODES = ("AK", "BX", "HS", "QS", "ZW")
CODE_NAMES = {
    "AK": "pit",
    "BX": "deformation",
    "HS": "scratch",
    "QS": "missing_parts",
    "ZW": "contamination",
}
HIDDEN_NO_MASK = 4
HIDDEN_EMPTY_MASK = 5


def write_real_iad(
    root: Path,
    *,
    categories: list[str] | None = None,
    n_train: int = 2,
    n_test_ok: int = 1,
    n_test_ng: int = 2,
    views: int = 5,
    size: int = 48,
    seed: int = 0,
    resolution: str = "1024",
    nested_jsons: bool = False,
) -> SyntheticTree:
    """``n_*`` count physical samples, each photographed from ``views`` cameras."""
    tree = SyntheticTree(root, "real-iad")
    json_dir = root / "realiad_jsons" / ("realiad_jsons" if nested_jsons else "")
    for index, category in enumerate(categories or ["audiojack", "pcb"]):
        rng = np.random.default_rng([seed, 8000 + index])
        part = make_part(rng, "object", gray=False)
        base = f"realiad_{resolution}/{category}"
        rows: dict[str, list[dict[str, Any]]] = {"train": [], "test": []}
        number = 0
        for split, count in (("train", n_train), ("test", n_test_ok)):
            for _ in range(count):
                number += 1
                for view in range(1, views + 1):
                    stem = f"{category}_{number:04d}_OK_C{view}_2023092209{number:02d}{view:02d}"
                    image = f"OK/S{number:04d}/{stem}.jpg"
                    drawn = draw_sample(rng, part, size, size, None)
                    save_image(drawn.image, root / base / image)
                    rows[split].append(_row(category, "OK", image, None))
                    record(tree, f"{base}/{image}", category, split, "normal", "good")
        for n in range(n_test_ng):
            code = REAL_IAD_CODES[n % len(REAL_IAD_CODES)]
            number = n + 1
            for view in range(1, views + 1):
                stem = (
                    f"{category}__{number:04d}_NG_{code}_C{view}_2023102311{number:02d}{view:02d}"
                )
                folder = f"NG/{code}/S{number:04d}"
                image = f"{folder}/{stem}.jpg"
                hidden = view in (HIDDEN_NO_MASK, HIDDEN_EMPTY_MASK)
                drawn = draw_sample(rng, part, size, size, None if hidden else CODE_NAMES[code])
                save_image(drawn.image, root / base / image)
                mask: str | None = f"{folder}/{stem}.png"
                if view == HIDDEN_NO_MASK:
                    mask = None
                else:
                    empty = np.zeros((size, size), dtype=bool)
                    save_mask(
                        drawn.mask if drawn.mask is not None else empty,
                        root / base / f"{folder}/{stem}.png",
                    )
                rows["test"].append(_row(category, code, image, mask))
                label = "normal" if hidden else "anomaly"
                masks = [f"{base}/{mask}"] if mask else []
                record(
                    tree, f"{base}/{image}", category, "test", label, CODE_NAMES[code], drawn, masks
                )
        data = {"meta": {"prefix": category, "normal_class": "OK", "pre_transform": None}, **rows}
        json_dir.mkdir(parents=True, exist_ok=True)
        (json_dir / f"{category}.json").write_text(json.dumps(data, indent=1) + "\n")
    return tree


def _row(category: str, anomaly_class: str, image: str, mask: str | None) -> dict[str, Any]:
    return {
        "category": category,
        "anomaly_class": anomaly_class,
        "image_path": image,
        "mask_path": mask,
    }
