"""Procedural parts and defects: textured surfaces and object-like parts with drawn defects.

Everything is deterministic from a ``numpy`` generator, and every defect returns the exact
mask it painted, so tests can compare extracted regions with what was drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw

Kind = Literal["texture", "object"]
DefectShape = Literal["scratch", "hole", "stain", "missing"]

_SHAPE_WORDS: tuple[tuple[DefectShape, tuple[str, ...]], ...] = (
    ("missing", ("missing", "broken", "misplaced", "flip", "swap", "mismatch", "faulty", "split")),
    ("hole", ("hole", "poke", "pit", "dent", "flatten", "squeeze", "squeezed", "rough")),
    (
        "scratch",
        (
            "scratch",
            "cut",
            "crack",
            "thread",
            "bent",
            "fold",
            "stroke",
            "wire",
            "lead",
            "teeth",
            "border",
            "manipulated",
            "abrasion",
        ),
    ),
)


def shape_for(defect: str) -> DefectShape:
    """A drawing style for a defect name (contamination, color, glue, oil ... are stains)."""
    name = defect.lower()
    for shape, words in _SHAPE_WORDS:
        if any(w in name for w in words):
            return shape
    return "stain"


@dataclass(frozen=True)
class Part:
    """What a normal image looks like: kept per category so all its images agree."""

    kind: Kind
    base: tuple[int, int, int]
    accent: tuple[int, int, int]
    gray: bool


def make_part(rng: np.random.Generator, kind: Kind, gray: bool) -> Part:
    b = [int(v) for v in rng.integers(60, 200, size=3)]
    a = [int(v) for v in rng.integers(30, 230, size=3)]
    if gray:
        b, a = [b[0]] * 3, [a[0]] * 3
    base, accent = (b[0], b[1], b[2]), (a[0], a[1], a[2])
    return Part(kind, base, accent, gray)


def normal_image(rng: np.random.Generator, part: Part, width: int, height: int) -> Image.Image:
    """A defect-free image: a striped, noisy texture, or an object on a plain background."""
    if part.kind == "texture":
        yy, xx = np.mgrid[0:height, 0:width]
        period = 6 + rng.integers(0, 6)
        stripes = (np.sin((xx + yy * 0.5) * (2 * np.pi / period)) * 12).astype(np.int16)
        noise = rng.integers(-10, 11, size=(height, width), dtype=np.int16)
        arr = np.empty((height, width, 3), dtype=np.uint8)
        for c in range(3):
            arr[..., c] = np.clip(part.base[c] + stripes + noise, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, "RGB")
    else:
        img = Image.new("RGB", (width, height), tuple(v // 3 for v in part.base))
        draw = ImageDraw.Draw(img)
        jitter = rng.integers(-width // 40 - 1, width // 40 + 1, size=2)
        cx, cy = width // 2 + int(jitter[0]), height // 2 + int(jitter[1])
        r = int(min(width, height) * 0.36)
        draw.ellipse(
            (cx - r, cy - r, cx + r, cy + r),
            fill=part.base,
            outline=part.accent,
            width=max(2, r // 12),
        )
        inner = r // 3
        draw.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), fill=part.accent)
        # Sensor noise: real photos have it, and it gives files a realistic size.
        noise = rng.integers(-6, 7, size=(height, width, 1), dtype=np.int16)
        img = Image.fromarray(
            np.clip(np.asarray(img, dtype=np.int16) + noise, 0, 255).astype(np.uint8)
        )
    return img.convert("L") if part.gray else img


def defect_box(
    rng: np.random.Generator, width: int, height: int, cell: tuple[int, int] | None = None
) -> tuple[int, int, int, int]:
    """A box well inside one 3x3 cell (row, col), chosen at random when not given."""
    row, col = cell if cell is not None else (int(rng.integers(0, 3)), int(rng.integers(0, 3)))
    cw, ch = width // 3, height // 3
    size_w = max(4, int(cw * rng.uniform(0.3, 0.6)))
    size_h = max(4, int(ch * rng.uniform(0.3, 0.6)))
    x1 = col * cw + int(rng.integers(cw // 10, max(cw // 10 + 1, cw - size_w - cw // 10)))
    y1 = row * ch + int(rng.integers(ch // 10, max(ch // 10 + 1, ch - size_h - ch // 10)))
    return x1, y1, x1 + size_w - 1, y1 + size_h - 1


def paint_defect(
    img: Image.Image,
    rng: np.random.Generator,
    shape: DefectShape,
    box: tuple[int, int, int, int],
    part: Part,
) -> NDArray[np.bool_]:
    """Paint one defect inside ``box`` and return exactly the pixels it changed as a mask."""
    mask_img = Image.new("L", img.size, 0)
    mdraw = ImageDraw.Draw(mask_img)
    x1, y1, x2, y2 = box
    if shape == "scratch":
        thickness = max(2, (x2 - x1) // 10)
        pts = [(x1, y1 + (y2 - y1) // 3), ((x1 + x2) // 2, y2), (x2, y1)]
        mdraw.line(pts, fill=255, width=thickness)
    elif shape == "hole":
        mdraw.ellipse(box, fill=255)
    elif shape == "missing":
        mdraw.polygon([(x1, y1), (x2, y1), (x2, y2), ((x1 + x2) // 2, y2)], fill=255)
    else:
        mdraw.ellipse(box, fill=255)
        mdraw.rectangle(((x1 + x2) // 2, y1 + (y2 - y1) // 4, x2, y2 - (y2 - y1) // 4), fill=255)
    colour = {
        "scratch": tuple(min(255, v + 90) for v in part.base),
        "hole": (8, 8, 8),
        "missing": tuple(v // 3 for v in part.base),
        "stain": tuple(int(v) for v in rng.integers(0, 256, size=3)),
    }[shape]
    if part.gray:
        colour = (sum(colour) // 3,) * 3
    # Thick lines spill past their end points: clip to the box so the box is the truth.
    painted = np.zeros((img.height, img.width), dtype=bool)
    painted[y1 : y2 + 1, x1 : x2 + 1] = np.asarray(mask_img)[y1 : y2 + 1, x1 : x2 + 1] > 0
    fill = colour[0] if img.mode == "L" else colour
    img.paste(fill, (0, 0), Image.fromarray(painted.astype(np.uint8) * np.uint8(255), "L"))
    return painted
