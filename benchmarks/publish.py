"""Publishing to the local target against pyarrow alone writing the same shards (run by hand).

    python benchmarks/publish.py                       # 10,000 images of 512 px
    python benchmarks/publish.py 2000 --repeat 2
    python benchmarks/publish.py --tree /tmp/trees     # keep/reuse the synthetic tree

Setup (not timed): an MVTec-layout synthetic tree (``benchmarks/ingest.py``'s builder),
ingest, ``make_splits(check_leaks=True)`` (which fills the perceptual-hash cache, as the
``split`` stage does before a publish). Then, on a warm page cache, in the same run:

- **pyarrow alone**: per split, read every image's bytes and write the same shards (same
  rows, same columns, same shard plan, row groups and compression) with ``pq.write_table``;
- **publish**: ``iad_data.release.publish.publish(ws, to=DIR, version=..., allow_leak=True)``:
  record
  checks, leakage check against the caches, the shards, row hashes, the card and the
  manifest. (``allow_leak``: the synthetic generator re-draws some parts in the same pose
  with fresh noise, which the leakage check reports as near duplicates.)

Target: publish at most 1.5x pyarrow alone. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_RATIO = 1.5


def _ingest_bench() -> Any:
    """``benchmarks/ingest.py`` as a module (its tree builder is reused)."""
    spec = importlib.util.spec_from_file_location(
        "bench_ingest", Path(__file__).with_name("ingest.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_ingest"] = module  # picklable for its process pool
    spec.loader.exec_module(module)
    return module


def pyarrow_alone(ws_path: Path, out: Path) -> tuple[float, int]:
    """Write the samples shards with pyarrow only; returns (seconds, bytes written)."""
    import polars as pl
    import pyarrow as pa
    import pyarrow.parquet as pq

    from iad_data.core.workspace import Workspace
    from iad_data.release.layout import (
        IMAGE_TYPE,
        MAX_SHARD_BYTES,
        ROW_GROUP_ROWS,
        SAMPLE_COLUMNS,
        _shard_plan,
        plain_table,
    )

    started = time.perf_counter()
    ws = Workspace(ws_path)
    roots = ws.dataset_roots()
    samples = pl.read_parquet(ws.samples_path)
    splits = pl.read_parquet(ws.path / "splits.parquet")
    frame = samples.join(splits, on="sample_id")
    written = 0
    out.mkdir(parents=True)
    for split in ("train", "validation", "test"):
        rows = frame.filter(pl.col("split") == split).sort("sample_id")
        if rows.is_empty():
            continue
        paths = [roots[d] / p for d, p in rows.select("dataset", "image_path").iter_rows()]
        plan = _shard_plan([p.stat().st_size + 1024 for p in paths], MAX_SHARD_BYTES)
        table = plain_table(rows.select(SAMPLE_COLUMNS))
        for k, (a, b) in enumerate(plan):
            images = pa.array(
                [{"bytes": p.read_bytes(), "path": str(p)} for p in paths[a:b]], IMAGE_TYPE
            )
            part = table.slice(a, b - a).append_column("image", images)
            dest = out / f"{split}-{k:05d}-of-{len(plan):05d}.parquet"
            pq.write_table(part, dest, row_group_size=ROW_GROUP_ROWS, compression="snappy")
            written += dest.stat().st_size
    return time.perf_counter() - started, written


def publish_run(ws_path: Path, out: Path, version: str) -> tuple[float, Any]:
    from iad_data.release.publish import publish

    started = time.perf_counter()
    # allow_leak: the synthetic tree re-draws some parts in the same pose with fresh noise,
    # which the leakage check rightly reports; the check still runs (and is timed).
    result = publish(ws_path, to=out, version=version, allow_leak=True)
    return time.perf_counter() - started, result


def setup(root: Path, ws_path: Path, n: int, size: int) -> None:
    from iad_data.ingestion.build import ingest
    from iad_data.release.splits import make_splits

    if not (root / "license.txt").exists():
        t0 = time.perf_counter()
        built = _ingest_bench().build_tree(root, n, size, 0.3, os.cpu_count() or 1)
        print(f"built {built} images at {size}px in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    result = ingest("mvtec", root, ws_path, progress=False)
    print(f"ingest: {result.samples.height} samples in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    split = make_splits(ws_path, check_leaks=True)
    print(
        f"split + leakage hashes: {split.counts} in {time.perf_counter() - t0:.1f} s "
        f"(leaks: {split.leakage['exact']} exact, {split.leakage['near']} near)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("images", nargs="?", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; best reported")
    parser.add_argument("--tree", help="keep trees in (and reuse them from) this folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="iad-bench-publish-"))
    try:
        base = Path(args.tree) if args.tree else work
        root = base / f"mvtec-{args.images}-{args.size}"
        ws_path = work / "ws"
        setup(root, ws_path, args.images, args.size)
        for path in root.rglob("*.png"):
            path.read_bytes()  # warm the page cache for both contenders
        arrow_s, pub_s = [], []
        result: Any = None
        arrow_bytes = 0
        for i in range(args.repeat):
            s, arrow_bytes = pyarrow_alone(ws_path, work / f"arrow{i}")
            arrow_s.append(s)
            shutil.rmtree(work / f"arrow{i}")
            s, result = publish_run(ws_path, work / f"pub{i}", f"1.0.{i}")
            pub_s.append(s)
            shutil.rmtree(work / f"pub{i}")
        best_arrow, best_pub = min(arrow_s), min(pub_s)
        ratio = best_pub / best_arrow
        verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
        n = sum(d["added"] for d in result.diff["samples"].values())
        print(f"--- {n} images of {args.size}px, best of {args.repeat} ---")
        print(f"pyarrow alone : {best_arrow:7.2f} s  {arrow_bytes / 2**20:8.0f} MiB of shards")
        print(
            f"publish       : {best_pub:7.2f} s  {result.bytes / 2**20:8.0f} MiB in "
            f"{result.files} files (card, manifest, row hashes, leakage check included)"
        )
        print(f"all runs      : pyarrow {arrow_s}, publish {pub_s}")
        print(f"ratio         : {ratio:.2f}x ({verdict} the {TARGET_RATIO}x target)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
