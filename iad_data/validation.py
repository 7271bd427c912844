"""A generic engine of named validation rules, and ``validate_path`` for record files.

A ``Rule`` is a name, a one-line description and a check ``(record, truth) -> findings``
(one message per problem; an empty list passes). ``run_rules`` runs a rule list over one
record; ``ValidationReport`` counts records and failures per rule, so every synthesis
command and ``iad-data validate`` report the same table. What "truth" is depends on the
record set: Expert-AD records carry their ground truth, instruction records are checked
against one built from the sample.

``validate_path`` reads a parquet or JSONL file of records (made here or elsewhere), checks
every row against the JSON Schema of its config in ``schemas/``, parses it with the config's
pydantic model and runs the config's rules where a ``RecordValidator`` is registered for it.
"""

from __future__ import annotations

import contextlib
import importlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import InputError

R = TypeVar("R")
T = TypeVar("T")

Findings = dict[str, list[str]]
"""rule name -> its messages, failed rules only; an empty dict is a valid record"""

SCHEMA_RULE = "schema"
MAX_EXAMPLES = 5
"""failure messages kept per rule in a report (the counts are always complete)"""


@dataclass(frozen=True)
class Rule(Generic[R, T]):
    """One named check of a record against its ground truth."""

    name: str
    description: str
    check: Callable[[R, T], list[str]]


def run_rules(rules: Sequence[Rule[R, T]], record: R, truth: T) -> Findings:
    """Findings per failed rule, in the order of ``rules``."""
    found: Findings = {}
    for rule in rules:
        problems = rule.check(record, truth)
        if problems:
            found[rule.name] = list(problems)
    return found


def flat_findings(findings: Findings) -> list[str]:
    """``rule: message`` lines, the form repair prompts and rejects files carry."""
    return [f"{rule}: {message}" for rule, messages in findings.items() for message in messages]


@dataclass
class ValidationReport:
    """Counts of one validation run: records, passes, and failures per rule."""

    path: str | None = None
    config: str | None = None
    rules: list[str] = field(default_factory=list)
    """every rule that ran, in report order (rules with no failure included)"""
    records: int = 0
    passed: int = 0
    rule_failures: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    """up to MAX_EXAMPLES ``record_id: message`` lines per failed rule"""
    scores: dict[str, float] = field(default_factory=dict)
    """mean of each score dimension over the records that carry it"""
    groups: dict[str, dict[str, float]] = field(default_factory=dict)
    """per group (category): records, passed, and the mean of each score"""
    _score_sums: dict[str, float] = field(default_factory=dict, repr=False)
    _score_counts: dict[str, int] = field(default_factory=dict, repr=False)
    _group_sums: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    @property
    def failed(self) -> int:
        return self.records - self.passed

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def add(
        self,
        record_id: str,
        findings: Findings,
        *,
        scores: dict[str, float] | None = None,
        group: str | None = None,
    ) -> None:
        """Count one record's findings (and scores, and the group it belongs to)."""
        self.records += 1
        self.passed += not findings
        for rule, messages in findings.items():
            if rule not in self.rules:
                self.rules.append(rule)
            self.rule_failures[rule] = self.rule_failures.get(rule, 0) + 1
            kept = self.examples.setdefault(rule, [])
            for message in messages:
                if len(kept) < MAX_EXAMPLES:
                    kept.append(f"{record_id}: {message}")
        for name, value in (scores or {}).items():
            self._score_sums[name] = self._score_sums.get(name, 0.0) + value
            self._score_counts[name] = self._score_counts.get(name, 0) + 1
            self.scores[name] = round(self._score_sums[name] / self._score_counts[name], 4)
        if group is not None:
            sums = self._group_sums.setdefault(group, {})
            sums["records"] = sums.get("records", 0) + 1
            sums["passed"] = sums.get("passed", 0) + (not findings)
            for name, value in (scores or {}).items():
                sums[f"sum:{name}"] = sums.get(f"sum:{name}", 0.0) + value
                sums[f"n:{name}"] = sums.get(f"n:{name}", 0) + 1
            row: dict[str, float] = {"records": sums["records"], "passed": sums["passed"]}
            for key, total in sums.items():
                if key.startswith("sum:"):
                    row[key[4:]] = round(total / sums[f"n:{key[4:]}"], 4)
            self.groups[group] = row

    def table(self) -> list[tuple[str, int]]:
        """(rule, failures) for every rule, in report order."""
        return [(rule, self.rule_failures.get(rule, 0)) for rule in self.rules]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "config": self.config,
            "records": self.records,
            "passed": self.passed,
            "failed": self.failed,
            "ok": self.ok,
            "rule_failures": {rule: n for rule, n in self.table()},
            "examples": self.examples,
            "scores": self.scores,
            "groups": self.groups,
        }


