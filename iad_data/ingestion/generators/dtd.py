"""DTD-Synthetic's layout: MVTec AD's over textures, ``test/bad`` and ``ground_truth/bad``."""

from __future__ import annotations

from pathlib import Path

from iad_data.ingestion.generators.core import SyntheticTree
from iad_data.ingestion.generators.mvtec import write_mvtec_style
from iad_data.ingestion.sources.dtd_synthetic import DTDSynthetic

DTD_TEXTURES = DTDSynthetic.categories
"""the release's twelve textures, as the source lists them"""


def write_dtd(
    root: Path,
    *,
    categories: list[str] | None = None,
    n_train: int = 4,
    n_test_good: int = 2,
    n_test_bad: int = 3,
    size: int = 64,
    seed: int = 0,
) -> SyntheticTree:
    chosen = categories or list(DTD_TEXTURES)
    return write_mvtec_style(
        root,
        "dtd",
        {texture: ("bad",) for texture in chosen},
        textures=frozenset(chosen),
        n_train=n_train,
        n_test_good=n_test_good,
        n_test_per_defect=n_test_bad,
        size=size,
        seed=seed,
    )
