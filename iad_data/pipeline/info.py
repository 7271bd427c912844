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


def review_info(workspace: str | Path | Workspace = "iad-workspace") -> dict[str, Any]:
    """What reviewers decided (``iad-data review``): per record set the reviewed share and
    acceptance rate, flagged samples, and Cohen's kappa per pair of reviewers who reviewed the
    same records; {} when nobody reviewed."""
    from iad_data.review.outcome import review_outcome
    from iad_data.tasks.registry import record_sets

    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    if not ws.decisions_path.is_file():
        return {}
    frames = {
        name: pl.read_parquet(ws.records_path(name))
        for name in record_sets().names()
        if ws.records_path(name).is_file()
    }
    return review_outcome(ws, frames).summary


def records_info(workspace: str | Path | Workspace = "iad-workspace") -> dict[str, Any]:
    """Records per record set and teacher, with how many are template text (the offline
    teacher's ground-truth templates), so nobody mistakes them for a model's reasoning."""
    from iad_data.core.records import is_template_text
    from iad_data.tasks.registry import record_sets
    from iad_data.tasks.store import teachers_used

    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    out: dict[str, Any] = {}
    for name in record_sets().names():
        teachers = teachers_used(ws.records_path(name))
        if teachers:
            template = sum(n for t, n in teachers.items() if is_template_text(t))
            out[name] = {
                "records": sum(teachers.values()),
                "template_text": template,
                "teachers": teachers,
            }
    return out
