"""Listing the image files of one folder, for sources with their own scan code.

Hidden and AppleDouble files (``.DS_Store``, ``._000.png``) are skipped silently; any
other non-image file becomes a ``not_an_image`` problem, never the end of a scan.
"""

from __future__ import annotations

from pathlib import Path

from ..images import is_image_name
from .base import Problem, ScanResult, rel


def image_files(folder: Path, root: Path, result: ScanResult) -> list[Path]:
    """Image files directly in ``folder``, sorted by name; other files are reported."""
    if not folder.is_dir():
        return []
    out = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry.is_dir():
            continue
        if is_image_name(entry.name):
            out.append(entry)
        else:
            result.problems.append(
                Problem(
                    rel(entry, root),
                    "not_an_image",
                    "non-image file in an image folder; only image files (.png, .jpg, .bmp, "
                    ".tif) are read. Move it out of the dataset.",
                )
            )
    return out


def missing_mask(image: Path, root: Path, expected: Path) -> Problem:
    return Problem(
        rel(image, root),
        "missing_mask",
        f"anomalous image without a mask; expected {rel(expected, root)}. Restore the mask "
        f"from the release.",
    )


def orphan_mask(mask: Path, root: Path) -> Problem:
    return Problem(rel(mask, root), "orphan_mask", "mask with no matching image; it was ignored.")


def stray_entry(entry: Path, root: Path, expected: str) -> Problem:
    return Problem(
        rel(entry, root),
        "stray_file",
        f"unexpected entry; expected {expected}. Move or delete it.",
    )
