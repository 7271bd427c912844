"""Start-up cost: ``import iad_data`` and ``iad-data --help``, this tree beside another revision.

Usage: ``python benchmarks/import_time.py [--against REV] [--runs N]``. Each revision is laid
out as the installed package would be (``iad_data/`` with ``cli/``, ``recipes/`` and
``schemas/`` mapped inside it) from ``git archive``, then each command runs ``--runs`` times in
a fresh interpreter, alternating revisions. Printed: the median wall time, the cumulative
``-X importtime`` of ``iad_data`` and which heavy packages each command imported.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("numpy", "scipy", "polars", "PIL", "openai", "anthropic", "datasets", "huggingface_hub")
COMMANDS = {
    "import iad_data": "import iad_data",
    "iad-data --help": (
        "import sys\nfrom iad_data.cli.main import app\nsys.argv=['iad-data','--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass"
    ),
}
PROBE = "\nimport json, sys\nprint(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))"


def lay_out(rev: str | None, dest: Path) -> Path:
    """``dest/iad_data`` as installed: the package with cli/, recipes/ and schemas/ inside."""
    if rev is None:
        data = subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        with tarfile.open(fileobj=(buf := io.BytesIO()), mode="w") as tar:
            for name in data:
                if (ROOT / name).is_file():
                    tar.add(ROOT / name, arcname=name)
        buf.seek(0)
    else:
        buf = io.BytesIO(
            subprocess.run(
                ["git", "archive", rev], cwd=ROOT, capture_output=True, check=True
            ).stdout
        )
    src = dest / "src"
    with tarfile.open(fileobj=buf) as tar:
        tar.extractall(src, filter="data")
    pkg = dest / "iad_data"
    (src / "iad_data").rename(pkg)
    for extra in ("cli", "recipes", "schemas"):
        if (src / extra).is_dir():
            (src / extra).rename(pkg / extra)
    return dest


def run_once(path: Path, code: str) -> tuple[float, float, list[str]]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code + PROBE.format(heavy=HEAVY)],
        cwd=path,
        env={"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{path}: {code!r} failed:\n{done.stderr[-2000:]}")
    cumulative = 0.0
    for line in done.stderr.splitlines():
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] == "iad_data":
            cumulative = int(parts[1]) / 1e6
    heavy = json.loads(done.stdout.strip().splitlines()[-1])
    return wall, cumulative, heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", default="b6b2919", help="revision to compare with")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trees = {
            args.against: lay_out(args.against, Path(tmp) / "old"),
            "this tree": lay_out(None, Path(tmp) / "new"),
        }
        print(f"{'command':<18} {'revision':<10} {'median wall s':>13} {'iad_data s':>10}  heavy")
        for name, code in COMMANDS.items():
            results: dict[str, list[tuple[float, float, list[str]]]] = {r: [] for r in trees}
            for _ in range(args.runs):
                for rev, path in trees.items():
                    results[rev].append(run_once(path, code))
            for rev, rows in results.items():
                wall = statistics.median(r[0] for r in rows)
                own = statistics.median(r[1] for r in rows)
                print(f"{name:<18} {rev:<10} {wall:>13.3f} {own:>10.3f}  {','.join(rows[0][2])}")


if __name__ == "__main__":
    main()
