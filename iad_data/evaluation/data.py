"""What an eval asks about: the labelled samples of one split, from a published version (a
folder written by ``iad-data publish``, or a Hub dataset repo at a tag, both read through
``datasets``) or from a workspace, with what identifies that data (its version tag and
content hash).

``open_data`` reads the samples' columns only; an image is read when a question shows it
(``EvalData.image_path``): a workspace's from its benchmark root, a published one's bytes
written once to a folder keyed by content hash (``WORKSPACE/evals/images``), checked against
the ``image_sha256`` ingest recorded. References for 1-shot questions and MMAD's option sets
come from the other splits: the train split's normal images of the same category, and every
defect type of the category.
"""

from __future__ import annotations

import hashlib
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import polars as pl

from iad_data.core.workspace import Workspace
from iad_data.errors import InputError, WorkspaceError

DataKind = Literal["folder", "hub", "workspace"]
SAMPLES_CONFIG = "samples"
MANIFEST = "manifest.json"
REFERENCE_SPLIT = "train"
"""where 1-shot references come from (MMAD's templates are the train split's normals)"""
COLUMNS = ("sample_id", "dataset", "category", "label", "defect_type", "location", "image_sha256")
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


@dataclass(frozen=True)
class EvalItem:
    """One labelled sample of the data (what a question is about, or a reference)."""

    sample_id: str
    dataset: str
    category: str
    label: str
    """normal or anomaly"""
    defect_type: str
    location: str | None
    image_sha256: str

    @property
    def anomalous(self) -> bool:
        return self.label == "anomaly"

    @property
    def group(self) -> tuple[str, str]:
        return self.dataset, self.category


@dataclass
class EvalData:
    """One split of one data version, the references and option sets its questions need."""

    source: str
    """what was asked for (a folder, ``ORG/NAME@TAG``, a workspace)"""
    kind: DataKind
    version: str | None
    """the published version (``1.0.0``); None for a workspace"""
    content_sha256: str
    """the published manifest's content hash; for a workspace, a hash of its samples table and
    splits (ids, image hashes, labels, defect types, locations)"""
    revision: str | None
    """the Hub commit the tag named, when known"""
    split: str
    items: list[EvalItem]
    """the split's labelled samples, sorted by sample id"""
    unlabeled: int = 0
    """samples of the split without ground truth (never asked about)"""
    normals: dict[tuple[str, str], list[EvalItem]] = field(default_factory=dict)
    """(dataset, category) -> the reference split's normal samples, sorted by sample id"""
    defect_types: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """(dataset, category) -> the defect type of every labelled anomaly of the data"""
    _images: _Images | None = field(default=None, repr=False)

    @property
    def tag(self) -> str | None:
        return f"v{self.version}" if self.version else None

    def image_path(self, item: EvalItem) -> Path:
        """The image file of ``item`` (a published image is written on first use)."""
        assert self._images is not None
        return self._images.path(item)

    def provenance(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "version": self.version,
            "tag": self.tag,
            "content_sha256": self.content_sha256,
            "revision": self.revision,
            "split": self.split,
        }


class _Images(ABC):
    """Where an item's image file is: in the workspace, or written from a published split."""

    @abstractmethod
    def path(self, item: EvalItem) -> Path: ...


class _WorkspaceImages(_Images):
    def __init__(self, ws: Workspace, paths: dict[str, tuple[str, str]]) -> None:
        self.ws = ws
        self.paths = paths
        self.roots = ws.dataset_roots()

    def path(self, item: EvalItem) -> Path:
        dataset, rel = self.paths[item.sample_id]
        return self.ws.image_file(dataset, rel, self.roots)


class _PublishedImages(_Images):
    """Images inside ``datasets`` splits, written to ``store/<sha[:2]>/<sha><ext>`` once."""

    def __init__(self, store: Path, where: str) -> None:
        self.store = store
        self.where = where
        self.rows: dict[str, tuple[Any, int]] = {}
        """sample id -> (the split's dataset with undecoded images, row index)"""

    def add(self, split: Any, ids: list[str]) -> None:
        import datasets

        undecoded = split.cast_column("image", datasets.Image(decode=False))
        for index, sample_id in enumerate(ids):
            self.rows[sample_id] = (undecoded, index)

    def path(self, item: EvalItem) -> Path:
        found = self.rows[item.sample_id]
        split, index = found
        image = split[index]["image"]
        suffix = PurePosixPath(str(image.get("path") or "")).suffix.lower() or ".img"
        sha = item.image_sha256
        dest = self.store / sha[:2] / f"{sha}{suffix}"
        if dest.is_file():
            return dest
        data = image.get("bytes")
        if not data:
            raise InputError(
                f"{self.where}: sample {item.sample_id} has no image bytes in its `image` "
                "column; publish the version again."
            )
        actual = hashlib.sha256(bytes(data)).hexdigest()
        if actual != sha:
            raise InputError(
                f"{self.where}: the image of sample {item.sample_id} hashes to {actual[:12]}..., "
                f"not the image_sha256 {sha[:12]}... its row names: the published files were "
                "changed or damaged. Publish the version again, or download it again."
            )
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.tmp")
        tmp.write_bytes(bytes(data))
        tmp.replace(dest)
        return dest


