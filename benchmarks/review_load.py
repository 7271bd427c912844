"""The review page's load time on a workspace of 100k records, beside its bound (1 s).

    python benchmarks/review_load.py                   # 100,000 records, bound 1.0 s
    python benchmarks/review_load.py --records 20000 --bound 0.5

A demo workspace (``iad-data demo``) is grown to ``--records`` expert_ad records (copies of
its records under new ids), ``iad-data review`` is started on it, and Debian's headless
Chromium (Playwright) opens the page: the figure is the time from navigation until the first
record is shown with its image (the queue's first page and one record, never the whole set),
the median of ``--runs`` loads. The server's start (it indexes and hashes every record once)
and a filtered queue request are printed beside it.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def grow(ws: Path, records: int) -> int:
    """Copies of the expert_ad records under new ids until the workspace holds ``records``."""
    import polars as pl

    path = ws / "records" / "expert_ad.parquet"
    base = pl.read_parquet(path)
    other = sum(
        pl.scan_parquet(p).select(pl.len()).collect().item()
        for p in (ws / "records").glob("*.parquet")
        if p != path
    )
    want = max(base.height, records - other)
    copies = [base]
    k = 0
    while sum(f.height for f in copies) < want:
        k += 1
        copies.append(base.with_columns(pl.col("record_id") + f".copy{k:05d}"))
    grown = pl.concat(copies).head(want).sort("record_id")
    grown.write_parquet(path, compression="zstd", statistics=False)
    return int(grown.height + other)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--bound", type=float, default=1.0, help="seconds")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument(
        "--demo", type=Path, help="copy this demo workspace instead of running `iad-data demo`"
    )
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from iad_data.pipeline.demo import run_demo

    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "ws"
        if args.demo is not None:
            shutil.copytree(args.demo, ws, ignore=shutil.ignore_patterns("reviews", ".hf-cache"))
        else:
            run_demo(ws, progress=False)
        total = grow(ws, args.records)
        started = time.perf_counter()
        command = [sys.executable, "-m", "iad_data.cli.main", "review", "-w", str(ws)]
        server = subprocess.Popen([*command, "--port", "0"], stdout=subprocess.PIPE, text=True)
        try:
            assert server.stdout is not None
            found = re.search(r"http://\S+", server.stdout.readline())
            assert found, "the server printed no address"
            url = found.group(0)
            start_s = time.perf_counter() - started
            t0 = time.perf_counter()
            query = f"{url}api/queue?status=unreviewed&category=bottle&label=anomaly&limit=50"
            with urllib.request.urlopen(query, timeout=120) as r:
                queued = json.loads(r.read())["total"]
            queue_s = time.perf_counter() - t0
            loads = []
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=args.chromium, args=FLAGS)
                page = browser.new_page()
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    page.goto(url + "?status=unreviewed")
                    page.wait_for_selector("body[data-ready='1']")
                    page.wait_for_function("document.getElementById('image').naturalWidth > 0")
                    loads.append(time.perf_counter() - t0)
                shown = page.inner_text("#position")
                browser.close()
        finally:
            server.kill()
            server.wait()
    load = statistics.median(loads)
    verdict = "within" if load <= args.bound else "OVER"
    print(f"workspace: {total} records ({shown} in the queue 'not yet reviewed')")
    print(f"server start (index and hash every record): {start_s:.2f} s")
    print(f"filtered queue request ({queued} records match): {queue_s * 1000:.0f} ms")
    print(
        f"page load, first record shown: {load:.3f} s (median of {args.runs}; bound "
        f"{args.bound:.1f} s: {verdict})"
    )
    if load > args.bound:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
