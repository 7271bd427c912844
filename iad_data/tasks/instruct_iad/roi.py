"""Expert regions of interest: the boxes an ROI-aware image tokenizer looks at closely.

Two sources, each box stored with where it came from:

- ``ground_truth`` (default): one box per mask region of the sample, as ingested;
- ``expert_map``: a user's anomaly heat map per image (``--expert-maps DIR``), turned into
  boxes by ``boxes_from_map``: normalise the map to [0, 1] (min-max), keep pixels at or above
  ``threshold`` (0.5 by default; Triad thresholds MuSc maps at 0.9), split them into
  8-connected components, drop components smaller than ``min_area_fraction`` of the map,
  keep the ``max_boxes`` with the highest peak, and scale the boxes to the image size.

A map is found by ``find_expert_map`` with the naming rule in ``MAP_NAMES``: the sample id, or
the image's path relative to its benchmark root (with or without the dataset folder in front),
with ``.npy`` or ``.png`` in place of the image's suffix.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from PIL import Image
from pydantic import BaseModel, ConfigDict, Field
from scipy import ndimage

from iad_data.core.regions import grid_word
from iad_data.core.sample import LocationWord, Sample
from iad_data.errors import InputError
from iad_data.tasks.instruct_iad.options import InstructOptions

RoiSource = Literal["ground_truth", "expert_map"]
MAP_SUFFIXES = (".npy", ".png")
MAP_NAMES = (
    "{sample_id}{suffix}",
    "{image_stem}{suffix}",
    "{dataset}/{image_stem}{suffix}",
)
"""Names tried under the maps folder, in order; ``image_stem`` is the image's path relative
to the benchmark root without its suffix (``bottle/test/broken_large/000``)."""

DEFAULT_THRESHOLD: float = InstructOptions.model_fields["roi_threshold"].default
DEFAULT_MIN_AREA_FRACTION = 0.0005
DEFAULT_MAX_BOXES = 4

_EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)


class RoiBox(BaseModel):
    """One region of interest in the image's pixel frame."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    bbox: tuple[int, int, int, int] = Field(description="x1, y1, x2, y2 inclusive pixel indices")
    bbox_norm: tuple[float, float, float, float] = Field(
        description="x1 / W, y1 / H, (x2 + 1) / W, (y2 + 1) / H"
    )
    location: LocationWord = Field(description="3x3 grid cell of the box centre")
    source: RoiSource
    score: float | None = Field(
        default=None, description="peak of the normalised heat map inside the box (expert maps)"
    )
    map_file: str | None = Field(default=None, description="heat map file the box came from")
    threshold: float | None = Field(default=None, description="threshold used on that map")


def _box(x1: int, y1: int, x2: int, y2: int, width: int, height: int, **extra: Any) -> RoiBox:
    cx, cy = (x1 + x2 + 1) / 2, (y1 + y2 + 1) / 2
    return RoiBox(
        bbox=(x1, y1, x2, y2),
        bbox_norm=(
            round(x1 / width, 6),
            round(y1 / height, 6),
            round((x2 + 1) / width, 6),
            round((y2 + 1) / height, 6),
        ),
        location=grid_word(cx, cy, width, height),  # type: ignore[arg-type]
        **extra,
    )


def rois_from_regions(sample: Sample) -> list[RoiBox]:
    """One ``ground_truth`` box per mask region (none for normal samples)."""
    return [
        _box(*region.bbox, sample.width, sample.height, source="ground_truth")
        for region in sample.regions
    ]


def find_expert_map(maps_dir: Path, sample: Sample) -> Path | None:
    """The heat map of ``sample`` under ``maps_dir`` by the ``MAP_NAMES`` rule, or None."""
    stem = PurePosixPath(sample.image_path).with_suffix("").as_posix()
    for pattern in MAP_NAMES:
        for suffix in MAP_SUFFIXES:
            name = pattern.format(
                sample_id=sample.sample_id, image_stem=stem, dataset=sample.dataset, suffix=suffix
            )
            path = maps_dir / name
            if path.is_file():
                return path
    return None


