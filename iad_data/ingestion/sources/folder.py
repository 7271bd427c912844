"""``folder``: a factory's own images, described by a small YAML instead of code.

The YAML (``iad-data ingest folder --root ROOT --layout line3.yaml``) says which glob
patterns under ROOT are normal, anomalous, labelled by their mask, or unlabeled; how a
mask path derives from an image path (a template such as
``masks/{defect}/{stem}_mask.png``); and which folder level names the category, the split
and the defect type. Every key is checked (unknown keys are refused) so a typo fails
loudly instead of ingesting the wrong thing. See ``docs/sources.md`` for the full format.
"""

from __future__ import annotations

import posixpath
import string
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from iad_data.core.images import is_image_name
from iad_data.core.sample import Label, SourceSplit
from iad_data.errors import SourceLayoutError
from iad_data.ingestion.sources.base import (
    Candidate,
    Problem,
    ScanResult,
    Source,
    plain_name,
    rel,
    safe_relative,
)

TEMPLATE_FIELDS = frozenset(
    {"path", "dir", "name", "stem", "suffix", "parts", "category", "split", "defect"}
)
"""Fields a ``mask`` or ``group`` template may use; ``parts[i]`` indexes the path's parts."""
DEFAULT_SPLIT_NAMES: dict[str, SourceSplit] = {
    "train": SourceSplit.TRAIN,
    "training": SourceSplit.TRAIN,
    "val": SourceSplit.VALIDATION,
    "valid": SourceSplit.VALIDATION,
    "validation": SourceSplit.VALIDATION,
    "test": SourceSplit.TEST,
    "testing": SourceSplit.TEST,
}


class _Parts(list[str]):
    """Path parts for templates: ``{parts[0]}`` and ``{parts[-2]}`` both work.

    ``str.format`` passes a non-digit index such as ``-2`` as a string.
    """

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, str):
            index = int(index)
        return super().__getitem__(index)


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


def _check_template(template: str | None, key: str) -> str | None:
    if template is None:
        return None
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise ValueError(f"{key} template {template!r} is malformed ({exc})") from None
    for field in fields:
        if "." in field or "__" in field:
            raise ValueError(
                f"{key} template {template!r} uses {{{field}}}; attribute access is not "
                f"allowed, only fields and parts[i]"
            )
        base = field.split("[", 1)[0]
        if base not in TEMPLATE_FIELDS:
            raise ValueError(
                f"{key} template {template!r} uses {{{field}}}; known fields: "
                f"{', '.join(sorted(TEMPLATE_FIELDS))}"
            )
    return template