def _item(row: dict[str, Any]) -> EvalItem:
    return EvalItem(
        sample_id=str(row["sample_id"]),
        dataset=str(row["dataset"]),
        category=str(row["category"]),
        label=str(row["label"]),
        defect_type=str(row["defect_type"]),
        location=row["location"] or None,
        image_sha256=str(row["image_sha256"]),
    )


def _fill(data: EvalData, splits: dict[str, list[dict[str, Any]]]) -> None:
    """Items of the evaluated split, references and defect types from all splits."""
    rows = splits.get(data.split, [])
    labelled = [r for r in rows if r["label"] in ("normal", "anomaly")]
    data.unlabeled = len(rows) - len(labelled)
    data.items = sorted((_item(r) for r in labelled), key=lambda i: i.sample_id)
    for r in sorted(splits.get(REFERENCE_SPLIT, []), key=lambda r: str(r["sample_id"])):
        if r["label"] == "normal":
            item = _item(r)
            data.normals.setdefault(item.group, []).append(item)
    for name in sorted(splits):
        for r in sorted(splits[name], key=lambda r: str(r["sample_id"])):
            if r["label"] == "anomaly":
                data.defect_types.setdefault((r["dataset"], r["category"]), []).append(
                    str(r["defect_type"])
                )


# ------------------------------------------------------------------------- workspace


def _workspace_data(ws: Workspace, split: str) -> EvalData:
    samples = ws.require_samples()
    if ws.splits_path.exists():
        from iad_data.release.splits import read_splits

        assigned = read_splits(ws)
        missing = samples.filter(~pl.col("sample_id").is_in(list(assigned))).height
        if missing:
            raise WorkspaceError(
                f"{missing} sample(s) of {ws.samples_path} have no split in {ws.splits_path}; "
                f"run `iad-data split -w {ws.path}` again."
            )
        frame = samples.with_columns(pl.col("sample_id").replace_strict(assigned).alias("_split"))
    else:  # never split: the benchmark's own splits
        frame = samples.with_columns(pl.col("source_split").alias("_split"))
    names = sorted(set(frame["_split"].to_list()))
    if split not in names:
        raise InputError(
            f"the workspace {ws.path} has no {split!r} split (it has {', '.join(names)}); "
            "pick one with --split."
        )
    keyed = frame.select(*COLUMNS, "_split", "image_path").sort("sample_id")
    digest = hashlib.sha256()
    for row in keyed.drop("image_path").iter_rows():
        digest.update(json.dumps(row, default=str).encode() + b"\n")
    splits: dict[str, list[dict[str, Any]]] = {}
    paths: dict[str, tuple[str, str]] = {}
    for r in keyed.iter_rows(named=True):
        splits.setdefault(str(r["_split"]), []).append(r)
        paths[str(r["sample_id"])] = (str(r["dataset"]), str(r["image_path"]))
    data = EvalData(
        source=str(ws.path),
        kind="workspace",
        version=None,
        content_sha256=digest.hexdigest(),
        revision=None,
        split=split,
        items=[],
        _images=_WorkspaceImages(ws, paths),
    )
    _fill(data, splits)
    return data


# ------------------------------------------------------------------------- published


@contextmanager
def _quiet_datasets(progress: bool) -> Iterator[None]:
    import datasets

    shown = datasets.is_progress_bar_enabled()
    if not progress:
        datasets.disable_progress_bars()
    try:
        yield
    finally:
        if shown and not progress:
            datasets.enable_progress_bars()


def _load_split(path: str, split: str, where: str, cache: Path, revision: str | None) -> Any:
    import datasets

    try:
        return datasets.load_dataset(
            path, SAMPLES_CONFIG, split=split, revision=revision, cache_dir=str(cache)
        )
    except ValueError as exc:
        text = str(exc)
        if "Unknown split" in text:
            raise InputError(
                f"{where} has no {split!r} split: {text} Pick one with --split."
            ) from None
        if "BuilderConfig" in text:
            raise InputError(
                f"{where} has no `{SAMPLES_CONFIG}` config ({text}): it was not written by "
                "`iad-data publish`."
            ) from None
        raise


