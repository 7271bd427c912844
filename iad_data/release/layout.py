"""The published repository tree: parquet shards per config and split, with images embedded.

Layout (the same on the Hub and in a local folder)::

    README.md                               dataset card (configs, features, licenses)
    manifest.json                           version, content hash, row hashes per split
    samples/train-00000-of-00002.parquet    one config per folder, shards per split
    expert_ad/test-00000-of-00001.parquet
    instruct_iad/...

Images are stored as the ``datasets`` ``Image`` feature (``struct<bytes, path>``, the
original file bytes, never re-encoded, each checked against the ``image_sha256`` ingest
recorded: an image changed on disk since is refused by name, never published under the old
hash); the parquet schema carries the ``datasets``
features in its metadata and the card declares them, so ``load_dataset`` guesses nothing.
Record configs keep every record column, ``images`` (sample ids) becomes ``image_ids``
and ``images`` holds the images themselves, in ``<image>`` token order.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
from PIL import Image

from iad_data.core.images import check_sha256, load_image, read_checked, to_8bit
from iad_data.core.workspace import Workspace
from iad_data.errors import WorkspaceError
from iad_data.release.options import MAX_SHARD_BYTES
from iad_data.release.splits import SPLITS

ROW_GROUP_ROWS = 100
"""rows per parquet row group: small groups keep image shards streamable"""


def record_configs() -> tuple[str, ...]:
    """The published record configs: every registered record set, in registry order."""
    from iad_data.tasks.registry import record_sets

    return record_sets().names()


SAMPLE_COLUMNS: tuple[str, ...] = (
    "sample_id",
    "group_id",
    "dataset",
    "category",
    "source_split",
    "label",
    "defect_type",
    "defect_type_raw",
    "image_path",
    "image_sha256",
    "width",
    "height",
    "mode",
    "regions",
    "location",
    "defect_area_fraction",
    "license",
)
MANIFEST = "manifest.json"
IMAGE_TYPE = pa.struct([("bytes", pa.binary()), ("path", pa.string())])


@dataclass
class TreeFile:
    path: str
    """POSIX path inside the repository"""
    local: Path
    key: str
    """content key: sha256 of the file (card) or of its schema and row hashes (shards), so
    equal keys mean equal content without reading gigabytes of shards back"""
    size: int


@dataclass
class SplitPart:
    rows: int
    entries: list[TreeFile]
    row_hashes: dict[str, str]

    @property
    def files(self) -> list[str]:
        return [e.path for e in self.entries]

    @property
    def bytes(self) -> int:
        return sum(e.size for e in self.entries)


@dataclass
class ConfigPart:
    name: str
    splits: dict[str, SplitPart] = field(default_factory=dict)
    features: list[dict[str, Any]] = field(default_factory=list)
    example: dict[str, Any] = field(default_factory=dict)
    """first row of the first split, images replaced by their paths (for the card)"""


def _plain_type(t: pa.DataType) -> pa.DataType:
    """large_string/large_list/string_view (what polars writes) -> their plain forms."""
    if pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return pa.string()
    if pa.types.is_large_binary(t) or pa.types.is_binary_view(t):
        return pa.binary()
    if pa.types.is_large_list(t) or pa.types.is_list(t) or pa.types.is_list_view(t):
        return pa.list_(_plain_type(t.value_type))
    if pa.types.is_fixed_size_list(t):
        return pa.list_(_plain_type(t.value_type))
    if pa.types.is_struct(t):
        return pa.struct([pa.field(f.name, _plain_type(f.type)) for f in t])
    return t


def plain_table(frame: pl.DataFrame) -> pa.Table:
    table = frame.to_arrow()
    schema = pa.schema([pa.field(f.name, _plain_type(f.type)) for f in table.schema])
    return table.cast(schema)


def _features(schema: pa.Schema, image_columns: dict[str, str]) -> Any:
    """``datasets.Features`` of a shard schema; ``image_columns``: name -> image | images."""
    import datasets

    features = datasets.Features.from_arrow_schema(
        pa.schema([f for f in schema if f.name not in image_columns])
    )
    out = {}
    for f in schema:
        kind = image_columns.get(f.name)
        if kind == "image":
            out[f.name] = datasets.Image()
        elif kind == "images":
            out[f.name] = datasets.List(datasets.Image())
        else:
            out[f.name] = features[f.name]
    return datasets.Features(out)


def row_hashes(table: pa.Table, id_column: str, extra: list[str] | None = None) -> dict[str, str]:
    """``id -> 16 hex`` of each row's canonical JSON (image columns excluded: their shas count)."""
    out = {}
    extra = extra or [""] * table.num_rows
    for row, more in zip(table.to_pylist(), extra, strict=True):
        text = json.dumps(row, sort_keys=True, default=str, separators=(",", ":")) + more
        out[str(row[id_column])] = hashlib.sha256(text.encode()).hexdigest()[:16]
    return out


