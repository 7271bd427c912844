"""Ingest speed and memory against the floor of reading the same files (run by hand).

    python benchmarks/ingest.py                  # 5,000 images at 512x512, masks on 30%
    python benchmarks/ingest.py 1000,10000 --size 256 --repeat 2
    python benchmarks/ingest.py 1000 --tree /tmp/trees   # keep the tree for the next run

The floor is one process reading every file's bytes and decoding every mask; ingest is
``iad_data.ingestion.build`` with worker processes (all cores by default), run in a fresh
subprocess so its peak RSS (``getrusage``) is its own. Target: ingest wall time at most
1.3x the floor, and a peak RSS that does not grow with the number of images beyond the
table itself. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

TARGET_RATIO = 1.3
MAX_DEFECTS = 3


def _write_category(args: tuple[Path, str, int, int, int, int, int]) -> int:
    from iad_data.ingestion.generators import generate

    root, category, seed, n_train, n_test_good, n_per_defect, size = args
    tree = generate(
        "mvtec",
        root,
        categories=[category],
        max_defects=MAX_DEFECTS,
        n_train=n_train,
        n_test_good=n_test_good,
        n_test_per_defect=n_per_defect,
        size=size,
        seed=seed,
    )
    return len(tree.images)


def build_tree(root: Path, n_images: int, size: int, mask_share: float, workers: int) -> int:
    """An MVTec-layout tree of about ``n_images`` images over the 15 categories."""
    from iad_data.ingestion.generators.mvtec import MVTEC_DEFECTS

    categories = sorted(MVTEC_DEFECTS)
    slots = len(categories) * MAX_DEFECTS
    n_per_defect = max(1, round(n_images * mask_share / slots))
    normals = max(len(categories), n_images - n_per_defect * slots)
    jobs = []
    for i, category in enumerate(categories):
        n_normal = normals // len(categories) + (1 if i < normals % len(categories) else 0)
        n_test_good = max(1, n_normal // 8)
        jobs.append((root, category, i, n_normal - n_test_good, n_test_good, n_per_defect, size))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(_write_category, jobs))


def list_files(root: Path) -> list[Path]:
    out: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        out.extend(Path(folder) / f for f in sorted(files) if f.lower().endswith(".png"))
    return out


def floor(root: Path) -> tuple[float, int, int, float]:
    """Single process: list, read every file's bytes, decode every mask to booleans.

    Returns wall seconds, images, masks and CPU seconds.
    """
    started = time.perf_counter()
    cpu = time.process_time()
    n_images = n_masks = 0
    for path in list_files(root):
        data = path.read_bytes()
        if "ground_truth" in path.parts:
            mask = np.asarray(Image.open(io.BytesIO(data))) > 0
            n_masks += int(mask.shape[0] > 0)
        else:
            n_images += 1
    return time.perf_counter() - started, n_images, n_masks, time.process_time() - cpu


def floor_hash(root: Path) -> tuple[float, float]:
    """Single process: list, read and SHA-256 every file. Wall and CPU seconds."""
    started = time.perf_counter()
    cpu = time.process_time()
    for path in list_files(root):
        hashlib.sha256(path.read_bytes()).hexdigest()
    return time.perf_counter() - started, time.process_time() - cpu


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_child(root: Path, workspace: Path, workers: int | None) -> dict[str, Any]:
    """Ingest in a fresh interpreter; returns its timing and peak RSS figures."""
    cmd = [sys.executable, __file__, "--child", str(root), str(workspace), str(workers or 0)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def child(root: str, workspace: str, workers: int) -> None:
    started = time.perf_counter()
    from iad_data.ingestion.build import ingest

    imported = time.perf_counter()
    cpu_before = _cpu_seconds(resource.RUSAGE_SELF)
    result = ingest("mvtec", root, workspace, workers=workers or None, progress=False)
    finished = time.perf_counter()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "samples": result.samples.height,
                "problems": len(result.problems),
                "seconds": finished - imported,
                "cpu_seconds": _cpu_seconds(resource.RUSAGE_SELF)
                - cpu_before
                + _cpu_seconds(resource.RUSAGE_CHILDREN),
                "import_seconds": imported - started,
                "table_mb": result.samples.estimated_size() / 2**20,
                "parquet_mb": Path(workspace, "samples.parquet").stat().st_size / 2**20,
                "peak_rss_main_mb": own / 1024,
                "peak_rss_worker_mb": kids / 1024,
            }
        )
    )


def warm(root: Path) -> None:
    for path in list_files(root):
        path.read_bytes()


def measure(root: Path, work: Path, workers: int | None, repeat: int) -> dict[str, Any]:
    """Best and median floor and ingest over ``repeat`` runs on a warm page cache.

    Floors and ingest runs alternate, so a burst of load from other work hits both.
    """
    warm(root)
    floors, hashes, runs = [], [], []
    for i in range(repeat):
        floors.append(floor(root))
        hashes.append(floor_hash(root))
        ws = work / f"ws{i}"
        shutil.rmtree(ws, ignore_errors=True)
        runs.append(run_child(root, ws, workers))
        shutil.rmtree(ws, ignore_errors=True)
    best = min(runs, key=lambda r: r["seconds"])
    return {
        **best,
        "median_s": statistics.median(r["seconds"] for r in runs),
        "best_cpu_s": min(r["cpu_seconds"] for r in runs),
        "median_cpu_s": statistics.median(r["cpu_seconds"] for r in runs),
        "floor_s": min(f[0] for f in floors),
        "floor_median_s": statistics.median(f[0] for f in floors),
        "floor_cpu_s": min(f[3] for f in floors),
        "hash_s": min(h[0] for h in hashes),
        "hash_cpu_s": min(h[1] for h in hashes),
        "n_images": floors[0][1],
        "n_masks": floors[0][2],
        "repeat": repeat,
    }


def report(n: int, r: dict[str, Any], workers: int | None) -> None:
    ratio = r["seconds"] / r["floor_s"]
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"--- {n} images requested, best (median) of {r['repeat']} ---")
    print(
        f"floor  : {r['floor_s']:7.2f} s ({r['floor_median_s']:.2f})  "
        f"{r['n_images'] / r['floor_s']:8.0f} images/s  "
        f"(read every file, decode {r['n_masks']} masks, one process)"
    )
    print(
        f"floor2 : {r['hash_s']:7.2f} s  {r['n_images'] / r['hash_s']:8.0f} images/s  "
        f"(read and SHA-256 every file, one process; ingest is "
        f"{r['seconds'] / r['hash_s']:.2f}x this)"
    )
    print(
        f"ingest : {r['seconds']:7.2f} s ({r['median_s']:.2f})  "
        f"{r['samples'] / r['seconds']:8.0f} images/s  "
        f"({r['samples']} samples, {r['problems']} problems, "
        f"workers={workers or 'all cores'}, import {r['import_seconds']:.2f} s not counted)"
    )
    print(
        f"ratio  : {ratio:.2f}x the floor, medians {r['median_s'] / r['floor_median_s']:.2f}x "
        f"({verdict} the {TARGET_RATIO}x target)"
    )
    print(
        f"cpu    : ingest {r['best_cpu_s']:.2f} CPU s ({r['median_cpu_s']:.2f}; all processes) "
        f"vs floor {r['floor_cpu_s']:.2f} CPU s ({r['best_cpu_s'] / r['floor_cpu_s']:.2f}x), "
        f"floor2 {r['hash_cpu_s']:.2f} CPU s ({r['best_cpu_s'] / r['hash_cpu_s']:.2f}x); "
        f"on a loaded machine trust CPU time"
    )
    print(
        f"memory : peak RSS main {r['peak_rss_main_mb']:.0f} MiB, largest worker "
        f"{r['peak_rss_worker_mb']:.0f} MiB; table {r['table_mb']:.1f} MiB in memory, "
        f"{r['parquet_mb']:.1f} MiB parquet"
    )


def run(args: argparse.Namespace, work: Path) -> None:
    sizes = [int(x) for x in str(args.images).split(",")]
    for n in sizes:
        root = Path(args.tree) / f"mvtec-{n}-{args.size}" if args.tree else work / f"mvtec-{n}"
        if not (root / "license.txt").exists():
            t0 = time.perf_counter()
            built = build_tree(root, n, args.size, args.mask_share, os.cpu_count() or 1)
            print(f"built {built} images at {args.size}px in {time.perf_counter() - t0:.1f} s")
        files = list_files(root)
        size_mb = sum(p.stat().st_size for p in files) / 2**20
        print(f"tree: {root} ({len(files)} PNG files, {size_mb:.0f} MiB)")
        report(n, measure(root, work, args.workers, args.repeat), args.workers)
        if not args.tree:
            shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "images", nargs="?", default="5000", help="images per tree; comma-separate for several"
    )
    parser.add_argument("--size", type=int, default=512, help="image side in pixels")
    parser.add_argument("--mask-share", type=float, default=0.3)
    parser.add_argument("--workers", type=int, default=None, help="default: all cores")
    parser.add_argument("--repeat", type=int, default=3, help="runs; best and median are reported")
    parser.add_argument("--tree", help="keep trees in (and reuse them from) this folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="iad-bench-"))
    try:
        run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