class FolderLayout(BaseModel):
    """What ``--layout FILE`` holds for the ``folder`` source."""

    model_config = ConfigDict(extra="forbid")

    dataset: str = Field(
        "folder",
        pattern=r"^[a-z0-9][a-z0-9_\-]*$",
        description="dataset name in sample ids and tables (lower case)",
    )
    title: str | None = None
    license: str = "proprietary"
    normal: list[str] = Field(default_factory=list, description="globs of normal images")
    anomaly: list[str] = Field(default_factory=list, description="globs of anomalous images")
    images: list[str] = Field(
        default_factory=list, description="globs of images labelled by their mask (empty: normal)"
    )
    unlabeled: list[str] = Field(default_factory=list, description="globs of unlabeled images")
    exclude: list[str] = Field(default_factory=list, description="globs never read as images")
    mask: str | None = Field(None, description="mask path template, relative to ROOT")
    category: str | None = Field(None, description="one category for every image")
    category_level: int | None = Field(None, description="path part (0 = first folder)")
    split: SourceSplit = SourceSplit.TEST
    split_level: int | None = None
    split_names: dict[str, SourceSplit] = Field(default_factory=dict)
    defect_level: int | None = Field(None, description="path part naming the defect type")
    defect_type: str = "defect"
    group: str | None = Field(None, description="template of the physical-part key")

    @field_validator("normal", "anomaly", "images", "unlabeled", "exclude", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _as_list(value)

    @field_validator("normal", "anomaly", "images", "unlabeled", "exclude")
    @classmethod
    def _relative(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            parts = PurePosixPath(pattern).parts
            if not parts or PurePosixPath(pattern).is_absolute() or ".." in parts:
                raise ValueError(f"pattern {pattern!r} must be relative to ROOT, without '..'")
        return patterns

    @field_validator("category")
    @classmethod
    def _category(cls, value: str | None) -> str | None:
        if value is not None and not plain_name(value):
            raise ValueError(
                f"category {value!r} must be a plain folder name (no '/', '\\', ':', leading "
                f"dot or control characters): it becomes folder and file names downstream"
            )
        return value

    @field_validator("mask")
    @classmethod
    def _mask(cls, value: str | None) -> str | None:
        return _check_template(value, "mask")

    @field_validator("group")
    @classmethod
    def _group(cls, value: str | None) -> str | None:
        return _check_template(value, "group")

    def split_for(self, name: str) -> SourceSplit | None:
        names = {**DEFAULT_SPLIT_NAMES, **{k.lower(): v for k, v in self.split_names.items()}}
        return names.get(name.lower())


def parse_layout(options: Mapping[str, Any]) -> FolderLayout:
    """The validated layout, or ``SourceLayoutError`` listing every bad key and the fix."""
    try:
        layout = FolderLayout.model_validate(dict(options))
    except ValidationError as exc:
        lines = [
            f"  {'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in exc.errors()
        ]
        raise SourceLayoutError(
            "folder: the layout has errors:\n" + "\n".join(lines) + "\nSee docs/sources.md."
        ) from None
    if not (layout.normal or layout.anomaly or layout.images or layout.unlabeled):
        raise SourceLayoutError(
            "folder: the layout names no images; give glob patterns under 'normal:', "
            "'anomaly:', 'images:' (labelled by mask) or 'unlabeled:'."
        )
    if (layout.anomaly or layout.images) and layout.mask is None:
        raise SourceLayoutError(
            "folder: anomalous images need masks to locate their defects; add a 'mask:' "
            "template such as 'masks/{defect}/{stem}_mask.png' (fields: "
            f"{', '.join(sorted(TEMPLATE_FIELDS))})."
        )
    return layout


class FolderSource(Source):
    name = "folder"
    cli_name = "folder"
    title = "folder (your own images)"
    license = "user-defined"
    non_commercial = False
    citation = "your own data: set 'license' and 'title' in the layout YAML"
    layout = """\
Any layout, described by --layout FILE (YAML), for example:
  dataset: line3_housings
  license: proprietary
  category_level: 0                 # ROOT/<category>/...
  split_level: 1                    # ROOT/<category>/<train|test>/...
  normal: ["*/*/ok/*.png"]
  anomaly: ["*/*/ng/*/*.png"]
  defect_level: -2                  # the folder holding the file names the defect
  mask: "{parts[0]}/masks/{defect}/{stem}_mask.png"
  exclude: ["**/*_mask.png"]"""

    def __init__(self, spec: FolderLayout | None = None) -> None:
        self.spec = spec
        if spec is not None:
            # Instance values shadow the class defaults: the dataset is the user's.
            object.__setattr__(self, "name", spec.dataset)
            object.__setattr__(self, "license", spec.license)
            object.__setattr__(self, "title", spec.title or f"folder ({spec.dataset})")

    def configure(self, options: Mapping[str, Any]) -> FolderSource:
        spec = parse_layout(options)
        from iad_data.ingestion.sources import SOURCES

        taken = {s.name for s in SOURCES.values() if s.cli_name != self.cli_name}
        if spec.dataset in taken:
            raise SourceLayoutError(
                f"folder: dataset name {spec.dataset!r} is a benchmark's; ingesting would "
                f"replace that benchmark's rows. Choose another 'dataset:'."
            )
        return FolderSource(spec)

    @cached_property
    def official_counts(self) -> dict[str, dict[str, int]]:
        return {}

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        self.check_root(root)
        if self.spec is None:
            raise SourceLayoutError(
                "folder: describe your layout in a YAML file and pass --layout FILE (library: "
                "layout=...). Example:\n" + self.layout
            )
        return FolderScan(root, self.spec).run(self, categories)


class FolderScan:
    """One scan of ROOT under a layout: match globs, derive fields, find masks."""

    def __init__(self, root: Path, spec: FolderLayout) -> None:
        self.root = root
        self.spec = spec
        self.result = ScanResult()

    def matches(self, patterns: list[str]) -> set[Path]:
        found: set[Path] = set()
        for pattern in patterns:
            for path in self.root.glob(pattern):
                hidden = any(part.startswith(".") for part in path.relative_to(self.root).parts)
                if not hidden and path.is_file():
                    found.add(path)
        return found

    def run(self, source: Source, categories: set[str] | None) -> ScanResult:
        spec = self.spec
        excluded = self.matches(spec.exclude)
        groups: dict[Path, list[Label | None]] = {}
        for patterns, label in (
            (spec.normal, Label.NORMAL),
            (spec.anomaly, Label.ANOMALY),
            (spec.images, None),
            (spec.unlabeled, Label.UNLABELED),
        ):
            for path in self.matches(patterns) - excluded:
                labels = groups.setdefault(path, [])
                if label not in labels:
                    labels.append(label)
        candidates = []
        for path in sorted(groups):
            image_rel = rel(path, self.root)
            labels = groups[path]
            if not is_image_name(path.name):
                self.problem(
                    image_rel,
                    "not_an_image",
                    "matched by a pattern but not an image "
                    "file; narrow the pattern or add it to 'exclude:'.",
                )
                continue
            if len(labels) > 1:
                names = ", ".join("images" if lab is None else str(lab) for lab in labels)
                self.problem(
                    image_rel,
                    "ambiguous_label",
                    f"matched by the patterns of several "
                    f"labels ({names}); make the patterns disjoint or use 'exclude:'.",
                )
                continue
            cand = self.candidate(path, image_rel, labels[0])
            if cand is not None:
                candidates.append(cand)
        present = sorted({c.category for c in candidates})
        if not groups:
            raise SourceLayoutError(
                f"folder: the layout's patterns match no file under {self.root}; check ROOT "
                f"and the globs (they are relative to ROOT, '**' spans folders)."
            )
        if not present and not categories:
            return self.result  # every matched file had a problem: report them all
        chosen = set(source.select_categories(self.root, present, categories))
        self.result.candidates = [c for c in candidates if c.category in chosen]
        self.result.categories_found = sorted(chosen)
        return self.result

    def problem(self, path: str, kind: str, reason: str) -> None:
        self.result.problems.append(Problem(path, kind, reason))

    def part(self, parts: tuple[str, ...], level: int, key: str, image_rel: str) -> str | None:
        try:
            return parts[level]
        except IndexError:
            self.problem(
                image_rel,
                "bad_layout",
                f"{key} {level} is outside this path's "
                f"{len(parts)} parts; fix '{key}:' or narrow the patterns.",
            )
            return None

    def candidate(self, path: Path, image_rel: str, label: Label | None) -> Candidate | None:
        spec = self.spec
        parts = PurePosixPath(image_rel).parts
        category = spec.category or spec.dataset
        if spec.category_level is not None:
            found = self.part(parts, spec.category_level, "category_level", image_rel)
            if found is None:
                return None
            category = found
        split = spec.split
        if spec.split_level is not None:
            name = self.part(parts, spec.split_level, "split_level", image_rel)
            if name is None:
                return None
            mapped = spec.split_for(name)
            if mapped is None:
                self.problem(
                    image_rel,
                    "bad_split",
                    f"folder {name!r} at split_level "
                    f"{spec.split_level} is not a split name; map it under "
                    f"'split_names:' (e.g. {name}: test).",
                )
                return None
            split = mapped
        defect = "good" if label is Label.NORMAL else spec.defect_type
        if label is Label.UNLABELED:
            defect = "unlabeled"
        elif label is not Label.NORMAL and spec.defect_level is not None:
            found = self.part(parts, spec.defect_level, "defect_level", image_rel)
            if found is None:
                return None
            defect = found
        fields = {
            "path": image_rel,
            "dir": posixpath.dirname(image_rel) or ".",
            "name": path.name,
            "stem": path.stem,
            "suffix": path.suffix,
            "parts": _Parts(parts),
            "category": category,
            "split": str(split),
            "defect": defect,
        }
        masks: tuple[str, ...] = ()
        if spec.mask is not None and label is not Label.UNLABELED:
            # A normal image's mask is optional (if present it must be empty), so a template
            # that does not fit a normal image's path is no problem.
            needed = label is not Label.NORMAL
            mask_rel = self.derive(spec.mask, fields, image_rel, "mask", report=needed)
            if mask_rel is None and needed:
                return None
            mask = safe_relative(self.root, mask_rel) if mask_rel is not None else None
            if mask is not None and mask.is_file():
                masks = (rel(mask, self.root),)
            elif label is not Label.NORMAL:
                what = "anomalous image" if label is Label.ANOMALY else "image under 'images:'"
                self.problem(
                    image_rel,
                    "missing_mask",
                    f"{what} without a mask; the layout's mask template gives {mask_rel}, "
                    f"which does not exist. Add the mask or move the image under 'normal:'.",
                )
                return None
        group = None
        if spec.group:
            group = self.derive(spec.group, fields, image_rel, "group")
            if group is None:
                return None
        return Candidate(
            category=category,
            source_split=split,
            label=label,
            defect_type_raw=defect,
            image_path=image_rel,
            mask_paths=masks,
            group_key=group,
        )

    def derive(
        self,
        template: str,
        fields: dict[str, Any],
        image_rel: str,
        key: str,
        report: bool = True,
    ) -> str | None:
        """``template`` filled from one image's fields; None (and a problem) when it fails."""
        try:
            text = template.format_map(fields)
        except (IndexError, KeyError, ValueError, AttributeError, TypeError) as exc:
            if not report:
                return None
            self.problem(
                image_rel,
                "bad_layout",
                f"the {key} template {template!r} does not "
                f"apply to this path ({type(exc).__name__}: {exc}); fix '{key}:' in the layout "
                f"or narrow the patterns.",
            )
            return None
        if key == "group":
            return text
        norm = posixpath.normpath(text)
        if norm.startswith("../") or norm == ".." or posixpath.isabs(norm):
            if not report:
                return None
            self.problem(
                image_rel,
                "path_escapes_root",
                f"the {key} template gives {text}, which leaves ROOT.",
            )
            return None
        return norm
