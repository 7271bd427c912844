"""Synthetic benchmarks in each supported benchmark's exact on-disk layout.

One generator serves the tests, the benchmark scripts and ``iad-data demo``. Trees are
deterministic from a seed, and the returned ``SyntheticTree`` says what was drawn where.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError
from .core import GeneratedImage, SyntheticTree
from .mvtec import write_mpdd, write_mvtec
from .visa import write_visa

LAYOUTS: dict[str, Callable[..., SyntheticTree]] = {
    "mvtec": write_mvtec,
    "mpdd": write_mpdd,
    "visa": write_visa,
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
