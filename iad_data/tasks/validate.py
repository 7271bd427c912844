"""``validate_path`` for record files: schema, model and rules of the record set they hold.

``validate_path`` reads a parquet or JSONL file of records (made here or elsewhere), checks
every row against the JSON Schema of its record set in ``schemas/``, parses it with the
record set's pydantic model and runs its rules (``iad_data.tasks.registry``).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from iad_data.core.rules import (  # noqa: F401
    SCHEMA_RULE,
    Findings,
    RecordValidator,
    ValidationReport,
    flat_findings,
    run_rules,
)
from iad_data.errors import InputError


def schemas_root() -> Path:
    return Path(str(resources.files("iad_data.schemas")))


def json_schema_of(config: str, root: Path | None = None) -> dict[str, Any] | None:
    """The JSON Schema ``schemas/<config>.schema.json`` of a record set, or None."""
    path = (root or schemas_root()) / f"{config}.schema.json"
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def read_rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, row) of a parquet or JSONL records file; nested JSON strings decoded."""
    if not path.is_file():
        raise InputError(f"{path} does not exist; give a records .parquet or .jsonl file.")
    if path.suffix == ".parquet":
        import polars as pl

        try:
            frame = pl.read_parquet(path)
        except Exception as exc:  # polars raises several unrelated types for a bad file
            raise InputError(
                f"{path} cannot be read as parquet ({type(exc).__name__}: {exc})."
            ) from None
        for index, row in enumerate(frame.iter_rows(named=True)):
            yield f"{path.name} row {index}", row
    elif path.suffix in (".jsonl", ".json"):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    raise InputError(
                        f"{path} line {number} is not JSON ({exc}); each line must be one record."
                    ) from None
                if not isinstance(row, dict):
                    raise InputError(f"{path} line {number} is not a JSON object.")
                yield f"{path.name} line {number}", row
    else:
        raise InputError(f"{path}: give a .parquet or .jsonl records file, not {path.suffix!r}.")


def object_fields(schema: dict[str, Any] | None, model: type[BaseModel] | None) -> set[str]:
    """Top-level fields holding free-form objects, which parquet stores as JSON strings."""
    names: set[str] = set()
    for name, sub in ((schema or {}).get("properties") or {}).items():
        if sub.get("type") == "object" or "additionalProperties" in sub:
            names.add(name)
    if model is not None:
        from iad_data.core.table import dict_fields

        names.update(dict_fields(model))
    return names


