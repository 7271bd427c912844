"""Reading and writing a workspace's record and reject files, the same way for every config.

``synthesize_cot`` and ``synthesize_instruct`` both keep ``records/<config>.parquet`` (merged
with earlier runs, an unchanged record keeping its old row) and ``rejects/<config>.jsonl``
(the traces that never passed, with their findings). Record timestamps come from the
ledger (when the teacher's answer was recorded) or from the sample table (template records),
never from the clock of the run, so deleting the records file and running again rebuilds
the same bytes from the ledger without a teacher call, and downstream stages see no change.

Records follow their samples: ``save_records`` (what synthesis writes with) and
``prune_records`` (``iad-data prune``) move a record whose sample, or a reference image, is
no longer in ``samples.parquet`` (an image removed from the benchmark and ingested again)
out of the records file into the rejects file, as a row with ``"stale"`` set, the finding
``stale_sample`` and the record itself; an earlier reject of such a sample gets ``"stale"``
too. Stale rows are not validation failures (pass rates leave them out); the paid answers
stay in the ledger, and when the image comes back and synthesis makes the record again, its
row leaves the rejects file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
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


def write_rejects(
    path: Path,
    rejects: Sequence[dict[str, Any]],
    accepted: set[str],
    *,
    known: Collection[str] | None = None,
) -> int:
    """Rejects of this run replace earlier ones of the same record; accepted ones drop out.

    With ``known`` (the sample ids of the samples table), an earlier reject of a sample not
    in it is marked ``"stale"``. Returns the rows in the file."""
    return _rewrite_rejects(path, rejects, accepted, known)[0]


def _rewrite_rejects(
    path: Path,
    rejects: Sequence[dict[str, Any]],
    accepted: set[str],
    known: Collection[str] | None,
) -> tuple[int, int]:
    """(rows in the file, earlier rows newly marked stale)."""
    kept: list[str] = []
    marked = 0
    redone = accepted | {r["record_id"] for r in rejects}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
                record_id = row.get("record_id")
            except (ValueError, AttributeError):
                continue
            if record_id in redone:
                continue
            if known is not None and _newly_stale(row, known):
                row["stale"] = STALE_REASON
                line = json.dumps(row, ensure_ascii=False, sort_keys=True)
                marked += 1
            kept.append(line)
    lines = kept + [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rejects]
    text = "".join(f"{line}\n" for line in lines)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    atomic_write(path, write)
    return len(lines), marked


def _newly_stale(row: dict[str, Any], known: Collection[str]) -> bool:
    """A rejects row of a sample not in ``known`` that is not marked stale yet."""
    sample_id = row.get("sample_id")
    return isinstance(sample_id, str) and not row.get("stale") and sample_id not in known


STALE_RULE = "stale_sample"
"""the finding of a record moved to rejects because its sample left the samples table"""
STALE_REASON = "sample no longer in samples.parquet"
"""the ``stale`` value of such a rejects row (and of an earlier reject of such a sample)"""


def missing_samples(record: RecordBase, known: Collection[str]) -> list[str]:
    """Sample ids the record names (its sample, then its images) that are not ``known``."""
    names = dict.fromkeys([record.sample_id, *record.images])
    return [name for name in names if name not in known]


def stale_row(record: RecordBase, missing: Sequence[str], samples_path: Path) -> dict[str, Any]:
    """The rejects row of a record whose samples left the samples table."""
    what = "sample" if missing == [record.sample_id] else "sample(s)"
    return {
        "record_id": record.record_id,
        "sample_id": record.sample_id,
        "teacher": record.provenance.teacher,
        "ledger_keys": list(record.provenance.ledger_keys),
        "stale": STALE_REASON,
        "findings": {
            STALE_RULE: [
                f"{what} {', '.join(missing)} no longer in {samples_path} (removed from the "
                f"benchmark, or left out of the last ingest)"
            ]
        },
        "record": record.model_dump(mode="json"),
    }


@dataclass(frozen=True)
class SavedRecords:
    """What ``save_records`` / ``prune_records`` did to one record set's files."""

    written: int
    """records in the records file now"""
    stale: int
    """records moved to the rejects file because their samples left the samples table"""
    stale_rejects: int
    """earlier rejects of such samples, marked ``stale``"""
    rejects: int
    """rows in the rejects file now"""

    def to_dict(self) -> dict[str, int]:
        return {
            "written": self.written,
            "stale": self.stale,
            "stale_rejects": self.stale_rejects,
            "rejects": self.rejects,
        }


