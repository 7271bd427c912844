"""MPDD (Metal Parts Defect Detection): MVTec AD's folder convention over six metal parts."""

from __future__ import annotations

from iad_data.ingestion.sources.mvtec_style import ConventionSource, FolderConvention

CONVENTION = FolderConvention()


class MPDD(ConventionSource):
    convention = CONVENTION
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
