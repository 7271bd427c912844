"""The small interface every benchmark reader implements.

A source only *lists* what a benchmark holds (which file is which image, its split,
label, defect type and mask files) and reports layout problems it sees while listing.
Reading pixels, hashing and region extraction are shared by all sources (``ingest``),
so a new benchmark is one new module with one ``scan`` method.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from iad_data.core.sample import Label, SourceSplit
from iad_data.errors import SourceLayoutError


@dataclass(frozen=True, slots=True)
class Candidate:
    """One image a source found, before any pixel is read.

    ``label=None`` means the label comes from the mask: empty mask -> normal (KolektorSDD).
    """

    category: str
    source_split: SourceSplit
    label: Label | None
    defect_type_raw: str
    image_path: str
    mask_paths: tuple[str, ...] = ()
    group_key: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """A file or row that could not become a sample, with the reason and the fix."""

    path: str
    kind: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind, "reason": self.reason}


@dataclass
class ScanResult:
    candidates: list[Candidate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    categories_found: list[str] = field(default_factory=list)


def rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def safe_relative(root: Path, text: str) -> Path | None:
    """``root / text`` if ``text`` is a relative path that stays under ``root``, else None."""
    posix = PurePosixPath(text.strip().replace("\\", "/"))
    if posix.is_absolute() or ".." in posix.parts or not posix.parts:
        return None
    return root.joinpath(*posix.parts)


class Source:
    """Base class of benchmark readers. Subclasses set the class fields and ``scan``."""

    name: ClassVar[str]
    """dataset name used in sample ids and tables, e.g. ``mvtec_ad``"""
    cli_name: ClassVar[str]
    """name on the command line, e.g. ``mvtec``"""
    title: ClassVar[str]
    license: ClassVar[str]
    license_url: ClassVar[str] = ""
    non_commercial: ClassVar[bool] = True
    citation: ClassVar[str]
    layout: ClassVar[str]
    """the expected on-disk layout, shown by ``iad-data sources``"""
    categories: ClassVar[tuple[str, ...]] = ()
    """the release's categories; empty for open-ended sources"""

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        """What ``iad-data sources --json`` shows for this source."""
        return {
            "name": self.cli_name,
            "dataset": self.name,
            "title": self.title,
            "license": self.license,
            "license_url": self.license_url,
            "non_commercial": self.non_commercial,
            "citation": self.citation,
            "layout": self.layout,
            "categories": list(self.categories),
        }

    def configure(self, options: Mapping[str, Any]) -> Source:
        """This source set up by layout options (``--layout FILE``); most sources take none."""
        if options:
            raise SourceLayoutError(
                f"{self.title} takes no layout options (got {', '.join(sorted(options))}); "
                f"drop --layout."
            )
        return self

    @cached_property
    def official_counts(self) -> dict[str, dict[str, int]]:
        """``{category: {"train/good": n, "test/anomaly": n, "test/<defect>": n}}`` or {}."""
        try:
            text = resources.files("iad_data.ingestion.sources").joinpath(
                f"counts/{self.name}.json"
            )
            data = json.loads(text.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {k: v for k, v in data.items() if not k.startswith("_")}

    def check_root(self, root: Path) -> None:
        if not root.is_dir():
            raise SourceLayoutError(
                f"{self.title}: root {root} is not a folder. Pass --root pointing at the folder "
                f"that holds the extracted release.\nExpected layout:\n{self.layout}"
            )

    def select_categories(
        self, root: Path, present: list[str], categories: set[str] | None
    ) -> list[str]:
        """Present categories filtered by the user's subset; unknown names are an error."""
        if categories:
            unknown = sorted(categories - set(present))
            if unknown:
                raise SourceLayoutError(
                    f"{self.title}: categories {', '.join(unknown)} not found under {root}. "
                    f"Found: {', '.join(present) or 'none'}."
                )
            return [c for c in present if c in categories]
        if not present:
            raise SourceLayoutError(
                f"{self.title}: no category folders found under {root}. Expected layout:\n"
                f"{self.layout}"
            )
        return present
