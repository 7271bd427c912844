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


def _bands(size: int) -> tuple[int, int, int, int]:
    """Edges of the three thirds, so that ``grid_word``'s ``int(3 * i / size)`` agrees."""
    return 0, -(-size // 3), -(-2 * size // 3), size


def dominant_cell(mask: NDArray[np.bool_]) -> str | None:
    """The grid word of the cell that holds most of the mask's area (ties: row-major first)."""
    height, width = mask.shape
    rows, cols = _bands(height), _bands(width)
    counts = [
        np.count_nonzero(mask[rows[r] : rows[r + 1], cols[c] : cols[c + 1]])
        for r in range(3)
        for c in range(3)
    ]
    best = max(range(9), key=lambda i: (counts[i], -i))
    return GRID_WORDS[best] if counts[best] else None


def regions_from_mask(mask: NDArray[np.bool_]) -> list[Region]:
    """One region per 8-connected component, ordered top-to-bottom, left-to-right.

    Labels only the mask's bounding box and sums per component with ``bincount`` over
    the defect pixels: defects are small, and full-image per-label passes
    (``ndimage.center_of_mass``) cost ~20 ms per 512x512 mask.
    """
    height, width = mask.shape
    row_hits = np.flatnonzero(mask.any(axis=1))
    if row_hits.size == 0:
        return []
    col_hits = np.flatnonzero(mask.any(axis=0))
    oy, ox = int(row_hits[0]), int(col_hits[0])
    crop = mask[oy : int(row_hits[-1]) + 1, ox : int(col_hits[-1]) + 1]
    labelled, count = ndimage.label(crop, structure=_EIGHT_CONNECTED)
    slices = ndimage.find_objects(labelled)
    ys, xs = np.nonzero(labelled)
    ids = labelled[ys, xs]
    areas = np.bincount(ids, minlength=count + 1)
    sum_x = np.bincount(ids, weights=xs, minlength=count + 1)
    sum_y = np.bincount(ids, weights=ys, minlength=count + 1)
    total = float(width * height)
    out: list[Region] = []
    for i, sl in enumerate(slices, start=1):
        if sl is None:
            continue
        y1, y2 = oy + sl[0].start, oy + sl[0].stop - 1
        x1, x2 = ox + sl[1].start, ox + sl[1].stop - 1
        area = int(areas[i])
        cx = ox + float(sum_x[i]) / area
        cy = oy + float(sum_y[i]) / area
        out.append(
            Region(
                bbox=(x1, y1, x2, y2),
                bbox_norm=(
                    round(x1 / width, 6),
                    round(y1 / height, 6),
                    round((x2 + 1) / width, 6),
                    round((y2 + 1) / height, 6),
                ),
                area_px=area,
                area_fraction=round(area / total, 8),
                centroid=(round(cx, 3), round(cy, 3)),
                location=grid_word(cx, cy, width, height),  # type: ignore[arg-type]
            )
        )
    out.sort(key=lambda r: (r.bbox[1], r.bbox[0]))
    return out
