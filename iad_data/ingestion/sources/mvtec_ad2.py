"""MVTec AD 2: public splits with ground truth, and private test splits without any.

``test_public`` holds ``good``/``bad`` images with masks in ``test_public/ground_truth/bad``
(``<stem>_mask.png``). ``test_private`` and ``test_private_mixed`` are flat folders whose
labels MVTec keeps for its evaluation server: they are ingested as ``unlabeled``, never as
normal. The MVTec split name is kept in ``extra.ad2_split``, and the part of the file name
after the three-digit number (the lighting condition, e.g. ``regular``) in
``extra.condition``.
"""

from __future__ import annotations

from pathlib import Path

from iad_data.core.sample import Label, SourceSplit
from iad_data.ingestion.sources.base import Candidate, ScanResult, Source, rel
from iad_data.ingestion.sources.listing import (
    image_files,
    missing_mask,
    report_orphans,
    stray_entry,
)
from iad_data.ingestion.sources.mvtec_style import scan_each_category, visible_dirs

LABELED_SPLITS = {
    "train": SourceSplit.TRAIN,
    "validation": SourceSplit.VALIDATION,
    "test_public": SourceSplit.TEST,
}
PRIVATE_SPLITS = ("test_private", "test_private_mixed")
MASK_NAMES = ("{stem}_mask.png", "{stem}_mask.PNG", "{stem}.png")
UNLABELED_DEFECT = "unlabeled"


def condition(stem: str) -> str | None:
    """``000_regular`` -> ``regular``; None when the name has no such part."""
    head, sep, tail = stem.partition("_")
    return tail if sep and head.isdigit() and tail else None


def _extra(split: str, image: Path) -> tuple[tuple[str, object], ...]:
    cond = condition(image.stem)
    return (("ad2_split", split),) + ((("condition", cond),) if cond else ())


def _scan_labeled(
    root: Path, category: str, split: str, result: ScanResult, used: set[Path]
) -> None:
    split_dir = root / category / split
    gt_root = split_dir / "ground_truth"
    for class_dir in sorted(split_dir.iterdir()):
        if class_dir.name.startswith(".") or class_dir == gt_root:
            continue
        if not class_dir.is_dir():
            result.problems.append(stray_entry(class_dir, root, f"only class folders in {split}/"))
            continue
        normal = class_dir.name == "good"
        for image in image_files(class_dir, root, result):
            masks: tuple[str, ...] = ()
            if not normal:
                gt_class = gt_root / class_dir.name
                found = [gt_class / n.format(stem=image.stem) for n in MASK_NAMES]
                mask = next((m for m in found if m.is_file()), None)
                if mask is None:
                    result.problems.append(missing_mask(image, root, found[0]))
                    continue
                used.add(mask)
                masks = (rel(mask, root),)
            result.candidates.append(
                Candidate(
                    category=category,
                    source_split=LABELED_SPLITS[split],
                    label=Label.NORMAL if normal else Label.ANOMALY,
                    defect_type_raw=class_dir.name,
                    image_path=rel(image, root),
                    mask_paths=masks,
                    extra=_extra(split, image),
                )
            )


def scan_category(root: Path, category: str, result: ScanResult) -> None:
    used: set[Path] = set()
    for split in LABELED_SPLITS:
        if (root / category / split).is_dir():
            _scan_labeled(root, category, split, result, used)
    for split in PRIVATE_SPLITS:
        for image in image_files(root / category / split, root, result):
            result.candidates.append(
                Candidate(
                    category=category,
                    source_split=SourceSplit.TEST,
                    label=Label.UNLABELED,
                    defect_type_raw=UNLABELED_DEFECT,
                    image_path=rel(image, root),
                    extra=_extra(split, image),
                )
            )
    gt_root = root / category / "test_public" / "ground_truth"
    if gt_root.is_dir():
        for class_dir in visible_dirs(gt_root):
            report_orphans(class_dir, used, root, result)


class MVTecAD2(Source):
    name = "mvtec_ad2"
    cli_name = "mvtec-ad2"
    title = "MVTec AD 2"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Heckler-Kram et al., The MVTec AD 2 Dataset: Advanced Scenarios for Unsupervised "
        "Anomaly Detection, 2025"
    )
    layout = """\
ROOT/<category>/train/good/000_regular.png
ROOT/<category>/validation/good/000_regular.png
ROOT/<category>/test_public/{good,bad}/000_regular.png
ROOT/<category>/test_public/ground_truth/bad/000_regular_mask.png   (0/255)
ROOT/<category>/test_private/000_regular.png         (no ground truth: label unlabeled)
ROOT/<category>/test_private_mixed/000_regular.png   (no ground truth: label unlabeled)"""
    categories = (
        "can",
        "fabric",
        "fruit_jelly",
        "rice",
        "sheet_metal",
        "vial",
        "wallplugs",
        "walnuts",
    )

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        return scan_each_category(
            self, root, categories, (*LABELED_SPLITS, *PRIVATE_SPLITS), scan_category
        )