def _published_data(
    path: str,
    where: str,
    kind: DataKind,
    manifest: dict[str, Any],
    split: str,
    *,
    revision: str | None,
    commit: str | None,
    cache: Path,
    store: Path,
    progress: bool,
) -> EvalData:
    configs = manifest.get("configs", {}).get(SAMPLES_CONFIG, {})
    if split not in configs:
        raise InputError(
            f"{where} has no {split!r} split (it has {', '.join(sorted(configs)) or 'none'}); "
            "pick one with --split."
        )
    images = _PublishedImages(store, where)
    splits: dict[str, list[dict[str, Any]]] = {}
    with _quiet_datasets(progress):
        for name in sorted(configs):
            ds = _load_split(path, name, where, cache, revision)
            columns = ds.select_columns(list(COLUMNS)).to_dict()
            rows = [
                dict(zip(columns, values, strict=True))
                for values in zip(*columns.values(), strict=True)
            ]
            splits[name] = rows
            wanted = name in (split, REFERENCE_SPLIT)
            if wanted:
                images.add(ds, [str(r["sample_id"]) for r in rows])
    content = manifest.get("content_sha256")
    if not isinstance(content, str) or not content:
        raise InputError(f"{where}: {MANIFEST} names no content_sha256; publish it again.")
    data = EvalData(
        source=where,
        kind=kind,
        version=str(manifest.get("version")) if manifest.get("version") else None,
        content_sha256=content,
        revision=commit,
        split=split,
        items=[],
        _images=images,
    )
    _fill(data, splits)
    return data


def _read_manifest(path: Path, where: str) -> dict[str, Any]:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{where}: {MANIFEST} cannot be read ({exc}); publish it again.") from None
    if not isinstance(manifest, dict):
        raise InputError(f"{where}: {MANIFEST} is not a JSON object; publish it again.")
    return manifest


def _hub_manifest(
    repo: str, revision: str | None, cache: Path
) -> tuple[dict[str, Any], str | None]:
    """The manifest of ``repo`` at ``revision`` and the commit it resolved to."""
    from huggingface_hub import HfApi, hf_hub_download
    from huggingface_hub.errors import HfHubHTTPError

    where = f"{repo}@{revision}" if revision else repo
    try:
        local = hf_hub_download(
            repo, MANIFEST, repo_type="dataset", revision=revision, cache_dir=str(cache / "hub")
        )
    except (HfHubHTTPError, OSError) as exc:
        raise InputError(
            f"cannot read {MANIFEST} of the Hub dataset {where} ({type(exc).__name__}: {exc}); "
            "check the repo name and tag (ORG/NAME@vX.Y.Z) and HF_TOKEN for a private repo."
        ) from None
    commit: str | None
    try:
        commit = HfApi().dataset_info(repo, revision=revision).sha
    except (HfHubHTTPError, OSError):
        commit = None
    return _read_manifest(Path(local), where), commit


def open_data(
    spec: str | Path,
    workspace: Workspace,
    *,
    split: str = "test",
    revision: str | None = None,
    store: Path | None = None,
    cache: Path | None = None,
    progress: bool = False,
) -> EvalData:
    """The data ``spec`` names: a workspace folder (it holds ``samples.parquet``), a folder
    written by publish (it holds ``manifest.json``), or a Hub dataset ``ORG/NAME[@TAG]``.

    ``store``: where published images are written when shown (default
    ``WORKSPACE/evals/images``); ``cache``: the ``datasets`` cache (default
    ``WORKSPACE/evals/.hf-cache``).
    """
    text = str(spec)
    path = Path(text)
    cache = cache or workspace.eval_cache_dir
    store = store or workspace.eval_images_dir
    if path.is_dir():
        if (path / MANIFEST).is_file():
            where = str(path)
            manifest = _read_manifest(path / MANIFEST, where)
            return _published_data(
                str(path.resolve()),
                where,
                "folder",
                manifest,
                split,
                revision=None,
                commit=None,
                cache=cache,
                store=store,
                progress=progress,
            )
        if Workspace(path).samples_path.is_file():
            return _workspace_data(Workspace(path), split)
        raise InputError(
            f"{path} is neither a published version (no {MANIFEST}: publish writes one) nor a "
            "workspace (no samples.parquet)."
        )
    repo, at, tag = text.partition("@")
    if at and revision is not None and tag != revision:
        raise InputError(f"--data {text} and --revision {revision} name two revisions; give one.")
    revision = tag if at else revision
    if _HUB_ID.match(repo) and not path.exists():
        manifest, commit = _hub_manifest(repo, revision, cache)
        where = f"{repo}@{revision}" if revision else repo
        return _published_data(
            repo,
            where,
            "hub",
            manifest,
            split,
            revision=revision,
            commit=commit,
            cache=cache,
            store=store,
            progress=progress,
        )
    raise InputError(
        f"--data {text}: no such folder, and not a Hub dataset ORG/NAME@TAG; give a folder "
        "written by `iad-data publish`, a workspace, or a Hub repo."
    )


__all__ = ["EvalData", "EvalItem", "open_data"]
