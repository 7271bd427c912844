"""Baselines on the demo, and what a real model costs on the full MVTec AD test set (run by
hand; prints figures, asserts nothing).

    PYTHONPATH=tests python benchmarks/eval_baselines.py [--out DIR] [--demo WORKSPACE]

1. ``iad-data demo`` into ``DIR/iad-demo`` (or reuse ``--demo``), then ``iad-data eval`` of
   its published folder with the oracle (``--model offline``), a random model (a fair coin
   per request) and an always-No model, both played by the fake server of ``tests/fakes``
   (the models of ``tests/test_eval_fakes.py``), under both protocols; prints each result's
   table and ``eval compare`` of the three.
2. A tree in MVTec AD's layout with the release's test counts (1,725 test images: 467 good,
   1,258 defective, per category and defect type as ``sources/counts/mvtec_ad.json``) at
   the release's image sizes; one image per class is drawn and copied to the counts, each
   copy made distinct by a PNG text chunk (identical images would be one request: the
   ledger keys requests by content; an estimate reads sizes, not pixels). ``eval
   --dry-run`` estimates gpt-4.1 (list price, ``teach/prices.json``), with and without the
   batch API, and claude-sonnet-4-5, under both protocols. Nothing is sent: a placeholder
   key is set when none is.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZES = {
    "bottle": 900,
    "cable": 1024,
    "capsule": 1000,
    "carpet": 1024,
    "grid": 1024,
    "hazelnut": 1024,
    "leather": 1024,
    "metal_nut": 700,
    "pill": 800,
    "screw": 1024,
    "tile": 840,
    "toothbrush": 1024,
    "transistor": 1024,
    "wood": 1024,
    "zipper": 1024,
}
"""the longest side of MVTec AD's images per category (all square)"""


def _print_result(result: Any) -> None:
    """As ``iad-data eval`` prints it."""
    from iad_data.cli.eval import print_eval

    print_eval(result, json_out=False, quiet=False)
    print()


def baselines(demo: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    import pytest
    from test_eval_fakes import AlwaysNo, Coin, serving, truths

    from iad_data.cli.output import print_table
    from iad_data.core.workspace import Workspace
    from iad_data.evaluation.compare import compare_results
    from iad_data.evaluation.run import evaluate

    published = demo / "published"
    known = truths(Workspace(demo).read_samples())
    monkeypatch = pytest.MonkeyPatch()
    try:
        for protocol in ("iad-r1", "mmad"):
            paths = []
            print(f"=== {protocol}: the oracle ===")
            result = evaluate(
                demo, model="offline", data=str(published), protocol=protocol, progress=False
            )
            _print_result(result)
            paths.append(result.path)
            for name, model, served in (
                ("random (fair coin)", Coin(known), "random-vlm"),
                ("always No", AlwaysNo(known), "always-no-vlm"),
            ):
                with serving(model, monkeypatch, served) as (_, spec):
                    print(f"=== {protocol}: {name} ===")
                    result = evaluate(
                        demo, model=spec, data=str(published), protocol=protocol, progress=False
                    )
                    _print_result(result)
                    paths.append(result.path)
            comparison = compare_results([p for p in paths if p is not None])
            print(f"=== {protocol}: eval compare (oracle, random, always No) ===")
            print(f"{comparison.metric} [95% CI]\n")
            headers, rows = comparison.table()
            print_table(headers, rows)
            print()
    finally:
        monkeypatch.undo()


def _distinct_copy(src: Path, dest: Path, n: int) -> None:
    """``src`` with a ``tEXt`` chunk naming copy ``n`` before ``IEND``: the same pixels,
    another sha256."""
    data = src.read_bytes()
    end = data.rindex(b"IEND") - 4
    body = b"tEXt" + b"Comment\x00copy " + str(n).encode()
    chunk = struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body))
    dest.write_bytes(data[:end] + chunk + data[end:])


def full_mvtec(root: Path) -> int:
    """MVTec AD's layout at the release's test counts and image sizes; returns test images."""
    from iad_data.ingestion.generators import generate

    counts = json.loads(
        (ROOT / "iad_data" / "ingestion" / "sources" / "counts" / "mvtec_ad.json").read_text()
    )
    tests = 0
    for n, (category, size) in enumerate(SIZES.items()):
        generate(
            "mvtec",
            root,
            categories=[category],
            n_train=1,
            n_test_good=1,
            n_test_per_defect=1,
            size=size,
            seed=n,
        )
        for key, count in counts[category].items():
            split, cls = key.split("/")
            if split != "test" or cls == "anomaly":
                continue
            folder = root / category / split / cls
            for i in range(1, count):
                _distinct_copy(folder / "000.png", folder / f"{i:03d}.png", i)
                if cls != "good":
                    masks = root / category / "ground_truth" / cls
                    os.link(masks / "000_mask.png", masks / f"{i:03d}_mask.png")
            tests += count
    return tests


def cost_estimates(out: Path) -> None:
    from iad_data.cli.output import print_table
    from iad_data.evaluation.run import evaluate
    from iad_data.ingestion.build import ingest
    from iad_data.release.splits import make_splits

    os.environ.setdefault("OPENAI_API_KEY", "sk-placeholder-nothing-is-sent")
    os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-placeholder-nothing-is-sent")
    tree, ws = out / "mvtec_anomaly_detection", out / "mvtec-full"
    started = time.perf_counter()
    tests = full_mvtec(tree)
    ingest("mvtec", tree, ws, progress=False)
    make_splits(ws, protocol="source", check_leaks=False, progress=False)
    print(f"MVTec AD layout, {tests} test images, built in {time.perf_counter() - started:.0f} s\n")
    rows = []
    for model, batch in (("gpt-4.1", False), ("gpt-4.1", True), ("claude-sonnet-4-5", False)):
        for protocol in ("iad-r1", "mmad"):
            r = evaluate(
                ws, model=model, protocol=protocol, batch=batch, dry_run=True, progress=False
            )
            rows.append(
                [
                    model + (" (batch)" if batch else ""),
                    f"{protocol} {r.shots}-shot",
                    r.images,
                    r.questions,
                    f"{r.estimated_input_tokens:,}",
                    f"{r.estimated_output_tokens:,}",
                    f"${r.estimated_cost_usd or 0:,.2f}",
                ]
            )
    print_table(
        ["model", "protocol", "images", "questions", "input tokens", "output tokens", "estimate"],
        rows,
    )
    print(
        "\nOutput is estimated at each protocol's max_tokens (iad-r1 512, mmad 128): an upper "
        "bound for answers that stop earlier."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=None, help="work folder (default: a temp one)")
    parser.add_argument("--demo", type=Path, default=None, help="an `iad-data demo` workspace")
    parser.add_argument("--skip-cost", action="store_true", help="only the demo baselines")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="iad-eval-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    demo = args.demo
    if demo is None:
        from iad_data.pipeline.demo import run_demo

        demo = out / "iad-demo"
        run_demo(demo, progress=False)
    baselines(demo)
    if not args.skip_cost:
        cost_estimates(out)


if __name__ == "__main__":
    main()