@dataclass(frozen=True)
class RecordValidator:
    """How to validate one record set (config) found in a file."""

    config: str
    model: type[BaseModel]
    rules: Sequence[Rule[Any, Any]]
    truth: Callable[[Any], Any]
    """the ground truth a record is checked against, from the record alone"""
    scores: Callable[[Any], dict[str, float]] = lambda record: {}
    group: Callable[[Any], str | None] = lambda record: None


VALIDATORS: dict[str, RecordValidator] = {}
"""config -> validator; each record module registers its own with ``register_validator``."""

VALIDATOR_MODULES: tuple[str, ...] = ("iad_data.expert_ad_rules", "iad_data.instruct_rules")
"""modules imported before a file is validated, so their ``register_validator`` calls run"""


def register_validator(validator: RecordValidator) -> RecordValidator:
    VALIDATORS[validator.config] = validator
    return validator


def _load_validators() -> None:
    for name in VALIDATOR_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


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
        from .table import dict_fields

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


def validate_rows(
    rows: Iterable[tuple[str, dict[str, Any]]],
    *,
    config: str | None = None,
    path: str | None = None,
    schema_root: Path | None = None,
) -> ValidationReport:
    """Validate rows of one record set (see ``validate_path``)."""
    import jsonschema

    _load_validators()
    report = ValidationReport(path=path, config=config)
    schema_validator: Any = None
    record_validator: RecordValidator | None = None
    json_fields: set[str] = set()
    for where, raw in rows:
        row = raw
        if report.config is None:
            report.config = str(row.get("config") or "")
        if schema_validator is None and record_validator is None:
            record_validator = VALIDATORS.get(report.config)
            schema = json_schema_of(report.config, schema_root)
            if schema is None and record_validator is None:
                known = ", ".join(sorted(VALIDATORS)) or "none"
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
        row = _decode(raw, json_fields)
        record_id = str(row.get("record_id") or where)
        findings: Findings = {}
        if schema_validator is not None:
            messages = _schema_messages(schema_validator, row)
            if messages:
                findings[SCHEMA_RULE] = [f"{where}: {m}" for m in messages]
        if record_validator is None:
            report.add(record_id, findings)
            continue
        try:
            record = record_validator.model.model_validate(row)
        except ValidationError as exc:
            findings.setdefault(SCHEMA_RULE, []).extend(
                f"{where}: {'/'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            report.add(record_id, findings)
            continue
        truth = record_validator.truth(record)
        for rule, messages in run_rules(record_validator.rules, record, truth).items():
            findings.setdefault(rule, []).extend(messages)
        report.add(
            record_id,
            findings,
            scores=record_validator.scores(record),
            group=record_validator.group(record),
        )
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
    path: str | Path, *, schema_root: str | Path | None = None, progress: bool = False
) -> ValidationReport:
    """Check every record of a parquet or JSONL file: schema, then its config's rules.

    ``progress`` shows a tqdm bar (stderr) over the records.
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
        report = validate_rows(counted(), path=str(source), schema_root=root)
    finally:
        bar.close()
    if report.records == 0:
        raise InputError(f"{source} holds no records.")
    return report


__all__ = [
    "MAX_EXAMPLES",
    "SCHEMA_RULE",
    "VALIDATORS",
    "VALIDATOR_MODULES",
    "count_rows",
    "Findings",
    "RecordValidator",
    "Rule",
    "ValidationReport",
    "flat_findings",
    "json_schema_of",
    "read_rows",
    "register_validator",
    "run_rules",
    "validate_path",
    "validate_rows",
]
