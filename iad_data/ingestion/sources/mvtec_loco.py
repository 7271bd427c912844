"""MVTec LOCO AD: logical and structural anomalies, several mask files per anomalous image.

Each anomalous image has a *folder* of masks, ``ground_truth/<type>/<stem>/000.png ...``,
one file per annotated defect; every file is read and merged (ADer's loader keeps only
the first: a bug not to copy). Mask values are not always 255 (screw_bag: 236..255), so
they are read as ``value > 0``; the distinct values are kept in ``extra.mask_values`` and
map to defect names through the category's ``defects_config.json``. The anomaly kind
(``logical`` or ``structural``) goes to ``extra.anomaly_kind``; a ``validation`` split of
normal images exists besides ``train`` and ``test``.
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
from iad_data.ingestion.sources.mvtec_style import SPLIT_DIRS, scan_each_category, visible_dirs

SPLITS = ("train", "validation", "test")
GROUND_TRUTH = "ground_truth"


def anomaly_kind(folder: str) -> str:
    """``logical_anomalies`` -> ``logical``; other names are kept as they are."""
    return folder.removesuffix("_anomalies")


def _mask_files(gt_class: Path, stem: str, root: Path, result: ScanResult) -> list[Path]:
    """All masks of one image: the files of its folder, or a flat ``<stem>[_mask].png``."""
    folder = gt_class / stem
    if folder.is_dir():
        return image_files(folder, root, result)
    for name in (f"{stem}.png", f"{stem}_mask.png"):
        if (gt_class / name).is_file():
            return [gt_class / name]
    return []


def scan_category(root: Path, category: str, result: ScanResult) -> None:
    cat_dir = root / category
    used: set[Path] = set()
    for split_name in SPLITS:
        split_dir = cat_dir / split_name
        if not split_dir.is_dir():
            continue
        for entry in sorted(split_dir.iterdir()):
            if entry.name.startswith("."):
                continue
            if not entry.is_dir():
                result.problems.append(
                    stray_entry(entry, root, f"only class folders in {split_name}/")
                )
                continue
            normal = entry.name == "good"
            gt_class = cat_dir / GROUND_TRUTH / entry.name
            for image in image_files(entry, root, result):
                masks: list[Path] = []
                extra: tuple[tuple[str, object], ...] = ()
                if not normal:
                    masks = _mask_files(gt_class, image.stem, root, result)
                    if not masks:
                        result.problems.append(
                            missing_mask(image, root, gt_class / image.stem / "000.png")
                        )
                        continue
                    used.update(masks)
                    used.add(gt_class / image.stem)
                    extra = (("anomaly_kind", anomaly_kind(entry.name)),)
                result.candidates.append(
                    Candidate(
                        category=category,
                        source_split=SPLIT_DIRS[split_name],
                        label=Label.NORMAL if normal else Label.ANOMALY,
                        defect_type_raw=entry.name,
                        image_path=rel(image, root),
                        mask_paths=tuple(rel(m, root) for m in masks),
                        extra=extra,
                    )
                )
    gt_dir = cat_dir / GROUND_TRUTH
    if gt_dir.is_dir():
        for kind_dir in visible_dirs(gt_dir):
            report_orphans(kind_dir, used, root, result, folders=True)


class MVTecLOCO(Source):
    name = "mvtec_loco"
    cli_name = "mvtec-loco"
    title = "MVTec LOCO AD"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Bergmann et al., Beyond Dents and Scratches: Logical Constraints in Unsupervised "
        "Anomaly Detection and Localization, IJCV 2022"
    )
    layout = """\
ROOT/<category>/train/good/000.png
ROOT/<category>/validation/good/000.png
ROOT/<category>/test/{good,logical_anomalies,structural_anomalies}/000.png
ROOT/<category>/ground_truth/<type>/000/000.png, 001.png ...  (a folder per image; all merged;
                                                             values such as 236..255, read > 0)
ROOT/<category>/defects_config.json"""
    categories = (
        "breakfast_box",
        "juice_bottle",
        "pushpins",
        "screw_bag",
        "splicing_connectors",
    )

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        return scan_each_category(self, root, categories, SPLITS, scan_category)
