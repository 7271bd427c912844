"""DTD-Synthetic: MVTec AD's folder convention over twelve textures from DTD with drawn defects.

Loaders that read the release (AnomalyCLIP's ``generate_dataset_json/DTD.py``, and loaders
that build ``ground_truth/bad/<stem>_mask.png`` by name) agree on ``<texture>/train/good``,
``<texture>/test/{good,bad}`` and ``<texture>/ground_truth/bad/<stem>_mask.png``. A mask
named like its image (no ``_mask``) is accepted too, and ``.jpg`` images are read.
"""

from __future__ import annotations

from iad_data.ingestion.sources.mvtec_style import ConventionSource, FolderConvention

CONVENTION = FolderConvention(mask_suffixes=("_mask", ""))


class DTDSynthetic(ConventionSource):
    convention = CONVENTION
    name = "dtd_synthetic"
    cli_name = "dtd"
    title = "DTD-Synthetic"
    license = "unknown"
    license_url = "https://www.robots.ox.ac.uk/~vgg/data/dtd/"
    citation = (
        "Aota, Tong and Okatani, Zero-Shot versus Many-Shot: Unsupervised Texture Anomaly "
        "Detection, WACV 2023"
    )
    layout = """\
ROOT/<texture>/train/good/000.png          (textures such as Woven_001, Blotchy_099)
ROOT/<texture>/test/good/000.png
ROOT/<texture>/test/bad/000.png
ROOT/<texture>/ground_truth/bad/000_mask.png"""
    categories = (
        "Blotchy_099",
        "Fibrous_183",
        "Marbled_078",
        "Matted_069",
        "Mesh_114",
        "Perforated_037",
        "Stratified_154",
        "Woven_001",
        "Woven_068",
        "Woven_104",
        "Woven_125",
        "Woven_127",
    )
