"""MVTec AD: ``train/good``, ``test/<defect>``, ``ground_truth/<defect>/<stem>_mask.png``."""

from __future__ import annotations

from iad_data.ingestion.sources.mvtec_style import ConventionSource, FolderConvention

CONVENTION = FolderConvention()


class MVTecAD(ConventionSource):
    convention = CONVENTION
    name = "mvtec_ad"
    cli_name = "mvtec"
    title = "MVTec AD"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Bergmann et al., MVTec AD - A Comprehensive Real-World Dataset for Unsupervised "
        "Anomaly Detection, CVPR 2019"
    )
    layout = """\
ROOT/<category>/train/good/000.png
ROOT/<category>/test/good/000.png
ROOT/<category>/test/<defect>/000.png
ROOT/<category>/ground_truth/<defect>/000_mask.png   (0/255)"""
    categories = (
        "bottle",
        "cable",
        "capsule",
        "carpet",
        "grid",
        "hazelnut",
        "leather",
        "metal_nut",
        "pill",
        "screw",
        "tile",
        "toothbrush",
        "transistor",
        "wood",
        "zipper",
    )
