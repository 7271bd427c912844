"""Failure classes a hostile or careless user hits (issue 14), one test per class fixed here."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from publish_fixtures import make_workspace

from iad_data.errors import WorkspaceError
from iad_data.release.export import export


def test_export_writes_only_under_out_whatever_the_samples_table_says(tmp_path: Path) -> None:
    """Class 13: a tampered ``image_path`` (``../../victim.png``) must not place a file
    outside ``--out``; the export is refused by name."""
    ws = make_workspace(tmp_path)
    samples = pl.read_parquet(ws.samples_path)
    record_sample = pl.read_parquet(ws.records_path("expert_ad"))["sample_id"][0]
    root = tmp_path / "mvtec_anomaly_detection"
    escape = "../" * 4 + "victim.png"
    (root / escape).parent.mkdir(parents=True, exist_ok=True)
    (root / escape).write_bytes(b"not a dataset image")
    tampered = samples.with_columns(
        pl.when(pl.col("sample_id") == record_sample)
        .then(pl.lit(escape))
        .otherwise(pl.col("image_path"))
        .alias("image_path")
    )
    tampered.write_parquet(ws.samples_path)
    out = tmp_path / "deep" / "export"
    victim = out / "images" / "mvtec_ad" / escape
    with pytest.raises(WorkspaceError, match=r"outside the export folder .*ingest"):
        export(ws, out, format="llava", progress=False)
    assert not Path(str(victim)).resolve().exists()
    assert all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))
