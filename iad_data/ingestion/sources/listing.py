"""Listing the image files of one folder, for sources with their own scan code.

Hidden and AppleDouble files (``.DS_Store``, ``._000.png``) are skipped silently; any
other non-image file becomes a ``not_an_image`` problem, never the end of a scan.
"""

from __future__ import annotations

from pathlib import Path

from iad_data.core.images import is_image_name
from iad_data.ingestion.sources.base import Problem, ScanResult, rel, safe_relative


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
    return Problem(
        rel(mask, root),
        "orphan_mask",
        "mask with no matching image; it was ignored. Restore its image from the release, or "
        "delete the mask.",
    )


def stray_entry(entry: Path, root: Path, expected: str) -> Problem:
    return Problem(
        rel(entry, root),
        "stray_file",
        f"unexpected entry; expected {expected}. Move or delete it.",
    )


def report_orphans(
    folder: Path, used: set[Path], root: Path, result: ScanResult, *, folders: bool = False
) -> None:
    """Every visible file of ``folder`` (and sub-folder, with ``folders``: LOCO's mask folders)
    that no image claimed (not in ``used``) becomes an ``orphan_mask`` problem."""
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry in used:
            continue
        if entry.is_file() or (folders and entry.is_dir()):
            result.problems.append(orphan_mask(entry, root))


def paired_files(
    folder: Path,
    root: Path,
    result: ScanResult,
    *,
    mask_suffix: str,
    mask_extensions: tuple[str, ...],
    expected: str,
) -> list[tuple[Path, Path]]:
    """(image, mask) pairs of a folder that keeps every image beside its
    ``<stem><mask_suffix><ext>`` mask (KolektorSDD, KolektorSDD2).

    Non-image files, images without a mask and masks without an image are reported;
    ``expected`` says what belongs in the folder, for the non-image message.
    """
    files = [f for f in sorted(folder.iterdir()) if f.is_file() and not f.name.startswith(".")]
    masks = {f for f in files if f.stem.endswith(mask_suffix)}
    used: set[Path] = set()
    pairs = []
    for image in files:
        if image in masks:
            continue
        if not is_image_name(image.name):
            result.problems.append(
                Problem(
                    rel(image, root),
                    "not_an_image",
                    f"non-image file in {rel(folder, root)}/; only {expected} belong there. "
                    f"Move it out of the dataset.",
                )
            )
            continue
        found = [folder / f"{image.stem}{mask_suffix}{ext}" for ext in mask_extensions]
        mask = next((m for m in found if m in masks), None)
        if mask is None:
            result.problems.append(missing_mask(image, root, found[0]))
            continue
        used.add(mask)
        pairs.append((image, mask))
    for mask in sorted(masks - used):
        result.problems.append(orphan_mask(mask, root))
    return pairs


def listed_image(base: Path, text: str, root: Path, where: str, within: str) -> Path | Problem:
    """The image a CSV or JSON row names (``text``, relative to ``base``), or its problem.

    ``where`` names the row (``split_csv/1cls.csv row 7``); ``within`` says what paths must
    be relative to (``the VisA root``), for the message.
    """
    path = safe_relative(base, text)
    if path is None:
        return Problem(
            where,
            "path_escapes_root",
            f"names {text!r}, which leaves {within}; paths must be relative to {within} and "
            f"stay under it. Fix the path or drop the row.",
        )
    if not path.is_file():
        return Problem(
            where,
            "missing_file",
            f"names {rel(path, root)}, which does not exist under {root}. Restore it from the "
            f"release or drop the row.",
        )
    if not is_image_name(path.name):
        return Problem(
            where,
            "not_an_image",
            f"names {rel(path, root)}, not an image file (.png, .jpg, .bmp, .tif). Fix the "
            f"path or drop the row.",
        )
    return path
