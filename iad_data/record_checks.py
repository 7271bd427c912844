"""The last check before records ship: every row parses as its config's model and names
samples that exist.

Records in ``WORKSPACE/records/`` were validated when they were written (failures go to
``rejects/``); this guards against a hand-edited or stale table. A config's model is
looked up in ``RECORD_MODELS`` (its module imported lazily, so a config whose stage is
not installed falls back to the common ``RecordBase`` columns), and when the generic
validation engine (``iad_data.validation.validate_path``) is present its report must hold
no failures either.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import polars as pl
from pydantic import BaseModel, ValidationError

from .records import RecordBase
from .workspace import Workspace

RECORD_MODELS: dict[str, tuple[str, str]] = {
    "expert_ad": ("iad_data.expert_ad", "ExpertAdRecord"),
    "instruct_iad": ("iad_data.instruct_records", "InstructRecord"),
}
"""config -> (module, class) of its record model"""


def record_model(config: str) -> type[BaseModel] | None:
    spec = RECORD_MODELS.get(config)
    if spec is None:
        return None
    try:
        module = importlib.import_module(spec[0])
    except ImportError:
        return None
    model = getattr(module, spec[1], None)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _decode(row: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """Dict fields stored as JSON strings (``table.to_frame``) back to dicts."""
    for name, value in row.items():
        if isinstance(value, str) and value[:1] in "{[" and name in model.model_fields:
            ann = str(model.model_fields[name].annotation)
            if "dict" in ann:
                row[name] = json.loads(value)
    return row


def _engine_failures(ws: Workspace, config: str) -> list[str]:
    """Failures the generic validation engine reports, when it knows the config."""
    from . import validation

    load = getattr(validation, "_load_validators", None)
    if load is not None:
        load()
    if config not in validation.VALIDATORS and validation.json_schema_of(config) is None:
        return []
    report = validation.validate_path(ws.records_dir / f"{config}.parquet")
    if report.ok:
        return []
    examples = [e for lines in report.examples.values() for e in lines]
    rules = ", ".join(f"{rule} {n}" for rule, n in sorted(report.rule_failures.items()))
    first = f" (first: {examples[0]})" if examples else ""
    return [f"{config}: {report.failed} record(s) fail rules {rules}{first}"]


def check_records(
    ws: Workspace, frames: dict[str, pl.DataFrame], samples: pl.DataFrame
) -> list[str]:
    """One message per failing record (``config row N (record_id): why``)."""
    known = set(samples["sample_id"].to_list())
    failures: list[str] = []
    for config, frame in frames.items():
        path = ws.records_dir / f"{config}.parquet"
        missing = sorted(set(RecordBase.model_fields) - set(frame.columns))
        if missing:
            failures.append(f"{path} lacks record columns {', '.join(missing)}")
            continue
        model = record_model(config)
        for i, row in enumerate(frame.iter_rows(named=True)):
            where = f"{path} row {i} ({row.get('record_id')})"
            if row.get("config") != config:
                failures.append(f"{where}: config is {row.get('config')!r}, not {config!r}")
            names = [row.get("sample_id"), *(row.get("images") or [])]
            unknown = [s for s in names if s not in known]
            if unknown:
                failures.append(f"{where}: names unknown sample {unknown[0]}")
            if model is not None:
                try:
                    model.model_validate(_decode(dict(row), model))
                except ValidationError as exc:
                    first = exc.errors()[0]
                    loc = ".".join(str(p) for p in first["loc"])
                    failures.append(f"{where}: {loc}: {first['msg']}")
        if frame.height:
            failures += _engine_failures(ws, config)
    return failures


__all__ = ["RECORD_MODELS", "check_records", "record_model"]
