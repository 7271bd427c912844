"""``demo``: the whole job on a small synthetic MVTec-layout benchmark, no keys, no network.

It runs the shipped ``recipes/demo.yaml`` (generate, ingest, CoT and instruction synthesis
with the offline teacher, validate, split, publish to a folder), then reads the published
folder back with ``datasets.load_dataset``, as a training stack would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iad_data.core.records import TEMPLATE_TEXT_NOTICE
from iad_data.errors import PublishError
from iad_data.pipeline.recipe import shipped_recipe
from iad_data.pipeline.run import Log, RunSummary, run_recipe

SHOW_RECORDS = 2
TEXT_CHARS = 1000


@dataclass
class LoadedDataset:
    """What ``load_dataset`` returned for the published folder."""

    folder: Path
    rows: dict[str, dict[str, int]] = field(default_factory=dict)
    """config -> split -> rows"""
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """config -> the first few rows, images described rather than embedded"""


@dataclass
class DemoResult:
    workspace: Path
    run: RunSummary
    loaded: LoadedDataset

    notice: str = (
        f"These records were {TEMPLATE_TEXT_NOTICE}. For training data run a recipe with a "
        "model teacher (recipes/expert-ad.yaml, recipes/instruct-iad.yaml)."
    )
    """what the demo's records are, said wherever they are shown"""

    def summary(self) -> dict[str, Any]:
        return {
            "notice": self.notice,
            "workspace": str(self.workspace),
            "run": self.run.to_dict(),
            "published": str(self.loaded.folder),
            "loaded_rows": self.loaded.rows,
            "examples": self.loaded.examples,
        }


def _shown(value: Any) -> Any:
    """A row value for printing: images as their size, long text cut."""
    if hasattr(value, "size") and hasattr(value, "mode"):  # a PIL image
        return f"<image {value.size[0]}x{value.size[1]} {value.mode}>"
    if isinstance(value, dict):
        return {k: _shown(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shown(v) for v in value]
    if isinstance(value, str) and len(value) > TEXT_CHARS:
        return value[:TEXT_CHARS] + "..."
    return value


def load_published(
    folder: str | Path, cache_dir: Path | None = None, progress: bool = True
) -> LoadedDataset:
    """Every config of a published folder through ``datasets.load_dataset``.

    Record sets come first in ``examples``: they are what the demo is about.
    """
    import datasets

    path = Path(folder)
    if not (path / "README.md").is_file():
        raise PublishError(f"{path} holds no published dataset (no README.md card).")
    out = LoadedDataset(path)
    cache = str(cache_dir) if cache_dir is not None else None
    bars = datasets.is_progress_bar_enabled()
    if not progress:
        datasets.disable_progress_bars()
    try:
        configs = datasets.get_dataset_config_names(str(path))
        for config in sorted(configs, key=lambda c: (c == "samples", c)):
            splits = datasets.load_dataset(str(path), config, cache_dir=cache)
            out.rows[config] = {name: split.num_rows for name, split in splits.items()}
            first = next((s for s in splits.values() if s.num_rows), None)
            if first is not None:
                count = min(SHOW_RECORDS, first.num_rows)
                out.examples[config] = [_shown(first[i]) for i in range(count)]
    finally:
        if bars:
            datasets.enable_progress_bars()
    return out


def run_demo(
    workspace: str | Path = "iad-demo",
    *,
    progress: bool = True,
    log: Log | None = None,
    wait: bool = False,
) -> DemoResult:
    """Run ``recipes/demo.yaml`` into ``workspace`` and load what it published (the run holds
    the workspace's lock; ``wait``: wait for another writer instead of refusing)."""
    ws = Path(workspace)
    summary = run_recipe(
        shipped_recipe("demo"), workspace=ws, progress=progress, log=log, wait=wait
    )
    if summary.output is None:
        raise PublishError("recipes/demo.yaml publishes nowhere; it must set `publish.to`.")
    loaded = load_published(summary.output, cache_dir=ws / ".hf-cache", progress=progress)
    return DemoResult(ws, summary, loaded)
