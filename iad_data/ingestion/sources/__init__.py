"""Benchmark readers, one module per benchmark, registered by command-line name."""

from __future__ import annotations

from iad_data.errors import InputError
from iad_data.ingestion.sources.base import Candidate, Problem, ScanResult, Source
from iad_data.ingestion.sources.btad import BTAD
from iad_data.ingestion.sources.dagm import DAGM
from iad_data.ingestion.sources.dtd_synthetic import DTDSynthetic
from iad_data.ingestion.sources.folder import FolderSource
from iad_data.ingestion.sources.kolektorsdd import KolektorSDD
from iad_data.ingestion.sources.kolektorsdd2 import KolektorSDD2
from iad_data.ingestion.sources.mpdd import MPDD
from iad_data.ingestion.sources.mvtec import MVTecAD
from iad_data.ingestion.sources.mvtec_3d import MVTec3D
from iad_data.ingestion.sources.mvtec_ad2 import MVTecAD2
from iad_data.ingestion.sources.mvtec_loco import MVTecLOCO
from iad_data.ingestion.sources.real_iad import RealIAD
from iad_data.ingestion.sources.visa import VisA

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
