"""MVTec 3D-AD, its RGB images and masks; the point clouds are out of scope.

One level more than MVTec AD: ``<split>/<class>/{rgb,xyz,gt}/<stem>``. Masks are
``gt/<stem>.png`` (same stem, 0/255) and exist for *good* test images too (all zero); a
good image whose mask is not empty is reported. The organised point cloud
``xyz/<stem>.tiff`` is not read: its path relative to ROOT is kept in ``extra.xyz_path``
for tools that want it.
"""

from __future__ import annotations

from pathlib import Path

from iad_data.core.sample import Label
from iad_data.ingestion.sources.base import Candidate, ScanResult, Source, rel
from iad_data.ingestion.sources.listing import (
    image_files,
    missing_mask,
    report_orphans,
    stray_entry,
)
from iad_data.ingestion.sources.mvtec_style import SPLIT_DIRS, scan_each_category

SPLITS = ("train", "validation", "test")
MASK_EXTENSIONS = (".png", ".PNG")
XYZ_EXTENSIONS = (".tiff", ".tif")


def _find(folder: Path, stem: str, extensions: tuple[str, ...]) -> Path | None:
    for ext in extensions:
        if (folder / f"{stem}{ext}").is_file():
            return folder / f"{stem}{ext}"
    return None


def scan_category(root: Path, category: str, result: ScanResult) -> None:
    cat_dir = root / category
    for split_name in SPLITS:
        split_dir = cat_dir / split_name
        if not split_dir.is_dir():
            continue
        for class_dir in sorted(split_dir.iterdir()):
            if class_dir.name.startswith("."):
                continue
            if not class_dir.is_dir():
                result.problems.append(
                    stray_entry(class_dir, root, f"only class folders in {split_name}/")
                )
                continue
            rgb_dir = class_dir / "rgb"
            if not rgb_dir.is_dir():
                result.problems.append(
                    stray_entry(class_dir, root, "a class folder holding rgb/, xyz/ and gt/")
                )
                continue
            normal = class_dir.name == "good"
            gt_dir = class_dir / "gt"
            used: set[Path] = set()
            for image in image_files(rgb_dir, root, result):
                mask = _find(gt_dir, image.stem, MASK_EXTENSIONS)
                if mask is None and not normal:
                    result.problems.append(missing_mask(image, root, gt_dir / f"{image.stem}.png"))
                    continue
                if mask is not None:
                    used.add(mask)
                xyz = _find(class_dir / "xyz", image.stem, XYZ_EXTENSIONS)
                result.candidates.append(
                    Candidate(
                        category=category,
                        source_split=SPLIT_DIRS[split_name],
                        label=Label.NORMAL if normal else Label.ANOMALY,
                        defect_type_raw=class_dir.name,
                        image_path=rel(image, root),
                        mask_paths=(rel(mask, root),) if mask is not None else (),
                        extra=(("xyz_path", rel(xyz, root)),) if xyz is not None else (),
                    )
                )
            report_orphans(gt_dir, used, root, result)


class MVTec3D(Source):
    name = "mvtec_3d"
    cli_name = "mvtec-3d"
    title = "MVTec 3D-AD (RGB)"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Bergmann et al., The MVTec 3D-AD Dataset for Unsupervised 3D Anomaly Detection and "
        "Localization, VISAPP 2022"
    )
    layout = """\
ROOT/<category>/train/good/{rgb/000.png, xyz/000.tiff}
ROOT/<category>/validation/good/{rgb,xyz}/...
ROOT/<category>/test/good/{rgb/000.png, xyz/000.tiff, gt/000.png}   (gt all zero)
ROOT/<category>/test/<defect>/{rgb/000.png, xyz/000.tiff, gt/000.png}
Only RGB images and masks are ingested; the xyz point cloud path is kept in extra.xyz_path."""
    categories = (
        "bagel",
        "cable_gland",
        "carrot",
        "cookie",
        "dowel",
        "foam",
        "peach",
        "potato",
        "rope",
        "tire",
    )

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        return scan_each_category(self, root, categories, SPLITS, scan_category)
