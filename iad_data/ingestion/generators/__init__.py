"""Synthetic benchmarks in each supported benchmark's exact on-disk layout.

One generator serves the tests, the benchmark scripts and ``iad-data demo``. Trees are
deterministic from a seed, and the returned ``SyntheticTree`` says what was drawn where.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from iad_data.errors import InputError
from iad_data.ingestion.generators.btad import write_btad
from iad_data.ingestion.generators.core import GeneratedImage, SyntheticTree
from iad_data.ingestion.generators.dagm import write_dagm
from iad_data.ingestion.generators.dtd import write_dtd
from iad_data.ingestion.generators.ksdd import write_ksdd
from iad_data.ingestion.generators.ksdd2 import write_ksdd2
from iad_data.ingestion.generators.mvtec import write_mpdd, write_mvtec
from iad_data.ingestion.generators.mvtec_3d import write_mvtec_3d
from iad_data.ingestion.generators.mvtec_ad2 import write_mvtec_ad2
from iad_data.ingestion.generators.mvtec_loco import write_mvtec_loco
from iad_data.ingestion.generators.real_iad import write_real_iad
from iad_data.ingestion.generators.visa import write_visa, write_visa_1cls

LAYOUTS: dict[str, Callable[..., SyntheticTree]] = {
    "mvtec": write_mvtec,
    "mpdd": write_mpdd,
    "visa": write_visa,
    "visa_1cls": write_visa_1cls,
    "btad": write_btad,
    "mvtec_loco": write_mvtec_loco,
    "mvtec_3d": write_mvtec_3d,
    "mvtec_ad2": write_mvtec_ad2,
    "real_iad": write_real_iad,
    "ksdd": write_ksdd,
    "ksdd2": write_ksdd2,
    "dagm": write_dagm,
    "dtd": write_dtd,
}


def generate(layout: str, root: str | Path, **options: Any) -> SyntheticTree:
    """Write a small benchmark tree in ``layout`` under ``root``; see each writer's options."""
    try:
        writer = LAYOUTS[layout]
    except KeyError:
        raise InputError(
            f"no synthetic generator for layout {layout!r}; known: {', '.join(sorted(LAYOUTS))}."
        ) from None
    return writer(Path(root), **options)


__all__ = ["LAYOUTS", "GeneratedImage", "SyntheticTree", "generate"]
