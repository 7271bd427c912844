"""Benchmark readers, one module per benchmark, registered by command-line name."""

from __future__ import annotations

from ..errors import InputError
from .base import Candidate, Problem, ScanResult, Source
from .btad import BTAD
from .dagm import DAGM
from .dtd_synthetic import DTDSynthetic
from .folder import FolderSource
from .kolektorsdd import KolektorSDD
from .kolektorsdd2 import KolektorSDD2
from .mpdd import MPDD
from .mvtec import MVTecAD
from .mvtec_3d import MVTec3D
from .mvtec_ad2 import MVTecAD2
from .mvtec_loco import MVTecLOCO
from .real_iad import RealIAD
from .visa import VisA

SOURCES: dict[str, Source] = {
    src.cli_name: src
    for src in (
        MVTecAD(),
        VisA(),
        MPDD(),
        BTAD(),
        MVTecLOCO(),
        MVTec3D(),
        MVTecAD2(),
        RealIAD(),
        KolektorSDD(),
        KolektorSDD2(),
        DAGM(),
        DTDSynthetic(),
        FolderSource(),
    )
}
"""Every source by its command-line name (``iad-data ingest NAME``)."""


def get_source(name: str) -> Source:
    for src in SOURCES.values():
        if name in (src.cli_name, src.name):
            return src
    raise InputError(f"unknown source {name!r}; known sources: {', '.join(sorted(SOURCES))}.")


__all__ = ["SOURCES", "Candidate", "Problem", "ScanResult", "Source", "get_source"]
