"""KolektorSDD2: ``train/<id>.png`` and ``test/<id>.png``, each with ``<id>_GT.png``.

Every image has a mask and normal masks are all zero, so the label comes from the mask
(``Candidate.label=None``), as in the authors' loader (mixed-segdec ``input_ksdd2.py``).
One category, ``kolektorsdd2``. The ``split_*.pyb`` files of the mixed-segdec repository
are not part of the dataset and are not read.
"""

from __future__ import annotations

from pathlib import Path

from ..images import is_image_name
from ..sample import SourceSplit
from .base import Candidate, Problem, ScanResult, Source, rel
from .listing import missing_mask, orphan_mask

CATEGORY = "kolektorsdd2"
SPLITS = {"train": SourceSplit.TRAIN, "test": SourceSplit.TEST}
MASK_SUFFIX = "_GT"


def scan_split(root: Path, split: str, result: ScanResult) -> None:
    folder = root / split
    files = [f for f in sorted(folder.iterdir()) if not f.name.startswith(".")]
    masks = {f for f in files if f.is_file() and f.stem.endswith(MASK_SUFFIX)}
    used: set[Path] = set()
    for image in files:
        if image in masks or image.is_dir():
            continue
        if not is_image_name(image.name):
            result.problems.append(
                Problem(
                    rel(image, root),
                    "not_an_image",
                    f"non-image file in {split}/; only <id>.png images and their <id>_GT.png "
                    f"masks belong there. Move it out of the dataset.",
                )
            )
            continue
        found = [folder / f"{image.stem}{MASK_SUFFIX}{ext}" for ext in (".png", ".PNG")]
        mask = next((m for m in found if m in masks), None)
        if mask is None:
            result.problems.append(missing_mask(image, root, found[0]))
            continue
        used.add(mask)
        result.candidates.append(
            Candidate(
                category=CATEGORY,
                source_split=SPLITS[split],
                label=None,
                defect_type_raw="defect",
                image_path=rel(image, root),
                mask_paths=(rel(mask, root),),
            )
        )
    for mask in sorted(masks - used):
        result.problems.append(orphan_mask(mask, root))


class KolektorSDD2(Source):
    name = "kolektorsdd2"
    cli_name = "ksdd2"
    title = "KolektorSDD2"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Bozic, Tabernik and Skocaj, Mixed supervision for surface-defect detection: from "
        "weakly to fully supervised learning, Computers in Industry 2021"
    )
    layout = """\
ROOT/train/10000.png, 10000_GT.png ...   (every image has a _GT mask; all-zero = normal)
ROOT/test/20000.png, 20000_GT.png ..."""
    categories = (CATEGORY,)

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        self.check_root(root)
        splits = [s for s in SPLITS if (root / s).is_dir()]
        chosen = self.select_categories(root, [CATEGORY] if splits else [], categories)
        result = ScanResult(categories_found=list(chosen))
        for split in splits if chosen else []:
            scan_split(root, split, result)
        return result
