"""Ray against the process pool on one machine: what the Ray engine costs where the pool fits.

Generates an MVTec-layout tree, then times, once with the pool and once with a local Ray
cluster of the same CPUs (started before the timings; its start-up, and a first ingest that
starts its worker processes and their imports, are printed apart):
ingest, the leakage hashes (``make_splits`` with the check), and offline synthesis through
two event loops (``loops=2``, so both engines map the teacher requests to two workers).
Prints each time, the Ray / pool ratio and whether the outputs are the same bytes.

    python benchmarks/ray_overhead.py [--size 256] [--per-defect 8] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import iad_data
from iad_data.core.parallel import default_workers
from iad_data.ingestion.generators import generate


def timed(fn: Any, *args: Any, **kwargs: Any) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--train", type=int, default=60)
    parser.add_argument("--per-defect", type=int, default=8)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    import ray

    cpus = default_workers()
    start = time.perf_counter()
    ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False)
    ray_start = time.perf_counter() - start
    report: dict[str, Any] = {"cpus": cpus, "ray_init_s": round(ray_start, 2), "stages": {}}
    print(f"local Ray of {cpus} CPUs started in {ray_start:.1f} s (not in the timings)")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tree = generate(
            "mvtec",
            tmp / "mvtec",
            categories=["bottle", "grid", "wood"],
            n_train=args.train,
            n_test_good=args.per_defect,
            n_test_per_defect=args.per_defect,
            size=args.size,
            seed=0,
        )
        pool, on_ray = tmp / "pool" / "ws", tmp / "ray" / "ws"
        cold = timed(
            iad_data.ingest, "mvtec", tree.root, tmp / "warm-up", progress=False, engine="ray"
        )
        report["ray_cold_ingest_s"] = round(cold, 2)
        print(f"first ingest on Ray (worker processes start, import iad-data): {cold:.1f} s")
        stages = [
            (
                "ingest",
                lambda ws, **e: iad_data.ingest("mvtec", tree.root, ws, progress=False, **e),
            ),
            ("split + leakage hashes", lambda ws, **e: iad_data.make_splits(ws, seed=0, **e)),
            (
                "offline synthesis, 2 loops",
                lambda ws, **e: iad_data.synthesize_cot(
                    ws, teacher="offline", loops=2, concurrency=16, progress=False, **e
                ),
            ),
        ]
        for name, run in stages:
            pool_s = timed(run, pool, engine="pool")
            ray_s = timed(run, on_ray, engine="ray")
            report["stages"][name] = {
                "pool_s": round(pool_s, 3),
                "ray_s": round(ray_s, 3),
                "ratio": round(ray_s / pool_s, 2),
            }
            print(f"{name:28s} pool {pool_s:6.2f} s   ray {ray_s:6.2f} s   x{ray_s / pool_s:.2f}")
        same = {
            name: (pool / name).read_bytes() == (on_ray / name).read_bytes()
            for name in ("samples.parquet", "splits.parquet", "hashes.parquet")
        }
        report["same_bytes"] = same
        report["images"] = sum(1 for _ in tree.root.rglob("*.png"))
        report["load_avg_1m"] = round(os.getloadavg()[0], 2)
        print(f"{report['images']} images; same bytes: {same}; load {report['load_avg_1m']}")
        shutil.rmtree(tmp / "pool")
    ray.shutdown()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
