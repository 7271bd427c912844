"""The MVTec AD folder convention, shared by MVTec AD, MPDD, DTD and VisA's 1-class layout.

``<category>/{train,test}/<class>/<file>`` with masks at
``<category>/ground_truth/<class>/<stem><suffix>.png``. Masks are matched to images by
stem, never by position (anomalib's positional matching misaligns everything after one
missing mask).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..images import is_image_name
from ..sample import Label, SourceSplit
from .base import Candidate, Problem, ScanResult, rel

SPLIT_DIRS = {
    "train": SourceSplit.TRAIN,
    "validation": SourceSplit.VALIDATION,
    "test": SourceSplit.TEST,
}


@dataclass(frozen=True)
class FolderConvention:
    normal_dirs: tuple[str, ...] = ("good",)
    mask_dir: str = "ground_truth"
    mask_suffixes: tuple[str, ...] = ("_mask",)
    """tried in order; the first that exists wins"""
    mask_extensions: tuple[str, ...] = (".png", ".PNG")
    splits: tuple[str, ...] = ("train", "test")


def visible_dirs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def find_categories(root: Path, conv: FolderConvention) -> list[str]:
    """Sub-folders of ``root`` that hold at least one split folder."""
    return [
        d.name for d in visible_dirs(root) if any((d / split).is_dir() for split in conv.splits)
    ]


def find_mask(mask_folder: Path, stem: str, conv: FolderConvention) -> Path | None:
    for suffix in conv.mask_suffixes:
        for ext in conv.mask_extensions:
            candidate = mask_folder / f"{stem}{suffix}{ext}"
            if candidate.is_file():
                return candidate
    return None


def scan_category(root: Path, category: str, conv: FolderConvention, result: ScanResult) -> None:
    cat_dir = root / category
    used_masks: set[Path] = set()
    for split_name in conv.splits:
        split_dir = cat_dir / split_name
        if not split_dir.is_dir():
            continue
        for entry in sorted(split_dir.iterdir()):
            if entry.name.startswith("."):
                continue
            if not entry.is_dir():
                result.problems.append(
                    Problem(
                        rel(entry, root),
                        "stray_file",
                        f"file in a split folder; expected only class folders such as "
                        f"{split_name}/{conv.normal_dirs[0]}/. Move or delete it.",
                    )
                )
                continue
            is_normal = entry.name in conv.normal_dirs
            for image in sorted(entry.iterdir()):
                if image.name.startswith(".") or image.is_dir():
                    continue
                image_rel = rel(image, root)
                if not is_image_name(image.name):
                    result.problems.append(
                        Problem(
                            image_rel,
                            "not_an_image",
                            "non-image file in a class folder; only image files "
                            "(.png, .jpg, .bmp, .tif) are read. Move it out of the dataset.",
                        )
                    )
                    continue
                masks: tuple[str, ...] = ()
                if not is_normal:
                    mask_folder = cat_dir / conv.mask_dir / entry.name
                    mask = find_mask(mask_folder, image.stem, conv)
                    if mask is None:
                        expected = mask_folder / f"{image.stem}{conv.mask_suffixes[0]}.png"
                        result.problems.append(
                            Problem(
                                image_rel,
                                "missing_mask",
                                f"anomalous image without a mask; expected "
                                f"{rel(expected, root)}. Restore the mask from the release.",
                            )
                        )
                        continue
                    used_masks.add(mask)
                    masks = (rel(mask, root),)
                result.candidates.append(
                    Candidate(
                        category=category,
                        source_split=SPLIT_DIRS[split_name],
                        label=Label.NORMAL if is_normal else Label.ANOMALY,
                        defect_type_raw=entry.name,
                        image_path=image_rel,
                        mask_paths=masks,
                    )
                )
    gt_dir = cat_dir / conv.mask_dir
    if gt_dir.is_dir():
        for defect_dir in visible_dirs(gt_dir):
            for mask in sorted(defect_dir.iterdir()):
                if mask.is_file() and not mask.name.startswith(".") and mask not in used_masks:
                    result.problems.append(
                        Problem(
                            rel(mask, root),
                            "orphan_mask",
                            "mask with no matching test image; it was ignored.",
                        )
                    )


def scan_folders(root: Path, categories: list[str], conv: FolderConvention) -> ScanResult:
    result = ScanResult(categories_found=list(categories))
    for category in categories:
        scan_category(root, category, conv, result)
    return result
