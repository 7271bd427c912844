"""Benchmark readers, one module per benchmark, registered by command-line name."""

from __future__ import annotations

from ..errors import InputError
from .base import Candidate, Problem, ScanResult, Source
from .mpdd import MPDD
from .mvtec import MVTecAD
from .visa import VisA

SOURCES: dict[str, Source] = {src.cli_name: src for src in (MVTecAD(), VisA(), MPDD())}
"""Every source by its command-line name (``iad-data ingest NAME``)."""


def get_source(name: str) -> Source:
    for src in SOURCES.values():
        if name in (src.cli_name, src.name):
            return src
    raise InputError(f"unknown source {name!r}; known sources: {', '.join(sorted(SOURCES))}.")


__all__ = ["SOURCES", "Candidate", "Problem", "ScanResult", "Source", "get_source"]
