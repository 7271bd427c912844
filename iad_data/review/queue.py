"""The records a reviewer works through, indexed once on the server and served a page at a time.

``RecordIndex`` reads every registered record set's ``records/<set>.parquet`` and
``rejects/<set>.jsonl`` with polars and keeps one small table: per record its set, id,
sample, source (``records``, or ``rejects`` for what validation refused), teacher, prompt
version, failed rules, content hash, and the sample's dataset, category and label. A queue is
a filter over that table joined with one reviewer's decisions; the browser asks for a page of
it and then for one record, so 100k records never travel to the page at once. The index is
rebuilt when a records or rejects file changes on disk, and new lines of the decisions log
are read as they appear (another server on the same workspace).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import polars as pl
from pydantic import BaseModel, ConfigDict

from iad_data.core.workspace import Workspace
from iad_data.review.decisions import (
    Decision,
    ReviewState,
    append_decision,
    content_hash,
    frame_hashes,
    read_decisions,
)
from iad_data.tasks.registry import record_sets
from iad_data.tasks.store import read_rejects, reject_findings

Source = Literal["records", "rejects"]
Status = Literal["all", "unreviewed", "reviewed", "accept", "edit", "reject", "changed", "flagged"]
INDEX_SCHEMA: dict[str, pl.DataType] = {
    "record_set": pl.String(),
    "record_id": pl.String(),
    "sample_id": pl.String(),
    "source": pl.String(),
    "row": pl.Int64(),
    "teacher": pl.String(),
    "template": pl.String(),
    "rules": pl.List(pl.String()),
    "hash": pl.String(),
}


class QueueFilter(BaseModel):
    """Which records a queue holds; every field left empty matches everything."""

    model_config = ConfigDict(extra="forbid")

    record_set: str | None = None
    dataset: str | None = None
    category: str | None = None
    label: str | None = None
    rule: str | None = None
    """a rule the validator failed (records it rejected)"""
    teacher: str | None = None
    source: Source | None = None
    """``rejects``: the records validation refused"""
    status: Status = "all"
    """as the reviewer asking sees it: ``unreviewed`` includes records changed since review"""


@dataclass
class _Files:
    """Stamps (mtime, size) of the files an index was built from."""

    stamps: dict[Path, tuple[int, int] | None] = field(default_factory=dict)

    @staticmethod
    def stamp(path: Path) -> tuple[int, int] | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def changed(self) -> bool:
        return any(self.stamp(p) != s for p, s in self.stamps.items())


def _records_part(name: str, frame: pl.DataFrame) -> pl.DataFrame:
    """The index rows of a records table, built by polars expressions (100k rows in ms)."""
    prov = pl.col("provenance")
    return frame.select(
        pl.lit(name, pl.String).alias("record_set"),
        pl.col("record_id"),
        pl.col("sample_id"),
        pl.lit("records", pl.String).alias("source"),
        pl.int_range(pl.len(), dtype=pl.Int64).alias("row"),
        prov.struct.field("teacher").alias("teacher"),
        prov.struct.field("template_id").alias("template"),
        pl.lit([], pl.List(pl.String)).alias("rules"),
        pl.Series("hash", frame_hashes(frame), pl.String),
    ).cast(pl.Schema(INDEX_SCHEMA))


def _rejects_part(name: str, rows: list[dict[str, Any]]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "record_set": [name] * len(rows),
            "record_id": [str(r.get("record_id") or f"{name}.line{i}") for i, r in enumerate(rows)],
            "sample_id": [str(r.get("sample_id") or "") for r in rows],
            "source": ["rejects"] * len(rows),
            "row": range(len(rows)),
            "teacher": [str(r.get("teacher") or "?") for r in rows],
            "template": [
                str((r.get("record") or {}).get("provenance", {}).get("template_id", ""))
                for r in rows
            ],
            "rules": [sorted(reject_findings(r)) for r in rows],
            "hash": [content_hash(r) for r in rows],
        },
        schema=INDEX_SCHEMA,
    )


class RecordIndex:
    """Records, rejects and decisions of one workspace, for the review app (thread-safe)."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self._lock = threading.RLock()
        self._files = _Files()
        self._frames: dict[str, pl.DataFrame] = {}
        self._rejects: dict[str, list[dict[str, Any]]] = {}
        self._table = pl.DataFrame(schema=INDEX_SCHEMA)
        self._decisions: list[Decision] = []
        self._log_size = 0
        self._choices: dict[str, list[str]] | None = None
        self._status: dict[str, pl.DataFrame] = {}
        self.state = ReviewState()
        self.samples = pl.DataFrame()
        self.refresh()

    # -- keeping up with the disk ------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild what changed on disk: the index when a records, rejects or samples file
        changed, the review state when the decisions log grew."""
        with self._lock:
            if not self._files.stamps or self._files.changed():
                self._build()
            size = _Files.stamp(self.ws.decisions_path)
            now = size[1] if size else 0
            if now != self._log_size:
                self._decisions = read_decisions(self.ws)
                self._log_size = now
                self.state = ReviewState.of(self._decisions)
                self._status.clear()

    def _build(self) -> None:
        files = _Files()
        parts = []
        frames, rejects = {}, {}
        files.stamps[self.ws.samples_path] = _Files.stamp(self.ws.samples_path)
        for name in record_sets().names():
            path, rpath = self.ws.records_path(name), self.ws.rejects_path(name)
            files.stamps[path], files.stamps[rpath] = _Files.stamp(path), _Files.stamp(rpath)
            if path.is_file():
                frames[name] = pl.read_parquet(path)
                parts.append(_records_part(name, frames[name]))
            rows = read_rejects(rpath)
            if rows:
                rejects[name] = rows
                parts.append(_rejects_part(name, rows))
        samples = self.ws.read_samples()
        self.samples = samples
        table = pl.concat(parts) if parts else pl.DataFrame(schema=INDEX_SCHEMA)
        meta = samples.select("sample_id", "dataset", "category", "label", "defect_type")
        self._table = table.join(meta, on="sample_id", how="left")
        self._frames, self._rejects, self._files = frames, rejects, files
        self._choices = None
        self._status.clear()

    # -- decisions ---------------------------------------------------------------------------

    def record_decision(self, decision: Decision) -> None:
        """Append to the log (fsynced) and fold it into the state."""
        with self._lock:
            append_decision(self.ws, decision)
            self.refresh()

    def hashes(self) -> dict[tuple[str, str], str]:
        """(record_set, record_id) -> content hash of every record in the records files."""
        with self._lock:
            recs = self._table.filter(pl.col("source") == "records")
            return {
                (s, r): h for s, r, h in recs.select("record_set", "record_id", "hash").iter_rows()
            }

    # -- queues --------------------------------------------------------------------------------

    def _latest(self, reviewer: str | None) -> pl.DataFrame:
        """(record_set, record_id, verdict, seen_hash) of one reviewer's (or everyone's)
        latest decisions."""
        rows = [
            (key[0], key[1], d.verdict, d.content_hash)
            for key, by in self.state.latest.items()
            for r, d in by.items()
            if reviewer is None or r == reviewer
        ]
        schema = {"record_set": pl.String, "record_id": pl.String, "verdict": pl.String}
        return pl.DataFrame(rows, schema={**schema, "seen_hash": pl.String}, orient="row")

    def _with_status(self, reviewer: str) -> pl.DataFrame:
        """The index with this reviewer's ``status`` and ``flagged`` (kept until the index
        or the log changes)."""
        cached = self._status.get(reviewer)
        if cached is None:
            cached = self._status[reviewer] = self._find_status(reviewer)
        return cached

    def _find_status(self, reviewer: str) -> pl.DataFrame:
        mine = self._latest(reviewer)
        table = self._table.join(mine, on=["record_set", "record_id"], how="left")
        status = (
            pl.when(pl.col("verdict").is_null())
            .then(pl.lit("unreviewed"))
            .when(pl.col("seen_hash") != pl.col("hash"))
            .then(pl.lit("changed"))
            .otherwise(pl.col("verdict"))
        )
        flagged = pl.col("sample_id").is_in(list(self.state.flags))
        table = table.with_columns(status.alias("status"), flagged.alias("flagged"))
        return table.sort("source", "record_set", "record_id")

    def queue(self, flt: QueueFilter, reviewer: str) -> pl.DataFrame:
        """The records of a queue, in a stable order (source, record set, record id)."""
        with self._lock:
            table = self._with_status(reviewer)
        for name in ("record_set", "dataset", "category", "label", "teacher", "source"):
            value = getattr(flt, name)
            if value:
                table = table.filter(pl.col(name) == value)
        if flt.rule:
            table = table.filter(pl.col("rules").list.contains(flt.rule))
        if flt.status == "unreviewed":
            table = table.filter(pl.col("status").is_in(["unreviewed", "changed"]))
        elif flt.status == "reviewed":
            table = table.filter(pl.col("status").is_in(["accept", "edit", "reject"]))
        elif flt.status == "flagged":
            table = table.filter(pl.col("flagged"))
        elif flt.status != "all":
            table = table.filter(pl.col("status") == flt.status)
        return table

    def choices(self) -> dict[str, list[str]]:
        """The values each filter can take, for the page's menus (kept until a rebuild)."""
        with self._lock:
            if self._choices is None:
                self._choices = self._find_choices()
            return self._choices

    def _find_choices(self) -> dict[str, list[str]]:
        table = self._table
        out = {
            name: sorted(v for v in table[name].unique().to_list() if v is not None)
            for name in ("record_set", "dataset", "category", "label", "teacher")
        }
        rules = table["rules"].explode().unique().to_list()
        out["rule"] = sorted(v for v in rules if v is not None)
        return out

    def progress(self, reviewer: str) -> dict[str, Any]:
        """Records reviewed in their current content: by this reviewer, and by anyone."""
        with self._lock:
            table = self._with_status(reviewer).filter(pl.col("source") == "records")
            everyone = self._latest(None)
        mine = table.filter(pl.col("status").is_in(["accept", "edit", "reject"])).height
        anyone = table.join(
            everyone,
            left_on=["record_set", "record_id", "hash"],
            right_on=["record_set", "record_id", "seen_hash"],
            how="semi",
        ).height
        return {"records": table.height, "mine": mine, "anyone": anyone}

    # -- one record ------------------------------------------------------------------------------

    def lookup(self, record_set: str, record_id: str, source: Source) -> tuple[dict[str, Any], str]:
        """(the row as stored, its content hash); KeyError when it is not in the index."""
        with self._lock:
            hit = self._table.filter(
                (pl.col("record_set") == record_set)
                & (pl.col("record_id") == record_id)
                & (pl.col("source") == source)
            )
            if hit.is_empty():
                raise KeyError(record_id)
            row, digest = int(hit["row"][0]), str(hit["hash"][0])
            if source == "records":
                return self._frames[record_set].row(row, named=True), digest
            return self._rejects[record_set][row], digest

    def sample(self, sample_id: str) -> dict[str, Any] | None:
        with self._lock:
            hit = self.samples.filter(pl.col("sample_id") == sample_id)
        return hit.row(0, named=True) if hit.height else None


__all__ = ["QueueFilter", "RecordIndex", "Source", "Status"]