def _decode(row: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """Parquet stores free-form dict fields as JSON strings (``table.encode_dict``)."""
    out = dict(row)
    for name in names:
        value = row.get(name)
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                out[name] = json.loads(value) if value else {}
    return out


def _schema_messages(validator: Any, row: dict[str, Any]) -> list[str]:
    out = []
    for error in sorted(validator.iter_errors(row), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.path) or "record"
        out.append(f"{where}: {error.message}")
    return out


class RecordJudge(Protocol):
    """What ``validate_rows`` asks about records that passed every deterministic rule
    (``iad_data.tasks.judge.Judge``): record id -> the judge's reasons to fail it."""

    rule: str

    def judge(self, records: Sequence[tuple[str, BaseModel]]) -> dict[str, list[str]]: ...


JUDGE_CHUNK = 256
"""records sent to the judge in one engine round"""


def validate_rows(
    rows: Iterable[tuple[str, dict[str, Any]]],
    *,
    config: str | None = None,
    path: str | None = None,
    schema_root: Path | None = None,
    on_record: Callable[[str, Findings], None] | None = None,
    judge: RecordJudge | None = None,
) -> ValidationReport:
    """Validate rows of one record set (see ``validate_path``).

    ``on_record(record_id, findings)`` sees every record's findings (calibration counts per
    record). ``judge``: records that pass the deterministic rules are sent to it, in chunks;
    its reasons become findings of its rule.
    """
    import jsonschema

    from iad_data.tasks.registry import record_sets

    registry = record_sets()
    report = ValidationReport(path=path, config=config)
    pending: list[tuple[str, Findings, dict[str, Any]]] = []

    def flush() -> None:
        if judge is not None:
            ready = [(rid, kw["record"]) for rid, f, kw in pending if not f and "record" in kw]
            reasons = judge.judge(ready) if ready else {}
            for rid, found, _ in pending:
                if reasons.get(rid):
                    found[judge.rule] = reasons[rid]
        for rid, found, kw in pending:
            report.add(rid, found, scores=kw.get("scores"), group=kw.get("group"))
            if on_record is not None:
                on_record(rid, found)
        pending.clear()

    def add(rid: str, found: Findings, **kw: Any) -> None:
        pending.append((rid, found, kw))
        if len(pending) >= JUDGE_CHUNK:
            flush()

    schema_validator: Any = None
    record_validator: RecordValidator | None = None
    json_fields: set[str] = set()
    for where, raw in rows:
        row = raw
        if report.config is None:
            report.config = str(row.get("config") or "")
        if schema_validator is None and record_validator is None:
            record_validator = registry.validator(report.config)
            schema = json_schema_of(report.config, schema_root)
            if schema is None and record_validator is None:
                known = ", ".join(registry.names()) or "none"
                raise InputError(
                    f"{path or 'records'}: no schema or rules for record config "
                    f"{report.config!r} (known: {known}); check the `config` column."
                )
            if schema is not None:
                schema_validator = jsonschema.Draft202012Validator(schema)
            json_fields = object_fields(
                schema, record_validator.model if record_validator else None
            )
            names = [r.name for r in record_validator.rules] if record_validator else []
            report.rules = [SCHEMA_RULE] + [n for n in names if n != SCHEMA_RULE]
            if judge is not None:
                report.rules.append(judge.rule)
        row = _decode(raw, json_fields)
        record_id = str(row.get("record_id") or where)
        findings: Findings = {}
        if schema_validator is not None:
            messages = _schema_messages(schema_validator, row)
            if messages:
                findings[SCHEMA_RULE] = [f"{where}: {m}" for m in messages]
        if record_validator is None:
            add(record_id, findings)
            continue
        try:
            record = record_validator.model.model_validate(row)
        except ValidationError as exc:
            findings.setdefault(SCHEMA_RULE, []).extend(
                f"{where}: {'/'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            add(record_id, findings)
            continue
        truth = record_validator.truth(record)
        for rule, messages in run_rules(record_validator.rules, record, truth).items():
            findings.setdefault(rule, []).extend(messages)
        add(
            record_id,
            findings,
            scores=record_validator.scores(record),
            group=record_validator.group(record),
            record=record,
        )
    flush()
    return report


def count_rows(path: Path) -> int | None:
    """Rows of a records file without reading them (for the progress bar); None if unknown."""
    try:
        if path.suffix == ".parquet":
            import polars as pl

            return int(pl.scan_parquet(path).select(pl.len()).collect().item())
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except Exception:  # a bad file: read_rows reports it properly
        return None


def validate_path(
    path: str | Path,
    *,
    schema_root: str | Path | None = None,
    progress: bool = False,
    on_record: Callable[[str, Findings], None] | None = None,
    judge: RecordJudge | None = None,
) -> ValidationReport:
    """Check every record of a parquet or JSONL file: schema, then its config's rules.

    ``progress`` shows a tqdm bar (stderr) over the records; ``on_record`` and ``judge`` are
    ``validate_rows``'s.
    """
    from tqdm import tqdm

    source = Path(path)
    root = Path(schema_root) if schema_root is not None else None
    total = count_rows(source) if progress and source.is_file() else None
    bar = tqdm(total=total, desc=f"validate {source.name}", unit="rec", disable=not progress)

    def counted() -> Iterator[tuple[str, dict[str, Any]]]:
        for row in read_rows(source):
            yield row
            bar.update()

    try:
        report = validate_rows(
            counted(), path=str(source), schema_root=root, on_record=on_record, judge=judge
        )
    finally:
        bar.close()
    if report.records == 0:
        raise InputError(f"{source} holds no records.")
    return report


__all__ = [
    "RecordJudge",
    "count_rows",
    "json_schema_of",
    "read_rows",
    "validate_path",
    "validate_rows",
]
