"""The MVTec AD folder convention, shared by MVTec AD, MPDD, BTAD, DTD-Synthetic and VisA 1-class.

``<category>/{train,test}/<class>/<file>`` with masks at
``<category>/ground_truth/<class>/<stem><suffix>.png``. Masks are matched to images by
stem, never by position (anomalib's positional matching misaligns everything after one
missing mask).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from iad_data.core.images import is_image_name
from iad_data.core.sample import Label, SourceSplit
from iad_data.ingestion.sources.base import Candidate, Problem, ScanResult, Source

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


def categories_with(root: Path, splits: Iterable[str]) -> list[str]:
    """Sub-folders of ``root`` that hold at least one of the ``splits`` folders."""
    wanted = tuple(splits)
    return [d.name for d in visible_dirs(root) if any((d / split).is_dir() for split in wanted)]


def find_categories(root: Path, conv: FolderConvention) -> list[str]:
    """Sub-folders of ``root`` that hold at least one split folder."""
    return categories_with(root, conv.splits)


def scan_each_category(
    source: Source,
    root: Path,
    categories: set[str] | None,
    splits: Iterable[str],
    scan_category: Callable[[Path, str, ScanResult], None],
) -> ScanResult:
    """The ``scan`` of sources laid out ``ROOT/<category>/<split>/...``: check the root,
    pick the categories (folders holding one of ``splits``) and scan each."""
    source.check_root(root)
    chosen = source.select_categories(root, categories_with(root, splits), categories)
    result = ScanResult(categories_found=list(chosen))
    for category in chosen:
        scan_category(root, category, result)
    return result


def _listing(folder: Path) -> list[os.DirEntry[str]]:
    """Entries of ``folder`` sorted by name; ``os.scandir`` spares a stat per file."""
    with os.scandir(folder) as it:
        return sorted(it, key=lambda e: e.name)


def _mask_names(mask_folder: Path) -> dict[str, os.DirEntry[str]]:
    try:
        return {e.name: e for e in _listing(mask_folder)}
    except (FileNotFoundError, NotADirectoryError):
        return {}


def _match_mask(
    names: dict[str, os.DirEntry[str]], stem: str, conv: FolderConvention
) -> str | None:
    """The mask file for ``stem`` (first suffix and extension that exist), by name lookup."""
    for suffix in conv.mask_suffixes:
        for ext in conv.mask_extensions:
            entry = names.get(f"{stem}{suffix}{ext}")
            if entry is not None and entry.is_file():
                return entry.name
    return None


def scan_category(root: Path, category: str, conv: FolderConvention, result: ScanResult) -> None:
    cat_dir = root / category
    gt_dir = cat_dir / conv.mask_dir
    used_masks: set[str] = set()
    for split_name in conv.splits:
        split_dir = cat_dir / split_name
        if not split_dir.is_dir():
            continue
        for entry in _listing(split_dir):
            if entry.name.startswith("."):
                continue
            if not entry.is_dir():
                result.problems.append(
                    Problem(
                        f"{category}/{split_name}/{entry.name}",
                        "stray_file",
                        f"file in a split folder; expected only class folders such as "
                        f"{split_name}/{conv.normal_dirs[0]}/. Move or delete it.",
                    )
                )
                continue
            is_normal = entry.name in conv.normal_dirs
            class_rel = f"{category}/{split_name}/{entry.name}"
            mask_rel_dir = f"{category}/{conv.mask_dir}/{entry.name}"
            masks_here = {} if is_normal else _mask_names(gt_dir / entry.name)
            for image in _listing(Path(entry.path)):
                name = image.name
                if name.startswith("."):
                    continue
                if not is_image_name(name):
                    if not image.is_dir():
                        result.problems.append(
                            Problem(
                                f"{class_rel}/{name}",
                                "not_an_image",
                                "non-image file in a class folder; only image files "
                                "(.png, .jpg, .bmp, .tif) are read. Move it out of the dataset.",
                            )
                        )
                    continue
                # A folder named like an image is kept: reading it reports it as unreadable.
                image_rel = f"{class_rel}/{name}"
                masks: tuple[str, ...] = ()
                if not is_normal:
                    stem = os.path.splitext(name)[0]
                    mask_name = _match_mask(masks_here, stem, conv)
                    if mask_name is None:
                        result.problems.append(
                            Problem(
                                image_rel,
                                "missing_mask",
                                f"anomalous image without a mask; expected "
                                f"{mask_rel_dir}/{stem}{conv.mask_suffixes[0]}.png. Restore "
                                f"the mask from the release.",
                            )
                        )
                        continue
                    used_masks.add(f"{mask_rel_dir}/{mask_name}")
                    masks = (f"{mask_rel_dir}/{mask_name}",)
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
    if gt_dir.is_dir():
        for defect_dir in visible_dirs(gt_dir):
            for mask in _listing(defect_dir):
                mask_rel = f"{category}/{conv.mask_dir}/{defect_dir.name}/{mask.name}"
                if not mask.name.startswith(".") and mask.is_file() and mask_rel not in used_masks:
                    result.problems.append(
                        Problem(
                            mask_rel,
                            "orphan_mask",
                            "mask with no matching test image; it was ignored. Restore its image "
                            "from the release, or delete the mask.",
                        )
                    )


def scan_folders(root: Path, categories: list[str], conv: FolderConvention) -> ScanResult:
    result = ScanResult(categories_found=list(categories))
    for category in categories:
        scan_category(root, category, conv, result)
    return result


class ConventionSource(Source):
    """A source whose whole layout is one ``FolderConvention`` (MVTec AD, MPDD, BTAD, DTD)."""

    convention: ClassVar[FolderConvention] = FolderConvention()

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        conv = self.convention

        def scan_one(root: Path, category: str, result: ScanResult) -> None:
            scan_category(root, category, conv, result)

        return scan_each_category(self, root, categories, conv.splits, scan_one)
