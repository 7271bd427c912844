"""Recording what a layout writer drew, and splitting a drawn mask into one file per defect."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from iad_data.ingestion.generators.core import (
    Drawn,
    GeneratedImage,
    SyntheticTree,
    save_image,
    save_mask,
)


def record(
    tree: SyntheticTree,
    image_rel: str,
    category: str,
    split: str,
    label: str,
    defect: str,
    drawn: Drawn | None = None,
    mask_paths: list[str] | None = None,
) -> GeneratedImage:
    """Append one image's truth to the manifest; boxes come from ``drawn`` for anomalies."""
    gen = GeneratedImage(image_rel, category, split, label, defect, list(mask_paths or []))
    if drawn is not None and label == "anomaly":
        gen.boxes = list(drawn.boxes)
        gen.location = drawn.location
        gen.box_cells = list(drawn.box_cells)
    tree.images.append(gen)
    return gen


def write_drawn(
    tree: SyntheticTree,
    drawn: Drawn,
    image_rel: str,
    mask_rel: str,
    category: str,
    split: str,
    label: str,
    defect: str,
) -> GeneratedImage:
    """Save a drawn image, and its 0/255 mask at ``mask_rel`` when it has one; record both."""
    save_image(drawn.image, tree.root / image_rel)
    masks = []
    if drawn.mask is not None:
        save_mask(drawn.mask, tree.root / mask_rel)
        masks = [mask_rel]
    return record(tree, image_rel, category, split, label, defect, drawn, masks)


def per_box(drawn: Drawn) -> list[NDArray[np.bool_]]:
    """The drawn mask cut into one mask per defect box (boxes never touch each other)."""
    assert drawn.mask is not None
    out = []
    for x1, y1, x2, y2 in drawn.boxes:
        part = np.zeros_like(drawn.mask)
        part[y1 : y2 + 1, x1 : x2 + 1] = drawn.mask[y1 : y2 + 1, x1 : x2 + 1]
        out.append(part)
    return out