def read_heat_map(path: Path) -> NDArray[np.float64]:
    """A 2-D float map from ``.npy`` (any numeric dtype) or ``.png`` (grey levels)."""
    try:
        if path.suffix == ".npy":
            data = np.load(path, allow_pickle=False)
        else:
            with Image.open(path) as img:
                data = np.asarray(img.convert("F") if img.mode not in ("I", "F") else img)
    except (OSError, ValueError) as exc:
        raise InputError(
            f"expert map {path} cannot be read ({exc}); write it with numpy.save or as a "
            f"greyscale PNG."
        ) from None
    data = np.squeeze(np.asarray(data))
    if data.ndim != 2 or not np.issubdtype(data.dtype, np.number):
        raise InputError(
            f"expert map {path} has shape {data.shape} and dtype {data.dtype}; expected one "
            f"2-D numeric heat map (H x W)."
        )
    out = data.astype(np.float64)
    if not np.isfinite(out).all():
        raise InputError(f"expert map {path} holds NaN or infinite values; replace them first.")
    return out


def boxes_from_map(
    heat: NDArray[np.floating[Any]],
    width: int,
    height: int,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_area_fraction: float = DEFAULT_MIN_AREA_FRACTION,
    max_boxes: int = DEFAULT_MAX_BOXES,
    map_file: str | None = None,
) -> list[RoiBox]:
    """Boxes of the hot regions of ``heat`` in an image of ``width`` x ``height`` (module rule)."""
    if not 0.0 < threshold <= 1.0:
        raise InputError(f"ROI threshold must be in (0, 1], got {threshold}.")
    low, high = float(heat.min()), float(heat.max())
    if high - low <= 1e-12:
        return []  # a flat map points nowhere
    norm = (heat - low) / (high - low)
    labelled, count = ndimage.label(norm >= threshold, structure=_EIGHT_CONNECTED)
    if count == 0:
        return []
    ids = np.arange(1, count + 1)
    areas = np.asarray(ndimage.sum_labels(np.ones_like(norm), labelled, ids))
    peaks = np.asarray(ndimage.maximum(norm, labelled, ids))
    slices = ndimage.find_objects(labelled)
    map_h, map_w = heat.shape
    min_area = max(1.0, min_area_fraction * map_h * map_w)
    kept = [i for i in range(count) if areas[i] >= min_area and slices[i] is not None]
    kept.sort(key=lambda i: (-float(peaks[i]), -float(areas[i]), i))
    sx, sy = width / map_w, height / map_h
    out = []
    for i in kept[:max_boxes]:
        rows, cols = slices[i]
        x1 = min(width - 1, int(np.floor(cols.start * sx)))
        y1 = min(height - 1, int(np.floor(rows.start * sy)))
        x2 = max(x1, min(width - 1, int(np.ceil(cols.stop * sx)) - 1))
        y2 = max(y1, min(height - 1, int(np.ceil(rows.stop * sy)) - 1))
        out.append(
            _box(
                x1,
                y1,
                x2,
                y2,
                width,
                height,
                source="expert_map",
                score=round(float(peaks[i]), 6),
                map_file=map_file,
                threshold=threshold,
            )
        )
    return out


def expert_rois(
    maps_dir: Path,
    sample: Sample,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_area_fraction: float = DEFAULT_MIN_AREA_FRACTION,
    max_boxes: int = DEFAULT_MAX_BOXES,
) -> list[RoiBox] | None:
    """Boxes from the sample's expert map; None when the folder holds no map for it."""
    path = find_expert_map(maps_dir, sample)
    if path is None:
        return None
    return boxes_from_map(
        read_heat_map(path),
        sample.width,
        sample.height,
        threshold=threshold,
        min_area_fraction=min_area_fraction,
        max_boxes=max_boxes,
        map_file=path.relative_to(maps_dir).as_posix(),
    )


def check_maps_dir(maps_dir: Path, samples: Sequence[Sample]) -> None:
    """Refuse a folder that is missing or matches none of the samples (a naming mistake)."""
    if not maps_dir.is_dir():
        raise InputError(f"--expert-maps {maps_dir} is not a folder.")
    if samples and all(find_expert_map(maps_dir, s) is None for s in samples):
        example = samples[0]
        stem = PurePosixPath(example.image_path).with_suffix("").as_posix()
        raise InputError(
            f"--expert-maps {maps_dir} holds no map for any of the {len(samples)} samples. Name "
            f"each map after its sample id or image path, e.g. {example.sample_id}.npy or "
            f"{stem}.png (see docs/instruct.md)."
        )


__all__ = [
    "DEFAULT_THRESHOLD",
    "MAP_NAMES",
    "RoiBox",
    "boxes_from_map",
    "check_maps_dir",
    "expert_rois",
    "find_expert_map",
    "read_heat_map",
    "rois_from_regions",
]
