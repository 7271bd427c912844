"""DAGM 2007: ten texture classes, ``ClassN/{Train,Test}/0001.PNG`` with masks in ``Label/``.

An image is defective when ``Label/<stem>_label.PNG`` exists (the authors' convention,
read the same way by mixed-segdec and AnomalyCLIP). Masks are coarse ellipses (weak
labels). Unlike MVTec, **Train holds defective images**: they keep ``source_split=train``
and are flagged ``extra.defective_in_train=true`` so an unsupervised recipe can drop or
move them. ``Label/Labels.txt`` is read only to catch masks it names that are missing (its
column format is not documented; any ``*_label.PNG`` token on a line counts). A Kaggle-style
copy with an extra level (``Class1/Class1/Train``) is read too.
"""

from __future__ import annotations

import re
from pathlib import Path

from iad_data.core.images import is_image_name
from iad_data.core.sample import Label, SourceSplit
from iad_data.ingestion.sources.base import Candidate, Problem, ScanResult, Source, rel
from iad_data.ingestion.sources.listing import image_files, missing_mask, orphan_mask, stray_entry

SPLITS = {"Train": SourceSplit.TRAIN, "Test": SourceSplit.TEST}
CLASS_DIR = re.compile(r"Class(\d+)")
LABEL_DIR = "Label"
LABELS_TXT = "Labels.txt"
MASK_SUFFIX = "_label"
DEFECT = "defect"


def class_dir(root: Path, name: str) -> Path:
    """``ROOT/ClassN``, or ``ROOT/ClassN/ClassN`` in copies with an extra level."""
    nested = root / name / name
    if not any((root / name / s).is_dir() for s in SPLITS) and nested.is_dir():
        return nested
    return root / name


def _listed_masks(labels_txt: Path, root: Path, result: ScanResult) -> set[str]:
    """Lower-case names of the masks ``Labels.txt`` names; empty when it is absent."""
    if not labels_txt.is_file():
        return set()
    try:
        text = labels_txt.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        result.problems.append(
            Problem(
                rel(labels_txt, root),
                "unreadable_file",
                f"cannot be read ({exc.strerror or exc}); restore it from the release "
                f"(it only cross-checks the masks, so the images were still read).",
            )
        )
        return set()
    return {
        token.lower()
        for line in text.splitlines()
        for token in line.split()
        if token.lower().endswith(f"{MASK_SUFFIX}.png")
    }


def _masks(label_dir: Path, root: Path, result: ScanResult) -> dict[str, Path]:
    """Lower-case name -> mask file of ``Label/``; other files there are reported."""
    out: dict[str, Path] = {}
    if not label_dir.is_dir():
        return out
    for entry in sorted(label_dir.iterdir()):
        if entry.name.startswith(".") or entry.is_dir() or entry.name.lower() == "labels.txt":
            continue
        if is_image_name(entry.name) and entry.stem.lower().endswith(MASK_SUFFIX):
            out[entry.name.lower()] = entry
        else:
            result.problems.append(
                stray_entry(entry, root, "only <stem>_label.PNG masks and Labels.txt in Label/")
            )
    return out


def scan_split(root: Path, category: str, folder: Path, split: str, result: ScanResult) -> None:
    label_dir = folder / LABEL_DIR
    masks = _masks(label_dir, root, result)
    listed = _listed_masks(label_dir / LABELS_TXT, root, result)
    used: set[str] = set()
    for image in image_files(folder, root, result):
        mask_name = f"{image.stem}{MASK_SUFFIX}.png".lower()
        mask = masks.get(mask_name)
        if mask is None and mask_name in listed:
            expected = label_dir / f"{image.stem}{MASK_SUFFIX}.PNG"
            result.problems.append(missing_mask(image, root, expected))
            continue
        defective = mask is not None
        if defective:
            used.add(mask_name)
        in_train = defective and SPLITS[split] is SourceSplit.TRAIN
        result.candidates.append(
            Candidate(
                category=category,
                source_split=SPLITS[split],
                label=Label.ANOMALY if defective else Label.NORMAL,
                defect_type_raw=DEFECT if defective else "good",
                image_path=rel(image, root),
                mask_paths=(rel(mask, root),) if mask is not None else (),
                extra=(("defective_in_train", True),) if in_train else (),
            )
        )
    for name in sorted(set(masks) - used):
        result.problems.append(orphan_mask(masks[name], root))


class DAGM(Source):
    name = "dagm"
    cli_name = "dagm"
    title = "DAGM 2007"
    license = "non-commercial research use (DAGM/GNNS 2007 competition terms; unverified)"
    license_url = "https://hci.iwr.uni-heidelberg.de/content/weakly-supervised-learning-industrial-optical-inspection"
    citation = (
        "Wieler and Hahn, Weakly Supervised Learning for Industrial Optical Inspection, "
        "DAGM 2007 competition"
    )
    layout = """\
ROOT/Class1/Train/0001.PNG ...               (Class1..Class10; uppercase .PNG, grayscale)
ROOT/Class1/Train/Label/0002_label.PNG       (only for defective images; coarse ellipses)
ROOT/Class1/Train/Label/Labels.txt
ROOT/Class1/Test/... (same)
Train holds defective images: flagged extra.defective_in_train."""
    categories = tuple(f"Class{i}" for i in range(1, 11))

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        self.check_root(root)
        names = [d.name for d in root.iterdir() if d.is_dir() and CLASS_DIR.fullmatch(d.name)]
        present = [
            n
            for n in sorted(names, key=lambda n: int(n[5:]))
            if any((class_dir(root, n) / s).is_dir() for s in SPLITS)
        ]
        chosen = self.select_categories(root, present, categories)
        result = ScanResult(categories_found=list(chosen))
        for category in chosen:
            folder = class_dir(root, category)
            for split in SPLITS:
                if (folder / split).is_dir():
                    scan_split(root, category, folder / split, split, result)
        return result
