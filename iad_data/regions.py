"""Mask -> regions: connected components, boxes and IAD-R1's 3x3 location words."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from .sample import GRID_WORDS, Region

_EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)


def grid_word(x: float, y: float, width: int, height: int) -> str:
    """The 3x3 cell of a point; boundaries at thirds of the width and height."""
    col = min(2, max(0, int(3 * x / width)))
    row = min(2, max(0, int(3 * y / height)))
    return GRID_WORDS[row * 3 + col]


def dominant_cell(mask: NDArray[np.bool_]) -> str | None:
    """The grid word of the cell that holds most of the mask's area (ties: row-major first)."""
    height, width = mask.shape
    if not mask.any():
        return None
    rows = np.minimum(2, (3 * np.arange(height)) // height)
    cols = np.minimum(2, (3 * np.arange(width)) // width)
    per_row = np.stack([mask[rows == r].sum(axis=0) for r in range(3)])  # 3 x W
    counts = np.stack([per_row[:, cols == c].sum(axis=1) for c in range(3)], axis=1)  # 3 x 3
    return GRID_WORDS[int(np.argmax(counts.ravel()))]


def regions_from_mask(mask: NDArray[np.bool_]) -> list[Region]:
    """One region per 8-connected component, ordered top-to-bottom, left-to-right."""
    height, width = mask.shape
    labelled, count = ndimage.label(mask, structure=_EIGHT_CONNECTED)
    if count == 0:
        return []
    slices = ndimage.find_objects(labelled)
    index = np.arange(1, count + 1)
    areas = ndimage.sum_labels(mask, labelled, index)
    centroids = ndimage.center_of_mass(mask, labelled, index)
    total = float(width * height)
    out: list[Region] = []
    for sl, area, (cy, cx) in zip(slices, areas, centroids, strict=True):
        if sl is None:
            continue
        y1, y2 = sl[0].start, sl[0].stop - 1
        x1, x2 = sl[1].start, sl[1].stop - 1
        out.append(
            Region(
                bbox=(x1, y1, x2, y2),
                bbox_norm=(
                    round(x1 / width, 6),
                    round(y1 / height, 6),
                    round((x2 + 1) / width, 6),
                    round((y2 + 1) / height, 6),
                ),
                area_px=int(area),
                area_fraction=round(float(area) / total, 8),
                centroid=(round(float(cx), 3), round(float(cy), 3)),
                location=grid_word(float(cx), float(cy), width, height),  # type: ignore[arg-type]
            )
        )
    out.sort(key=lambda r: (r.bbox[1], r.bbox[0]))
    return out
