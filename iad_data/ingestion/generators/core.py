"""What every layout writer shares: the manifest of what was drawn, and drawing one sample."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from iad_data.core.regions import dominant_cell
from iad_data.core.sample import GRID_WORDS
from iad_data.ingestion.generators.draw import (
    Part,
    defect_box,
    normal_image,
    paint_defect,
    shape_for,
)


@dataclass
class GeneratedImage:
    """One written image and the truth about it, for tests to compare with an ingest."""

    image_path: str
    category: str
    split: str
    label: str
    defect: str
    mask_paths: list[str] = field(default_factory=list)
    boxes: list[tuple[int, int, int, int]] = field(default_factory=list)
    """inclusive pixel box (x1, y1, x2, y2) of each painted defect: one per mask component"""
    location: str | None = None
    box_cells: list[str] = field(default_factory=list)
    """the 3x3 grid word of the cell each box was drawn in (same order as ``boxes``)"""


@dataclass
class SyntheticTree:
    root: Path
    layout: str
    images: list[GeneratedImage] = field(default_factory=list)

    def by_path(self) -> dict[str, GeneratedImage]:
        return {g.image_path: g for g in self.images}


@dataclass(frozen=True)
class Drawn:
    image: Image.Image
    mask: NDArray[np.bool_] | None
    boxes: list[tuple[int, int, int, int]]
    location: str | None
    box_cells: list[str] = field(default_factory=list)


def draw_sample(
    rng: np.random.Generator, part: Part, width: int, height: int, defect: str | None
) -> Drawn:
    """A normal image, or one with ``defect`` drawn (``combined``: two defects, two regions)."""
    img = normal_image(rng, part, width, height)
    if defect is None:
        return Drawn(img, None, [], None)
    shapes = [shape_for(defect)]
    if "combined" in defect:
        shapes = ["scratch", "stain"]
    cells: list[tuple[int, int]] = []
    while len(cells) < len(shapes):
        cell = (int(rng.integers(0, 3)), int(rng.integers(0, 3)))
        if all(abs(cell[0] - c[0]) + abs(cell[1] - c[1]) > 1 for c in cells):
            cells.append(cell)
    mask = np.zeros((height, width), dtype=bool)
    boxes = []
    for shape, cell in zip(shapes, cells, strict=True):
        painted = paint_defect(img, rng, shape, defect_box(rng, width, height, cell), part)
        mask |= painted
        ys, xs = np.nonzero(painted)
        boxes.append((int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())))
    words = [GRID_WORDS[row * 3 + col] for row, col in cells]
    return Drawn(img, mask, boxes, dominant_cell(mask), words)


def save_image(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix in (".jpg", ".jpeg"):
        img.save(path, format="JPEG", quality=92)
    elif suffix == ".bmp":
        img.save(path, format="BMP")
    else:
        img.save(path, format="PNG", compress_level=1)


def save_mask(mask: NDArray[np.bool_], path: Path, value: int = 255) -> None:
    """A single-channel mask with ``value`` on defect pixels (255 MVTec, class ids VisA)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    arr = mask.astype(np.uint8) * np.uint8(value)
    img = Image.fromarray(arr, "L")
    if path.suffix.lower() == ".bmp":
        img.save(path, format="BMP")
    else:
        img.save(path, format="PNG", compress_level=1)
