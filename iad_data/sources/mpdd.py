"""MPDD (Metal Parts Defect Detection): MVTec AD's folder convention over six metal parts."""

from __future__ import annotations

from pathlib import Path

from .base import ScanResult, Source
from .mvtec_style import FolderConvention, find_categories, scan_folders

CONVENTION = FolderConvention()


class MPDD(Source):
    name = "mpdd"
    cli_name = "mpdd"
    title = "MPDD"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Jezek et al., Deep learning-based defect detection of metal parts: evaluating "
        "current methods in complex conditions, ICUMT 2021"
    )
    layout = """\
ROOT/<category>/train/good/000.png
ROOT/<category>/test/good/000.png
ROOT/<category>/test/<defect>/000.png
ROOT/<category>/ground_truth/<defect>/000_mask.png"""
    categories = (
        "bracket_black",
        "bracket_brown",
        "bracket_white",
        "connector",
        "metal_plate",
        "tubes",
    )

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        self.check_root(root)
        present = find_categories(root, CONVENTION)
        return scan_folders(root, self.select_categories(root, present, categories), CONVENTION)
