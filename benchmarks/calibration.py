"""The validator's calibration table beside its targets (recall >= 95% per error class,
false rejects <= 2% on the correct paraphrases), and what a judge run costs.

    python benchmarks/calibration.py                 # every book's table, 60 per class and set
    python benchmarks/calibration.py --phrasebook fresh      # one book's table only
    python benchmarks/calibration.py --per-class 100 --seed 1 --json out.json
    python benchmarks/calibration.py --judge-cost gpt-4.1-mini claude-sonnet-4-5

The suite is ``iad_data.tasks.calibration``: correct records written by the offline teacher
on a generated benchmark, each error class planted into them in many phrasings, and correct
paraphrases that must pass (``iad-data validate --calibrate`` prints the same table). It is
measured with each phrasebook: ``main``, the words the rules are developed against, the
books worded independently and since tuned against, and the blind books never read
(``fresh10`` to ``fresh14``, ``fresh18`` to ``fresh20``: their figures are the honest ones;
docs/validation-calibration.md says which is which).
``--judge-cost`` prices judging 1,000 records with the engine's dry-run estimate at the list
prices of ``teach/prices.json`` (no request is sent; a placeholder key is set when none is).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path


def judge_costs(models: list[str], records: int, seed: int) -> list[dict[str, object]]:
    import tempfile

    from iad_data.tasks.calibration import build_base
    from iad_data.tasks.judge import estimate_judge_cost

    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        os.environ.setdefault(name, "dry-run-placeholder")  # a dry run sends nothing
    with tempfile.TemporaryDirectory() as tmp:
        base = build_base(tmp, seed=seed)
    pool = [r for rs in base.records.values() for r in rs]
    sample = [pool[i % len(pool)] for i in range(records)]
    out: list[dict[str, object]] = []
    for model in models:
        for batch in (False, True):
            estimate = estimate_judge_cost(sample, model, batch=batch)
            out.append(estimate.to_dict())
    return out


def main() -> None:
    from iad_data.tasks.calibration import PHRASEBOOKS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--judge-cost", nargs="*", metavar="MODEL", help="price a judge run")
    parser.add_argument(
        "--phrasebook",
        action="append",
        choices=list(PHRASEBOOKS),
        help="measure only this book (repeatable; default: every book)",
    )
    args = parser.parse_args()

    from iad_data.tasks.calibration import run_calibration

    data: dict[str, object] = {}
    for book in args.phrasebook or list(PHRASEBOOKS):
        started = time.perf_counter()
        report = run_calibration(None, per_class=args.per_class, seed=args.seed, phrasebook=book)
        print(f"== phrasebook {book}")
        print(report.render())
        print(f"\n({time.perf_counter() - started:.1f} s)\n")
        data[book] = report.to_dict()
        if args.json:  # after every book: a long run stopped halfway keeps what it measured
            args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    if args.judge_cost is not None:
        models = args.judge_cost or ["gpt-4.1-mini", "claude-sonnet-4-5"]
        costs = judge_costs(models, 1000, args.seed)
        data["judge_cost"] = costs
        print("\njudge cost for 1,000 records (dry-run estimate, list prices):")
        for row in costs:
            mode = "batch" if row["batch"] else "online"
            print(
                f"  {row['teacher']:<28} {mode:<6} {row['input_tokens']:>9} in "
                f"{row['output_tokens']:>8} out  ${row['cost_per_1000_usd']:.2f}"
            )
    if args.json:
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
