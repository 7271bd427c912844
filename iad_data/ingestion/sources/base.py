"""The small interface every benchmark reader implements.

A source only *lists* what a benchmark holds (which file is which image, its split,
label, defect type and mask files) and reports layout problems it sees while listing.
Reading pixels, hashing and region extraction are shared by all sources (``ingest``),
so a new benchmark is one new module with one ``scan`` method.

Every source's ``scan`` result is checked here, whatever the source (``check_scan``, wrapped
around each subclass's ``scan``): a category must be a plain name (it becomes folder and
file names downstream), and no image or mask may be read through a symbolic link that
leaves the benchmark root (a link in a downloaded archive must not publish a file of this
machine) unless the source follows links on purpose (``following_symlinks``). Both become
``Problem`` rows, like any other bad file.
"""

from __future__ import annotations

import copy
import functools
import json
import os
from collections.abc import Callable, Mapping
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


_NOT_IN_NAMES = frozenset("/\\:")


def plain_name(text: str) -> bool:
    """One path component on every system: not empty, no ``/``, ``\\`` or ``:``, no leading
    dot (``.``, ``..``, hidden names), no control characters, no surrounding spaces."""
    return (
        bool(text)
        and text == text.strip()
        and not text.startswith(".")
        and not any(c in _NOT_IN_NAMES or ord(c) < 32 or ord(c) == 127 for c in text)
    )


def bad_category(where: str, name: str, fix: str) -> Problem:
    """The problem of a category that is not a ``plain_name`` (``..``, ``/etc``, ``a/../b``)."""
    return Problem(
        where,
        "bad_category",
        f"names category {name!r}, which is not a plain folder name (no '/', '\\', ':', "
        f"leading dot or control characters): categories become folder and file names in "
        f"the workspace and the published data. {fix}",
    )


ScanFn = Callable[["Source", Path, "set[str] | None"], ScanResult]


class _Confinement:
    """Which symbolic link, if any, takes a listed path outside the benchmark root.

    Each folder is listed once (``os.scandir`` says which entries are links without a
    ``stat`` per file) and each link resolved once, so a 100k-image root costs a few
    milliseconds.
    """

    def __init__(self, root: Path) -> None:
        self.root = str(root)
        self.real = os.path.realpath(root)
        self.prefix = self.real.rstrip(os.sep) + os.sep
        self.links: dict[str, frozenset[str]] = {}
        self.dirs: dict[str, tuple[str, str] | None] = {"": None}

    def _links_in(self, rel_dir: str) -> frozenset[str]:
        links = self.links.get(rel_dir)
        if links is None:
            try:
                with os.scandir(os.path.join(self.root, rel_dir)) as entries:
                    links = frozenset(e.name for e in entries if e.is_symlink())
            except OSError:  # gone or unreadable: reading the file reports it
                links = frozenset()
            self.links[rel_dir] = links
        return links

    def _link(self, rel_path: str) -> tuple[str, str] | None:
        parent, _, name = rel_path.rpartition("/")
        if name in self._links_in(parent):
            target = os.path.realpath(os.path.join(self.root, rel_path))
            if not (target == self.real or target.startswith(self.prefix)):
                return rel_path, target
        return None

    def _dir(self, rel_dir: str) -> tuple[str, str] | None:
        if rel_dir in self.dirs:
            return self.dirs[rel_dir]
        hit = self._dir(rel_dir.rpartition("/")[0]) or self._link(rel_dir)
        self.dirs[rel_dir] = hit
        return hit

    def escape(self, rel_path: str) -> tuple[str, str] | None:
        """(the link, relative to the root; where it leads) of the link through which
        ``rel_path`` leaves the root, or None when it stays inside."""
        return self._dir(rel_path.rpartition("/")[0]) or self._link(rel_path)


def check_scan(result: ScanResult, root: Path, *, follow_symlinks: bool = False) -> ScanResult:
    """``result`` without the candidates a source must not hand on, each as a problem:

    - a category that is not a ``plain_name`` (``bad_category``; sources that read names
      from a file report them by file and row first, this is the net under them);
    - an image or mask that a symbolic link takes outside ``root``
      (``symlink_escapes_root``, one problem per link, with the number of files under it),
      unless ``follow_symlinks``.
    """
    confine = None if follow_symlinks else _Confinement(root)
    escaped: dict[str, tuple[str, list[str]]] = {}
    kept: list[Candidate] = []
    plain: dict[str, bool] = {}
    for cand in result.candidates:
        ok = plain.get(cand.category)
        if ok is None:
            ok = plain[cand.category] = plain_name(cand.category)
        if not ok:
            result.problems.append(
                bad_category(cand.image_path, cand.category, "Rename the category.")
            )
            continue
        if confine is not None:
            hit = next(
                (h for h in map(confine.escape, (cand.image_path, *cand.mask_paths)) if h), None
            )
            if hit is not None:
                escaped.setdefault(hit[0], (hit[1], []))[1].append(cand.image_path)
                continue
        kept.append(cand)
    for link, (target, images) in escaped.items():
        if images == [link]:
            what = "it was not read"
        elif len(images) == 1:
            what = f"so {images[0]} was not read"
        else:
            what = f"the {len(images)} images read through it (first: {images[0]}) were not read"
        result.problems.append(
            Problem(
                link,
                "symlink_escapes_root",
                f"is a symbolic link to {target}, outside the benchmark root {root}; {what}. "
                f"Files outside the root are never read, so a link in a downloaded archive "
                f"cannot publish other files of this machine. Copy the files into the root "
                f"or pass a --root that holds them; if you made the link yourself, ingest "
                f"with --follow-symlinks.",
            )
        )
    result.candidates = kept
    result.categories_found = [c for c in result.categories_found if plain_name(c)]
    return result


def _checked(scan: ScanFn) -> ScanFn:
    @functools.wraps(scan)
    def checked(self: Source, root: Path, categories: set[str] | None) -> ScanResult:
        result = scan(self, root, categories)
        return check_scan(result, root, follow_symlinks=self.follow_symlinks)

    return checked


class Source:
    """Base class of benchmark readers. Subclasses set the class fields and ``scan``.

    Each subclass's ``scan`` is wrapped at class creation so its result goes through
    ``check_scan``: no source can forget it.
    """

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

    follow_symlinks: bool = False
    """read images that symbolic links take outside the root (``following_symlinks``)"""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("scan")
        if own is not None:
            setattr(cls, "scan", _checked(own))  # noqa: B010 - mypy refuses assigning a method

    def following_symlinks(self, follow: bool = True) -> Source:
        """This source, reading (``follow``) or refusing files that symbolic links take
        outside the root (``ingest --follow-symlinks``)."""
        clone = copy.copy(self)
        clone.follow_symlinks = follow
        return clone

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