def _shard_plan(sizes: list[int], max_bytes: int) -> list[tuple[int, int]]:
    """(start, stop) row ranges whose summed estimated size stays under ``max_bytes``."""
    plan, start, acc = [], 0, 0
    for i, size in enumerate(sizes):
        if i > start and acc + size > max_bytes:
            plan.append((start, i))
            start, acc = i, 0
        acc += size
    plan.append((start, len(sizes)))
    return plan


def _merged_mask(paths: list[Path], dataset: str) -> bytes:
    """One PNG of the union of a sample's masks (the file itself when there is one)."""
    if len(paths) == 1:
        return read_checked(paths[0], dataset=dataset)
    arrays = []
    for p in paths:
        with load_image(p, dataset=dataset) as img:
            arrays.append(np.asarray(to_8bit(img).convert("L")) > 0)
    union = np.logical_or.reduce(arrays)
    buf = io.BytesIO()
    Image.fromarray((union * 255).astype(np.uint8)).save(buf, "PNG")
    return buf.getvalue()


class ImageSource:
    """Reads sample images (and masks) by sample id, from the benchmark roots."""

    def __init__(self, ws: Workspace, samples: pl.DataFrame) -> None:
        self.ws = ws
        self.roots = ws.dataset_roots()
        rows = samples.select("sample_id", "dataset", "image_path", "mask_paths", "image_sha256")
        self.info = {r[0]: (r[1], r[2], r[3], r[4]) for r in rows.iter_rows()}
        self._paths: dict[str, Path] = {}

    def path(self, sample_id: str) -> Path:
        path = self._paths.get(sample_id)
        if path is None:
            dataset, rel, _, _ = self._get(sample_id)
            path = self._paths[sample_id] = self.ws.image_file(dataset, rel, self.roots)
        return path

    def name(self, sample_id: str) -> str:
        dataset, rel, _, _ = self._get(sample_id)
        return f"{dataset}/{rel}"

    def sha(self, sample_id: str) -> str:
        return self._get(sample_id)[3]

    def size(self, sample_id: str) -> int:
        return self.path(sample_id).stat().st_size

    def images(self, sample_ids: list[str]) -> pa.StructArray:
        """An ``Image`` column of the samples: every file read straight into one buffer that
        becomes the arrow data buffer (no per-row objects, no second copy)."""
        paths = [self.path(s) for s in sample_ids]
        sizes = np.array([os.stat(p).st_size for p in paths], dtype=np.int64)
        offsets = np.zeros(len(paths) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        if offsets[-1] >= 2**31:
            raise WorkspaceError(
                f"{len(paths)} images of {offsets[-1]} bytes do not fit one shard; lower "
                f"max_shard_bytes."
            )
        buf = bytearray(int(offsets[-1]))
        view = memoryview(buf)
        for sample_id, path, start, size in zip(
            sample_ids, paths, offsets[:-1].tolist(), sizes.tolist(), strict=True
        ):
            with path.open("rb", buffering=0) as fh:
                got = 0
                while got < size:
                    n = fh.readinto(view[start + got : start + size])
                    if not n:
                        raise WorkspaceError(f"{path} shrank while it was read; run again.")
                    got += n
            self.check(sample_id, path, view[start : start + size])
        data = pa.Array.from_buffers(
            pa.binary(),
            len(paths),
            [None, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(buf)],
        )
        names = pa.array([self.name(s) for s in sample_ids], pa.string())
        return pa.StructArray.from_arrays([data, names], fields=list(IMAGE_TYPE))

    def check(self, sample_id: str, path: Path, data: bytes | memoryview) -> None:
        """``InputError`` naming the file and its dataset unless ``data`` is the image ingest
        hashed (the bytes are in memory anyway: one sha256 per published image)."""
        dataset, _, _, sha = self._get(sample_id)
        check_sha256(data, sha, path, dataset)

    def image(self, sample_id: str) -> dict[str, Any]:
        dataset, _, _, sha = self._get(sample_id)
        data = read_checked(self.path(sample_id), sha, dataset=dataset)
        return {"bytes": data, "path": self.name(sample_id)}

    def mask(self, sample_id: str) -> dict[str, Any] | None:
        dataset, rel, masks, _ = self._get(sample_id)
        if not masks:
            return None
        paths = [self.ws.image_file(dataset, m, self.roots) for m in masks]
        return {"bytes": _merged_mask(paths, dataset), "path": f"{dataset}/{masks[0]}"}

    def _get(self, sample_id: str) -> tuple[str, str, list[str], str]:
        try:
            return self.info[sample_id]
        except KeyError:
            raise WorkspaceError(
                f"a record names sample {sample_id!r}, which is not in "
                f"{self.ws.samples_path}: re-run the synthesis stage that wrote it."
            ) from None


def _write_shards(
    out: Path,
    config: str,
    split: str,
    table: pa.Table,
    images: Iterator[dict[str, pa.Array]] | None,
    plan: list[tuple[int, int]],
    schema: pa.Schema,
    hashes: list[str],
) -> list[TreeFile]:
    """Write ``table`` rows in ``plan`` ranges, appending each range's image columns.

    ``hashes`` are the rows' content hashes (image hashes included), in row order.
    """
    entries = []
    schema_text = schema.to_string(show_schema_metadata=True)
    n = len(plan)
    (out / config).mkdir(parents=True, exist_ok=True)
    for k, (start, stop) in enumerate(plan):
        name = f"{config}/{split}-{k:05d}-of-{n:05d}.parquet"
        part = table.slice(start, stop - start)
        if images is not None:
            for col, arr in next(images).items():
                part = part.append_column(col, arr)
        pq.write_table(
            part.cast(schema), out / name, row_group_size=ROW_GROUP_ROWS, compression="snappy"
        )
        key = hashlib.sha256(
            "\n".join([name, schema_text, *hashes[start:stop]]).encode()
        ).hexdigest()
        entries.append(TreeFile(name, out / name, key, (out / name).stat().st_size))
    return entries


def _prefetched(
    build: Callable[[list[str]], dict[str, pa.Array]], chunks: list[list[str]]
) -> Iterator[dict[str, pa.Array]]:
    """``build(chunk)`` for each chunk, the next one read in a thread while the current one
    is written (file reads and parquet writing both release the GIL)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(build, chunks[0]) if chunks else None
        for k in range(len(chunks)):
            assert pending is not None
            current = pending.result()
            pending = pool.submit(build, chunks[k + 1]) if k + 1 < len(chunks) else None
            yield current
            del current


def build_samples(
    ws: Workspace,
    out: Path,
    samples: pl.DataFrame,
    splits: dict[str, str],
    src: ImageSource,
    *,
    masks: bool,
    max_shard_bytes: int,
) -> ConfigPart:
    part = ConfigPart("samples")
    frame = samples.with_columns(
        pl.col("sample_id").replace_strict(splits, default=None).alias("_split")
    )
    image_cols = {"image": "image", **({"mask": "image"} if masks else {})}
    schema: pa.Schema | None = None
    for split in SPLITS:
        rows = frame.filter(pl.col("_split") == split).sort("sample_id")
        if rows.is_empty():
            continue
        table = plain_table(rows.select(SAMPLE_COLUMNS))
        ids = rows["sample_id"].to_list()
        sizes = [src.size(s) + 1024 for s in ids]
        plan = _shard_plan(sizes, max_shard_bytes)

        def shard_columns(chunk: list[str]) -> dict[str, pa.Array]:
            cols = {"image": src.images(chunk)}
            if masks:
                cols["mask"] = pa.array([src.mask(s) for s in chunk], IMAGE_TYPE)
            return cols

        columns = _prefetched(shard_columns, [ids[a:b] for a, b in plan])

        if schema is None:
            full = table.schema.append(pa.field("image", IMAGE_TYPE))
            if masks:
                full = full.append(pa.field("mask", IMAGE_TYPE))
            features = _features(full, image_cols)
            schema = features.arrow_schema
            part.features = features._to_yaml_list()
            example = table.slice(0, 1).to_pylist()[0]
            example["image"] = src.name(ids[0])
            part.example = example
        hashes = row_hashes(table, "sample_id")
        files = _write_shards(
            out, "samples", split, table, columns, plan, schema, list(hashes.values())
        )
        part.splits[split] = SplitPart(len(ids), files, hashes)
    return part


def build_records(
    out: Path,
    config: str,
    path: Path,
    splits: dict[str, str],
    src: ImageSource,
    *,
    max_shard_bytes: int,
    frame: pl.DataFrame | None = None,
) -> ConfigPart:
    """``frame``: the records to write (default: all of ``path``)."""
    part = ConfigPart(config)
    frame = pl.read_parquet(path) if frame is None else frame
    if "images" in frame.columns:
        frame = frame.rename({"images": "image_ids"})
    unknown = sorted(set(frame["sample_id"].to_list()) - set(splits))
    if unknown:
        raise WorkspaceError(
            f"{path}: {len(unknown)} record(s) name samples without a split (first: "
            f"{unknown[0]}); run `iad-data split` again after the last ingest."
        )
    frame = frame.with_columns(pl.col("sample_id").replace_strict(splits).alias("_split"))
    schema: pa.Schema | None = None
    for split in SPLITS:
        rows = frame.filter(pl.col("_split") == split).sort("record_id").drop("_split")
        if rows.is_empty():
            continue
        table = plain_table(rows)
        image_ids: list[list[str]] = rows["image_ids"].to_list()
        sizes = [sum(src.size(s) for s in ids) + 2048 for ids in image_ids]
        plan = _shard_plan(sizes, max_shard_bytes)

        def columns(
            image_ids: list[list[str]] = image_ids, plan: list[tuple[int, int]] = plan
        ) -> Iterator[dict[str, pa.Array]]:
            for start, stop in plan:
                chunk = image_ids[start:stop]
                # records of one sample sit side by side: read each image once per shard
                wanted = dict.fromkeys(s for ids in chunk for s in ids)
                read = {s: src.image(s) for s in wanted}
                data = [[read[s] for s in ids] for ids in chunk]
                yield {"images": pa.array(data, pa.list_(IMAGE_TYPE))}

        if schema is None:
            features = _features(
                table.schema.append(pa.field("images", pa.list_(IMAGE_TYPE))), {"images": "images"}
            )
            schema = features.arrow_schema
            part.features = features._to_yaml_list()
            example = table.slice(0, 1).to_pylist()[0]
            example["images"] = [src.name(s) for s in image_ids[0]]
            part.example = example
        shas = ["|".join(src.sha(s) for s in ids) for ids in image_ids]
        hashes = row_hashes(table, "record_id", shas)
        files = _write_shards(
            out, config, split, table, columns(), plan, schema, list(hashes.values())
        )
        part.splits[split] = SplitPart(len(rows), files, hashes)
    return part


def file_entry(root: Path, rel: str) -> TreeFile:
    path = root / rel
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return TreeFile(rel, path, digest.hexdigest(), path.stat().st_size)


def content_hash(files: list[TreeFile]) -> str:
    """Hash of every file but the manifest: equal hashes mean identical published content."""
    digest = hashlib.sha256()
    for f in sorted(files, key=lambda f: f.path):
        if f.path != MANIFEST:
            digest.update(f"{f.path}\x00{f.key}\n".encode())
    return digest.hexdigest()


__all__ = [
    "MANIFEST",
    "MAX_SHARD_BYTES",
    "record_configs",
    "ConfigPart",
    "ImageSource",
    "SplitPart",
    "TreeFile",
    "build_records",
    "build_samples",
    "content_hash",
    "file_entry",
]
