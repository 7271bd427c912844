"""Workspaces for the split/publish/export tests: synthetic MVTec + ingest, expert_ad records.

Records are real ``ExpertAdRecord`` rows written from the ground truth by the offline
trace writer (so they pass validation), stored as ``table.to_frame`` writes them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image, ImageEnhance

from iad_data.core.records import Provenance
from iad_data.core.sample import Label, Sample
from iad_data.core.table import from_frame, to_frame
from iad_data.core.workspace import Workspace
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import generate
from iad_data.release.splits import make_splits
from iad_data.tasks.expert_ad.offline import offline_trace
from iad_data.tasks.expert_ad.record import build_record, truth_of

PROVENANCE = Provenance(
    teacher="offline:ground-truth",
    template_id="expert_ad/cot.v1",
    template_hash="0123456789abcdef",
    attempts=1,
    created_at="2026-01-01T00:00:00Z",
    toolkit_version="test",
)


def make_tree(root: Path, categories: list[str] | None = None, seed: int = 3) -> Path:
    generate(
        "mvtec",
        root,
        categories=categories or ["bottle", "wood"],
        max_defects=2,
        n_train=3,
        n_test_good=2,
        n_test_per_defect=2,
        size=64,
        seed=seed,
    )
    return root


def write_records(ws: Workspace, limit: int | None = None, note: str = "") -> int:
    """expert_ad records for the labelled samples (the first ``limit``); returns how many."""
    from iad_data.tasks.expert_ad.record import ExpertAdRecord

    samples = from_frame_samples(ws)
    records = []
    for sample in samples[:limit]:
        if sample.label == Label.UNLABELED:
            continue
        truth = truth_of(sample)
        trace = offline_trace(truth, sample.sample_id + note, sample.category)
        records.append(build_record(trace, sample.sample_id, truth, PROVENANCE))
    ws.records_dir.mkdir(parents=True, exist_ok=True)
    to_frame(ExpertAdRecord, records).write_parquet(ws.records_dir / "expert_ad.parquet")
    return len(records)


def from_frame_samples(ws: Workspace) -> list[Sample]:
    return from_frame(Sample, ws.read_samples())


def make_workspace(tmp: Path, *, records: bool = True, split: bool = True) -> Workspace:
    tree = make_tree(tmp / "mvtec_anomaly_detection")
    ws = Workspace(tmp / "ws")
    ingest("mvtec", tree, ws.path, progress=False, workers=1)
    if records:
        write_records(ws)
    if split:
        make_splits(ws, seed=0)
    return ws


def plant_near_duplicate(ws: Workspace, tree_root: Path) -> str:
    """Copy a training image, slightly brightened, into the test split; returns its category."""
    src = tree_root / "bottle" / "train" / "good" / "000.png"
    dest_dir = tree_root / "bottle" / "test" / "good"
    dest = dest_dir / "099.png"
    with Image.open(src) as img:
        ImageEnhance.Brightness(img).enhance(1.03).save(dest)
    shutil.copyfile(src, dest_dir / "098.png")  # an exact copy too
    return "bottle"


def add_one_shot(ws: Workspace) -> dict[str, str]:
    """Add IAD-R1 one-shot variants of every record, each with the same normal reference:
    the first normal *train* sample of the record's category. Returns ``record_id -> split``
    of the one-shot records (those outside train carry a train image across splits)."""
    import polars as pl

    from iad_data.release.splits import read_splits
    from iad_data.tasks.expert_ad.record import ExpertAdRecord, one_shot_variant

    splits = read_splits(ws)
    samples = from_frame_samples(ws)
    refs: dict[str, str] = {}
    for s in sorted(samples, key=lambda s: s.sample_id):
        if s.label == Label.NORMAL and splits[s.sample_id] == "train":
            refs.setdefault(s.category, s.sample_id)
    category = {s.sample_id: s.category for s in samples}
    path = ws.records_dir / "expert_ad.parquet"
    records = from_frame(ExpertAdRecord, pl.read_parquet(path))
    shots = [
        one_shot_variant(r, refs[category[r.sample_id]])
        for r in records
        if r.sample_id != refs[category[r.sample_id]]
    ]
    to_frame(ExpertAdRecord, records + shots).write_parquet(path)
    return {r.record_id: splits[r.sample_id] for r in shots}
