"""The canonical sample model: one row per image, whatever benchmark it came from.

Every later stage (teachers, validators, splits, publishing) reads this model, and the
parquet table, the JSON Schema in ``schemas/`` and the published features derive from it.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

LocationWord = Literal[
    "top left",
    "top",
    "top right",
    "left",
    "center",
    "right",
    "bottom left",
    "bottom",
    "bottom right",
]
"""IAD-R1's 3x3 location words, row-major: the words its location reward reads."""

GRID_WORDS: tuple[str, ...] = get_args(LocationWord)


class Label(StrEnum):
    NORMAL = "normal"
    ANOMALY = "anomaly"
    UNLABELED = "unlabeled"
    """A split the benchmark publishes without ground truth (e.g. MVTec AD 2 test_private)."""


class SourceSplit(StrEnum):
    TRAIN = "train"
    VALIDATION = "validation"
    TEST = "test"


NORMAL_DEFECT_TYPE = "good"
"""``defect_type`` of every normal sample, whatever the benchmark calls its normal folder."""

Fraction = Annotated[float, Field(ge=0.0, le=1.0)]


class Region(BaseModel):
    """One connected component of a sample's mask.

    Pixel boxes are inclusive ``(x1, y1, x2, y2)`` pixel indices (Triad's convention);
    normalised boxes are ``(x1 / W, y1 / H, (x2 + 1) / W, (y2 + 1) / H)`` in [0, 1].
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    bbox: tuple[int, int, int, int] = Field(description="x1, y1, x2, y2 inclusive pixel indices")
    bbox_norm: tuple[Fraction, Fraction, Fraction, Fraction] = Field(
        description="x1, y1, x2, y2 as fractions of width and height (x2, y2 exclusive)"
    )
    area_px: int = Field(ge=1)
    area_fraction: Fraction
    centroid: tuple[float, float] = Field(description="x, y in pixels")
    location: LocationWord = Field(description="3x3 grid cell of the centroid")


class Sample(BaseModel):
    """One image of a benchmark, with its label, defect type and mask regions."""

    model_config = ConfigDict(extra="forbid")

    sample_id: str = Field(description="stable id from dataset, category and relative image path")
    group_id: str = Field(
        description="samples that must never be separated by a split (views of one physical part)"
    )
    dataset: str
    category: str
    source_split: SourceSplit
    label: Label
    defect_type: str = Field(description="normalised snake_case; 'good' for normal samples")
    defect_type_raw: str = Field(description="the benchmark's own name (folder, CSV label, code)")
    image_path: str = Field(description="POSIX path relative to the benchmark root")
    image_sha256: str
    width: int = Field(ge=1)
    height: int = Field(ge=1)
    mode: str = Field(description="PIL mode of the image as stored (L, RGB, ...)")
    mask_paths: list[str] = Field(default_factory=list)
    regions: list[Region] = Field(default_factory=list)
    location: LocationWord | None = Field(
        default=None, description="grid cell holding most of the defect area"
    )
    defect_area_fraction: Fraction = 0.0
    license: str
    extra: dict[str, Any] = Field(default_factory=dict)


def make_sample_id(dataset: str, category: str, rel_path: str) -> str:
    """Same id on every machine and every re-ingest: no absolute paths, no counters."""
    digest = hashlib.sha256(f"{dataset}\x00{category}\x00{rel_path}".encode()).hexdigest()
    return f"{dataset}.{category}.{digest[:16]}"


def normalise_defect_type(raw: str) -> str:
    """``'Broken Large'``, ``'broken-large'`` and ``'broken_large'`` all become ``broken_large``."""
    out = []
    for ch in raw.strip().lower():
        out.append(ch if ch.isalnum() else "_")
    text = "".join(out)
    while "__" in text:
        text = text.replace("__", "_")
    return text.strip("_") or "unknown"
