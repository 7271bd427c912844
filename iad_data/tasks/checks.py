"""The last check before records ship: every row names samples that exist and passes the
validation engine for its config.

Records in ``WORKSPACE/records/`` were validated when they were written (failures go to
``rejects/``); this guards against a hand-edited or stale table. The frames publish
already read are checked as they are: ``validation.validate_rows`` parses every row with
its config's registered model, checks its JSON Schema and runs its rules, so no file is
read or parsed twice.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from iad_data.core.records import RecordBase
from iad_data.core.workspace import Workspace


def _engine_failures(path: Path, config: str, frame: pl.DataFrame) -> list[str]:
    """Failures the generic validation engine reports, when it knows the config."""
    from iad_data.tasks import validate as validation
    from iad_data.tasks.registry import record_sets

    if config not in record_sets() and validation.json_schema_of(config) is None:
        return []
    rows = ((f"{path.name} row {i}", row) for i, row in enumerate(frame.iter_rows(named=True)))
    report = validation.validate_rows(rows, config=config, path=str(path))
    if report.ok:
        return []
    examples = [e for lines in report.examples.values() for e in lines]
    rules = ", ".join(f"{rule} {n}" for rule, n in sorted(report.rule_failures.items()))
    first = f" (first: {examples[0]})" if examples else ""
    return [f"{config}: {report.failed} record(s) fail rules {rules}{first}"]


def check_records(
    ws: Workspace, frames: dict[str, pl.DataFrame], samples: pl.DataFrame
) -> list[str]:
    """One message per failing record (``config row N (record_id): why``), then the
    engine's summary per config."""
    known = set(samples["sample_id"].to_list())
    failures: list[str] = []
    for config, frame in frames.items():
        path = ws.records_path(config)
        missing = sorted(set(RecordBase.model_fields) - set(frame.columns))
        if missing:
            failures.append(f"{path} lacks record columns {', '.join(missing)}")
            continue
        columns = frame.select("record_id", "config", "sample_id", "images")
        for i, row in enumerate(columns.iter_rows(named=True)):
            where = f"{path} row {i} ({row['record_id']})"
            if row["config"] != config:
                failures.append(f"{where}: config is {row['config']!r}, not {config!r}")
            names = [row["sample_id"], *(row["images"] or [])]
            unknown = [s for s in names if s not in known]
            if unknown:
                failures.append(f"{where}: names unknown sample {unknown[0]}")
        if frame.height:
            failures += _engine_failures(path, config, frame)
    return failures


__all__ = ["check_records"]
