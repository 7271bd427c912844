"""KolektorSDD (v1): 50 commutators, ``kosNN/PartK.jpg`` each with ``PartK_label.bmp``.

Every image has a mask and an all-zero mask means defect-free, so the label comes from the
mask (``Candidate.label=None``). The release has no train/test split (anomalib draws one
at random), so every image is ``test``; the images of one commutator share a ``group_id``
(the ``kosNN`` folder) so that later splits never separate them. One category,
``kolektorsdd``. Images are grayscale.
"""

from __future__ import annotations

import re
from pathlib import Path

from iad_data.core.sample import SourceSplit
from iad_data.ingestion.sources.base import Candidate, ScanResult, Source, rel
from iad_data.ingestion.sources.listing import paired_files

CATEGORY = "kolektorsdd"
PART_DIR = re.compile(r"kos\d+")
LABEL_SUFFIX = "_label"
MASK_EXTENSIONS = (".bmp", ".BMP", ".png", ".PNG")


def scan_part(root: Path, part_dir: Path, result: ScanResult) -> None:
    pairs = paired_files(
        part_dir,
        root,
        result,
        mask_suffix=LABEL_SUFFIX,
        mask_extensions=MASK_EXTENSIONS,
        expected="PartN.jpg images and their PartN_label.bmp masks",
    )
    for image, mask in pairs:
        result.candidates.append(
            Candidate(
                category=CATEGORY,
                source_split=SourceSplit.TEST,
                label=None,
                defect_type_raw="defect",
                image_path=rel(image, root),
                mask_paths=(rel(mask, root),),
                group_key=part_dir.name,
                extra=(("part", part_dir.name),),
            )
        )


class KolektorSDD(Source):
    name = "kolektorsdd"
    cli_name = "ksdd"
    title = "KolektorSDD"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Tabernik et al., Segmentation-Based Deep-Learning Approach for Surface-Defect "
        "Detection, Journal of Intelligent Manufacturing 2019"
    )
    layout = """\
ROOT/kos01/Part0.jpg, Part0_label.bmp ... Part7.jpg, Part7_label.bmp   (kos01..kos50)
Every image has a mask; an all-zero mask means defect-free. No official split: all test."""
    categories = (CATEGORY,)

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        self.check_root(root)
        parts = [d for d in sorted(root.iterdir()) if d.is_dir() and PART_DIR.fullmatch(d.name)]
        chosen = self.select_categories(root, [CATEGORY] if parts else [], categories)
        result = ScanResult(categories_found=list(chosen))
        for part_dir in parts if chosen else []:
            scan_part(root, part_dir, result)
        return result
