"""``demo``: the whole job on a small synthetic MVTec-layout benchmark, no keys, no network."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .ingest import IngestResult, ingest
from .synthetic import generate

DEMO_CATEGORIES = ["bottle", "carpet", "screw"]


@dataclass
class DemoResult:
    workspace: Path
    benchmark_root: Path
    ingest: IngestResult

    def summary(self) -> dict[str, Any]:
        return {
            "workspace": str(self.workspace),
            "benchmark_root": str(self.benchmark_root),
            "ingest": self.ingest.summary(),
        }


def run_demo(
    workspace: str | Path = "iad-demo", seed: int = 0, progress: bool = True
) -> DemoResult:
    """Generate a synthetic MVTec AD tree in the workspace and ingest it."""
    ws = Path(workspace)
    root = ws / "benchmark" / "mvtec_anomaly_detection"
    if not (root / "license.txt").exists():
        generate(
            "mvtec",
            root,
            categories=DEMO_CATEGORIES,
            max_defects=3,
            n_train=6,
            n_test_good=3,
            n_test_per_defect=3,
            size=128,
            seed=seed,
        )
    result = ingest("mvtec", root, ws, progress=progress)
    return DemoResult(ws, root, result)
