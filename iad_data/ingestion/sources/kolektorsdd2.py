"""KolektorSDD2: ``train/<id>.png`` and ``test/<id>.png``, each with ``<id>_GT.png``.

Every image has a mask and normal masks are all zero, so the label comes from the mask
(``Candidate.label=None``), as in the authors' loader (mixed-segdec ``input_ksdd2.py``).
One category, ``kolektorsdd2``. The ``split_*.pyb`` files of the mixed-segdec repository
are not part of the dataset and are not read.
"""

from __future__ import annotations

from pathlib import Path

from iad_data.core.sample import SourceSplit
from iad_data.ingestion.sources.base import Candidate, ScanResult, Source, rel
from iad_data.ingestion.sources.listing import paired_files

CATEGORY = "kolektorsdd2"
SPLITS = {"train": SourceSplit.TRAIN, "test": SourceSplit.TEST}
MASK_SUFFIX = "_GT"


def scan_split(root: Path, split: str, result: ScanResult) -> None:
    pairs = paired_files(
        root / split,
        root,
        result,
        mask_suffix=MASK_SUFFIX,
        mask_extensions=(".png", ".PNG"),
        expected="<id>.png images and their <id>_GT.png masks",
    )
    for image, mask in pairs:
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
