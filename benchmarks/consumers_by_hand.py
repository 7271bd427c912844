"""By hand: the exports scored by IAD-R1's and MMAD's own code, which are not packages CI can
install (they are research repositories, run from a clone).

    git clone https://github.com/Yanhui-Lee/IAD-R1 && git clone https://github.com/jam-cc/MMAD
    pip install pandas matplotlib seaborn      # what MMAD's summary.py imports
    python benchmarks/consumers_by_hand.py --iadr1 IAD-R1 --mmad MMAD

It builds the demo workspace (offline teacher), exports ``iadr1-rl`` and ``mmad``, then
1. scores every record's own completion with IAD-R1's ``train/stage_rl/reward.py``
   (``accuracy_reward`` and ``consistency_reward``, the two ``grpo_ad.py`` registers), and the
   same completions with a planted error (verdict flipped; ``</think>`` dropped): the scores
   must drop;
2. answers every MMAD question with its correct option, and once with every tenth answer
   wrong, and runs MMAD's ``helper/summary.py`` ``caculate_accuracy_mmad`` on both (the oracle
   must read 100 per dataset, normals counted as normal).
Each figure is printed beside what it must be.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl

from iad_data.pipeline.demo import run_demo
from iad_data.release.export import export


def _module(path: Path, name: str) -> ModuleType:
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _flip(text: str) -> str:
    if "<answer>Yes</answer>" in text:
        return text.split("<location>")[0] + "<answer>No</answer>"
    return text.replace("<answer>No</answer>", "<answer>Yes</answer>")


def _stand_in(name: str, **attrs: Any) -> bool:
    """An empty module for an import that only IAD-R1's description reward uses (neither
    reward ``grpo_ad.py`` registers touches it), so reward.py imports without its model."""
    if importlib.util.find_spec(name) is None:
        module = ModuleType(name)
        module.__dict__.update(attrs)
        sys.modules[name] = module
        print(f"  ({name} is not installed: an empty stand-in module, unused by these rewards)")
        return True
    return False


def iadr1_scores(repo: Path, ws: Path, out: Path) -> None:
    stood_in = [
        name
        for name, attrs in (
            ("torch", {}),
            ("sentence_transformers", {"SentenceTransformer": object, "models": ModuleType("m")}),
        )
        if _stand_in(name, **attrs)
    ]
    reward = _module(repo / "train" / "stage_rl" / "reward.py", "iadr1_reward")
    for name in stood_in:  # gone again before MMAD's scorer imports scipy
        del sys.modules[name]
    texts = dict(
        pl.read_parquet(ws / "records" / "expert_ad.parquet").select("record_id", "text").rows()
    )
    rows = [r for f in sorted(out.glob("*.json")) for r in json.loads(f.read_text())]
    completions = [[{"content": texts[r["id"]]}] for r in rows]
    flipped = [[{"content": _flip(c[0]["content"])}] for c in completions]
    unformatted = [[{"content": c[0]["content"].replace("</think>", "")}] for c in completions]
    solutions = [r["solution"] for r in rows]
    print(f"IAD-R1 reward.py on {len(rows)} exported rows (iadr1-rl):")
    anomalous = ["<answer>Yes</answer>" in sol for sol in solutions]
    for name, top, planted, what in (
        ("accuracy_reward", (2.0, 1.0), flipped, "verdict flipped"),
        ("consistency_reward", (1.0, 1.0), unformatted, "</think> dropped"),
    ):
        fn = getattr(reward, name)
        with contextlib.redirect_stdout(io.StringIO()):  # its own debug prints
            good: list[float] = fn(completions, solutions)
            bad: list[float] = fn(planted, solutions)
        for label, flag, best in (("anomalous", True, top[0]), ("normal", False, top[1])):
            own = [g for g, a in zip(good, anomalous, strict=True) if a is flag]
            off = [b for b, a in zip(bad, anomalous, strict=True) if a is flag]
            if own:
                print(
                    f"  {name:<19} {label:<9} rows {len(own):>3}: own text min {min(own):.3f} "
                    f"(maximum {best:.1f}) | {what}: mean {sum(off) / len(off):.3f} "
                    "(must be lower)"
                )


def mmad_scores(repo: Path, out: Path) -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    summary = _module(repo / "evaluation" / "examples" / "helper" / "summary.py", "mmad_summary")
    data: dict[str, Any] = json.loads((out / "mmad.json").read_text())
    answers = []
    for key, item in data.items():
        for q in item["conversation"]:
            answers.append(
                {
                    "image": key,
                    "question": q["Question"],
                    "question_type": q["type"],
                    "correct_answer": q["Answer"],
                    "gpt_answer": q["Answer"],
                }
            )
    wrong = []
    for i, a in enumerate(answers):
        other = next(o for o in ("A", "B", "C", "D") if o != a["correct_answer"])
        wrong.append({**a, "gpt_answer": other if i % 10 == 0 else a["gpt_answer"]})
    for label, rows in (
        ("oracle (must read 100.0 everywhere)", answers),
        ("every tenth answer wrong (must be lower)", wrong),
    ):
        path = out / f"answers_{'oracle' if rows is answers else 'planted'}.json"
        path.write_text(json.dumps(rows))
        print(f"\nMMAD summary.py, {label}: {len(rows)} answers")
        with contextlib.redirect_stdout(io.StringIO()):
            summary.caculate_accuracy_mmad(str(path), show_overkill_miss=True)
        table = pl.read_csv(str(path).replace(".json", "_accuracy.csv"))
        print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iadr1", type=Path, required=True, help="clone of Yanhui-Lee/IAD-R1")
    parser.add_argument("--mmad", type=Path, required=True, help="clone of jam-cc/MMAD")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "demo"
        run_demo(ws, progress=False)
        export(ws, Path(tmp) / "rl", format="iadr1-rl", progress=False)
        export(ws, Path(tmp) / "mmad", format="mmad", progress=False)
        iadr1_scores(args.iadr1.resolve(), ws, Path(tmp) / "rl")
        mmad_scores(args.mmad.resolve(), Path(tmp) / "mmad")


if __name__ == "__main__":
    main()
