"""``info``: what a workspace holds, counted per dataset, category, split, label and defect type."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from iad_data.core.workspace import Workspace

GROUP_BY = ("dataset", "category", "source_split", "label", "defect_type")


def info(workspace: str | Path | Workspace = "iad-workspace") -> pl.DataFrame:
    """Counts per dataset / category / split / label / defect type, sorted."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    samples = ws.require_samples()
    return samples.group_by(list(GROUP_BY)).len("images").sort(list(GROUP_BY))


def info_summary(table: pl.DataFrame) -> dict[str, Any]:
    """The same counts as nested JSON-ready data, for ``--json``."""
    return {
        "images": int(table["images"].sum()),
        "datasets": {
            d: int(n) for d, n in table.group_by("dataset").agg(pl.col("images").sum()).iter_rows()
        },
        "rows": table.to_dicts(),
    }
