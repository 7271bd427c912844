"""Records per minute through the review app with the keyboard, scripted (a lower bound on the
machine's time per record, not a person's timing: a reviewer reads before pressing a key).

    python benchmarks/review_rate.py
    python benchmarks/review_rate.py --screenshot docs/review.png

On a demo workspace (``iad-data demo``), Debian's headless Chromium (Playwright) presses
``a`` (accept) on every expert_ad record of the queue 'not yet reviewed', waiting each time
until the decision is stored (fsynced) and the next record is shown with its image.
``--screenshot`` saves the page as it looks after a few decisions.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from review_load import FLAGS  # the same Chromium flags as the load benchmark


def small_png(path: Path) -> None:
    """Keep a screenshot small: a 128-colour palette PNG."""
    from PIL import Image

    with Image.open(path) as img:
        img.convert("RGB").quantize(colors=128).save(path, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument(
        "--demo", type=Path, help="copy this demo workspace instead of running `iad-data demo`"
    )
    parser.add_argument("--screenshot", type=Path, help="save the page here (PNG)")
    args = parser.parse_args()

    import polars as pl
    from playwright.sync_api import sync_playwright

    from iad_data.pipeline.demo import run_demo

    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "ws"
        if args.demo is not None:
            shutil.copytree(args.demo, ws, ignore=shutil.ignore_patterns("reviews", ".hf-cache"))
        else:
            run_demo(ws, progress=False)
        n = pl.scan_parquet(ws / "records" / "expert_ad.parquet").select(pl.len()).collect()
        records = int(n.item())
        command = [sys.executable, "-m", "iad_data.cli.main", "review", "-w", str(ws)]
        server = subprocess.Popen(
            [*command, "--port", "0", "--reviewer", "alice"], stdout=subprocess.PIPE, text=True
        )
        try:
            assert server.stdout is not None
            found = re.search(r"http://\S+", server.stdout.readline())
            assert found, "the server printed no address"
            url = found.group(0)
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=args.chromium, args=FLAGS)
                page = browser.new_page(viewport={"width": 1180, "height": 720})
                page.goto(url + "?record_set=expert_ad&status=unreviewed")
                page.wait_for_selector("body[data-ready='1']")
                started = time.perf_counter()
                for k in range(records):
                    page.keyboard.press("a")
                    page.wait_for_function(
                        "k => document.getElementById('progress-text').textContent"
                        ".startsWith(k + ' / ') && document.body.dataset.busy === '0' && "
                        "document.getElementById('image').complete",
                        arg=k + 1,
                    )
                elapsed = time.perf_counter() - started
                if args.screenshot is not None:
                    page.goto(url + "?record_set=expert_ad&label=anomaly&pos=1")
                    page.wait_for_selector("body[data-ready='1']")
                    page.wait_for_function(
                        "document.getElementById('image').naturalWidth > 0 && "
                        "document.getElementById('mask').complete"
                    )
                    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(args.screenshot))
                    small_png(args.screenshot)
                browser.close()
        finally:
            server.kill()
            server.wait()
    per_minute = records / elapsed * 60
    print(
        f"{records} records accepted with the keyboard in {elapsed:.2f} s: "
        f"{per_minute:.0f} records/minute ({elapsed / records * 1000:.0f} ms per record)"
    )
    print(
        "scripted: the machine's time per record, a lower bound; a person reading each "
        "record is far slower"
    )
    if args.screenshot is not None:
        print(f"screenshot: {args.screenshot} ({args.screenshot.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
