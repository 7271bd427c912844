"""Records the offline teacher wrote say so wherever they are shown: info, the report and the
published card (and the demo, tests/test_demo.py); a model teacher's records do not."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.core.records import TEMPLATE_TEXT_NOTICE
from iad_data.core.workspace import Workspace
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.pipeline.info import records_info
from iad_data.pipeline.report import write_report
from iad_data.release.publish import publish
from iad_data.release.splits import make_splits
from iad_data.tasks.expert_ad.synthesize import synthesize_cot


def _workspace(tmp_path: Path, tree: SyntheticTree) -> Path:
    ws = tmp_path / "ws"
    ingest("mvtec", tree.root, ws, progress=False, workers=1)
    synthesize_cot(ws, teacher="offline", categories=["bottle"], progress=False)
    return ws


def test_offline_records_are_called_template_text(
    tmp_path: Path, mvtec_tree: SyntheticTree
) -> None:
    ws = _workspace(tmp_path, mvtec_tree)
    n = pl.read_parquet(Workspace(ws).records_path("expert_ad")).height
    assert records_info(ws)["expert_ad"] == {
        "records": n,
        "template_text": n,
        "teachers": {"offline:ground-truth": n},
    }
    shown = CliRunner().invoke(app, ["info", "-w", str(ws)])
    assert shown.exit_code == 0 and TEMPLATE_TEXT_NOTICE in shown.output
    assert (
        json.loads(CliRunner().invoke(app, ["info", "-w", str(ws), "--json"]).output)["records"][
            "expert_ad"
        ]["template_text"]
        == n
    )
    assert "<strong>Template text.</strong>" in write_report(ws).read_text(encoding="utf-8")
    make_splits(ws)
    done = publish(ws, to=tmp_path / "out", version="0.1.0", progress=False)
    card = (Path(done.target) / "README.md").read_text(encoding="utf-8")
    assert "**Template text.** All records" in card


def test_model_records_carry_no_notice(tmp_path: Path, mvtec_tree: SyntheticTree) -> None:
    ws = _workspace(tmp_path, mvtec_tree)
    path = Workspace(ws).records_path("expert_ad")
    frame = pl.read_parquet(path)
    prov = frame["provenance"]
    teacher = "openai:gpt-4.1"
    if prov.dtype == pl.String:
        new = [json.dumps({**json.loads(p), "teacher": teacher}) for p in prov.to_list()]
        frame = frame.with_columns(pl.Series("provenance", new))
    else:
        frame = frame.with_columns(pl.col("provenance").struct.with_fields(teacher=pl.lit(teacher)))
    frame.write_parquet(path)
    assert records_info(ws)["expert_ad"]["template_text"] == 0
    assert TEMPLATE_TEXT_NOTICE not in CliRunner().invoke(app, ["info", "-w", str(ws)]).output
    assert "Template text" not in write_report(ws).read_text(encoding="utf-8")
