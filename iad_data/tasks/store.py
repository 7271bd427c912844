"""Reading and writing a workspace's record and reject files, the same way for every config.

``synthesize_cot`` and ``synthesize_instruct`` both keep ``records/<config>.parquet`` (merged
with earlier runs, an unchanged record keeping its old row) and ``rejects/<config>.jsonl``
(the traces that never passed, with their findings). Record timestamps come from the
ledger (when the teacher's answer was recorded) or from the sample table (template records),
never from the clock of the run, so deleting the records file and running again rebuilds
the same bytes from the ledger without a teacher call, and downstream stages see no change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import polars as pl

from iad_data.core.records import RecordBase
from iad_data.core.table import from_frame, to_frame
from iad_data.core.workspace import atomic_write
from iad_data.errors import InputError, WorkspaceError

R = TypeVar("R", bound=RecordBase)

_UNCHANGED_SKIP: Any = {"provenance": {"created_at"}}


def iso_time(seconds: float) -> str:
    """ISO 8601 UTC, to the second (what ``Provenance.created_at`` holds)."""
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def answered_at(ledger_path: Path, keys: Iterable[str]) -> dict[str, str]:
    """When the ledger stored the answer of each key (ISO UTC); keys it lacks are left out."""
    if not ledger_path.is_file():
        return {}
    from iad_data.teach.ledger import Ledger

    with Ledger(ledger_path) as ledger:
        return {key: iso_time(stamp) for key, stamp in ledger.answered_at(keys).items()}


def stamp_from_ledger(records: dict[str, R], ledger_path: Path) -> dict[str, R]:
    """``records`` with ``created_at`` set to when the ledger stored their last answer."""
    last = {
        rid: r.provenance.ledger_keys[-1] for rid, r in records.items() if r.provenance.ledger_keys
    }
    stamps = answered_at(ledger_path, last.values())
    out: dict[str, R] = {}
    for rid, record in records.items():
        stamp = stamps.get(last.get(rid, ""))
        if stamp is not None and stamp != record.provenance.created_at:
            provenance = record.provenance.model_copy(update={"created_at": stamp})
            record = record.model_copy(update={"provenance": provenance})
        out[rid] = record
    return out


def file_time(path: Path) -> str:
    """When ``path`` was last written (ISO UTC); the clock when it does not exist."""
    try:
        return iso_time(path.stat().st_mtime)
    except OSError:
        return now_iso()


def read_records(path: Path, model: type[R], command: str) -> dict[str, R]:
    """The records of a parquet file by record id ({} when it does not exist yet)."""
    if not path.exists():
        return {}
    try:
        records = from_frame(model, pl.read_parquet(path))
    except Exception as exc:  # polars and pydantic raise many types for a bad file
        raise WorkspaceError(
            f"{path} cannot be read as {path.stem} records ({type(exc).__name__}: {exc}). "
            f"Move it away and run `{command}` again."
        ) from None
    return {r.record_id: r for r in records}


def same_record(a: RecordBase, b: RecordBase) -> bool:
    """Same record apart from when it was made."""
    return a.model_dump(exclude=_UNCHANGED_SKIP) == b.model_dump(exclude=_UNCHANGED_SKIP)


def write_records(path: Path, model: type[R], new: dict[str, R], command: str) -> int:
    """Merge ``new`` into the records file; an unchanged record keeps its old row."""
    merged = read_records(path, model, command)
    for record_id, record in new.items():
        old = merged.get(record_id)
        if old is None or not same_record(old, record):
            merged[record_id] = record
    records = [merged[k] for k in sorted(merged)]

    def write(tmp: Path) -> None:
        to_frame(model, records).write_parquet(tmp, compression="zstd", statistics=False)

    atomic_write(path, write)
    return len(records)


def write_rejects(path: Path, rejects: Sequence[dict[str, Any]], accepted: set[str]) -> int:
    """Rejects of this run replace earlier ones of the same record; accepted ones drop out."""
    kept: list[str] = []
    redone = accepted | {r["record_id"] for r in rejects}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record_id = json.loads(line).get("record_id")
            except ValueError:
                continue
            if record_id not in redone:
                kept.append(line)
    lines = kept + [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rejects]
    text = "".join(f"{line}\n" for line in lines)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    atomic_write(path, write)
    return len(lines)


UNREADABLE_REJECT = "unreadable reject line"


def read_rejects(path: Path) -> list[dict[str, Any]]:
    """The rows of a rejects file; a line that is not a JSON object becomes a row whose only
    finding is ``UNREADABLE_REJECT``, so counts still add up."""
    rows: list[dict[str, Any]] = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            row = None
        rows.append(row if isinstance(row, dict) else {"findings": {UNREADABLE_REJECT: []}})
    return rows


def reject_findings(row: dict[str, Any]) -> dict[str, list[str]]:
    """Rule -> findings of one rejects row: ``findings`` as synthesis writes it, or the list
    and single-reason shapes of files made elsewhere; {} when the row names no reason."""
    for key in ("findings", "reasons", "failures", "rules", "failed_rules"):
        value = row.get(key)
        if isinstance(value, dict) and value:
            return {str(rule): [str(f) for f in found or []] for rule, found in value.items()}
        if isinstance(value, list) and value:
            names = (str(v.get("rule", v)) if isinstance(v, dict) else str(v) for v in value)
            return {name: [] for name in names}
    reason = row.get("reason") or row.get("rule") or row.get("error")
    return {str(reason): []} if reason else {}


def templates_used(path: Path) -> set[str]:
    """Prompt template ids the records of ``path`` were made with."""
    if not path.is_file():
        return set()
    column = pl.read_parquet(path, columns=["provenance"])["provenance"]
    used = set()
    for value in column.to_list():
        data = json.loads(value) if isinstance(value, str) else value
        used.add(str(data["template_id"]))
    return used


def check_pinned(prompts: Sequence[str], path: Path) -> None:
    """Records made with a prompt version the ``prompts`` option does not pin are an error."""
    if not prompts:
        return
    other = sorted(templates_used(path) - set(prompts))
    if other:
        raise InputError(
            f"prompts pins {', '.join(prompts)} but {path} holds records made with "
            f"{', '.join(other)}. Add those versions to prompts, or use a fresh workspace."
        )


__all__ = [
    "check_pinned",
    "templates_used",
    "answered_at",
    "file_time",
    "iso_time",
    "now_iso",
    "read_records",
    "same_record",
    "stamp_from_ledger",
    "write_records",
    "write_rejects",
]
