"""Capture a golden manifest of what iad-data writes, to compare before and after a refactor.

Run by hand: ``python tests/golden/capture.py OUT.json``. It runs the demo recipe, every
read-only command's ``--json`` on the demo workspace, a publish to a folder and two exports,
then writes ``path -> sha256`` for every file written (volatile fields normalised: times,
seconds, absolute paths). Compare two manifests with ``python tests/golden/capture.py --diff A B``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

VOLATILE = re.compile(
    rb'("(?:finished_at|created_at|seconds|generated_at|started_at|at|time|elapsed_s|'
    rb'committed_at|last_modified)"\s*:\s*)("[^"]*"|[0-9.eE+-]+)'
)
ISO = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:\+00:00|Z)?")


DROP = {"finished_at", "created_at", "seconds", "row_hashes", "content_sha256", "fingerprint"}


def _scrub(value: object) -> object:
    if isinstance(value, dict):
        return {k: "<V>" if k in DROP else _scrub(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def normalise(data: bytes, root: Path) -> bytes:
    data = data.replace(str(root).encode(), b"<ROOT>")
    with contextlib.suppress(ValueError):
        data = json.dumps(_scrub(json.loads(data)), sort_keys=True).encode()
    data = VOLATILE.sub(rb"\1<V>", data)
    return ISO.sub(b"<TIME>", data)


def run(cmd: list[str], cwd: Path, out: dict[str, str], name: str, root: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True)
    text = normalise(proc.stdout, root)
    out[f"cmd:{name}"] = f"rc={proc.returncode} " + hashlib.sha256(text).hexdigest()
    (root / "_stdout").mkdir(exist_ok=True)
    (root / "_stdout" / f"{name}.txt").write_bytes(text + b"\n--stderr--\n" + proc.stderr)


def capture(dest: Path) -> None:
    root = Path(tempfile.mkdtemp(prefix="golden-"))
    out: dict[str, str] = {}
    run(["iad-data", "demo"], root, out, "demo", root)
    ws = root / "iad-demo"
    for name, cmd in {
        "info": ["iad-data", "info", "-w", str(ws), "--json"],
        "validate-cot": ["iad-data", "validate", str(ws / "records/expert_ad.parquet"), "--json"],
        "validate-ins": [
            "iad-data",
            "validate",
            str(ws / "records/instruct_iad.parquet"),
            "--json",
        ],
        "ledger": ["iad-data", "ledger", "-w", str(ws), "--json"],
        "sources": ["iad-data", "sources", "--json"],
        "processes": ["iad-data", "processes", "--json"],
    }.items():
        run(cmd, root, out, name, root)
    for fmt in ("llava", "sharegpt", "messages", "trl-grpo", "iadr1-rl", "mmad"):
        run(
            [
                "iad-data",
                "export",
                "-w",
                str(ws),
                "--format",
                fmt,
                "--out",
                str(root / "exports" / fmt),
                "--json",
            ],
            root,
            out,
            f"export-{fmt}",
            root,
        )
    for path in sorted(root.rglob("*")):
        if path.is_file() and "_stdout" not in path.parts:
            rel = path.relative_to(root).as_posix()
            if rel.endswith((".lock", "ledger.sqlite")) or "/.hf-cache/" in f"/{rel}":
                continue
            out[rel] = hashlib.sha256(normalise(path.read_bytes(), root)).hexdigest()
    dest.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
    print(f"{len(out)} entries -> {dest} (work folder {root})")


def diff(a: Path, b: Path) -> int:
    left, right = json.loads(a.read_text()), json.loads(b.read_text())
    bad = 0
    for key in sorted(set(left) | set(right)):
        if left.get(key) != right.get(key):
            bad += 1
            print(f"{key}: {left.get(key)} != {right.get(key)}")
    print(f"{bad} differences of {len(set(left) | set(right))}")
    return 1 if bad else 0


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        sys.exit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    capture(Path(sys.argv[1]))
