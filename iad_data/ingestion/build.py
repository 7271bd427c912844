"""``ingest``: benchmark root -> rows of the samples table, plus a report of what went wrong.

The source lists candidates; ``build_chunk`` (a plain function over a chunk, run in worker
processes) hashes each image, checks it, decodes its masks and extracts regions. A bad file
becomes a ``Problem`` row in the report, never the end of the run.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
from tqdm import tqdm

from iad_data.core.images import ImageProblem, MaskRead, inspect_image, read_mask
from iad_data.core.lock import workspace_lock
from iad_data.core.options import make_options
from iad_data.core.parallel import chunked, default_workers, map_chunks
from iad_data.core.regions import bounding_crop, summarise_crop
from iad_data.core.sample import (
    NORMAL_DEFECT_TYPE,
    Label,
    Sample,
    make_sample_id,
    normalise_defect_type,
)
from iad_data.core.table import encode_dict, model_schema
from iad_data.core.workspace import Workspace, write_json
from iad_data.errors import InputError, SourceLayoutError
from iad_data.ingestion.integrity import CountDiff, compare_counts
from iad_data.ingestion.options import IngestOptions
from iad_data.ingestion.sources import Problem, get_source
from iad_data.ingestion.sources.base import Candidate
from iad_data.ingestion.sources.layout_file import LayoutArg, read_layout

MAX_CHUNK = 128
"""images per worker task at most; about 16 tasks per worker below that (balances the tail)"""
FRAME_BATCH = 4096
"""rows gathered as dicts before they become a polars frame (bounds the parent's memory)"""
MAX_MASK_VALUES = 16


@dataclass(frozen=True)
class _Context:
    root: Path
    dataset: str
    license: str


def chunk_size(n_candidates: int, workers: int) -> int:
    """About 16 tasks per worker, at most ``MAX_CHUNK`` images each."""
    return max(1, min(MAX_CHUNK, n_candidates // (16 * workers)))


COLUMNS = tuple(model_schema(Sample))
"""the samples table's columns, in ``Sample`` field order (what ``build_chunk`` fills)"""


def _build_one(ctx: _Context, cand: Candidate) -> tuple[Any, ...] | Problem:
    """One candidate -> one row of the samples table (values in ``COLUMNS`` order) or a problem.

    Rows are built as plain tuples: validating and dumping a pydantic ``Sample`` per image
    cost more than hashing it. ``tests/test_ingest.py`` validates every row against
    ``Sample``.
    """
    root = ctx.root
    try:
        info = inspect_image(root / cand.image_path)
    except ImageProblem as exc:
        return Problem(cand.image_path, exc.kind, f"{exc}; replace the file from the release.")
    crop: np.ndarray[Any, np.dtype[np.bool_]] | None = None
    oy = ox = 0
    full: np.ndarray[Any, np.dtype[np.bool_]] | None = None
    values: set[int] = set()
    for mask_rel in cand.mask_paths:
        try:
            read = read_mask(root / mask_rel)
        except ImageProblem as exc:
            kind = "corrupt_mask" if exc.kind == "corrupt_image" else exc.kind
            return Problem(mask_rel, kind, f"{exc}; replace the mask from the release.")
        if read.shape != (info.height, info.width):
            return Problem(
                mask_rel,
                "mask_size_mismatch",
                f"mask is {read.shape[1]}x{read.shape[0]} but its image {cand.image_path} is "
                f"{info.width}x{info.height}; the pair does not belong together. Restore both "
                f"from the release.",
            )
        values.update(read.values)
        if crop is None:  # the usual case: one mask, kept as its bounding-box crop
            crop, (oy, ox) = read.crop, read.offset
        else:  # several masks (one per defect): union of the full arrays
            if full is None:
                full = MaskRead(crop, (oy, ox), read.shape, ()).mask
            full |= read.mask
            crop, oy, ox = bounding_crop(full)
    has_defect = crop is not None and crop.size > 0
    label = cand.label
    raw = cand.defect_type_raw
    if label is None:  # label from mask content (KolektorSDD)
        label = Label.ANOMALY if has_defect else Label.NORMAL
        if not has_defect:  # such a source names every image "defect"; an empty mask is good
            raw = NORMAL_DEFECT_TYPE
    extra: dict[str, Any] = dict(cand.extra)
    regions: list[dict[str, Any]] = []
    location = None
    fraction = 0.0
    if has_defect:
        if label is Label.NORMAL:
            return Problem(
                cand.mask_paths[0],
                "mask_on_normal",
                f"normal image {cand.image_path} has a non-empty mask; check which folder it "
                f"belongs in.",
            )
        assert crop is not None
        summary = summarise_crop(crop, oy, ox, info.height, info.width)
        regions, location = summary.regions, summary.location
        # numpy's rounding, as the table has always been written (it differs from round's)
        fraction = float(np.round(summary.area_px / (info.height * info.width), 8))
    elif label is Label.ANOMALY:
        return Problem(
            cand.mask_paths[0] if cand.mask_paths else cand.image_path,
            "empty_mask",
            f"anomalous image {cand.image_path} has an empty mask (no pixel > 0); the defect "
            f"cannot be located. Restore the mask from the release.",
        )
    if label is Label.ANOMALY and values and values != {255} and len(values) <= MAX_MASK_VALUES:
        extra["mask_values"] = sorted(values)
    sample_id = make_sample_id(ctx.dataset, cand.category, cand.image_path)
    row = {
        "sample_id": sample_id,
        "group_id": (
            make_sample_id(ctx.dataset, cand.category, cand.group_key)
            if cand.group_key
            else sample_id
        ),
        "dataset": ctx.dataset,
        "category": cand.category,
        "source_split": cand.source_split.value,
        "label": label.value,
        "defect_type": (
            NORMAL_DEFECT_TYPE if label is Label.NORMAL else normalise_defect_type(raw)
        ),
        "defect_type_raw": raw,
        "image_path": cand.image_path,
        "image_sha256": info.sha256,
        "width": info.width,
        "height": info.height,
        "mode": info.mode,
        "mask_paths": list(cand.mask_paths),
        "regions": regions,
        "location": location,
        "defect_area_fraction": fraction,
        "license": ctx.license,
        "extra": encode_dict(extra) if extra else "{}",
    }
    return tuple(row[name] for name in COLUMNS)


Columns = dict[str, list[Any]]
"""rows of the samples table as one list per column (cheaper to send and to frame than dicts)"""


def build_chunk(ctx: _Context, chunk: Sequence[Candidate]) -> tuple[Columns, list[Problem]]:
    """The ingest worker: a plain function over a chunk -> (columns of rows, problems).

    A file that breaks the reader in a way nobody foresaw becomes an ``internal_error``
    problem for that file, so one odd file never ends a 100k-image run.
    """
    rows: list[tuple[Any, ...]] = []
    problems: list[Problem] = []
    for cand in chunk:
        try:
            item = _build_one(ctx, cand)
        except Exception as exc:  # noqa: BLE001 - recorded per file, with its type and text
            item = Problem(
                cand.image_path,
                "internal_error",
                f"iad-data failed on this file ({type(exc).__name__}: {exc}); please report "
                f"it as a bug, with the file.",
            )
        if isinstance(item, Problem):
            problems.append(item)
        else:
            rows.append(item)
    columns: Columns = {name: [] for name in (*ROW_COLUMNS, *REGION_COLUMNS)}
    if rows:
        for name, col in zip(COLUMNS, zip(*rows, strict=True), strict=True):
            if name == "mask_paths":  # NUL never occurs in a path; polars splits them back
                columns[name] = ["\0".join(paths) for paths in col]
            elif name != "regions":
                columns[name] = list(col)
        flat = [columns[name] for name in REGION_COLUMNS]
        for i, regions in enumerate(_column_of(rows, "regions")):
            for r in regions:
                (x1, y1, x2, y2), (n1, n2, n3, n4), (cx, cy) = (
                    r["bbox"],
                    r["bbox_norm"],
                    r["centroid"],
                )
                values = (i, x1, y1, x2, y2, n1, n2, n3, n4, r["area_px"], r["area_fraction"])
                for target, value in zip(flat, (*values, cx, cy, r["location"]), strict=True):
                    target.append(value)
    return columns, problems


def _column_of(rows: Sequence[tuple[Any, ...]], name: str) -> list[Any]:
    at = COLUMNS.index(name)
    return [row[at] for row in rows]


_REGION_SCHEMA: dict[str, pl.DataType] = {
    "region_row": pl.Int64(),
    **{k: pl.Int64() for k in ("x1", "y1", "x2", "y2")},
    **{k: pl.Float64() for k in ("n1", "n2", "n3", "n4")},
    "area_px": pl.Int64(),
    "area_fraction": pl.Float64(),
    "cx": pl.Float64(),
    "cy": pl.Float64(),
    "location": pl.String(),
}
REGION_COLUMNS = tuple(f"r_{k}" for k in _REGION_SCHEMA)
"""the regions of a chunk's rows, flat: one entry per region, ``r_region_row`` its row"""
ROW_COLUMNS = tuple(name for name in COLUMNS if name != "regions")


def columns_to_frame(columns: Columns, schema: Mapping[str, pl.DataType]) -> pl.DataFrame:
    """Columns from ``build_chunk`` -> samples frame.

    The nested ``regions`` column is put together from the flat region columns by polars:
    building a list-of-structs column from Python dicts row by row cost more than the rest
    of the table.
    """
    flat = pl.DataFrame({k: columns[f"r_{k}"] for k in _REGION_SCHEMA}, schema=_REGION_SCHEMA)
    regions = flat.group_by("region_row").agg(
        pl.struct(
            bbox=pl.concat_list("x1", "y1", "x2", "y2"),
            bbox_norm=pl.concat_list("n1", "n2", "n3", "n4"),
            area_px="area_px",
            area_fraction="area_fraction",
            centroid=pl.concat_list("cx", "cy"),
            location="location",
        ).alias("regions")
    )
    row_schema = {name: schema[name] for name in ROW_COLUMNS}
    rows = pl.DataFrame(
        {name: columns[name] for name in ROW_COLUMNS},
        schema={**row_schema, "mask_paths": pl.String()},
    ).with_row_index("region_row")
    paths = pl.col("mask_paths")
    return (
        rows.with_columns(
            pl.col("region_row").cast(pl.Int64),
            pl.when(paths == "")
            .then(pl.lit([], dtype=schema["mask_paths"]))
            .otherwise(paths.str.split("\0"))
            .alias("mask_paths"),
        )
        .join(regions, on="region_row", how="left")
        .sort("region_row")
        .with_columns(
            pl.col("regions").fill_null(pl.lit([], dtype=schema["regions"])).cast(schema["regions"])
        )
        .select(list(schema))
    )


@dataclass
class IngestResult:
    """What one ingest produced; ``samples`` holds only this ingest's rows."""

    dataset: str
    root: Path
    samples: pl.DataFrame
    problems: list[Problem]
    count_diffs: list[CountDiff]
    categories: list[str]
    report_path: Path
    seconds: float
    problem_counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "samples": self.samples.height,
            "categories": self.categories,
            "problems": len(self.problems),
            "problems_by_kind": self.problem_counts,
            "count_differences": [d.message for d in self.count_diffs],
            "report": str(self.report_path),
            "seconds": round(self.seconds, 3),
        }


def ingest(
    source: str,
    root: str | Path | None = None,
    workspace: str | Path | Workspace = "iad-workspace",
    options: IngestOptions | None = None,
    *,
    progress: bool = True,
    wait: bool = False,
    **overrides: Any,
) -> IngestResult:
    """Read a benchmark into the workspace's samples table and write an ingest report.

    ``options`` (or its fields as keywords: ``categories``, ``workers``, ``strict``,
    ``layout``) are the stage's ``IngestOptions``; ``root`` may be given positionally.
    Rows of other datasets (and, with ``categories``, of other categories) are kept as
    they are. With ``strict``, any problem raises ``InputError`` after the table and report
    are written, so nothing done is lost. ``layout`` (a YAML path, or a mapping in a call)
    sets the source's layout options: required by ``folder``, see ``docs/sources.md``.

    The workspace's lock is held throughout (``iad_data.core.lock``): while another command
    writes the workspace, ingest is refused with ``WorkspaceLocked``, or waits with ``wait``.
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    with workspace_lock(ws, "ingest", wait=wait):
        return _ingest(source, root, ws, options, progress=progress, overrides=overrides)


def _ingest(
    source: str,
    root: str | Path | None,
    workspace: Workspace,
    options: IngestOptions | None,
    *,
    progress: bool,
    overrides: dict[str, Any],
) -> IngestResult:
    layout: LayoutArg | None = overrides.pop("layout", None)
    if root is not None:
        overrides["root"] = root
    if layout is not None and not isinstance(layout, Mapping):
        overrides["layout"] = layout
    opts = make_options(IngestOptions, options, overrides, "ingest")
    if layout is None:
        layout = opts.layout
    categories, workers, strict = opts.categories, opts.workers, opts.strict
    out = workspace
    root = opts.root
    started = time.perf_counter()
    src = get_source(source)
    if layout is not None:
        try:
            src = src.configure(read_layout(layout))
        except SourceLayoutError as exc:
            if isinstance(layout, Mapping):
                raise
            raise SourceLayoutError(f"layout file {layout}: {exc}") from None
    if opts.follow_symlinks:
        src = src.following_symlinks()
    root_path = Path(root).expanduser().resolve()
    ws = out if isinstance(out, Workspace) else Workspace(out)
    scan = src.scan(root_path, set(categories) if categories else None)
    ctx = _Context(root_path, src.name, src.license)
    n_workers = workers or default_workers()
    chunks = chunked(scan.candidates, chunk_size(len(scan.candidates), n_workers))
    schema = model_schema(Sample)
    frames: list[pl.DataFrame] = []
    columns: Columns = {name: [] for name in (*ROW_COLUMNS, *REGION_COLUMNS)}
    problems = list(scan.problems)
    bar = tqdm(
        total=len(scan.candidates),
        desc=f"ingest {src.cli_name}",
        unit="img",
        disable=not progress,
        leave=False,
    )
    mapped = map_chunks(
        partial(build_chunk, ctx), chunks, n_workers, opts.mapper(), what="ingesting"
    )
    for chunk_columns, chunk_problems in mapped:
        offset = len(columns["sample_id"])
        columns["r_region_row"].extend(i + offset for i in chunk_columns.pop("r_region_row"))
        for name, values in chunk_columns.items():
            columns[name].extend(values)
        problems.extend(chunk_problems)
        if len(columns["sample_id"]) >= FRAME_BATCH:
            frames.append(columns_to_frame(columns, schema))
            columns = {name: [] for name in (*ROW_COLUMNS, *REGION_COLUMNS)}
        bar.update(len(chunk_columns["sample_id"]) + len(chunk_problems))
    bar.close()
    frames.append(columns_to_frame(columns, schema))
    frame = pl.concat(frames, rechunk=True).sort("sample_id")
    ws.replace_samples(frame, src.name, list(categories) if categories else None)
    diffs = compare_counts(frame, src.official_counts, scan.categories_found)
    kinds = dict(sorted(Counter(p.kind for p in problems).items()))
    report_path = ws.ingest_report_path(src.name)
    result = IngestResult(
        dataset=src.name,
        root=root_path,
        samples=frame,
        problems=problems,
        count_diffs=diffs,
        categories=scan.categories_found,
        report_path=report_path,
        seconds=time.perf_counter() - started,
        problem_counts=kinds,
    )
    missing_categories = [c for c in src.categories if c not in scan.categories_found]
    write_json(
        report_path,
        {
            **result.summary(),
            "root": str(root_path),
            "license": src.license,
            "categories_not_ingested": missing_categories if not categories else [],
            "problems": [p.as_dict() for p in problems],
            "count_differences": [d.as_dict() for d in diffs],
        },
    )
    if strict and problems:
        raise InputError(
            f"{len(problems)} problem(s) while ingesting {src.title} from {root_path} "
            f"(see {report_path}); the {frame.height} good samples were written."
        )
    return result
