"""Mask -> regions: connected components, boxes and IAD-R1's 3x3 location words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from iad_data.core.sample import GRID_WORDS, Region

_EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)


def grid_word(x: float, y: float, width: int, height: int) -> str:
    """The 3x3 cell of a point; boundaries at thirds of the width and height."""
    col = min(2, max(0, int(3 * x / width)))
    row = min(2, max(0, int(3 * y / height)))
    return GRID_WORDS[row * 3 + col]


def _bands(size: int) -> tuple[int, int, int, int]:
    """Edges of the three thirds, so that ``grid_word``'s ``int(3 * i / size)`` agrees."""
    return 0, -(-size // 3), -(-2 * size // 3), size


def _cell_counts(crop: NDArray[np.bool_], oy: int, ox: int, height: int, width: int) -> list[int]:
    """Defect pixels per 3x3 cell (row-major), counted on the crop at offset (oy, ox)."""
    rows, cols = _bands(height), _bands(width)
    h, w = crop.shape
    counts = []
    for r in range(3):
        y1, y2 = max(rows[r] - oy, 0), min(rows[r + 1] - oy, h)
        for c in range(3):
            x1, x2 = max(cols[c] - ox, 0), min(cols[c + 1] - ox, w)
            counts.append(int(np.count_nonzero(crop[y1:y2, x1:x2])) if y1 < y2 and x1 < x2 else 0)
    return counts


def _best_cell(counts: list[int]) -> str | None:
    best = max(range(9), key=lambda i: (counts[i], -i))
    return GRID_WORDS[best] if counts[best] else None


def dominant_cell(mask: NDArray[np.bool_]) -> str | None:
    """The grid word of the cell that holds most of the mask's area (ties: row-major first)."""
    height, width = mask.shape
    return _best_cell(_cell_counts(mask, 0, 0, height, width))


def bounding_crop(mask: NDArray[np.bool_]) -> tuple[NDArray[np.bool_], int, int]:
    """The mask cut to its bounding box, with the box's (y, x) offset; empty when no pixel."""
    row_hits = np.flatnonzero(mask.any(axis=1))
    if row_hits.size == 0:
        return mask[:0, :0], 0, 0
    col_hits = np.flatnonzero(mask.any(axis=0))
    oy, ox = int(row_hits[0]), int(col_hits[0])
    return mask[oy : int(row_hits[-1]) + 1, ox : int(col_hits[-1]) + 1], oy, ox


@dataclass(frozen=True, slots=True)
class MaskSummary:
    """What a sample row needs from its mask: regions (as stored), dominant cell, area."""

    regions: list[dict[str, Any]]
    location: str | None
    area_px: int


def summarise_crop(
    crop: NDArray[np.bool_], oy: int, ox: int, height: int, width: int
) -> MaskSummary:
    """Regions, dominant cell and defect area of a mask given as its bounding-box crop.

    Everything is computed on the crop (defects are small): 8-connected labelling,
    ``find_objects`` for the boxes, then areas and centroids from per-row and per-column
    counts inside each component's box.
    Regions are plain dicts in ``Region.model_dump(mode="json")`` shape; validating a
    pydantic model per region cost more than finding it.
    """
    if crop.size == 0 or not crop.any():
        return MaskSummary([], None, 0)
    labelled, _ = ndimage.label(crop, structure=_EIGHT_CONNECTED)
    total = float(width * height)
    out: list[dict[str, Any]] = []
    area_px = 0
    for i, sl in enumerate(ndimage.find_objects(labelled), start=1):
        if sl is None:
            continue
        # per component, on its own box: pixel counts per row and column give area and centroid
        part = labelled[sl] == i
        per_row = np.count_nonzero(part, axis=1)
        per_col = np.count_nonzero(part, axis=0)
        area = int(per_row.sum())
        area_px += area
        y1, y2 = oy + sl[0].start, oy + sl[0].stop - 1
        x1, x2 = ox + sl[1].start, ox + sl[1].stop - 1
        cy = oy + float(per_row @ np.arange(sl[0].start, sl[0].stop)) / area
        cx = ox + float(per_col @ np.arange(sl[1].start, sl[1].stop)) / area
        out.append(
            {
                "bbox": [x1, y1, x2, y2],
                "bbox_norm": [
                    round(x1 / width, 6),
                    round(y1 / height, 6),
                    round((x2 + 1) / width, 6),
                    round((y2 + 1) / height, 6),
                ],
                "area_px": area,
                "area_fraction": round(area / total, 8),
                "centroid": [round(cx, 3), round(cy, 3)],
                "location": grid_word(cx, cy, width, height),
            }
        )
    out.sort(key=lambda r: (r["bbox"][1], r["bbox"][0]))
    return MaskSummary(out, _best_cell(_cell_counts(crop, oy, ox, height, width)), area_px)


def regions_from_mask(mask: NDArray[np.bool_]) -> list[Region]:
    """One region per 8-connected component, ordered top-to-bottom, left-to-right."""
    height, width = mask.shape
    crop, oy, ox = bounding_crop(mask)
    return [Region.model_validate(r) for r in summarise_crop(crop, oy, ox, height, width).regions]