def save_records(
    records_path: Path,
    rejects_path: Path,
    model: type[R],
    accepted: dict[str, R],
    rejects: Sequence[dict[str, Any]],
    *,
    known: Collection[str],
    samples_path: Path,
    command: str,
) -> SavedRecords:
    """Merge ``accepted`` into the records file (``write_records``), write ``rejects``
    (``write_rejects``), and move the records whose samples are not ``known`` to the rejects
    file as stale rows (see the module doc)."""
    merged = read_records(records_path, model, command)
    for record_id, record in accepted.items():
        old = merged.get(record_id)
        if old is None or not same_record(old, record):
            merged[record_id] = record
    moved = []
    for record_id in sorted(merged):
        missing = missing_samples(merged[record_id], known)
        if missing:
            moved.append(stale_row(merged.pop(record_id), missing, samples_path))
    records = [merged[k] for k in sorted(merged)]

    def write(tmp: Path) -> None:
        to_frame(model, records).write_parquet(tmp, compression="zstd", statistics=False)

    atomic_write(records_path, write)
    total, marked = _rewrite_rejects(rejects_path, [*rejects, *moved], set(merged), known)
    return SavedRecords(len(records), len(moved), marked, total)


def prune_records(
    records_path: Path,
    rejects_path: Path,
    model: type[R],
    *,
    known: Collection[str],
    samples_path: Path,
    command: str,
    dry_run: bool = False,
) -> SavedRecords:
    """Move the stale records of one records file to its rejects file; a file with nothing
    stale is left as it is (same bytes). ``dry_run`` counts and writes nothing."""
    records = read_records(records_path, model, command)
    stale = sum(1 for r in records.values() if missing_samples(r, known))
    marked = sum(1 for row in read_rejects(rejects_path) if _newly_stale(row, known))
    if dry_run or not (stale or marked):
        return SavedRecords(len(records) - stale, stale, marked, _count_rows(rejects_path))
    return save_records(
        records_path,
        rejects_path,
        model,
        {},
        [],
        known=known,
        samples_path=samples_path,
        command=command,
    )


def _count_rows(path: Path) -> int:
    return len(read_rejects(path))


def count_rejects(path: Path) -> tuple[int, int]:
    """(rejects that failed validation, stale rows) of a rejects file."""
    rows = read_rejects(path)
    stale = sum(1 for row in rows if row.get("stale"))
    return len(rows) - stale, stale


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


def teachers_used(path: Path) -> dict[str, int]:
    """Records of ``path`` per teacher that wrote them (``provenance.teacher``), by name."""
    if not path.is_file():
        return {}
    column = pl.read_parquet(path, columns=["provenance"])["provenance"]
    counts: Counter[str] = Counter()
    for value in column.to_list():
        data = json.loads(value) if isinstance(value, str) else value
        counts[str(data.get("teacher", "?"))] += 1
    return dict(sorted(counts.items()))


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
    "STALE_REASON",
    "STALE_RULE",
    "SavedRecords",
    "answered_at",
    "check_pinned",
    "count_rejects",
    "file_time",
    "iso_time",
    "missing_samples",
    "now_iso",
    "prune_records",
    "read_records",
    "same_record",
    "save_records",
    "stale_row",
    "stamp_from_ledger",
    "teachers_used",
    "templates_used",
    "write_records",
    "write_rejects",
]
